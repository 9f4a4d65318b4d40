"""English as an Italian speaker (A2-B1) and a chatty rambler say it (issue 45's fourteenth turn).

An Italian writer carried Italian order and words into English: "the artist
that I listen more" (che ascolto di più: the most), a past said with "have"
and the bare verb ("I have listen"), "in this days" (in questi giorni:
lately), "my podcast preferred" (il mio podcast preferito), "how many hour",
a statement asked as a question ("I have listen Daft Punk yesterday?", "...
or no"), the question word last ("the show that I am hooked, which one is
it", "the last time I listen the daily when was"), "when I listen for first
time Justice". A chatty writer adds asides and corrections: "or actually,
twenty twenty five, same thing I guess", "oh wait, maybe it was more like
quarter to nine, yeah, let's say quarter to nine", "is it a Friday thing",
"like the very last one, full stop". Read before `learner_fr.LEARNER_FR_EN`;
each rule holds to function words and word shapes, and names after a verb
are never changed.
"""

_KINDS = (
    r"(?:song|songs|track|tracks|tune|tunes|music|artist|artists|band|bands|group"
    r"|groups|singer|singers|album|albums|podcast|podcasts|show|shows|episode|episodes)"
)
_NUMBER = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# The bare verb or its past, said after "I" or "I have".
_VERB = r"(?:listen|listened|hear|heard|play|played)"
_PERIOD_AHEAD = (
    r"(?=(?:the )?(?:last|this|past|yesterday|today|lately|recently|in|on|during"
    r"|since|over)\b)"
)

LEARNER_IT_EN: tuple[tuple[str, str], ...] = (
    # -- an Italian speaker's words ------------------------------------------------------
    # "In this days" (in questi giorni): lately.
    (r"\b(?:in |on |during )?(?:this|these|those) days\b", "lately"),
    # "My podcast preferred" (il mio podcast preferito): my favourite.
    (rf"\bmy ({_KINDS}) (?:preferred|prefered|favou?rite)\b", r"my favourite \1"),
    # "Obsessed in", "hooked" with nothing after: with, on.
    (r"\b(am|are) obsessed (?:in|by|of)\b", r"\1 obsessed with"),
    # "How many hour", "how many minute": plural.
    (r"\bhow many (hour|minute)\b", r"how many \1s"),
    # "The show that I am hooked, which one is it this month": the question
    # word said last.
    (
        (
            rf"^(?:the|my) ({_KINDS}) (?:that|which|who) ((?:i|we) (?:am|are|was|were)"
            r" (?:hooked|obsessed))(?: on| with)? (?:which one is it|which is it"
            r"|what is it|who is it)\b"
        ),
        r"which \1 \2 on",
    ),
    # "Which is the artist that I listen more": which artist.
    (
        rf"^(?:which|what) is the ({_KINDS}) (?:that|which|who) (?=(?:i|we)\b)",
        r"which \1 ",
    ),
    (
        rf"^(?:please )?(?:tell me |say me )?the ({_NUMBER}) ({_KINDS}) (?:that|which) (?=(?:i|we)\b)",
        r"which \1 \2 ",
    ),
    # "That I (have) listen more" (di più): the most.
    (
        # Never a title ("More Than a Feeling"), a comparison ("more on
        # weekends or weekdays"), the week's parts alone ("do i listen more on
        # wkends": weekdays against weekends) or plain "most", which reads
        # already.
        (
            rf"\b(i|we) (?:have |had )?{_VERB}(?: to)? more\b"
            r"(?!.*\b(?:than|or|versus|vs|weekends?|wkends?|weekdays?|wkdays?)\b)"
        ),
        r"\1 listened to the most",
    ),
    # "Which song is playing more": played the most.
    (
        rf"\b({_KINDS}) (?:is|was|has been) (?:playing|played|on) (?:more|the more|most)\b",
        r"\1 played the most",
    ),
    # "In kitchen which song ...": the room said first, without "the".
    (r"^in (?:the )?(\w+) ((?:which|what) .+)$", r"\2 in the \1"),
    # "Which artists ... the most in last 30 days, the first two": the top two.
    (
        rf"^(which|what) ({_KINDS}) (.+? the most .+?) the first ({_NUMBER})$",
        r"\1 \4 \2 \3",
    ),
    # "How many times the daily I have listen since october": the verb first.
    (
        rf"^how (many times|often) (?!(?:i|we|did|do|have)\b)(.+?) (i|we) (?:have |had )?{_VERB}(?: to)?\b",
        r"how \1 did \3 listen to \2",
    ),
    # "How many hours I have listen music": did I listen to.
    (
        rf"^how (many (?:hours|minutes)(?: of \w+)?|long|much time) (i|we) (?:have |had )?{_VERB}\b(?: to)?",
        r"how \1 did \2 listen to",
    ),
    # "When I listen for first time Justice", "when I discover ...": when did I.
    (
        rf"^when (?:do |did )?(i|we) (?:have )?{_VERB}(?: to)? (?:for )?(?:the )?(first|last) time (?:to )?",
        r"when did \1 \2 listen to ",
    ),
    (r"^when (i|we) (?:have )?(?:discover|discovered) ", r"when did \1 discover "),
    # "The last time I listen the daily when was": when did I last.
    (
        rf"^the (first|last) time (?:that )?(i|we) (?:have )?{_VERB}(?: to)? (.+?) when (?:was|was it|it was|is)$",
        r"when did \2 \1 listen to \3",
    ),
    # "... or no", "... or not" after a statement asked as a question.
    (r"^((?:i|we) .+?) or (?:no|not)$", r"\1"),
    # "I have listen Daft Punk yesterday?", "we listen Cafe Tacuba last
    # year?": did I (did we: the household's "we" is kept in every rule
    # here), only with a period after the name.
    (
        (
            r"^(i|we) (?:have |had )?(?:already |ever )?(?:listen|listened)(?: to)?"
            r" (?!(?:to|anything|something|music|songs?|tracks?|the most|most|more|much"
            r"|less|usually|often|always|mostly)\b)"
            rf"(.+?) {_PERIOD_AHEAD}"
        ),
        r"did \1 listen to \2 ",
    ),
    # "I repeat many times the same song this year": the repeat rate.
    (
        r"^(?:do |did )?(?:i|we) (?:repeat|replay|repeated|replayed) (?:many times |often |a lot )?the same (?:songs?|tracks?|things?)\b",
        "what is my repeat rate",
    ),
    # -- a chatty writer's asides ------------------------------------------------------------
    # "Or actually, twenty twenty five, same thing I guess": the aside dropped.
    (r"\b(?:the )?same thing(?: i guess| i think| really)?$", ""),
    # "Well not favourite exactly, most played I mean": the last word meant.
    (
        r"\bfavou?rite (\w+) well not favou?rite exactly most played i mean\b",
        r"most played \1",
    ),
    # "Oh and podcasts count too, like everything together": everything.
    (r"\boh and (?:the )?(?:podcasts|episodes|music) counts? too\b", ""),
    (r"\blike (?:everything|all) together$", ""),
    # "Of the podcast I mean, not music": said already by "episodes".
    (r"\b(episodes\b.*?) of the podcasts? i mean(?: not music)?$", r"\1"),
    # "That one more time song by Daft Punk come on": played.
    (
        r"^(?:so |and |ok )?how often did (?:that|the) (.+?) (?:song|track|tune) (by .+?) (?:come on|came on|get played|come up)\b",
        r"how often did i play \1 \2",
    ),
    (
        r"\b(last (?:week|month|year)|this (?:week|month|year)) the one with the .+$",
        r"\1",
    ),
    # "I mean this summer, not last summer": the period said again.
    (
        r"\b((?:this|last) (?:summer|winter|spring|autumn|fall|week|month|year)) i mean \1 not (?:this|last) \w+$",
        r"\1",
    ),
    (r"^listened to much\b", "did i listen to much"),
    # "At half eight, oh wait, maybe it was more like quarter to nine, yeah,
    # let's say quarter to nine": the time said last.
    (
        r"\bat (?:\S+ ){1,3}?oh wait maybe it was (?:more )?(?:like )?(?:at )?(.+?) yeah let's say (?:at )?(.+)$",
        r"at \2",
    ),
    (
        r"\bat (?:\S+ ){1,3}?oh wait maybe it was (?:more )?(?:like )?(?:at )?(.+)$",
        r"at \1",
    ),
    # "Is it a Friday thing, I bet it's a Friday thing": a guess, no period.
    (r"\b(?:is it|it's|it is) an? \w+ thing\b", ""),
    (r"\bi bet (?:it's|it is) an? \w+ thing\b", ""),
    # "Like the hour I mostly have stuff on and the day": the aside.
    (r"\blike the hour (?:i|we) .+$", ""),
    # "Like the very last one, full stop".
    (r"\blike the very (?:last|first) one\b", ""),
    (r"\bfull stop$", ""),
    # "Song-wise I mean, the most recent thing overall".
    (r"\b(?:song|track|music)[- ]?wise i mean\b", ""),
    (
        r"\b(last) (?:the )?(?:most recent|very last) (?:thing|one|song)(?: overall)?$",
        r"\1",
    ),
    # "Like the first of November, or whenever it was".
    (r"\blike the (?:first|1st) of \w+(?: or whenever it was)?$", ""),
    (r"\bor whenever it was$", ""),
    # "What was it, ..., the very end of the week".
    (r"\bwhat was it\b(.*?) the very end of the (?:week|month|year)$", r"\1"),
    # "Like the one I just can't stand, apparently", after "the most".
    (r"\b(the most|the least) like the one (?:i|we) .+$", r"\1"),
    (r"\b(the most|the least) apparently$", r"\1"),
)
