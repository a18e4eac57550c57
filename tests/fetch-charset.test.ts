// Pages in legacy charsets, served over real HTTP on loopback: the bytes are kept as served
// and decoded with the charset from the header, the BOM or the page's <meta>.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fetchPage } from '../packages/core/src/fetch/index.js';
import { decodePage } from '../packages/core/src/extract/decode-page.js';
import { startServer, type TestServer } from './fetch-server.js';

// "日本語のニュース" in Shift_JIS; "“Quoted” – café" in windows-1252 (curly quotes at 0x93/0x94).
const SJIS = Buffer.from('93fa967b8cea82cc836a8385815b8358', 'hex');
const CP1252 = Buffer.from('9351756f74656494209620636166e9', 'hex');
const page = (head: string, text: Buffer) => Buffer.concat([Buffer.from(`<html><head>${head}<title>t</title></head><body><p>`), text, Buffer.from('</p></body></html>')]);

let s: TestServer;
test.before(async () => {
  s = await startServer({
    '/sjis-header': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html; charset=Shift_JIS' }).end(page('', SJIS)),
    '/sjis-meta': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end(page('<meta charset="shift_jis">', SJIS)),
    '/sjis-none': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end(page('', SJIS)),
    '/cp1252-header': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(page('', CP1252)),
    '/cp1252-meta': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', CP1252)),
    '/cp1252-none': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end(page('', CP1252)),
    '/utf8-bom': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), page('', Buffer.from('日本語のニュース'))])),
  });
});
test.after(() => s.close());

async function decoded(path: string) {
  const fetched = await fetchPage(`${s.base}${path}`);
  return decodePage(fetched.bytes, fetched.finalUrl, fetched.contentType);
}

test('Shift_JIS declared in the Content-Type header decodes to Japanese', async () => {
  const d = await decoded('/sjis-header');
  assert.ok(d.text.includes('日本語のニュース'), d.text);
  assert.is(d.encoding, 'Shift_JIS');
});

test('Shift_JIS declared only in <meta> decodes to Japanese', async () => {
  assert.ok((await decoded('/sjis-meta')).text.includes('日本語のニュース'));
});

// Not guessed: with no declaration at all wirediff falls back to windows-1252 as browsers in
// Western locales do, and says so; the stored bytes stay untouched for a better reading later.
test('Shift_JIS with no declaration is marked as a fallback decoding, not silently taken as UTF-8', async () => {
  const d = await decoded('/sjis-none');
  assert.is(d.encodingSource, 'fallback');
  assert.is(d.encoding, 'windows-1252');
  assert.not.ok(d.text.includes('日本語'));
});

test('windows-1252 declared in the header keeps its curly quotes and accents', async () => {
  assert.ok((await decoded('/cp1252-header')).text.includes('“Quoted” – café'));
});

test('windows-1252 declared in <meta http-equiv> keeps its curly quotes', async () => {
  assert.ok((await decoded('/cp1252-meta')).text.includes('“Quoted” – café'));
});

test('windows-1252 with no declaration decodes right by the fallback (not valid UTF-8)', async () => {
  const d = await decoded('/cp1252-none');
  assert.ok(d.text.includes('“Quoted” – café'));
  assert.is(d.encodingSource, 'fallback');
});

test('a UTF-8 byte order mark wins over a missing declaration', async () => {
  assert.ok((await decoded('/utf8-bom')).text.includes('日本語のニュース'));
});

test('the raw bytes are kept exactly as served', async () => {
  const fetched = await fetchPage(`${s.base}/sjis-none`);
  assert.ok(Buffer.from(fetched.bytes).equals(page('', SJIS)));
});

test.run();
