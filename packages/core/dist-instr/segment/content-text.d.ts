import type { Block, CreditHit, CreditType, NoteHit } from '../types.js';
export declare const CAPS_BEFORE: RegExp;
/**
 * Where the capital words before `start` begin: what CAPS_BEFORE (its specification) matches at
 * the end of the 200 characters before it, found by walking back word by word. The expression
 * with its `$` is tried at every position of the slice, which made it most of a copy's cost.
 */
export declare function capitalsBefore(text: string, start: number): number;
/** A stretch of a block's text, start and end offsets. */
export type Span = readonly [number, number];
/** The stretches of a block's text that are not its words: its notes and inline credits. */
export declare function removedSpans(block: Block, notes: readonly NoteHit[], credits: readonly CreditHit[]): Span[];
/** Whether a credit of this type sits inside prose and is taken out of its words. */
export declare const isInlineCredit: (type: CreditType) => boolean;
/**
 * The words of a block that alignment and the word diff compare: its text without the editor
 * notes, inline credits and picture ids found in it, which have their own findings, and without
 * an outlet's "Photo:" label before a caption. A caption that loses its note is then one missing
 * note, not also an edited caption; one that carries its credit and notes inline compares equal
 * to one whose credit stands in its own element.
 */
export declare function contentText(block: Block, notes: readonly NoteHit[], credits: readonly CreditHit[]): string;
/** contentText given the spans to take out (see removedSpans): it depends on these, the text and the role alone. */
export declare function contentOf(block: Pick<Block, 'text' | 'role'>, removed: readonly Span[]): string;
//# sourceMappingURL=content-text.d.ts.map