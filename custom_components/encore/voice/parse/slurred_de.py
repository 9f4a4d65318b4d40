"""German slurred after a few beers, as speech to text writes it (issue 45's sixty-ninth turn).

Blind writer 471, a tipsy guest at a Schützenfest, got an answer for
another question four times: the recogniser split the slurred "gestern"
into "gesch tern", so the question read no time and was answered for
today. Most of the rest went unread: "wassn" (was ist denn), "wieoft",
"hasch du" (hast du), "dis" (das, dieses), "erschte", "Schtück",
"geschpielt", "überschpring" (the slurred sch before t and p), and the
toasts and giggles said after a question ("Prost", "hihi", "Alter").

The words are undone only in a sentence that says at least one word no
other question says ("gesch tern", "wassn", "wieoft", "Prost", "hihi"),
and each rule is bound to its word or to the words beside it ("dis
Lied", "dis Jahr"), so a title and Saxony's "dis Jahr" keep their words. Read on the words as said,
before any reader of `plainly.WAYS` keys on them; a name keeps its letters.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# Words only the slurred question says: a sentence holding one is read as
# slurred. Not "dis", "erschte" nor "Podcascht" alone: Saxony's "dis Jahr"
# and Swabia's "Podcascht" keep their own readers.
_SLURRED_MARK: Final = re.compile(
    r"\b(?:ges(?:ch)? tern|wassn|wieoft|hasch du|prost|hihi|hicks|überschpring\w*"
    r"|geschpielt|schtück|dis (?:lied|erschte|letschte))\b",
    re.IGNORECASE,
)

SLURRED_DE: Final[tuple[Rule, ...]] = (
    # A toast, a giggle or a mate addressed after the question asks nothing.
    (r"(?:,? (?:prost|hihi|hehe|hicks|alter|ungefähr))+(?=[?.!]*$)", ""),
    (r"^(?:prost|hihi|hicks),? ", ""),
    # "Gestern" split in two by the recogniser: "gesch tern", "ges tern".
    (r"\b(vor)?ges(?:ch)? tern\b", r"\1gestern"),
    # "Wassn" (was ist denn, was hast du denn), "wieoft", "wieviel".
    (r"\bwassn (?=(?:\w+ )*?(?:gelaufen|gespielt|geschpielt|gehört)\b)", "was ist "),
    (r"\bwassn\b", "was ist"),
    (r"\bwieoft\b", "wie oft"),
    (r"\bwieviel(e?)\b", r"wie viel\1"),
    # "Hasch du, äh, hab ich ...": the question begun again as the asker's.
    (r"^has(?:ch|t) du,? (?:(?:äh|ähm|öh),? )?(?=hab(?:e)? ich\b)", ""),
    (r"\bhasch du\b", "hast du"),
    # "Dis" for "das" or "dieses", beside a song or a period only.
    (r"\bdis (?=jahr|jahr\b)", "dieses "),
    (r"\bdis (?=monat)", "diesen "),
    (r"\bdis (?=woche)", "diese "),
    (r"\bdis (?=lied|album|erschte|erste|letschte|letzte)", "das "),
    (r"\b(welches|welcher) war dis\b", r"\1 war das"),
    # The slurred sch before t and p, in the words of a question only.
    (r"\berschte(n|s)?\b", r"erste\1"),
    (r"\bschtück\b", "stück"),
    (r"\bgeschpielt\b", "gespielt"),
    (r"\büberschpring", "überspring"),
    (r"\bpodcascht", "podcast"),
)


def said_slurred_de(text: str) -> str:
    """Return a German question slurred after a few beers in the standard words."""
    return rewrite_marked(_SLURRED_MARK, SLURRED_DE, text, squeeze=True)
