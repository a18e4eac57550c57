import { type AlignOptions } from '../align/align-blocks.js';
import type { NoteRule } from '../notes/note-catalogue.js';
import type { BlockMemo } from '../segment/block-memo.js';
import type { Article, CreditHit, Finding, NoteHit } from '../types.js';
/** Options of compareCopy and compareStory. */
export interface CompareOptions {
    /**
     * The editor-note rules to look for.
     * @default NOTE_CATALOGUE
     */
    notes?: readonly NoteRule[];
    /** Alignment thresholds; see AlignOptions. */
    align?: AlignOptions;
    /**
     * Block scans remembered across the pages of one story (compareStory makes one per call).
     * @default none
     */
    memo?: BlockMemo;
}
/** An article with the notes and credits found in it: what comparisons read. */
export interface ReadArticle {
    article: Article;
    notes: NoteHit[];
    credits: CreditHit[];
    /** The agencies the article names anywhere (see namedAgencies), sorted. */
    agencies: string[];
}
/** Finds an article's notes and credits once, for comparing it with many copies. */
export declare function readArticle(article: Article, options?: CompareOptions): ReadArticle;
/**
 * Compares one copy with the reference: aligns their story blocks, diffs the aligned words,
 * and checks notes, credits and furniture. Pure: the same articles give the same findings.
 *
 * @returns Findings ordered by position in the reference (copy-only findings after the block
 *   they follow), then by kind; ids unique within the list.
 */
export declare function compareCopy(reference: ReadArticle, copy: ReadArticle, options?: CompareOptions): Finding[];
//# sourceMappingURL=compare-copy.d.ts.map