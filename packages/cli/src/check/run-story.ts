import path from 'node:path';
import {
  applyLearnedFurniture, BlockMemo, compareStory, identifyOutlet, isWirediffError, sampleFurniture,
  type Article, type CompareOptions, type FurnitureOptions, type FurnitureSample, type LearnedFurniture,
} from '@wirediff/core';
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

/** One page of a story as extracted: its source as reports name it, and its outlet. */
interface Page {
  source: string;
  article: Article;
  outlet: string | null;
}

/** A story read and extracted, or the error result that says why it could not be. */
type ReadStory = { status: 'ok'; reference: Page; copies: Page[]; memo: BlockMemo } | { status: 'error'; result: StoryResult };

// Sources in reports are relative to the corpus, so results do not depend on where it lies.
const relative = (corpus: string, p: string) => (/^https?:\/\//i.test(p) ? p : path.relative(corpus, p).split(path.sep).join('/'));

/**
 * Reads one story folder and extracts the reference and every copy, naming each copy's outlet
 * from where it was read (see identifyOutlet). Never throws for a bad story.
 */
async function readStory(task: StoryTask): Promise<ReadStory> {
  try {
    const spec = await readStorySpec(task.dir);
    // The copies repeat the reference's blocks: each distinct text is classified and scanned once.
    const memo = new BlockMemo();
    const refArticle = await loadArticle(spec.reference, task.load, memo);
    const reference = { source: relative(task.corpus, spec.reference), article: refArticle, outlet: null };
    const copies: Page[] = [];
    for (const copy of spec.copies) {
      const article = await loadArticle(copy, task.load, memo);
      copies.push({ source: relative(task.corpus, copy), article, outlet: identifyOutlet(article, { source: copy, reference: refArticle }) });
    }
    return { status: 'ok', reference, copies, memo };
  } catch (error) {
    if (!isWirediffError(error)) throw error; // a bug, not a bad story: let it surface
    const input = relative(task.corpus, error.input ?? task.dir);
    return { status: 'error', result: { story: path.basename(task.dir), status: 'error', error: { code: error.code, input, message: error.message } } };
  }
}

/** Compares a story read, each copy with its outlet's learned furniture marked. */
function compareRead(read: ReadStory, task: StoryTask, learned: LearnedFurniture | null): StoryResult {
  if (read.status === 'error') return read.result;
  const { reference } = read;
  const copies = read.copies.map((c) => ({
    source: c.source,
    article: learned ? applyLearnedFurniture(c.article, c.outlet, learned, { reference: reference.article }) : c.article,
  }));
  const report = compareStory(reference, copies, { ...task.compare, memo: read.memo });
  return { story: path.basename(task.dir), status: 'ok', reference: reference.source, copies: report.copies };
}

/**
 * Checks one story folder: reads it, extracts the reference and every copy, compares them,
 * with `learned` furniture marked in the copies when given. Never throws for a bad story: an
 * unreadable story is an error result, so a batch goes on.
 */
export async function runStory(task: StoryTask, learned: LearnedFurniture | null = null): Promise<StoryResult> {
  return compareRead(await readStory(task), task, learned);
}

/** Checks stories in two passes (sample for learning furniture, then compare) in one thread. */
export interface StoryRunner {
  /** Reads story `id` and returns its furniture sample (null when it cannot be read); keeps it for `compare`. */
  sample(id: number, task: StoryTask, options: FurnitureOptions): Promise<FurnitureSample | null>;
  /** Compares story `id`: the pages kept by `sample` when they fit the cache, else read again. */
  compare(id: number, task: StoryTask, learned: LearnedFurniture | null): Promise<StoryResult>;
}

// Rough size of a story in memory: its text and a little per block.
const storyChars = (read: ReadStory) =>
  read.status === 'error' ? 0 : [read.reference, ...read.copies].reduce((n, p) => n + p.article.blocks.reduce((m, b) => m + b.text.length + 64, 0), 0);

/**
 * A runner that keeps stories read by `sample` until `compare` takes them, up to `cacheChars`
 * characters of text; stories beyond it are read and extracted again. The result does not
 * depend on which were kept: extraction is pure.
 */
export function createStoryRunner(cacheChars: number): StoryRunner {
  const kept = new Map<number, ReadStory>();
  let used = 0;
  return {
    async sample(id, task, options) {
      const read = await readStory(task);
      const size = storyChars(read);
      if (used + size <= cacheChars) {
        kept.set(id, read);
        used += size;
      }
      if (read.status === 'error') return null;
      return sampleFurniture({ reference: read.reference.article, copies: read.copies }, options);
    },
    async compare(id, task, learned) {
      let read = kept.get(id);
      if (read) {
        kept.delete(id);
        used -= storyChars(read);
      } else read = await readStory(task);
      return compareRead(read, task, learned);
    },
  };
}
