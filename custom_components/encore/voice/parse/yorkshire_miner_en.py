"""A retired Yorkshire miner's English (issue 45's seventy-eighth turn, blind writer 530).

Blind round seventeen's 88-year-old retired coal miner calls the speaker
"this contraption" and says what it did for him ("how many songs has this
contraption played me": how many I played; it had been read as a name
"has this contraption"), calls a band "that cafe tacuba lot" (the band:
it had been looked up as "that cafe tacuba lot"), and tells his wife's
remark before asking about it with "'em" ("our lass reckons I've had
Queen on too much, how many times did I play 'em this week": Queen; "'em"
had been looked up as a name).

Each rule needs his words: the speaker as a "contraption" or "machine"
that played, "that X lot" after a first or last listening, a family remark
naming what was had on and an "'em" or "them" pointing back to it.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# Only his own names for it: "did the box play something for Ada" is
# another speaker's, and asks for Ada's plays.
_DEVICE: Final = r"(?:this|that|t'|yon) (?:contraption|machine|gadget)"
_WHO: Final = {"me": "I", "us": "we", "": "I"}


def _device_played(found: re.Match[str]) -> str:
    """Return what the contraption played him as what he played."""
    who = _WHO[(found["who"] or "").lower()]
    # "Has this contraption played": have I played.
    aux = "have" if found["aux"].lower() == "has" else found["aux"]
    return f"{aux} {who} {found['verb']}"


def _pointed_back(found: re.Match[str]) -> str:
    """Return the question after a family remark with its "'em" said as the name."""
    return f"{found['ask']}{found['name']}{found['rest']}"


_YORKSHIRE_MINER_EN: Final[tuple[Rule, ...]] = (
    # "How many songs has this contraption played me": I played.
    (
        rf"\b(?P<aux>has|have|did) {_DEVICE} (?P<verb>played|play)(?: (?P<who>me|us))?\b",
        _device_played,
    ),
    # "When did I first listen to that cafe tacuba lot": the band. Only
    # after "first" or "last": elsewhere `names` unwraps it already. Never
    # a people's word ("that French lot", "that Mexican lot" only describe
    # a band whose name follows).
    (
        (
            r"\b(?P<verb>(?:first|last) (?:listen(?:ed)? to|play(?:ed)?|had|heard|hear|put on)) that"
            r" (?!\w+(?:an|ish|ese|ch|ic) lot\b)"
            r"(?P<band>(?:[\w'.&-]+ ){0,3}?(?!(?:a|whole|quite|big|old|new|young|other)\b)[\w'.&-]+)"
            r" lot\b"
        ),
        r"\g<verb> \g<band>",
    ),
    # "Our lass reckons I've had Queen on too much, how many times did I
    # play 'em this week": the remark names what "'em" points back to.
    (
        (
            r"^\s*(?:our|me|my) \w+ (?:says|said|reckons|thinks|tells me|told me)"
            r" (?:that )?(?:i've|i have|i'd|i|we've|we) (?:had|played|been playing|been having|put)"
            r" (?P<name>[^,]+?)(?: on)?(?: too (?:much|often|loud)| a lot| all (?:week|day)| again)?\s*,\s*"
            r"(?P<ask>(?:how|when|what|did|have|do)\b.*?\b(?:play|played|had|heard|hear|listen to|listened to) )"
            r"(?:'em|em|them)\b(?P<rest>.*)$"
        ),
        _pointed_back,
    ),
)


def said_by_a_yorkshire_miner(text: str) -> str:
    """Return a Yorkshire miner's question with the speaker and the band said plainly."""
    return rewrite(_YORKSHIRE_MINER_EN, text, re.IGNORECASE)
