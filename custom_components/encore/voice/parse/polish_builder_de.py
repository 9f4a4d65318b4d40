"""A Polish builder's A2 German (issue 45's eighty-sixth turn, blind writer 576).

Blind writer 576, a Polish builder in Frankfurt, speaks German at A2: no
articles, the listener and the verb after what is asked, the question
word said last, as Polish may ("no", well, said first):

- "meiste Podcast letzte dreißig Tage welche" (the top podcast of the
  last thirty days: "meiste" had been read as a name);
- "welche Tag und welche Stunde ich hör am meisten" (the usual day and
  hour: the top songs had been answered, a wrong fact);
- "was ist Lied in Moment was ich immer spiele" (the song on repeat).

Read first of `said_as_written_de`'s newest rounds, on the words as said.
Each rule is a whole sentence of his shape: the kind bare after "meiste"
and a question word last, the bare "welche Tag" before "ich hör", "was
ist Lied" with no article; a standard question keeps its words. His "no
letzte Woche ..." reaches the net by `de.yaml` and is read by the clauses'
fillers.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"^no,? (?:hab|letzte|diese|heute|gestern|vorgestern|wie|was|welche|wann|wer|meiste|sag)"
    r"|^(?:no )?(?:die )?meiste[n]? \w+ .+ (?:welche[rsn]?|wer|was)\W*$"
    r"|\bwelche (?:tag|stunde|uhrzeit)\b.* (?:ich|wir) (?:hör|höre|hören) (?:am meisten|meistens)\b"
    r"|^(?:no )?was ist (?:lied|song|band|podcast) (?:in|im) moment\b",
    re.IGNORECASE,
)

_KIND: Final = r"(?:podcast|podcasts|lied|lieder|song|songs|band|bands|künstler|sänger|album|alben)"
_PERIOD: Final = (
    r"(?:(?:letzte[nrs]?|diese[nrs]?) (?:(?:sieben|drei|zwei|vierzehn|dreißig|\d+) )?"
    r"(?:tage|woche|wochen|monat|monate|jahr)|heute|gestern|in letzte[rn]? zeit"
    r"|(?:im|seit) (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober"
    r"|november|dezember|sommer))"
)

_RULES: Final[tuple[Rule, ...]] = (
    # "no" (well) said first, as Polish opens: no word of the question.
    (
        (
            r"^no,? (?=(?:also |sag mal )?(?:hab|habe|letzte[nrs]?|diese[nrs]?|heute|gestern|vorgestern|wie"
            r"|was|welche[nrs]?|wann|wer|meiste[n]?|sag)\b)"
        ),
        "",
    ),
    # "meiste Podcast letzte dreißig Tage welche": the top of the kind.
    (
        rf"^(?:no )?(?:die )?meiste[n]? ({_KIND}) ({_PERIOD}) (?:welche[rsn]?|wer|was)\W*$",
        r"welche \1 habe ich \2 am meisten gehört",
    ),
    # "welche Tag und welche Stunde ich hör am meisten": the usual hour
    # and day; the hour alone or the day alone is the same habit.
    (
        (
            r"\bwelche (?:tag|stunde|uhrzeit)(?: und welche (?:tag|stunde|uhrzeit))?"
            r" (ich|wir) (?:hör|höre|hören) (?:am meisten|meistens)\b"
        ),
        r"an welchem tag und um welche uhrzeit höre \1 am meisten",
    ),
    # "was ist Lied in Moment was ich immer spiele": on repeat now.
    (
        (
            r"^(?:no )?was ist (?:lied|song) (?:in|im) moment,? (?:was|das|welche[sn]?) (?:ich|wir)"
            r" (?:immer|immer wieder|oft) (?:spiele|spielen|höre|hören)\W*$"
        ),
        "welches Lied höre ich in Dauerschleife",
    ),
)


def said_as_polish_builder(text: str) -> str:
    """Return `text` with the Polish builder's A2 German said in standard words."""
    return rewrite_marked(_MARK, _RULES, text, squeeze=True)
