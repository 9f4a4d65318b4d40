"""A sports fan's words for a listening question, read as their plain words.

A fan talks about music as about a team (issue 45's nineteenth turn, a
blind writer): the top artist is the "MVP", "leading the league", "top of
the table", "carrying the team", the "Tabellenführer", "Stammspieler" or
this year's "Meister"; a play is an "appearance", a "game", "playing time",
an "Einsatz"; new artists are "rookies" and "Neuzugänge"; the day's first
song "led off", its last one came at the "final whistle" or the
"Schlusspfiff"; a year is a "season". Each becomes the words the question
means, so the families read it as they read anyone's. Read in
`speech.prepare` with the office words, before the contractions.
"""

# What a name's place at the top is called.
_TOP_EN = (
    r"(?:leading the (?:league|table|pack|standings)|top of the (?:table|league"
    r"|standings)|carrying the team|topping the (?:table|league|standings))"
)

SPORTS_EN: tuple[tuple[str, str], ...] = (
    # "Who's my MVP", "the MVP": the number one.
    (r"\b(?:my |the |our )?m\.?v\.?p\b", "number one"),
    (rf"\b(been )?{_TOP_EN}\b", r"\1played most"),
    # A season is a year: "song of the season", "season recap", "this season".
    (
        r"\b(song|track|tune|album|record|artist|band|podcast|show) of the season\b",
        r"\1 of the year",
    ),
    (r"\bseason (?:recap|review|wrap-up|wrap up|in review)\b", "recap"),
    (r"\b(this|last) season\b", r"\1 year"),
    (r",? (?:full |the )?post-?game (?:breakdown|analysis|report|show)\b", ""),
    (r"\b(?:my )?stat ?line\b", "my recap"),
    (r"\b(?:my |the )?(?:stat sheets?|box score|score ?sheet)\b", "my history"),
    (r"\b(?:the |a )?scouting report on\b", ""),
    (r"^if you were scouting (?:me|us),? ", ""),
    # A play is an appearance, a game, playing time, minutes.
    (
        (
            r"\bhow many (?:appearances|games|caps|starts|outings) (?:did|has|have)"
            r" (.+?) (?:make|made|played|play|had|have|get|got)(?: for (?:me|us))?\b"
        ),
        r"how many times did i play \1",
    ),
    (
        (
            r"^(first|last|latest) (?:appearance|outing|game|start) (?:for|of|by) (.+?),?"
            r" when was (?:that|it)\b"
        ),
        r"when did i \1 play \2",
    ),
    (
        (
            r"\bwhen did (?!(?:i|we)\b)(.+?) (first|last) (?:get|got) (?:minutes|playing time"
            r"|game time|a game|a start|a run)\b"
        ),
        r"when did i \2 play \1",
    ),
    (
        (
            r"^(.+?),? (?:did )?(?:they|he|she|it) get any (?:playing time|minutes|game"
            r" time|airtime|action)\b"
        ),
        r"did i play \1",
    ),
    (
        (
            r"^did (?!(?:i|we)\b)(.+?) make the (?:lineup|line-up|team|squad|roster"
            r"|starting lineup|starting eleven|cut)\b"
        ),
        r"did i play \1",
    ),
    (r",? or did (?:they|he|she|it) sit (?:this one|it) out\b", ""),
    (
        r"\bwhat was in (?:my|the|our) (?:lineup|line-up|starting lineup)\b",
        "what did i play",
    ),
    # New artists are rookies.
    (
        (
            r"^(?:did (?:i|we) listen to |did )?(?:any )?rookies? (?:break into|make|made|debut|debuted|crack|cracked"
            r"|join|joined)(?: (?:for (?:me|us)|the|my) ?(?:lineup|line-up|team|squad"
            r"|roster)?)?\b"
        ),
        "did i discover any new artists",
    ),
    (r"\brookie (artists?|bands?|acts?|singers?)\b", r"new \1"),
    # The day's first song led off; its last came at the final whistle.
    (r"\bwhat (?:led|lead) off\b", "what was my first song"),
    (r"\b(?:leadoff|lead-off|lead off) (song|track|tune)\b", r"first \1"),
    (r",? (?:at the )?final whistle\b", ""),
    # A song on the bench is skipped; one on a heater is on repeat.
    (r"\brides? the bench\b", "gets skipped"),
    (r"\bam (i|we) on a (?:heater|hot streak|tear) with\b", r"have \1 had on repeat"),
    # "A morning game or a night game guy": mornings or evenings.
    (
        r"\b(?:a )?morning game or (?:a )?(?:night|evening) game (?:guy|person|girl|fan)\b",
        "a morning or evening person",
    ),
)

SPORTS_DE: tuple[tuple[str, str], ...] = (
    # The top: "mein Tabellenführer", "Adas Stammspieler", "Meister geworden".
    (
        (
            r"\b(?:der |mein |meine |ein )?(?:tabellenführer|spitzenreiter|stammspieler"
            r"|topscorer|torschützenkönig)\b"
        ),
        "die nummer eins",
    ),
    (r"\bmeister geworden\b", "die nummer eins gewesen"),
    (r"\bführt (.+?) die tabelle an\b", r"ist \1 die nummer eins"),
    # A play is an "Einsatz"; "den ersten Einsatz" the first play.
    (
        (
            r"^wann hatte (.+?) (?:bei (?:mir|uns) )?(?:den|seinen|ihren) (ersten|letzten)"
            r" einsatz\b"
        ),
        r"wann habe ich \1 zum \2 mal gehört",
    ),
    (r"\beinsätze\b", "wiedergaben"),
    (r"^wann stand (.+?) zuletzt auf dem platz\b", r"wann habe ich \1 zuletzt gehört"),
    (r"\bneuzugänge?\b", "neue künstler"),
    # The day's first song kicked off; the last one is the final whistle.
    (r"\bhat (.*?)den anstoß gemacht\b", r"lief \1als erstes"),
    (r"\b(?:der |den )?schlusspfiff,? (?:also )?", ""),
    # A season is a year.
    (r"\bsaisonrückblick\b", "jahresrückblick"),
    (r"\b(diese|letzte) saison\b", r"\1s jahr"),
    (
        r"\b(?:ein )?morgen- oder (?:ein )?abendspieler\b",
        "ein morgens oder abends hörer",
    ),
)
