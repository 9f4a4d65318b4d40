"""A chatty valleys schoolteacher's story before her question (issue 45's seventy-seventh turn, writer 524).

Blind round sixteen's retired schoolteacher from the South Wales valleys
says why she is asking before she asks, and her question then points back
into the story:

- the period is said in the story and the question says "that month",
  "that year", "song of the month" or "finish the day": "There was one tune
  I couldn't leave alone in October, ..., what was my song of the month?"
  was answered for this month, "I had a bit of a dance last Friday, ...,
  what did I finish the day with?" for today (wrong facts), and "...
  in 2025, so which new artists did I find that year?" was asked back;
- a clock is asked and the story said the day: "I had the girls round for
  a sherry on Saturday night, so what was on at nine o'clock?" was
  answered for nine this morning (a wrong fact);
- the name is said in the story and the question says "it" or "them":
  "I've been singing Bohemian Rhapsody in the bath all week, ..., so how
  many times have I played it this month?", "Glenys ... heard Café Tacvba
  through my window on Saturday, did I have them on?";
- a name said first with a description between commas: "Eres, that
  Spanish one by Café Tacvba, when did I first hear it on here?" was
  answered with today's first song (a wrong fact);
- "if you had to sum me up musically, what would you put?" asks her taste,
  and "the hour and the day and all" after a question of her busiest time
  only says again what the usual time is.

Each rule needs the story's words and the question's pointing back to
them (a period, a name in capitals after a verb of hearing, a clock): a
question that points back to nothing is left as said.
"""

import re
from typing import Final

from .rules import compiled

_MONTH: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)"
)
# A month in a story: "may" and "march" only with their capital, never the
# verbs ("I may be daft, but ...").
_STORY_MONTH: Final = (
    r"(?:(?-i:May|March)|january|february|april|june|july|august|september|october"
    r"|november|december)"
)
# What is ranked "of the month": "end of the month" is no ranking.
_RANKED: Final = r"(?:song|tune|track|artist|band|singer|album|record|podcast|show)"
# A story told in the past.
_PAST: Final = (
    r"\b(?:was|were|had|did|went|got|spent|couldn't|could not|wasn't|\w{3,}ed)\b"
)
_WEEKDAY: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_YEAR: Final = r"(?:20\d\d|twenty (?:twenty|nineteen)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)"
# A day said in the story: "last Friday", "on Saturday night", "yesterday".
_DAY: Final = (
    rf"(?:(?:last|on|this|that) {_WEEKDAY}(?: (?:night|evening|morning|afternoon))?"
    r"|yesterday(?: (?:morning|afternoon|evening))?|last night|the day before yesterday"
    rf"|(?:on )?{_MONTH} the \w+|on the \w+ of {_MONTH})"
)
_HOUR: Final = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday"
    r"|midnight|\d{1,2}(?::\d\d)?)"
)
# A bare clock the question asks at: "at nine o'clock", "at half past eight".
_CLOCK: Final = (
    rf"(?:(?:half|quarter|ten|twenty|five|twenty-five|twenty five) (?:past|to) )?{_HOUR}"
    r"(?: o'?\s?clock)?(?: ?(?:am|pm|a\.m\.|p\.m\.))?"
)
# The story ends and the question begins: after a comma, or ", so", ", but"
# (a story told as a sentence of its own is `story_sentences`' to read).
_TURN: Final = r",\s+(?:(?:so|but|and|now|well)\s+)?(?:tell me,?\s+)?"
# A question word the question clause opens with.
_ASKS: Final = r"(?:what|which|who|how|when|did|do|have|has|had|is|was|were|where)\b"

# A name in capitals after a verb of hearing it in the story: "singing
# Bohemian Rhapsody in the bath", "heard Café Tacvba through my window".
_HEARD_NAME: Final = (
    r"\b(?:singing|humming|whistling|heard|hearing|playing|played|dancing to|listening to"
    r"|on about|had on|put on)\s+"
    r"(?P<name>(?-i:[A-Z][\w'\u2019-]*)(?: (?:(?-i:[A-Z][\w'\u2019-]*)|of|the|by|de|la))*?)"
    r"(?=\s+(?:in|on|at|through|all|from|over|last|this|yesterday|every|when|while|and|the)\b"
    r"|[,.]|\W*$)"
)
_NO_NAME: Final = re.compile(
    rf"^(?:{_WEEKDAY}|{_MONTH}|i|it|the|christmas|easter|sunday dinner)$", re.IGNORECASE
)
# "it"/"them" after a verb of the question: the thing the story named.
_POINTED: Final = (
    r"\b(?P<verb>played|play|playing|had|have|hear|heard|listened to|listen to|put)"
    r" (?:it|them)\b"
)


def _said_in_story(text: str) -> list[tuple[str, str]]:
    """Return each way to split a story from the question after it, the last turn first."""
    turns = compiled(rf"{_TURN}(?={_ASKS}|give me|tell me|remind me)", re.I).finditer(
        text
    )
    return [
        (text[: t.start()], text[t.end() :]) for t in reversed(list(turns)) if t.start()
    ]


def _period_pointed_back(story: str, question: str) -> str:
    """Return the question with "that month" or "that year" said as the story says it."""
    # "Of the month" points back only to a story told in the past ("there
    # was one tune I couldn't leave alone in October"): "my birthday's in
    # October, so what's my song of the month" asks of this month.
    past = compiled(_PAST, re.I).search(story) is not None
    said_when = (
        ("month", rf"\b(?<!this )(?<!last )(?<!next )({_STORY_MONTH})\b"),
        ("year", rf"\bin ({_YEAR})\b"),
    )
    for unit, when in said_when:
        if not (found := compiled(when, re.I).search(story)):
            continue
        said = found.group(1)
        question = compiled(rf"\b(?:in )?(?:that|the same) {unit}\b", re.I).sub(
            f"in {said}", question
        )
        if past:
            question = compiled(rf"\b({_RANKED}) of the {unit}\b", re.I).sub(
                rf"\1 of the {unit} in {said}", question
            )
    return question


# The question's own time: the story's day is then none of its.
_TIME_SAID: Final = (
    rf"\b(?:{_DAY}|{_WEEKDAY}|{_MONTH}|today|tonight|this \w+|last \w+|yesterday|ever"
    r"|lately|recently|these days|since \w+|all time)\b"
)
# "What did I finish the day with", "what did I play that day": the day the
# story told. "What was on at nine o'clock?": that clock on the story's day.
_DAY_POINTED: Final = (
    r"\b(?:finish|finished|end|ended|start|started|begin|began|open|opened|close|closed"
    r"|round off|wrap up|kick off) (?:the|that) day\b|\bthat day\b"
    rf"|\bwhat (?:was|were|came) (?:on|playing|I playing|I listening to) (?:at|around|about|round about) {_CLOCK}\W*$"
)


def _day_pointed_back(story: str, question: str) -> str:
    """Return the question with the story's day said after it, when it points back to it."""
    day = compiled(rf"\b({_DAY})\b", re.I).search(story)
    if day is None or not (pointer := compiled(_DAY_POINTED, re.I).search(question)):
        return question
    if day.group(1).lower() == "last night" and "day" in pointer.group(0).lower():
        # "I was up late last night, so what did I start the day with?":
        # the day after that night, today.
        return question
    if compiled(_TIME_SAID, re.I).search(
        compiled(r"\bthat day\b", re.I).sub("", question)
    ):
        return question
    asked = compiled(r"\bthat day\b", re.I).sub("", question)
    ending = compiled(r"\W*$").search(asked)
    cut = ending.start() if ending else len(asked)
    return f"{asked[:cut].rstrip()} {day.group(1)}{asked[cut:]}"


def _name_pointed_back(story: str, question: str) -> str:
    """Return the question with "it" or "them" said as the name the story heard."""
    if not compiled(_POINTED, re.I).search(question):
        return question
    heard = [
        found.group("name")
        for found in compiled(_HEARD_NAME, re.I).finditer(story)
        if not _NO_NAME.match(found.group("name"))
    ]
    if len(heard) != 1:
        return question
    asked = compiled(_POINTED, re.I).sub(rf"\g<verb> {heard[0]}", question, count=1)
    day = compiled(rf"\b({_DAY})\b", re.I).search(story)
    if day is None or compiled(_TIME_SAID, re.I).search(asked):
        return asked
    # "... heard X on Saturday, did I have them on?": the story's day too.
    ending = compiled(r"\W*$").search(asked)
    cut = ending.start() if ending else len(asked)
    return f"{asked[:cut].rstrip()} {day.group(1)}{asked[cut:]}"


_TASTE: Final = re.compile(
    r"^.*\b(?:sum|size) me up (?:musically|music-wise|as a listener)\b.*$"
    r"|^.*\bdescribe me (?:musically|music-wise|as a listener)\b.*$",
    re.IGNORECASE,
)
_DESCRIBED: Final = re.compile(
    r"^(?P<ask>.*\b(?:busiest|most|usual|usually|peak)\b.*?),\s*(?:generally speaking,\s*)?"
    r"(?:the )?(?:hour|time)(?: of (?:the )?day)? and (?:the )?day(?: of the week)?"
    r"(?: and (?:all|everything|that))?(?P<end>\W*)$",
    re.IGNORECASE,
)
# A name said first and described between commas: "Eres, that Spanish one
# by Café Tacvba, when did I ...".
_DESCRIBED_NAME: Final = re.compile(
    # The name in capitals ("Eres", "Digital Love"): "out of curiosity,
    # that dance song by justice" names no song first.
    r"^(?P<name>(?-i:[A-Z][\w'\u2019-]*)(?: (?:(?-i:[A-Z][\w'\u2019-]*)|of|the|me|now|de|la)){0,5})"
    r", (?:that|the) (?:[\w-]+ ){0,2}?(?:one|song|tune|number|track|record)"
    r" by (?P<by>[^,]{2,40}),\s*(?=" + _ASKS + ")",
    re.IGNORECASE,
)


# "Early this year" said of the story's own doing ("I'm writing my
# Christmas letter early this year"): compared with other years, no period;
# "in early this year" or "early this year, what did I ..." are not hers.
_STORY_EARLY: Final = re.compile(
    r"\b(?:i'm|i am|we're|we are|i've|i have) \w+ing\b[^,]*\b(?:early|late) this year\s*$",
    re.IGNORECASE,
)
# A first clause that itself asks ("what did we listen to last friday, like,
# what was on that day") is the question said twice, never a story: it is
# left to the readers of a question said again, which keep its "we".
_ASKED_FIRST: Final = re.compile(
    r"^\W*(?:what|which|who|whom|when|how|did|do|does|have|has|had|was|were|is|are"
    r"|can|could|tell me|give me)\b",
    re.IGNORECASE,
)
# A recap asked with no time of its own.
_RECAP_ASKED: Final = re.compile(
    r"^(?:give me|tell me|let's have|run me through) (?:a |the |my )?(?:rundown|recap|summary|review|round-up)"
    r" of (?:my|our) (?:listening|music)(?:, (?:would|will|could|can) you)?\W*$",
    re.IGNORECASE,
)


def said_by_a_valleys_teacher(text: str) -> str:
    """Return a valleys teacher's question with what it points back to said in it."""
    if _TASTE.match(text):
        return "how would you describe my taste in music?"
    text = _DESCRIBED.sub(r"\g<ask>\g<end>", text)
    text = _DESCRIBED_NAME.sub(r"\g<name> by \g<by>, ", text)
    for story, question in _said_in_story(text):
        if _ASKED_FIRST.match(story):
            continue
        # A period, a clock or a name pointed back to: the question alone,
        # with what it points to, read as if the story had not been told (the
        # readers of stories and of a period said again would take the
        # story's time away, or the story's clause for the question).
        if _RECAP_ASKED.match(question) and _STORY_EARLY.search(story):
            # "I'm writing my Christmas letter early this year, so give me
            # a rundown of my listening": when she writes, no time asked.
            return question
        asked = _period_pointed_back(story, question)
        asked = _name_pointed_back(story, _day_pointed_back(story, asked))
        if asked != question:
            return asked
    return text
