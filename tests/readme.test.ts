// The README's promises, run: its library example works as printed, its first command's
// output shows the vanished note, its JSON command writes JSON, and its commands name files that
// exist.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

test('the README JSON command, run as printed in a shell, writes a report that parses', () => {
  const line = /^(npx -y pnpm@10 -s wirediff compare [^\n]* --format json [^\n]*> report\.json)$/m.exec(readme)?.[1];
  assert.ok(line, 'the README has a JSON command writing report.json');
  const out = path.join(ROOT, 'report.json');
  const before = existsSync(out) ? readFileSync(out) : null; // one a reader made stays theirs
  try {
    // A reader's shell: without the npm_* settings of the `pnpm test` running this suite. npx
    // fetches pnpm only when its cache lacks it (the install ran it already).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_|PNPM_)/i.test(k)));
    const run = spawnSync('bash', ['-c', line!], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
    assert.is(run.status, 0, run.stderr);
    const text = readFileSync(out, 'utf8');
    assert.ok(text.startsWith('{'), `report.json starts with JSON, not a banner: ${text.slice(0, 80)}`);
    const report = JSON.parse(text) as { schemaVersion: number; copies: { source: string; findings: { kind: string }[] }[] };
    assert.is(report.schemaVersion, 2);
    assert.equal(report.copies.map((c) => c.source), ['fixtures/stories/nato-north-korea/copies/foxbusiness-later.html']);
    assert.ok(report.copies[0]!.findings.some((f) => f.kind === 'note-missing'));
  } finally {
    if (before) writeFileSync(out, before);
    else rmSync(out, { force: true });
  }
});

test('every wirediff command the README prints runs through pnpm silently, so its output can be piped', () => {
  const loud = readme.split('\n').filter((l) => /(^|run: |&& )(npx -y pnpm@10 |pnpm )wirediff /.test(l) && !l.startsWith('npx -y pnpm@10 install && '));
  assert.equal(loud, [], 'lines running wirediff through pnpm without -s');
});

test.run();
