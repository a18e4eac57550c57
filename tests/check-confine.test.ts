// A corpus anyone can change in a pull request must not make `check` read files outside it (and
// print their lines in the report), nor hang on a FIFO or fill memory from a device: the story
// that tries is one error naming its entry, and the other stories keep their results.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli, type CliResult } from './helpers.js';

const SAMPLE = path.join(ROOT, 'fixtures/corpus');
const SECRET = 'root:x:0:0:SECRET-LINE-NOT-FOR-REPORTS';

interface Checked {
  stories: { story: string; status: string; error?: { code: string; input: string; message: string } }[];
}

/** The sample corpus copied into a fresh folder, beside a secret page that lies outside it. */
function hostileCorpus(): { corpus: string; secret: string } {
  const top = mkdtempSync(path.join(tmpdir(), 'wirediff-confine-'));
  const corpus = path.join(top, 'corpus');
  cpSync(SAMPLE, corpus, { recursive: true, filter: (src) => !src.endsWith('wirediff-baseline.json') });
  const secret = path.join(top, 'secret.html');
  writeFileSync(secret, `<html><body><article><p>${SECRET}</p><p>${'A second paragraph of story text, long enough to be prose. '.repeat(4)}</p></article></body></html>`);
  return { corpus, secret };
}

/** A story folder holding a real reference and the given story.json. */
function storyWithSpec(corpus: string, name: string, spec: unknown) {
  const dir = path.join(corpus, name);
  mkdirSync(dir);
  cpSync(path.join(SAMPLE, 'quake-hokkaido/reference.html'), path.join(dir, 'reference.html'));
  writeFileSync(path.join(dir, 'story.json'), JSON.stringify(spec));
  return dir;
}

const checkJson = (corpus: string, more: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  runCli(['check', corpus, '--format', 'json', '--fail-on', 'none', '--jobs', '1', ...more], { env, timeoutMs: 20_000 });

function storiesOf(r: CliResult): Checked['stories'] {
  assert.not.ok(r.stdout.includes('SECRET-LINE') || r.stderr.includes('SECRET-LINE'), 'nothing of the file outside is printed');
  assert.not.match(r.stderr, /\n\s+at /, 'no stack trace');
  return (JSON.parse(r.stdout) as Checked).stories;
}

/** The one bad story is an error with `code`, naming `input`; the sample's two stories still report. */
function onlyBad(r: CliResult, story: string, code: string, input: string): string {
  const stories = storiesOf(r);
  const bad = stories.find((s) => s.story === story);
  assert.ok(bad, `story ${story} reported: ${r.stdout.slice(0, 400)} ${r.stderr}`);
  assert.is(bad!.status, 'error');
  assert.is(bad!.error!.code, code, bad!.error!.message);
  assert.is(bad!.error!.input, input);
  assert.equal(stories.filter((s) => s.story !== story).map((s) => `${s.story}:${s.status}`), ['ecb-holds-rates:ok', 'quake-hokkaido:ok']);
  return bad!.error!.message;
}

test('check: a story.json naming a path outside the corpus (../, absolute) is WD_CORPUS_OUTSIDE for that story, and nothing is read', async () => {
  const { corpus, secret } = hostileCorpus();
  storyWithSpec(corpus, 'dotdot', { reference: 'reference.html', copies: ['../../secret.html'] });
  storyWithSpec(corpus, 'absolute', { reference: secret, copies: ['reference.html'] });
  const r = await checkJson(corpus);
  const stories = storiesOf(r);
  const codes = Object.fromEntries(stories.map((s) => [s.story, s.error?.code ?? s.status]));
  assert.equal(codes, { absolute: 'WD_CORPUS_OUTSIDE', dotdot: 'WD_CORPUS_OUTSIDE', 'ecb-holds-rates': 'ok', 'quake-hokkaido': 'ok' });
  const dotdot = stories.find((s) => s.story === 'dotdot')!.error!;
  assert.is(dotdot.input, 'dotdot/story.json');
  assert.match(dotdot.message, /^"copies"\[0\] "\.\.\/\.\.\/secret\.html" leads outside the corpus/);
  assert.match(stories.find((s) => s.story === 'absolute')!.error!.message, /^"reference" ".*secret\.html" leads outside the corpus/);
});

test('check: a copy that is a link out of the corpus, a copies/ folder that is one, and story.json as one are each refused', async () => {
  const { corpus, secret } = hostileCorpus();
  symlinkSync(secret, path.join(corpus, 'quake-hokkaido/copies/zz-linked.html'));
  const r = await checkJson(corpus);
  const stories = storiesOf(r);
  assert.is(stories.find((s) => s.story === 'quake-hokkaido')!.error?.code, 'WD_CORPUS_OUTSIDE');
  assert.is(stories.find((s) => s.story === 'quake-hokkaido')!.error?.input, 'quake-hokkaido/copies/zz-linked.html');
  assert.is(stories.find((s) => s.story === 'ecb-holds-rates')!.status, 'ok');

  const second = hostileCorpus();
  const outside = path.join(path.dirname(second.corpus), 'elsewhere');
  mkdirSync(outside);
  cpSync(second.secret, path.join(outside, 'copy.html'));
  const linkedDir = path.join(second.corpus, 'linked-copies');
  mkdirSync(linkedDir);
  cpSync(path.join(SAMPLE, 'quake-hokkaido/reference.html'), path.join(linkedDir, 'reference.html'));
  symlinkSync(outside, path.join(linkedDir, 'copies'));
  const linkedSpec = path.join(second.corpus, 'linked-spec');
  mkdirSync(linkedSpec);
  const spec = path.join(path.dirname(second.corpus), 'story.json');
  writeFileSync(spec, JSON.stringify({ reference: 'a.html', copies: ['b.html'] }));
  symlinkSync(spec, path.join(linkedSpec, 'story.json'));
  const r2 = await checkJson(second.corpus);
  const codes = Object.fromEntries(storiesOf(r2).map((s) => [s.story, `${s.error?.code ?? s.status} ${s.error?.input ?? ''}`.trim()]));
  assert.equal(codes, {
    'ecb-holds-rates': 'ok',
    'linked-copies': 'WD_CORPUS_OUTSIDE linked-copies/copies/copy.html',
    'linked-spec': 'WD_CORPUS_OUTSIDE linked-spec/story.json',
    'quake-hokkaido': 'ok',
  });
});

test('check --allow-outside (or check.allowOutside in a config outside the corpus) reads files outside; a config inside the corpus cannot allow it', async () => {
  const { corpus } = hostileCorpus();
  storyWithSpec(corpus, 'dotdot', { reference: 'reference.html', copies: ['../../secret.html'] });
  const allowed = await checkJson(corpus, ['--allow-outside']);
  assert.equal((JSON.parse(allowed.stdout) as Checked).stories.map((s) => `${s.story}:${s.status}`), ['dotdot:ok', 'ecb-holds-rates:ok', 'quake-hokkaido:ok'], allowed.stderr);

  const trusted = path.join(path.dirname(corpus), 'trusted.config.json');
  writeFileSync(trusted, JSON.stringify({ check: { allowOutside: true } }));
  const byConfig = await checkJson(corpus, ['--config', trusted]);
  assert.is((JSON.parse(byConfig.stdout) as Checked).stories[0]!.status, 'ok', byConfig.stderr);

  writeFileSync(path.join(corpus, 'wirediff.config.json'), JSON.stringify({ check: { allowOutside: true } }));
  const selfVouched = await checkJson(corpus);
  onlyBad(selfVouched, 'dotdot', 'WD_CORPUS_OUTSIDE', 'dotdot/story.json');
  assert.match(selfVouched.stderr, /check\.allowOutside ignored: a configuration inside the corpus cannot let it read outside/);
  writeFileSync(trusted, JSON.stringify({ check: { allowOutside: 'yes' } }));
  const badValue = await checkJson(corpus, ['--config', trusted]);
  assert.is(badValue.code, 2);
  assert.match(badValue.stderr, /check\.allowOutside must be true or false, not "yes" \(WD_BAD_OPTION\)\n$/);
});

test('check: a FIFO among the copies is WD_INPUT_NOT_FILE at once, not a hang; the other stories report', async () => {
  const { corpus } = hostileCorpus();
  const fifo = path.join(corpus, 'quake-hokkaido/copies/zz-pipe.html');
  try {
    execFileSync('mkfifo', [fifo]);
  } catch {
    return; // no mkfifo on this system (Windows): nothing to test
  }
  const started = performance.now();
  const r = await checkJson(corpus);
  assert.ok(performance.now() - started < 15_000, 'ends within its bound');
  const stories = storiesOf(r);
  const quake = stories.find((s) => s.story === 'quake-hokkaido')!;
  assert.is(quake.error?.code, 'WD_INPUT_NOT_FILE');
  assert.is(quake.error?.input, 'quake-hokkaido/copies/zz-pipe.html');
  assert.match(quake.error!.message, /^is a FIFO \(named pipe\), not a regular file$/);
  assert.is(stories.find((s) => s.story === 'ecb-holds-rates')!.status, 'ok');
  rmSync(fifo);
});

test('check --allow-outside: a link to a device (/dev/zero) is WD_INPUT_NOT_FILE, not memory without end; a link loop says so', async () => {
  const { corpus } = hostileCorpus();
  symlinkSync('/dev/zero', path.join(corpus, 'quake-hokkaido/copies/zz-zero.html'));
  const loop = path.join(corpus, 'ecb-holds-rates/copies/zz-loop.html');
  symlinkSync(loop, loop);
  const r = await checkJson(corpus, ['--allow-outside']);
  const stories = storiesOf(r);
  assert.is(stories.find((s) => s.story === 'quake-hokkaido')!.error?.code, 'WD_INPUT_NOT_FILE');
  assert.match(stories.find((s) => s.story === 'quake-hokkaido')!.error!.message, /character device/);
  const ecb = stories.find((s) => s.story === 'ecb-holds-rates')!.error!;
  assert.is(ecb.code, 'WD_INPUT_UNREADABLE');
  assert.match(ecb.message, /symbolic link loop/);
  const confined = storiesOf(await checkJson(corpus));
  assert.match(confined.find((s) => s.story === 'ecb-holds-rates')!.error!.message, /symbolic link loop/, 'confined, the loop is found as the link is resolved');
});

test('check: a story with no pages in copies/ says what is missing, not only "no reference.html"', async () => {
  const { corpus } = hostileCorpus();
  const dir = path.join(corpus, 'no-copies');
  mkdirSync(path.join(dir, 'copies'), { recursive: true });
  cpSync(path.join(SAMPLE, 'quake-hokkaido/reference.html'), path.join(dir, 'reference.html'));
  const message = onlyBad(await checkJson(corpus), 'no-copies', 'WD_CORPUS_STORY', 'no-copies');
  assert.match(message, /copies\/ folder that is empty or cannot be read/);
});

test('compare: a device or a FIFO as a page is one line, WD_INPUT_NOT_FILE, exit 2', async () => {
  const ref = path.join(SAMPLE, 'quake-hokkaido/reference.html');
  const r = await runCli(['compare', ref, '/dev/zero'], { timeoutMs: 10_000 });
  assert.is(r.code, 2, r.stderr);
  assert.is(r.stdout, '');
  assert.is(r.stderr, 'wirediff: /dev/zero — is a character device, not a regular file (WD_INPUT_NOT_FILE)\n');
});
test.run();
