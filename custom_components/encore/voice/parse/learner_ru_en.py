"""A Russian learner's English (issue 45's fifty-ninth turn, blind writer 379).

A B1 learner asked "how much I listened Queen on this week": the
question's word order kept from Russian ("skol'ko ya slushal"), no "did",
no "to" after "listened" and "on" before the week. The name was lost and
the whole week's listening time answered: a wrong fact. The rule puts
the question in its English order, the name kept; what "how much" asks is
then read as the plain question's is.
"""

import re

from .rules import Rule, rewrite

_NOT_A_NAME = r"(?:music|podcasts?|songs|tracks|tunes|things|stuff|in|on|at|this|last|today|yesterday|since|lately|everything|all)"

_LEARNER_RU_EN: tuple[Rule, ...] = (
    # "How much I listened Queen on this week": how much did I listen to
    # Queen this week.
    (
        rf"^how much (i|we) (?:listened|heard)(?: to)? (?!{_NOT_A_NAME}\b)(?P<name>[^,.?!]{{2,40}}?)"
        r" (?:on |in |during )?(?P<rest>(?:this|last|today|yesterday|since)\b[^?!]*)\W*$",
        r"how much did \1 listen to \g<name> \g<rest>",
    ),
)


def said_as_russian_learner(text: str) -> str:
    """Return a Russian learner's English question in its English order."""
    return rewrite(_LEARNER_RU_EN, text, re.IGNORECASE)
