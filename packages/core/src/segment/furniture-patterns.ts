/** One phrasing of outlet furniture: text an outlet puts around any story. */
export interface FurnitureRule {
  id: string;
  /** Matched against the whole block, folded (see normalizeText), so it is anchored. */
  pattern: string;
  flags: string;
  description: string;
  example: string;
  nearMiss: string;
}

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
    pattern: '^(?:advertisement|advertising|ad|sponsored(?: content)?|story continues below(?: advertisement)?|article continues below(?: advertisement)?)[.:]?$',
    flags: 'iu',
    description: 'an ad label',
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
  },
  {
    id: 'read-more',
    pattern: '^(?:read more|read next|read also|also read|click here|watch|listen)\\s*[:|>-]\\s*[^\\n]{1,160}$|^(?:read more|read next)\\.{0,3}$',
    flags: 'iu',
    description: 'a link to another story inserted in the body',
    example: 'Read more: North Korea fires missile over Japan',
    nearMiss: 'Read more carefully, the report shows fewer sanctions were enforced.',
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
]);
