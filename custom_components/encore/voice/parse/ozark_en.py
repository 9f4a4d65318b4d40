"""English as the Ozarks say it (issue 45's fifty-fifth turn, blind writer 345).

An Ozark speaker says "a-listenin'", "a-playin'" and "a-wearin' out" (the
"a-" before a verb), "who all" and "what all" (who, what, of several),
"plumb" (quite), "might could" (could), "that feller" after a band, "can't
quit playin'" (can't stop), "yonder" and "holler back at me" (tell me),
and leaves "have" out before "been". "Who all have I been plumb stuck on"
was read as what played lately, and "what's that song I can't quit
playin'" as today's plays: two wrong facts.
"""

import re

from .rules import Rule, rewrite

_OZARK_EN: tuple[Rule, ...] = (
    (r"^well now,?\s+", ""),
    (r"^holler back at me,?\s+", "tell me "),
    (r",\s*reckon you'd know\s*([?.!]*)$", r"\1"),
    (r"^who'd you reckon (i|we) been\b", r"who have \1 been"),
    # "A-listenin'": the verb, its "a-" and its dropped g.
    (r"\ba-(listen|play|wear|spinn|hear|runn)in'?(?!\w)", r"\1ing"),
    (r"\bwearing out\b", "wearing out"),
    (r"\b(who|what) all\b(?! new\b)", r"\1"),
    (r"\bplumb (?=(?:stuck|wore|worn|crazy|hooked)\b)", ""),
    (r"\bmight could\b", "could"),
    (r"\bcan't quit (?=play)", "can't stop "),
    (r"\s+yonder\b", ""),
    (
        r"\b(that )?([\w' ]{2,30}?) fellers?\b(?= (?:last|this|in|on|since|yesterday|today))",
        r"\2",
    ),
    # "What album I been a-wearin' out": have left out before "been".
    # Never where "have" was said ("who have I been ...", issue 45's
    # sixty-third turn, blind writer 405: "who have have I been").
    (
        r"^(what|which|who) ((?!(?:have|has|had)\b)\w+ )?(i|we) been\b",
        r"\1 \2have \3 been",
    ),
    (r"^been (?=(?:listening|playing|hearing) to any\b)", "have I been "),
    # "When's the first time that Sexy Boy song by Air come up".
    (
        r"^when's the (first|last) time (?:that )?(.+?)(?: song| tune| record)?( by [^,?]+?)? (?:come|came) (?:up|on)\b",
        r"when did I \1 play \2\3",
    ),
    # "How many songs is that I played", "how many times'd I have them on".
    (
        r"\bhow many (songs|tracks|tunes|plays|things) is that (i|we)(?:'ve| have)? (played|had on|heard)\b",
        r"how many \1 have \2 \3",
    ),
    (r"\btimes'd (i|we) have (them|it|that) on\b", r"times did \1 play \2"),
    # "Tell me how my listenin' has been goin'": a recap of the month.
    (
        r"^tell me how my listen(?:in'?|ing) has been go(?:in'?|ing)\s*([?.!]*)$",
        r"how has my listening been this month\1",
    ),
)


def said_in_the_ozarks(text: str) -> str:
    """Return an Ozark speaker's question said plainly, commas kept."""
    return rewrite(_OZARK_EN, text, re.IGNORECASE)
