import { createHash } from 'node:crypto';
import { WirediffError } from '@wirediff/core';

/** Which part of a corpus this run checks: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses "i/n" as given to --shard. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new WirediffError('WD_BAD_OPTION', `--shard takes i/n with 1 ≤ i ≤ n, got "${text}"`, { input: '--shard' });
  }
  return { index, count };
}

/**
 * True when the story belongs to the shard. The assignment hashes the story id, so it does not
 * change when stories are added or removed elsewhere in the corpus.
 */
export function isInShard(storyId: string, shard: Shard): boolean {
  const n = createHash('sha256').update(storyId).digest().readUInt32BE(0);
  return n % shard.count === shard.index - 1;
}
