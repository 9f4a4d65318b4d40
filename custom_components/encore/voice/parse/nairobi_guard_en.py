"""A terse Nairobi night guard's English (issue 45's seventy-eighth turn, blind writer 528).

Blind round seventeen's Kenyan security guard on night duty asks in few
words, the thing first and the question after it:

- "is it I played the weeknd last summer": Kenyan English asks a yes or no
  with "is it" before a statement (did I play);
- "eres by cafe tacuba, I played it on Saturday?" and "around the world,
  any time last year?": the name first, then a statement or "any time"
  asked with a rising voice (did I play it then);
- "when I was opening the gate at nine last night, which song was
  playing": the moment told in a clause of what he was doing (it had been
  read as a first play);
- "my busy listening time, when is it normally", "this day, which song
  started it", "heavy rotation now. which song": the topic said first and
  the question word last, pointing back with "it" or nothing.

Each rule is its own mark: the construction (a name or topic, a comma, a
question pointing back) is what this speech says, so a plain question is
left as said.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_VERB: Final = {"played": "play", "listened to": "listen to", "heard": "hear"}
_WHEN: Final = (
    r"(?:last \w+|this \w+|yesterday|today|tonight|last night|on \w+"
    r"|(?:over )?the (?:past|last) \w+ \w+)"
)


def _did(found: re.Match[str]) -> str:
    """Return "is it I played X" or "X, I played it then?" as did I play."""
    verb = _VERB[found["verb"].lower()]
    name = found["name"].strip()
    when = found["when"] or ""
    return f"did {found['who']} {verb} {name}{when}?"


_NAIROBI_GUARD_EN: Final[tuple[Rule, ...]] = (
    # "Is it I played X last summer": "is it" asks whether the statement holds.
    (
        r"^is it (?P<who>i|we) (?P<verb>played|listened to|heard) (?P<name>.+?)(?P<when>)\s*\??$",
        _did,
    ),
    # "X, I played it on Saturday?": the name, then the statement pointing
    # back to it. Never where the statement asks its own question.
    (
        (
            r"^(?!.*\b(?:how|when|what|which|who|why)\b)(?P<name>[^,]{3,}),\s*(?P<who>i|we)"
            r" (?P<verb>played|listened to|heard) (?:it|them|him|her)"
            rf"(?P<when> {_WHEN})?\s*\?$"
        ),
        _did,
    ),
    # "Around the world, any time last year?": was it played at all then.
    (
        rf"^(?!.*\b(?:how|when|what|which|who|why)\b)(?P<name>[^,]{{3,}}),\s*any ?time (?P<when>{_WHEN})\s*\??$",
        r"did I play \g<name> \g<when>?",
    ),
    # "When I was opening the gate at nine last night, which song was
    # playing": the clock told in what he was doing.
    (
        (
            r"^when (?:i|we) (?:was|were) \w+ing\b[^,]*?\b(?P<at>at [^,]+?)\s*,\s*"
            r"(?:which|what)(?: (?:song|track|tune|music))? was (?:playing|on)\s*\??$"
        ),
        r"what was playing \g<at>",
    ),
    # "My busy listening time, when is it normally": the topic first.
    (
        (
            r"^my (?:busy|busiest|peak) (?:listening )?(?P<unit>time|hour|day),\s*"
            r"(?:when|what|which) is it(?P<how> normally| usually| mostly)?\s*\??$"
        ),
        r"when is my busiest listening \g<unit>\g<how>",
    ),
    # "This day, which song started it": the first song of that day; "...
    # ended it": the last.
    (
        (
            r"^(?:(?:this|the) day|today),\s*(?:which|what) (?P<kind>song|track|tune)"
            r" (?:started|opened|began) it\s*\??$"
        ),
        r"which \g<kind> did I play first today",
    ),
    (
        (
            r"^yesterday,\s*(?:which|what) (?P<kind>song|track|tune)"
            r" (?:started|opened|began) it\s*\??$"
        ),
        r"which \g<kind> did I play first yesterday",
    ),
    # "Heavy rotation now. which song": what is on repeat.
    (
        (
            r"^(?:on )?(?:heavy rotation|repeat)(?P<when> now| these days| lately| this week)?"
            r"\s*[.,]\s*(?:which|what) (?P<kind>song|track|tune)\s*\??$"
        ),
        r"which \g<kind> is on repeat\g<when>",
    ),
)


def said_by_a_nairobi_guard(text: str) -> str:
    """Return a Nairobi guard's terse question said in the order readers know."""
    return rewrite(_NAIROBI_GUARD_EN, text, re.IGNORECASE)
