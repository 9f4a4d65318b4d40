"""A Syrian engineer's B1 German word order (issue 45's seventy-second turn).

A Syrian engineer learning German (blind writer 488) kept the verb where
Arabic and English put it and the infinitive where the participle goes:
"heute Nachmittag wie viel Lieder ich habe hören", "ich habe hören Justice
diese Woche?", "gestern zehn nach acht Uhr Abend was ich habe gehört", "zu
welche Stunde ich höre am meisten". "Hören" had been taken for a name, the
clock's "Uhr Abend" for an unknown time, and "ich höre am meisten" after
"zu welche Stunde" for no question.

Read on the words as said, in `said_as_written_de`: after a question word,
a last "ich habe gehört" ("ich habe hören") and "ich höre am meisten" are
turned round as German asks ("habe ich gehört", "höre ich am meisten"); a
verb with words after it is left to the readers of other learners, which
know "ich habe hören Justice diese Woche".
"""

import re
from typing import Final

from .rules import Rule, rewrite

_ASK: Final = (
    r"(?:was|wann|wie viele?|wieviele?|wie oft|wie lange|welche[rsnm]?|wer|wen|wem)"
)

LEARNER_AR_ORDER_DE: Final[tuple[Rule, ...]] = (
    # "zu welche Stunde", "zu welche Tag": the article guessed.
    (r"\b(?:zu|an|in) welche[rn]? tag\b", "an welchem Tag"),
    (r"\b(zu|in) welche (stunde|uhrzeit|zeit)\b", r"\1 welcher \2"),
    # "Uhr Abend", "Uhr Morgen": a clock said with its part of the day.
    (r"\buhr abend\b", "uhr abends"),
    (r"\buhr (?:morgen|früh)\b", "uhr morgens"),
    (r"\buhr nachmittag\b", "uhr nachmittags"),
    # "zehn nach acht Uhr": a clock's minutes said with its "Uhr".
    (
        r"\b((?:viertel|fünf|zehn|zwanzig|fünfundzwanzig|\d{1,2}) (?:nach|vor) (?:halb )?\w+) uhr\b",
        r"\1",
    ),
    # "wie viel Lieder": a count.
    (
        (
            r"\bwie viel (lieder|songs|künstler|folgen|alben|sänger|sängerinnen|bands|interpreten"
            r"|podcasts|stücke)\b"
        ),
        r"wie viele \1",
    ),
    # After a question word, with the verb last: "was ich habe gehört",
    # "wie viele Lieder ich habe hören" (the infinitive for the
    # participle). A verb with words after it is left to the learners'
    # readers that know those shapes ("ich habe gehört die Lied von Air").
    (
        rf"\b({_ASK}(?: \w+){{0,2}}) ich (habe|hab) (?:hören|gehört)(?=\s*[?.!]?$)",
        r"\1 \2 ich gehört",
    ),
    (
        rf"\b({_ASK}(?: \w+){{0,2}}) ich (habe|hab) (?:spielen|gespielt)(?=\s*[?.!]?$)",
        r"\1 \2 ich gespielt",
    ),
    # "zu welche Stunde ich höre am meisten": the habit asked.
    (
        r"\b((?:zu|um|an|in) welche[rnm]? \w+) ich (höre|hör) (am meisten|meistens|am liebsten)\b",
        r"\1 \2 ich \3",
    ),
)


def said_in_learner_ar_order_de(text: str) -> str:
    """Return `text` with a Syrian learner's word order said as German asks."""
    return " ".join(rewrite(LEARNER_AR_ORDER_DE, text, re.IGNORECASE).split())
