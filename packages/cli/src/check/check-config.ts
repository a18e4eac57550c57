import type { Severity } from '@wirediff/core';
import { readConfigSection } from './config-section.js';

/** Defaults for `wirediff check` from the configuration file; command-line flags win. */
export interface CheckDefaults {
  failOn?: Severity | 'none';
  jobs?: number;
  /** Relative to the configuration file's folder. */
  baseline?: string;
  /** Learn each outlet's furniture before comparing; `--learn-furniture` / `--no-learn-furniture` win. */
  learnFurniture?: boolean;
  /** The result cache's folder, relative to the configuration file's folder; `--cache` wins. */
  cache?: string;
  /** Read files a story names even outside the corpus folder (a trusted corpus); `--allow-outside` wins. */
  allowOutside?: boolean;
}

const FAIL_ON = new Set(['high', 'medium', 'low', 'none']);
const KEYS = ['failOn', 'jobs', 'baseline', 'learnFurniture', 'cache', 'allowOutside'];

/**
 * Validates the "check" section of a configuration file: `{ "failOn": "high", "jobs": 4,
 * "baseline": "baseline.json", "learnFurniture": false }`, every key optional.
 * @example parseCheckDefaults({ learnFurniture: false }, 'wirediff.config.json') // => { learnFurniture: false }
 * @throws WirediffError WD_BAD_OPTION naming the file and the key.
 */
export function parseCheckDefaults(value: unknown, file: string): CheckDefaults {
  const section = readConfigSection(value, file, 'check', KEYS, '{ "failOn": "high" }');
  if (!section) return {};
  const { values: v, bad } = section;
  if (v.failOn !== undefined && !FAIL_ON.has(v.failOn as string)) bad('check.failOn must be one of high, medium, low, none');
  if (v.jobs !== undefined && !(Number.isInteger(v.jobs) && (v.jobs as number) >= 1)) bad('check.jobs must be a whole number of at least 1');
  if (v.baseline !== undefined && (typeof v.baseline !== 'string' || v.baseline === '')) bad('check.baseline must be a file name');
  if (v.cache !== undefined && (typeof v.cache !== 'string' || v.cache === '')) bad('check.cache must be a folder name');
  if (v.learnFurniture !== undefined && typeof v.learnFurniture !== 'boolean') bad(`check.learnFurniture must be true or false, not ${JSON.stringify(v.learnFurniture)}`);
  if (v.allowOutside !== undefined && typeof v.allowOutside !== 'boolean') bad(`check.allowOutside must be true or false, not ${JSON.stringify(v.allowOutside)}`);
  return v as CheckDefaults;
}
