import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { takeFullerBody } from '../../src/extract/take-fuller-body.js';
import type { Block } from '../../src/types.js';

const P = [
  'NATO urged all countries to step up efforts to enforce sanctions on North Korea and stop its weapons tests.',
  'All 29 ambassadors of the U.S.-led military alliance issued the statement as world powers sought a common response.',
  'NATO is not directly involved in the nuclear crisis, but it has repeatedly called on North Korea to abandon its programs.',
  'Diplomats said there was concern that trading partners were not enforcing the sanctions already agreed.',
];
const block = (role: Block['role'], text: string, form: Block['form'] = 'paragraph'): Block => ({ index: 0, role, form, text });
const CAPTION = block('caption', 'Kim Jong Un inspects a missile launch. KCNA/via REUTERS', 'caption');
const CREDIT = block('credit', '(Reporting by Robin Emmott; Editing by Andrew Heavens)');
const shape = (blocks: Block[] | null) => blocks?.map((b) => `${b.index} ${b.role}: ${b.text.slice(0, 20)}`) ?? null;

test('takeFullerBody puts the data\'s paragraphs in the teaser\'s place: a caption between paragraphs stays there, a foot credit after them', () => {
  const teaser = [block('body', P[0]!), CAPTION, block('body', `${P[1]!.slice(0, 40)}…`), CREDIT];
  assert.equal(shape(takeFullerBody(teaser, P.join('\n\n'))), [
    '0 body: NATO urged all count', '1 caption: Kim Jong Un inspects', '2 body: All 29 ambassadors o',
    '3 body: NATO is not directly', '4 body: Diplomats said there', '5 credit: (Reporting by Robin ',
  ]);
});

test('takeFullerBody leaves a page alone whose body is as full as its data, or is not in it', () => {
  const page = [block('body', P[0]!), block('body', P[1]!), block('body', P[2]!), CREDIT];
  assert.is(takeFullerBody(page, P.slice(0, 3).join('\n')), null);
  assert.is(takeFullerBody([block('body', 'A summary of the story that the page writes in its own words.'), CREDIT], P.join('\n')), null);
});

test('takeFullerBody needs only a cut teaser to take data a paragraph longer; without a cut, half as much again', () => {
  const cut = [block('body', P[0]!), block('body', P[1]!), block('body', `${P[2]!.slice(0, 50)} …`)];
  assert.is(takeFullerBody(cut, P.join('\n'))?.filter((b) => b.role === 'body').length, 4);
  const uncut = [block('body', P[0]!), block('body', P[1]!), block('body', P[2]!)];
  assert.is(takeFullerBody(uncut, P.join('\n')), null);
});

test('takeFullerBody keeps a standfirst the data leaves out, where it was', () => {
  const standfirst = 'The alliance names the trading partners it means, in a statement agreed by all its ambassadors.';
  const teaser = [block('body', standfirst), block('body', `${P[0]!.slice(0, 40)}…`)];
  assert.equal(shape(takeFullerBody(teaser, P.join('\n'), { standfirst }))?.slice(0, 2), ['0 body: The alliance names t', '1 body: NATO urged all count']);
  assert.is(takeFullerBody(teaser, P.join('\n')), null, 'without knowing it is the standfirst, the page shows text the data lacks');
});

test.run();
