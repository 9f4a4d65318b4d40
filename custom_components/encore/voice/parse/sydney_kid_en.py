"""A ten-year-old in Sydney asking for herself, her mum and her brother (issue 45's eighty-fourth turn, blind writer 563).

She runs her sentences on with "and then" and "like", tells whose
question it is ("Mum wants to know what album we played heaps over the
summer": a relayed question, the household's top album), says why a day
matters after it ("... on November third it was Jack's birthday": the
birthday had been read as a name), who a person is ("did Ada play any
cafe tacuba last summer, Ada's my mum"), puts a day right ("so like
yesterday and then the day before, no wait just yesterday, what did I
listen to": yesterday) and asks for her week as a story ("tell me about
my week like all the music and stuff": the recap).

Only a sentence with one of her marks (`_MARK`: "heaps", "and stuff", "no
wait", a relayed "Mum wants to know", a birthday or a person's "'s my mum")
is read, so no other speaker's question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_FAMILY: Final = r"(?:mum|mam|mom|dad|nan|nanna|grandma|grandpa|brother|sister)"
_MARK: Final = re.compile(
    rf"\bheaps\b|\band stuff\b|\bno wait\b|\bbirthday\W*$|'s my {_FAMILY}\b"
    rf"|^(?:my )?{_FAMILY} (?:wants|wanted) (?:me )?to (?:know|ask)\b"
    r"|^tell me about my (?:week|month|year) like\b",
    re.IGNORECASE,
)
# The days she puts right.
_DAY: Final = (
    r"(?:yesterday|today|the day before yesterday|last (?:night|week|weekend|month)"
    r"|this (?:morning|arvo|afternoon|week|weekend|month))"
)

_SYDNEY_KID_EN: Final[tuple[Rule, ...]] = (
    # "Mum wants to know what album we played heaps ...": her mum's
    # question, asked as said ("what album we played" a question). Only
    # "wants to know" before a question word: "My sister says I play the
    # same five songs ..." is a story, left to the readers of stories.
    (
        rf"^(?:my )?{_FAMILY} (?:wants|wanted) (?:me )?to (?:know|ask),?\s+(?=(?:what|which|who|how|when|if|whether|did|do)\b)",
        "",
    ),
    (
        r"^(what|which) (album|song|artist|band|podcast|tune|track)s? (we|i) play(?:ed)?\b",
        r"\1 \2 did \3 play",
    ),
    # "... on November third it was Jack's birthday": why the day matters.
    (
        r",?\s+(?:and )?(?:it was|that was|cos it was|because it was|coz it was) (?:\w+'s|my|our) birthday\W*$",
        "",
    ),
    # "..., Ada's my mum": who the person asked about is.
    (rf",?\s+\w+'s my {_FAMILY}\W*$", ""),
    # "so like yesterday and then the day before, no wait just yesterday,
    # what did I listen to": the day she settles on. Only days said before
    # the question: a question said first keeps its own words.
    (
        (
            r"^(?![^,]*\b(?:what|which|who|how|when|did|do|does|have|has|had|is|was|were)\b)"
            rf"(?:so )?(?:like )?[^,]+?,\s*no wait,? (?:just |only |actually )?(?P<day>{_DAY}),\s*(?P<ask>.+?)\W*$"
        ),
        r"\g<ask> \g<day>",
    ),
    # "tell me about my week like all the music and stuff": her week's recap.
    (
        r"^tell me about my (week|month|year) like (?:all )?(?:the |my )?(?:music|songs|listening)(?: and stuff| and that| and everything)?\W*$",
        r"recap my \1",
    ),
)


def said_by_a_sydney_kid(text: str) -> str:
    """Return a Sydney ten-year-old's question said plainly."""
    return rewrite_marked(_MARK, _SYDNEY_KID_EN, text, squeeze=True)
