import { furnitureKey } from './furniture-key.js';
const WORDS = /[\p{L}\p{N}]+/gu;
/** The word pairs of a folded text's words, or its one word. */
function shingles(words) {
    if (words.length < 2)
        return [...words];
    const pairs = [];
    for (let i = 1; i < words.length; i++)
        pairs.push(`${words[i - 1]} ${words[i]}`);
    return pairs;
}
// Punctuation is dropped: "[12] All 29" and "All 29" share "all 29".
const wordsOf = (key) => key.match(WORDS) ?? [];
// An edited paragraph keeps most of its word pairs ("All 28 ambassadors of the US-led military
// alliance…" keeps all but two); an outlet's prompt shares few with any story it surrounds.
const STORY_SHARE = 0.5;
/**
 * Makes a test of whether a copy's block is the story's own text, edited or not: at least half
 * its word pairs (or its one word) occur in the reference. Such a block is never furniture,
 * however often an outlet repeats it (one copy filed under two stories, a story and its
 * update), since marking it would hide an edit. The bench:check corpus, whose copies repeat
 * one story's paragraphs around many references that differ by a number, motivated it.
 *
 * @returns A predicate over a block's furnitureKey.
 * @example recognizeStoryText(reference)('all 28 ambassadors of the alliance') // => true
 */
export function recognizeStoryText(reference) {
    const story = new Set();
    for (const block of reference.blocks) {
        const words = wordsOf(furnitureKey(block.text));
        for (const s of shingles(words))
            story.add(s);
        for (const w of words)
            story.add(w); // for one-word blocks; pairs hold a space, words do not
    }
    return (key) => {
        const own = shingles(wordsOf(key));
        let shared = 0;
        for (const s of own)
            if (story.has(s))
                shared++;
        return own.length > 0 && shared >= STORY_SHARE * own.length;
    };
}
//# sourceMappingURL=recognize-story-text.js.map