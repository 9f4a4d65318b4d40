"""German as a child says it (issue 45's twenty-fourth and twenty-fifth turns).

A nine-year-old from Stuttgart (blind writer 107) doubled the perfect
("gespielt gehabt"), pointed back at a day with "wo" ("gestern wo um
acht"), said "allerliebstes" and "Dauerlied" for a favourite, "am Samstag
und Sonntag" for the weekend and "was" for "etwas" ("wie viel hör ich was
immer wieder"). Each was not understood or answered another question.

Read in `dialect_de.undo_dialect` just before the learner's rules (which
read what these leave). Rules read function words, never a name.
"""

import re
from typing import Final

from .rules import Rule, rewrite

CHILD_DE: tuple[Rule, ...] = (
    (r"\b(gespielt|gehört|gestreamt|angehört) gehabt\b", r"\1"),
    (r"\b(gestern|vorgestern|heute) wo (?=(?:um|gegen|so um)\b)", r"\1 "),
    (
        (
            r"\b(mein|meine|meinen|meiner) allerliebste[snrm]? (lied|song|album|band|künstler|sänger"
            r"|sängerin|podcast)\b"
        ),
        r"\1 lieblings\2",
    ),
    (r"\bmein (?:dauerlied|dauersong)\b(?!-)", "mein lied in dauerschleife"),
    (r"\b(?:am |an )?(?:samstag und sonntag|samstags und sonntags)\b", "am wochenende"),
    # "Wie viel hör ich was immer wieder": a child's "was" for "etwas",
    # how much is heard again (it was answered with the song on repeat).
    (
        r"^wie (?:viel|oft) (?:hör|höre|hören) (ich|wir) (?:was|etwas) immer (?:und immer )?wieder",
        r"wie viel höre \1 dieselben lieder immer wieder",
    ),
    (r"\bam wochenende (.*?),? also am letzten$", r"am letzten wochenende \1"),
    # "Stimmt es, dass ich dieses Jahr am allermeisten Daft Punk gehört hab"
    # (issue 45's twenty-eighth turn): who was heard most, a name being who.
    (
        (
            r"^(?:stimmt es|ist es wahr|echt),? dass (ich|wir) (.*?)am (?:aller)?meisten"
            r" (?!(?:musik|lieder|songs|podcasts?|das|die|den|dieses|diesen)\b)\S.*?"
            r" (?:gehört|gespielt)(?: (?:hab|habe|haben|hat))?$"
        ),
        r"wen habe \1 \2am meisten gehört",
    ),
    # "Was war mein Lied vom Sommer": the summer's song.
)


def undo_child_de(words: str) -> str:
    """Turn a child's German into the plain question (lower-cased words in and out)."""
    return " ".join(rewrite(CHILD_DE, words).split())


# "Was war mein Lied vom Sommer" (issue 45's twenty-eighth turn): the
# season's song. Read on the words as said, before "vom Sommer" is taken
# for the period and "mein Lied" left alone.
_OF_THE_SEASON: Final = re.compile(
    r"^was (?:war|ist) mein (lied|song|album) (?:vom|des) (sommer|winter|herbst"
    r"|frühling)s?\s*[?.!]*$",
    re.IGNORECASE,
)


def said_of_the_season(text: str) -> str:
    """Return "mein Lied vom Sommer" as the summer's most played song."""
    return _OF_THE_SEASON.sub(r"welches \1 habe ich im \2 am meisten gehört", text)
