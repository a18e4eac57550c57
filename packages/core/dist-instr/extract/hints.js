const words = (list) => new RegExp(`(?:^|[\\s_-])(?:${list})(?:$|[\\s_-])`);
/** Boxes around a story that are not the story: left out with everything inside them. */
export const NOISE_HINTS = [
    { id: 'share', pattern: words('share|sharing|social|social-?links|share-?bar|sharetools|addthis|shariff'), strong: false, example: 'article-share-bar', nearMiss: 'shareholder' },
    { id: 'related', pattern: words('related|more-?stories|recommend\\w*|outbrain|taboola|trending|most-?read|most-?popular|also-?read'), strong: true, example: 'related-stories', nearMiss: 'unrelated' },
    // Weak: themes also name the expander around the full text "read-more".
    { id: 'read-more', pattern: words('read-?more'), strong: false, example: 'read-more-links', nearMiss: 'reader' },
    { id: 'newsletter', pattern: words('newsletter|subscribe|subscription|signup|sign-?up|paywall-?prompt|registration'), strong: true, example: 'newsletter-signup', nearMiss: 'subscriber-only' },
    { id: 'cookie', pattern: words('cookie\\w*|consent|gdpr|cmp|privacy-?banner'), strong: true, example: 'cookie-banner', nearMiss: 'cookbook' },
    // An author's bio box beside the story: not the byline (which a byline class carries) but a
    // paragraph about the writer, the same under every story.
    { id: 'author-box', pattern: /(?:^|[\s_-])(?:author[-_]{0,2}(?:box|bio|description)|about-?(?:the-?)?author|entry-author-info|saboxplugin-wrap)(?:$|[\s_-])/, strong: true, example: 'author-box--content', nearMiss: 'author-name' },
    { id: 'comments', pattern: words('comments?|comment-?list|disqus|replies|respond|discussion'), strong: true, example: 'article-comments', nearMiss: 'commentary' },
    { id: 'ads', pattern: words('ads?|advert\\w*|ad-?slot|ad-?container|dfp|sponsor\\w*|promo|banner|skyscraper|adsbygoogle'), strong: false, example: 'ad-slot', nearMiss: 'header' },
    { id: 'navigation', pattern: words('nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|skip-?link|toolbar|masthead'), strong: false, example: 'site-nav', nearMiss: 'canvas' },
    { id: 'sidebar', pattern: words('sidebar|side-?bar|right-?rail|left-?rail'), strong: false, example: 'sidebar', nearMiss: 'sidebarred' },
    { id: 'page-frame', pattern: words('footer|site-?footer|site-?header'), strong: false, example: 'site-footer', nearMiss: 'footnote' },
    // Not "hidden" or "d-none": utility classes hide those on one screen size and show them on another.
    { id: 'screen-reader', pattern: /(?:^|\s)(?:sr-only|visually-?hidden|screen-?reader-?text|element-?invisible)(?:$|\s)/, strong: true, example: 'sr-only', nearMiss: 'overflow-hidden' },
    { id: 'tags', pattern: words('tags|tag-?list|tagcloud|keywords|topics-?list'), strong: false, example: 'article-tags', nearMiss: 'tagline' },
    { id: 'modal', pattern: words('popup|modal|overlay|lightbox-?controls'), strong: false, example: 'modal-dialog', nearMiss: 'modality' },
];
// All noise rules in one expression: most classes match none, and one test says so.
const ANY_NOISE = new RegExp(NOISE_HINTS.map((rule) => rule.pattern.source).join('|'));
/** Boxes whose words promise a story: never dropped as noise, and scored up. */
export const CONTENT_HINT = words('article|articles|articlebody|article-?body|story|story-?body|entry|entry-?content|post|post-?content|post-?body|content|main|body|body-?text|text|blog|hentry|h-entry|rte|prose|column');
/** Boxes that are usually beside the story: scored down, not dropped. */
export const SIDE_HINT = words('meta|media|contact|shopping|scroll|extra|supplemental|aside|links|author-?bio|bio|card|teaser|list');
/** class/id words of containers that hold the story body on most news sites. */
export const BODY_HINT = /article[-_]?body|articlebody|story[-_]?body|storybody|entry[-_]?content|post[-_]?(?:content|body)|article[-_]?(?:content|text)|story[-_]?(?:content|text)|body[-_]?text|content[-_]?body|rich[-_]?text|article__body|itemprop-articlebody/;
export const CAPTION_HINT = /caption|photo-?credit|image-?credit|media-?credit|wp-caption-text/;
export const CREDIT_HINT = words('byline|bylines|author|authors|contributor|credit|by-?line|author-?name');
/** Class and id of an element, lower-cased, for hint matching. */
export function hintsOf(el) {
    const attrs = el.attribs;
    const cls = attrs.class;
    const id = attrs.id;
    if (cls === undefined && id === undefined)
        return '';
    return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}
/** The noise rule a box's class/id matches, or null. */
export function noiseHint(hints) {
    if (hints === ' ' || hints === '' || !ANY_NOISE.test(hints))
        return null;
    for (const rule of NOISE_HINTS)
        if (rule.pattern.test(hints))
            return rule;
    return null;
}
//# sourceMappingURL=hints.js.map