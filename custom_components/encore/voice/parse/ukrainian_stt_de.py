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
    r"|\b(?:wann|ich hörte|wir hörten|ich habe gehört|ich hab gehört) (?:erste|letzte) mal\b"
    rf"|^{_PERIOD} ich habe\b",
    re.IGNORECASE,
)

_ORDER: Final[tuple[Rule, ...]] = (
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
