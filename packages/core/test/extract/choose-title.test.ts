import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chooseTitle } from '../../src/extract/choose-title.js';

const title = (element: string | null, more: { declared?: string; headings?: string[]; siteName?: string } = {}) =>
  chooseTitle({ declared: more.declared ?? null, element, headings: more.headings ?? [], siteName: more.siteName ?? null });

test('chooseTitle takes the declared title, without the site name that ends it', () => {
  assert.is(title('Other | Site', { declared: 'NATO urges trading partners - Example News', siteName: 'Example News' }), 'NATO urges trading partners');
  assert.is(title(null, { declared: 'U.S.-led alliance urges partners' }), 'U.S.-led alliance urges partners');
});

test('chooseTitle cuts what follows the last separator of the <title> element, whatever the site calls itself', () => {
  assert.is(title('New Zealand accepts the treaty terms - Wikipedia'), 'New Zealand accepts the treaty terms');
  assert.is(title('Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault'), 'Get your Frontend JavaScript Code Covered | Code');
  assert.is(title('Lorem ipsum dolor sit amet – My website'), 'Lorem ipsum dolor sit amet');
});

test('chooseTitle keeps a <title> whole when the cut would leave a name too short to be a headline', () => {
  assert.is(title('Mozilla - Wikipedia'), 'Mozilla - Wikipedia');
  assert.is(title('Google - Site Reliability Engineering'), 'Google - Site Reliability Engineering');
});

test('chooseTitle falls back to the one <h1> when the page has no title, or a <title> too short to be a headline', () => {
  assert.is(title(null, { headings: ['NATO urges trading partners to step up pressure'] }), 'NATO urges trading partners to step up pressure');
  assert.is(title('News', { headings: ['NATO urges trading partners to step up pressure'] }), 'NATO urges trading partners to step up pressure');
  assert.is(title('RTL Test', { headings: ['Lorem'] }), 'RTL Test');
  assert.is(title('News', { headings: ['One heading of many', 'Another heading'] }), 'News');
  assert.is(title(null), null);
});

test.run();
