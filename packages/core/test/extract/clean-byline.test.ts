import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanByline } from '../../src/extract/clean-byline.js';

test('cleanByline drops the "By" and the like before the name', () => {
  assert.is(cleanByline('By ROBIN EMMOTT'), 'ROBIN EMMOTT');
  assert.is(cleanByline('Posted by Andrew Zonenberg'), 'Andrew Zonenberg');
  assert.is(cleanByline('Par Sébastien Farcis'), 'Sébastien Farcis');
  assert.is(cleanByline('Nicolas Perriault —'), 'Nicolas Perriault');
});

test('cleanByline cuts a date run on after the name', () => {
  assert.is(cleanByline('by Laura June Topolsky July 10, 2015'), 'Laura June Topolsky');
  assert.is(cleanByline('Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC'), 'Joe Wee');
  assert.is(cleanByline('Anna Schmidt, 12.03.2021'), 'Anna Schmidt');
});

test('cleanByline says null for what is not a byline: a date, a link, a photo credit, an author box', () => {
  assert.is(cleanByline('May 20, 2019'), null);
  assert.is(cleanByline('Last Updated: January 7, 2025'), null);
  assert.is(cleanByline('https://www.facebook.com/profile.php?id=1'), null);
  assert.is(cleanByline('Photo by James Martin/CNET'), null);
  assert.is(cleanByline('Robin Emmott covers NATO and EU foreign policy from Brussels, and before that covered Mexico for ten years.'), null);
  assert.is(cleanByline('Mayor Kim, the new mayor'), 'Mayor Kim, the new mayor');
});

test('cleanByline says null for the other credits a credit box holds: photo credits, copyright and credit lines', () => {
  for (const credit of ['(AP Photo/Jung Yeon-je)', '(Photo by LEE JIN-MAN / AFP)', 'KCNA VIA KNS / AFP', 'Ministry of Defence/Handout via REUTERS', '© 2020 AFP',
    'Associated Press writer Ana Núñez in Sydney contributed to this report.']) {
    assert.is(cleanByline(credit), null, credit);
  }
  // A writer credited with the agency is a byline all the same.
  assert.is(cleanByline('By JOHN SMITH, Associated Press'), 'JOHN SMITH, Associated Press');
  assert.is(cleanByline('By Jack Kim, Reuters'), 'Jack Kim, Reuters');
});

test.run();
