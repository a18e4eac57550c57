import { collapseSpace } from './normalize-text.js';

/** Options of splitParagraphs. */
export interface SplitParagraphsOptions {
  /**
   * A text with single line breaks only has one paragraph per line (JSON-LD articleBody often
   * is written so); when false, only blank lines separate paragraphs.
   * @default true
   */
  lines?: boolean;
}

/**
 * Splits plain text into paragraphs, white space collapsed: blank lines separate them.
 *
 * @example splitParagraphs('One.\n\nTwo.') // => ['One.', 'Two.']
 */
export function splitParagraphs(text: string, options: SplitParagraphsOptions = {}): string[] {
  const lines = options.lines ?? true;
  const normalized = text.replace(/\r\n?/g, '\n');
  const separator = !lines || /\n[ \t\u00A0]*\n/.test(normalized) ? /\n[ \t\u00A0]*\n/ : /\n/;
  return normalized.split(separator).map(collapseSpace).filter((p) => p !== '');
}
