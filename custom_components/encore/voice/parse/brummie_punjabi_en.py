"""A Brummie of Punjabi family's English (issue 45's sixty-seventh turn).

Blind writer 456 mixed Punjabi and Hindi words into Birmingham English:
"kal" for yesterday ("did i listen to any justice kal" had put "kal" in the
name and answered Justice's whole history; "what was i listenin to kal
evening" had answered today: wrong facts), "gaana"/"gaane" for song(s)
("do i keep replayin the same gaane" had been the top songs), "kitne" for
how many, "chal" and "bas" said first, "me" for my ("tell me me top
artist") and "bangin" for playing.

"Kal" is also tomorrow in Hindi, but no one asks the history about
tomorrow: it is yesterday only where a day stands (last, or before a part
of the day, a clock or the question), never inside a name ("Kal Ho Naa
Ho" keeps its words: a word follows it).
"""

import re

from .rules import Rule, rewrite

BRUMMIE_PUNJABI_EN: tuple[Rule, ...] = (
    # "Chal tell me", "bas tell me": a word said first to start.
    (r"^(?:chal|bas|acha|achha|arre|oye)\b,?\s+(?=\w)", ""),
    # "Kitne gaane", "kitne times": how many.
    (r"\bkitne (?:gaane|gaana|songs?|tunes?|tracks?)\b", "how many songs"),
    (r"\bkitne (?:times|baar|bar)\b", "how many times"),
    (r"\bkitne\b(?= \w+ (?:did|have|has|do) )", "how many"),
    # "Gaana", "gaane": song, songs.
    (r"\bgaane\b", "songs"),
    (r"\bgaana\b", "song"),
    # "Kal": yesterday, where a day is said.
    (r"\bkal (?:night|raat)\b", "last night"),
    (
        r"\bkal(?= (?:evening|evenin|morning|mornin|afternoon|at|what|bro|yaar)\b|\W*$)",
        "yesterday",
    ),
    (r"^kal\b(?= at\b)", "yesterday"),
    # "Tell me me top artist", "how was me week", "what's me vibe": my.
    (r"\btell me me\b", "tell me my"),
    (r"\b(how was|what's|whats|what is) me\b", r"\1 my"),
    # "What's my vibe like musically": my taste.
    (r"\bmy vibe like(?: musically)?\b", "my taste like"),
    # "How long was the tunes goin": how long did I listen.
    (
        r"^how long (?:was|were) the (?:tunes|music|songs) (?:goin|goin')(?= kal\b| yesterday\b|\W*$)",
        "how long did i listen to music",
    ),
    # "What was Ada bangin on": playing.
    (r"^what (was|were) (\w+) bangin(?:g)?(?: on)?\b", r"what was \2 playing"),
    # "Yaar", "bro", "innit" said last.
    (r",?\s*\b(?:yaar|bro|innit)\W*$", ""),
)


def said_as_brummie_punjabi(text: str) -> str:
    """Return a Brummie of Punjabi family's question in plain English."""
    return rewrite(BRUMMIE_PUNJABI_EN, text, re.IGNORECASE)
