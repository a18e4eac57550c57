import type { Token } from '../segment/tokenize-words.js';
import type { ContextToken } from './classify-edit.js';
/**
 * Whether a capitalized word opening a sentence may be a common word naming people rather than
 * a name: a plural ("Analysts", "Officials") or a body ("Police", "Government").
 */
export declare const mayNameABody: (key: string) => boolean;
/**
 * Whether two runs of words name the same speaker: the same words, or a pronoun and a name
 * ("she" / "Karnawati", "he" / "local police chief Mohammad Khan", "his" / "Professor
 * Hawking's"): the copy named whom the reference's pronoun stands for. A name for a name is
 * another speaker, and so is a capitalized word opening a sentence ("Analysts said").
 *
 * @param isMidSentence Whether a token stands inside its sentence ('"X," Karnawati said').
 * @example isSameSpeaker(words('she'), words('Karnawati'), () => true) // => true
 */
export declare function isSameSpeaker(a: readonly Token[], b: readonly Token[], isMidSentence: (t: Token) => boolean): boolean;
/**
 * Whether a token stands inside its sentence: a quotation mark before it does not open one
 * ('"X," Karnawati said'), a full stop or the start of the text does.
 */
export declare function midSentence(tokens: readonly ContextToken[]): (t: Token) => boolean;
//# sourceMappingURL=same-speaker.d.ts.map