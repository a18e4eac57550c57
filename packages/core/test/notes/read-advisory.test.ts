import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readAdvisory } from '../../src/notes/read-advisory.js';

const read = (text: string) => {
  const a = readAdvisory(text);
  return { paragraphs: a.paragraphs, earlier: a.earlier, adds: a.adds, headline: a.headline };
};

test('readAdvisory reads the earlier wording from the real AP correction of corpus yahoo-2', () => {
  // The closing line of fixtures/pages/yahoo-2-ap-correction/source.html (AP, 2 December 2016).
  assert.equal(readAdvisory('This version corrects the spelling of the region to Tuva, not Tyva.'),
    { paragraphs: [], earlier: ['Tyva'], corrected: ['Tuva'], headline: false, adds: false });
});

test('readAdvisory reads the paragraph and the words of Reuters advisories', () => {
  assert.equal(read('(Corrects paragraph 3 to say the missile was tested in July, not August)'), { paragraphs: [3], earlier: ['August'], adds: false, headline: false });
  assert.equal(read("(Corrects spelling of NATO spokesman's name in paragraph 9)"), { paragraphs: [9], earlier: [], adds: false, headline: false });
  assert.equal(read('(Corrects death toll from 12 to 21 in paragraph 1)'), { paragraphs: [1], earlier: ['12'], adds: false, headline: false });
  assert.equal(read('(Adds comments from NATO diplomat in paragraphs 5-6)'), { paragraphs: [5, 6], earlier: [], adds: true, headline: false });
  assert.equal(read('(Updates death toll in 1st par)'), { paragraphs: [1], earlier: [], adds: false, headline: false });
  assert.equal(read('(Corrects headline to say Tuesday, not Monday)'), { paragraphs: [], earlier: ['Monday'], adds: false, headline: true });
});

test('readAdvisory reads AP and AFP phrasings', () => {
  assert.equal(read('This story has been corrected to show that NATO has 29 members, not 28.'), { paragraphs: [], earlier: ['28'], adds: false, headline: false });
  assert.equal(read('This story has been corrected to show that the missile flew about 950 kilometers (590 miles), not 750 kilometers.'), { paragraphs: [], earlier: ['750 kilometers'], adds: false, headline: false });
  assert.equal(read('This story has been corrected to show the launch was Thursday, not Wednesday as previously reported.'), { paragraphs: [], earlier: ['Wednesday'], adds: false, headline: false });
  assert.equal(read('An earlier version of this story misspelled the name of the spokesman as Lungesku.'), { paragraphs: [], earlier: ['Lungesku'], adds: false, headline: false });
  assert.equal(read('CORRECTS name in 3rd par'), { paragraphs: [3], earlier: [], adds: false, headline: false });
  assert.equal(read('(ADDS details in paras 4-5)'), { paragraphs: [4, 5], earlier: [], adds: true, headline: false });
});

test('readAdvisory reads the paragraph an AP update sentence names', () => {
  assert.equal(readAdvisory('This story has been updated with comments from the governor in paragraph 4.').paragraphs, [4]);
});

test('readAdvisory does not take a negation in the corrected text for an earlier wording', () => {
  assert.equal(read('(Corrects to say ministry did not comment, in paragraphs 2, 4 and 7)'), { paragraphs: [2, 4, 7], earlier: [], adds: false, headline: false });
});

test.run();
