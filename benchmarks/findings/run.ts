// pnpm bench:findings — how well wirediff's findings match what was done to a copy.
//
// 1. Generated copies of real text: real article bodies (../shared/corpora, read in place)
//    dressed as Reuters, AP and AFP references, with 3-5 copies each in 13 outlet layouts,
//    substantive ops and style-only traps planted and written down (build-set.ts). Every page
//    goes through what the CLI does to it — bytes, decodePage and extractArticle or
//    articleFromText (articleFromBytes of the built CLI), then compareStory of the built core —
//    and the findings are scored (score-findings.ts, whose header gives the rules).
// 2. The real set: ../shared/real-syndication/score_real.py on the built CLI, its last line.
//
// Options: --seed N (default 1), --layouts id,id, --limit N (base texts), --verbose (missed
// ops and false positives), --no-real, --dump DIR (write every generated page and its truth
// there, to run the CLI on by hand). Prints figures and asserts none: exit 0 whatever they
// are, 2 only when it cannot run (no corpora, a bad option).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareStory, formatJson, type Report, type SourcedArticle } from '@wirediff/core';
import { articleFromBytes } from '../../packages/cli/dist/load-input.js';
import { loadBaseTexts } from './base-texts.js';
import { buildSet, type BenchPage } from './build-set.js';
import { causeTable, kindTable, layoutTable, verboseLists } from './format-scores.js';
import { runRealSet } from './real-set.js';
import { scoreFindings, type CopyFindings } from './score-findings.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPORA = path.resolve(ROOT, '../shared/corpora');

function fail(message: string): never {
  console.error(`wirediff bench:findings: ${message}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      seed: { type: 'string', default: '1' }, layouts: { type: 'string' }, limit: { type: 'string' },
      verbose: { type: 'boolean', default: false }, 'no-real': { type: 'boolean', default: false }, dump: { type: 'string' },
    },
  }).values;
} catch (error) {
  fail((error as Error).message);
}
const seed = Number(args.seed);
if (!Number.isInteger(seed) || seed < 0) fail(`--seed must be a whole number, not ${args.seed}`);
const limit = args.limit === undefined ? undefined : Number(args.limit);
if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) fail(`--limit must be a whole number of at least 1, not ${args.limit}`);

const started = performance.now();
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, Node ${process.version}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);

const bases = loadBaseTexts(CORPORA);
if (bases.length === 0) fail(`${CORPORA} — no base texts: the corpora are not beside the project`);
let set;
try {
  set = buildSet(bases, { seed, ...(limit ? { limit } : {}), ...(args.layouts ? { layouts: args.layouts.split(',') } : {}) });
} catch (error) {
  fail(`--layouts: ${(error as Error).message}`);
}
const built = performance.now();
if (args.dump) {
  for (const story of set) {
    for (const page of [story.reference, ...story.copies]) {
      const file = path.join(args.dump, page.source);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, page.page);
    }
    writeFileSync(path.join(args.dump, story.id, 'truth.json'), `${JSON.stringify(story.truth, null, 2)}\n`);
  }
}

const read = (p: BenchPage): SourcedArticle => ({ source: p.source, article: articleFromBytes({ bytes: Buffer.from(p.page, 'utf8') }, p.source) });
const reports: CopyFindings[] = [];
const unreadable: string[] = [];
for (const story of set) {
  let reference: SourcedArticle;
  try {
    reference = read(story.reference);
  } catch (error) {
    unreadable.push(`${story.reference.source} (${(error as Error).message})`);
    continue;
  }
  const copies: SourcedArticle[] = [];
  for (const copy of story.copies) {
    try {
      copies.push(read(copy));
    } catch (error) {
      unreadable.push(`${copy.source} (${(error as Error).message})`);
    }
  }
  // The JSON the CLI writes (compare --format json), read back.
  const report = JSON.parse(formatJson(compareStory(reference, copies))) as Report;
  reports.push(...report.copies);
}
const compared = performance.now();

const truth = set.flatMap((s) => s.truth);
const scores = scoreFindings(truth, reports);
const traps = truth.reduce((n, t) => n + t.traps.length, 0);
console.log(`generated: seed ${seed}, ${set.length} stories from ${new Set(set.map((s) => s.id)).size} base texts, ${truth.length} copies in ${new Set(truth.map((t) => t.layout)).size} layouts, ` +
  `${scores.ops.length} planted ops, ${traps} traps`);
if (unreadable.length > 0) console.log(`unreadable pages (${unreadable.length}; their ops count as missed): ${unreadable.slice(0, 5).join('; ')}${unreadable.length > 5 ? '; …' : ''}`);
console.log('');
for (const line of kindTable(scores)) console.log(line);
console.log('');
for (const line of layoutTable(scores)) console.log(line);
console.log('');
for (const line of causeTable(scores)) console.log(line);
if (args.verbose) {
  console.log('');
  for (const line of verboseLists(scores)) console.log(line);
}
console.log(`\ntime: build ${((built - started) / 1000).toFixed(1)} s, extract and compare ${((compared - built) / 1000).toFixed(1)} s`);
const real = args['no-real'] ? 'real: skipped (--no-real)' : await runRealSet(ROOT);
console.log(`time: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
const found = scores.ops.filter((r) => r.found).length;
const wrong = scores.mediumPlus.filter((s) => s.cause !== null).length;
console.log(`generated: found=${found}/${scores.ops.length} recall=${scores.recall.toFixed(3)} recall_at_floor=${scores.recallAtFloor.toFixed(3)} ` +
  `precision=${scores.precision.toFixed(3)} medium_plus=${scores.mediumPlus.length} false_positives=${wrong}`);
console.log(real);
console.log(`recall=${scores.recallAtFloor.toFixed(3)} precision=${scores.precision.toFixed(3)}`);
