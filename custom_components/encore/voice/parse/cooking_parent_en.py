"""A hurried parent dictating while cooking (issue 45's seventy-third turn, blind writer 482).

The question is said between pots and children, and speech to text writes
it without punctuation. What a parent says to a child after the question
("... since march Ben stop singing it", "... since october Mia the salt
no") or to themself ("... no wait put the lid on first") ran into the
question: "Ben stop singing it" was read with Queen as the name, and "Don't
Stop Me Now" by Queen was counted, a wrong fact. The child's name is the
one word the recogniser writes with a capital in an otherwise lowercase
dictation; what follows it is said to the child (a "stop", a "no", a thing
on the table) and asks nothing. A kitchen's "no wait put the lid on" is an
instruction to oneself, never a question.

The recogniser's homophones ("how many ours", "wensday") are said as meant:
"wensday" had been left unread and the answer was about yesterday, a wrong
fact. A remark after the question ("its stuck in my head", "the one at
breakfast") asks nothing; "first thing today" is the first play of today,
and what is "getting hammered" is on repeat. Every rule needs a word only
this speech says beside a listening question; none changes a plain one.
"""

import re
from typing import Final

from .listening_words import LISTENING_WORDS
from .rules import Rule, rewrite

# A word of a listening question: an aside is cut only after one, and never
# holds one itself.
_OF_A_QUESTION: Final = re.compile(
    rf"\b(?:{LISTENING_WORDS['en']}|what|which|who|how|when|did|have|i|my|me|we|our"
    r"|times?|most|many|much|first|last|today|yesterday|week|month|year|ever)\b|\d",
    re.IGNORECASE,
)

# Said to a child: a stop, a no, a thing to put down or leave. Never "not",
# "please" or "off" alone: "... or not", "... October please", "start
# Friday off with" end questions too.
_TO_A_CHILD: Final = re.compile(
    r"\b(?:stop|no|don't|dont|put|leave|sit|give (?:it|that|him|her)|enough|careful"
    r"|salt|pepper|spoon|fork|knife|plate|cup|shoes|hands|chair|table|singing|kicking"
    r"|shouting|touch|down)\b"
)

# A capital a name of a month or day takes, or a name heard after a word that
# points to what was played ("any Queen", "did Justice"): no child.
_NO_CHILD: Final = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$"
    r"|\b(?:any|some|to|by|of|the|much|more|hear|heard|play|played|listen|listened|did"
    r"|does|has|had|have|and|or|from|than) \S+$",
    re.IGNORECASE,
)

# A child's name written with a capital after a lowercase word, then what is
# said to the child, to the end: "... since march Ben stop singing it".
_CHILD_ASIDE: Final = re.compile(
    r"(?<=[a-z0-9]) ([A-Z][a-z]{1,9})((?: [a-z'][\w']*){1,6})\W*$"
)

# Said to oneself at the stove, after the question: "no wait put the lid on
# first", "hang on turn the heat down".
_TO_ONESELF: Final = re.compile(
    r"\s+(?:no,? )?(?:wait|hang on|hold on|oh),? (?:put|stir|turn|take|grab|get|pass|drain"
    r"|check|lid|the (?:oven|pan|pot|water|lid|timer))\b[\w' ]{0,40}$",
    re.IGNORECASE,
)

_COOKING: tuple[Rule, ...] = (
    # The recogniser's homophone: "how many ours".
    (r"\bhow many ours\b", "how many hours"),
    # "Its stuck in my head", "can't get it out of my head": a remark.
    (
        r",?\s+(?:its|it's|it is|that's|thats) (?:stuck|been stuck) in my head\W*$",
        "",
    ),
    # "The first song I played today the one at breakfast": the meal says
    # the time again.
    (
        (
            r"(\b(?:first|last) (?:song|track|tune|thing)\b.*?),?\s+the one (?:at|with|from|over"
            r"|during) (?:breakfast|lunch|dinner|tea|my coffee|my tea)\W*$"
        ),
        r"\1",
    ),
    # "What did I put on first thing today": the first play of today.
    (
        r"\b(put on|play|played|hear|heard|have on|had on) first thing (today|this morning)\b",
        r"\1 first \2",
    ),
    # "How many songs did I skip ... out of how many": the skip rate says both.
    (r"(\bskip\w*\b.*?),?\s+out of how many\W*$", r"\1"),
    # "Whats getting hammered at the moment song wise": on repeat.
    (
        (
            r"\b(?:what's|whats|what is) (?:getting|being) (?:hammered|rinsed|caned)"
            r"(?: at the moment| right now| these days| lately)?\b"
        ),
        "what is on repeat",
    ),
    # "The daily how many episodes have I done this month": a show said
    # first, before its count.
    (
        (
            r"^(?:so |ok |okay )?(the [a-z][\w' ]{1,30}?) how many (episodes)"
            r" (have|did) (i|we) ([a-z']+(?: to| through)?)\b"
        ),
        r"how many \2 of \1 \3 \4 \5",
    ),
)


# A weekday as a recogniser misspells it ("wensday", "thirsday"): the day
# meant. `utterance.unread_time` reads it so too, and asks back about any
# other misspelled day (`MISSPELLED_DAY`), never answering a broader time.
_DAYS_MISSPELLED: tuple[Rule, ...] = (
    (
        r"\b(?:wensday|wendsday|wednsday|wensdy|wenzday|wednesdy|wenesday)\b",
        "wednesday",
    ),
    (r"\b(?:thirsday|thursdy|thersday|thurzday)\b", "thursday"),
    (r"\b(?:tuesdy|toosday|chewsday|teusday|tusday)\b", "tuesday"),
    (r"\b(?:fryday|fridy)\b", "friday"),
    (r"\b(?:saterday|satterday|saturdy)\b", "saturday"),
)

# A word shaped like a day of the week that no reader knows: a time said.
MISSPELLED_DAY: Final = (
    r"\b(?:m[ou]n|t[uoeh]?[eo]?[uwoe]?[sz]|chews|w[ea]n?d?n?[ea]?[sz]|th[iue]r[sz]|fr[iy]"
    r"|sat+[eu]r|s[ua]n)e?d[ae]?y\b"
)


def day_said_as_meant(text: str) -> str:
    """Return `text` with a misspelled day of the week said as meant."""
    return rewrite(_DAYS_MISSPELLED, text, re.IGNORECASE)


def _without_child_aside(text: str) -> str:
    """Return `text` without what is said to a child after the question."""
    found = _CHILD_ASIDE.search(text)
    if found is None:
        return text
    before, aside = text[: found.start()], found[2]
    if (
        _NO_CHILD.search(f"{before} {found[1]}") is not None
        or aside.lstrip().startswith(("or ", "if "))
        or _TO_A_CHILD.search(aside) is None
        or _OF_A_QUESTION.search(aside) is not None
        or _OF_A_QUESTION.search(before) is None
        # A dictation that capitalises its words writes names, not children.
        or re.search(r"\b(?!I\b)[A-Z]", before[1:]) is not None
    ):
        return text
    return before


def said_while_cooking(text: str) -> str:
    """Return a question dictated at the stove without what was said to others."""
    text = _without_child_aside(text)
    before = _TO_ONESELF.split(text)[0] if _TO_ONESELF.search(text) else text
    if before != text and _OF_A_QUESTION.search(before) is not None:
        text = before
    return rewrite(_COOKING, day_said_as_meant(text), re.IGNORECASE)
