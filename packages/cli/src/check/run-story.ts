import path from 'node:path';
import {
  applyLearnedFurniture, BlockMemo, compareStory, identifyOutlet, isWirediffError, sampleFurniture,
  type Article, type CompareOptions, type CopyReport, type FurnitureOptions, type FurnitureSample, type LearnedFurniture,
} from '@wirediff/core';
import { articleFromBytes, readPageBytes, type LoadOptions, type PageBytes } from '../load-input.js';
import { cacheKey, type ResultCache } from './result-cache.js';
import { jsonAtDepth, type StoryResult } from './check-result.js';
import { readStorySpec, storyIdOf } from './story-spec.js';
import { realCorpus } from './confine-path.js';

/** Everything a worker needs to check one story; plain data, so it crosses thread boundaries. */
export interface StoryTask {
  corpus: string;
  /** The story's folder; with `stored`, its index in a store (stories/<story>.json). */
  dir: string;
  /** True for a story of a store given as the corpus (see listStories). */
  stored?: boolean;
  load: LoadOptions;
  compare: CompareOptions;
  /** Read files a story names wherever they lie; by default they must lie inside the corpus (see confinePath). */
  allowOutside?: boolean;
}

/** One page of a story as extracted: its source as reports name it, and its outlet. */
interface Page {
  source: string;
  article: Article;
  outlet: string | null;
}

/** A story read and extracted, or the error result that says why it could not be. */
type ReadStory = { status: 'ok'; reference: Page; copies: Page[]; memo: BlockMemo } | { status: 'error'; result: StoryResult };

/** A story's pages as bytes, reference first, with the cache key they make (when caching). */
type StoryInputs =
  | { status: 'ok'; pages: { input: string; source: string; bytes: PageBytes }[]; key: string | null }
  | { status: 'error'; result: StoryResult };

// Sources in reports are relative to the corpus, so results do not depend on where it lies.
const relative = (corpus: string, p: string) => (/^https?:\/\//i.test(p) ? p : path.relative(corpus, p).split(path.sep).join('/'));

/** The code of a story a bug stopped: never cached, as the next build may not have the bug. */
export const INTERNAL = 'WD_INTERNAL';
const cacheable = (result: StoryResult) => result.status === 'ok' || result.error.code !== INTERNAL;

/** The error result for a story that could not be read, or that a bug stopped (see INTERNAL). */
function storyError(task: StoryTask, error: unknown): { status: 'error'; result: StoryResult } {
  const story = storyIdOf(task.dir, task.stored);
  if (!isWirediffError(error)) {
    // A bug, not a bad story: the stack goes to stderr to be reported, and the story is an error
    // of its own, so one page that trips a bug does not cost a corpus its other results.
    process.stderr.write(`wirediff: internal error on story ${story} — ${(error as Error)?.stack ?? String(error)}\nPlease report this as a bug, with the story's pages.\n`);
    const message = `internal error, please report it as a bug: ${(error as Error)?.message ?? String(error)}`;
    return { status: 'error', result: { story, status: 'error', error: { code: INTERNAL, input: relative(task.corpus, task.dir), message } } };
  }
  const input = relative(task.corpus, error.input ?? task.dir);
  return { status: 'error', result: { story, status: 'error', error: { code: error.code, input, message: error.message } } };
}

/**
 * Reads one story folder's pages, and when `tool` is given (caching), the key of everything a
 * result depends on besides options: wirediff's code, the story's name, and each page's name
 * and bytes. Never throws for a bad story.
 */
async function readInputs(task: StoryTask, tool: string | null): Promise<StoryInputs> {
  try {
    const spec = await readStorySpec(task.dir, task.stored, { root: task.allowOutside === true ? null : realCorpus(task.corpus) });
    const pages = [];
    for (const input of [spec.reference, ...spec.copies]) pages.push({ input, source: relative(task.corpus, input), bytes: await readPageBytes(input, task.load, spec.versions?.[input]) });
    const key = tool === null ? null
      : cacheKey([tool, spec.id, ...pages.flatMap((p) => [p.source, p.bytes.contentType ?? '', p.bytes.url ?? '', p.bytes.bytes])]);
    return { status: 'ok', pages, key };
  } catch (error) {
    return storyError(task, error);
  }
}

/**
 * Extracts the reference and every copy of a story read, naming each copy's outlet from where
 * it was read (see identifyOutlet). Never throws for a bad story.
 */
function extractStory(inputs: StoryInputs, task: StoryTask): ReadStory {
  if (inputs.status === 'error') return inputs;
  try {
    // The copies repeat the reference's blocks: each distinct text is classified and scanned once.
    const memo = new BlockMemo();
    const [ref, ...rest] = inputs.pages;
    const refArticle = articleFromBytes(ref!.bytes, ref!.input, memo);
    const copies = rest.map((c): Page => {
      const article = articleFromBytes(c.bytes, c.input, memo);
      return { source: c.source, article, outlet: identifyOutlet(article, { source: c.input, reference: refArticle }) };
    });
    return { status: 'ok', reference: { source: ref!.source, article: refArticle, outlet: null }, copies, memo };
  } catch (error) {
    return storyError(task, error);
  }
}

/** Compares a story read, each copy with its outlet's learned furniture marked. */
function compareRead(read: ReadStory, task: StoryTask, learned: LearnedFurniture | null): StoryResult {
  if (read.status === 'error') return read.result;
  const { reference } = read;
  try {
    const copies = read.copies.map((c) => ({
      source: c.source,
      article: learned ? applyLearnedFurniture(c.article, c.outlet, learned, { reference: reference.article }) : c.article,
    }));
    const report = compareStory(reference, copies, { ...task.compare, memo: read.memo });
    return { story: storyIdOf(task.dir, task.stored), status: 'ok', reference: reference.source, copies: report.copies };
  } catch (error) {
    return storyError(task, error).result;
  }
}

/**
 * A story's pages read and extracted again, as the comparison saw them (learned furniture
 * marked): what the HTML page shows side by side, since results hold findings, not pages.
 * Null when the story cannot be read.
 */
export async function readStoryArticles(task: StoryTask, learned: LearnedFurniture | null): Promise<{ reference: Article; copies: Article[] } | null> {
  const read = extractStory(await readInputs(task, null), task);
  if (read.status === 'error') return null;
  const reference = read.reference.article;
  return { reference, copies: read.copies.map((c) => (learned ? applyLearnedFurniture(c.article, c.outlet, learned, { reference }) : c.article)) };
}

/**
 * Checks one story folder: reads it, extracts the reference and every copy, compares them,
 * with `learned` furniture marked in the copies when given. Never throws for a bad story: an
 * unreadable story is an error result, so a batch goes on.
 */
export async function runStory(task: StoryTask, learned: LearnedFurniture | null = null): Promise<StoryResult> {
  return compareRead(extractStory(await readInputs(task, null), task), task, learned);
}

/**
 * The form a result is handed over in: whole; as a digest (see digestOf) for output that prints
 * no more of a finding; or as a digest with the whole result's JSON text, which the JSON output
 * copies. A worker thread hands digests to the main thread rather than whole results, so the main
 * thread, which every worker waits on, neither copies nor stringifies the whole of each.
 */
export type ResultForm = 'whole' | 'digest' | 'digest-and-json';

/**
 * A story compared: its result (a digest when the cache reads digests), whether it came from the
 * result cache, and, when the cache reads them, its JSON text as the JSON output writes it.
 */
export interface StoryOutcome {
  result: StoryResult;
  reused: boolean;
  json?: string;
}

/** Checks stories in two passes (sample for learning furniture, then compare) in one thread. */
export interface StoryRunner {
  /** Reads story `id` and returns its furniture sample (null when it cannot be read); keeps it for `compare`. */
  sample(id: number, task: StoryTask, options: FurnitureOptions): Promise<FurnitureSample | null>;
  /** Compares story `id`: the pages kept by `sample` when they fit, else read again. */
  compare(id: number, task: StoryTask, learned: LearnedFurniture | null): Promise<StoryOutcome>;
}

// Rough size of a story in memory: its text and a little per block.
const storyChars = (read: ReadStory) =>
  read.status === 'error' ? 0 : [read.reference, ...read.copies].reduce((n, p) => n + p.article.blocks.reduce((m, b) => m + b.text.length + 64, 0), 0);

/**
 * A result with each copy cut to its source, summary and findings, and each finding to its id,
 * kind, severity and message: all the baseline, ignore rules and the text, JUnit and GitHub
 * formats read, at a fifth of the size. Typed as a result, but only for readers of those fields.
 */
export function digestOf(result: StoryResult): StoryResult {
  if (result.status === 'error') return result;
  const copies = result.copies.map((c) => ({
    source: c.source,
    summary: c.summary,
    findings: c.findings.map((f) => ({ id: f.id, kind: f.kind, severity: f.severity, message: f.message })),
  }));
  return { ...result, copies: copies as unknown as CopyReport[] };
}

// The learned table's part of a result key, hashed once per table.
const learnedKeys = new WeakMap<LearnedFurniture, string>();
const learnedKey = (learned: LearnedFurniture | null) => {
  if (learned === null) return 'none';
  let key = learnedKeys.get(learned);
  if (key === undefined) learnedKeys.set(learned, (key = cacheKey([JSON.stringify(learned)])));
  return key;
};

/**
 * A runner that keeps stories read by `sample` until `compare` takes them, up to `cacheChars`
 * characters of text; stories beyond it are read and extracted again. The result does not
 * depend on which were kept: extraction is pure. With a result cache, a story whose pages,
 * options and furniture table are unchanged since an earlier run is read but not extracted or
 * compared: its sample and result come from the cache. The cache's settings hash the options
 * every task shares (`task.compare`); a task's own are not read for its key. Results computed
 * are given in the form `delivers` names (see ResultForm); cached ones as the cache reads them.
 */
export function createStoryRunner(cacheChars: number, cache: ResultCache | null = null, delivers: ResultForm = 'whole'): StoryRunner {
  const kept = new Map<number, ReadStory>();
  const keys = new Map<number, string>(); // story keys found by `sample`, so `compare` need not read again
  let used = 0;
  const keep = (id: number, read: ReadStory) => {
    const size = storyChars(read);
    if (used + size > cacheChars) return;
    kept.set(id, read);
    used += size;
  };
  const take = (id: number) => {
    const read = kept.get(id);
    if (read) {
      kept.delete(id);
      used -= storyChars(read);
    }
    return read;
  };
  const tool = cache?.settings.tool ?? null;
  // A result computed here, in the form the caller takes it in.
  const shaped = (result: StoryResult, json?: string): StoryOutcome =>
    delivers === 'whole' ? { result, reused: false }
      : delivers === 'digest' ? { result: digestOf(result), reused: false }
      : { result: digestOf(result), reused: false, json: json ?? jsonAtDepth(result, 2) };
  return {
    async sample(id, task, options) {
      const inputs = await readInputs(task, tool);
      const storyKey = inputs.status === 'ok' ? inputs.key : null;
      if (storyKey !== null) keys.set(id, storyKey);
      const key = storyKey === null ? null : cacheKey([storyKey, 'sample', cache!.settings.options, JSON.stringify(options)]);
      const hit = key === null ? undefined : cache!.get<FurnitureSample | null>('sample', key);
      if (hit !== undefined) return hit.value;
      let read = extractStory(inputs, task);
      let sample: FurnitureSample | null = null;
      try {
        if (read.status === 'ok') sample = sampleFurniture({ reference: read.reference.article, copies: read.copies }, options);
      } catch (error) {
        read = storyError(task, error); // kept, so the comparing pass reports it
      }
      keep(id, read);
      if (key !== null && (read.status === 'ok' || cacheable(read.result))) cache!.put('sample', key, sample);
      return sample;
    },
    async compare(id, task, learned) {
      let read = take(id);
      let storyKey = keys.get(id);
      keys.delete(id);
      if (cache === null) return shaped(compareRead(read ?? extractStory(await readInputs(task, null), task), task, learned));
      let inputs: StoryInputs | undefined;
      if (storyKey === undefined) {
        inputs = await readInputs(task, tool);
        if (inputs.status === 'error') return { result: inputs.result, reused: false };
        storyKey = inputs.key!;
      }
      const key = cacheKey([storyKey, 'result', cache.settings.options, learnedKey(learned)]);
      const hit = cache.get<StoryResult>('result', key, cache.settings.reads);
      if (hit !== undefined) return { result: hit.value, reused: true, ...(hit.text !== undefined ? { json: hit.text } : {}) };
      read ??= extractStory(inputs ?? (await readInputs(task, null)), task);
      const result = compareRead(read, task, learned);
      // Stored as the JSON output writes a story, so a later run copies it rather than stringify it.
      const json = jsonAtDepth(result, 2);
      if (cacheable(result)) cache.put('result', key, result, digestOf(result), json);
      return shaped(result, json);
    },
  };
}
