"""Scots as a speech-to-text engine writes it (issue 45's fifty-sixth turn, blind writer 354).

An Edinburgh speaker's questions reached Encore through speech to text,
which wrote his Scots as it heard it: "hoo mony" and "hoo much" (how
many, how much), "who long" (how long, heard as the nearer English
word), "hae a", "av a", "did a", "dae a" and "day a" (have I, did I, do I:
the engine writes his "ah" as "a"), "mast" (his "maist", most), "twa"
(two), "o" (of), "dinnae" (don't) and "the day lee" (The Daily, split at
the wrong place). Read as they were written, 23 of his 104 questions were
missed, and "who long did a listen tae music the day" was answered as what
played today (a wrong fact).

Glasgow's broad Scots ("whit", "wis", "tae", "maist", "ah") is read by
`glasgow_en` later; this reads only what the engine made of the same
words, each rule bound to the verb or question word it stands beside, so
the article "a" stays an article ("a lot o tracks").
"""

import re

from .rules import Rule, rewrite

# The verbs said after "a" for I: only before one of these is "a" the
# speaker ("did a play", "hae a listened"), never "a song", "a lot".
_VERB = (
    r"(?:listen|listened|listenin|play|played|playin|have|had|hae|put|spend|spent"
    r"|start|started|wake|woke|skip|skipped|skippin|hear|heard|done|aye|cannae|dinnae"
    r"|usually|always|ever|first|last|even)"
)

_EDINBURGH_EN: tuple[Rule, ...] = (
    # -- the question's words --------------------------------------------------
    # "Hoo" is how only before the words of a count or a length.
    (r"\b(h)oo (?=(?:mony|many|much|muckle|lang|long|often|aften)\b)", r"\1ow "),
    # "Who long", "who many", "who much": the engine's nearer English word
    # for "hoo" ("who" never asks a length or a count).
    (
        (
            r"^who (?=(?:long|many|much|often) (?:did|do|dae|have|hae|av|has|was|is|songs"
            r"|tracks|tunes|times|plays|streams|hours|minutes|time|music|podcasts)\b)"
        ),
        "how ",
    ),
    (r"\bmony\b", "many"),
    # "Hae a", "av a", "did a", "dae a", "day a", "time a", "song a": the
    # speaker's "ah", written "a" by the engine, before his verb.
    (
        (
            r"\b(hae|have|av|ave|did|dae|do|can|could|wid|would|will|time|song|tune|track|that)"
            rf" a (?={_VERB}\b)"
        ),
        r"\1 I ",
    ),
    (rf"^day a (?={_VERB}\b)", "do I "),
    (r"\b(?:hae|av|ave) (?=(?:I|i|we|ye) )", "have "),
    # "Av heard", "av had" with no one said: I've.
    (r"(?<!\bI )\bav (?=(?:heard|had|played|listened|done)\b)", "I've "),
    # "Dae I", "dinnae", "cannae": do, don't, can't (Glasgow's rules read
    # them too, but after the readers that look for "do I").
    (r"\bdae (?=(?:I|i|we|ye)\b)", "do "),
    (r"\bdinnae\b", "don't"),
    (r"\bcannae\b", "can't"),
    # "Three mast played", "the mast": the engine's word for "maist", most.
    (r"\b(?:mast|maist)(?= (?:played|listened|heard|skipped|often)\b)", "most"),
    (r"\bthe (?:mast|maist)\b", "the most"),
    (r"\btwa\b", "two"),
    (r"\bower (?=(?:the|this|last)\b)", "over "),
    # "Whits the tune", "whits that song": what's.
    (r"\bwhits\b", "what's"),
    # "A aye skip": I always skip ("aye" after I is always, never yes).
    (r"\bI aye (?=(?:skip|play|listen|put|have|hae)\b)", "I always "),
    # "Gies" a rundown: give me.
    (r"^gies\b", "give me"),
    # "The day lee": The Daily, split where the engine heard a pause.
    (r"\b(?:the )?day lee\b", "the daily"),
    # "A lot o tracks or no": a yes or no's tag, and "o" before a noun.
    (
        r"(?<=\w) o (?=(?:tracks|songs|tunes|music|podcasts|different|the|ma|my)\b)",
        " of ",
    ),
    # Issue 45's fifty-eighth turn, blind writer 365 (a Glasgow boy): "ma"
    # for my before what he owns ("ma vibe", "ma bed", "ma week"), "what's
    # ma vibe been" (his taste), "what tune got me oot ma bed" (the day's
    # first: what woke him), his "music-wise" said last is read as said.
    (
        r"\bma (?=(?:vibe|bed|week|month|year|day|music|top|favourite|taste|listening|tunes|songs)\b)",
        "my ",
    ),
    (r"^what(?:'s| has| is) my vibe been\b", "what has my music taste been"),
    (
        r"^what (tune|song|track|record) got me (?:oot|out)(?: o'| of| o)? my bed\b(?: (?:the day|today))?\W*$",
        r"what was the first \1 i played today",
    ),
)


def said_in_edinburgh(text: str) -> str:
    """Return a Scots question as speech to text wrote it, in plain English."""
    return rewrite(_EDINBURGH_EN, text, re.IGNORECASE)
