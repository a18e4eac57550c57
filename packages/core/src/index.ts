/**
 * @wirediff/core — compare republished copies of a wire story with the agency's original.
 * Text in, findings out: no file system, network, console or clock. Fetching lives in
 * `@wirediff/core/fetch`.
 */
export type * from './types.js';
export { WirediffError, isWirediffError, type WirediffErrorCode } from './errors.js';
export { extractArticle, articleFromText, type ExtractOptions } from './extract/extract-article.js';
export { decodePage, type DecodedPage } from './extract/decode-page.js';
export { SITE_RULES, type SiteRule } from './extract/site-rules.js';
export { findSiteRule } from './extract/find-site-rule.js';
export { normalizeText } from './segment/normalize-text.js';
export { BlockMemo } from './segment/block-memo.js';
export { numberBlocks } from './segment/number-blocks.js';
export { classifyBlock, isFurniture } from './segment/classify-block.js';
export { FURNITURE_PATTERNS, type FurnitureRule } from './segment/furniture-patterns.js';
export { alignBlocks, type AlignOptions, type Alignment, type AlignedGroup } from './align/align-blocks.js';
export { alignPassages, type Passage, type PassageAlignment, type PassageRange } from './align/align-passages.js';
export { prepareSentences, type SentenceSide, type SentenceUnit } from './align/sentence-side.js';
export { splitSentences } from './segment/split-sentences.js';
export { splitParagraphs } from './segment/split-paragraphs.js';
export { diffBlocks } from './diff/diff-blocks.js';
export { findNotes } from './notes/find-notes.js';
export { NOTE_CATALOGUE, type NoteRule } from './notes/note-catalogue.js';
export { validateNoteRule, type ValidateNoteOptions } from './notes/validate-note-rule.js';
export { auditPattern } from './notes/audit-pattern.js';
export { findCredits, findAgencies, namedAgencies } from './credits/find-credits.js';
export { CREDIT_PATTERNS, type CreditRule } from './credits/credit-patterns.js';
export { AGENCIES, type Agency } from './credits/agencies.js';
export { compareCopy, readArticle, type CompareOptions, type ReadArticle } from './compare/compare-copy.js';
export { compareStory, compareStoryChoosingReference, countFindings, type SourcedArticle } from './compare/compare-story.js';
export { chooseReference } from './compare/choose-reference.js';
export { formatJson } from './report/format-json.js';
export { formatText, type TextOptions } from './report/format-text.js';
export { formatHtml, formatHtmlStories, type HtmlSources, type HtmlStory } from './report/format-html.js';
export { formatMarkdown } from './report/format-markdown.js';
export { SEVERITY_RANK } from './flag/severity.js';
export { learnFurniture } from './furniture/learn-furniture.js';
export { learnFurnitureFromSamples, FurnitureLearner } from './furniture/learn-from-samples.js';
export { sampleFurniture, type FurnitureSample, type FurnitureStory, type FurnitureCopy } from './furniture/sample-furniture.js';
export { applyLearnedFurniture, type ApplyFurnitureOptions } from './furniture/apply-learned-furniture.js';
export { identifyOutlet, type OutletClues } from './furniture/identify-outlet.js';
export { validateLearnedFurniture } from './furniture/validate-learned-furniture.js';
export { FURNITURE_DEFAULTS, type FurnitureOptions } from './furniture/furniture-options.js';
