/**
 * The news agencies wirediff recognises in credits, as data: each entry says how the agency's
 * name is written, with a real example that must match and a near-miss that must not.
 * Patterns follow the rules of notes/note-catalogue.ts (linear time, `u` always, `i` only where
 * case carries no meaning) and are checked by test/credits/credit-patterns.test.ts.
 */
const LIST = [
    {
        id: 'reuters', name: 'Reuters', flags: 'iu',
        // "Reuters", "REUTERS", "Thomson Reuters"; the founder "Paul Julius Reuter" has no s.
        pattern: String.raw `\b(?:Thomson\s+)?Reuters\b`,
        example: 'KCNA/via REUTERS',
        nearMiss: 'Paul Julius Reuter founded the news agency in London in 1851.',
    },
    {
        id: 'ap', name: 'The Associated Press', flags: 'u',
        // "AP" only as a word in capitals: "(AP)", "AP Photo", "via AP", "AP —"; never "APAC" or "snap".
        pattern: String.raw `\b(?:[Aa]ssociated|ASSOCIATED)\s+(?:Press|PRESS)\b|(?<![\p{L}\p{N}])AP(?![\p{L}\p{N}])`,
        example: '(AP Photo/Ahn Young-joon)',
        nearMiss: 'APAC stocks snap a three-day losing streak',
    },
    {
        id: 'afp', name: 'Agence France-Presse', flags: 'u',
        pattern: String.raw `(?<![\p{L}\p{N}])AFP(?![\p{L}\p{N}])|\b(?:Agence|AGENCE)\s+(?:France|FRANCE)[\s-](?:Presse|PRESSE)\b`,
        example: 'STR/AFP via Getty Images',
        nearMiss: 'Agence France Trésor, the French debt office, sold bonds on Thursday.',
    },
    {
        id: 'dpa', name: 'Deutsche Presse-Agentur', flags: 'u',
        // dpa writes its name in lower case; "DPA" is usually a data protection authority, except as
        // a byline ("By DPA", as outlets print dpa's feed).
        pattern: String.raw `(?<![\p{L}\p{N}])dpa(?![\p{L}\p{N}])|\bDeutsche\s+Presse[\s-]Agentur\b|(?<=\b(?:By|BY)\s)DPA(?![\p{L}\p{N}])`,
        example: 'Kay Nietfeld/dpa via AP',
        nearMiss: "Ireland's Data Protection Authority (DPA) opened an inquiry.",
    },
    {
        id: 'bloomberg', name: 'Bloomberg', flags: 'u',
        pattern: String.raw `(?<!\b(?:Michael|Mike|Mr\.?)\s)\bBloomberg\b(?!\s+(?:Philanthropies|School|Stadium))`,
        example: 'Photographer: SeongJoon Cho/Bloomberg',
        nearMiss: 'Michael Bloomberg, the former New York mayor, said on Tuesday.',
    },
    {
        id: 'xinhua', name: 'Xinhua', flags: 'iu',
        pattern: String.raw `\bXinhua\b`,
        example: 'Xinhua via REUTERS',
        nearMiss: 'Factories in Xinhui district of Jiangmen reopened on Monday.',
    },
    {
        id: 'kyodo', name: 'Kyodo News', flags: 'iu',
        pattern: String.raw `\bKyodo\b`,
        example: 'Kyodo/via REUTERS',
        nearMiss: 'Researchers at Kyoto University published the study.',
    },
    {
        id: 'yonhap', name: 'Yonhap News Agency', flags: 'iu',
        pattern: String.raw `\bYonhap\b`,
        example: 'Yonhap via REUTERS',
        nearMiss: 'Satellite images show activity at the Yongbyon nuclear complex.',
    },
    {
        id: 'kcna', name: 'Korean Central News Agency', flags: 'u',
        // North Korea's state agency; its pictures reach clients as "KCNA via REUTERS".
        pattern: String.raw `(?<![\p{L}\p{N}])KCNA(?![\p{L}\p{N}])|\bKorean\s+Central\s+News\s+Agency\b`,
        example: 'KCNA/via REUTERS',
        nearMiss: 'The launch was shown on Korean Central Television (KCTV).',
    },
    {
        id: 'upi', name: 'United Press International', flags: 'u',
        // "UPI" alone is also India's Unified Payments Interface: the agency only where a credit puts
        // it ("(UPI)", "UPI/Name", "via UPI", "as noted by UPI", "UPI reported", a line of its own).
        pattern: String.raw `\bUnited\s+Press\s+International\b|(?<=\(|/|\b(?:via|by|told)\s)UPI(?![\p{L}\p{N}])` +
            String.raw `|(?<![\p{L}\p{N}])UPI(?=\)|/|\s(?:Photo|reported|reports|said)\b)|(?<![^\n])UPI(?![^\n])`,
        example: 'North Korea has fired warning shots, as noted by UPI Monday.',
        nearMiss: 'UPI payments in India rose 5% in October.',
    },
    {
        id: 'pti', name: 'Press Trust of India', flags: 'u',
        // "PTI" is also Pakistan Tehreek-e-Insaf, the party: the agency only in its dateline tag, its
        // credits and as a source told or reporting ("New Delhi, Nov 14 (PTI)", "PTI Photo", "told PTI",
        // a line of its own).
        pattern: String.raw `\bPress\s+Trust\s+of\s+India\b|\(PTI\)|(?<=/|\b(?:told|via)\s)PTI(?![\p{L}\p{N}])` +
            String.raw `|(?<![\p{L}\p{N}])PTI(?=/|\s(?:Photo|reported|reports)\b)|(?<![^\n])PTI(?![^\n])`,
        example: 'New Delhi, Nov 14 (PTI) Chief Justice Sanjiv Khanna has issued a new roster.',
        nearMiss: 'PTI leaders in Lahore called for fresh elections.',
    },
    {
        id: 'getty', name: 'Getty Images', flags: 'u',
        // A picture agency rather than a news agency, but it carries AFP's pictures: "AFP via Getty Images".
        pattern: String.raw `\bGetty\s+Images\b`,
        example: 'AFP via Getty Images',
        nearMiss: 'The painting hangs in the J. Paul Getty Museum in Los Angeles.',
    },
];
/**
 * The agencies wirediff recognises, frozen. Code walks this table to say which agencies a
 * credit names; users extend it through configuration.
 *
 * @example
 * AGENCIES.filter((a) => new RegExp(a.pattern, a.flags).test('KCNA/via REUTERS')).map((a) => a.id);
 * // ['reuters', 'kcna']
 */
export const AGENCIES = Object.freeze(LIST.map((agency) => Object.freeze(agency)));
//# sourceMappingURL=agencies.js.map