"""A surfer's English (issue 45's fifty-fourth turn, blind writer 335).

A Californian surfer asked "how many songs have i cranked today dude",
"how many episodes did i knock out last month brah", "did i jam cafe tacuba
last weekend bro", "when did i last throw on don't stop me now" and "what
did i start off this week with": his verbs of playing were read as names
("cranked", "jam cafe tacuba", "throw don't stop") and "brah" as one. Each
rule is a verb of playing said after its listener, or a word of address
said first or last.
"""

import re

from .rules import Rule, rewrite

# The surfer's verbs of playing, each with its tense: after "did" or "do"
# the plain verb, after "have" or "had" the participle ("crank out" and
# "crank up" are read elsewhere).
_SLANG = (
    r"(?:cranked|crank|blasted|blast|jammed|jam|jammed out to|jam out to|rocked|rock"
    r"|knocked out|knock out|thrown on|throw on|threw on|spun|spin|bumped|bump)"
)


def _played(found: re.Match[str]) -> str:
    """Return "have i cranked" as "have i played", "did i jam" as "did i play"."""
    verb = "play" if found["aux"].lower() in {"did", "do"} else "played"
    return f"{found['aux']} {found['who']}{found['when'] or ''} {verb}"


_SURFER_EN: tuple[Rule, ...] = (
    (
        rf"\b(?P<aux>did|do|have|had) (?P<who>i|we)(?P<when> last| first| ever| already)? {_SLANG}\b(?! out\b| up\b)",
        _played,
    ),
    # "Who have I been bumping hella hard": who have I played the most (a
    # verb of playing with "hard" or "nonstop" is a ranking; issue 45's
    # sixty-third turn, blind writer 405, read as what played).
    (
        (
            r"\b(who|which (?:artists?|bands?|songs?|tracks?|tunes?|albums?)|what (?:songs?|tracks?|tunes?|albums?))"
            r" (?:have|has) (i|we) been (?:bumping|blasting|cranking|jamming(?: out to)?|rocking|spinning|banging)"
            r"(?: (?:hella|so|super|mad|real|really|like))* (?:hard|heavy|nonstop|non-stop|on repeat)\b"
        ),
        r"\1 have \2 played the most",
    ),
    # "Start off this week with": start this week with.
    # ("kick off ... with" already reads).
    (r"\b(start|started) off (this|the|my|last) (?=\w+ with\b)", r"\1 \2 "),
    # "..., like all of twenty twenty five" after "last year": the same year.
    (r"\b(last year),?\s+like all of (?:twenty twenty[- ]\w+|20\d\d)\b", r"\1"),
    # "Bro, ...", "..., dude", "brah": said to the assistant, nothing asked.
    (r"^(?:bro|brah|bruh|dude),?\s+", ""),
    (r",?\s+(?:bro|brah|bruh|dude)\W*$", ""),
)


def said_as_surfer(text: str) -> str:
    """Return a surfer's question said plainly, commas kept."""
    return rewrite(_SURFER_EN, text, re.IGNORECASE)
