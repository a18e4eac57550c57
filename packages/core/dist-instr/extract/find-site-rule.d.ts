import { type SiteRule } from './site-rules.js';
/**
 * The site rule for a page, from the host of its URL or, for a saved page, of its canonical
 * URL; null when no rule covers the site (the generic path then works alone).
 *
 * @example findSiteRule('https://www.reuters.com/article/x', null)?.id // => 'reuters'
 */
export declare function findSiteRule(url: string | null | undefined, canonicalUrl: string | null | undefined, rules?: readonly SiteRule[]): SiteRule | null;
//# sourceMappingURL=find-site-rule.d.ts.map