import path from 'node:path';
import { compareStory, isWirediffError, type CompareOptions } from '@wirediff/core';
import { loadArticle, type LoadOptions } from '../load-input.js';
import type { StoryResult } from './check-result.js';
import { readStorySpec } from './story-spec.js';

/** Everything a worker needs to check one story; plain data, so it crosses thread boundaries. */
export interface StoryTask {
  corpus: string;
  dir: string;
  load: LoadOptions;
  compare: CompareOptions;
}

// Sources in reports are relative to the corpus, so results do not depend on where it lies.
const relative = (corpus: string, p: string) => (/^https?:\/\//i.test(p) ? p : path.relative(corpus, p).split(path.sep).join('/'));

/**
 * Checks one story folder: reads it, extracts the reference and every copy, compares them.
 * Never throws for a bad story: an unreadable story is an error result, so a batch goes on.
 */
export async function runStory(task: StoryTask): Promise<StoryResult> {
  const story = path.basename(task.dir);
  try {
    const spec = await readStorySpec(task.dir);
    const reference = { source: relative(task.corpus, spec.reference), article: await loadArticle(spec.reference, task.load) };
    const copies = [];
    for (const copy of spec.copies) copies.push({ source: relative(task.corpus, copy), article: await loadArticle(copy, task.load) });
    const report = compareStory(reference, copies, task.compare);
    return { story, status: 'ok', reference: reference.source, copies: report.copies };
  } catch (error) {
    if (!isWirediffError(error)) throw error; // a bug, not a bad story: let it surface
    return { story, status: 'error', error: { code: error.code, input: relative(task.corpus, error.input ?? task.dir), message: error.message } };
  }
}
