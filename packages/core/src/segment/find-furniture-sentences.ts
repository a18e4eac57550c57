import { isFurniture } from './classify-block.js';
import { splitSentences } from './split-sentences.js';
import type { Span } from './content-text.js';

/**
 * The sentences of a block that are outlet furniture on their own: "Advertisement" or "Story
 * continues below advertisement" joined into a paragraph by a hard wrap, or run into the body
 * of a text that lost its paragraph breaks. A block of one sentence is furniture or not as a
 * whole (classifyBlock), so it yields none.
 *
 * @example findFurnitureSentences('The toll rose. Advertisement') // => [[15, 28]]
 */
export function findFurnitureSentences(text: string): Span[] {
  const sentences = splitSentences(text);
  if (sentences.length < 2) return [];
  const spans: Span[] = [];
  for (const [start, end] of sentences) if (isFurniture(text.slice(start, end))) spans.push([start, end]);
  return spans;
}
