import { readFile } from 'node:fs/promises';
import { WirediffError } from '@wirediff/core';

/** A story to fetch: the agency original and its copies, by URL. */
export interface Manifest {
  story: string;
  reference: string | null;
  copies: string[];
}

export const isHttpUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\/\S+$/i.test(value);

/**
 * Reads a story manifest: `{ "story": "name", "reference": "https://…", "copies": ["https://…"] }`.
 * @throws WirediffError naming the file when it is missing, not JSON, or lacks a field.
 */
export async function readManifest(file: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WirediffError(code === 'ENOENT' ? 'WD_INPUT_NOT_FOUND' : 'WD_INPUT_UNREADABLE', code === 'ENOENT' ? 'no such file' : `cannot read it (${code})`, { input: file, cause: error });
  }
  let data: { story?: unknown; reference?: unknown; copies?: unknown };
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new WirediffError('WD_BAD_OPTION', `the manifest is not JSON (${(error as Error).message})`, { input: file, cause: error });
  }
  const bad = (why: string) => new WirediffError('WD_BAD_OPTION', `the manifest ${why}`, { input: file });
  if (typeof data.story !== 'string') throw bad('needs "story", a name');
  if (data.reference !== undefined && data.reference !== null && !isHttpUrl(data.reference)) throw bad('has a "reference" that is not an http(s) URL');
  if (!Array.isArray(data.copies) || !data.copies.every(isHttpUrl)) throw bad('needs "copies", a list of http(s) URLs');
  return { story: data.story, reference: (data.reference as string | undefined) ?? null, copies: data.copies as string[] };
}

/**
 * Reads several manifests, to be fetched in one run: each named story once.
 * @throws WirediffError naming the file: as readManifest, or a story another manifest already names.
 */
export async function readManifests(files: readonly string[]): Promise<Manifest[]> {
  const manifests: Manifest[] = [];
  const named = new Map<string, string>();
  for (const file of files) {
    const manifest = await readManifest(file);
    const earlier = named.get(manifest.story);
    if (earlier !== undefined) throw new WirediffError('WD_BAD_OPTION', `names the story "${manifest.story}", as ${earlier} does: one index per story`, { input: file });
    named.set(manifest.story, file);
    manifests.push(manifest);
  }
  return manifests;
}
