import type { Article, CreditHit, CreditType, Finding, Severity } from '../types.js';
import { findAgencies, namedAgencies } from '../credits/find-credits.js';
import { AGENCIES } from '../credits/agencies.js';
import { normalizeText } from '../segment/normalize-text.js';
import { quote } from './describe.js';
import { findingId } from './finding-id.js';
import { CREDIT_MISSING_SEVERITY } from './severity.js';

const TYPE_ORDER: readonly CreditType[] = ['byline', 'dateline', 'photo', 'credit-line', 'copyright', 'source'];
// Credits that say whose story it is (a photo credit names the photographer's agency only).
const STORY_CREDITS: ReadonlySet<CreditType> = new Set(['byline', 'dateline', 'credit-line', 'copyright', 'source']);
// Words that only format a credit: "KCNA/via REUTERS" and "KCNA via Reuters" name the same.
const FORMAT_WORDS = new Set(['by', 'via', 'photo', 'file', 'and', 'staff', 'writer', 'the', 'reporting', 'editing']);

const creditKey = (hit: CreditHit) => normalizeText(hit.text).toLowerCase().replace(/^by\s+/, '');
const names = (text: string): Set<string> =>
  new Set(normalizeText(text).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '' && !FORMAT_WORDS.has(w)));

function changeSeverity(type: CreditType, before: CreditHit, after: CreditHit): Severity {
  const a = names(before.text);
  const b = names(after.text);
  const same = a.size === b.size && [...a].every((w) => b.has(w));
  if (same) return 'low'; // reformatted only
  if (before.agencies.length > 0 && !before.agencies.some((id) => after.agencies.includes(id))) return 'high';
  // A byline naming nobody the reference named: the story is credited to someone else.
  if (type === 'byline' && ![...a].some((w) => b.has(w))) return 'high';
  return 'medium';
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
 * high when the agency or the credited person is gone), one only the copy has is
 * `credit-added`. When the reference's story is an agency's and the copy names that agency
 * nowhere at all, one high `credit-missing` of type `agency` says so.
 */
export function flagCredits(
  reference: Article, referenceCredits: readonly CreditHit[], copy: Article, copyCredits: readonly CreditHit[],
  copyAgencies: readonly string[] = namedAgencies(copy),
): Finding[] {
  const findings: Finding[] = [];
  for (const type of TYPE_ORDER) {
    const refs = referenceCredits.filter((c) => c.type === type);
    const copies = copyCredits.filter((c) => c.type === type);
    const copyKeys = new Set(copies.map(creditKey));
    const refKeys = new Set(refs.map(creditKey));
    const lost = refs.filter((c) => !copyKeys.has(creditKey(c)));
    const gained = copies.filter((c) => !refKeys.has(creditKey(c)));
    const pairs = Math.min(lost.length, gained.length);
    for (let k = 0; k < pairs; k++) {
      const before = lost[k]!;
      const after = gained[k]!;
      findings.push({
        id: findingId('credit-changed', [type, before.text, after.text]),
        kind: 'credit-changed',
        severity: changeSeverity(type, before, after),
        categories: [type],
        message: `${type} changed: ${quote(before.text, 45)} became ${quote(after.text, 45)}`,
        reference: side(reference, before),
        copy: side(copy, after),
        credit: { type, agencies: before.agencies },
      });
    }
    for (const hit of lost.slice(pairs)) {
      findings.push({
        id: findingId('credit-missing', [type, hit.text]),
        kind: 'credit-missing',
        severity: CREDIT_MISSING_SEVERITY[type],
        categories: [type],
        message: `${type} missing from the copy: ${quote(hit.text)}`,
        reference: side(reference, hit),
        copy: none,
        credit: { type, agencies: hit.agencies },
      });
    }
    for (const hit of gained.slice(pairs)) {
      findings.push({
        id: findingId('credit-added', [type, hit.text]),
        kind: 'credit-added',
        severity: 'low',
        categories: [type],
        message: `copy adds a ${type} credit: ${quote(hit.text)}`,
        reference: none,
        copy: side(copy, hit),
        credit: { type, agencies: hit.agencies },
      });
    }
  }
  findings.push(...flagLostAgencies(reference, referenceCredits, copyAgencies));
  return findings;
}

/** The agencies whose story the reference is: named by its story credits or its metadata. */
export function storyAgencies(article: Article, credits: readonly CreditHit[]): string[] {
  const ids = new Set<string>();
  for (const c of credits) if (STORY_CREDITS.has(c.type)) for (const id of c.agencies) ids.add(id);
  for (const text of [article.publisher, article.siteName, article.isBasedOn]) if (text) for (const id of findAgencies(text)) ids.add(id);
  return [...ids].sort();
}

function flagLostAgencies(reference: Article, referenceCredits: readonly CreditHit[], copyAgencies: readonly string[]): Finding[] {
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
