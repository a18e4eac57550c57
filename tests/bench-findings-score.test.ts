// The findings benchmark's scorer (benchmarks/findings/score-findings.ts), on small truths and
// reports written here: nothing is read from ../shared.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Finding, FindingKind, Severity } from '../packages/core/src/types.js';
import { blame, matches, scoreFindings, type CopyFindings } from '../benchmarks/findings/score-findings.js';
import type { CopyTruth, PlantedOp, PlantedTrap } from '../benchmarks/findings/truth.js';

const NUMBER_PARA = 'All 29 ambassadors of the alliance issued the statement on Wednesday.';
const NUMBER_COPY = 'All 28 ambassadors of the alliance issued the statement on Wednesday.';
const CAVEAT = 'Reuters could not independently verify the report';
const REMOVED_PARA = 'Efforts to impose fresh sanctions on Pyongyang at the United Nations have run into opposition.';
const TRAP_PARA = 'Exports fell 5 percent in the third quarter, the ministry said in a statement.';
const TRAP_COPY = 'Exports fell 5 per cent in the third quarter, the ministry said in a statement.';

function op(partial: Partial<PlantedOp> & Pick<PlantedOp, 'op' | 'kinds'>): PlantedOp {
  return { id: `copy#${partial.op}`, categories: [], before: '', after: '', floor: 'medium', place: { reference: [], copy: [] }, accept: [], description: partial.op, ...partial };
}

const numberOp = op({ op: 'number', kinds: ['changed'], categories: ['number'], before: 'All 29 ambassadors', after: 'All 28 ambassadors', place: { reference: [NUMBER_PARA], copy: [NUMBER_COPY] } });
const caveatOp = op({ op: 'note-dropped', kinds: ['note-missing', 'note-changed'], categories: ['verification'], before: CAVEAT });
const removedOp = op({ op: 'paragraph-removed', kinds: ['removed'], before: 'Efforts to impose fresh sanctions on Pyongyang', place: { reference: [REMOVED_PARA], copy: [] } });
const trimOp = op({
  op: 'ending-trimmed', kinds: ['truncated'], before: 'NATO Secretary-General Jens Stoltenberg said',
  accept: [{ kinds: ['credit-missing'], categories: [], before: 'Reporting by Robin Emmott; Editing by Andrew Heavens', after: '' }],
});
const perCent: PlantedTrap = { trap: 'per-cent', place: { reference: [TRAP_PARA], copy: [TRAP_COPY] }, description: 'per-cent' };

function copyTruth(source: string, ops: PlantedOp[], traps: PlantedTrap[] = [], layout = 'news-site', whole = false): CopyTruth {
  return { source, layout, whole, inserted: [], reshaped: [], ops: ops.map((o) => ({ ...o, id: `${source}#${o.op}` })), traps };
}

function finding(kind: FindingKind, severity: Severity, reference: string, copy: string, extra: Partial<Finding> = {}): Finding {
  return {
    id: `${kind}-0`, kind, severity, categories: [], message: `${kind}: ${reference || copy}`,
    reference: { blocks: reference ? [1] : [], text: reference, words: reference },
    copy: { blocks: copy ? [1] : [], text: copy, words: copy }, ...extra,
  };
}

const numberFinding = (severity: Severity = 'high', categories = ['number']) =>
  finding('changed', severity, NUMBER_PARA, NUMBER_COPY, { categories, reference: { blocks: [3], text: NUMBER_PARA, words: '29' }, copy: { blocks: [3], text: NUMBER_COPY, words: '28' } });
const caveatFinding = finding('note-missing', 'high', 'Reuters could not independently verify', '', { categories: ['verification'] });
const removedFinding = finding('removed', 'medium', REMOVED_PARA, '');

const A = 'story/copies/1-news-site.html';
const B = 'story/copies/2-print-app.html';
const truthA = copyTruth(A, [numberOp, caveatOp, removedOp], [perCent]);
const perfect: CopyFindings[] = [{ source: A, findings: [numberFinding(), caveatFinding, removedFinding] }];

const score = suite('scoreFindings');

score('a perfect report scores 1.0 on recall, recall at floor and precision', () => {
  const s = scoreFindings([truthA], perfect);
  assert.is(s.recall, 1);
  assert.is(s.recallAtFloor, 1);
  assert.is(s.precision, 1);
  assert.is(s.mediumPlus.length, 3);
});

score('an empty report scores 0', () => {
  const s = scoreFindings([truthA], [{ source: A, findings: [] }]);
  assert.is(s.recall, 0);
  assert.is(s.recallAtFloor, 0);
  assert.is(s.precision, 0);
  assert.is(scoreFindings([truthA], []).recall, 0, 'no report at all for the copy');
});

score('a finding filed under another copy is not found, and is a false positive there', () => {
  const truthB = copyTruth(B, []);
  const s = scoreFindings([truthA, truthB], [{ source: A, findings: [] }, { source: B, findings: [numberFinding()] }]);
  assert.is(s.ops.find((r) => r.op.op === 'number')!.found, null);
  assert.equal(s.mediumPlus.map((m) => [m.copy.source, m.cause]), [[B, 'unexplained']]);
});

score('a finding of the wrong kind or category is not found, and is blamed on the op it misreports', () => {
  const wrongKind = finding('removed', 'medium', NUMBER_PARA, '');
  const wrongCategory = numberFinding('high', ['wording']);
  for (const f of [wrongKind, wrongCategory]) {
    const s = scoreFindings([copyTruth(A, [numberOp])], [{ source: A, findings: [f] }]);
    assert.is(s.recall, 0, f.kind);
    assert.equal(s.mediumPlus.map((m) => m.cause), ['at-op:number']);
  }
});

score('a finding below the op\'s floor is found but not at its floor', () => {
  const s = scoreFindings([copyTruth(A, [numberOp])], [{ source: A, findings: [numberFinding('low')] }]);
  assert.is(s.recall, 1);
  assert.is(s.recallAtFloor, 0);
  assert.is(s.mediumPlus.length, 0, 'a low finding takes no part in precision');
});

score('a medium finding on a trap is a false positive blamed on the trap', () => {
  const onTrap = finding('changed', 'medium', TRAP_PARA, TRAP_COPY, { categories: ['wording'], edits: [{ removed: 'percent', added: 'per cent', categories: ['wording'] }] });
  const s = scoreFindings([truthA], [{ source: A, findings: [...perfect[0]!.findings, onTrap] }]);
  assert.is(s.precision, 3 / 4);
  assert.equal(s.mediumPlus.filter((m) => m.cause).map((m) => m.cause), ['trap:per-cent']);
});

score('furniture and findings below medium do not count against precision', () => {
  const furniture = finding('furniture', 'high', '', 'Continue Reading Below');
  const low = finding('changed', 'low', TRAP_PARA, TRAP_COPY, { categories: ['style'] });
  const s = scoreFindings([truthA], [{ source: A, findings: [...perfect[0]!.findings, furniture, low] }]);
  assert.is(s.precision, 1);
});

score('another fair report of an op (accept) is right, but does not find it', () => {
  const creditGone = finding('credit-missing', 'medium', '(Reporting by Robin Emmott; Editing by Andrew Heavens)', '', { categories: ['credit-line'] });
  const s = scoreFindings([copyTruth(A, [trimOp])], [{ source: A, findings: [creditGone] }]);
  assert.is(s.recall, 0);
  assert.is(s.precision, 1);
});

score('a credit change is found as the old credit missing and the new one added', () => {
  const changed = op({ op: 'credit-changed', kinds: ['credit-changed'], categories: ['byline'], before: 'Robin Emmott', after: 'Ledger Staff' });
  const gone = finding('credit-missing', 'medium', 'By Robin Emmott', '', { categories: ['byline'] });
  const added = finding('credit-added', 'low', '', 'By Ledger Staff', { categories: ['byline'] });
  assert.is(scoreFindings([copyTruth(A, [changed])], [{ source: A, findings: [gone, added] }]).recall, 1);
  assert.is(scoreFindings([copyTruth(A, [changed])], [{ source: A, findings: [gone] }]).recall, 0, 'the old credit missing alone');
});

score.run();

const match = suite('matches');

match('folds quotation marks, dashes and white space before comparing', () => {
  const e = { kinds: ['changed' as const], categories: ['quote'], before: '"we will rebuild - together,"', after: '' };
  const f = finding('changed', 'high', 'He said: “we  will rebuild — together,” at the site.', '', { categories: ['quote'] });
  assert.ok(matches(f, e));
});

match('matches words on word boundaries only', () => {
  const e = { kinds: ['changed' as const], categories: [], before: 'All 29', after: '' };
  assert.not.ok(matches(finding('changed', 'high', 'All 290 ambassadors', ''), e));
});

match('takes a note reported by its matched part', () => {
  assert.ok(matches(caveatFinding, caveatOp));
  assert.not.ok(matches(finding('note-missing', 'high', 'Reuters', ''), caveatOp), 'a stray short text is not the note');
});

match.run();

const blameSuite = suite('blame');

blameSuite('blames a layout that rewrites every block for what nothing planted explains', () => {
  const lost = finding('truncated', 'medium', REMOVED_PARA, '');
  assert.is(blame(lost, copyTruth(A, [], [], 'text-hard-wrapped', true)), 'layout:text-hard-wrapped');
  assert.is(blame(lost, copyTruth(A, [])), 'unexplained');
});

blameSuite('blames text the layout inserted', () => {
  const truth = { ...copyTruth(A, []), layout: 'print-app', inserted: ['Hide Ad'] };
  assert.is(blame(finding('added', 'medium', '', 'Hide Ad'), truth), 'layout:print-app');
});

blameSuite('blames a trap before the layout, for a small word edit in its place', () => {
  const onTrap = finding('changed', 'high', TRAP_PARA, TRAP_COPY, { edits: [{ removed: 'percent', added: 'per cent', categories: ['number'] }] });
  assert.is(blame(onTrap, copyTruth(A, [], [perCent], 'text-run-together', true)), 'trap:per-cent');
});

blameSuite.run();
