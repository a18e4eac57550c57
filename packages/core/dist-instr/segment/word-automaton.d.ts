/**
 * Finds which words of a fixed set occur in a text, in one pass over its characters whatever
 * the number of words (an Aho–Corasick automaton). A regular expression of every word as
 * alternatives, tried at each position, costs several times more on the same texts.
 */
export declare class WordAutomaton {
    private readonly words;
    /** An ASCII character's class: 0 for one no word holds. */
    private readonly classOf;
    private readonly width;
    /** The next state for an ASCII class, failures already followed: one lookup per character. */
    private readonly delta;
    /** Other characters' trie edges, by state (rare: most words are ASCII). */
    private readonly wide;
    private readonly fail;
    /** The words that end at a state, its failure states' included. */
    private readonly ends;
    constructor(words: Iterable<string>);
    private step;
    /** Adds to `into` every word that occurs in `text`. */
    findIn(text: string, into: Set<string>): void;
}
//# sourceMappingURL=word-automaton.d.ts.map