"""A Polish speaker's English at B1 (issue 45's seventy-seventh turn, blind writer 527).

Polish's false friend "aktualny" is said "actual" for the current period
("top 3 artists from actual month", "with which song I started actual
week": Encore did not know which month or week was meant). Polish asks
yes or no by the statement alone, the name first and the verb after it
("digital love was playing on saturday?", "don't stop me now was on in
august or no", "I was listening air lastly or not": "lastly" is "ostatnio",
lately), or by "was some X" with only a time after it ("was some justice
today": "czy było coś"); it says "how much Ada was listening" for how long
("ile słuchała"), "quarter before eight" ("za kwadrans ósma") and "in
evening" with no article, and "on what I finished" ("na czym skończyłam")
for what the day ended with. `learner_pl_en` reads the nurse's and the
earlier learner's words; this reader runs first of `said_as_written_en`,
on the words as said, and only a sentence with one of these marks
(`_MARK`) is read, so no other speaker's question is rewritten.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# A time said after a bare yes-or-no statement ("... was playing on
# saturday", "was some justice today").
_WHEN = (
    r"(?:today|yesterday|this (?:morning|afternoon|evening|week|month|year)|last (?:night|week|weekend"
    r"|month|year|summer|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:on|in|since|during) (?:the )?(?:last )?[\w ]{3,30}?|lately|recently|ever)"
)

# What a name said first is never: a question word, a pronoun, the
# speaker or a kind of what plays ("music was on yesterday?" asks nothing
# of one name; "it was on" points back).
_NOT_A_NAME = (
    r"(?!(?:what|which|who|when|how|where|it|that|this|there|something|anything|nothing"
    r"|i|we|you|he|she|they|some|can|could|would|will|do|did|does"
    r"|is|are|was|were|has|have|had|tell|please|and|so)\b)"
    r"(?!(?:the |my |our )?(?:music|radio|speaker|speakers|tv|telly|television|heating"
    r"|light|lights|oven|dishwasher|washing machine|alarm|fan|heater|kettle)\b)"
    # Nor a frame around a name ("Can you confirm whether Sexy Boy by Air
    # was played this week?" is read by the frame's own reader).
    r"(?![^?]*\b(?:whether|if|you)\b)"
)

_MARK: Final = re.compile(
    r"(?<!\bthe )(?<!\ban )\bactual (?:day|week|month|year)\b"
    r"|\blastly\b"
    r"|^was some\b"
    r"|\bquarter before\b"
    r"|\bhow much (?!(?:i|we|time|music)\b)\w+ (?:was|were) listening\b"
    r"|^on what (?:i|we) (?:finished|ended|started|began)\b"
    r"|\b(?:was|were) (?:playing|played|on)\b[^?]*(?:\?|\bor (?:no|not))\s*$",
    re.IGNORECASE,
)

_POLISH_B1_EN: Final[tuple[Rule, ...]] = (
    # "From actual month", "started actual week": the current one.
    (r"(?<!\bthe )(?<!\ban )\bactual (day|week|month|year)\b", r"this \1"),
    (r"\bthis day\b", "today"),
    # "Lastly" is "ostatnio": lately, said before "or not" too.
    (r"(?<=\w) lastly(?=(?:,? or (?:not|no))?\s*[?.!]*\s*$)", " lately"),
    # "I was listening air lately or not": whether I listened.
    (
        (
            r"^(i|we) (?:was|were) (?:listening|playing)(?: to)? (?P<name>[\w' .&-]{2,40}?)"
            rf"(?P<rest> {_WHEN})?,? or (?:not|no)\s*[?.!]*$"
        ),
        r"did \1 listen to \g<name>\g<rest>",
    ),
    # "Was some justice today": whether any played then.
    (
        # With "playing" said, `learner_pl_en` reads it ("was some X playing").
        rf"^was some {_NOT_A_NAME}(?![^?]*\b(?:playing|played)\b)(?P<name>[\w' .&-]{{2,40}}?) (?P<when>{_WHEN})\s*[?.!]*$",
        r"did i play any \g<name> \g<when>",
    ),
    # "Digital love was playing on saturday?", "X was on in august or no":
    # the name first, the statement asked; a time said after it.
    (
        (
            rf"^{_NOT_A_NAME}(?P<name>[\w' .&-]{{2,40}}?) (?:was|were) (?:playing|played|on)"
            rf" (?P<when>{_WHEN})(?:,? or (?:no|not))?\s*[?.!]*$"
        ),
        r"did i play \g<name> \g<when>",
    ),
    # "How much Ada was listening": how long she listened.
    (
        r"^how much (?!(?:i|we|time|music)\b)(\w+) (was|were) listening\b",
        r"how long \2 \1 listening",
    ),
    # "Quarter before eight in evening": a quarter to eight, in the evening.
    (r"\bquarter before\b", "quarter to"),
    (r"\bin (morning|afternoon|evening)\b", r"in the \1"),
    # "On what I finished on saturday": what the day ended with.
    (
        r"^on what (i|we) (finished|ended|started|began)\b",
        r"with what \1 \2",
    ),
)


def said_in_polish_b1(text: str) -> str:
    """Return a Polish B1 speaker's English question in the English later readers know."""
    return rewrite_marked(_MARK, _POLISH_B1_EN, text)
