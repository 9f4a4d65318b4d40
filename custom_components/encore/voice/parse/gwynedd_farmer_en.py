"""A Gwynedd farmer's English in Welsh word order (issue 45's eightieth turn, blind writer 540).

An old farmer whose first language is Welsh says the thing asked about
first and the question after it ("Don't Stop Me Now, when did that last
play?", "Bryn Terfel, when did I last have him singing in here?": the
last song of all was answered, a wrong fact; "That Eres song, the Spanish
one, when was it first played?", "Last summer now, the one I played most,
which band was that?"), puts the verb first and the subject after it
("Skipping a lot, am I, over the past two weeks?"), asks "Was there Air on
the day before yesterday" (answered with everything played that day, a
wrong fact) and says who or what he means after the question (", the
French ones with the funny name", ", the family and me", ", the
listening", "Out of all of them, ..."). "Every day
without missing, how long have I kept it up" asks his streak.

Run on the words as said; only a sentence with one of his marks (`_MARK`:
"isn't it", "am I" after a comma, "the family and me",
"kept it up", "was there X on", a time with "now," first, or a name first
before "when did that/I ... first/last") is read, so no other speaker's
question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\bisn't it\b|,\s*am i\b|\bthe family and me\b"
    r"|\bkept (?:it|that) up\b|^was there (?!any\b)"
    # "Last summer now, ...": a time said first, then "now" (never a song's
    # "Now" or "right now").
    r"|^(?:last|this) (?:summer|winter|spring|autumn|week|weekend|month|year) now,"
    # "That Eres song, the Spanish one, when ...": what he means said after.
    r"|,\s*the (?:spanish|french|welsh|english|german|italian|irish|scottish|american"
    r"|mexican|swedish|brazilian|cuban|african|japanese|dutch|greek|russian|polish)"
    r" ones?\b(?: with [^,?]*)?\s*(?:,|[?.!]*$)"
    r"|^[^,?]+, when (?:did|was) (?:that|it|i|he|she|they) (?:\w+ )?(?:first|last)\b",
    re.IGNORECASE,
)

_TIME: Final = (
    r"(?:the day before yesterday|yesterday|today|this (?:morning|afternoon|evening)"
    r"|last night|(?:last|this) (?:week|weekend|month|year|summer|winter|spring|autumn)"
    r"|(?:last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)

_GWYNEDD_FARMER_EN: Final[tuple[Rule, ...]] = (
    # "..., isn't it?": asking him to agree, nothing asked (", would you
    # say" is read by older readers, and the net hears it).
    (r",\s*isn't it\s*([?.!]*)\s*$", r"\1"),
    # "Out of all of them, ...": of everything, the all-time ranking.
    (r"^out of all of (?:them|it|the lot),\s*", ""),
    # ", the French ones with the funny name", ", the Spanish one": who he
    # means, said after the name or the question. Only a country's word:
    # "Sexy Boy, the Air one, ..." names the band.
    (
        (
            r",\s*the (?:spanish|french|welsh|english|german|italian|irish|scottish|american"
            r"|mexican|swedish|brazilian|cuban|african|japanese|dutch|greek|russian|polish)"
            r" ones?(?: with [^,?]*)?\s*(,|[?.!]*\s*$)"
        ),
        r"\1",
    ),
    # ", the family and me": "we" said again after the question.
    (
        r",\s*(?:the family|the wife|the missus|the kids) and (?:me|i)\s*([?.!]*)\s*$",
        r"\1",
    ),
    # "Was there Air on the day before yesterday": did he play it then.
    (rf"^was there (?!any\b)(.+?) on ({_TIME})\b", r"did I play \1 on \2"),
    # "Skipping a lot, am I, over the past two weeks?"
    (
        r"^skipping (?:a lot|much|often|many)?,?\s*am i\b,?\s*",
        "how often do I skip ",
    ),
    # "Every day without missing, how long have I kept it up, the listening?"
    # (only with the listening or every day said: "kept it up" alone could
    # be anything he does).
    (
        (
            r"^every day without (?:missing|fail)(?: a day)?,\s*how long have i kept "
            r"(?:it|that) up\b(?:,?\s*(?:the listening|listening every day))?"
        ),
        "how many days in a row have I been listening",
    ),
    (
        r"^how long have i kept (?:it|that) up,?\s*(?:the listening|listening every day)\b",
        "how many days in a row have I been listening",
    ),
    # "Last summer now, the one I played most, which band was that?"
    (
        r"^((?:last|this) (?:summer|winter|spring|autumn|week|weekend|month|year)) now,\s*",
        r"\1, ",
    ),
    (
        (
            r"^([^,?]+), the one i (?:played|had on|listened to|heard) (?:the )?most,\s*"
            r"which (\w+) was (?:that|it)\b"
        ),
        r"which \2 did I play most \1",
    ),
    # "That Eres song, when was it first played?", "Don't Stop Me Now, when
    # did that last play?", "Bryn Terfel, when did I last have him singing
    # in here?": the name first, then when.
    (
        (
            r"^(?:that )?([^,?]+?)(?: song| tune| band| album| record)?,\s*when "
            r"(?:was (?:it|that|he|she|they) (first|last) played"
            r"|did (?:that|it) (first|last) (?:play|come on)"
            # (only "have him singing", "hear them on this thing": "X, when did I
            # first play it" is read by older readers, its "song" kept).
            r"|did i (first|last) (?:have|hear) (?:him|her|them)(?: \w+ing)?"
            r"(?: (?:in here|on this thing|on here))?)\s*([?.!]*)\s*$"
        ),
        r"when did I \2\3\4 play \1\5",
    ),
    # "that Eres song by Cafe Tacvba": the song's name, then its band.
    (r"^(when did I (?:first|last) play .+?) (?:song|tune) by\b", r"\1 by"),
)


def said_by_a_gwynedd_farmer(text: str) -> str:
    """Return a Gwynedd farmer's question said in English word order."""
    return rewrite_marked(_MARK, _GWYNEDD_FARMER_EN, text, squeeze=True)
