import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { FURNITURE_PATTERNS } from '../../src/segment/furniture-patterns.js';
import { isFurniture } from '../../src/segment/classify-block.js';

test('FURNITURE_PATTERNS: every rule\'s example is furniture and its near miss is not', () => {
  for (const rule of FURNITURE_PATTERNS) {
    assert.ok(isFurniture(rule.example), `${rule.id} misses its example "${rule.example}"`);
    assert.not.ok(isFurniture(rule.nearMiss), `${rule.id}: its near miss "${rule.nearMiss}" reads as furniture`);
  }
});

test('isFurniture takes the labels extraction meets in several languages', () => {
  for (const label of ['Lesezeit: 2 Minuten', '12 minute read', 'Tiempo de lectura: 8 minutos', 'Fotostrecke', 'Mehr zum Thema', 'Veja Também:', 'Keine Kommentare', 'Seite teilen', 'Valora esta noticia']) {
    assert.ok(isFurniture(label), label);
  }
});

test('isFurniture takes the lines of print and app layouts and leaves prose about the same things alone', () => {
  for (const line of [
    'Printed from The Portwell Ledger · https://www.portwell-ledger.example/world/nato-north-korea-123', 'Printed from: thehindu.com',
    'This article was printed from Meridian Post', 'March 9, 2023', 'Tuesday, May 15, 2018, 1:09 p.m.', '2022-03-28', '9 March 2023 14:05 GMT',
    'Published 3:04 PM EST, Mon March 9, 2023', 'Posted on April 29, 2022', 'https://www.meridian-post.example/2023/03/09/north-korea-missile/',
    'Hide Ad', 'Advertisement Hide Ad', 'Hide AdAdvertisement', 'Hide Ad Hide Ad', 'Story continues below advertisement',
    'Published: 23 Sep 2019 07:12 PM BdST Updated: 23 Sep 2019 07:13 PM BdST',
  ]) assert.ok(isFurniture(line), line);
  for (const prose of ['Printed from memory, the list omitted two names.', 'March 9, 2023 was the day the talks collapsed.', 'Tuesday, Wednesday, Friday', 'Hide Ad campaigns were banned in 2019, the regulator said.']) {
    assert.not.ok(isFurniture(prose), prose);
  }
});

test('isFurniture takes related-link labels, embed residue and CMS codes inside a body', () => {
  for (const line of [
    'READ MORE:', 'RELATED:', 'More:', 'RELATED STORIES', 'Read more...', 'Read full story', 'Related: North Korea fires missile over Japan',
    'More: Seoul and Washington hold joint drills', 'Could not display Tweet', 'This Tweet is unavailable.', 'View this post on Instagram',
    'A post shared by NATO (@nato)', 'Sorry, this video is not yet available or has expired', 'pic.twitter.com/AbC123xyz', '— NATO (@NATO) March 9, 2023', '[[nid:568421]]', '[wpgmappity id=”1505″]',
  ]) assert.ok(isFurniture(line), line);
  for (const prose of ['More than 40 people were missing.', 'Related talks are due next week, the ministry said.', 'He said - in a tweet (@nato) - that the talks failed.', '[Photo/Xinhua]']) {
    assert.not.ok(isFurniture(prose), prose);
  }
});

test('isFurniture takes registration walls, ad placeholders, video-player lines, pagination, menus and archive labels', () => {
  for (const line of [
    'Register now for FREE unlimited access to Reuters.com', 'Subscribe for unlimited digital access', 'Already a subscriber? Sign in', 'Sign in to continue reading',
    'This advertisement has not loaded yet, but your article continues below.', 'We apologize, but this video has failed to load.', 'tap here to see other videos from our team.',
    "Click to play video: 'Indonesian officials take aerial tour of the coast'", 'Watch our Top Story: "Europe split over financial crisis?"',
    'Society Page: 1 | 2 | 3 | 4 | 5 | 6 | 7', 'Page 2 of 3', 'Home News World', "Today's Paper Search Latest stories Listen Weather Puzzles + Games",
    'This article is more than 4 years old', 'Leave a Reply', 'No comments:', 'Check Also', 'Adjust font size:', 'Our Standards:The Thomson Reuters Trust Principles.',
    'June 22, 2016 / 10:00 PM / a year ago', '9th February 2016, 14:45 GMT+11', 'HELP SUPPORT INDEPENDENT MEDIA. DONATE HERE',
  ]) assert.ok(isFurniture(line), line);
  for (const prose of [
    'Register now, election officials told voters who lack access to polling stations.', 'This video has failed to convince investigators, the police said.',
    'Page 12 of the report lists 3 more sites.', 'World news leaders meet in Brussels', 'Home Secretary warns of new threats to national security',
    'Business leaders say world trade is slowing', 'Live news from the world markets sports desk today',
    'Latest news on health care reform in Europe and Asia today', 'Latest news in Europe', 'More news from Asia', 'This article is more than 4 pages long.', 'Leave a reply at the desk, the clerk said.',
    'Villagers were urged to donate now as the floods spread.', 'Watch our story unfold, the director told the audience.',
  ]) assert.not.ok(isFurniture(prose), prose);
});

test.run();
