// The README's promises, run: its library example works as printed, its first command's
// output shows the vanished note, and its commands name files that exist.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli, STORY } from './helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

test('the README library example runs and prints the vanished note', () => {
  const code = /```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(code, 'the README has a ts example');
  const dir = path.join(ROOT, 'tests/.tmp');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'readme-example.ts');
  writeFileSync(file, code!);
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /^note-missing verification note missing from the copy: "REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE"$/m);
});

test('the README first command shows the vanished note as a high note-missing line', async () => {
  const command = /```sh\n(npx -y pnpm@10 install && npx -y pnpm@10 wirediff compare [^\n]+)\n```/.exec(readme)?.[1];
  assert.ok(command, 'the README has the set-up command');
  const args = command!.split(' wirediff ')[1]!.split(' ');
  const files = args.slice(1, -2).flatMap((a) => (a.endsWith('*.html') ? [] : [a]));
  for (const f of files) assert.ok(existsSync(path.join(ROOT, f)), `${f} exists`);
  const r = await runCli(['compare', path.join(STORY, 'reference.html'), path.join(STORY, 'copies/foxbusiness-later.html'), '--fail-on', 'none']);
  assert.match(r.stdout, /HIGH\s+note-missing\s+verification note missing from the copy: "REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE"/);
});

test.run();
