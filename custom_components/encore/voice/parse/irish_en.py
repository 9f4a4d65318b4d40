"""English as Cork says it (issue 45's eighteenth turn).

An Irish writer nobody here had seen asked "what was I after listening to"
(what did I listen to), "this morning gone" (this morning just past), "who
have I been mad into" (listened to most), "my main man" (my top artist),
and named a song by its artist and a nickname, "that Justice yoke dance",
whose words were read as the artist alone: a wrong fact. Each rule is a
function word or a word shape of the way of speaking; "at all" closing a
command stays Home Assistant's (the net no longer ends on it).
"""

import re

from .rules import Rule, rewrite

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# The listening verbs said after "after", and their plain form.
_BASE = {
    "playing": "play",
    "listening": "listen",
    "hearing": "hear",
    "having": "have",
    "putting": "put",
    "getting": "get",
    "streaming": "stream",
    "skipping": "skip",
}


def _did(found: re.Match[str]) -> str:
    """Return "was I after playing" said as "did I play"."""
    return f"did {found[1]} {_BASE[found[2]]}"


IRISH_EN: tuple[Rule, ...] = (
    # "Was I after playing", "what was I after listening to": the perfect
    # of the recent past, asked as the plain past ("did I play").
    (rf"\b(?:was|were) (i|we) after ({'|'.join(_BASE)})\b", _did),
    (r"\b(was|were) (i|we) after (?=\w+ing\b)", r"\1 \2 "),
    # "This morning gone", "Tuesday gone": the one just past.
    (
        r"\b((?:this|yesterday) (?:morning|afternoon|evening|night)) gone\b",
        r"\1",
    ),
    (rf"\b(?:on )?({_WEEKDAY}) gone\b", r"last \1"),
    (r"\bthe week gone\b", "last week"),
    # "Mad into", "mad about", the Scots "daft about" (nineteenth turn):
    # listened to most.
    # Bound to its listener ("been mad into", "am I mad about"), so the
    # song "Mad About You" keeps its words.
    (
        (
            r"\b(i|we|been|am i|are we|was i|were we|i'm|i am|we're|we are)"
            r" (?:pure |absolutely |fierce )?(?:mad|cracked|daft) (?:into|about|on)\b"
        ),
        r"\1 listening to most",
    ),
    # "My main man", "our main act": the top artist.
    (r"\b(my|our) main (?:man|woman|act|band|lad|one)\b", r"\1 top artist"),
    # "Artist wise": the kind the question already asks ("music wise" is
    # the content, read elsewhere).
    (r"\b(?:artist|band) wise\b", ""),
    # "That Justice yoke dance": a song by its artist and a nickname, never
    # the artist alone. "Turn that yoke up" keeps its yoke.
    (
        r"\b(?:that|the) (\w+(?: \w+)?) yoke (?!up\b|down\b|off\b|on\b)(\w+)\b",
        r"\2 by \1",
    ),
)


def undo_irish(words: str) -> str:
    """Return normalized English words with Cork's ways of asking undone."""
    return " ".join(rewrite(IRISH_EN, words).split())


# Issue 45's twenty-ninth turn (a Dublin plasterer, blind writer 132), read
# on the words as said, commas kept: "here, ..." opening, "would ye tell me",
# "giz me", "yer man", a band said again by its lads ("..., the French
# ones"), "between the lot of us", "any Wet Leg in me history at all".
_SAID_IRISH: tuple[Rule, ...] = (
    (r"^here,? (?=(?:what|who|which|when|how|did|have|is|was|giz|give)\b)", ""),
    (
        r"^would (?:ye|you) (?:ever )?(?:tell|give) me,? (?=(?:what|who|which|when|how)\b)",
        "",
    ),
    (r",?\s+would (?:ye|you) (?:ever )?tell me\W*$", ""),
    (r",\s+(?:giz|gis|give me|gimme|give us) (?:them|it|those|that)\W*$", ""),
    (r"\b(?:giz|gis|gizza) (?=(?:me|us)\b)", "give "),
    (r"^((?:give|giz) (?:me|us)\b.*?),?\s+there\W*$", r"\1"),
    (r"\byer (?:man|one|wan|lad) (?=\w)", ""),
    (
        r",\s+the (?:[\w.'-]+ ){0,2}(?:ones|lads|fellas|fellers|boys|girls|crowd|lot)\W*$",
        "",
    ),
    (
        r"\s+between (?:the lot of us|all of us|us all|the (?:two|three|four|five) of us)\b",
        "",
    ),
    (
        r"^any (.+?) in (?:me|my) (?:listening )?history(?: at all)?\W*$",
        r"did i listen to \1",
    ),
    (r",?\s+at that(?: time| point| hour)?\W*$", ""),
)


def said_as_irish(text: str) -> str:
    """Return a Dubliner's question as said plainly, commas kept."""
    return rewrite(_SAID_IRISH, text, re.IGNORECASE)
