"""How Punjabi, Urdu and Hindi speakers address the speaker in English (issue 45's seventieth turn).

First written for a retired uncle from Lahore (blind writer 474), then met
again in a Leicester taxi driver (558): it runs for every speaker, since
"ji" and "beta" are said across Pakistan, India and their diaspora.
Pakistani and Indian English address the listener first ("beta", a child; "yaar",
"acha", "bas") and stresses with "only" last: "..., total number only" asks
the total, no name. The address had been read as a name ("nothing called
beta"), and "number only" too. `indian_en` reads the rest ("itself",
"kindly", "what all").
"""

import re

from .rules import Rule, rewrite

_SOUTH_ASIAN_ADDRESS_EN: tuple[Rule, ...] = (
    # An address or a filler said first: "beta did i play ...", "acha, ...".
    (r"^(?:beta(?: ji)?|bachay|puttar|acha|achha|accha|bas|arre|arey),?\s+", ""),
    # "Ji", the Punjabi and Hindi word of respect, said first or last as an
    # address ("hello ji, my top three singers", "how many songs today ji",
    # "tell me what I heard beta"), never part of the question (issue 45's
    # eighty-fourth turn, writer 558: "nothing called ji").
    (r"^(?:(?:hello|hi|namaste|sat sri akal),?\s+)?(?:beta\s+)?ji\b,?\s+", ""),
    (r"(?:,\s*|\s+)(?:beta|ji|beta ji)\s*([?.!]*)$", r"\1"),
    # "The total tally of songs this week": how many songs.
    (
        r"^(?:kindly tell(?: me)?,? )?(?:what is )?the total tally of (?=songs|tracks|plays|things)",
        "how many ",
    ),
    # "..., total number only", "..., the count only": the total said again.
    (
        r",?\s+(?:the |just )?(?:total )?(?:number|count|figure|tally|total)(?: only)\s*([?.!]*)$",
        r"\1",
    ),
)


def said_with_south_asian_address(text: str) -> str:
    """Return a question with its address and stress undone."""
    return rewrite(_SOUTH_ASIAN_ADDRESS_EN, text, re.IGNORECASE)
