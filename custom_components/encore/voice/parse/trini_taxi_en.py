"""A Port of Spain taxi driver's English (issue 45's eighty-fifth turn, blind writer 571).

A third Trinidadian writer (after `trini_en` and `trini_again_en`, which run
later and read "mih", "de", "nah", "cyah", "does" with "I") says "ah" for
I with no auxiliary ("what song ah play de most", "when ah first play Daft
Punk"), opens with "wham" (what happen), "real talk" or "according to what
ah does play," and closes with "boy", "oui" or "or I dreaming". Readers
that knew "ah" only after "did" missed his ways:

- a yes-or-no question with no auxiliary: "ah had on any Kes last summer",
  "boy ah hear digital love de day before yesterday or I dreaming", a name
  said first and asked of with "dem" or "dat" ("Air, I hear dem at all in
  September?");
- a name's first or last play with the name first ("Moon Safari, when ah
  first put dat on", "la femme dargent, when ah play dat last") and "from
  when ah listening to X" (since when: its first play);
- "how much tunes ah buss" (played), "how much different tune it have in
  mih history" ("it have" is there are), "how many artist ah hear all in
  all, different ones" (how many different artists), "what sorta vibes I
  like" (the taste), "de one ah beating like a drum" (on repeat), "run me
  tru mih year" (through: the year's recap).

Only a sentence with one of his marks (`_MARK`: "ah" right before a bare
verb of listening, "buss", "it have", "dese days", "wham", "run me tru",
"sorta vibes", "or I dreaming", "dem"/"dat" for a name said first) is
read. "Ah" after "did", "hae" or "hud" (Glasgow's, Tyneside's) is no mark.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# His verbs of listening, said bare for the past.
_VERB: Final = (
    r"(?:play|hear|listen to|listen|catch|put on|put|had on|have on|had|buss)"
)
# The pronoun he asks of a name said first with.
_IT: Final = r"(?:dem|dat|them|that|it|he|she|him|her)"

_MARK: Final = re.compile(
    r"(?<!\bdid )(?<!\bdo )(?<!\bhae )(?<!\bhud )(?<!\bdae )(?<!\bwis )(?<!\bhiv )"
    rf"\bah (?:does |first |last |was )?(?:{_VERB}|listening|beating|skip)\b"
    r"|\bit have\b|\bdese days\b|^(?:wham|real talk)\b|\brun me tru\b|\b(?:sorta|kinda) vibes\b"
    r"|\bor (?:i|ah) (?:dreaming|dreamin|mad|lying)\b"
    rf"|^[^,]{{2,40}},\s*(?:ah|i|we) {_VERB} (?:dem|dat)\b"
    rf"|^[^,]{{2,40}},\s*when (?:ah|i|we) (?:first |last )?{_VERB} (?:dem|dat)\b",
    re.IGNORECASE,
)

_TRINI_TAXI_EN: Final[tuple[Rule, ...]] = (
    # Around the question: "wham" (what happen), "real talk", "according
    # to what ah does play," first; "boy", "oui", "in minutes" last.
    (r"^(?:wham|real talk)\b[,!]?\s*", ""),
    (
        rf"^according to (?:what|wha) (?:ah|i|we) (?:does |usually )?{_VERB},\s*",
        "",
    ),
    (r",?\s+(?:boy|oui)\W*$", ""),
    (r",\s*in (?:minutes|hours)\W*$", ""),
    (r",?\s+or (?:i|ah) (?:dreaming|dreamin|mad|lying)\W*$", ""),
    (r"\bdese days\b", "these days"),
    (r"\brun me tru\b", "run me through"),
    # "Buss a tune": play it.
    (r"\b(?:ah|i|we) buss(?:ed)?\b", "did I play"),
    # "How much different tune it have in mih history": are there.
    (
        r"^how (?:much|many) (different |distinct )?(\w+) it have\b",
        r"how many \1\2 are there",
    ),
    # "How many artist ah hear all in all, different ones".
    (
        r"^how (?:many|much) (\w+) ([^,]+?)(?:,?\s*all in all)?,\s*different ones\W*$",
        r"how many different \1 \2",
    ),
    # "What sorta vibes I like": the taste.
    (
        r"\bwhat (?:sorta|sort of|kinda|kind of|type of) vibes (?:ah|i|we) (?:does )?(?:like|into|on)\b",
        "what kind of music do I like",
    ),
    # "Wha song ah beating like a drum, de one on repeat".
    (
        (
            r"^(?:wha|what|which) (song|tune|track) (?:ah|i|we) (?:been |was |does )?beating"
            r" (?:like a drum|non ?stop|over and over|day and night)\b.*$"
        ),
        r"which \1 have I got on repeat",
    ),
    # "From when ah listening to cafe tacuba": since when, the first play.
    (
        r"^from when (?:ah|i|we) (?:been |was |does )?(?:listening to|listenin to|playing|hearing)\b",
        "since when have I been listening to",
    ),
    # "Moon Safari, when ah first put dat on", "la femme dargent, when ah
    # play dat last": the name said first.
    (
        rf"^([^,]{{2,40}}),\s*when (?:ah|i|we) (first|last) {_VERB} {_IT}(?: on)?\W*$",
        r"when did I \2 play \1",
    ),
    (
        rf"^([^,]{{2,40}}),\s*when (?:ah|i|we) {_VERB} {_IT}(?: on)? (first|last)\W*$",
        r"when did I \2 play \1",
    ),
    # "Air, I hear dem at all in September?": did I play Air ("did I had
    # X" would lose the name's last words).
    (
        rf"^([^,]{{2,40}}),\s*(?:ah|i|we) {_VERB} {_IT}(?: on)?(?: at all)?\b",
        r"did I play \1",
    ),
    # "Ah had on any Kes last summer", "boy ah hear digital love ...".
    (
        r"^(?:boy,?\s+|so,?\s+|eh,?\s+)?ah (?:had on|have on|put on) (?=any\b)",
        "did I play ",
    ),
    (r"^(?:boy,?\s+|so,?\s+|eh,?\s+)?ah (hear|play|catch|listen to)\b", r"did I \1"),
)


def said_by_a_trini_taxi_driver(text: str) -> str:
    """Return a Port of Spain taxi driver's question said plainly."""
    return rewrite_marked(_MARK, _TRINI_TAXI_EN, text, squeeze=True)
