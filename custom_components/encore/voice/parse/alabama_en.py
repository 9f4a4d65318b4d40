"""English as a rural Alabama grandmother says it (issue 45's seventieth turn, blind writer 479).

She names the smart speaker the way she would the radio: "how much time
did we spend listening to that speaker last weekend" asks how long the
household listened, and "that speaker", "that there radio" name no song or
artist (they had been looked for as a name); "y'all reckon" said first
asks nothing of its own. Only "that", "that there",
"this" and "yonder" before the device are read so: "the kitchen speaker"
names a room and stays one.
"""

import re

from .rules import Rule, rewrite

_ALABAMA_EN: tuple[Rule, ...] = (
    # "Y'all reckon how many songs we played": asks the listener's guess of
    # nothing; the question follows (it had been read as a name, "reckon").
    (
        r"^(?:y'all|you all|you) reckon,?\s+(?=(?:how|what|who|when|which|did|do|have|was)\b)",
        "",
    ),
    (
        (
            r"\b(listen(?:ing|ed)?|list'nin'?|listenin'?) (?:to|on) (?:that there|that|this here|this"
            r"|yonder|that ol'|that old) (?:speaker|radio|stereo|music box|box|contraption|gadget"
            r"|machine)\b"
        ),
        r"\1",
    ),
)


def said_in_alabama(text: str) -> str:
    """Return a question with "that speaker" said for the household's listening undone."""
    return rewrite(_ALABAMA_EN, text, re.IGNORECASE)
