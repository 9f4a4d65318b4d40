"""A Ghana-born market trader's English in South London (issue 45's eighty-fourth turn, blind writer 561).

Her Ghanaian English: "chale", "ei", "I beg", "by force" (no matter what,
over and over), "pass" (the most), "anaa" (Twi's "or not") said last, a
story before the question. Her questions read wrong or not at all:

- "Since October, which show have I been putting on pass? The talking
  ones, the podcasts": the podcast she played the most ("pass" and the
  kind said again after had left no question).
- "Ei, you know, I was telling my sister about that French band Justice,
  did I listen to them yesterday?": the story names what "them" is (the
  name had been "them yesterday").
- "cafe tacuba, I played them last summer anaa?": did she play them then
  (the name had been "them anaa").
- "The tune I've been playing by force these past two weeks, which one?":
  the song on repeat ("by force" is over and over).

Only a sentence with one of her marks (`_MARK`) is read, so no other
speaker's question is rewritten. A name is never changed.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_WHO: Final = r"(?:i|we)"
_PRONOUN: Final = r"(?:them|it|him|her|that one|that)"
_PAST: Final = r"(?:played|heard|listened to|put on|had on)"
# A kind of thing said before a name in a story: "that French band Justice".
_KIND: Final = (
    r"(?:band|group|singer|artist|musician|song|tune|track|album|podcast|show)"
)
_MARK: Final = re.compile(
    r"\banaa\b|\bby force\b|\bchale\b|^ei\b|\bI beg\b"
    r"|\b(?:putting on|playing|listening to|hearing|playing it|putting it on) pass\b"
    rf"|^(?:ei,? )?(?:you know,? )?{_WHO} was (?:telling|talking to|chatting to|chatting with) ",
    re.IGNORECASE,
)

_PECKHAM_TRADER_EN: Final[tuple[Rule, ...]] = (
    # "..., the talking ones, the podcasts": the show she asked about was a
    # podcast, said again after the question.
    (
        r"\b(?:show|shows|one|ones)\b(?P<ask>[^?]*)\?\s*(?:the )?talking ones,?\s*(?:the |i mean )?podcasts?\W*$",
        r"podcast\g<ask>",
    ),
    # "which show have I been putting on pass": the most.
    (
        r"\b(putting on|playing|listening to|hearing) pass\b",
        r"\1 the most",
    ),
    # "I was telling my sister about that French band Justice, did I listen
    # to them yesterday?": what the story named is "them".
    (
        (
            rf"^(?:ei,? )?(?:you know,? )?{_WHO} was (?:telling|talking to|chatting to|chatting with) [\w' ]+? about"
            rf" (?:(?:that|this|the) )?(?:[\w'-]+ )?(?:{_KIND} )?(?P<name>[^,.?!]+?),\s*"
            rf"(?P<ask>(?:did|have|has) {_WHO} (?:listen to|listened to|play|played|hear|heard|put on|had on)) {_PRONOUN}\b"
        ),
        r"\g<ask> \g<name>",
    ),
    # "cafe tacuba, I played them last summer anaa?": did she play them.
    (
        rf"^(?P<name>[^,?!]+),\s*(?P<who>{_WHO}) {_PAST} {_PRONOUN}\b(?P<when>[^,?!]*?),?\s*anaa\W*$",
        r"did \g<who> play \g<name>\g<when>",
    ),
    # "I played Cafe Tacuba last summer anaa?": the same with the name after.
    (
        rf"^(?:ei,? |chale,? )?(?P<who>{_WHO}) {_PAST} (?P<rest>[^,?!]+?),?\s*anaa\W*$",
        r"did \g<who> play \g<rest>",
    ),
    # "... by force these past two weeks": over and over.
    (
        r"\b(playing|putting on|listening to|hearing)( it| that one| that)? by force\b",
        r"\1\2 over and over",
    ),
)


def said_by_a_peckham_trader(text: str) -> str:
    """Return a Ghanaian trader's question in plain English."""
    return rewrite_marked(_MARK, _PECKHAM_TRADER_EN, text, squeeze=True)
