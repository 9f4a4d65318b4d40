"""English mumbled half asleep (issue 45's sixty-seventh turn, blind writer 458).

A half-asleep speaker trails off ("..."), says a word twice ("the the"),
says the name first and again inside the question ("air when did i last
have air on"), starts a phrase, trails off and starts it again ("the last
thing... the last track i had on"), puts a placeholder where a word did
not come ("the bohemian whatsit... rhapsody"), says "like" before a count
("my like three most played", read as a time "like three") and before the
verb that was meant ("do i like... listen to most"), and closes on a
restatement or a filler ("... hmm like the very first", "y'know", "um").
Each of these had the wrong name, the wrong time or no question read;
"how many episodes of stuff" (anything) had looked for a show "stuff",
and "air ... y'know" answered the last play of anything (wrong facts).

Read before the hesitations are dropped: the ellipsis a trailing-off
leaves is what tells a restart from a name.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_TRAIL: Final = r"(?:\.\.\.|…)"
_COUNTED: Final = r"(?:episodes|songs|tracks|tunes|plays|podcasts)"

_MUMBLED_EN: Final[tuple[Rule, ...]] = (
    # A filler or a tag closing the question: "y'know", "um", "hmm". Never
    # "you know" or "ya know", which close "would you know?", "do ya know?".
    (r"(?:,?\s+(?:y'know|um+|uh+|hmm+|erm|er))+\s*[?.!]*\s*$", ""),
    # "Y'know" said inside the question: "the band i keep skipping y'know
    # who is that".
    (r"\s+(?:y'know|ya know)\s+(?=\w)", " "),
    # "... since monday hmm like the very first": the first said again.
    (
        r"\s+(?:(?:hmm+|um+|uh+) )?(?:like )?the very (?:first|last)(?: one)?\s*[?.!]*\s*$",
        "",
    ),
    # "The last thing... the last track i had on": the phrase started again
    # after trailing off; the second is what was meant.
    (
        rf"^(?:(?:um+|uh+|hmm+|so|and)\s+)?(?P<start>the (?:last|first|most|top))\b[^.…?]{{0,40}}?{_TRAIL}\s*(?=(?P=start)\b)",
        "",
    ),
    # "The the music", "the the bohemian ...": "the" said twice before a
    # listening word or a name's first word said with a placeholder. The
    # band The The keeps its name everywhere else.
    (
        rf"\bthe the (?=(?:music|songs?|tracks?|tunes?|podcasts?|bands?|artists?|last|first|most)\b|\w+ (?:whatsit|thingy)\b|\w+ {_TRAIL})",
        "the ",
    ),
    # "The bohemian whatsit... rhapsody": the placeholder, then the word.
    (
        rf"\s+(?:whatsit|whatsits|whatchamacallit|thingy|thingamajig|whatnot)(?:{_TRAIL}|,)\s*(?=\w)",
        " ",
    ),
    # "Do i like... listen to most": "like" and the verb meant after it.
    (
        rf"\blike{_TRAIL}\s*(?=(?:listen|play|hear|have|put|skip|stream)\w*\b)",
        "",
    ),
    # "My like three most played", "the like top five": "like" before a count.
    (
        r"\b(my|the|me|our) like (?=(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|top|most)\b)",
        r"\1 ",
    ),
    # "What was the music the day before yesterday": what was playing then.
    (
        r"^((?:\w+ )?)what was the music (?=(?:the day|yesterday|today|last|this|on|at|in)\b)",
        r"\1what music was playing ",
    ),
    # "How many episodes of stuff": of anything, no show called "stuff".
    (rf"\b({_COUNTED}) of (?:stuff|anything|everything|things)\b", r"\1"),
    # "Air when did i last have air on": the name said first and again in
    # the question; the question's own is read. Never a question's own
    # words said twice ("how often did I, uh, how often did I play").
    (
        r"^(?:(?:hmm+|um+|uh+|so|oh)\s+)?(?!(?:how|what|when|who|which|did|do|does|have|has|was|were|is|i|we|the|my|on|in|at|of|to|for|from|by|with|and|or|but|a|an|so|then|now|ok|okay|yeah|well|right|just)\b)(?P<name>[\w']+(?: [\w']+){0,3}),?\s+(?=(?:when|how|did|have|what)\b[^?]*\b(?P=name)\b)",
        "",
    ),
)


def said_mumbling(text: str) -> str:
    """Return a mumbled question with its restarts, fillers and repeats undone."""
    return rewrite(_MUMBLED_EN, text, re.IGNORECASE)
