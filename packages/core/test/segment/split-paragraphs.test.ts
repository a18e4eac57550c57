import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitParagraphs } from '../../src/segment/split-paragraphs.js';

test('splitParagraphs separates paragraphs at blank lines and collapses white space', () => {
  assert.equal(splitParagraphs('One  line.\r\n\r\nTwo\u00A0lines.\n \nThree.'), ['One line.', 'Two lines.', 'Three.']);
});

test('splitParagraphs gives a paragraph to each line of text with single line breaks', () => {
  const text = [
    'Indonesian authorities asked people to avoid the coast in areas where a tsunami killed more than 420 people last weekend.',
    'The big waves that followed the eruption hit communities along the Sunda Strait on Saturday night.',
    '“All these conditions could potentially cause landslides,” she said at a news conference.',
  ].join('\n');
  assert.equal(splitParagraphs(text).length, 3);
});

// Wrapped at 64 columns, as agency wires were filed: lines join, a paragraph ends where a line
// ends a sentence with room left for the next word.
const WRAPPED = `By Serajul Quadir
DHAKA Aug 4 A ferry with about 200 passengers
aboard capsized on Monday in the river Padma southwest of Dhaka
and rescue teams took about half of them to safety, the chief of
the district administration said.
Mohammad Saiful Hasan Badal, Deputy Commissioner of
Munshiganj district, said about 100 passengers had been rescued
from the vessel, identified as the MV Pinak-6. No deaths had yet
been reported.
Teams from the Bangladesh Inland Water Transport Authority,
fire brigade and the army were engaged in the rescue operation
about 30 km (18 miles) southwest of Dhaka.`;

test('splitParagraphs joins the lines of a hard-wrapped text into its paragraphs', () => {
  assert.equal(splitParagraphs(WRAPPED), [
    'By Serajul Quadir',
    'DHAKA Aug 4 A ferry with about 200 passengers aboard capsized on Monday in the river Padma southwest of Dhaka and rescue teams took about half of them to safety, the chief of the district administration said.',
    'Mohammad Saiful Hasan Badal, Deputy Commissioner of Munshiganj district, said about 100 passengers had been rescued from the vessel, identified as the MV Pinak-6. No deaths had yet been reported.',
    'Teams from the Bangladesh Inland Water Transport Authority, fire brigade and the army were engaged in the rescue operation about 30 km (18 miles) southwest of Dhaka.',
  ]);
});

// The caption's line had no room for the credit's first word, so the two read as one paragraph
// (a caption with its credit inline); the credit line, with room left, ends before the body.
test('splitParagraphs keeps a title, a byline and a captioned credit above a wrapped body apart from it', () => {
  const text = `Coronavirus: New York ramps up mass burials amid outbreak
By Lucia Benitez
Officials attend a news conference in Seoul, June 22, 2020.
REUTERS/Amr Abdallah Dalsh/File Photo
SEOUL, Jun 22 (Reuters) - Images have emerged of coffins being
buried in a mass grave in New York City, as the death toll from the
coronavirus continues to rise.
Officials say burials are being ramped up at site, which has long
been used for people with no next-of-kin or families who cannot
afford a funeral.`;
  assert.equal(splitParagraphs(text), [
    'Coronavirus: New York ramps up mass burials amid outbreak',
    'By Lucia Benitez',
    'Officials attend a news conference in Seoul, June 22, 2020. REUTERS/Amr Abdallah Dalsh/File Photo',
    'SEOUL, Jun 22 (Reuters) - Images have emerged of coffins being buried in a mass grave in New York City, as the death toll from the coronavirus continues to rise.',
    'Officials say burials are being ramped up at site, which has long been used for people with no next-of-kin or families who cannot afford a funeral.',
  ]);
});

test('splitParagraphs does not take short unpunctuated lines (captions, menus) for a wrapped paragraph', () => {
  const text = 'Indonesian police clear the ruins of a house\nHome News World\nAkinah and Enok search for their personal belongings in the wake of the disaster';
  assert.equal(splitParagraphs(text).length, 3);
});

test.run();
