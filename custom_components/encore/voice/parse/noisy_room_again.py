"""A question asked over a loud TV and children, then asked again shorter (issue 45's seventy-sixth turn, blind writer 521).

Speech to text in a loud living room writes the whole question, the words
of the TV or the children that slipped in after it, and the question said
again shorter: "how many tracks have i played so far today put the lid on
the the how many tracks today", "wen hab ich letzte woche am meisten gehört
lass das leon wen hab ich letzte woche am meisten gehört", "what did i
listen to this afternoon this afternoon what did i listen to". Read whole,
the noise became a name ("he started"), a period ("this the") or a second
question, and the repeated period a span no reader knew; worse, a period
said only once was lost beside the noise and Encore answered for all time.

The question is read once: its first saying, clipped after the last word
the shorter saying repeats (the noise follows it), and kept on over the
words of a question or a time that follow at once ("... letzte woche" then
"gehört", "... künstler" then "dieses jahr"), never over the noise.

Only a recogniser's text without any punctuation is read (a typed or
punctuated question that says something twice means it), and only when the
last words are a saying again: at least three words, each said before
(begun with the question's first word, up to half may be new: "did i hear
any air ..."), and never after "and", "or", "than", "of" (two questions
compared). A saying again that brings a time or a content the first one
lacks is a different question and is left alone; one that points back to
a name ("... when did i first hear it") or ends on "time" or "mal" (a name
said after it) keeps the first saying whole, the noise with it, since
where the name ends is not known.
"""

import re
from typing import Final

from ..when.words import month_names

# A recogniser writes no punctuation (its capitals vary); a question typed
# or punctuated that says something twice means it (apostrophes are part
# of words).
_PUNCTUATED: Final = re.compile(r"[,.;:?!\"()\-\u2013\u2014/]")
# Words that join two questions or a part of one: "how many plays last week
# and how many this week", "how many did I skip out of how many I played".
_JOINS: Final = frozenset(
    {"and", "or", "than", "of", "vs", "versus", "und", "oder", "als", "von"}
    | {"compared", "verglichen"}
)
# Month names, from the one table of them (`when.words`).
_MONTHS: Final = frozenset(month_names("en") + month_names("de"))
# Words of a time: a saying again that brings one the first lacks asks
# another question, never the same one shorter.
_TIME: Final = (
    frozenset(
        {
            "today",
            "yesterday",
            "tonight",
            "this",
            "last",
            "past",
            "week",
            "weeks",
            "weekend",
            "month",
            "months",
            "year",
            "day",
            "days",
            "night",
            "morning",
            "afternoon",
            "evening",
            "ever",
            "lately",
            "recently",
            "heute",
            "gestern",
            "vorgestern",
            "früh",
            "diese",
            "diesen",
            "dieses",
            "diesem",
            "letzte",
            "letzten",
            "letztes",
            "letzter",
            "woche",
            "wochen",
            "wochenende",
            "monat",
            "monate",
            "jahr",
            "tag",
            "tage",
            "nacht",
            "morgen",
            "nachmittag",
            "abend",
            "jemals",
            "überhaupt",
            "moment",
            "now",
            "currently",
            "gerade",
            "zurzeit",
        }
    )
    | _MONTHS
    | {
        f"{day}{end}"
        for day in ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
        for end in ("day", "days")
    }
    | {
        f"{day}{end}"
        for day in ("mon", "diens", "donners", "frei", "sams", "sonn")
        for end in ("tag", "tags")
    }
    | {"mittwoch", "mittwochs"}
)
# Words of the content asked: a saying again that brings one the first
# lacks ("how long did i listen to music today") narrows the question, and
# is read whole.
_CONTENT: Final = frozenset(
    {"music", "songs", "tracks", "tunes", "podcasts", "podcast", "musik", "lieder"}
)
# Little words that tie a question together: where the first saying's
# question ends is told by the others, the words the shorter saying
# repeats ("the", "in" also come in the noise).
_LITTLE: Final = frozenset(
    {
        "i",
        "me",
        "my",
        "the",
        "a",
        "an",
        "to",
        "in",
        "on",
        "at",
        "it",
        "is",
        "was",
        "what",
        "ich",
        "mein",
        "meine",
        "der",
        "die",
        "das",
        "den",
        "ein",
        "eine",
        "es",
        "im",
        "am",
        "um",
        "war",
        "ist",
    }
)
# Words that go on a question after the last word said again: its time, its
# verb said last in German, "in total", "so far". The noise after it (a
# child's name, a show's words) is none of these.
_GOES_ON: Final = (
    _TIME
    | frozenset(
        {
            "i",
            "ich",
            "the",
            "to",
            "in",
            "on",
            "at",
            "im",
            "am",
            "um",
            "most",
            "time",
            "mal",
            "total",
            "so",
            "far",
            "we",
            "did",
            "do",
            "have",
            "had",
            "been",
            "play",
            "played",
            "playing",
            "hear",
            "heard",
            "listen",
            "listened",
            "listening",
            "stream",
            "streamed",
            "skip",
            "skipped",
            "all",
            "since",
            "ago",
            "of",
            "wir",
            "hab",
            "habe",
            "haben",
            "hör",
            "höre",
            "hören",
            "gehört",
            "gespielt",
            "gelaufen",
            "angefangen",
            "lief",
            "schon",
            "eigentlich",
            "normalerweise",
            "meistens",
            "insgesamt",
            "meisten",
            "zeit",
            "seit",
            "für",
        }
    )
    | _CONTENT
)
# Before a content word, these make it a remark ("in music", "with music").
_ASIDE_BEFORE: Final = frozenset({"in", "with"})
# A name pointed back to, said last by the shorter saying.
_POINTING: Final = frozenset(
    {"it", "them", "her", "him", "that", "es", "sie", "ihn", "die", "den", "das"}
)
# The words a question asks with: said again from the middle, the first
# saying is kept whole when the part before the noise holds none and the
# rest does ("um zwölf am samstag was lief da am samstag um zwölf").
_ASKS: Final = frozenset(
    {"what", "which", "who", "how", "when", "whats", "what's", "did", "do", "have"}
    | {"was", "welche", "welcher", "welches", "welchen", "wer", "wen", "wie", "wann"}
    | {"lief", "hab", "habe"}
)
# The words a question ends on, never the last of it: "... played in",
# "... normalerweise musik um".
_NO_END: Final = (_LITTLE - {"i", "ich"}) | frozenset(
    {"so", "of", "since", "did", "do", "have", "had", "been", "hab", "seit"}
    | {"this", "last", "past", "diese", "diesen", "dieses", "letzte", "letzten"}
)
# A figure or a number said ("thirty days", "november third", "half eight").
_NUMBER: Final = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|half|quarter|twenty|thirty|first|second|third|fourth|fifth"
    r"|\w+(?:teen|teenth|tieth)|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
    r"|zehn|elf|zwölf|halb|viertel|\w+zehn|zwanzig|dreißig|\w+(?:te|ten|ter))$"
)
# Said again, these ask of a name said after them ("wann lief das letzte
# mal don't stop me now das letzte mal", "... when was the last time"): the
# first saying is kept whole.
_NAME_AFTER: Final = frozenset({"mal", "time"})
# The shortest saying again.
_SHORTEST: Final = 3


def _bare(word: str) -> str:
    """Return a word as compared: lower case, without a closing apostrophe."""
    return word.lower().strip("'\u2019")


def _said_again_from(words: list[str]) -> int | None:
    """Return where the question is said again, or None."""
    # The question begun again with its first word first ("how many ... how
    # many tracks today"), else the longest run said before ("justice in
    # letzter zeit").
    for same_opener in (True, False):
        for start in range(_SHORTEST, len(words) - _SHORTEST + 1):
            if (words[start] == words[0]) == same_opener and _is_said_again(
                words[:start], words[start:], same_opener
            ):
                return start
    return None


def _is_said_again(before: list[str], again: list[str], same_opener: bool) -> bool:
    """Return whether `again` says the question of `before` again."""
    if before[-1] in _JOINS or len(set(again)) < _SHORTEST:
        return False
    if before[-1] == again[0]:
        # "mama mama queen diese woche": a child's word said twice is the
        # noise, and the question said again begins after it.
        return False
    if len(set(again) - _LITTLE) < 2:
        # "... not cooked on what podcast": a run of little words and one
        # more says no question again.
        return False
    new = [word for word in again if word not in before]
    if any(word in _TIME or word in _CONTENT for word in new):
        return False
    # The same opener: up to half its words may be the rewording ("did i
    # hear any air", "wie viele wiedergaben", "what did i have on"); said
    # from elsewhere, every word was said before.
    allowed = len(again) // 2 if same_opener else 0
    return len(again) - len(new) >= _SHORTEST and len(new) <= allowed


def _goes_on(word: str) -> bool:
    """Whether `word` may go on a question after the words said again."""
    return word in _GOES_ON or _NUMBER.match(word) is not None


def _kept_to(first: list[str], again: list[str]) -> int:
    """Return how many of the first saying's words are the question."""
    # The question runs at least to the first saying of each word said
    # again (the little words may come again in the noise).
    end = max(
        (
            first.index(word) + 1
            for word in again
            if word in first and word not in _LITTLE
        ),
        default=0,
    )
    going_on: set[str] = set()
    while end < len(first) and _goes_on(first[end]) and first[end] not in going_on:
        if first[end] in _CONTENT and first[end - 1] in _ASIDE_BEFORE:
            # "how was my week in music", "what did i start the day with
            # music wise": a remark on the content, no content asked.
            break
        going_on.add(first[end])
        end += 1
    while end > 0 and first[end - 1] in _NO_END:
        end -= 1
    return end


def said_once_over_noise(text: str) -> str:
    """Return a question said, drowned out and said again shorter as said once."""
    if _PUNCTUATED.search(text):
        return text
    said = text.split()
    words = [_bare(word) for word in said]
    if len(words) < 2 * _SHORTEST:
        return text
    start = _said_again_from(words)
    if start is None:
        return text
    if words[-1] in _NAME_AFTER or (
        words[-1] in _POINTING and words[-1] not in words[:start]
    ):
        # The name is what the shorter saying leaves out or points back to
        # ("... when did i first hear it"): where it ends in the first
        # saying is unknown, so all of that saying is read.
        return " ".join(said[:start])
    end = _kept_to(words[:start], words[start:])
    if end < _SHORTEST:
        return text
    if (
        words[start] != words[0]
        and not _ASKS & set(words[:end])
        and _ASKS & set(words[end:start])
    ):
        # Said again from the middle, and the words asking came after them.
        end = start
    return " ".join(said[:end])
