"""A story told in clauses before the question, read when the whole is not.

Issue 45's twenty-sixth turn: a chatty grandmother in Cornwall and in
Vienna tells why she asks in clauses joined by commas, not in sentences of
their own (`story_sentences` reads those): "I was poorly for a fortnight
with my chest last month, so I had the music on a good deal, how many
different songs did I get through last month, do you know?". The story's
words were read as the question's ("a fortnight" as a time not understood,
"Jessas" as a name), and nothing was answered.

Only when the whole utterance is not understood (`question.read_question`)
are its clauses read one by one: the clauses that are understood alone
must agree on what is asked, and the question is theirs. A clause with no
time takes the one time another clause names ("The day before yesterday,
that was Wednesday, market day, what did I listen to then?"), never two.
"""

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, tzinfo
import re
from typing import Final

from ..when import clocks_said, normalize
from .periods import find_period
from .reading import Asked, Reading
from .story_sentences import opens_a_question

_CLAUSE = re.compile(r"\s*[,;:?!]+\s*|\s+-\s+|(?<=\w)\.\s+")
# Fewer clauses than these are one question said with a pause.
_FEWEST_CLAUSES = 2
# A number alone ("twenty, thirty, I haven't a clue") is no time of a story.
_BARE_NUMBER = re.compile(
    r"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty"
    r"|fifty|hundred|a hundred|eins|zwei|drei|vier|fünf|zehn|zwanzig|dreißig"
    r"|hundert)$"
)


# A name that is a pronoun pointing into the story ("did I listen to it",
# "hab isch dat ... jehört"): the clause is not understood alone.
_POINTING_NAME: Final = re.compile(
    r"^(?:it|that|this|them|those|these|one|es|das|dat|des|die|den|dem|ihn|sie|da)\b"
)
# Words of the question that point back to the story's time, left out
# when that time is said in their place.
_POINTER_WORDS: Final = re.compile(
    r"\b(?:since then|seitdem|seit damals|back then|then|at that time|that day|that night|damals|dann|da"
    r"|an dem tag|an dem abend)\b",
    re.IGNORECASE,
)
# A clause of this many words or fewer is said with the question, no story.
_FEWEST_STORY_WORDS: Final = 5
# A name or a time taken back: `corrections` reads the whole.
_TAKEN_BACK: Final = re.compile(
    r"\b(?:i mean|i meant|no wait|or rather|sorry|actually|ich mein\w*|nee|nein"
    r"|oder besser|quatsch|warte)\b",
    re.IGNORECASE,
)
# A stressing word read as a time ("überhaupt", "at all") is none beside a
# time the story told.
_STRESS_ONLY: Final = frozenset({"überhaupt", "at all", "ever", "insgesamt", "jemals"})
_STRESS: Final = re.compile(r"\b(?:überhaupt|at all|ever|insgesamt|jemals)\b", re.I)


def _unstressed(clause: str) -> str:
    return " ".join(_POINTER_WORDS.sub(" ", _STRESS.sub(" ", clause)).split())


def _clock_said(clauses: list[str], language: str) -> bool:
    return any(clocks_said(normalize(clause), language) for clause in clauses)


def _clauses(text: str) -> list[str]:
    return [clause for clause in _CLAUSE.split(text) if clause.strip()]


def _time_of(clause: str, language: str, now: datetime, zone: tzinfo) -> str | None:
    """Return the words of the one time a clause names, if any."""
    pieces = clause.split()
    span = find_period(pieces, language, now, zone)
    if span is None:
        return None
    words = " ".join(pieces[span.start : span.end])
    return None if _BARE_NUMBER.match(words.lower()) else words


def read_by_clauses(
    text: str,
    language: str,
    now: datetime,
    zone: tzinfo,
    read: Callable[[str], Reading],
) -> Reading | None:
    """Return the reading the understood clauses agree on, or None.

    `read` reads one clause (the parser's own reading, never this one).
    """
    clauses = _clauses(text)
    if (
        len(clauses) < _FEWEST_CLAUSES
        or _clock_said(clauses, language)
        or _TAKEN_BACK.search(text)
    ):
        # "nine o'clock on Saturday night, what was I listening to": a clock
        # time is read with the whole question, never left in a story; "did
        # I hear Air yesterday, I mean Justice" takes a name back.
        return None
    understood: list[tuple[int, Reading]] = []
    for index, clause in enumerate(clauses):
        if not opens_a_question(clause, language):
            # "right about ten after five today": a story's clause, whatever
            # a clipped reading makes of it.
            continue
        reading = read(clause)
        if (
            reading.asked is not None
            and reading.unread is None
            and not _POINTING_NAME.match((reading.name or "").lower())
        ):
            understood.append((index, reading))
    if not understood:
        return None
    asked = {(reading.asked, reading.kind, reading.recap) for _, reading in understood}
    if len(asked) != 1:
        # Two questions, or a story's words read as one: not guessed.
        return None
    # The clause that asks most fully: the last understood one with a name
    # when one is asked, else the last.
    index, reading = next(
        ((index, reading) for index, reading in reversed(understood) if reading.name),
        understood[-1],
    )
    own_time = reading.when is not None and reading.when.lower() not in _STRESS_ONLY
    if own_time and any(
        len(clauses[other].split()) <= _FEWEST_STORY_WORDS
        and _time_of(clauses[other], language, now, zone)
        for other in range(len(clauses))
        if other != index
    ):
        # "what did I play on Monday, the 12th of November": a time said
        # apart in a few words beside the question's own is the question's
        # too, no story's.
        return None
    if own_time or reading.asked in _NO_PERIOD:
        return replace(reading, said=clauses[index])
    times = {
        said
        for other, clause in enumerate(clauses)
        if other != index and (said := _time_of(clause, language, now, zone))
    }
    if len(times) > 1:
        return None
    if times:
        (said,) = times
        words = f"{_unstressed(clauses[index])} {said}"
        timed = read(words)
        if timed.asked is reading.asked and timed.unread is None:
            return replace(timed, said=words)
        return None
    return replace(reading, said=clauses[index])


_NO_PERIOD: Final = frozenset(
    {
        Asked.FIRST_PLAY,
        Asked.LAST_PLAY,
        Asked.STREAK,
        Asked.ON_REPEAT,
    }
)


# A word that points back to a time the story told ("what did I listen to
# then", "was hab ich denn da gehört", "wie viele waren's denn da"); a
# stressing "überhaupt", "at all", "ever" beside it is no time of its own.
_POINTS_BACK: Final = {
    "en": re.compile(r"\b(?:then|back then|at that time|that day|that night)\b"),
    "de": re.compile(r"\b(?:da|damals|dann|an dem tag|an dem abend)\b"),
}


def read_pointed_back(
    text: str,
    reading: Reading,
    language: str,
    now: datetime,
    zone: tzinfo,
    *,
    read: Callable[[str], Reading],
) -> Reading | None:
    """Return the question read with the one time its story told, or None.

    "Am Wochenende waren die Enkerl da, ..., was hab ich denn da überhaupt
    gehört" (issue 45's twenty-sixth turn) was answered for today, "ich war
    ja im letzten Monat so verkühlt, ..., wie viele verschiedene Lieder
    waren's denn da" for all time: the question's "da" points back to the
    story's time, which is the question's.
    """
    pointer = _POINTS_BACK.get(language)
    if (
        pointer is None
        or reading.asked is None
        or reading.asked in _NO_PERIOD
        or (reading.when is not None and reading.when.lower() not in _STRESS_ONLY)
    ):
        return None
    clauses = _clauses(text)
    if len(clauses) < _FEWEST_CLAUSES or _clock_said(clauses, language):
        return None
    asking = [
        index for index, clause in enumerate(clauses) if pointer.search(clause.lower())
    ]
    if not asking:
        return None
    question = asking[-1]
    if read(clauses[question]).asked is not reading.asked:
        # The pointing clause is no question of its own ("als die Freunde
        # da waren" after it): the time is the question's as read.
        return None
    times = {
        said
        for index, clause in enumerate(clauses)
        if index < question and (said := _time_of(clause, language, now, zone))
    }
    if len(times) != 1:
        return None
    (said,) = times
    words = f"{_unstressed(clauses[question])} {said}"
    timed = read(words)
    if (
        timed.asked is not reading.asked
        or timed.unread is not None
        or timed.when is None
        # The whole question named what it asks of and the clause alone does
        # not ("I played lots of Justice since Monday, is it? how many times
        # then", issue 45's fifty-third turn): the clause is no question of
        # its own.
        or (reading.name is not None and timed.name is None)
    ):
        return None
    return replace(timed, said=words)


# A question about what was playing at the moment the story told: "..., must
# have been five past five this afternoon, what was playing then?", "um
# Viertel nach fünf heute, wat war dat für'n Lied".
_AT_THAT_MOMENT: Final = {
    "en": re.compile(
        r"^(?:so |and |well )?(?:what|which (?:song|track|tune))(?: was| were)(?: that| it)?"
        r" (?:playing|on|going|playing then|on then)?(?: then| just then| at that (?:time|moment"
        r"|point))\W*$|^(?:what|which) (?:song|track|tune) was (?:that|it)\W*$"
    ),
    "de": re.compile(
        r"^(?:und |also )?(?:was|welches lied|welcher song) (?:lief|war|kam|spielte)"
        r"(?: denn| dann)? (?:da|dann|grad|gerade|in dem moment)(?: gespielt| gelaufen)?\W*$"
        r"|^(?:was|wat) (?:war|lief) (?:das|dat|des) (?:denn )?für (?:ein |n |'n |ne )?"
        r"(?:lied|song|stück)\W*$"
    ),
}


# "At quarter to eight" and "quarter to eight" are one moment said twice.
_CLOCK_OPENER: Final = re.compile(r"^(?:at|um|gegen|around|about|so um|round about) ")


def _bare(clock: str) -> str:
    """Return a clock without its "o'clock", as a reading's words of time keep it."""
    return re.sub(r"\s*o'?\s?clock$", "", clock)


def read_moment_in_story(
    text: str,
    reading: Reading,
    language: str,
    now: datetime,
    zone: tzinfo,
    *,
    read: Callable[[str], Reading],
) -> Reading | None:
    """Return what played at the one clock time a story told, or None.

    Issue 45's twenty-seventh turn: "I'd just come in from the garden, ...,
    must have been five past five this afternoon, what was playing then?"
    was answered for the whole afternoon, a wrong fact. A clock time said
    anywhere in a story, once, is the moment asked about when the question
    clause asks what was playing then, or says the moment itself ("..., what
    was that playing at quarter to eight last night if you please").
    """
    if reading.asked not in (None, Asked.WHAT_PLAYED, Asked.FIRST_IN, Asked.LAST_IN):
        return None
    clauses = _clauses(text)
    if len(clauses) < _FEWEST_CLAUSES:
        return None
    said = {
        _CLOCK_OPENER.sub("", clock): index
        for index, clause in enumerate(clauses)
        for clock in clocks_said(normalize(clause), language)
    }
    if len(said) != 1:
        return None
    ((clock, holder),) = said.items()
    if (
        reading.asked is Asked.WHAT_PLAYED
        and reading.when
        and (
            clock in normalize(reading.when)
            # The question's own "nine o'clock", read whole as "at nine on
            # saturday night" (blind writer 524).
            or (holder == len(clauses) - 1 and _bare(clock) in normalize(reading.when))
        )
    ):
        # The whole was read with its moment ("Heute Nachmittag um Viertel
        # nach fünf, was lief da?").
        return None
    question = clauses[-1]
    if holder == len(clauses) - 1:
        # The question clause says the moment itself.
        alone = read(question)
        if alone.asked is Asked.WHAT_PLAYED and alone.when and alone.unread is None:
            return replace(alone, said=question)
        return None
    pointer = _AT_THAT_MOMENT.get(language)
    if pointer is None or not pointer.match(normalize(question)):
        return None
    said_there = normalize(clauses[holder])
    words = said_there[said_there.find(clock) :].split()
    # The day, when the clock's clause says none, is the one the story told.
    days = {
        time
        for index, clause in enumerate(clauses[:-1])
        if index != holder and (time := _time_of(clause, language, now, zone))
    }
    asked = "what was playing at" if language == "en" else "was lief um"
    size = len(clock.split())
    if len(days) == 1 and _time_of(" ".join(words[size:]), language, now, zone) is None:
        moments = [f"{clock} {next(iter(days))}"]
    else:
        moments = [" ".join(words[:end]) for end in range(len(words), size - 1, -1)]
    if said_there.find(clock) > 0:
        # "Am Mittwoch um zwölfe mittags, wo …": the day said before the clock.
        moments.insert(0, said_there)
    for moment in moments:
        found = read(f"{asked} {moment}")
        if found.asked is Asked.WHAT_PLAYED and found.when and found.unread is None:
            return replace(found, said=f"{asked} {moment}")
    return None
