import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { decodePage } from '../../src/extract/decode-page.js';
import { isWirediffError } from '../../src/errors.js';
import iconv from 'iconv-lite';

const latin1 = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

test('decodePage honours a windows-1252 <meta charset> (curly quotes as 0x93/0x94)', () => {
  const bytes = latin1('<html><head><meta charset="windows-1252"></head><body><p>\x93Nein,\x94 sagte er. Caf\xe9</p></body></html>');
  const page = decodePage(bytes, 'p.html');
  assert.is(page.encoding, 'windows-1252');
  assert.ok(page.text.includes('\u201CNein,\u201D sagte er. Caf\u00E9'));
});

test('decodePage takes the HTTP charset over the page default', () => {
  const sjis = new Uint8Array([0x3c, 0x70, 0x3e, 0x93, 0xfa, 0x96, 0x7b, 0x3c, 0x2f, 0x70, 0x3e]); // <p>日本</p> in Shift_JIS
  const page = decodePage(sjis, 'http://127.0.0.1/x', 'text/html; charset=Shift_JIS');
  assert.is(page.encoding, 'Shift_JIS');
  assert.ok(page.text.includes('日本'));
});

test('decodePage reads undeclared valid UTF-8 as UTF-8 and undeclared other bytes as windows-1252', () => {
  assert.is(decodePage(new TextEncoder().encode('<p>Stoltenberg – café</p>'), 'a').text, '<p>Stoltenberg – café</p>');
  const fallback = decodePage(latin1('<p>caf\xe9</p>'), 'b');
  assert.is(fallback.encodingSource, 'fallback');
  assert.is(fallback.text, '<p>café</p>');
});

test('decodePage finds a <meta charset> declared past the first KiB (after long scripts)', () => {
  const html = `<html><head><script>${'var x = 1;\n'.repeat(300)}</script><meta charset="Shift_JIS"><title>日本</title></head><body><p>日本語のニュース</p></body></html>`;
  const page = decodePage(new Uint8Array(iconv.encode(html, 'Shift_JIS')), 'late.html');
  assert.is(page.encoding, 'Shift_JIS');
  assert.ok(page.text.includes('日本語のニュース'));
});

test('decodePage reads UTF-8 bytes as UTF-8 when a <meta> still names the legacy charset (a page saved as UTF-8)', () => {
  const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>人工智能迈上新台阶</title></head><body><p>人工智能迈上新台阶</p></body></html>';
  const saved = decodePage(new TextEncoder().encode(html), 'saved.html');
  assert.is(saved.encoding, 'UTF-8');
  assert.ok(saved.text.includes('人工智能迈上新台阶'));
  const real = decodePage(new Uint8Array(iconv.encode(html, 'gbk')), 'real.html');
  assert.is(real.encoding, 'GBK');
  assert.ok(real.text.includes('人工智能迈上新台阶'));
});

test('decodePage refuses empty and binary input with codes', () => {
  const codeOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return isWirediffError(error) ? error.code : 'other';
    }
    return 'none';
  };
  assert.is(codeOf(() => decodePage(new Uint8Array(), 'e')), 'WD_INPUT_EMPTY');
  assert.is(codeOf(() => decodePage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'i.png')), 'WD_INPUT_BINARY');
  assert.is(codeOf(() => decodePage(new Uint8Array([0x41, 0, 0x42]), 'n')), 'WD_INPUT_BINARY');
});

test('decodePage tells HTML from plain text', () => {
  assert.ok(decodePage(new TextEncoder().encode('<!doctype html><p>x</p>'), 'a').isHtml);
  assert.not.ok(decodePage(new TextEncoder().encode('NATO urges partners\n\nNATO urged all countries.'), 'b').isHtml);
});

test.run();
