"""A Bradford shopkeeper's dictated Pakistani English (issue 45's eightieth turn, blind writer 541).

Blind round nineteen's shopkeeper speaks to his phone between customers;
speech to text leaves no punctuation. He says the name first and asks
after it with "did" kept but its object moved ("cafe taco bar did i
listen this year": read as nothing asked), and asks his repeat rate as
a deed ("how much repeat i do this year": read as nothing asked). What
Home Assistant's sentences missed of his ("what type music i like",
"queen last time when na") is the sentence file's; the names his
recogniser misheard ("the dearly", "la fam daron") are the name
matcher's (`history/queries/name_scores.py`).

Each rule is bound to its own construction: the name first before "did i
listen" with a past time after, "how much repeat i do". Run on the words
as said, in `said_as_written_en`.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A past time said last.
_PAST: Final = (
    r"(?:yesterday|today|this (?:morning|afternoon|evening|week|weekend|month|year|summer)"
    r"|last (?:night|week|weekend|month|year|summer|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|lately|recently|ever"
    r"|(?:since|in) (?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|(?:mon|tues|wednes|thurs|fri|satur|sun)day))"
)

_BRADFORD_DICTATED_EN: Final[tuple[Rule, ...]] = (
    # "cafe taco bar did i listen this year": the name first, then "did i
    # listen" with its object gone and a past time after it.
    (
        (
            # A name holds no question word: "um what did i listen to ...",
            # "wait how many songs did i play ..." ask their own question.
            r"^(?P<name>(?!(?:so|and|yaar|also|then|it|this|that|um|uh|wait|ok|okay)\b)"
            r"(?:(?!\b(?:what|wat|wot|which|who|when|how|where|why|many|much|did|do|does)\b)[^?.,])+?)"
            r"\s+did (?P<who>i|we) (?P<verb>listen|hear|play|put on)(?: (?:to|it|them|am))?"
            rf"\s+(?P<when>{_PAST})(?P<tail>(?:\s+(?:yaar|na|or not))?\s*[?.!]*)$"
        ),
        lambda m: (
            f"did {m['who']} {'listen to' if m['verb'] == 'listen' else m['verb']}"
            f" {m['name']} {m['when']}{m['tail']}"
        ),
    ),
    # "how much repeat i do this year": the repeat rate.
    (
        r"\bhow much (?:repeat|repeating|replay|replaying) (?:i|we) (?:do|does|did|doing)\b",
        "what is my repeat rate",
    ),
)


def said_as_dictated_in_bradford(text: str) -> str:
    """Return a Bradford shopkeeper's dictated question said in the English later readers know."""
    return rewrite(_BRADFORD_DICTATED_EN, text, re.IGNORECASE)
