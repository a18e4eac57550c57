// Crash consistency: a writer process is killed with SIGKILL at arbitrary moments while it
// stores large snapshots. Wherever the kill lands — mid-body, mid-fsync, between the body and
// its metadata — the store must open, and every snapshot in it must be whole and match its
// SHA-256. Eight kills, each within a bounded wait.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { listStoredUrls, listVersions, openStore, readSnapshotBody } from '../packages/core/src/store/index.js';
import { ROOT } from './helpers.js';

const KILLS = 8;

test('a writer killed at arbitrary moments never leaves a partial snapshot', async () => {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'wirediff-crash-')), 'store');
  await openStore(dir, { create: true });
  const writer = path.join(path.dirname(dir), 'writer.mts');
  // Writes ever-changing 4 MiB bodies for one URL, as fast as it can, until killed.
  writeFileSync(writer, `
    import { writeSnapshot } from ${JSON.stringify(path.join(ROOT, 'packages/core/src/store/index.ts'))};
    const body = Buffer.alloc(4 * 1024 * 1024, 0x61);
    for (let i = 0; i < 10_000; i++) {
      body.writeUInt32BE(i + Math.floor(Math.random() * 1e9), 0);
      await writeSnapshot(process.argv[2], { requestedUrl: 'https://a.example/live', finalUrl: 'https://a.example/live', status: 200, headers: {}, fetchedAt: new Date(i * 1000).toISOString(), bytes: body });
      if (i === 0) process.stdout.write('first\\n');
    }`);
  let leftovers = 0;
  for (let round = 0; round < KILLS; round++) {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    // Wait for the first snapshot, then a little more so the kill lands somewhere in a later write.
    await Promise.race([new Promise((resolve) => child.stdout.once('data', resolve)), new Promise((resolve) => setTimeout(resolve, 20_000))]);
    await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 150));
    child.kill('SIGKILL');
    await exited;
    leftovers += readdirSync(path.join(dir, 'tmp')).length;
    await openStore(dir);
    assert.equal(readdirSync(path.join(dir, 'tmp')), [], 'the dead writer\'s temporary files are gone');
    const urls = await listStoredUrls(dir);
    assert.equal(urls, ['https://a.example/live']);
    const versions = await listVersions(dir, urls[0]!);
    assert.equal(versions.map((v) => v.version), versions.map((_, i) => i + 1), 'versions numbered without a gap');
    for (const v of versions) assert.is((await readSnapshotBody(dir, v)).byteLength, v.size);
  }
  // How often a kill caught a file half-written in tmp/ (not asserted: it depends on timing).
  console.log(`  (${leftovers} half-written temporary file(s) found after ${KILLS} kills)`);
});

test.run();
