// A small corpus for learned-furniture tests of the CLI, built in a temp folder: two stories,
// each with an agency reference and two copies. The outlet Daily Feed (dailyfeed.example) adds
// its feed line to both stories, so learning makes it furniture; Other Paper runs it once.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FEED_LINE = 'This story was automatically generated from a syndicated feed.';

export const QUAKE = [
  'TOKYO (AP) — A strong earthquake shook Japan\'s northern island of Hokkaido on Thursday morning, the Japan Meteorological Agency said.',
  'The magnitude 6.1 quake struck at a depth of about 50 kilometers off the island\'s eastern coast, the agency said.',
  'Trains in the area were briefly halted for safety checks, and a nuclear plant operator reported no abnormalities.',
  'Japan is one of the world\'s most earthquake-prone countries and sits on the Pacific "Ring of Fire."',
];
export const RATES = [
  'FRANKFURT (Reuters) - The European Central Bank held interest rates steady on Thursday, keeping its deposit rate at 2.5%.',
  'Policymakers said inflation was close to the 2% target and that the economy was holding up better than many had feared.',
  'Markets had widely expected the pause after eight consecutive cuts since the middle of last year.',
  'The bank gave no signal about its next move, saying decisions would be taken meeting by meeting.',
];

/** A story page of `site`, its outlet named by its canonical link when given, else by og:site_name. */
export const storyPage = (site: string, canonical: string | null, paragraphs: readonly string[]) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Story - ${site}</title>
<meta property="og:site_name" content="${site}">${canonical ? `\n<link rel="canonical" href="${canonical}">` : ''}
</head><body><main><h1>${paragraphs[0]!.slice(0, 40)}</h1><div class="story-body">
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</div></main></body></html>
`;

/**
 * Builds the corpus in a new temp folder and returns its path (`<tmp>/corpus`). `quakeDaily`
 * is Daily Feed's copy of the quake story (by default the story with its feed line last).
 */
export function buildFurnitureCorpus(quakeDaily: readonly string[] = [...QUAKE, FEED_LINE]): string {
  const corpus = path.join(mkdtempSync(path.join(tmpdir(), 'wirediff-furniture-')), 'corpus');
  const story = (name: string, paragraphs: readonly string[], daily: readonly string[], other: readonly string[]) => {
    mkdirSync(path.join(corpus, name, 'copies'), { recursive: true });
    writeFileSync(path.join(corpus, name, 'reference.html'), storyPage('Agency', `https://agency.example/${name}`, paragraphs));
    writeFileSync(path.join(corpus, name, 'copies', 'daily-feed.html'), storyPage('Daily Feed', `https://www.dailyfeed.example/${name}`, daily));
    writeFileSync(path.join(corpus, name, 'copies', 'other-paper.html'), storyPage('Other Paper', null, other));
  };
  story('quake', QUAKE, quakeDaily, [...QUAKE, FEED_LINE]);
  story('rates', RATES, [...RATES, FEED_LINE], RATES);
  return corpus;
}

type Finding = { kind: string; severity: string; copy: { text: string } };
type CheckJson = { stories: { story: string; copies: { source: string; findings: Finding[] }[] }[] };

/** `check --format json` output as lines "<copy>: <kind> <severity> <copy text>". */
export const checkFindings = (stdout: string): string[] =>
  (JSON.parse(stdout) as CheckJson).stories.flatMap((s) => s.copies.flatMap((c) => c.findings.map((f) => `${c.source}: ${f.kind} ${f.severity} ${f.copy.text}`)));
