// What the findings benchmark plants and what it expects wirediff to say about it: the story
// model every page is rendered from, the planted ops with their expected findings, the
// style-only traps, and the severity floor of each op.
import type { FindingKind, Severity } from '@wirediff/core';
import type { Agency } from './newsroom-data.js';

/** A body paragraph; `slots` names the reference paragraphs it holds ("p3"; "p3", "p4" once merged). */
export interface Piece {
  slots: string[];
  text: string;
  /** Rendered with every punctuation mark as a numeric character reference (the entities trap). */
  entities?: boolean;
}

/** A picture caption: what it shows, who took it, and the agency's notes to editors. */
export interface Caption {
  text: string;
  credit: string | null;
  notes: string[];
}

/** One story as a page shows it; the reference and every copy are rendered from one of these. */
export interface Story {
  id: string;
  agency: Agency;
  headline: string;
  byline: string | null;
  /** "SEOUL (Reuters) -", written before the first paragraph; null once an outlet drops it. */
  dateline: string | null;
  /** A correction or update advisory standing above the body. */
  notice: string | null;
  caption: Caption | null;
  body: Piece[];
  creditLine: string | null;
  /** ISO date, and the same date as a reader sees it ("March 9, 2023"). */
  published: string;
  publishedText: string;
  url: string;
}

/** The substantive edits the benchmark plants, each with its expected finding. */
export type OpType =
  | 'number' | 'quote' | 'hedge' | 'attribution' | 'negation' | 'name' | 'date'
  | 'paragraph-removed' | 'paragraph-added' | 'paragraph-moved' | 'ending-trimmed'
  | 'note-dropped' | 'credit-removed' | 'credit-changed';

/** Style-only differences that must stay below medium. */
export type TrapType =
  | 'quote-style' | 'dash-style' | 'html-entities' | 'whitespace' | 'paragraph-split' | 'paragraph-merge'
  | 'furniture' | 'us-abbreviation' | 'per-cent' | 'british-spelling' | 'contraction' | 'accent-stripped'
  | 'credit-format';

/** A finding wirediff should give: kind, categories (any one will do), and the words on each side. */
export interface Expectation {
  /** The kind expected first (the table row); others that report the op as fairly (a dropped caveat as `note-changed`). */
  kinds: FindingKind[];
  /** For `changed`, its edit categories; for notes, the note category; for credits, the credit type. Empty: any. */
  categories: string[];
  /** Words the finding's reference side must hold ('' when the reference side is not checked). */
  before: string;
  /** Words the finding's copy side must hold ('' when the copy side is not checked). */
  after: string;
}

/** The texts of the place an op or trap touched, on each side, to say which finding is about it. */
export interface PlantedPlace {
  reference: string[];
  copy: string[];
  /** Texts that stand for the place only when a finding's side is exactly one of them (a byline's names). */
  exact?: string[];
}

/** One substantive op planted in one copy, with the finding that reports it. */
export interface PlantedOp extends Expectation {
  id: string;
  op: OpType;
  /** The least severity that does the op justice (see SEVERITY_FLOORS). */
  floor: Severity;
  place: PlantedPlace;
  /** Other findings that report the op fairly (a trimmed ending reported paragraph by paragraph, the credit line that went with it). */
  accept: Expectation[];
  /** One line a person reads in --verbose. */
  description: string;
}

export interface PlantedTrap {
  trap: TrapType;
  place: PlantedPlace;
  description: string;
}

/** Everything planted in one copy, and how its page was laid out. */
export interface CopyTruth {
  /** The copy's source name, as the report names it. */
  source: string;
  layout: string;
  /** The layout rewrites every block (teaser, hard wrap, one paragraph): a finding nothing planted explains is the layout's. */
  whole: boolean;
  /** Texts the layout put in the page (labels, furniture, URLs): a finding about them is the layout's. */
  inserted: string[];
  /** Texts of the story the layout wrote in another shape (a caption with its credit inline), matched on either side. */
  reshaped: string[];
  ops: PlantedOp[];
  traps: PlantedTrap[];
}

/**
 * The severity floor of each op: the least severity a fact-checker can act on. An edit of what
 * was said, by whom, how sure, or whether at all, and a dropped verification caveat or
 * correction, is medium or above; a date edit may be low; a moved paragraph may be info.
 */
export const SEVERITY_FLOORS: Readonly<Record<OpType, Severity>> = Object.freeze({
  number: 'medium',
  quote: 'medium',
  hedge: 'medium',
  attribution: 'medium',
  negation: 'medium',
  name: 'medium',
  date: 'low',
  'paragraph-removed': 'medium',
  'paragraph-added': 'medium',
  'paragraph-moved': 'info',
  'ending-trimmed': 'medium',
  'note-dropped': 'medium', // restriction notes only: low (see NOTE_FLOORS)
  'credit-removed': 'medium',
  'credit-changed': 'medium', // the agency or the credited person is gone
});

/** Note categories whose loss is below medium: a usage restriction tells a reader nothing. */
export const NOTE_FLOORS: Readonly<Record<string, Severity>> = Object.freeze({ restriction: 'low' });

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = Object.freeze({ info: 0, low: 1, medium: 2, high: 3 });
