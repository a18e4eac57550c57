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

test.run();
