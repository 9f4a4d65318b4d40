"""German of blind round eleven's writers 487, 488 and 490, grouped (issue 45's seventy-second turn).

One reader for `said_as_written_de`, so that the readers of this round's
other writers join that module without touching the same lines: a
Freiburger's Alemannic ("wa hani", "am ehschte", 487), a Syrian learner's
word order ("wie viel Lieder ich habe hören", 488) and an Erzgebirge
pensioner's words ("wos fier", "iech", "Liedel", 490). Each changes only
words its own speaker says.
"""

from .erzgebirge_de import said_in_the_erzgebirge
from .freiburg_de import said_in_freiburg
from .learner_ar_order_de import said_in_learner_ar_order_de


def said_in_round_eleven_de(text: str) -> str:
    """Return `text` with these speakers' German words said in standard ones."""
    text = said_in_freiburg(said_in_the_erzgebirge(text))
    return said_in_learner_ar_order_de(text)
