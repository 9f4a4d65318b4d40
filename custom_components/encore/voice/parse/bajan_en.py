"""Bajan English, as a Barbadian bus conductor asks (issue 45's seventy-second turn, writer 489).

Barbados says "wuh" for what, "muh" for my, "fuh" for for, "de" and "dis",
drops the past's "did" and "-ed" ("wuh song I play last"), says a habit
with "does" ("wuh podcast I does listen to most"), a past day with "gone"
("Saturday gone"), "how much times" for how many, and puts the question
word last ("de record I had on de most in September, which one", "..., wuh
it was", "..., who dem is"). Nearly every question was handed to Home
Assistant ("no area called ..."), and "de Daily, how much episodes I
listen to dis month" answered the month's episodes of every show, a wrong
fact. The words are Bajan only in a sentence that says Bajan (`_SAYS`):
"de" in "De La Soul" or a title elsewhere is left alone.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A sentence says Bajan when it holds one of its own words, or "de"/"dis"
# beside a question said last or a habit's "does".
_SAYS: Final = re.compile(
    r"\b(?:wuh|muh|fuh|wunna|cyan|sumting|in truth)\b"
    r"|\b(?:i|we) does\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
    r"|march|april|may|june|july|august|september|october|november|december) gone\b"
    r"|^de (?!la\b)\w+ .*\b(?:which one|who it is|who dem is)\W*$"
    r"|\bhow much of dem\b"
    # ("Dem" alone is no sign: "Air, de French ones, when last I had dem
    # on" is a Patois speaker's, read by its own reader.)
    r"|\b(?:de|dis|dat|dese)\b(?=.*\b(?:dis|dat|dese|pon|ting)\b)"
    r"|\b(?:dis|dat|dese|pon|ting)\b(?=.*\bde\b)",
    re.IGNORECASE,
)
_KINDS: Final = r"(?:song|tune|track|record|album|show|podcast|artist|singer|band)"
_VERBS: Final = (
    r"(?:play|listen|hear|have|had|wake|start|end|put|skip|get|got|turn|like)"
)
_DAYS: Final = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
    r"|march|april|may|june|july|august|september|october|november|december)"
)

_BAJAN: Final[tuple[Rule, ...]] = (
    # What asks nothing: "in truth", "tell me nuh", "fuh me nuh".
    (r"^in truth,?\s+", ""),
    (r"[,\s]+in truth\W*$", ""),
    (r"[,\s]+(?:tell me|fuh me|for me)?\s*nuh\W*$", ""),
    # What the speaker was doing meanwhile: "while I was on break".
    (
        r",?\s+while (?:i|we) (?:was|were) (?:on (?:muh |my |de |the )?(?:break|lunch|de bus|the bus|shift)|at work|workin|working|drivin|driving)\W*$",
        "",
    ),
    # The words themselves.
    (r"\bwuh\b", "what"),
    (r"\bmuh\b", "my"),
    (r"\bfuh (?=(?:dis|de last|last)\b)", ""),
    (r"\bfuh\b", "for"),
    (r"\bwunna\b", "you all"),
    (r"\bdis\b", "this"),
    (r"\bdese\b", "these"),
    (r"\bdat\b", "that"),
    (r"\bdem\b", "them"),
    (r"\bde\b(?! la\b)", "the"),
    (r"\bpon\b", "on"),
    (r"\bwid\b", "with"),
    (r"\bcyan\b", "can't"),
    (r"\bsumting\b", "something"),
    (r"\bting\b", "thing"),
    (r"\b(listen|play|pass|go|hook)in\b", r"\1ing"),
    (r"\bwhat (hour|day) an what (hour|day)\b", r"what \1 and what \2"),
    # "Saturday gone", "October gone": the last one.
    (rf"\b(?:on )?({_DAYS}) (?:just )?gone\b", r"last \1"),
    # "Quick quick": a word said twice is said once, meaning it more.
    (r"\bcut (?:off|out)(?: quick(?: quick)?)?(?: every time)?\b", "skip the most"),
    # "Who I does cut off ..., which band": the kind said last.
    (r"^who (.+?),? which (band|artist|singer)\W*$", r"which \2 \1"),
    # The question word said last: "de record I had on ..., which one".
    (
        rf"^the ({_KINDS}) of the (summer|year|month|week)\b.*?,? what (?:it|that) (?:was|is)\W*$",
        r"what was my most played \1 in the \2",
    ),
    (
        rf"^the ({_KINDS}|last thing) (.+?),? (?:which one(?: (?:that|it) (?:was|is))?|what (?:it|that) (?:was|is))\W*$",
        r"which \1 \2",
    ),
    (r"^(.+?),? (?:who them is|who (?:it|that) (?:was|is))\W*$", r"\1"),
    (r"^(.+?),? what (?:it|that) (?:was|is)\W*$", r"\1"),
    # "How much times", "how much episodes", "how much of them": a count.
    (r"\bhow much times\b", "how many times"),
    (
        r"\bhow many times the speaker play(?:ed)? (?:something|anything)\b",
        "how many plays",
    ),
    (
        r"^(?P<name>[^,?!]{2,40}),\s+how (?:much|many) (?:episodes|times) (?P<who>i|we) (?:did )?(?:listen|listened|play|played|hear|heard)(?: to)?\b",
        r"how many times did \g<who> play \g<name>",
    ),
    (
        r"^different (tracks|songs|tunes|artists|albums),\s+how much of them (i|we) play\b",
        r"how many different \1 did \2 play",
    ),
    (rf"\bhow much ({_KINDS}s|episodes)\b", r"how many \1"),
    # "How my week went": the recap.
    (r"^how (my|our|we) (week|month|year|summer) went\b", r"how did \1 \2 go"),
    (r"^what we (week|month|year|summer) was like\b", r"what was our \1 like"),
    (
        r"^what (?:sort|kind) of (?:vibe|vibes|music) (i|we) (?:been|have been) (?:on|into)\b",
        r"what kind of music have \1 been into",
    ),
    # "De show I was hooked pon dis year": the year's most played show (on
    # repeat is a song's).
    (
        r"^which (show|podcast|artist|singer|band|album|record) (i|we) (?:was|were) hooked on\b",
        r"which \1 did \2 listen to the most",
    ),
    # "Wuh is Ada favourite song": whose, its "'s" unsaid.
    (
        r"^what is (?!(?:my|your|our|the|this|that)\b)([a-z]+) (favourite|favorite|top|most played)\b",
        r"what is \1's \2",
    ),
    # "When X first turn up in muh history": its first play.
    (
        r"^when (.+?) first (?:turn|turned|show|showed|come|came) up in my history\W*$",
        r"when did I first play \1",
    ),
    # "I does like", the habit, is left to Trinidad's reader (`trini_en`),
    # which reads it later for both islands.
    # "X, I had that on <time>?": whether it played.
    (
        r"^(?P<name>[^,?!]{2,40}),\s+(?P<who>i|we) (?:had|have|play|played|hear|heard) (?:that|it|them) (?:on )?",
        r"did \g<who> play \g<name> ",
    ),
    (r"^(i|we) ever (listen to|play|hear)\b", r"have \1 ever \2"),
    (r"^(i|we) (play|hear|listen to|have on|had on) any\b", r"did \1 \2 any"),
    (r"\bon this thing\W*$", ""),
    # "Wuh song I play last", "wuh we had on": the past, its "did" unsaid.
    (
        rf"(^|,\s*)(what|what \w+|which \w+|who|when) (i|we) (last |first |ever |always )?(?={_VERBS}\b)",
        r"\1\2 did \3 \4",
    ),
    (r"\bdid (i|we) (first |last |ever |always )?had\b", r"did \1 \2have"),
    (r"^what (i|we) (was|were) (?=listening|playing)", r"what \2 \1 "),
    (r"^what on heavy rotation\b", "what's on heavy rotation"),
)


def said_in_bajan(text: str) -> str:
    """Return a question said in Bajan English in standard words."""
    if _SAYS.search(text) is None:
        return text
    return re.sub(r"\s{2,}", " ", rewrite(_BAJAN, text, re.IGNORECASE)).strip()
