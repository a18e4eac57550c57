import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { CREDIT_PATTERNS } from '../../src/credits/credit-patterns.js';
import { AGENCIES } from '../../src/credits/agencies.js';
import { auditPattern } from '../../src/notes/audit-pattern.js';
import { assertLinear, compile, matches, SEED_CAPTION } from '../pattern-table.js';

const SEED_CREDIT_LINE = '(Reporting by Robin Emmott; Editing by Andrew Heavens)';

const CREDIT_TYPES = ['byline', 'credit-line', 'photo', 'dateline', 'copyright', 'source'];
const firstMatch = (id: string, text: string) => {
  const rule = CREDIT_PATTERNS.find((r) => r.id === id);
  if (!rule) throw new Error(`no credit rule ${id}`);
  return compile(rule).exec(text)?.[0] ?? null;
};
const agenciesIn = (text: string) => AGENCIES.filter((agency) => matches(agency, text)).map((agency) => agency.id).sort();

test('CREDIT_PATTERNS ids are unique and kebab-case, with known types', () => {
  const ids = CREDIT_PATTERNS.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate id');
  for (const rule of CREDIT_PATTERNS) {
    assert.match(rule.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${rule.id} is not kebab-case`);
    assert.ok(CREDIT_TYPES.includes(rule.type), `${rule.id}: unknown type ${rule.type}`);
    assert.ok(rule.description.length > 0 && !rule.description.includes('\n'), `${rule.id}: description`);
  }
});

test('every credit pattern compiles with its flags, which include u and never g or y', () => {
  for (const rule of CREDIT_PATTERNS) {
    assert.match(rule.flags, /^(?!.*(.).*\1)[imsu]*u[imsu]*$/, `${rule.id}: flags ${rule.flags}`);
    assert.not.throws(() => compile(rule), `${rule.id} must compile`);
  }
});

test('every credit rule matches its example', () => {
  for (const rule of CREDIT_PATTERNS) assert.ok(matches(rule, rule.example), `${rule.id} must match: ${rule.example}`);
});

test('no credit rule matches its near-miss', () => {
  for (const rule of CREDIT_PATTERNS) assert.not.ok(matches(rule, rule.nearMiss), `${rule.id} must not match: ${rule.nearMiss}`);
});

test('no other rule of the same type matches a credit rule’s example', () => {
  for (const rule of CREDIT_PATTERNS) {
    for (const other of CREDIT_PATTERNS) {
      if (other === rule || other.type !== rule.type) continue;
      assert.not.ok(matches(other, rule.example), `${other.id} overlaps ${rule.id} on: ${rule.example}`);
    }
  }
});

test('the seed story’s photo credit and credit line are found as written', () => {
  const hits = CREDIT_PATTERNS.flatMap((rule) =>
    [SEED_CAPTION, SEED_CREDIT_LINE].flatMap((text) => [...text.matchAll(compile(rule, 'g'))].map((m) => `${rule.id}: ${m[0]}`)),
  ).sort();
  assert.equal(hits, [`credit-line-parenthesised: ${SEED_CREDIT_LINE}`, 'photo-via-agency: KCNA/via REUTERS']);
});

test('each credit form is reported as the credit itself, not the text around it', () => {
  const cases: Array<[string, string, string]> = [
    ['credit-line-plain', 'Reporting by Robin Emmott; editing by Andrew Heavens', 'Reporting by Robin Emmott; editing by Andrew Heavens'],
    ['credit-line-plain', 'Compiled by Dhanya Ann Thoppil', 'Compiled by Dhanya Ann Thoppil'],
    ['credit-line-plain', 'Additional reporting by Ledger staff.', 'Additional reporting by Ledger staff.'],
    ['credit-line-plain', 'Writing by Robin Emmott in Brussels and Hyonhee Shin in Seoul', 'Writing by Robin Emmott in Brussels and Hyonhee Shin in Seoul'],
    ['credit-line-parenthesised', 'talks. (Additional reporting by Phil Stewart in Washington)', '(Additional reporting by Phil Stewart in Washington)'],
    ['contributed-to-this-report', 'NATO said nothing. Kim Tong-hyung in Seoul contributed to this report.', 'Kim Tong-hyung in Seoul contributed to this report.'],
    ['contributed-to-this-report', 'Associated Press writer Matthew Lee in Washington, D.C., contributed to this report.', 'Associated Press writer Matthew Lee in Washington, D.C., contributed to this report.'],
    ['reported-from', 'Yamaguchi reported from Tokyo. Associated Press writer Foster Klug in Seoul contributed to this report.', 'Yamaguchi reported from Tokyo.'],
    ['reported-from', 'Kim and Lee reported from Seoul, South Korea.', 'Kim and Lee reported from Seoul, South Korea.'],
    ['copyright', 'Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', 'Copyright 2017 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.'],
    ['byline', 'By Robin Emmott', 'By Robin Emmott'],
    ['byline', 'NATO URGES PRESSURE\nBy Robin Emmott and Jane Doe\nBRUSSELS (Reuters) -', 'By Robin Emmott and Jane Doe'],
    ['byline', 'By JOHN SMITH, Associated Press', 'By JOHN SMITH, Associated Press'],
    ['photo-agency-slash', 'REUTERS/Kim Kyung-Hoon TPX IMAGES OF THE DAY', 'REUTERS/Kim Kyung-Hoon'],
    ['photo-agency-slash', 'The KCNA picture. REUTERS/KCNA', 'REUTERS/KCNA'],
    ['photo-via-agency', 'Pyongyang July 5, 2017. KCNA/via REUTERS ATTENTION EDITORS', 'KCNA/via REUTERS'],
    ['photo-via-agency', '(Korean Central News Agency/Korea News Service via AP)', 'Korean Central News Agency/Korea News Service via AP'],
    ['photo-via-agency', 'in Pyongyang. STR/AFP via Getty Images', 'STR/AFP via Getty Images'],
    ['photo-via-agency', 'the Russian space agency said.(Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP)', 'Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP'],
    ['photo-via-agency', 'at the plant, in this handout picture. Ministry of Defence/Handout via REUTERS ATTENTION EDITORS', 'Ministry of Defence/Handout via REUTERS'],
    ['photo-via-agency', 'Office of the President/Handout via REUTERS', 'Office of the President/Handout via REUTERS'],
    ['photo-slash-afp', 'officials at the site. KCNA VIA KNS / AFP RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT', 'KCNA VIA KNS / AFP'],
    ['photo-slash-afp', 'Rescuers search the rubble in Karangasem. Anthony WALLACE/AFP', 'Anthony WALLACE/AFP'],
    ['photo-slash-afp', 'STR / AFP', 'STR / AFP'],
    ['afp-desk-slug', 'burs-jm/ser', 'burs-jm/ser'],
    ['afp-desk-slug', 'The story ends here.\nsst/dhc-mtp', 'sst/dhc-mtp'],
    ['ap-photo', 'walk in Seoul, South Korea. (AP Photo/Ahn Young-joon)', '(AP Photo/Ahn Young-joon)'],
    ['ap-photo', 'AP Photo/Lee Jin-man, File', 'AP Photo/Lee Jin-man, File'],
    ['getty-images', 'Getty Images', 'Getty Images'],
    ['photo-label', 'Photo: REUTERS/Kim Kyung-Hoon', 'Photo: REUTERS/Kim Kyung-Hoon'],
    ['dateline', 'BRUSSELS (Reuters) - NATO urged all countries', 'BRUSSELS (Reuters) -'],
    ['dateline', 'SEOUL, South Korea (AP) — North Korea', 'SEOUL, South Korea (AP) —'],
    ['dateline', 'PARIS (AFP) - France said', 'PARIS (AFP) -'],
    ['dateline', 'Karangasem (Indonesia) (AFP) - Thousands of travellers', 'Karangasem (Indonesia) (AFP) -'],
    ['dateline', 'SEOUL/WASHINGTON, Sept 6 (Reuters) - North Korea', 'SEOUL/WASHINGTON, Sept 6 (Reuters) -'],
    ['dateline', '(Reuters) - NATO urged all countries', '(Reuters) -'],
    ['copyright', 'Footer. © 2017 Thomson Reuters', '© 2017 Thomson Reuters'],
    ['copyright', '(c) Reuters', '(c) Reuters'],
    ['copyright', '© Copyright Thomson Reuters 2017.', '© Copyright Thomson Reuters 2017'],
    ['copyright', 'Copyright 2016 United Press International, Inc. All Rights Reserved', 'Copyright 2016 United Press International, Inc'],
    ['afp-photo', 'in this handout picture. AFP PHOTO / HANDOUT / PRESIDENTIAL PRESS OFFICE RESTRICTED TO EDITORIAL USE', 'AFP PHOTO / HANDOUT / PRESIDENTIAL PRESS OFFICE'],
    ['afp-photo', 'AFP PHOTO / KCNA VIA KNS THIS PICTURE WAS MADE AVAILABLE BY A THIRD PARTY.', 'AFP PHOTO / KCNA VIA KNS'],
    ['photo-slash-afp', 'the scene. HANDOUT / SOCIAL MEDIA / AFP', 'HANDOUT / SOCIAL MEDIA / AFP'],
    ['photo-slash-afp', 'HANDOUT / MINISTRY OF DEFENCE/AFP', 'HANDOUT / MINISTRY OF DEFENCE/AFP'],
    ['photo-slash-afp', 'Demonstrators gather in Seoul. LEE JIN-MAN/AFP', 'LEE JIN-MAN/AFP'],
    ['photo-via-agency-in-words', 'the port. (U.S. Navy via AP)', '(U.S. Navy via AP)'],
    ['photo-via-agency-in-words', 'Smoke rises over the port. Social media via AP', 'Social media via AP'],
    ['photo-via-agency-in-words', 'The port. Social media via AP The content of this image is as provided and cannot be independently verified.', 'Social media via AP'],
    ['photo-via-agency', 'taken from video released on November 2, 2023. Social media/Handout via REUTERS', 'Social media/Handout via REUTERS'],
    ['photo-via-agency', 'taken from video. Social media handout via Reuters ATTENTION EDITORS', 'Social media handout via Reuters'],
    ['photo-source-parenthesised', 'The site. (Korean Central News Agency/Korea News Service)', '(Korean Central News Agency/Korea News Service)'],
    ['photo-by-agency', 'Kim Jong Un at a test in 2016. Photo by Reuters/KCNA/File photo', 'Photo by Reuters/KCNA/File photo'],
    ['photo-handout', 'A view of the damaged building. Presidential Press Office/Handout ATTENTION EDITORS', 'Presidential Press Office/Handout'],
    ['photo-handout', 'in this undated handout photo. HANDOUT / MINISTRY OF DEFENCE RESTRICTED TO EDITORIAL USE', 'HANDOUT / MINISTRY OF DEFENCE'],
    ['photo-handout', 'HANDOUT / SOCIAL MEDIA', 'HANDOUT / SOCIAL MEDIA'],
    ['photo-bracketed', 'Rescuers search the debris. [Photo/people.com.cn]', '[Photo/people.com.cn]'],
    ['photo-label', 'Picture: Shutterstock /V.k.Madhav', 'Picture: Shutterstock /V.k.Madhav'],
    ['photo-label', '(Photographer: SeongJoon Cho/Bloomberg)', 'Photographer: SeongJoon Cho/Bloomberg'],
    ['photo-label', 'Photo: Kim Hong-Ji/Reuters. The minister said', 'Photo: Kim Hong-Ji/Reuters'],
    ['photo-label', 'A view of the port. File photo: Yves Herman/Reuters', 'File photo: Yves Herman/Reuters'],
    ['dateline', 'March 28 (Reuters) - The Kremlin said', 'March 28 (Reuters) -'],
    ['dateline', 'Sept. 6 (AP) — North Korea', 'Sept. 6 (AP) —'],
    ['dateline', 'New Delhi, Nov 14 (PTI) Chief Justice Sanjiv Khanna', 'New Delhi, Nov 14 (PTI)'],
    ['dateline', '(AP) Dhaka - Local police said', '(AP) Dhaka -'],
    // Split off its paragraph (splitDateline), the tag stands alone and is still the credit.
    ['dateline', 'New Delhi, Nov 14 (PTI)', 'New Delhi, Nov 14 (PTI)'],
    ['dateline', '(AP) Dhaka -', '(AP) Dhaka -'],
    ['dateline', 'SEOUL, Feb. 8 (UPI) -- A North Korean patrol boat', 'SEOUL, Feb. 8 (UPI) --'],
    ['dateline', 'RIO DE JANEIRO (Reuters) - Brazil said', 'RIO DE JANEIRO (Reuters) -'],
    ['dateline', 'Rio de Janeiro (AFP) - Brazil said', 'Rio de Janeiro (AFP) -'],
    ['dateline', 'ST. LOUIS (AP) — Police said', 'ST. LOUIS (AP) —'],
    ['dateline', 'PORT-AU-PRINCE, Haiti (AP) — Gangs', 'PORT-AU-PRINCE, Haiti (AP) —'],
    ['byline', 'By DPA,', 'By DPA,'],
  ];
  for (const [id, text, expected] of cases) assert.is(firstMatch(id, text), expected, `${id} on: ${text}`);
});

test('credit rules leave prose alone', () => {
  const cases: Array<[string, string]> = [
    ['byline', 'By the end of the week, NATO had issued a statement.'],
    ['byline', 'By Monday'],
    ['dateline', 'NATO said in Brussels (Reuters reported) that'],
    ['photo-agency-slash', 'REUTERS/IPSOS POLL'],
    ['photo-via-agency', 'Diplomats briefed Reuters via telephone.'],
    ['credit-line-plain', 'Reporting by state media said the test was a success.'],
    ['credit-line-plain', 'Reporting by Reuters showed the sanctions were flouted.'],
    ['credit-line-plain', 'Writing by hand, the diplomat noted the date.'],
    ['copyright', 'Copyright law in South Korea was amended.'],
    ['photo-slash-afp', '(Photo by JUNG YEON-JE / AFP)'],
    ['photo-slash-afp', 'STR/AFP via Getty Images'],
    ['afp-desk-slug', 'and/or'],
    ['afp-desk-slug', 'she/her'],
    ['afp-desk-slug', 'Visit example.com/news/world for more.'],
    ['photo-via-agency-in-words', 'Footage of the launch was obtained via AP.'],
    ['photo-via-agency-in-words', 'Pictures obtained via AP showed the launch.'],
    ['photo-via-agency', 'Pictures obtained via Reuters showed the launch.'],
    ['photo-source-parenthesised', 'He quoted the song (Highway/Back in Black) at the rally.'],
    ['photo-by-agency', '(Photo by JUNG YEON-JE / AFP)'],
    ['photo-handout', 'HANDOUT / PRESIDENTIAL PRESS OFFICE / AFP'],
    ['photo-handout', 'Ministry of Defence/Handout via REUTERS'],
    ['photo-bracketed', '[Photo/Xinhua/Reuters/AP/AFP/KCNA]'],
    ['dateline', 'Officials in Brussels (AP) and Seoul said'],
    ['dateline', '(AP) North Korea fired a missile on Monday - its third this month'],
    ['dateline', 'March 28 was the day (Reuters) - reported'],
    ['dateline', 'NATO urged all countries to act. It said (AP) - reported - nothing more.'],
  ];
  for (const [id, text] of cases) assert.is(firstMatch(id, text), null, `${id} must not match: ${text}`);
});

test('AGENCIES ids are unique, patterns compile, examples match and near-misses do not', () => {
  const ids = AGENCIES.map((agency) => agency.id);
  assert.equal(new Set(ids).size, ids.length, 'duplicate id');
  for (const id of ['reuters', 'ap', 'afp', 'dpa', 'bloomberg', 'xinhua', 'kyodo', 'yonhap', 'kcna', 'upi', 'pti']) assert.ok(ids.includes(id), `missing ${id}`);
  for (const agency of AGENCIES) {
    assert.match(agency.flags, /^(?!.*(.).*\1)[imsu]*u[imsu]*$/, `${agency.id}: flags ${agency.flags}`);
    assert.ok(matches(agency, agency.example), `${agency.id} must match: ${agency.example}`);
    assert.not.ok(matches(agency, agency.nearMiss), `${agency.id} must not match: ${agency.nearMiss}`);
  }
});

test('AGENCIES name the agencies in real credits', () => {
  const cases: Array<[string, string[]]> = [
    ['KCNA/via REUTERS', ['kcna', 'reuters']],
    ['© 2017 Thomson Reuters', ['reuters']],
    ['SEOUL, South Korea (AP) —', ['ap']],
    ['AP — North Korea', ['ap']],
    ['By JOHN SMITH, Associated Press', ['ap']],
    ['STR/AFP via Getty Images', ['afp', 'getty']],
    ['PARIS, Sept 6 (Agence France-Presse)', ['afp']],
    ['Agence France Presse', ['afp']],
    ['Korean Central News Agency/Korea News Service via AP', ['ap', 'kcna']],
    ['Yonhap via REUTERS', ['reuters', 'yonhap']],
    ['(Bloomberg) --', ['bloomberg']],
    ['SEOUL, Feb. 8 (UPI) --', ['upi']],
    ['Copyright 2016 United Press International, Inc.', ['upi']],
    ['UPI payments rose', []],
    ['New Delhi, Nov 14 (PTI)', ['pti']],
    ['the Press Trust of India reported', ['pti']],
    ['PTI chairman Imran Khan addressed the rally', []],
    ['By DPA,', ['dpa']],
    ['The DPA fined the company', []],
    ['APAC markets snap back', []],
    ['Reuter’s founder', []],
  ];
  for (const [text, expected] of cases) assert.equal(agenciesIn(text), expected, text);
});

test('no credit or agency pattern has a backreference or nested repetition', () => {
  for (const rule of [...CREDIT_PATTERNS, ...AGENCIES]) assert.equal(auditPattern(rule.pattern), [], rule.id);
});

test('every credit pattern runs in linear time on ~1 MB of adversarial input', () => {
  for (const rule of CREDIT_PATTERNS) assertLinear(rule);
});

test('every agency pattern runs in linear time on ~1 MB of adversarial input', () => {
  for (const agency of AGENCIES) assertLinear(agency);
});

test.run();
