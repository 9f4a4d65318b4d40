"""English as a classical-and-jazz connoisseur says it (issue 45's sixteenth turn).

A connoisseur asks about "pieces", "works" and "recordings" (songs),
"performers" (artists), "the programme" (what played), "an airing" or "a
hearing" (a play), what "headed the bill" or "was never off the turntable"
(the most played), which piece they "cut short" (skip), the "debutants" and
the performers whose "acquaintance" they made (new artists), an "unbroken
run of listening days" (the streak), and wraps it in "pray tell", "furnish
me with", "or am I mistaken". Read first of the English tables. Each rule
holds to function words and the shape around them; a name after a verb is
never changed.
"""

_KINDS = r"(?:songs?|tracks?|artists?|albums?|records?|podcasts?|shows?|episodes?)"
_ASKING = r"(?:which|what|how many|the|my|our|any|new|different|distinct|those|these|one|number of)"
_PRONOUN = r"(?:it|that|that one|this one|them|him|her|they|he|she)"
_LISTENING = r"(?:my|our) (?:listening(?: history)?|history|listening diary)"

FORMAL_EN: tuple[tuple[str, str], ...] = (
    # -- wrappers ---------------------------------------------------------------------
    (r"^(?:pray )?tell me,? (?!about\b)", ""),
    (r",? or am i mistaken$", ""),
    # "Which band would you say I have been ...": the question's own order.
    (r"\bwould you say (i|we) (have|had|am|are|was|were|do|did)\b", r"\2 \1"),
    (r"\b(?:if you please|mind you|so to speak|would you say|if i may ask)\b", ""),
    (r"\bremind me of (?=(?:what|which|who|when|how)\b)", ""),
    (
        r"^(?:could|would|can|will) you (?:kindly )?(?:furnish|provide|favour|favor|supply) (?:me|us) with ",
        "give me ",
    ),
    (r"\s{2,}", " "),
    # -- the connoisseur's words for songs, artists and podcasts --------------------------
    (
        rf"\b({_ASKING}) (?:pieces|works|recordings|compositions)(?: of music)?\b",
        r"\1 songs",
    ),
    (
        rf"\b({_ASKING}) (?:piece|work|recording|composition)(?: of music)?\b(?! ?(?:week|days?)\b)",
        r"\1 song",
    ),
    (rf"\b({_ASKING}) performers\b", r"\1 artists"),
    (rf"\b({_ASKING}) performer\b", r"\1 artist"),
    (r"\b(?:any |the )?debutants?\b", "any new artists"),
    (r"\bspoken[- ]word (?:programmes|programs|broadcasts)\b", "podcasts"),
    # -- an airing, a hearing: a play ---------------------------------------------------
    # "How often did Genesis by Justice receive an airing in August".
    (
        (
            r"^how (?:often|frequently|many times) (?:did|has|have|had|was|were) (?!(?:i|we)\b)(.+?)"
            r" (?:receive|received|get|got|been given|given|had|have|has had|enjoy|enjoyed) "
            r"an? (?:airing|hearing|outing|performance)s?\b"
        ),
        r"how often did i play \1",
    ),
    # "When was Cuatro Caminos last given a hearing".
    (
        (
            r"^when was (?!(?:i|we)\b)(.+?) (first|last) (?:given|afforded|accorded|granted)"
            r" an? (?:airing|hearing|outing|performance)\b"
        ),
        r"when did i \2 listen to \1",
    ),
    (r"^how frequently\b", "how often"),
    # "When did I first encounter Justice", "made the acquaintance of".
    (
        r"\bwhen did (i|we) (first|last) (?:encounter|come upon|meet)\b",
        r"when did \1 \2 listen to",
    ),
    (
        r"\b(first|last) (?:make|made|made the|make the) ?the acquaintance of\b",
        r"\1 listen to",
    ),
    (
        r"\b(?:have|had|did) (i|we) (?:made|make) the acquaintance of (?:any )?(?:new )?",
        r"did \1 discover any new ",
    ),
    # "La femme d'argent: when did it first appear in my listening".
    (
        (
            rf"^(?:and )?(?!(?:i|we|what|which|when|how|who)\b)(.+?) when did {_PRONOUN} (first|last)"
            rf" (?:appear|turn up|show up|crop up|feature|figure) in {_LISTENING}$"
        ),
        r"when did i \2 listen to \1",
    ),
    (
        rf"^when did (?!(?:i|we)\b)(.+?) (first|last) (?:appear|turn up|show up|crop up|feature|figure) in {_LISTENING}$",
        r"when did i \2 listen to \1",
    ),
    # "And Eres, when did Ada last play that one".
    (
        (
            rf"^(?:and )?(?!(?:i|we|what|which|when|how|who)\b)(.+?) when did (i|we|\w+) (first|last)"
            rf" (?:play|hear|listen to|put on) {_PRONOUN}$"
        ),
        r"when did \2 \3 play \1",
    ),
    # -- the programme: what played -----------------------------------------------------
    (r"^what was (?:on )?the programme\b", "what did i listen to"),
    (r"^what was (?:being )?performed\b", "what did i listen to"),
    (
        r"^was (?!(?:i|we|there)\b)(.+?) on the programme\b",
        r"did i play \1",
    ),
    (
        r"^was there any (?!(?:music|songs?|podcasts?)\b)(.+?) (?=(?:during|in|over|this|last|since|today|yesterday|on)\b)",
        r"did i play \1 ",
    ),
    (
        rf"^(?:which|what) (?:{_KINDS}|piece|work|recording) (?:was|were) (?:being )?(?:performed|played|playing) at\b",
        "what was playing at",
    ),
    (rf"\b({_KINDS}|song) (?:was|were) (?:being )?performed\b", r"\1 was playing"),
    (
        r"\bthe number of (\w+) (?:performed|played|heard|given)\b",
        r"how many \1 did i play",
    ),
    # -- the most played -----------------------------------------------------------------
    # "Which performer headed the bill", "never off the turntable", "favour
    # above all others", "hold in highest regard".
    (
        rf"\b(which|what) ({_KINDS}) (?:headed|topped|led) the (?:bill|programme|program|list)\b",
        r"\1 \2 did i play the most",
    ),
    (
        rf"^(which|what) ({_KINDS}) (?:was|were) (?:never|scarcely|hardly|seldom|rarely) off the (?:turntable|record player|stereo|deck|gramophone)\b",
        r"\1 \2 did i play the most",
    ),
    (
        r"\b(did|do|have) (i|we) (?:favour|favor|prefer|cherish|hold dear)(?:red|ed)? (?:above all (?:others|else)|most of all|the most)\b",
        r"\1 \2 play the most",
    ),
    (
        r"\b(did|do|have) (i|we) (?:hold|held) in (?:the )?(?:highest|greatest|high) (?:regard|esteem)(?:,? judging by how often (?:it was|they were) played)?\b",
        r"\1 \2 play the most",
    ),
    (
        rf"^of the ({_KINDS}|podcasts),? which (?:one )?is (my|our) (?:most constant|most faithful|most loyal|truest|most frequent|constant) companion\b",
        r"which \1 did i play the most",
    ),
    (
        (
            r"\b(?:i|we) (?:have|had) been (?:\w+ )?(?:absorbed in|engrossed in|immersed in|captivated by|enthralled by)"
            rf" (?:one|an?|some) ({_KINDS}|performer|piece|work) (?:or (?:another|other) )?which (?:one|is it|was it)\b"
        ),
        r"which \1 have i been listening to the most",
    ),
    (r"\bthe whole season\b", ""),
    # -- listening time --------------------------------------------------------------------
    (
        r"^what was the (?:total )?(?:duration|length|extent) of (?:my|our) podcast listening\b",
        "how long did i listen to podcasts",
    ),
    (
        r"^what was the (?:total )?(?:duration|length|extent) of (?:my|our) (?:music )?listening\b",
        "how long did i listen",
    ),
    # -- skips, the streak, the weekend -----------------------------------------------------
    # "Which piece do I most often cut short", "dismiss before the final bars".
    (
        (
            r"\b(do|did) (i|we) (?:most often|most frequently|usually|tend to) (?:cut short|cut off|dismiss|abandon|curtail|break off)"
            r"(?: before (?:the )?(?:final bars|end|last bars|finish|close|its end))?$"
        ),
        r"\1 \2 skip the most",
    ),
    (
        r"\b(?:unbroken|uninterrupted|continuous|unbroken daily) (?:run|sequence|series|succession|string) of (?:listening )?days(?: at present| currently| now| at the moment)?\b",
        "listening streak",
    ),
    (
        (
            r"\bhas (?:my|our) listening (?:favoured|favored|preferred) (?:the )?(?:weekends?|weekdays|working week)"
            r" over (?:the )?(?:weekends?|weekdays|working week)$"
        ),
        "do i listen more on weekends or weekdays",
    ),
    (
        r"^(?:my|our) (summer|year|month|week|autumn|winter|spring) in music,? reviewed$",
        r"how was my \1 in music",
    ),
    # Issue 45's twenty-seventh turn, a retired teacher (writer 115, blind):
    # "could you give me a brief account of what I have listened to since
    # Monday", "what manner of music have I been inclined towards", "how
    # much repetition has there been in my listening", "the last occasion on
    # which I listened to", "since I first began using this contraption",
    # "had I any Justice on last Friday, do you happen to know".
    (
        (
            r"^(?:could|would|can|will) you (?:kindly |please )?(?:give|provide|offer) (?:me|us)"
            r" (?:a |an )?(?:brief |short |little |quick )?(?:account|summary|overview|description)"
            r" of what (i|we) (?:have |had )?(?:listened to|heard|played)\b"
        ),
        r"what did \1 listen to",
    ),
    (r"\bwhat manner of (music|songs|artists|bands)\b", r"what kind of \1"),
    # "Inclined to" goes with a verb ("most inclined to skip"): only "towards".
    (
        r"\b(?:been )?(?:inclined|drawn|disposed) towards?\b|\b(?:been )?drawn to\b(?! \w+ing\b)",
        "into",
    ),
    (
        (
            r"\bhow much repetition (?:has there been|is there|was there|have i had)"
            r" in (?:my|our) listening\b"
        ),
        "what is my repeat rate",
    ),
    (
        r"^(?:when|what) was the (last|first) occasion (?:on which|when|that) (i|we)\b",
        r"when was the \1 time \2",
    ),
    (
        (
            r"\bsince (?:i|we) (?:first )?(?:began|started|begun|start) (?:using|with)"
            r" (?:this|the|you|my)(?: \w+)?$"
        ),
        "ever",
    ),
    (r"^had (i|we) any (.+?) on\b", r"did \1 have any \2 on"),
    (r",? do you (?:happen to )?know$", ""),
    # "According to your records, what's my favourite song" (writer 118): the
    # history kept, never albums ranked.
    (r"^(?:according to|going by|from|in) (?:your|my|our|the) records,? ", ""),
    # A retired solicitor's exact English (issue 45's forty-second turn,
    # blind writer 250): "Pray, ...", "I should like to know ...", "would
    # you be so kind as to tell me ...", "whether or not ...".
    (r"^pray,? (?!tell\b)", ""),
    (r",? pray\W*$", ""),
    (r",? (?:is a matter )?i should like (?:it )?settled\b", ""),
    (
        r"^(?:would you (?:be so kind as to|kindly) (?:tell me|confirm)|i should like to know),? (?=(?:what|which|who|whom|when|how|whether|the)\b)",
        "",
    ),
    (r"^would you kindly tell me,? ", ""),
    (
        r"^whether or not (i|we) (?:heard|listened to|played|had on) ",
        r"did \1 listen to ",
    ),
    (r"^whether or not (i|we) listen ", r"do \1 listen "),
    (
        r"^how long my (?:present|current) (?:run|streak) of (?:daily )?listening(?: days)? has (?:lasted|run|gone on)\W*$",
        "how long is my listening streak",
    ),
    (
        r"^the (?:precise |exact )?date on which (.+?) first appeared in (?:my|our) (?:history|listening)\W*$",
        r"when did i first play \1",
    ),
    (
        r"^which (track|song|tune|artist|album) (i|we) have (?:most (?:frequently|often) cut short|cut short most (?:frequently|often))\b",
        r"which \1 have \2 skipped the most",
    ),
    (
        r"\b(?:can (i|we) not|can't (i|we)|(i|we) cannot|(i|we) can't) seem to stop playing(?: at present| of late| lately)?\b",
        r"have \1\2\3\4 had on repeat lately",
    ),
    (
        r"\bon the (morning|afternoon|evening|night) of ((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) the \w+)\b",
        r"on \2 in the \1",
    ),
    (
        r"^the total time (i|we) (?:have )?(?:devoted|spent|given) (?:to|on) (?:listening to )?",
        r"how long have \1 listened to ",
    ),
    (
        r"^the total number of plays (?:recorded )?(?:for|on|in) ",
        "how many plays did i have on ",
    ),
    (r"\bon how many occasions\b", "how many times"),
    (
        r"^did (i|we),? at any point (\w+(?: \w+)?),? (listen to|play|hear|have) (.+)$",
        r"did \1 \3 \4 \2",
    ),
    (
        r"^i should like (?:a|an) (?:brief |short )?(?:account|summary|overview) of what\b",
        "what",
    ),
    (
        r"^how did (my|our) (week|month|year|weekend) go,? listening[- ]wise\W*$",
        r"how was \1 \2",
    ),
    (
        r"\b(january|february|march|april|may|june|july|august|september|october|november|december) of (?=(?:twenty|20\d\d)\b)",
        r"\1 ",
    ),  # An over-polite gentleman's long wrappers (issue 45's sixty-fifth turn,
    # blind writer 430): "I wonder if you might count for me how many ...",
    # "Would you be so kind as to run me through what ...": the request
    # around a question word, nothing asked by it ("might" had been a name).
    (
        (
            r"^(?:i wonder )?(?:(?:if|whether) )?(?:you (?:might|could|would|can)|would you be so (?:kind|good) as to"
            r"|be so (?:kind|good) as to|would you be good enough to|might you)(?: possibly| kindly| perhaps)?"
            r" (?:count (?:up )?for me|tot up for me|tell me|remind me(?: of)?|let me know|run me through"
            r"|go over|look up) (?=(?:what|which|who|whom|when|how|whether|if)\b)"
        ),
        "",
    ),
    # "Tot up the various bands and singers I heard": how many of them.
    (
        (
            r"^(?:(?:would you be so (?:kind|good) as to|would you|could you|might you|can you|kindly|please"
            r"|(?:i wonder )?(?:if|whether) you (?:might|could|would)) )?(?:tot up|add up|count up)(?: for me)?"
            r" (?:the |my )?(?:various |different |separate )?"
            r"(?=(?:bands|artists|singers|songs|tunes|tracks|albums|records|podcasts|episodes|musicians|groups)\b)"
        ),
        "how many different ",
    ),
    # "Be a good fellow and tell me": a request, nothing asked.
    (
        r"^be a (?:good fellow|good chap|dear|love|darling|good sport|sport)(?: and| to)? (?:tell|show) me,? ",
        "",
    ),
    # "When did I last have the pleasure of hearing X": heard X.
    (
        r"\b(did|do|have|had) (i|we) (last |first |ever |recently )?(?:have|had) the (?:pleasure|privilege|joy|delight) of (?:hearing|listening to|playing)\b",
        r"\1 \2 \3hear",
    ),
    # "How many days in succession": in a row (the streak).
    (r"\b(days|weeks) in (?:succession|unbroken succession)\b", r"\1 in a row"),
    # "That delightful Air song, Sexy Boy,": the title by its artist.
    (
        (
            r"\bthat (?:(?:delightful|lovely|wonderful|marvellous|marvelous|charming|splendid|fine|old|great|little) )?"
            r"([\w'&. ]{2,30}?) (?:song|tune|number|track),\s*([^,]{2,40}?),\s*"
        ),
        r"\2 by \1 ",
    ),
    # "What my musical tastes run to": the taste.
    (
        r"\bwhat (?:do |does )?(my|our) (?:musical )?tastes? (?:runs?|tends?) to\b",
        r"what is \1 taste in music",
    ),
)
