"""A chatty Boston bartender's story-first questions (issue 45's eightieth turn, blind writer 539).

She tells the story behind every question and drops her g's ("makin'",
"listenin'", "goin'"): the story came first and was taken for the question
("I'm makin' a mix for the jukebox at work, don't laugh, name my five ...":
an area called "work"), the day she meant was said in the story and the
question only points back ("..., that's the day before yesterday, ...,
how much time'd I spend listenin' that day?", "November third, that was
the night of the Celtics thing, what music did I have goin' that day?"),
and a remark after the question was read into it (", she was runnin' the
kitchen ...", ", kid, and don't sugarcoat it": Queen's count read as a
song's, a wrong fact; ", 'cause I work every Saturday": the habit read for
that Saturday, a wrong fact). "How much re-playin' did I do" asks the
repeat rate (read as her top songs, a wrong fact), "hit skip ... outta
everything I played" the skip rate, "what's been on constant repeat with
me ..., song-wise" her song on repeat, and "X, Daft Punk, the robot one,
did I play that" names the song and its band first.

Run on the words as said; only a sentence with one of her marks (`_MARK`:
a dropped g, "wicked", "kid" as an address, "outta", "hit skip",
"re-playin'", "song-wise", "got me into") is read, so no other speaker's
question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    # A dropped g is written with its apostrophe ("makin'"), never plain "in".
    r"\b[a-z]{2,}in'(?=\W|$)|\bwicked\b|,\s*kid\b|\boutta\b|\bhit skip\b"
    r"|\bsong-wise\b|\bgot me into\b|\bthe [a-z-]+ one, did i\b",
    re.IGNORECASE,
)

_MONTH: Final = (
    r"(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)"
)

_BOSTON_BARTENDER_EN: Final[tuple[Rule, ...]] = (
    # "I'm makin' a mix for the jukebox at work, don't laugh, name my ...":
    # what she is doing, and "don't laugh", come before what she asks.
    (
        (
            r"^i'?m \w+in'? [^,?]*,\s*(?:(?:don't|do not) (?:laugh|judge(?: me)?),\s*)?"
            r"(?=(?:name|give|tell|list|show|read)\b)"
        ),
        "",
    ),
    # "..., that's the day before yesterday, ..., how much time'd I spend
    # listenin' that day?": the day the story said, asked about.
    (
        (
            r"^.*?\bthat(?:'s| was) (the day before yesterday|yesterday|today|last \w+)\b"
            r"[^?]*?,\s*((?:how|what|which|who|did)\b[^,?]*?)\s*\bthat day\b"
        ),
        r"\2 \1",
    ),
    # "November third, that was the night of the Celtics thing, what music
    # did I have goin' that day?": the date said first, then why.
    (
        (
            rf"^({_MONTH} [\w-]+(?: [\w-]+)?), that(?:'s| was) [^,?]*,\s*"
            r"((?:how|what|which|who|did)\b[^,?]*?)\s*\bthat day\b"
        ),
        r"\2 on \1",
    ),
    # "what music did I have goin'": had on (after the date is said).
    # Only before the date: "what I had goin' last night" asks what played.
    (rf"\b(have|had) goin' (?=on {_MONTH}\b)", r"\1 "),
    (r"\bdurin'(?=\W|$)", "during"),
    # "time'd I", "how'd I": "did" clipped onto the word before.
    (r"\b(time|tunes|songs|much|many)'d i\b", r"\1 did I"),
    # ", she was runnin' the kitchen while I was at my mother's": who was
    # doing what, after the question.
    (r",\s*(?:she|he|they|i|we) (?:was|were) \w+in'?\b[^?]*$", ""),
    # "did Ada put on Saturday": put on (music) on that day.
    (
        r"\bput on ((?:last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
        r"play on \1",
    ),
    # ", kid, and don't sugarcoat it", ", be honest": said to the box.
    (
        (
            r",\s*(?:kid|hon)\b,?\s*(?:(?:and )?(?:don't sugarcoat it|be honest(?: with me)?"
            r"|no funny business|don't lie to me|go easy on me))?\s*([?.!]*)\s*$"
        ),
        r"\1",
    ),
    # ", 'cause I work every Saturday so who knows": her reason, not a time.
    (r",\s*(?:'cause|cause|because|'cos|cos)\s+i\b[^?]*$", ""),
    # "my friend Lupe got me into Café Tacvba, had any of them on this summer?"
    (
        (
            r"^(?:(?:my|our) \w+(?: \w+)?|\w+) got me into ([^,]+), (?:have i |did i )?(?:had|played|heard) "
            r"any (?:of )?(?:them|'em|it|him|her) (?:on )?"
        ),
        r"did I have any \1 on ",
    ),
    # "Around the World, Daft Punk, the robot one, did I play that last
    # week at all": the song, its band and what she knows it by first.
    (
        (
            r"^([^,]+), ([^,]+), the [a-z-]+ one, did i (play|hear|have) (?:that|it)\b"
            r"(.*?)(?:\s+at all)?\s*([?.!]*)\s*$"
        ),
        r"did I \3 \1 by \2\4\5",
    ),
    # "how many times did I hit skip ... outta everything I played"
    (r"\bhit skip\b", "skip"),
    (r",?\s*\bout(?:ta| of) everything i (?:played|had on|heard)\b", ""),
    # "how much re-playin' did I do this year, same tunes again and again?"
    (
        (
            r"^how much re-?play(?:in'?|ing) (?:did|have) i (?:do|done) ?(.*?)"
            r"(?:,\s*(?:the )?same (?:tunes|songs|stuff)[^?]*)?\s*([?.!]*)\s*$"
        ),
        r"what's my repeat rate \1\2",
    ),
    # "the first song I played this week, Monday mornin' probably, what was
    # it": her guess at the day is no time asked.
    (
        (
            r",\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?"
            r"(?:mornin'?g?|night|afternoon|evenin'?g?)? ?probably,"
        ),
        ",",
    ),
    # "what's been on constant repeat with me the past couple weeks, song-wise"
    (
        (
            r"^what's been on (?:constant |heavy )?repeat(?: with me)? (.*?),?\s*song-?wise"
            r"\s*([?.!]*)\s*$"
        ),
        r"what song has been on repeat \1\2",
    ),
)


def said_by_a_boston_bartender(text: str) -> str:
    """Return a Boston bartender's question said without her story around it."""
    return rewrite_marked(_MARK, _BOSTON_BARTENDER_EN, text, squeeze=True)
