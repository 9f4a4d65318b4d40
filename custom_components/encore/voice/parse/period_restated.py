"""A period said twice, the second time to make it plain (issue 45's 28th turn).

A retired teacher and a pensioner (blind writers 123 and 126) said the
period, then said it again in other words: "my top five artists for last
month, October that is", "wen hab ich im vorigen Monat am meisten angehört?
Also im Oktober, mein ich.", "welches Album lief 2025 am meisten, also
letztes Jahr". Each second time was left over as words of no time ("not
which time 'october' means").

Only a period that names the same span as the first, or one inside it, is
taken for the first said again, and only beside the words that say so
("that is", "I mean", "also", "mein ich"). The narrower of the two stays,
or, the same span said twice, the one said to make it plain; the other and
its words go. Two periods compared ("October compared with
this year", "diesen Monat oder letzten") are never touched.
"""

from datetime import datetime, tzinfo
import re
from typing import Final

from ..when import one_time, parse_when
from ..when.years import year_beside_a_period
from .periods import Span, find_period

# Words that say a period again, before or after it.
_AGAIN: Final = {
    "en": frozenset(
        {"i", "mean", "that", "is", "that's", "thats", "so", "as", "in", "namely", "or"}
        | {"rather", "the", "one", "i.e."}
    ),
    "de": frozenset(
        {"also", "ich", "mein", "meine", "sprich", "nämlich", "genauer", "gesagt"}
        | {"das", "heißt", "bzw", "im", "in", "der", "die", "den"}
    ),
}
# Said beside every "again": at least one of these.
_CUE: Final = {
    "en": re.compile(
        r"\b(?:i mean|that is|that's|thats|namely|as in|or rather|i\.e\.)"
    ),
    "de": re.compile(
        r"\b(?:also|mein ich|meine ich|ich mein|ich meine|sprich|nämlich"
        r"|genauer gesagt|das heißt)\b"
    ),
}
# Periods set against each other: never one said again.
_COMPARED: Final = re.compile(
    r"\b(?:compared|versus|vs|than|against|or|verglichen|gegenüber|oder|als|und|and"
    r"|between|zwischen|not|nicht|net|nor)\b",
    re.IGNORECASE,
)
_MARKS: Final = re.compile(r"[,;:.?!…]")
# A span said by its ends ("from June to August", "zwischen Montag und
# Mittwoch"): its "and" compares nothing.
_SPAN_SAID: Final = re.compile(
    r"^(?:in the period |im zeitraum )?(?:from|between|since|von|vom|zwischen|seit) .+"
    r" (?:to|till|until|through|thru|and|bis|und) "
)
# "Last weekend, Saturday and Sunday combined": the weekend's days, said again.
_WEEKEND_DAYS: Final = re.compile(
    r"\b(weekend|wochenende)\b,? (?:so |i mean |also |that is |both |beide )?"
    r"(?:saturday and sunday|sat and sun|samstag und sonntag|sa und so)"
    r"(?: combined| together| both| zusammen| beide| zusammengerechnet)?",
    re.IGNORECASE,
)
# "…, Moment… ja, letzte Nacht", "…, hang on, yes, last night": the words
# said again after a pause that confirms them.
_MOMENT_YES: Final = re.compile(
    r"[,;]\s+(?:moment|warte|wait|hang on|hold on)\W*\s*(?:ja|yes|yeah|genau|right)\W+"
    r"(.+?)\W*$",
    re.IGNORECASE,
)
_WITHOUT_SPANS: Final = re.compile(
    r"\b(?:between|zwischen) \S+(?: \S+)? (?:and|und) ", re.IGNORECASE
)
_LEFT_ALONE: Final = re.compile(
    r"([?.!])\s+(?:mein ich|meine ich|ich mein|ich meine|i mean|that is)\s*[.!?]*$",
    re.IGNORECASE,
)


# "All week, the last seven days I mean, how many songs ...": a span said
# first in words no reader takes for a period, made exact at once (issue 45's
# sixty-fifth turn, blind writer 437; "week" was left unread). The exact one
# stays; only "all"/"the whole" of a week, month or year is dropped, never a
# name ("Queen, the last seven days I mean, ...").
_ALL_OF_IT_FIRST: Final = re.compile(
    r"^\s*(?:all|the whole|the entire) (?:week|weekend|month|year|summer|fortnight),\s*"
    r"(?P<time>[^,]+?)\s+i\s+mean\s*,\s*(?P<rest>.+)$",
    re.IGNORECASE,
)


def without_period_restated(
    text: str, language: str, now: datetime, zone: tzinfo
) -> str:
    """Return `text` with a period said again left out, the narrower kept."""
    # "Last summer, 2023" is one time, the summer of 2023: never two
    # periods of which the narrower is kept.
    text = year_beside_a_period(text, language, one_time(language, now, zone))
    said_first = _ALL_OF_IT_FIRST.match(text) if language == "en" else None
    if said_first and parse_when(said_first["time"], language, now, zone):
        text = f"{said_first['time']}, {said_first['rest']}"
    text = _without_confirmed(_WEEKEND_DAYS.sub(r"\1", text))
    if language not in _AGAIN:
        return text
    text = _without_said_twice(text, language, now, zone)
    if _COMPARED.search(_WITHOUT_SPANS.sub("", text)):
        return text
    cued = _CUE[language].search(text.lower()) is not None
    words = text.split()
    pieces = [_MARKS.sub("", word).lower() for word in words]
    if (periods := _two_periods(pieces, language, now, zone)) is None:
        return text
    first, second = periods
    one = parse_when(first.words, language, now, zone)
    other = parse_when(second.words, language, now, zone)
    if one is None or other is None or one.moment or other.moment:
        return text
    same = (one.period.start, one.period.end) == (other.period.start, other.period.end)
    ranged = any(_SPAN_SAID.match(said.words) for said in (first, second))
    later = first if first.start > second.start else second
    # Said again at the end, after a comma: "…, am Wochenende" (never the
    # question's own "… in September?" after a story's "about September").
    at_end = (
        later.end == len(pieces)
        and later.start > 0
        and words[later.start - 1].endswith(",")
    )
    if not cued and not (same and (ranged or at_end)):
        # Said again without a word that says so: only a span by its ends
        # the same as the first ("diese Woche, von Montag bis jetzt"), or the
        # same span said last ("letztes Wochenende …, am Wochenende").
        return text
    a_start, a_end = one.period.start, one.period.end
    b_start, b_end = other.period.start, other.period.end
    if a_start is None or a_end is None or b_start is None or b_end is None:
        return text
    if a_start <= b_start and b_end <= a_end:
        dropped = first if (a_start, a_end) != (b_start, b_end) else None
    elif b_start <= a_start and a_end <= b_end:
        dropped = second
    else:
        return text
    if dropped is None and not cued and ranged:
        # "Diese Woche, von Montag bis jetzt": the span by its ends goes.
        dropped = first if _SPAN_SAID.match(first.words) else second
    elif dropped is None and not cued:
        # "Letztes Wochenende …, am Wochenende": the one said last goes.
        dropped = first if first.start > second.start else second
    elif dropped is None:
        # The same span twice: the one said first goes, the words said to
        # make it plain stay ("am Wochenende …, also letztes Wochenende").
        dropped = first if first.start < second.start else second
    kept = second if dropped is first else first
    return _cut(text, pieces, dropped, kept, language, cued=cued)


def _without_said_twice(text: str, language: str, now: datetime, zone: tzinfo) -> str:
    """Return `text` with a period said twice in the same words said once.

    "Was war'n so los letzten Sommer, erzähl ma, letzten Sommer", "how did
    last month go, give me the whole story of last month": the second
    "last" was read as the last play (issue 45's twenty-ninth turn).
    """
    words = text.split()
    pieces = [_MARKS.sub("", word).lower() for word in words]
    periods = _two_periods(pieces, language, now, zone)
    if periods is None:
        return text
    first, second = periods
    if first.end - first.start < 2 or second.words != first.words:
        return text
    later = max(first, second, key=lambda span: span.start)
    start = later.start
    if start > 0 and pieces[start - 1] in {
        "of",
        "from",
        "in",
        "for",
        "im",
        "vom",
        "für",
    }:
        start -= 1
    kept = " ".join(words[:start] + words[later.end :])
    return (
        kept.strip(" ,")
        if later.end < len(words)
        else kept.rstrip(" ,") + _end_mark(words[later.end - 1])
    )


def _end_mark(word: str) -> str:
    """Return the mark a sentence ended with ("?", "."), or nothing."""
    return word[-1] if word and word[-1] in "?.!" else ""


def _two_periods(
    pieces: list[str], language: str, now: datetime, zone: tzinfo
) -> tuple[Span, Span] | None:
    """Return the longest period said and the longest said beside it, or None."""
    first = find_period(pieces, language, now, zone)
    if first is None:
        return None
    masked = [
        "·" if first.start <= index < first.end else piece
        for index, piece in enumerate(pieces)
    ]
    second = find_period(masked, language, now, zone)
    return None if second is None else (first, second)


def _without_confirmed(text: str) -> str:
    """Return `text` without a period confirmed after a pause ("…, Moment… ja, …")."""
    confirmed = _MOMENT_YES.search(text)
    if confirmed is not None:
        said_before = text[: confirmed.start()].casefold()
        if confirmed.group(1).casefold() in said_before:
            # "Was lief letzte Nacht, Moment… ja, letzte Nacht": said again.
            return text[: confirmed.start()]
    return text


# "Song of the summer", "Album des Jahres": a period that is part of a title.
_TITLE_WORDS = frozenset({"of", "des", "vom"})


def _cued_beside(pieces: list[str], start: int, end: int, language: str) -> bool:
    """Whether a word that says a period again is said within three of one."""
    near = " ".join(pieces[max(0, start - 3) : end + 3])
    return _CUE[language].search(near) is not None


def _cut(
    text: str,
    pieces: list[str],
    dropped: Span,
    kept: Span,
    language: str,
    *,
    cued: bool,
) -> str:
    """Return `text` without the period `dropped` and the words that said it again."""
    words = text.split()
    start, end = dropped.start, dropped.end
    if start > 0 and pieces[start - 1] in _TITLE_WORDS:
        # "My song of the summer … this summer I mean": a title's words.
        return text
    again = _AGAIN[language]
    gap = pieces[min(end, kept.end) : max(start, kept.start)]
    if all(piece in again or not piece for piece in gap):
        # The words between the two say it again: they go with the one dropped.
        start, end = min(start, kept.end), max(end, kept.start)
    while (
        start > 0 and pieces[start - 1] in again and not _MARKS.search(words[start - 1])
    ):
        start -= 1
    while (
        end < len(words) and pieces[end] in again and not _MARKS.search(words[end - 1])
    ):
        end += 1
    left = " ".join(words[:start])
    right = " ".join(words[end:])
    if cued and not _cued_beside(pieces, start, end, language):
        if _cued_beside(pieces, kept.start, kept.end, language):
            # "Welches Album … diesen Sommer am häufigsten laufen lassen,
            # also von Juni bis August" (issue 45's fifty-sixth turn, blind
            # writer 353): the cue says the kept one again; only the first
            # said goes, never the words beside it ("habe ich").
            if pieces[dropped.start] in _TITLE_WORDS:
                # A title's words again, the span itself begun by "of" (the
                # word before it was asked above).
                return text
            return " ".join(words[: dropped.start] + words[dropped.end :])
        return text
    said = " ".join(f"{left} {right}".split()).strip(" ,")
    # "…? Also im Oktober, mein ich.": the words that said it again, alone.
    return _LEFT_ALONE.sub(r"\1", said)
