"""German of a Turkish speaker from Duisburg at B1, through speech to text (issue 45's seventy-seventh turn, blind writer 526).

He keeps the learner's order, the question word and then "ich hab" with
the participle last ("welche Lied ich hab viel gehört im Sommer", "wie oft
ich hab Bohemian Rap so die gehört dieses Jahr"), says "viel" where a
question of the most wants "am meisten" ("welches Lied ... viel gehört"
was answered as the summer's summary: a wrong fact), and names whose
favourite with "von" ("Lieblingslied von Ada 2025": Ada's, answered as
nobody's). His recogniser splits a long name into words it knows ("Rap so
die" for Rhapsody).

Read on the words as said, first of `said_as_written_de`, and only in a
sentence with one of his marks (`_MARK`): a question word followed by "ich
hab", a favourite "von" a name, the recogniser's "rap so die".
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_KIND: Final = (
    r"(?:lied|lieder|song|songs|künstler|sänger|sängerin|band|bands|album|alben"
    r"|podcast|podcasts|interpret|interpreten)"
)
# No one's name after "Lieblings... von": a period, the speaker, a pronoun.
_NOT_A_PERSON: Final = (
    r"(?:mir|uns|dir|ihm|ihr|der|die|das|dem|den|diese[mnrs]?|letzte[mnrs]?|vorige[mnrs]?"
    r"|alle[mn]?|immer|heute|gestern|sommer|winter|frühling|herbst|januar|februar|märz"
    r"|april|mai|juni|juli|august|september|oktober|november|dezember|\d+|zwei\w*"
    r"|anfang|seit|im|in|am)"
)

_MARK: Final = re.compile(
    rf"^(?:welche[rsnm]? {_KIND}|wie oft|wie viele?(?: mal)?|wann|was) ich hab(?:e)?\b"
    rf"|^(?:mein(?:e|en)? )?lieblings{_KIND} von (?!{_NOT_A_PERSON}\b)[a-zäöü]+\b"
    r"|\brap so d(?:ie|y|i)\b",
    re.IGNORECASE,
)

_DUISBURG_TURKISH_STT_DE: Final[tuple[Rule, ...]] = (
    # "Bohemian Rap so die": the recogniser's words for Rhapsody.
    (r"\brap so d(?:ie|y|i)\b", "Rhapsody"),
    # "welche Lied ich hab viel gehört im Sommer": the most played.
    (
        rf"^welche[rsnm]? ({_KIND}) ich hab(?:e)? (.*?)\b(?:sehr |so )?viel (gehört|gespielt)\b",
        r"welches \1 habe ich \2am meisten \3",
    ),
    # "wie oft ich hab X gehört dieses Jahr": the question's own order.
    (
        r"^(wie oft|wie viele?(?: mal)?|wann|was) ich hab(?:e)? (.+?) (gehört|gespielt)\b",
        r"\1 habe ich \2 \3",
    ),
    (
        rf"^welche[rsnm]? ({_KIND}) ich hab(?:e)? (.+?) (gehört|gespielt)\b",
        r"welches \1 habe ich \2 \3",
    ),
    # "Lieblingslied von Ada 2025": Ada's favourite.
    (
        rf"^(?:mein(?:e|en)? )?(lieblings{_KIND}) von (?!{_NOT_A_PERSON}\b)([a-zäöü]+)\b",
        r"\2s \1",
    ),
)


def said_in_duisburg_turkish_stt(text: str) -> str:
    """Return a Turkish speaker's dictated German question in the order later readers know."""
    return rewrite_marked(_MARK, _DUISBURG_TURKISH_STT_DE, text)
