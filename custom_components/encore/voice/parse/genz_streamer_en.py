"""A Gen-Z streamer's English (issue 45's seventy-third turn, blind round twelve, writer 499).

A streamer types lowercase texting words: "ytd" is yesterday to her, though
an analyst's "YTD" (writers 60, 131, 147) is the year to date. Her
"ytd" had been read as this year, a wrong fact ("how long was i listening
ytd", "what did i end ytd with", "first song i played ytd"). Which of the
two is meant shows in the sentence: a part of the day or a clock beside it
("ytd evening", "ytd at 8:10 pm") is only a day's; a verb of one past
moment ("was i listening", "did i listen", "i played", "what was bumping")
or her slang ("bestie", "ngl", "no cap") says the day, when she writes it
lowercase. An analyst's capitals, or the perfect ("how many tracks have I
streamed YTD") and bare figures ("repeat rate ytd"), keep the year.

Her other words: an artist or song "living rent free" in her head is the
one she is obsessed with (a song is the one on repeat); "the pod I was
bingeing the hardest" is the one played most; "vibe check my ..." asks
of it; "bestie", "fr", "no cap" said after the question ask nothing. A
name is never changed: each rule holds to its slang's whole frame.
"""

import re

from .rules import Rule, rewrite, rewrite_marked

# Her slang: a sentence that says one of these is hers.
_SLANG = (
    r"\b(?:ngl|fr|frfr|no cap|lowkey|highkey|bestie|besties|rn|tmrw|bussin|deadass"
    r"|it'?s giving|the girlies|vibe check|rent[- ]free|istg|ong|slay|lol|lmao)\b"
)

# A word she says beside "ytd" only of a day: its part, or a clock.
_PART = r"(?:morning|mornin|afternoon|arvo|aft|evening|eve|night|nite|am|pm)"
_CLOCK = (
    r"(?:at|around|round|about|like|by|@) (?:\d|noon\b|midnight\b|one\b|two\b|three\b"
    r"|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b)"
)
_DAY_BESIDE = re.compile(
    rf"\bytd(?=,? (?:{_PART}\b|{_CLOCK}))|(?<=\d [ap]m )ytd\b|(?<=\d[ap]m )ytd\b",
    re.IGNORECASE,
)

# A verb of one past moment: "was i listening", "did i play", "i played",
# "what was bumping", "what did i end ytd with", "who was my top artist". The perfect ("have I
# streamed") is the year to date's.
_PAST_ONCE = re.compile(
    r"\b(?:was|were|did) (?:i|we|my|our|the)\b|\b(?:i|we) (?:played|listened|heard|had|ended"
    r"|started|woke|put|spun|streamed|binged|skipped|bumped|ran|blasted|finished)\b"
    r"|\bwas (?:bumping|bumpin|playing|playin|on|bussin|spinning)\b",
    re.IGNORECASE,
)

# The perfect: "how many songs have I played ytd" counts up to now.
_PERFECT = re.compile(
    r"\b(?:have|has) (?:i|we)\b|\b(?:i|we)(?:'ve| have)\b|\b(?:ive|weve)\b",
    re.IGNORECASE,
)

# Her "ytd", as written: lowercase (an analyst's is "YTD").
_YTD_LOWER = re.compile(r"\bytd\b")


def ytd_as_yesterday(text: str) -> str:
    """Return `text` with a "ytd" that says yesterday written so.

    Beside a part of the day or a clock, any "ytd" is a day's; lowercase,
    beside a verb of one past moment (never the perfect's "have I") or her
    slang, it is hers. Any other
    "ytd" is left to the readers that take it for the year to date.
    """
    text = _DAY_BESIDE.sub("yesterday", text)
    if _YTD_LOWER.search(text) is not None and (
        (_PAST_ONCE.search(text) is not None and _PERFECT.search(text) is None)
        or re.search(_SLANG, text, re.IGNORECASE) is not None
    ):
        text = _YTD_LOWER.sub("yesterday", text)
    return text


def says_ytd_as_yesterday(text: str) -> bool:
    """Whether `text` says a "ytd" that is yesterday (a slot reads it as this year)."""
    return re.search(r"\bytd\b", text, re.IGNORECASE) is not None and (
        ytd_as_yesterday(text) != text
    )


_KIND = r"(song|track|tune|bop|banger|artist|band|singer|rapper|album|record|podcast|pod|show)"
_HEAD = r"(?: in my (?:head|brain|mind|ears?|heart))?"
# "Is living", "has been living", "'s been livin", "was living".
_LIVING = r"(?:'s| is| has| was| have)?(?: been)? (?:living|livin'?|staying)"

_GENZ_STREAMER: tuple[Rule, ...] = (
    # "Vibe check my music taste", "vibe check, who was my top artist": it
    # only opens the question.
    (r"^(?:ok(?:ay)? )?(?:chat,? )?vibe check[,:!]*\s+(?:on\s+)?(?=\w)", ""),
    # "Bestie", "fr", "no cap", "ngl" said after the question ask nothing.
    # Never after a verb that takes a name ("did I play Bestie").
    (
        (
            r"(?<!\bplay)(?<!\bplayed)(?<!\bhear)(?<!\bheard)(?<!\bto)(?<!\bby)"
            r"(?:[,;]?\s+(?:bestie|besties|fr|frfr|no cap|ngl|deadass|istg|ong|lol|lmao))+"
            r"\s*[?!.]*$"
        ),
        "",
    ),
    # "Which song is living rent free in my head": the one on repeat.
    (
        rf"\b(?:which|what) (?:song|track|tune|bop|banger){_LIVING} rent[- ]free{_HEAD}",
        "which song have i had on repeat",
    ),
    # "Which artist has been living rent free in my kitchen lately": the
    # one played most (lately, when no time is said).
    (
        rf"\b(which|what) {_KIND}{_LIVING} rent[- ]free{_HEAD}",
        r"\1 \2 have i been obsessed with",
    ),
    (rf"\bwho{_LIVING} rent[- ]free{_HEAD}", "who have i been obsessed with"),
    # "What pod was I bingeing the hardest": the one played most.
    (
        (
            r"\b(?:was|were) (i|we) (?:bingeing|binging|bingin'?|binge listening|bumping|bumpin'?"
            r"|blasting|blastin'?|spinning|streaming|running back|rinsing) (?:the )?hardest\b"
        ),
        r"did \1 play the most",
    ),
    (
        r"\b(i|we) (?:binged|bumped|blasted|spun|streamed|ran back|rinsed) (?:the )?hardest\b",
        r"\1 played the most",
    ),
)


# Her texted times no table reads, in any sentence: each is a time, so
# one no table reads is asked back, never answered for all time.
_TEXTED_TIMES: tuple[Rule, ...] = (
    # "What did I listen to tn": tonight, only said last after a verb.
    (
        r"\b(to|played|play|on|listen|listening|listened|heard|hear|skipped|skip) tn(\W*)$",
        r"\1 tonight\2",
    ),
    # "Summer szn": the season.
    (r"\b(summer|winter|spring|fall|autumn) szn\b", r"\1"),
    # "This szn", "last sem", "this term", "in my emo era": a stretch of
    # her life no calendar holds. Said as a time no table reads ("during
    # ..."), it is asked back; it had been answered for all time.
    (
        r"\b(?:in |during |over |for )?((?:this|last|past|that|my) (?:szn|sem|semester|term))\b",
        r"during \1",
    ),
    (r"\b(?:in|during|over) my ((?:[\w'-]+ ){1,3})era\b", r"during my \1era"),
)


def said_as_genz_streamer(text: str) -> str:
    """Return a Gen-Z streamer's question said plainly."""
    text = rewrite(_TEXTED_TIMES, ytd_as_yesterday(text), re.IGNORECASE)
    return rewrite_marked(
        re.compile(rf"{_SLANG}|\bhardest\b", re.IGNORECASE), _GENZ_STREAMER, text
    )
