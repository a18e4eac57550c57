// "www.example.com" and "example.com" are one outlet; "www2." mirrors too.
const WWW = /^www\d*\./;
function hostOf(url) {
    if (!url || !/^https?:\/\//i.test(url) || !URL.canParse(url))
        return null; // not a web address: try the next clue
    return new URL(url).hostname.toLowerCase().replace(WWW, '') || null;
}
/**
 * Names the outlet that published a copy, so text it repeats around different stories can be
 * learned as its furniture: the host of the URL it was read from, else the host of its
 * canonical link, else its site name (lower-cased), else null (the copy is left out of
 * learning). A canonical link to the reference's own host names the agency, not the outlet:
 * syndication partners often point their canonical link at the original, so it is skipped.
 *
 * @example identifyOutlet(copy, { source: 'https://www.example.com/a' }) // => 'example.com'
 */
export function identifyOutlet(copy, clues = {}) {
    const fromSource = hostOf(clues.source);
    if (fromSource)
        return fromSource;
    const canonical = hostOf(copy.canonicalUrl);
    if (canonical && canonical !== hostOf(clues.reference?.canonicalUrl))
        return canonical;
    const site = copy.siteName?.replace(/\s+/g, ' ').trim().toLowerCase();
    return site ? site : null;
}
//# sourceMappingURL=identify-outlet.js.map