// progressLine: drawn in place on a terminal, absent elsewhere; failure lines always printed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { progressLine } from '../packages/cli/src/commands/progress-line.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 40, write: (s: string) => void writes.push(s) } as unknown as NodeJS.WriteStream };
}

test('on a terminal, redraws one line in place and clears it before a failure line', () => {
  const { writes, stream } = fakeStream(true);
  const p = progressLine(stream);
  p.update('[1/3] http://a.example/');
  p.print('wirediff: http://b.example/ — connection refused (WD_FETCH_FAILED)');
  p.update('[3/3] http://c.example/');
  p.clear();
  assert.equal(writes, [
    '\r\x1b[K[1/3] http://a.example/',
    '\r\x1b[K',
    'wirediff: http://b.example/ — connection refused (WD_FETCH_FAILED)\n',
    '\r\x1b[K[3/3] http://c.example/',
    '\r\x1b[K',
  ]);
});

test('cuts a long line to the terminal width', () => {
  const { writes, stream } = fakeStream(true);
  progressLine(stream).update(`[1/1] http://example.com/${'x'.repeat(100)}`);
  assert.is(writes[0]!.length, '\r\x1b[K'.length + 39);
  assert.ok(writes[0]!.endsWith('…'));
});

test('off a terminal, draws nothing but still prints failure lines', () => {
  const { writes, stream } = fakeStream(false);
  const p = progressLine(stream);
  p.update('[1/3] http://a.example/');
  p.print('wirediff: http://b.example/ — connection refused (WD_FETCH_FAILED)');
  p.clear();
  assert.equal(writes, ['wirediff: http://b.example/ — connection refused (WD_FETCH_FAILED)\n']);
});

test.run();
