"""A Highland crofter's slow, Gaelic-tinged English (issue 45's eighty-sixth turn, held-out writer 573).

A crofter from the west of Scotland in his seventies says what he asks
about first and the question after it ("the number of tunes we had on in
the kitchen on Saturday, how many would that be", "singers, different ones
I mean, how many did I have on last month", "that one by Air with the
daft name, Sexy Boy, how many plays has it had since October"), asks
whether with "is it ... or was it not" ("is it the Daily I had on the day
before yesterday, or was it not"), and counts what he "got through" ("how
many of the podcast episodes did I get through last summer").

Only a sentence with one of his marks (`_MARK`: "how many would that be",
"different ones I mean", "with the daft name", "or was it not", "did I get
through") is read, so no other speaker's question is rewritten. A name is
never changed.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_MARK: Final = re.compile(
    r"\bhow many (?:would|was|is) (?:that|it)\b|\bdifferent ones,? i mean\b"
    r"|\bwith the (?:daft|funny|odd|queer|silly) name\b|\bor (?:was|is|did) it not\W*$"
    r"|\bdid (?:i|we) get through\b",
    re.IGNORECASE,
)

_WHAT: Final = (
    r"(?:tunes|songs|tracks|records|podcasts|episodes|podcast episodes|things|plays)"
)
_WHO: Final = r"(?:I|we)"

_HIGHLAND_CROFTER_EN: Final[tuple[Rule, ...]] = (
    (r"^och\b[,!.]*\s*", ""),
    # "how many of the podcast episodes did I get through": his plays of them.
    (
        rf"^how many (?:of (?:the |my |our )?)?(?P<what>{_WHAT}) did (?P<who>{_WHO}) get through\b",
        r"how many \g<what> did \g<who> play",
    ),
    # "the number of tunes we had on in the kitchen on Saturday, how many
    # would that be": the count asked last.
    (
        rf"^the number of (?P<what>{_WHAT}) (?P<who>{_WHO}) (?:had on|played|listened to|heard)\b(?P<rest>[^,]*),\s*how many (?:would|was|is) (?:that|it)(?: be)?(?: now| really| then)?\W*$",
        r"how many \g<what> did \g<who> play\g<rest>",
    ),
    # "singers, different ones I mean, how many did I have on last month".
    (
        rf"^(?P<what>singers|bands|artists|groups|songs|tunes|albums|records|podcasts),\s*different ones,? I mean,\s*how many did (?P<who>{_WHO}) (?:have on|play|listen to|hear)\b",
        r"how many different \g<what> did \g<who> listen to",
    ),
    # "that one by Air with the daft name, Sexy Boy, how many plays has it
    # had since October": the song named, then its plays.
    (
        r"^that (?:one|song|tune) by (?P<by>[^,]+?) with the (?:daft|funny|odd|queer|silly) name,\s*(?P<name>[^,]+),\s*how many (?:plays|times|turns) (?:has it had|did it get|has it got|have I had it on|did I have it on|did I play it)\b",
        r"how many times did I play \g<name> by \g<by>",
    ),
    # "is it the Daily I had on the day before yesterday, or was it not".
    (
        rf"^is it (?P<name>.+?) (?P<who>{_WHO}) (?:had on|played|listened to|heard) (?P<when>[^,]+?),?\s*or (?:was|is|did) it not\W*$",
        r"did \g<who> play \g<name> \g<when>",
    ),
)


def said_by_a_highland_crofter(text: str) -> str:
    """Return a Highland crofter's question said plainly."""
    return rewrite_marked(_MARK, _HIGHLAND_CROFTER_EN, text, squeeze=True)
