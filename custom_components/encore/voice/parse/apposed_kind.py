"""A name said first with its kind beside it: "Discovery, the album, did I …".

"Moon Safari, das Album, hab ich das im August gehört" lost its name to the
kind said between commas and was answered as whether anything played in
August (a wrong fact); "Discovery, the album like, did I listen to that
this week" was not understood. The kind beside a name said first only says
what the name is: it is left out, and the name said first is read as the
readers of names said first read it ("Moon Safari, hab ich das …").
"""

import re
from typing import Final

_KINDS: Final = {
    "en": (
        r"the (?:album|record|lp|song|track|tune|band|group|artist|singer|podcast|show)"
        r"(?: like| i mean| that is)?"
    ),
    "de": (
        r"(?:das|die|der|den) (?:album|platte|lied|song|stück|band|gruppe|sängerin|sänger"
        r"|künstlerin|künstler|podcast|sendung)(?: halt| also| mein ich)?"
    ),
}


# A demonstrative before a kind and its name ("Wie oft lief denn diese
# Sendung The Daily", issue 45's fifty-sixth turn, blind writer 349):
# "diese" was read as a time. The article says the same and no time; the
# kind stays, it says what the name is.
_THIS_KIND_DE: Final = re.compile(
    r"\bdies(e|er|en|em|es) (sendung|podcast|band|gruppe|album|platte|lied|song"
    r"|serie) (?=(?-i:[A-ZÄÖÜ])\w)",
    re.IGNORECASE,
)
_ARTICLE_DE: Final = {"e": "die", "er": "der", "en": "den", "em": "dem", "es": "das"}


def without_apposed_kind(text: str, language: str) -> str:
    """Return a name said first without the kind said beside it.

    A clause said first ("Last time I had Discovery on, the album, when …")
    is no name said first: its "I" leaves it to the readers of clauses.
    """
    if language == "de":
        text = _THIS_KIND_DE.sub(
            lambda found: f"{_ARTICLE_DE[found[1].lower()]} {found[2]} ", text
        )
    return re.sub(
        rf"^(?P<name>(?:(?!\b(?:i|we|my|ich|wir|mein)\b)[^,]){{2,60}}),\s+(?:{_KINDS[language]}),\s+",
        r"\g<name>, ",
        text.strip(),
        flags=re.IGNORECASE,
    )
