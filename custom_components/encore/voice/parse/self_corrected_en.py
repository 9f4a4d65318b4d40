"""A question said over while it is said (issue 45's fifty-fourth turn, blind writer 337).

A speaker who thinks aloud says a word twice across a comma ("in the, in
the kitchen", "did I, did I get to the Daily", "Wednesday at, at noon",
"first time I heard, I heard Eres"), begins again in other words ("play,
no wait, how many, how often did I play ...", "which song do I skip, skip
the most"), and puts a time right ("at, uh, at quarter to eight, no, ten
to eight last night", "half five, I mean half past five", "yesterday
evening, I mean last night": the second was meant, and the first was read,
a wrong fact). The repeat is said once and the time taken back is left
out. Read before a period said again is collapsed to the narrower (this is
no restatement: "I mean" after a period puts it right), and where the
utterance checks for a time said and unread (`banter_en.drop_asides`).
"""

import re

from .put_right_en import put_right_en
from .rules import Rule, rewrite

_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_CLOCK = (
    rf"(?:(?:half|quarter|a quarter|five|ten|twenty|twenty five) (?:past|to) {_HOUR}"
    rf"|half {_HOUR}|{_HOUR}(?::\d\d)?(?: o'clock| am| pm)?|noon|midday|midnight)"
)
_PERIOD = (
    r"(?:yesterday(?: morning| afternoon| evening)?|last night|this (?:morning|afternoon|evening)"
    r"|today|tonight|(?:last|this) (?:week|weekend|month|year)"
    r"|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: morning| afternoon"
    r"| evening| night)?)"
)
_SAID_AGAIN = (
    r"(?:in the|on the|at the|at|in|on|did i|did we|have i|have we|i|we|i heard|i played"
    r"|i listened|i listened to|skip|skipped|the)"
)
_TAKEN_BACK = r"(?:no,? |no wait,? |sorry,? |i mean |i meant |or rather |actually,? )"
_FILLER = r"(?:(?:uh|um|erm|er),\s*)?"
# A clock read out in words, "eight thirty", "eight forty five".
_SPOKEN_CLOCK = (
    rf"(?:{_HOUR} (?:o'? ?(?:one|two|three|four|five|six|seven|eight|nine)|ten|fifteen|twenty|thirty"
    rf"|forty|fifty)(?: five)?|{_CLOCK})"
)

_SELF_CORRECTED_EN: tuple[Rule, ...] = (
    # "At, uh, at quarter to eight, no, ten to eight": the clock put right.
    (
        rf"\b(?:at|around),\s*{_FILLER}(?:at |around )?{_CLOCK},\s*{_TAKEN_BACK}(?:at |around )?({_CLOCK})\b",
        r"at \1",
    ),
    # Issue 45's fifty-seventh turn, blind writer 361: dictated without
    # commas, "at eight thirty no wait eight forty five": the clock put
    # right all the same (the first clock was read, a wrong fact).
    (
        (
            rf"\b(?:at|around) {_SPOKEN_CLOCK},? (?:no wait|no sorry|no|sorry|i mean|i meant"
            rf"|or rather),? (?:at |around )?({_SPOKEN_CLOCK})\b"
        ),
        r"at \1",
    ),
    # "Half five, I mean half past five": the same, without its "at" said
    # twice ("at eight, no, half eight" already reads).
    (
        rf"\b(?:at |around )?{_CLOCK},\s*(?:i mean|i meant|or rather) (?:at |around )?({_CLOCK})\b",
        r"at \1",
    ),
    # "Yesterday evening, I mean last night": the period put right.
    (
        rf"\b{_PERIOD},\s*(?:i mean|i meant|or rather|no,? sorry,?|sorry,?) ({_PERIOD})\b",
        r"\1",
    ),
    # "Play, no wait, how many, how often did I play": begun again after a
    # "no wait"; the last question word is the one meant.
    (
        (
            r"^\w+(?: \w+)?,\s*no,? wait,\s*(?:(?:how many|how much|what|which),\s*)?"
            r"(?=(?:how|what|which|when|who|did|have)\b)"
        ),
        "",
    ),
    # "How many times did I, how much Queen have I had": a question begun
    # and asked again whole.
    (r"^how many times did (?:i|we),\s*(?=how (?:much|many|often)\b)", ""),
    # "Did I get to the Daily today, hear it I mean": what "get to" meant,
    # said after it.
    (
        r",\s*(?:hear|heard|play|played|listen to|listened to) (?:it|them),? i mean[?.!]*\s*$",
        "",
    ),
    # "In the, in the kitchen", "did I, did I get", "at, at noon", "I heard,
    # I heard Eres", "I, uh, I played", "skip, skip the most": one or two
    # words said again across a comma.
    # Only function words and the listening verbs: a name said again ("that
    # Daft Punk one, One More Time") is no repeat.
    (rf"\b({_SAID_AGAIN}),\s*{_FILLER}\1\b", r"\1"),
)


def said_once_en(text: str) -> str:
    """Return an English question with its repeats said once and its corrections made."""
    return rewrite(_SELF_CORRECTED_EN, put_right_en(text), re.IGNORECASE)
