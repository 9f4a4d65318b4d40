"""The Welsh valleys' tags and a ten-year-old's turns (issue 45's seventy-third turn, writers 484, 485).

A valleys speaker closes a question with "mun" ("how many songs have I
played today mun"), read as a name or a time, and asks "how would you sum
up what I listen to", their taste, which had been answered as this month's
recap (a wrong fact: the taste is what is played, over all time). A child
says whose song it is before its name ("my mom's song don't stop me now"),
wraps a misheard name in "the ... song" or "the ... band" ("the bohemian
rap city song"), and
asks "how my listening was in august". Each rule needs one of these turns;
none changes a plain question.
"""

import re

from .rules import Rule, rewrite

# A word of a name, never one of the question ("the most", "the last").
_NAMED = r"(?!(?:most|which|what|last|first|same|top|one|other)\b)[a-z]"

_VALLEYS_AND_CHILD: tuple[Rule, ...] = (
    # "... today mun", "..., mun": the valleys' tag asks nothing.
    (r",?\s+mun\W*$", ""),
    (r"^(?:come on |c'mon )?mun,?\s+", ""),
    # "How would you sum up what I listen to": the taste, said in the
    # present of a habit (a past "what I listened to last month" is a recap).
    (
        r"\b(?:sum up|summ?ari[sz]e) what (i|we) (?:listen to|play|put on|like|am into|are into)\W*$",
        r"describe what \1 listen to",
    ),
    # "My mom's song don't stop me now": whose song it is, before its name.
    (
        (
            r"\b(?:my|our) (?:mom|mum|mam|mommy|mummy|dad|daddy|nan|nana|gran|granny|grandma"
            r"|grandpa|sister|brother)'?s (?:favou?rite )?(?:song|tune|band|one),? (?=\w)"
        ),
        "",
    ),
    # "How my listening was in august": how it was.
    (
        r"\bhow (my|our) (listening|music|week|month|year|summer) (was|went)\b",
        r"how \3 \1 \2",
    ),
)

# Read with its case: a capital says a name's own word.
_KIND_AROUND: tuple[Rule, ...] = (
    # "The bohemian rap city song", "the cafe taco bah band": the kind
    # around a name said as heard, in a dictation's lowercase ("the Gaither
    # Vocal Band" is a name).
    (
        (
            rf"\b(play|hear|heard|played|listen to|listened to) the ((?:{_NAMED}[a-z']*)"
            rf"(?: {_NAMED}[a-z']*){{1,3}}) (?:song|band|tune|group)\b"
        ),
        r"\1 \2",
    ),
)


def said_in_the_valleys_or_by_a_child(text: str) -> str:
    """Return the question without the valleys' tags and a child's turns."""
    return rewrite(_KIND_AROUND, rewrite(_VALLEYS_AND_CHILD, text, re.IGNORECASE))
