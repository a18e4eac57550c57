// The real text the findings benchmark is built on: article bodies that people marked as the
// story, read in place from ../shared/corpora (never copied into the project).
//
// - trafilatura-eval: annotators listed snippets of each page's main text (`with`) and of what
//   to drop (`without`). A page is used when its `with` snippets sit in <p> elements of one
//   container: the body is that container's paragraphs, less any holding a `without` snippet.
// - readability: the paragraphs of `expected.html` (Readability's own output, so only the pages
//   whose output is plain news prose pass the filters below).
//
// Either way a body must read as English news: enough paragraphs of prose, sentences ending in
// a stop, no code, and reporting verbs ("said", "told") somewhere in it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { decodePage } from '@wirediff/core';

/** One story's body as real text, paragraph by paragraph. */
export interface BaseText {
  /** "trafilatura:<file>" or "readability:<folder>". */
  id: string;
  title: string;
  paragraphs: string[];
}

const MIN_PARAGRAPHS = 6; // room for several ops and traps, each in a paragraph of its own
const MAX_PARAGRAPHS = 14; // a longer story only makes the run slower, not the figures better
const MIN_CHARS = 60; // shorter lines are captions, labels and subheads
const MAX_CHARS = 900; // longer "paragraphs" are lists or tables run together
const MIN_ENGLISH = 0.22; // share of the commonest English words in English news prose (German scores ~0.02)

const COMMON = new Set('the of and to in a is that for on was with as by at from it said his her their has have be were are an this which who'.split(' '));
const space = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The share of common English words: high for English prose, near 0 for other languages. */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.length === 0 ? 0 : words.filter((w) => COMMON.has(w)).length / words.length;
}

// Prose a wire story could hold: a sentence that ends, no markup or code, no link or address.
function isProse(p: string): boolean {
  if (p.length < MIN_CHARS || p.length > MAX_CHARS) return false;
  if (!/^[\p{Lu}"“‘'(0-9]/u.test(p) || !/[.!?"”’)]$/.test(p)) return false;
  if (/[{}<>|\\@#=_]|https?:|www\.|\.com\b|\(\)/.test(p)) return false;
  // Captions, credits and boilerplate the annotators may have kept.
  if (/^(?:Photo|Image|Picture|Video|Read more|Click|Sign up|Subscribe|Copyright|Follow|Related|Share|In this (?:file )?(?:photo|image))\b|©|\((?:AP|Reuters|AFP) Photo|REUTERS\/|Getty Images|via AP\)/i.test(p)) return false;
  // Editor notes and credits the source page carried itself: the reference plants its own.
  if (/\b(?:this (?:version|story) (?:corrects|has been (?:corrected|updated))|an earlier version|could not (?:immediately |independently )?(?:verify|confirm)|unable to (?:independently )?verify|cannot be independently verified|contributed to this report|reporting by)\b/i.test(p)) return false;
  return p.split(' ').length >= 10;
}

function isNewsBody(paragraphs: readonly string[]): boolean {
  if (paragraphs.length < MIN_PARAGRAPHS) return false;
  const all = paragraphs.join(' ');
  const reporting = all.match(/\b(?:said|says|told|according to)\b/g)?.length ?? 0;
  const figures = all.match(/\d+/g)?.length ?? 0; // fiction and essays have "said" but few figures
  return englishShare(all) >= MIN_ENGLISH && reporting >= 2 && figures >= 2;
}

// A dateline the source page already had ("MOSCOW (AP) — ", "HOUSTON, Texas (KTRK) -- ",
// "CAIRO — "): the agency reference writes its own.
const DATELINE = /^\p{Lu}[\p{Lu} .'-]{2,40}(?:, [\p{L}. ]{2,30})?(?: \([\p{L}. ]{1,20}\))?\s*(?:--|[-—–])\s+(?=\p{Lu}|")/u;
const stripDateline = (p: string) => p.replace(DATELINE, '');

function finish(id: string, title: string | null, paragraphs: readonly string[]): BaseText | null {
  const seen = new Set<string>();
  const kept = paragraphs.map(space).map(stripDateline).filter((p) => {
    if (!isProse(p) || seen.has(p)) return false;
    seen.add(p);
    return true;
  }).slice(0, MAX_PARAGRAPHS);
  if (!isNewsBody(kept)) return null;
  const heading = space(title ?? '').replace(/\s+[|–—-]\s+[^|–—-]{2,40}$/, ''); // " | Site name"
  return { id, title: heading.length >= 12 ? heading : kept[0]!.split(' ').slice(0, 10).join(' '), paragraphs: kept };
}

type DomNode = Parameters<typeof DomUtils.getElementsByTagName>[1];
const paragraphsOf = (root: DomNode) =>
  DomUtils.getElementsByTagName('p', root, true).map((p) => space(DomUtils.textContent(p)));

interface Annotation {
  file: string;
  with: string[];
  without: string[];
}

// The container holding the annotated paragraphs: the nearest ancestor of the first paragraph
// that holds a `with` snippet whose <p> descendants hold at least half of the snippets.
function annotatedBody(html: string, annotation: Annotation): string[] | null {
  const doc = parseDocument(html);
  const snippets = annotation.with.map(space).filter((s) => s.length >= 12);
  if (snippets.length < 2) return null;
  const ps = DomUtils.getElementsByTagName('p', doc, true);
  const first = ps.find((p) => snippets.some((s) => space(DomUtils.textContent(p)).includes(s)));
  for (let box = first?.parent; box && box.type !== 'root'; box = box.parent) {
    const texts = paragraphsOf(box);
    const held = snippets.filter((s) => texts.some((t) => t.includes(s))).length;
    if (held * 2 >= snippets.length && texts.length >= MIN_PARAGRAPHS) {
      const without = annotation.without.map(space).filter((s) => s.length >= 8);
      return texts.filter((t) => !without.some((w) => t.includes(w)));
    }
  }
  return null;
}

function titleOf(html: string): string | null {
  const m = /<title[^>]*>([^<]{4,300})<\/title>/i.exec(html);
  return m ? DomUtils.textContent(parseDocument(m[1]!)) : null;
}

function trafilaturaTexts(dir: string): BaseText[] {
  const file = path.join(dir, 'annotations.json');
  if (!existsSync(file)) return [];
  const annotations = Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Annotation>)
    .filter((a) => englishShare(a.with.join(' ')) >= MIN_ENGLISH) // parse only pages annotated in English
    .sort((a, b) => a.file.localeCompare(b.file));
  const out: BaseText[] = [];
  for (const a of annotations) {
    const page = path.join(dir, 'pages', a.file);
    if (!existsSync(page)) continue;
    const html = decodePage(readFileSync(page), a.file).text;
    const body = annotatedBody(html, a);
    const text = body && finish(`trafilatura:${a.file}`, titleOf(html), body);
    if (text) out.push(text);
  }
  return out;
}

function readabilityTexts(dir: string): BaseText[] {
  if (!existsSync(dir)) return [];
  const out: BaseText[] = [];
  for (const folder of readdirSync(dir).sort()) {
    const expected = path.join(dir, folder, 'expected.html');
    if (!existsSync(expected)) continue;
    const meta = path.join(dir, folder, 'expected-metadata.json');
    const title = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as { title?: string | null }).title ?? null : null;
    const text = finish(`readability:${folder}`, title, paragraphsOf(parseDocument(readFileSync(expected, 'utf8'))));
    if (text) out.push(text);
  }
  return out;
}

/**
 * Reads every usable base text of the two corpora under `corpora` (../shared/corpora), in a
 * fixed order: trafilatura-eval pages by file name, then readability pages by folder.
 * @returns an empty list when the corpora are absent.
 */
export function loadBaseTexts(corpora: string): BaseText[] {
  return [...trafilaturaTexts(path.join(corpora, 'trafilatura-eval')), ...readabilityTexts(path.join(corpora, 'readability'))];
}
