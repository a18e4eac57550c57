/**
 * Splits plain text into paragraphs, white space collapsed. Blank lines separate paragraphs;
 * within a stretch without one, the lines say how: a text hard-wrapped at a fixed width (most
 * lines stop mid-sentence) joins its lines, a paragraph ending where a line ends a sentence
 * with room left for the next word, or where a short line stops (a title, a byline); any
 * other text has one paragraph per line (single line breaks, as web archives and JSON-LD
 * `articleBody` write them).
 *
 * @example splitParagraphs('One.\nTwo.') // => ['One.', 'Two.']
 * @example splitParagraphs('A ferry with 200 passengers\ncapsized on Monday.\nNo one died.')
 *   // => ['A ferry with 200 passengers capsized on Monday.', 'No one died.']
 */
export declare function splitParagraphs(text: string): string[];
//# sourceMappingURL=split-paragraphs.d.ts.map