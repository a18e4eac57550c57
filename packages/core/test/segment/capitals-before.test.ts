import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CAPS_BEFORE, capitalsBefore } from '../../src/segment/content-text.js';

// What the hand-written walk must agree with: the expression applied to the 200 characters before.
const byExpression = (text: string, start: number) => start - (CAPS_BEFORE.exec(text.slice(Math.max(0, start - 200), start))?.[0].length ?? 0);

test('capitalsBefore finds where CAPS_BEFORE would, on texts of capitals, separators and the rest', () => {
  const unit = fc.constantFrom('A', 'B', 'R', ' ', ' ', ',', "'", '’', 'a', 'x', '-', '.');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 260 }), fc.nat(), (text, at) => {
      const start = text.length === 0 ? 0 : at % (text.length + 1);
      assert.is(capitalsBefore(text, start), byExpression(text, start), JSON.stringify([text, start]));
    }),
    { numRuns: 5000 },
  );
});

test('a weakened agency note takes the capitals before the part a rule matched', () => {
  const text = 'Smoke rises over the city. REUTERS IS UNABLE TO VERIFY THIS IMAGE';
  const start = text.indexOf('UNABLE');
  assert.is(text.slice(capitalsBefore(text, start)), 'REUTERS IS UNABLE TO VERIFY THIS IMAGE');
  // At most twelve words: the last twelve of fourteen.
  const many = 'more than twelve: A B C D E F G H I J K L M N ';
  assert.is(many.slice(capitalsBefore(many, many.length)), 'C D E F G H I J K L M N ');
});

test.run();
