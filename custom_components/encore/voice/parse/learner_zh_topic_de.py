"""A Chinese learner's topic first and bare infinitive last (issue 45's sixty-seventh turn).

Blind writer 449, a Chinese learner of German, said the time or the name
first, as Mandarin puts its topic, then the count, the kind and a bare
infinitive or the question word last: "letzte sieben Tag wie viel Lied
spielen, insgesamt", "diese Monat drei Lied meiste hören, sagen bitte",
"im Oktober Podcast meiste welche", "The Daily heute schon hören?",
"September was ich hören, bisschen erzählen", "letzte Zeit ich verrückt
nach welche Band", "mein Woche Musik wie, erzählen bitte", "Café Tacvba
schon mal hören, wann erste Mal", "gleiche Lied immer wieder hören, wie
viel Prozent". The search box's reader (`fields_de`) and the other
learners' readers took the comma's tail or the infinitive as a name
("spielen", "hören", "mal hören") or read nothing.

Each whole sentence is read here, before those readers, as the German
question it means. Only a whole sentence of these shapes: a time said
first (a day, a month, a season or a period, never a room), a question's
own word or a listening infinitive last; "heute Abend Musik hören" and
"spiel was ich höre" are no question and stay as they are.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A time said first: a day, a month, a season or a period ("letzte sieben
# Tag", "diese Monat", "bei uns letzte Wochenende"), never a room.
_WHEN: Final = (
    r"(?:(?:bei (?:uns|mir) )?(?:(?:letzte[snmr]?|diese[snmr]?|im|am|seit|vom) )?"
    r"(?:(?:zwei|drei|vier|fünf|sieben|zehn|vierzehn|dreißig|\d+) )?"
    r"(?:heute|gestern|vorgestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag|wochenende|woche|monat|jahr|tag|tage|zeit|sommer|winter|frühling"
    r"|herbst|januar|februar|märz|april|mai|juni|juli|august|september|oktober"
    r"|november|dezember))"
)
_MONTH: Final = (
    r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november"
    r"|dezember|sommer|winter|frühling|herbst)"
)
_BARE: Final = r"(?:hören|spielen|laufen)"
# What a learner says after the question to ask for the answer: no name.
_TAIL: Final = (
    r"(?:,? ?(?:(?:ein )?bisschen |bitte )?(?:sagen|erzählen|insgesamt)(?: bitte)?)?"
    r"\s*[?.!]*\s*$"
)
_KINDS: Final = {
    "lied": "Lieder",
    "lieder": "Lieder",
    "song": "Songs",
    "songs": "Songs",
    "band": "Bands",
    "bands": "Bands",
    "künstler": "Künstler",
    "sänger": "Sänger",
    "album": "Alben",
    "alben": "Alben",
    "podcast": "Podcasts",
    "podcasts": "Podcasts",
}
_KIND: Final = "(?:" + "|".join(_KINDS) + ")"


def _when(said: str) -> str:
    """Return a time said first as the readers know it: a month needs 'im'."""
    said = re.sub(r"^letzte zeit$", "in letzter Zeit", said, flags=re.I)
    return f"im {said}" if re.fullmatch(_MONTH, said, re.I) else said


def _count(match: re.Match[str]) -> str:
    """'letzte sieben Tag wie viel Lied spielen': the count of plays then."""
    kind = match["kind"].lower()
    when = _when(match["when"])
    if kind.startswith("podcast"):
        return f"wie oft habe ich {when} Podcasts gehört"
    return f"wie viele {_KINDS[kind]} habe ich {when} gehört"


def _top(match: re.Match[str]) -> str:
    """'diese Monat drei Lied meiste hören': the top kind, so many of it."""
    kind = match["kind"].lower()
    count = f"{match['n']} " if match["n"] else ""
    plural = _KINDS[kind] if count else match["kind"]
    which = "welche" if count else "welchen"
    return f"{which} {count}{plural} habe ich {_when(match['when'])} am meisten gehört"


def _crazy(match: re.Match[str]) -> str:
    """'letzte Zeit ich verrückt nach welche Band': the most played then."""
    kind = match["kind"]
    asked = f"welche {kind}" if kind else "wen"
    return f"{asked} habe ich {_when(match['when'])} am meisten gehört"


LEARNER_ZH_TOPIC_DE: Final[tuple[Rule, ...]] = (
    # "letzte sieben Tag wie viel Lied spielen, insgesamt", "seit Montag wie
    # viel Mal Podcast hören": the plays of a kind, the time said first.
    (
        rf"^(?P<when>{_WHEN}),? wie viele? (?:mal )?(?P<kind>{_KIND}) {_BARE}{_TAIL}",
        _count,
    ),
    # "diese Monat drei Lied meiste hören", "im Oktober Podcast meiste
    # welche": the top of a kind, "meiste" its "am meisten".
    (
        (
            rf"^(?P<when>{_WHEN}),? (?:(?P<n>zwei|drei|vier|fünf|zehn|\d+) )?"
            rf"(?P<kind>{_KIND}) (?:am )?meisten? (?:{_BARE}|welche[nrs]?|wer)"
            rf"(?: (?:{_BARE}|welche[nrs]?|wer))?{_TAIL}"
        ),
        _top,
    ),
    # "The Daily heute schon hören?": whether the name played then.
    (
        rf"^(?P<name>.+?) (?P<when>{_WHEN}) schon (?:mal )?{_BARE}\s*[?.!]*\s*$",
        r"habe ich \g<name> \g<when> gehört",
    ),
    # "September was ich hören, bisschen erzählen": what played then.
    (
        rf"^(?P<when>{_WHEN}),? was (?:ich |wir )?{_BARE}{_TAIL}",
        lambda match: f"was habe ich {_when(match['when'])} gehört",
    ),
    # "letzte Zeit ich verrückt nach welche Band": who was played most.
    (
        (
            rf"^(?P<when>{_WHEN}),? (?:ich|wir) (?:bin |sind |war |waren )?"
            rf"(?:verrückt|süchtig|besessen) nach (?:welche[nrm]? (?P<kind>{_KIND})|wem)"
            r"\s*[?.!]*\s*$"
        ),
        _crazy,
    ),
    # "mein Woche Musik wie, erzählen bitte": how the period was, its recap.
    (
        rf"^(?:mein|meine) (?P<period>woche|monat|jahr|{_MONTH})(?: musik)? wie{_TAIL}",
        r"wie war mein \g<period>",
    ),
    # "Café Tacvba schon mal hören, wann erste Mal": the first or last time.
    (
        (
            rf"^(?P<name>.+?) (?:schon )?mal {_BARE},? wann (?:das |zum )?"
            r"(?P<which>erste|letzte)s? mal\s*[?.!]*\s*$"
        ),
        r"wann habe ich \g<name> zum \g<which>n Mal gehört",
    ),
    # "gleiche Lied immer wieder hören, wie viel Prozent": the repeat rate.
    (
        (
            r"^(?:die |das )?(?:gleiche[n]?|selbe[n]?) (?:lied|lieder|song|songs)"
            rf" (?:immer wieder |wieder |oft )?{_BARE},? wie (?:viel|viele|oft)"
            r"(?: prozent)?\s*[?.!]*\s*$"
        ),
        "wie hoch ist meine Wiederholungsrate",
    ),
)


def said_topic_first_zh_de(text: str, language: str) -> str:
    """Return `text` with a Chinese learner's topic-first question in German order."""
    if language != "de":
        return text
    return rewrite(LEARNER_ZH_TOPIC_DE, text, re.IGNORECASE)
