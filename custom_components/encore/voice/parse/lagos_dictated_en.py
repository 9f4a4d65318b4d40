"""A Lagos software tester's dictated Nigerian English (issue 45's seventy-ninth turn, blind writer 536).

Blind round eighteen's tester in Lagos dictates without punctuation, and
her recogniser writes what she says as she says it. She names the song
first and asks after it with Pidgin's "am" (it): "digital love when i
first hear am" (when she first heard it: no reader took the name, and
today's first song was answered, a wrong fact). She says what a count
leaves out after it: "how many separate songs i hear yesterday no repeats"
(the different songs: "repeats" had been read as the repeat rate, a wrong
fact). She asks how a period went with a bare "go" ("how my week go for
music", "how our october go": `nigerian_en` knew only "take go"),
"wetin dey play around eight this morning" (what was playing then:
`nigerian_en` knew only "by eight"), and drops "did" before a person
("how long ada listen this summer": Ada's time, read as the asker's).

Each rule is bound to these constructions, none to a common word: a name
before "when I first hear am", "no repeats" after a count of songs, "how
my week go", "wetin dey play" before a clock, "how long ada listen". Run
on the words as said, in `said_as_written_en`, before `nigerian_en`.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_PERIOD: Final = (
    r"(?:day|week|weekend|month|year|summer|listening|music|january|february|march|april"
    r"|may|june|july|august|september|october|november|december)"
)
_CLOCK_START: Final = (
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|quarter"
    r"|noon|midday|midnight)"
)
# Words that open a clause of its own after "how long": no person said.
_NOT_WHO: Final = (
    r"(?:did|do|does|have|has|had|was|were|is|are|will|would|i|we|you|they|he|she|it"
    r"|the|this|that|my|our)\b"
)


def _different(match: re.Match[str]) -> str:
    """Say a count of songs left without its repeats as a count of different ones."""
    counted = match["count"]
    if re.search(
        r"\b(?:different|distinct|separate|unique|individual)\b", counted, re.I
    ):
        return counted
    return re.sub(r"\bhow many\b", "how many different", counted, count=1, flags=re.I)


_LAGOS_DICTATED_EN: Final[tuple[Rule, ...]] = (
    # "Digital love when i first hear am": the name first, "am" for it.
    (
        (
            r"^(?:(?:abeg|oya)\s+)?(?P<name>(?!(?:what|which|who|when|how|wetin|na|abeg|i|we|and|so)\b)"
            r"[^,]+?),? when (?:(?:did|do) )?(?P<who>i|we) (?P<which>first|last)"
            r" (?P<verb>hear|play|listen to|listen|catch)(?:d|ed)? (?:am|dem|them)(?:\s+(?:abeg|o|sef))?\s*[?.!]*$"
        ),
        r"when did \g<who> \g<which> \g<verb> \g<name>",
    ),
    (
        (
            r"^(?:(?:abeg|oya)\s+)?(?P<name>(?!(?:what|which|who|when|how|wetin|na|abeg|i|we|and|so)\b)"
            r"[^,]+?),? when last (?:(?:did|do) )?(?P<who>i|we)"
            r" (?P<verb>hear|play|listen to|listen|catch)(?:d|ed)? (?:am|dem|them)(?:\s+(?:abeg|o|sef))?\s*[?.!]*$"
        ),
        r"when did \g<who> last \g<verb> \g<name>",
    ),
    # "How many separate songs i hear yesterday no repeats": the repeats
    # left out of the count, so the songs counted are the different ones.
    (
        (
            r"^(?P<count>.*\bhow many\b.*?\b(?:songs|tracks|tunes|artists|bands)\b.*?)"
            r"[,\s]+(?:no|without|minus|excluding|not counting|no counting)(?: the| any)?"
            r" (?:repeats?|repeated (?:ones|songs)|duplicates?|doubles)\s*[?.!]*$"
        ),
        _different,
    ),
    # "How my week go for music", "how our october go": how it went.
    (rf"^how (my|our) ({_PERIOD}) go\b", r"how was \1 \2"),
    # "Wetin dey play around eight this morning": what was playing then
    # (alone, "wetin dey play" asks what plays now: never rewritten).
    (
        rf"^wetin (?:dey|bin|been|don) play (?=(?:around|about|round about|round|at|by) {_CLOCK_START})",
        "what was playing ",
    ),
    # "How long ada listen this summer": "did" dropped before the person.
    # Never "how much time Queen play": Patois asks how many times so.
    (
        (
            rf"^how (?:(long|many hours|many minutes) (?P<who>(?!{_NOT_WHO})\w+) (listen|play|hear|stream)"
            rf"|(much time) (?P<who2>(?!{_NOT_WHO})\w+) (listen|hear|stream))\b"
        ),
        lambda m: " ".join(
            ("how", m[1] or m[4], "did", m["who"] or m["who2"], m[3] or m[6])
        ),
    ),
)


def said_as_dictated_in_lagos(text: str) -> str:
    """Return a Lagos tester's dictated question in plain English."""
    return rewrite(_LAGOS_DICTATED_EN, text, re.IGNORECASE)
