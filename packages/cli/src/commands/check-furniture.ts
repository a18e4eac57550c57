import { readFile } from 'node:fs/promises';
import { validateLearnedFurniture, WirediffError, type LearnedFurniture } from '@wirediff/core';

/**
 * Reads a learned-furniture table (`wirediff check --write-furniture` writes one) for
 * `check --furniture` and `compare --furniture`.
 * @throws WirediffError WD_FURNITURE_INVALID naming the file and what is wrong: not found,
 *   unreadable, not JSON, or not such a table (the first thing validateLearnedFurniture finds).
 */
export async function readFurnitureTable(file: string): Promise<LearnedFurniture> {
  const invalid = (why: string, cause?: unknown): never => {
    throw new WirediffError('WD_FURNITURE_INVALID', why, { input: file, cause });
  };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return invalid(code === 'ENOENT' ? 'no such furniture table' : `cannot read the furniture table (${code ?? 'error'})`, error);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // V8 quotes the text around the fault, newlines and all: the report must stay one line.
    return invalid(`not valid JSON: ${(error as Error).message.replace(/\s+/g, ' ')}`, error);
  }
  return validateLearnedFurniture(data, file); // WD_FURNITURE_INVALID naming the file
}

/** A furniture table as written to a file: stable JSON, one entry per line for review. */
export function formatFurnitureTable(learned: LearnedFurniture): string {
  return `${JSON.stringify(learned, null, 2)}\n`;
}
