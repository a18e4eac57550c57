import { WirediffError } from '@wirediff/core';
import { isRecord } from '../is-record.js';

/** A section of a configuration file, read as an object, and how to refuse one of its values. */
export interface ConfigSection {
  values: Record<string, unknown>;
  /** Throws WD_BAD_OPTION naming the file, with `why`. */
  bad: (why: string) => never;
}

/**
 * Reads the section `name` of a configuration file: null when it is absent; an object holding
 * only `keys`, or one clear error naming the file ("check" must be an object, unknown key …).
 *
 * @throws WirediffError WD_BAD_OPTION naming the file.
 */
export function readConfigSection(value: unknown, file: string, name: string, keys: readonly string[], example: string): ConfigSection | null {
  if (value === undefined) return null;
  const bad = (why: string): never => {
    throw new WirediffError('WD_BAD_OPTION', why, { input: file });
  };
  if (!isRecord(value)) return bad(`"${name}" must be an object, like ${example}`);
  const values = value;
  for (const key of Object.keys(values)) if (!keys.includes(key)) bad(`${name} has an unknown key "${key}" (expected ${keys.join(', ')})`);
  return { values, bad };
}
