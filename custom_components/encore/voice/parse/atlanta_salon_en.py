"""An Atlanta hairdresser's gossip before her question (issue 45's eighty-second turn, blind writer 549).

She tells what her clients did before every question and calls the
speaker "sugar": "LaKeisha brought me a pound cake ..., don't you tell
nobody. Sugar what was my most played song in October", "Miss Darlene
only comes in Wednesdays .... Sugar what day of the week do I play the
most music" (the story's Wednesday answered as the question's day, a
wrong fact), "So the Baptists and the Methodists are fighting ...,
sugar. How many streams ...", "Sugar, Dottie got a perm. A perm! In
twenty twenty six! How long did I listen to music today?" (the story's
year read as the question's). The story is hers, never the question: a
sentence that opens with "sugar", or follows one that ends with it, is
where the question begins; with her "sugar" said first, the question is
the last sentence that opens as a question does. "Sugar" between commas
or last is left out ("The Daily, sugar, how many ...", "When do I
usually have the music going sugar, like what hour?").

A song her client hummed in the story is the question's "that one"
("Pam says she heard me humming Don't Stop Me Now at the shampoo bowl.
Did I play that one on Saturday?"); "your girl Ada" is Ada, and what she
"racked up" is what she played; "go on" after the question asks nothing.

Only a sentence with one of her marks (`_MARK`: "sugar" said as an
address, at a sentence's start or set off by a comma or last after a
question word's clause, never "Brown Sugar" or a song called "Sugar"
played) is read, so no other speaker's question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# "Sugar" as her address: first in a sentence, or set off by a comma.
# A song ("did I play Sugar", "Brown Sugar", "Sugar, Sugar") is never one:
# said first it is followed by a comma and a word that opens a question or
# a story; set off after a comma it closes a clause.
_ADDRESS: Final = r"(?:sugar|sug|shug|sugar pie|sweetie)"
# The words a question opens with, in the mark after her address and as a
# sentence's first words below.
_ASKING: Final = (
    r"how|what|what's|whats|when|when's|whens|which|who|who'd|who's|whose|did|do|does"
    r"|have|has|is|am|are"
)
_OPENS: Final = rf"(?:{_ASKING}|had|was|were|give|gimme|tell|run|fill|in|on|at|since|first|last|that|my|i)"

# Never a song's name: "Brown Sugar", "pour some sugar", "Sugar, Sugar",
# "did I play Sugar", "the last time I heard Sugar". Only the words said
# right before it.
_NOT_A_SONG: Final = (
    r"(?<!\bplay)(?<!played)(?<!\bhear)(?<!heard)(?<!\bto)(?<!\bon)(?<!\bof)"
    r"(?<!brown)(?<!some)(?<!sugar)(?<!like)(?<!called)(?<!named)(?<!\bby)"
)

_MARK: Final = re.compile(
    rf"(?:^|[.!?]\s+){_ADDRESS}(?!,\s*sugar\b)(?:,\s+\w|\s+{_OPENS}\b)"
    rf"|,\s*{_ADDRESS}\s*(?:[,.!?]|$)"
    rf"|{_NOT_A_SONG}\s+{_ADDRESS}\s*(?:,|[?.!]*\s*$)",
    re.IGNORECASE,
)

# A sentence that opens as a question does (or as her request does).
_QUESTION: Final = rf"(?:{_ASKING}|give me|gimme|tell me|run me|fill me)\b"

_ATLANTA_SALON_EN: Final[tuple[Rule, ...]] = (
    # "Sugar, Pam says she heard me humming Don't Stop Me Now at the
    # shampoo bowl. Did I play that one on Saturday?": the hummed song is
    # "that one"; the rest of the story goes with it below.
    (
        (
            r"\b(?:heard|caught|had) me (?:humming|singing|whistling) ([^,.!?]+?)"
            r" (?:at|in|under|by|while|during|on) [^.!?]*[.!?]\s+"
            r"(did|have|had) (i|we) (play|played|hear|heard|listen to|listened to|have on|had on|put on)"
            r" (?:that one|that song|that|it)\b"
        ),
        r". \2 \3 \4 \1",
    ),
    # "Sugar, Dottie got a perm. A perm! ... How long did I ...?": her
    # address first, then the story, then the question.
    (rf"^{_ADDRESS},?\s+(?=[^.!?]*[.!?]\s)", ""),
    # "... don't you tell nobody. Sugar what was my most played song":
    # all before the sentence her address opens is the story.
    (rf"^.*[.!?]\s+{_ADDRESS}\b,?\s*", ""),
    # "... fighting over that parking lot again, sugar. How many ...":
    # the story ends with her address.
    (rf"^.*,\s*{_ADDRESS}\s*[.!]\s+(?=\S)", ""),
    # "... straight. Five songs, sugar, my top five of all time": the
    # sentence her address is said in is the question. A question asked
    # before it stays ("...? Just the hours, sugar, I don't need the
    # seconds.", "...? Thank you, sugar."): only told sentences go.
    (
        rf"^(?:[^.!?]*[.!]\s+)+(?=[^.!?]*{_NOT_A_SONG}[,\s]\s*{_ADDRESS}\s*(?:[,?.!]|$))",
        "",
    ),
    # Told sentences of a story before the one that asks.
    (rf"^(?:[^.!?]*[.!]\s+)+(?={_QUESTION})", ""),
    # "The Daily, sugar, how many ...", "... going sugar, like what hour?",
    # "..., sugar?": her address said mid-question or last.
    (rf",\s*{_ADDRESS}\s*,", ","),
    (rf"{_NOT_A_SONG}\s+{_ADDRESS}\s*,\s*(?:like\s+)?", ", "),
    (rf",?{_NOT_A_SONG}\s+{_ADDRESS}\s*([?.!]*)\s*$", r"\1"),
    # "Sugar I been so busy ... I ain't had a minute to think, fill me in
    # on my listening": why she asks, said first.
    (
        r"^[^,?]*\b(?:busy|ain't had a minute|haven't had a minute)\b[^,?]*,\s*(?=fill me in|tell me|give me|run me)",
        "",
    ),
    # "Five songs, my top five of all time, go on": urging, asking nothing.
    (r",\s*(?:go on|go ahead|come on)\s*([?.!]*)\s*$", r"\1"),
    # "How many streams has your girl Ada racked up this week?": Ada's
    # plays.
    (r"\b(has|did) your (?:girl|boy) (\w+) rack(?:ed)? up\b", r"\1 \2 played"),
)


def said_in_an_atlanta_salon(text: str) -> str:
    """Return an Atlanta hairdresser's question without the gossip before it."""
    return rewrite_marked(_MARK, _ATLANTA_SALON_EN, text, squeeze=True)
