"""English as a polite grandmother from Surrey asks it (issue 45's seventy-third turn, writer 498).

Blind round twelve's grandmother wraps the question in courtesy and old
ways of saying: "Could you count up for me how many tunes I've had on so
far today?" (a name "up" was looked for), "Twenty? Thirty? However many
songs did I play on Saturday, would you say?" (guesses said first, and
"however many" for how many), "how many times I've had Don't Stop Me Now
on since Monday" (a name "had Don't Stop Me Now", a time "on since
Monday"), "I can't for the life of me remember whether I had Justice on
the day before yesterday. Did I, dear?" (the question is the "whether"),
"that news podcast" (the one podcast, described, no name "news"). Read on
the words as said, before a comma or a full stop clips the question; each
rule holds to her shapes of a sentence, so a title is never touched.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A count guessed before the question ("Twenty? Thirty? However many ...").
NUMBER: Final = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|a hundred|hundred|a dozen|dozens?)"
)
_TIMES: Final = (
    r"(?:since|this|last|today|yesterday|so far|in|on|at|over|during|the day|lately"
    r"|recently|these|all|ever|at all)"
)
_ENDEARMENT: Final = r"(?:dear|dearie|love|my love|darling|pet|duck|ducky)"

_SURREY: Final[tuple[Rule, ...]] = (
    # "Twenty? Thirty? However many songs ...": guesses said first.
    (
        rf"^\s*(?:(?:about |around |perhaps |maybe |oh,? )?{NUMBER}\s*[?!.,]+\s*)+(?=however|how)\b",
        "",
    ),
    (r"^\s*however (many|much)\b", r"how \1"),
    # "Could you count up for me how many ...": a request to count, no name.
    (
        (
            r"^\s*(?:(?:could|would|can|will) you (?:please |kindly |possibly )?)?(?:count up|tot up"
            r"|add up|reckon up|tally up|work out|count)(?: for me)?,?\s+(?=how (?:many|much|often)\b)"
        ),
        "",
    ),
    # "I can't for the life of me remember whether I had X on <time>. Did I,
    # dear?": whether X played then.
    (r"\bfor the life of me\s+", ""),
    # Only as its own sentence or with her endearment: a plain ", did I?"
    # after a question said as a statement is the did-I readers'.
    (
        (
            rf"(?:[.?!]\s*(?:did|have|had) (?:i|we)(?:,?\s*{_ENDEARMENT})?"
            rf"|[,]\s*(?:did|have|had) (?:i|we),?\s*{_ENDEARMENT})\s*[?.!]*\s*$"
        ),
        "?",
    ),
    (
        (
            r"^\s*(?:i (?:can't|cannot|can not|don't|do not|couldn't) (?:quite )?(?:remember|recall|think)"
            r"|i(?:'m| am| was) (?:wondering|trying to remember|not sure)|i wonder)"
            r",?\s+(?:whether|if) (i|we) (?:had|have had|'d had) (.+?) on\b"
        ),
        r"did \1 play \2",
    ),
    # "How many times I've had X on since Monday", "how many tunes I've had
    # on so far today": played.
    (
        rf"\b(how many (?:times|tunes|songs|tracks|records|things|episodes)) (?:i've|i have|i) had (.+?) on\b(?= {_TIMES}\b|\W*$)",
        r"\1 have i played \2",
    ),
    (
        rf"\b(how many (?:tunes|songs|tracks|records|things|episodes)) (?:i've|i have|i) had on\b(?= {_TIMES}\b|\W*$)",
        r"\1 have i played",
    ),
    # "... since Monday. It does put a spring in one's step.": a remark of
    # her own after the question, its own sentence, asks nothing.
    (
        r"(?<=[.?!])\s+(?:it|that|they|he|she|such|rather|i do|i must say|bless)\b[^?]{0,80}[.!]?\s*$",
        "",
    ),
    # "That news podcast", "the news programme": the podcast described,
    # never a name "news".
    # Never in apposition to the name ("The Daily, that news programme",
    # "that news podcast on, The Daily").
    (
        r"(?<!, )\b(?:that|the|this) news (podcast|programme|program|show)\b(?!(?: on)?,)",
        r"the \1",
    ),
)


def said_in_surrey(text: str) -> str:
    """Return a polite grandmother's English question in plain words."""
    return re.sub(r"\s{2,}", " ", rewrite(_SURREY, text, re.IGNORECASE)).strip()
