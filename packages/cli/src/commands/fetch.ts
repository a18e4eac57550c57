import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { WirediffError } from '@wirediff/core';
import { EXIT, reportError } from '../exit.js';
import { proxyFromEnv } from '../load-input.js';
import { emit } from './compare.js';
import { progressLine } from './progress-line.js';
import { isVerbose } from '../messages.js';
import { isHttpUrl, readManifests, type Manifest } from './read-manifest.js';

export interface FetchArgs {
  url: string[] | undefined;
  store: string;
  manifest: string[] | undefined;
  concurrency: number;
  perHost: number;
  timeout: number;
  maxBytes: number;
  retries: number;
  userAgent: string | undefined;
  refusePrivate: boolean;
  format: 'text' | 'json';
  output: string | undefined;
}

interface Row {
  url: string;
  result: 'added' | 'unchanged' | 'failed';
  version?: number;
  sha256?: string;
  finalUrl?: string;
  error?: { code: string; message: string };
}

const failureLine = (e: WirediffError) => `wirediff: ${e.input ?? 'error'} — ${e.message} (${e.code})`;

export const fetchCommand: CommandModule<object, FetchArgs> = {
  command: 'fetch [url..]',
  describe: 'Fetch pages into a snapshot store: each change of a URL becomes a new version',
  builder: (yargs: Argv) =>
    yargs
      .positional('url', { type: 'string', array: true, describe: 'http(s) URLs to fetch' })
      .option('store', { type: 'string', demandOption: true, describe: 'the snapshot store folder (made when absent)' })
      .option('manifest', { type: 'string', array: true, describe: 'story manifests: {"story", "reference", "copies"} each; fetched in one run, each story indexed in the store' })
      .option('concurrency', { type: 'number', default: 16, describe: 'fetches at once, over all hosts' })
      .option('per-host', { type: 'number', default: 4, describe: 'fetches at once to one host' })
      .option('timeout', { type: 'number', default: 15_000, describe: 'milliseconds allowed per attempt of a URL' })
      .option('max-bytes', { type: 'number', default: 10 * 1024 * 1024, describe: 'largest page accepted, in bytes, after decompression' })
      .option('retries', { type: 'number', default: 2, describe: 'further attempts after 429 or 5xx (Retry-After honoured)' })
      .option('user-agent', { type: 'string', describe: 'the User-Agent header (default names wirediff)' })
      .option('refuse-private', { type: 'boolean', default: false, describe: 'refuse private, loopback and link-local addresses' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'output format' })
      .option('output', { type: 'string', describe: 'write the list of results to this file instead of stdout' })
      .example('$0 fetch https://example.com/story --store evidence', 'store a snapshot of one page')
      .example('$0 fetch --manifest story.json --store evidence', 'fetch a story\'s reference and copies and index them')
      .example('$0 fetch --store evidence --manifest stories/*.json', 'fetch many stories in one run: a corpus for `wirediff check evidence`')
      .example('$0 compare https://a.example/x https://b.example/y --store evidence', 'then compare offline, from the store') as unknown as Argv<FetchArgs>,
  handler: async (args: ArgumentsCamelCase<FetchArgs>) => {
    if (!args.manifest?.length && !args.url?.length) {
      process.stderr.write("wirediff: usage — name URLs to fetch or a --manifest (see 'wirediff fetch --help')\n");
      process.exitCode = EXIT.error;
      return;
    }
    try {
      const [{ fetchPages }, store] = await Promise.all([import('@wirediff/core/fetch'), import('@wirediff/core/store')]);
      // --manifest takes every value after it (so a shell glob works), URLs written after it too.
      const given = args.manifest ?? [];
      const manifests = await readManifests(given.filter((m) => !isHttpUrl(m)));
      const pagesOf = (m: Manifest) => [...(m.reference ? [m.reference] : []), ...m.copies];
      const urls = [...manifests.flatMap(pagesOf), ...given.filter(isHttpUrl), ...(args.url ?? [])];
      await store.openStore(args.store, { create: true });
      const progress = progressLine();
      const rows = new Map<string, Row>();
      let done = 0;
      const totals = await fetchPages(urls, async (outcome) => {
        done++;
        if (outcome.status === 'failed') {
          rows.set(outcome.url, { url: outcome.url, result: 'failed', error: { code: outcome.error.code, message: outcome.error.message } });
          progress.print(failureLine(outcome.error));
        } else {
          const { snapshot, added } = await store.writeSnapshot(args.store, outcome.page);
          rows.set(outcome.url, { url: outcome.url, result: added ? 'added' : 'unchanged', version: snapshot.version, sha256: snapshot.sha256, finalUrl: snapshot.finalUrl });
          if (isVerbose()) progress.print(`wirediff: fetched ${outcome.url}${snapshot.finalUrl !== outcome.url ? ` (from ${snapshot.finalUrl})` : ''}: HTTP ${snapshot.status}, ${snapshot.size} bytes, ${added ? `new version ${snapshot.version}` : `unchanged since version ${snapshot.version}`}`);
        }
        progress.update(`[${done}/${new Set(urls).size}] ${outcome.url}`);
      }, {
        concurrency: args.concurrency,
        perHost: args.perHost,
        timeoutMs: args.timeout,
        maxBytes: args.maxBytes,
        retries: args.retries,
        refusePrivate: args.refusePrivate,
        proxy: proxyFromEnv(),
        now: () => Date.now(),
        ...(args.userAgent ? { userAgent: args.userAgent } : {}),
      });
      progress.clear();
      for (const manifest of manifests) {
        const previous = await store.readStoryIndex(args.store, manifest.story).catch(() => undefined);
        const versions: Record<string, number> = {};
        for (const url of pagesOf(manifest)) {
          const version = rows.get(url)?.version ?? previous?.versions[url];
          if (version !== undefined) versions[url] = version;
        }
        await store.writeStoryIndex(args.store, { story: manifest.story, reference: manifest.reference, copies: manifest.copies, versions, fetchedAt: new Date().toISOString() });
      }
      const ordered = [...new Set(urls)].map((u) => rows.get(u)!);
      const text = args.format === 'json'
        ? `${JSON.stringify(ordered, null, 2)}\n`
        : ordered.filter((r) => r.result !== 'failed').map((r) => `${r.result.padEnd(9)} v${r.version}  ${r.url}\n`).join('');
      await emit(text, args.output);
      process.exitCode = totals.failed > 0 ? EXIT.error : EXIT.clean;
    } catch (error) {
      reportError(error);
    }
  },
};
