import type { FurnitureOptions } from '@wirediff/core';
import { readConfigSection } from './config-section.js';

// The least each option can be, as FurnitureOptions documents: a text seen around one story
// only is that copy's own addition, and a block has at least one word.
const LEAST: Readonly<Record<keyof FurnitureOptions, number>> = Object.freeze({ minStories: 2, maxWords: 1 });
const KEYS = Object.keys(LEAST) as (keyof FurnitureOptions)[];

/**
 * Validates the "furniture" section of a configuration file, the options `wirediff check`
 * learns furniture with: `{ "minStories": 3, "maxWords": 20 }`, every key optional (the core's
 * FURNITURE_DEFAULTS fill the rest). Checked here, before any story is read, so a bad value is
 * named as the config key it was written as.
 *
 * @param file The configuration file, named in the error.
 * @throws WirediffError WD_BAD_OPTION naming the file and the key.
 * @example parseFurnitureConfig({ minStories: 3 }, 'wirediff.config.json') // => { minStories: 3 }
 */
export function parseFurnitureConfig(value: unknown, file: string): FurnitureOptions {
  const section = readConfigSection(value, file, 'furniture', KEYS, '{ "minStories": 3, "maxWords": 20 }');
  if (!section) return {};
  const { values: v, bad } = section;
  const options: FurnitureOptions = {};
  for (const key of KEYS) {
    const given = v[key];
    if (given === undefined) continue;
    if (!Number.isInteger(given) || (given as number) < LEAST[key]) bad(`furniture.${key} must be a whole number of at least ${LEAST[key]}, not ${JSON.stringify(given)}`);
    options[key] = given as number;
  }
  return options;
}
