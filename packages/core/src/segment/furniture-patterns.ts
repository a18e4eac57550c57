/** One phrasing of outlet furniture: text an outlet puts around any story. */
export interface FurnitureRule {
  id: string;
  /** Matched against the whole block, folded (see normalizeText), so it is anchored. */
  pattern: string;
  flags: string;
  description: string;
  example: string;
  nearMiss: string;
  /**
   * The heading of a list of links ("RELATED STORIES", "READ MORE:"): the headline lines right
   * after it are the list's, furniture too (see markLinkLists).
   * @default false
   */
  opensList?: boolean;
  /**
   * The page's own chrome (its date, its address, its print header): left out where it stands
   * outside the story's body, furniture where an outlet set it inside.
   * @default false
   */
  chrome?: boolean;
}

// The words of a date as outlets print one: months, weekdays, times and zones.
const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const WEEKDAY = String.raw`mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?`;
const ZONE = String.raw`gmt|utc|[ecmp][sd]?t|bst|cets?t?|ist|jst|kst|aest|aedt|hkt|sgt|wib|bdst|pkt|npt|sast|gst|ict|pht|nzst|nzdt|uhr`;
// The labels of a date, also between two ("Published: 23 Sep 2019 07:12 PM BdST Updated: …").
const DATE_LABEL = String.raw`published|updated|posted|modified|filed|date`;
// One word of a date line; words are separated by spaces and punctuation, never run together.
const DATE_WORD = String.raw`(?:\d{1,4}(?:st|nd|rd|th)?|${MONTH}|${WEEKDAY}|[ap]\.?m|${ZONE}|${DATE_LABEL}|at|on|of)`;
const DATE_SEPARATOR = String.raw`[\s,.:/|·•-]{1,3}`;

/**
 * Outlet furniture, as data. Each pattern is anchored to the whole block and bounded, since
 * furniture is short; a sentence of the story that merely mentions reading or comments is not.
 */
export const FURNITURE_PATTERNS: readonly FurnitureRule[] = Object.freeze([
  {
    id: 'continue-reading',
    pattern: '^(?:continue|keep) reading(?: below| the (?:main )?story)?[.:]?$',
    flags: 'iu',
    description: 'an ad slot label between paragraphs (Fox Business, seed story)',
    example: 'Continue Reading Below',
    nearMiss: 'Continue reading the statement, the diplomat said, and you will see why.',
  },
  {
    id: 'advertisement',
    // Labels come in runs, and saved text glues them ("Hide AdAdvertisement", JPI sites).
    pattern: '^(?:(?:advertisement|advertising|ad|hide ad|sponsored(?: content)?|(?:story|article) continues below(?: (?:advertisement|this ad))?)[.:]?\\s?){1,3}$',
    flags: 'iu',
    description: 'an ad label, and the "Hide Ad" button beside one (JPI sites)',
    example: 'Advertisement',
    nearMiss: 'Advertisement spending rose 4% in the quarter.',
  },
  {
    id: 'more-on-this',
    pattern: '^(?:more on this|related(?: coverage| stories| articles| content)?|see also|recommended(?: for you)?|most read|trending(?: now)?|you may also like|more from [^.]{1,40})(?:\\.{3}|:)?$',
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
  },
  {
    id: 'comment-prompt',
    pattern: '^(?:what do you think\\??|click the button below to comment on this article\\.?|(?:leave|post|add|join) (?:a|the) (?:comment|conversation|discussion)[^\\n]{0,60}|comments?(?: \\(\\d{1,6}\\))?|show comments|view comments)$',
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
    pattern: '^our standards:? the thomson reuters trust principles\\.?$',
    flags: 'iu',
    description: "the agency's own site furniture (reuters.com)",
    example: 'Our Standards: The Thomson Reuters Trust Principles.',
    nearMiss: 'Reuters said its standards require independent verification.',
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
    // "Tuesday, Wednesday, Friday" is a schedule, not a date.
    pattern:
      `^(?:(?:first |last )?(?:${DATE_LABEL})(?: on| at)?:?\\s)?` +
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
    pattern:
      '^(?:could not display (?:tweet|post)|(?:sorry,? )?(?:this|the) (?:tweet|post|content|embed|video|media) (?:is|was|has been) (?:unavailable|not (?:yet )?available|no longer available|deleted|removed)[^\\n]{0,120}|' +
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
