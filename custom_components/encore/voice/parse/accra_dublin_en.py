"""An Accra speaker's and a Dublin student's English (issue 45's sixty-eighth turn).

Blind writer 459, from Accra, asked politely and at length: "how many
times have I been listening to anything at all this week" (read as the
plays of a song named "anything this week": a wrong fact), "please count
for me the different tunes I have listened to since october" (read as the
plays, not the different songs: a wrong fact), "songs i played in the
last seven days how many are they" (read as the plays of one named
"they"). Blind writer 465, a Dublin student, wrote a title by its letters
with their dots and named its artist after the question ("how many
d.a.n.c.e. plays since monday, the justice one": the dots had split the
title, the whole week's plays answered, a wrong fact), and said "yoke"
for a thing, named after the question ("most played yoke in october,
song i mean"). Each rule holds to a count or a listening word; a name is
never changed but for its dots.
"""

import re

from .rules import Rule, rewrite

_KINDS = r"(?:songs|tracks|tunes|artists|bands|albums|podcasts|episodes)"


def _letters(found: re.Match[str]) -> str:
    """Return "d.a.n.c.e." as "dance": the name's own matcher knows the letters."""
    return found[0].replace(".", "")


def _by_artist(found: re.Match[str]) -> str:
    """Return "X plays since monday, the justice one" with "by justice" beside X."""
    ask, by = found["ask"], f" by {found['artist']}"
    if ask.lower().startswith("how many") and ask.lower().endswith(
        ("plays", "spins", "listens", "streams")
    ):
        head, counted = ask.rsplit(" ", 1)
        return f"{head}{by} {counted}{found['when']}"
    return f"{ask}{by}{found['when']}"


ACCRA_DUBLIN_EN: tuple[Rule, ...] = (
    # "..., the justice one": the artist of the name counted, said last
    # by a Dublin student; put beside the name, before the period. Only
    # after a count of a name ("how many X plays since monday", "how often
    # did i play X"), never an adjective ("the chill one", "the new one").
    (
        (
            r"^(?P<ask>how many (?!times\b)[^,]+? (?:plays|spins|listens|streams)"
            r"|(?:how many times|how often) (?:did|have) (?:i|we) (?:play|played|hear|heard|listen to|listened to)"
            r" [^,]+?)(?P<when>(?: (?:since|this|last|in|on|during|over|yesterday|today|ever)\b[^,]*)?),\s*the"
            r" (?P<artist>(?!(?:same|last|first|other|new|old|right|wrong|latest|chill|slow|fast|sad|happy"
            r"|loud|quiet|long|short|live|good|bad|catchy|acoustic|remix|original|big|main|top|little|whole"
            r"|early|earlier|later|french|english|german|\w+\.)\b)[\w' &-]{2,30}?) one\W*$"
        ),
        _by_artist,
    ),
    # A title spelled by its letters with dots, three or more ("d.a.n.c.e.",
    # "r.e.m."): one word, so no reader takes a dot for a sentence's end or
    # "a" for an article; the name matcher reads "dance" as D.A.N.C.E.
    # A title before a comma ("D.A.N.C.E., that Justice one ..., have I
    # had it on") is left to the readers of a name said first or again.
    (
        r"(?<![\w.])(?:[a-z]\.){2,}[a-z]\b(?!\.?[\w,])\.?",
        _letters,
    ),
    # "Most played yoke in october, song i mean": "yoke" (a thing) is the
    # kind said after it.
    (
        r"\byokes?\b(?P<mid>[^,]*),\s*(?:the )?(?P<kind>song|track|tune|album|artist|band|podcast)s? (?:i mean|like)\W*$",
        r"\g<kind>\g<mid>",
    ),
    # "How many times have I been listening to anything at all": the plays;
    # "anything by Radiohead" is Radiohead's count.
    (
        (
            r"^how many times (?:have|had|did) (?P<who>i|we)(?: been)?"
            r" (?:listening|listened|listen|playing|played|play)(?: to)?"
            r" (?:anything|something)(?: at all)?\b(?! (?:by|from|of)\b)"
        ),
        r"how many plays did \g<who> have",
    ),
    # "Please count for me the different tunes": how many different.
    (
        (
            r"^(?:please,? )?count(?: for me| for us| me)?,? (?:the |all the )?"
            r"(?=(?:different|distinct|unique|separate|individual) )"
        ),
        "how many ",
    ),
    # "Songs i played in the last seven days how many are they".
    (
        (
            rf"^(?P<kind>{_KINDS}) (?P<who>i|we) (?P<verb>played|listened to|heard|streamed)"
            r"(?P<rest>[^,?]*?),? how many (?:are|were) (?:they|there|them)\W*$"
        ),
        r"how many \g<kind> did \g<who> play\g<rest>",
    ),
)


def said_in_accra_or_dublin(text: str) -> str:
    """Return an Accra speaker's or a Dublin student's question said plainly."""
    return rewrite(ACCRA_DUBLIN_EN, text, re.IGNORECASE)
