"""English idioms of issue 45's forty-first turn (blind writers 236-243).

Read on the words as said, right after `turns_of_speech_en` (through
`everyday_en.said_everyday_en`). Each rule is one household's way of saying
a plain question: a song "in heavy rotation" or "on a loop" is on repeat, an
album "worn plumb out" or a tune one "wrecked the head off myself with" is
the most played; "our kid reckons ..." and "our Sharon told me to ask" name
who asks, never the household; "songs since Monday, how many's that" is a
count; a speech-to-text "pay" after a kind of thing is "play"; "the weekend
just gone" is last weekend; "for all of twenty twenty five" is that year.
"""

from .rules import Rule

_KIND = r"(?:songs?|tunes?|tracks?|albums?|bands?|artists?|singers?|podcasts?|episodes?|times?)"

IDIOMS_EN: tuple[Rule, ...] = (
    # Who asks, before any rule reads "our" as the household: "what's my
    # skip rate, our Sharon told me to ask", "our kid reckons I play Queen
    # too much, how many times have I had them on this year".
    (r",? our (?:kid|[a-z]+) (?:told|asked|wanted) me to ask\b", ""),
    (
        (
            r"^our (?:kid|[a-z]+) (?:reckons|says|thinks|reckon) (?:that )?(?:i|we) (?:play|listen to"
            r"|have on|put on) (.+?) (?:too much|too often|a lot|all the time), (how many times"
            r"|how often) (?:have|did) (i|we) (?:had|played|play|have|put) (?:them|him|her|it) on\b"
        ),
        r"\2 have \3 had \1 on",
    ),
    # On repeat: "what's been in heavy rotation around here", "what song is
    # on heavy rotating for me", "which tune is on a loop for me these days".
    (
        (
            r"\b(?:is |are |been |was )?(?:in (?:a )?(?:heavy|high|constant) rotation"
            r"|on (?:a )?(?:heavy|high|constant) rotating)"
            r"(?: (?:for me|for us|around here|round here|in here))?"
        ),
        " on repeat",
    ),
    (
        r"\b(?:is |are |been )on a loop(?: (?:for me|for us|around here|round here))?",
        " on repeat",
    ),
    (r"^(?:what|which) (song|tune|track) on repeat\b", r"what \1 have i had on repeat"),
    (r"^what's been on repeat\b", "what have i had on repeat"),
    (
        r"^(which|what) (song|tune|track) (?:is )? on repeat\b",
        r"\1 \2 have i had on repeat",
    ),
    # The most played: "what album have I just about worn plumb out this
    # year" (Texas), "which tune did I wreck the head off myself with this
    # summer, the one I played most like" (Cork).
    (
        r"\b(?:just about |nearly |near |plumb |clean |right )*worn (?:plumb |clean |right )?out\b",
        "played the most",
    ),
    (
        (
            r"\bdid (i|we) wreck the head off (?:myself|meself|me|ourselves|us) with\b(.*?)"
            r"(?:, the one (?:i|we) played (?:the )?most(?: like)?)?$"
        ),
        r"did \1 play the most\2",
    ),
    # "Were there an album I kept going back to last month, I feel like
    # there were" (Yorkshire): which one I kept going back to.
    (
        r"^(?:was|were) there (?:an?|one) (album|song|tune|track|band|artist|podcast) (i|we) kept going back to\b",
        r"which \1 did \2 keep going back to",
    ),
    (r",? i (?:feel like|think|reckon) there (?:was|were)\W*$", ""),
    # A count asked after its subject: "songs since Monday, how many's
    # that", "total plays this year, how many we talking".
    (
        r"^(?:total )?(songs|tunes|tracks|plays|episodes|podcasts)\b(.*?),? how many(?:'s| is) that\W*$",
        r"how many \1 did i play\2",
    ),
    (
        r"^(?:total )?(songs|tunes|tracks|plays|episodes|podcasts)\b(.*?),? how many (?:are )?we talking(?: about)?\W*$",
        r"how many \1 did i play\2",
    ),
    # A speech-to-text "pay" for "play" after a kind of thing: "how many
    # songs i pay today", "which album i pay most ever".
    (rf"\b({_KIND}) (i|we) pay\b", r"\1 \2 play"),
    # A week said as just gone: "at the weekend just gone".
    (r"\b(?:at |over )?the (weekend|week) just gone\b", r"last \1"),
    # "for all of twenty twenty five": that year.
    (r"\bfor all of (?=(?:twenty|nineteen|20\d\d|19\d\d)\b)", "in "),
    # "over this whole year": this year.
    (r"\bover (?:this|the) whole (year|month|week)\b", r"this \1"),
    # "the first track I had on back on November the third": the day.
    (r"\b(on|played|heard|put on) back (on|in)\b", r"\1 \2"),
    # "How my year's gone, music-wise", "how my week was with music".
    (
        r"\bhow (my|our|me) (year|week|month|summer|weekend)(?:'s| has) gone\b",
        r"how was \1 \2",
    ),
    (
        r"^how (my|our) (year|week|month|summer|weekend|day) (?:was|went|has been) (?:with|for|in) music\b",
        r"how was \1 \2 in music",
    ),
    # "music this afternoon, what was it": what played then.
    (
        r"^(?:the )?(music|tunes|songs) (.+?),? what (?:was|were) (?:it|they|on)\W*$",
        r"what \1 did i play \2",
    ),
    # "..., the Mexican band": a name said again, no question.
    (
        r",? the (?:mexican|french|british|american|english|irish|scottish|welsh|swedish|german) (?:band|lot|group|duo|fella|lads)\W*$",
        "",
    ),
    # "have I had owt on by that Cafe Tacuba lot": that band.
    (
        r"\bhad (?:owt|anything|summat|something|any) (?:on )?by (?:that |those |the )?(.+?) lot\b",
        r"had \1 on",
    ),
    # "..., pardon my French, ...": an aside.
    (r",? pardon my french,?", ""),
    # "catch the daily this morning?": did I listen to it.
    (
        r"^(?:did (?:i|we) )?catch (.+?) (this morning|today|yesterday|last night|this week|this afternoon)\W*$",
        r"did i listen to \1 \2",
    ),
    # "was dance by justice on at all on Saturday": did I have it on.
    (r"^was (.+?) on at all\b", r"did i have \1 on at all"),
    # "we had some queen on saturday yes": did we have it on.
    (
        r"^(i|we) had (?:some|any) (.+?) on (.+?),? (?:yes|yeah|right)\W*$",
        r"did \1 have \2 on \3",
    ),
    # "how many episodes of them podcasts": every podcast's episodes.
    (r"\bepisodes of (?:them|those|the|my|all the) podcasts\b", "podcast episodes"),
    # "how many i was skipping last week out of all": the skip rate.
    (
        r"^how many (?:i|we) (?:was|were) skipping\b(.*?)(?: out of (?:all|everything|the lot))?\W*$",
        r"how many did i skip\1",
    ),
    # "have I had summat on every day, how many days is it running": the streak.
    (
        r"^(?:have|did) (i|we) (?:had|have) (?:summat|something|owt|anything|music) on every day,? how many days is it running\W*$",
        r"how many days in a row have \1 listened",
    ),
    # "I seem to have the same one on all the time": often, no period (only
    # "of all time" is one).
    (r"\b(the same (?:one|song|band|artist|singer)) on all the time\b", r"\1 on a lot"),
    # "what song i was waking up with today": what I woke up to.
    (
        r"^what (song|tune|track) (i|we) (?:was|were) waking up (?:with|to)\b",
        r"what \1 did \2 wake up to",
    ),
    # "how much Daft Punk have I been bangin' on this month": playing.
    (r"\b(have|has) (i|we) been bang(?:in'?|ing) on\b", r"\1 \2 been playing"),
    # A Singaporean's name first and the question last: "queen how much
    # times i had on this week", "sexy boy i played this week anot", "the
    # daily last time i listen which day", "digital love ah the last time i
    # play was when", "eres by cafe tacuba i play in october or not ah".
    (
        r"^(?!(?:did|do|does|have|has|had|was|were|what|which|when|who|how|is|are|can|could|tell|so|and|hey|ok|okay|please|this|last|today|yesterday|in|since|on|over|during|for)\b)([^,]+?) how (?:much times|many time) (?:i|we) (?:had on|had|have|play|played|put on|listen to|pay)(?: (?:it|them|that one|that))?\b",
        r"how many times did i play \1",
    ),
    (
        r"^(?!(?:did|do|does|have|has|had|was|were|what|which|when|who|how|is|are|can|could|tell|so|and|hey|ok|okay|please|this|last|today|yesterday|in|since|on|over|during|for)\b)([^,]+?) (?:i|we) (?:play|played|listen to|listened to|hear|heard|pay) (?!(?:it|them|that)\b)(.+?),? (?:anot|or not)(?: ah| lah| leh)?\W*$",
        r"did i play \1 \2",
    ),
    (
        (
            r"^(?!(?:did|do|does|have|has|had|was|were|what|which|when|who|how|is|are|can|could|tell|so|and|hey|ok|okay|please|this|last|today|yesterday|in|since|on|over|during|for)\b)([^,]+?) (?:ah |lah )?(?:the )?last time (?:i|we) (?:play|listen|hear|played|listened|heard)"
            r"(?: to)?(?: (?:was|is))? (?:when|which day)(?: ah| lah)?\W*$"
        ),
        r"when did i last play \1",
    ),
    (
        r"^(?:the )?(?:very )?(last|first) (song|track|tune) (?:i|we) (?:put on|play|played|listen to|hear) what(?: ah| lah| leh)?\W*$",
        r"what was the very \1 \2 i put on",
    ),
    (
        r"^((?:the )?(?:last|past) (?:\w+ )?(?:days|weeks|months)) how many (songs|tunes|tracks|episodes) (?:i|we) (?:put on|play|played|listen to|listened to)\W*$",
        r"how many \2 did i put on in \1",
    ),
    # "how many time i pay bohemian rapsody": times played.
    (
        r"^how many times? (?:i|we) (?:play|pay|played|listen to) (.+)$",
        r"how many times did i play \1",
    ),
    # "one more time, daft punk, how many plays all time": a song and its artist.
    (
        r"^(?!(?:did|do|does|have|has|had|was|were|what|which|when|who|how|is|are|can|could|tell|so|and|hey|ok|okay|please|this|last|today|yesterday|in|since|on|over|during|for)\b)([^,]+), (?!(?:did|do|does|have|has|had|was|were|what|which|when|who|how|is|are|can|could|tell|so|and|hey|ok|okay|please|this|last|today|yesterday|in|since|on|over|during|for)\b)([^,]+), how many (?:plays|times|spins|streams)(?: (?:all time|of all time|ever|in total))?\W*$",
        r"how many times did i play \1 by \2",
    ),
    # "first tune this morning, what did i open with today": one period.
    (
        r"^(?:the )?first (tune|song|track|thing) (this morning|today|yesterday|last night),? what did (?:i|we) (?:open|start|kick off|begin) with(?: today)?\W*$",
        r"what was the first \1 \2",
    ),
    # "Who all new I started listening since March" (India, issue 45's
    # forty-second turn): which new artists.
    (
        r"^(?:who all|which all) new (?:artists? |bands? |singers? )?(?:i|we) (?:started|start|have started) (?:listening|hearing)(?: to)?\b",
        "which new artists did i start listening to",
    ),
    # Skips said plainly (issue 45's forty-second turn): "how much skipping
    # did I do last week", "which track do I always flick past".
    (
        r"^how much skipping (?:did|do|have) (i|we) (?:do|done)\b",
        r"how often did \1 skip",
    ),
    (r"\b(?:always |forever |keep )?flick(?:ing)? past\b", "skip the most"),
    # Glasgow's "hiv I pressed play": how many plays.
    (
        r"^how many times (?:hiv|have|did) (i|we) (?:pressed|press|hit) play\b",
        r"how many plays did \1 have",
    ),
    (r"\bwhen wis\b", "when was"),
    # "the last while" (Ireland): lately.
    (r"\b(?:over |in |for )?the last while\b", "lately"),
    # Issue 45's forty-third turn (blind writers 252-259). A Filipino
    # "ate" (big sister) said to the assistant first: no name.
    (
        r"^ate,?\s+(?=(?:what|which|who|how|when|did|describe|the|in|on|give|tell)\b)",
        "",
    ),
    # A word of
    # address at the end ("..., lassie?", "..., pet"): no name.
    (
        r",\s*(?:lassie|laddie|hen|pet|mate|pal|bruv|fam|son|darlin'?|darling|sweetheart)\s*(?=[?.!]*\s*$)",
        "",
    ),
    # "Did ol' Queen get any play from me yesterday": did I play them.
    (
        r"^did (?:ol'|old|good old|good ol') (.+?) get (?:any|much) (?:play|plays|spins|airtime)(?: from (?:me|us))?\b",
        r"did i play \1",
    ),
    # "Number of episodes I've listened to this year": how many.
    (
        (
            r"^(?:the )?(?:total )?number of (episodes|podcasts|songs|tracks|tunes|plays)"
            r" (?:i've|i have|i) (?:listened to|played|heard|had on|put on)\b"
        ),
        r"how many \1 did i play",
    ),
    # What only says how to answer: "..., just the number", "..., everything,
    # the lot", "..., did I, no?".
    (r",?\s*just the (?:number|figure|total)\W*$", ""),
    (r"(?:,? everything)?,? the (?:whole )?lot\W*$", ""),
    (r",\s*did (?:i|we),?\s*(?:no|or no|or not)\W*$", ""),
    # "When did I first stick on The Weeknd": stick on is play.
    (r"\b(did (?:i|we)|have (?:i|we)) (first |last |ever )?stick on\b", r"\1 \2play"),
    # "What was the last track I had on, the very last one": said twice.
    (
        r"\b(last (?:track|song|tune|thing)\b.*?),? (?:the )?very last one\W*$",
        r"\1",
    ),
    # "Twenty twenty five, who did I play the most that whole year": the
    # year said first is the one meant.
    (
        (
            r"^((?:in )?(?:20\d\d|twenty (?:twenty|nineteen) \w+)\b.*?),?\s*(?:in |for |over )?that"
            r" (?:whole |entire |full )?year\W*$"
        ),
        r"\1",
    ),
    # "Since Monday how many plays in total": the period said first.
    (
        r"^(since [a-z]+),?\s+(how many (?:plays|songs|tracks|tunes|episodes|things))\b",
        r"\2 \1",
    ),
    # "..., how many we talkin'": how to answer, never "we" the household
    # (blind writer 254; it was answered for the household: a wrong fact).
    (r",?\s*how (?:many|much|long) (?:are )?we talkin'?g?\W*$", ""),
    # "The tune I can't quit playin'": on repeat.
    (r"\bcan't (?:quit|stop) playin'?(?=\W|$)", "can't stop playing"),
    # "What album was I keenest on back in September": the most played.
    (r"\b(?:was|am|were) (i|we) keenest on\b", r"did \1 play the most"),
    # "Last summer, the summer before this one": said twice.
    (r"\b(last (?:summer|winter|year|month|week)),? the \w+ before this one\b", r"\1"),
    # "Yesterday night eight ten what was on" (Singapore): a clock after the
    # day with no "at" (it was read as all of last night: a wrong fact).
    (
        (
            r"\b(yesterday night|last night|this morning|yesterday evening|yesterday morning|tonight)"
            r" (?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            r" (?:oh \w+|o'clock|ten|fifteen|twenty|thirty|forty|forty-five|fifty)\b)"
        ),
        r"\1 at ",
    ),
    # London's "man's played" (I have played).
    (r"\bman's (played|been|had|listened|heard|skipped|banged)\b", r"i've \1"),
)
