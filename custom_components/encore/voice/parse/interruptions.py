"""A question broken off to speak to someone else, then taken up again.

A parent asks with children around: "hey did I -- buddy, shoes on -- did I
play Sexy Boy last weekend", "top two albums since March -- put the cup
down -- top two albums since March", "wie viele Lieder seit Montag ... Jona,
Hände waschen! ... seit Montag, wie viele". Speech to text writes the break
as a dash or an ellipsis. What is said in between is for someone else: read
with the question, it became a name ("buddy shoes on") or a command ("put
the cup down"). What is said after it either says the question again in
full (the last saying is the question) or repeats a part of it (the first
saying is).

Only an aside that holds nothing of a question is dropped: no listening
word, no question word, no "I"/"ich", no number and no time, so "-- no, last
month --" (a correction) and "-- the Daft Punk one --" (a name said again)
stay for the readers after this one. An opening cut off by a dash is
dropped when it is a filler ("hang on -- what did we play"), never when it
may be a name ("Queen -- how often did I play her").
"""

from datetime import datetime, tzinfo
from functools import partial
import re
from typing import Final

from ..when import parse_when
from .corrections import is_marker
from .listening_words import LISTENING_WORDS

# A break in speech as dictation writes it: a dash or an ellipsis between words.
_BREAK: Final = re.compile(r"\s+(?:-{2,}|[\u2014\u2013]|-)\s+|\s*(?:\.{3}|\u2026)\s*")

# Words an aside to someone else never holds.
_OF_A_QUESTION: Final = {
    "en": re.compile(
        rf"\b(?:{LISTENING_WORDS['en']}|what|which|who|how|when|did|have|i|my|me"
        r"|we|our|us|times?|most|many|much)\b|\d"
    ),
    "de": re.compile(
        rf"\b(?:{LISTENING_WORDS['de']}|was|welche\w*|wer|wen|wie|wann|ich"
        r"|mein\w*|wir|uns|unser\w*|mal|oft|viele?|meisten)\b|\d"
    ),
}

# Fillers that may open a question before a break, and nothing else.
_FILLER_OPENINGS: Final = {
    "en": frozenset(
        {
            "hang on",
            "hold on",
            "wait",
            "wait a sec",
            "wait a second",
            "one sec",
            "one second",
            "okay so",
            "ok so",
            "okay",
            "ok",
            "so",
            "um",
            "uh",
            "hey",
            "sorry",
            "right",
            "alright",
            "anyway",
        }
    ),
    "de": frozenset(
        {
            "moment",
            "moment mal",
            "warte",
            "warte mal",
            "also",
            "äh",
            "ähm",
            "na",
            "so",
            "okay",
            "ok",
            "sorry",
            "egal",
            "jedenfalls",
        }
    ),
}

# A name said again between breaks ("-- the Daft Punk one --", "-- das von
# Air --"): the question's, never an aside.
_NAMED: Final = re.compile(
    r"(?:the|that|this|der|die|das|den|dem)\b|.*\b(?:one|by|von)\b"
)

# The question said again in other words after it: "what was my song of the
# summer, like the one I played the most this summer". The first saying is
# whole; the second, read with it, looked like a command ("played the").
_SAID_AGAIN: Final = {
    "en": re.compile(
        r"^(?P<question>(?:what|which|who)\b.{8,}?),? (?:like|i mean|you know),? the"
        r" (?:one|song|track|tune|artist|band|album|record|podcast) (?:that )?(?:i|we)"
        r" (?:played|heard|listened to|had on|put on)\b.*$",
        re.IGNORECASE,
    ),
}

# The words of a question said again that add nothing to it.
_SAYING_AGAIN: Final = frozenset(
    re.findall(
        r"\w+",
        "like i mean you know the one that this we played heard listened to had on"
        " put song track tune artist band album record podcast most lot much all time",
    )
)

_WORD: Final = re.compile(r"[\w'\u2019.]+")


def _words(text: str) -> list[str]:
    return [word.strip(".").casefold() for word in _WORD.findall(text)]


def _is_aside(piece: str, language: str, now: datetime, time_zone: tzinfo) -> bool:
    """Whether `piece` is said to someone else: nothing of a question in it."""
    said = piece.casefold()
    if _OF_A_QUESTION[language].search(said) or _NAMED.match(said):
        return False
    return parse_when(piece, language, now, time_zone) is None


def _one_saying(first: str, then: str) -> str:
    """Return the question from two sayings of it around an aside.

    "top two albums since March" then "top two albums since March": the
    first; "seit Montag, wie viele" after "wie viele Lieder seit Montag"
    adds nothing: the first; "hey did I" then "did I play Sexy Boy": the
    second, which takes the opening up again.
    """
    before, after = _words(first), _words(then)
    if not after or set(after) <= set(before):
        return first
    opening = after[:2]
    for start in range(len(before) - len(opening) + 1):
        if before[start : start + len(opening)] == opening:
            return then
    return f"{first} {then}"


# A break said with commas (issue 45's forty-second turn, a parent of
# toddlers): "..., hang on, put that down, who was I ...", "..., no, put the
# cup down, my top podcast ...", "..., sorry, what was I listening to ...": a
# word that breaks off and a word to a child, or a break before the
# question begun again.
_COMMA_BREAKS: Final = {
    "en": (
        re.compile(
            r",\s*(?:(?:hang on|hold on|sorry|no wait|wait|no),\s*)?(?:put|sit|get|stop|don't|leave"
            r"|give) (?:that|it|the|those|them|down|your|back|off)\b[^,]*,\s*"
            r"|,\s*(?:hang on|hold on|sorry|no wait|wait|no),\s*not the (?!(?:\w+ )?(?:song|track|one|album|band|artist|podcast|episode)\b)[^,]*,\s*",
            re.IGNORECASE,
        ),
        re.compile(
            r",\s*(?:hang on|hold on|wait a sec|one sec)\s*,\s*"
            r"|,\s*(?:sorry|no wait)\s*,\s*(?=(?:what|which|who|how|when|did|have|has|do|was)\b)",
            re.IGNORECASE,
        ),
    ),
    "de": (
        re.compile(
            r",\s*(?:moment|warte mal|nee warte|sorry)\s*,\s*"
            r"(?=(?:was|welche\w*|wer|wen|wie|wann|hab|habe|lief)\b)",
            re.IGNORECASE,
        ),
    ),
}


_BREAK_AT_END: Final = re.compile(
    r",\s*(?:hang on|hold on|wait a sec|one sec|moment|warte mal)\W*$", re.IGNORECASE
)
# In English the break may name the child it is said to, and be said twice:
# "..., hang on Sam, one sec" (issue 45's sixty-first turn, blind writer 389:
# "hang on Sam" was left in the question).
_BREAK_AT_END_EN: Final = re.compile(
    r"(?:,\s*(?:hang on|hold on|wait a sec|one sec|one second|just a sec|moment|warte mal)"
    r"(?: (?-i:[A-Z][a-z]+)| love| sweetie| darling| babe| pet)?)+\W*$",
    re.IGNORECASE,
)
_BEGUN_AGAIN: Final = re.compile(
    r"^(?P<first>(?P<opening>(?:what|which|who|when|how) \w+)\b[^,]{3,}),\s*"
    r"(?P<again>(?P=opening)\b(?:\W+\w+){3,}[^,]*)$",
    re.IGNORECASE,
)


_KEPT: Final = "\x00"


def _comma_break(found: re.Match[str], said: str) -> str:
    """Return a dash for a break said with commas, or a mark to keep the comma.

    "Sexy Boy this morning, did I, hang on, did I play Sexy Boy": the words
    after the break say again words before it, a restart the restart
    reader joins (its time said once stays); a dash would keep only the
    last saying.
    """
    after = _words(said[found.end() :])[:2]
    before = _words(said[: found.start()])
    pairs = {tuple(before[index : index + 2]) for index in range(len(before) - 1)}
    if len(after) == 2 and tuple(after) in pairs and not _BEGUN_AGAIN.match(said):
        return _KEPT
    return " -- "


def _ends_on_time(said: str, language: str, now: datetime, time_zone: tzinfo) -> bool:
    """Whether a saying ends on a time ("... on last weekend")."""
    words = _words(said)
    return any(
        parse_when(" ".join(words[-length:]), language, now, time_zone) is not None
        for length in range(1, min(len(words), 5) + 1)
    )


def drop_interruptions(
    text: str, language: str, now: datetime, time_zone: tzinfo
) -> str:
    """Return `text` without the asides said to someone else between breaks."""
    language = language if language in _OF_A_QUESTION else "en"
    broken = 0
    for comma_break in _COMMA_BREAKS.get(language, ()):
        text, count = comma_break.subn(partial(_comma_break, said=text), text)
        broken += count - text.count(_KEPT)
        text = text.replace(_KEPT, ", ")
    # "..., hang on" and "..., Moment" at the end: the break, nothing after.
    text = (_BREAK_AT_END_EN if language == "en" else _BREAK_AT_END).sub("", text)
    if language == "en" and not broken:
        # "what was on last night, what was I listening to last night": the
        # question begun again after a comma, its first two words said again.
        # Only when no time said the first time is left out ("what did
        # youse have on last weekend, what did we listen to" keeps its weekend).
        found = _BEGUN_AGAIN.match(text)
        if found is not None and (
            _ends_on_time(found["again"], language, now, time_zone)
            or not _ends_on_time(found["first"], language, now, time_zone)
        ):
            text, broken = f"{found['first']} -- {found['again']}", 1
    if (again := _SAID_AGAIN.get(language)) and (found := again.match(text)):
        # Only a saying that adds nothing: "..., like the one I played at
        # eight" adds a time and is read with the question.
        added = set(_words(text[found.end("question") :])) - set(
            _words(found.group("question"))
        )
        if added <= _SAYING_AGAIN:
            text = found.group("question")
    pieces = [piece.strip(" ,;") for piece in _BREAK.split(text)]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 2:
        return text
    opened = " ".join(_words(pieces[0])) in _FILLER_OPENINGS[language]
    if opened:
        pieces = pieces[1:]
    kept = [
        piece
        for index, piece in enumerate(pieces)
        if not (
            0 < index < len(pieces) - 1 and _is_aside(piece, language, now, time_zone)
        )
    ]
    if len(kept) == 2 and (full := _said_again(kept[0], kept[1], language)) is not None:
        return full
    if len(kept) == len(pieces) and not broken:
        # No aside: the breaks are the speaker's own (a correction, a name
        # said again), read as they were.
        return " -- ".join(pieces) if opened else text
    question = kept[0]
    for then in kept[1:]:
        question = _one_saying(question, then)
    return question


def _said_again(first: str, last: str, language: str) -> str | None:
    """Return the question said again in full after taking back a part of it.

    "how much Queen have we had this -- no, last month, how much Queen
    last month": the last saying, from where it opens as the first did.
    """
    opening = _words(first)[:2]
    words = _words(last)
    if len(opening) < 2 or not words or not is_marker(words[0], language):
        return None
    found = re.search(
        rf"\b{re.escape(opening[0])}\W+{re.escape(opening[1])}\b", last, re.IGNORECASE
    )
    return last[found.start() :] if found is not None and found.start() > 0 else None
