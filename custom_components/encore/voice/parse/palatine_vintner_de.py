"""A Palatine vintner's German (issue 45's eighty-sixth turn, blind writer 578).

Blind writer 578, a vintner from the Palatinate in his late fifties, says
"gheert" for heard, clips "denn" onto his verbs ("sin'n", "is'n", "hab
ich'n") and says the dialect's own forms where the readers knew only the
standard's or a neighbour's:

- "Wieviel Lieder sin'n heit frieh gelaafe?" (how many played this
  morning: "'n" had been read as a name);
- "Wieviel hab ich dies Johr ingsgesamt abgespielt, alles zamme?" (the
  plays: "ingsgesamt", the Palatinate's nasal "insgesamt", was a name);
- "wieviel unnerschiedliche Sticker hab ich gheert" ("Sticker", the
  plural of his "Stick", is songs, never stickers);
- "Heer ich allegebott dieselwe Lieder, oder net?" (the repeat rate:
  "dieselwe" unread, the top songs had been answered, a wrong fact);
- "Dont Stop Me Now, wann war des zuletscht dran?" (the name's last
  play, the name said first);
- "Mit welchem Lied bin ich heit morge uffgstanne?" (the first song of
  the day; "aufgestanden" is read with "aufgewacht" in `plain_turns_de`);
- "Was is'n des Lied, wo ich net uffheere kann zu spiele?" (on repeat;
  "Was is'n des fer e Lied grad?" asks what plays now and keeps its words);
- "Bin ich eher en Morgeheerer oder en Nochmiddagsheerer" (the parts of
  the day compared, as "Morgenhörer" is read).

Read first of `said_as_written_de`'s newest rounds, on the words as said,
only where his Palatine is heard (`_MARK`: "gheert", "heer ich", a verb
with "'n", "zuletscht", "uffgstanne", ...), so a standard question and a
sticker album keep their words.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:gheert|gelaafe|laafe|heer|heere|uffheere|uffgstanne|uffgestanne|zuletscht"
    r"|letscht|letschde|meischde|allegebott|dieselwe|desselwe|ingsgesamt|zamme"
    r"|unnerschiedliche|\w+heerer|emol|weescht)\b"
    r"|\b(?:sin|is|war|hab ich|heer ich|hot)'n\b",
    re.IGNORECASE,
)

# A kind he names: his own word or the standard's.
_SONG: Final = r"(?:lied|liedche|stick|stück|song)"

_RULES: Final[tuple[Rule, ...]] = (
    # "Wieviel Lieder sin'n heit frieh gelaafe": "sind denn", clipped.
    (r"\bsin'n\b", "sind"),
    # "ingsgesamt": the Palatinate's nasal "insgesamt"; ", alles zamme"
    # after it stresses it again.
    (r"\bingsgesamt\b", "insgesamt"),
    (r",?\s*alles zamme\b", ""),
    # "unnerschiedliche Sticker", "verschiedene Sticker": his plural of
    # "Stick" (a song) after a word that counts; never a sticker alone.
    (
        r"\b(wieviel|wie viel|wie viele|verschiedene|unnerschiedliche|unterschiedliche) sticker\b",
        r"\1 stücke",
    ),
    (r"\bunnerschiedliche\b", "unterschiedliche"),
    # "dieselwe Lieder": the same songs; "allegebott" (all the time) is
    # read as "immer wieder" by the Saarland's table.
    (r"\bdieselwe\b", "dieselben"),
    (r"\bdesselwe\b", "dasselbe"),
    # "X, wann war des zuletscht dran": the name said first, pointed back to.
    (r"\bzuletscht\b", "zuletzt"),
    (
        r", wann war des (zuletzt|zum letzte mol|es letschde mol)\b",
        r", wann war das \1",
    ),
    # "uffgstanne": got up (the first song of the day).
    (r"\b(?:uffgstanne|uffgestanne|ufgstanne)\b", "aufgestanden"),
    # "Was is'n des Lied, wo ich net uffheere kann zu spiele": on repeat.
    (
        (
            rf"^(?:un |ei )?(?:was|welches) (?:is'n|is|isch) (?:des|das) {_SONG},? (?:wo|des|das)"
            r" (?:ich|isch) (?:net|nit|nicht) (?:mehr )?(?:uffheere|uffhöre|aufhören) kann"
            r"(?: zu (?:spiele|spielen|heere|höre|hören))?\W*$"
        ),
        "welches Lied kann ich nicht aufhören zu spielen",
    ),
    # "en Morgeheerer oder en Nochmiddagsheerer": the parts of the day.
    (r"\b(?:morge|morje|morsche)heerer(in)?\b", r"morgenhörer\1"),
    (
        r"\b(?:nochmiddags?|nochmittags?|nachmiddags?)heerer(in)?\b",
        r"nachmittagshörer\1",
    ),
    (r"\b(?:owend|owends|obends)heerer(in)?\b", r"abendhörer\1"),
)


def said_as_palatine_vintner(text: str) -> str:
    """Return `text` with the Palatine vintner's words said in standard ones."""
    return rewrite_marked(_MARK, _RULES, text, squeeze=True)
