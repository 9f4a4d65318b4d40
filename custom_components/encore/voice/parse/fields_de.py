"""A German question said as a search box's fields (issue 45's thirty-second turn).

A Rostock speaker nobody here had seen (blind writer 170) asked field by
field, as the Ontario speaker did in English (`fields_en`): "Lieder heute
Nachmittag, Anzahl", "Radiohead dies Jahr, irgendwat?", "Justice in letzter
Zeit, nu, überhaupt wat?", "ich, Podcasts, heute, wie lange", "Dauerschleife
zurzeit, welches Lied", "meine Woche in Musik, kurz". Read as a sentence,
nothing was asked or the fields were taken for a room.

Each field is one part of the question: what is asked (a count, how long,
whether at all, the first or last time, a summary, which one), a name, a
kind, a listener ("ich", "wir") or a time. They are put in the order a plain
German question says them. Only a text of two to four fields, one of which
says what is asked and none of which opens a question of its own, is read
so; "nu" and "na" between the fields are fillers.
"""

import re
from typing import Final

# What a field asks: (pattern, with a name, with a kind or nothing named).
_ASKED: Final[tuple[tuple[re.Pattern[str], str, str], ...]] = tuple(
    (re.compile(rf"^(?:{pattern})$"), named, kinded)
    for pattern, named, kinded in (
        (
            r"anzahl|zahl|gesamt|insgesamt|wie viele|wie viel",
            "wie oft {haben} {name} {when} gehört",
            "wie viele {name} {haben} {when} gehört",
        ),
        (
            r"wie lange|hörzeit|dauer|stunden|minuten",
            "",
            "wie lange {haben} {when} {name} gehört",
        ),
        (
            r"irgendwat|irgendwas|überhaupt wat|überhaupt was|überhaupt|was gehört|wat gehört",
            "{haben} {name} {when} gehört",
            "",
        ),
        (
            r"(?:wann )?(?:dat |das |des )?(?:erste mal|zum ersten mal|erstes mal|zuerst)",
            "wann {haben} {name} zum ersten mal gehört",
            "",
        ),
        (
            r"(?:wann )?(?:dat |das |des )?(?:letzte mal|zum letzten mal|zuletzt)",
            "wann {haben} {name} zuletzt gehört",
            "",
        ),
    )
)
_KINDS: Final = {
    "lieder": "lieder",
    "songs": "lieder",
    "titel": "lieder",
    "podcastfolgen": "podcastfolgen",
    "folgen": "podcastfolgen",
    "episoden": "podcastfolgen",
    "podcasts": "podcasts",
    "musik": "musik",
}
_LISTENERS: Final = {
    "ich": "habe ich",
    "mir": "habe ich",
    "wir": "haben wir",
    "uns": "haben wir",
}
_FILLERS: Final = frozenset({"nu", "na", "moin", "so", "also", "ey", "schietwetter"})
# A field that is a time: its first word says one.
_TIME_FIRST: Final = re.compile(
    r"^(?:heute|heut|gestern|vorgestern|diese[nmrs]?|dies|dat|letzte[nmrs]?|vorige[nmrs]?"
    r"|in|im|am|seit|zurzeit|momentan|im moment|grad|gerade|\d|januar|februar|märz"
    r"|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonntag|insgesamt|überhaupt)\b"
)
# Words no name field holds (a kind, a room, a time, a count): the text is
# a phrase the readers after this one know ("Queen heuer", "Anzahl Bands").
_NOT_A_NAME: Final = re.compile(
    r"\b(?:lieder|lied|titel|songs?|künstler|bands?|alben|album|folgen|episoden|podcasts?"
    r"|musik|stunden|minuten|küche|anzahl|verschiedene\w*|insgesamt|heuer|heute|gestern"
    r"|woche|monat|jahr|seit|letzte\w*|diese\w*|tage|\d+)\b"
)
_QUESTION: Final = re.compile(
    r"^(?:was|wat|wer|wen|wem|wann|wie|welche[snmr]?|hab|habe|hat|haben|hatte|ist|sind"
    r"|war|lief|spiel|mach|stell|schalte?)\b"
)
# A kind said first with its time: "Lieder heute Nachmittag".
_KIND_FIRST: Final = re.compile(
    r"^(?P<kind>lieder|songs|titel|podcastfolgen|folgen|episoden|podcasts|musik) (?P<time>.+)$"
)
# What plays on repeat, asked as which one: "Dauerschleife zurzeit, welches Lied".
_ON_REPEAT: Final = re.compile(
    r"^(?:in )?(?:dauerschleife|repeat|auf repeat)(?: (?P<time>.+))?$"
)
_WHICH: Final = re.compile(
    r"^(?P<which>welche[rsn]? (?:lied|song|künstler|band|album|podcast))$"
)
# A summary asked of a period: "meine Woche in Musik, kurz".
_SUMMARY: Final = re.compile(
    r"^(?:kurz|kurz und knapp|zusammenfassung|rückblick|überblick)$"
)
_PERIOD_OWN: Final = re.compile(r"^(?:mein|meine|mei|unser|unsere) \w+(?: in musik)?$")


def undo_fields_de(text: str) -> str:
    """Return a German question said as a search box's fields as a plain question."""
    said = [
        field.strip()
        for field in re.split(r"\s*,\s*", text.strip().rstrip("?.! "))
        if field.strip() and field.strip().lower() not in _FILLERS
    ]
    fields = [field.lower() for field in said]
    if not 2 <= len(fields) <= 4:
        return text
    if (plain := _whole_fields(fields)) is not None:
        return plain
    asked: tuple[str, str] | None = None
    names: list[str] = []
    kinds: list[str] = []
    times: list[str] = []
    haben = "habe ich"
    for field, as_said in zip(fields, said, strict=True):
        if field in _LISTENERS:
            haben = _LISTENERS[field]
        elif asked is None and (
            found := next(
                (
                    (named, kinded)
                    for pattern, named, kinded in _ASKED
                    if pattern.match(field)
                ),
                None,
            )
        ):
            asked = found
        elif _QUESTION.match(field):
            return text
        elif field in _KINDS:
            kinds.append(_KINDS[field])
        elif kind := _KIND_FIRST.match(field):
            kinds.append(_KINDS[kind["kind"]])
            times.append(kind["time"])
        elif _TIME_FIRST.match(field):
            times.append(field)
        elif _NOT_A_NAME.search(field):
            return text
        else:
            # The name as said, its capitals kept.
            names.append(as_said)
    if asked is None or len(names) > 1 or len(kinds) > 1 or (names and kinds):
        return text
    named, kinded = asked
    when = " ".join(times)
    if names and named:
        template, name = named, names[0]
    elif names or not kinded:
        return text
    else:
        template, name = kinded, kinds[0] if kinds else ""
        if template.startswith("wie viele") and not name:
            name = "sachen"
    return " ".join(template.format(haben=haben, name=name, when=when).split())


def _whole_fields(fields: list[str]) -> str | None:
    """Return what two fields ask together, or None: on repeat, a summary."""
    if len(fields) != 2:
        return None
    first, second = fields
    if (repeat := _ON_REPEAT.match(first)) and (which := _WHICH.match(second)):
        when = repeat["time"] or ""
        return " ".join(f"{which['which']} habe ich {when} in dauerschleife".split())
    if _PERIOD_OWN.match(first) and _SUMMARY.match(second):
        return f"wie war {first}"
    return None
