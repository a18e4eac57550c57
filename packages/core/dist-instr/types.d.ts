/**
 * The data that flows through the pipeline: an article extracted from a page, the blocks it
 * is made of, the notes and credits found in it, and the findings of a comparison.
 * Everything here is plain, JSON-serialisable data.
 */
/** What a block is for, in the newsroom's terms. */
export type BlockRole = 'body' | 'caption' | 'credit' | 'note' | 'dateline' | 'furniture';
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
export type Extraction = {
    status: 'ok';
    article: Article;
} | {
    status: 'no-article';
    reason: NoArticleReason;
    detail: string;
};
/** Categories of editor notes; each has a default severity when it goes missing. */
export type NoteCategory = 'verification' | 'third-party' | 'restriction' | 'correction' | 'update' | 'editors-note' | 'warning' | 'embargo';
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
export type CreditType = 'byline' | 'credit-line' | 'photo' | 'dateline' | 'copyright' | 'source';
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
export type FindingKind = 'changed' | 'removed' | 'added' | 'moved' | 'truncated' | 'note-missing' | 'note-changed' | 'note-added' | 'stale-copy' | 'credit-missing' | 'credit-changed' | 'credit-added' | 'furniture';
/** What kind of edit a `changed` finding holds. */
export type EditCategory = 'number' | 'quote' | 'name' | 'hedge' | 'attribution' | 'negation' | 'date' | 'style' | 'wording';
/** One word-level edit inside an aligned pair of blocks. */
export interface WordEdit {
    /** Words of the reference that the copy lacks ('' for a pure insertion). */
    removed: string;
    /** Words of the copy that the reference lacks ('' for a pure deletion). */
    added: string;
    categories: EditCategory[];
}
/** Where a finding sits on one side of the comparison. */
export interface FindingSide {
    /** Block positions (several for a split or merge); empty when the thing is not on this side. */
    blocks: number[];
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
    note?: {
        ruleId: string;
        category: NoteCategory;
    };
    /** For credit findings: what kind of credit. */
    credit?: {
        type: CreditType | 'agency';
        agencies: string[];
    };
}
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
    notes: NoteHit[];
    credits: CreditHit[];
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
    /** Bumped when the shape of this object changes incompatibly. */
    schemaVersion: 1;
    reference: DocumentSummary;
    /** Present when wirediff chose the reference among the pages given. */
    referenceChoice?: ReferenceChoice;
    copies: CopyReport[];
    summary: FindingCounts & {
        copies: number;
        highest: Severity | null;
    };
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
//# sourceMappingURL=types.d.ts.map