import type { Block } from '../types.js';
import { CREDIT_PATTERNS } from '../credits/credit-patterns.js';
import { compilePattern, mayMatch } from './compile-pattern.js';

const DATELINE_SEARCH_BLOCKS = 3; // a dateline opens the story: look no further than its first paragraphs

/**
 * Splits the agency dateline ("BRUSSELS (Reuters) -") off the start of the story into a block
 * of its own, so that a copy which drops it shows one missing credit, not an edited paragraph.
 * Returns new blocks, renumbered; the input is not changed.
 */
export function splitDateline(blocks: readonly Block[]): Block[] {
  const rules = CREDIT_PATTERNS.filter((rule) => rule.type === 'dateline');
  const out: Block[] = [];
  let seenBody = 0;
  let done = false;
  for (const block of blocks) {
    if (!done && block.role === 'body' && seenBody++ < DATELINE_SEARCH_BLOCKS) {
      for (const rule of rules) {
        const m = mayMatch(rule, block.text) ? compilePattern(rule).exec(block.text) : null;
        if (m && m.index === 0 && m[0].length < block.text.length) {
          out.push({ ...block, role: 'dateline', form: 'line', text: m[0].trim() });
          out.push({ ...block, text: block.text.slice(m[0].length).trim() });
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out.push({ ...block });
  }
  return out.map((b, index) => ({ ...b, index }));
}
