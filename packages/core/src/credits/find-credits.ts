import type { Article, CreditHit, CreditType } from '../types.js';
import { candidatesIn, compilePattern, matchCandidate } from '../segment/compile-pattern.js';
import { isSourceLabel } from '../segment/classify-block.js';
import { normalizeText } from '../segment/normalize-text.js';
import { placeOf } from '../notes/find-notes.js';
import { AGENCIES } from './agencies.js';
import type { BlockMemo } from '../segment/block-memo.js';
import { CREDIT_PATTERNS, type CreditRule } from './credit-patterns.js';
import { isQuotedCredit } from './is-quoted-credit.js';

/** Ids of the agencies a text names, sorted. */
export function findAgencies(text: string): string[] {
  return candidatesIn(AGENCIES, text).filter((agency) => compilePattern(agency).test(text))
    .map((agency) => agency.id)
    .sort();
}

/**
 * Ids of the agencies an article names anywhere: in any block but furniture, the title, the
 * byline, the publisher, the site name, isBasedOn or the description. Sorted. A memo shared by
 * the pages of a story looks a repeated block up once.
 */
export function namedAgencies(article: Article, memo?: BlockMemo): string[] {
  const ids = new Set<string>();
  const add = (text: string) => {
    for (const id of memo ? memo.remember(AGENCIES, text, () => findAgencies(text)) : findAgencies(text)) ids.add(id);
  };
  for (const block of article.blocks) if (block.role !== 'furniture') add(block.text);
  for (const text of [article.title, article.byline, article.publisher, article.siteName, article.isBasedOn, article.description]) if (text) add(text);
  return [...ids].sort();
}

// Bylines and credit lines stand as their own blocks; "By Tuesday the talks…" in the body is prose.
const BLOCK_ONLY_TYPES: ReadonlySet<CreditType> = new Set(['byline']);

/**
 * Finds every credit in an article: bylines, agency credit lines, photo credits, the dateline's
 * agency tag, copyright lines, source labels, and the byline and isBasedOn metadata. The
 * publisher is the outlet on every copy, so it is no credit (flagCredits reads it for the agency).
 * The same credit seen twice (a byline in markup and in JSON-LD) is kept once, markup first.
 * A memo shared by the pages of one story scans a text they repeat once.
 */
export function findCredits(article: Article, memo?: BlockMemo): CreditHit[] {
  const hits: CreditHit[] = [];
  const quoted = new Set<CreditHit>();
  for (const block of article.blocks) {
    if (block.role === 'furniture') continue;
    const isCredit = block.role === 'credit';
    const all = memo ? memo.remember(isCredit ? CREDIT_BLOCKS : CREDIT_PATTERNS, block.text, () => creditsIn(block.text, isCredit)) : creditsIn(block.text, isCredit);
    const found = photoOrSource(all, block.form === 'caption' || block.form === 'alt');
    for (const c of found) {
      const hit: CreditHit = { type: c.type, text: c.text, agencies: [...c.agencies], block: block.index, place: placeOf(block), start: c.start, end: c.end };
      hits.push(hit);
      if (c.type === 'photo' && isQuotedCredit(block.text, c.start)) quoted.add(hit);
    }
  }
  const fromMeta = (type: CreditType, text: string | null) => {
    if (text) hits.push({ type, text, agencies: findAgencies(text), block: null, place: 'metadata', start: 0, end: text.length });
  };
  fromMeta('byline', article.byline);
  fromMeta('source', article.isBasedOn);
  return dedupe(hits, quoted);
}

// The memo scope of credit blocks (bylines count there), apart from other blocks': keys are the
// blocks' own texts, not copies of them with a prefix.
const CREDIT_BLOCKS = { credits: 'in credit blocks' };

/** A credit found in a block's text, with the id of the rule that found it. */
type FoundCredit = Pick<CreditHit, 'type' | 'text' | 'agencies' | 'start' | 'end'> & { rule: string };

const SOURCE_LABEL = 'source-label'; // the rule of a source label: isSourceLabel, not a pattern
// "X via REUTERS" is a picture's credit under a photo and the story's source in a label above
// the story ("Story via Reuters"); the other photo forms say "photo" or name a photographer.
const READS_AS_SOURCE: ReadonlySet<string> = new Set(['photo-via-agency']);
// What makes "X via REUTERS" a picture's credit wherever it stands: X is an agency ("KCNA via
// REUTERS") or a picture's word ("Handout via REUTERS").
const PICTURE_WORD = /\b(?:handout|pool|photo|picture|image|video|still|file)s?\b/iu;
const isPictureCredit = (c: FoundCredit) => !READS_AS_SOURCE.has(c.rule) || c.agencies.length > 1 || PICTURE_WORD.test(c.text);

// The credits in one block's text; bylines and source labels only in a block that is a credit.
function creditsIn(text: string, isCredit: boolean): FoundCredit[] {
  const found: FoundCredit[] = [];
  for (const rule of candidatesIn(CREDIT_PATTERNS, text)) {
    if (BLOCK_ONLY_TYPES.has(rule.type) && !isCredit) continue;
    for (const m of matchCandidate(rule, text)) found.push({ type: rule.type, text: m.text.trim(), agencies: agenciesOf(rule, m.text), start: m.start, end: m.end, rule: rule.id });
  }
  // A byline or credit line naming the agency ("By Jack Kim Reuters") is that credit, not also a label.
  const storyCredit = found.some((c) => c.type !== 'photo' && c.end - c.start >= text.trim().length / 2);
  if (isCredit && !storyCredit && isSourceLabel(text)) found.push({ type: 'source', text, agencies: findAgencies(text), start: 0, end: text.length, rule: SOURCE_LABEL });
  return found;
}

// A credit block that is a source label and holds a photo credit is one or the other, never
// both, so a photo credit is never compared with a source label: in a figure, or written as a
// picture's ("PHOTO: Reuters", "STR / AFP", "KCNA via REUTERS"), it is the photo credit; else
// ("Story via Reuters" over the story) it is the source label. A label set in a picture's caption
// ("KCNA VIA KNS", "Reuters") credits the picture whatever its form.
function photoOrSource(found: readonly FoundCredit[], inFigure: boolean): readonly FoundCredit[] {
  const label = found.find((c) => c.rule === SOURCE_LABEL);
  const photos = found.filter((c) => c.type === 'photo');
  if (label && inFigure && photos.length === 0) return found.map((c) => (c === label ? { ...c, type: 'photo' } : c));
  if (!label || photos.length === 0) return found;
  const picture = inFigure || photos.some(isPictureCredit);
  return found.filter((c) => (picture ? c !== label : c.type !== 'photo'));
}

// The agencies a credit names, with those its form stands for.
function agenciesOf(rule: CreditRule, text: string): string[] {
  const named = findAgencies(text);
  return rule.agencies ? [...new Set([...named, ...rule.agencies])].sort() : named;
}

const creditKey = (hit: CreditHit): string => `${hit.type}|${normalizeText(hit.text).toLowerCase().replace(/^by\s+/, '')}`;

// A credit quoted in a mandatory-credit note is kept beside the same credit printed: it is the
// note's words, its own stretch of the caption (see isQuotedCredit).
function dedupe(hits: CreditHit[], quoted: ReadonlySet<CreditHit>): CreditHit[] {
  const seen = new Set<string>();
  const kept: CreditHit[] = [];
  // Overlapping matches of two rules of one type in one block: keep the longer.
  const sorted = [...hits].sort((a, b) => (a.block ?? Infinity) - (b.block ?? Infinity) || a.start - b.start || b.end - a.end);
  for (const hit of sorted) {
    const key = creditKey(hit);
    if (seen.has(key) && !quoted.has(hit)) continue;
    const overlapped = kept.some((k) => k.block !== null && k.block === hit.block && k.type === hit.type && hit.start < k.end && k.start < hit.end);
    if (overlapped) continue;
    if (!quoted.has(hit)) seen.add(key);
    kept.push(hit);
  }
  // A byline in metadata ("Dana Whitfield", "KIM TONG-HYUNG, MARI YAMAGUCHI") whose names the
  // page's own byline line already holds ("By Dana Whitfield, Ledger Staff", "By KIM TONG-HYUNG
  // and MARI YAMAGUCHI") is the same credit.
  return kept.filter((hit) => hit.block !== null ||
    !kept.some((other) => other !== hit && other.block !== null && other.type === hit.type && holdsNames(other.text, hit.text)));
}

const LINK_WORDS = new Set(['by', 'and']);
const nameWords = (text: string): string[] =>
  normalizeText(text).toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((w) => w !== '' && !LINK_WORDS.has(w));

/** True when every name word of `inner` is in `outer`. */
function holdsNames(outer: string, inner: string): boolean {
  const words = new Set(nameWords(outer));
  const wanted = nameWords(inner);
  return wanted.length > 0 && wanted.every((w) => words.has(w));
}
