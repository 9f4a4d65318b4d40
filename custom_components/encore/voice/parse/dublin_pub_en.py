"""A Dublin pub regular's English (issue 45's seventy-third turn, blind writer 494).

Irish English says a recent past with "after" and the -ing form: "what
album was I after wearing out this summer" (have I been wearing out),
"I'm after hearing Digital Love the other day, when was that exactly"
(when did I last hear it). No reader knew the "after" perfect: the first
asked nothing, the second went unheard. He points at a name with "yer
man" ("yer man Daft Punk's one": the song by Daft Punk), which had been
read into the song's name and its month lost with it.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# Only a sentence that says the Irish "after" perfect or "yer man" is read;
# "your man" too before a name said with its capital ("your man Freddie,
# how many times have I had him on", blind writer 555, a Dublin teenager).
_MARK: Final = re.compile(
    r"\b(?i:after \w+ing|yer (?:man|one|wan))\b|\b(?i:your (?:man|one|wan)) (?=[A-Z])"
)

_PAST: Final = (
    r"(?:hearing|playing|listening to|having on|putting on|spinning|lashing on)"
)

_DUBLIN_PUB_EN: Final[tuple[Rule, ...]] = (
    # "I'm after hearing X the other day, when was that": when X last played;
    # the vague time said with it is the speaker's memory, not the question's.
    (
        (
            rf"^(?:i'?m|i am|we'?re|we are) after {_PAST} (?P<name>.+?)"
            r"(?:,?\s*(?:the other day|ages ago|a while ago|a while back|recently|lately))?"
            r",?\s*(?:and )?when (?:was|did) (?:that|it|i|we)(?: (?:exactly|again|now|so))?\W*$"
        ),
        r"when did I last hear \g<name>",
    ),
    # "Am I after playing": have I played; "was I after wearing out": have
    # I been wearing out (a verb with its particle keeps its -ing). Only
    # the question's order: "I'm after playing loads of X lately, how many
    # times is it now" tells a story first, read by the story's readers.
    (
        r"\b(?:was|am|were|are) (i|we) after (play|hear|stream|skipp|listen)ing\b(?! (?:out|through)\b)",
        r"have \1 \2ed",
    ),
    (r"\b(?:was|am|were|are) (i|we) after (\w+ing)\b", r"have \1 been \2"),
    (r"\bheared\b", "heard"),
    # ", yer man Daft Punk's one": the one by Daft Punk.
    (
        (
            r"\b(?P<name>[\w' .&-]+?) (?P<time>(?:on |in )?(?:last|this|yesterday|today)\b[\w ]*?),?\s*"
            r"(?:yer|your) (?:man|one|wan) (?P<by>[\w .&-]+?)'s (?:one|song|track|tune)\W*$"
        ),
        r"\g<name> by \g<by> \g<time>",
    ),
    (
        r",?\s*\b(?:yer|your) (?:man|one|wan) ([\w .&-]+?)'s (?:one|song|track|tune)\b",
        r" by \1",
    ),
    # "Did I play yer man Ed Sheeran": the man named.
    (r"\b(?:yer|your) (?:man|one|wan) (?!(?:is|was|did|does|has|'s)\b)(?=\w)", ""),
)


def said_in_a_dublin_pub(text: str) -> str:
    """Return a Dubliner's "after" perfect and "yer man" said plainly."""
    return rewrite_marked(_MARK, _DUBLIN_PUB_EN, text, squeeze=True)
