"""A chatty Swabian woman from Stuttgart (issue 45's seventy-eighth turn, blind writer 529).

She opens with "Ha noi," or "Ha, und", tells a story in a sentence of its
own before she asks ("Beim Bügle hör i ja immer so Sendunge, des weisch
ja. Welcher Podcast ..."; "Mei Schwägerin sagt immer, ... . Wer ..."),
names a song in that story and points back to it with "des" ("Des Bohemian
Rhapsody, des krieg i nimmer aus'm Kopf, gell. Wie oft hab i des ...";
"Des Lied Eres von dene Mexikaner, Café Tacvba, wann isch des des erste
Mal ... glaufe?"), doubts herself after the question ("... oder bild i mir
des bloß ei?"), asks who "hat's mir so arg angetan" for her favourite and
says "die Woch scho ..., seit Montag halt" for since Monday. Two wrong
facts came of it: "Ha, und wann lief des letzte Mal Daft Punk" and the
song named before "wann isch des ... glaufe" were answered with the last
and today's first song of all. Read on the words as said, first of
`said_as_written_de`; each rule acts only on words that are hers (the mark).
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"^ha,? (?:noi|und)\b|\b(?:isch|weisch|gell|glaufe|bild i|hat's mir|die woch)\b",
    re.IGNORECASE,
)

_SWABIAN_CHATTER: Final[tuple[Rule, ...]] = (
    # "Ha noi," and "Ha, und": how she opens, asking nothing ("Ha noi" had
    # been read as part of the name, "Ha, und" lost the name: a wrong fact).
    (r"^ha,? noi,?\s*", ""),
    (r"^ha,\s*und\s+", ""),
    # "... oder bild i mir des bloß ei?": her doubt, after the question.
    (
        r",?\s*oder bild(?:e)? (?:i|ich) mir (?:des|das) (?:bloß|nur|halt) ei\w*(?=\W*$)",
        "",
    ),
    # A name told first in a story of its own and pointed back to with
    # "des" in the question after it: the name goes where "des" stands.
    (
        (
            r"^(?:des|das) (?!lied\b)([^,.?]+?), des\b[^.?!]*?\b(?:gell|halt|weisch)\.\s*"
            r"(.*?\b(?:hab|hen|hend|han) (?:i|ich|mir)) des\b"
        ),
        r"\2 \1",
    ),
    # The performers said by who they are before their name ("von dene
    # Mexikaner, Café Tacvba"): the name is what counts.
    (r"\bvon dene \w+,\s+", "von "),
    # "Wann isch des des erste Mal bei mir glaufe": when it first played.
    (
        r"\bwann isch (?:des|das) (?:denn )?(?:des|das) (erste|letzte) mal (?:bei mir )?g?laufe\b",
        r"wann lief das das \1 Mal",
    ),
    # A story in a sentence of its own before the question: "..., des weisch
    # ja." and "Mei Schwägerin sagt immer, ..." say nothing of the question.
    (r"^[^.?!]*,\s*des weisch ja\.\s+(?=[^.!]*\?\s*$)", ""),
    (
        r"^(?:mei|mein|meine) \w+ sagt (?:immer|halt|oft),[^.?!]*\.\s+(?=[^.!]*\?\s*$)",
        "",
    ),
    # "Wer hat's mir (in letzter Zeit) so arg angetan": whom she has heard most.
    (
        r"\bwer hat's (?:mir|uns) (?:denn )?(.*?)\s*(?:so arg |so |arg )?angetan\b",
        r"wen hab ich \1 am meisten gehört",
    ),
    # "Welcher Podcast isch denn grad mein Favorit": "grad" is now, lately.
    (r"\bisch (denn )?grad\b", r"ist \1gerade"),
    # "Die Woch scho ghört, seit Montag halt": since Monday, said again.
    (
        r"\bdie woch(?:e)? (?:scho |schon )?(.*?),\s*(seit \w+) halt\b",
        r"\1 \2",
    ),
)


def said_as_swabian_chatter(text: str) -> str:
    """Return `text` with a chatty Swabian's asides left out and her words said plainly."""
    return rewrite_marked(_MARK, _SWABIAN_CHATTER, text, squeeze=True)
