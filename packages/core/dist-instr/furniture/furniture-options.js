import { WirediffError } from '../errors.js';
/** The defaults of FurnitureOptions. */
export const FURNITURE_DEFAULTS = Object.freeze({ minStories: 2, maxWords: 40 });
/**
 * Fills in the defaults and checks the values.
 * @throws WirediffError WD_BAD_OPTION naming the option.
 */
export function resolveFurnitureOptions(options = {}) {
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
//# sourceMappingURL=furniture-options.js.map