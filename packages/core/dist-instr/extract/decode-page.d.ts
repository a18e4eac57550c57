/** Bytes turned into text, with what was learned on the way. */
export interface DecodedPage {
    text: string;
    /** The WHATWG name of the encoding used ("UTF-8", "windows-1252", "Shift_JIS"). */
    encoding: string;
    /**
     * Where the encoding came from: a BOM, the transport or a <meta>; valid UTF-8 (undeclared, or
     * contradicting a <meta>); or the windows-1252 fallback.
     */
    encodingSource: 'declared' | 'utf-8-valid' | 'fallback';
    /** True when the text looks like HTML rather than plain text. */
    isHtml: boolean;
}
/**
 * Decodes a page's bytes: the charset from the BOM, the HTTP Content-Type, or the page's
 * <meta> (WHATWG sniffing, by html-encoding-sniffer, looking through the first 64 KiB), else
 * UTF-8 when the bytes are valid UTF-8, else windows-1252 as browsers do. Never assumes UTF-8
 * over a declaration, with one exception: a legacy charset in a <meta> that bytes full of valid
 * UTF-8 sequences contradict is a page saved or converted to UTF-8 that kept its old tag
 * (Readability's qq test page says gb2312 and holds UTF-8); such bytes are almost never text in
 * the declared charset.
 *
 * @param source The path or URL, named in errors.
 * @param contentType The HTTP Content-Type header, when the bytes came over HTTP.
 * @throws WirediffError WD_INPUT_EMPTY for no text, WD_INPUT_BINARY for bytes that are not text.
 */
export declare function decodePage(bytes: Uint8Array, source: string, contentType?: string): DecodedPage;
//# sourceMappingURL=decode-page.d.ts.map