"""A retired Welsh valleys miner's English (issue 45's eighty-sixth turn, blind writer 577).

He asks, then guesses his own answer or tags the question: "Number one for
the last three months, Queen it is, isn't it? Or them Daft Punk boys?",
"Which day of the week is it I listen the most? Sunday, is it?" (the guess
was read as the period: Sunday's peak hour, a wrong fact), "Obsessed with
somebody I am lately, the wife reckons. Who is it then?" (the thing said
first, then who: his top artist, not the song on repeat), "Podcast episodes
this week, how many have I listened to, do you know?" (the kind and time
first, then how many). He calls a man "butt", says "by there" for there
and closes with "like". He says a song and then its artist ("Had that One
More Time on this week, have I? The Daft Punk one.") and asks how much he
repeats himself after "Same old songs again and again this year, is it?".
He names a singer first and points back ("Max Boyce, have I played him at
all this year?": "played Max" had been read as played the most).

Only a sentence with one of his marks (`_MARK`: "butt", "by there", "the
wife", "isn't it", ", is it", ", have I?", "them ... boys", "do you know", a closing
"like", a singer said first and pointed back to with "have I played him")
is read, so no other speaker's "is it" or "like" is touched.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\bbutt\b|\bby there\b|\bthe wife\b|\bisn't it\b|,\s*is it\b"
    r"|\bthem [\w ]{2,30} boys\b|\bdo you know\b|\blike\W*$"
    r"|,\s*(?:have|do|did|am) (?:i|we)\?"
    r"|^[^,]{2,40},\s*have (?:i|we) (?:played|had|heard) (?:him|her)\b",
    re.IGNORECASE,
)
# A period he says: "lately", "this week", "for the last three months".
_SPAN: Final = (
    r"(?:lately|recently|these days|today|yesterday|(?:this|last) \w+"
    r"|(?:for|in|over|of) (?:the )?(?:last|past) [\w ]{2,20}|in \w+|since \w+)"
)
# "What was my month like", "how's the year been like": "like" asks.
_WHAT_LIKE: Final = re.compile(
    r"\b(?:what|how)(?:'s| (?:was|is|were|has|have|had|did))\b", re.IGNORECASE
)
# What a guess is asked with: "Sunday, is it?", "Queen it is, isn't it?".
_TAG: Final = r"(?:is it|isn't it|was it|wasn't it|are they|aren't they|it is|it was)"

_VALLEYS_MINER_EN: Final[tuple[Rule, ...]] = (
    # His vocative and his closing "like" ask nothing; "in the kitchen by
    # there" is the kitchen.
    (r",?\s*\bbutt\b(?=\W*(?:$|[?.,]))", ""),
    (r"\s+by there\b", ""),
    (
        (
            r"\b(month|week|year|night|lately|today|yesterday|morning|evening|afternoon|summer|weekend"
            r"|house|then)[.,]?\s+like(?=\W*$)"
        ),
        # "What was my month like" asks a recap: its "like" is kept.
        lambda found: found[0] if _WHAT_LIKE.search(found.string) else found[1],
    ),
    # "Number one for the last three months, Queen it is, isn't it? Or them
    # Daft Punk boys?": he guesses bands, so he asks his number one artist.
    (
        (
            rf"^(?:my )?(?:number one|top one) ({_SPAN}),\s*[^,?]{{2,30}} {_TAG},?\s*isn't it\?"
            r"\s*(?:or (?:them|those|that) [^?]{2,40}?(?:boys|lads|girls|fellas|band)\W*)?$"
        ),
        r"who is my number one artist \1",
    ),
    # "Obsessed with somebody I am lately, the wife reckons. Who is it
    # then?": his top artist in that time.
    (
        (
            rf"^(?:obsessed with|mad about|stuck on|hooked on|sweet on) (?:somebody|someone)"
            rf" (?:i am|i've been|i have been) ({_SPAN}),?[^.?]*[.?]\s*who(?:'s| is) (?:it|that|they)"
            r"(?: then)?\W*$"
        ),
        r"who have I been obsessed with \1",
    ),
    # "Podcast episodes this week, how many have I listened to, do you
    # know?": how many of that kind in that time.
    (
        (
            rf"^(podcast episodes|podcasts|episodes|songs|tracks|tunes) ({_SPAN}),\s*how many"
            r" (?:have|did) (i|we) (?:listened to|listen to|played|play|heard|hear|had on)"
            r"(?:,?\s*do you know)?\W*$"
        ),
        r"how many \1 have \3 listened to \2",
    ),
    # "Had that One More Time on this week, have I? The Daft Punk one.":
    # did I play it, by the artist he names after.
    (
        (
            rf"^(?:had|played|heard) (?:that|the) (.+?) on ({_SPAN}),\s*(?:have|did) (i|we)\?"
            r"\s*(?:the|that) ([^.?]{2,30}?) one\W*$"
        ),
        r"have \3 had \1 by \4 on \2",
    ),
    (
        rf"^(?:had|played|heard) (?:that|the) (.+?) on ({_SPAN}),\s*(?:have|did) (i|we)\W*$",
        r"have \3 had \1 on \2",
    ),
    # "Same old songs again and again this year, is it? How much am I
    # repeating?": how much he repeats, never the one song on repeat.
    (
        (
            rf"^(?:the )?same (?:old )?(songs|tunes|tracks|stuff) (?:again and again|over and over)"
            rf"(?: ({_SPAN}))?,?\s*(?:is it|isn't it)\?\s*how much (am|are|have|was) (i|we) (?:been )?"
            r"repeating\W*$"
        ),
        r"how much \3 \4 repeating the same \1 \2",
    ),
    # "Max Boyce, have I played him at all this year?": did I have him on
    # ("played Max" would be read as played the most).
    (
        (
            rf"^([^,]{{2,40}}),\s*have (i|we) (?:played|had|heard) (?:him|her)(?: on)?(?: at all)?"
            rf"(?: ({_SPAN}))?\W*$"
        ),
        r"have \2 had \1 on \3",
    ),
    # "Which day of the week is it I listen the most? Sunday, is it?": the
    # guess after the question is no period of it.
    (
        rf"^((?:which|what|when|who) [^?]{{5,80}})\?\s*[^?,]{{2,30}},?\s*{_TAG}\W*$",
        r"\1",
    ),
)


def said_by_a_valleys_miner(text: str) -> str:
    """Return a valleys miner's question said plainly, his guesses left out."""
    return rewrite_marked(_MARK, _VALLEYS_MINER_EN, text, squeeze=True)
