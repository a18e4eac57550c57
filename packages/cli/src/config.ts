import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NOTE_CATALOGUE, WirediffError, isWirediffError, validateNoteRule, type NoteRule } from '@wirediff/core';
import { isRecord } from './is-record.js';

/** The file read from the working directory when no --config is given, if it exists. */
export const DEFAULT_CONFIG_FILE = 'wirediff.config.json';

/** What a configuration file adds to wirediff's built-in tables. */
export interface WirediffConfig {
  /** The file read, as named (or found), or null when there was none. */
  source: string | null;
  /** The note catalogue to use: the built-in rules, then the file's additions. */
  notes: readonly NoteRule[];
  /**
   * `wirediff check` defaults, ignore rules and furniture-learning options, as written
   * (check/check-config.ts, check/ignore-rules.ts and check/furniture-config.ts read them).
   */
  check: unknown;
  ignore: unknown;
  furniture: unknown;
}

const TOP_KEYS = new Set(['$schema', '$comment', 'notes', 'check', 'ignore', 'furniture']);

/**
 * Reads `wirediff.config.json` (or the `--config` file): `{ "notes": [ … ] }`, each entry a note
 * rule as in the built-in catalogue (id, category, agencies, pattern, flags, description,
 * example, nearMiss). Every entry is checked as the built-ins are — its pattern compiles, matches
 * its example and not its near-miss, has no nested repetition, and scans adversarial text in
 * linear time — or the whole file is refused with one line naming the file and the entry.
 *
 * @param file The --config value; when undefined, `wirediff.config.json` in `cwd` if present.
 * @throws WirediffError `WD_INPUT_NOT_FOUND` for a named file that does not exist,
 *   `WD_BAD_OPTION` for a file that is not valid JSON or holds a bad entry.
 */
export async function loadConfig(file: string | undefined, cwd: string = process.cwd()): Promise<WirediffConfig> {
  const named = file ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, named), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (file === undefined && code === 'ENOENT') return { source: null, notes: NOTE_CATALOGUE, check: undefined, ignore: undefined, furniture: undefined };
    if (code === 'ENOENT') throw new WirediffError('WD_INPUT_NOT_FOUND', 'no such configuration file', { input: named, cause: error });
    throw new WirediffError('WD_INPUT_UNREADABLE', `cannot read the configuration file (${code ?? 'error'})`, { input: named, cause: error });
  }
  const bad = (why: string, cause?: unknown): never => {
    throw new WirediffError('WD_BAD_OPTION', why, { input: named, cause });
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return bad(`not valid JSON: ${(error as Error).message}`, error);
  }
  if (!isRecord(data)) return bad('must hold a JSON object, like { "notes": [ … ] }');
  const config = data;
  for (const key of Object.keys(config)) if (!TOP_KEYS.has(key)) bad(`unknown key "${key}" (expected "notes", "check", "ignore" or "furniture")`);
  const entries = config.notes ?? [];
  if (!Array.isArray(entries)) return bad('"notes" must be a list of note rules');
  const taken = new Set(NOTE_CATALOGUE.map((rule) => rule.id));
  const added: NoteRule[] = [];
  entries.forEach((entry, k) => {
    try {
      const rule = validateNoteRule(entry, `notes[${k}]`, { taken, now: () => performance.now() });
      taken.add(rule.id);
      added.push(rule);
    } catch (error) {
      if (isWirediffError(error)) bad(error.message, error);
      throw error;
    }
  });
  return { source: named, notes: Object.freeze([...NOTE_CATALOGUE, ...added]), check: config.check, ignore: config.ignore, furniture: config.furniture };
}
