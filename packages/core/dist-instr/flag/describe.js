/** Shortens a quoted text for a one-line message: at most `max` characters, cut at a word. */
export function excerpt(text, max = 60) {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean.length <= max)
        return clean;
    const cut = clean.slice(0, max);
    const space = cut.lastIndexOf(' ');
    return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
/**
 * An excerpt in quotation marks for a message: double ones, or single curly ones when the words
 * hold a double quotation mark themselves (an edit to a quote's punctuation: ‘," said’).
 */
export function quote(text, max = 60) {
    const words = excerpt(text, max);
    return /["\u201C\u201D\u201E\u00AB\u00BB]/.test(words) ? `\u2018${words}\u2019` : `"${words}"`;
}
/**
 * "block 3", "blocks 3–4", or for blocks apart "blocks 3 and 7" / "blocks 2–3, 5 and 9": counted
 * from 1 for people, runs of neighbours as ranges, so a label never claims a block in between.
 */
export function blockLabel(blocks) {
    if (blocks.length === 0)
        return 'no block';
    const sorted = [...new Set(blocks)].sort((a, b) => a - b).map((b) => b + 1);
    if (sorted.length === 1)
        return `block ${sorted[0]}`;
    const runs = [];
    for (let i = 0; i < sorted.length;) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1)
            j++;
        runs.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
        i = j + 1;
    }
    return `blocks ${runs.length === 1 ? runs[0] : `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}`}`;
}
//# sourceMappingURL=describe.js.map