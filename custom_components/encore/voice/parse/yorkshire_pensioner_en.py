"""A Yorkshire pensioner's English (blind writer 506).

Issue 45's seventy-fourth turn (blind round thirteen). `yorkshire_en` reads
a Yorkshire speaker's address and words late, after the readers that look
for a question's first words; this reader runs in `said_as_written_en`,
before them. It says plainly what she opens with and how she asks:
"gi' us mi five favourite tracks" (give me my), "ey up, ..." (a greeting),
"what were on at five o'clock" (was), "what is it I like listening to"
(her taste: it had been read as what played), "am I reet bad for playing
the same thing" (really), and "our Sharon says ..., what ..." (one of the
family's remark before the question: never the household's).
"""

import re
from typing import Final

from .rules import Rule, rewrite

_YORKSHIRE_PENSIONER_EN: Final[tuple[Rule, ...]] = (
    # "Ey up, ...", "ey up love, ...": a greeting, nothing asked.
    (r"^\s*ey up,?(?:\s+(?:love|duck|pet|flower|chuck),?)?\s+", ""),
    # "Gi' us", "giz", "gis": give me; "mi" before what is hers: my.
    (r"(?<![\w'])(?:gi'|gi|gie|giz|gis) us\b", "give me"),
    (r"(?<![\w'])(?:giz|gis)(?= (?:a|mi|my|me|the)\b)", "give me"),
    (
        (
            r"^(?!.*\b(?:di|fi|dis|dat|wah|weh|nuh|ting|deh|dem|bout|go)\b)(.*?)\bmi (?=(?:top|favourite|favourites|favorite|most|number|listening|music|songs|song|tunes|tune"
            r"|tracks|track|albums|album|artists|artist|bands|band|singers|singer|podcasts|podcast|taste"
            r"|week|month|year|summer|streak|busiest|five|three|ten|two|four)\b)"
        ),
        r"\1my ",
    ),
    # "Am I reet bad for ...": really.
    # Only before how she is: "reet now" (right now) is the player's.
    (
        r"\breet (?=(?:bad|good|keen|fond|daft|mad|obsessed|hooked|into|soft)\b)",
        "really ",
    ),
    # "What were on at five", "what were playing": was, of a thing that played.
    (r"^\s*what were (?=(?:on|playing|playin'?)\b)", "what was "),
    # "Our Sharon says I've got funny taste, what ...": one of the family's
    # remark said before the question goes, the question after it stays.
    (
        (
            r"^\s*(?:our|me|my) \w+ (?:says|said|reckons|thinks|tells me|told me|keeps saying)\b[^,?.]*,\s*"
            # A question pointing back into the remark ("our kid reckons I
            # play Queen too much, how many times have I had them on") keeps it.
            r"(?!.*\b(?:had|have|has|played|play|put|heard|hear|listened to|listen to) (?:them|it|him|her|em|'em)\b)"
            # A tag alone after the remark ("me husband says I played Queen
            # yesterday, did I?") asks about the remark itself: kept.
            r"(?!(?:did|didn't|have|haven't|do|don't|am|is|isn't|was|wasn't) (?:i|we|it|they)\W*$)"
            r"(?=(?:what|which|who|how|when|did|have|do|am|is|are)\b)"
        ),
        "",
    ),
    # "What is it I like listening to": her taste, not what played.
    (
        (
            r"^\s*what (?:is it|is it that|sort of thing is it|kind of thing is it) (?:i|we) (?:like|love|enjoy"
            r"|go for) (?:listening to|to listen to|hearing|playing|putting on)\s*[?.!]*$"
        ),
        "what is my taste in music",
    ),
)


def said_by_a_yorkshire_pensioner(text: str) -> str:
    """Return a Yorkshire pensioner's question with her openers and words said plainly."""
    return rewrite(_YORKSHIRE_PENSIONER_EN, text, re.IGNORECASE)
