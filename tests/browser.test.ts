// The HTML report in a real headless Chromium (Debian's chromium, driven by playwright-core):
// it loads with no console errors and no network requests, shows as many findings as the JSON
// has, its filters work by mouse and keyboard, headings are in order, text has contrast, and the
// seed story's vanished note is the first thing on the page. Screenshots go to artifacts/.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, runCli, SEED, STORY } from './helpers.js';

const CHROMIUM = process.env.WIREDIFF_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'artifacts');
const REPORT = path.join(ARTIFACTS, 'fixture-report.html');
const SEED_REPORT = path.join(ARTIFACTS, 'seed-report.html');
const COPIES = ['carraway-valley-times', 'foxbusiness-2017', 'foxbusiness-later', 'portwell-ledger', 'tidewell-business-journal', 'westmarch-daily-observer']
  .map((c) => path.join(STORY, 'copies', `${c}.html`));

let browser: Browser;
let json: { summary: { total: number; bySeverity: Record<string, number> }; copies: { findings: { kind: string; severity: string }[] }[] };

interface Visit {
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(file: string, viewport = { width: 1280, height: 900 }): Promise<Visit> {
  const page = await browser.newPage({ viewport });
  const visit: Visit = { page, requests: [], errors: [] };
  page.on('request', (r) => visit.requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && visit.errors.push(m.text()));
  page.on('pageerror', (e) => visit.errors.push(e.message));
  await page.goto(pathToFileURL(file).href, { timeout: 15_000 });
  return visit;
}

// Passed to the page as source text: tsx would otherwise wrap the function in helpers the page lacks.
const CONTRAST_SCRIPT = `(() => {
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/\\d+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const bg = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = getComputedStyle(e).backgroundColor;
      if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
    }
    return 'rgb(255, 255, 255)';
  };
  return Array.from(document.querySelectorAll('.sev, del, ins, .badge'), (el) => {
    const a = lum(getComputedStyle(el).color);
    const b = lum(bg(el));
    return { text: (el.textContent || '').slice(0, 20), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), before: getComputedStyle(el, '::before').content };
  });
})()`;

const visibleFindings = (page: Page) => page.locator('[data-finding]:not([hidden])').count();

test.before(async () => {
  assert.ok(existsSync(CHROMIUM), `Chromium not found at ${CHROMIUM}: install Debian's chromium package (.ci/run does)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  const args = ['compare', path.join(STORY, 'reference.html'), ...COPIES, '--fail-on', 'none'];
  assert.is((await runCli([...args, '--format', 'html', '--output', REPORT])).code, 0);
  json = JSON.parse((await runCli([...args, '--format', 'json'])).stdout);
  const seed = await runCli(['compare', path.join(SEED, 'foxbusiness-2017-09-06-nato-north-korea.txt'), path.join(SEED, 'foxbusiness-later-nato-north-korea.txt'), '--format', 'html', '--output', SEED_REPORT]);
  assert.is(seed.code, 1, seed.stderr);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 30_000,
  });
});

test.after(async () => {
  await browser?.close();
});

test('the report loads with no console errors and makes no network request', async () => {
  const { page, requests, errors } = await open(REPORT);
  assert.equal(errors, []);
  assert.equal(requests, [pathToFileURL(REPORT).href], 'only the page itself');
  await page.close();
});

test('the report shows exactly as many findings as the JSON report holds', async () => {
  const { page } = await open(REPORT);
  assert.ok(json.summary.total > 20);
  assert.is(await page.locator('[data-finding]').count(), json.summary.total);
  assert.is(await visibleFindings(page), json.summary.total);
  assert.is(await page.locator('#shown').textContent(), String(json.summary.total));
  await page.close();
});

test('the severity and kind filters narrow the findings shown', async () => {
  const { page } = await open(REPORT);
  await page.getByLabel('info', { exact: true }).uncheck();
  assert.is(await visibleFindings(page), json.summary.total - json.summary.bySeverity.info!);
  await page.selectOption('#kind', 'note-missing');
  const noteMissing = json.copies.flatMap((c) => c.findings).filter((f) => f.kind === 'note-missing' && f.severity !== 'info').length;
  assert.ok(noteMissing > 0);
  assert.is(await visibleFindings(page), noteMissing);
  assert.is(await page.locator('#shown').textContent(), String(noteMissing));
  await page.close();
});

test('the filters work from the keyboard alone', async () => {
  const { page } = await open(REPORT);
  let focused = '';
  for (let i = 0; i < 200 && focused !== 'severity:high'; i++) {
    await page.keyboard.press('Tab');
    focused = (await page.evaluate('document.activeElement && document.activeElement.name ? document.activeElement.name + ":" + document.activeElement.value : ""')) as string;
  }
  assert.is(focused, 'severity:high', 'Tab reaches the first filter');
  await page.keyboard.press('Space');
  assert.is(await visibleFindings(page), json.summary.total - json.summary.bySeverity.high!);
  await page.close();
});

test('headings go in order, one h1, no level skipped', async () => {
  const { page } = await open(REPORT);
  const levels = (await page.evaluate("Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6'), (h) => Number(h.tagName[1]))")) as number[];
  assert.is(levels[0], 1);
  assert.is(levels.filter((l) => l === 1).length, 1);
  levels.forEach((l, i) => i > 0 && assert.ok(l <= levels[i - 1]! + 1, `h${l} after h${levels[i - 1]}`));
  await page.close();
});

test('severity labels and word marks have at least 4.5:1 contrast and carry text, not colour only', async () => {
  const { page } = await open(REPORT);
  const ratios = (await page.evaluate(CONTRAST_SCRIPT)) as { text: string; ratio: number; before: string }[];
  assert.ok(ratios.length > 50);
  for (const r of ratios) assert.ok(r.ratio >= 4.5, `${r.text}: ${r.ratio.toFixed(2)}`);
  assert.ok(ratios.filter((r) => r.before.includes('−') || r.before.includes('+')).length > 0, 'insertions and deletions are bracketed, not only coloured');
  await page.close();
});

test('screenshots at desktop and phone widths are written as artifacts', async () => {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    const { page } = await open(REPORT, viewport);
    const file = path.join(ARTIFACTS, `report-${name}.png`);
    await page.screenshot({ path: file, fullPage: false });
    assert.ok(existsSync(file));
    // The side-by-side view of the copy that lost its caption (copy 3, the later Fox Business page).
    await page.locator('table.side').nth(2).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, `report-side-by-side-${name}.png`) });
    if (name === 'phone') {
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
      assert.ok(overflow <= 1, `no sideways scrolling on a phone (overflow ${overflow}px)`);
    }
    await page.close();
  }
});

test('the check report of the sample corpus loads cleanly and shows every finding of its JSON', async () => {
  const corpus = path.join(ROOT, 'fixtures/corpus');
  const file = path.join(ARTIFACTS, 'check-report.html');
  await runCli(['check', corpus, '--format', 'html', '--output', file, '--jobs', '1']);
  const result = JSON.parse((await runCli(['check', corpus, '--format', 'json', '--jobs', '1'])).stdout);
  const { page, errors, requests } = await open(file);
  assert.equal(errors, []);
  assert.is(requests.length, 1);
  assert.is(await page.locator('[data-finding]').count(), result.summary.findings);
  assert.equal(await page.locator('main > section > h2').allTextContents(), ['ecb-holds-rates', 'quake-hokkaido']);
  // Each copy of each story side by side with its reference, its changed words marked.
  assert.is(await page.locator('table.side').count(), result.summary.copies);
  assert.ok((await page.locator('table.side ins').count()) > 0);
  await page.close();
});

test('printed, the report hides the filters and shows every finding', async () => {
  const { page } = await open(REPORT);
  await page.getByLabel('info', { exact: true }).uncheck();
  await page.emulateMedia({ media: 'print' });
  assert.not.ok(await page.locator('#filters').isVisible(), 'no filter bar on paper');
  assert.is(await page.locator('[data-finding]:visible').count(), json.summary.total, 'filtered-out findings print too');
  await page.pdf({ path: path.join(ARTIFACTS, 'report.pdf'), format: 'A4' });
  assert.ok(existsSync(path.join(ARTIFACTS, 'report.pdf')));
  await page.close();
});

test('the seed story report puts the vanished verification note first', async () => {
  const { page, errors } = await open(SEED_REPORT);
  const first = await page.locator('.top li').first().textContent();
  assert.match(first ?? '', /note-missing.*UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE/);
  await page.screenshot({ path: path.join(ARTIFACTS, 'seed-report-desktop.png') });
  assert.equal(errors, []);
  await page.close();
});

// Passed as source text, as CONTRAST_SCRIPT. An element holding text of its own of at least 12
// characters must be at least 12 characters wide (the "one letter per line" of a squeezed
// column); a heading or table header must not break inside a word ("hi/g/h").
const NARROW_SCRIPT = `(() => {
  const probe = document.createElement('span');
  probe.textContent = 'abcdefghijkl';
  probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap;font:inherit';
  const narrow = [];
  for (const el of document.querySelectorAll('main *')) {
    const own = Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
    if (own.length < 12 || el.getClientRects().length === 0) continue;
    el.appendChild(probe);
    const twelve = probe.getBoundingClientRect().width;
    probe.remove();
    const width = el.getBoundingClientRect().width;
    if (width + 1 < twelve) narrow.push(el.tagName + ' ' + Math.round(width) + 'px < ' + Math.round(twelve) + 'px: ' + own.slice(0, 30));
  }
  const broken = [];
  for (const el of document.querySelectorAll('main h1, main h2, main h3, main h4, main th, main caption, main legend')) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const re = /\\S+/g;
      for (let m = re.exec(node.textContent); m; m = re.exec(node.textContent)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(el.tagName + ': ' + m[0]);
      }
    }
  }
  return { narrow, broken };
})()`;

test('at 390 px no text is squeezed narrower than 12 characters and no header breaks inside a word', async () => {
  for (const file of [REPORT, SEED_REPORT]) {
    const { page } = await open(file, { width: 390, height: 844 });
    // Unfolded too: the rows a reader opens must read as well.
    for (const button of await page.locator('tbody.fold button').all()) await button.click();
    const { narrow, broken } = (await page.evaluate(NARROW_SCRIPT)) as { narrow: string[]; broken: string[] };
    assert.equal(narrow, [], path.basename(file));
    assert.equal(broken, [], path.basename(file));
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
    assert.ok(overflow <= 1, `no sideways scrolling (overflow ${overflow}px)`);
    await page.close();
  }
});

test('per copy the findings go by severity, then in reading order', async () => {
  const { page } = await open(REPORT);
  const rank = { high: 3, medium: 2, low: 1, info: 0 } as Record<string, number>;
  const lists = (await page.evaluate("Array.from(document.querySelectorAll('ol.findings'), (ol) => Array.from(ol.querySelectorAll('[data-finding]'), (li) => li.dataset.severity))")) as string[][];
  assert.is(lists.length, COPIES.length);
  for (const list of lists) list.forEach((sev, i) => i > 0 && assert.ok(rank[sev]! <= rank[list[i - 1]!]!, `${sev} after ${list[i - 1]}`));
  await page.close();
});

test('the page has one severity summary, a row per copy, not one per copy section', async () => {
  const { page } = await open(REPORT);
  assert.is(await page.locator('table.summary').count(), 1);
  assert.is(await page.locator('table.summary tbody tr').count(), COPIES.length);
  assert.is(await page.locator('table.summary tfoot td').last().textContent(), String(json.summary.total));
  await page.close();
});

test('unchanged paragraphs are folded behind a button that opens them, and print unfolded', async () => {
  const { page } = await open(SEED_REPORT);
  const folded = page.locator('tbody.same').first();
  assert.ok((await folded.locator('tr').count()) >= 2);
  assert.not.ok(await folded.isVisible(), 'folded on screen');
  const button = page.locator('tbody.fold button').first();
  assert.match((await button.textContent()) ?? '', /^Show \d+ unchanged paragraphs$/);
  await button.press('Enter');
  assert.ok(await folded.isVisible(), 'opened from the keyboard');
  assert.is(await button.getAttribute('aria-expanded'), 'true');
  await button.click();
  assert.not.ok(await folded.isVisible(), 'folded again');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await folded.isVisible(), 'on paper every paragraph shows');
  assert.not.ok(await button.isVisible(), 'and no button');
  await page.close();
});

test('a caption the copy moved and reworded is one row with its words marked, beside its note-changed finding', async () => {
  const { page } = await open(REPORT);
  const rows = page.locator('table.side tr', { has: page.locator('.badge', { hasText: 'note-changed' }) });
  assert.ok((await rows.count()) > 0, 'a row carries the note-changed badge');
  const row = rows.first();
  assert.is(await row.locator('.only').count(), 0, 'both sides in one row, not two unpaired rows');
  assert.ok((await row.locator('del, ins').count()) > 0, 'the changed words are marked');
  await page.close();
});

test('a check report marks the findings the baseline has not accepted, and filters to them', async () => {
  const corpus = path.join(ROOT, 'fixtures/corpus');
  const file = path.join(ARTIFACTS, 'check-report-new.html');
  // No baseline: every finding at or above --fail-on is new.
  const r = await runCli(['check', corpus, '--format', 'html', '--output', file, '--jobs', '1', '--fail-on', 'low', '--baseline', path.join(ARTIFACTS, 'no-such-baseline.json')]);
  assert.is(r.code, 1, r.stderr);
  const { page } = await open(file);
  const fresh = await page.locator('[data-finding][data-new="true"]').count();
  const all = await page.locator('[data-finding]').count();
  assert.ok(fresh > 0 && fresh < all, `${fresh} of ${all} new (info findings are below --fail-on)`);
  assert.is(await page.locator('[data-new="true"] .new').count(), fresh, 'each new finding says NEW');
  await page.getByLabel(/only new since the baseline/).check();
  assert.is(await visibleFindings(page), fresh);
  await page.close();
});

test('screenshots of the seed story report at 1280 and 390 px', async () => {
  for (const [name, viewport] of [['1280', { width: 1280, height: 900 }], ['390', { width: 390, height: 844 }]] as const) {
    const { page } = await open(SEED_REPORT, viewport);
    const file = path.join(ARTIFACTS, `seed-report-${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    assert.ok(existsSync(file));
    await page.close();
  }
});

test.run();
