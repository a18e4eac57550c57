// Words that stand before "OUT" in all-capitals prose and headlines ("ENVOYS WALKED OUT",
// "TICKETS SOLD OUT"), never in a distribution restriction ("SOUTH KOREA OUT", "MAGS OUT").
const NOT_A_MARKET = String.raw `ED|ING|\b(?:SOLD|SHUT|LEFT|CUT|PUT|WAY|STEPS?|PULLS?|WALKS?|LOOKS?|SELLS?|TIME|BLACK|` +
    String.raw `PICKS?|CHECKS?|MAKES?|STANDS?|BREAKS?|GETS?|GOT|FINDS?|RULES?|CARRY|CARRIES|LOCKS?|` +
    String.raw `SPEAKS?|WORKS?|HANGS?|FILLS?|BAILS?|KICKS?|KNOCKS?|SPELLS?|STICKS?|ROLLS?|LASH|LASHES|` +
    String.raw `TRY|TRIES|SORTS?|FIGURES?|PHASES?|POINTS?|OPTS?|DROPS?|PAYS?|HOLDS?|BOTTOMS?|MISS|` +
    String.raw `MISSES|SPILLS?|PLAYS?|SETS?|TURNS?|COMES?|CAME|GOES|WENT|GO|GIVES?|GAVE|HELPS?|` +
    String.raw `REACH|REACHES|FIGHTS?|FOUGHT|SHOUTS?|PASS|PASSES|STAYS?|KEEPS?|KEPT|BACKS?|BOWS?|` +
    String.raw `WIPES?|PLANS?|LETS?|THROWS?|THREW|SPREADS?|BLOWS?|CALLS?|BRING|BRINGS|BROUGHT)`;
// Capitalised words that open a caption code but are not a market ("NO", "VIA REUTERS").
const NOT_A_MARKET_START = String.raw `NO|VIA|AND|OR|THE|TO|IS|OF|IN|BY|AT|ON|REUTERS|AFP|AP|PHOTO|PICTURE|IMAGE|SALES|` +
    String.raw `RESALES|ARCHIVES|MANDATORY|CREDIT|ONLY|USE|LOGO|PARTY|EDITORS|HANDOUT|FILE|KCNA`;
const RULES = [
    // ── verification: strong forms (the caveat says "independently" or "immediately") ──
    {
        id: 'unable-to-independently-verify', category: 'verification', agencies: ['reuters'], flags: 'u',
        pattern: String.raw `(?:\b[A-Z]{2,20}\s+IS\s+)?\bUNABLE\s+TO\s+INDEPENDENTLY\s+(?:VERIFY|CONFIRM)\b(?:\s+(?:THIS|THE|THESE)\s+(?:IMAGES?|VIDEOS?|PICTURES?|PHOTO(?:GRAPH)?S?|FOOTAGE|CONTENT|MATERIAL|AUTHENTICITY)\b)?`,
        description: 'The agency could not independently verify the picture or video (caption code, capitals).',
        example: 'ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY. REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE. NO THIRD PARTY SALES.',
        nearMiss: 'THIS IMAGE WAS PROVIDED BY A THIRD PARTY. REUTERS IS UNABLE TO VERIFY THIS IMAGE.',
    },
    {
        id: 'was-unable-to-independently-verify', category: 'verification', agencies: [], flags: 'u',
        pattern: String.raw `\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+unable\s+to\s+independently\s+(?:verify|confirm|authenticate)\b`,
        description: 'Story prose: the agency tried and failed to verify a claim independently.',
        example: 'Reuters was unable to independently verify the footage, which was posted on social media.',
        nearMiss: 'Reuters was able to independently verify the location of the footage.',
    },
    {
        id: 'could-not-independently-verify', category: 'verification', agencies: [], flags: 'iu',
        pattern: String.raw `\b(?:(?:could\s+not|couldn['’]t|can\s*not|can['’]t)\s+(?:immediately\s+(?:and\s+)?(?:independently\s+)?|independently\s+)|(?:was|were|is|are)\s+not\s+(?:immediately|independently)\s+able\s+to\s+(?:independently\s+)?)(?:verify|confirm|authenticate)\b`,
        description: 'The agency could not (immediately or independently) verify or confirm a claim.',
        example: 'Reuters could not immediately verify the report, which cited unnamed officials.',
        nearMiss: 'Reuters could not verify the report, which cited unnamed officials.',
    },
    {
        id: 'cannot-be-independently-verified', category: 'verification', agencies: [], flags: 'iu',
        // The lookbehind leaves AP's "as provided and cannot be independently verified" to its own
        // rule; its white space is bounded because a lookbehind is tried at every position.
        pattern: String.raw `(?<!\bas\s{1,3}provided\s{1,3}and\s{1,3})\b(?:could\s+not|couldn['’]t|can\s*not|can['’]t)\s+(?:be\s+(?:independently|immediately)|(?:immediately|independently)\s+be)\s+(?:verified|confirmed|authenticated)\b`,
        description: 'A claim or picture cannot (or could not immediately) be verified independently.',
        example: 'The video, which could not be independently verified, appeared to show a missile launch.',
        nearMiss: 'The video, which could not be verified, appeared to show a missile launch.',
    },
    {
        id: 'has-not-been-independently-verified', category: 'verification', agencies: [], flags: 'iu',
        pattern: String.raw `\b(?:(?:has|have|had|was|were)\s+not|hasn['’]t|haven['’]t|hadn['’]t|wasn['’]t|weren['’]t)\s+(?:been\s+)?independently\s+(?:verified|confirmed|authenticated)\b`,
        description: 'A claim or picture has not been verified independently.',
        example: 'The footage has not been independently verified by Reuters.',
        nearMiss: 'The footage has not been verified by Reuters.',
    },
    {
        id: 'content-as-provided', category: 'verification', agencies: ['ap'], flags: 'iu',
        pattern: String.raw `\bThe\s+content\s+of\s+this\s+(?:image|video|photo(?:graph)?|footage)\s+is\s+as\s+provided\b(?:\s+and\s+cannot\s+be\s+independently\s+verified\b)?`,
        description: 'AP: the picture is distributed as provided by its source and cannot be verified.',
        example: 'The content of this image is as provided and cannot be independently verified. (Korean Central News Agency/Korea News Service via AP)',
        nearMiss: 'The content of this image is disturbing to some viewers.',
    },
    // ── verification: weak forms (the same caveat with "independently" dropped) ──
    {
        id: 'unable-to-verify', category: 'verification', agencies: [], flags: 'iu',
        pattern: String.raw `\bunable\s+to\s+(?:verify|confirm|authenticate)\b`,
        description: 'Weaker form: the agency was unable to verify a claim (without "independently").',
        example: 'Reuters was unable to verify the authenticity of the video.',
        nearMiss: 'Reuters was unable to independently verify the authenticity of the video.',
    },
    {
        id: 'could-not-verify', category: 'verification', agencies: [], flags: 'iu',
        pattern: String.raw `\b(?:(?:could\s+not|couldn['’]t|can\s*not|can['’]t)|(?:was|were|is|are)\s+not\s+able\s+to)\s+(?:verify|confirm|authenticate)\b`,
        description: 'Weaker form: the agency could not verify or confirm a claim (no "independently").',
        example: 'Reuters could not verify the report.',
        nearMiss: 'Reuters could not independently verify the report.',
    },
    {
        id: 'not-verified', category: 'verification', agencies: [], flags: 'iu',
        pattern: String.raw `\b(?:(?:could\s+not|couldn['’]t|can\s*not|can['’]t)\s+be|(?:has|have|had)\s+not\s+been|(?:hasn['’]t|haven['’]t|hadn['’]t)\s+been|(?:was|were)\s+not|wasn['’]t|weren['’]t)\s+(?:verified|confirmed|authenticated)\b`,
        description: 'Weaker form: a claim or picture could not be, or has not been, verified.',
        example: 'The images could not be verified.',
        nearMiss: 'The images could not be independently verified.',
    },
    // ── third-party ──
    {
        id: 'provided-by-third-party', category: 'third-party', agencies: ['reuters', 'afp'], flags: 'iu',
        pattern: String.raw `(?:\bATTENTION\s+EDITORS\s*[-–—:]\s*)?\b(?:THIS\s+)?(?:IMAGE|PICTURE|PHOTO(?:GRAPH)?|VIDEO|FOOTAGE|HANDOUT|CONTENT|MATERIAL)S?\s+(?:WAS|HAS\s+BEEN|IS)\s+(?:PROVIDED|SUPPLIED|MADE\s+AVAILABLE)\s+BY\s+A\s+THIRD(?:\s+|-)PARTY\b`,
        description: 'The picture or video came from a third party, not from the agency’s own staff.',
        example: 'KCNA/via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.',
        nearMiss: 'The ministry said the data was provided by a third party.',
    },
    {
        id: 'handout-via-agency', category: 'third-party', agencies: ['reuters', 'ap', 'afp'], flags: 'iu',
        pattern: String.raw `\bhandout[\s/]{1,3}via\s+(?:REUTERS|AP|AFP|Getty\s+Images|EPA|dpa|Xinhua)\b`,
        description: 'The picture is a handout, distributed by the agency on behalf of its source.',
        example: 'Ministry of Defence/Handout via REUTERS',
        nearMiss: 'The ministry distributed a handout via its website.',
    },
    {
        id: 'handout-photo', category: 'third-party', agencies: [], flags: 'iu',
        pattern: String.raw `\bhandout\s+(?:photo(?:graph)?|picture|image|video|still|footage)s?\b`,
        description: 'The picture or video is a handout from an interested party.',
        example: 'In this handout photo released by the Korean Central News Agency, Kim Jong Un inspects a missile.',
        nearMiss: 'Officials gave reporters a handout on the new sanctions.',
    },
    {
        id: 'no-independent-access', category: 'third-party', agencies: ['ap'], flags: 'iu',
        pattern: String.raw `\bIndependent\s+journalists\s+were\s+not\s+given\s+access\s+to\s+cover\s+the\s+event\s+depicted\s+in\s+this\s+(?:image|video|photo(?:graph)?|footage)\b`,
        description: 'AP: the picture comes from a government that kept independent journalists away.',
        example: 'Independent journalists were not given access to cover the event depicted in this image distributed by the North Korean government.',
        nearMiss: 'Independent journalists were given access to cover the parade in Pyongyang.',
    },
    {
        id: 'distributed-as-received', category: 'third-party', agencies: ['reuters', 'afp'], flags: 'iu',
        pattern: String.raw `\bDISTRIBUTED\s+EXACTLY\s+AS\s+RECEIVED\s+BY\s+(?:REUTERS|AFP|AP)\b(?:,?\s+AS\s+A\s+SERVICE\s+TO\s+CLIENTS\b)?|\bDISTRIBUTED\s+AS\s+A\s+SERVICE\s+TO\s+CLIENTS\b`,
        description: 'The agency passes the picture on unedited, as a service, without vouching for it.',
        example: 'THIS PICTURE IS DISTRIBUTED EXACTLY AS RECEIVED BY REUTERS, AS A SERVICE TO CLIENTS.',
        nearMiss: 'The statement was distributed as received by diplomats in Brussels.',
    },
    // ── restriction ──
    {
        id: 'no-resales-no-archives', category: 'restriction', agencies: ['reuters', 'ap'], flags: 'u',
        pattern: String.raw `\bNO\s+(?:RE)?SALES\b(?:[.;,]?\s*NO\s+ARCHIVES\b)?`,
        description: 'The picture may not be resold (and, with "NO ARCHIVES", not kept).',
        example: 'REUTERS/Kim Kyung-Hoon NO RESALES. NO ARCHIVES.',
        nearMiss: 'There were no sales of North Korean coal in August, traders said.',
    },
    {
        id: 'no-archives', category: 'restriction', agencies: ['reuters', 'ap'], flags: 'u',
        pattern: String.raw `(?<!SALES[.;,]?\s{0,3})\bNO\s+ARCHIVES\b`,
        description: 'The picture may be used now but not kept in an archive.',
        example: 'Korea News Service via AP. NO ARCHIVES.',
        nearMiss: 'The ministry keeps no archives of the tests, officials said.',
    },
    {
        id: 'no-third-party-sales', category: 'restriction', agencies: ['reuters'], flags: 'iu',
        pattern: String.raw `\bNO\s+THIRD(?:\s+|-)PARTY\s+SALES\b`,
        description: 'The agency may not sell the picture on to third parties.',
        example: 'REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE. NO THIRD PARTY SALES.',
        nearMiss: 'THIS IMAGE WAS PROVIDED BY A THIRD PARTY.',
    },
    {
        id: 'no-commercial-or-editorial-sales', category: 'restriction', agencies: ['reuters'], flags: 'u',
        pattern: String.raw `\bNO\s+COMMERCIAL\s+OR\s+EDITORIAL\s+SALES\b(?:\s+IN\s+[A-Z][A-Z ]{0,30}[A-Z])?`,
        description: 'The picture may not be sold in the named market.',
        example: 'NO COMMERCIAL OR EDITORIAL SALES IN SOUTH KOREA.',
        nearMiss: 'The deal allows no commercial sales of the technology in South Korea.',
    },
    {
        id: 'mandatory-credit', category: 'restriction', agencies: [], flags: 'u',
        pattern: String.raw `\b(?:MANDATORY\s+CREDIT|Mandatory\s+Credit)\b`,
        description: 'The picture may only be used with its credit shown.',
        example: 'Ministry of Defence/Handout via REUTERS MANDATORY CREDIT',
        nearMiss: 'The EU proposed mandatory credit ratings for sovereign debt.',
    },
    {
        id: 'editorial-use-only', category: 'restriction', agencies: [], flags: 'iu',
        pattern: String.raw `\b(?:(?:FOR\s+)?EDITORIAL\s+USE\s+ONLY|RESTRICTED\s+TO\s+EDITORIAL\s+USE)\b`,
        description: 'The picture may be used for news only, not for advertising or marketing.',
        example: 'THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. FOR EDITORIAL USE ONLY.',
        nearMiss: 'The newspaper said its editorial use of the photograph was fair.',
    },
    {
        id: 'not-for-marketing', category: 'restriction', agencies: ['reuters', 'afp'], flags: 'iu',
        pattern: String.raw `\b(?:NOT\s+FOR\s+SALE\s+FOR\s+MARKETING\s+OR\s+ADVERTISING\s+CAMPAIGNS|NO\s+MARKETING[\s\-–—,/]{1,5}NO\s+ADVERTISING\s+CAMPAIGNS)\b`,
        description: 'The picture may not be sold for marketing or advertising.',
        example: 'NO MARKETING NO ADVERTISING CAMPAIGNS - DISTRIBUTED AS A SERVICE TO CLIENTS',
        nearMiss: 'The ban covers marketing and advertising campaigns for tobacco.',
    },
    {
        id: 'do-not-obscure-logo', category: 'restriction', agencies: ['reuters'], flags: 'iu',
        pattern: String.raw `\bDO\s+NOT\s+OBSCURE\s+(?:THE\s+)?LOGO\b`,
        description: 'The source’s logo on the picture must stay visible.',
        example: 'Pyongyang Press Corps/Handout via REUTERS DO NOT OBSCURE LOGO.',
        nearMiss: 'Do not obscure the view of the stage, organisers told photographers.',
    },
    {
        id: 'country-out', category: 'restriction', agencies: ['reuters', 'ap', 'afp'], flags: 'u',
        // One to three capitalised words, then "OUT" in capitals: a market ("SOUTH KOREA OUT",
        // AFP's "South Korea OUT") or a medium (AP's "MAGS OUT", "LOCAL TV OUT").
        pattern: String.raw `(?<![\p{L}\p{N}])(?!(?:${NOT_A_MARKET_START})\s)\p{Lu}[\p{Lu}\p{Ll}]{1,19}(?:\s\p{Lu}[\p{Lu}\p{Ll}]{1,19}){0,2}` +
            String.raw `\s(?<!(?:${NOT_A_MARKET})\s)OUT(?![\p{L}\p{N}])`,
        description: 'The picture may not be used in the named market or medium.',
        example: 'Yonhap via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. SOUTH KOREA OUT.',
        nearMiss: 'TALKS COLLAPSE AS NORTH KOREAN ENVOYS WALKED OUT',
    },
    // ── correction ──
    {
        id: 'corrected-slug', category: 'correction', agencies: ['reuters'], flags: 'u',
        pattern: String.raw `(?<![\p{L}\p{N}])CORRECTED(?![\p{L}\p{N}])`,
        description: 'The headline slug marks the story as a corrected version.',
        example: 'CORRECTED-NATO urges trading partners to step up pressure on North Korea',
        nearMiss: 'UNCORRECTED TRANSCRIPT of the NATO press conference',
    },
    {
        id: 'corrects-advisory', category: 'correction', agencies: ['reuters'], flags: 'mu',
        // AFP writes its advisories in capitals: "(CORRECTS name in 3rd par)".
        pattern: String.raw `(?:^|\()(?:Corrects|CORRECTS)\b[^()\n]{0,200}\)?`,
        description: 'The top-of-story advisory says what an earlier version got wrong.',
        example: '(Corrects spelling of NATO spokesman’s name in paragraph 9)',
        nearMiss: 'Corrections officials in Pyongyang declined to comment.',
    },
    {
        id: 'story-has-been-corrected', category: 'correction', agencies: ['ap'], flags: 'iu',
        pattern: String.raw `\bThis\s+(?:story|article|report|version|item)\s+has\s+been\s+(?:corrected|amended|updated\s+to\s+correct)\b(?:[^.\n]|\.(?=\S)){0,200}\.?`,
        description: 'A sentence telling the reader the story was corrected and how.',
        example: 'This story has been corrected to show that NATO has 29 members, not 28.',
        nearMiss: 'This story has been updated with a statement from NATO.',
    },
    {
        id: 'earlier-version', category: 'correction', agencies: [], flags: 'iu',
        pattern: String.raw `\b(?:An?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report)\b(?:[^.\n]|\.(?=\S)){0,200}\.?`,
        description: 'A sentence telling the reader what an earlier version of the story got wrong.',
        example: 'An earlier version of this story misstated the number of NATO members.',
        nearMiss: 'An earlier version of the sanctions resolution was vetoed by Russia.',
    },
    {
        id: 'this-version-corrects', category: 'correction', agencies: ['ap'], flags: 'iu',
        // A full stop inside the sentence ("U.S.", "Tuva.") ends it only when a space follows.
        pattern: String.raw `\bThis\s+(?:version|story|article|report)\s+corrects\b(?:[^.\n]|\.(?=\S)){0,200}\.?`,
        description: 'AP: a closing line saying what this version corrects.',
        example: 'This version corrects the spelling of the region to Tuva, not Tyva.',
        nearMiss: 'This version of the rocket corrects its own course in flight.',
    },
    {
        id: 'correction-label', category: 'correction', agencies: [], flags: 'iu',
        pattern: String.raw `\bCorrection\s*:`,
        description: 'A labelled correction follows.',
        example: 'Correction: NATO has 29 members, not 28.',
        nearMiss: 'Analysts said markets were due for a correction after the rally.',
    },
    {
        id: 'story-withdrawn', category: 'correction', agencies: ['reuters'], flags: 'iu',
        pattern: String.raw `\b(?:STORY|ARTICLE|ITEM)\s+WITHDRAWN\b|\bThis\s+(?:story|article)\s+has\s+been\s+withdrawn\b`,
        description: 'The agency has withdrawn the story; it should not be used.',
        example: 'STORY WITHDRAWN - NATO urges trading partners to step up pressure',
        nearMiss: 'The United States has withdrawn its ambassador.',
    },
    {
        id: 'clarification-label', category: 'correction', agencies: [], flags: 'iu',
        pattern: String.raw `\bClarification\s*:`,
        description: 'A labelled clarification follows.',
        example: 'Clarification: The statement was issued by all 29 NATO ambassadors.',
        nearMiss: 'NATO sought clarification from Pyongyang on the test.',
    },
    // ── update ──
    {
        id: 'refile-slug', category: 'update', agencies: ['reuters'], flags: 'u',
        pattern: String.raw `(?<![\p{L}\p{N}])REFILE(?![\p{L}\p{N}])`,
        description: 'The headline slug marks the story as sent again (to fix a typo or add a tag).',
        example: 'REFILE-NATO urges trading partners to step up pressure on North Korea',
        nearMiss: 'Refile your claim by Friday, the tax office said.',
    },
    {
        id: 'refiles-advisory', category: 'update', agencies: ['reuters'], flags: 'mu',
        pattern: String.raw `(?:^|\()Refiles\b[^()\n]{0,200}\)?`,
        description: 'The top-of-story advisory says why the story was sent again.',
        example: '(Refiles to fix typo in headline)',
        nearMiss: 'The company refiles its accounts every quarter.',
    },
    {
        id: 'update-number', category: 'update', agencies: ['reuters'], flags: 'u',
        pattern: String.raw `(?<![\p{L}\p{N}])UPDATE\s?[1-9][0-9]?(?![\p{N}])`,
        description: 'The headline slug numbers the updated version of a developing story.',
        example: 'UPDATE 2-NATO urges trading partners to step up pressure on North Korea',
        nearMiss: 'LIVE UPDATES: NATO summit in Brussels',
    },
    {
        id: 'update-label', category: 'update', agencies: [], flags: 'u',
        pattern: String.raw `(?<![\p{L}\p{N}])(?:UPDATE|Update)\s?:`,
        description: 'A labelled note says what the updated story adds.',
        example: 'UPDATE: NATO later issued a statement denying the report.',
        nearMiss: 'Updated: Sept 6, 2017 10:46 a.m. ET',
    },
    {
        id: 'story-has-been-updated', category: 'update', agencies: ['ap'], flags: 'iu',
        // "… updated to correct …" is a correction (story-has-been-corrected).
        pattern: String.raw `\bThis\s+(?:story|article|report|version|item|post)\s+(?:has\s+been|was)\s+updated\b(?!\s+to\s+correct\b)(?:[^.\n]|\.(?=\S)){0,200}\.?`,
        description: 'A sentence telling the reader what the updated story adds, often naming the paragraph.',
        example: 'This story has been updated with comments from the NATO secretary-general in paragraph 4.',
        nearMiss: 'This story has been corrected to show that NATO has 29 members, not 28.',
    },
    {
        id: 'adds-advisory', category: 'update', agencies: ['reuters'], flags: 'u',
        // In sentence case (Reuters) or capitals (AFP: "(ADDS details in paras 4-5)").
        pattern: String.raw `\((?:Adds|Updates|Recasts|Rewrites|Changes|Repeats|Moves|Inserts|Removes|Deletes|Fixes|Expands|Tops|Releads|Re-leads|Overhauls|ADDS|UPDATES|RECASTS|REWRITES|CHANGES|REPEATS|MOVES|INSERTS|REMOVES|DELETES|FIXES|EXPANDS|TOPS|RELEADS|RE-LEADS|OVERHAULS)\b[^()\n]{0,200}\)`,
        description: 'The top-of-story advisory says what this version adds or changes.',
        example: '(Adds comments from NATO diplomat in paragraphs 5-6)',
        nearMiss: '(Additional reporting by Phil Stewart in Washington)',
    },
    {
        id: 'updates-with', category: 'update', agencies: ['reuters'], flags: 'mu',
        pattern: String.raw `^Updates\s+with\b[^\n]{0,200}`,
        description: 'An advisory line, without parentheses, says what this version adds.',
        example: 'Updates with NATO statement, diplomats’ comments',
        nearMiss: 'NATO updates with allies are due on Friday, diplomats said.',
    },
    {
        id: 'rewrites-throughout', category: 'update', agencies: ['reuters'], flags: 'mu',
        pattern: String.raw `^Rewrites\s+throughout\b[^\n]{0,200}`,
        description: 'An advisory line says the story was rewritten throughout.',
        example: 'Rewrites throughout with NATO statement',
        nearMiss: 'She rewrites throughout the night, her editor said.',
    },
    {
        id: 'more-to-come', category: 'update', agencies: [], flags: 'imu',
        // A line of its own under a story still being written ("*More to come*", "MORE TO FOLLOW",
        // "This is a developing story and will be updated."): the reader is told it is not final.
        // Anchored to the whole line, so prose ("more to come from the talks") is left alone.
        pattern: String.raw `^[*(\[]{0,2}\s?(?:more\s+to\s+(?:come|follow)|(?:this\s+is\s+an?\s+)?(?:developing|breaking)\s+(?:story|news(?:\s+story)?)|(?:this\s+)?story\s+(?:is\s+)?developing)` +
            String.raw `(?:[.,;:…]{0,3}\s(?:and\s|it\s|this\s(?:story|article|page)\s)?(?:will\s+be\s+updated|may\s+be\s+updated|(?:please\s+)?check\s+back|refresh)[^
]{0,80}?)?[.!…]{0,3}\s?[*)\]]{0,2}$`,
        description: 'The story is still developing: more is coming, and this version is not final.',
        example: '*More to come*',
        nearMiss: 'There is more to come from the talks, the minister said.',
    },
    {
        id: 'repeat-slug', category: 'update', agencies: ['reuters'], flags: 'u',
        pattern: String.raw `(?<![\p{L}\p{N}])RPT(?=-)`,
        description: 'The headline slug marks the story as repeated for more subscribers.',
        example: 'RPT-INSIGHT-North Korea’s trading partners hold back on sanctions',
        nearMiss: 'The RPT 2017 report was filed with regulators.',
    },
    // ── editors-note ──
    {
        id: 'editors-note', category: 'editors-note', agencies: ['ap', 'afp'], flags: 'iu',
        pattern: String.raw `\bEditor(?:['’]s|s['’]?)\s+note\s*[:—–-]`,
        description: 'A labelled note from the editors to the reader follows.',
        example: 'Editor’s note: This story contains graphic descriptions of violence.',
        nearMiss: 'The editor’s note was removed from later versions of the story.',
    },
    // ── warning ──
    {
        id: 'graphic-content', category: 'warning', agencies: ['reuters', 'ap'], flags: 'iu',
        pattern: String.raw `\bWARNING\s*:\s*(?:CONTAINS\s+)?GRAPHIC\s+CONTENT\b`,
        description: 'The picture or video shows injury or death.',
        example: 'WARNING: GRAPHIC CONTENT - A wounded man is carried from the scene.',
        nearMiss: 'Warning shots were fired near the border, officials said.',
    },
    {
        id: 'graphic-content-slash', category: 'warning', agencies: ['afp'], flags: 'u',
        pattern: String.raw `(?<!(?::|CONTAINS)\s{0,3})\bGRAPHIC\s+CONTENT\s?/`,
        description: 'AFP caption code: the picture shows injury or death.',
        example: 'GRAPHIC CONTENT / A man is carried away after an air strike in Idlib.',
        nearMiss: 'The platform removed graphic content / violent imagery, it said.',
    },
    {
        id: 'scenes-of-injury-or-death', category: 'warning', agencies: ['reuters'], flags: 'iu',
        pattern: String.raw `\bVISUAL\s+COVERAGE\s+OF\s+SCENES\s+OF\s+INJURY\s+OR\s+DEATH\b`,
        description: 'Reuters caption code: the picture shows injury or death.',
        example: 'ATTENTION EDITORS - VISUAL COVERAGE OF SCENES OF INJURY OR DEATH',
        nearMiss: 'The footage shows scenes of destruction after the earthquake.',
    },
    // ── embargo ──
    {
        id: 'embargoed-code', category: 'embargo', agencies: ['reuters', 'ap'], flags: 'u',
        pattern: String.raw `\bEMBARGOED\s+(?:UNTIL|TILL|FOR|TO)\b(?:[0-9A-Z:/ ,()+\-]{0,60}[0-9A-Z)])?`,
        description: 'The story or picture may not be published before the stated time.',
        example: 'EMBARGOED UNTIL 0001 GMT SEPTEMBER 7',
        nearMiss: 'U.S. EMBARGO ON CUBA TO STAY, OFFICIALS SAY',
    },
    {
        id: 'embargoed-until', category: 'embargo', agencies: [], flags: 'u',
        pattern: String.raw `\bEmbargoed\s+(?:until|till|to|for\s+release)\b[^.\n]{0,80}`,
        description: 'The story or picture may not be published before the stated time.',
        example: 'Embargoed until 00:01 GMT on Thursday',
        nearMiss: 'Oil shipments embargoed until 2018 resumed in March.',
    },
];
/**
 * Every editor-note phrasing wirediff knows, frozen. Code walks this table; users extend it
 * through configuration.
 *
 * @example
 * const rule = NOTE_CATALOGUE.find((r) => r.id === 'unable-to-independently-verify');
 * new RegExp(rule!.pattern, rule!.flags).test('REUTERS IS UNABLE TO INDEPENDENTLY VERIFY THIS IMAGE'); // true
 */
export const NOTE_CATALOGUE = Object.freeze(RULES.map((rule) => Object.freeze(rule)));
//# sourceMappingURL=note-catalogue.js.map