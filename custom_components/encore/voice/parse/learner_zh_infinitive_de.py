"""A Chinese A2 learner's bare infinitive, topic first (issue 45's eighty-fifth turn, writer 566).

Blind writer 566, a Chinese learner of German at A2, says the time first, as
Mandarin puts its topic, then the subject with a bare infinitive ("ich
hören", "wir hören", "ich spielen") and the question word or a yes-or-no
tag last: "letzte Freitag wir hören was", "August ich hören Kaffee Tacuba
ja oder nein", "vorgestern wir hören One More Time ja", "in letzte Zeit ich
hören Air die Band aus Frankreich", "heute wie viele lieber ich spielen"
("lieber" for "Lieder", a recogniser's r for d), "im September wie viel
Episode Podcast ich hören", "gestern wir alles zusammen wie viel Mal
abspielen", "sag mal in letzte Zeit ich immer hören welche Band", "heute
Morgen was laufen in Küche", "wann erste Mal ich Dschastis hören". The
older Chinese learners' readers (`learner_zh_de`, `learner_zh_topic_de`)
want a conjugated present or a bare month; these were read as names
("hören", "über springen") or not at all.

Each whole sentence of these shapes is read here as the German question it
means. The reader acts only where the learner's mark is heard (`_MARK`:
"ich" before a bare infinitive, "was laufen", "wie viel Mal abspielen"),
and only on a whole sentence with a time said first, so "wir hören jetzt
Jazz" or "spiel was ich hören will" keep their words.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# The learner's marks: "ich" with a bare infinitive (no German says "ich
# hören"), "wir ... wie viel Mal abspielen", "wie viel ... wir hören" said
# last, "wir hören was" after a time, "was laufen" for what ran.
_MARK: Final = re.compile(
    r"\bich (?:\w+ ){0,3}?(?:hören|spielen|abspielen)\b"
    r"|\bwir (?:\w+ ){0,3}?wie viele? mal (?:hören|spielen|abspielen)\b"
    r"|\bwie viele? (?:\w+ ){0,3}?wir (?:hören|spielen|abspielen)\s*[?.!]*$"
    r"|^(?:\w+ ){1,3}wir hören (?:was|[^?]+? (?:ja|ja oder nein|oder nicht))\s*[?.!]*$"
    r"|^(?:\w+ ){1,3}was laufen\b",
    re.IGNORECASE,
)
# A time said first: a day, a month or a period, with a learner's endings.
_WHEN: Final = (
    r"(?:(?:in |im |am )?(?:(?:letzte[nmrs]?|diese[nmrs]?) )?"
    r"(?:(?:zwei|drei|vier|sieben|zehn|\d+) )?"
    r"(?:heute|gestern|vorgestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag|wochenende|woche|monat|jahr|tage|zeit|januar|februar|märz|april|mai"
    r"|juni|juli|august|september|oktober|november|dezember)"
    r"(?: (?:morgen|früh|vormittag|nachmittag|abend|nacht))?)"
)
_MONTH: Final = (
    r"(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november"
    r"|dezember)"
)
_BARE: Final = r"(?:hören|spielen|abspielen)"
_END: Final = r"\s*[?.!]*\s*$"
# The learner's endings said as German says them with its noun.
_ENDINGS: Final[tuple[tuple[str, str], ...]] = (
    (r"^(?:in )?letzte zeit$", "in letzter Zeit"),
    (
        r"^letzte (montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monat)$",
        r"letzten \1",
    ),
    (r"^letzte (jahr|wochenende)$", r"letztes \1"),
    (r"^diese (monat)$", r"diesen \1"),
    (r"^diese (jahr|wochenende)$", r"dieses \1"),
    (rf"^({_MONTH})$", r"im \1"),
)


def _when(said: str) -> str:
    """Return the time said first as the readers know it ("letzten Freitag")."""
    for pattern, plain in _ENDINGS:
        said = re.sub(pattern, plain, said, flags=re.IGNORECASE)
    return said


def _have(who: str) -> str:
    """Return the perfect's auxiliary and subject for "ich" or "wir"."""
    return "haben wir" if who.lower() == "wir" else "habe ich"


def _count(match: re.Match[str]) -> str:
    """'heute wie viele lieber ich spielen': how many songs or episodes then."""
    when, have = _when(match["when"]), _have(match["who"])
    if re.search(r"podcast|episode|folge", match["kind"], re.IGNORECASE):
        return f"wie oft {have} {when} Podcasts gehört"
    return f"wie viele Lieder {have} {when} gehört"


def _did(match: re.Match[str]) -> str:
    """'August ich hören Kaffee Tacuba ja oder nein': whether the name played.

    Without a yes-or-no tag only "ich hören" (never "wir hören", which is
    German) marks the question, and only of a time gone. A description after the name ("die Band aus
    Frankreich") is no part of it.
    """
    untagged = not match["tag"]
    if untagged and (
        match["who"].lower() != "ich" or re.match(r"heute|diese", match["when"], re.I)
    ):
        # "heute Abend ich hören Radio" may be a plan, not a question.
        return match.group(0)
    name = re.sub(
        r",? (?:die|der|das) (?:band|gruppe|sängerin|sänger|lied|song) (?:aus|von) .+$",
        "",
        match["name"],
        flags=re.IGNORECASE,
    )
    return f"{_have(match['who'])} {_when(match['when'])} {name} gehört"


def _room(room: str | None) -> str:
    """Return a room said without its article ("in Küche") with the one it takes."""
    if not room:
        return ""
    neuter = re.search(r"(?:zimmer|bad|büro|flur|keller)$", room, re.IGNORECASE)
    return f" im {room}" if neuter else f" in der {room}"


LEARNER_ZH_INFINITIVE_DE: Final[tuple[Rule, ...]] = (
    # "sag mal in letzte Zeit ich immer hören welche Band": the most played.
    (
        (
            rf"^(?:sag mal,? )?(?P<when>{_WHEN}),? (?:ich|wir) (?:immer|meistens|meiste|oft)"
            rf" {_BARE} welche[nrs]? (?P<kind>band|künstler|sänger|sängerin|lied|song|podcast)"
            rf"{_END}"
        ),
        lambda found: (
            f"welche {found['kind']} habe ich {_when(found['when'])} am meisten gehört"
        ),
    ),
    # "heute wie viele lieber ich spielen", "im September wie viel Episode
    # Podcast ich hören": the plays of a kind then.
    (
        (
            rf"^(?P<when>{_WHEN}),? wie viele? (?:mal )?(?P<kind>(?:(?:episode|episoden|folge"
            r"|folgen) )?(?:lieber|lieder|lied|songs?|podcasts?|episoden?|folgen?))"
            rf" (?P<who>ich|wir) {_BARE}{_END}"
        ),
        _count,
    ),
    # "gestern wir alles zusammen wie viel Mal abspielen": all plays then,
    # songs and podcasts ("alles"), never the songs alone.
    (
        (
            rf"^(?P<when>{_WHEN}),? wir (?:alles |alle )?(?:zusammen |insgesamt )?"
            rf"wie viele? mal {_BARE}{_END}"
        ),
        lambda found: (
            f"wie viele Sachen haben wir {_when(found['when'])} insgesamt gespielt"
        ),
    ),
    # "letzte Freitag wir hören was": what played then.
    (
        rf"^(?P<when>{_WHEN}),? (?P<who>ich|wir) {_BARE} was{_END}",
        lambda found: f"was {_have(found['who'])} {_when(found['when'])} gehört",
    ),
    # "heute Morgen was laufen in Küche": what ran then, in a room.
    (
        rf"^(?P<when>{_WHEN}),? was laufen(?: (?:in|im) (?:der |dem )?(?P<room>\w+))?{_END}",
        lambda found: f"was lief {_when(found['when'])}{_room(found['room'])}",
    ),
    # "wann erste Mal ich Dschastis hören": its first or last play.
    (
        (
            r"^wann (?:das |zum )?(?P<which>erste|letzte)s? mal (?P<who>ich|wir)"
            rf" (?P<name>.+?) {_BARE}{_END}"
        ),
        r"wann habe ich \g<name> zum \g<which>n Mal gehört",
    ),
    # "vorgestern wir hören One More Time ja": whether it played then.
    (
        (
            rf"^(?P<when>{_WHEN}),? (?P<who>ich|wir) {_BARE} (?P<name>.+?)"
            rf"(?P<tag>,? (?:ja oder nein|oder nicht|oder nein|ja|oder))?{_END}"
        ),
        _did,
    ),
)


def said_as_chinese_a2_de(text: str) -> str:
    """Return `text` with a Chinese A2 learner's bare-infinitive question in German order."""
    return rewrite_marked(_MARK, LEARNER_ZH_INFINITIVE_DE, text, squeeze=True)
