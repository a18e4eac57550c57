import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findNotes } from '../../src/notes/find-notes.js';
import { NOTE_CATALOGUE, type NoteRule } from '../../src/notes/note-catalogue.js';
import type { Article, Block } from '../../src/types.js';

const block = (index: number, role: Block['role'], form: Block['form'], text: string): Block => ({ index, role, form, text });
const article = (blocks: Block[], meta: Partial<Article> = {}): Article => ({
  title: null, byline: null, publishedTime: null, modifiedTime: null, siteName: null, canonicalUrl: null,
  publisher: null, isBasedOn: null, description: null, blocks, ...meta,
});

test('findNotes finds notes in body, caption, alt text and title/description metadata, saying where', () => {
  const a = article([
    block(0, 'body', 'paragraph', 'The footage has not been independently verified by Reuters.'),
    block(1, 'caption', 'caption', 'KCNA/via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.'),
    block(2, 'body', 'alt', 'Missile launch. REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE'),
  ], { title: 'CORRECTED-NATO urges trading partners', description: 'WARNING: GRAPHIC CONTENT - aftermath of the strike' });
  assert.equal(findNotes(a).map((n) => [n.ruleId, n.place, n.block]), [
    ['has-not-been-independently-verified', 'body', 0],
    ['provided-by-third-party', 'caption', 1],
    ['unable-to-independently-verify', 'alt', 2],
    ['corrected-slug', 'metadata', null],
    ['graphic-content', 'metadata', null],
  ]);
});

test('findNotes reports the matched words and their offsets in the block', () => {
  const text = 'Reuters could not immediately verify the report.';
  const [hit] = findNotes(article([block(0, 'body', 'paragraph', text)]));
  assert.is(hit!.text, 'could not immediately verify');
  assert.is(text.slice(hit!.start, hit!.end), hit!.text);
});

test('findNotes skips the furniture an outlet adds', () => {
  assert.equal(findNotes(article([block(0, 'furniture', 'paragraph', 'Editor’s note: sign up for our newsletter')])), []);
});

test('findNotes uses the catalogue it is given, so configured rules are found', () => {
  const rule: NoteRule = { id: 'ledger-not-confirmed', category: 'verification', agencies: [], pattern: String.raw`\bThe Ledger has not confirmed\b`, flags: 'u', description: '', example: 'The Ledger has not confirmed it.', nearMiss: 'x' };
  const a = article([block(0, 'body', 'paragraph', 'The Ledger has not confirmed the figure.')]);
  assert.equal(findNotes(a), []);
  assert.equal(findNotes(a, [...NOTE_CATALOGUE, rule]).map((n) => n.ruleId), ['ledger-not-confirmed']);
});

test.run();
