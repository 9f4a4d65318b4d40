"""German of a Ukrainian learner through speech to text (issue 45's seventy-sixth turn).

Blind writer 519, three years in Germany (A2-B1) and dictating without
punctuation, leaves "am" and the ending off "meist" ("drei lieder meist
gespielt im oktober", "im september welche album meist": the most played,
taken for a name or for nothing), says the bare "erste mal" without "zum"
and without a verb ("wann erste mal cafe taka ba": the first play, "erste"
taken into the name), puts the preterite "ich hörte" where a question
wants "habe ich gehört" ("welche sänger ich hörte erste mal diesen monat":
the singers new this month, answered as the month's first song, a wrong
fact) and says a yes-or-no question as a statement, its period first
("vorgestern ich habe the deli gehört").

Issue 45's seventy-eighth turn (blind writer 531, a Ukrainian woman in Leipzig,
dictating) added "ich hatte" for "habe ich gehört" ("welche musik ich
hatte vorgestern"), Ukrainian "znovu i znovu" (again and again) as "wieder und wieder" ("wie
oft ich höre gleiche wieder und wieder": the repeat rate, taken for a
name) and a skip said as "ich drücke immer weiter" ("bei welche sängerin
oder band ich drücke immer weiter"); each is a mark of its own.

Read first of `said_as_written_de`, on the words as said, and only in a
sentence with one of her marks (`_MARK`): a "meist" bare after a kind, a
bare "erste mal" or "letzte mal" after "wann" or "ich hörte", a period said
before "ich habe". A name is moved whole and keeps its letters.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_KIND: Final = (
    r"(?:lied|lieder|song|songs|künstler|sänger|sängerin|band|bands|album|alben"
    r"|podcast|podcasts|interpret|interpreten)"
)
_COUNT: Final = r"(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)"
# A day or a period she says first, before "ich habe".
_PERIOD: Final = (
    r"(?:heute(?: morgen| früh| abend| nachmittag)?|gestern(?: abend| morgen| früh)?"
    r"|vorgestern|letzte nacht|(?:am )?wochenende|(?:am |letzten )?(?:montag|dienstag"
    r"|mittwoch|donnerstag|freitag|samstag|sonntag)|(?:letzte|diese) woche"
    r"|(?:letzten|diesen) monat|(?:letztes|dieses) jahr|in letzter zeit)"
)
# A word of a question: a statement with none asks whether.
_ASKED: Final = r"\b(?:wann|wie|was|wer|welche\w*|wo|wieso|warum)\b"

# Her marks: "meist" bare after a kind, "erste mal" with neither "zum" nor
# "das" before it, a period said before "ich habe".
_MARK: Final = re.compile(
    rf"\b{_KIND} (?:ich )?(?:(?:hörte|höre|hören|spielte) )?meist\b(?!en)"
    # Issue 45's seventy-eighth turn (blind writer 531): "ich hatte" said where
    # "habe ich gehört" belongs, Ukrainian "znovu i znovu" (again and again) as "wieder und
    # wieder", a skip said as "ich drücke immer weiter".
    rf"|^welche[rsnm]? (?:musik|{_KIND}) (?:ich|wir) (?:hatte|hatten)\b"
    r"|\bwieder und wieder\b"
    r"|\b(?:ich|wir) (?:drücke|drück|drücken|klicke|klicken) (?:immer|oft|meistens|ständig) weiter\b"
    r"|\b(?:wann|ich hörte|wir hörten|ich habe gehört|ich hab gehört) (?:erste|letzte) mal\b"
    # Issue 45's eightieth turn (blind writer 541): "wann lief letzte mal X".
    r"|^wann (?:lief|liefen) (?:erste|letzte) mal\b"
    rf"|^{_PERIOD} ich habe\b",
    re.IGNORECASE,
)

# The kinds a skipped artist is asked by.
_ARTIST: Final = r"(?:sänger\w*|künstler\w*|band|bands|interpret\w*|gruppe)"

_ORDER: Final[tuple[Rule, ...]] = (
    # "Welche musik ich hatte vorgestern": what played then ("hatte" for
    # "habe ... gehört", the verb second after the pronoun).
    (
        rf"^welche[rsnm]? (musik|{_KIND}) ich (?:hatte) (.+)$",
        r"welche \1 habe ich \2 gehört",
    ),
    (
        rf"^welche[rsnm]? (musik|{_KIND}) wir (?:hatten|hatte) (.+)$",
        r"welche \1 haben wir \2 gehört",
    ),
    # "Wie oft ich höre gleiche wieder und wieder": the same again and
    # again, the verb after the pronoun.
    (
        r"\b(?:das |die |der )?gleiche[nsr]? wieder und wieder\b",
        "dasselbe immer wieder",
    ),
    (r"\bwieder und wieder\b", "immer wieder"),
    (r"^wie oft (ich|wir) (höre|hör|hören) ", r"wie oft \2 \1 "),
    # "Bei welche sängerin oder band ich drücke immer weiter": the artist
    # skipped most ("weiter drücken" is the skip button).
    (
        (
            rf"^(?:bei )?welche[rmns]? {_ARTIST}(?: oder {_ARTIST})? (?:ich|wir)"
            r" (?:drücke|drück|drücken|klicke|klicken) (?:immer|oft|meistens|ständig) weiter\b"
        ),
        "welchen künstler überspringe ich am häufigsten",
    ),
    (
        (
            r"^(?:bei )?welche[rmns]? (?:lied|song|titel|stück)(?: oder (?:lied|song|titel))? (?:ich|wir)"
            r" (?:drücke|drück|drücken|klicke|klicken) (?:immer|oft|meistens|ständig) weiter\b"
        ),
        "welches lied überspringe ich am häufigsten",
    ),
    # "Drei lieder meist gespielt im oktober": a count of the most played.
    (
        rf"^(?:die |meine )?({_COUNT}) ({_KIND}) meist (?:gespielt|gehört|gespielte|gehörte)\b",
        r"meine \1 meistgespielten \2",
    ),
    # "Im september welche album meist", "welche lied ich meist hörte": the
    # most played, "am" and the verb left out.
    (
        (
            rf"\bwelche[rsnm]? ({_KIND}) (?:ich )?(?:(?:hörte|höre|hören|spielte) )?meist"
            r"(?: (?:gehört|gespielt|hörte|höre|hören|spielte))?\b(?!en)"
        ),
        r"welches \1 habe ich am meisten gehört",
    ),
    # "Welche sänger ich hörte erste mal diesen monat": the artists new in
    # the period ("zum" left out, the preterite for the perfect).
    (
        (
            r"^(?:welche[rn]?|wer) (?:sänger\w*|künstler\w*|bands?|interpreten|gruppen?)"
            r" (?:ich|wir) (?:hörte|hörten|habe gehört|hab gehört|höre|hören)"
            r" (?:zum |das )?erste[nm]? mal\b ?(.*)$"
        ),
        r"welche künstler habe ich \1 zum ersten mal gehört",
    ),
    # "Wann erste mal cafe taka ba": the first (or last) play of a name,
    # the verb left out, or said last.
    (
        (
            r"^wann (erste|letzte) mal (?!.*\b(?:ich|wir|ist|war|hat|habe|hab|lief|läuft|sind)\b)"
            r"(?!.*\b(?:gehört|gespielt|gelaufen)\b.)"
            r"(.+?)(?: (?:gehört|gespielt|gelaufen))?$"
        ),
        r"wann habe ich \2 zum \1n mal gehört",
    ),
    # "Wann lief letzte mal the deili" (issue 45's eightieth turn, blind
    # writer 541): the last (or first) play, "lief" said before the name.
    (
        r"^wann (?:lief|liefen) (erste|letzte) mal (?!.*\b(?:ich|wir|gehört|gespielt)\b)(.+)$",
        r"wann habe ich \2 zum \1n mal gehört",
    ),
    # "Vorgestern ich habe the deli gehört": a yes or no said as a
    # statement, its period first and no question word in it.
    (
        rf"^({_PERIOD}) ich habe (?!.*{_ASKED})(.+?) (gehört|gespielt)$",
        r"habe ich \1 \2 \3",
    ),
)


def said_as_ukrainian_stt_de(text: str) -> str:
    """Return `text` with a Ukrainian learner's dictated German said in standard words."""
    return rewrite_marked(_MARK, _ORDER, text, squeeze=True)
