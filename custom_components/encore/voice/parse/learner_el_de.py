"""German as a Greek learner says it, Greek words left in (issue 45's sixty-sixth turn).

A Greek learner (blind writer 448) kept the Greek for the words that come
first to mind: "chthes" (yesterday: "wie lange ich habe Musik gehört
chthes" was answered for today, and "habe ich gehört der Queen chthes"
for all time, both wrong facts), "símera" (today), "pósa" (how many) and
"tragoúdia" (songs). Each is a Greek word no German question holds, read
as its German word wherever it stands; the learner's order is read after
it by `learner_de`. Read first in `dialect_de`, with the other learners'
own words.
"""

from typing import Final

from .rules import Rule, rewrite

LEARNER_EL_DE: Final[tuple[Rule, ...]] = (
    # Latin letters with or without the accent, and the Greek alphabet.
    (r"\b(?:chth?[eé]s|xth?[eé]s|χθες|χτες)\b", "gestern"),
    (r"\b(?:pro?chth?[eé]s|προχθές|προχτές)\b", "vorgestern"),
    (r"\b(?:s[ií]mera|σήμερα)\b", "heute"),
    (r"\b(?:p[óo]ses for[eé]s|πόσες φορές)\b", "wie oft"),
    (r"\b(?:p[óo]sa|p[óo]ses|πόσα|πόσες|πόσοι)\b", "wie viele"),
    (r"\b(?:trago[uú]dia|τραγούδια)\b", "lieder"),
    (r"\b(?:trago[uú]di|τραγούδι)\b", "lied"),
)


def undo_learner_el_de(words: str) -> str:
    """Return normalized German words with a Greek learner's words read."""
    return rewrite(LEARNER_EL_DE, words)
