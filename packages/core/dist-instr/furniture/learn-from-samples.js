import { createHash } from 'node:crypto';
import { resolveFurnitureOptions } from './furniture-options.js';
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
// A reference's short block is kept as 48 bits of its hash, not its text: a corpus holds
// millions of them, and all learning asks is whether a candidate is among them. A collision
// (about one in 10^7 for a million stories' blocks) only keeps a line from being learned.
const referenceHash = (key) => createHash('sha256').update(key).digest().readUIntBE(0, 6);
/**
 * Learns furniture from story samples (see sampleFurniture) one at a time, holding counts, not
 * samples: per outlet, each candidate text with the number of stories it is in, and the hashes
 * of the references' short blocks. Memory grows with the distinct texts, not with the stories,
 * so a shard of a million stories is learned from on one thread. Counting and sorted output
 * make the table the same whatever order the samples come in.
 */
export class FurnitureLearner {
    options;
    inReference = new Set();
    seen = new Map(); // outlet → key → text
    stories = 0;
    constructor(options = {}) {
        this.options = options;
    }
    add(sample) {
        this.stories++;
        for (const key of sample.reference)
            this.inReference.add(referenceHash(key));
        // One story counts once per outlet and text, however many of its copies repeat it.
        const story = new Map();
        for (const { outlet, texts } of sample.copies) {
            const keys = story.get(outlet) ?? new Map();
            story.set(outlet, keys);
            for (const text of texts) {
                const key = text.toLowerCase();
                const known = keys.get(key);
                if (known === undefined || text < known)
                    keys.set(key, text);
            }
        }
        for (const [outlet, keys] of story) {
            const counts = this.seen.get(outlet) ?? new Map();
            this.seen.set(outlet, counts);
            for (const [key, text] of keys) {
                const entry = counts.get(key);
                if (!entry)
                    counts.set(key, { text, stories: 1 });
                else {
                    entry.stories++;
                    if (text < entry.text)
                        entry.text = text; // one spelling shown, whatever the order
                }
            }
        }
    }
    /**
     * The table: per outlet, the short texts its copies carry in at least `minStories` different
     * stories, leaving out any text a reference of the set holds (an agency's own boilerplate is
     * story text, and must still align).
     */
    table() {
        const { minStories, maxWords } = resolveFurnitureOptions(this.options);
        const isShort = (text) => text.split(' ').length <= maxWords;
        const outlets = [];
        for (const [outlet, counts] of [...this.seen].sort(([a], [b]) => compare(a, b))) {
            const texts = [...counts]
                .filter(([key, e]) => e.stories >= minStories && isShort(e.text) && !this.inReference.has(referenceHash(key)))
                .sort(([a], [b]) => compare(a, b))
                .map(([, e]) => ({ ...e }));
            if (texts.length > 0)
                outlets.push([outlet, texts]);
        }
        return { kind: 'wirediff-furniture', schemaVersion: 1, minStories, maxWords, stories: this.stories, outlets: Object.fromEntries(outlets) };
    }
}
/**
 * Learns furniture from story samples (see FurnitureLearner, which takes them one at a time).
 *
 * @example learnFurnitureFromSamples(stories.map((s) => sampleFurniture(s))).outlets['example.com']
 */
export function learnFurnitureFromSamples(samples, options = {}) {
    const learner = new FurnitureLearner(options);
    for (const sample of samples)
        learner.add(sample);
    return learner.table();
}
//# sourceMappingURL=learn-from-samples.js.map