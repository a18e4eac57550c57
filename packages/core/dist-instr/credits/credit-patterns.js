// One word of a name in a byline: "Kim", "Kyung-Hoon", "O’Brien", "JOHN", "J.P.".
const BYLINE_WORD = String.raw `\p{Lu}[\p{L}\p{M}'’.\-]{0,30}`;
// One word of a source or photographer in a photo credit; no full stop, so a credit that
// follows a sentence ("… in Pyongyang. KCNA via REUTERS") does not take the sentence's last word.
const WORD = String.raw `\p{Lu}[\p{L}\p{M}'’\-]{0,30}`;
// A following word of a photographer's name: capital then small letter, so the name stops
// before the capitals of a caption code ("REUTERS/Kim Kyung-Hoon TPX IMAGES OF THE DAY").
const NAME_WORD = String.raw `\p{Lu}\p{Ll}[\p{L}\p{M}'’\-]{0,30}`;
// A photographer's name: up to four words ("Carlos Garcia Rawlins", "KCNA", "Lee Jin-man").
const NAME = String.raw `${WORD}(?:\s${NAME_WORD}){0,3}`;
// The small words inside a source's name: "Ministry of Defence", "Office of the President".
const NAME_LINK = String.raw `(?:(?:of|the|and|for|de|du|del|al)\s){0,2}`;
// AFP's credit names the photographer or source in capitals and mixed case, joined by "via":
// "STR", "Anthony WALLACE", "JUNG YEON-JE", "KCNA VIA KNS". The codes AFP writes after a
// credit ("RESTRICTED TO EDITORIAL USE", "NO MARKETING", "THIS PICTURE WAS …") and the agency
// itself are no part of it.
const AFP_WORD = String.raw `(?!(?:RESTRICTED|MANDATORY|EDITORIAL|DISTRIBUTED|ATTENTION|NO|THIS|GRAPHIC|WARNING|AFP)(?![\p{L}\p{M}]))${WORD}`;
const AFP_SOURCE = String.raw `${AFP_WORD}(?:\s${AFP_WORD}){0,4}`;
// AFP's handout credits name up to four parts: "HANDOUT / PRESIDENTIAL PRESS OFFICE", "KCNA VIA KNS".
const AFP_PARTS = String.raw `${AFP_SOURCE}(?:\s?/\s?${AFP_SOURCE}){0,3}`;
// Where AFP's parts end when no agency follows: the text's end, a caption code, or punctuation.
const AFP_END = String.raw `(?=\s?$|\s(?:RESTRICTED|MANDATORY|EDITORIAL|DISTRIBUTED|ATTENTION|NO|THIS|GRAPHIC|WARNING)(?![\p{L}\p{M}])|[^\s/\p{L}\p{M}])`;
// AFP's desk code: the writers' and editors' initials ("burs-abc/xyz", "sst/dhc").
const DESK = String.raw `[a-z]{2,4}(?:-[a-z]{2,4}){0,3}`;
// Agencies as they are written in photo credits.
const PHOTO_AGENCY = String.raw `Reuters|REUTERS|AP|AFP|Getty\s+Images|EPA|dpa|Xinhua|Kyodo|Yonhap|KCNA|Bloomberg|Associated\s+Press|UPI|PTI|Shutterstock|REX`;
// A name after a label's slash, as outlets type it: "Kim Hong-Ji", "V.k.Madhav" (a full stop
// inside a word, never one that ends a sentence).
const LABEL_NAME = String.raw `\p{Lu}(?:[\p{L}\p{M}'’\-]|\.(?=\p{L})){0,30}(?:\s${NAME_WORD}){0,3}`;
// The agencies a parenthesised handout credit may name without "via": AP's "(Korean Central
// News Agency/Korea News Service)" once the "via AP" is cut.
const NAMED_SOURCE = String.raw `KCNA|Korean\s+Central\s+News\s+Agency|Xinhua|Yonhap|Kyodo|Reuters|REUTERS|AP|AFP|dpa|EPA|Bloomberg|UPI|PTI`;
// A dateline's place: capitalised words and the small words of place names ("Rio de Janeiro",
// "Dar es Salaam", "St. Louis"); a sentence's lower-case words are no place.
const PLACE_WORD = String.raw `\p{Lu}[\p{L}\p{M}.'’\-]{0,30}`;
const PLACE = String.raw `${PLACE_WORD}(?:\s(?:(?:de|da|do|dos|das|di|del|della|la|le|les|es|el|al|du|des|of|the|on|upon|am|an|im|sur|en|y|van|von|der|den|au|aux)\s)?${PLACE_WORD}){0,5}`;
// A month as a dateline writes it in place of a city: "March 28 (Reuters) -", "Sept. 6 (AP) —".
const DATELINE_DATE = String.raw `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s[0-9]{1,2}`;
// Agencies as they are written in a dateline's parentheses.
const DATELINE_AGENCY = String.raw `Thomson\s+Reuters\s+Foundation|Reuters(?:\s+(?:Health|Breakingviews))?|AP|AFP|Xinhua|Bloomberg|dpa|Kyodo|Yonhap|KCNA|IFR|UPI|PTI`;
// Agencies as they are written in a copyright line.
const COPYRIGHT_AGENCY = String.raw `Thomson\s+Reuters|Reuters|REUTERS|Associated\s+Press|ASSOCIATED\s+PRESS|AP|AFP|Agence\s+France[\s-]Presse|Bloomberg(?:\s+L\.?P\.?)?|Xinhua|Kyodo(?:\s+News)?|Yonhap(?:\s+News\s+Agency)?|dpa|United\s+Press\s+International(?:,?\s+Inc\.?)?|UPI`;
// The role words of a credit line: "Reporting by", "Additional reporting by", "Editing by".
const ROLE = String.raw `(?:Additional\s+[Rr]eporting|Reporting|Writing|Editing|Compiled|Compiling|Written|Edited|Research|Graphics?|Produced|Translated)`;
const LATER_ROLE = String.raw `(?:[Aa]dditional\s+reporting|[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Cc]ompiling)`;
// Who a one-role credit line names: capitalised names and the few small words credits use
// ("Ledger staff", "Jane Doe in Seoul and John Roe"); a verb ("showed") makes it prose.
const CREDITED = String.raw `(?:\p{Lu}[\p{L}\p{M}'’\-]{0,30}|(?:and|in|of|the|staff|correspondents?|reporters?|writers?|bureaus?|newsroom|desk|team|from|at|for|with|de|da|del|van|von|der|bin|al)\b)`;
const RULES = [
    // ── credit-line ──
    {
        id: 'credit-line-parenthesised', type: 'credit-line', flags: 'u',
        pattern: String.raw `\(${ROLE}\s+[Bb]y\b[^()\n]{1,500}\)`,
        description: 'Who reported, wrote and edited the story, in parentheses at its foot.',
        example: '(Reporting by Robin Emmott; Additional reporting by Hyonhee Shin in Seoul; Editing by Andrew Heavens)',
        nearMiss: '(Additional sanctions by the EU are expected next week)',
    },
    {
        id: 'credit-line-plain', type: 'credit-line', flags: 'mu',
        // The web form without parentheses, as a line of its own: two roles ("Reporting by …
        // Editing by …"), or one role followed only by names ("Additional reporting by Ledger
        // staff.", fixture nato-north-korea/portwell-ledger).
        pattern: String.raw `^${ROLE}\s+by\s+(?:\p{Lu}[^\n]{0,300}?[\s;,]${LATER_ROLE}\s+by\s+\p{Lu}[^\n]{0,300}` +
            String.raw `|\p{Lu}[\p{L}\p{M}'’\-]{0,30}(?:[,;]?\s${CREDITED}){0,15}\.?$)`,
        description: 'Who reported and edited the story, as a plain line at its foot.',
        example: 'Reporting by Robin Emmott Editing by Andrew Heavens',
        nearMiss: 'Reporting by Reuters and other outlets showed the sanctions were widely flouted.',
    },
    {
        id: 'contributed-to-this-report', type: 'credit-line', flags: 'mu',
        // A sentence of its own; "D.C.," may sit inside it, a full stop and space may not.
        pattern: String.raw `(?:^|(?<=[.!?]["”’]?\s))\p{Lu}(?:[^\n.]|\.(?=\S)){0,300}?\scontributed\s+` +
            String.raw `(?:to\s+this\s+(?:report|story)|reporting)\b\.?`,
        description: 'AP: who else reported for the story.',
        example: 'Associated Press writers Kim Tong-hyung in Seoul and Lorne Cook in Brussels contributed to this report.',
        nearMiss: 'Diplomats said weak enforcement contributed to the failure of earlier sanctions.',
    },
    {
        id: 'reported-from', type: 'credit-line', flags: 'mu',
        // AP, before "… contributed to this report.": where a bylined writer filed from.
        pattern: String.raw `(?:^|(?<=[.!?]["”’]?\s))\p{Lu}[\p{L}\p{M}'’\-]{1,30}(?:(?:,\s|\sand\s|\s)\p{Lu}[\p{L}\p{M}'’\-]{1,30}){0,3}` +
            String.raw `\sreported\s+from\s+\p{Lu}[\p{L}\p{M}'’\-]{1,30}(?:,?\s\p{Lu}[\p{L}\p{M}'’.\-]{0,30}){0,3}\.(?=\s|$)`,
        description: 'AP: where one of the bylined writers reported from.',
        example: 'Yamaguchi reported from Tokyo.',
        nearMiss: 'Kim reported from Pyongyang that the launch had succeeded.',
    },
    {
        id: 'afp-desk-slug', type: 'credit-line', flags: 'mu', agencies: ['afp'],
        // A line of its own at the story's foot: the initials of who wrote ("burs-" when several
        // bureaus did) and who edited. Pronoun pairs and "and/or" are words, not initials.
        pattern: String.raw `^(?!(?:and|or|he|she|him|her|his|hers|they|them|yes|no)/)(?:burs?-)?${DESK}(?:/${DESK}){1,3}$`,
        description: 'AFP: the desk code of who wrote and edited the story.',
        example: 'burs-abc/xyz',
        nearMiss: 'Speeds reached 120 km/h on the coastal road.',
    },
    // ── byline ──
    {
        id: 'byline', type: 'byline', flags: 'mu',
        // A whole short line of capitalised names: "By Robin Emmott", "By JOHN SMITH, Associated Press";
        // a weekday or a time word opens prose ("By Monday, …"), never a byline.
        pattern: String.raw `^(?:By|BY)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Then|Now|Noon|Midnight|Dawn|Nightfall|Contrast|Comparison)\b)${BYLINE_WORD}(?:(?:,?\s(?:and\s|&\s|de\s|da\s|del\s|van\s|von\s|der\s|bin\s|al-)?|\s[|·•]\s)${BYLINE_WORD}){0,7},?$`,
        description: 'Who wrote the story, as a line of its own.',
        example: 'By KIM TONG-HYUNG and LORNE COOK, Associated Press',
        nearMiss: 'By Tuesday the talks had collapsed.',
    },
    // ── photo ──
    {
        id: 'photo-agency-slash', type: 'photo', flags: 'u',
        // "REUTERS/Kim Kyung-Hoon"; the lookbehind leaves "Photo: REUTERS/…" to photo-label, and
        // the capitals keep out "a Reuters/Ipsos poll".
        pattern: String.raw `(?<!:\s?)\bREUTERS/(?!IPSOS|Ipsos)${NAME}(?:/(?:File(?:\s+Photo)?|FILE(?:\s+PHOTO)?|Pool|POOL|Illustration|ILLUSTRATION|Handout|HANDOUT))?`,
        description: 'Reuters photo credit: the agency, then the photographer or source.',
        example: 'REUTERS/Yves Herman/File Photo',
        nearMiss: 'A Reuters/Ipsos poll showed most Americans back sanctions.',
    },
    {
        id: 'photo-via-agency', type: 'photo', flags: 'u',
        // "KCNA via REUTERS", "KCNA/via REUTERS", AP's video still "KRT via AP Video",
        // "Korean Central News Agency/Korea News Service via AP",
        // AP's "Oleg Urusov/ Roscosmos Space Agency Press Service photo via AP" (corpus yahoo-2),
        // "Ministry of Defence/Handout via REUTERS" (the small words of a name belong to it),
        // "Social media/Handout via REUTERS", "Social media handout via Reuters" (a source in
        // ordinary words, before its slash or its picture word).
        pattern: String.raw `(?<![\p{L}\p{M}])${WORD}(?:\s\p{Ll}[\p{L}\p{M}'’\-]{1,30}(?=/|\s(?:photo|handout|image|video)\s))?(?:(?:[\s/]|/\s)${NAME_LINK}${WORD}){0,7}(?:\s(?:photo|handout|image|video))?(?:/\s?|\s)(?:via|VIA)\s` +
            String.raw `(?:REUTERS|Reuters|AP|AFP|Getty\s+Images|EPA|dpa|Xinhua|Yonhap)\b(?:\s(?:Video|Photo|Images)\b)?`,
        description: 'A picture from another source, distributed by the agency.',
        example: 'KCNA via REUTERS',
        nearMiss: 'The statement was sent to reporters via email.',
    },
    {
        id: 'photo-via-agency-in-words', type: 'photo', flags: 'u',
        // AP sets a handout credit in parentheses, its source often in ordinary words: "(Social media
        // via AP)", "(U.S. Navy via AP)"; the closing parenthesis right after the agency keeps out prose.
        // Restyled without them ("Social media via AP"), it ends the caption or comes before its notes.
        pattern: String.raw `\(\p{Lu}[^()\n;:!?]{0,60}?[\p{L}\p{M}]\s(?:via|VIA)\s(?:AP|AFP|REUTERS|Reuters|Getty\s+Images|EPA|dpa|UPI)(?:\s(?:Photo|Video))?\)` +
            String.raw `|(?<![\p{L}\p{M}])\p{Lu}\p{Ll}{1,20}\s\p{Ll}{2,20}\s(?:via|VIA)\s(?:AP|AFP|REUTERS|Reuters)(?=\s?$|\s["“]?\p{Lu})`,
        description: 'A handout picture, its source in ordinary words, distributed by the agency.',
        example: 'Smoke rises over the port in this image posted online. (Social media via AP)',
        nearMiss: 'The ministry said the footage was genuine (a claim sent via email).',
    },
    {
        id: 'photo-source-parenthesised', type: 'photo', flags: 'u',
        // A handout credit that has lost its "via AP": the sources, joined by a slash, in parentheses,
        // one of them an agency ("(Korean Central News Agency/Korea News Service)").
        // (The agency first or last, written out: the literal gate then skips texts without one.)
        pattern: String.raw `\((?:(?:${NAMED_SOURCE})(?:\s${NAME_LINK}${WORD}){0,5}/\s?${WORD}(?:\s${NAME_LINK}${WORD}){0,5}` +
            String.raw `|${WORD}(?:\s${NAME_LINK}${WORD}){0,5}/\s?(?:${NAMED_SOURCE}))\)`,
        description: 'A handout credit in parentheses: its sources joined by a slash, one an agency.',
        example: 'Kim Jong Un inspects the site. (Korean Central News Agency/Korea News Service)',
        nearMiss: 'The band (AC/DC) played in Seoul.',
    },
    {
        id: 'photo-handout', type: 'photo', flags: 'u',
        // A handout credit that names no agency: Reuters' "Police/Handout" or AFP's "HANDOUT /
        // MINISTRY OF DEFENCE" once "via REUTERS" or "/ AFP" is cut. Still the picture's credit,
        // so a copy that cuts the agency shows a changed credit, not caption words.
        pattern: String.raw `(?<![\p{L}\p{M}])(?<!/\s?)(?:${WORD}(?:\s${NAME_LINK}${WORD}){0,5}/(?:Handout|HANDOUT)(?![\p{L}\p{M}])(?!\s?/?\s?(?:via|VIA)\s)` +
            String.raw `|(?:HANDOUT|Handout)\s?/\s?${AFP_PARTS}${AFP_END})`,
        description: 'A handout picture credited to its source alone, without the agency.',
        example: 'Officials inspect the site in this handout picture. Ministry of Defence/Handout',
        nearMiss: 'The ministry posted the handout on its website.',
    },
    {
        id: 'ap-photo', type: 'photo', flags: 'u',
        pattern: String.raw `\(?\bAP\s+(?:Photo|PHOTO)(?:/\s?${NAME}(?:,\s(?:File|FILE|Pool|POOL))?)?\)?`,
        description: 'AP photo credit, with the photographer.',
        example: '(AP Photo/Ahn Young-joon, File)',
        nearMiss: 'Snap photos from the AP exam were shared online.',
    },
    {
        id: 'afp-photo', type: 'photo', flags: 'u',
        // "AFP PHOTO / HANDOUT / MINISTRY OF DEFENCE": the parts after it, as AFP lists them.
        pattern: String.raw `\bAFP\s?PHOTO(?:\s?/\s?${AFP_PARTS})?`,
        description: 'AFP photo credit in capitals, with the photographer or source.',
        example: 'AFP PHOTO / HANDOUT / MINISTRY OF DEFENCE',
        nearMiss: 'AFP photographers were barred from the briefing.',
    },
    {
        id: 'photo-slash-afp', type: 'photo', flags: 'u',
        // "KCNA VIA KNS / AFP" at the end of a caption; "(Photo by … / AFP)" is photo-by's and
        // "STR/AFP via Getty Images" photo-via-agency's.
        pattern: String.raw `(?<![\p{L}\p{M}])(?<!/\s?)${AFP_PARTS}\s?/\s?(?<!\((?:Photo|PHOTO)\s(?:by|BY)\s[^()\n]{1,80})AFP(?![\p{L}\p{N}])(?!\s(?:via|VIA)\s)`,
        description: 'AFP photo credit: the photographer or source, then the agency.',
        example: 'A handout picture released by the presidency. HANDOUT / PRESIDENTIAL PRESS OFFICE / AFP',
        nearMiss: 'The launch was reported by KCNA and AFP.',
    },
    {
        id: 'photo-by', type: 'photo', flags: 'u',
        pattern: String.raw `\((?:Photo|PHOTO)\s+(?:by|BY)\s+[^()\n]{1,80}\)`,
        description: 'Photo credit in parentheses: the photographer and agency.',
        example: '(Photo by JUNG YEON-JE / AFP)',
        nearMiss: 'A photo by the ministry showed the launch.',
    },
    {
        id: 'photo-by-agency', type: 'photo', flags: 'u',
        // The same without parentheses, the agency among the names: "Photo by Reuters/KCNA/File photo",
        // Shutterstock's "Photo by Dan Callister/REX/Shutterstock".
        pattern: String.raw `(?<!\()\b(?:Photo|PHOTO)\s(?:by|BY)\s(?:${NAME}/){0,3}(?:${PHOTO_AGENCY})(?![\p{L}\p{M}])` +
            String.raw `(?:/(?:File\s[Pp]hoto|FILE\sPHOTO|${NAME})){0,3}`,
        description: 'Photo credit without parentheses: the photographer and the agency, slashed.',
        example: 'Photo by Dan Callister/REX/Shutterstock',
        nearMiss: 'Photo by the ministry shows the launch pad.',
    },
    {
        id: 'photo-bracketed', type: 'photo', flags: 'u',
        // Chinese outlets' credit in square brackets: "[Photo/Xinhua]", "[Photo/people.com.cn]".
        pattern: String.raw `\[(?:Photo|PHOTO|Photos|Pic|Image)\s?/\s?[^\[\]\n/]{1,40}\]`,
        description: 'A photo credit in square brackets, as Chinese outlets print it.',
        example: 'Rescuers search the debris in Menyuan. [Photo/Xinhua]',
        nearMiss: '[figure 3: the repository after the merge]',
    },
    {
        id: 'getty-images', type: 'photo', flags: 'u',
        // "Chip Somodevilla/Getty Images"; "AFP via Getty Images" is left to photo-via-agency.
        pattern: String.raw `(?:(?<![\p{L}\p{M}])${WORD}(?:\s${WORD}){0,3}\s?/\s?)?(?<!\b(?:via|VIA)\s)\bGetty\s+Images\b`,
        description: 'Getty Images photo credit, with the photographer.',
        example: 'Chip Somodevilla/Getty Images',
        nearMiss: 'The painting hangs in the J. Paul Getty Museum.',
    },
    {
        id: 'photo-label', type: 'photo', flags: 'u',
        // An outlet's own label: "Photo: Kim Hong-Ji/Reuters", "Photograph: KCNA/Reuters",
        // "File photo: Yves Herman/Reuters", "(Photographer: SeongJoon Cho/Bloomberg)".
        pattern: String.raw `\b(?:(?:File\s)?[Pp]hoto(?:graph(?:er)?)?|PHOTO|Picture|Image|Credit|Foto)s?\s?:\s?(?:[^\n/:()]{1,60}/\s?)?` +
            String.raw `(?:${PHOTO_AGENCY})\b(?:\s?/\s?${LABEL_NAME})?`,
        description: 'A photo credit labelled by the republishing outlet.',
        example: 'Photograph: Kim Hong-Ji/Reuters',
        nearMiss: 'Photo: iStock',
    },
    // ── dateline ──
    {
        id: 'dateline', type: 'dateline', flags: 'mu',
        // The place (optional: copies often keep only "(Reuters) -"), AFP's country in brackets
        // ("Karangasem (Indonesia) (AFP) -"), an optional region or date,
        // the agency in parentheses, then a hyphen or dash.
        // A copy may give the date for the place ("March 28 (Reuters) -"); PTI writes no dash ("New
        // Delhi, Nov 14 (PTI) Chief Justice …"), so after a place a capital may follow at once;
        // some outlets put the agency first ("(AP) Dhaka - …").
        pattern: String.raw `^(?:${DATELINE_DATE}|${PLACE}(?:/${PLACE}){0,3}(?:\s\(${PLACE}\))?(?:,\s[^()\n]{1,40})?)\s` +
            String.raw `\((?:${DATELINE_AGENCY})\)(?:\s?(?:-{1,2}|[—–])|(?=\s\p{Lu}\p{Ll}|$))` +
            String.raw `|^\((?:${DATELINE_AGENCY})\)\s?(?:-{1,2}|[—–]|\p{Lu}[\p{L}\p{M}.'’ ]{0,30}?\s(?:-{1,2}|[—–])(?=\s|$))`,
        description: 'The agency tag of a dateline at the start of a paragraph.',
        example: 'WASHINGTON, Sept 6 (Reuters) - The United States',
        nearMiss: 'BRUSSELS - NATO urged all countries to step up efforts to enforce sanctions.',
    },
    // ── copyright ──
    {
        id: 'copyright', type: 'copyright', flags: 'u',
        // Only an agency's copyright; an outlet's own ("© 2017 FOX News Network") is furniture.
        pattern: String.raw `(?:©|\([cC]\)|\b(?:Copyright|COPYRIGHT)\b)(?:\s?(?:©|\([cC]\)|Copyright|COPYRIGHT))?\s?(?:(?:19|20)[0-9]{2},?\s)?` +
            String.raw `(?:The\s|THE\s)?(?:${COPYRIGHT_AGENCY})\b(?:,?\s(?:19|20)[0-9]{2})?(?:\.?\s?(?:All|ALL)\s+(?:rights|RIGHTS)\s+(?:reserved|RESERVED)\.?)?` +
            // AP's line goes on: "This material may not be published, broadcast, rewritten or redistributed."
            String.raw `(?:\s?This\s+material\s+may\s+not\s+be\s+published,\s+broadcast,\s+rewritten,?\s+or\s+redistributed\.?)?`,
        description: 'The agency’s copyright line.',
        example: 'Copyright 2017 The Associated Press. All rights reserved.',
        nearMiss: '© 2017 FOX News Network, LLC. All rights reserved.',
    },
];
/**
 * Every credit form wirediff knows, frozen. Code walks this table; users extend it through
 * configuration.
 *
 * @example
 * const rule = CREDIT_PATTERNS.find((r) => r.id === 'photo-via-agency');
 * new RegExp(rule!.pattern, rule!.flags).exec('in Pyongyang July 5, 2017. KCNA/via REUTERS')?.[0]; // 'KCNA/via REUTERS'
 */
export const CREDIT_PATTERNS = Object.freeze(RULES.map((rule) => Object.freeze(rule)));
//# sourceMappingURL=credit-patterns.js.map