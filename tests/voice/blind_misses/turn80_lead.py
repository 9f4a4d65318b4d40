"""Issue 45's seventy-eighth turn: the lead's mend ("which artists did I listen to").

A helper of blind round seventeen noticed that the plainest way to ask which
artists were heard in a period read no question at all, in either language:
"which artists did I listen to last week", "welche Künstler hab ich gestern
gehört". None of the 810 writers had said it so (they asked for the most
played, or the first heard), which is why no round had shown it. It asks
what was played, as "what artists did I hear yesterday" already did: that
answer names the period's artists ("you listened mostly to Daft Punk,
Justice and Air"). Said with "most" it stays the ranking, with "for the
first time" the new artists (`parse/asked.py`).
"""

from . import Answered, Read

READ: tuple[Read, ...] = (
    (
        "en",
        "which artists did I listen to last week",
        "what did i listen to last week",
    ),
    ("en", "which bands did I play yesterday", "what did i listen to yesterday"),
    ("en", "which singers did we hear this month", "what did we listen to this month"),
    (
        "de",
        "welche Künstler hab ich gestern gehört",
        "was habe ich gestern gehört",
    ),
    (
        "de",
        "welche Bands habe ich diesen Monat gehört?",
        "was habe ich diesen Monat gehört",
    ),
    (
        "de",
        "welche Interpreten haben wir letzte Woche gehört",
        "was haben wir letzte Woche gehört",
    ),
    # Said with "most", the ranking; with "first time", the new artists.
    (
        "en",
        "which artists did I listen to most last week",
        "who were my top artists last week",
    ),
    (
        "de",
        "welche Künstler hab ich im Oktober zum ersten Mal gehört",
        "welche Künstler habe ich im Oktober neu entdeckt",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "which artists did I listen to last week",
        "what did i listen to last week",
        "en",
    ),
    ("which bands did I play yesterday?", "what did i listen to yesterday", "en"),
    (
        "welche Künstler hab ich gestern gehört",
        "was habe ich gestern gehört",
        "de",
    ),
    (
        "welche Bands habe ich letzte Woche gehört?",
        "was habe ich letzte Woche gehört",
        "de",
    ),
)
