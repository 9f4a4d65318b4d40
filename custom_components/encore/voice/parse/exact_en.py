"""English as a blind listener who asks by voice alone says it, exactly (issue 45's seventy-third turn, blind writer 500).

She cannot see an answer, so she leaves no doubt in the question: a day is
said again by its date ("the day before yesterday, Wednesday the
eighteenth", "on Thursday the nineteenth of November, that's yesterday"),
a date with its year ("from the first of January this year until
today"), a whole day said whole ("from morning to night", "The whole day,
please."), the hour of a habit said beside it ("in the mornings, roughly
eight a.m., or in the evenings"), a bound of a month ("in October, on or
before the thirty first"). Each was a word of time left unread, so the
answer asked back, or a word taken for another question: "since the
records began" ranked albums (a record), "on or before the thirty first"
asked for the first song, "the whole day" was a name.

Each rule drops or says plainly only what restates a time said beside it;
a restatement that may be the only time ("counting from Saturday the
seventh") is `RESTATED`'s, which `spelled_out` drops only while the words
left still name a period.
"""

from functools import lru_cache
import re
from typing import Final

from .rules import Rule, rewrite

# The words of an English date, also `spelled_out`'s.
MONTH_EN: Final = (
    r"(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)"
)
DAY_EN: Final = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
ORDINAL_EN: Final = (
    r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|\w+teenth|\w+tieth"
    r"|(?:twenty|thirty)[- ](?:first|second|third|\w+th)|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|eleventh|twelfth)"
)
_DATE: Final = rf"(?:(?:{DAY_EN},? )?the {ORDINAL_EN}(?: of {MONTH_EN})?|{MONTH_EN}(?: the)? {ORDINAL_EN}|{DAY_EN})"
_PART: Final = r"(?:mornings|afternoons|evenings|nights)"
_CLOCK: Final = (
    r"(?:\w+(?:[- ]\w+)? ?(?:a\.?m\.?|p\.?m\.?|o'clock)|noon|midnight|midday)"
)
_HOUR: Final = r"(?:midday|noon|midnight|\w+(?: \w+)?(?: ?[ap]\.?m\.?| o'clock)?)"
_DAY_WORD: Final = r"(?:yesterday|today|the day before yesterday|last " + DAY_EN + ")"

_EXACT_EN: tuple[Rule, ...] = (
    # "Since the records began": all time (the records are the history's,
    # no album ranked).
    (r"\bsince (?:the )?records began\b", "ever"),
    (r"\bever,?\s+ever\b", "ever"),
    # "From the first of January this year": the date is this year's.
    (
        rf"\b((?:the )?{ORDINAL_EN} of {MONTH_EN}|{MONTH_EN} (?:the )?{ORDINAL_EN}) this year\b",
        r"\1",
    ),
    # "On Thursday the nineteenth of November, that's yesterday": the day
    # said again by its name after its date, or by its date after its name.
    (
        rf"\b({_DATE})[,.]?\s+(?:that's|that is|which is|which was|i\.e\.|meaning|so) {_DAY_WORD}(?=\W*$|,)",
        r"\1",
    ),
    (
        rf"\b({_DAY_WORD})[,.]\s+(?:that is,? |that's |i\.e\.,? |so )?{DAY_EN},? the {ORDINAL_EN}(?: of {MONTH_EN})?(?=\W*$|[,?.!])",
        r"\1",
    ),
    # "On Tuesday the third of November. The whole day, please.", "from
    # morning to night", "all day long": the day said is the whole day.
    (r"[,.]\s+(?:the )?(?:whole|entire|full) day(?:,? please)?(?=\W*$)", ""),
    (
        r",?\s+from (?:morning|dawn|first thing) (?:to|till|until|through) (?:night|dusk|last thing)\b",
        "",
    ),
    # "In October, on or before the thirty first": the month's bound said
    # again, never the first song.
    (
        rf",?\s+on or (?:before|after) (?:the )?{ORDINAL_EN}(?: of {MONTH_EN})?(?=\W*$|,)",
        "",
    ),
    # "In the mornings, roughly eight a.m., or in the evenings, around nine
    # p.m.": the hour of a part of the day compared, the part asked.
    (
        rf"\b({_PART}),\s+(?:roughly |around |about |say |at |like )?{_CLOCK},?(?=\s+or\b|\W*$)",
        r"\1",
    ),
    # "Comparing afternoons and nights in October, when did I listen more":
    # the parts of the day compared.
    (
        (
            rf"^comparing (?:the )?({_PART}) (?:and|with|to|versus|vs\.?|against) (?:the )?({_PART})\b"
            r"(?P<rest>[^,]*),\s*(?:when|which) (?:did|do) (i|we) (?:listen|play music|have music on) (?:more|most)\W*$"
        ),
        r"did \4 listen more in the \1 or in the \2\g<rest>",
    ),
    # "Around lunchtime, twelve o'clock to be precise": noon.
    (
        r"\b(?:around|about|at) lunch(?:time)?,?\s+(?:at )?twelve(?: o'clock| noon)?(?:,? (?:to be (?:precise|exact)|exactly|precisely|sharp))?",
        "at noon",
    ),
    # "Today between midday and six pm": the span of the day said last, as
    # `spelled_out` reads it (a span after a period is otherwise taken for
    # the period said again).
    (
        rf"\b(today|yesterday|(?:on )?(?:last )?{DAY_EN}) (between {_HOUR} and {_HOUR})(?=\W*$)",
        r"\2 \1",
    ),
    # "Count how many times The Daily played between ...": how often the
    # name was played (its verb after it, never the period's name). Never
    # a speaker's own "have I" ("how many times av i played X") nor a name
    # said before "I played" (the story readers' "how many times X I
    # played").
    (
        (
            r"^(?:count |tell me )?how (?:many times|often) (?!(?:i|we|you|she|he|they|ada|have|has|had|did|do|does|was|were|is|are|that|this|my|our|av|'?ave|hiv|hae|man)\b)"
            r"(?P<name>[^,]{2,40}?)(?<! been)(?<! i)(?<! we)(?<! you)(?<! they)"
            r" (?:was |got |has been |has |have )?played\b"
        ),
        r"how many times did I play \g<name>",
    ),
    # "Read me a short summary of what played on Wednesday": what played
    # (a summary of what played is what the day's plays were).
    (
        r"^(?:please )?(?:read|give|tell) (me|us) (?:a |the )?(?:short |brief |quick )?(?:summary|rundown|overview) of what (?=(?:played|was playing|was played|(?:i|we) (?:played|heard|listened to))\b)",
        "what ",
    ),
    # "At exactly quarter to eight": at quarter to eight.
    (r"\bat (?:exactly|precisely) (?=\w)", "at "),
    (r"\s{2,}", " "),
)

# A period spelled out after another, read by `spelled_out` only while the
# words before it still name a period: "..., counting from Saturday the
# seventh", "this month, from the first of November,", "that's from the
# twenty second of October up to this evening", "my week, Monday the
# sixteenth until now".
RESTATED: Final[tuple[str, ...]] = (
    rf"[,.]?\s+(?:counting|starting|reckoning|beginning) from {_DATE}(?: (?:on|onwards?))?(?=\W*$|,)",
    rf"[,.]\s+(?:so |that is |that's |i\.e\. )?from {_DATE}(?=\W*$|,)",
    (
        rf"[,.]?\s+(?:that's |that is |which is |so |i\.e\. )?(?:from )?{_DATE} (?:up to|until|till|through|to)"
        r" (?:this (?:evening|afternoon|morning|moment)|tonight|right now|now|today)\b"
    ),
)


# Cached: the parser reads the question with it, and the checks in
# `voice.utterance` read the words as said with it again.
@lru_cache(maxsize=64)
def said_exactly(text: str) -> str:
    """Return an exact speaker's question with its times said once."""
    return rewrite(_EXACT_EN, text, re.IGNORECASE)
