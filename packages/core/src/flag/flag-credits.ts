import type { Article, CreditHit, CreditType, FlaggedFinding, Severity } from '../types.js';
import { findAgencies, namedAgencies } from '../credits/find-credits.js';
import { AGENCIES } from '../credits/agencies.js';
import { isQuotedCredit } from '../credits/is-quoted-credit.js';
import { normalizeText } from '../segment/normalize-text.js';
import { creditName, quote, withArticle } from './describe.js';
import { findingId } from './finding-id.js';
import { CREDIT_MISSING_SEVERITY } from './severity.js';

const TYPE_ORDER: readonly CreditType[] = ['byline', 'dateline', 'photo', 'credit-line', 'copyright', 'source'];
// Credits that say whose story it is (a photo credit names the photographer's agency only).
const STORY_CREDITS: ReadonlySet<CreditType> = new Set(['byline', 'dateline', 'credit-line', 'copyright', 'source']);
// Words that only format a credit: "KCNA/via REUTERS" and "KCNA via Reuters" name the same.
const FORMAT_WORDS = new Set(['by', 'via', 'photo', 'file', 'and', 'staff', 'writer', 'the', 'reporting', 'editing']);

const creditKey = (hit: CreditHit) => normalizeText(hit.text).toLowerCase().replace(/^by\s+/, '');
// Names are compared without their accents: "JOSÉ MARTÍNEZ" retyped "JOSE MARTINEZ" credits the
// same person, as a keyboard or a feed without accents writes him.
const names = (text: string): Set<string> =>
  new Set(normalizeText(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !FORMAT_WORDS.has(w)));
const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

function changeSeverity(type: CreditType, before: CreditHit, after: CreditHit): Severity {
  const a = names(before.text);
  const b = names(after.text);
  if (a.size === b.size && shared(a, b) === a.size) return 'low'; // reformatted only
  if (before.agencies.length > 0 && !before.agencies.some((id) => after.agencies.includes(id))) return 'high';
  // A byline naming nobody the reference named: the story is credited to someone else.
  if (type === 'byline' && shared(a, b) === 0) return 'high';
  return 'medium';
}

// A credit quoted in a mandatory-credit note is the note's words (see isQuotedCredit); losing
// the note is a missing note, and the picture's credit is the one it prints.
const comparedCredits = (article: Article, credits: readonly CreditHit[]): CreditHit[] =>
  credits.filter((c) => c.type !== 'photo' || c.block === null || !isQuotedCredit(article.blocks[c.block]!.text, c.start));

// A lost credit and a gained one of a type are the same credit reworded when they share names:
// those pair first, the most names shared first; the rest pair in reading order.
function pairCredits(lost: readonly CreditHit[], gained: readonly CreditHit[]): Array<[CreditHit, CreditHit]> {
  const candidates: Array<[number, number, number]> = [];
  lost.forEach((l, i) => gained.forEach((g, j) => {
    const n = shared(names(l.text), names(g.text));
    if (n > 0) candidates.push([n, i, j]);
  }));
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const pairs: Array<[number, number]> = [];
  const usedLost = new Set<number>();
  const usedGained = new Set<number>();
  for (const [, i, j] of candidates) {
    if (usedLost.has(i) || usedGained.has(j)) continue;
    usedLost.add(i);
    usedGained.add(j);
    pairs.push([i, j]);
  }
  const restLost = lost.map((_, i) => i).filter((i) => !usedLost.has(i));
  const restGained = gained.map((_, j) => j).filter((j) => !usedGained.has(j));
  for (let k = 0; k < Math.min(restLost.length, restGained.length); k++) pairs.push([restLost[k]!, restGained[k]!]);
  return pairs.sort((x, y) => x[0] - y[0]).map(([i, j]) => [lost[i]!, gained[j]!]);
}

const side = (article: Article, hit: CreditHit) => ({
  blocks: hit.block === null ? [] : [hit.block],
  text: hit.block === null ? hit.text : article.blocks[hit.block]!.text,
  words: hit.text,
});
const none = { blocks: [], text: '', words: '' };

/**
 * Compares the credits of the reference and a copy, type by type: a credit the copy lacks is
 * `credit-missing`, one it words differently is `credit-changed` (low when only reformatted,
 * accents aside, high when the agency or the credited person is gone), one only the copy has is
 * `credit-added`. When the reference's story is an agency's and the copy names that agency
 * nowhere at all, one high `credit-missing` of type `agency` says so; an agency the copy's story
 * text cites and the reference's story neither cites nor is credited to (another agency's
 * reporting mixed in: "The AP reported") is a low `credit-added` of type `source`.
 *
 * @param copyAgencies The agencies the copy names anywhere (namedAgencies of the copy).
 */
export function flagCredits(
  reference: Article, referenceCredits: readonly CreditHit[], copy: Article, copyCredits: readonly CreditHit[],
  copyAgencies: readonly string[] = namedAgencies(copy),
): FlaggedFinding[] {
  const findings: FlaggedFinding[] = [];
  const refCompared = comparedCredits(reference, referenceCredits);
  const copyCompared = comparedCredits(copy, copyCredits);
  for (const type of TYPE_ORDER) {
    const refs = refCompared.filter((c) => c.type === type);
    const copies = copyCompared.filter((c) => c.type === type);
    const copyKeys = new Set(copies.map(creditKey));
    const refKeys = new Set(refs.map(creditKey));
    const lost = refs.filter((c) => !copyKeys.has(creditKey(c)));
    const gained = copies.filter((c) => !refKeys.has(creditKey(c)));
    const pairs = pairCredits(lost, gained);
    for (const [before, after] of pairs) {
      findings.push({
        id: findingId('credit-changed', [type, before.text, after.text]),
        kind: 'credit-changed',
        severity: changeSeverity(type, before, after),
        categories: [type],
        message: `${creditName(type)} changed: ${quote(before.text, 45)} became ${quote(after.text, 45)}`,
        reference: side(reference, before),
        copy: side(copy, after),
        credit: { type, agencies: before.agencies },
      });
    }
    for (const hit of lost.filter((c) => !pairs.some(([b]) => b === c))) {
      findings.push({
        id: findingId('credit-missing', [type, hit.text]),
        kind: 'credit-missing',
        severity: CREDIT_MISSING_SEVERITY[type],
        categories: [type],
        message: `${creditName(type)} missing from the copy: ${quote(hit.text)}`,
        reference: side(reference, hit),
        copy: none,
        credit: { type, agencies: hit.agencies },
      });
    }
    for (const hit of gained.filter((c) => !pairs.some(([, a]) => a === c))) {
      findings.push({
        id: findingId('credit-added', [type, hit.text]),
        kind: 'credit-added',
        severity: 'low',
        categories: [type],
        message: `copy adds ${withArticle(creditName(type))}: ${quote(hit.text)}`,
        reference: none,
        copy: side(copy, hit),
        credit: { type, agencies: hit.agencies },
      });
    }
  }
  findings.push(...flagLostAgencies(reference, referenceCredits, copyAgencies));
  findings.push(...flagOtherAgencies(copy, copyAgencies, citedAgencies(reference, referenceCredits)));
  return findings;
}

/** The agencies whose story the reference is: named by its story credits or its metadata. */
export function storyAgencies(article: Article, credits: readonly CreditHit[]): string[] {
  const ids = new Set<string>();
  for (const c of credits) if (STORY_CREDITS.has(c.type)) for (const id of c.agencies) ids.add(id);
  for (const text of [article.publisher, article.siteName, article.isBasedOn]) if (text) for (const id of findAgencies(text)) ids.add(id);
  return [...ids].sort();
}

// The agencies a story cites or is credited to: named in its paragraphs and notes, or by its
// story credits. A picture's credit ("KRT via AP Video") makes no agency a source of the story.
// The reference is compared with every copy: it is read once per article.
const CITED = new WeakMap<Article, ReadonlySet<string>>();
function citedAgencies(article: Article, credits: readonly CreditHit[]): ReadonlySet<string> {
  let ids = CITED.get(article);
  if (!ids) {
    const found = new Set(storyAgencies(article, credits));
    for (const block of article.blocks) if (block.role === 'body' || block.role === 'note') for (const id of findAgencies(block.text)) found.add(id);
    CITED.set(article, (ids = found));
  }
  return ids;
}

function flagLostAgencies(reference: Article, referenceCredits: readonly CreditHit[], copyAgencies: readonly string[]): FlaggedFinding[] {
  const named = new Set(copyAgencies);
  return storyAgencies(reference, referenceCredits)
    .filter((id) => !named.has(id))
    .map((id) => {
      const name = AGENCIES.find((a) => a.id === id)?.name ?? id;
      const credits = referenceCredits.filter((c) => c.agencies.includes(id));
      return {
        id: findingId('credit-missing', ['agency', id]),
        kind: 'credit-missing' as const,
        severity: 'high' as const,
        categories: ['agency'],
        message: `no ${name} attribution left anywhere in the copy: the agency's story is presented without naming it`,
        reference: { blocks: [...new Set(credits.flatMap((c) => (c.block === null ? [] : [c.block])))].sort((a, b) => a - b), text: credits.map((c) => c.text).join('\n'), words: name },
        copy: none,
        credit: { type: 'agency' as const, agencies: [id] },
      };
    });
}

// An agency the copy's story paragraphs cite ("The AP reported", "told Agence France-Presse")
// that the reference's story does not: another agency's reporting is mixed into the story. A
// credit line or photo credit naming one is reported as that credit.
function flagOtherAgencies(copy: Article, named: readonly string[], known: ReadonlySet<string>): FlaggedFinding[] {
  // The agencies the copy names anywhere are known already: most name none the reference lacks.
  if (named.every((id) => known.has(id))) return [];
  const first = new Map<string, number>();
  for (const block of copy.blocks) {
    if (block.role !== 'body') continue;
    for (const id of findAgencies(block.text)) if (!known.has(id) && !first.has(id)) first.set(id, block.index);
  }
  return [...first].map(([id, index]) => {
    const name = AGENCIES.find((a) => a.id === id)?.name ?? id;
    const text = copy.blocks[index]!.text;
    return {
      id: findingId('credit-added', ['source', id]),
      kind: 'credit-added' as const,
      severity: 'low' as const,
      categories: ['source'],
      message: `copy cites another agency, ${name}, that the reference's story does not: ${quote(text)}`,
      reference: none,
      copy: { blocks: [index], text, words: name },
      credit: { type: 'source' as const, agencies: [id] },
    };
  });
}
