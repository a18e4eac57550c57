const cache = new Map();
const PART = /([.#]?[\w-]+)|\[([\w-]+)(\*?)=["']?([^"'\]]*)["']?\]/g;
function compile(selector) {
    let c = cache.get(selector);
    if (c)
        return c;
    c = { tag: null, classes: [], id: null, attrs: [] };
    for (const m of selector.matchAll(PART)) {
        if (m[1]) {
            if (m[1].startsWith('.'))
                c.classes.push(m[1].slice(1));
            else if (m[1].startsWith('#'))
                c.id = m[1].slice(1);
            else
                c.tag = m[1].toLowerCase();
        }
        else
            c.attrs.push({ name: m[2], value: m[4], contains: m[3] === '*' });
    }
    cache.set(selector, c);
    return c;
}
/**
 * True when an element matches one compound selector of a site rule: `tag`, `.class`, `#id`,
 * `[attr=value]`, `[attr*=value]` and their combinations (`section.gallerydata`). Enough for
 * the site-rule table, and no selector engine walk per rule.
 */
export function matchSelector(el, selector) {
    const c = compile(selector);
    if (c.tag !== null && el.name !== c.tag)
        return false;
    if (c.id !== null && el.attribs.id !== c.id)
        return false;
    if (c.classes.length > 0) {
        const classes = (el.attribs.class ?? '').split(/\s+/);
        if (!c.classes.every((k) => classes.includes(k)))
            return false;
    }
    for (const a of c.attrs) {
        const v = el.attribs[a.name];
        if (v === undefined || (a.contains ? !v.includes(a.value) : v !== a.value))
            return false;
    }
    return true;
}
//# sourceMappingURL=match-selector.js.map