"""A kind named in the sentence before "which one" (issue 45's fifty-sixth turn, blind writer 351).

An Ohio grandmother said what she was asking about first and asked after
it: "My granddaughter says I've got a favorite album now. Which one did I
play the most last month?". The story before the question was dropped, as
stories are, and "which one" alone ranked songs: a wrong fact (songs
answered for an album's question). The kind the sentence before names is
the "one" the question asks for; a sentence naming two kinds, or none,
leaves "which one" as it was.
"""

import re
from typing import Final

_KINDS: Final = {
    "album": "album",
    "record": "album",
    "artist": "artist",
    "band": "band",
    "singer": "singer",
    "group": "band",
    "song": "song",
    "track": "track",
    "tune": "song",
    "podcast": "podcast",
    "show": "podcast",
}

# The sentence before, and the question that starts "which one" or "what
# one" after its stop, with its own verb and listener: "..., which one is
# it" and "..., which one was it" are read as they are.
_ONE_AFTER: Final = re.compile(
    r"^(?P<before>[^.?!]{3,160}(?:[.!;]|\.\.\.|…)\s+)(?P<which>which|what) one\b"
    r"(?= (?:did|do|does|have|has|had|was|were) (?:i|we)\b)",
    re.IGNORECASE,
)
_KIND: Final = re.compile(
    r"\b(album|record|artist|band|singer|group|song|track|tune|podcast|show)s?\b",
    re.IGNORECASE,
)


def said_with_its_one(text: str) -> str:
    """Return "... a favorite album. Which one ..." as "... Which album ..."."""
    found = _ONE_AFTER.match(text)
    if found is None:
        return text
    kinds = {_KINDS[kind.lower()] for kind in _KIND.findall(found["before"])}
    if len(kinds) != 1:
        return text
    return f"{found['before']}{found['which']} {kinds.pop()}{text[found.end() :]}"
