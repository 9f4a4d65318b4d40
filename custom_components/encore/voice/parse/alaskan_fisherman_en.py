"""A terse Alaskan fisherman's clipped English (issue 45's eightieth turn, blind writer 538).

Blind round nineteen's commercial fisherman, back on shore for a day, asks
in fragments: the topic first and the ask after a full stop ("episodes.
how many'd I get through last month", "plays, total, all of last year",
"Eight this morning. What song."), "yup or nope" after a yes-or-no
question with "did" dropped ("Sexy Boy come on this week? Yup or nope."),
a clock time with no "at" ("What was playing nine p.m. Wednesday"), a
name with what it is after it ("Homework, the daft punk album. Last time
it played?") and "keeps coming back round" for what is on repeat. No
reader knew any of them: the net asked what was meant, or Home Assistant
took the rest for an area.

Each rule is bound to its own construction (a kind of what is played said
alone before the ask, "yup or nope", a clock with its "p.m." or "o'clock"
right after a verb of playing, "keeps coming back round"). Run on the
words as said, in `said_as_written_en`.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# What is counted or asked of, said alone before the clipped ask.
_KIND: Final = r"(?:episodes|podcasts|shows|songs|tunes|tracks|records|bands|artists|plays|streams|spins|listens)"
# A past time the fragments close with.
_PAST: Final = (
    r"(?:yesterday|today|this (?:morning|afternoon|evening|week|weekend|month|year|summer)"
    r"|last (?:night|week|weekend|month|year|summer|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|lately|recently)"
)
_HOUR: Final = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}(?::\d\d)?)"
# A clock time said bare, as the fisherman says it: "eight", "half past
# six", "ten past eight", "nine p.m.".
_CLOCK: Final = (
    rf"(?:(?:half|quarter|(?:five|ten|twenty|twenty five) (?:past|to|after)) (?:past |to )?{_HOUR}"
    rf"|{_HOUR}(?: (?:o'clock|thirty|fifteen|forty five|p\.? ?m\.?|a\.? ?m\.?))?)"
)
_END: Final = r"\s*[?.!]*\s*$"

_ALASKAN_FISHERMAN_EN: Final[tuple[Rule, ...]] = (
    # "Sexy Boy come on this week? Yup or nope.": "did" dropped before the
    # name; "yup or nope" asks whether.
    (
        (
            rf"^(?:did\s+)?(?P<name>(?!(?:it|this|that|i|we|you|they|what|which|who|when|how)\b)[^?.,]+?)"
            r"\s+(?P<verb>come on|came on|come up|came up|get played|got played|get a spin|play|played)"
            rf"\s+(?P<when>{_PAST})[?.,]*\s+(?:yup|yep|yeah|yes) or (?:nope|nah|no){_END}"
        ),
        r"did \g<name> \g<verb> \g<when>",
    ),
    # "Hear any Queen this week? Yup or nope.": a question already said
    # in full, its tag left.
    (r"[?.,]*\s+(?:yup|yep) or (?:nope|nah|no)\s*[?.!]*$", ""),
    # "episodes. how many'd I get through last month": the kind said first,
    # "how many'd" is "how many did".
    (
        rf"^(?P<kind>{_KIND})[.,:]+\s+how many(?:'d| did) (?P<who>i|we)\b",
        r"how many \g<kind> did \g<who>",
    ),
    (r"\bhow many'd (?P<who>i|we)\b", r"how many did \g<who>"),
    # "plays, total, all of last year": how many plays in that time.
    (
        rf"^(?P<kind>{_KIND})[.,:]*\s+(?:in )?total[.,:]*\s+(?:all of |for |over )?(?P<when>the |last |this )",
        r"how many \g<kind> in total \g<when>",
    ),
    # "Eight this morning. What song.": the time first, the ask after it.
    (
        (
            rf"^(?P<clock>(?:at |around )?{_CLOCK})[.,]?\s+(?P<when>this morning|this afternoon|this evening"
            r"|last night|yesterday(?: morning| afternoon| evening)?|(?:last |on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: morning| afternoon| evening| night)?)"
            rf"[.:]+\s+what (?P<kind>song|tune|track|record)(?: was (?:that|it|on|playing))?{_END}"
        ),
        # Said as older readers know it, with a comma ("quarter past eight
        # this morning, what song"): only the full stop between is his.
        lambda m: (
            # A bare hour ("Eight") is a clock only with its "at".
            f"{'at ' if re.fullmatch(_HOUR, m['clock'], re.IGNORECASE) else ''}"
            f"{m['clock']} {m['when']}, what {m['kind']}"
        ),
    ),
    # "What was playing nine p.m. Wednesday": the clock with no "at".
    (
        (
            r"\b(?P<ask>what (?:song |tune |track )?(?:was|were) (?:playing|on|going))"
            rf"\s+(?=(?:{_HOUR}) (?:o'clock|p\.? ?m\.?|a\.? ?m\.?))"
        ),
        r"\g<ask> at ",
    ),
    # "Homework, the daft punk album. Last time it played?": the name, what
    # it is, then when it last played.
    (
        (
            r"^(?P<name>[^,.?]+?),\s+the (?P<by>[^,.?]+?) (?P<kind>album|record|song|track|tune)[.,]+"
            rf"\s+last time (?:it|that) (?:played|was played|was on|came on|got played|got a spin){_END}"
        ),
        r"when did I last play the \g<kind> \g<name>",
    ),
    # "last thing played in October. Song.": the kind said after, as its
    # own word: the last song of that time.
    (
        (
            r"^(?P<which>last|first|final) thing (?P<rest>(?:played|on|(?:i|we) (?:played|had on|heard))\s+[^.?]+?)"
            rf"[.,]+\s+(?P<kind>song|tune|track|record|episode){_END}"
        ),
        r"\g<which> \g<kind> \g<rest>",
    ),
    # "what track keeps coming back round, lately": on repeat.
    (
        r"^what (?P<kind>track|song|tune|record) keeps coming back (?:round|around)\b[,.]?",
        r"what \g<kind> is on repeat",
    ),
)


def said_by_an_alaskan_fisherman(text: str) -> str:
    """Return an Alaskan fisherman's clipped question said in full."""
    return rewrite(_ALASKAN_FISHERMAN_EN, text, re.IGNORECASE)
