"""A Newfoundland fisherman's English again (issue 45's seventy-fifth turn, blind writer 512).

He opens with "luh" or "where ye to" (where are you, a greeting), says
"dat" for that ("dat Justice crowd": Justice, a crowd being a band), "right"
for very ("who was I right stuck on lately": whom did I play most), "who
was I playin' more than anyone" for the top one, closes with ", what
singer was it" (the question again) or "the whole crowd of us" (we), and
calls anyone "bye". No reader knew these: "who was I stuck on lately" and
"who was I playin' more than anyone" were answered as what was played (a
wrong fact), "where ye to" hid the name of a first play and today's first
play was answered (a wrong fact), "bye" and "racking up" were searched as
names.

Run on the words as said; only a sentence with one of his marks (`_MARK`)
is read, so "right", "that" and "bye" of anyone else's English are left as
said.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\b(?:luh|b'y|bye|ye|me son|crowd|right stuck|right tired|(?:was|were) (?:i|we) at|more than anyone|(?:am|is|are|was|were) (?:i|we|it) after)\b",
    re.IGNORECASE,
)

_NEWFOUNDLAND_AGAIN_EN: Final[tuple[Rule, ...]] = (
    # Greetings said first, nothing asked: "where ye to", "what are ye at",
    # "luh" (look).
    (
        r"^(?:(?:luh|look|b'y|now)[,.]?\s+)*(?:where (?:ye|you|ya) to|what (?:are|is) (?:ye|ya) at)\b[,.?!]*\s*",
        "",
    ),
    (r"^luh\b[,.]?\s*", ""),
    # "..., what singer was it", "..., who was it at all": the question asked again.
    (
        r",\s*(?:what|which|who) (?:singer|band|crowd|artist|one)? ?was (?:it|that|they)\W*$",
        "",
    ),
    # "The whole crowd of us", "all of us": we, said with "we" already.
    (r",\s*the whole crowd of us\W*$", ""),
    # "Bye" (boy) said to anyone after a time or the question: nothing asked.
    (r"\s+bye\b(?=[,.?!]|\s*$)", ""),
    # ", was it some lot", ", was it a right lot": a guess at the count.
    (r",\s*was it (?:some|a right|a good|a) (?:lot|few|many|load)\W*$", ""),
    # "Who was I right stuck on", "who was I playin' more than anyone":
    # whom did I play most ("right" is very).
    (
        r"\bwho (?:was|were) (i|we) (?:right |some |really )?(?:stuck on|(?:playin[g']?|listenin[g']? to) (?:more than anyone|the most|most))",
        r"who did \1 play most",
    ),
    (
        r"\bwhat (?:was|were) (i|we) (?:right |some |really )?stuck on\b",
        r"what did \1 play most",
    ),
    # "What was I at last night for tunes": what was I doing, playing
    # ("at" is doing); ", I was right tired ..." after it asks nothing.
    (r",\s*i was (?:right|some|wonderful) (?:tired|wore out|beat)\b.*$", ""),
    (
        r"\bwhat (?:was|were) (i|we) at (.+?) for (tunes|music|songs)\b",
        r"what \3 did \1 play \2",
    ),
    # "Dat Justice crowd", "dat Don't Stop Me Now": that one, the name.
    (r"\bdat (.+?) crowd\b", r"\1"),
    (r"\b(on|hear|heard|play|played) dat\b", r"\1"),
    # "How many plays am I after racking up" (read "have I been racking
    # up"): have I had, no name "racking up".
    (r"\b(?:am|are) (i|we) after (?:racking|rackin(?:g\b|'|\b)) up\b", r"have \1 had"),
    (r"\bhow long (?:was|were) (i|we) listenin(?:g\b|'|\b)", r"how long did \1 listen"),
    # "Listenin' to the speaker last weekend": listening, the speaker is no name.
    (r"\b(listen) to the speakers?\b", r"\1"),
)


def said_in_newfoundland_again(text: str) -> str:
    """Return a Newfoundland fisherman's English said in the English later readers know."""
    return rewrite_marked(_MARK, _NEWFOUNDLAND_AGAIN_EN, text)
