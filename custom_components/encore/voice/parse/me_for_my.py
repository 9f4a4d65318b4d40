"""English where "me" is "my", and a question's tags on Merseyside (issue 45).

A Liverpool speaker (and many in the north of England, Ireland and
Australia) says "me" for "my": "who's been me number one band this month",
"me top three artists", "how was me week in music" (read as this month's
recap, a wrong fact, for "me week" was no period). The tags said to the
assistant ("la", "boss", "go 'ed", "lad") are no name: "how many songs
have I had on so far today, boss" looked for a name "boss".

"Me" is "my" only before the words of listening or of a time, and never
after a verb that takes "me" ("tell me top artists", "play me favourite
songs" stays a command as said).
"""

import re
from typing import Final

from .rules import Rule, rewrite

# What "my" is said before in a question about listening.
_MINE: Final = (
    r"(?:own |usual |all[- ]time |very )?(?:top|favourite|favorite|fave|faves|number one"
    r"|no\. ?1|go-to|taste|week|month|year|day|weekend|summer|busiest|most|usual|first"
    r"|last|music|listening|history|stats|recap|holidays?|tunes|songs|records|albums"
    r"|podcasts|artists|bands|playlists?|wrapped|spotify|ears|plays|streams|skips"
    r"|biggest|main|best|guilty)\b"
)

# Verbs and prepositions "me" follows as itself.
_TAKES_ME: Final = (
    r"tell|give|gimme|show|get|send|play|remind|let|for|to|with|at|on|off|from|about"
    r"|bring|fill|sing|lend|hand|find|pass|teach|take|put|read|name|walk|run|help|ask"
)

_RULES: Final[tuple[Rule, ...]] = (
    # A tag said first or last: "ey, go 'ed then, …", "…, la", "…, boss".
    (r"^(?:ey|eh|ay)?,?\s*go 'ed(?: then| lad| la)?,?\s*", ""),
    (r",?\s+(?:la|lad|boss|go 'ed|our kid|mate|kidda)\s*([?.!]*)\s*$", r"\1"),
    (r",\s+(?:la|boss|lad),\s+", ", "),
    # "The rundown on me year" (an Australian, issue 45's thirtieth turn):
    # "on" takes "me" itself elsewhere ("put it on me phone" is no question).
    (
        r"\b(rundown|run-down|recap|summary|lowdown|wrap|wrap-up|stats) (on|of|for) me (year|month|week|weekend|summer)\b",
        r"\1 \2 my \3",
    ),
    # "Me" for "my", after no word that takes "me" itself.
    (rf"(?<!\w)(?:(?P<verb>{_TAKES_ME})\s+)?\bme\s+(?={_MINE})", ""),
)


def _mine(found: re.Match[str]) -> str:
    if found.group("verb"):
        return found.group(0)
    return "my "


def undo_me_for_my(text: str, language: str) -> str:
    """Return English said with "me" for "my", and with tags, as said plainly."""
    if language != "en":
        return text
    *tags, (pattern, _) = _RULES
    text = rewrite(tags, text, re.IGNORECASE)
    return re.sub(pattern, _mine, text, flags=re.IGNORECASE)
