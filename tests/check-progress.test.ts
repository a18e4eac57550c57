// `wirediff check` shows progress as the issue asks: a bar redrawn in place on a terminal, plain
// lines in a CI log. The bar is drawn through a real pseudo-terminal (util-linux `script`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { createProgress } from '../packages/cli/src/check/progress.js';
import { ROOT, runCli } from './helpers.js';

const SAMPLE = path.join(ROOT, 'fixtures/corpus');
const CLI = path.join(ROOT, 'packages/cli/dist/cli.js');

/** A stream that records what is written to it, as a terminal or not. */
function recorder(isTTY: boolean) {
  const writes: string[] = [];
  const stream = { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

test('on a terminal the bar is redrawn at most ten times a second, and full only when all is done', () => {
  const { stream, writes } = recorder(true);
  let clock = 0;
  const progress = createProgress(1000, 'stories compared', stream, () => clock);
  for (let done = 1; done <= 1000; done++) {
    clock += 1; // a story a millisecond: a second in all
    progress.tick(done);
  }
  progress.end();
  assert.ok(writes.length <= 12, `${writes.length} writes`);
  const bars = writes.slice(0, -1);
  assert.is(bars.at(-1), `\r[${'='.repeat(30)}] 1000/1000 stories compared`);
  for (const bar of bars.slice(0, -1)) assert.not.match(bar, /\[={30}\]/, `not full before the end: ${bar}`);
  assert.is(writes.at(-1), '\n');
});

test('in a log, progress is at most ten plain lines, the last one the total', () => {
  const { stream, writes } = recorder(false);
  const progress = createProgress(1234, 'stories', stream);
  for (let done = 1; done <= 1234; done++) progress.tick(done);
  progress.end();
  assert.ok(writes.length <= 11, `${writes.length} lines`);
  for (const line of writes) assert.match(line, /^wirediff: \d+\/1234 stories\n$/);
  assert.is(writes.at(-1), 'wirediff: 1234/1234 stories\n');
});

test('check draws its bars on a real terminal, and writes plain lines when stderr is not one', async () => {
  // `script` runs the check with a pseudo-terminal as its stdout and stderr, and copies what it
  // printed to our stdout.
  const tty = spawnSync('script', ['-qec', `${process.execPath} ${CLI} check ${SAMPLE} --jobs 1`, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
  assert.is(tty.status, 0, tty.stderr);
  assert.ok(tty.stdout.includes(`\r[${'='.repeat(30)}] 2/2 stories read`), JSON.stringify(tty.stdout));
  assert.ok(tty.stdout.includes(`\r[${'='.repeat(30)}] 2/2 stories compared`), JSON.stringify(tty.stdout));
  const log = await runCli(['check', SAMPLE, '--jobs', '1']);
  assert.is(log.code, 0);
  assert.not.ok(log.stderr.includes('\r'), 'no redraws in a log');
  assert.match(log.stderr, /^wirediff: 2\/2 stories read$/m);
  assert.match(log.stderr, /^wirediff: 2\/2 stories compared$/m);
});

test.run();
