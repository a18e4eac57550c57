/**
 * Why a pattern could take more than linear time, read from its source alone: backreferences
 * and repetition nested inside repetition ("(a+)+", "(?:\w+\s?)*"), the shapes that make a
 * backtracking engine try exponentially many ways to split its input. Built-in tables are held
 * to this in tests; patterns a user configures are refused when it finds anything.
 */
export function auditPattern(source) {
    const problems = [];
    const stack = [{ quantified: false, unbounded: false }];
    let closed = null; // the group just closed, if the last atom was a group
    let i = 0;
    while (i < source.length) {
        const ch = source[i];
        if (ch === '\\') {
            const next = source[i + 1] ?? '';
            if (/[1-9]/.test(next) || next === 'k')
                problems.push(`backreference at ${i}`);
            i = source[i + 2] === '{' && 'pPu'.includes(next) ? source.indexOf('}', i) + 1 : i + 2;
            closed = null;
        }
        else if (ch === '[') {
            let j = i + 1;
            while (j < source.length && source[j] !== ']')
                j += source[j] === '\\' ? 2 : 1;
            i = j + 1;
            closed = null;
        }
        else if (ch === '(') {
            stack.push({ quantified: false, unbounded: false });
            const m = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(source.slice(i));
            i += m[0].length;
            closed = null;
        }
        else if (ch === ')') {
            const inner = stack.length > 1 ? stack.pop() : { quantified: false, unbounded: false };
            const parent = stack[stack.length - 1];
            parent.quantified ||= inner.quantified;
            parent.unbounded ||= inner.unbounded;
            closed = inner;
            i += 1;
        }
        else if ('*+?{'.includes(ch)) {
            const m = /^(?:\*|\+|\?|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(i));
            if (!m) {
                // A lone "{" is a literal under the non-unicode grammar; anything else is unreadable.
                if (ch !== '{')
                    problems.push(`unreadable quantifier at ${i}`);
                closed = null;
                i += 1;
                continue;
            }
            const max = ch === '*' || ch === '+' ? Infinity : ch === '?' ? 1 : m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
            if (closed && max === Infinity && closed.quantified)
                problems.push(`unbounded repetition of a repeating group at ${i}`);
            if (closed && max > 1 && closed.unbounded)
                problems.push(`repetition of a group with an unbounded repeat at ${i}`);
            const parent = stack[stack.length - 1];
            parent.quantified = true;
            parent.unbounded ||= max === Infinity;
            closed = null;
            i += m[0].length;
        }
        else {
            closed = null;
            i += 1;
        }
    }
    return problems;
}
//# sourceMappingURL=audit-pattern.js.map