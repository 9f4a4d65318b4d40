"""A radio DJ's jargon and a rural Ontarian's asides (issue 45's sixty-ninth turn).

Blind writer 469, a radio DJ, spoke of the listening as a station's log:
"spin count on the daily since monday" (read as all the plays since
Monday: a wrong fact), "run me through my log since monday" (what went
out, read as a recap), "the weeknd, when did they first show up in my
logs" and "phantom by justice, when did that last go out" (read as the
first or last thing played at all: wrong facts), "which artist gets pulled
off my decks early" (the skipped, read as the top artists), "breakfast
show or evening show, when do I listen more" (the morning against the
evening, read as the top show), "how much airplay has queen had", "how
many tracks went out". Blind writer 468, from rural Ontario, said
"sorry" or "bud" after the question ("what was the last song i played,
sorry", read as a name "sorry"), and "holy jeez" before it.

Each rule holds to the station's words around a listening question
("went out", "airplay", "my logs", "on my decks"), never to a name: a song
called "Sorry" is asked for as ever ("how often did I play Sorry").
"""

import re

from .rules import Rule, rewrite

_WHO = r"(?:it|that|that one|this one|they|them|he|she|this)"
# Where a DJ's record is played: the decks, the log, the air.
_DECKS = r"(?:(?:the|my) (?:decks|turntables?|logs?|playlog|play log)|the air|air)"
# A time said after a question, before which "sorry" or "bud" is an aside.
_TIME_WORD = (
    r"(?:today|tonight|yesterday|week|weekend|month|year|lately|recently|ever"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
    r"|march|april|may|june|july|august|september|october|november|december"
    r"|morning|afternoon|evening|night|days|weeks|months|played|heard|listened"
    r"|on|to)"
)

# "Sorry", "bud", and what may follow: "sorry just wonderin'".
_SORRY = (
    r"(?:sorry|bud|buddy)(?:,? (?:just )?(?:wonderin'?g?|asking|askin'?|curious))?\W*$"
)

RADIO_COTTAGE_EN: tuple[Rule, ...] = (
    # Ontario: "holy jeez" opens a question in surprise; it asks nothing.
    (r"^(?:holy (?:jeez|geez|jeepers|cow|moly|smokes)|jeez|geez)\b,?\s*", ""),
    # "..., sorry", "... in september sorry", "... last friday bud",
    # "..., sorry just wonderin'": a Canadian's apology or "bud" after the
    # question. Only after a comma, a question mark or a time or verb that
    # ends a question: "how often did I play Sorry" keeps its song.
    (rf"\s*[,?!]\s*{_SORRY}", ""),
    (rf"\b(?P<end>{_TIME_WORD})\s+{_SORRY}", r"\g<end>"),
    # "What was my last thirty days like, music-wise, quick review eh": a
    # period's recap, asked for by name after the question.
    (
        (
            r"^what (?:was|were|has been|have been) (?:my |the )?(?P<when>[^,]+?) like"
            r"(?:,? (?:music-wise|music wise|musically|for me|listening-wise))*,?"
            r" (?:a |give me a |just a )?(?:quick |short |brief )?(?:review|rundown"
            r"|recap|summary|overview|run-down)(?: eh| please)?\W*$"
        ),
        r"recap \g<when>",
    ),
    # "Spin count on the daily since monday", "what's the play count for
    # Air": how many times the name was played.
    (
        (
            # "Play count for X" was read before, its period after a comma.
            r"^(?:(?:what(?:'s| is| was) )?(?:the |my )?)(?:(?:spin|airplay) count"
            r" (?:on|for|of)|play count on) (?!(?:today|yesterday|this|last|the week|the month)\b)"
        ),
        "how many times did i play ",
    ),
    # "Run me through my log since monday": what went out.
    (
        (
            r"^(?:run|take|walk|talk) (?:me|us) through (?:my|our|the) (?:logs?"
            r"|playlog|play log|playlist)\b"
        ),
        "what did i play",
    ),
    # "The weeknd, when did they first show up in my logs", "phantom by
    # justice, when did that last go out": the name's first or last play;
    # the name said first is put in place by `front_name`.
    (
        (
            rf", when did (?P<who>{_WHO}) (?P<which>first|last) (?:show up|turn up"
            rf"|appear|go out|get played|get a spin|get spun|hit)"
            rf"(?: (?:in |on |onto )?{_DECKS})?(?=\W*$)"
        ),
        r", when did i \g<which> play \g<who>",
    ),
    # "When did digital love first hit my decks": the name's first play.
    (
        (
            r"^when did (?P<name>.+?) (?P<which>first|last) (?:hit|show up in|show up on"
            rf"|turn up in|turn up on|go out on|appear in|appear on) {_DECKS}(?=\W*$)"
        ),
        r"when did i \g<which> play \g<name>",
    ),
    # "Last time I had moon safari on the decks": its last play.
    (
        rf"^(?:the )?last time (?:i|we) had (?P<name>.+?) on {_DECKS}(?=\W*$)",
        r"when did i last play \g<name>",
    ),
    # "Which artist gets pulled off my decks early most often": skipped.
    (
        (
            r"\b(?P<who>(?:which|what) (?:artist|band|song|track|tune|album)s?)"
            r" (?:gets?|got|is|are) (?:pulled|yanked|taken) off (?:my |the )?"
            r"(?:decks|air|turntables?)(?: early)?\b"
        ),
        r"\g<who> do i skip",
    ),
    # "Breakfast show or evening show, when do I listen more": the morning
    # against the evening.
    (
        (
            r"^(?:the )?(?:breakfast|morning|drivetime|drive time) show or (?:the )?"
            r"(?:evening|night|late) show,? (?:when|which) do (?P<who>i|we) listen"
            r" (?:more|most)\W*$"
        ),
        r"do \g<who> listen more in the morning or in the evening",
    ),
    # "How many tracks went out over the last seven days": played.
    (
        (
            r"^how many (?P<kind>songs|tracks|tunes|records|cuts|spins|plays)"
            r" (?:went out|got aired|were aired|aired)\b"
        ),
        r"how many \g<kind> did i play",
    ),
    # "What went out on my decks yesterday evening": what played.
    (
        rf"^what (?:went out|got aired|was aired)(?: on {_DECKS})?\b",
        "what did i play",
    ),
    # "How much airplay has queen had this year": the name's plays.
    (
        r"^how much airplay (?:has|have|did) (?P<name>.+?) (?:had|got|gotten|get)\b",
        r"how many times did i play \g<name>",
    ),
    # "Did sexy boy get any airplay yesterday": played at all.
    (
        r"^(?:did|has|have) (?P<name>.+?) (?:get|got|gotten|had) (?:any )?airplay\b",
        r"did i play \g<name>",
    ),
    # "Did I drop any Justice on saturday", "did I spin any of that in
    # august": played. Only with "any" or "some" after it: "did I drop my
    # phone" drops a phone.
    (
        (
            r"\b(?:did|have) (?P<who>i|we) (?:drop|dropped|spin|spun|air|aired)"
            r" (?P<any>any|some)\b"
        ),
        r"did \g<who> play \g<any>",
    ),
    # "Any cafe tacuba in the mix this summer", "was that in rotation at
    # all": the name played then.
    (
        (
            r"^any (?P<name>.+?) (?:in the mix|on (?:the|my) decks|in rotation"
            r"|on (?:the )?air)\b"
        ),
        r"did i play any \g<name>",
    ),
    (
        (
            r", (?:was|were) (?P<who>that|it|they|those) (?:in the mix|on (?:the|my) decks"
            r"|in rotation|on (?:the )?air)(?= at all\b)"
        ),
        r", did i play \g<who>",
    ),
    # "Total air time this week", "what's my total airtime ever, like all
    # in": the time listened.
    (
        (
            r"^(?:(?:uh|um|so|okay) )?(?:what(?:'s| is| was) )?(?:my |the )?total"
            r" (?:air time|airtime|time on air)"
            r"(?P<rest>[^,]*?)(?:,? (?:hours and minutes|in hours and minutes|like all in"
            r"|all in|everything counted))*(?: please)?\W*$"
        ),
        r"how long did i listen\g<rest>",
    ),
    # "How many spins total today everything counted": the plays.
    (
        r"^(how many (?:spins|plays)) total\b(?P<rest>.*?),? everything counted\W*$",
        r"\1\2",
    ),
    # "Countdown time, top ten tracks of all time": a ranking announced.
    (r"^(?:countdown time|count ?down time|chart time),?\s+(?=top\b)", ""),
    # "Year end countdown style, how's my year looking": the year's recap.
    (r"^(?:year[- ]end )?countdown style,?\s+(?=how(?:'s| is) my\b)", ""),
    # "Fresh names I discovered since march": new artists.
    (
        r"^(?:fresh|new) (?:names|faces|acts) (?=(?:i|we) (?:discovered|found)\b)",
        "new artists ",
    ),
    # "What did I open today's set with", "what opened the show on november
    # third", "first spin of the day": the day's first play.
    (
        (
            r"^(?:what|which (?:song|track|tune|record)) did (?P<who>i|we) (?:open|start|kick off)"
            r" (?P<day>today|yesterday)'s (?:set|show) with\W*$"
        ),
        r"what did \g<who> play first \g<day>",
    ),
    (
        r"^what (?:opened|kicked off|started) (?:the|my) (?:show|set) (?P<when>on|yesterday|today)\b",
        r"what did i play first \g<when>",
    ),
    (
        r"^(?:the |my )?first (?:spin|play|track|song) of the day\W*$",
        "first song today",
    ),
    # "If I had my own station what would the format be": the taste.
    (
        (
            r"^if (?:i|we) had (?:my|our) own (?:radio )?(?:station|show),? what would"
            r" (?:the|its|my|our) format be(?:,? (?:genre|music|sound)[- ]?wise)?\W*$"
        ),
        "what kind of music do i like",
    ),
    # "What's my current power rotation track": on repeat.
    (r"\bpower rotation\b", "heavy rotation"),
    # "Am I bigger in morning drivetime or on the graveyard shift": the
    # morning against the night.
    (
        (
            r"^(?:am i|are we) (?:bigger|busier|bigger listener) (?:in|on|at|during)"
            r" (?:the )?(?:morning )?(?:drivetime|drive time|breakfast(?: show)?)"
            r" or (?:on|in|at|during) (?:the )?(?:graveyard shift|graveyard|night shift"
            r"|late show)\W*$"
        ),
        "do i listen more in the morning or at night",
    ),
    # "Fill me in on how last month went on the decks": no room.
    (r"\b(?P<verb>went|gone) on (?:the|my) decks\b", r"\g<verb>"),
    # "Which daypart and which day of the week do I usually do my
    # listening", "what hour and what day am I usually on air": the hour
    # and the weekday of the listening.
    (r"\b(?:which|what) daypart\b", "which time of day"),
    (r"\b(?P<am>am i|are we) usually on (?:the )?air\W*$", r"\g<am> usually listening"),
    (r"^when's my prime time,\s*", "when is my prime time, "),
)


def said_on_air_or_at_the_cottage(text: str) -> str:
    """Return a radio DJ's or a rural Ontarian's question said plainly."""
    return rewrite(RADIO_COTTAGE_EN, text, re.IGNORECASE)
