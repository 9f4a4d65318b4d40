"""A Boston construction worker's English, as speech to text writes it (blind writer 503).

Issue 45's seventy-fourth turn (blind round thirteen). `boston_en` writes
back a Bostonian's dropped r's, but runs after the readers that look for a
part of the day, so "this aftahnoon" and "a mawnin guy" had been no time at
all ("whatd I play this aftahnoon" was not understood), and "so fah" was
taken for a name ("how many songs I play so fah today": "nothing called
fah"). This reader runs in `said_as_written_en`, before them, and writes
back the words of time, count and kind he says with the r dropped.

He also drops the question's auxiliary, as speech does: "how much Queen I
been blastin this week" (how many times I played Queen: "week" had been
looked for as a name), "I hear that Sexy Boy song this week or no" (did I
hear it), "that daft punk one more time song, I play that last weekend"
(did I play it then), "Daft Punk, how many times'd I throw em on last
yeah" (the name said first). Each is said back as the plain question; a
bare "I hear ..." is read only with its tag "or no", "or nah", "or what"
after it, so a statement ("I hear the doorbell") asks nothing.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# The words with the r dropped that say a time, a count or a kind, and the
# word. ("Yeah" is the year only after "this", "last", ..., in `boston_en`.)
_DROPPED_R: Final[dict[str, str]] = {
    "aftahnoon": "afternoon",
    "aftahnoons": "afternoons",
    "aftanoon": "afternoon",
    "aftanoons": "afternoons",
    "mawnin": "morning",
    "mawnin'": "morning",
    "mawnins": "mornings",
    "mawning": "morning",
    "mawnings": "mornings",
    "lahst": "last",
    "fawtnight": "fortnight",
    "foah": "four",
    "fawty": "forty",
    "thuhty": "thirty",
    "thiddy": "thirty",
    "ahtist": "artist",
    "ahtists": "artists",
    "numbahs": "numbers",
    "stahted": "started",
    "staht": "start",
    "evahs": "ever",
    "yestaday's": "yesterday's",
    # A feast with its g dropped is still the feast no table reads, asked
    # back (issue 45's rule 4), never a name "ovah Thanksgivin".
    "thanksgivin": "thanksgiving",
    "chrismas": "christmas",
}

# A verb of playing said in his words, present or "-in".
_PLAYED = (
    r"(?:blastin'?|blasting|playin'?|playing|spinnin'?|spinning|crankin'?|cranking|rockin'?|rocking"
    r"|bumpin'?|bumping|jammin'?|jamming|listenin'?(?: to)?|listening to|throwin'? on|throwing on)"
)

_BOSTON_SITE_EN: Final[tuple[Rule, ...]] = (
    (
        rf"(?<![\w'])({'|'.join(re.escape(word) for word in _DROPPED_R)})(?![\w'])",
        lambda found: _DROPPED_R[found[1].lower()],
    ),
    # "Ok so I'm back from the site, whatd I play ...": where he has come
    # from, said before the question, is no room it played in (the site had
    # been read as one).
    (
        (
            r"^(?:(?:ok|okay|alright|right|yo)\s+)?(?:so\s+)?(?:i'm|i am|just got|i just got) (?:back|home|done|finished"
            r"|off|in)\b[^,?]{0,40},\s*(?=(?:what|whatd|what'd|which|who|whod|who'd|how|when|did|do|any)\b)"
        ),
        "",
    ),
    # "So fah", "the whole yeah so fah": so far (this year, said so far).
    (r"\bthe whole (?:yeah|year) so (?:fah|far)\b", "this year"),
    (r"\bso fah\b", "so far"),
    # "How many times'd I": how many times did I.
    (r"\btimes'd (?=(?:i|we|you)\b)", "times did "),
    # "Daft Punk, how many times'd I throw em on last yeah": the name said
    # first, then how many times it was put on.
    (
        (
            r"^(?P<name>[^,?]{2,40}), how many times did (?P<i>i|we) (?:throw|threw|put|have|had|stick|stuck)"
            r" (?:em|'em|them|it|him|her) on\b"
        ),
        r"how many times did \g<i> play \g<name>",
    ),
    # "How much Queen I been blastin this week": how many times I played it.
    (
        rf"^how much (?!(?:have|has|had|did|do|does)\b)(?P<name>[^,?]{{2,40}}?)(?<!\bhave)(?<!\bhas)(?<!\bhad) (?P<i>i|we) (?:been|bin|have been|'ve been) {_PLAYED}\b",
        r"how many times did \g<i> play \g<name>",
    ),
    # "I hear that Sexy Boy song this week or no": did I hear it then; only
    # with the tag, a statement without it asks nothing.
    (
        (
            r"^(?P<i>i|we) (?P<verb>hear|play|catch|have|put on|throw on|blast)"
            r" (?P<rest>[^,?]{2,60}?),? (?:or no|or nah|or not|or what)\s*[?.!]*$"
        ),
        r"did \g<i> \g<verb> \g<rest>",
    ),
    # "That daft punk one more time song, I play that last weekend": the
    # song said first, then whether it was played then.
    (
        (
            r"^(?P<song>(?:that|the) [^,?]{2,50}? (?:song|tune|track|album|record)),"
            r" (?P<i>i|we) (?:play|hear|have|catch|put on|throw on|blast) (?:that|it|that one|em|'em)\b"
        ),
        r"did \g<i> play \g<song>",
    ),
)


def said_on_a_boston_site(text: str) -> str:
    """Return a Boston worker's question with his words of time and his bare clauses said plainly."""
    return rewrite(_BOSTON_SITE_EN, text, re.IGNORECASE)
