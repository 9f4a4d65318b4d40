"""A Chinese learner's bare infinitive, no "ich" (issue 45's sixty-sixth turn).

A Chinese learner (blind writer 449) said what the question is about first
and the question word or the bare infinitive last, as Chinese orders a
question: "Justice erste Mal hören wann", "Queen letzte Mal hören wann",
"Bohemian Rhapsody wie viel Mal hören", "heute wie viel Lied schon
spielen", "Samstag was hören". None was understood. Each shape is read as
the German question: the question word first, "habe ich ... gehört"
around what was said first. Only a question's own shape (a count, the
first or last time, what played) ending in the bare "hören", "spielen" or
"wann", and what played only after a time said first ("lass uns was
hören" is a wish, never a question). Where `learner_zh_de` reads "Justice erste Mal ich höre wann" (a subject said), these have none. Read on normalized words after the
other learners' order (`learner_de`), in `dialect_de`.
"""

from typing import Final

from .rules import Rule, rewrite

_BARE: Final = r"(?:hören|spielen|laufen|anhören)"
_TIME: Final = (
    r"(?:(?:bei (?:uns|mir) )?(?:(?:letzte[snm]?|diese[snm]?|am|im|vom|seit) )?"
    r"(?:heute|gestern|vorgestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
    r"|sonntag|wochenende|woche|monat|jahr|sommer|winter|frühling|herbst|januar|februar"
    r"|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
    r"(?: (?:morgen|vormittag|mittag|nachmittag|abend|nacht|früh))?)"
)

LEARNER_ZH_BARE_DE: Final[tuple[Rule, ...]] = (
    # "Justice erste Mal hören wann", "Sexy Boy letzte Mal wann spielen",
    # "Café Tacvba schon mal hören wann erste Mal": the first or last time.
    (
        rf"^(?!wann\b)(.+?) (?:zum |das )?(erste|letzte)s? mal (?:{_BARE} )?wann(?: {_BARE})?$",
        r"wann habe ich \1 zum \2n mal gehört",
    ),
    (
        rf"^(?!wann\b)(.+?) (?:schon )?mal {_BARE} wann (?:das |zum )?(erste|letzte)s? mal$",
        r"wann habe ich \1 zum \2n mal gehört",
    ),
    # "Bohemian Rhapsody wie viel Mal hören": how often.
    (
        rf"^(?!wie\b)(.+?) wie (?:viel|viele|oft) mal {_BARE}$",
        r"wie oft habe ich \1 gehört",
    ),
    # "wie viele Lied (schon) spielen heute", the period moved last by
    # `learner_de`: a count of the songs played.
    (
        rf"^wie viele? (verschiedene )?(?:lied|lieder|song|songs) (verschiedene )?(?:schon )?{_BARE}\b",
        r"wie viele \1\2lieder habe ich gehört",
    ),
    # "Samstag was hören", "bei uns letzte Wochenende was laufen": what
    # played then.
    (
        rf"^({_TIME}) was (?:ich |wir )?{_BARE}(?: (?:ich|wir))?$",
        r"was habe ich \1 gehört",
    ),
)


def undo_learner_zh_bare_de(words: str) -> str:
    """Return normalized German words with a Chinese learner's order read."""
    return rewrite(LEARNER_ZH_BARE_DE, words)
