"""German as a tired Berlin night-shift worker says it (issue 45's eighteenth turn).

A writer nobody here had seen (a nurse asking between shifts, short on
patience, in Berlin's "ick", "wat", "det") got no answer:

- "wat" for "etwas" before a participle ("wie oft hab ick wat
  abjespielt"): read as "was", a name nothing goes by;
- "hatt ick" for "hatte ich", and a song named, then its artist after a
  comma ("hatt ick Eres an, det von Café Tacvba"): the "an" was read into
  the name and the artist left out;
- a tired remark after the question ("..., trotz Schicht", "..., keene
  Ahnung mehr", "..., bin total platt").

A remark is dropped only when it says nothing of when: "nach der
Nachtschicht", "vor der Schicht", "in der Pause" are a time in no table and
stay, so that the answer asks which time is meant rather than guessing.
Applied to the words as said, commas and all, in `banter_en.drop_asides`,
before `dialect_de` reads Berlin's other sounds.
"""

import re

from .rules import rewrite

# A listening participle, g said as j or not: "abjespielt", "jehört".
_PARTICIPLE = (
    r"(?:ab|an|uff|auf|durch|rein|weg|weiter)?(?:je|ge)"
    r"(?:spielt|hört|streamt|laufen|skippt|drückt)"
)
_TIRED = (
    r"(?:(?:ick bin|ich bin|bin|ick|ich) )?(?:(?:total|völlig|so|echt|voll|janz|ganz) )?"
    r"(?:fertig|platt|durch|kaputt|hinüber|erledigt|müde|im eimer|am ende|groggy)"
)
_SHIFT = r"(?:(?:die|der|meine|meiner) )?(?:nacht|früh|spät|doppel)?schicht(?:en)?"
# One clause of a remark after the question.
_REMARK = (
    rf"(?:{_TIRED}"
    r"|kee?ne? ahnung(?: mehr)?|(?:ick )?(?:weeß|weiß) et nich(?:t| mehr)?"
    # "trotz Schicht": the shift as a hindrance, no time of the question.
    rf"|trotz {_SHIFT}|{_SHIFT} (?:war|waren|is|ist) (?:so |echt |voll )?"
    r"(?:hart|heftig|brutal|der horror|die hölle|anstrengend|lang|mies)"
    r"|will(?:'s| et| es)? (?:nur|bloß|eben) wissen|nur so"
    r")"
)

SHIFT_DE_SAID: tuple[tuple[str, str], ...] = (
    (rf"(?:\s*[,.;!?]\s*{_REMARK})+[.!?]?\s*$", ""),
    # "Hatt ick", "hatt wa": "hatte".
    (r"\bhatt(?= (?:ick|ich|wa|wir|ma)\b)", "hatte"),
    # "Wat" before a participle, after the asker: "etwas" ("wie oft hab
    # ick wat abjespielt"); "wat" opening a question stays "was".
    (rf"\b((?:ick|ich|wa|wir)(?: \w+)*?) wat (?={_PARTICIPLE}\b)", r"\1 etwas "),
    # A song had on, then its artist after a comma: "Eres an, det von Café
    # Tacvba" is "Eres von Café Tacvba". Only after the "an" of "hatte ...
    # an": "wie oft lief, äh, das von Queen, ..." names no song before it.
    (r" an,\s+(?:det|dit|das|dat) (?:von|vom) (?=\w)", " von "),
    # "Wat hör ick normalerweise so für Zeug": what kind, the taste; the
    # words of how often between say no habit of a time.
    (
        (
            r"\b(was|wat) (hör|höre|hören) (ick|ich|wa|wir)"
            r"(?: (?:eigentlich|normalerweise|meistens|generell|überhaupt|so|denn))+ für\b"
        ),
        r"\1 \2 \3 so für",
    ),
    # "Hatte ich Eres an": the "an" of having it on is no part of the name.
    (r"^((?:hatt?e?|hab|habe) (?:ick|ich|wa|wir)\b.*?) an\s*([?.!]?)\s*$", r"\1\2"),
)


def undo_shift_de(text: str) -> str:
    """Return the words as said without a tired remark, Berlin's words put plain."""
    return rewrite(SHIFT_DE_SAID, text, re.IGNORECASE).strip() or text
