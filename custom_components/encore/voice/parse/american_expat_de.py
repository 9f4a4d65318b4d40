"""An American expat's A2/B1 German (issue 45's seventy-fourth turn, blind round thirteen).

Blind writer 505 mixes English words into German where German words did
not come: "wie viel different Lieder in September" (different songs: taken
for a name "different", then for an area "September"), "beschreib meine
Taste in Musik" (my taste in music: Home Assistant had taken "Musik" for a
name), "unique Songs", "meine Music". The English periods she says ("last
week", "this year") are read by `code_switch`.

Read on the words as said, in `said_as_written_de`. Each rule is an English
word before the German kind it describes, never a name ("Taste" only as
the taste in music).
"""

import re
from typing import Final

from .rules import Rule, rewrite

_KINDS: Final = (
    r"(?:lieder|songs?|tracks?|titel|künstler|artists?|bands?|interpreten|alben|albums?"
    r"|podcasts?|folgen|episoden|sachen)"
)

AMERICAN_EXPAT_DE: Final[tuple[Rule, ...]] = (
    # "Different Lieder", "unique Songs", "distinct Artists": how many
    # different ones.
    (rf"\b(?:different|differente|unique|distinct)n? ({_KINDS})\b", r"verschiedene \1"),
    # "Meine Taste in Musik", "mein Musik Taste", "my taste": the taste.
    (
        r"\b(?:meine[nrm]?|mein|my|die|den) (?:musik[ -]?|music[ -]?)?taste (?:in|von|bei|für|of) (?:musik|music)\b",
        "meinen musikgeschmack",
    ),
    (r"\b(?:meine[nrm]?|mein|my) (?:musik|music)[ -]?taste\b", "meinen musikgeschmack"),
    (r"\b(?:meine[nrm]?|mein|my) taste\b(?! (?:drücken|gedrückt))", "meinen geschmack"),
)


def said_as_american_expat(text: str) -> str:
    """Return `text` with an English speaker's words in German said in German."""
    return " ".join(rewrite(AMERICAN_EXPAT_DE, text, re.IGNORECASE).split())
