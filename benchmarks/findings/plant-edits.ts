// Makes one copy of an agency story: plants substantive ops, each in a place of its own (a
// paragraph, the caption, the byline, the credit line, the advisory), and style-only traps in
// other places, and writes down what wirediff should say about each. Paragraphs an advisory
// names and the paragraph holding the in-text caveat are left alone (an edit there is a stale
// copy, a finding of its own), except that the caveat itself may be dropped.
import type { FindingKind } from '@wirediff/core';
import { pick, type ReferenceStory, type Rng } from './agency-reference.js';
import { editWords, firstWords, surnamesIn, type WordOp } from './edit-words.js';
import { plantTrap } from './plant-traps.js';
import { SEVERITY_FLOORS, NOTE_FLOORS, type Expectation, type OpType, type Piece, type PlantedOp, type PlantedPlace, type PlantedTrap, type Story, type TrapType } from './truth.js';

/** How to make one copy. */
export interface PlanOptions {
  rng: Rng;
  /** Substantive ops to plant (fewer when the story has no room). */
  ops: number;
  traps: number;
  /** Op types in the order to try them; the caller rotates it so every type gets its share. */
  opOrder: readonly OpType[];
  trapOrder: readonly TrapType[];
  /** A paragraph of another story, for paragraph-added (outlets splice in other reporting). */
  donor: string;
  /** The layout stops early: plant ending-trimmed first. */
  trim: boolean;
  /** The copy is HTML, so a paragraph can be written with character references. */
  html: boolean;
  outletName: string;
}

export type PlannedOp = Omit<PlantedOp, 'id'>;

/** An edited story and what was planted in it. */
export interface PlannedCopy {
  story: Story;
  ops: PlannedOp[];
  traps: PlantedTrap[];
}

const WORD_OPS: ReadonlySet<string> = new Set(['number', 'quote', 'hedge', 'attribution', 'negation', 'name', 'date']);

// A byline's first name: pages give the names in other orders and joins ("A, B" in JSON-LD).
const firstName = (byline: string) => byline.replace(/^By /, '').split(' and ')[0]!;
const clean = (s: string) => s.replace(/^\(|\)$/g, '').replace(/[.\s]+$/, '');

/** The note category of an agency's note to editors, as the catalogue files it. */
export function noteCategories(note: string): string[] {
  if (/\bCorrect|corrected\b/.test(note)) return ['correction'];
  if (/^\((?:Adds|Updates)\b/.test(note)) return ['update'];
  if (/CAN NOT INDEPENDENTLY VERIFY/.test(note)) return ['verification', 'third-party'];
  if (/UNABLE TO INDEPENDENTLY VERIFY|cannot be independently verified/i.test(note)) return ['verification'];
  if (/THIRD PARTY|Independent journalists/.test(note)) return ['third-party'];
  if (/DISTRIBUTED AS A SERVICE/.test(note)) return ['restriction', 'third-party'];
  return ['restriction'];
}

const expect = (kind: FindingKind | FindingKind[], categories: string[], before: string, after = ''): Expectation =>
  ({ kinds: typeof kind === 'string' ? [kind] : kind, categories, before, after });

/** The copy being made: the edited story, what is planted, and which places are taken. */
export class Planner {
  readonly story: Story;
  readonly ops: (PlannedOp & { slots: string[] })[] = [];
  readonly traps: (PlantedTrap & { slots: string[] })[] = [];
  readonly used = new Set<string>();
  cut: number;
  private readonly deferred: { order: number; apply: () => void }[] = [];
  private readonly surnames: Set<string>;
  /** Paragraphs a structural op or trap needs kept: an insertion's anchor, a move's target. */
  readonly anchors: number[] = [];

  constructor(readonly ref: ReferenceStory, readonly o: PlanOptions) {
    this.story = structuredClone(ref.story);
    this.cut = this.story.body.length;
    for (const k of ref.advised) this.used.add(`p${k}`);
    if (ref.caveat) this.used.add(`p${ref.caveat.paragraph}`); // only the caveat's own drop may touch it
    this.surnames = surnamesIn(ref.story.body.map((p) => p.text));
  }

  piece(slot: string): Piece | undefined {
    return this.story.body.find((p) => p.slots.includes(slot));
  }

  /** Free paragraphs before the cut, from `from` on, in a random order. */
  free(from = 0): number[] {
    const out: number[] = [];
    for (let k = from; k < this.cut; k++) if (!this.used.has(`p${k}`)) out.push(k);
    for (let k = out.length - 1; k > 0; k--) {
      const j = Math.floor(this.o.rng() * (k + 1));
      [out[k], out[j]] = [out[j]!, out[k]!];
    }
    return out;
  }

  private addOp(op: OpType, e: Expectation, slots: string[], accept: Expectation[] = [], floor = SEVERITY_FLOORS[op]): void {
    slots.forEach((s) => this.used.add(s));
    const words = e.before && e.after ? `"${e.before}" -> "${e.after}"` : `"${e.before || e.after}"`;
    this.ops.push({ op, ...e, floor, place: { reference: [], copy: [] }, accept, description: `${op}: ${words}`, slots });
  }

  addTrap(trap: TrapType, slots: string[], description: string): void {
    slots.forEach((s) => this.used.add(s));
    this.traps.push({ trap, place: { reference: [], copy: [] }, description: `${trap}: ${description}`, slots });
  }

  defer(order: number, apply: () => void): void {
    this.deferred.push({ order, apply });
  }

  plantOp(op: OpType): boolean {
    const { rng } = this.o;
    const s = this.story;
    if (WORD_OPS.has(op)) {
      for (const k of this.free()) {
        const p = this.piece(`p${k}`)!;
        const e = editWords(p.text, op as WordOp, rng, this.surnames);
        if (!e) continue;
        p.text = e.text;
        this.addOp(op, expect('changed', [op], e.before, e.after), [`p${k}`]);
        return true;
      }
      return false;
    }
    switch (op) {
      case 'paragraph-removed': {
        // Not the last paragraph: a copy without its last paragraph stops early (truncated).
        const k = this.free(1).find((i) => i < this.cut - 1);
        if (k === undefined) return false;
        this.anchors.push(k + 1); // a later trim keeps the paragraph after it
        this.addOp(op, expect('removed', [], firstWords(s.body[k]!.text)), [`p${k}`]);
        this.defer(3, () => (s.body = s.body.filter((p) => !p.slots.includes(`p${k}`))));
        return true;
      }
      case 'paragraph-added': {
        const k = this.free(0).find((i) => i < this.cut - 1);
        if (k === undefined) return false;
        this.anchors.push(k + 1);
        // Where the copy's paragraphs are sentences, each sentence of it is added.
        const sentences = this.o.donor.split(/(?<=[.!?]["”]?) (?=["“]?\p{Lu})/u).slice(1).map((x) => expect('added', [], '', firstWords(x, 6)));
        this.addOp(op, expect('added', [], '', firstWords(this.o.donor)), ['added'], sentences);
        this.defer(5, () => s.body.splice(s.body.findIndex((p) => p.slots.includes(`p${k}`)) + 1, 0, { slots: ['added'], text: this.o.donor }));
        return true;
      }
      case 'paragraph-moved': {
        for (const k of this.free(1)) {
          const targets = Array.from({ length: this.cut }, (_, j) => j).filter((j) => j >= 1 && Math.abs(j - k) >= 3);
          if (targets.length === 0) continue;
          const j = pick(rng, targets);
          this.anchors.push(j, k);
          const words = firstWords(s.body[k]!.text);
          this.addOp(op, expect('moved', [], words, words), [`p${k}`]);
          this.defer(4, () => {
            const from = s.body.findIndex((p) => p.slots.includes(`p${k}`));
            const [moved] = s.body.splice(from, 1);
            const to = s.body.findIndex((p) => p.slots.some((slot) => Number(slot.slice(1)) >= j && slot.startsWith('p')));
            s.body.splice(to < 0 ? s.body.length : to, 0, moved!);
          });
          return true;
        }
        return false;
      }
      case 'ending-trimmed': return this.trimEnding();
      case 'note-dropped': return this.dropNote();
      case 'credit-removed': return this.removeCredit();
      case 'credit-changed': return this.changeCredit();
    }
    return false;
  }

  // The copy stops after paragraph k-1: what follows, the credit line (and AP's closing advisory) go.
  private trimEnding(): boolean {
    const s = this.story;
    const n = s.body.length;
    const usedBefore = [...this.used].filter((x) => /^p\d+$/.test(x)).map((x) => Number(x.slice(1)));
    const least = Math.max(3, ...usedBefore.map((k) => k + 1), ...this.anchors.map((k) => k + 1));
    if (this.cut !== n || n - 2 < least || this.used.has('credit-line')) return false;
    const k = least + Math.floor(this.o.rng() * (n - 1 - least));
    const lost = s.body.slice(k);
    const accept = lost.map((p) => expect('removed', [], firstWords(p.text)));
    if (s.creditLine) accept.push(expect('credit-missing', [], clean(s.creditLine)));
    if (s.agency === 'ap' && s.notice && !this.used.has('notice')) {
      accept.push(expect('note-missing', noteCategories(s.notice), clean(s.notice)));
      this.used.add('notice');
      s.notice = null;
    }
    this.cut = k;
    this.addOp('ending-trimmed', expect('truncated', [], firstWords(lost[0]!.text)), [...lost.map((_, j) => `p${k + j}`), 'credit-line'], accept);
    this.defer(2, () => {
      s.body = s.body.filter((p) => p.slots.every((slot) => !slot.startsWith('p') || Number(slot.slice(1)) < k));
      s.creditLine = null;
    });
    return true;
  }

  private dropNote(): boolean {
    const s = this.story;
    const options: (() => void)[] = [];
    if (s.caption && !this.used.has('caption')) {
      for (const note of s.caption.notes) {
        options.push(() => {
          s.caption!.notes = s.caption!.notes.filter((x) => x !== note);
          const categories = noteCategories(note);
          this.addOp('note-dropped', expect('note-missing', categories, clean(note)), ['caption'], [expect('changed', [], clean(note))], NOTE_FLOORS[categories[0]!] ?? 'medium');
        });
      }
    }
    const caveat = this.ref.caveat;
    if (caveat && caveat.paragraph < this.cut && this.ops.every((op) => !op.slots.includes(`p${caveat.paragraph}`))) {
      options.push(() => {
        const p = this.piece(`p${caveat.paragraph}`)!;
        p.text = p.text.replace(` ${caveat.text}`, '');
        this.addOp('note-dropped', expect(['note-missing', 'note-changed'], ['verification'], clean(caveat.text)), [`p${caveat.paragraph}`], [expect('changed', [], clean(caveat.text))]);
      });
    }
    if (s.notice && !this.used.has('notice')) {
      options.push(() => {
        const notice = s.notice!;
        s.notice = null;
        this.addOp('note-dropped', expect('note-missing', noteCategories(notice), clean(notice)), ['notice']);
      });
    }
    if (options.length === 0) return false;
    pick(this.o.rng, options)();
    return true;
  }

  private removeCredit(): boolean {
    const s = this.story;
    const agency = expect('credit-missing', ['agency'], '');
    const options: (() => void)[] = [];
    if (s.byline && !this.used.has('byline')) {
      options.push(() => {
        this.addOp('credit-removed', expect('credit-missing', ['byline'], firstName(s.byline!)), ['byline'], [agency]);
        s.byline = null;
      });
    }
    if (s.creditLine && !this.used.has('credit-line')) {
      options.push(() => {
        // AFP's is a copyright line: its loss takes no reporter's name with it.
        const copyright = s.agency === 'afp';
        this.addOp('credit-removed', expect('credit-missing', copyright ? ['copyright'] : ['credit-line'], clean(s.creditLine!)), ['credit-line'], [agency], copyright ? 'low' : 'medium');
        s.creditLine = null;
      });
    }
    if (s.dateline && !this.used.has('p0')) {
      options.push(() => {
        const tag = s.dateline!.replace(/\s*[-—]$/, '');
        this.addOp('credit-removed', expect('credit-missing', ['dateline'], tag), ['p0'], [agency, expect('changed', [], tag)]);
        s.dateline = null;
      });
    }
    if (s.caption?.credit && !this.used.has('caption')) {
      options.push(() => {
        const credit = s.caption!.credit!;
        this.addOp('credit-removed', expect('credit-missing', ['photo'], clean(credit)), ['caption'], [agency, expect('changed', [], clean(credit)), expect('note-missing', [], clean(credit))]);
        s.caption!.credit = null;
      });
    }
    if (options.length === 0) return false;
    pick(this.o.rng, options)();
    return true;
  }

  // The credited person or the agency is replaced: a byline given to the outlet's staff, a
  // photo credited to another photographer, or a handout credit without the agency.
  private changeCredit(): boolean {
    const s = this.story;
    const options: (() => void)[] = [];
    const record = (categories: string[], before: string, after: string, slot: string, agencyGone = false) =>
      // A credit that loses its agency is as fairly reported missing: the agency's credit is gone.
      this.addOp('credit-changed', expect(agencyGone ? ['credit-changed', 'credit-missing'] : 'credit-changed', categories, clean(before), agencyGone ? '' : clean(after)), [slot],
        [expect('credit-missing', categories, clean(before)), expect('credit-added', categories, '', clean(after)), expect('changed', [], clean(before), clean(after)),
          expect('note-missing', [], clean(before))]); // "Handout via REUTERS" is a third-party note too
    if (s.byline && !this.used.has('byline')) {
      options.push(() => {
        const after = `By ${this.o.outletName} Staff`;
        record(['byline'], firstName(s.byline!), after.replace(/^By /, ''), 'byline');
        s.byline = after;
      });
    }
    const credit = s.caption?.credit;
    if (credit && !this.used.has('caption')) {
      const photographer = /^REUTERS\/([^/]+)/.exec(credit)?.[1] ?? /^\(AP Photo\/(.+)\)$/.exec(credit)?.[1] ?? /^\(Photo by (.+) \/ AFP\)$/.exec(credit)?.[1];
      const other = photographer === 'Lee Jin-man' ? 'Kim Hong-Ji' : 'Lee Jin-man';
      const after = photographer ? credit.replace(photographer, photographer === photographer.toUpperCase() ? other.toUpperCase() : other)
        : credit.replace(/ via REUTERS$| via AP\)$| \/ AFP$|^AFP PHOTO \/ /, (m) => (m.endsWith(')') ? ')' : ''));
      // (a handout credit loses its agency: "KCNA via REUTERS" -> "KCNA", "KCNA VIA KNS / AFP" -> "KCNA VIA KNS")
      if (after !== credit) {
        options.push(() => {
          record(['photo'], credit, after, 'caption', !photographer);
          s.caption!.credit = after;
        });
      }
    }
    if (options.length === 0) return false;
    pick(this.o.rng, options)();
    return true;
  }

  finish(): PlannedCopy {
    this.deferred.sort((a, b) => a.order - b.order).forEach((d) => d.apply());
    const ref = this.ref.story;
    const refText = (slot: string): string[] => {
      if (/^p\d+$/.test(slot)) {
        const k = Number(slot.slice(1));
        return [k === 0 && ref.dateline ? `${ref.dateline} ${ref.body[0]!.text}` : ref.body[k]!.text];
      }
      return textsOfSlot(ref, slot);
    };
    const copy = this.story;
    const copyText = (slot: string): string[] =>
      slot.startsWith('p') || slot === 'added' || slot === 'furniture'
        ? copy.body.filter((p) => p.slots.includes(slot)).map((p) => (p === copy.body[0] && copy.dateline ? `${copy.dateline} ${p.text}` : p.text))
        : textsOfSlot(copy, slot);
    const names = (story: Story) => {
      const list = story.byline?.replace(/^By /, '').split(' and ') ?? [];
      return list.length === 0 ? [] : [list.join(', '), [...list].reverse().join(', '), ...list];
    };
    const place = (slots: string[]): PlantedPlace => ({
      reference: [...new Set(slots.flatMap(refText))], copy: [...new Set(slots.flatMap(copyText))],
      ...(slots.includes('byline') ? { exact: [...new Set([...names(ref), ...names(copy)])] } : {}),
    });
    return {
      story: this.story,
      ops: this.ops.map(({ slots, ...op }) => ({ ...op, place: place(slots) })),
      traps: this.traps.map(({ slots, ...trap }) => ({ ...trap, place: place(slots) })),
    };
  }
}

// The texts of a place outside the body (a byline's names, as reports may give them, are the
// place's `exact` texts, see finish).
function textsOfSlot(story: Story, slot: string): string[] {
  const text = slot === 'caption' ? (story.caption ? [story.caption.text, story.caption.credit ?? '', ...story.caption.notes].join(' ').trim() : '')
    : slot === 'byline' ? story.byline : slot === 'credit-line' ? story.creditLine : slot === 'notice' ? story.notice : null;
  return text ? [text] : [];
}

/**
 * Plants up to `ops` substantive ops (ending-trimmed first when the layout stops early) and up
 * to `traps` traps, trying the types in the order given and skipping those the story has no
 * room or no text for.
 */
export function planCopy(ref: ReferenceStory, options: PlanOptions): PlannedCopy {
  const planner = new Planner(ref, options);
  let planted = 0;
  if (options.trim && planner.plantOp('ending-trimmed')) planted++;
  for (const op of options.opOrder) {
    if (planted >= options.ops) break;
    if (op === 'ending-trimmed' && options.trim) continue;
    if (planner.plantOp(op)) planted++;
  }
  let traps = 0;
  for (const trap of options.trapOrder) {
    if (traps >= options.traps) break;
    if (plantTrap(planner, trap)) traps++;
  }
  return planner.finish();
}
