"""A Swedish learner's English (issue 45's sixty-eighth turn, blind writer 464).

Swedish words slip into the sentence ("förra veckan" for last week, "låt"
and "låtar" for song and songs, "skiva" for a record, "podd" for a podcast,
"mycket" for much or a lot, "hej" and "ja" said first), and Swedish
prepositions come through translated word for word: "lyssna på" is
"listen on" ("when did I listen on Daft Punk last time"), "i dag" is "in
today", "när på dagen" is "when on the day", "vilken klocka" is "at what
clock". Swedish puts the verb second, so "när hörde jag" comes out as
"when heard I X the last time".

These had been read as wrong facts: "the three songs I have listened most
on förra veckan" answered all time, "my most played podd in 2025" the
songs, "at what clock do I most often play music" the top song, "how much
do I repeat låtar" the listening time, "how was our förra veckan in music"
this month. Each rule is a Swedish word, or a Swedish preposition's
shape, that an English question never says.
"""

import re

from .rules import Rule, rewrite

# After "listen on", what a Swedish learner means as "to": never a day, a
# part of the day, a device or a way of playing ("listen on Saturday",
# "listen on the speaker", "listen on repeat", "listen on average").
_NOT_A_NAME = (
    r"(?!(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|average"
    r"|repeat|loop|shuffle|spotify|sonos|vinyl|cd|radio|my|our|his|her|a|an|each|every"
    r"|this|that|which|what|those|these|last|next|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|the (?:weekends?|weekdays?|day|days|morning|evening|night|afternoon|way|go|move"
    r"|speaker|speakers|radio|stereo|kitchen|phone|train|bus|tube|car|commute|road|job"
    r"|whole|same|last|first|other|record player|turntable|headphones|weekday))\b)"
)

_LEARNER_SV_EN: tuple[Rule, ...] = (
    # "Hej, what did we listen", "ja so which band": a greeting or a
    # Swedish "yes, so" said first.
    (r"^(?:hej|hej hej|hejsan|tjena|ja|ja så|ja so|så)\b,?\s+(?:so\b,?\s+)?(?=\w)", ""),
    # "Förra veckan", "igår": read first, with every other language's times
    # (`world_times`).
    # "Låtar", "låt", "skivor", "skiva", "poddar", "podd": the kinds.
    (r"\blåtarna\b|\blåtar\b", "songs"),
    (r"\blåten\b|\blåt\b", "song"),
    (r"\bskivor(?:na)?\b", "albums"),
    (r"\bskivan\b|\bskiva\b", "album"),
    (r"\bpoddar(?:na)?\b", "podcasts"),
    (r"\bpodden\b|\bpodd\b", "podcast"),
    # "How mycket have I heard Justice": "hur mycket har jag hört" asks
    # how often a name was heard; with no name it is how much listening.
    (
        (
            r"^how mycket (have|did) (i|we) (heard|hear|listened to|listen to|played|play)"
            r" (?=(?!(?:music|podcasts?|songs?|in|this|last|today|yesterday)\b)\w)"
        ),
        r"how many times \1 \2 \3 ",
    ),
    (r"\bhow mycket\b", "how much"),
    # "Listening mycket on": listening to the most ("lyssnat mycket på").
    (
        r"\b(listen|listened|listening|play|played|playing) mycket(?: on| to)?\b",
        r"\1 to the most",
    ),
    (r"\bmycket\b", "a lot"),
    # "When heard I X the last time": Swedish's verb second.
    (
        r"^when (heard|played|listened to) (i|we) (?!(?:the|last|first)\b)(.+?),? (?:the )?last time\b",
        lambda found: (
            f"when did {found[2]} last "
            + {"heard": "hear", "played": "play", "listened to": "listen to"}[
                found[1].lower()
            ]
            + f" {found[3]}"
        ),
    ),
    # "Listen on Daft Punk", "listened on the Weeknd": "lyssna på", listen to.
    # Only where a name is asked after ("when did I", "how many times did
    # I", "have I"): "what I listened on November third" is a day.
    (
        (
            r"^((?:when|how many times|how often) (?:did|do|have) (?:i|we)|(?:have|did) (?:i|we))"
            rf" ((?:ever )?(?:listen|listened)) on {_NOT_A_NAME}(?=\w)"
        ),
        r"\1 \2 to ",
    ),
    # "Have I listened to X some time": ever ("någon gång").
    (r"^(have|did) (i|we) (?!ever\b)(.+?) some ?time\W*$", r"\1 \2 ever \3"),
    # "In today", "in yesterday", "in the day before yesterday": "i dag",
    # "i går", "i förrgår" word for word.
    (r"\bin (?=(?:today|yesterday|tonight|the day before yesterday)\b)", ""),
    # "The weekend that was": last weekend ("helgen som var").
    (r"\b(?:in |on |at |during )?the weekend that was\b", "last weekend"),
    # "At what clock", "what clock": at what time ("vilken tid", "klockan").
    (r"\b(at )?what clock\b", r"\1what time"),
    # "When on the day": at what time of day ("när på dagen").
    (r"^when on the day\b", "at what time of day"),
)


def said_as_swedish_learner(text: str) -> str:
    """Return a Swedish learner's question in plain English."""
    return rewrite(_LEARNER_SV_EN, text, re.IGNORECASE)
