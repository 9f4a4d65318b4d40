"""A question put right while it is said, read first (issue 45's seventy-second turn).

Blind writer 491 corrects themselves mid-question, in both languages:
"Lieblingsalbum letzten Sommer, nee streich das, diesen Sommer", "wie war
mein Oktober, ich mein September, nee doch, Oktober", "most played
podcast in twenty twenty five, I mean, yeah, last year", "what's my most
played album, sorry, song, this month". The readers of asides and chat
after the question took the correction for a remark and cut it off, so
the time taken back was read (wrong facts), or kept both words of a kind.

What is meant in the end is made plain here, before any other reader:
the time taken back and its correction word are left out of the words as
said (`corrections.take_back`, whose words are kept in their case and
punctuation), and a kind of thing put right ("album, sorry, song",
"Lieblingsalbum, äh nein, Lieblingslied") is said once, as the last. A
sound between two times is a correction in German (`self_corrected_de`).
"""

from datetime import datetime, tzinfo
import re
from typing import Final

from ..when import normalize, parse_when
from .corrections import DENIALS, take_back
from .periods import find_period
from .self_corrected_de import sound_as_correction

# Correction words said in many words, said as the one a reader knows:
# "nee streich das", "ach quatsch", "äh nein", "actually make that".
_SAID_AS_ONE: Final = {
    "de": (
        (
            r",?\s*\b(?:(?:äh|ähm|öh)\s+)?(?:nee|nein|ne)\s*,?\s*streich das\b\s*,?",
            ", nee,",
        ),
        (r"(?:,\s*|\s+)(?:ach\s+)quatsch\b\s*,?|,\s*quatsch\b\s*,?", ", nee,"),
        (r",?\s*\bstreich das\b\s*,?", ", nee,"),
        (r",?\s*\b(?:nee|nein) doch\b\s*,?", ", nee,"),
        (r",\s*(?:äh|ähm|öh)\s+(?:nee|nein)\b\s*,?", ", nee,"),
    ),
    "en": (
        (r",?\s*\bor,?\s+scratch that\b\s*,?", ", no,"),
        (
            r"(?:,\s*|\s+)(?:actually,?\s+)make that\b\s*,?|,\s*make that\b\s*,?",
            ", no,",
        ),
        (r",?\s*\bscratch that\b\s*,?(?=\s*\w)", ", no,"),
        (r"\bi mean,\s*(?:yeah|uh|um|er),\s*", "I mean "),
    ),
}

# A kind of thing put right: "album, sorry, song", "Lieblingsalbum, äh
# nein, Lieblingslied". Only kinds on both sides, so a name is never cut.
_KINDS: Final = {
    "de": (
        r"(?:lieblings)?(?:album|alben|lied|lieder|song|songs|künstler|künstlerin|band"
        r"|interpret|podcast|titel|stück)"
    ),
    "en": r"(?:album|albums|song|songs|track|tracks|artist|artists|band|bands|podcast|podcasts|record|records|tune|tunes)",
}
_KIND_MARKERS: Final = {
    "de": r"(?:(?:äh|ähm)\s+)?(?:nee|nein|ne|ich mein|ich meine|sorry|äh)",
    "en": r"(?:no|sorry|i mean|er|uh|um|or rather|no wait)",
}


def _kind_put_right(text: str, language: str) -> str:
    """Return `text` with a kind put right said once: the last said."""
    kinds, markers = _KINDS[language], _KIND_MARKERS[language]
    pattern = re.compile(
        rf"\b{kinds},\s*{markers},\s*(?P<meant>{kinds})\b(?:,\s*(?P=meant)\b)?",
        re.IGNORECASE,
    )
    return pattern.sub(lambda found: found.group("meant"), text)


# Words of a clock, whose correction the question reader makes.
_CLOCK_WORDS: Final = frozenset(
    {"um", "at", "around", "gegen", "halb", "viertel", "quarter", "half", "uhr", "pm"}
)

_MONTHS: Final = (
    r"(?:januar|january|jänner|februar|february|märz|march|april|mai|may|juni|june"
    r"|juli|july|august|september|oktober|october|november|dezember|december)"
)
_MARKER_SAID: Final = {
    "de": r"(?:nee|nein|ne|ich mein|ich meine|sorry)",
    "en": r"(?:no|no wait|sorry|i mean|i meant|or rather|actually)",
}
# A day of a month put right by its day alone: "am vierten November, nee,
# am dritten", "on the second of November, no, the third": the month said
# with the day taken back is the month of the day meant.
_DAY_ALONE: Final = {
    "de": re.compile(
        rf"(?P<said>\b(?:am|den)\s+\w+ten\s+(?P<month>{_MONTHS})\b[\s,.…]*"
        rf"{_MARKER_SAID['de']}[\s,]+(?:am\s+|den\s+)?\w+ten)\b(?!\s+(?:{_MONTHS}|\d))",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"(?P<said>\b(?:on\s+)?the\s+\w+\s+of\s+(?P<month>{_MONTHS})\b[\s,.…]*"
        rf"{_MARKER_SAID['en']}[\s,]+(?:on\s+)?the\s+(?:first|second|third|\w+th|\d+(?:st|nd|rd|th)))"
        rf"\b(?!\s+of\b)",
        re.IGNORECASE,
    ),
}


def _month_carried(text: str, language: str) -> str:
    """Return `text` with the month of a day taken back said with the day meant."""

    def carried(found: re.Match[str]) -> str:
        joiner = " of " if language == "en" else " "
        return f"{found.group('said')}{joiner}{found.group('month')}"

    return _DAY_ALONE[language].sub(carried, text)


_DOUBTED: Final = re.compile(
    r"\b(?:or was (?:it|that)|oder war (?:es|das))\b", re.IGNORECASE
)
_WORD: Final = re.compile(r"[^\s,.;:!?…]+")


def _time_put_right(text: str, language: str, now: datetime, zone: tzinfo) -> str:
    """Return `text` less a time taken back and its correction, as said."""
    if _DOUBTED.search(text):
        # "On Monday, or was it Tuesday": a doubt, the readers of doubt's.
        return text
    spans = [found.span() for found in _WORD.finditer(text)]
    words = [normalize(text[start:end]) for start, end in spans]
    if any(len(word.split()) != 1 for word in words):
        return text
    kept = take_back(list(words), language, now, zone)
    if kept == words:
        return text
    # Only words left out: a reading that adds one (a day said again beside
    # its clock) is the question reader's to make.
    # Matched from the end: the time said last is the one kept.
    dropped: list[int] = []
    index = len(kept)
    for position in range(len(words) - 1, -1, -1):
        if index > 0 and words[position] == kept[index - 1]:
            index -= 1
        else:
            dropped.insert(0, position)
    clock = {
        words[position]
        for position in dropped
        if words[position : position + 2] != ["at", "all"]
    }
    if index != 0 or _CLOCK_WORDS & clock:
        # A clock put right keeps the day it was said on: the question
        # reader's `take_back` reads it.
        return text
    if not _a_time_taken_back(words, dropped, language, now, zone):
        return text
    if dropped != list(range(dropped[0], dropped[-1] + 1)):
        # Only one run of words goes, the time taken back and its
        # correction: "first track I had on last Saturday — sorry, on
        # Saturday" had lost words around its dash, and a name was read.
        return text
    out: list[str] = []
    last = 0
    for position in dropped:
        start, end = spans[position]
        out.append(text[last:start])
        # The punctuation after a word left out goes with it.
        following = spans[position + 1][0] if position + 1 < len(spans) else len(text)
        last = following if not text[end:following].strip(" ,.…") else end
    out.append(text[last:])
    put_right = re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", "".join(out))).strip()
    said_all_time = re.search(
        r"\b(?:in general|at all|ever|overall|of all time|all time|überhaupt|insgesamt)\b",
        put_right,
        re.IGNORECASE,
    )
    if (
        not said_all_time
        and find_period(normalize(put_right).split(), language, now, zone) is None
    ):
        # What is left must still say a time ("in September, no, don't,
        # sorry, September, yeah" had lost both).
        return text
    return put_right


def _a_time_taken_back(
    words: list[str], dropped: list[int], language: str, now: datetime, zone: tzinfo
) -> bool:
    """Return whether the words left out take back a time (no clock).

    No time would go, only the correction's words: "wie ich mein September
    gewesen" (a Swiss "wie isch mi September gsi") says no correction, and
    "in October, like three? no, hang on, in September" is its question
    readers' to put right. A time denied is taken back too: "Mei Lied vom
    Sommer, also des Johr im Sommer, net letscht Johr" (writer 193's this
    summer), never one of two days ("the weekend, the singer, not saturday
    and sunday").
    """
    taken_back = find_period(
        [words[position] for position in dropped], language, now, zone
    )
    denied = int(words[dropped[0]] in DENIALS[language])
    after = dropped[-1] + 1
    if denied and words[after : after + 1] in (["and"], ["und"], ["or"], ["oder"]):
        return False
    return not (
        taken_back is None
        or taken_back.start != denied
        or (said := parse_when(taken_back.words, language, now, zone)) is None
        or said.moment is not None
    )


# A year put right by its last words: "zwanzig vierundzwanzig, äh nein,
# fünfundzwanzig", "twenty twenty four, no, twenty five".
_YEAR_TAIL: Final = {
    "de": re.compile(
        r"\b(?P<head>zwanzig|zweitausend)\s*\w+zwanzig(?P<mid>[\s,]+(?:nee|nein|ne|ich mein)"
        r"[\s,]+)(?P<tail>\w+zwanzig)\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?P<head>twenty|two thousand(?: and)?)\s+twenty[\s-]\w+(?P<mid>[\s,]+"
        r"(?:no|sorry|i mean|i meant)[\s,]+)(?P<tail>twenty[\s-](?:one|two|three|four|five|six))\b",
        re.IGNORECASE,
    ),
}


def _year_whole(text: str, language: str) -> str:
    """Return `text` with a year put right by its tail said whole."""
    return _YEAR_TAIL[language].sub(
        lambda found: (
            f"{found.group(0)[: found.start('tail') - found.start()]}"
            f"{found.group('head')} {found.group('tail')}"
        ),
        text,
    )


# The one before the time taken back: "yesterday, no, the day before",
# "last week, sorry, the week before", "letzte Woche, nee, die davor". Read
# alone, "the day before" had been no time and yesterday was answered, a
# wrong fact.
_ONE_BEFORE: Final = {
    "en": (
        (
            (
                r"\byesterday,?\s+(?:no|sorry|no wait|wait|i mean|actually),?\s+(?:it was\s+)?"
                r"the day before\b(?!\s+yesterday)"
            ),
            "the day before yesterday",
        ),
        (
            (
                r"\blast (?P<unit>week|weekend|month|year),?\s+(?:no|sorry|no wait|wait|i mean"
                r"|actually),?\s+(?:it was\s+)?the (?P=unit) before\b(?!\s+last)"
            ),
            r"the \g<unit> before last",
        ),
    ),
    "de": (
        (
            (
                r"\bgestern,?\s+(?:nee|nein|ne|sorry|warte|ich mein),?\s+(?:den tag|der tag)"
                r" davor\b"
            ),
            "vorgestern",
        ),
        (
            (
                r"\b(?:letzte|letzten|vergangene|vergangenen) (?P<unit>woche|monat|jahr),?\s+"
                r"(?:nee|nein|ne|sorry|warte|ich mein),?\s+(?:die|den|das|der) davor\b"
            ),
            r"vorletzte \g<unit>",
        ),
    ),
}


# A question said again more exactly after "I mean" ("how much did we
# listen to yesterday, I mean how many songs", "wie viel haben wir gestern
# gehört, ich mein wie viele Lieder"): the second says what is asked, the
# first when. Read alone, the second had lost the time and was answered for
# all time (blind writer 491's wrong fact).
_ASKED_AGAIN: Final = {
    "en": re.compile(
        r"^(?P<first>.+?),\s*(?:i mean|i meant|or rather)\s+(?P<again>(?:how many|how much"
        r"|how long)\b[^,]*?)\s*[?.!]*$",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"^(?P<first>.+?),\s*(?:ich mein|ich meine|ich meinte|also)\s+(?P<again>(?:wie viele"
        r"|wie viel|wie lange)\b[^,]*?)\s*[?.!]*$",
        re.IGNORECASE,
    ),
}


# How the first question opened, when it is a count the second says again.
_ASKED_FIRST: Final = re.compile(
    r"^(?:how much|how many|how long|wie viele|wie viel|wieviel|wie lange)\b",
    re.IGNORECASE,
)
_WHERE_OR_WHOSE: Final = re.compile(
    r"\b(?:in the|in my|in our|we|us|our|bei uns|wir|in der|in dem|im)\b", re.IGNORECASE
)


def _asked_again(text: str, language: str, now: datetime, zone: tzinfo) -> str:
    """Return a question said again with the time said the first time."""
    if (found := _ASKED_AGAIN[language].match(text)) is None:
        return text
    first, again = found["first"], found["again"]
    if find_period(normalize(again).split(), language, now, zone) is not None:
        return text
    if (span := find_period(normalize(first).split(), language, now, zone)) is None:
        return text
    if (opening := _ASKED_FIRST.match(first)) is not None:
        # "how much did we listen to yesterday" asked as "how many songs":
        # the first question with its asking put right, so its place and
        # whose plays stay ("bei uns in der Küche").
        return f"{again}{first[opening.end() :]}"
    if _WHERE_OR_WHOSE.search(first):
        return text
    return f"{again} {span.words}"


def put_right_first(text: str, language: str, now: datetime, zone: tzinfo) -> str:
    """Return `text` as meant in the end: times and kinds taken back left out."""
    if language == "de":
        text = sound_as_correction(text, language, now, zone)
    said = "de" if language == "de" else "en"
    for pattern, replacement in (*_ONE_BEFORE[said], *_SAID_AS_ONE[said]):
        text = re.sub(pattern, replacement, text, flags=re.IGNORECASE)
    text = _month_carried(_kind_put_right(_year_whole(text, said), said), said)
    text = _asked_again(text, said, now, zone)
    return _time_put_right(text, said, now, zone)
