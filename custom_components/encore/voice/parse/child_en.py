"""A child's words for the history's questions (issue 45's sixty-fifth turn).

A seven-year-old (blind writer 434) asked with the words a child has for
what adults name: "not the same songs" for different songs (read as the
repeat rate, a wrong fact), "press next on" for skip (read as what played
today, a wrong fact), "the song that was on just before" for the last one
(read as today's plays, a wrong fact), "favouritest", "people singing" for
artists, "who is new that I never ever heard before", "when I got up" for
the day's first play, "every single day without stopping" for a streak, and
"stick stuff on" (a Glaswegian's too: "stuff" was read as a name).

Each rule is bound to the words that make the question ("how many", a verb
of listening, "which"/"what" opening it): "press next" alone is a command
to the player and is never made a question here.
"""

from typing import Final

from .rules import Rule, rewrite

_KIND = r"(?:songs|tracks|tunes|artists|bands|singers|albums|records|podcasts|episodes|things)"
_ASKER = r"(?:i|we)"

CHILD_EN: Final[tuple[Rule, ...]] = (
    # "How many not the same songs": the different ones, never the repeats.
    (rf"\bhow many (?:of )?not the same ({_KIND})\b", r"how many different \1"),
    # "Diffrent people singing": the artists.
    (r"\bdiff?rent\b", "different"),
    (
        r"\b(how many |different |new )((?:different )?)people (?:singing|who sing|that sing)\b",
        r"\1\2artists",
    ),
    # "What band do I always press next on": skipped ("press the skip
    # button on", "hit next on"), only with "on" and the asker before it.
    (
        (
            rf"\b({_ASKER}) (always |usually |mostly |keep )?(?:press|pressing|pressed|hit"
            r"|hitting|click|clicking|clicked|tap|tapping|tapped|push|pushing|pushed)"
            r" (?:the )?(?:next|skip)(?: button)? on\b"
        ),
        r"\1 \2skip",
    ),
    # "... because it's boring", said after a skip question: its reason.
    (
        r"\b(skip|skipped|skipping) because (?:it's|its|it is|they're|theyre|they are)\b.*$",
        r"\1",
    ),
    # "Whats the song that was on just before, the last one": the last
    # played (said last, never "just before this one" or a time).
    (
        (
            r"^(?:what|which)(?: is|s|'s| was)? the (song|track|tune|thing|podcast|episode)"
            r" (?:that )?(?:was|were) (?:on|playing) (?:just )?before(?: the last one| that)?$"
        ),
        r"what was the last \1 i played",
    ),
    (
        r"^what (?:was|were) (?:on|playing) (?:just )?before(?: the last one| that)?$",
        "what was the last thing i played",
    ),
    # "My three favouritest songs": the favourites.
    (r"\b(?:most )?favou?ritest\b", "favourite"),
    # "Which podcast was the most ever this month": played the most.
    (
        (
            r"^(which|what) (song|track|tune|podcast|artist|band|album|singer|record)s?"
            r" (?:was|is|were) the most(?: ever)?\b(?! (?:played|skipped|listened|heard))"
        ),
        r"\1 \2 did i play the most",
    ),
    # "Who is new that I never ever heard before last month": the new artists.
    (
        (
            rf"^(?:who|which artists?|what artists?|which bands?|what bands?) (?:is|are|was"
            rf"|were) new that ({_ASKER}) (?:had )?never (?:ever )?(?:heard|listened to"
            r"|played)(?: before)?\b"
        ),
        r"which new artists did \1 hear",
    ),
    # "Today when I got up what did I play first": the day's first play.
    (
        (
            rf"\bwhen {_ASKER} (?:got up|woke up|get up|wake up) (?=(?:what|which \w+)"
            r" did (?:i|we) (?:play|hear|listen to|put on) first\b)"
        ),
        "",
    ),
    # "How many days is it now that I listened every single day without
    # stopping": the run of days.
    (
        (
            rf"^how many days (?:is it|has it been)(?: now)? (?:that|since) ({_ASKER})"
            r" (?:have )?(?:listened|played music|had music on) every (?:single )?day"
            r"(?: without (?:stopping|a break|missing one|missing a day))?$"
        ),
        r"how many days in a row have \1 listened",
    ),
    # "Did I stick stuff on": played things ("stuff" is no name).
    (
        r"\b(?:stick|stuck|sticking|bung|bunged|put|putting) (?:stuff|things) on\b",
        "play things",
    ),
    (
        r"\b(?:stick|stuck|sticking|bung|bunged) ((?:some |any )?(?:music|tunes|songs)) on\b",
        r"play \1",
    ),
)


def undo_child_en(words: str) -> str:
    """Return normalized English words with a child's words for the question undone."""
    return rewrite(CHILD_EN, words)
