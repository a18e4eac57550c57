// Scores wirediff's findings against what the findings benchmark planted.
//
// Scoring rules
// - Texts are compared folded: Unicode NFC, curly quotes and primes as straight ones, en and em
//   dashes and the minus sign as "-", "…" as "...", no-break spaces as spaces, runs of white
//   space as one space. "A holds B" means B occurs in A on word boundaries (a B that starts or
//   ends with a letter or digit does not match inside a longer word).
// - A finding's reference side (or copy side) holds some words when its `text` or `words`
//   holds them, or when one of those strings, at least 12 characters long and a third of the
//   words' length, lies within the words (a note reported by its matched part).
// - A finding matches an expectation when its kind is one of the expected kinds, it has one of
//   the expected categories when any are given (for `changed`, an edit category; for notes,
//   the note category; for credits, the credit type or a category), its reference side holds
//   the planted `before` words (unless empty) and its copy side the planted `after` words
//   (unless empty). Severity plays no part in matching.
// - A planted op is FOUND when the report of the copy it was planted in (matched by source
//   name, never another copy's) has a finding matching the op. A `credit-changed` op is also
//   found by a `credit-missing` holding the old credit together with a `credit-added` holding
//   the new one. It is found AT ITS FLOOR when such a finding is at least as severe as the op's
//   floor (SEVERITY_FLOORS in truth.ts: medium for number, quote, hedge, attribution,
//   negation and name edits, removed and added paragraphs, a trimmed ending, a dropped caveat,
//   correction or credit; low for date edits and dropped restriction notes; info for a moved
//   paragraph).
// - PRECISION counts the copy's findings at medium or above, furniture excluded. One that
//   matches an op of its copy, or one of the op's `accept` expectations (other fair reports of
//   it: a trimmed ending reported paragraph by paragraph, the credit line cut with it), is
//   right; any other is a false positive, blamed on the first that applies:
//   1. `layout:<id>` — the layout rewrites every block (teasers, hard wrap, run-together
//      text, ...), and the finding is neither a `changed` whose every edit is of six words or
//      fewer nor a `credit-changed` (the forms a style trap takes);
//   2. `trap:<type>` — it is about the place of a style-only trap: its reference side overlaps
//      the trap's reference text, or its copy side the trap's copy text (for a `changed` or
//      note finding, only places whose own edit it is: the words it says were removed occur
//      more often in the place's reference text than in its copy text, or the words added
//      more often in the copy text);
//   3. `at-op:<type>` — it is about the place of a planted op but is not the finding expected
//      (a wrong kind or category, or a second finding for one edit);
//      (2 and 3 apply only when the finding is about one or two such places)
//   4. `layout:<id>` — it is about text the layout inserted or reshaped, or the layout
//      rewrites every block;
//   5. `unexplained`.
//   Two texts overlap when they are equal, or the shorter, at least 12 characters, lies in
//   the longer; a place's `exact` texts (a byline's names) only when equal.
// - recall = found / planted; recall at floor = found at floor / planted;
//   precision = right medium+ findings / all medium+ findings (0 when there are none).
import type { Finding, FindingSide } from '@wirediff/core';
import { SEVERITY_ORDER, type CopyTruth, type Expectation, type PlantedOp, type PlantedPlace } from './truth.js';

/** The findings of one copy, as a report gives them. */
export interface CopyFindings {
  source: string;
  findings: readonly Finding[];
}

export interface OpResult {
  op: PlantedOp;
  copy: CopyTruth;
  /** The most severe finding matching the op, or null. */
  found: Finding | null;
  atFloor: boolean;
}

export interface ScoredFinding {
  finding: Finding;
  copy: CopyTruth;
  /** null when it is right; else the false positive's cause. */
  cause: string | null;
}

export interface Scores {
  ops: OpResult[];
  /** Every medium+ finding (furniture excluded) of the copies scored. */
  mediumPlus: ScoredFinding[];
  recall: number;
  recallAtFloor: number;
  precision: number;
}

const MIN_OVERLAP = 12; // shorter texts ("Reuters", "said") occur everywhere

/** Folds a text for comparison (see the rules above). */
export function fold(s: string): string {
  return s.normalize('NFC').replace(/[‘’‚‛′`]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[–—‒−]/g, '-')
    .replace(/…/g, '...').replace(/[\u00A0\u2007\u202F]/g, ' ').replace(/\s+/g, ' ').trim();
}

const ALNUM = /[\p{L}\p{N}]/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `hay` holds `needle` on word boundaries; both folded. */
export function holds(hay: string, needle: string): boolean {
  if (needle === '' || hay === '') return false;
  const start = ALNUM.test(needle[0]!) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = ALNUM.test(needle.at(-1)!) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${start}${escapeRe(needle)}${end}`, 'u').test(hay);
}

function sideHolds(side: FindingSide, words: string): boolean {
  if (words === '') return true;
  const needle = fold(words);
  const strings = [side.text, side.words].map(fold).filter((s) => s !== '');
  if (strings.some((s) => holds(s, needle))) return true;
  const least = Math.max(MIN_OVERLAP, needle.length / 3);
  return strings.some((s) => s.length >= least && holds(needle, s));
}

/** Whether a finding reports what an expectation says (severity aside). */
export function matches(f: Finding, e: Expectation): boolean {
  if (!e.kinds.includes(f.kind)) return false;
  if (e.categories.length > 0) {
    const has = [...f.categories, f.note?.category, f.credit?.type].filter((c): c is string => !!c);
    if (!e.categories.some((c) => has.includes(c))) return false;
  }
  return sideHolds(f.reference, e.before) && sideHolds(f.copy, e.after);
}

const mostSevere = (fs: readonly Finding[]) =>
  fs.reduce<Finding | null>((best, f) => (best === null || SEVERITY_ORDER[f.severity] > SEVERITY_ORDER[best.severity] ? f : best), null);

function findOp(op: PlantedOp, findings: readonly Finding[]): Finding | null {
  const direct = mostSevere(findings.filter((f) => matches(f, op)));
  if (direct || !op.kinds.includes('credit-changed')) return direct;
  // The change reported as the old credit missing and the new one added.
  const gone = mostSevere(findings.filter((f) => matches(f, { ...op, kinds: ['credit-missing'], after: '' })));
  const added = mostSevere(findings.filter((f) => matches(f, { ...op, kinds: ['credit-added'], before: '' })));
  return gone && added ? (SEVERITY_ORDER[gone.severity] >= SEVERITY_ORDER[added.severity] ? gone : added) : null;
}

/** Equal, or the shorter (12 characters or more) inside the longer; both folded. */
function overlaps(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_OVERLAP && holds(long, short);
}

function touches(f: Finding, place: PlantedPlace): boolean {
  const ref = fold(f.reference.text);
  const copy = fold(f.copy.text);
  const exact = (place.exact ?? []).map(fold);
  return place.reference.some((t) => overlaps(ref, fold(t))) || place.copy.some((t) => overlaps(copy, fold(t))) ||
    exact.includes(ref) || exact.includes(copy);
}

function count(hay: string, needle: string): number {
  const start = ALNUM.test(needle[0]!) ? '(?<![\\p{L}\\p{N}])' : '';
  const end = ALNUM.test(needle.at(-1)!) ? '(?![\\p{L}\\p{N}])' : '';
  return hay.match(new RegExp(`${start}${escapeRe(needle)}${end}`, 'gu'))?.length ?? 0;
}

// Of the places a changed finding touches, those whose own edit is its edit: words it says were
// removed occur more often in the place's reference text than in its copy text, or words it
// says were added more often in the copy text. Words of two letters or less (quotation marks,
// dashes) say nothing: then every place touched stays.
function narrow<T extends { place: PlantedPlace }>(f: Finding, candidates: T[]): T[] {
  const edits = f.kind === 'changed' ? f.edits ?? [] : [{ removed: f.reference.words, added: f.copy.words }];
  const words = edits.flatMap((e) => [[fold(e.removed), 'removed'], [fold(e.added), 'added']] as const).filter(([w]) => w.length >= 3);
  if (words.length === 0) return candidates;
  const sum = (texts: readonly string[], w: string) => texts.reduce((n, t) => n + count(fold(t), w), 0);
  return candidates.filter(({ place }) => words.some(([w, side]) =>
    side === 'removed' ? sum(place.reference, w) > sum(place.copy, w) : sum(place.copy, w) > sum(place.reference, w)));
}

const wordCount = (s: string) => (s.trim() === '' ? 0 : s.trim().split(/\s+/).length);
const SMALL_EDIT_WORDS = 6; // a trap restyles a word or two; an edit of more is the layout's doing
/** Why a medium+ finding that matches no op was reported (see the rules above). */
export function blame(f: Finding, copy: CopyTruth): string {
  const edits = f.kind === 'changed' ? f.edits ?? [] : [];
  const small = edits.length > 0 && edits.every((e) => wordCount(e.removed) + wordCount(e.added) <= SMALL_EDIT_WORDS);
  if (copy.whole && !small && f.kind !== 'credit-changed') return `layout:${copy.layout}`;
  let traps = copy.traps.filter((t) => touches(f, t.place));
  let ops = copy.ops.filter((op) => touches(f, op.place));
  // A word edit, or a note found changed or gone, is about the places whose own edit it is.
  if (edits.length > 0 || f.kind.startsWith('note-')) [traps, ops] = [narrow(f, traps), narrow(f, ops)];
  if (traps.length + ops.length <= 2) {
    if (traps[0]) return `trap:${traps[0].trap}`;
    // Of two ops, the one expecting a finding of the same family (a credit for a credit).
    const family = (kind: string) => kind.split('-')[0];
    const op = ops.find((o) => o.kinds.some((k) => family(k) === family(f.kind))) ?? ops[0];
    if (op) return `at-op:${op.op}`;
  }
  const copyText = fold(f.copy.text);
  const refText = fold(f.reference.text);
  const inserted = copy.inserted.map(fold).some((t) => copyText !== '' && (holds(copyText, t) || holds(t, copyText)));
  const reshaped = copy.reshaped.map(fold).some((t) => overlaps(copyText, t) || overlaps(refText, t));
  if (inserted || reshaped || copy.whole) return `layout:${copy.layout}`;
  return 'unexplained';
}

const isMediumPlus = (f: Finding) => SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER.medium && f.kind !== 'furniture';

/**
 * Scores the copies' findings against the truth: every planted op found or not (and at its
 * floor or not), every medium+ finding right or a false positive with its cause. A copy with
 * no report (it could not be read) has found nothing.
 *
 * @example scoreFindings(truth, report.copies).recall
 */
export function scoreFindings(truths: readonly CopyTruth[], reports: readonly CopyFindings[]): Scores {
  const bySource = new Map(reports.map((r) => [r.source, r.findings]));
  const ops: OpResult[] = [];
  const mediumPlus: ScoredFinding[] = [];
  for (const copy of truths) {
    const findings = bySource.get(copy.source) ?? [];
    for (const op of copy.ops) {
      const found = findOp(op, findings);
      ops.push({ op, copy, found, atFloor: found !== null && SEVERITY_ORDER[found.severity] >= SEVERITY_ORDER[op.floor] });
    }
    for (const finding of findings.filter(isMediumPlus)) {
      const right = copy.ops.some((op) => matches(finding, op) || op.accept.some((e) => matches(finding, e)));
      mediumPlus.push({ finding, copy, cause: right ? null : blame(finding, copy) });
    }
  }
  const found = ops.filter((r) => r.found).length;
  const right = mediumPlus.filter((s) => s.cause === null).length;
  return {
    ops, mediumPlus,
    recall: ops.length === 0 ? 0 : found / ops.length,
    recallAtFloor: ops.length === 0 ? 0 : ops.filter((r) => r.atFloor).length / ops.length,
    precision: mediumPlus.length === 0 ? 0 : right / mediumPlus.length,
  };
}
