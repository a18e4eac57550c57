import type { LearnedFurniture, LearnedFurnitureText } from '../types.js';
import { resolveFurnitureOptions, type FurnitureOptions } from './furniture-options.js';
import type { FurnitureSample } from './sample-furniture.js';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Learns furniture from story samples (see sampleFurniture): per outlet, the short texts its
 * copies carry in at least `minStories` different stories, leaving out any text a reference of
 * the set holds (an agency's own boilerplate is story text, and must still align). Counts and
 * sorted output make the result the same whatever order the samples come in.
 *
 * @example learnFurnitureFromSamples(stories.map((s) => sampleFurniture(s))).outlets['example.com']
 */
export function learnFurnitureFromSamples(samples: readonly FurnitureSample[], options: FurnitureOptions = {}): LearnedFurniture {
  const { minStories, maxWords } = resolveFurnitureOptions(options);
  const inReference = new Set<string>();
  for (const sample of samples) for (const key of sample.reference) inReference.add(key);
  const seen = new Map<string, Map<string, LearnedFurnitureText>>(); // outlet → key → text
  for (const sample of samples) {
    // One story counts once per outlet and text, however many of its copies repeat it.
    const story = new Map<string, Map<string, string>>();
    for (const { outlet, texts } of sample.copies) {
      const keys = story.get(outlet) ?? new Map<string, string>();
      story.set(outlet, keys);
      for (const text of texts) {
        const key = text.toLowerCase();
        const known = keys.get(key);
        if (known === undefined || text < known) keys.set(key, text);
      }
    }
    for (const [outlet, keys] of story) {
      const counts = seen.get(outlet) ?? new Map<string, LearnedFurnitureText>();
      seen.set(outlet, counts);
      for (const [key, text] of keys) {
        const entry = counts.get(key);
        if (!entry) counts.set(key, { text, stories: 1 });
        else {
          entry.stories++;
          if (text < entry.text) entry.text = text; // one spelling shown, whatever the order
        }
      }
    }
  }
  const isShort = (text: string) => text.split(' ').length <= maxWords;
  const outlets: [string, LearnedFurnitureText[]][] = [];
  for (const [outlet, counts] of [...seen].sort(([a], [b]) => compare(a, b))) {
    const texts = [...counts]
      .filter(([key, e]) => e.stories >= minStories && !inReference.has(key) && isShort(e.text))
      .sort(([a], [b]) => compare(a, b))
      .map(([, e]) => e);
    if (texts.length > 0) outlets.push([outlet, texts]);
  }
  return { kind: 'wirediff-furniture', schemaVersion: 1, minStories, maxWords, stories: samples.length, outlets: Object.fromEntries(outlets) };
}
