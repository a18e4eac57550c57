import type { Article, CreditHit, Finding, NoteHit } from '../types.js';
/** An article with the notes and credits found in it. */
interface Side {
    article: Article;
    notes: readonly NoteHit[];
    credits: readonly CreditHit[];
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
export declare function flagStale(reference: Side, copy: Side, alignedCopyBlocks: ReadonlyMap<number, readonly number[]>): Finding[];
export {};
//# sourceMappingURL=flag-stale.d.ts.map