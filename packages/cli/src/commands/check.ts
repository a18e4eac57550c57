import { existsSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { WirediffError, type LearnedFurniture, type Severity } from '@wirediff/core';
import { EXIT, reportError } from '../exit.js';
import { DEFAULT_CONFIG_FILE, loadConfig } from '../config.js';
import { parseCheckDefaults } from '../check/check-config.js';
import { parseFurnitureConfig } from '../check/furniture-config.js';
import { compileIgnoreRules, parseIgnoreRules } from '../check/ignore-rules.js';
import { acceptFindings, acceptStories, baselineChanges, formatBaseline, readBaseline } from '../check/baseline.js';
import type { StoryResult } from '../check/check-result.js';
import { checkExitCode } from '../check/evaluate-check.js';
import { checkFormatWriter, githubWorkspace, type CheckFormat } from '../check/format-check.js';
import { fileOutput, openOutput, type Output } from '../check/output-file.js';
import { CheckTally } from '../check/tally-check.js';
import { createProgress } from '../check/progress.js';
import { poolThreads, runPool, type FurniturePlan } from '../check/run-pool.js';
import { readStoryArticles, type ResultForm } from '../check/run-story.js';
import { isInShard, parseShard } from '../check/shard.js';
import { DEFAULT_CACHE_DIR, openCache, pruneCache } from '../check/result-cache.js';
import { listStories, storyIdOf } from '../check/story-spec.js';
import { isInside, realCorpus } from '../check/confine-path.js';
import { writeAtomic } from '../check/write-atomic.js';
import { formatFurnitureTable, readFurnitureTable } from './check-furniture.js';
import { inputOptions, type InputArgs } from './input-options.js';
import { stepSummaryFile } from '../check/step-summary.js';
import { openStoreOnce } from '../load-input.js';
import { tuneCompiler } from '../check/tune-compiler.js';
import { detail, note, shownPath } from '../messages.js';

export interface CheckArgs extends InputArgs {
  corpus: string;
  jobs: number | undefined;
  baseline: string | undefined;
  updateBaseline: boolean;
  accept: string[] | undefined;
  failOn: Severity | 'none' | undefined;
  config: string | undefined;
  format: CheckFormat;
  output: string | undefined;
  junit: string | undefined;
  shard: string | undefined;
  fail: boolean;
  learnFurniture: boolean | undefined;
  furniture: string | undefined;
  writeFurniture: string | undefined;
  /** false for --no-cache */
  cache: string | false | undefined;
  pruneCache: boolean;
  store: string | undefined;
  allowOutside: boolean | undefined;
}

/**
 * True when a configuration file may let the corpus's stories name files outside it: only a file
 * that lies outside the corpus, as a corpus cannot vouch for itself (whoever changes its stories
 * could change its config too). Says so on stderr when it may not.
 */
function vouches(configFile: string, corpus: string): boolean {
  let real: string;
  try {
    real = realpathSync.native(configFile);
  } catch {
    return false;
  }
  if (!isInside(realCorpus(corpus), real)) return true;
  process.stderr.write(`wirediff: ${shownPath(configFile)} — check.allowOutside ignored: a configuration inside the corpus cannot let it read outside (give --allow-outside)\n`);
  return false;
}

export const checkCommand: CommandModule<object, CheckArgs> = {
  command: 'check <corpus>',
  describe: 'Check every story of a corpus in parallel; fail on findings the baseline has not accepted',
  builder: (yargs: Argv) =>
    inputOptions(yargs)
      .positional('corpus', { type: 'string', demandOption: true, describe: 'a folder of story folders, or a snapshot store whose stories `wirediff fetch --manifest` indexed (see the README: corpus layout)' })
      .option('store', { type: 'string', describe: 'read the URLs that story.json files name from this snapshot store (wirediff fetch), never from the network; a store given as the corpus is read so anyway' })
      .option('jobs', { type: 'number', describe: 'worker threads (default: check.jobs of the config, else the number of cores)' })
      .option('baseline', { type: 'string', describe: 'baseline file (default: <corpus>/wirediff-baseline.json)' })
      .option('update-baseline', { type: 'boolean', default: false, describe: 'accept every finding of the stories checked, and write the baseline' })
      .option('accept', { type: 'string', array: true, describe: 'accept these findings (by the id in brackets the text, JUnit and annotations print) wherever this run finds them, and add them to the baseline; the others stay as they are' })
      .option('fail-on', { choices: ['high', 'medium', 'low', 'none'] as const, describe: 'exit 1 when a new finding is at or above this severity (default: check.failOn of the config, else medium)' })
      .option('config', { type: 'string', describe: `note rules, check defaults and ignore rules (default: <corpus>/${DEFAULT_CONFIG_FILE}, else ./${DEFAULT_CONFIG_FILE}, when present)` })
      .option('format', { choices: ['text', 'json', 'junit', 'github', 'html'] as const, default: 'text' as const, describe: 'stdout format: text summary, JSON (input to `wirediff merge`), JUnit XML, GitHub Actions annotations, an HTML page' })
      .option('output', { type: 'string', describe: 'write the --format output to this file instead of stdout' })
      .option('junit', { type: 'string', describe: 'also write JUnit XML to this file' })
      .option('shard', { type: 'string', describe: 'check only shard i of n ("2/4"); stories are assigned by a hash of their folder name' })
      .option('fail', { type: 'boolean', default: true, describe: 'exit 1 on new findings; --no-fail exits 0 and leaves the verdict to `wirediff merge` (for shards)' })
      .option('learn-furniture', { type: 'boolean', describe: 'learn each outlet\'s furniture first: short lines its copies repeat around different stories and no reference holds, reported as furniture (info) rather than added; --no-learn-furniture to compare as written (default: check.learnFurniture of the config, else true)' })
      .option('furniture', { type: 'string', describe: 'use this furniture table (from --write-furniture) instead of learning from the stories checked; what shards should share' })
      .option('cache', { type: 'string', describe: `keep each story's sample and result in this folder (bare --cache: ./${DEFAULT_CACHE_DIR}), keyed by a hash of its pages, the options and wirediff's own code; a later run extracts and compares only the stories that changed; --no-cache for none (default: check.cache of the config, else none)` })
      .option('prune-cache', { type: 'boolean', default: false, describe: 'after the run, delete the cache entries it did not use (stories changed, removed or renamed since), so a cache saved between CI runs does not grow without end; give each shard its own cache' })
      .option('allow-outside', { type: 'boolean', describe: 'read files a story names (story.json paths, copies, links) even when they lie outside the corpus folder; only for a corpus you trust, as a story could name any file and its text would appear in the report (default: check.allowOutside of the config, else false)' })
      .option('write-furniture', { type: 'string', describe: 'write the furniture table used to this file (JSON, one outlet per key)' })
      .check((argv) => !(argv.writeFurniture !== undefined && argv.learnFurniture === false && argv.furniture === undefined) || '--write-furniture needs furniture to write: drop --no-learn-furniture, or give --furniture')
      .check((argv) => !(argv.updateBaseline === true && argv.accept !== undefined) || '--accept and --update-baseline do not go together: --update-baseline accepts every finding')
      .check((argv) => argv.jobs === undefined || (Number.isInteger(argv.jobs) && (argv.jobs as number) >= 1) || '--jobs must be a whole number of at least 1')
      .example('$0 check corpus/', 'check every story; exit 1 on a new finding at medium or above')
      .example('$0 check corpus/ --update-baseline', 'accept what is there now')
      .example('$0 check corpus/ --accept changed-a104890585', 'accept one finding, once reviewed')
      .example('$0 check corpus/ --shard 1/4 --format json --output shard-1.json', 'one of four CI jobs; combine with `wirediff merge`')
      .example('$0 check corpus/ --write-furniture furniture.json', 'learn from the whole corpus and keep the table')
      .example('$0 check corpus/ --shard 2/4 --furniture furniture.json', 'a shard compares with the whole corpus\'s table')
      .example('$0 check corpus/ --cache .wirediff-cache', 'reuse the results of stories unchanged since the last run')
      .example('$0 check corpus/ --junit junit.xml --format github', 'JUnit for the CI test view, annotations on the pull request') as unknown as Argv<CheckArgs>,
  handler: async (args: ArgumentsCamelCase<CheckArgs>) => {
    try {
      const corpus = path.resolve(args.corpus);
      // The corpus's own configuration first, so a corpus carries its rules wherever it is checked.
      const configDir = args.config === undefined && existsSync(path.join(corpus, DEFAULT_CONFIG_FILE)) ? corpus : process.cwd();
      const config = await loadConfig(args.config, configDir);
      const configFile = config.source ?? DEFAULT_CONFIG_FILE;
      const defaults = parseCheckDefaults(config.check, configFile);
      const learning = parseFurnitureConfig(config.furniture, configFile);
      const isIgnored = compileIgnoreRules(parseIgnoreRules(config.ignore, configFile));
      const failOn = args.failOn ?? defaults.failOn ?? 'medium';
      const jobs = args.jobs ?? defaults.jobs ?? availableParallelism();
      const shard = args.shard === undefined ? null : parseShard(args.shard);
      const listed = await listStories(corpus);
      const stored = listed.store !== null;
      const dirs = listed.stories.filter((dir) => !shard || isInShard(storyIdOf(dir, stored), shard));
      // Files the config names lie beside the config file, wherever it is run from.
      const besideConfig = (p: string) => path.resolve(path.dirname(path.resolve(configDir, config.source ?? '.')), p);
      const baselineFile = args.baseline !== undefined ? path.resolve(args.baseline)
        : defaults.baseline !== undefined ? besideConfig(defaults.baseline)
        : path.join(corpus, 'wirediff-baseline.json');
      const baseline = await readBaseline(baselineFile);
      const learn = args.learnFurniture ?? defaults.learnFurniture ?? true;
      if (args.writeFurniture !== undefined && !learn && args.furniture === undefined) {
        // The flag case is refused as usage above; this is the config's doing, so it names the config.
        throw new WirediffError('WD_BAD_OPTION', '--write-furniture needs furniture to write, but check.learnFurniture is false: pass --learn-furniture, or give --furniture', { input: configFile });
      }
      const plan: FurniturePlan = args.furniture !== undefined ? { use: await readFurnitureTable(args.furniture) } : learn ? { learn: learning } : null;
      // Said once the configuration is found sound: a bad one is its one error line, not two.
      if (config.source !== null) note(`read the configuration ${shownPath(path.resolve(configDir, config.source))}`);
      if (shard && plan !== null && 'learn' in plan) {
        process.stderr.write('wirediff: learning furniture from this shard\'s stories only; give every shard one table (--furniture) to match a whole run\n');
      }
      const compare = { notes: config.notes };
      // One object for every task: a corpus may hold a million. A store's stories read it alone.
      const store = listed.store ?? (args.store === undefined ? undefined : path.resolve(args.store));
      // One line now, not an error in every story that names a URL.
      if (args.store !== undefined && listed.store === null) await openStoreOnce(store!);
      const load = { timeoutMs: args.timeout, maxBytes: args.maxBytes, store };
      const allowOutside = args.allowOutside ?? (defaults.allowOutside === true && vouches(path.resolve(configDir, configFile), corpus));
      const tasks = dirs.map((dir) => ({ corpus, dir, stored, load, compare, allowOutside }));
      detail(`${tasks.length} stor${tasks.length === 1 ? 'y' : 'ies'} to check${shard ? ` (shard ${args.shard} of ${listed.stories.length})` : ''} in ${args.corpus}, ${poolThreads(jobs, tasks.length)} worker thread${poolThreads(jobs, tasks.length) === 1 ? '' : 's'}; baseline ${path.relative(process.cwd(), baselineFile) || baselineFile}; furniture ${plan === null ? 'none' : 'learn' in plan ? 'learned from the stories checked' : `from ${args.furniture}`}; fail on ${failOn}`);
      // Learning reads every story before any is compared: two bars, one per pass.
      const reading = plan !== null && 'learn' in plan ? createProgress(tasks.length, 'stories read') : null;
      const progress = createProgress(tasks.length, reading ? 'stories compared' : 'stories');
      const onSampled = (done: number) => {
        reading?.tick(done);
        if (done === tasks.length) reading?.end();
      };
      const cacheDir = args.cache === false ? null
        : args.cache !== undefined ? path.resolve(args.cache === '' ? DEFAULT_CACHE_DIR : args.cache)
        : defaults.cache !== undefined ? besideConfig(defaults.cache)
        : null;
      // Entries written or read from here on are this run's; with --prune-cache the rest go at
      // the end. Two seconds back, for file systems that keep times coarsely.
      const runStart = Date.now() - 2000;
      if (args.pruneCache && cacheDir === null) throw new WirediffError('WD_BAD_OPTION', 'needs a cache: give --cache, or check.cache in the config', { input: '--prune-cache' });
      // Text, JUnit and annotations print no more of a finding than a digest holds; JSON copies a
      // story's text; only the HTML page needs results whole (from the cache or a worker).
      const form: ResultForm = args.format === 'html' ? 'whole' : args.format === 'json' ? 'digest-and-json' : 'digest';
      const cache = cacheDir === null ? null : openCache(cacheDir, compare, { touch: args.pruneCache, reads: form });
      // Outputs are written as stories finish, in story order; a file appears whole at the end.
      const outputs: Output[] = [];
      const abandon = (error: unknown) => {
        for (const out of outputs) out.abandon();
        return error;
      };
      try {
        outputs.push(openOutput(args.output));
        if (args.junit) outputs.push(fileOutput(args.junit));
      } catch (error) {
        throw abandon(error); // the other output's temporary file goes too
      }
      // The HTML page shows each story side by side: its pages are read again once the run has
      // learned its furniture (known by the time the writers finish).
      let learned: LearnedFurniture | null = null;
      const taskOf = new Map(tasks.map((task) => [storyIdOf(task.dir, stored), task]));
      const readSources = async (story: string) => {
        const task = taskOf.get(story);
        return task ? readStoryArticles(task, learned) : null;
      };
      const writers = [checkFormatWriter(args.format, outputs[0]!, failOn, args.corpus, stepSummaryFile(), githubWorkspace(), readSources), ...(args.junit ? [checkFormatWriter('junit', outputs[1]!, failOn, args.corpus)] : [])];
      const accepting = args.updateBaseline ? true : new Set(args.accept ?? []);
      const tally = new CheckTally(failOn, baseline, writers, accepting, isIgnored);
      const deliver = (st: StoryResult, json?: string) => tally.add(st, json);
      let summary;
      try {
        tuneCompiler(poolThreads(jobs, tasks.length), availableParallelism()); // before any story is checked or worker started
        const run = await runPool(tasks, jobs, plan, { onSampled, onResult: progress.tick, deliver }, cache, form);
        progress.end();
        learned = run.learned;
        if (cache) {
          const pruned = args.pruneCache ? `; ${pruneCache(cache.dir, runStart)} unused entries pruned` : '';
          note(`${run.reused} of ${tasks.length} stor${tasks.length === 1 ? 'y' : 'ies'} reused from the cache ${path.relative(process.cwd(), cache.dir) || cache.dir}${pruned}`);
        }
        if (args.writeFurniture && run.learned) await writeAtomic(args.writeFurniture, formatFurnitureTable(run.learned));
        summary = await tally.finish();
        for (const out of outputs) await out.close();
      } catch (error) {
        throw abandon(error);
      }
      if (accepting === true || tally.found.size > 0) {
        const next = accepting === true ? acceptStories(tally.accepted, baseline) : acceptFindings(tally.accepted, baseline);
        await writeAtomic(baselineFile, formatBaseline(next));
        const { added, dropped, accepted } = baselineChanges(baseline, next);
        note(`baseline written to ${path.relative(process.cwd(), baselineFile) || baselineFile}: ${added} newly accepted, ${dropped} dropped (no longer found), ${accepted} accepted in all`);
      }
      // An id to accept that this run did not find is most likely mistyped: said, and an error.
      const missing = accepting === true ? [] : [...accepting].filter((id) => !tally.found.has(id));
      for (const id of missing) process.stderr.write(`wirediff: --accept ${id}: no finding of this run has this id; nothing accepted for it (WD_BAD_OPTION)\n`);
      process.exitCode = missing.length > 0 ? EXIT.error : args.fail ? checkExitCode(summary) : 0;
    } catch (error) {
      reportError(error);
    }
  },
};
