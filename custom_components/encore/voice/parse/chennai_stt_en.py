"""A Chennai speaker's English through speech to text (issue 45's seventy-seventh turn, blind writer 526).

Indian English dictated without punctuation says a song "is coming" for
being played ("in kitchen which artist is coming most of the time"), "was
there" for was on ("which song was there at 5 10 pm today"), "came first"
for what was played first ("in kitchen this afternoon which song came
first"), a name said first before a count with no subject ("one more time
by daft punk how many times played lately": "lately" was taken for the
name), "out of total" inside the question before its period ("how many i
skipped out of total last month": Encore said it could not narrow the skips
to "out of total") and "finally" after "last" ("which song i heard last
finally": "finally" was taken for a name). The recogniser writes The Daily
as "the daly" beside "podcast". `chennai_en` and `tamil_en` read a
student's Tamil tags and the rest of this speech; this reader runs first of
`said_as_written_en`, on the words as said, and only a sentence with one of
these marks (`_MARK`) is read, so no other speaker's question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_KIND = r"(?:song|songs|track|tracks|artist|artists|singer|singers|band|bands|album|albums|podcast|podcasts|episode|episodes)"

# The periods a name said first is followed by ("... how many times played
# lately"), so the count's name ends before them.
_PERIOD = (
    r"(?:lately|recently|today|yesterday|this|last|since|in|on|so far|ever|overall"
    r"|these days|in total|of all time|all time)"
)

_MARK: Final = re.compile(
    rf"\b{_KIND} (?:is|are|was|were) coming\b"
    rf"|\b(?:which|what) {_KIND} (?:was|were) there (?:at|around|by)\b"
    rf"|\b(?:which|what) {_KIND} came (?:first|last)\b"
    r"|\bhow many times (?:played|heard|listened)\b"
    r"|\bout of total\b"
    r"|\blast finally\s*[?.!]*\s*$"
    r"|\bthe daly (?:podcast|episode|show)s?\b",
    re.IGNORECASE,
)

_CHENNAI_STT_EN: Final[tuple[Rule, ...]] = (
    # "Which artist is coming most of the time": played the most (a song
    # "comes" on the radio in Indian English).
    (
        rf"\b({_KIND}) (is|are|was|were) coming (?:the )?most(?: of the time| often| times)?\b",
        r"\1 \2 played the most",
    ),
    # "Which song was there at 5 10 pm": what was playing then.
    (
        rf"\b(which|what) ({_KIND}) (was|were) there (?=(?:at|around|by)\b)",
        r"\1 \2 was playing ",
    ),
    # "In kitchen this afternoon which song came first": the first played.
    (
        rf"\b(which|what) ({_KIND}) came (first|last)\b",
        r"\1 \2 did i play \3",
    ),
    # "One more time by daft punk how many times played lately": the name
    # said first, the count after it with no subject.
    (
        (
            r"^(?P<name>(?!(?:how|what|which|when|who|i|we|my)\b)[\w' .&-]{2,60}?),?"
            r" how many times (?:i |we )?(?:played|heard|listened(?: to)?)(?: it| them)?"
            rf"(?P<rest>\s+{_PERIOD}\b[^?]*?)?\s*([?.!]*)$"
        ),
        r"how many times did i play \g<name>\g<rest>\3",
    ),
    # "How many i skipped out of total last month": out of all played, said
    # before the period (`tamil_en` drops it said last).
    (rf"\s+out of total(?=\s+{_PERIOD}\b)", ""),
    # "Which song i heard last finally": "finally" says "in the end".
    (r"\blast finally(\s*[?.!]*)\s*$", r"last\1"),
    # "The daly podcast": the recogniser's The Daily, said as a podcast.
    (r"\bthe daly (?:podcast|episode|show)s?\b", "The Daily"),
)


def said_in_chennai_stt(text: str) -> str:
    """Return a Chennai speaker's dictated English question in the English later readers know."""
    return rewrite_marked(_MARK, _CHENNAI_STT_EN, text)
