"""English as Trinidad says it (issue 45's fifty-fifth turn, blind writer 340).

A Trinidadian writer says "mih" (my), "de" (the), "dis", "dat", "dem",
"ting", "cyah" (can't), the habitual "does" ("wha' I does like", "which
day I does listen de most"), a question with no auxiliary ("I listen to
any Justice yesterday?", "I catch The Daily or I miss it"), "how much" for
a count ("how much tracks I put on") and her remarks around it ("eh-eh",
"boy", "nah", "de whole ting"). Two answers stated wrong figures: "run me
through mih year" was read as this month, and "what was going on in mih
listening" as a recap.

"De" is "the" only before the words a question puts after it ("de most",
"de kitchen", "de past fortnight"): "Paco de Lucía" and "De La Soul" keep
theirs. Jamaica's Patois ("mi", "wah", "di") is `patois_en`'s.
"""

import re

from .rules import Rule, rewrite

# What "de" stands before when it is "the".
_AFTER_THE = (
    r"(?:most|least|kitchen|living|week|weekend|whole|past|last|first|very|tune|tunes"
    r"|song|songs|track|tracks|month|year|day|morning|evening|afternoon|night|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|one|ones|french|best|top"
    r"|number|music|speaker|radio|daily|thing|ting|summer|winter|spring|autumn)"
)

_TRINI_EN: tuple[Rule, ...] = (
    # -- the remarks around the question ---------------------------------------------
    (r"^(?:eh-eh|eh eh|eh|boy|oi),?\s+", ""),
    (r"\s+nah,\s*", ", "),
    (r"(?<!\bor),?\s+nah\s*([?.!]*)$", r"\1"),
    (r",\s*(?:de|the) whole ting\s*([?.!]*)$", r"\1"),
    (r"\bfor (?:de|the) whole year so far\b", "this year"),
    (r",\s*how high it reach\s*([?.!]*)$", r"\1"),
    (r",\s*which one (?:dat|that) is\s*([?.!]*)$", r"\1"),
    # "Air, de French ones, ...": the band said again by its kind.
    (r"^([^,]{2,40}),\s*(?:de|the) \w+ ones,\s*", r"\1, "),
    # -- the words ----------------------------------------------------------------------
    (r"\bmih\b", "my"),
    # "On November third, de Tuesday": the weekday said again after a date.
    (
        (
            r"\b(\d{1,2}(?:st|nd|rd|th)?|first|second|third|\w+th),\s*(?:de|the) (?:monday"
            r"|tuesday|wednesday|thursday|friday|saturday|sunday)\s*([?.!]*)$"
        ),
        r"\1\2",
    ),
    # "Bout nine o'clock": about.
    (r"(?<!')\bbout (?=\w+ o'clock\b)", "about "),
    (rf"\bde (?={_AFTER_THE}\b)", "the "),
    (r"\b(play|played|had|hear|heard) (?:dat|that) one\b", r"\1 it"),
    (r"\bdem\b(?= on\b)", "them"),
    (r"\bting\b", "thing"),
    (r"\bcyah\b", "can't"),
    (r"\bwho does get played\b", "who gets played"),
    (r"\b(i|we) does (?=(?:like|listen|play|skip|have|hear)\b)", r"\1 "),
    # "How much tracks", "how much times": how many.
    (r"\bhow much (?=(?:tracks|songs|tunes|times|plays|artists|bands)\b)", "how many "),
    # -- the question said without its auxiliary ------------------------------------------
    # "I listen to any Justice yesterday?", "I hear any Daft Punk on Saturday
    # or I making that up", "dis morning, I catch The Daily or I miss it".
    (
        r",?\s+or (?:i|we) (?:making (?:that|it) up|miss(?:ed)? it|didn't)\s*([?.!]*)$",
        r"\1",
    ),
    (
        r"^(?:so )?((?:this|dis) morning|yesterday|today|last night),\s*(i|we) catch\b",
        r"\1, did \2 hear",
    ),
    (r"^(i|we) (listen to|hear|play|catch) (?=any\b)", r"did \1 \2 "),
    (r"^when last (i|we) (?:had|have) (.+?) on\b", r"when did \1 last have \2 on"),
    (
        r",\s*when last (i|we) (?:had|have) (?:dem|them|it) on\b",
        r", when did \1 last have them on",
    ),
    (
        r"^(?:the|de) last thing (i|we) had on,\s*what it was(?: again)?\s*([?.!]*)$",
        r"what was the last thing \1 had on\2",
    ),
    (
        r"^when (?:de|the) first time (.+?) show(?:ed)? up(?: in (?:my|mih) history)?\s*([?.!]*)$",
        r"when did I first play \1\2",
    ),
    (
        r"^when (i|we) most likely to be listening\b",
        r"when am \1 most likely to be listening",
    ),
    (r"^which song (i|we) can't stop playing\b", r"which song can't \1 stop playing"),
    (
        r"^(?:the|de) (tune|song|track) (i|we) always passing over\b",
        r"which \1 do \2 always skip",
    ),
    (r"\bkick off my\b", "kicked off my"),
    (r"^describe my taste,\s*what (?:i|we) like\s*([?.!]*)$", r"describe my taste\1"),
    (r"^(?:boy )?who (i|we) been listening to\b", r"who have \1 been listening to"),
    (
        r"\bhow many (tracks|songs|tunes) (i|we) (put on|play|played|had on)\b",
        r"how many \1 did \2 \3",
    ),
    (
        r"^how much ([^,]+?) (?<!have )(?<!did )(i|we) had on\b",
        r"how much \1 did \2 have on",
    ),
    (r"^(.+?), how many times (i|we) play it\b", r"\1, how many times did \2 play it"),
)

# A question says Trinidad's English when it holds one of these.
_SAYS_TRINI = re.compile(
    rf"\b(?:mih|cyah|ting|dis|dat|dem|de {_AFTER_THE})\b|\bbout \w+ o'clock\b"
    r"|^when (?:i|we) most likely\b"
    r"|\b(?:i|we) does\b|\bwha'|^(?:eh-eh|boy)\b|\bnah\b|\bhow much (?:tracks|songs|tunes)\b"
    r"|^(?:so )?(?:\w+ )?(?:\w+,\s*)?(?:i|we) (?:listen to|hear|catch) any\b",
    re.IGNORECASE,
)


def said_in_trinidad(text: str) -> str:
    """Return a Trinidadian's question said plainly, commas kept."""
    if _SAYS_TRINI.search(text) is None:
        return text
    return rewrite(_TRINI_EN, text, re.IGNORECASE)
