import type { Element } from 'domhandler';
/**
 * True when an element matches one compound selector of a site rule: `tag`, `.class`, `#id`,
 * `[attr=value]`, `[attr*=value]` and their combinations (`section.gallerydata`). Enough for
 * the site-rule table, and no selector engine walk per rule.
 */
export declare function matchSelector(el: Element, selector: string): boolean;
//# sourceMappingURL=match-selector.d.ts.map