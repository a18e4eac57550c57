// A snapshot store as the corpus: `wirediff fetch --manifest` keeps each story's pages and its
// index, and `wirediff check <store>` checks every indexed story offline, each page at the
// version its index pins, so a CI job checks the same bytes until the story is fetched again.
// The pages come from a real HTTP server on 127.0.0.1, serving the sample corpus.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { startServer, type TestServer } from './fetch-server.js';
import { ROOT, runCli } from './helpers.js';

const SAMPLE = path.join(ROOT, 'fixtures/corpus');
const dir = mkdtempSync(path.join(tmpdir(), 'wirediff-check-store-'));
const store = path.join(dir, 'evidence');
// What the server answers, by path: the sample corpus's pages, editable by a test.
const pages = new Map<string, string>();
const STORIES: Record<string, string[]> = {
  'ecb-holds-rates': ['market-daily', 'rhine-ledger'],
  'quake-hokkaido': ['north-coast-news', 'pacific-wire'],
};
for (const [story, copies] of Object.entries(STORIES)) {
  pages.set(`/${story}/reference`, readFileSync(path.join(SAMPLE, story, 'reference.html'), 'utf8'));
  for (const c of copies) pages.set(`/${story}/${c}`, readFileSync(path.join(SAMPLE, story, 'copies', `${c}.html`), 'utf8'));
}
let server: TestServer;
const url = (p: string) => `${server.base}${p}`;

function manifestOf(story: string): string {
  const manifest = path.join(dir, `${story}.json`);
  writeFileSync(manifest, JSON.stringify({ story, reference: url(`/${story}/reference`), copies: STORIES[story]!.map((c) => url(`/${story}/${c}`)) }));
  return manifest;
}

async function fetchStory(story: string): Promise<void> {
  const r = await runCli(['fetch', '--manifest', manifestOf(story), '--store', store]);
  assert.is(r.code, 0, r.stderr);
}

const edit = (p: string, from: string, to: string) => {
  assert.ok(pages.get(p)!.includes(from), `${p} holds ${from}`);
  pages.set(p, pages.get(p)!.replace(from, to));
};

// Closed whatever a test does, so a failure never leaves the process waiting on the server.
test.after(async () => {
  await server?.close();
});

test('setup: the sample corpus served on loopback and fetched, a story per manifest', async () => {
  server = await startServer(Object.fromEntries([...pages.keys()].map((p) => [p, (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(p));
  }])));
  // Every story in one run, as a shell glob gives the manifests.
  const r = await runCli(['fetch', '--store', store, '--manifest', ...Object.keys(STORIES).map(manifestOf)]);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.stdout.split('\n').filter((l) => l.startsWith('added ')).length, pages.size, 'each page once');
  assert.equal(readdirSync(path.join(store, 'stories')).sort(), ['ecb-holds-rates.json', 'quake-hokkaido.json']);
  // Two manifests of one story would fight over its index: refused before anything is fetched.
  const twice = await runCli(['fetch', '--store', path.join(dir, 'twice'), '--manifest', manifestOf('ecb-holds-rates'), manifestOf('ecb-holds-rates')]);
  assert.is(twice.code, 2);
  assert.is(twice.stderr, `wirediff: ${manifestOf('ecb-holds-rates')} — names the story "ecb-holds-rates", as ${manifestOf('ecb-holds-rates')} does: one index per story (WD_BAD_OPTION)\n`);
});

test('a store checks as its indexed stories, with the findings of the same pages in folders', async () => {
  const stored = JSON.parse((await runCli(['check', store, '--format', 'json', '--no-learn-furniture', '--fail-on', 'low'])).stdout);
  const folders = JSON.parse((await runCli(['check', SAMPLE, '--format', 'json', '--no-learn-furniture', '--fail-on', 'low', '--baseline', path.join(dir, 'none.json')])).stdout);
  assert.equal(stored.stories.map((s: { story: string }) => s.story), ['ecb-holds-rates', 'quake-hokkaido']);
  // Copies are named by their URLs; the findings are the folder corpus's, copy for copy.
  const ids = (result: { stories: { copies: { source: string; findings: { id: string }[] }[] }[] }) =>
    result.stories.flatMap((s) => s.copies.map((c) => [c.source.replace(/^.*\/([^/]+?)(?:\.html)?$/, '$1'), c.findings.map((f) => f.id)]));
  assert.equal(ids(stored), ids(folders));
  assert.ok(stored.stories[0].copies[0].source.startsWith(`${server.base}/ecb-holds-rates/`));
  assert.ok(ids(stored).some(([, found]) => found!.length > 0), 'the sample has findings to compare');
});

test('accept a baseline, and the check fails only once the story is fetched again with an edit, even offline', async () => {
  assert.is((await runCli(['check', store, '--update-baseline'])).code, 0);
  const baseline = JSON.parse(readFileSync(path.join(store, 'wirediff-baseline.json'), 'utf8'));
  assert.ok(Object.keys(baseline.accepted['quake-hokkaido']).every((copy) => copy.startsWith(server.base)), 'copies keyed by URL');

  // The page changes and is fetched on its own: a new version in the store, but the story's
  // index still pins the version it was fetched with, so the check is unchanged.
  edit('/quake-hokkaido/north-coast-news', 'magnitude 6.1 quake', 'magnitude 5.1 quake');
  const refetched = await runCli(['fetch', url('/quake-hokkaido/north-coast-news'), '--store', store]);
  assert.match(refetched.stdout, /^added +v2 +http/);
  assert.is((await runCli(['check', store])).code, 0, 'the index pins version 1');

  // The story fetched again: its index now pins version 2. Offline (server closed), the check
  // reads the store alone and fails on exactly that edit.
  await fetchStory('quake-hokkaido');
  await server.close();
  const r = await runCli(['check', store, '--junit', path.join(dir, 'junit.xml')]);
  assert.is(r.code, 1, r.stdout + r.stderr);
  const news = r.stdout.split('\n').filter((l) => l.startsWith('  NEW '));
  assert.equal(news.length, 1, r.stdout);
  assert.match(news[0]!, /^ {2}NEW {4}quake-hokkaido \/ http:\/\/127\.0\.0\.1:\d+\/quake-hokkaido\/north-coast-news: high changed .*"6\.1" became "5\.1"/);
  assert.match(readFileSync(path.join(dir, 'junit.xml'), 'utf8'), /<testcase classname="quake-hokkaido" name="http:\/\/127\.0\.0\.1:\d+\/quake-hokkaido\/north-coast-news"><failure /);
});

test('a folder corpus whose story.json names URLs reads them from --store, never the network', async () => {
  const corpus = path.join(dir, 'by-url');
  mkdirSync(path.join(corpus, 'quake'), { recursive: true });
  const index = JSON.parse(readFileSync(path.join(store, 'stories', 'quake-hokkaido.json'), 'utf8'));
  writeFileSync(path.join(corpus, 'quake', 'story.json'), JSON.stringify({ reference: index.reference, copies: index.copies }));
  const r = await runCli(['check', corpus, '--store', store, '--format', 'json', '--fail-on', 'none']);
  assert.is(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).summary.errors, 0, 'every page read from the store, the server being closed');
  const missing = await runCli(['check', corpus, '--store', path.join(dir, 'no-store')]);
  assert.is(missing.code, 2);
  assert.is(missing.stderr, `wirediff: ${path.join(dir, 'no-store')} — no wirediff store here (fetch into it first) (WD_STORE_MISSING)\n`);
});

test('a story whose pinned version is gone is an error for that story only; a store indexing none is refused', async () => {
  const indexFile = path.join(store, 'stories', 'ecb-holds-rates.json');
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  index.versions[index.copies[0]] = 9;
  writeFileSync(indexFile, JSON.stringify(index));
  const r = await runCli(['check', store, '--format', 'json', '--fail-on', 'none']);
  assert.is(r.code, 2);
  const result = JSON.parse(r.stdout);
  assert.equal(result.stories.map((s: { story: string; status: string }) => [s.story, s.status]), [['ecb-holds-rates', 'error'], ['quake-hokkaido', 'ok']]);
  assert.equal(result.stories[0].error, { code: 'WD_STORE_MISSING', input: index.copies[0], message: `version 9 is not in the store ${store}` });

  // An index broken by hand is that story's error, named by its file.
  writeFileSync(path.join(store, 'stories', 'zz-broken.json'), '{"story": "zz-broken", ');
  const broken = JSON.parse((await runCli(['check', store, '--format', 'json', '--fail-on', 'none'])).stdout);
  assert.equal(broken.stories.at(-1), { story: 'zz-broken', status: 'error', error: { code: 'WD_STORE_CORRUPT', input: 'stories/zz-broken.json', message: 'the index of story "zz-broken" is not JSON' } });
  assert.is(broken.stories.filter((s: { status: string }) => s.status === 'ok').length, 1, 'quake-hokkaido still checked');

  const bare = path.join(dir, 'bare');
  const fetched = await runCli(['fetch', index.reference, '--store', bare]);
  assert.is(fetched.code, 2, 'the server is closed: the fetch fails, but the store is made');
  const none = await runCli(['check', bare]);
  assert.is(none.code, 2);
  assert.is(none.stderr, `wirediff: ${bare} — is a store that indexes no stories: fetch them with \`wirediff fetch --manifest\`, which indexes each story (WD_NOT_A_CORPUS)\n`);
});

test.run();
