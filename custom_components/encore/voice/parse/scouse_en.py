"""Liverpool's English as speech to text writes it (issue 45's fifty-eighth turn, blind writer 370).

A fast-talking Liverpudlian dictated to a recogniser, which wrote his
words as they sounded: "worrav I" (what have I), "wharrwas" (what was),
"worra" (what's), "wha" (what), "ow many" (how many), "av" (have),
"playin" (playing), "eavy rotation" (heavy), "did I here" (hear), "five
passed five" (past), "dinner time" (noon, the north's midday meal) and
"me tunes" (my). Nothing of his was understood: no reader knew his
question words. Each rule is one sound written as heard, bound to the
place where it stands in a question; a name is never changed.
"""

import re

from .rules import Rule, rewrite

_SCOUSE_EN: tuple[Rule, ...] = (
    # -- question words as heard --------------------------------------------------
    (r"^wor+av (i|we)\b", r"what have \1"),
    (r"^wh?ar+(?:was|woz)\b", "what was"),
    (r"^wor+a(?= (?:the|me|my|our)\b)", "what's"),
    (r"^wha(?= (?:was|is|did|were|have|has|'s)\b)", "what"),
    (r"^ow (many|much|long|often)\b", r"how \1"),
    # -- verbs as heard ------------------------------------------------------------
    (r"\b(i|we|did (?:i|we)(?: last| first| ever)?) av\b", r"\1 have"),
    # "How much have I been replayin stuff lately" (blind writer 439: read as
    # the listening time, a wrong fact), "been goin": every verb of it.
    (
        r"\b((?:been|was|were|is|am|are)(?: (?:i|we))?) (replay|play|listen|hear|stream|blast|go)in\b(?![-'])",
        r"\1 \2ing",
    ),
    (r"\b(did|have|do) (i|we) here\b", r"\1 \2 hear"),
    (r"\beavy (rotation|repeat)\b", r"heavy \1"),
    # "Giz the name of the last track": give me (blind writer 439); "giz
    # some Queen on" is a command, which no sentence of the net catches.
    (r"^giz (?=the (?:name|list|rundown|lowdown|top)\b)", "give me "),
    # "What track do I always knock on the head": stop it, skip it.
    (
        r"\b(do|did) (i|we) ((?:always|usually|often|mostly) )?knock (?:it |them )?on the head\b",
        r"\1 \2 \3skip",
    ),
    # -- remarks and tags as heard -----------------------------------------------------
    # ", me head's gone": the asker's memory, nothing asked.
    (
        r",?\s+(?:me|my) (?:head'?s|brain'?s|memory'?s) (?:gone|shot|mashed|fried|like a sieve)\s*([?.!]*)\s*$",
        r"\1",
    ),
    # "What did I kick the week off with la", "... today boss": the tag
    # without its comma, only closing a question and never in "la la", "ooh
    # la la" or "the boss".
    (
        r"^((?:what|which|who|how|when|did|any|have|has|was|were)\b.*?)(?<!\bla)(?<!\booh)(?<!\bthe)(?<!\boh) (?:la|boss)\s*([?.!]*)\s*$",
        r"\1\2",
    ),
    # -- times as heard --------------------------------------------------------------
    (
        r"\b(five|ten|quarter|twenty|twenty five|half) passed (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b",
        r"\1 past \2",
    ),
    # "Dinner time twelve o'clock like": the north's dinner is at noon.
    (
        r"\b(?:at )?(?:dinner ?time|dinnertime) (?:twelve|12)(?: o'? ?clock)?(?: like)?\b",
        "at noon",
    ),
    # "Is it more weekdays or the weekend when I have me tunes on".
    (
        (
            r"^is it more (?:the )?(weekdays?|weekends?) or (?:the )?(weekdays?|weekends?) when (i|we)"
            r" (?:have|put|play|listen to) (?:me|my|our) (?:tunes|music|songs|records) on\W*$"
        ),
        r"do \3 listen to more music on weekdays or weekends",
    ),
    (r"\s{2,}", " "),
)


def said_in_scouse(text: str) -> str:
    """Return a Liverpudlian's dictated question with its words as meant."""
    return rewrite(_SCOUSE_EN, text, re.IGNORECASE)
