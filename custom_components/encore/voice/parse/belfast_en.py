"""Belfast's English (issue 45's fifty-ninth turn, blind writer 372).

A Belfast taxi driver greeted the box with "bout ye," and asked with
Ulster's intensifier, "who was I wile into last month" (very much into:
the one played most), and named a band as "yer X crowd" ("did I play yer
Café Tacuba crowd"). "Wile" was read as a word of the question (what
played that month: a wrong fact) and "yer ... crowd" as part of the name.
Each rule holds to the greeting, the intensifier before what it
strengthens, or the "yer ... crowd" frame around a name; a name itself is
never changed.
"""

import re

from .rules import Rule, rewrite

_BELFAST_EN: tuple[Rule, ...] = (
    # "Bout ye," (how are you): a greeting before the question.
    (r"^(?:'?bout|about|what about) (?:ye|yez|youse)\b[,!.]*\s*", ""),
    # "Wile into", "wild keen on": Ulster's "very", before what it
    # strengthens; "who was I into" is who I played most.
    (r"\b(?:wile|wild) (?=(?:into|mad|keen|fond|stuck|big)\b)", ""),
    # "At dinner time, twelve o'clock": the meal (Ulster's dinner is at
    # midday) said before its clock time; the clock time is the moment.
    (
        r"\bat (?:dinner|lunch|tea|supper|breakfast)(?: ?time)?,? (?=(?:at |around |about )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?: o'clock|:\d\d| ?[ap]m)\b)",
        "at ",
    ),
    (r"\bat at\b", "at"),
    # "Did I get The Daily listened to": did I listen to it.
    (
        r"^did (i|we) get (?P<name>[^,.?!]{2,40}?) (?:listened to|heard|played|put on)\b",
        r"did \1 listen to \g<name>",
    ),
    # "Yer Café Tacuba crowd", "yer Justice lads": the band itself.
    (
        r"\byer ([^,.?!]{2,40}?) (?:crowd|lot|boys|lads|fellas|ones)\b",
        r"\1",
    ),
)


def said_in_belfast(text: str) -> str:
    """Return a Belfast speaker's question said plainly."""
    return rewrite(_BELFAST_EN, text, re.IGNORECASE)
