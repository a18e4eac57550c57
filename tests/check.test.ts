// `wirediff check` as a CI job uses it on the sample corpus (fixtures/corpus): a baseline is
// accepted, one copy is edited, and the build fails on exactly that edit, with a JUnit file.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli, type CliResult } from './helpers.js';

const SAMPLE = path.join(ROOT, 'fixtures/corpus');

/** A fresh copy of the sample corpus, without its committed baseline. */
function corpusCopy(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'wirediff-check-')), 'corpus');
  cpSync(SAMPLE, dir, { recursive: true, filter: (src) => !src.endsWith('wirediff-baseline.json') });
  return dir;
}

function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  assert.ok(text.includes(from), `${file} holds ${from}`);
  writeFileSync(file, text.replace(from, to));
}

test('check passes on the sample corpus against its committed baseline', async () => {
  const r = await runCli(['check', SAMPLE, '--jobs', '2']);
  assert.is(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^wirediff check: 2 stories, 4 copies, .*0 new at or above medium/);
});

test('accept a baseline, edit one copy, and the check fails on exactly that edit with JUnit', async () => {
  const corpus = corpusCopy();
  const first = await runCli(['check', corpus]);
  assert.is(first.code, 1, 'without a baseline every finding is new');
  assert.is((await runCli(['check', corpus, '--update-baseline'])).code, 0);
  assert.is((await runCli(['check', corpus])).code, 0, 'the accepted baseline passes');

  edit(path.join(corpus, 'quake-hokkaido/copies/north-coast-news.html'), 'magnitude 6.1 quake', 'magnitude 5.1 quake');
  const junit = path.join(corpus, '..', 'junit.xml');
  const r = await runCli(['check', corpus, '--junit', junit]);
  assert.is(r.code, 1);
  const news = r.stdout.split('\n').filter((l) => l.includes('NEW '));
  assert.is(news.length, 1, r.stdout);
  assert.match(news[0]!, /quake-hokkaido \/ quake-hokkaido\/copies\/north-coast-news\.html: high changed .*"6\.1" became "5\.1"/);

  const xml = readFileSync(junit, 'utf8');
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="wirediff check" tests="4" failures="1" errors="0">/);
  assert.is((xml.match(/<testcase /g) ?? []).length, 4, 'a test case per copy');
  assert.is((xml.match(/<failure /g) ?? []).length, 1);
  assert.match(xml, /<testcase classname="quake-hokkaido" name="quake-hokkaido\/copies\/north-coast-news\.html"><failure type="wirediff" message="1 new finding at or above medium">high changed/);
});

test('--accept takes one reviewed finding into the baseline, by its id, and leaves the rest new', async () => {
  const corpus = corpusCopy();
  await runCli(['check', corpus, '--update-baseline']);
  edit(path.join(corpus, 'quake-hokkaido/copies/north-coast-news.html'), 'magnitude 6.1 quake', 'magnitude 5.1 quake');
  edit(path.join(corpus, 'ecb-holds-rates/copies/rhine-ledger.html'), 'expect one more cut', 'expect two more cuts');
  const before = await runCli(['check', corpus, '--fail-on', 'low']);
  const news = before.stdout.split('\n').filter((l) => l.startsWith('  NEW '));
  assert.is(news.length, 2, before.stdout);
  const quake = /\[(changed-[0-9a-f]{10})\]$/.exec(news.find((l) => l.includes('quake-hokkaido'))!)![1]!;

  const r = await runCli(['check', corpus, '--fail-on', 'low', '--accept', quake]);
  assert.is(r.code, 1, 'the other edit is still new');
  assert.is(r.stdout.split('\n').filter((l) => l.startsWith('  NEW ')).length, 1);
  assert.not.ok(r.stdout.includes(quake), 'the accepted one is not new in the run that accepts it');
  assert.match(r.stderr, /baseline written to .*: 1 newly accepted, 0 dropped \(no longer found\), 5 accepted in all$/m);
  const baseline = JSON.parse(readFileSync(path.join(corpus, 'wirediff-baseline.json'), 'utf8'));
  assert.match(baseline.accepted['quake-hokkaido']['quake-hokkaido/copies/north-coast-news.html'][quake], /"6\.1" became "5\.1"/);
  const after = await runCli(['check', corpus, '--fail-on', 'low']);
  assert.is(after.code, 1);
  const left = after.stdout.split('\n').filter((l) => l.startsWith('  NEW '));
  assert.is(left.length, 1, after.stdout);
  assert.match(left[0]!, /ecb-holds-rates\/copies\/rhine-ledger\.html/, 'only the edit not accepted is new');
});

test('--accept of an id the run did not find is one line naming it, exit 2, and the baseline is left alone', async () => {
  const corpus = corpusCopy();
  await runCli(['check', corpus, '--update-baseline']);
  const file = path.join(corpus, 'wirediff-baseline.json');
  const written = readFileSync(file, 'utf8');
  const r = await runCli(['check', corpus, '--accept', 'changed-0000000000']);
  assert.is(r.code, 2);
  assert.equal(r.stderr.split('\n').filter((l) => l.includes('changed-0000000000')), ['wirediff: --accept changed-0000000000: no finding of this run has this id; nothing accepted for it (WD_BAD_OPTION)']);
  assert.is(readFileSync(file, 'utf8'), written);
  assert.is((await runCli(['check', corpus, '--accept', 'changed-0000000000', '--update-baseline'])).code, 2, 'with --update-baseline: a usage error');
});

test('accepted findings that no longer occur are reported, and do not fail the check', async () => {
  const corpus = corpusCopy();
  await runCli(['check', corpus, '--update-baseline']);
  edit(path.join(corpus, 'ecb-holds-rates/copies/market-daily.html'), 'deposit rate at 2.5%', 'deposit rate at 2.25%');
  const r = await runCli(['check', corpus]);
  assert.is(r.code, 0);
  assert.match(r.stdout, /1 accepted no longer occur/);
  // Named by what was accepted, so a reviewer sees which change went away.
  assert.match(r.stdout, /^ {2}GONE {3}ecb-holds-rates \/ ecb-holds-rates\/copies\/market-daily\.html: paragraph 1 changed \(number\): "2\.25" became "2\.5" \[changed-[0-9a-f]{10}\]$/m);
  // Accepting again says what the rewrite changes: the edit's finding dropped, none added.
  const update = await runCli(['check', corpus, '--update-baseline']);
  assert.match(update.stderr, /baseline written to .*wirediff-baseline\.json: 0 newly accepted, 1 dropped \(no longer found\), 3 accepted in all$/m);
});

test('a new finding where an accepted one changed again names what was accepted there, in every format', async () => {
  const corpus = corpusCopy();
  await runCli(['check', corpus, '--update-baseline']);
  // The accepted edit ("2.25" became "2.5") edited again, and an edit where nothing was accepted.
  edit(path.join(corpus, 'ecb-holds-rates/copies/market-daily.html'), 'deposit rate at 2.5%', 'deposit rate at 2.75%');
  edit(path.join(corpus, 'ecb-holds-rates/copies/rhine-ledger.html'), 'expect one more cut', 'expect two more cuts');
  const junit = path.join(corpus, '..', 'replaced.xml');
  const r = await runCli(['check', corpus, '--junit', junit]);
  assert.is(r.code, 1, 'the new wording is new: a reviewer has not seen 2.75');
  const lines = r.stdout.split('\n');
  const at = lines.findIndex((l) => l.includes('"2.25" became "2.75"'));
  assert.match(lines[at]!, /^ {2}NEW {4}ecb-holds-rates \/ ecb-holds-rates\/copies\/market-daily\.html: high changed — paragraph 1 changed \(number\): "2\.25" became "2\.75" \[(changed-[0-9a-f]{10})\]$/);
  const newId = /\[(changed-[0-9a-f]{10})\]$/.exec(lines[at]!)![1]!;
  assert.is(lines[at + 1], '           replaces accepted [changed-bd25889a59]: paragraph 1 changed (number): "2.25" became "2.5"');
  assert.ok(lines.includes(`  GONE   ecb-holds-rates / ecb-holds-rates/copies/market-daily.html: paragraph 1 changed (number): "2.25" became "2.5" [changed-bd25889a59] (replaced by [${newId}])`), r.stdout);
  // The other copy's edit has nothing accepted in its place: new, and replacing nothing.
  const other = lines.findIndex((l) => l.includes('rhine-ledger.html: high changed'));
  assert.ok(other >= 0 && !lines[other + 1]!.includes('replaces'), r.stdout);
  assert.is(r.stdout.split('replaces accepted').length, 2, 'one pair only');
  // The README shows these lines as this run prints them.
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const line of [lines[at]!, lines[at + 1]!, lines.find((l) => l.includes('(replaced by'))!]) assert.ok(readme.includes(`\n${line}\n`), `README shows: ${line}`);

  assert.match(readFileSync(junit, 'utf8'), /\[changed-[0-9a-f]{10}\] paragraph 1 changed \(number\): &quot;2\.25&quot; became &quot;2\.75&quot;\n {2}replaces accepted \[changed-bd25889a59\]: paragraph 1 changed \(number\): &quot;2\.25&quot; became &quot;2\.5&quot;<\/failure>/);
  const json = JSON.parse((await runCli(['check', corpus, '--format', 'json'])).stdout);
  const replacing = json.newFindings.filter((n: { replaces?: unknown }) => n.replaces);
  assert.equal(replacing.map((n: { finding: { id: string }; replaces: unknown }) => [n.finding.id, n.replaces]), [[newId, { id: 'changed-bd25889a59', message: 'paragraph 1 changed (number): "2.25" became "2.5"' }]]);
  assert.equal(json.resolved.map((e: { id: string; replacedBy?: string }) => [e.id, e.replacedBy]), [['changed-bd25889a59', newId]]);
  const github = (await runCli(['check', corpus, '--format', 'github'])).stdout;
  assert.match(github, /^::error file=.*market-daily\.html,title=wirediff high changed::ecb-holds-rates: paragraph 1 changed \(number\): "2\.25" became "2\.75" \[changed-[0-9a-f]{10}\]; replaces accepted \[changed-bd25889a59\]: paragraph 1 changed \(number\): "2\.25" became "2\.5"$/m);
  assert.match(github, /^::notice file=.*market-daily\.html,.*\[changed-bd25889a59\] \(replaced by \[changed-[0-9a-f]{10}\]\); --update-baseline drops it$/m);
});

test('the baseline holds each accepted finding with its message, for review', async () => {
  const corpus = corpusCopy();
  await runCli(['check', corpus, '--update-baseline']);
  const baseline = JSON.parse(readFileSync(path.join(corpus, 'wirediff-baseline.json'), 'utf8'));
  assert.is(baseline.schemaVersion, 2);
  const accepted = baseline.accepted['quake-hokkaido']['quake-hokkaido/copies/pacific-wire.html'];
  assert.equal(Object.keys(accepted), ['changed-98382671b2']);
  assert.match(accepted['changed-98382671b2'], /^paragraph 1 changed \(negation, style\): "no immediate" removed/);
});

test('the README\'s baseline example is the sample corpus\'s committed baseline', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const fragment = /```json\n("ecb-holds-rates\/copies\/market-daily\.html": \{[\s\S]*?\})\n```/.exec(readme)?.[1];
  assert.ok(fragment, 'README shows a baseline entry');
  const committed = JSON.parse(readFileSync(path.join(SAMPLE, 'wirediff-baseline.json'), 'utf8'));
  assert.equal(JSON.parse(`{${fragment}}`), { 'ecb-holds-rates/copies/market-daily.html': committed.accepted['ecb-holds-rates']['ecb-holds-rates/copies/market-daily.html'] });
});

test('a version 1 baseline (ids only) is still read, and rewritten as version 2', async () => {
  const corpus = corpusCopy();
  await runCli(['check', corpus, '--update-baseline']);
  const file = path.join(corpus, 'wirediff-baseline.json');
  const v2 = JSON.parse(readFileSync(file, 'utf8'));
  const v1 = { schemaVersion: 1, kind: 'wirediff-baseline', accepted: {} as Record<string, Record<string, string[]>> };
  for (const [story, copies] of Object.entries(v2.accepted as Record<string, Record<string, Record<string, string>>>)) {
    v1.accepted[story] = Object.fromEntries(Object.entries(copies).map(([copy, ids]) => [copy, Object.keys(ids)]));
  }
  writeFileSync(file, JSON.stringify(v1));
  assert.is((await runCli(['check', corpus])).code, 0, 'every finding it lists is accepted');
  edit(path.join(corpus, 'ecb-holds-rates/copies/market-daily.html'), 'deposit rate at 2.5%', 'deposit rate at 2.25%');
  const r = await runCli(['check', corpus]);
  assert.match(r.stdout, /^ {2}GONE {3}ecb-holds-rates \/ ecb-holds-rates\/copies\/market-daily\.html: \[changed-[0-9a-f]{10}\]$/m, 'no message to show');
  await runCli(['check', corpus, '--update-baseline']);
  assert.is(JSON.parse(readFileSync(file, 'utf8')).schemaVersion, 2);
});

test('a baseline entry that is not a list of findings is one line naming it, exit 2', async () => {
  const corpus = corpusCopy();
  writeFileSync(path.join(corpus, 'wirediff-baseline.json'), JSON.stringify({ schemaVersion: 2, kind: 'wirediff-baseline', accepted: { 'ecb-holds-rates': { 'ecb-holds-rates/copies/market-daily.html': ['changed-bd25889a59'] } } }));
  const r = await runCli(['check', corpus]);
  assert.is(r.code, 2);
  assert.is(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.is(lines.length, 1, r.stderr);
  assert.match(lines[0]!, /wirediff-baseline\.json.*ecb-holds-rates \/ ecb-holds-rates\/copies\/market-daily\.html is not a list of accepted findings.*WD_BASELINE_INVALID/);
});

test('a corpus path one level off is one line and exit 2, not a pass over nothing', async () => {
  const corpus = corpusCopy();
  const story = path.join(corpus, 'ecb-holds-rates');
  const inStory = await runCli(['check', story]);
  assert.is(inStory.code, 2);
  assert.is(inStory.stdout, '');
  assert.is(inStory.stderr, `wirediff: ${story} — is one story's folder, not a corpus: check the folder that holds it (${corpus}), or compare its pages with \`wirediff compare\` (WD_NOT_A_CORPUS)\n`);
  // A story.json marks a story folder as well as a reference beside copies/ does.
  const spec = path.join(corpus, 'by-spec');
  mkdirSync(spec);
  writeFileSync(path.join(spec, 'story.json'), '{}');
  assert.match((await runCli(['check', spec])).stderr, /is one story's folder, not a corpus/);
  const empty = mkdtempSync(path.join(tmpdir(), 'wirediff-empty-'));
  writeFileSync(path.join(empty, 'notes.txt'), 'no stories here');
  const none = await runCli(['check', empty, '--junit', path.join(empty, 'junit.xml')]);
  assert.is(none.code, 2);
  assert.is(none.stderr, `wirediff: ${empty} — holds no story folders (a corpus is a folder of story folders: see the README) (WD_NOT_A_CORPUS)\n`);
  assert.not.ok(existsSync(path.join(empty, 'junit.xml')), 'no JUnit file that a CI would read as passing');
});

test('a story that cannot be read is an error for that story only; the others still report', async () => {
  const corpus = corpusCopy();
  mkdirSync(path.join(corpus, 'broken-story'));
  writeFileSync(path.join(corpus, 'broken-story', 'story.json'), '{ "reference": "reference.html", ');
  const r = await runCli(['check', corpus, '--format', 'json', '--fail-on', 'high']);
  assert.is(r.code, 2);
  const result = JSON.parse(r.stdout);
  assert.equal(result.stories.map((s: { story: string; status: string }) => `${s.story}:${s.status}`), ['broken-story:error', 'ecb-holds-rates:ok', 'quake-hokkaido:ok']);
  assert.is(result.stories[0].error.code, 'WD_CORPUS_STORY');
  assert.ok(result.newFindings.length >= 2, 'the readable stories still report their findings');
});

test('output is byte-identical whatever --jobs is, in every format', async () => {
  // Workers hand over digests (and JSON text) where this thread keeps whole results: every
  // format must come out the same, with new findings (no baseline) and with accepted ones.
  const corpus = corpusCopy();
  for (const baseline of [[], ['--baseline', path.join(SAMPLE, 'wirediff-baseline.json')]]) {
    for (const format of ['json', 'text', 'junit', 'github', 'html']) {
      const args = ['check', corpus, '--format', format, '--fail-on', 'low', ...baseline];
      const [one, two] = [await runCli([...args, '--jobs', '1']), await runCli([...args, '--jobs', '2'])];
      assert.ok(one.stdout.length > (format === 'github' && baseline.length > 0 ? -1 : 100), `${format} prints something`);
      assert.is(two.stdout, one.stdout, `${format} ${baseline.join(' ')}`);
      assert.is(two.code, one.code);
    }
  }
});

test('shards split the corpus without overlap, and merging them equals one whole run', async () => {
  const corpus = corpusCopy();
  const dir = path.dirname(corpus);
  const whole = (await runCli(['check', corpus, '--format', 'json'])).stdout;
  const shards = [];
  for (const i of [1, 2]) {
    const out = path.join(dir, `shard-${i}.json`);
    assert.is((await runCli(['check', corpus, '--shard', `${i}/2`, '--format', 'json', '--output', out, '--no-fail'])).code, 0);
    shards.push(out);
  }
  const ids = shards.flatMap((s) => JSON.parse(readFileSync(s, 'utf8')).stories.map((x: { story: string }) => x.story)).sort();
  assert.equal(ids, ['ecb-holds-rates', 'quake-hokkaido']);
  const merged = await runCli(['merge', ...shards, '--format', 'json']);
  assert.is(merged.code, 1, 'the merge carries the verdict');
  assert.is(merged.stdout, whole);
  assert.is((await runCli(['check', corpus, '--shard', '3/2'])).code, 2);
});

test('--format github prints one error annotation per new finding, naming the copy file', async () => {
  const r = await runCli(['check', corpusCopy(), '--format', 'github', '--fail-on', 'high']);
  const lines = r.stdout.trim().split('\n');
  assert.ok(lines.length >= 2);
  for (const line of lines) assert.match(line, /^::error file=.*\/copies\/[a-z-]+\.html,title=wirediff high [a-z-]+::/);
});

test('--format github gives a notice per accepted finding that no longer occurs, saying what it was', async () => {
  const corpus = corpusCopy();
  await runCli(['check', corpus, '--update-baseline']);
  edit(path.join(corpus, 'ecb-holds-rates/copies/market-daily.html'), 'deposit rate at 2.5%', 'deposit rate at 2.25%');
  const r = await runCli(['check', corpus, '--format', 'github']);
  assert.is(r.code, 0);
  assert.equal(r.stdout.trim().split('\n'), [
    `::notice file=${corpus}/ecb-holds-rates/copies/market-daily.html,title=wirediff%3A accepted finding no longer occurs::ecb-holds-rates: paragraph 1 changed (number): "2.25" became "2.5" [changed-bd25889a59]; --update-baseline drops it`,
  ]);
});

test('--format github never passes GitHub\'s 10 annotations of a kind per step silently, and lists every finding in the step summary', async () => {
  const corpus = corpusCopy();
  // Six of each sample story: more new findings (high and medium) than GitHub shows.
  for (const story of ['ecb-holds-rates', 'quake-hokkaido']) {
    for (let k = 2; k <= 6; k++) cpSync(path.join(corpus, story), path.join(corpus, `${story}-${k}`), { recursive: true });
  }
  // And more accepted findings gone than it shows, in a story that is there.
  const gone = Object.fromEntries(Array.from({ length: 12 }, (_, k) => [`removed-${String(k).padStart(10, '0')}`, `block ${k} removed: "text"`]));
  writeFileSync(path.join(corpus, 'wirediff-baseline.json'), JSON.stringify({ schemaVersion: 2, kind: 'wirediff-baseline', accepted: { 'quake-hokkaido': { 'quake-hokkaido/copies/pacific-wire.html': gone } } }));
  const text = await runCli(['check', corpus, '--fail-on', 'low', '--no-learn-furniture']);
  const total = Number(/(\d+) new at or above low/.exec(text.stdout)![1]);
  const severities = text.stdout.split('\n').filter((l) => l.startsWith('  NEW ')).map((l) => / (high|medium|low) [a-z-]+ — /.exec(l)![1]);
  assert.ok(total > 10 && severities.includes('medium') && severities.includes('high'), text.stdout);

  const summaryFile = path.join(corpus, '..', 'step-summary.md');
  writeFileSync(summaryFile, '### an earlier step\n\n');
  const r = await runCli(['check', corpus, '--fail-on', 'low', '--no-learn-furniture', '--format', 'github'], { env: { ...process.env, GITHUB_STEP_SUMMARY: summaryFile } });
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
  assert.is(errors.length, 10, 'as many as GitHub shows, no more');
  const rank = { high: 0, medium: 1, low: 2 } as Record<string, number>;
  const shown = errors.slice(0, 9).map((l) => /title=wirediff (high|medium|low) /.exec(l)![1]!);
  assert.equal(shown, [...severities].sort((a, b) => rank[a!]! - rank[b!]!).slice(0, 9), 'the gravest nine, in story order within a severity');
  assert.is(errors[9], `::error title=wirediff%3A ${total - 9} more not annotated::${total - 9} more new findings and unreadable stories than GitHub shows (10 errors per step); the JUnit report and the text summary list all ${total}`);
  const notices = r.stdout.split('\n').filter((l) => l.startsWith('::notice '));
  assert.is(notices.length, 10);
  assert.match(notices[0]!, /\[removed-0000000000\]; --update-baseline drops it$/);
  assert.is(notices[9], '::notice title=wirediff%3A 3 more accepted findings no longer occur::3 more than GitHub shows (10 notices per step); the text summary lists all 12');
  // The step summary GitHub shows on the run's page lists them all, after what earlier steps wrote.
  const markdown = readFileSync(summaryFile, 'utf8');
  assert.ok(markdown.startsWith(`### an earlier step\n\n### ${text.stdout.split('\n')[0]}\n\n| Severity | Story | Copy | New finding | Id |\n|---|---|---|---|---|\n`), markdown);
  assert.is(markdown.split('\n').filter((l) => /^\| (high|medium|low) \|/.test(l)).length, total);
  assert.match(markdown, /^\| high \| ecb-holds-rates \| ecb-holds-rates\/copies\/market-daily\.html \| changed: paragraph 1 changed \(number\): "2\.25" became "2\.5" \| `changed-bd25889a59` \|$/m);
  assert.is(markdown.split('\n').filter((l) => l.startsWith('- quake-hokkaido / quake-hokkaido/copies/pacific-wire.html: block ')).length, 12);
});

test('wirediff.config.json in the corpus sets check defaults and ignore rules, each with a reason', async () => {
  const corpus = corpusCopy();
  writeFileSync(path.join(corpus, 'wirediff.config.json'), JSON.stringify({
    check: { failOn: 'high', jobs: 1 },
    ignore: [{ story: 'ecb-*', kind: 'changed', reason: 'the rate figure is checked by the markets desk' }],
  }));
  const r = await runCli(['check', corpus]);
  assert.is(r.code, 1, 'the negation edit of the quake story is still new and high');
  assert.match(r.stdout, /new at or above high/);
  assert.not.match(r.stdout, /ecb-holds-rates .*changed/, 'the ignored edit is not reported');
  assert.match(r.stdout, /quake-hokkaido .*high changed/);
  writeFileSync(path.join(corpus, 'wirediff.config.json'), JSON.stringify({ ignore: [{ kind: 'changed' }] }));
  const bad = await runCli(['check', corpus]);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /^wirediff: .*wirediff\.config\.json — ignore\[0\] needs a "reason" \(WD_BAD_OPTION\)\n$/);
});

test('the example GitHub workflow in docs/ runs as written against the sample corpus', async () => {
  const workflow = readFileSync(path.join(ROOT, 'docs/github-workflow-example.yml'), 'utf8');
  const commands = [...workflow.matchAll(/run: npx -y pnpm@10 -s wirediff (.+)$/gm)].map((m) => m[1]!);
  assert.is(commands.length, 3);
  const dir = mkdtempSync(path.join(tmpdir(), 'wirediff-workflow-'));
  let last: CliResult = { code: 0, stdout: '', stderr: '' };
  // Twice, as two pushes would: the second run reuses the first's cache and writes the same shards.
  const shards = [];
  for (const round of [0, 1]) {
    for (const shard of ['1', '2']) {
      const args = commands[0]!.replace(/\$\{\{ matrix\.shard \}\}/g, shard).split(' ');
      last = await runCli(args.map((a) => (a === 'fixtures/corpus' ? SAMPLE : a)), { cwd: dir });
      assert.is(last.code, 0);
      const counts = /(\d+) of (\d+) stor(?:y|ies) reused/.exec(last.stderr);
      assert.ok(counts && (round === 0 ? counts[1] === '0' : counts[1] === counts[2]), last.stderr);
      shards.push(readFileSync(path.join(dir, `shard-${shard}.json`), 'utf8'));
    }
  }
  assert.equal(shards.slice(2), shards.slice(0, 2));
  const junit = await runCli(commands[1]!.split(' '), { cwd: dir });
  assert.is(junit.code, 0, 'the committed baseline accepts the sample corpus');
  assert.match(readFileSync(path.join(dir, 'junit.xml'), 'utf8'), /<testsuites name="wirediff check" tests="4" failures="0" errors="0">/);
  assert.is((await runCli(commands[2]!.split(' '), { cwd: dir })).code, 0);
});

test('check.baseline in a config named with --config lies beside that file, whatever the working folder', async () => {
  const corpus = corpusCopy();
  const ciDir = path.join(corpus, '..', 'ci');
  mkdirSync(ciDir);
  writeFileSync(path.join(ciDir, 'wirediff.config.json'), JSON.stringify({ check: { baseline: 'accepted.json' } }));
  const config = path.join(ciDir, 'wirediff.config.json');
  assert.is((await runCli(['check', corpus, '--config', config, '--update-baseline'])).code, 0);
  assert.ok(readFileSync(path.join(ciDir, 'accepted.json'), 'utf8').includes('"schemaVersion"'), 'written beside the config');
  assert.is((await runCli(['check', corpus, '--config', config])).code, 0, 'and read from there');
});

test.run();
