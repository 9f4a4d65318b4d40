"""A talkative Viennese café owner's German (issue 45's eighty-second turn, blind writer 549).

Read first of `said_as_written_de`, only on a sentence with her marks ("hab
i", "ob i", "ghört", "ghabt", "heast"): she tells who recommended a name and
then asks of it with a pronoun ("Der Enkel von der Frau Hofrat hat ma damals
Justice empfohlen, a liaba Bua. Wann hab i de des erste Mal ghört?": "de"
had been read as the name), passes on a guest's question ("Die Frau Doktor
wollt wissen, ob i heut in der Früh The Daily ghabt hab, weil sie des a
hört. Na, hab i?") and sets a period by what happened then ("am Wochenende,
wie die Hochzeit im Extrazimmer war, war da irgendwas von Air dabei?": did
Air play then).
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked
from .said_beside_de import PERIOD_SAID

# Her marks: "i" for ich after her verbs, "ghört", "ghabt", "heast".
_VIENNA_MARK: Final = re.compile(
    r"\b(?:hab|hob|hör|war) i\b|\bob i\b|\bghört\b|\bghabt\b|^heast\b"
    r"|\bwar da (?:irgendwas|was|etwas|wos) von\b",
    re.IGNORECASE,
)
# Who recommended or showed her a name: the name is what she asks of.
_TOLD: Final = (
    r"(?:empfohlen|empfohln|ans herz g(?:e)?legt|vorg(?:e)?spielt|g(?:e)?zeigt|g'zeigt)"
)
_VIENNA: Final[tuple[Rule, ...]] = (
    # "Der Enkel ... hat ma damals Justice empfohlen, a liaba Bua. Wann hab
    # i de des erste Mal ghört?": the pronoun is the name recommended.
    (
        (
            r"^[^.?!]*?\bhat (?:ma|mir|mia|uns) (?:(?:damals|amal|mal|scho|neulich) )*"
            rf"(?:(?:den|die|das|des|an|a) )?([^,.?!]+?) {_TOLD}\b[^.?!]*[.!]\s+"
            r"(wann|wie oft|seit wann) (hab|hob) i (?:de|den|die|des|dera|eam|ihn|sie|es) (.+)$"
        ),
        r"\2 \3 i \1 \4",
    ),
    # "Die Frau Doktor wollt wissen, ob i heut in der Früh The Daily ghabt
    # hab, weil sie des a hört. Na, hab i?": her guest's question is hers.
    (
        (
            r"^[^.?!]*?\b(?:(?:wollt|wollte|möcht|möchte|will) wissen|hat g(?:e)?fragt|fragt),? ob i (.+?)"
            r" (?:ghabt|ghört|gehört|gspielt|gespielt) hab\b[^.?!]*"
            r"(?:[.?!]\s*(?:na,? )?(?:hab|hob) i(?: des| das)?)?\W*$"
        ),
        r"hab i \1 ghört?",
    ),
    # "am Wochenende, wie die Hochzeit im Extrazimmer war, war da irgendwas
    # von Air dabei?": what happened then only says when.
    (
        (
            rf"^(?:heast,? |geh,? )?({PERIOD_SAID}),? (?:(?:wie|wo|als) [^,?]+,\s*)?"
            r"war (?:da )?(?:irgendwas|was|etwas|wos) von (.+?) dabei\W*$"
        ),
        r"hab i \1 \2 ghört?",
    ),
)


def said_in_a_viennese_cafe(text: str) -> str:
    """Return `text` in standard words where it has the café owner's marks."""
    return rewrite_marked(_VIENNA_MARK, _VIENNA, text, squeeze=True)
