import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { learnFurniture } from '../../src/furniture/learn-furniture.js';
import { FurnitureLearner, learnFurnitureFromSamples } from '../../src/furniture/learn-from-samples.js';
import { sampleFurniture, type FurnitureStory } from '../../src/furniture/sample-furniture.js';
import { isWirediffError } from '../../src/errors.js';
import { article, GENERATED, QUAKE, RATES, SIGN_UP } from './story-articles.js';

const OUTLET = 'northcoast.example';
const story = (reference: readonly string[], ...copies: [string | null, readonly string[]][]): FurnitureStory => ({
  reference: article(reference),
  copies: copies.map(([outlet, texts]) => ({ outlet, article: article(texts) })),
});
const texts = (learned: ReturnType<typeof learnFurniture>, outlet = OUTLET) => learned.outlets[outlet]?.map((e) => e.text) ?? [];

test('learnFurniture: a line one outlet adds to two different stories is its furniture', () => {
  const learned = learnFurniture([
    story(QUAKE, [OUTLET, [...QUAKE, GENERATED]]),
    story(RATES, [OUTLET, [GENERATED, ...RATES]]),
  ]);
  assert.equal(learned.outlets, { [OUTLET]: [{ text: GENERATED, stories: 2 }] });
  assert.is(learned.stories, 2);
  assert.is(learned.minStories, 2);
});

test('learnFurniture: a line repeated only within one story (in two copies of it) is not', () => {
  const learned = learnFurniture([
    story(QUAKE, [OUTLET, [...QUAKE, GENERATED]], [OUTLET, [GENERATED, ...QUAKE]]),
    story(RATES, [OUTLET, RATES]),
  ]);
  assert.equal(learned.outlets, {});
});

test('learnFurniture: the same line from two different outlets is furniture of neither', () => {
  const learned = learnFurniture([
    story(QUAKE, [OUTLET, [...QUAKE, GENERATED]]),
    story(RATES, ['marketdaily.example', [...RATES, GENERATED]]),
  ]);
  assert.equal(learned.outlets, {});
});

test('learnFurniture: a line any reference of the set holds is never learned, even repeated by an outlet', () => {
  const background = 'The bank has raised rates nine times since 2022.';
  const learned = learnFurniture([
    story(QUAKE, [OUTLET, [...QUAKE, background, GENERATED]]),
    story(RATES, [OUTLET, [...RATES, background, GENERATED]]),
    story([...RATES.slice(1), background], [null, RATES]),
  ]);
  assert.equal(texts(learned), [GENERATED]);
});

test('learnFurniture: a long paragraph repeated across stories is not furniture; maxWords sets the bound', () => {
  const long = `${'The outlet adds a long paragraph of its own background to every story it runs, '.repeat(4)}which readers should see.`;
  const stories = [story(QUAKE, [OUTLET, [...QUAKE, long, SIGN_UP]]), story(RATES, [OUTLET, [...RATES, long, SIGN_UP]])];
  assert.equal(texts(learnFurniture(stories)), [SIGN_UP.replace('—', '-')]);
  assert.equal(texts(learnFurniture(stories, { maxWords: 5 })), []);
  assert.equal(texts(learnFurniture(stories, { maxWords: 100 })).length, 2);
});

test('learnFurniture: minStories raises the bar; a bad value is refused with its name', () => {
  const stories = [story(QUAKE, [OUTLET, [...QUAKE, GENERATED]]), story(RATES, [OUTLET, [...RATES, GENERATED]])];
  assert.equal(texts(learnFurniture(stories, { minStories: 3 })), []);
  assert.equal(texts(learnFurniture([...stories, story(['A third story, about something else.'], [OUTLET, [GENERATED]])], { minStories: 3 })), [GENERATED]);
  try {
    learnFurniture(stories, { minStories: 1 });
    assert.unreachable('minStories 1 would make every added line furniture');
  } catch (error) {
    assert.ok(isWirediffError(error, 'WD_BAD_OPTION'));
    assert.is((error as { input?: string }).input, 'minStories');
  }
});

test('learnFurniture: only body blocks are candidates, and copies without an outlet take no part', () => {
  const caption = 'A view of the harbour. North Coast News photo';
  const withCaption = (texts: readonly string[]) => {
    const a = article([...texts, caption]);
    return { ...a, blocks: a.blocks.map((b) => (b.text === caption ? { ...b, role: 'caption' as const, form: 'caption' as const } : b)) };
  };
  const learned = learnFurniture([
    { reference: article(QUAKE), copies: [{ outlet: OUTLET, article: withCaption(QUAKE) }, { outlet: null, article: article([...QUAKE, SIGN_UP]) }] },
    { reference: article(RATES), copies: [{ outlet: OUTLET, article: withCaption(RATES) }, { outlet: null, article: article([...RATES, SIGN_UP]) }] },
  ]);
  assert.equal(learned.outlets, {});
});

test('learnFurniture: texts differing only in case, quotes, dashes or spaces count as one, shown one way', () => {
  const learned = learnFurniture([
    story(QUAKE, [OUTLET, [...QUAKE, 'Don’t miss a story — follow us']]),
    story(RATES, [OUTLET, [...RATES, "DON'T  MISS A STORY - FOLLOW US"]]),
  ]);
  assert.equal(learned.outlets[OUTLET], [{ text: "DON'T MISS A STORY - FOLLOW US", stories: 2 }]);
});

test('learnFurniture: the same table whatever the order of stories, copies and outlets', () => {
  const third = ['A third story, about a harvest.', 'Farmers said yields were up.'];
  const stories = [
    story(QUAKE, [OUTLET, [...QUAKE, GENERATED, 'Follow us']], ['marketdaily.example', [SIGN_UP, ...QUAKE]]),
    story(RATES, ['marketdaily.example', [...RATES, SIGN_UP, 'follow us']], [OUTLET, [...RATES, 'FOLLOW US', GENERATED]]),
    story(third, ['marketdaily.example', [...third, 'Follow us', SIGN_UP]], [OUTLET, [...third]]),
  ];
  const reversed = [...stories].reverse().map((s) => ({ ...s, copies: [...s.copies].reverse().map((c) => ({ ...c, article: { ...c.article, blocks: [...c.article.blocks].reverse() } })) }));
  const one = learnFurniture(stories);
  assert.equal(Object.keys(one.outlets), ['marketdaily.example', OUTLET]);
  assert.equal(texts(one, 'marketdaily.example').length, 2);
  assert.equal(JSON.stringify(learnFurniture(reversed)), JSON.stringify(one));
});

test('learnFurnitureFromSamples: samples are plain data that survive JSON, and learn as the stories do', () => {
  const stories = [story(QUAKE, [OUTLET, [...QUAKE, GENERATED]]), story(RATES, [OUTLET, [GENERATED, ...RATES]])];
  const samples = stories.map((s) => JSON.parse(JSON.stringify(sampleFurniture(s))));
  assert.equal(learnFurnitureFromSamples(samples), learnFurniture(stories));
  assert.equal(sampleFurniture(stories[0]!).copies, [{ outlet: OUTLET, texts: [GENERATED] }], 'the story\'s own paragraphs are no candidates');
});

test('FurnitureLearner: samples counted in one at a time, in any order, learn what the whole list does', () => {
  const stories = [
    story(QUAKE, [OUTLET, [...QUAKE, GENERATED]], ['marketdaily.example', [...QUAKE, SIGN_UP]]),
    story(RATES, [OUTLET, [GENERATED, ...RATES]], ['marketdaily.example', [SIGN_UP, ...RATES]]),
    story([...RATES, GENERATED], [OUTLET, [...RATES, GENERATED]]), // a reference holding the line
  ];
  const samples = stories.map((s) => sampleFurniture(s));
  const whole = JSON.stringify(learnFurnitureFromSamples(samples));
  for (const order of [[0, 1, 2], [2, 1, 0], [1, 2, 0]]) {
    const learner = new FurnitureLearner();
    for (const k of order) learner.add(samples[k]!);
    assert.is(JSON.stringify(learner.table()), whole, `order ${order}`);
  }
  const learned = learnFurnitureFromSamples(samples);
  assert.equal(texts(learned), [], 'a line a reference holds is not learned');
  assert.equal(texts(learned, 'marketdaily.example').length, 1, 'the other outlet\'s line is');
});

test('FurnitureLearner: a table taken part way is not changed by samples added after it', () => {
  const learner = new FurnitureLearner();
  learner.add(sampleFurniture(story(QUAKE, [OUTLET, [...QUAKE, GENERATED]])));
  learner.add(sampleFurniture(story(RATES, [OUTLET, [GENERATED, ...RATES]])));
  const early = learner.table();
  const before = JSON.stringify(early);
  learner.add(sampleFurniture(story([...QUAKE, GENERATED], [OUTLET, [...QUAKE, GENERATED]]))); // now a reference holds it
  assert.is(JSON.stringify(early), before);
  assert.equal(texts(early), [GENERATED]);
  assert.equal(texts(learner.table()), []);
  assert.is(learner.table().stories, 3);
});

test('learnFurniture: an edited story paragraph an outlet repeats under two stories is never furniture', () => {
  // One outlet's copy of an old version filed under a story and under its update: the edit
  // "29" -> "28" must stay visible, though the paragraph is in neither reference as written.
  const first = ['BRUSSELS (Reuters) - All 29 ambassadors of the US-led military alliance issued the statement on Tuesday.', 'Diplomats said sanctions were not enforced.'];
  const update = [first[0]!, 'Diplomats said sanctions were not enforced by trading partners.', 'NATO will meet again in October.'];
  const oldCopy = [first[0]!.replace('29', '28'), first[1]!, GENERATED];
  const learned = learnFurniture([story(first, [OUTLET, oldCopy]), story(update, [OUTLET, oldCopy])]);
  assert.equal(texts(learned), [GENERATED]);
});

test.run();
