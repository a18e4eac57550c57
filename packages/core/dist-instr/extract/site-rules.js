export const SITE_RULES = Object.freeze([
    {
        id: 'reuters', hosts: ['reuters.com'],
        body: ['[class*=article-body__content]', '[data-testid=ArticleBody]', '.StandardArticleBody_body'],
        byline: ['[class*=article-header__author]', '[rel=author]'], caption: ['figcaption', '[data-testid=Caption]'],
        example: 'https://www.reuters.com/article/us-northkorea-missiles-nato-idUSKCN1BH1LF',
    },
    {
        id: 'apnews', hosts: ['apnews.com'],
        body: ['.RichTextStoryBody', '[data-key=article]', '.Article'], byline: ['.Page-authors', '[class*=Component-bylines]'],
        caption: ['.CarouselSlide-infoDescription', 'figcaption'], example: 'https://apnews.com/article/north-korea-nato-sanctions',
    },
    {
        id: 'afp', hosts: ['afp.com', 'france24.com'], body: ['.article-entry', '.t-content__body', '[itemprop=articleBody]'],
        byline: ['.author'], caption: ['figcaption'], example: 'https://www.afp.com/en/news/15/nato-urges-pressure-north-korea',
    },
    {
        id: 'yahoo-news', hosts: ['yahoo.com'],
        body: ['.caas-body', '[itemprop=articleBody]', '.canvas-body', '.yom-art-content'], byline: ['.caas-author-byline-collapse', '.author-name', '.provider-link'],
        caption: ['figcaption', '.caption-collapse'], example: 'https://news.yahoo.com/nato-urges-trading-partners-step-pressure-north-korea-101203562.html',
    },
    {
        id: 'msn', hosts: ['msn.com'], body: ['.articlebody', '[class*=article-body]', 'section.gallerydata'],
        byline: ['.authorname-txt', '[class*=byline]'], caption: ['.caption', 'figcaption'], example: 'https://www.msn.com/en-us/news/world/nato-urges/ar-AArk2Ph',
    },
    {
        id: 'fox', hosts: ['foxnews.com', 'foxbusiness.com'], body: ['.article-body', '.article-text'],
        byline: ['.author-byline'], caption: ['.caption', 'figcaption'], example: 'https://www.foxbusiness.com/markets/nato-urges-trading-partners-to-step-up-pressure-on-north-korea',
    },
    {
        id: 'cnn', hosts: ['cnn.com'], body: ['.article__content', '.zn-body-text', '[itemprop=articleBody]'],
        byline: ['.byline__names', '.metadata__byline'], caption: ['.image__caption', 'figcaption'], example: 'https://edition.cnn.com/2017/09/06/politics/nato-north-korea',
    },
    {
        id: 'nytimes', hosts: ['nytimes.com'], body: ['[name=articleBody]', '.StoryBodyCompanionColumn', '.story-body'],
        byline: ['[itemprop=author]', '.byline'], caption: ['figcaption'], example: 'https://www.nytimes.com/2017/09/06/world/asia/nato-north-korea.html',
    },
    {
        id: 'bbc', hosts: ['bbc.co.uk', 'bbc.com'], body: ['[data-component=text-block]', '.story-body__inner', 'article'],
        byline: ['[data-component=byline-block]'], caption: ['figcaption'], example: 'https://www.bbc.com/news/world-asia-41172946',
    },
    {
        id: 'guardian', hosts: ['theguardian.com'], body: ['#maincontent', '[itemprop=articleBody]', '.content__article-body'],
        byline: ['[rel=author]', '[data-link-name=byline]'], caption: ['figcaption'], example: 'https://www.theguardian.com/world/2017/sep/06/nato-north-korea',
    },
]);
//# sourceMappingURL=site-rules.js.map