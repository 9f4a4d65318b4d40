"""A chatty Frankfurt cider innkeeper's German (issue 45's eighty-third turn, blind writer 554).

He says "isch" for "ich", "emol", "ebbes", "gell", and tells first what he
was doing, then asks:

- a story closed with a colon before the question ("Ei gude! Isch hab heut
  de ganze Vormittag Bembel gespült unn dabei gedacht: wen hab isch ...
  dies Jahr am meiste gehört, gell?": the story's "heut" had been read as
  a time no one asked, and the question not answered);
- a story in a sentence of its own that opens with his "Isch" ("Isch steh
  ja um sechs uff wesche de Lieferung. Bin isch eher en Morsche- oder en
  Nachtmensch ...?": the story's six o'clock had been answered, a wrong
  fact; `story_sentences` takes a sentence opening "Isch" for Swabia's
  "isch" that asks, so both were kept);
- a remark after the question mark, opened the same way ("Sag emol, lief
  heut früh The Daily? Isch war noch halb am Schlafe": "am Schlafe" had
  been read as a time);
- a tag asking whether the assistant knows (", waaßt du des?": read as a
  name);
- a name a guest recommended, pointed back to with "des" ("Des Café
  Tacuba, des hat mer en Gast aus Mexiko empfohle. Wann lief des bei mir
  zum erste Mal?": the name had been lost);
- the song he skips named first, then asked which it is ("des Lied, des
  isch immer überspring, welsches is des eischentlich": the song he skips
  most; only "des Lied" had been kept).

Read first of `said_as_written_de`, on the words as said, only where his
marks are heard (`_MARK`: his "isch" beside a verb, after "des" or
opening a sentence, "hat mer", "emol", "ebbes", "empfohle", "waaßt"), so a standard question and Swabia's "isch"
(ist) keep their words. A story the question points back into ("Isch war
letzte Nacht noch lang wach ... . Was lief denn da so?") is kept whole for
`story_clauses`.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:hab|habbe|hör|heer|drück|überspring|bin|war|mag|wees|wääß|waaß) isch\b"
    r"|(?:^|[.!?:]\s+)(?:ei,? )?isch (?:hab|bin|war|steh|summ|hör|mach|sitz|lieg|wees|waaß)\b"
    r"|\b(?:des|die|den|der|wo) isch\b|\b(?:hat|hot) mer\b"
    r"|\b(?:emol|ebbes|eischentlich|empfohle|waaßt|waaßte|weeschd|weescht)\b",
    re.IGNORECASE,
)

# A word that points back into a story: the story is then kept whole.
_POINTS_BACK: Final = r"\b(?:da|do|dann|dabei|debei|dort|derbei)\b"
# What he was doing when the question came to him: "dabei gedacht:".
_THOUGHT: Final = (
    r"(?:gedacht|gedenkt|überlegt|iwwerlegt|gefragt|eigefalle|eingefallen|eigfalle)"
)
# His "isch" opening a statement: the verbs of his stories.
_HE_SAYS: Final = (
    r"isch (?:hab|bin|war|steh|summ|mach|sitz|lieg|wees|waaß|hatt|hatte)\b"
)
# Who recommended or showed him a name: the name is what he asks of.
_TOLD: Final = (
    r"(?:empfohle|empfohlen|gezeischt|gezeigt|vorgespielt|vorgespielt|ans herz gelegt"
    r"|mitgebracht|uffgelegt|aufgelegt)"
)
_PRONOUN: Final = r"(?:des|das|der|die|den|dene|er|sie|es|ihn)"

_RULES: Final[tuple[Rule, ...]] = (
    # "..., unn dabei gedacht: wen hab isch ... gehört?": the story closed
    # with a colon is no part of the question, unless it points back.
    (
        rf"^[^:?]*\b{_THOUGHT}\s*:\s*(?=[^:]*\w)(?![^:]*{_POINTS_BACK})",
        "",
    ),
    # "Des Café Tacuba, des hat mer en Gast aus Mexiko empfohle. Wann lief
    # des bei mir zum erste Mal?": the pronoun is the name recommended.
    (
        (
            r"^(?:ei,? )?(?:des|das|der|die|den) ([^,.?!]+?),? (?:des|das|der|die|den|dene)"
            r" (?:hat|hot|hann|habbe) (?:mer|mir|misch|mich|uns) [^.?!]*?\b"
            rf"{_TOLD}\b[^.?!]*[.!]\s+(wann|wie oft|seit wann) (lief|liefe|hab isch|hör isch)"
            rf" {_PRONOUN} (.+)$"
        ),
        r"\2 \3 \1 \4",
    ),
    # "Ei gude! Isch steh ja um sechs uff ... . Bin isch eher ...?": his
    # story in a sentence of its own, left out when the question says its
    # own time or needs none.
    (
        (
            rf"^(?:(?:ei )?gude\W+)?{_HE_SAYS}[^.?!]*[.!]\s+"
            rf"(?=[^.!?]*\w[^.!?]*\?\s*$)(?![^?]*{_POINTS_BACK})"
        ),
        "",
    ),
    # "...? Isch war noch halb am Schlafe": his remark after the question.
    (rf"(?<=\?)\s+(?:ei,? )?{_HE_SAYS}[^?]*$", ""),
    # ", waaßt du des?": whether the assistant knows, no name.
    (
        r",?\s*(?:waaßt|waaßte|weeschd|weescht|weißt|weeßt)(?: du| de)?(?: des| das)?\s*\?*\s*$",
        "",
    ),
    # "des Lied, des isch immer überspring, welsches is des eischentlich":
    # the one he skips most.
    (
        (
            r"^(?:des|das|die|der|den) (lied|song|stück|band|künstler|künschtler|sänger),?"
            r" (?:des|das|die|den|der|wo) (?:isch|ich) (?:immer|dauernd|ständisch|ständig|allweil)"
            r" (?:überspring|iwwerspring|wegdrück|weiterdrück|skipp),?"
            r" (?:welsche[sr]?|welche[sr]?|wer|was) (?:is|isch|ist) (?:des|das|die|der)"
            r"(?: (?:eischentlich|eigentlich|dann|denn|noch emol|noch mal))*\W*$"
        ),
        lambda found: (
            "welches lied überspringe ich am meisten"
            if found[1].lower() in {"lied", "song", "stück"}
            else "welche band überspringe ich am meisten"
        ),
    ),
)


def said_as_frankfurt_innkeeper(text: str) -> str:
    """Return `text` with the Frankfurt innkeeper's stories and tags left out."""
    return rewrite_marked(_MARK, _RULES, text, squeeze=True)
