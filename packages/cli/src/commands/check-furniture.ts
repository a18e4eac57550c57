import { readFile } from 'node:fs/promises';
import { validateLearnedFurniture, WirediffError, type LearnedFurniture } from '@wirediff/core';

/**
 * Reads a learned-furniture table (`wirediff check --write-furniture` writes one) for
 * `check --furniture` and `compare --furniture`.
 * @throws WirediffError naming the file: not found, unreadable, not JSON, not such a table.
 */
export async function readFurnitureTable(file: string): Promise<LearnedFurniture> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WirediffError('WD_INPUT_NOT_FOUND', 'no such furniture table', { input: file, cause: error });
    throw new WirediffError('WD_INPUT_UNREADABLE', `cannot read the furniture table (${code ?? 'error'})`, { input: file, cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new WirediffError('WD_BAD_OPTION', `not valid JSON: ${(error as Error).message}`, { input: file, cause: error });
  }
  return validateLearnedFurniture(data, file);
}

/** A furniture table as written to a file: stable JSON, one entry per line for review. */
export function formatFurnitureTable(learned: LearnedFurniture): string {
  return `${JSON.stringify(learned, null, 2)}\n`;
}
