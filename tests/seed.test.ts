// The case wirediff exists for: between two stored versions of the Fox Business copy of a
// Reuters story (fixtures/stories/nato-north-korea/seed), the caption with "REUTERS IS UNABLE
// TO INDEPENDENTLY VERIFY THIS IMAGE" vanished. wirediff must say so as a high note-missing
// finding whatever the markup the two versions come in.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, SEED } from './helpers.js';
import type { Finding, Report } from '../packages/core/src/types.js';

const FIRST = path.join(SEED, 'foxbusiness-2017-09-06-nato-north-korea.txt');
const LATER = path.join(SEED, 'foxbusiness-later-nato-north-korea.txt');
const tmp = mkdtempSync(path.join(tmpdir(), 'wirediff-seed-'));

const paragraphs = (file: string) => readFileSync(file, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const isCaption = (p: string) => p.includes('KCNA/via REUTERS');

/** Writes the seed version as an HTML page in one of several layouts. */
function asPage(file: string, layout: 'figure' | 'plain-p' | 'alt-only'): string {
  const [title, ...rest] = paragraphs(file);
  const body = rest.map((p) => {
    if (!isCaption(p)) return `<p>${escape(p)}</p>`;
    if (layout === 'figure') return `<figure><img src="kim.jpg" alt=""><figcaption>${escape(p)}</figcaption></figure>`;
    if (layout === 'alt-only') return `<img src="kim.jpg" alt="${escape(p)}">`;
    return `<p>${escape(p)}</p>`;
  });
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escape(title!)}</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav></header>
    <main><h1>${escape(title!)}</h1><div class="content">${body.join('\n')}</div></main>
    <footer><p>Terms of use. Privacy policy.</p></footer></body></html>`;
  const out = path.join(tmp, `${path.basename(file, '.txt')}-${layout}.html`);
  writeFileSync(out, html);
  return out;
}

const vanishedNote = (f: Finding) =>
  f.kind === 'note-missing' && f.severity === 'high' && f.categories.includes('verification') &&
  f.reference.words.includes('UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE');

async function compare(first: string, later: string): Promise<Report> {
  const r = await runCli(['compare', first, later, '--format', 'json']);
  assert.is(r.code, 1, r.stderr);
  return JSON.parse(r.stdout) as Report;
}

test('the stored text versions: the vanished verification note is a high note-missing finding', async () => {
  const findings = (await compare(FIRST, LATER)).copies[0]!.findings;
  assert.ok(findings.some(vanishedNote), findings.map((f) => f.message).join('\n'));
});

test('the stored text versions: the later copy names Reuters nowhere, a high credit finding', async () => {
  const findings = (await compare(FIRST, LATER)).copies[0]!.findings;
  assert.ok(findings.some((f) => f.kind === 'credit-missing' && f.severity === 'high' && f.categories.includes('agency')));
});

test('the stored text versions: the body is unchanged, so no changed, removed or added body finding', async () => {
  const findings = (await compare(FIRST, LATER)).copies[0]!.findings;
  assert.equal(findings.filter((f) => f.kind === 'changed' || f.kind === 'added' || f.kind === 'truncated'), []);
});

for (const layout of ['figure', 'plain-p', 'alt-only'] as const) {
  test(`the two versions as HTML pages (caption as ${layout}): the vanished note is found`, async () => {
    const findings = (await compare(asPage(FIRST, layout), asPage(LATER, layout))).copies[0]!.findings;
    assert.ok(findings.some(vanishedNote), findings.map((f) => f.message).join('\n'));
  });
}

test('the text and the HTML forms of the seed give the same note findings', async () => {
  const ids = (r: Report) => r.copies[0]!.findings.filter((f) => f.kind.startsWith('note-')).map((f) => f.id);
  assert.equal(ids(await compare(asPage(FIRST, 'figure'), asPage(LATER, 'figure'))), ids(await compare(FIRST, LATER)));
});

test.run();
