"""A fast East End market trader's English (issue 45's eighty-fourth turn, blind writer 562).

He drops his h's ("'ow many", "'ammered", "big 'it"), says "me" for my,
rhymes ("any new boat races in me music": faces, the new artists) and
speaks a trader's patter around the question. No reader knew his turns:
"rattle off me top three artists since March, sharpish" (give me; the
"sharpish" said last asks nothing), "what was me openin' number today"
(the day's first song), "Digital Love, when'd that get its first outin'"
(its first play: the day's first song had been answered, a wrong fact),
"'oo's the artist I give the elbow to most, skip-wise" (skipped most),
"artists last month, different ones mind, 'ow many we talkin'" (how many
different artists: a name "artists ones mind" had been looked for),
"'ow many times 'ave I 'ad Bohemian Rapsody on this year, Freddie's one"
(the singer named after the song is no part of its name), "song of the
month, what's mine, November's big 'it" (the month's top song: its
"November's big 'it" was a time not read).

Only a sentence with one of his marks (`_MARK`: a dropped h, his slang,
"guv", "innit", "sharpish") is read, so no other speaker's question is
rewritten; "me" alone is no mark ("give me my top songs").
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"(?<![\w'])(?:'oo|'ow|'ave|'ad|'it|'ammered|'ammerin'|guv|guvnor|innit|sharpish"
    r"|outin'|openin'|closin'|talkin')(?![\w])"
    r"|\bboat races?\b|\bgive (?:it |'em |them )?the elbow\b|^(?:rattle|reel) off (?:me|us)\b",
    re.IGNORECASE,
)

_MONTH: Final = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# A song, a band or an act said plainly.
_KIND: Final = r"(?:artists|bands|acts|singers|songs|tunes|tracks|albums)"

_EAST_END_TRADER_EN: Final[tuple[Rule, ...]] = (
    # His dropped g and h inside the words a rule below looks for.
    (r"(?<![\w'])'ammer(ed|in'|ing)(?![\w])", r"hammer\1"),
    (r"(?<![\w'])'it(?![\w'])", "hit"),
    (r"\b(out|open)in'(?!\w)", r"\1ing"),
    (r"\bclosin'(?!\w)", "closing"),
    # "rattle off me top three artists since March": give me my.
    (r"^(?:rattle|reel) off (?:me|us|my)\b", "give me my"),
    # "..., sharpish", "... chop chop": a hurry said last asks nothing.
    (r",?\s+(?:sharpish|chop chop|pronto|double quick)\W*$", ""),
    # "any new boat races in me music": faces (rhyming slang), the new
    # artists; "..., new acts I mean" said after says it again.
    (r"\bboat races?\b", "faces"),
    (rf"[,?.!]\s*(?:new )?{_KIND} i mean\W*$", ""),
    # "Digital Love, when'd that get its first outin'": its first play
    # ("..., guv" after it is left for `cockney_en`, whose `cockney_market_en`
    # needs it as his mark).
    (
        (
            r"^(?P<name>[^,]+),\s*when(?:'d| did| was) (?:that|it|they|she|he) (?:get|got|have|had)"
            r" (?:its|their|her|his) (?P<which>first|last) (?:outing|airing|spin|run out|go)"
            r"(?:,?\s+(?:guv|guvnor|innit))*\W*$"
        ),
        r"when did i \g<which> play \g<name>",
    ),
    (
        r"^when(?:'d| did) (?P<name>.+?) (?:get|have) (?:its|their|her|his) (?P<which>first|last) (?:outing|airing|spin)\b",
        r"when did i \g<which> play \g<name>",
    ),
    # "what was me openin' number today": the first song; the closing one
    # the last.
    (r"\b(?:me|my) (?:opening|opener) (?:number|tune|song|track)\b", "my first song"),
    (r"\b(?:me|my) (?:closing|closer) (?:number|tune|song|track)\b", "my last song"),
    # "'oo's the artist I give the elbow to most, skip-wise": skip.
    (r"\b(?:give|gave|given) (?:the elbow|the old elbow) to\b", "skip"),
    (r"\b(?:give|gave|given) (?:it|'em|them) the (?:old )?elbow\b", "skipped"),
    (r",?\s+skip-?wise\W*$", ""),
    # "artists last month, different ones mind, 'ow many we talkin'": how
    # many different artists then.
    (
        rf"^(?P<kind>{_KIND}),? (?P<when>[^,]+?),\s*different ones,? mind,?\s*'?(?:h)?ow many (?:we|are we) talk(?:in'|ing)\W*$",
        r"how many different \g<kind> did i play \g<when>",
    ),
    # "..., Freddie's one": who sings the song named before, said after it.
    (r"(?<=\w),\s*[a-z]+'s one\W*$", ""),
    # "song of the month, what's mine, November's big 'it": that month's
    # top song (a month said, never only "the month").
    (
        rf"^(?:me |my )?song of the month,? (?:what's|wot's|what is) (?:mine|me one|it),?\s*(?P<month>{_MONTH})'s big (?:hit|one)\W*$",
        r"what was my top song in \g<month>",
    ),
)


def said_by_an_east_end_trader(text: str) -> str:
    """Return an East End trader's question in plain English."""
    return rewrite_marked(_MARK, _EAST_END_TRADER_EN, text, squeeze=True)
