import { WirediffError } from '../errors.js';

/** Options of learning furniture (learnFurniture, sampleFurniture). */
export interface FurnitureOptions {
  /**
   * A text is furniture when one outlet's copies carry it in at least this many different
   * stories. At least 2: text seen around one story only is that copy's own addition.
   * @default 2
   */
  minStories?: number;
  /**
   * The longest block, in words as written, that can be learned as furniture. Prompts and labels are
   * short ("This story was automatically generated from a syndicated feed." is 9 words); a
   * longer paragraph repeated across stories is a boilerplate background paragraph, which the
   * reader should see as added.
   * @default 40
   */
  maxWords?: number;
}

/** The defaults of FurnitureOptions. */
export const FURNITURE_DEFAULTS: Readonly<Required<FurnitureOptions>> = Object.freeze({ minStories: 2, maxWords: 40 });

/**
 * Fills in the defaults and checks the values.
 * @throws WirediffError WD_BAD_OPTION naming the option.
 */
export function resolveFurnitureOptions(options: FurnitureOptions = {}): Required<FurnitureOptions> {
  const minStories = options.minStories ?? FURNITURE_DEFAULTS.minStories;
  const maxWords = options.maxWords ?? FURNITURE_DEFAULTS.maxWords;
  if (!Number.isInteger(minStories) || minStories < 2) {
    throw new WirediffError('WD_BAD_OPTION', `must be a whole number of at least 2, not ${String(minStories)}`, { input: 'minStories' });
  }
  if (!Number.isInteger(maxWords) || maxWords < 1) {
    throw new WirediffError('WD_BAD_OPTION', `must be a whole number of at least 1, not ${String(maxWords)}`, { input: 'maxWords' });
  }
  return { minStories, maxWords };
}
