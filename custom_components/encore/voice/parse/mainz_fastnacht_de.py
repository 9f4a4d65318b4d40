"""A Mainz Fastnachter's Rheinhessisch (issue 45's seventy-third turn, blind round twelve).

Blind writer 496 says "Liedsche" for a song and "Liedscher" for songs,
"vun alle Zeite" for all time, "die selwe Liedscher nochemol" for the same
songs again, "emol de Ernst Neger" with an example of his songs after the
question (", Heile heile Gänsje und so"), and closes with "alla". Read as
they were, "die selwe Liedscher nochemol" had been taken for a name and
"emol de Ernst Neger" lost its name.

Each rule changes only words this speaker says; the words that open the
question to the net are in the sentences (`de.yaml`).
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:isch|misch|liedsche|liedscher|lieblingsliedscher|welsche|alla|gell|ajo|vun"
    r"|selwe|nochemol|emol|geheert|geschpielt)\b",
    re.IGNORECASE,
)

MAINZ: Final[tuple[Rule, ...]] = (
    # ", alla" closing the question ("mei fünf Lieblingsliedscher ..., alla"):
    # Mainz's "well then", asks nothing.
    (r",?\s*\b(?:alla|ajo|gell)\W*$", ""),
    (r"^(?:alla|ajo|gell),?\s+", ""),
    # "Vun alle Zeite": of all time.
    (r"\b(?:vun|von) alle(?:n)? zeite(?:n)?\b", "von allen zeiten"),
    (r"\blieblingsliedscher\b", "lieblingslieder"),
    # "Die selwe Liedscher nochemol": the same songs again.
    (
        r"\bdie selwe(?:n)? (?:liedscher|lieder|leedscher|songs|stücker)(?: (?:nochemol|nochemal|widder|immer widder))?\b",
        "dieselben lieder",
    ),
    (r"\bliedscher\b", "lieder"),
    # "Hab isch ... geheert, Heile heile Gänsje und so": an example of the
    # name's songs after a yes-or-no question, asks nothing.
    (
        r"^((?:hab|habe|han|hat) .+? (?:geheert|gehört|gehert|gheert|geschpielt|gespielt)),? [^,?]{1,40}? und so\W*$",
        r"\1",
    ),
    # "Emol de Ernst Neger geheert": "mal" and the article before a name.
    (
        r"\b(?:emol|emal|amol) (?:de|die|den|der|des) (.+?) (geheert|gehört|gehert|gheert|geschpielt|gespielt)\b",
        r"\1 \2",
    ),
    (r"\bgeschpielt\b", "gespielt"),
)


def said_in_mainz(text: str) -> str:
    """Return `text` with a Mainz Fastnachter's words said in standard ones."""
    return rewrite_marked(_MARK, MAINZ, text, squeeze=True)
