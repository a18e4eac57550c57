/**
 * True when the credit at `start` in `text` is quoted in a mandatory-credit note: the note's
 * words, not a credit the picture prints.
 *
 * @example isQuotedCredit('MANDATORY CREDIT "AFP PHOTO / BNPB" - NO MARKETING', 18) // => true
 */
export declare function isQuotedCredit(text: string, start: number): boolean;
//# sourceMappingURL=is-quoted-credit.d.ts.map