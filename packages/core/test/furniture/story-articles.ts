// Small hand-written articles for the furniture tests: two different stories, each with an
// agency reference and copies from outlets that insert their own lines.
import type { Article, Block } from '../../src/types.js';

export const article = (texts: readonly string[], meta: Partial<Article> = {}): Article => ({
  title: null, byline: null, publishedTime: null, modifiedTime: null, siteName: null, canonicalUrl: null,
  publisher: null, isBasedOn: null, description: null, ...meta,
  blocks: texts.map((text, index): Block => ({ index, role: 'body', form: 'paragraph', text })),
});

export const GENERATED = 'This story was automatically generated from a syndicated feed.';
export const SIGN_UP = 'Get the latest business news delivered each morning — join here';

export const QUAKE = [
  'TOKYO (AP) — A magnitude 6.1 earthquake struck off the coast of Hokkaido on Tuesday, the Japan Meteorological Agency said.',
  'There were no immediate reports of damage or injuries, and no tsunami warning was issued.',
  'The quake was centred about 50 kilometres below the sea floor, the agency said.',
];
export const RATES = [
  'FRANKFURT (Reuters) - The European Central Bank held interest rates steady on Thursday, keeping its deposit rate at 2.5%.',
  'Policymakers said inflation was close to the 2% target and the economy was holding up better than feared.',
  'Markets had expected the pause after eight cuts in a row.',
];
