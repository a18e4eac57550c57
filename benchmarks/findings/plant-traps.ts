// Style-only traps planted in a copy being made (see plant-edits.ts): each in a place no
// substantive op has taken — a paragraph restyled (style-traps.ts), written with character
// references, split or merged with the next, an outlet's furniture line inserted, the photo
// credit reformatted, accents lost from a credit.
import { pick } from './agency-reference.js';
import { firstWords, quoteSpans } from './edit-words.js';
import type { Planner } from './plant-edits.js';
import { plantStyleTrap, reformatCredit, stripAccents, type TextTrap } from './style-traps.js';
import type { TrapType } from './truth.js';

const TEXT_TRAPS: ReadonlySet<string> = new Set(['quote-style', 'dash-style', 'whitespace', 'us-abbreviation', 'per-cent', 'british-spelling', 'contraction', 'accent-stripped']);
const FURNITURE_LINES = ['Advertisement', 'Continue Reading Below', 'Story continues below advertisement', 'Sign up for our Morning Briefing newsletter.'];

/** Plants one trap of the type in a free place of the copy, or says there is none for it (false). */
export function plantTrap(planner: Planner, trap: TrapType): boolean {
  const { rng } = planner.o;
  const s = planner.story;
  if (TEXT_TRAPS.has(trap)) {
    for (const k of planner.free()) {
      const p = planner.piece(`p${k}`)!;
      const out = plantStyleTrap(p.text, trap as TextTrap, rng);
      if (out === null) continue;
      p.text = out;
      planner.addTrap(trap, [`p${k}`], firstWords(out, 10));
      return true;
    }
    if (trap !== 'accent-stripped') return false;
    for (const slot of ['caption', 'byline'] as const) {
      if (planner.used.has(slot)) continue;
      const text = slot === 'caption' ? s.caption?.credit : s.byline;
      const plain = text ? stripAccents(text) : null;
      if (!plain) continue;
      if (slot === 'caption') s.caption!.credit = plain;
      else s.byline = plain;
      planner.addTrap(trap, [slot], plain);
      return true;
    }
    return false;
  }
  switch (trap) {
    case 'html-entities': {
      const k = planner.o.html ? planner.free()[0] : undefined;
      if (k === undefined) return false;
      planner.piece(`p${k}`)!.entities = true;
      planner.addTrap(trap, [`p${k}`], 'punctuation written as character references');
      return true;
    }
    case 'paragraph-split': {
      for (const k of planner.free()) {
        const p = planner.piece(`p${k}`)!;
        const spans = quoteSpans(p.text);
        const cuts = [...p.text.matchAll(/(?<!\b(?:Mr|Mrs|Ms|Dr|St|U\.S|No))[.!?]["”]? (?=\p{Lu})/gu)].map((m) => m.index + m[0].length)
          .filter((at) => at > 40 && p.text.length - at > 40 && !spans.some(([a, b]) => at > a && at < b));
        if (cuts.length === 0) continue;
        const at = pick(rng, cuts);
        planner.addTrap(trap, [`p${k}`], `split before "${firstWords(p.text.slice(at), 6)}"`);
        planner.defer(1, () => {
          const i = s.body.indexOf(p);
          s.body.splice(i, 1, { ...p, text: p.text.slice(0, at).trim() }, { ...p, text: p.text.slice(at).trim() });
        });
        return true;
      }
      return false;
    }
    case 'paragraph-merge': {
      const k = planner.free(1).find((i) => i + 1 < planner.cut && !planner.used.has(`p${i + 1}`));
      if (k === undefined) return false;
      planner.addTrap(trap, [`p${k}`, `p${k + 1}`], `paragraphs ${k + 1} and ${k + 2} as one`);
      planner.defer(0, () => {
        const i = s.body.findIndex((p) => p.slots.includes(`p${k}`));
        const [a, b] = [s.body[i]!, s.body[i + 1]!];
        s.body.splice(i, 2, { slots: [...a.slots, ...b.slots], text: `${a.text} ${b.text}`, ...(a.entities || b.entities ? { entities: true } : {}) });
      });
      return true;
    }
    case 'furniture': {
      const k = planner.free(1).find((i) => i < planner.cut - 1);
      if (k === undefined) return false;
      const line = pick(rng, FURNITURE_LINES);
      planner.anchors.push(k + 1);
      planner.addTrap(trap, ['furniture'], line);
      planner.defer(5, () => s.body.splice(s.body.findIndex((p) => p.slots.includes(`p${k}`)) + 1, 0, { slots: ['furniture'], text: line }));
      return true;
    }
    case 'credit-format': {
      const credit = s.caption?.credit;
      const after = credit && !planner.used.has('caption') ? reformatCredit(credit) : null;
      if (!after) return false;
      s.caption!.credit = after;
      planner.addTrap(trap, ['caption'], `"${credit}" -> "${after}"`);
      return true;
    }
  }
  return false;
}
