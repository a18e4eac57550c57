/**
 * Finds which words of a fixed set occur in a text, in one pass over its characters whatever
 * the number of words (an Aho–Corasick automaton). A regular expression of every word as
 * alternatives, tried at each position, costs several times more on the same texts.
 */
export class WordAutomaton {
    words;
    /** An ASCII character's class: 0 for one no word holds. */
    classOf = new Uint8Array(128);
    width;
    /** The next state for an ASCII class, failures already followed: one lookup per character. */
    delta;
    /** Other characters' trie edges, by state (rare: most words are ASCII). */
    wide = [];
    fail;
    /** The words that end at a state, its failure states' included. */
    ends = [];
    constructor(words) {
        this.words = [...new Set(words)].filter((w) => w.length > 0);
        let classes = 0;
        for (const w of this.words) {
            for (let i = 0; i < w.length; i++) {
                const c = w.charCodeAt(i);
                if (c < 128 && this.classOf[c] === 0)
                    this.classOf[c] = ++classes;
            }
        }
        this.width = classes + 1;
        // The trie, edges keyed by class for ASCII and by code unit (offset past 127) otherwise.
        const edges = [new Map()];
        const own = [[]];
        this.words.forEach((w, k) => {
            let s = 0;
            for (let i = 0; i < w.length; i++) {
                const c = w.charCodeAt(i);
                const key = c < 128 ? this.classOf[c] : 128 + c;
                let next = edges[s].get(key);
                if (next === undefined) {
                    next = edges.length;
                    edges.push(new Map());
                    own.push([]);
                    edges[s].set(key, next);
                }
                s = next;
            }
            own[s].push(k);
        });
        const states = edges.length;
        this.delta = new Int32Array(states * this.width);
        this.fail = new Int32Array(states);
        // Breadth first, so a state's failure state (shallower) is complete before it.
        const queue = [0];
        for (let head = 0; head < queue.length; head++) {
            const s = queue[head];
            const f = this.fail[s];
            const found = [...own[s], ...(s === 0 ? [] : (this.ends[f] ?? []))];
            this.ends[s] = found.length > 0 ? found : undefined;
            for (let cls = 1; cls < this.width; cls++)
                this.delta[s * this.width + cls] = s === 0 ? 0 : this.delta[f * this.width + cls];
            for (const [key, child] of edges[s]) {
                // The child's failure: the longest proper suffix of its word that is a trie state.
                this.fail[child] = s === 0 ? 0 : this.step(f, key);
                if (key < 128)
                    this.delta[s * this.width + key] = child;
                else
                    (this.wide[s] ??= new Map()).set(key - 128, child);
                queue.push(child);
            }
        }
    }
    // One step from a complete state on an edge key (class, or 128 + code unit).
    step(s, key) {
        if (key < 128)
            return this.delta[s * this.width + key];
        for (;;) {
            const next = this.wide[s]?.get(key - 128);
            if (next !== undefined)
                return next;
            if (s === 0)
                return 0;
            s = this.fail[s];
        }
    }
    /** Adds to `into` every word that occurs in `text`. */
    findIn(text, into) {
        const { classOf, delta, width, ends, words } = this;
        let s = 0;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            s = c < 128 ? delta[s * width + classOf[c]] : this.step(s, 128 + c);
            const found = ends[s];
            if (found !== undefined)
                for (let k = 0; k < found.length; k++)
                    into.add(words[found[k]]);
        }
    }
}
//# sourceMappingURL=word-automaton.js.map