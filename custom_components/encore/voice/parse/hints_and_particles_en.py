"""English ways the thirty-sixth and thirty-seventh turns' writers asked in (issue 45).

Boston's words ("summah", "wicked obsessed"); a question only hinted at, as a
Manila speaker does ("curious what ...", "no idea how many ...", "been meaning
to find out if ...") and her particles ("po", "na", "kasi"); Hong Kong's
particles ("in the kitchen ah, which band ...") and an office worker's words
("headcount", "prime time"); a party host's verbs and words ("spin", "blast",
"party anthem", "absolute jam"); remarks after a question that ask nothing
and say no time ("..., can't keep track", "I need it for Saturday").

The rules run inside `everyday_en`'s, at the place they were written for:
after its phrases of a day, before its "listen to any Queen lately?".
"""

from typing import Final

from .rules import Rule

HINTS_AND_PARTICLES_EN: Final[tuple[Rule, ...]] = (
    # Boston's "summah", "whatevah", and "wicked" for very (issue 45's
    # thirty-sixth turn).
    (r"\bsummah\b", "summer"),
    (r"\bwhatevah\b", "whatever"),
    (r"\bwicked (?=(?:obsessed|obvious|hooked|into|much|often|long)\b)", ""),
    # A question hinted at (issue 45's thirty-sixth turn, a Manila speaker):
    # "curious what ...", "no idea how many ...", "been meaning to find out
    # if ...", "not sure if ...": asked as "I'd love to know ...". Never "no
    # idea what to play", a request for music.
    (
        (
            r"^(?:(?:i'm |i am |been |just |so )?curious(?: lang)?|(?:i have |i've )?no idea(?: anymore)?"
            r"|(?:i'm |i've been |been |just )?wondering|(?:i've )?been meaning to (?:find out|ask|check)"
            r"|(?:i'm )?not sure|i forgot(?: already)?|i wonder(?: whether)?)\b,?\s+"
            r"(?!(?:what|which) (?:to|i should|we should) )(?=(?:what|which|who|whose|when|when's|how|if|whether|my|i|the)\b)"
        ),
        "I'd love to know ",
    ),
    # A Filipino speaker's particles after the question: "po", "na", "lang",
    # "kasi", "haha", and the remarks after a comma.
    (r",?\s+(?:po|na|haha|ha|kasi|lang)\W*$", ""),
    (
        (
            r",\s*(?:just wondering|feels like a lot already|it's been a while(?: i think)?|sana you can remind me"
            r"|i was busy cooking(?: kasi)?|i can't remember(?: na)?)\W*$"
        ),
        "",
    ),
    (r"\b(ha|kasi|sana)(?=,)", ""),
    # Scouse "la" said between the question's parts: "episodes, la, how many".
    (r",\s*la\s*(?=,|\?|$)", ""),
    # Hong Kong's particles after a word (issue 45's thirty-sixth turn): "in
    # the kitchen ah, which band ...", "... what are they lor", and an office
    # worker's words: "headcount", "prime time", "the closing item".
    (r"\s+(?:ah|lor|wor|leh|meh|hor|la)\b(?=\s*[?!.]*\s*$)", ""),
    (r"\s+la(?=\s*,)", ""),
    # South Africa's and New Zealand's tags at the end (blind writers 229,
    # 234): "... since Monday hey", "... last night eh"; "ja" first.
    # Never a name's ("did I play Hey", a Pixies song).
    (
        (
            r"(?<!\bplay)(?<!\bplayed)(?<!\bhear)(?<!\bheard)(?<!\bto)(?<!\bby)(?<!\bof)(?<!\bon)"
            r"(?<=\w)[,\s]+(?:hey|eh)\W*$"
        ),
        "",
    ),
    (r"^(?:ja|ja nee|yebo)[,\s]+(?=\w)", ""),
    (r",\s*(?:just )?give (?:me|us) the gist\W*$", ""),
    (r",?\s*(?:just curious(?: lor)?|one-liner for my linkedin bio)\W*$", ""),
    (
        r"^headcount of (artists|bands|songs|tracks|albums)\b(.*?),? how many different ones\W*$",
        r"how many different \1\2",
    ),
    (
        r"^my prime time for (?:tunes|music|listening),? usually what hour what day\W*$",
        "what hour and day do I usually listen",
    ),
    (r",\s*the closing (?:item|track|number)\W*$", ""),
    (r"\btunes went through (the \w+)\b", r"songs were played in \1"),
    (r"\bepisodes (i|we) finished listening\b", r"episodes did \1 listen to"),
    (r"^(this \w+|last \w+) got any (.+?) or not\W*$", r"did I listen to \2 \1"),
    # A party host's words and remarks (issue 45's thirty-sixth turn): "spin",
    # "blast", "throw on" for play; "party anthem", "absolute jam" for the
    # top; "vibing to"; "at our little kitchen rager"; "..., I swear",
    # "hahaha", "let's goooo", "I need it for Saturday" (no time asked).
    (
        r"^(?:dude|ayy+|so{3,}|bro|yo+)[,!]?\s+(?=(?:what|which|who|how|when|did|any)\b)",
        "",
    ),
    (r"\s+(?:ha){2,}h?\W*$", ""),
    (r",?\s+(?:i swear|spill|btw|let'?s go+)\W*$", ""),
    (r",\s*(?:everybody|everyone) was [^,?]*$", ""),
    (r",\s*(?:i was feelin'?g?|that (?:album|song|track|record) is) [^,?]*$", ""),
    (r"[,?]\s*i need it for \w+\W*$", ""),
    (r",\s*(?:gnarly|good|weird|dumb|random) question,? i know\W*$", ""),
    (r",?\s*(?:like )?no repeats counted\b", ""),
    (
        r"\b(did|do|have|had) (i|we) (?:spin|blast|bump|throw on|spun|blasted|bumped)\b",
        r"\1 \2 play",
    ),
    (r"\bwhen'?d (i|we) last (?:throw|threw) on\b", r"when did \1 last play"),
    (
        r"\bat (?:our|the|my) (?:little )?(kitchen|living room|garden|bedroom) (?:rager|party|bash)\b",
        r"in the \1",
    ),
    (
        r"^(what|which) (album|song|track|artist|band)'s been my (?:absolute )?jam\b",
        r"what's my top \2",
    ),
    (r"\b(?:our|my) party anthem\b", "the top song"),
    (r",?\s*like the track (?:we|i) kept running back\W*$", ""),
    (r"\bwhat was that banger\b", "what was playing"),
    (
        r"^when'?s my prime time for (?:tunes|music),?(?: like)? what hour and what day\W*$",
        "what hour and day do I usually listen",
    ),
    (r"^hit me with my\b", "give me my"),
    (r"\bbeen vibing to\b", "been listening to"),
    # "How many times that One More Time got played": the name played.
    (
        (
            r"\bhow many times (?:that |the song |the track )?(?!(?:i|we|it|that|this)\b)(.+?)"
            r" (?:got|was|has been|have been|were|'s been) played\b"
        ),
        r"how many times did I play \1",
    ),
    # "I'm fixin to go to bed but first ...", "..., like the very very last
    # one": a plan before the question, the question said again after it.
    (r"^i'?m fixin'?g? to [^,]*? but first,?\s+", ""),
    (r",?\s*like the very(?: very)? last one\W*$", ""),
    # "Episodes, how many did I get through": what is counted said first.
    (
        r"^(episodes|podcasts|songs|tracks|tunes|artists|bands|albums)[,:]\s+how many (?=(?:did|have|do|were|was)\b)",
        r"how many \1 ",
    ),
    # Remarks after the question (issue 45's thirty-sixth turn): "..., can't
    # keep track", "she's got hella good taste", "peak party time!!".
    (r",?\s*(?:i )?can(?:'t|not) (?:keep track|remember|recall)(?: \w+){0,3}\W*$", ""),
    (
        r"[?.!]+\s*(?:i )?can(?:'t|not) (?:keep track|remember|recall)(?: \w+){0,3}\W*$",
        "?",
    ),
    (r",\s*(?:she|he|they)(?:'s| has|'ve| have) got [^,?]*\W*$", ""),
    (r",\s*peak \w+ time\W*$", ""),
    (r"\b(\w+ (?:p|a)\.?m\.?) sharp\b", r"\1"),
    # "Last time I had The Daily on, what's the date": when it last played.
    (
        (
            r"^(?:the )?last time (i|we) (?:had|played|heard|listened to|put on|put) (.+?)(?: on)?,\s*"
            r"(?:what's the date|what was the date|when was (?:that|it)|what (?:day|date) was (?:that|it))\W*$"
        ),
        r"when did \1 last play \2",
    ),
    # "Any Daily episodes this morning": whether any played.
    (r"^any (.+?) (episodes|songs|tracks|tunes)\b", r"did I listen to any \1 \2"),
    # "What band have I been listening to a whole lot lately": the most.
    (
        r"^((?:hey |so |yo )?(?:what|which|who)\b.*?)\s+(?:like )?a whole lot\b",
        r"\1 the most",
    ),
    # "This summer when school was out ... who did I listen to most": the
    # period, the story in it, then the question.
    (
        (
            r"^((?:this|last) (?:summer|winter|spring|fall|autumn|week|month|year|weekend)) when .+?"
            r" (who|what|which|how many|how much|how long)\b(.*)$"
        ),
        r"\2\3 \1",
    ),
    # Issue 45's thirty-seventh turn: a Texan's "what kicked off october,
    # first thing played" (never October 1); a Welsh teenager's "is the
    # weekend my big listening time or nah" (weekends against weekdays); a
    # South African's "just now there was a lekker song on, what did I play
    # last" ("just now" tells the story, the question names no day).
    (
        (
            r"^what (?:kicked off|started|opened) (january|february|march|april|may|june|july"
            r"|august|september|october|november|december),? (?:the )?first (thing|song|track"
            r"|tune) (?:played|i played|on)\W*$"
        ),
        r"what was the first \2 i played in \1",
    ),
    (
        r"^is (?:the )?weekend my (?:big|main|peak|busiest|biggest) listening (?:time|days?)\b.*$",
        "do i listen more on weekends or on weekdays",
    ),
    (r"^just now,? there was (?:a |an |some )?[\w ]{0,30}? on,\s*", ""),
)
