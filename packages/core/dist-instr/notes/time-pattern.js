const MAX_MATCHES = 1 << 20; // the scan loop stops here whatever the pattern does
/**
 * Inputs of about `size` characters built to make a backtracking pattern work hard: repeated
 * near-matches of its example and long runs of the characters patterns loop over.
 */
function adversarialInputs(example, size) {
    const fill = (unit) => unit.repeat(Math.ceil(size / Math.max(1, unit.length)));
    const words = example.split(/\s+/);
    const cut = words.length > 1 ? words.slice(0, -1).join(' ') : example.slice(0, -1);
    const first = words[0] ?? example;
    const half = example.slice(0, Math.ceil(example.length / 2));
    const runs = [' ', 'A', 'a', '.', '(', '\n', 'Aa ', 'A, ', 'Ab. ', 'ED '];
    return [
        fill(`${cut} `),
        fill(`${cut}\n`),
        fill(example.slice(0, -1) || 'a'),
        fill(`${example.toUpperCase().slice(0, -1)} `),
        ...runs.map((run) => half + fill(run)),
        // white space right after a word is where adjacent `\s*` and lookbehinds go quadratic
        `${first} ${fill(' ')}`,
        `${cut} ${fill(' ')}`,
        `${first}${fill(' \t')}`,
        ...runs.slice(0, 3).map((run) => fill(run)),
    ];
}
/**
 * Milliseconds a pattern takes to find every match in the adversarial inputs of `size`
 * characters built from `example`. The clock goes in as an argument: the core keeps none.
 * Run it only on a pattern that auditPattern passes, or it may not return. With `stopAfterMs`,
 * it stops after the first input that takes the total past it.
 */
export function timePattern(entry, example, size, now, stopAfterMs = Infinity) {
    const flags = [...new Set(`${entry.flags}g`)].join('');
    const started = now();
    for (const input of adversarialInputs(example, size)) {
        const re = new RegExp(entry.pattern, flags);
        for (let n = 0; n < MAX_MATCHES; n += 1) {
            const m = re.exec(input);
            if (!m)
                break;
            if (m[0] === '')
                re.lastIndex += 1;
        }
        if (now() - started > stopAfterMs)
            break;
    }
    return now() - started;
}
//# sourceMappingURL=time-pattern.js.map