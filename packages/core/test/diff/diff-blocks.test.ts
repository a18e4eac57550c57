import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diffBlocks } from '../../src/diff/diff-blocks.js';

// The seed story's own sentences, edited as copies edit them.
const AMBASSADORS = "All 29 ambassadors of the U.S.-led military alliance issued the statement as world powers sought a common response to North Korea's sixth and largest nuclear bomb test.";
const APPEAL = "NATO urged all countries to step up efforts to enforce sanctions on North Korea and stop its weapons tests - an appeal that diplomats said was aimed at the reclusive state's trading partners, suspected of holding back on penalties.";
const QUOTE = '"China, African, other Asian countries continue to trade with North Korea. Our governments are saying to Guinea-Bissau, to Malaysia, to China that they need to tighten their sanctions enforcement," said a NATO diplomat involved in discussions about how to resolve the North Korea crisis.';

const mark = (edits: ReturnType<typeof diffBlocks>) =>
  edits.map((e) => `${e.removed ? `<del>${e.removed}</del>` : ''}${e.added ? `<ins>${e.added}</ins>` : ''}:${e.categories.join('+')}`);

test('diffBlocks reports a changed number as a number edit', () => {
  assert.equal(mark(diffBlocks(AMBASSADORS, AMBASSADORS.replace('29', '28'))), ['<del>29</del><ins>28</ins>:number']);
});

test('diffBlocks reports a dropped "suspected of" as a hedge edit', () => {
  assert.equal(mark(diffBlocks(APPEAL, APPEAL.replace('suspected of ', ''))), ['<del>suspected of</del>:hedge']);
});

test('diffBlocks reports a shortened quote as a quote edit, in one piece', () => {
  const shortened = QUOTE.replace(' Our governments are saying to Guinea-Bissau, to Malaysia, to China that they need to tighten their sanctions enforcement,', ',').replace('Korea.,', 'Korea,');
  const edits = diffBlocks(QUOTE, shortened);
  assert.is(edits.length, 1);
  assert.ok(edits[0]!.categories.includes('quote'));
  assert.not.ok(edits[0]!.categories.includes('attribution'), 'speech verbs inside the quote are not attribution');
});

test('diffBlocks reports a removed "said a NATO diplomat" as attribution', () => {
  const cut = QUOTE.replace(' said a NATO diplomat involved in discussions about how to resolve the North Korea crisis.', '').replace('enforcement,"', 'enforcement."');
  const edits = diffBlocks(QUOTE, cut);
  assert.ok(edits.some((e) => e.categories.includes('attribution')), JSON.stringify(edits));
});

test('diffBlocks reports "not" removed as negation, a changed month as date, a changed surname as name', () => {
  assert.equal(mark(diffBlocks('NATO is not directly involved in the crisis.', 'NATO is directly involved in the crisis.')), ['<del>not</del>:negation']);
  assert.equal(mark(diffBlocks('He planned to travel in October.', 'He planned to travel in November.')), ['<del>October</del><ins>November</ins>:date']);
  // Beside "said", the changed name is also the speaker's: attribution as well.
  assert.equal(mark(diffBlocks('NATO Secretary-General Jens Stoltenberg said.', 'NATO Secretary-General Jens Stoltenburg said.')), ['<del>Stoltenberg</del><ins>Stoltenburg</ins>:attribution+name']);
  assert.equal(mark(diffBlocks('NATO Secretary-General Jens Stoltenberg will travel to Seoul.', 'NATO Secretary-General Jens Stoltenburg will travel to Seoul.')), ['<del>Stoltenberg</del><ins>Stoltenburg</ins>:name']);
});

test('diffBlocks calls curly quotes, U.S./US, per cent/percent and a serial comma style, and nothing else', () => {
  const styled = QUOTE.replace(/"/g, (_, i: number) => (i === 0 ? '\u201C' : '\u201D'));
  assert.ok(diffBlocks(QUOTE, styled).every((e) => e.categories.join() === 'style'));
  assert.ok(diffBlocks(AMBASSADORS, AMBASSADORS.replace('U.S.', 'US')).every((e) => e.categories.join() === 'style'));
  assert.equal(mark(diffBlocks('Prices rose 5 per cent.', 'Prices rose 5 percent.')), ['<del>per cent</del><ins>percent</ins>:style']);
  assert.equal(mark(diffBlocks('Guinea-Bissau, Malaysia, and China', 'Guinea-Bissau, Malaysia and China')), ['<del>,</del>:style']);
});

test('diffBlocks finds nothing in texts that differ only in white space', () => {
  assert.equal(diffBlocks('All 29  ambassadors\n issued', 'All 29 ambassadors issued'), []);
});

test('diffBlocks quotes the changed words exactly as written', () => {
  const edits = diffBlocks('He said \u201Cno\u201D twice.', 'He said \u201Cyes\u201D twice.');
  assert.is(edits[0]!.removed, 'no');
  assert.is(edits[0]!.added, 'yes');
  assert.ok(edits[0]!.categories.includes('quote'));
});

// Each category from news phrasing: the first column is the reference, the second the copy.
const categoriesOf = (a: string, b: string) => [...new Set(diffBlocks(a, b).flatMap((e) => e.categories))].sort();

test('diffBlocks calls money, percentages, spelled numbers and units number edits', () => {
  assert.equal(categoriesOf('The company said revenue rose to $5.2 million.', 'The company said revenue rose to $5.2 billion.'), ['number']);
  assert.equal(categoriesOf('Unemployment fell to 4.3 percent.', 'Unemployment fell to 4.8 percent.'), ['number']);
  assert.equal(categoriesOf('Six people were killed in the attack.', 'Seven people were killed in the attack.'), ['number']);
  assert.equal(categoriesOf('The convoy travelled 40 km to the border.', 'The convoy travelled 40 miles to the border.'), ['number']);
});

test('diffBlocks calls "6" for "six", "%" for "per cent" and "Sept." for "September" style', () => {
  assert.equal(categoriesOf('Six people were killed in the attack.', '6 people were killed in the attack.'), ['style']);
  assert.equal(categoriesOf('Unemployment fell to 4.3 per cent in August.', 'Unemployment fell to 4.3% in August.'), ['style']);
  assert.equal(categoriesOf('Talks ended on Sept. 6, officials said.', 'Talks ended on September 6, officials said.'), ['style']);
  assert.equal(categoriesOf('The U.S. Defense Department will organise talks.', 'The US Defence Department will organize talks.'), ['style']);
  assert.equal(categoriesOf("It's a 'major step', he said.", 'It\'s a "major step", he said.'), ['style']);
});

test('diffBlocks calls words cut from a quote, quote marks dropped and a paraphrase put in quotes quote edits', () => {
  assert.equal(categoriesOf('The minister said the talks were a "complete disaster" for the country.', 'The minister said the talks were a disaster for the country.'), ['quote']);
  assert.equal(categoriesOf('"It is imperative," the statement read.', 'It is imperative, the statement read.'), ['quote']);
  assert.ok(categoriesOf('Officials said the plan was dead.', '"The plan is dead," officials said.').includes('quote'));
});

test('diffBlocks calls a dropped "allegedly", "is said to have" or "appears to have" a hedge edit, not attribution', () => {
  assert.equal(categoriesOf('The man allegedly stabbed two officers.', 'The man stabbed two officers.'), ['hedge']);
  assert.equal(categoriesOf('The general is said to have fled to Turkey.', 'The general fled to Turkey.'), ['hedge']);
  assert.equal(categoriesOf('The fire appears to have started in the kitchen.', 'The fire started in the kitchen.'), ['hedge']);
});

test('diffBlocks calls a cut or changed "according to X", "X told reporters" or "police said" attribution', () => {
  assert.equal(categoriesOf('The attack killed 12 people, according to local officials.', 'The attack killed 12 people.'), ['attribution']);
  assert.equal(categoriesOf('The death toll rose to 12, according to the health ministry.', 'The death toll rose to 12, according to the army.'), ['attribution']);
  assert.equal(categoriesOf('"We will not back down," Smith told reporters on Monday.', '"We will not back down," Smith said on Monday.'), ['attribution']);
  assert.equal(categoriesOf('He said the talks had failed.', 'Analysts said the talks had failed.'), ['attribution']);
  assert.equal(categoriesOf('The attack was carried out by rebels, police said.', 'The attack was carried out by rebels.'), ['attribution']);
});

test('diffBlocks calls "denied" turned to "confirmed" and a dropped "never" negation', () => {
  assert.equal(categoriesOf('The Kremlin denied any involvement in the attack.', 'The Kremlin confirmed its involvement in the attack.'), ['negation']);
  assert.equal(categoriesOf('He has never visited Pyongyang.', 'He has visited Pyongyang.'), ['negation']);
});

test('diffBlocks calls a changed weekday, hour or day of the month a date edit, not a number edit', () => {
  assert.equal(categoriesOf('The talks will resume on Tuesday.', 'The talks will resume on Wednesday.'), ['date']);
  assert.equal(categoriesOf('The vote is due at 10 a.m. local time.', 'The vote is due at 11 a.m. local time.'), ['date']);
  assert.equal(categoriesOf('The blast happened at 10:30 GMT.', 'The blast happened at 11:30 GMT.'), ['date']);
  assert.equal(categoriesOf('Talks ended on Sept. 6, 2017.', 'Talks ended on Sept. 7, 2017.'), ['date']);
  // Beside "year" or "weeks" a number is a count of them, not a date.
  assert.equal(categoriesOf('The yield on the 10-year note rose.', 'The yield on the 30-year note rose.'), ['number']);
  assert.equal(categoriesOf('The strike lasted 15 weeks.', 'The strike lasted 16 weeks.'), ['number']);
});

test('diffBlocks calls a rewording with none of these wording', () => {
  assert.equal(categoriesOf('Efforts to impose fresh sanctions have run into opposition.', 'Efforts to impose fresh sanctions have met resistance.'), ['wording']);
});

// Style is not substance (issue #16): each style rule beside the edit it must not hide.
test('diffBlocks calls a contraction written out style, and a "not" dropped from it negation', () => {
  assert.equal(mark(diffBlocks("Officials haven't said.", 'Officials have not said.')), ["<del>haven't</del><ins>have not</ins>:style"]);
  assert.equal(mark(diffBlocks("They can't say whether it's safe.", 'They cannot say whether it is safe.')), ["<del>can't</del><ins>cannot</ins>:style", "<del>it's</del><ins>it is</ins>:style"]);
  assert.equal(mark(diffBlocks("Officials haven't said.", 'Officials have said.')), ["<del>haven't</del><ins>have</ins>:negation"]);
  assert.equal(mark(diffBlocks('We don\u2019t know, he said.', 'We do know, he said.')), ['<del>don\u2019t</del><ins>do</ins>:negation']);
  // "it's" reads "it is" or "it has": either written out is the same contraction.
  assert.equal(categoriesOf("It's the first time it's happened.", 'It is the first time it has happened.'), ['style']);
});

test('diffBlocks calls U.S./American, the DPRK and a cell phone for a mobile phone style, another country a name edit', () => {
  assert.equal(categoriesOf('U.S. regulators were also attacked.', 'American regulators were also attacked.'), ['style']);
  assert.equal(categoriesOf('North Korea test-fired a missile.', "The Democratic People's Republic of Korea test-fired a missile."), ['style']);
  assert.equal(categoriesOf('Apple and other cell phone makers', 'Apple and other mobile phone makers'), ['style']);
  assert.equal(categoriesOf('U.S. regulators met North Korea.', 'U.S. regulators met South Korea.'), ['name']);
});

test('diffBlocks calls a conversion dropped, a unit spelled out and a currency sign for its word style; another quantity a number edit', () => {
  assert.equal(mark(diffBlocks('The zone reaches 500 meters (1,640 feet).', 'The zone reaches 1,640 feet.')), ['<del>500 meters (</del>:style', '<del>)</del>:style']);
  assert.equal(categoriesOf('The zone reaches 500 meters (1,640 feet).', 'The zone reaches 500 metres.'), ['style']);
  assert.equal(categoriesOf('The crater lies 10 km away.', 'The crater lies 10 kilometres away.'), ['style']);
  assert.equal(categoriesOf('It will pay $19.7 billion.', 'It will pay 19.7 billion dollars.'), ['style']);
  assert.equal(categoriesOf('Temperatures hit 35C (95F).', 'Temperatures hit 95 degrees Fahrenheit.'), ['style']);
  assert.equal(mark(diffBlocks('The zone reaches 500 meters.', 'The zone reaches 600 meters.')), ['<del>500</del><ins>600</ins>:number']);
  assert.ok(categoriesOf('The zone reaches 500 meters (1,640 feet).', 'The zone reaches 500 feet.').includes('number'));
  // 10 km is 6.2 miles: "7 miles" is another distance, "6 miles" the same one rounded.
  assert.equal(mark(diffBlocks('The crater lies 10 km away.', 'The crater lies 7 miles away.')), ['<del>10 km</del><ins>7 miles</ins>:number']);
  assert.equal(categoriesOf('The crater lies 10 km away.', 'The crater lies 6 miles away.'), ['style']);
  assert.equal(categoriesOf('It will pay $19.7 billion.', 'It will pay 19.7 billion euros.'), ['number']);
  assert.equal(mark(diffBlocks('The company was fined \u00A35 million.', 'The company was fined $5 million.')), ['<del>\u00A3</del><ins>$</ins>:number']);
});

test('diffBlocks calls a changed link or a stock code cut style, and another company’s code a name edit, never a number edit', () => {
  assert.equal(mark(diffBlocks('See http://bit.ly/2BUze4K for more.', 'See http://bit.ly/3xQz9Ab for more.')), ['<del>2BUze4K</del><ins>3xQz9Ab</ins>:style']);
  assert.equal(mark(diffBlocks('Tesla Inc (TSLA.O) fell.', 'Tesla Inc fell.')), ['<del>(TSLA.O)</del>:style']);
  assert.equal(categoriesOf('Tesla Inc (TSLA.O) fell.', 'Tesla Inc (NASDAQ: TSLA) fell.'), ['style']);
  assert.equal(mark(diffBlocks('Tesla Inc (TSLA.O) fell.', 'Tesla Inc (F.N) fell.')), ['<del>TSLA.O</del><ins>F.N</ins>:name']);
  assert.not.ok(categoriesOf('Samsung (005930.KS) fell.', 'Samsung (000660.KS) fell.').includes('number'));
  assert.equal(categoriesOf('Flight MH17 was shot down.', 'Flight MH370 was shot down.'), ['name']);
});

test('diffBlocks calls a mis-encoded apostrophe, a stripped accent and an honorific left off style; Mr for Ms is an edit', () => {
  assert.equal(mark(diffBlocks("The Standard & Poor's 500 fell.", 'The Standard & Poor\u201Ds 500 fell.')), ["<del>Poor's</del><ins>Poor\u201Ds</ins>:style"]);
  assert.equal(mark(diffBlocks('Minister Thomas de Maizi\u00E8re spoke.', 'Minister Thomas de Maiziere spoke.')), ['<del>Maizi\u00E8re</del><ins>Maiziere</ins>:style']);
  assert.equal(mark(diffBlocks('Mr Kim said the launch was a success.', 'Kim said the launch was a success.')), ['<del>Mr</del>:style']);
  assert.equal(categoriesOf('Mr Kim said the launch was a success.', 'Ms Kim said the launch was a success.'), ['wording']);
});

test('diffBlocks calls an article or preposition put in style, but not inside a quotation or before a number', () => {
  assert.equal(mark(diffBlocks('The tsunami Saturday night struck without warning.', 'The tsunami on Saturday night struck without warning.')), ['<ins>on</ins>:style']);
  assert.equal(mark(diffBlocks('She asked them to remain vigilant but not panic.', 'She asked them to remain vigilant and not panic.')), ['<del>but</del><ins>and</ins>:style']);
  assert.equal(mark(diffBlocks('The flood killed over 100 people.', 'The flood killed 100 people.')), ['<del>over</del>:wording']);
  assert.equal(mark(diffBlocks('"We got to the downtown," he said.', '"We got to downtown," he said.')), ['<del>the</del>:quote']);
  assert.equal(categoriesOf('The vigil was held before the funeral.', 'The vigil was held after the funeral.'), ['wording']);
});

test('diffBlocks calls the speaker’s pronoun replaced by the speaker’s name style; another speaker stays attribution', () => {
  // A name opening a sentence that the text never writes in lower case is a name too.
  assert.equal(mark(diffBlocks('Hicks said the toll had risen.', 'Fischer said the toll had risen.')), ['<del>Hicks</del><ins>Fischer</ins>:attribution+name']);
  assert.equal(mark(diffBlocks('Hydrangeas prefer shade, and hydrangeas need water.', 'Nakamura prefer shade, and hydrangeas need water.')), ['<del>Hydrangeas</del><ins>Nakamura</ins>:name']);
  assert.equal(mark(diffBlocks("Shadlen's work shows how we decide.", "Lindqvist's work shows how we decide.")), ["<del>Shadlen's</del><ins>Lindqvist's</ins>:name"]);
  assert.equal(mark(diffBlocks('"We fear a tsunami," she said.', '"We fear a tsunami," Karnawati said.')), ['<del>she</del><ins>Karnawati</ins>:style']);
  assert.equal(categoriesOf('In a statement, his children said they were saddened.', "Professor Hawking's children said in a statement they were saddened."), ['style']);
  assert.equal(mark(diffBlocks('"We fear a tsunami," Karnawati said.', '"We fear a tsunami," Widodo said.')), ['<del>Karnawati</del><ins>Widodo</ins>:attribution+name']);
  assert.equal(mark(diffBlocks('"We fear a tsunami," she said.', '"We fear a tsunami," police said.')), ['<del>she</del><ins>police</ins>:attribution']);
  assert.equal(mark(diffBlocks('"We fear a tsunami," she said.', '"We fear a tsunami," he said.')), ['<del>she</del><ins>he</ins>:attribution']);
  // Opening a sentence, a capital may be any word: a plural or a body of people is another speaker.
  assert.equal(mark(diffBlocks('She said the toll had risen.', 'Karnawati said the toll had risen.')), ['<del>She</del><ins>Karnawati</ins>:style']);
  assert.equal(mark(diffBlocks('He said the talks had failed.', 'Analysts said the talks had failed.')), ['<del>He</del><ins>Analysts</ins>:attribution']);
  assert.equal(mark(diffBlocks('He said the talks had failed.', 'Police said the talks had failed.')), ['<del>He</del><ins>Police</ins>:attribution']);
  // A name the reference never gave, put beside its speaker, is for a checker to see: a name edit.
  assert.equal(mark(diffBlocks('"We will rebuild," a police spokesman said.', '"We will rebuild," police spokesman John Smith said.')), ['<del>a</del>:style', '<ins>John Smith</ins>:name']);
});

test('diffBlocks calls the same attribution before or after the quotation, or inverted, style; cut or changed, attribution', () => {
  assert.equal(categoriesOf('She said: "We fear a tsunami."', '"We fear a tsunami," she said.'), ['style']);
  assert.equal(categoriesOf('"We fear a tsunami," said Karnawati.', 'Karnawati said: "We fear a tsunami."'), ['style']);
  assert.equal(categoriesOf('"It is over," said Finot.', '"It is over," Finot said.'), ['style']);
  assert.equal(categoriesOf('He said the dead included a young woman.', 'The dead included a young woman, police chief Mohammad Khan said.'), ['style']);
  assert.equal(categoriesOf('"We fear a tsunami," she said.', '"We fear a tsunami."'), ['attribution', 'quote']);
  assert.equal(categoriesOf('"We will go," Smith told Jones.', 'Jones told Smith: "We will go."'), ['attribution', 'name', 'quote']);
  assert.equal(categoriesOf('Smith said Jones lied.', 'Smith, Jones said, lied.'), ['attribution']);
  // The speaker and the words describing them, reordered within the sentence.
  const tremor = 'The tremor lasted one to two minutes with a rumbling noise, and everyone ran out of the buildings';
  assert.equal(categoriesOf(`"${tremor}," said Ma Wulong, a local resident in Menyuan county.`,
    `A local resident in Menyuan County, Ma Wulong, said, "${tremor}."`), ['style']);
  // A word changed on the way is not a reordering.
  assert.ok(categoriesOf(`"${tremor}," said Ma Wulong, a local resident in Menyuan county.`,
    `A local official in Menyuan County, Ma Wulong, said, "${tremor}."`).some((c) => c !== 'style'));
  // Moved into the next sentence, it attributes another claim.
  assert.equal(categoriesOf('He said the talks failed. Sanctions remain.', 'The talks failed. Sanctions remain, Kim said.'), ['attribution', 'name', 'style']);
});

test('diffBlocks calls "the order of the CJI" turned into "the CJI\u2019s order" style, another owner a name edit', () => {
  assert.equal(mark(diffBlocks('It came under the order of the CJI.', 'It came under the CJI\u2019s order.')), ['<ins>CJI\u2019s</ins>:style', '<del>of the CJI</del>:style']);
  assert.ok(categoriesOf('It came under the order of the CJI.', 'It came under the Court\u2019s order.').includes('name'));
});

test('diffBlocks calls a name or its bracketed initials left off style while the other stays; both gone is a name edit', () => {
  assert.equal(mark(diffBlocks('The International Atomic Energy Agency (IAEA) said.', 'The IAEA said.')), ['<del>International Atomic Energy Agency (</del>:style', '<del>)</del>:style']);
  assert.equal(mark(diffBlocks('The Joint Chiefs of Staff (JCS) said.', 'The Joint Chiefs of Staff said.')), ['<del>(JCS)</del>:style']);
  assert.ok(categoriesOf('The International Atomic Energy Agency (IAEA) said.', 'The agency said.').includes('name'));
});

test.run();
