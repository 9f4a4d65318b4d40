"""A Turkish speaker's dictated A2-B1 English (issue 45's eighty-third turn, blind writer 557).

She dictates to her phone in Turkish's order: the time or the name first,
the bare verb, and the question word last, where its answer would stand;
no article, the present or a bare "i was listen" for the past, and
Turkish's fillers "şey" (the recogniser's "shay") and "yani" (I mean).
`learner_tr` reads the shapes an earlier Turkish writer showed; these are
her own: "who i am listen too much lately which artist" ("en çok", too
much: the most, read as what played, a wrong fact), "most played album
all the time what is" (of all time: read as the album on
repeat, a wrong fact), "which pot cast i am hooked lately" (the podcast
she plays most: the top songs had been answered, a wrong fact), "queen
how many time i listened last month" (the name first, a count of times:
read as the month's listening time, a wrong fact), "draft punk this week
how many times play", "since monday how much song play was" and "day
before yesterday songs how many i listen" (the plays), "this month cafe
tacuba i was listen" and "moon safari album in august i listened is it"
(did I: "mi" said as nothing, or as "is it"), "ada yesterday what she
listened", "every day i listened without stop how many days it is" (the
streak), "don't stop me now when was last time i put" (its last play) and
"in october first song what was" (the month's first song, never the
first of October).

Run first of `said_as_written_en`, on the words as said; only a sentence
with one of her marks (`_MARK`) is read, so no other speaker's question
is rewritten. Each rule ends in plain English the later readers read; a
name is moved whole and never changed.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_WHO: Final = r"(?:i|we)"
_KIND: Final = r"(?:song|track|artist|singer|band|album|podcast|episode)"
_MONTH: Final = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_DAY: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# A period said first or last, as she says them: only these, so no name is
# taken for one and no period for a name.
_WHEN: Final = (
    rf"(?:(?:on )?{_MONTH} (?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)?|first|second|third|fourth|fifth"
    r"|sixth|seventh|eighth|ninth|tenth|\w+teenth|twentieth|twenty \w+|thirtieth|thirty first)"
    rf"|(?:this|last|past) (?:week|weekend|month|year|summer|winter|spring|autumn|{_DAY})"
    r"|(?:the )?day before yesterday|today|yesterday|lately|recently|these days"
    r"|(?:last|past) (?:two|three|six|seven|fourteen|thirty|2|3|6|7|14|30) (?:days|weeks|months)"
    rf"|(?:in|since|on) (?:{_MONTH}|{_DAY}|summer|the summer)|{_DAY}|ever|in total)"
)
# A name said first: no question word, listener, period or kind of thing.
_NAME: Final = (
    r"(?!(?:did|do|does|have|had|has|was|were|is|are|am|when|what|which|who|how|i|we|my|our"
    r"|she|he|in|on|at|since|this|last|past|today|yesterday|lately|recently|day|every|total"
    r"|music|songs?|tracks?|podcasts?|episodes?|things?|anything|something|everything"
    r"|morning|afternoon|evening|night|tonight|week|weekend|month|year|half|quarter|\d+)\b)"
    r"(?:(?!\b(?:what|which|who|how|when|where)\b)[\w' .&-])+?"
)
_PERSON: Final = (
    r"(?!(?:i|we|my|our|this|last|today|yesterday|in|on|at|what|which|who|how)\b)[a-z]+"
)
_PAST: Final = {
    "listen": "listen to",
    "listened": "listen to",
    "play": "play",
    "played": "play",
    "hear": "hear",
    "heard": "hear",
    "put": "play",
}

_MARK: Final = re.compile(
    r"^(?:hmm |um |uh )?(?:shay|shey|yani)\b|\byani\b"
    rf"|\b(?:who|which {_KIND}) {_WHO} (?:am |are )?(?:listen|listening|play|playing)(?: to)? too much\b"
    rf"|\b(?:most played|top|favourite|favorite|number one) {_KIND}s? all the times?\b"
    rf"|^which (?:pot cast|podcast|{_KIND}) {_WHO} (?:am|are) (?:hooked|addicted)\b(?! on\b)"
    r"|\bhow (?:much|many) (?:song|track|episode|podcast|thing)s? (?:play|played) (?:was|were|it was)\W*$"
    rf"|\b(?:song|track|episode|podcast|thing)s? how many {_WHO} (?:listen|play|hear)\w*\W*$"
    rf"|\bhow many times? (?:{_WHO} )?(?:listen|listened|play|played|hear|heard)\b"
    rf"|\b{_WHO} (?:was|were) (?:listen|play|hear)\W*$"
    rf"|\b{_WHO} (?:listened|played|heard) is it\W*$"
    r"|\bwhat (?:she|he) (?:listen|listened|play|played|hear|heard)\W*$"
    r"|\bwithout stop\b"
    rf"|\bwhen was (?:the )?(?:last|first) time {_WHO} (?:put|play|played|listen|listened|hear|heard)"
    rf"|^in {_MONTH} (?:first|last) (?:song|track)\b",
    re.IGNORECASE,
)


def _count(found: re.Match[str]) -> str:
    """Return "queen how many time i listened last month" as how many times did I."""
    verb = _PAST[found["verb"].lower()]
    when = " ".join(part for part in (found["w1"], found["w2"]) if part)
    return f"how many times did i {verb} {found['name']} {when}"


def _did(found: re.Match[str]) -> str:
    """Return "this month cafe tacuba i was listen" as did I listen to it then."""
    verb = _PAST[(found["verb"] or found["verb2"]).lower()]
    when = " ".join(part for part in (found["w1"], found["w2"]) if part)
    return f"did {found['who']} {verb} {found['name']} {when}"


_TURKISH_DICTATED_EN: Final[tuple[Rule, ...]] = (
    # "Shay my favourite song ...", "yani my repeat rate ...": şey and yani
    # ask nothing, nor a "hmm" before her question (her rules find it by
    # its first words).
    (r"^(?:(?:hmm|um|uh|erm|shay|shey|yani)\b,?\s*)+", ""),
    (r"\s*\byani\b,?", ""),
    # "Who i am listen too much lately which artist": çok, the most; the
    # kind said last is the kind asked.
    (
        (
            rf"^who {_WHO} (?:am |are )?(?:listen|listening|play|playing)(?: to)? too much"
            rf"(?P<when>(?: {_WHEN})?),? which (?P<kind>artist|singer|band)\W*$"
        ),
        r"which \g<kind> did i listen to the most\g<when>",
    ),
    (
        rf"^who ({_WHO}) (?:am |are )?(?:listen|listening|play|playing)(?: to)? too much\b",
        r"who did \1 listen to the most",
    ),
    (
        (
            rf"^which ({_KIND}) ({_WHO}) (?:am |are )?(?:listen|listening|play|playing)"
            r"(?: to)?(?: it)? too much\b"
        ),
        r"which \1 did \2 play the most",
    ),
    # "Most played album all the time": of all time, never
    # the album on repeat.
    (
        rf"\b(most played|top|favourite|favorite|number one) ({_KIND}s?) all the times?\b",
        r"\1 \2 of all time",
    ),
    # "Which pot cast i am hooked lately": the podcast she plays most (the
    # recogniser's two words of one, as `dictated_slips` reads them later);
    # a song she is hooked on is on repeat, read as before.
    (
        r"^which pot cast (?=(?:i|we) (?:am|are) (?:hooked|addicted)\b)",
        "which podcast ",
    ),
    (
        (
            r"^which (podcast|artist|singer|band|album) (i|we) (?:am|are) (?:hooked|addicted)"
            r"(?: to)?\b"
        ),
        r"which \1 did \2 listen to the most",
    ),
    # "Since monday how much song play was": how many were played.
    (
        (
            r"^(?P<when>.+?),? how (?:much|many) (?P<kind>song|track|episode|podcast|thing)s?"
            r" (?:play|played) (?:was|were|it was)\W*$"
        ),
        r"how many \g<kind>s did i play \g<when>",
    ),
    # "Day before yesterday songs how many i listen": the kind first.
    (
        (
            rf"^(?P<when>{_WHEN}) (?P<kind>song|track|episode|podcast|thing)s? how many"
            rf" (?P<who>{_WHO}) (?:listen|listened|play|played|hear|heard)(?: to)?\W*$"
        ),
        r"how many \g<kind>s did \g<who> play \g<when>",
    ),
    # "Queen how many time i listened last month", "draft punk this week
    # how many times play": the name first, a count of its times.
    (
        (
            rf"^(?P<name>{_NAME})(?: (?P<w1>{_WHEN}))? how many times? (?:{_WHO} )?(?:was |am )?"
            r"(?P<verb>listen|listened|play|played|hear|heard)(?: to)?(?: it| them)?"
            rf"(?: (?P<w2>{_WHEN}))?\W*$"
        ),
        _count,
    ),
    # "This month cafe tacuba i was listen", "moon safari album in august
    # i listened is it": did I, "mi" said as nothing or as "is it".
    (
        (
            rf"^(?:(?P<w1>{_WHEN}) )?(?P<name>{_NAME})(?: (?P<w2>{_WHEN}))? (?P<who>{_WHO})"
            r" (?:(?:was|were) (?P<verb>listen|play|hear)(?:ing)?"
            r"|(?P<verb2>listened|played|heard) is it)\W*$"
        ),
        _did,
    ),
    # "Ada yesterday what she listened": what she played then.
    (
        (
            rf"^(?P<person>{_PERSON}) (?P<when>{_WHEN}) what (?:she|he)"
            r" (?:listen|listened|play|played|hear|heard)(?: to)?\W*$"
        ),
        r"what did \g<person> listen to \g<when>",
    ),
    # "Every day i listened without stop how many days it is": the streak.
    (
        (
            rf"^(?:every day )?{_WHO} (?:listen|listened|play|played)(?: music)? (?:every day )?"
            r"without stop(?:ping)?,? how many days?(?: (?:it is|is it|now))?\W*$"
        ),
        "how many days in a row have i listened",
    ),
    (
        (
            rf"^how many days? {_WHO} (?:listen|listened|play|played)(?: music)?"
            r" without stop(?:ping)?(?: (?:now|until now|so far))?\W*$"
        ),
        "how many days in a row have i listened",
    ),
    # "Don't stop me now when was last time i put": its last (or first) play.
    (
        (
            rf"^(?P<name>{_NAME}),? when was (?:the )?(?P<which>last|first) time (?P<who>{_WHO})"
            r" (?:put|play|played|listen|listened|hear|heard)(?: to)?(?: it)?(?: on)?\W*$"
        ),
        r"when did \g<who> \g<which> play \g<name>",
    ),
    # "In october first song what was": the month's first song, never
    # the first of October.
    (
        rf"^in ({_MONTH}) (first|last) (song|track),? what (?:was|is)(?: it)?\W*$",
        r"what was the \2 \3 in \1",
    ),
)


def said_as_dictated_in_turkish(text: str) -> str:
    """Return a Turkish speaker's dictated English question said plainly."""
    return rewrite_marked(_MARK, _TURKISH_DICTATED_EN, text, squeeze=True)
