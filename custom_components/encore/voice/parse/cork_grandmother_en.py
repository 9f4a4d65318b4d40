"""A chatty Cork grandmother's stories before her question (issue 45's seventy-ninth turn, blind writer 534).

Blind round eighteen's grandmother from Cork tells what the grandchildren
did or said before she asks, in a sentence of its own, and remarks after
the question; the story's words were read as the question's:

- a grandchild's visit with the day said only in the story ("Yesterday
  evening Saoirse was here doing her Irish homework and I had something on
  in the background. What was I listening to?") was answered whether
  "homework" played (a wrong fact): the question is asked of the story's
  day;
- Irish English's cleft ("What song was it I played first on Saturday?",
  "Is it the afternoons or the mornings I have more on?"): its "it" was
  taken to point back into the story, so the story was kept and read
  ("first thing" as a name); said plainly, the story is left out;
- a remark said first about a song ("Sexy Boy by Air, Saoirse thinks the
  name is gas. How often did I play it ...?") and "the X one" beside it
  ("around the world, the daft punk one, how many plays did that get"):
  the question's "it" or "that" is the song;
- a remark or reason after the question (", sure it must be hundreds",
  ", so I can prove her wrong"): "sure must hundreds" was read as a name
  and "her" as pointing back into the story, whose "about four" was read
  as a clock.

Run on the words as said, first of `said_as_written_en`; each rule needs
its construction (a grandchild's visit or remark told as a sentence of its
own, a song said first with a remark, a trailing "sure"), so no other
speaker's question is rewritten.
"""

import re
from typing import Final

_WEEKDAY: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART: Final = r"(?:morning|afternoon|evening|night)"
_MONTH: Final = (
    r"(?:january|february|(?-i:March)|april|(?-i:May)|june|july|august|september"
    r"|october|november|december)"
)
# A day said in the story: "Yesterday evening", "On Saturday", "last night".
_DAY: Final = (
    rf"(?:yesterday(?: {_PART})?|last night|the day before yesterday|this {_PART}"
    rf"|(?:on |last )?{_WEEKDAY}(?: {_PART})?)"
)
# A time of the question's own: the story's is then none of its.
_TIME_SAID: Final = re.compile(
    rf"\b(?:{_DAY}|{_MONTH}|today|tonight|this (?:week|month|year|summer|weekend)"
    r"|(?:last|past) (?:week|month|year|summer|weekend|\w+ (?:days|weeks|months))"
    r"|ever|lately|recently|since \w+|all time|\d{4}|at \w+)\b",
    re.IGNORECASE,
)
# A grandchild's visit or remark, told as a sentence of its own before the
# question: "Saoirse was here ...", "The grandchildren were over Saturday",
# "Oisín says I'm up with the lark", "Aoife says I've only about four ...".
_STORY: Final = re.compile(
    # "I was up at four thirty" or "the whole precinct came in" is no visit.
    r"\b(?:was|were) (?:here|over|round|around|home) \w+|\b(?:was|were) in (?:on|for|with)\b"
    r"|\b(?:came|come) (?:over|round|around)\b"
    r"|\b(?:says|said|thinks|reckons|tells me) (?:i'm|i am|i've|i have|i only|i'd|i do"
    r"|i listen|i play)\b",
    re.IGNORECASE,
)
_SENTENCE: Final = re.compile(r"(?<=[.!])\s+(?-i:(?=[A-Z]))")
_PLAYED: Final = {
    "played": "play",
    "had on": "have on",
    "put on": "put on",
    "listened to": "listen to",
    "heard": "hear",
}
# "What song was it I played first": the cleft said plainly.
_CLEFT_WHAT: Final = re.compile(
    r"\b(what|which|who)((?: (?:song|tune|track|record|album|artist|band|singer|podcast))?)"
    r" was it (?:that )?(i|we) (played|had on|put on|listened to|heard)\b",
    re.IGNORECASE,
)
_PARTS: Final = r"(?:mornings?|afternoons?|evenings?|nights?|weekends?|weekdays?)"
# "Is it the afternoons or the mornings I have more on?": which is more.
_CLEFT_OR: Final = re.compile(
    rf"^is it ((?:the )?{_PARTS}) or ((?:the )?{_PARTS}),? (?:that |when )?(i|we)"
    r" ([^?]+?)\s*\?$",
    re.IGNORECASE,
)


def _cleft_said_plainly(question: str) -> str:
    """Return an Irish cleft question said the plain way."""
    question = _CLEFT_WHAT.sub(
        lambda found: (
            f"{found[1]}{found[2]} did {found[3]} {_PLAYED[found[4].lower()]}"
        ),
        question,
    )
    if (found := _CLEFT_OR.match(question)) is not None:
        place = "on" if re.search(r"week", found[1], re.IGNORECASE) else "in"
        question = f"do {found[3]} {found[4]} {place} {found[1]} or {found[2]}?"
    return question


def _after_story(text: str) -> str:
    """Return the question told after a grandchild's story, with the story's day."""
    sentences = _SENTENCE.split(text.strip())
    if len(sentences) < 2 or not sentences[-1].endswith("?"):
        return text
    story, question = " ".join(sentences[:-1]), sentences[-1]
    if _STORY.search(story) is None or any(s.endswith("?") for s in sentences[:-1]):
        return text
    question = _cleft_said_plainly(question)
    if re.search(
        r"\b(?:it|them|that one|this one|that (?:day|night|morning|evening|afternoon))\b"
        # "... a favorite album now. Which one did I play ...": the album.
        r"|\b(?:which|what) one\b",
        question,
        re.IGNORECASE,
    ):
        # "... Have I had it on?", "... did we play that day": the story
        # names what is asked, or when; the readers of stories read it.
        return text
    day = re.search(rf"\b({_DAY})\b", story, re.IGNORECASE)
    if _TIME_SAID.search(question) is None and day is not None:
        # "Yesterday evening Saoirse was here .... What was I listening
        # to?": the visit's day is the question's. The story's "about four
        # singers" is no time of it.
        return f"{question.rstrip('?').rstrip()} {day[1]}?"
    return question


# "Sexy Boy by Air, Saoirse thinks the name is gas. How often did I play
# it ...?": a song said first in capitals, someone's remark about it, then
# the question's "it" or "that".
_REMARKED_NAME: Final = re.compile(
    r"^(?P<name>(?-i:[A-Z])[\w'\u2019-]*(?: [\w'\u2019-]+){0,5}?)"
    r",\s+(?:(?:our|the|little|young|me|my) )*(?:(?-i:[A-Z])\w+|grandson|granddaughter"
    r"|grandchildren|young one|small one|lad|eldest|youngest)"
    r" (?:thinks|says|reckons|loves|adores|hates|calls|finds|said|thought|can't stand)"
    r"\b[^.?!]*[.!,]\s+"
    r"(?P<question>(?:how|when|did|have|what)\b[^?]*?\b(?:play|played|hear|heard"
    r"|have|had|put) )(?:it|that|that one|them)\b(?P<rest>[^?]*\??)\s*$",
    re.IGNORECASE,
)
# "around the world, the daft punk one, how many plays did that get": the
# song by that artist, how many times played.
_THE_ONE: Final = re.compile(
    r"^(?P<name>[^,.?!]{2,40}), the (?P<by>[^,.?!]{2,30}?) one,\s+"
    r"(?:how many (?:plays|spins|listens|times)|how often) did (?:that|it|that one)"
    r" get(?: played)?\b(?P<rest>[^?]*\??)\s*$",
    re.IGNORECASE,
)
# ", sure it must be hundreds", ", sure I wouldn't have": a guess said
# after the question, asking nothing.
_SURE_AFTER: Final = re.compile(
    r"(?<=\w),\s+sure (?:it|it's|it'll|there|there's|that|that's|they|they'd|i|i'd|i'm"
    r"|he|she|we)\b[^?.!]*(?P<end>[?.!]?)\s*$",
    re.IGNORECASE,
)
# ", so I can prove her wrong": why she asks.
_REASON_AFTER: Final = re.compile(
    r",\s+so (?:that )?(?:i|we) can (?:prove|show) (?:her|him|them|\w+) (?:wrong|right)"
    r"(?P<end>[?.!]?)\s*$",
    re.IGNORECASE,
)


def said_by_a_cork_grandmother(text: str) -> str:
    """Return a Cork grandmother's question without her stories and remarks."""
    text = _SURE_AFTER.sub(r"\g<end>", text)
    text = _REASON_AFTER.sub(r"\g<end>", text)
    text = _THE_ONE.sub(r"how many times did I play \g<name> by \g<by>\g<rest>", text)
    text = _REMARKED_NAME.sub(r"\g<question>\g<name>\g<rest>", text)
    return _after_story(text)
