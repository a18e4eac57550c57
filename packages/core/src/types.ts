/**
 * The data that flows through the pipeline: an article extracted from a page, the blocks it
 * is made of, the notes and credits found in it, and the findings of a comparison.
 * Everything here is plain, JSON-serialisable data.
 */

/** What a block is for, in the newsroom's terms. */
export type BlockRole =
  | 'body' // the story's own prose, headings, quotes and lists
  | 'caption' // a photo or video caption (often carrying a credit and an editor note)
  | 'credit' // a byline, credit line ("(Reporting by …)"), source label or copyright line
  | 'note' // an editor note standing on its own ("Editor's note: …", "CORRECTED …")
  | 'dateline' // "SEOUL (Reuters) -" when it stands as its own block
  | 'furniture'; // what an outlet inserts around any story ("Continue Reading Below")

/** The markup shape a block came from; alignment compares blocks of any form. */
export type BlockForm = 'paragraph' | 'heading' | 'quote' | 'list-item' | 'caption' | 'alt' | 'line';

/** One unit of the article in reading order. */
export interface Block {
  /** Position in reading order, from 0. */
  index: number;
  role: BlockRole;
  form: BlockForm;
  /** The text as a reader sees it, white space collapsed; never folded. */
  text: string;
}

/** Metadata about the article, taken from markup and structured data. Absent values are null. */
export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** The JSON-LD `publisher` name. */
  publisher: string | null;
  /** The JSON-LD `isBasedOn` or another statement of the original source. */
  isBasedOn: string | null;
  description: string | null;
}

/** An extracted article: its metadata and its blocks in reading order. */
export interface Article extends ArticleMeta {
  blocks: Block[];
}

/** Why extraction found no article. */
export type NoArticleReason = 'empty' | 'no-text' | 'too-short';

/** The outcome of extraction: an article, or an explicit statement that there is none. */
export type Extraction =
  | { status: 'ok'; article: Article }
  | { status: 'no-article'; reason: NoArticleReason; detail: string };

/** Categories of editor notes; each has a default severity when it goes missing. */
export type NoteCategory =
  | 'verification' // "REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE"
  | 'third-party' // "THIS IMAGE WAS PROVIDED BY A THIRD PARTY", "Handout via REUTERS"
  | 'restriction' // "NO RESALES. NO ARCHIVES", "SOUTH KOREA OUT"
  | 'correction' // "CORRECTED", "This story has been corrected to …", "STORY WITHDRAWN"
  | 'update' // "UPDATE 2", "(Adds …)", "REFILE"
  | 'editors-note' // "Editor's note: …"
  | 'warning' // "WARNING: GRAPHIC CONTENT"
  | 'embargo'; // "EMBARGOED UNTIL …"

/** Where in a page a note or credit was seen. */
export type Place = 'body' | 'caption' | 'alt' | 'credit' | 'note' | 'dateline' | 'metadata' | 'furniture';

/** One editor note seen in an article. */
export interface NoteHit {
  /** The catalogue entry that matched. */
  ruleId: string;
  category: NoteCategory;
  /** The matched words, as written. */
  text: string;
  /** The block it was found in, or null when it was in metadata. */
  block: number | null;
  place: Place;
  /** Offsets of the match in the block's (or metadata field's) text. */
  start: number;
  end: number;
}

/** The kinds of credit wirediff tracks. */
export type CreditType =
  | 'byline' // "By Robin Emmott", JSON-LD author
  | 'credit-line' // "(Reporting by Robin Emmott; Editing by Andrew Heavens)"
  | 'photo' // "REUTERS/Kim Kyung-Hoon", "KCNA via REUTERS", "AP Photo/Ahn Young-joon"
  | 'dateline' // the agency tag of a dateline: "BRUSSELS (Reuters) -"
  | 'copyright' // "© 2017 Thomson Reuters"
  | 'source'; // a source label or metadata naming the agency: "Reuters", publisher, isBasedOn

/** One credit seen in an article. */
export interface CreditHit {
  type: CreditType;
  /** The credit as written. */
  text: string;
  /** Agencies the credit names, by id ("reuters", "ap", "afp"), sorted. */
  agencies: string[];
  block: number | null;
  place: Place;
  /** Offsets of the match in the block's text (0 and the length for metadata). */
  start: number;
  end: number;
}

export type Severity = 'high' | 'medium' | 'low' | 'info';

export type FindingKind =
  | 'changed'
  | 'removed'
  | 'added'
  | 'moved'
  | 'truncated'
  | 'note-missing'
  | 'note-changed'
  | 'note-added'
  | 'stale-copy' // the copy has a passage as it stood before the reference's correction or update
  | 'credit-missing'
  | 'credit-changed'
  | 'credit-added'
  | 'furniture';

/** What kind of edit a `changed` finding holds. */
export type EditCategory =
  | 'number'
  | 'quote'
  | 'name'
  | 'hedge'
  | 'attribution'
  | 'negation'
  | 'date'
  | 'style'
  | 'wording';

/** One word-level edit inside an aligned pair of blocks. */
export interface WordEdit {
  /** Words of the reference that the copy lacks ('' for a pure insertion). */
  removed: string;
  /** Words of the copy that the reference lacks ('' for a pure deletion). */
  added: string;
  categories: EditCategory[];
}

/** What people call a block: body paragraphs, headings, captions and the rest, each counted on its own. */
export type BlockPart = 'paragraph' | 'heading' | 'caption' | 'credit' | 'note' | 'dateline' | 'furniture';

/**
 * A block as people number it: "paragraph 3" is the third body paragraph counted from 1 as
 * agencies count them (headings, captions, credits, notes and furniture left out), "caption 1"
 * the first caption. What messages, reports and advisories ("Corrects paragraph 3") say.
 */
export interface BlockName {
  part: BlockPart;
  /** From 1, within its part. */
  number: number;
}

/** Where a finding sits on one side of the comparison. */
export interface FindingSide {
  /**
   * Indexes into the article's blocks (from 0, every block counted: `wirediff extract --format
   * json`), several for a split or merge; empty when the thing is not on this side. For tools
   * that hold the article; people's numbering is `at`.
   */
  blocks: number[];
  /** The same blocks as people number them ("paragraph 3"), in the same order. */
  at: BlockName[];
  /** The whole text of those blocks (or the note or credit), as written. */
  text: string;
  /** The exact words concerned, as written. */
  words: string;
}

/** One thing that differs between the reference and a copy. */
export interface Finding {
  /** Stable id derived from content (kind and texts), not from block positions. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** For `changed`, every category that applies; for notes, the note category; else empty. */
  categories: string[];
  /** One line a person reads. */
  message: string;
  reference: FindingSide;
  copy: FindingSide;
  /** For `changed`: the word-level edits in reading order. */
  edits?: WordEdit[];
  /** For note and stale-copy findings: the catalogue entry (of the advisory, for stale-copy). */
  note?: { ruleId: string; category: NoteCategory };
  /** For credit findings: what kind of credit. */
  credit?: { type: CreditType | 'agency'; agencies: string[] };
}

/**
 * A finding as a flag pass makes it, its blocks not yet named: compareCopy names them (`at`).
 */
export type FlaggedFinding = Omit<Finding, 'reference' | 'copy'> & { reference: Omit<FindingSide, 'at'>; copy: Omit<FindingSide, 'at'> };

/** What a report says of one input: where it came from and what extraction saw. */
export interface DocumentSummary {
  /** The path or URL as the user gave it. */
  source: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  /** Number of blocks extracted. */
  blocks: number;
  /** Each with its block as people number it (`at`), null when it was in metadata. */
  notes: (NoteHit & { at: BlockName | null })[];
  credits: (CreditHit & { at: BlockName | null })[];
}

/** Counts of findings by severity and by kind (kinds with none are left out). */
export interface FindingCounts {
  total: number;
  bySeverity: Record<Severity, number>;
  byKind: Partial<Record<FindingKind, number>>;
}

/** The comparison of one copy with the reference. */
export interface CopyReport extends DocumentSummary {
  summary: FindingCounts;
  /** In reference reading order, then by kind. */
  findings: Finding[];
}

/** How the reference was chosen when the user named none (see chooseReference). */
export interface ReferenceChoice {
  /** The source of the page chosen. */
  source: string;
  /** Why that page, in words: "it alone carries the agency dateline and the agency credit line". */
  reason: string;
}

/** A whole comparison: one reference, any number of copies. */
export interface Report {
  /**
   * Bumped when the shape of this object changes incompatibly: 2 named each finding's blocks
   * as people count them (`at`) and numbered messages so ("paragraph 3", not "block 4").
   */
  schemaVersion: 2;
  reference: DocumentSummary;
  /** Present when wirediff chose the reference among the pages given. */
  referenceChoice?: ReferenceChoice;
  copies: CopyReport[];
  summary: FindingCounts & { copies: number; highest: Severity | null };
}

/** One text an outlet was seen to repeat around different stories. */
export interface LearnedFurnitureText {
  /** The text folded for comparison (see normalizeText), case kept. */
  text: string;
  /** In how many different stories of the set the outlet's copies carried it. */
  stories: number;
}

/**
 * Furniture learned from a set of stories (see learnFurniture): per outlet, the short texts
 * its copies repeat across different stories and no reference of the set holds.
 */
export interface LearnedFurniture {
  kind: 'wirediff-furniture';
  /** Bumped when the shape of this object changes incompatibly. */
  schemaVersion: 1;
  /** The thresholds it was learned with. */
  minStories: number;
  maxWords: number;
  /** How many stories it was learned from. */
  stories: number;
  /** Outlet (a host such as "example.com", else a site name) to its texts; both sorted. */
  outlets: Record<string, LearnedFurnitureText[]>;
}
