import { realpathSync } from 'node:fs';
import path from 'node:path';
import { WirediffError } from '@wirediff/core';
import { byEntry, countStory, type CheckResult, type NewFinding, type StoryResult, type UnreadableStory } from './check-result.js';
import type { CheckFormatWriter } from './format-check.js';
import { readCheckFile } from './read-check-file.js';
import { Spill } from './spill.js';

type Resolved = CheckResult['resolved'][number];


/** What a first pass over one shard file keeps: its verdict level, new findings (on disk) and resolved entries. */
interface ShardTail {
  file: string;
  failOn: CheckResult['failOn'] | undefined;
  news: Spill;
}

/** The items of an async iterator one at a time, with the next one in view. */
class Cursor<T> {
  head: T | undefined;
  private constructor(private readonly it: AsyncIterator<T> | Iterator<T>) {}
  static async open<T>(it: AsyncIterator<T> | Iterator<T>): Promise<Cursor<T>> {
    const c = new Cursor(it);
    await c.advance();
    return c;
  }
  async advance(): Promise<void> {
    const r = await this.it.next();
    this.head = r.done ? undefined : r.value;
  }
}

function* storiesOf(file: string): Generator<StoryResult> {
  let last: string | null = null;
  for (const p of readCheckFile(file, new Set(['newFinding', 'resolved']))) {
    if (p.part !== 'story') continue;
    if (last !== null && p.value.story < last) throw new WirediffError('WD_BAD_OPTION', `its stories are not in order ("${p.value.story}" after "${last}"); write it again with \`wirediff check --format json\``, { input: file });
    last = p.value.story;
    yield p.value;
  }
}

async function* newsOf(spill: Spill): AsyncGenerator<NewFinding> {
  for await (const line of spill.lines()) yield JSON.parse(line) as NewFinding;
}

/** The lowest head of several cursors by `key`, the earliest cursor first on a tie (as a stable sort of their concatenation). */
function lowest<T>(cursors: readonly Cursor<T>[], key: (t: T) => string): number {
  let best = -1;
  for (let k = 0; k < cursors.length; k++) {
    const h = cursors[k]!.head;
    if (h !== undefined && (best < 0 || key(h) < key(cursors[best]!.head!))) best = k;
  }
  return best;
}

/** A file as the file system knows it, so two names of one file are one (a missing file: its path). */
function identity(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/** A story found in two files: the same shard given twice, or shards of two different splits. */
function duplicate(file: string, other: string, story: string): WirediffError {
  return new WirediffError('WD_MERGE_DUPLICATE', `holds story "${story}", which ${other} holds too: each shard's results must be given once (the same shard twice, or shards of different --shard splits, would count it twice)`, { input: file });
}

/**
 * Merges the JSON results of `check --shard` runs into one, as if the whole corpus had been
 * checked at once, through the format writers. Each file is read twice, one story at a time:
 * first for its new findings and resolved entries (which follow its stories), then its stories,
 * merged in story order with the other files'. Memory holds a story per file, not the corpus.
 * Shards hold disjoint stories: a story in two files is refused rather than counted twice —
 * before anything is written when it is the files' first story (one shard given twice), else
 * when the merge reaches it.
 *
 * @throws WirediffError naming a file that is missing, unreadable or not a check result, and
 *   `WD_MERGE_DUPLICATE` for a file given twice or a story two files hold.
 */
export async function mergeCheckFiles(files: readonly string[], writers: (failOn: CheckResult['failOn']) => readonly CheckFormatWriter[]): Promise<CheckResult['summary']> {
  const seen = new Map<string, string>();
  for (const file of files) {
    const first = seen.get(identity(file));
    if (first !== undefined) throw new WirediffError('WD_MERGE_DUPLICATE', first === file ? 'is given twice: each shard\'s results must be given once' : `is ${first} given again: each shard's results must be given once`, { input: file });
    seen.set(identity(file), file);
  }
  const tails: ShardTail[] = [];
  const resolved: Resolved[] = [];
  try {
    for (const file of files) {
      const tail: ShardTail = { file, failOn: undefined, news: new Spill() };
      tails.push(tail);
      for (const p of readCheckFile(file, new Set(['story']))) {
        if (p.part === 'failOn') tail.failOn = p.value;
        else if (p.part === 'newFinding') tail.news.add(JSON.stringify(p.value));
        else if (p.part === 'resolved') resolved.push(p.value);
      }
    }
    resolved.sort(byEntry);
    const failOn = tails[0]?.failOn ?? 'medium';
    const stories = await Promise.all(files.map((f) => Cursor.open(storiesOf(f))));
    // One shard given twice (under two names) starts with the same story: refused before any output.
    const firsts = new Map<string, string>();
    stories.forEach((c, k) => {
      if (c.head === undefined) return;
      const other = firsts.get(c.head.story);
      if (other !== undefined) throw duplicate(files[k]!, other, c.head.story);
      firsts.set(c.head.story, files[k]!);
    });
    const outs = writers(failOn);
    const summary: CheckResult['summary'] = { stories: 0, copies: 0, errors: 0, findings: 0, newFindings: 0, resolved: resolved.length };
    const errors: UnreadableStory[] = [];

    const news = await Promise.all(tails.map((t) => Cursor.open(newsOf(t.news))));
    let previous: { story: string; file: string } | null = null;
    for (let k = lowest(stories, (s) => s.story); k >= 0; k = lowest(stories, (s) => s.story)) {
      const story = stories[k]!.head!;
      // Stories come in order, so a story two files hold comes twice in a row.
      if (previous !== null && previous.story === story.story) throw duplicate(files[k]!, previous.file, story.story);
      previous = { story: story.story, file: files[k]! };
      const mine: NewFinding[] = [];
      // This file's new findings are in story order: skip any of stories it does not hold.
      while (news[k]!.head !== undefined && news[k]!.head!.story <= story.story) {
        if (news[k]!.head!.story === story.story) mine.push(news[k]!.head!);
        await news[k]!.advance();
      }
      countStory(summary, story);
      if (story.status === 'error') errors.push(story);
      for (const w of outs) w.story(story, mine);
      await stories[k]!.advance();
    }
    summary.newFindings = tails.reduce((n, t) => n + t.news.count, 0);
    for (const w of outs) {
      const all = await Promise.all(tails.map((t) => Cursor.open(newsOf(t.news))));
      await w.finish({
        failOn, summary, errors, resolved,
        news: (async function* () {
          for (let k = lowest(all, (n) => n.story); k >= 0; k = lowest(all, (n) => n.story)) {
            yield all[k]!.head!;
            await all[k]!.advance();
          }
        })(),
      });
    }
    return summary;
  } finally {
    for (const t of tails) t.news.dispose();
  }
}
