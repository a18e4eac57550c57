// pnpm bench:check: `wirediff check` over a synthetic corpus of 1,000 stories × 5 copies built
// from the fixture pages, at --jobs 1, 2 and (on more cores) one per core, against the floor:
// parsing the same HTML with htmlparser2 and nothing else, on one core, and against two separate
// processes checking half each; with each run's CPU time, and the time V8 spends optimizing the
// code, once per thread. Prints figures; asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { BlockMemo, compareStory, decodePage, extractArticle, type Article } from '@wirediff/core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STORIES = Number(process.env.WIREDIFF_BENCH_STORIES ?? 1000);
const COPIES = 5;

// Source pages: every reference and copy of the fixture stories and the sample corpus.
function fixturePages(): { reference: string; copies: string[] }[] {
  const out: { reference: string; copies: string[] }[] = [];
  for (const base of ['fixtures/stories', 'fixtures/corpus']) {
    for (const story of readdirSync(path.join(ROOT, base), { withFileTypes: true })) {
      if (!story.isDirectory()) continue;
      const dir = path.join(ROOT, base, story.name);
      const refName = readdirSync(dir).find((f) => /^reference\.html$/.test(f));
      if (!refName) continue;
      const copies = readdirSync(path.join(dir, 'copies')).filter((f) => f.endsWith('.html')).map((f) => readFileSync(path.join(dir, 'copies', f), 'utf8'));
      out.push({ reference: readFileSync(path.join(dir, refName), 'utf8'), copies });
    }
  }
  return out;
}

// Each synthetic story takes a fixture story and makes its text its own (a story number in
// every paragraph), so no two stories are byte-identical.
function buildCorpus(dir: string): string[] {
  const sources = fixturePages();
  const files: string[] = [];
  for (let s = 0; s < STORIES; s++) {
    const src = sources[s % sources.length]!;
    const storyDir = path.join(dir, `story-${String(s).padStart(5, '0')}`);
    mkdirSync(path.join(storyDir, 'copies'), { recursive: true });
    const mark = (html: string) => html.replace(/<p>/g, `<p>[${s}] `);
    const ref = path.join(storyDir, 'reference.html');
    writeFileSync(ref, mark(src.reference));
    files.push(ref);
    for (let c = 0; c < COPIES; c++) {
      const copy = path.join(storyDir, 'copies', `copy-${c}.html`);
      writeFileSync(copy, mark(src.copies[c % src.copies.length]!));
      files.push(copy);
    }
  }
  return files;
}

// Where a check's time goes, on one core in this process (CPU time, so other load on the machine
// counts less): reading and parsing (the floor), extracting, comparing. Stories are files
// [reference, copy × COPIES] in order, as buildCorpus writes them.
function whereTimeGoes(files: readonly string[]): void {
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  let t = cpu();
  const pages = files.map((f) => decodePage(readFileSync(f), f).text);
  const read = cpu() - t;
  t = cpu();
  for (const html of pages) parseDocument(html);
  const parse = cpu() - t;
  t = cpu();
  const stories: { memo: BlockMemo; articles: Article[] }[] = [];
  for (let s = 0; s < pages.length; s += COPIES + 1) {
    const memo = new BlockMemo();
    const articles = pages.slice(s, s + COPIES + 1).map((html) => {
      const r = extractArticle(html, { memo });
      if (r.status !== 'ok') throw new Error(r.detail);
      return r.article;
    });
    stories.push({ memo, articles });
  }
  const extract = cpu() - t;
  t = cpu();
  for (const { memo, articles: [reference, ...copies] } of stories) {
    compareStory({ source: 'reference', article: reference! }, copies.map((article, k) => ({ source: `copy-${k}`, article })), { memo });
  }
  const compare = cpu() - t;
  const row = (name: string, seconds: number) => `  ${name.padEnd(40)} ${seconds.toFixed(2).padStart(6)} s  ${(seconds / parse).toFixed(2).padStart(5)}× the parse`;
  console.log(`\nwhere the time goes (one core, in process, CPU time; learning and output not included):`);
  console.log(row('read and decode', read));
  console.log(row('htmlparser2 parse', parse));
  console.log(row('extract (parse included)', extract));
  console.log(row('compare (notes, credits, align, diff)', compare));
}

const TIME = '/usr/bin/time'; // GNU time reports a child's peak memory; where it is missing, none is shown

/**
 * Runs `wirediff check` with `args`: its wall time, and when measurable its peak resident memory
 * in MB and the CPU time of all its threads (workers, and V8's compiler and collector threads).
 */
function runCheck(cli: string, args: readonly string[]): { seconds: number; peakMb: number | null; cpu: number | null; stderr: string } {
  const rss = path.join(os.tmpdir(), `wirediff-bench-rss-${process.pid}`);
  const timed = existsSync(TIME);
  const start = performance.now();
  const run = timed
    ? spawnSync(TIME, ['-f', '%U %S %M', '-o', rss, process.execPath, cli, 'check', ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, [cli, 'check', ...args], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`check failed (exit ${run.status}): ${run.stderr}`);
  const [user, system, kb] = timed ? readFileSync(rss, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
  return { seconds, peakMb: kb === undefined ? null : kb / 1024, cpu: user === undefined ? null : user + system!, stderr: run.stderr };
}

/**
 * Both halves of the corpus (--shard 1/2 and 2/2) checked at once by two separate --jobs 1
 * processes, so nothing is shared between them but the machine. Two workers in one process
 * cannot beat this: each process, like each worker, pays for starting and for optimizing its
 * hot code whatever its share of the stories, so it is not what a second core gives the work
 * alone, but what two copies of the check get from it.
 */
async function twoProcesses(cli: string, dir: string): Promise<number> {
  const start = performance.now();
  await Promise.all(['1/2', '2/2'].map((shard, k) => new Promise<void>((resolve, reject) => {
    const args = [cli, 'check', dir, '--jobs', '1', '--shard', shard, '--format', 'json', '--output', path.join(dir, `result-shard-${k}.json`), '--fail-on', 'none'];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`check --shard ${shard} failed (exit ${code})`))));
  })));
  return (performance.now() - start) / 1000;
}

/**
 * The time V8's optimizing compiler spent on a check, summed over its compile jobs as
 * `--trace-opt` reports them (null when the trace says nothing, as a future V8 may word it
 * otherwise). Each thread compiles its hot code for itself: this is paid once per worker.
 */
function compileSeconds(cli: string, dir: string, jobs: number): number | null {
  const args = ['--trace-opt', cli, 'check', dir, '--jobs', String(jobs), '--format', 'json', '--output', path.join(dir, 'result-traced.json'), '--fail-on', 'none'];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`check --trace-opt failed (exit ${run.status}): ${run.stderr}`);
  let ms = 0;
  for (const m of run.stdout.matchAll(/completed compiling .* took ([\d.]+), ([\d.]+), ([\d.]+) ms/g)) ms += Number(m[1]) + Number(m[2]) + Number(m[3]);
  return ms > 0 ? ms / 1000 : null;
}

const peak = (mb: number | null) => (mb === null ? '' : `, peak ${mb.toFixed(0)} MB`);
// CPU time over wall time: how many cores the run kept busy.
const cores = (run: { seconds: number; cpu: number | null }) => (run.cpu === null ? '' : `, CPU ${run.cpu.toFixed(1)} s (${(run.cpu / run.seconds).toFixed(2)} cores)`);

/**
 * CI on every change: a check with --cache, first empty (it fills), then again with nothing
 * changed, then after one copy of 1 % of the stories is edited. Asserts the cached runs give
 * the JSON of an uncached one.
 */
function cachedRuns(dir: string, cli: string, floor: number): void {
  const cache = path.join(dir, '.cache');
  // JSON (what shards write for `wirediff merge`), or a text summary with JUnit beside it (one CI job).
  const check = (label: string, out: string, format: 'json' | 'text' = 'json') => {
    const outputs = format === 'json' ? ['--format', 'json', '--output', path.join(dir, out)] : ['--junit', path.join(dir, out)];
    const run = runCheck(cli, [dir, '--jobs', '1', '--cache', cache, ...outputs, '--fail-on', 'none']);
    const reused = /(\d+) of \d+ stor(?:y|ies) reused/.exec(run.stderr)?.[1] ?? '?';
    console.log(`check --jobs 1 --cache, ${label}, ${format === 'json' ? 'JSON' : 'text and JUnit'}: ${run.seconds.toFixed(2)} s, ${(run.seconds / floor).toFixed(2)}× the floor (${reused} stories reused${peak(run.peakMb)})`);
  };
  check('empty cache', 'cached-cold.json');
  check('nothing changed', 'cached-warm.json');
  check('nothing changed', 'cached-warm.xml', 'text');
  // A different 1 % of the stories each time, so each run has its own to compare again.
  const edited = Math.max(1, Math.round(STORIES / 100));
  const edit = (offset: number) => {
    for (let s = 0; s < edited; s++) {
      const copy = path.join(dir, `story-${String((s * 100 + offset) % STORIES).padStart(5, '0')}`, 'copies', 'copy-0.html');
      writeFileSync(copy, readFileSync(copy, 'utf8').replace('<p>', '<p>An added sentence. '));
    }
  };
  edit(0);
  check(`${edited} copies edited`, 'cached-edited.json');
  edit(50);
  check(`${edited} copies edited`, 'cached-edited.xml', 'text');
  const same = readFileSync(path.join(dir, 'result-1.json'), 'utf8') === readFileSync(path.join(dir, 'cached-warm.json'), 'utf8')
    && readFileSync(path.join(dir, 'result-1.json'), 'utf8') === readFileSync(path.join(dir, 'cached-cold.json'), 'utf8');
  console.log(`JSON output identical with and without the cache: ${same ? 'yes' : 'NO'}`);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'wirediff-bench-check-'));
try {
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, Node ${process.version}`);
  const files = buildCorpus(dir);
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  console.log(`corpus: ${STORIES} stories × ${COPIES} copies, ${files.length} pages, ${(bytes / 1e6).toFixed(1)} MB\n`);

  // The best of three: the first pass also pays for compiling the parser, and other load on the
  // machine only ever adds; the lowest floor is the strictest one to be measured against.
  let floor = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    for (const f of files) parseDocument(readFileSync(f, 'utf8'));
    floor = Math.min(floor, (performance.now() - start) / 1000);
  }
  console.log(`floor (read + htmlparser2 parse only, one core, best of 3): ${floor.toFixed(2)} s, ${(STORIES / floor).toFixed(0)} stories/s`);

  const cli = path.join(ROOT, 'packages/cli/dist/cli.js');
  const times: Record<number, number> = {};
  // On a machine with more cores, also every core: the speed-up the issue asks to be near-linear.
  const jobCounts = [1, 2, ...(os.cpus().length > 2 ? [os.cpus().length] : [])];
  for (const jobs of jobCounts) {
    const run = runCheck(cli, [dir, '--jobs', String(jobs), '--format', 'json', '--output', path.join(dir, `result-${jobs}.json`), '--fail-on', 'none']);
    times[jobs] = run.seconds;
    console.log(`check --jobs ${jobs}: ${run.seconds.toFixed(2)} s, ${(STORIES / run.seconds).toFixed(0)} stories/s, ${(run.seconds / floor).toFixed(2)}× the floor${peak(run.peakMb)}${cores(run)}`);
  }
  for (const jobs of jobCounts.slice(1)) console.log(`speed-up from 1 to ${jobs} workers: ${(times[1]! / times[jobs]!).toFixed(2)}×`);
  // Work a worker adds whatever its share of the stories: V8 optimizes the hot code in each.
  const compiled = [1, 2].map((jobs) => compileSeconds(cli, dir, jobs));
  const compileText = (s: number | null) => (s === null ? 'not reported' : `${s.toFixed(1)} s`);
  console.log(`V8's optimizing compiler (--trace-opt, summed over its jobs): ${compileText(compiled[0]!)} at --jobs 1, ${compileText(compiled[1]!)} at --jobs 2`);
  const apart = await twoProcesses(cli, dir);
  console.log(`two --jobs 1 processes at once, a shard each: ${apart.toFixed(2)} s, ${(times[1]! / apart).toFixed(2)}× one process (nothing shared but the machine; each compiles its hot code, as each worker does)`);
  // How cost grows: half the corpus (a shard holds about half the stories) should take about half
  // the time, in about the same memory, as results are written as they come, not held.
  const half = runCheck(cli, [dir, '--jobs', '1', '--shard', '1/2', '--format', 'json', '--output', path.join(dir, 'result-half.json'), '--fail-on', 'none']);
  const halfStories = (JSON.parse(readFileSync(path.join(dir, 'result-half.json'), 'utf8')) as { summary: { stories: number } }).summary.stories;
  console.log(`check --jobs 1 of ${halfStories} stories (--shard 1/2): ${half.seconds.toFixed(2)} s${peak(half.peakMb)}; time per story ×${((times[1]! / STORIES) / (half.seconds / halfStories)).toFixed(2)} at ${STORIES}`);
  cachedRuns(dir, cli, floor);
  whereTimeGoes(files);
  const one = readFileSync(path.join(dir, 'result-1.json'), 'utf8');
  const same = jobCounts.every((jobs) => readFileSync(path.join(dir, `result-${jobs}.json`), 'utf8') === one);
  console.log(`JSON output identical at --jobs ${jobCounts.join(', ')}: ${same ? 'yes' : 'NO'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
