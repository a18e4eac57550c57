// The words of a date as outlets print one: months, weekdays, times and zones.
const MONTH = String.raw `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const WEEKDAY = String.raw `mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?`;
const ZONE = String.raw `(?:gmt|utc)(?:[+-]\d{1,2}(?::?\d{2})?)?|[ecmp][sd]?t|bst|cets?t?|ist|jst|kst|aest|aedt|hkt|sgt|wib|bdst|pkt|npt|sast|gst|ict|pht|nzst|nzdt|uhr`;
// The labels of a date, also between two ("Published: 23 Sep 2019 07:12 PM BdST Updated: …").
const DATE_LABEL = String.raw `published|updated|posted|modified|filed|date`;
// One word of a date line; words are separated by spaces and punctuation, never run together.
// (An age after the date counts: "June 22, 2016 / 10:00 PM / a year ago".)
const DATE_WORD = String.raw `(?:\d{1,4}(?:st|nd|rd|th)?|${MONTH}|${WEEKDAY}|[ap]\.?m|${ZONE}|${DATE_LABEL}|at|on|of|an?|(?:second|minute|hour|day|week|month|year)s?|ago)`;
// One labelled date, as a scraper glues it before a paragraph: "date 2022-03-28", "Published:
// 23 Sep 2019 07:12 PM BdST" — a whole date with its year, then at most a time and a zone.
const TIME = String.raw `\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?(?:\s(?:${ZONE}))?`;
const FULL_DATE = String.raw `(?:(?:${WEEKDAY}),?\s)?(?:\d{1,2}(?:st|nd|rd|th)?\s(?:${MONTH})\.?,?\s\d{4}|(?:${MONTH})\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}|\d{4}-\d{2}-\d{2}(?:t\d{2}:\d{2}(?::\d{2})?z?)?)`;
const LABELLED_DATE = String.raw `(?:${DATE_LABEL})(?:\son|\sat)?:?\s${FULL_DATE}(?:,?\s(?:at\s)?${TIME})?`;
// The words of a site's section menu: a line of nothing else is navigation ("Home News World").
const SECTION = String.raw `home|news|world|local|national|nation|international|politics|business|markets|money|economy|finance|tech|technology|science|health|sports?|football|entertainment|culture|arts|lifestyle|travel|food|opinions?|editorials|columns|columnists|obituaries|obits|weather|traffic|videos?|photos|podcasts?|listen|watch|live|latest(?:\sstories|\snews)?|top\sstories|search|menu|subscribe|newsletters?|puzzles|games|crosswords?|comics|horoscopes|classifieds|jobs|autos|education|environment|climate|crime|religion|asia|europe|africa|americas|features|trending|most\s(?:read|popular|commented|viewed)|today['’]s\spaper|e-edition|epaper|sign\sin|log\sin|my\saccount|u\.s\.|uk`;
const DATE_SEPARATOR = String.raw `[\s,.:/|·•-]{1,3}`;
/**
 * Outlet furniture, as data. Each pattern is anchored to the whole block and bounded, since
 * furniture is short; a sentence of the story that merely mentions reading or comments is not.
 */
export const FURNITURE_PATTERNS = Object.freeze([
    {
        id: 'continue-reading',
        pattern: '^(?:continue|keep) reading(?: below| the (?:main )?story)?[.:]?$',
        flags: 'iu',
        description: 'an ad slot label between paragraphs (Fox Business, seed story)',
        example: 'Continue Reading Below',
        nearMiss: 'Continue reading the statement, the diplomat said, and you will see why.',
        glued: true,
    },
    {
        id: 'ad-placeholder',
        pattern: '^this (?:advertisement|ad) has(?: not|n\'t) loaded yet[,.]?(?: but your (?:article|story) continues below\.?)?$',
        flags: 'iu',
        description: 'the placeholder of an ad slot that did not load (Postmedia sites)',
        example: 'This advertisement has not loaded yet, but your article continues below.',
        nearMiss: 'This advertisement has not been approved by the regulator, the minister said.',
        glued: true,
    },
    {
        id: 'advertisement',
        // Labels come in runs, and saved text glues them ("Hide AdAdvertisement", JPI sites).
        pattern: '^(?:(?:advertisement|advertising|ad|hide ad|sponsored(?: content)?|(?:story|article) continues below(?: (?:advertisement|this ad))?)[.:]?\\s?){1,3}$',
        flags: 'iu',
        description: 'an ad label, and the "Hide Ad" button beside one (JPI sites)',
        example: 'Advertisement',
        nearMiss: 'Advertisement spending rose 4% in the quarter.',
        glued: true,
    },
    {
        id: 'more-on-this',
        pattern: '^(?:more on this|related(?: coverage| stories| articles| content| posts)?|see also|check also|recommended(?: for you)?|most read|trending(?: now)?|you may also like|more from [^.]{1,40})(?:\\.{3}|:)?$',
        flags: 'iu',
        description: 'the heading of a related-links box',
        example: 'More on this...',
        nearMiss: 'More on this later, the minister said.',
        opensList: true,
    },
    {
        id: 'read-more',
        pattern: '^(?:read more|read next|read also|also read|click here|watch|listen|related|more|see also)\\s*[:|>-]\\s*[^\\n]{1,160}$',
        flags: 'iu',
        description: 'a link to another story inserted in the body',
        example: 'Read more: North Korea fires missile over Japan',
        nearMiss: 'Read more carefully, the report shows fewer sanctions were enforced.',
    },
    {
        id: 'read-more-heading',
        pattern: '^(?:read more|read next|read also|also read|more|more stories|more news)\\s?(?:\\.{1,3}|:|>{1,2}|»)?$',
        flags: 'iu',
        description: 'the heading of a list of links to other stories ("READ MORE:", "More:")',
        example: 'READ MORE:',
        nearMiss: 'Read more of the statement in the appendix.',
        opensList: true,
    },
    {
        id: 'read-full-story',
        pattern: '^(?:read|see|view) (?:the )?(?:full|whole|entire|complete) (?:story|article|report|text)(?: (?:here|at [^\\n]{1,60}|on [^\\n]{1,60}))?\\s?(?:\\.{1,3}|>{1,2}|»|→)?$',
        flags: 'iu',
        description: 'the link under a teaser to the whole story',
        example: 'Read full story',
        nearMiss: 'Read the full story of the summit in the minutes, the diplomat said.',
    },
    {
        id: 'newsletter',
        pattern: '^[^.]{0,60}\\b(?:sign up (?:for|to)|subscribe to) (?:our\\b|the\\b[^.\\n]{0,40}\\b(?:newsletter|briefing|digest|podcast|channel|edition)\\b)[^\\n]{0,120}$|^get (?:the latest|our)[^\\n]{0,80}(?:inbox|newsletter)[^\\n]{0,40}$',
        flags: 'iu',
        description: 'a newsletter or subscription prompt',
        example: 'Sign up for our Morning Briefing newsletter.',
        nearMiss: 'Countries that subscribe to the treaty must report their tests.',
        glued: true,
    },
    {
        id: 'registration-prompt',
        // What a paywall or a registration wall says above the story; the offer is access.
        pattern: '^(?:(?:register|sign up|subscribe|join)(?: now| today| here)?(?: for| to get| and get)?(?: free| for free)? (?:unlimited |full |digital |premium )*access\\b[^\\n]{0,80}' +
            '|(?:already (?:a subscriber|registered|have an account)\\??)(?: (?:sign|log) in[^\\n]{0,40})?|(?:sign|log) in (?:or register |or subscribe )?to (?:continue|keep) reading[^\\n]{0,40}' +
            '|create (?:a |your )?free account to (?:continue|keep) reading[^\\n]{0,40})$',
        flags: 'iu',
        description: 'a registration or paywall prompt offering access to the site',
        example: 'Register now for FREE unlimited access to Reuters.com',
        nearMiss: 'Register now, election officials told voters who lack access to polling stations.',
        glued: true,
    },
    {
        id: 'donation-appeal',
        // A site asking readers for money: the appeal ends in "donate here"; a sentence about a
        // fund drive names no support for the site itself.
        pattern: '^(?=[^\\n]{0,200}\\b(?:support|independent|non-?profit|journalism)\\b)[^\\n]{0,160}\\b(?:donate|contribute)(?: here| now| today)[.!]?$',
        flags: 'iu',
        description: 'an appeal for donations to the site',
        example: 'SUPPORT THE LEDGER HELP SUPPORT INDEPENDENT AND NON-PROFIT MEDIA. DONATE HERE',
        nearMiss: 'Villagers were urged to donate now as the floods spread.',
    },
    {
        id: 'comment-prompt',
        pattern: '^(?:what do you think\\??|click the button below to comment on this article\\.?|(?:leave|post|add|join) (?:a|the) (?:comment|conversation|discussion)[^\\n]{0,60}|leave a reply|comments?(?: \\(\\d{1,6}\\))?|no comments:?|show comments|view comments)$',
        flags: 'iu',
        description: 'a comment prompt (Fox Business, seed story)',
        example: 'Click the button below to comment on this article.',
        nearMiss: 'What do you think the sanctions will achieve, he asked the minister.',
    },
    {
        id: 'share-bar',
        pattern: '^(?:share(?: this(?: article| story)?)?(?: on (?:facebook|twitter|x|whatsapp|linkedin|email))?|tweet|email|print|copy link|follow us(?: on [^\\n]{1,40})?)$',
        flags: 'iu',
        description: 'a share bar label',
        example: 'Share this article',
        nearMiss: 'Share prices fell 3% in Seoul.',
    },
    {
        id: 'trust-principles',
        pattern: '^our standards:?\\s?the thomson reuters trust principles\\.?$',
        flags: 'iu',
        description: "the agency's own site furniture (reuters.com)",
        example: 'Our Standards: The Thomson Reuters Trust Principles.',
        nearMiss: 'Reuters said its standards require independent verification.',
        glued: true,
    },
    {
        id: 'video-player',
        // What a video player leaves in the text when it fails, and the promo line above a video.
        pattern: '^(?:(?:we apologi[sz]e,? but )?this video has failed to load|(?:tap|click) here to see other videos from our team|try refreshing your browser' +
            '|(?:sorry,? )?(?:this|the) video (?:is not|isn\'t) (?:yet )?available(?: or has expired)?)[.!]?$',
        flags: 'iu',
        description: "what a video player leaves in the text when it fails (Postmedia, Global News)",
        example: 'We apologize, but this video has failed to load.',
        nearMiss: 'This video has failed to convince investigators, the police said.',
        glued: true,
    },
    {
        id: 'video-promo',
        // The line above an embedded video, its title on the next line (a list of one).
        pattern: '^(?:(?:click|tap) to (?:play|watch) (?:the )?video\\b[^\\n]{0,160}|watch (?:our|the) (?:top |latest )?(?:story|video|report|interview)\\s?:\\s?[^\\n]{1,160})$',
        flags: 'iu',
        description: 'the promo line of an embedded video (Global News, France 24)',
        example: 'Watch our Top Story: "Europe split over financial crisis?"',
        nearMiss: 'Watch our story unfold, the director told the audience.',
        opensList: true,
    },
    {
        id: 'article-age',
        pattern: '^this (?:article|story|content) is (?:more|over) than \\d{1,3} (?:years?|months?|days?) old\\.?$',
        flags: 'iu',
        description: 'the label an archive page puts on an old story (The Guardian)',
        example: 'This article is more than 4 years old',
        nearMiss: 'This article is more than 4 pages long, the editor said.',
    },
    {
        id: 'pagination',
        // "Page: 1 | 2 | 3", "Society Page: 1 | 2 | 3 | 4", "Page 2 of 3", "Pages: 1 2 3 Next »".
        pattern: '^(?:[\\p{L}]{1,20} )?pages?\\s?:?\\s?(?:\\d{1,3}(?:\\s?[|,/·•]?\\s?\\d{1,3}){1,30}(?:\\s?(?:next|»|›|>)[^\\n]{0,10})?|\\d{1,3} of \\d{1,3})$',
        flags: 'iu',
        description: 'the page numbers of a story split over pages',
        example: 'Page: 1 | 2 | 3 | 4 | 5',
        nearMiss: 'Page 12 of the report lists 3 more sites.',
    },
    {
        id: 'section-menu',
        // A run of section names and menu words; a headline has words that are not a menu's. A long
        // run may hold one name of the site's own ("… Traffic Legislature Newsletters …"), with four
        // words or more before it and three after. (Lookarounds count the words: the menu's
        // alternation repeated four times over costs V8 over 100 ms to compile, in every worker.)
        pattern: `^(?:${SECTION})(?:\\s(?:[+&|/]\\s)?(?:${SECTION})){1,30}$` +
            `|^(?:${SECTION})(?:\\s(?:[+&|/]\\s)?(?:${SECTION})){1,30}(?<=^\\S+(?:\\s\\S+){3,60})\\s[\\p{L}'’-]{2,20}(?=(?:\\s\\S+){3})(?:\\s(?:[+&|/]\\s)?(?:${SECTION})){1,30}$`,
        flags: 'iu',
        description: "a line of the site's section menu or breadcrumb",
        example: "Today's Paper Search Latest stories Listen Traffic Statehouse Newsletters Most commented Obits Weather Puzzles + Games",
        nearMiss: 'World news leaders meet in Brussels',
    },
    {
        id: 'page-tools',
        pattern: '^(?:adjust (?:the )?(?:font|text) size|(?:font|text) size|about (?:the )?(?:author|writer|reporter)s?)\\s?:?$',
        flags: 'iu',
        description: 'a page tool or an author box heading',
        example: 'Adjust font size:',
        nearMiss: 'Adjust the font size of the ballot, the court ordered.',
    },
    {
        id: 'more-on-this-other-languages',
        pattern: '^(?:mehr zum thema|mehr themen|auch interessant|das k(?:ö|oe)nnte (?:sie|dich) auch interessieren|lesen sie auch|zum weiterlesen|schon gelesen\\??|empfohlene (?:beitr(?:ä|ae)ge|artikel)|(?:ä|ae)hnliche (?:beitr(?:ä|ae)ge|artikel)|weitere (?:artikel|beitr(?:ä|ae)ge)|(?:tambi(?:é|e)n )?te puede interesar|lee tambi(?:é|e)n|veja tamb(?:é|e)m|leia tamb(?:é|e)m|(?:(?:à|a) )?lire aussi|sur le m(?:ê|e)me sujet|leggi anche|explore further)(?:\\.{3}|[:!])?$',
        flags: 'iu',
        description: 'the heading of a related-links box in German, Spanish, Portuguese, French and Italian',
        example: 'Das könnte Sie auch interessieren!',
        nearMiss: 'Das könnte Sie auch interessieren, sagte der Minister den Abgeordneten.',
        opensList: true,
    },
    {
        id: 'reading-time',
        pattern: '^(?:(?:estimated )?(?:reading time|read time|lesezeit|lesedauer|tiempo de lectura|temps de lecture|tempo di lettura)\\s*:?\\s*(?:ca\\.\\s*)?\\d{1,3}\\s*(?:min(?:ute)?s?|minuten|minutos|minuti)\\.?|\\d{1,3}[ -]?(?:min(?:ute)?s?\\.?|minuten|minutos)\\s+(?:read|lesezeit|de lecture|de lectura|di lettura))$',
        flags: 'iu',
        description: 'the reading time an outlet shows beside the byline',
        example: '4 Min Read',
        nearMiss: 'The 4 min read of the report took the minister an hour.',
    },
    {
        id: 'gallery-label',
        pattern: '^(?:slideshow|slide show|photo ?gallery|gallery|bildergalerie|fotogalerie|fotostrecke|galer(?:í|i)a de fotos|view (?:the )?(?:gallery|slideshow)|open gallery)(?:\\s*[:(-]?\\s*\\d{1,4}\\s*(?:images|photos|pictures|bilder|fotos)\\s*\\)?)?$',
        flags: 'iu',
        description: 'the label of a photo gallery or slideshow',
        example: 'Slideshow ( 15 images )',
        nearMiss: 'Slideshow viewers saw 15 images of the ceremony.',
    },
    {
        id: 'follow-prompt',
        pattern: '^(?:follow|s(?:í|i)guenos|folgen sie uns|folge uns|suivez-nous)\\b[^.!,\\n]{0,60}\\b(?:on|en|auf|sur|in)\\s+(?:twitter|facebook|instagram|telegram|linkedin|youtube|tiktok|whatsapp)\\b[^\\n]{0,120}$',
        flags: 'iu',
        description: 'a prompt to follow the outlet on social networks',
        example: 'Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.',
        nearMiss: 'Follow the money, the investigators told the committee after reading his Twitter messages.',
    },
    {
        id: 'subscribe-prompt',
        pattern: '^(?:never miss (?:the latest|a story|out)|receive our (?:(?:weekly|daily|monthly) )?newsletter|(?:jetzt )?zum newsletter anmelden|subscribe now|sign up (?:now|today|here|for free))\\b[^\\n]{0,160}$',
        flags: 'iu',
        description: 'a subscription or newsletter prompt in the body',
        example: 'Never miss the latest news by signing up to our newsletter today!',
        nearMiss: 'Never miss a chance to vote, the minister told the students.',
    },
    {
        id: 'comment-share-other-languages',
        pattern: '^(?:kommentare? (?:schreiben|verfassen|geschlossen|anzeigen)|keine kommentare(?: \\([^)\\n]{0,80}\\))?|\\d{1,5} kommentare?|kommentieren|(?:diese[nrs]? )?(?:seite|artikel|beitrag|text) teilen|jetzt teilen|teilen|compartir(?: en (?:facebook|twitter|whatsapp))?|comentarios?|partager(?: sur (?:facebook|twitter))?|commentaires?)[.:!]?$',
        flags: 'iu',
        description: 'comment and share labels in German, Spanish and French',
        example: 'Kommentare schreiben',
        nearMiss: 'Kommentare schreiben die Leser seit Jahren, sagte der Chefredakteur.',
    },
    {
        id: 'rating-prompt',
        pattern: '^(?:wie (?:bewerten sie|gef(?:ä|ae)llt (?:ihnen|dir)) diese[nrs]? (?:artikel|beitrag|seite)\\??|war (?:der|dieser) (?:artikel|beitrag) (?:n(?:ü|ue)tzlich|hilfreich)\\?[^\\n]{0,60}|(?:artikel|beitrag) bewerten|valora esta (?:noticia|nota)|was this (?:article|page) helpful\\??|rate this (?:article|story))$',
        flags: 'iu',
        description: 'a prompt to rate the article',
        example: 'Wie bewerten Sie diesen Artikel?',
        nearMiss: 'Wie bewerten Sie diesen Artikel des Gesetzes, fragte die Richterin den Zeugen.',
    },
    {
        id: 'ad-label-other-languages',
        pattern: '^[-–*\\s]*(?:anzeige|werbung|publicidad|publicit(?:é|e))[-–*\\s]*(?:[,:]\\s*(?:enth(?:ä|ae)lt )?affiliate[- ]links)?$',
        flags: 'iu',
        description: 'an ad label in German, Spanish or French, with an affiliate-link notice',
        example: '- Anzeige-',
        nearMiss: 'Anzeige gegen den Bürgermeister erstattet, teilte die Polizei mit.',
    },
    {
        id: 'contents-label',
        pattern: '^(?:table of contents|contents|inhaltsverzeichnis|inhalt|(?:í|i)ndice|sommaire)[.:]?$',
        flags: 'iu',
        description: 'the label of a table of contents',
        example: 'Inhaltsverzeichnis',
        nearMiss: 'Inhaltsverzeichnis und Register fehlen in der Ausgabe von 1952.',
    },
    {
        id: 'printed-from',
        // The print layout's header: the outlet and the page's address, in any form, without the
        // sentence punctuation of prose (a full stop inside an address is no sentence's end).
        pattern: '^(?:this (?:article|story|page) (?:was )?)?printed from:?\\s(?:[^\\n.!?,;]|[.](?=\\S)){1,200}$',
        flags: 'iu',
        description: 'the "Printed from" line of a print or app layout',
        example: 'Printed from The Portwell Ledger · https://www.portwell-ledger.example/world/nato-north-korea-123',
        nearMiss: 'Printed from 3D files, the parts were assembled by hand.',
        chrome: true,
    },
    {
        id: 'date-line',
        // A line that is only a date, a time or both, labelled or not: "March 9, 2023",
        // "Updated: Sept 6, 2017 10:46 a.m. ET", "Tuesday, May 15, 2018, 1:09 p.m.", "2022-03-28".
        // Digits and a month or a weekday, or digits joined by a date's punctuation, must be in it:
        // "Tuesday, Wednesday, Friday" is a schedule, not a date. (The line's shape is asked first:
        // prose fails it at its first word, before the search for a month runs over the whole line.)
        pattern: `^(?:(?:first |last )?(?:${DATE_LABEL})(?: on| at)?:?\\s)?(?=${DATE_WORD}(?:${DATE_SEPARATOR}${DATE_WORD}){0,14}\\.?$)` +
            `(?=[^\\n]{0,200}?(?:\\b(?:${MONTH}|${WEEKDAY})\\b[^\\n]{0,200}?\\d|\\d[^\\n]{0,200}?\\b(?:${MONTH}|${WEEKDAY})\\b|\\d[./-]\\d))${DATE_WORD}(?:${DATE_SEPARATOR}${DATE_WORD}){0,14}\\.?$`,
        flags: 'iu',
        description: 'a line that is only the date or time a page shows',
        example: 'Updated: Sept 6, 2017 10:46 a.m. ET',
        nearMiss: 'March 9, 2023 was the day the talks collapsed.',
        chrome: true,
    },
    {
        id: 'bare-url',
        pattern: '^(?:https?://|www\\.)[^\\s]{1,300}$',
        flags: 'iu',
        description: "a web address on a line of its own: the page's own URL in a print layout",
        example: 'https://www.portwell-ledger.example/world/nato-north-korea-123',
        nearMiss: 'www.reuters.com first reported the figures.',
        chrome: true,
    },
    {
        id: 'embed-residue',
        // What an embedded post leaves when it does not load, or in a saved page's text: an error
        // line, Instagram's caption line, a lone picture link, a tweet's signature ("— NATO (@NATO)
        // March 9, 2023") with the short tweet before it.
        pattern: '^(?:could not display (?:tweet|post)|(?:sorry,? )?(?:this|the) (?:tweet|post|content|embed|video|media) (?:is|was|has been) (?:unavailable|not (?:yet )?available|no longer available|deleted|removed)[^\\n]{0,120}|' +
            'view this post on (?:instagram|facebook|tiktok|twitter|x)|a post shared by [^\\n]{1,80}|(?:unable|failed) to (?:load|display) (?:the |this )?(?:tweet|post|content|embed|video)[^\\n]{0,60}|' +
            'loading (?:tweet|post|embed|video)s?\\.{0,3}|pic\\.twitter\\.com/\\w{1,30}|(?:[^\\n]{0,160}\\s)?-{1,2}\\s[^\\n()]{1,60}\\(@\\w{1,30}\\)(?:\\s[^\\n]{0,38}\\d)?)$',
        flags: 'iu',
        description: 'the residue of an embedded tweet or post: an error line, a caption, its signature',
        example: 'Could not display Tweet',
        nearMiss: 'Could not display the documents, the court clerk said.',
    },
    {
        id: 'shortcode',
        // Lower case: a CMS code left in the text ("[[nid:568421]]", "[wpgmappity id=\"1505\"]"), not a
        // bracketed credit ("[Photo/Xinhua]").
        // Its name, then an id ("nid:568421") or attributes written key=value.
        pattern: '^\\[{1,2}[a-z][a-z0-9_-]{0,30}(?::[\\w-]{1,40}|(?:\\s[a-z_-]{1,20}=(?:"[^"\\n]{0,80}"|\'[^\'\\n]{0,80}\'|[\\w-]{1,40})){1,6})?\\s?/?\\]{1,2}$',
        flags: 'u',
        description: 'a CMS shortcode or embed placeholder left in the text',
        example: '[[nid:568421]]',
        nearMiss: '[figure 3: the repository after the merge]',
    },
]);
/**
 * Labels a scraper glues to the start of a paragraph or a sentence, as data: an ad label ("Hide
 * AdIn a statement, …"), a labelled date ("date 2022-03-28 CAIRO (Reuters) - …"), a section
 * label. splitGluedFurniture splits one off when what follows opens a sentence (a capital or a
 * quotation mark), so the paragraph compares equal to the reference's.
 */
export const GLUED_LABELS = Object.freeze([
    {
        id: 'ad-label',
        // Not "Advertising": "Advertising Standards Authority …" opens prose.
        pattern: '^(?:(?:hide ad|advertisement|(?:story|article) continues below(?: advertisement)?|continue reading below)\\s?){1,3}',
        flags: 'iu',
        description: 'an ad label run into the paragraph after it (JPI sites, saved text)',
        example: 'Hide AdIn a statement, his children said they were deeply saddened.',
        nearMiss: 'Advertising Standards Authority rules were tightened on Monday.',
    },
    {
        id: 'labelled-date',
        pattern: `^${LABELLED_DATE}(?:\\s?[|·•]?\\s?${LABELLED_DATE})?\\s`,
        flags: 'iu',
        description: 'the date a page or an archive shows, run into the first paragraph',
        example: 'Published: 23 Sep 2019 07:12 PM BdST Yemen’s Houthi movement said on Monday that five civilians were killed.',
        nearMiss: 'Published on March 9, the report said the talks had failed.',
    },
    {
        id: 'article-content-label',
        pattern: '^article content\\s',
        flags: 'iu',
        description: 'the label Postmedia sites set before each block of the story',
        example: 'Article content The Kremlin said on Monday that investigators would look into the video.',
        nearMiss: 'Article content rules were tightened, the regulator said on Monday.',
    },
]);
//# sourceMappingURL=furniture-patterns.js.map