"""A Japanese speaker's A2-B1 English, the topic said first (issue 45's eightieth turn, blind writer 542).

She says what she asks about first, then the question with its question
word last, without "do" or "did" and without articles or plurals:
"sexy boy of Air, I listen this week or no?" (did I listen), "cafe tacuba,
we listen in kitchen last week?", "the daily podcast, my first episode I
listen was when?" (when did I first hear it), "day before yesterday,
ending song is what?" (that day's last song), "my listening, busy time is
when usually?" (the busiest time), "this week, how many I skip, how much
percent?" (the skip rate), "most recent song which one please" (the last
song), "when I wake up, what song I listen first?" (today's first song)
and "afternoon and evening, which one I am listening more" (the two day
parts compared: answered with the top songs of all time, a wrong fact).
`learner_ja_en` reads an earlier Japanese learner's order; this reads hers.

Run on the words as said; only a sentence with one of her marks is read
(`_MARK`: a question word said last, "or no" last, the topic then "I
listen" with no "do", "when I wake up,", "which one I am", "which one
please", "how much percent"), so no other speaker's question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_PART: Final = r"(?:morning|afternoon|evening|night)"
_HEAR: Final = r"(?:listen|play|hear)"

_MARK: Final = re.compile(
    r"\b(?:is|was) (?:what|when|how many)(?: usually| normally)?\W*$"
    r"|\bor no\W*$"
    r"|^[^,]+,\s*(?:i|we) (?:listen|play|hear)\b"
    r"|^when (?:i|we) wake up,"
    r"|\bwhich one (?:i|we) (?:am|are)\b"
    r"|\bwhich one,? please\W*$"
    r"|\bhow much percent\b",
    re.IGNORECASE,
)

_JAPANESE_A2_TOPIC_EN: Final[tuple[Rule, ...]] = (
    # "Afternoon and evening, which one I am listening more": the two day
    # parts compared (read as the top songs: a wrong fact).
    (
        (
            rf"^(?P<a>{_PART})s? (?:and|or) (?P<b>{_PART})s?,?\s+which(?: one)? (?P<who>i|we)"
            rf" (?:am |are )?(?:listening|playing|listen|play)(?: to)? more\W*$"
        ),
        r"do \g<who> listen more in the \g<a> or the \g<b>",
    ),
    # "The daily podcast, my first episode I listen was when?": when the
    # name was first (or last) heard.
    (
        (
            rf"^(?P<name>[^,]+),\s*(?:my|our) (?P<end>first|last) (?:episode|song|track|time)"
            rf" (?P<who>i|we) {_HEAR}(?:ed)?(?: to)? (?:was|is) when\W*$"
        ),
        r"when did \g<who> \g<end> listen to \g<name>",
    ),
    # "Day before yesterday, ending song is what?": that day's last (or
    # first) song.
    (
        (
            r"^(?P<when>[^,]+),\s*(?:the )?(?P<end>ending|last|final|closing|starting|first|opening)"
            r" (?P<kind>song|track|tune|episode) (?:(?:i|we) (?:listen|play|hear)(?: to)? )?(?:is|was) what\W*$"
        ),
        r"what was the \g<end> \g<kind> I played \g<when>",
    ),
    (r"\bwhat was the (?:ending|final|closing) ", "what was the last "),
    (r"\bwhat was the (?:starting|opening) ", "what was the first "),
    (r"\bI played (?=day before\b)", "I played the "),
    # "Yesterday, total play is how many": the count of that period ("number
    # of play is how many" is read already; "total" alone was not).
    (
        (
            r"^(?P<when>[^,]+),\s*(?:the )?total (?P<what>play|song|track|tune|episode|stream)s?"
            r" (?:is|was|are) how (?:many|much)\W*$"
        ),
        r"how many \g<what>s \g<when>",
    ),
    # "My listening, busy time is when usually?": the busiest time.
    (
        r"^(?:my|our) (?:listening|music),?\s+(?:busy|busiest|peak) time is when(?: usually| normally)?\W*$",
        "when is my busiest listening time",
    ),
    # "This week, how many I skip, how much percent?": the skip rate.
    (
        r"\bhow (?:many|much) (i|we) skip,?\s+how much percent\W*$",
        r"what is my skip rate",
    ),
    # "Most recent song which one please": the last song.
    (
        r"^(?:the )?(?:most recent|latest|last) (song|track|tune|episode),? which one,?(?: please)?\W*$",
        r"what was the last \1 I played",
    ),
    # "When I wake up, what song I listen first?": today's first song.
    (
        rf"^when (?:i|we) wake up,?\s+what (song|track|tune|music) (?:i|we) {_HEAR}(?: to)? first\W*$",
        r"what was the first \1 I played today",
    ),
    # "Sexy boy of Air, I listen this week or no?", "cafe tacuba, we listen
    # in kitchen last week?": whether the name said first was heard then.
    # "X of Y" said first is a song by its artist.
    (
        (
            rf"^(?P<name>[^,]+),\s*(?P<who>i|we) {_HEAR}(?: to)?(?P<where> in (?:the )?(?:kitchen|lounge|living room|bedroom|office))?"
            r" (?P<when>(?:this|last|yesterday|today)\b[^,?]*?),?(?: or no| or not)?\W*$"
        ),
        r"did \g<who> listen to \g<name>\g<where> \g<when>",
    ),
    (
        r"^(did (?:i|we) listen to [^,]+?) of (?!the\b)(\w+) (?=this|last|yesterday|today)",
        r"\1 by \2 ",
    ),
    (
        r"^(did (?:i|we) listen to .+?) in (kitchen|lounge|bedroom|office)\b",
        r"\1 in the \2",
    ),
)


def said_in_japanese_a2_topic(text: str) -> str:
    """Return this Japanese speaker's topic-first question in plain English order."""
    return rewrite_marked(_MARK, _JAPANESE_A2_TOPIC_EN, text)
