// Farther than this many edits, a known option is not what the user meant (yargs uses 3 for
// commands; options are longer, so "--fromat" and "--fial-on" are two or three edits away).
const MAX_EDITS = 3;

/** Edits (insert, delete, substitute, swap of neighbours) between two short strings. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The known option closest to a mistyped one, written as the user would type it (`--format`), or
 * null when none is near. Camel-case spellings yargs adds (`failOn`) are not suggested.
 * @example suggestOption('fromat', ['format', 'output']) // '--format'
 */
export function suggestOption(unknown: string, known: readonly string[]): string | null {
  const typed = unknown.replace(/^-+/, '');
  let best: string | null = null;
  let bestEdits = Infinity;
  for (const name of known) {
    if (name.length < 2 || /[A-Z]/.test(name)) continue;
    const edits = editDistance(typed, name);
    if (edits <= Math.min(MAX_EDITS, Math.floor(name.length / 2)) && edits < bestEdits) [best, bestEdits] = [name, edits];
  }
  return best === null ? null : `--${best}`;
}

/**
 * yargs' "Unknown argument(s): a, b" with a suggestion for each mistyped option that has one:
 * `Unknown argument: fromat; did you mean --format?`. Other messages come back as they were.
 */
export function withSuggestions(message: string, known: readonly string[]): string {
  const m = /^Unknown arguments?: (.+)$/.exec(message);
  if (!m) return message;
  // yargs lists a mistyped --fial-on twice, as fial-on and fialOn: once is enough.
  const listed = m[1]!.split(', ');
  const kebab = (a: string) => a.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const args = listed.filter((a) => !/[A-Z]/.test(a) || !listed.includes(kebab(a)));
  message = `Unknown argument${args.length === 1 ? '' : 's'}: ${args.join(', ')}`;
  const hints = args.flatMap((arg) => {
    const s = suggestOption(arg, known);
    return s ? [{ arg, s }] : [];
  });
  if (hints.length === 0) return message;
  if (args.length === 1) return `${message}; did you mean ${hints[0]!.s}?`;
  return `${message}; did you mean ${hints.map((h) => `${h.s} (for ${h.arg})`).join(', ')}?`;
}
