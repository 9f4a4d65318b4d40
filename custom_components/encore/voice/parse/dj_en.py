"""A DJ's and a music nerd's English (issue 45's eighteenth turn).

A writer nobody here had seen (writer 53, an ex-club-DJ) got no answer or a
wrong one for the words a DJ uses of playing records: "spun any Queen this
week", "did any Air make it onto the decks", "when was Queen last in the
mix", "cuts" for songs, "LP" for an album ("my LP of the year"), "bin off"
for skip, "on the trot" for in a row, "first-timers" for new artists, "what
sort of sound am I into" for the taste, a rough figure asked for ("...,
ballpark figure"), and a name said first with what it is said beside it
("Discovery, the Daft Punk LP on Virgin, how many plays has it had", "The
Daily, did I catch an episode", "last time The Daily was on, when was it").

Two steps, each a table of rules on function words and word shapes, never
on a name: `front_dj` reads the raw words (their commas set a name said
first apart) before the asides are clipped, `undo_dj` the normalized words
in `english_ways`. A rule that could change what is asked does not fire
(a wrong fact is worse than no answer).
"""

import re
from typing import Final

from .dj_de import front_dj_de
from .rules import rewrite

# A name said first, up to its comma: never a question's own words or a filler.
_NAME = (
    r"(?P<name>(?!(?:what|who|which|when|how|did|do|have|has|so|and|ugh|um|uh|erm"
    r"|er|okay|ok|right|well|hey|oh|hmm)\b)[^,.?!]{2,60}?)"
)
# What a record is called beside its name: "the Daft Punk LP", "that Air record".
_RECORD = (
    r"(?:lp|album|record|long-player|ep|single|twelve-inch|12-inch|seven-inch|7-inch"
    r"|track|tune|song|cut|platter|release)"
)
# A label or a year said after the kind: "on Virgin", "from 2001", "out on Warp".
_LABEL = r"(?: (?:out )?(?:on|from) [^,.?!]{2,30}?)?"
_PRONOUN = r"(?:it|that|that one|this one|them|him|her)"
# The words a DJ says for a record being played.
_ON_AIR = (
    r"(?:on|played|spun|aired|on the decks|on the turntables?|on the platter"
    r"|in the mix|in rotation)"
)

# The record said beside the name, to tell which one: ", the Daft Punk LP on
# Virgin". Never a rank or an order ("the very last song" is what is asked).
_BESIDE = (
    r"(?:, (?:the|that|this) (?:(?!\b(?:last|first|very|most|top|one|same)\b)[^,.?!])"
    rf"{{0,40}}?\b{_RECORD}s?{_LABEL})?"
)

_FRONT: tuple[tuple[str, str], ...] = (
    # "Discovery, the Daft Punk LP on Virgin, how many plays has it had in ...":
    # the plays of the name; what is said beside it only tells which one.
    (
        (
            rf"^{_NAME}{_BESIDE}, how many (?:plays|spins|streams|listens|times)"
            rf" (?:has|have) {_PRONOUN} (?:had|got|gotten|racked up|clocked up)\b"
        ),
        r"how many times did i play \g<name>",
    ),
    # "The Daily, did I catch an episode this morning": the show's plays.
    (
        (
            rf"^{_NAME}{_BESIDE}, (?:did|have) (?P<i>i|we) (?:catch|caught|hear"
            r"|heard|get|got|have|had|put on|stick on|play|played)"
            r" (?:an|any|a|the latest|the new|the last) (?:episode|ep|instalment"
            r"|installment)s?\b"
        ),
        r"did \g<i> listen to \g<name>",
    ),
    # "Last time The Daily was on, when was it": the name's own last play,
    # never the last play of anything.
    (
        (
            rf"^(?:the )?(?P<which>last|first|very first|very last) time {_NAME}"
            rf" (?:was|were|got|went) {_ON_AIR}, (?:when|what day|what time) (?:was|is)"
            r" (?:it|that)\b"
        ),
        r"when did i \g<which> play \g<name>",
    ),
)


# "What's my sound, like how would you describe what I play" (issue 45's
# twenty-eighth turn): the taste, in the present; what was played is asked in
# the past ("describe what I played last week").
_DESCRIBED: Final = re.compile(
    r"\b(?:how would you|how'd you|can you|could you|would you)? ?describe what"
    r" (?:i|we) (?:play|spin|put on|listen to)(?=\s*[?.!]*$)",
    re.IGNORECASE,
)


def taste_described(text: str, language: str) -> str:
    """Return "describe what I play" as the taste asked, before a learner's order."""
    if language != "en":
        return text
    return _DESCRIBED.sub("describe my music taste", text)


def front_dj(text: str, language: str) -> str:
    """Return `text` with a name said first, and its description, put in place."""
    if language == "de":
        return front_dj_de(text)
    return rewrite(_FRONT, text, re.IGNORECASE)


_PERIOD = (
    r"(?:today|tonight|yesterday|this|last|since|so far|lately|recently|in|on"
    r"|during|over|the past|past|ever|of all time|all time)"
)
# Words that ask for a rough figure after the question: "..., ballpark figure".
_ROUGHLY = (
    r"(?:ballpark|ballpark figure|ballpark number|in the ballpark|rough figure"
    r"|rough number|rough guess|roughly|approximately|approx|give or take"
    r"|more or less|near enough|thereabouts|or thereabouts|just roughly"
    r"|rough idea|roughly speaking|a rough figure|a ballpark figure)"
)

_DJ: tuple[tuple[str, str], ...] = (
    # "When did I last drop Bohemian Rhapsody", "how many times did I bang
    # out Don't Stop Me Now" (issue 45's twenty-eighth turn): played.
    (
        (
            r"\b(i|we) ((?:last |first |ever |even |just )?)(?:drop|dropped|bang out"
            r"|banged out)\b"
        ),
        r"\1 \2play",
    ),
    # "..., ballpark figure": the count is the count; a rough one is no other.
    (rf" {_ROUGHLY}$", ""),
    # "..., first-timers only": said only to stress the new ones.
    (r" (?:first-timers|first timers|newbies|new ones|new names) only$", ""),
    # "Any first-timers this month": new artists.
    (r"\b(?:first-timers|first timers)\b", "new artists"),
    # "An LP", "my LP of the year": an album.
    # Only where a ranking or a question says it: "Discovery, the LP" is a
    # name told apart, read by the names' own rules.
    (
        r"\b(my|our|which|what|any|favourite|favorite|fave|top|biggest) lps\b",
        r"\1 albums",
    ),
    (
        r"\b(my|our|which|what|an|any|favourite|favorite|fave|top|biggest) lp\b",
        r"\1 album",
    ),
    (r"\blp(?= of the\b)", "album"),
    # "Cuts" are songs; "the cut I bin off", "my most spun cut": a song.
    (r"\b(?:deep )?cuts\b", "songs"),
    (
        (
            r"\b(the|a|my|our|which|what|that|this|any|one|fave|favourite|favorite|top"
            r"|biggest|spun|played|every|each|different) (?:deep )?cut\b"
        ),
        r"\1 song",
    ),
    # "On the trot", "on the bounce": in a row.
    (r"\bon the (?:trot|bounce|spin)\b", "in a row"),
    # "Bin off", "binned off": skip.
    (r"\b(?:bin|binned|binning|bins) (?:it |them |that )?off\b", "skip"),
    # "What sort of sound am I into": the taste; a period after it is kept.
    (
        (
            r"^(?:so )?(?:what|which) (?:sort|kind|type|style) of (?:sound|sounds|vibe"
            r"|vibes|music|records|tunes) (?:am i|are we|have i been|have we been"
            r"|do i|do we) (?:really |mostly |actually |generally )?(?:into|digging|dig"
            r"|about|going for|go for)\b"
        ),
        "what is my music taste",
    ),
    (
        r"^(?:how would you|how'd you|can you|could you) describe (?:my|our) sound\b",
        "describe my music taste",
    ),
    # "Spun any Queen this week": a name played, said without "did I".
    (rf"^(?:have i |did i )?spun (any|some) (?=\S.* {_PERIOD}\b)", r"did i play \1 "),
    # "Did any Air make it onto the decks yesterday": a name played.
    (
        (
            r"^(did|has|have) (any |some )?(.+?) (?:make it|made it|get|got|go|end up"
            r"|find (?:its|their) way) (?:on|onto|into|in|on to) (?:the )?(?:decks|mix"
            r"|turntables?|platters?|rotation)\b"
        ),
        r"did i play \2\3",
    ),
    # "When was Queen last in the mix", "... last on the decks": its last play.
    (
        (
            r"^when (?:was|were|did) (.+?) (last|first) (?:in the mix|on the decks"
            r"|on the turntables?|on the platter|in rotation|spun|get spun|get a spin)\b"
        ),
        r"when did i \2 play \1",
    ),
)


def undo_dj(words: str) -> str:
    """Return normalized words with a DJ's words for playing undone."""
    return " ".join(rewrite(_DJ, words).split())
