"""A Gelsenkirchen teenager's German (issue 45's eighty-third turn, blind round twenty-two).

Blind writer 555, sixteen, from Gelsenkirchen, talks Ruhr youth slang to
the speaker, and two of his ways of asking reached no reader:

- "welchen podcast bin ich grad so am suchten" ("suchten": to be hooked
  on, the youth word for binge; what he hears most lately). No reader knew
  it, and Home Assistant's own sentence took "suchten" for an area;
- "wie lang war ich heute nachmittag so am hören" (the Ruhr's progressive,
  "am hören" after "war ich": how long he listened then). It reached no
  sentence.

Others of his age say the same with "am suchten", "am süchten" or "am
feiern" after "bin ich" or "war ich", a kind or "wen" before it ("wen bin
ich grad am suchten", "welches lied war ich im sommer voll am suchten"),
and the progressive with "wat", "wie viel" or "wie lange". Read first of
`said_as_written_de` after the noisy room, only where his marks are heard
(`_MARK`: "am suchten" or "am süchten", or "war ich ... am hören"), so no
other speaker's words are touched: "was bin ich gerade am hören" (what
plays now) has neither mark and stays Home Assistant's.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\bam (?:suchten|süchten|suchtn)\b|\b(?:war|waren) (?:ich|wir|ick)\b.* am (?:hören|hörn)\b",
    re.IGNORECASE,
)

# What he asks after when he is hooked: a kind of the history, or whom.
_WHAT: Final = (
    r"(?:(?:auf )?(?:welchen|welches|welcher|welche|welchem) (?:podcast|song|lied|track"
    r"|künstler|band|album|sänger|sängerin)|(?:auf )?(?:wen|wat|was))"
)
# "Grad", "gerade", "zurzeit", "momentan": the time of his habit now.
_NOW: Final = r"(?:grad|gerade|grade|zurzeit|momentan|aktuell|im moment)"
# His softeners between the listener and the verb: they ask nothing.
_SOFT: Final = r"(?:(?:so|voll|echt|richtig|mega|komplett|krass) )*"

_TEEN: Final[tuple[Rule, ...]] = (
    # "welchen podcast bin ich grad so am suchten": what he hears most now.
    (
        rf"^({_WHAT}) (?:bin|sind) (ich|wir) (?:{_NOW} )?{_SOFT}am (?:suchten|süchten|suchtn)\W*$",
        r"\1 höre \2 in letzter zeit am meisten",
    ),
    # "welches lied war ich im sommer voll am suchten": most in that time.
    (
        (
            rf"^({_WHAT}) (?:war|waren) (ich|wir) ((?:(?!\b(?:so|voll|echt|richtig|mega"
            rf"|komplett|krass)\b)[\wäöüß]+ ?)+?) {_SOFT}am (?:suchten|süchten|suchtn)\W*$"
        ),
        r"\1 habe \2 \3 am meisten gehört",
    ),
    # "wie lang war ich heute nachmittag so am hören": the Ruhr's
    # progressive in the past is a past listening, its time kept.
    (
        (
            r"^(wie lang|wie lange|wie viel|wieviel|wat|was) (?:war|waren) (ich|wir|ick)"
            r" ((?:(?!\b(?:so|voll|echt|richtig|mega|am)\b)[\wäöüß]+ ?)+?) "
            rf"{_SOFT}am (?:hören|hörn)\W*$"
        ),
        lambda found: (
            f"{'wie lange' if found[1].startswith('wie lang') else found[1]}"
            f" habe {found[2]} {found[3].strip()} gehört"
        ),
    ),
)


def said_as_ruhr_teen(text: str) -> str:
    """Return `text` with his "am suchten" and "war ich am hören" said plainly."""
    return rewrite_marked(_MARK, _TEEN, text, squeeze=True)
