import { styleRule } from './style-rules.js';
// A web address: a scheme or "www.", or a domain with a path ("bit.ly/2BUze4K"); the
// punctuation that ends its sentence is not part of it.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"\u201C\u201D]+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\/[^\s<>"\u201C\u201D]*/giu;
const LINK_END = /[.,;:!?)\]'\u2019]+$/u;
/** "TSLA.O", "005930.KS", "BRKa.N": a symbol, a point and the exchange, as Reuters writes them. */
export const RIC = /^[A-Z0-9]{1,7}[a-z]?\.[A-Z]{1,3}$/;
const EXCHANGES = new Set(styleRule('tickers', 'words').words);
const MAX_TICKER_TOKENS = 12; // "(TSLA.O, AAPL.O, GOOGL.O)"
/**
 * Which tokens belong to a web address and which to a stock code in brackets ("(TSLA.O)",
 * "(NASDAQ: TSLA)"): digits there are not numbers, and outlets rewrite both freely.
 *
 * @returns A flag per token for each (1: inside), or null when the text cannot hold one.
 * @example markCodes('See http://bit.ly/2BUze4K', tokens).inUrl // => [0, 1, 1, 1, 1, 1, 1]
 */
export function markCodes(text, tokens) {
    // Most paragraphs have neither: no arrays then.
    const links = text.includes('/') || text.includes('www.');
    const brackets = text.includes('(');
    const inUrl = links ? new Uint8Array(tokens.length) : null;
    const inTicker = brackets ? new Uint8Array(tokens.length) : null;
    if (inUrl) {
        let k = 0;
        for (const m of text.matchAll(LINK)) {
            const start = m.index;
            const end = start + m[0].replace(LINK_END, '').length;
            while (k < tokens.length && tokens[k].end <= start)
                k++;
            for (let i = k; i < tokens.length && tokens[i].start < end; i++)
                inUrl[i] = 1;
        }
    }
    if (inTicker) {
        for (let i = 0; i < tokens.length; i++) {
            if (tokens[i].key !== '(')
                continue;
            const close = tickerGroupEnd(tokens, i);
            if (close < 0)
                continue;
            for (let k = i; k <= close; k++)
                inTicker[k] = 1;
            i = close;
        }
    }
    return { inUrl, inTicker };
}
// The ")" closing a bracket of stock codes opened at `open`, or -1.
function tickerGroupEnd(tokens, open) {
    let codes = 0;
    let afterExchange = false;
    for (let i = open + 1; i < tokens.length && i <= open + MAX_TICKER_TOKENS; i++) {
        const t = tokens[i];
        if (t.key === ')')
            return codes > 0 ? i : -1;
        if (RIC.test(t.text))
            codes++;
        else if (EXCHANGES.has(t.key) && /^[A-Z][A-Za-z]+$/.test(t.text))
            afterExchange = true;
        else if (afterExchange && /^[A-Z]{1,6}$/.test(t.text)) {
            codes++;
            afterExchange = false;
        }
        else if (t.key !== ',' && t.key !== ';' && t.key !== ':')
            return -1;
    }
    return -1;
}
//# sourceMappingURL=mark-codes.js.map