import sniffEncoding from 'html-encoding-sniffer';
import iconv from 'iconv-lite';
import { WirediffError } from '../errors.js';
const SNIFF_BYTES = 1024;
// Signatures of common binary formats a user may pass by mistake.
const BINARY_MAGIC = [
    [0x25, 0x50, 0x44, 0x46], // %PDF
    [0x89, 0x50, 0x4e, 0x47], // PNG
    [0x47, 0x49, 0x46, 0x38], // GIF8
    [0xff, 0xd8, 0xff], // JPEG
    [0x50, 0x4b, 0x03, 0x04], // ZIP, docx, epub
    [0x1f, 0x8b], // gzip
    [0x7f, 0x45, 0x4c, 0x46], // ELF
];
const startsWith = (bytes, magic) => magic.every((b, i) => bytes[i] === b);
const hasUtf16Bom = (bytes) => (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
const PRESCAN_BYTES = 64 * 1024; // browsers honour a <meta charset> met while parsing the head, past the spec's 1024-byte prescan
const META = [0x3c, 0x6d, 0x65, 0x74, 0x61]; // "<meta", matched without regard to case
/** The encoding a BOM, the transport or a <meta> declares, with where it was found; null when none. */
function declaredEncoding(bytes, label) {
    // html-encoding-sniffer falls back to the default it is given: asked with two defaults, a
    // declared encoding is the answer that does not change.
    const sniff = (part, transport) => {
        const a = sniffEncoding(part, { transportLayerEncodingLabel: transport, defaultEncoding: 'UTF-8' });
        return a === sniffEncoding(part, { transportLayerEncodingLabel: transport, defaultEncoding: 'windows-1252' }) ? a : null;
    };
    const bom = sniff(bytes.subarray(0, 3));
    if (bom)
        return { encoding: bom, from: 'bom' };
    const transport = label === undefined ? null : sniff(new Uint8Array(0), label);
    if (transport)
        return { encoding: transport, from: 'transport' };
    const first = sniff(bytes);
    if (first)
        return { encoding: first, from: 'meta' };
    // A declaration past the first KiB (after long comments, scripts or link tags): prescan again
    // from each later <meta>, as a browser would meet it while parsing.
    const end = Math.min(bytes.length, PRESCAN_BYTES);
    for (let i = bytes.indexOf(0x3c, 1024 - META.length); i !== -1 && i < end; i = bytes.indexOf(0x3c, i + 1)) {
        if (!META.every((b, k) => (bytes[i + k] | 0x20) === (b | 0x20)))
            continue;
        const found = sniff(bytes.subarray(i, Math.min(i + 1024, end)));
        if (found)
            return { encoding: found, from: 'meta' };
    }
    return null;
}
function isUtf8(bytes) {
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
    }
    catch {
        return false;
    }
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
export function decodePage(bytes, source, contentType) {
    if (bytes.length === 0)
        throw new WirediffError('WD_INPUT_EMPTY', 'the input is empty', { input: source });
    const head = bytes.subarray(0, SNIFF_BYTES);
    if (BINARY_MAGIC.some((magic) => startsWith(head, magic)) || (!hasUtf16Bom(head) && head.includes(0))) {
        throw new WirediffError('WD_INPUT_BINARY', 'not a text or HTML page (it holds binary data)', { input: source });
    }
    const label = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1];
    const declared = declaredEncoding(bytes, label);
    let encoding = declared?.encoding ?? 'UTF-8';
    let encodingSource = 'declared';
    if (!declared) {
        if (isUtf8(bytes))
            encodingSource = 'utf-8-valid';
        else {
            encoding = 'windows-1252';
            encodingSource = 'fallback';
        }
    }
    else if (declared.from === 'meta' && encoding !== 'UTF-8' && bytes.some((b) => b >= 0x80) && isUtf8(bytes)) {
        encoding = 'UTF-8';
        encodingSource = 'utf-8-valid';
    }
    // iconv-lite rather than TextDecoder: Node 20's TextDecoder decodes windows-1252 as Latin-1
    // (0x93 stays a control character instead of a curly quote).
    if (!iconv.encodingExists(encoding)) {
        encoding = 'windows-1252'; // a label nobody decodes (x-user-defined): fall back as browsers do
        encodingSource = 'fallback';
    }
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
    if (text.trim() === '')
        throw new WirediffError('WD_INPUT_EMPTY', 'the input holds only white space', { input: source });
    const isHtml = /<(?:!doctype\s+html|html|head|body|article|p|div|meta)[\s>]/i.test(text.slice(0, 4096)) ||
        (/^\s*</.test(text) && /<\/(?:p|div|span|a|article)>/i.test(text));
    return { text, encoding, encodingSource, isHtml };
}
//# sourceMappingURL=decode-page.js.map