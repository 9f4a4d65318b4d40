"""A Korean graduate student's dictated English (issue 45's eighty-fourth turn, blind writer 560).

She speaks B1-B2 English to a speech-to-text box: the time said first, no
"did", no question mark, an adverb said last. Her questions read wrong or
not at all:

- "today i heard the daily": a statement with the time first and nothing
  after the name is her question, did she hear it then (no question had
  been read; "the daily" was left as the net's slot).
- "day before yesterday what kind of songs i played": the songs she played
  that day (the taste of the day had been answered, a wrong fact); "what
  kind of music am I into" and "what kind of music did I play this year"
  still ask the taste: only her bare past after a time said first is read.
- "can you describe what style i like": her taste ("style" alone had asked
  nothing).
- "most recent track what is", "november third what we are listening",
  "umm october how was my october listening" reached no sentence: `en.yaml`
  hears them now, and the later readers read them as they are.
- "ah how often i skip usually": "usually" said last asks nothing more than
  how often she skips (it had been taken for a time the slots did not hold).

Only a sentence with one of her shapes (`_MARK`) is read, so no other
speaker's question is rewritten. A name is never changed.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_WHO: Final = r"(?:i|we)"
# A time said first: a day, a part of it, a date, a recent week or month.
_WHEN: Final = (
    r"(?:today|yesterday|tonight|last night|(?:the )?day before yesterday"
    r"|(?:this|last) (?:morning|afternoon|evening|night|week|weekend|month|year|summer|winter)"
    r"|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?: (?:morning|afternoon|evening|night))?"
    r"|(?:in )?(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)(?: (?:first|second|third|\w+th|\d{1,2}(?:st|nd|rd|th)?))?)"
)
# Her fillers said first: they ask nothing.
_FILLER: Final = r"(?:(?:umm?|uh|ah|hmm|so|please),? )*"
_PAST: Final = r"(?:heard|listened to|listened|played)"
# What her statement names is a name, never an amount or a kind.
_NOT_A_NAME: Final = (
    r"(?!(?:a lot|lots|much|many|music|something|anything|nothing|songs?|podcasts?"
    r"|for|too|it|that|this|what|which|who|how|when)\b)"
)
_KIND: Final = r"(?:songs|song|music|tracks|tunes)"
_MARK: Final = re.compile(
    rf"^{_FILLER}{_WHEN},? {_WHO} {_PAST} {_NOT_A_NAME}[^,?!]+$"
    rf"|^{_FILLER}{_WHEN},? what (?:kind|sort|type) of {_KIND} {_WHO} {_PAST}\W*$"
    rf"|\b(?:what|which) (?:style|styles|genre|genres) {_WHO} (?:like|love|enjoy|prefer)\b"
    rf"|^{_FILLER}how often {_WHO} (?:skip|listen|play) usually\W*$",
    re.IGNORECASE,
)

_TORONTO_KOREAN_EN: Final[tuple[Rule, ...]] = (
    # "today i heard the daily": did she hear it today.
    (
        rf"^{_FILLER}(?P<when>{_WHEN}),? (?P<who>{_WHO}) {_PAST} (?P<name>{_NOT_A_NAME}[^,?!]+?)\s*$",
        r"did \g<who> listen to \g<name> \g<when>",
    ),
    # "day before yesterday what kind of songs i played": what she played
    # that day, the kind she said kept.
    (
        rf"^{_FILLER}(?P<when>{_WHEN}),? what (?:kind|sort|type) of (?P<kind>{_KIND}) (?P<who>{_WHO}) {_PAST}\W*$",
        r"what \g<kind> did \g<who> play \g<when>",
    ),
    # "can you describe what style i like": her taste.
    (
        rf"\b(?:what|which) (?:style|styles|genre|genres) ({_WHO}) (?:like|love|enjoy|prefer)\b",
        r"what style of music do \1 like",
    ),
    # "ah how often i skip usually": how often she skips.
    (
        rf"^{_FILLER}how often ({_WHO}) (skip|listen|play) usually\W*$",
        r"how often do \1 \2",
    ),
)


def said_by_a_toronto_korean(text: str) -> str:
    """Return a Korean student's dictated English question said plainly."""
    return rewrite_marked(_MARK, _TORONTO_KOREAN_EN, text, squeeze=True)
