"""What a self-correcting speaker put right, said last (issue 45, blind writer 451).

A speaker who corrects herself mid-question means what she said last:
"how much Queen, no, Justice, how much Justice have I had" asks about
Justice, "did I hear any Daft Punk, sorry, any Queen" about Queen, "this
year, no, ever" all time, "at eight last night, no, quarter to eight" a
quarter to eight last night, "last week, er, last weekend" the weekend.
The first was read and answered (wrong facts), or the time taken back was
left unread and nothing answered. Only a taken-back word said between
commas counts ("no", "sorry", "er", "I mean", "hang on"), and the thing
said after it must be of the same sort (a question begun again, a name
after the same verb, a period after a period, a clock after a clock): a
guess said in the question ("was it Eres I played most?") still asks it,
and a name with "no" in it ("No Woman No Cry") is never split.
Read by `self_corrected_en.said_once_en`, before its own rules.
"""

import re

from .rules import Rule, rewrite

# The words that take back what was said just before them.
_BACK = (
    r"(?:no,? wait|no,? hang on|no,? sorry|hang on|no|sorry|er|uh|um|erm|actually|i mean"
    r"|or rather|or,? well|wait)"
)
# The same without a hesitation: "what did I play, uh, when I got home" is
# no question begun again.
_BACK_WORD = (
    r"(?:no,? wait|no,? hang on|no,? sorry|hang on|no|sorry|actually|i mean|or rather|or,? well"
    r"|wait)"
)
_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_CLOCK = (
    rf"(?:(?:half|quarter|a quarter|five|ten|twenty|twenty five) (?:past|to) {_HOUR}"
    rf"|half {_HOUR}|{_HOUR}(?::\d\d)?(?: o'clock| am| pm)?|noon|midday|midnight)"
)
_PERIOD = (
    r"(?:yesterday(?: morning| afternoon| evening)?|last night|this (?:morning|afternoon|evening)"
    r"|today|tonight|(?:last|this) (?:weekend|week|month|year|summer|winter|spring|autumn)"
    r"|(?:in|since) (?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)|lately|recently"
    r"|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: morning| afternoon"
    r"| evening| night)?)"
)
# What all time is said as when it puts a period right.
_EVER = r"(?:ever|overall|of all time|all time|in general)"
# A time word: a name put right is never followed by one ("did I hear Air,
# er, yesterday" keeps Air).
_NOT_TIME = (
    r"(?!(?:yesterday|today|tonight|last|this|in|on|at|since|ever|overall|lately|recently|by|and"
    r"|or|more|than|the most|much|how|what|which|when|who|did"
    # Nor is a remark ("sorry, I forgot", "no, seriously", "sorry, what was
    # it") a name put right.
    r"|i|it|that|you|seriously|really|never|nothing|well|yes|wait|just|like|ok|okay)\b)"
)
# A name: up to four words, no comma.
_NAME = r"[\w'&.-]+(?: [\w'&.-]+){0,3}"

_PUT_RIGHT_EN: tuple[Rule, ...] = (
    # "How much Queen, no, Justice, how much Justice have I had", "how many
    # times, actually which songs did I play": the question begun again
    # after the taken-back word is the one asked (the first had been read,
    # the second left in the name).
    (
        (
            rf"^(?:how (?:much|many|often|long)|what|which|who|when|did)\b[^,]*,\s*{_BACK_WORD}"
            rf"(?:,\s*[^,]{{1,30}}(?=,))?,?\s*(?=(?:how (?:much|many|often)|what|which|who|when|did)\b)"
        ),
        "",
    ),
    # "Did I hear any Daft Punk, sorry, any Queen", "did Ada play Genesis,
    # er, Phantom", "had Queen, no, Cafe Tacuba on", "play Eres, sorry, not
    # Eres, Sexy Boy, this month": the name said last after the verb.
    (
        (
            rf"\b(play|played|hear|heard|had|have|listen to|listened to)\s+(?:any\s+)?{_NAME},"
            rf"\s*{_BACK},\s*(?:not [^,]+,\s*)?{_NOT_TIME}(?:any\s+)?({_NAME})(?:,(?= \w))?"
        ),
        r"\1 \2",
    ),
    # "At eight last night, no, quarter to eight": the clock put right,
    # its period kept.
    (
        rf"\b(?:at|around) (?:about )?{_CLOCK} ({_PERIOD}),\s*{_BACK},\s*(?:at |about )?({_CLOCK})\b",
        r"at \2 \1",
    ),
    # "This morning at about nine, no, half past eight": the same, the period
    # said before it.
    (
        rf"\b(?:at|around) (?:about |around )?{_CLOCK},\s*{_BACK},\s*(?:at |about |around )?({_CLOCK})\b",
        r"at \1",
    ),
    # "Um this year, no, ever", "lately, no, in general I mean, overall": all
    # time said last is all time.
    (
        rf"\b(?:(?:um|uh|er),?\s+)?{_PERIOD},\s*{_BACK},\s*(?:[^,]{{1,25}},\s*)?({_EVER})\b",
        r"\1",
    ),
    # "In August, like five? no, hang on, in September": a guess of the answer
    # said between them goes with the period taken back.
    (
        rf"\b{_PERIOD},\s*(?:like \w+\?\s*)?{_BACK},\s*(?:{_BACK},\s*)?({_PERIOD})\b",
        r"\1",
    ),
    # "Since October, or since March I mean": the period after "or", its
    # "I mean" closing it.
    (rf"\b{_PERIOD},\s*or ({_PERIOD}),? i mean\b", r"\1"),
    # "On Saturday, no, the whole weekend, last weekend": the span said
    # between them goes with it.
    (rf"\b{_PERIOD},\s*{_BACK},\s*the whole \w+,\s*({_PERIOD})\b", r"\1"),
    # "Today, er, this morning, same thing": the period said after, its
    # "same thing" no time of its own.
    (rf"\b({_PERIOD}),\s*same thing\b", r"\1"),
    # "This summer, I mean the summer just gone, not last year's": the
    # period kept, the remark about it left out (its "year" was left unread).
    (
        r"\b(this (?:summer|winter|spring|autumn)),\s*i mean the \w+ just gone(?:,\s*not last year'?s)?",
        r"\1",
    ),
    # "The last thing, the last song I played I mean": the narrower said last.
    (
        r"\bthe (last|first) (?:thing|one),\s*the \1 (song|track|tune|artist|podcast)\b",
        r"the \1 \2",
    ),
)


def put_right_en(text: str) -> str:
    """Return an English question with what its speaker put right said once, as put right."""
    return rewrite(_PUT_RIGHT_EN, text, re.IGNORECASE)
