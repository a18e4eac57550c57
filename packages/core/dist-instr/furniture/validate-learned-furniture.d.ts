import type { LearnedFurniture } from '../types.js';
/**
 * Checks that a value read from JSON is a learned-furniture table (as learnFurniture returns
 * and `wirediff check --write-furniture` writes), and returns it typed.
 *
 * @param input The file or option it came from, named in the error.
 * @throws WirediffError WD_FURNITURE_INVALID naming `input` and the first thing wrong.
 * @example validateLearnedFurniture(JSON.parse(text), 'furniture.json')
 */
export declare function validateLearnedFurniture(value: unknown, input: string): LearnedFurniture;
//# sourceMappingURL=validate-learned-furniture.d.ts.map