"""A Nuremberg Franconian in his fifties and an A2 learner (issue 45's eighty-seventh turn).

Blind writer 579, a Franconian from Nuremberg in his fifties, softens every
hard consonant ("meisdghörden Kinsdler", "letzder Zeid") and asks with
Franconian turns the standard readers did not know:

- "Mei drei meisdghörden Kinsdler im Oktober, sooch amol" (his top three
  artists: "meisdghörden" was no ranking word, and "sooch amol", say it
  once, is a sign-off);
- "An welchem Bodcast häng i in letzder Zeid so dran" (the podcast he is
  hooked on lately: no question had been read);
- "Mit wos hob i am Samsdooch aufghörd" (the last of Saturday: "womit
  aufghörd" had been taken for a name).

Blind writer 580 speaks A2 German, the verb left bare at the end:

- "Wie oft ich Lied weiter drücken, nicht fertig hören, letzte Woche?"
  (how often he skipped: a play count had been asked about no name);
- "Bitte sagen, wann erste Mal Genesis von Justice laufen" and "Da Funk
  wann ich hören letzte Mal, ja?" (first and last play, the name before or
  after the bare verb).

Each rule is a whole sentence of the speaker's shape and runs only under
that speaker's marks (`_MARK_NUREMBERG`, `_MARK_LEARNER`); a standard
question keeps its words.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# His own forms the rules rewrite; none is a standard German word.
_MARK_NUREMBERG: Final = re.compile(
    r"\b(?:meisdghörd\w*|sooch amol|häng i|aufghörd|letzds)\b",
    re.IGNORECASE,
)

_RULES_NUREMBERG: Final[tuple[Rule, ...]] = (
    # "sooch amol" (say it once) after the question is a sign-off.
    (r",? sooch amol\W*$", ""),
    (r"\bmeisdghörd(?:e[nr]?)?\b", "meistgehörten"),
    # "an welchem X häng i (PERIOD) so dran": the X he is hooked on.
    (
        (
            r"^an welche[mnr] (\w+) häng i ((?:in|im|seid|seit|die|den|letzde[nr]?|diese[nr]?)\b.*?)?"
            r" ?(?:(?:so|grad|etz|immer) )*dran\W*$"
        ),
        r"welchen \1 habe ich \2 am meisten gehört",
    ),
    # "mit wos hob i (PERIOD) aufghörd": the last of that day.
    (
        r"^mit wos hob i (.+?) aufghörd\W*$",
        r"was habe ich \1 als letztes gehört",
    ),
    # "letzds lied vo mir, wos wor des (nochamol)": the last song of all.
    (
        r"^(?:des )?letzds (?:lied|liedla) vo mir,? wos wor des(?: nochamol| glei)?\W*$",
        "was war das letzte Lied, das ich gehört habe",
    ),
)

# The A2 learner's bare verbs after "ich" and his "bitte sagen".
_MARK_LEARNER: Final = re.compile(
    r"\b(?:bitte sagen|ich (?:hören|drücken|laufen)|weiter drücken|erste mal \S.* laufen)\b"
    r"|^(?:arbeitstag|werktag) oder samstag",
    re.IGNORECASE,
)

_RULES_LEARNER: Final[tuple[Rule, ...]] = (
    (r"^bitte sagen,? ", ""),
    # "wie oft ich lied weiter drücken(, nicht fertig hören)(, PERIOD)": skips.
    (
        (
            r"^wie oft ich (?:lied|lieder|song|songs) weiter drücken,?(?: nicht fertig hören,?)?"
            r"(?: (.+?))?\W*$"
        ),
        r"wie oft habe ich \1 lieder übersprungen",
    ),
    # "wann erste mal X laufen": the first play of X.
    (r"^wann (?:das )?erste mal (.+?) laufen\W*$", r"wann lief \1 zum ersten mal"),
    # "X wann ich hören letzte mal": the last play of X.
    (
        r"^(.+?),? wann ich hören (?:das )?letzte mal(?:,? ja)?\W*$",
        r"wann habe ich \1 zum letzten mal gehört",
    ),
    # "von welche sänger ich oft nicht fertig hören lied, weiter drücken":
    # the artist skipped most.
    (
        (
            r"^von welche[mnr]? (?:sänger|künstler|band) ich (?:oft |am meisten )?"
            r"(?:nicht fertig hören(?: lied| lieder)?,? ?)?(?:weiter|weg) drücken\W*$"
        ),
        "welchen Künstler überspringe ich am meisten",
    ),
    # "arbeitstag oder samstag sonntag, wann (ich hören) mehr musik": the week's parts.
    (
        r"^(?:arbeitstag|werktag) oder samstag(?: und)? sonntag,? wann (?:ich hören )?mehr musik\W*$",
        "höre ich mehr Musik unter der Woche oder am Wochenende",
    ),
)


def said_as_nuremberg_fifties_or_learner(text: str) -> str:
    """Return `text` with writer 579's Franconian and 580's A2 German in standard words."""
    text = rewrite_marked(_MARK_NUREMBERG, _RULES_NUREMBERG, text, squeeze=True)
    return rewrite_marked(_MARK_LEARNER, _RULES_LEARNER, text, squeeze=True)
