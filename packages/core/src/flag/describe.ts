/** Shortens a quoted text for a one-line message: at most `max` characters, cut at a word. */
export function excerpt(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "block 3" or "blocks 3–4", counted from 1 for people. */
export function blockLabel(blocks: readonly number[]): string {
  if (blocks.length === 0) return 'no block';
  const first = blocks[0]! + 1;
  const last = blocks[blocks.length - 1]! + 1;
  return first === last ? `block ${first}` : `blocks ${first}–${last}`;
}
