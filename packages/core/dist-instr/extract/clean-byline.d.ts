/**
 * The name in a byline element's text, or null when the text is not a byline: "By Robin
 * Emmott" gives "Robin Emmott"; a date run on after the name is cut; a date, a link, a photo
 * credit, a copyright or credit line, or an author box's paragraph gives null.
 *
 * @example cleanByline('by Laura June Topolsky July 10, 2015') // => 'Laura June Topolsky'
 */
export declare function cleanByline(text: string): string | null;
//# sourceMappingURL=clean-byline.d.ts.map