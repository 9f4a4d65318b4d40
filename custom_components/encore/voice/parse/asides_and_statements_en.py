"""Remarks said around an English question, and questions said as statements.

Issue 45's fifty-second turn (blind writers 308 to 315): what a speaker adds
around the question was read as its name or its time ("any cafe tacuba
lately darlin", "..., bless it", "..., you reckon", "the last seven days
period", "the last thirty days ish", "..., what with church on Sundays and
all", "..., before me nine o'clock", "on this thing", "..., man, cannit
remember"), and questions said as a statement left open were not read as
questions ("last time i play sexy boy was when ah", "arijit singh I listened
this week or what", "had somethin on every day? how long's the run now").
Read on the words as said, commas kept, with `everyday_en`'s rules.
"""

from .rules import Rule

ASIDES_AND_STATEMENTS_EN: tuple[Rule, ...] = (
    # "any cafe tacuba lately darlin?": an endearment after the time (never
    # a title's last word: "did I play Brown Sugar", nor a name after "last
    # hear": "when did I last hear Sugar").
    (
        (
            r"\b(lately|recently|today|yesterday|ever|(?:this|last) (?!(?:hear|heard|play|played"
            r"|listen|listened|put|had|have|stream|streamed|spin|spun|see|saw)\b)\w+)"
            r" (?:darlin'?|darling|sugar|honey|hun"
            r"|sweetie|sweetheart|dear)\s*([?.!]*)$"
        ),
        r"\1\2",
    ),
    # "arijit singh I listened this week or what": whether the name played,
    # said first and asked as a statement (blind writer 308).
    (
        (
            r"^(?!(?:what|which|who|when|how|did|have|do|i|we|last|this|yesterday|today|on|in|since)\b)"
            r"(?!.*\b(?:whether|if|check|tell|know|wonder)\b)"
            r"(?P<name>[^,?]+?),? (?P<who>i|we) (?:listened|heard|played)(?: to)?"
            r" (?!(?:it|them|him|her)\b)(?P<when>[^,?]*?),? or (?:what|not)\s*[?.!]*$"
        ),
        r"did \g<who> listen to \g<name> \g<when>",
    ),
    # Said after the question (blind writers 311 and 314): "..., bless it",
    # "..., you reckon", "over the last seven days period", "the last thirty
    # days ish"; and "did I get round to the daily" is whether I heard it.
    (r",\s*bless (?:it|him|her|them|'em|me|you)\s*([?.!]*)$", r"\1"),
    # "last weekend when the grandkids came, did we play X": the visit tells
    # which time, it asks nothing (held-out writer 579's "when di
    # grandpickney dem come"); the period said first stays the question's.
    (
        (
            r"^((?:last|this|on|that) [\w ]{2,20}?),?\s+when (?:the |my |our |di |mi )?"
            r"(?:grand(?:kids|children|pickney|babies)|kids|children|pickney|family|visitors"
            r"|company|friends|in-laws|girls|boys|lads)(?: dem| them)?"
            r" (?:came|come|visited|were (?:here|over|round)|was (?:here|over|round)|came over|come over)"
            r"(?: round| over)?,\s*"
        ),
        r"\1, ",
    ),
    (r",?\s*(?:do )?you reckon\s*([?.!]*)$", r"\1"),
    (
        r"\b(days|weeks|months|year|today|yesterday|week|month) (?:period|full stop)\s*([?.!]*)$",
        r"\1\2",
    ),
    (r"(\w)[- ]ish\s*([?.!]*)$", r"\1\2"),
    (r"\bback in (?=(?:\d{4}|twenty|nineteen)\b)", "in "),
    (
        r"\bdid (i|we) (?:get|got) (?:a)?round to (?:listening to |hearing |playing )?",
        r"did \1 listen to ",
    ),
    # "at dinner time wednesday, like twelve o'clock": the clock said makes
    # the meal's time exact (blind writer 313).
    (
        r"\bat (?:dinner|lunch|tea) ?time (\w+day),? (?:like |about |around |say )?(?=\w+ o'clock\b)",
        r"on \1 at ",
    ),
    (r"\bwhat was goin'?g? at\b", "what was playing at"),
    # "..., man, cannit remember", "cannot remember the name": no name.
    (
        (
            r",?\s*(?:(?:man|mate|pet|lad|bro|dude|la|lah|ah),?\s*)?(?:i )?(?:can't|cannot|cannit|canna|cant)"
            r" (?:remember|recall)(?: the name| it)?\s*([?.!]*)$"
        ),
        r"\1",
    ),
    (
        r"^(?:eh )?the last (?:thing|song|track|tune) (i|we) play(?:ed)? what song\b",
        r"what was the last song \1 played",
    ),
    (r",\s*before (?:me|my) [^,?]*$", ""),
    (r"\s+on this (?:thing|speaker|device|gadget|contraption)\s*([?.!]*)$", r"\1"),
    (
        r"\b(first|last) start(?:ed)? (?:hearin'?g?|listenin'?g? to|playing)\b",
        r"\1 listen to",
    ),
    (
        r"\?\s*(?:that|those|the|a|an) \w+ [^?]*\b(?:band|singer|group|artist|fella|lad|lass|guy|girl)\b[^?]*$",
        "?",
    ),
    # "had somethin on every day? how long's the run now": the streak;
    # "at night or first thing": the morning compared (blind writer 311).
    (
        r"\bhow long'?s the (?:run|streak)(?: (?:now|going|at))?\b",
        "how long is my streak",
    ),
    (r"\bor first thing\b(?! (?:in|on|this|tomorrow)\b)", "or in the morning"),
    (r"\bfirst thing or\b", "in the morning or"),
    # "who new me start listening to this month" (who knew: blind writer
    # 309), "who did I start listening to": the artists new then.
    (
        (
            r"^who (?:new |knew )?(?:did |have |me |mi )?(?:i |we )?(?:start|started|begin|began|get into|got into)"
            r" (?:listening |listenin )?to\b"
        ),
        "which new artists did i discover",
    ),
    # "..., which one am i": no one o'clock; "ngl probably a lot": a guess.
    (r"\bwhich one am i\b", "which am i"),
    (
        r",?\s*(?:(?:ngl|tbh|honestly),?\s*)?(?:probably|prob|prolly) (?:a lot|loads|heaps|tons)\s*([?.!]*)$",
        r"\1",
    ),
    # "which album did we in September play the most": the time before the
    # verb, in German order (blind writer 315).
    (
        r"^(which \w+|what|who) did (i|we) ((?:in|on|this|last) \w+) (play|hear|listen to|stream)\b",
        r"\1 did \2 \4 \3",
    ),
    # "..., what with church on Sundays and all": the reason told after the
    # question asks nothing ("on Sundays" was read as its time).
    (r",\s*what with\b[^?]*(?:\band all\b)?\s*([?.!]*)$", r"\1"),
    # "What'd I wrap up with last Friday": the day's last play, no recap
    # (issue 45's fifty-second turn, blind writer 312).
    (r"\bwhat(?:'d| did) (i|we) wrap (?:things )?up with\b", r"what did \1 end with"),
    # "last time i play sexy boy was when ah", "last time eres by cafe tacvba
    # was on": when a name last played, said as a statement left open.
    (
        (
            r"^(?:the )?last time (?:(?:i|we|me|mi) (?:play|played|heard|hear|listened to|listen to) )?"
            r"(?P<name>(?!(?:i|we|it|that|this|something|anything)\b)[^,?.!]+?) was (?:on|when|played|playing|heard)"
            r"(?: (?:ah|eh|la|lah|again|then))?\s*([?.!]*)$"
        ),
        r"when did i last play \g<name>",
    ),
    # Blind writers 316 to 323 (a Scouse pensioner, an Accra speaker, a
    # Bradford taxi driver, a Cajun fisherman, a Kiwi nurse, a Belfast
    # electrician, a Hong Kong speaker, a Valleys texter).
    (r"^(?:ehn|chale|herh|eii+)\b,?\s*", ""),
    (r"^wen (?=(?:did|do|does|was|were|is|am|are|have)\b)", "when "),
    (r"\bwuz\b", "was"),
    (r"\bav\b(?= (?:them|that|it|him|her|on|any)\b)", "have"),
    (
        r"\bany(?:1|one|body) new (i|we) (?:started listenin'?g? (?:to|2)|found|discovered)\b",
        "which new artists did i discover",
    ),
    (r"^who new (i|we) (?:found|discovered)\b", "which new artists did i discover"),
    (r"\bbangin'?g? (?:tunes|music)\b", "playing music"),
    (r"\bhow were (my|our)\b", r"how was \1"),
    (r",?\s*not (?:the )?last one\s*([?.!]*)$", r"\1"),
    (r"^count (?:me|us) up\s+", ""),
    (r"\s+in this (?:house|household|place|home)\b", ""),
    (r"\s+before (?:work|school|breakfast)\b", ""),
    (r"\bpaa\b", "the most"),
    (r"\b(?:was|were) (i|we) hammerin'?g?\b", r"did \1 play the most"),
    (
        r"\bsong of the summer,? (?:this|dis|dat|that) summer(?: i mean)?\b",
        "song of the summer",
    ),
    (
        r"^(?:aiya |eh |so )?my (?:friend|mate|sister|brother|wife|husband) (?:ask|asked|asks) me\s+",
        "",
    ),
    (r",?\s*you tell me(?: la| lah| ah)?\s*([?.!]*)$", r"\1"),
    (r"^what music do (i|we) (?:like|love|enjoy)\b", r"what kind of music do \1 like"),
    # "What music does Ada like", and asked of what one would tell others:
    # "if somebody asks you what music Ada likes, what will you tell them"
    # (issue 45's seventy-fifth turn, blind writer 509).
    (
        r"^what music does (\w+) (?:like|love|enjoy)\b",
        r"what kind of music does \1 like",
    ),
    (
        (
            r"^if (?:somebody|someone|anybody|anyone|people) (?:asks|asked|ask) you"
            r" what (?:music|kind of music|sort of music) (i|we|\w+) (?:likes?|loves?|enjoys?)"
            r",? what (?:will|would|do|should) you (?:tell (?:them|him|her)|say)\W*$"
        ),
        r"what kind of music does \1 like",
    ),
    (r"\b(?:been |was |were )hammerin'?g?\b", "been playing the most"),
    (
        r"\bwhich (song|tune|track|album|record) (i|we) (?:wore|wear) (?:plumb |clean |right )?out\b",
        r"which \1 did \2 play the most",
    ),
    (
        r"\bwhat (?:music|kind of music|stuff) (?:i|i.m) into\b",
        "what kind of music do i like",
    ),
    (r"\bthat (.+? (?:song|tune|track) on)\b", r"\1"),
    (
        (
            r"^(?P<name>[^,?]+?)(?: ah| la| lah| leh)?,\s*how much (?P<who>i|we) (?:have|had|play|played|listen to|hear|heard)"
            r" (?:them|it|him|her|that)(?: on)?\b"
        ),
        r"how many times did \g<who> play \g<name>",
    ),
    (
        (
            r"^how much (?P<name>(?!(?:time|music|listening|of|did|have|i|over|in|the|this|last)\b)"
            r"(?:(?!\b(?:over|past|weeks?|days?|months?)\b)[\w' ])+?) have (?P<who>i|we) had on(?P<since> since)?\b"
        ),
        r"how many times did \g<who> play \g<name>\g<since>",
    ),
    (
        (
            r"^(?P<when>since \w+|this \w+|last \w+|today|yesterday) (?P<name>.+?) (?P<who>i|we)"
            r" (?:hear|heard|play|played|listen to|listened to) how many (?:episodes?|times|songs?)(?: la| lah| ah)?\s*[?.!]*$"
        ),
        r"how many times did \g<who> play \g<name> \g<when>",
    ),
    (
        (
            r"^i've had (?P<name>.+?) on (?:a fair bit|a lot|loads|plenty|quite a bit) (?P<when>[^,]*?),?"
            r" haven't i,? how many times (?:is it|has it been)\s*[?.!]*$"
        ),
        r"how many times did i play \g<name> \g<when>",
    ),
    (
        r"^what'?s the (tune|song|track) (?:i|we) can'?t get past quick enough\b.*$",
        r"which \1 do i skip the most",
    ),
    (
        (
            r"^between (?:the )?(morning|afternoon|evening|night)s? and (?:the )?(morning|afternoon|evening|night)s?,?"
            r" when do (i|we) (?:play|listen|hear)(?: to)? (?:more|most)\b"
        ),
        r"do \3 listen more in the \1 or in the \2",
    ),
    (
        r"^total listening (?P<when>[^,]+?),? how much is it\s*[?.!]*$",
        r"how long did i listen \g<when>",
    ),
    (
        r"^(\w+day) (?:dinner|lunch) ?time,? (?:about|around|like)? ?(\w+(?: o'clock)?),? what (?:were|was) on\b",
        r"what was on \1 at \2",
    ),
    (
        r"^wake up (this morning|today),? (i|we) play(?:ed)? what (song|tune|track) first\b",
        r"what was the first \3 \2 played \1",
    ),
    # Blind writer 561 (issue 45's eighty-fourth turn): "what have I been
    # hearing" is what I have been listening to; "This morning when I was
    # getting ready for market, the first tune, what was it?": the story
    # after the time said first asks nothing.
    (r"\bwhat have (i|we) been hearing\b", r"what have \1 been listening to"),
    (
        (
            r"^(?P<when>(?:this|yesterday|last) (?:morning|afternoon|evening|night)|yesterday|today),?"
            r" when (?:i|we) (?:was|were) [\w' ]+?, (?=(?:the )?(?:first|last) (?:song|tune|track|thing)\b)"
        ),
        r"\g<when>, ",
    ),
)
