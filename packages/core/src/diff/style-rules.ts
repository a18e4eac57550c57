/**
 * The ways copies restyle a wire story without changing what it tells a reader, as data: each
 * rule has an id, what it does, the forms it reads, a real-looking example pair (reference,
 * copy) that must compare as `style` only (or not at all), and a near-miss pair that looks alike
 * but changes the story and must stay above style. test/diff/style-rules.test.ts holds every
 * rule to both through diffBlocks.
 *
 * How a rule's data is read depends on its kind:
 * - `key`: a fold of one word's comparison key (tokenKey): `folds` are [gate, pattern,
 *   replacement] rewrites run when the key contains the gate, `words` whole words given
 *   another's key ([from, to]), `letters` single letters folded alike;
 * - `same`: each class of `forms` is one thing said several ways; every form, one word or a
 *   phrase, is compared as the first form of its class (foldTokens);
 * - `contractions`: word endings and whole words written out ("haven't" is "have not");
 * - `units`: units of measure by dimension with their size, for converted quantities;
 * - `words`: a word list a rule of the diff reads (honorifics, function words, pronouns);
 * - `code`: done by the diff itself; `forms` says what it compares.
 */

/** A fold of one word's comparison key: [gate the key must contain, pattern, replacement]. */
export type KeyFold = readonly [gate: string, pattern: string, replacement: string];

interface RuleBase {
  /** Stable kebab-case id. */
  id: string;
  /** One line: what the copy did and why it changes nothing. */
  description: string;
  /** [reference, copy] that must compare as style only, or as no edit at all. */
  example: readonly [string, string];
  /** [reference, copy] that looks alike but changes what a reader is told. */
  nearMiss: readonly [string, string];
}

/** One style rule: how copies write the same thing differently. */
export type StyleRule = RuleBase & (
  | { kind: 'key'; folds?: readonly KeyFold[]; words?: readonly (readonly [string, string])[]; letters?: readonly (readonly [string, string])[] }
  | { kind: 'same'; forms: readonly (readonly string[])[] }
  | { kind: 'contractions'; endings: readonly (readonly [string, string])[]; whole: readonly (readonly [string, string])[]; isAfter: readonly string[]; hasBefore: readonly string[] }
  | { kind: 'units'; units: readonly Unit[] }
  | { kind: 'words'; words: readonly string[] }
  | { kind: 'code'; forms: readonly string[] }
);

/** A unit of measure: its dimension, its size in the dimension's base unit, its names. */
export interface Unit {
  dimension: 'length' | 'area' | 'mass' | 'volume' | 'speed' | 'temperature';
  /** Base units per unit (metres, square metres, kilograms, litres, m/s, kelvin steps). */
  size: number;
  /** Added before scaling: temperature scales start elsewhere (°F − 32). */
  offset?: number;
  /** Names compared as one (the first is the key), and letters read only right after digits ("35C"). */
  names: readonly string[];
  suffixes?: readonly string[];
}

const RULES: StyleRule[] = [
  // ── typography and orthography ──
  {
    id: 'quote-marks', kind: 'code',
    description: 'Curly or straight, single or double quotation marks and apostrophes (normalizeText).',
    forms: ['\u201C \u201D \u201E \u00AB \u00BB "', '\u2018 \u2019 \u201A \u2032 \'', 'a quotation mark restyled is not a quotation mark added or dropped'],
    example: ['"It\'s a major step," he said.', '\u2018It\u2019s a major step,\u2019 he said.'],
    nearMiss: ['The minister called the talks a "disaster".', 'The minister called the talks a disaster.'],
  },
  {
    id: 'dashes-and-punctuation', kind: 'code',
    description: 'Dashes, a serial comma, an ellipsis spaced or not, a full stop inside or outside the closing quote.',
    forms: ['- \u2013 \u2014', 'A, B, and C / A, B and C', '... / . . .', '."  / ".'],
    example: ['Guinea-Bissau, Malaysia, and China - all trading partners - were named.', 'Guinea-Bissau, Malaysia and China \u2014 all trading partners \u2014 were named.'],
    nearMiss: ['Guinea-Bissau, Malaysia and China were named.', 'Guinea-Bissau and China were named.'],
  },
  {
    id: 'capitalisation', kind: 'code',
    description: 'Capital letters only: "Menyuan County" and "Menyuan county" (keys are lower case).',
    forms: ['every key is lower case'],
    example: ['He lives in Menyuan County.', 'He lives in Menyuan county.'],
    nearMiss: ['He lives in Menyuan County.', 'He lives in Qilian County.'],
  },
  {
    id: 'joined-words', kind: 'code',
    description: 'The same letters written as one word, two words or with a hyphen, and initials with or without points or spaces.',
    forms: ['air strikes / airstrikes', 'e-mail / email', 'front-line / frontline', 'B R Gavai / BR Gavai', 'U.S. / US'],
    example: ['Yemen said air strikes hit a front-line post, Justice B R Gavai said.', 'Yemen said airstrikes hit a frontline post, Justice BR Gavai said.'],
    nearMiss: ['Yemen said air strikes hit the post.', 'Yemen said ground strikes hit the post.'],
  },
  {
    id: 'number-format', kind: 'code',
    description: 'Thousands with or without commas, and zero to ten in words or digits.',
    forms: ['1,000 / 1000', 'zero … ten / 0 … 10'],
    example: ['Six people were killed and 1,200 were displaced.', '6 people were killed and 1200 were displaced.'],
    nearMiss: ['Six people were killed and 1,200 were displaced.', 'Seven people were killed and 1,200 were displaced.'],
  },
  {
    id: 'month-abbreviations', kind: 'key',
    description: 'A month written short or in full.',
    words: [['jan', 'january'], ['feb', 'february'], ['apr', 'april'], ['jun', 'june'], ['jul', 'july'], ['aug', 'august'], ['sep', 'september'], ['sept', 'september'], ['oct', 'october'], ['nov', 'november'], ['dec', 'december']],
    example: ['Talks ended on Sept. 6, officials said.', 'Talks ended on September 6, officials said.'],
    nearMiss: ['Talks ended on Sept. 6, officials said.', 'Talks ended on Oct. 6, officials said.'],
  },
  {
    id: 'accents', kind: 'key',
    description: 'Accents left off a name ("Maizière" / "Maiziere") and letters outlets cannot print ("Łódź" / "Lodz").',
    letters: [['ø', 'o'], ['ł', 'l'], ['ß', 'ss'], ['æ', 'ae'], ['œ', 'oe'], ['đ', 'd'], ['ð', 'd'], ['ı', 'i'], ['þ', 'th'], ['ħ', 'h']],
    example: ['Interior Minister Thomas de Maizière said the camp in Łódź was full.', 'Interior Minister Thomas de Maiziere said the camp in Lodz was full.'],
    nearMiss: ['Interior Minister Thomas de Maizière said the camp was full.', 'Interior Minister Thomas de Maistre said the camp was full.'],
  },
  {
    id: 'encoding-slips', kind: 'code',
    description: 'An apostrophe mis-encoded as a closing quotation mark ("Poor\u201Ds") or as mojibake ("Poor\u00E2\u20AC\u2122s").',
    forms: ['\u201D between a word and s, t, re, ve, ll, d or m', '\u00E2\u20AC\u2122 for \u2019'],
    example: ["The Standard & Poor's 500 fell six points and it's down.", 'The Standard & Poor\u201Ds 500 fell six points and it\u00E2\u20AC\u2122s down.'],
    nearMiss: ["The Standard & Poor's 500 fell six points.", "The Moody's 500 fell six points."],
  },
  // ── British and American spelling ──
  {
    id: 'spelling-our-or', kind: 'key',
    description: 'British -our, American -or: "neighbouring" / "neighboring", "favourite" / "favorite".',
    folds: [['our', '^(\\p{L}{3,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|ist|ists|ism|al|hood|hoods)?$', '$1or$2']],
    example: ['Rebels fought in neighbouring Yemen, a favourite of the Labour party.', 'Rebels fought in neighboring Yemen, a favorite of the Labor party.'],
    nearMiss: ['The vote was timed to favour the rebels.', 'The vote was timed to flavour the rebels.'],
  },
  {
    id: 'spelling-ise-ize', kind: 'key',
    description: 'British -ise/-yse, American -ize/-yze: "organised" / "organized", "analyse" / "analyze".',
    folds: [
      ['is', '^(\\p{L}{2,})is(e|es|ed|ing|er|ers|ation|ations)$', '$1iz$2'],
      ['ys', '^(\\p{L}{2,})ys(e|es|ed|ing|er|ers)$', '$1yz$2'],
    ],
    example: ['The ministry organised talks to analyse the test.', 'The ministry organized talks to analyze the test.'],
    nearMiss: ['The ministry organised talks.', 'The ministry authorised talks.'],
  },
  {
    id: 'spelling-re-er', kind: 'key',
    description: 'British -tre/-bre/-gre, American -ter/-ber/-ger: "centre" / "center", "fibre" / "fiber", "metres" / "meters".',
    folds: [
      ['re', '^(\\p{L}{2,})([tbg])re(s)?$', '$1$2er$3'],
      ['tr', '^(\\p{L}{2,})tr(ed|ing)$', '$1ter$2'],
    ],
    example: ['The shelter centre stands 500 metres from the theatre.', 'The shelter center stands 500 meters from the theater.'],
    nearMiss: ['The shelter centre stands 500 metres away.', 'The shelter centre stands 500 feet away.'],
  },
  {
    id: 'spelling-doubled-l', kind: 'key',
    description: 'British -lled/-lling/-ller, American -led/-ling/-ler: "travelled" / "traveled".',
    folds: [['ll', '^(\\p{L}{2,}[aeiou])ll(ed|ing|er|ers|or|ors|ous)$', '$1l$2']],
    example: ['John Paul travelled the world; the trip was cancelled.', 'John Paul traveled the world; the trip was canceled.'],
    nearMiss: ['The trip was cancelled.', 'The trip was called.'],
  },
  {
    id: 'spelling-ogue-og', kind: 'key',
    description: 'British -ogue, American -og: "dialogue" / "dialog", "catalogue" / "catalog".',
    folds: [['ogue', '^(\\p{L}{3,})ogue(s)?$', '$1og$2']],
    example: ['The envoy called for dialogue.', 'The envoy called for dialog.'],
    nearMiss: ['The envoy called for dialogue.', 'The envoy called for a monologue.'],
  },
  {
    id: 'spelling-ae-oe', kind: 'key',
    description: 'ae and oe in Greek and Latin roots, American e: "paediatric" / "pediatric", "haemorrhage", "foetus", "diarrhoea".',
    folds: [
      ['ae', '^haem', 'hem'], ['ae', 'paed', 'ped'], ['ae', 'aemia$', 'emia'], ['ae', 'anaesth', 'anesth'],
      ['ae', 'gynaec', 'gynec'], ['ae', 'faec', 'fec'], ['ae', 'palaeo', 'paleo'], ['ae', 'mediaev', 'mediev'],
      ['ae', 'caesarean', 'cesarean'], ['oe', '^oesoph', 'esoph'], ['oe', '^oestr', 'estr'], ['oe', '^oedem', 'edem'],
      ['oe', '^foet', 'fet'], ['oe', 'rrhoea', 'rrhea'],
    ],
    example: ['A paediatric ward treated anaemia and diarrhoea.', 'A pediatric ward treated anemia and diarrhea.'],
    nearMiss: ['A paediatric ward treated anaemia.', 'A paediatric ward treated leukaemia.'],
  },
  {
    id: 'spelling-wards', kind: 'key',
    description: 'British -wards, American -ward: "towards" / "toward", "afterwards" / "afterward".',
    folds: [['wards', '^(after|back|down|for|in|on|out|up|north|south|east|west|home|sea|sky|earth|heaven|to)wards$', '$1ward']],
    example: ['The boat sailed towards the coast and turned back afterwards.', 'The boat sailed toward the coast and turned back afterward.'],
    nearMiss: ['The boat sailed towards the coast.', 'The boat sailed away from the coast.'],
  },
  {
    id: 'spelling-words', kind: 'key',
    description: 'British and American spellings no rule above derives, and words a rule must leave alone (timbre, prise).',
    words: [
      ['defence', 'defense'], ['offence', 'offense'], ['pretence', 'pretense'], ['licence', 'license'], ['practise', 'practice'],
      ['programme', 'program'], ['programmes', 'programs'], ['grey', 'gray'], ['tyre', 'tire'], ['tyres', 'tires'],
      ['aluminium', 'aluminum'], ['whilst', 'while'], ['amongst', 'among'], ['judgement', 'judgment'], ['ageing', 'aging'],
      ['acknowledgement', 'acknowledgment'], ['cheque', 'check'], ['cheques', 'checks'], ['kerb', 'curb'], ['plough', 'plow'],
      ['mould', 'mold'], ['smoulder', 'smolder'], ['moustache', 'mustache'], ['pyjamas', 'pajamas'], ['jewellery', 'jewelry'],
      ['sceptic', 'skeptic'], ['sceptical', 'skeptical'], ['scepticism', 'skepticism'], ['storey', 'story'], ['storeys', 'stories'],
      ['fulfil', 'fulfill'], ['fulfilment', 'fulfillment'], ['enrol', 'enroll'], ['enrolment', 'enrollment'], ['instalment', 'installment'],
      ['skilful', 'skillful'], ['wilful', 'willful'], ['manoeuvre', 'maneuver'], ['manoeuvres', 'maneuvers'], ['manoeuvred', 'maneuvered'],
      ['manoeuvring', 'maneuvering'], ['learnt', 'learned'], ['burnt', 'burned'], ['dreamt', 'dreamed'], ['spoilt', 'spoiled'],
      ['sulphur', 'sulfur'], ['artefact', 'artifact'], ['artefacts', 'artifacts'], ['gaol', 'jail'], ['cosy', 'cozy'],
      ['practised', 'practiced'], ['practises', 'practices'], ['practising', 'practicing'], ['licences', 'licenses'], ['defences', 'defenses'],
      ['offences', 'offenses'], ['instalments', 'installments'], ['skilfully', 'skillfully'], ['wilfully', 'willfully'], ['focussed', 'focused'],
      ['focussing', 'focusing'], ['benefitted', 'benefited'], ['benefitting', 'benefiting'], ['likeable', 'likable'], ['sizeable', 'sizable'],
      ['annexe', 'annex'], ['axe', 'ax'], ['doughnut', 'donut'], ['yoghurt', 'yogurt'], ['spelt', 'spelled'], ['leapt', 'leaped'],
      ['timbre', 'timbre'], ['prise', 'prise'],
    ],
    example: ['The defence programme was a grey area.', 'The defense program was a gray area.'],
    nearMiss: ['The defence programme was a grey area.', 'The defence budget was a grey area.'],
  },
  // ── the same thing named differently ──
  {
    id: 'percent', kind: 'same',
    description: 'A percentage written "per cent", "percent", "%" or "pct".',
    forms: [['percent', 'per cent', '%', 'pct']],
    example: ['Prices rose 5 per cent and wages 3 percent.', 'Prices rose 5% and wages 3 pct.'],
    nearMiss: ['Prices rose 5 per cent.', 'Prices rose 5 percentage points.'],
  },
  {
    id: 'country-names', kind: 'same',
    description: 'A country or body under its short, full, official or abbreviated name, or its adjective ("U.S. regulators" / "American regulators").',
    forms: [
      ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America', 'American'],
      ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'British'],
      ['North Korea', 'DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea"],
      ['South Korea', 'Republic of Korea', 'ROK'],
      ['China', "People's Republic of China", 'PRC'],
      ['Russia', 'Russian Federation'],
      ['Czech Republic', 'Czechia'],
      ['Ivory Coast', "Côte d'Ivoire"],
      ['Turkey', 'Türkiye'],
      ['Myanmar', 'Burma'],
      ['United Arab Emirates', 'UAE', 'U.A.E.'],
      ['United Nations', 'UN', 'U.N.'],
      ['European Union', 'EU', 'E.U.'],
    ],
    example: ["U.S. regulators and the Democratic People's Republic of Korea met at the United Nations.", 'American regulators and North Korea met at the UN.'],
    nearMiss: ['U.S. regulators met North Korea.', 'U.S. regulators met South Korea.'],
  },
  {
    id: 'regional-vocabulary', kind: 'same',
    description: 'British and American words for the same thing, a short reviewed list (not "gas", "flat" or "holiday": they mean other things too).',
    forms: [
      ['mobile phone', 'cell phone', 'cellphone', 'mobile telephone'], ['mobile phones', 'cell phones', 'cellphones'],
      ['petrol', 'gasoline'], ['lorry', 'truck'], ['lorries', 'trucks'], ['railway', 'railroad'], ['railways', 'railroads'],
      ['car park', 'parking lot'], ['car parks', 'parking lots'], ['aeroplane', 'airplane'], ['aeroplanes', 'airplanes'],
      ['maths', 'math'], ['postcode', 'zip code'], ['anticlockwise', 'counterclockwise'], ['mum', 'mom'],
    ],
    example: ['Apple and other cell phone makers were named.', 'Apple and other mobile phone makers were named.'],
    nearMiss: ['Apple and other cell phone makers were named.', 'Apple and other car makers were named.'],
  },
  {
    id: 'contractions', kind: 'contractions',
    description: 'A contraction written out or not: "haven\'t" / "have not", "can\'t" / "cannot", "it\'s" / "it is" (a "not" dropped is still a negation).',
    endings: [["n't", 'not'], ["'re", 'are'], ["'ve", 'have'], ["'ll", 'will'], ["'m", 'am'], ["'d", 'would']],
    whole: [["won't", 'will not'], ["can't", 'can not'], ['cannot', 'can not'], ["shan't", 'shall not'], ["let's", 'let us']],
    // "it's" is "it is" after these words; before "been", "got" or "had" it is "it has" ("'d": "had").
    isAfter: ['it', 'that', 'there', 'here', 'what', 'who', 'where', 'he', 'she', 'how'],
    hasBefore: ['been', 'got', 'had'],
    example: ["Officials haven't said whether it's safe, and they can't say.", 'Officials have not said whether it is safe, and they cannot say.'],
    nearMiss: ["Officials haven't said whether it's safe.", 'Officials have said whether it is safe.'],
  },
  {
    id: 'units', kind: 'units',
    description: 'A unit written short or in full ("km" / "kilometres"), and a quantity converted: "500 meters (1,640 feet)", "500 metres" and "1,640 feet" are one quantity; the conversion may round to its last digit.',
    units: [
      { dimension: 'length', size: 1000, names: ['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'kms'] },
      { dimension: 'length', size: 1, names: ['meters', 'meter', 'metres', 'metre'], suffixes: ['m'] },
      { dimension: 'length', size: 0.01, names: ['cm', 'centimeters', 'centimeter', 'centimetres', 'centimetre'] },
      { dimension: 'length', size: 0.001, names: ['mm', 'millimeters', 'millimeter', 'millimetres', 'millimetre'] },
      { dimension: 'length', size: 1852, names: ['nautical miles', 'nautical mile'] },
      { dimension: 'length', size: 1609.344, names: ['miles', 'mile', 'mi'] },
      { dimension: 'length', size: 0.9144, names: ['yards', 'yard', 'yd', 'yds'] },
      { dimension: 'length', size: 0.3048, names: ['feet', 'foot', 'ft'] },
      { dimension: 'length', size: 0.0254, names: ['inches', 'inch'] },
      { dimension: 'area', size: 1e6, names: ['square kilometers', 'square kilometer', 'square kilometres', 'square kilometre', 'sq km', 'km2'] },
      { dimension: 'area', size: 2589988, names: ['square miles', 'square mile', 'sq mi'] },
      { dimension: 'area', size: 1, names: ['square meters', 'square meter', 'square metres', 'square metre', 'sq m'] },
      { dimension: 'area', size: 0.092903, names: ['square feet', 'square foot', 'sq ft'] },
      { dimension: 'area', size: 1e4, names: ['hectares', 'hectare', 'ha'] },
      { dimension: 'area', size: 4046.86, names: ['acres', 'acre'] },
      { dimension: 'mass', size: 1, names: ['kg', 'kilograms', 'kilogram', 'kilos', 'kilo', 'kgs'] },
      { dimension: 'mass', size: 0.001, names: ['grams', 'gram'] },
      { dimension: 'mass', size: 1000, names: ['tonnes', 'tonne', 'metric tons', 'metric ton'] },
      { dimension: 'mass', size: 907.185, names: ['tons', 'ton'] },
      { dimension: 'mass', size: 0.453592, names: ['lb', 'lbs', 'pounds', 'pound'] },
      { dimension: 'mass', size: 0.0283495, names: ['ounces', 'ounce', 'oz'] },
      { dimension: 'volume', size: 1, names: ['liters', 'liter', 'litres', 'litre'] },
      { dimension: 'volume', size: 3.78541, names: ['gallons', 'gallon'] },
      { dimension: 'volume', size: 1000, names: ['cubic meters', 'cubic meter', 'cubic metres', 'cubic metre'] },
      { dimension: 'speed', size: 1 / 3.6, names: ['km/h', 'kph', 'kmh', 'kilometers per hour', 'kilometres per hour'] },
      { dimension: 'speed', size: 0.44704, names: ['mph', 'miles per hour'] },
      { dimension: 'speed', size: 0.514444, names: ['knots', 'knot'] },
      { dimension: 'temperature', size: 1, names: ['celsius', 'centigrade', 'degrees celsius'], suffixes: ['c'] },
      { dimension: 'temperature', size: 5 / 9, offset: -32, names: ['fahrenheit', 'degrees fahrenheit'], suffixes: ['f'] },
    ],
    example: ['The zone reaches 500 meters (1,640 feet) and the crater lies 10 km away.', 'The zone reaches 1,640 feet and the crater lies 10 kilometres away.'],
    nearMiss: ['The zone reaches 500 meters (1,640 feet).', 'The zone reaches 600 meters.'],
  },
  {
    id: 'currency-format', kind: 'code',
    description: 'An amount with its currency as a sign or a word: "$19.7 billion" / "19.7 billion dollars" / "US$19.7bn", "€14.5 billion" / "14.5 billion euros".',
    forms: ['$ US$ USD dollar dollars', '€ EUR euro euros', '£ GBP pound pounds sterling', '¥ JPY CNY yen yuan', 'thousand million billion trillion bn mn; m after a currency sign'],
    example: ['BNP Paribas will pay 14.5 billion euros ($19.7 billion).', 'BNP Paribas will pay €14.5bn (19.7 billion dollars).'],
    nearMiss: ['BNP Paribas will pay 14.5 billion euros.', 'BNP Paribas will pay 14.5 billion dollars.'],
  },
  // ── links and codes ──
  {
    id: 'links', kind: 'code',
    description: 'Anything inside a web address: outlets shorten and tag links, and a digit in "bit.ly/2BUze4K" is not a number.',
    forms: ['http:// https:// www. and domain/path'],
    example: ['Read the report at http://bit.ly/2BUze4K today.', 'Read the report at https://bit.ly/3xQz9Ab today.'],
    nearMiss: ['Read the 2 reports at http://bit.ly/2BUze4K today.', 'Read the 3 reports at http://bit.ly/2BUze4K today.'],
  },
  {
    id: 'tickers', kind: 'words',
    description: 'A stock code in brackets, "(TSLA.O)" as Reuters writes it or "(NASDAQ: TSLA)" after one of these exchanges, cut, added or written for another exchange; another company\'s code is a name edit, never a number edit.',
    words: ['nyse', 'nasdaq', 'amex', 'otc', 'lse', 'tsx', 'asx', 'hkex', 'sgx', 'krx', 'kosdaq', 'tse', 'nse', 'bse', 'xetra', 'euronext'],
    example: ['Tesla Inc (TSLA.O) and Samsung (005930.KS) fell.', 'Tesla Inc (NASDAQ: TSLA) and Samsung fell.'],
    nearMiss: ['Tesla Inc (TSLA.O) fell.', 'Tesla Inc (F.N) fell.'],
  },
  {
    id: 'acronyms', kind: 'words',
    description: 'A name spelled out with its initials in brackets, and either one alone: "the Joint Chiefs of Staff (JCS)" / "the JCS"; these small words may stand between the initials.',
    words: ['of', 'the', 'for', 'and', 'on', 'in', 'de'],
    example: ['Warning shots were fired, according to the Joint Chiefs of Staff (JCS).', 'Warning shots were fired, according to the JCS.'],
    nearMiss: ['Warning shots were fired, according to the Joint Chiefs of Staff (JCS).', 'Warning shots were fired, according to the NIS.'],
  },
  {
    id: 'acronym-plurals', kind: 'code',
    description: 'An acronym in the plural or the singular ("PILs" / "PIL", "MLAs" / "MLA"), the other words the same: how a desk writes the name, not another name; a count that changes stays a number edit.',
    forms: ['an acronym of two capitals or more, with or without a plural "s"'],
    example: ['Public interest litigations (PILs) will be heard by the first bench.', 'Public interest litigations (PIL) will be heard by the first bench.'],
    nearMiss: ['Two MPs (MLAs) will be heard by the first bench.', 'Two MPs (MLCs) will be heard by the first bench.'],
  },
  // ── people and speakers ──
  {
    id: 'honorifics', kind: 'words',
    description: 'An honorific put before a name or left off ("Mr Kim" / "Kim" / "Mr. Kim"); one swapped for another (Mr / Ms) stays an edit.',
    words: ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir'],
    example: ['Kim said the launch was a success, and Dr. Lee agreed.', 'Mr Kim said the launch was a success, and Lee agreed.'],
    nearMiss: ['Mr Kim said the launch was a success.', 'Mr Moon said the launch was a success.'],
  },
  {
    id: 'speaker-pronouns', kind: 'words',
    description: 'A pronoun replaced by the name it stands for, or the reverse ("she said" / "Karnawati said", "his children" / "Hawking\'s children"): the same speaker; another speaker stays an attribution edit.',
    words: ['he', 'she', 'they', 'his', 'her', 'their'],
    example: ['"We fear a tsunami," she said at a news conference.', '"We fear a tsunami," Karnawati said at a news conference.'],
    nearMiss: ['"We fear a tsunami," Karnawati said.', '"We fear a tsunami," Widodo said.'],
  },
  {
    id: 'attribution-order', kind: 'code',
    description: 'The same attribution before or after the quotation, or inverted ("she said" / "said she", "Y said" / "said Y"), the same words: not an edit.',
    forms: ['"X," she said. / She said: "X."', '"X," said Y. / "X," Y said. / Y said: "X."', 'He said X. / X, Y said.',
      '"X," said Y, a Z. / A Z, Y, said, "X." (the same words in another order, one sentence, no second party)'],
    example: ['Spokesman Andre Finot told French media: "Everything is burning." "It is over," said Finot.', '"Everything is burning," spokesman Andre Finot told French media. "It is over," Finot said.'],
    nearMiss: ['Spokesman Andre Finot told French media: "Everything is burning."', '"Everything is burning."'],
  },
  {
    id: 'continued-quotation', kind: 'code',
    description: 'A quotation running on into a new paragraph opens it with a quotation mark again: a copy that splits a quoted paragraph adds the mark, one that merges the paragraphs drops it.',
    forms: ['“A. B.” / “A.\n“B.”', 'a quotation mark alone, opening a paragraph, where the other side is quoting'],
    example: ['“He was a great scientist. We will miss him forever.”', '“He was a great scientist.\n“We will miss him forever.”'],
    nearMiss: ['He said he was a great scientist. We will miss him forever.', 'He said he was a great scientist.\n“We will miss him forever.”'],
  },
  {
    id: 'moved-words', kind: 'code',
    description: 'Three or more words or a sentence moved, word for word, within the paragraph ("In a statement, X said" / "X said in a statement").',
    forms: ['a deletion and an insertion of the same three or more words, outside quotations', 'sentences in another order'],
    example: ['In a statement, his children said they were saddened.', 'His children said in a statement they were saddened.'],
    nearMiss: ['In a statement, his children said they were saddened.', 'His children said they were saddened.'],
  },
  {
    id: 'function-words', kind: 'words',
    description: 'An article or preposition alone put in or left out ("late Tuesday" / "late on Tuesday", "the downtown"), or one of these for another, outside quotations and not before a number ("over 100" stays an edit).',
    words: ['the', 'a', 'an', 'of', 'in', 'on', 'at', 'over', 'that', 'which', 'and', 'but'],
    example: ['The tsunami Saturday night struck as he got to downtown Menyuan, BNP said Monday.', 'The tsunami on Saturday night struck as he got to the downtown Menyuan, BNP said on Monday.'],
    nearMiss: ['The flood killed over 100 people.', 'The flood killed 100 people.'],
  },
  {
    id: 'connectives', kind: 'words',
    description: 'A word that links a sentence to the ones around it put in or left out ("also", "meanwhile", "respectively"), or one of these for another, outside quotations: the sentence tells the same facts.',
    words: ['also', 'meanwhile', 'however', 'moreover', 'furthermore', 'additionally', 'respectively', 'nevertheless', 'nonetheless'],
    example: ['The court will also hear the appeals of the two states, respectively.', 'Meanwhile, the court will hear the appeals of the two states.'],
    nearMiss: ['The court will also hear the appeals.', 'The court will never hear the appeals.'],
  },
];

/** Every style rule, in reading order. */
export const STYLE_RULES: readonly StyleRule[] = Object.freeze(RULES);

/** The rule with this id and kind (for the code that reads it); throws when the table lacks it. */
export function styleRule<K extends StyleRule['kind']>(id: string, kind: K): Extract<StyleRule, { kind: K }> {
  const rule = RULES.find((r) => r.id === id);
  if (!rule || rule.kind !== kind) throw new Error(`style rule ${id} (${kind}) is missing`);
  return rule as Extract<StyleRule, { kind: K }>;
}
