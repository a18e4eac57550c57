// The generated half of the findings benchmark: for each base text an agency reference page and
// 3-5 copies, each in an outlet layout (taken in turn, so every layout gets its share), with
// ops and traps planted and written down. Deterministic for a seed: every random choice comes
// from a mulberry32 generator seeded from the seed and the story's number.
import { random } from '../synthetic.js';
import { buildReference, renderReference } from './agency-reference.js';
import type { BaseText } from './base-texts.js';
import { OUTLETS } from './newsroom-data.js';
import { LAYOUTS, type Layout } from './outlet-layouts.js';
import { planCopy } from './plant-edits.js';
import type { CopyTruth, OpType, TrapType } from './truth.js';

/** One page as the CLI would read it: its name and its bytes as text. */
export interface BenchPage {
  source: string;
  page: string;
}

/** One generated story: the reference, its copies, and what was planted in each copy. */
export interface BenchStory {
  id: string;
  reference: BenchPage;
  copies: BenchPage[];
  truth: CopyTruth[];
}

/** Options of buildSet. */
export interface BuildOptions {
  /** @default 1 */
  seed?: number;
  /** Only these layouts (ids); @default every layout */
  layouts?: readonly string[];
  /** Only the first n base texts; @default all */
  limit?: number;
}

// Word edits first in the rotation, so each copy carries a mix of edits, paragraphs and notes.
const OP_ORDER: readonly OpType[] = [
  'number', 'note-dropped', 'quote', 'paragraph-removed', 'hedge', 'credit-removed', 'attribution', 'paragraph-moved',
  'negation', 'credit-changed', 'name', 'paragraph-added', 'date', 'ending-trimmed',
];
const TRAP_ORDER: readonly TrapType[] = [
  'quote-style', 'paragraph-merge', 'per-cent', 'dash-style', 'paragraph-split', 'us-abbreviation', 'html-entities', 'contraction',
  'furniture', 'british-spelling', 'whitespace', 'accent-stripped', 'credit-format',
];
const COPIES_MIN = 3;
const COPIES_SPAN = 3; // 3-5 copies a story

const rotate = <T>(list: readonly T[], by: number): T[] => list.map((_, k) => list[(k + by) % list.length]!);

/**
 * Builds the generated set from the base texts.
 * @throws Error naming an unknown layout in `layouts`.
 */
export function buildSet(bases: readonly BaseText[], options: BuildOptions = {}): BenchStory[] {
  const seed = options.seed ?? 1;
  const unknown = (options.layouts ?? []).filter((id) => !LAYOUTS.some((l) => l.id === id));
  if (unknown.length > 0) throw new Error(`unknown layout ${unknown.join(', ')} (layouts: ${LAYOUTS.map((l) => l.id).join(', ')})`);
  const layouts: readonly Layout[] = options.layouts ? LAYOUTS.filter((l) => options.layouts!.includes(l.id)) : LAYOUTS;
  const used = bases.slice(0, options.limit ?? bases.length);
  let copyCount = 0;
  let opCursor = 0;
  let trapCursor = 0;
  return used.map((base, i) => {
    const rng = random((seed * 7919 + i * 104729) >>> 0);
    const ref = buildReference(base, i, rng);
    const story = ref.story;
    const reference = { source: `${story.id}/reference.html`, page: renderReference(story) };
    const copies: BenchPage[] = [];
    const truth: CopyTruth[] = [];
    const n = COPIES_MIN + Math.floor(rng() * COPIES_SPAN);
    const paragraphs = story.body.length;
    for (let c = 0; c < n; c++) {
      const layout = layouts[copyCount++ % layouts.length]!;
      const outlet = OUTLETS[(i + c) % OUTLETS.length]!;
      const donorText = used[(i + 1) % used.length]!.paragraphs;
      const plan = planCopy(ref, {
        rng, ops: 3 + (paragraphs >= 9 ? 1 : 0) + (paragraphs >= 12 ? 1 : 0), traps: 2 + (paragraphs >= 10 ? 1 : 0),
        opOrder: rotate(OP_ORDER, opCursor), trapOrder: rotate(TRAP_ORDER, trapCursor),
        donor: donorText[Math.min(2, donorText.length - 1)]!, trim: layout.trim ?? false, html: layout.ext === 'html', outletName: outlet.name,
      });
      opCursor += plan.ops.length;
      trapCursor += plan.traps.length;
      const { page, inserted, reshaped = [] } = layout.render(plan.story, outlet, rng);
      const source = `${story.id}/copies/${c + 1}-${layout.id}.${layout.ext}`;
      copies.push({ source, page });
      truth.push({
        source, layout: layout.id, whole: layout.whole, inserted, reshaped,
        ops: plan.ops.map((op, k) => ({ ...op, id: `${source}#${k + 1}` })), traps: plan.traps,
      });
    }
    return { id: story.id, reference, copies, truth };
  });
}
