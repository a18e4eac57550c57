import { ATTRIBUTION_WORDS, NOT_NAMES } from './edit-lexicon.js';
import { styleRule } from './style-rules.js';
const PRONOUNS = new Set(styleRule('speaker-pronouns', 'words').words);
const POSSESSIVES = new Set(['his', 'her', 'their']);
const SUBJECTS = new Set(['he', 'she', 'they', 'her']); // "her" is also "told her"
// Capitalized at the start of a sentence, these name a body of people, not the pronoun's person.
const BODIES = new Set(['police', 'military', 'army', 'navy', 'government', 'staff', 'security', 'management', 'media', 'parliament',
    'congress', 'senate', 'court', 'ministry', 'opposition', 'family', 'nato', 'everyone', 'nobody', 'someone', 'one']);
const MAX_SPEAKER_WORDS = 7; // "local police chief Mohammad Shahabuddin Khan"
/**
 * Whether a capitalized word opening a sentence may be a common word naming people rather than
 * a name: a plural ("Analysts", "Officials") or a body ("Police", "Government").
 */
export const mayNameABody = (key) => /s$/.test(key) || BODIES.has(key);
const isName = (t) => /^\p{Lu}/u.test(t.text) && !NOT_NAMES.has(t.key) && !PRONOUNS.has(t.key);
/**
 * Whether two runs of words name the same speaker: the same words, or a pronoun and a name
 * ("she" / "Karnawati", "he" / "local police chief Mohammad Khan", "his" / "Professor
 * Hawking's"): the copy named whom the reference's pronoun stands for. A name for a name is
 * another speaker, and so is a capitalized word opening a sentence ("Analysts said").
 *
 * @param isMidSentence Whether a token stands inside its sentence ('"X," Karnawati said').
 * @example isSameSpeaker(words('she'), words('Karnawati'), () => true) // => true
 */
export function isSameSpeaker(a, b, isMidSentence) {
    if (a.length === 0 || b.length === 0)
        return false;
    if (a.length === b.length && a.every((t, i) => t.key === b[i].key))
        return true;
    // Words both keep around the pronoun: "his children" / "Professor Hawking's children".
    let head = 0;
    while (head < a.length - 1 && head < b.length - 1 && a[head].key === b[head].key)
        head++;
    let tail = 0;
    while (tail < a.length - head - 1 && tail < b.length - head - 1 && a[a.length - 1 - tail].key === b[b.length - 1 - tail].key)
        tail++;
    if (head > 0 || tail > 0)
        return isSameSpeaker(a.slice(head, a.length - tail), b.slice(head, b.length - tail), isMidSentence);
    const [pronoun, named] = a.length === 1 && PRONOUNS.has(a[0].key) ? [a[0], b] : b.length === 1 && PRONOUNS.has(b[0].key) ? [b[0], a] : [null, a];
    if (!pronoun || named.length > MAX_SPEAKER_WORDS)
        return false;
    const last = named[named.length - 1];
    if (!isName(last))
        return false;
    // "his" is "Hawking's"; "he" is "Hawking".
    const possessive = last.key.endsWith("'s");
    if (possessive ? !POSSESSIVES.has(pronoun.key) : !SUBJECTS.has(pronoun.key))
        return false;
    // A capital opening a sentence may be any word ("Analysts said", "Police said"): one name
    // must stand mid-sentence, or the name has two words, or one that is no plural or body.
    const names = named.filter(isName);
    const opening = names.length === 1 && !isMidSentence(names[0]);
    if (names.length === 0 || (opening && mayNameABody(names[0].key)))
        return false;
    // Descriptors before the name are lower-case words: "local police chief".
    return named.every((t) => !ATTRIBUTION_WORDS.has(t.key) && (isName(t) || /^\p{Ll}+$/u.test(t.text)));
}
/**
 * Whether a token stands inside its sentence: a quotation mark before it does not open one
 * ('"X," Karnawati said'), a full stop or the start of the text does.
 */
export function midSentence(tokens) {
    return (t) => {
        for (let i = tokens.indexOf(t) - 1; i >= 0; i--) {
            const key = tokens[i].key;
            if (key === '"' || key === "'")
                continue;
            return !(key === '.' || key === '!' || key === '?' || key === ':');
        }
        return false;
    };
}
//# sourceMappingURL=same-speaker.js.map