"""Written shorthand read as the words it stands for (issue 45).

People type to Assist as they text: "top 5 last wk", "since Oct", "first
track on Sat pls", "plays YTD", "Lied'l heuer". A period word the readers do
not know is no period at all, and the question would be answered over all
time: a wrong fact. Each shorthand here stands for one thing in any
sentence; a word that is also a plain word ("sat", "sun", "wed", "mar",
"jan") is read as a day or month only beside a word that asks for one
("on sat", "since jan", "sat/sun").
"""

import re

# Always the same thing, in English and German text alike.
_ALWAYS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), words)
    for pattern, words in (
        # "Sat/Sun", "Mon-Fri": two days.
        (r"(?<=[a-z])[/-](?=(?:mon|tue|wed|thu|fri|sat|sun)\b)", " to "),
        (r"\bwks\b", "weeks"),
        (r"\bwk\b", "week"),
        (r"\byrs\b", "years"),
        (r"\byr\b", "year"),
        (r"\bmths\b", "months"),
        (r"\bmth\b", "month"),
        (r"\bhrs\b", "hours"),
        (r"\bmins\b", "minutes"),
        (r"\bytd\b", "this year"),
        (r"\b(?:pls|plz|thx)\b", ""),
        (r"\baug\b", "august"),
        (r"\bapr\b", "april"),
        (
            r"\b1st (?=time|song|track|play|thing|ever|artist|band|album|episode)",
            "first ",
        ),
        (r"\bdiff (?=songs|tracks|artists|bands|albums|podcasts|shows)", "different "),
        (r"\b(?:no|nr|#) ?1\b", "number one"),
        (r"\beps\b", "episodes"),
        # Southern German: "heuer" is this year, "in der Früh" the morning.
        (r"\bheuer\b", "dieses jahr"),
        (r"\bin der früh\b", "am morgen"),
        (r"\bheut\b", "heute"),
        (r"\bjän\b", "jänner"),
    )
)

_DAYS = {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
    "mar": "march",
    "jan": "january",
}
# A word that asks for a day or a month just before it, or a day, a time or
# a part of the day just after it ("sat/sun", "wed at 9pm", "mon to fri").
_BEFORE = frozenset(
    [
        "on",
        "last",
        "this",
        "past",
        "next",
        "since",
        "from",
        "until",
        "till",
        "to",
        "by",
        "every",
        "of",
        "in",
        "or",
        "and",
        "vs",
        "versus",
        "before",
        "after",
        "through",
        "thru",
        "during",
        "for",
    ]
)
_AFTER = frozenset(["at", "night", "morning", "evening", "afternoon"]) | frozenset(
    _DAYS
)
_DAY_NAMES = frozenset(_DAYS.values())
# Plain words too ("Sun and Moon", "I sat"): a joining word after them is no sign.
_PLAIN = frozenset({"sat", "sun", "wed", "mar", "jan"})
_JOINING = frozenset(["to", "or", "and", "vs", "versus"])


def _spelled(words: list[str], index: int) -> str:
    word = words[index]
    if word not in _DAYS:
        return word
    before = words[index - 1] if index else None
    after = words[index + 1] if index + 1 < len(words) else None
    then = words[index + 2] if index + 2 < len(words) else None
    if (
        before in _BEFORE
        or before in _DAYS
        or (
            after is not None
            and (
                after in _AFTER
                or after[:1].isdigit()
                or (
                    after in _JOINING
                    and (word not in _PLAIN or then in _DAYS or then in _DAY_NAMES)
                )
            )
        )
    ):
        return _DAYS[word]
    return word


def expand_shorthand(text: str) -> str:
    """Return lowercase words with their written shorthand spelled out."""
    for pattern, spelled in _ALWAYS:
        text = pattern.sub(spelled, text)
    words = text.split()
    return " ".join(_spelled(words, index) for index in range(len(words)))
