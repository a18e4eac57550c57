// The command-line conventions a user expects: --quiet and --verbose, colour by NO_COLOR,
// FORCE_COLOR and --color/--no-color, suggestions for mistyped options, a note naming the
// configuration file read, merge refusing a shard given twice, GitHub annotation paths relative
// to the workspace.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli, runOnTerminal, STORY, type CliResult } from './helpers.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'wirediff-conventions-'));
const REF = path.join(STORY, 'reference.html');
const COPY = path.join(STORY, 'copies/portwell-ledger.html');
const SAMPLE = path.join(ROOT, 'fixtures/corpus');
const ESC = '\x1b[';

function corpusCopy(name = 'corpus'): string {
  const dir = path.join(mkdtempSync(path.join(tmp, 'ws-')), name);
  cpSync(SAMPLE, dir, { recursive: true });
  return dir;
}

/** Exit 2, nothing on stdout, one line on stderr that carries `text`. */
function usageError(r: CliResult, text: string): void {
  assert.is(r.code, 2, r.stderr);
  assert.is(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.is(lines.length, 1, r.stderr);
  assert.ok(lines[0]!.includes(text), `${lines[0]} says ${text}`);
}

test('--quiet: check prints its report and nothing on stderr, where it otherwise shows progress and summaries', async () => {
  const corpus = corpusCopy();
  const loud = await runCli(['check', corpus, '--update-baseline']);
  assert.is(loud.code, 0, loud.stderr);
  assert.match(loud.stderr, /^wirediff: 2\/2 stories compared$/m, 'progress lines when stderr is not a terminal');
  assert.match(loud.stderr, /^wirediff: baseline written to /m);
  const quiet = await runCli(['check', corpus, '--update-baseline', '--quiet']);
  assert.is(quiet.code, 0);
  assert.is(quiet.stderr, '');
  assert.is(quiet.stdout, loud.stdout, 'the report itself is the same');
  const short = await runCli(['check', corpus, '-q']);
  assert.is(short.stderr, '');
});

test('--quiet keeps errors: one line, exit 2', async () => {
  const r = await runCli(['compare', REF, path.join(tmp, 'nope.html'), '--quiet']);
  assert.is(r.code, 2);
  assert.match(r.stderr, /^wirediff: .*nope\.html — no such file \(WD_INPUT_NOT_FOUND\)\n$/);
});

test('--verbose says on stderr which pages were read, and stdout stays the report', async () => {
  const plain = await runCli(['compare', REF, COPY, '--format', 'json', '--fail-on', 'none']);
  const verbose = await runCli(['compare', REF, COPY, '--format', 'json', '--fail-on', 'none', '--verbose']);
  assert.is(verbose.code, 0, verbose.stderr);
  assert.is(verbose.stdout, plain.stdout);
  assert.is(plain.stderr, '');
  const lines = verbose.stderr.trimEnd().split('\n');
  assert.is(lines.length, 2, verbose.stderr);
  assert.match(lines[0]!, /^wirediff: read .*reference\.html: \d+ blocks \(.*9 body.*\), "NATO urges trading partners/);
  assert.match(lines[1]!, /^wirediff: read .*portwell-ledger\.html: \d+ blocks/);
  const check = await runCli(['check', corpusCopy(), '--verbose', '--jobs', '1']);
  assert.match(check.stderr, /^wirediff: 2 stories to check in .*corpus, 1 worker thread; baseline .*wirediff-baseline\.json; furniture learned from the stories checked; fail on medium$/m);
});

test('--quiet and --verbose together are a usage error', async () => {
  usageError(await runCli(['compare', REF, COPY, '--quiet', '--verbose']), 'mutually exclusive');
});

test('a mistyped option is refused with the option meant', async () => {
  usageError(await runCli(['compare', REF, COPY, '--fromat', 'json']), "Unknown argument: fromat; did you mean --format? (see 'wirediff compare --help')");
  usageError(await runCli(['check', SAMPLE, '--jbos', '2']), 'did you mean --jobs?');
  usageError(await runCli(['compare', REF, COPY, '--fial-on', 'low', '--verbos']), 'Unknown arguments: fial-on, verbos; did you mean --fail-on (for fial-on), --verbose (for verbos)?');
  usageError(await runCli(['compare', REF, COPY, '--xyzzy']), 'Unknown argument: xyzzy (see');
  usageError(await runCli(['compar', REF, COPY]), 'Did you mean compare?');
});

const coloured = (r: CliResult) => r.stdout.includes(ESC);

test('colour off a terminal: none by default; FORCE_COLOR turns it on (0 or false off), over NO_COLOR; --color and --no-color decide', async () => {
  const run = (env: NodeJS.ProcessEnv, ...flags: string[]) => runCli(['compare', REF, COPY, '--fail-on', 'none', ...flags], { env: { NO_COLOR: '', FORCE_COLOR: '', ...env } });
  assert.not.ok(coloured(await run({})), 'a pipe gets no colour');
  assert.ok(coloured(await run({ FORCE_COLOR: '1' })));
  assert.ok(coloured(await run({ FORCE_COLOR: '3' })));
  assert.not.ok(coloured(await run({ FORCE_COLOR: '0' })));
  assert.not.ok(coloured(await run({ FORCE_COLOR: 'false' })));
  assert.ok(coloured(await run({ FORCE_COLOR: '1', NO_COLOR: '1' })), 'FORCE_COLOR wins over NO_COLOR');
  assert.ok(coloured(await run({}, '--color')));
  assert.ok(coloured(await run({ FORCE_COLOR: '0', NO_COLOR: '1' }, '--color')), 'the flag wins over both');
  assert.not.ok(coloured(await run({ FORCE_COLOR: '1' }, '--no-color')));
  const file = path.join(tmp, 'report.txt');
  await run({ FORCE_COLOR: '1' }, '--output', file);
  assert.not.ok(readFileSync(file, 'utf8').includes(ESC), 'a report written to a file has no colour unless --color asks');
  await run({}, '--output', file, '--color');
  assert.ok(readFileSync(file, 'utf8').includes(ESC));
});

test('colour on a terminal: on by default, off with a non-empty NO_COLOR or --no-color; an empty NO_COLOR is no request', () => {
  const run = (env: Record<string, string | undefined>, ...flags: string[]) => runOnTerminal(['compare', REF, COPY, '--fail-on', 'none', ...flags], env);
  const plain = run({});
  assert.is(plain.code, 0, plain.output);
  assert.ok(plain.output.includes(ESC), 'a terminal gets colour');
  assert.ok(run({ NO_COLOR: '' }).output.includes(ESC), 'NO_COLOR= (empty) leaves colour on');
  assert.not.ok(run({ NO_COLOR: '1' }).output.includes(ESC));
  assert.not.ok(run({}, '--no-color').output.includes(ESC));
  assert.not.ok(run({ FORCE_COLOR: '0' }).output.includes(ESC));
});

test('a configuration file read is named in a note on stderr, never on stdout, and --quiet drops it', async () => {
  const dir = mkdtempSync(path.join(tmp, 'cwd-'));
  writeFileSync(path.join(dir, 'wirediff.config.json'), JSON.stringify({ notes: [] }));
  const r = await runCli(['compare', REF, COPY, '--format', 'json', '--fail-on', 'none'], { cwd: dir });
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stderr, 'wirediff: read the configuration wirediff.config.json (0 note rules added)\n');
  JSON.parse(r.stdout);
  assert.is((await runCli(['compare', REF, COPY, '--format', 'json', '--fail-on', 'none', '--quiet'], { cwd: dir })).stderr, '');
  const corpus = corpusCopy();
  writeFileSync(path.join(corpus, 'wirediff.config.json'), JSON.stringify({ check: { failOn: 'high' } }));
  const check = await runCli(['check', corpus], { cwd: path.dirname(corpus) });
  assert.match(check.stderr, /^wirediff: read the configuration corpus\/wirediff\.config\.json$/m);
  assert.not.match(check.stdout, /configuration/);
  assert.is((await runCli(['check', corpus], { cwd: path.dirname(corpus) })).stdout, check.stdout);
});

async function shards(): Promise<{ corpus: string; files: string[] }> {
  const corpus = corpusCopy();
  const files: string[] = [];
  for (const i of [1, 2]) {
    const out = path.join(path.dirname(corpus), `shard-${i}.json`);
    const r = await runCli(['check', corpus, '--shard', `${i}/2`, '--format', 'json', '--output', out, '--no-fail', '--quiet']);
    assert.is(r.code, 0, r.stderr);
    files.push(out);
  }
  return { corpus, files };
}

test('merge refuses a shard given twice, by the same name or another, with WD_MERGE_DUPLICATE and nothing on stdout', async () => {
  const { corpus, files } = await shards();
  const twice = await runCli(['merge', files[0]!, files[1]!, files[0]!, '--format', 'json']);
  usageError(twice, `wirediff: ${files[0]} — is given twice: each shard's results must be given once (WD_MERGE_DUPLICATE)`);
  const again = path.join(path.dirname(corpus), 'shard-1-again.json');
  copyFileSync(files[0]!, again);
  const copied = await runCli(['merge', files[0]!, files[1]!, again]);
  usageError(copied, `wirediff: ${again} — holds story "`);
  assert.match(copied.stderr, new RegExp(`which ${files[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} holds too.*\\(WD_MERGE_DUPLICATE\\)\\n$`));
  const whole = path.join(path.dirname(corpus), 'whole.json');
  assert.is((await runCli(['check', corpus, '--format', 'json', '--output', whole, '--no-fail', '--quiet'])).code, 0);
  // A shard and a whole run overlap: the story both hold is refused when the merge reaches it.
  const holding = files.find((f) => (JSON.parse(readFileSync(f, 'utf8')) as { stories: unknown[] }).stories.length > 0)!;
  const overlap = await runCli(['merge', whole, holding, '--output', path.join(path.dirname(corpus), 'merged.json')]);
  assert.is(overlap.code, 2);
  assert.match(overlap.stderr, /\(WD_MERGE_DUPLICATE\)\n$/);
  const ok = await runCli(['merge', ...files, '--format', 'json']);
  assert.is(ok.code, 0, `the two shards still merge: ${ok.stderr}`);
  assert.is(ok.stdout, readFileSync(whole, 'utf8'), 'as the whole run');
});

test('GitHub annotations name files relative to GITHUB_WORKSPACE when the corpus is inside it', async () => {
  const corpus = corpusCopy('stories');
  const workspace = path.dirname(corpus);
  const inside = await runCli(['check', corpus, '--format', 'github', '--fail-on', 'low', '--baseline', path.join(tmp, 'none.json')], { env: { GITHUB_WORKSPACE: workspace } });
  const files = [...inside.stdout.matchAll(/^::error file=([^,]+),/gm)].map((m) => m[1]!);
  assert.ok(files.length > 0, inside.stdout);
  for (const f of files) assert.match(f, /^stories\/(ecb-holds-rates|quake-hokkaido)\/copies\/[a-z-]+\.html$/);
  // Run from elsewhere, with the corpus named relative to there: still relative to the workspace.
  const fromSub = await runCli(['check', path.relative(tmp, corpus), '--format', 'github', '--fail-on', 'low', '--baseline', path.join(tmp, 'none.json')], { cwd: tmp, env: { GITHUB_WORKSPACE: workspace } });
  assert.equal([...fromSub.stdout.matchAll(/^::error file=([^,]+),/gm)].map((m) => m[1]!), files);
  // Outside the workspace GitHub cannot show a file: the path stays as given.
  const outside = await runCli(['check', corpus, '--format', 'github', '--fail-on', 'low', '--baseline', path.join(tmp, 'none.json')], { env: { GITHUB_WORKSPACE: path.join(tmp, 'elsewhere') } });
  for (const m of outside.stdout.matchAll(/^::error file=([^,]+),/gm)) assert.ok(m[1]!.startsWith(`${corpus}/`), m[1]);
  // merge names them the same way, from --corpus.
  const { corpus: sharded, files: results } = await shards();
  const merged = await runCli(['merge', ...results, '--format', 'github', '--corpus', sharded], { env: { GITHUB_WORKSPACE: path.dirname(sharded) } });
  for (const m of merged.stdout.matchAll(/file=([^,]+),/g)) assert.match(m[1]!, /^corpus\/(ecb-holds-rates|quake-hokkaido)\/copies\/[a-z-]+\.html$/);
});

test.run();
