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
    # "How much times Dance by Justice played since Monday": the learner's
    # "how much times", then the name and a bare "played".
    (
        (
            r"^how much times (?!(?:i|we|did|have|has|had|was|were|you|man|the same|in|something|anything|everything)\b)(?P<name>[^,.?!]{2,60}?)"
            r" (?:played|sounded|got played)\b"
        ),
        r"how many times did i play \g<name>",
    ),
    # "How much things", "how much episodes", "how much times": Russian has
    # one word for how much and how many; before a plural it is how many.
    (
        r"^how much ((?:various |different )?(?:things|songs|tracks|episodes|times|singers|artists|bands|podcasts|albums))\b",
        r"how many \1",
    ),
    (r"^how many various\b", "how many different"),
    # "How many different singers was in my music": did I listen to.
    (
        r"^how many (different \w+) (?:was|were) in my (?:music|listening)\b",
        r"how many \1 did i listen to",
    ),
    # "How many times One More Time from Daft Punk was playing": played.
    (
        r"^how many times (?!(?:i|we|did|have|was|were)\b)(?P<name>[^,.?!]{2,60}?) (?:was|were) (?:playing|played|on)\b",
        r"how many times did i play \g<name>",
    ),
    # "Different tracks, how much of them I played": how many different.
    (
        (
            r"^different (tracks|songs|artists|bands|singers|albums),? how (?:much|many)(?: of them)? (i|we)"
            r" (?:played|listened(?: to)?|heard)\b"
        ),
        r"how many different \1 did \2 play",
    ),
    # "Was there some Air on this week": did I play Air.
    (
        (
            r"^was there (?:some|any) (?!(?:music|songs|tracks|podcasts?|episodes|time)\b)(?P<name>[^,.?!]{2,40}?)"
            r" on (?P<rest>(?:this|last|today|yesterday)\b[^?!]*)\W*$"
        ),
        r"did i play \g<name> \g<rest>",
    ),
    # "I listened the Weeknd": no "to".
    (r"\b(i|we) (listened|listen) the\b", r"\1 \2 to the"),
    # "Today in half past eight morning": at that time in the morning.
    (
        r"\bin (half past|quarter past|quarter to) (\w+) (morning|evening|afternoon)\b",
        r"at \1 \2 in the \3",
    ),
    # "How much I listened Queen on this week": how much did I listen to
    # Queen this week.
    (
        (
            rf"^how much (i|we) (?:listened|heard)(?: to)? (?!{_NOT_A_NAME}\b)(?P<name>[^,.?!]{{2,40}}?)"
            r" (?:on |in |during )?(?P<rest>(?:this|last|today|yesterday|since)\b[^?!]*)\W*$"
        ),
        r"how much did \1 listen to \g<name> \g<rest>",
    ),
)


def said_as_russian_learner(text: str) -> str:
    """Return a Russian learner's English question in its English order."""
    return rewrite(_LEARNER_RU_EN, text, re.IGNORECASE)
