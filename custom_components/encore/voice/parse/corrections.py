"""Self-corrections: "last month, no wait, in September" is September.

A speaker who corrects a time says the correction word and then the time
meant; the time before it is dropped, never read into a name or kept as a
second period. Only a correction followed by a time counts: "yes or no",
"nee" ending a question, "Moment" before anything else stay as they were.
"""

from datetime import datetime, tzinfo

from ..when import parse_when

# -- the words that take back what was said before them -------------------------------

_MARKERS = {
    "en": (
        ("no", "wait"),
        ("no", "sorry"),
        ("no", "no"),
        ("sorry",),
        ("i", "mean"),
        ("i", "meant"),
        ("or", "rather"),
        ("rather",),
        ("actually",),
        ("scratch", "that"),
        ("hang", "on"),
        ("wait",),
        ("no",),
        ("or", "was", "it"),
        ("or", "was", "that"),
    ),
    "de": (
        ("nee",),
        ("ne",),
        ("nein",),
        ("quatsch",),
        ("ich", "mein"),
        ("ich", "meinte"),
        ("moment", "mal"),
        ("moment",),
        ("warte",),
        ("sorry",),
        ("oder", "besser"),
        ("oder", "war", "das"),
        ("oder", "war", "es"),
        ("also",),
    ),
}
# The longest run of words read as the time taken back or said instead.
_SPAN = 5
# Words that open a time without being it: "in September", "um acht".
_TIME_OPENERS = frozenset({"in", "on", "at", "im", "am", "um", "an", "this", "the"})


def _is_time(words: list[str], language: str, now: datetime, zone: tzinfo) -> bool:
    return bool(words) and parse_when(" ".join(words), language, now, zone) is not None


def _time_at_start(
    pieces: list[str], language: str, now: datetime, zone: tzinfo
) -> bool:
    """Return whether `pieces` begin with a time ("in september", "gestern")."""
    first = 1 if pieces and pieces[0] in _TIME_OPENERS else 0
    return any(
        _is_time(pieces[start : start + length], language, now, zone)
        for start in {0, first}
        for length in range(min(_SPAN, len(pieces) - start), 0, -1)
    )


def _time_at_end(pieces: list[str], language: str, now: datetime, zone: tzinfo) -> int:
    """Return how many words at the end of `pieces` are a time (0: none)."""
    for length in range(min(_SPAN, len(pieces)), 0, -1):
        if _is_time(pieces[-length:], language, now, zone):
            return length
    return 0


def _last_marker(
    pieces: list[str], language: str, now: datetime, zone: tzinfo
) -> tuple[int, int] | None:
    """Return (start, end) of the last correction word that a time follows."""
    markers = _MARKERS.get(language, _MARKERS["en"])
    for start in range(len(pieces) - 1, 0, -1):
        for marker in markers:
            end = start + len(marker)
            if tuple(pieces[start:end]) != marker:
                continue
            if _time_at_start(pieces[end:], language, now, zone):
                return start, end
    return None


def is_marker(words: str, language: str) -> bool:
    """Return whether `words` are a correction word alone ("nee", "no wait")."""
    return tuple(words.split()) in _MARKERS.get(language, _MARKERS["en"])


def take_back(
    pieces: list[str], language: str, now: datetime, zone: tzinfo
) -> list[str]:
    """Drop a time taken back and its correction word; the last time said wins.

    "last month no wait in september" is "in september"; "vorgestern nee
    gestern" is "gestern"; "oder war das vorgestern nee gestern" too.
    """
    while (found := _last_marker(pieces, language, now, zone)) is not None:
        start, end = found
        before = pieces[:start]
        before = before[: len(before) - _time_at_end(before, language, now, zone)]
        pieces = before + pieces[end:]
    return pieces
