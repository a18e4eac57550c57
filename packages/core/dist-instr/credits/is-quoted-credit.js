// AFP's caption tells editors how to credit the picture: MANDATORY CREDIT "AFP PHOTO / KCNA VIA
// KNS". The quotation is the restriction note's words; the picture's credit is the one printed
// as such ("KCNA VIA KNS / AFP"). A label with a colon ("Mandatory Credit: Photo by Dan
// Callister/REX/Shutterstock") introduces the credit itself and is not a quotation.
const BEFORE_QUOTED = /mandatory\s+credit\s?["“”'‘’]\s?$/iu;
const LOOK_BACK = 24; // 'MANDATORY CREDIT "' and a space or two
/**
 * True when the credit at `start` in `text` is quoted in a mandatory-credit note: the note's
 * words, not a credit the picture prints.
 *
 * @example isQuotedCredit('MANDATORY CREDIT "AFP PHOTO / BNPB" - NO MARKETING', 18) // => true
 */
export function isQuotedCredit(text, start) {
    return BEFORE_QUOTED.test(text.slice(Math.max(0, start - LOOK_BACK), start));
}
//# sourceMappingURL=is-quoted-credit.js.map