"""An Astoria diner owner's English (issue 45's seventy-eighth turn, blind writer 529).

A chatty Greek-American diner owner from Queens narrates her day before
every question, and the story's words were read as the question's:

- a story ended by "so go ahead, tell me, who was I obsessed with lately?":
  its "only ever play the same guy over and over" was read as a song on
  repeat of all time (a wrong fact), where she asks who she played most;
- reported speech before the question ("a customer asks me, you got
  eclectic taste? And I says, I dunno! How many different artists ...")
  was read as her taste (a wrong fact);
- an address between commas ("Fill me in, sweetheart, what did we listen
  to the day before yesterday?") made "fill me in" the month's recap (a
  wrong fact);
- "did I" left out before "listened to much Air this summer?" asked how
  often, not whether;
- when she asks ("before the dinner crowd hits, give me a rundown ..., quick,
  quick") was read as the recap's time;
- a day said first in the story ("Last Friday at noon exactly, the lunch
  bell, ... What was on at twelve o'clock?") is the clock's day;
- "my grandson keeps sending me songs on the phone" names no room;
- a song named in the story ("humming that Daft Punk one more time song
  ..., How many times did that get played last week?") is what "that" asks
  about.

Run on the words as said, first of `said_as_written_en`; only a sentence with
one of her marks (`_MARK`) is read, so no other speaker's question is
rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_DAY: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ASKS: Final = (
    r"(?:(?:so|and|now)\s+)?(?:who|who's|what|what's|which|when|how|did|do|have|am|was"
    r"|give me|tell me)\b"
)

# "... humming that Daft Punk one more time song while she fills the
# ketchups. How many times did that get played last week?": the song named
# in the story (capitalised, at most eight words) and the question's "that"
# or "it" pointing back to it.
_THAT_SONG: Final = (
    r"^.*?\bthat ((?-i:[A-Z])[\w'&]*(?: [\w'&]+){0,7}?) (?:song|tune|number)"
    r"( by (?-i:[A-Z])[\w'&]*(?: (?-i:[A-Z])[\w'&]*){0,3})?\b[^.?!]*[.!]\s+"
    r"((?:how many times|how often|when)\b[^.?!]*?) (?:that|it)\b([^.?!]*\?)\s*$"
)

# "Fill me in, sweetheart, ...": an address first, or after her opener.
_DEAR: Final = r"(?:sweetheart|sweetie|honey|hon|doll)"
_OPENER: Final = r"(?:fill me in|tell me|listen|so|okay|ok|alright)"

_MARK: Final = re.compile(
    r"\bgo ahead,? tell me\b"
    r"|\b(?:asks|asked) me,|\b(?:i|she|he) says,"
    rf"|^(?:{_OPENER},\s*)?{_DEAR},"
    # Capitalised, as she writes a whole sentence: the clipped typist's
    # lower-case "listened to much Queen this year?" is asked both ways
    # (how often, whether) by older writers, and stays as read.
    r"|^(?:so,?\s+)?(?-i:Listened) to (?:much|a lot of|any)\b"
    r"|\bbefore the (?:dinner|lunch|lunchtime|breakfast|supper) (?:crowd|rush)\b"
    r"|\bquick,? quick[.!?]*\s*$"
    rf"|^(?:last|this past) {_DAY}\b[^.!?]*[.!]\s+(?:so\s+)?what (?:was|were) (?:on|playing)"
    r" at\b"
    r"|\b(?:sending|sends|sent|send|showing|shows) me \w+ on (?:the|his|her|my) phone\b"
    rf"|{_THAT_SONG}",
    re.IGNORECASE,
)

_ASTORIA_DINER_EN: Final[tuple[Rule, ...]] = (
    # "..., so go ahead, tell me, who was I obsessed with lately?": the
    # story before it asks nothing; "who was I obsessed with" is who she
    # played most (the ranking), as "who have I been obsessed with" reads.
    (rf"^.*?\b(?:so,?\s+)?go ahead,?\s+tell me,?\s+(?={_ASKS})", ""),
    (r"\bwho (?:was|were) (i|we) obsessed with\b", r"who have \1 been obsessed with"),
    # "... asks me, you got eclectic taste? And I says, I dunno! How many
    # ...": what was said to her and what she answered ask nothing.
    (
        rf"^.*\b(?:(?:asks|asked) me|(?:i|she|he) says),[^.?!]*[.?!]+\s+(?={_ASKS})",
        "",
    ),
    # "Fill me in, sweetheart, what ...": an address, nothing asked.
    # Only first, or after her opener: a "honey" later in the sentence
    # stays where older readers read it.
    (rf"^(?:({_OPENER}),\s*)?{_DEAR},\s*", r"\1, "),
    (r"^,\s*", ""),
    # "Listened to much Air this summer?": "did I" left out; whether she did.
    (
        (
            r"^(?:so,?\s+)?(?-i:Listened) to (?:much|a lot of|any) ([^?.!]+?)"
            r"(\s+(?:this|last) (?:summer|winter|spring|fall|autumn|week|month|year)"
            r"|\s+lately|\s+recently)?\s*\?"
        ),
        r"Did I listen to \1\2?",
    ),
    # "Before the dinner crowd hits, ...", "..., quick, quick": when and how
    # fast she asks, no time of the question.
    (
        (
            r"^(?:quick(?: one)?,?\s+)?before the (?:dinner|lunch|lunchtime|breakfast|supper)"
            r" (?:crowd|rush)(?: (?:hits|comes in|gets here|starts|shows up|arrives))?,\s*"
        ),
        "",
    ),
    (r",?\s*\bquick,?\s+quick([.!?]*)\s*$", r"\1"),
    # "Last Friday at noon exactly, ... What was on at twelve o'clock?": the
    # story's day is the clock's.
    (
        (
            rf"^((?:last|this past) {_DAY})\b[^.!?]*[.!]\s+((?:so\s+)?what (?:was|were)"
            r" (?:on|playing) at [^.?!]+?)\s*\?\s*$"
        ),
        r"\2 \1?",
    ),
    (_THAT_SONG, r"\3 \1\2\4"),
    # "sending me songs on the phone": how they came, no room.
    (
        r"\b((?:sending|sends|sent|send|showing|shows) me \w+) on (?:the|his|her|my) phone\b",
        r"\1",
    ),
)


def said_in_an_astoria_diner(text: str) -> str:
    """Return an Astoria diner owner's question said in the English later readers know."""
    return rewrite_marked(_MARK, _ASTORIA_DINER_EN, text)
