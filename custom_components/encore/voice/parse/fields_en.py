"""A question said as a search box's fields (issue 45's thirty-second turn).

An Ontario speaker nobody here had seen (blind writer 170) spoke to the
speaker as if typing into a search box, field by field: "Daft Punk, times
played, this year", "Queen, first time ever", "Air, ever listened",
"Radiohead, any this year", "album, most spins, summer", "songs played this
afternoon, number", "us, total plays, last weekend", "quarter past five
today, song playing". Read as a sentence, the name took the words of the
other fields ("year", "number") or nothing was asked.

Each field is one part of the question: what is asked (a count, the first
or last time, whether at all, the most played, what played), a name, a
kind, a listener ("me", "us") or a time. The fields are put in the order a
plain question says them, which the readers after this one know. Only a
text of two to four fields, one of which says what is asked and none of
which opens a question of its own, is read so.
"""

from dataclasses import dataclass, field
import re
from typing import Final

# What a field asks, as a plain question; {who} is "i" or "we", {name} the
# name or kind, {when} the time said.
_ASKED: Final[tuple[tuple[re.Pattern[str], str, str], ...]] = tuple(
    (re.compile(rf"^(?:{pattern})(?P<tail>(?: .*)?)$"), named, kinded)
    for pattern, named, kinded in (
        (
            r"times played|play count|total plays|times|count|number|total|how many|plays",
            "how many times did {who} play {name} {when}",
            "how many {name} did {who} play {when}",
        ),
        (
            r"how long|listening time|time listened|hours|minutes",
            "how long did {who} listen to {name} {when}",
            "how long did {who} listen {name} {when}",
        ),
        (
            r"first (?:listen|play|spin|time)(?: ever)?(?: i (?:played|heard) it)?",
            "when did {who} first play {name}",
            "",
        ),
        (
            r"last (?:listen|play|played|spin|time)(?: i (?:played|heard) it)?",
            "when did {who} last play {name}",
            "",
        ),
        (
            r"ever (?:listened|played|heard)(?: to)?(?: it| them)?",
            "did {who} ever play {name}",
            "",
        ),
        (
            r"any(?: at all)?|heard it|played it|listened to it|any plays",
            "did {who} play any {name} {when}",
            "",
        ),
        (
            r"most spins|most played|most plays|top",
            "",
            "which {name} did {who} play most {when}",
        ),
        (
            r"(?:song|track|what) (?:playing|played|was on|was playing)",
            "",
            "what was playing {when}",
        ),
    )
)
# A kind of thing counted or ranked, as its plain word.
_KINDS: Final = {
    "different songs": "different songs",
    "different tracks": "different songs",
    "different artists": "different artists",
    "different bands": "different artists",
    "distinct songs": "different songs",
    "distinct artists": "different artists",
    "songs": "songs",
    "songs played": "songs",
    "tracks": "songs",
    "podcast episodes": "episodes",
    "episodes": "episodes",
    "podcasts": "podcasts",
    "album": "album",
    "albums": "album",
    "artist": "artist",
    "artists": "artist",
    "song": "song",
    "track": "song",
    "podcast": "podcast",
    "show": "podcast",
    "band": "artist",
    "bands": "artist",
}
# What is counted, measured or ranked when no field names it.
_NOTHING_NAMED: Final = {"how many": "things", "how long": "", "which": "song"}
_LISTENERS: Final = {"me": "i", "us": "we", "we": "we", "i": "i"}
# A field that is a time: its first word says one.
_TIME_FIRST: Final = re.compile(
    r"^(?:this|last|past|the last|the past|since|today|yday|2day|tonight|yesterday|summer"
    r"|winter|spring|autumn|on|in|at|quarter|half|all time|ever|lately|recently"
    r"|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|\d)\b"
)
# Words no name field holds: a kind, a room, a time, a count; with them the
# field is a phrase the readers after this one know ("distinct tracks this
# week", "kitchen speaker"), so the text is left as said.
_NOT_A_NAME: Final = re.compile(
    r"\b(?:songs?|tracks?|tunes?|artists?|bands?|albums?|episodes?|eps|podcasts?|pod|plays"
    r"|music|hours?|minutes?|kitchen|speaker|room|distinct|different|unique|separate|total"
    r"|count|number|things?|stuff|okay|so|this|last|past|since|today|yesterday|week|month"
    r"|year|days|ago|lately|recently|like|everything|all|lot|whatever|overall|altogether"
    r"|roughly|about|please|thanks|\d+)\b"
)
# A field that opens a question of its own: the text is a sentence.
_QUESTION: Final = re.compile(
    r"^(?:what|what's|which|who|who's|when|when'd|where|why|how|did|do|does|have|has"
    r"|had|was|were|is|are|can|could|tell|give|play|put|turn|set)\b"
)


@dataclass(slots=True)
class _Fields:
    """What a search box's fields said: the asking field, names, kinds, times."""

    asked: tuple[str, str] | None = None
    tailed: bool = False
    names: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    times: list[str] = field(default_factory=list)
    who: str = "i"


def undo_fields_en(text: str) -> str:
    """Return a question said as a search box's fields as a plain question."""
    said = [
        part.strip()
        for part in re.split(r"\s*,\s*", text.strip().rstrip("?.! "))
        if part.strip()
    ]
    if not 2 <= len(said) <= 4:
        return text
    read = _read_fields(said)
    if read is None:
        return text
    return _said_plainly(read) or text


def _read_fields(said: list[str]) -> _Fields | None:
    """Return what each field holds, or None where one is a sentence."""
    read = _Fields()
    for as_said in said:
        part = as_said.lower()
        if part in _LISTENERS:
            read.who = _LISTENERS[part]
            continue
        found = next(
            (
                (match, named, kinded)
                for pattern, named, kinded in _ASKED
                if read.asked is None and (match := pattern.match(part)) is not None
            ),
            None,
        )
        if found is not None:
            match, named, kinded = found
            tail = match.group("tail").strip()
            if tail and not _TIME_FIRST.match(tail):
                # "how many hours did we listen ...": a sentence, no field.
                return None
            read.asked = (named, kinded)
            read.tailed = bool(tail)
            if tail:
                read.times.append(tail)
            continue
        if _QUESTION.match(part):
            return None
        if part in _KINDS:
            read.kinds.append(_KINDS[part])
        elif (kind := _kind_first(part)) is not None:
            read.kinds.append(kind[0])
            read.times.append(kind[1])
        elif _TIME_FIRST.match(part):
            read.times.append(part)
        elif _NOT_A_NAME.search(part):
            return None
        else:
            # The name as said, its capitals kept.
            read.names.append(as_said)
    return read


def _said_plainly(read: _Fields) -> str | None:
    """Return the fields as one plain question, or None where they aren't one."""
    names, kinds = read.names, read.kinds
    if read.asked is None or len(names) > 1 or len(kinds) > 1 or (names and kinds):
        return None
    named, kinded = read.asked
    if names and read.tailed and named.startswith("how many"):
        # "total plays this year, let's get it over with": the field that
        # asks carries its own time; the other is a remark, no name.
        return None
    when = " ".join(read.times)
    if names and named:
        template, name = named, names[0]
    elif names:
        # A name where only a kind is asked of ("Queen, most played"): the
        # readers after this one know the sentence better.
        return None
    elif kinded:
        # Nothing named: every play counted, the song ranked.
        template = kinded
        name = (
            kinds[0]
            if kinds
            else next(
                (
                    plain
                    for opens, plain in _NOTHING_NAMED.items()
                    if kinded.startswith(opens)
                ),
                "",
            )
        )
    else:
        return None
    if template.startswith("how long did {who} listen {name}") and name:
        name = f"to {name}"
    return " ".join(template.format(who=read.who, name=name, when=when).split())


def _kind_first(field: str) -> tuple[str, str] | None:
    """Return the kind a field opens with and the time after it, or None."""
    for said in sorted(_KINDS, key=len, reverse=True):
        if field.startswith(said + " ") and _TIME_FIRST.match(field[len(said) + 1 :]):
            return _KINDS[said], field[len(said) + 1 :]
    return None
