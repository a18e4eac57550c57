/** Escapes text for HTML element content and attribute values. */
export declare function escapeHtml(text: string): string;
/** A fragment id safe in URLs and CSS: letters, digits, dash, dot. */
export declare function anchorId(...parts: (string | number)[]): string;
//# sourceMappingURL=escape-html.d.ts.map