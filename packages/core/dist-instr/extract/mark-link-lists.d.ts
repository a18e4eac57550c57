import type { Block } from '../types.js';
/**
 * Marks the links of a related-stories list inside the body as furniture: after a list heading
 * ("RELATED STORIES", "READ MORE:", "Mehr zum Thema"), the headline lines that follow (short, no
 * sentence's end) are other stories', not the story's, up to the first line of prose. Saved
 * text keeps such lists without their links; markup lists of links are dropped before this.
 *
 * @returns New blocks, the list's lines made furniture; the input is not changed.
 * @example markLinkLists(blocks).filter((b) => b.role === 'furniture').map((b) => b.text)
 * // => ['RELATED STORIES', '40 dead as Bangladesh ferry search called off']
 */
export declare function markLinkLists(blocks: readonly Block[]): Block[];
//# sourceMappingURL=mark-link-lists.d.ts.map