// Style-only differences an outlet's house style or CMS makes, which must stay below medium:
// quotation marks and dashes restyled, white space changed, "U.S." written "US", "percent"
// written "per cent", British spelling, contractions, accents lost from a name, a photo credit
// reformatted. Each rewrites what the paragraph already has, or says it has nothing (null).
import type { Rng } from './agency-reference.js';
import { insideQuote } from './edit-words.js';

export type TextTrap = 'quote-style' | 'dash-style' | 'whitespace' | 'us-abbreviation' | 'per-cent' | 'british-spelling' | 'contraction' | 'accent-stripped';

function quoteStyle(text: string, rng: Rng): string | null {
  if (/[“”]/.test(text)) return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  if (!/"/.test(text) && !/\p{L}'\p{L}/u.test(text)) return null;
  if (rng() < 0.25 && /"/.test(text)) { // some house styles quote with single marks
    let open = true;
    return text.replace(/"/g, () => ((open = !open) ? '’' : '‘'));
  }
  let open = true;
  return text.replace(/"/g, () => ((open = !open) ? '”' : '“')).replace(/(\p{L})'(\p{L})/gu, '$1’$2');
}

function dashStyle(text: string): string | null {
  if (/ — /.test(text)) return text.replace(/ — /g, ' - ');
  if (/—/.test(text)) return text.replace(/—/g, ' – ');
  if (/ [-–] /.test(text)) return text.replace(/ [-–] /g, ' — ');
  return null;
}

function whitespace(text: string, rng: Rng): string | null {
  const roll = rng();
  if (roll < 0.4 && /[.!?] \p{Lu}/u.test(text)) return text.replace(/([.!?]) (?=\p{Lu})/gu, '$1  ');
  if (roll < 0.7 && /\d /.test(text)) return text.replace(/(\d) (?=\p{L})/u, '$1\u00A0');
  return ` ${text.replace(/, /, ',\u00A0 ')} `;
}

function usAbbreviation(text: string): string | null {
  if (/\bU\.S\./.test(text)) return text.replace(/\bU\.S\.(?=[\s,;:-]|$)/g, 'US').replace(/\bU\.S\.\s*$/, 'US.');
  if (/\bU\.[KN]\./.test(text)) return text.replace(/\bU\.([KN])\.(?=[\s,;:-])/g, 'U$1');
  if (/\bU[SKN]\b/.test(text)) return text.replace(/\bU([SKN])\b/g, 'U.$1.');
  return null;
}

function perCent(text: string): string | null {
  if (/\bper cent\b/.test(text)) return text.replace(/\bper cent\b/g, 'percent');
  if (/\bpercent\b/.test(text)) return text.replace(/\bpercent\b/g, 'per cent');
  if (/\d%/.test(text)) return text.replace(/(\d)%/g, '$1 percent');
  return null;
}

const AMERICAN_BRITISH: readonly [string, string][] = [
  ['organization', 'organisation'], ['organize', 'organise'], ['organized', 'organised'], ['recognize', 'recognise'], ['recognized', 'recognised'],
  ['realize', 'realise'], ['realized', 'realised'], ['criticize', 'criticise'], ['criticized', 'criticised'], ['apologize', 'apologise'],
  ['authorized', 'authorised'], ['emphasize', 'emphasise'], ['color', 'colour'], ['favor', 'favour'], ['favorite', 'favourite'],
  ['labor', 'labour'], ['honor', 'honour'], ['neighbor', 'neighbour'], ['neighbors', 'neighbours'], ['neighborhood', 'neighbourhood'], ['behavior', 'behaviour'],
  ['center', 'centre'], ['centers', 'centres'], ['theater', 'theatre'], ['defense', 'defence'], ['offense', 'offence'], ['traveled', 'travelled'],
  ['traveling', 'travelling'], ['canceled', 'cancelled'], ['jewelry', 'jewellery'], ['gray', 'grey'], ['analyze', 'analyse'], ['catalog', 'catalogue'],
  ['program', 'programme'], ['programs', 'programmes'], ['license', 'licence'], ['modeling', 'modelling'], ['fulfill', 'fulfil'], ['aging', 'ageing'],
];

function britishSpelling(text: string): string | null {
  for (const [us, uk] of AMERICAN_BRITISH) {
    for (const [from, to] of [[us, uk], [uk, us]] as const) {
      const re = new RegExp(`\\b${from}\\b`, 'g');
      if (re.test(text)) return text.replace(re, to);
    }
  }
  return null;
}

const CONTRACTIONS: readonly [string, string][] = [
  ['have not', 'haven’t'], ['has not', 'hasn’t'], ['had not', 'hadn’t'], ['did not', 'didn’t'], ['does not', 'doesn’t'], ['do not', 'don’t'],
  ['is not', 'isn’t'], ['are not', 'aren’t'], ['was not', 'wasn’t'], ['were not', 'weren’t'], ['will not', 'won’t'], ['would not', 'wouldn’t'],
  ['could not', 'couldn’t'], ['should not', 'shouldn’t'], ['cannot', 'can’t'],
];

// Outside quotations only: a quotation edited is an edit of what someone said, whatever the words.
function contraction(text: string): string | null {
  for (const [long, short] of CONTRACTIONS) {
    for (const [from, to] of [[long, short], [short, long], [short.replace('’', "'"), long]] as const) {
      const re = new RegExp(`\\b${from}(?![\\p{L}'’])`, 'gu');
      for (const m of text.matchAll(re)) {
        if (insideQuote(text, m.index)) continue;
        const cased = /^\p{Lu}/u.test(m[0]) ? to[0]!.toUpperCase() + to.slice(1) : to;
        return text.slice(0, m.index) + cased + text.slice(m.index + m[0].length);
      }
    }
  }
  return null;
}

/** The text without combining accents ("José Martínez" -> "Jose Martinez"), or null when it has none to lose. */
export function stripAccents(text: string): string | null {
  const plain = text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return plain === text.normalize('NFC') ? null : plain;
}

// Accents lost from a name: only the capitalised words with accents (a CMS that cannot store them).
function accentStripped(text: string): string | null {
  if (!/\p{Lu}[\p{L}]*[À-ÿĀ-ž][\p{L}]*/u.test(text)) return null;
  return text.replace(/\b\p{Lu}[\p{L}]*/gu, (word) => stripAccents(word) ?? word);
}

/** Plants one style-only trap in a paragraph, or says it has nothing to restyle (null). */
export function plantStyleTrap(text: string, trap: TextTrap, rng: Rng): string | null {
  const out = (() => {
    switch (trap) {
      case 'quote-style': return quoteStyle(text, rng);
      case 'dash-style': return dashStyle(text);
      case 'whitespace': return whitespace(text, rng);
      case 'us-abbreviation': return usAbbreviation(text);
      case 'per-cent': return perCent(text);
      case 'british-spelling': return britishSpelling(text);
      case 'contraction': return contraction(text);
      case 'accent-stripped': return accentStripped(text);
    }
  })();
  return out === null || out === text ? null : out;
}

/** A photo credit as another house style writes it, names and agency kept ("REUTERS/Kim Hong-Ji" -> "Photo: Kim Hong-Ji/Reuters"). */
export function reformatCredit(credit: string): string | null {
  let m = /^REUTERS\/(.+?)(\/File Photo)?$/.exec(credit);
  if (m) return `${m[2] ? 'File photo' : 'Photo'}: ${m[1]}/Reuters`;
  m = /^(.+) via REUTERS$/.exec(credit);
  if (m) return `${m[1]!.replace('/Handout', ' handout')} via Reuters`;
  m = /^\(AP Photo\/(.+)\)$/.exec(credit);
  if (m) return `Photo: ${m[1]}/AP`;
  m = /^\((.+) via AP\)$/.exec(credit);
  if (m) return `${m[1]} via AP`;
  m = /^\(Photo by (.+) \/ AFP\)$/.exec(credit);
  if (m) return `${m[1]}/AFP`;
  m = /^AFP PHOTO \/ (.+)$/.exec(credit) ?? /^(.+) \/ AFP$/.exec(credit);
  if (m) return `${m[1]}/AFP`;
  return null;
}
