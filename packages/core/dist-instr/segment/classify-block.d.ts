import type { BlockForm, BlockRole } from '../types.js';
import type { BlockMemo } from './block-memo.js';
/** True when the whole block is outlet furniture ("Continue Reading Below"). */
export declare function isFurniture(text: string): boolean;
/**
 * True when a short block names an agency and nothing else of note: a source label ("Reuters",
 * "Politics Reuters", "Reuters via Briefline", "• Kyodo"), also with the date the outlet filed
 * it ("Reuters · March 9, 2023").
 */
export declare function isSourceLabel(text: string): boolean;
/**
 * Says what a block is for, from its text and the markup shape it came from. Captions stay
 * captions whatever they carry; a block that is all furniture, all credit or a standalone
 * editor note gets that role; a block holding a photo credit is a caption (plain-text copies
 * keep captions as paragraphs); everything else is body.
 *
 * A memo shared by the pages of one story classifies a text they repeat once.
 *
 * @example classifyBlock('(Reporting by Robin Emmott; Editing by Andrew Heavens)', 'paragraph') // => 'credit'
 */
export declare function classifyBlock(text: string, form: BlockForm, memo?: BlockMemo): BlockRole;
//# sourceMappingURL=classify-block.d.ts.map