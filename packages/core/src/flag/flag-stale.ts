import type { Article, Block, CreditHit, FlaggedFinding, NoteCategory, NoteHit } from '../types.js';
import { readAdvisory, type Advisory } from '../notes/read-advisory.js';
import { contentText } from '../segment/content-text.js';
import { normalizeText } from '../segment/normalize-text.js';
import { quote } from './describe.js';
import { findingId } from './finding-id.js';

/** An article with the notes and credits found in it. */
interface Side {
  article: Article;
  notes: readonly NoteHit[];
  credits: readonly CreditHit[];
}

const ADVISORY_CATEGORIES: ReadonlySet<NoteCategory> = new Set(['correction', 'update']);
const SHORT_NOTE = 25; // a label ("Correction:") whose advisory is the rest of its sentence
const ADVISORY_CHARS = 300; // an advisory is one or two sentences

/** The advisory's words: the note itself, or a label and the sentence after it. */
function advisoryText(article: Article, hit: NoteHit): string {
  if (hit.text.length >= SHORT_NOTE || hit.block === null) return hit.text;
  const rest = article.blocks[hit.block]!.text.slice(hit.start, hit.start + ADVISORY_CHARS);
  return /^(?:[^.\n]|\.(?=\S)){0,300}\.?/u.exec(rest)?.[0] ?? hit.text;
}

const fold = (text: string) => normalizeText(text).toLowerCase();
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** True when `text` has `words` as whole words (folded: quotes, dashes, case). */
function hasWords(text: string, words: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(fold(words))}(?![\\p{L}\\p{N}])`, 'u').test(fold(text));
}

/**
 * Finds copies that carry a passage as it stood before the reference's correction or update:
 * one high `stale-copy` finding per passage. The corrected passage is identified from the
 * advisory's own words (see readAdvisory), by the first rule that applies:
 *
 * 1. The advisory names the earlier wording ("to Tuva, not Tyva", "from 12 to 21", "misspelled …
 *    as Lungesku"): a copy block (or the copy's title) that has those words while the reference
 *    block it is aligned with (or the reference's title) does not is stale. When the advisory
 *    also names paragraphs, only those paragraphs are looked at.
 * 2. The advisory names paragraphs but not the wording ("Corrects spelling of spokesman's name
 *    in paragraph 9", "Updates death toll in 1st par"): the copy's paragraph aligned with the
 *    named reference paragraph is stale when its words differ (notes and credits aside, after
 *    typographic folding). Paragraphs are counted as agencies count them: body paragraphs of
 *    the reference from 1, headings left out.
 * 3. The advisory says paragraphs were added ("Adds comments from NATO diplomat in paragraphs
 *    5-6"): the copy is stale when it has none of them but keeps a later paragraph (a copy that
 *    stops early is `truncated`, not stale).
 *
 * An advisory without any of these ("CORRECTED-" alone) cannot say which passage changed, and
 * gives no stale finding; its own absence is `note-missing`.
 *
 * @param alignedCopyBlocks For a reference block position, the copy blocks aligned with it.
 */
export function flagStale(reference: Side, copy: Side, alignedCopyBlocks: ReadonlyMap<number, readonly number[]>): FlaggedFinding[] {
  const findings: FlaggedFinding[] = [];
  const paragraphs = reference.article.blocks.filter((b) => b.role === 'body' && b.form !== 'heading');
  const seen = new Set<string>();
  for (const hit of reference.notes) {
    if (!ADVISORY_CATEGORIES.has(hit.category)) continue;
    const text = advisoryText(reference.article, hit);
    if (seen.has(fold(text))) continue;
    seen.add(fold(text));
    const advisory = readAdvisory(text);
    const targets = advisory.paragraphs.map((n) => paragraphs[n - 1]).filter((b): b is Block => b !== undefined);
    const make = (tag: string, ref: Block | null, copyBlocks: readonly number[], words: string, message: string): FlaggedFinding => ({
      id: findingId('stale-copy', [hit.ruleId, text, tag]),
      kind: 'stale-copy',
      severity: 'high',
      categories: [hit.category],
      message: `${message} (${hit.category} advisory: ${quote(text, 70)})`,
      reference: ref
        ? { blocks: [ref.index], text: ref.text, words: advisory.corrected[0] ?? '' }
        : { blocks: [], text: reference.article.title ?? '', words: advisory.corrected[0] ?? '' },
      copy: ref
        ? { blocks: [...copyBlocks], text: copyBlocks.map((c) => copy.article.blocks[c]!.text).join('\n'), words }
        : { blocks: [], text: copy.article.title ?? '', words },
      note: { ruleId: hit.ruleId, category: hit.category },
    });
    if (advisory.earlier.length > 0) findings.push(...byEarlierWording(reference, copy, alignedCopyBlocks, advisory, targets, make));
    else if (advisory.adds) findings.push(...byAddedParagraphs(paragraphs, alignedCopyBlocks, advisory, targets, make));
    else findings.push(...byNamedParagraphs(reference, copy, alignedCopyBlocks, advisory, targets, make));
  }
  return findings;
}

type Make = (tag: string, ref: Block | null, copyBlocks: readonly number[], words: string, message: string) => FlaggedFinding;

function byEarlierWording(reference: Side, copy: Side, aligned: ReadonlyMap<number, readonly number[]>, advisory: Advisory, targets: Block[], make: Make): FlaggedFinding[] {
  const found: FlaggedFinding[] = [];
  const blocks = targets.length > 0 ? targets : reference.article.blocks.filter((b) => b.role === 'body' || b.role === 'caption');
  for (const earlier of advisory.earlier) {
    for (const ref of blocks) {
      const copyBlocks = aligned.get(ref.index) ?? [];
      const copyText = copyBlocks.map((c) => copy.article.blocks[c]!.text).join('\n');
      if (copyBlocks.length === 0 || !hasWords(copyText, earlier) || hasWords(ref.text, earlier)) continue;
      found.push(make(`${earlier}|${ref.text}`, ref, copyBlocks, earlier, `copy still has the wording the reference corrected: ${quote(earlier, 40)}`));
    }
    const [refTitle, copyTitle] = [reference.article.title ?? '', copy.article.title ?? ''];
    if ((advisory.headline || targets.length === 0) && hasWords(copyTitle, earlier) && !hasWords(refTitle, earlier)) {
      found.push(make(`${earlier}|title`, null, [], earlier, `copy's headline still has the wording the reference corrected: ${quote(earlier, 40)}`));
    }
  }
  return found;
}

function byNamedParagraphs(reference: Side, copy: Side, aligned: ReadonlyMap<number, readonly number[]>, advisory: Advisory, targets: Block[], make: Make): FlaggedFinding[] {
  const found: FlaggedFinding[] = [];
  targets.forEach((ref, k) => {
    const copyBlocks = aligned.get(ref.index) ?? [];
    if (copyBlocks.length === 0) return; // a removed paragraph is `removed`, whatever its version
    const before = fold(contentText(ref, reference.notes, reference.credits));
    const after = fold(copyBlocks.map((c) => contentText(copy.article.blocks[c]!, copy.notes, copy.credits)).join(' '));
    if (before === after) return;
    const n = advisory.paragraphs[k]!;
    found.push(make(`paragraph ${n}`, ref, copyBlocks, '', `copy's paragraph ${n}, which the reference's advisory names, differs from the corrected version: it may still carry the earlier wording`));
  });
  return found;
}

function byAddedParagraphs(paragraphs: Block[], aligned: ReadonlyMap<number, readonly number[]>, advisory: Advisory, targets: Block[], make: Make): FlaggedFinding[] {
  if (targets.length === 0 || targets.some((ref) => (aligned.get(ref.index) ?? []).length > 0)) return [];
  const last = targets[targets.length - 1]!;
  const keepsLater = paragraphs.some((p) => p.index > last.index && (aligned.get(p.index) ?? []).length > 0);
  if (!keepsLater) return [];
  const label = advisory.paragraphs.length === 1 ? `paragraph ${advisory.paragraphs[0]}` : `paragraphs ${advisory.paragraphs.join(', ')}`;
  return [make(label, targets[0]!, [], '', `copy lacks ${label}, which the reference's update added, but keeps what follows: it is of an earlier version`)];
}
