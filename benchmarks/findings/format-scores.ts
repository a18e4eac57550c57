// The findings benchmark's tables, as lines of text: recall per finding kind, recall and
// precision per layout, false positives by cause, and with --verbose every missed op and
// every false positive.
import type { Scores, ScoredFinding, OpResult } from './score-findings.js';

const ratio = (n: number, d: number) => (d === 0 ? '    -' : (n / d).toFixed(3));
const pad = (s: string | number, n: number) => String(s).padStart(n);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** The row of the per-kind table an op counts in: its kind, and its category when it has one. */
export const kindRow = (r: OpResult) => `${r.op.kinds[0]}${r.op.categories[0] ? `/${r.op.categories[0]}` : ''}`;

/** Recall per finding kind: planted, found, recall, recall at the op's floor. */
export function kindTable(scores: Scores): string[] {
  const lines = [`${'kind'.padEnd(30)} planted   found  recall  at floor (medium; low for dates, restriction notes, copyright; info for moves)`];
  const rows = [...groupBy(scores.ops, kindRow)].sort(([a], [b]) => a.localeCompare(b));
  const row = (name: string, rs: readonly OpResult[]) => {
    const found = rs.filter((r) => r.found).length;
    return `${name.padEnd(30)} ${pad(rs.length, 7)} ${pad(found, 7)}   ${ratio(found, rs.length)}     ${ratio(rs.filter((r) => r.atFloor).length, rs.length)}`;
  };
  for (const [name, rs] of rows) lines.push(row(name, rs));
  lines.push(row('all', scores.ops));
  return lines;
}

/** Recall and precision per layout, to see which layout breaks. */
export function layoutTable(scores: Scores): string[] {
  const lines = [`${'layout'.padEnd(22)} copies planted  recall  at floor  medium+  false+  precision`];
  const opsBy = groupBy(scores.ops, (r) => r.copy.layout);
  const findingsBy = groupBy(scores.mediumPlus, (s) => s.copy.layout);
  for (const layout of [...opsBy.keys()].sort()) {
    const rs = opsBy.get(layout)!;
    const fs = findingsBy.get(layout) ?? [];
    const wrong = fs.filter((s) => s.cause !== null).length;
    const copies = new Set(rs.map((r) => r.copy.source)).size;
    lines.push(`${layout.padEnd(22)} ${pad(copies, 6)} ${pad(rs.length, 7)}   ${ratio(rs.filter((r) => r.found).length, rs.length)}     ${ratio(rs.filter((r) => r.atFloor).length, rs.length)}  ${pad(fs.length, 7)} ${pad(wrong, 7)}      ${ratio(fs.length - wrong, fs.length)}`);
  }
  return lines;
}

const describe = (s: ScoredFinding) => `${s.finding.severity} ${s.finding.kind}: ${s.finding.message}`;

/** False positives by cause, most frequent first, with one example each. */
export function causeTable(scores: Scores): string[] {
  const wrong = scores.mediumPlus.filter((s) => s.cause !== null);
  const lines = [`false positives by cause: ${wrong.length} of ${scores.mediumPlus.length} medium+ findings (furniture excluded)`];
  const rows = [...groupBy(wrong, (s) => s.cause!)].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  for (const [cause, items] of rows) lines.push(`  ${pad(items.length, 5)}  ${cause.padEnd(30)} e.g. ${items[0]!.copy.source}: ${describe(items[0]!).slice(0, 150)}`);
  return lines;
}

/** Every missed op (or found below its floor) and every false positive. */
export function verboseLists(scores: Scores): string[] {
  const lines = ['missed ops, and ops found below their floor:'];
  for (const r of scores.ops.filter((x) => !x.atFloor)) {
    const got = r.found ? `found only at ${r.found.severity}: ${r.found.message}` : 'not found';
    lines.push(`  ${r.op.id} ${r.op.kinds.join('|')}${r.op.categories.length ? `/${r.op.categories.join('|')}` : ''} >= ${r.op.floor} — ${r.op.description} — ${got}`);
  }
  lines.push('false positives:');
  for (const s of scores.mediumPlus.filter((x) => x.cause !== null)) lines.push(`  ${s.cause} ${s.copy.source}: ${describe(s)}`);
  return lines;
}
