"""A name made clear after the question: "..., the Daft Punk one".

People who name a song and then think it may be taken for another add whose
it is at the end: "when did I last have Around the World on, the Daft Punk
one", "Eres, when did that first show up, the Café Tacvba song". Read with
the question, the words became a room ("on, the daft") or were lost, and a
name said first with "that" in the question was not put in its place.

The artist said last joins the name as "by <artist>", so the name is matched
with it, and a name said first takes the place of "that"/"it". Nothing here
guesses: the name is still matched against the history as said, and one it
does not find is said back.
"""

import re
from typing import Final

from .rules import rewrite

# ", the Daft Punk one", ", that Café Tacvba song": whose the name is.
_WHOSE: Final = (
    r",? (?:the|that) (?P<artist>(?:(?!\b(?:one|song|track|tune|record|album|lp|whole|entire|full"
    r"|complete|same|new|old)\b)"
    r"[\w'\u2019.&-]+ ){1,4}?)(?:one|song|track|tune|number|album|record|lp)[.?!]*$"
)
# What the question called the name before it was made clear.
_PRONOUN: Final = r"(?:that|it|that one|this one)"

_NAME_AGAIN: Final[tuple[tuple[str, str], ...]] = (
    # "When was the first time I played it, The Daily?": the name said after
    # the pronoun that stood for it (issue 45's thirty-seventh turn).
    (
        (
            r"\b(played|heard|listened to|put on) (?:it|that|that one), (?!.*\b(?:i|we|you|like|then|now"
            r"|though|right|ever|since|in|on|at|for|before|after|during|over|ago|lately|recently|today"
            r"|yesterday|last|this|week|month|year|time|times)\b)([^,]+?)[.?!]*$"
        ),
        r"\1 \2",
    ),
    # "Eres, when did that first show up, the Café Tacvba song": the name
    # said first, the question about "that", the artist last.
    (
        (
            rf"^(?P<name>[^,]+), (?P<ask>when did) {_PRONOUN} (?P<which>first|last)"
            rf" (?:show up|turn up|pop up|come on|come up|get played|play){_WHOSE}"
        ),
        r"\g<ask> i \g<which> play \g<name> by \g<artist>",
    ),
    (
        (
            rf"^(?P<name>[^,]+), (?P<ask>when did) {_PRONOUN} (?P<which>first|last)"
            r" (?:show up|turn up|pop up|come on|come up|get played)(?P<rest>.*)$"
        ),
        r"\g<ask> i \g<which> play \g<name>\g<rest>",
    ),
    # "Daft Punk, in August: how often did I listen to them?": the name and
    # its time said first, the question about "them"; both take its place.
    (
        (
            r"^(?P<name>(?!(?:so|ok|okay|right|well|now|and|oh|hey|in|on|at|last|this)\b)"
            r"[^,:;]{2,40}), (?P<time>(?:in|during|over|since) (?:january|february|march"
            r"|april|may|june|july|august|september|october|november|december|the summer"
            r"|summer)|(?:last|this|past) (?:week|weekend|month|year|summer|night)"
            r"|yesterday|today|this (?:morning|afternoon|evening)|on (?:monday|tuesday"
            r"|wednesday|thursday|friday|saturday|sunday))[,:;] (?P<ask>(?:how|did|have"
            r"|when|was)\b.*?\b)(?:them|it|that|they)\b(?P<rest>[^,]*)$"
        ),
        r"\g<ask>\g<name> \g<time>\g<rest>",
    ),
    # "any cafe tacuba this summer? did I play any at all": the name asked
    # in the first question, the second asks it again with "any".
    (
        (
            r"^any (?P<name>[^?,]{2,40}?) (?P<time>(?:this|last) (?:week|weekend|month|year"
            r"|summer|night|morning)|yesterday|today|lately|recently)\?\s*(?:did|have|had)"
            r" (?P<who>i|we) (?P<verb>play|have|hear|listen to|put on) any(?:thing)?"
            r"(?P<rest> at all)?\W*$"
        ),
        r"did \g<who> \g<verb> any \g<name> \g<time>\g<rest>",
    ),
    # "When was Homework last on, the Daft Punk album" (issue 45's
    # seventy-sixth turn, blind writer 517): the name asked about with "was
    # ... on", whose it is said last.
    (
        (
            r"^when (?:was|were) (?P<name>(?:(?!\b(?:i|we|my|the last|the first)\b)[\w'\u2019.&-]+ ){1,6}?)"
            rf"(?P<which>first|last) (?:on|played|put on|spun|heard){_WHOSE}"
        ),
        r"when did i \g<which> play \g<name>by \g<artist>",
    ),
    (
        (
            r"^(?P<ask>when was the (?:first|last|very first|very last) time (?:i|we) )"
            r"(?:had|put|played|heard|spun) (?!(?:that|the|this|those|some|any)\b)(?P<name>(?:(?!\bon\b)[\w'\u2019.&-]+ ){0,5}?"
            rf"(?!\bon\b)[\w'\u2019.&-]+)(?: on)?{_WHOSE}"
        ),
        r"\g<ask>played \g<name> by \g<artist>",
    ),
    # "when did I last have Around the World on, the Daft Punk one".
    (
        (
            r"^(?P<ask>.*\b(?:did|have|had) (?:i|we) (?:first |last |ever )?)"
            r"(?:have|had|put|play|played|hear|heard) (?P<name>(?:(?!\bon\b)[\w'\u2019.&-]+ ){1,6}?)"
            rf"on{_WHOSE}"
        ),
        r"\g<ask>play \g<name>by \g<artist>",
    ),
)


def name_said_again(text: str, language: str) -> str:
    """Return `text` with whose the name is said where the name stands."""
    if language != "en":
        return text
    return rewrite(_NAME_AGAIN, text.strip(), re.IGNORECASE).strip()
