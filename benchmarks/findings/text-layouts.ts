// Copies as plain text, the way web archives, feeds and copy-paste hand them over: paragraphs
// separated by blank lines; by single newlines; hard-wrapped at 60-70 columns with no blank
// lines (as wire text printed to a terminal, real-syndication g12); the whole body run
// together as one paragraph; one sentence per paragraph. Headline, byline, caption and credit
// line stand as lines of their own, as they do in such text.
import { captionParts, ledeText, type Rng } from './agency-reference.js';
import type { Layout, RenderedCopy } from './outlet-layouts.js';
import type { Story } from './truth.js';

/** The lines of a text copy: the story's furniture lines, and its body paragraphs apart. */
function parts(story: Story): { head: string[]; body: string[]; foot: string[] } {
  const caption = story.caption ? [[captionParts(story).text, story.caption.credit, captionParts(story).notes].filter(Boolean).join(' ')] : [];
  const notice = story.notice ? [story.notice] : [];
  return {
    head: [story.headline, ...(story.byline ? [story.byline] : []), ...(story.agency === 'ap' ? [] : notice), ...caption],
    body: [ledeText(story), ...story.body.slice(1).map((p) => p.text)],
    foot: [...(story.creditLine ? [story.creditLine] : []), ...(story.agency === 'ap' ? notice : [])],
  };
}

/** Wraps a paragraph at `width` columns, breaking at spaces. */
export function hardWrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The sentences of a paragraph (a full stop after "Mr", "U.S" or an initial does not end one). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<!\b(?:Mr|Mrs|Ms|Dr|St|No|U\.S|U\.K|U\.N|[A-Z])\.)(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u).filter((s) => s.trim() !== '');
}

// Text has no markup for a headline, a byline or a caption: they are lines like any other.
const text = (lines: readonly string[], separator: string, head: readonly string[]): RenderedCopy => ({ page: `${lines.join(separator)}\n`, inserted: [], reshaped: [...head] });

export const TEXT_LAYOUTS: readonly Layout[] = [
  { id: 'text-blank-lines', ext: 'txt', whole: false, render: (story) => { const p = parts(story); return text([...p.head, ...p.body, ...p.foot], '\n\n', p.head); } },
  { id: 'text-single-newline', ext: 'txt', whole: true, render: (story) => { const p = parts(story); return text([...p.head, ...p.body, ...p.foot], '\n', p.head); } },
  {
    id: 'text-hard-wrapped', ext: 'txt', whole: true,
    render: (story, _outlet, rng: Rng) => {
      const width = 60 + Math.floor(rng() * 11);
      const p = parts(story);
      return text([...p.head, ...p.body, ...p.foot].flatMap((line) => hardWrap(line, width)), '\n', p.head);
    },
  },
  { id: 'text-run-together', ext: 'txt', whole: true, render: (story) => { const p = parts(story); return text([...p.head, p.body.join(' '), ...p.foot], '\n\n', p.head); } },
  { id: 'text-sentence-lines', ext: 'txt', whole: true, render: (story) => { const p = parts(story); return text([...p.head, ...p.body.flatMap(sentencesOf), ...p.foot], '\n\n', p.head); } },
];
