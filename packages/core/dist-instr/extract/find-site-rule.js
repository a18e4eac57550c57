import { SITE_RULES } from './site-rules.js';
/**
 * The site rule for a page, from the host of its URL or, for a saved page, of its canonical
 * URL; null when no rule covers the site (the generic path then works alone).
 *
 * @example findSiteRule('https://www.reuters.com/article/x', null)?.id // => 'reuters'
 */
export function findSiteRule(url, canonicalUrl, rules = SITE_RULES) {
    for (const candidate of [url, canonicalUrl]) {
        if (!candidate)
            continue;
        let host;
        try {
            host = new URL(candidate).hostname.toLowerCase();
        }
        catch {
            continue; // a relative or broken URL names no site
        }
        const rule = rules.find((r) => r.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
        if (rule)
            return rule;
    }
    return null;
}
//# sourceMappingURL=find-site-rule.js.map