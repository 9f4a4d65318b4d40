"""German of a Spanish woman at A2-B1, Spanish words said in it (issue 45's eightieth turn).

Blind writer 542 names the thing first and asks last, in Spanish order
("Wet Leg, wann ich bin zuerst gehört?", "Erste Mal The Daily, wann das
ist gewesen?", "Daft Punk, die letzte Mal wann war?"): two of them were
answered with today's first song, a wrong fact, because "zuerst" and "erste
Mal" read as the first of today. She says "sein" for "haben" ("ich bin
gehört"), "in letzte Zeit" (lately), "welche Band ich bin verrückt nach"
(¿de qué grupo estoy loca?: the top artist), "was war an bei mir" and
"welche Lied war gestern an" (what was on: what played), "ich habe neue
Künstler entdeckt?" as a question, and Spanish words: "la/die última
canción" (the last song), "die canción, was ich immer skippe, welche
ist?" (the song skipped most).

Read first of `said_as_written_de`, on the words as said, and only in a
sentence with one of her marks (`_MARK`): a Spanish word, "sein" before
"gehört", a question word said after a name and a comma, a preposition left
at the end. A name is moved whole and keeps its letters.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_KIND: Final = (
    r"(?:lied|lieder|song|songs|künstler|band|bands|sänger|sängerin|album|alben"
    r"|podcast|podcasts|canción|cancion|canciones)"
)

# Her marks: each a Spanish word or an order German does not have.
_MARK: Final = re.compile(
    r"\b(?:última|ultima|canción|cancion|canciones|por favor|oye)\b"
    # "Sein" for "haben" before a participle of listening (ich bin gehört).
    r"|\b(?:ich|wir) (?:bin|sind) (?:\w+ ){0,2}?(?:gehört|gespielt)\b"
    # "In letzte Zeit" (en los últimos tiempos): the ending left off.
    r"|^in letzte zeit,"
    # A question word said after the name and its comma: "X, wann ...".
    r"|^[^,]+, (?:die |das |der )?(?:erste|letzte)[nrs]? mal,? wann\b"
    r"|^(?:die |das |der )?(?:erste|letzte)[nrs]? mal (?!(?:ich|wir|mit|von)\b)[^,]+, wann\b"
    r"|^[^,]+, wann (?:ich|wir) (?:bin|sind|habe|hab|haben) (?:zuerst|zuletzt)\b"
    # A preposition left at the end (¿de qué grupo estoy loca?).
    r"|\b(?:ich|wir) (?:bin|sind) (?:\w+ )?verrückt nach\W*$"
    # A time said first, then the question in a statement's order
    # ("In letzte Zeit, ich habe neue Künstler entdeckt?"): German puts the
    # verb first after the comma.
    r"|^[^,]+, (?:ich|wir) (?:habe|hab|haben|bin|sind) [^,]+ (?:entdeckt|gehört|gespielt)\?$"
    # "Welche Lied war gestern an?" (what song was on): a kind, never a light.
    r"|\bwelche[snr]? (?:lied|song|podcast|musik) war (?:\w+ ){0,3}?an\W*$"
    # "Was war an" (what was on), said last.
    r"|\bwas war an(?: bei (?:mir|uns))?\W*$",
    re.IGNORECASE,
)

_ORDER: Final[tuple[Rule, ...]] = (
    # -- words to the listener and Spanish words ----------------------------------------
    (r"\W*\bpor favor\b", ""),
    (r"^oye\b,?\s*", ""),
    (
        r"\b(?:la |die )?(?:última|ultima) (?:canción|cancion|lied|song)\b",
        "das letzte lied",
    ),
    (r"\b(?:canciones)\b", "lieder"),
    (r"\b(?:canción|cancion)\b", "lied"),
    # Only before her comma: "in letzte Zeit Air lief" is another learner's,
    # read later.
    (r"^in letzte zeit(?=,)", "in letzter zeit"),
    # -- a name first, the question last ---------------------------------------------------
    # "Wet Leg, wann ich bin zuerst gehört?": the name's first play; never
    # the first of today.
    (
        (
            r"^([^,]+), wann (?:ich|wir) (?:bin|sind|habe|hab|haben) (zuerst|zuletzt)"
            r" (?:gehört|gespielt)\W*$"
        ),
        lambda found: (
            f"wann habe ich {found[1]} zum "
            f"{'ersten' if found[2].casefold() == 'zuerst' else 'letzten'} mal gehört"
        ),
    ),
    # "Erste Mal The Daily, wann das ist gewesen?": the name's first play.
    (
        (
            r"^(?:die |das |der )?(erste|letzte)[nrs]? mal (?!(?:ich|wir|mit|von)\b)([^,]+), wann"
            r" (?:das |es )?(?:ist|war|bin|sind)(?: (?:gewesen|das|es))?\W*$"
        ),
        r"wann habe ich \2 zum \1n mal gehört",
    ),
    # "Daft Punk, die letzte Mal wann war?": the name's last play.
    (
        (
            r"^([^,]+), (?:die |das |der )?(erste|letzte)[nrs]? mal,? wann"
            r" (?:war|ist|war das|ist das|das war|das ist|ist gewesen|war es)\W*$"
        ),
        r"wann habe ich \1 zum \2n mal gehört",
    ),
    # -- her other orders -------------------------------------------------------------------
    # "Welche Band ich bin total verrückt nach?": the top artist.
    (
        rf"\bwelche[snrm]? ({_KIND}) (?:ich|wir) (?:bin|sind) (?:\w+ )?verrückt nach\W*$",
        r"welche \1 habe ich am meisten gehört",
    ),
    # "Letzte Freitag, was war an bei mir?": what played.
    (r"\bwas war an(?: bei (?:mir|uns))?\W*$", "was habe ich gehört"),
    (
        r"\bwelche[snr]? (lied|song|podcast|musik) war ((?:\w+ ){0,3}?)an\W*$",
        r"welches \1 lief \2",
    ),
    # "Die letzte Lied, was war?": the question said last.
    (
        r"^das letzte lied,? (?:was|welche[sr]?) (?:war|ist)\W*$",
        "was war das letzte lied",
    ),
    # "Die canción, was ich immer skippe, welche ist?": the song skipped most.
    (
        (
            rf"^(?:die |das |der )?({_KIND}),? (?:was|die|das|der|que) (?:ich|wir) (?:immer|am meisten"
            r"|meistens|oft) (?:skippe|überspringe|springe)\w*,? (?:welche[sr]?|was) (?:ist|war)\W*$"
        ),
        r"welches \1 überspringe ich am meisten",
    ),
    # "In letzter Zeit, ich habe neue Künstler entdeckt?": the verb first.
    (
        r"^([^,]+), (ich|wir) (?:habe|hab|haben|bin|sind) ([^,]+?) (entdeckt|gehört|gespielt)\?$",
        lambda found: (
            f"{'haben' if found[2].casefold() == 'wir' else 'habe'} {found[2]}"
            f" {found[3]} {found[1]} {found[4]}?"
        ),
    ),
    # "Sein" for "haben": "ich bin gehört" (he escuchado).
    (
        r"\b(ich|wir) (?:bin|sind) ((?:\w+ ){0,2}?)(gehört|gespielt)\b",
        lambda found: (
            f"{found[1]} {'haben' if found[1].casefold() == 'wir' else 'habe'} {found[2]}{found[3]}"
        ),
    ),
)


def said_as_spanish_a2_de(text: str) -> str:
    """Return `text` with a Spanish learner's German said in standard words."""
    return rewrite_marked(_MARK, _ORDER, text, squeeze=True)
