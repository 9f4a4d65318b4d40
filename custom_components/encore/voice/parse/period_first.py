"""The period said first and set apart, then the question (issue 45's thirtieth turn).

A home-office worker (blind writer 147) says the period the way a meeting's
agenda item is said, then asks: "October, what was my song of the month",
"twenty twenty five, give me my top five songs, ranked", "November third,
what was the closing track", "yesterday, how many things did I play". The
question read alone was asked of no period or of the wrong one ("of the
month" said beside October). The period goes after the question, where
every reader looks for it; a "song of the month" beside it is the top song
of the period said.

Only words that read as a time on their own move, and only before a
question's own opening word: "Kitchen, what's on" keeps its room.
"""

from datetime import datetime, timedelta, tzinfo
import re
from typing import Final

from ..when import parse_when
from .rules import compiled

_QUESTION: Final = {
    "en": (
        r"(?:what|what's|whats|which|who|who's|how|how's|give|tell|when|did|do|does|have"
        r"|list|name|show|read|run|fill|am|are|is|was|were)\b"
    ),
    "de": r"(?:was|wat|watt|wer|wie|welche\w*|wann|gib|nenn|zeig|hab|habe|hast|erzähl|mit welche\w*)\b",
}
_OF_THE: Final = {
    "en": (
        r"\b(song|track|tune|artist|band|album|record|podcast|show)s? of the"
        r" (?:month|year|week|summer)\b"
    ),
    "de": r"\b(lied|song|künstler|album|podcast)(?:s|es)? (?:des|der) (?:monats|jahres|woche)\b",
}
_TOP: Final = {"en": r"top \1", "de": r"meistgehörte \1"}


_CLOCK: Final = {
    # A moment said first ("At half past eight this morning, which piece ...")
    # is read by the readers of moments in a story; only periods move.
    "en": r"\b(?:o'?clock|half|quarter|past|to|am|pm|noon|midnight|at|around|about|\d+)\b",
    "de": r"\b(?:um|uhr|halb|viertel|gegen|\d+)\b",
}
_ONE_DAY: Final = timedelta(days=1, hours=1)
"""A day, with room for a daylight-saving change."""
# German puts the period after the subject, and "da" points back to it.
_SUBJECT_DE: Final = r"\b(ich|i|wir|mir)(?: da)?\b"
# A German question that points back to the period said first: "das Jahr",
# "der Monat", "die Woche".
_POINTED_BACK_DE: Final = (
    r"\b(?:das|dem|der|den|die) (?:jahr|monat|woche|sommer|winter|herbst|frühling)\b"
)


def said_with_period_last(
    text: str, language: str, now: datetime, time_zone: tzinfo
) -> str:
    """Return "October, what was my top song" as "what was my top song October"."""
    question = _QUESTION.get(language)
    if question is None:
        return text
    found = compiled(r"^\s*([^,?!.:;]{2,40}?)\s*,\s*(.+)$").match(text)
    if found is None and language == "de":
        # Dictated without its comma ("die letzten sieben tage wie viel hab
        # ich gehört", issue 45's fifty-ninth turn, blind writer 375: the
        # period was put after the participle and "wie viel" read as a
        # count): up to the question's own first word.
        found = compiled(
            r"^\s*((?:die|den|in den|seit|letzte[nrs]?|diese[nrs]?|vorige[nrs]?|im)\s[^,?!.:;]{2,40}?)"
            # Not "wie oft": a name after it may take the period's words.
            r"\s+((?:wie viele?|wie lange?|was|wann|welche\w*|wer)\s.+)$",
            re.IGNORECASE,
        ).match(text)
    if found is None:
        return text
    said, rest = found.group(1), found.group(2)
    if compiled(question, re.IGNORECASE).match(rest) is None:
        return text
    if compiled(r"[,?!.;:](?!\s*(?:\w+\s*){1,2}[?!.]*$)").search(rest.rstrip("?!. ")):
        # A question with asides of its own ("..., judging by how often it
        # was played"; "who was, erm, who was ...") is left to the readers
        # of asides; only a short tail ("..., ranked") may follow.
        return text
    if compiled(_CLOCK[language], re.IGNORECASE).search(said):
        return text
    when = parse_when(said, language, now, time_zone)
    if when is None or when.period.start is None:
        # No time, or all of it ("in total", "insgesamt"): nothing to move.
        return text
    if when.period.end - when.period.start <= _ONE_DAY:
        # A day said first ("October the 3rd, what did I listen to") is
        # read where it stands by the readers of a clipped day.
        return text
    rest = compiled(_OF_THE[language], re.IGNORECASE).sub(_TOP[language], rest)
    # The question's own clause ends at its first comma or mark; what
    # follows it ("..., the very last one", "...? I was working a ton") stays after.
    clause = compiled(r"^([^,?!.]+)(.*)$").match(rest)
    if clause is None:
        return text
    asked, after = clause.group(1).rstrip(), clause.group(2)
    if language == "de":
        # "Zweitausendfünfundzwanzig, wie lief das Jahr so bei mir" (blind
        # writer 585): "das Jahr" points back to the period; said beside it,
        # it is that year, never this one.
        back = compiled(_POINTED_BACK_DE, re.IGNORECASE).search(asked)
        if back is not None:
            return f"{asked[: back.end()]} {said}{asked[back.end() :]}{after}"
        subject = compiled(_SUBJECT_DE, re.IGNORECASE).search(asked)
        if subject is None:
            return text
        # Moved inside the clause, the period's first word is no sentence's
        # first ("Die letzten sieben Tage, wie lange ...": "Die" was read
        # as a name's, issue 45's fifty-second turn; "Seit Montag, wie lange
        # habe ich gehört" was the time heard of a "Seit Montag", the
        # fifty-eighth's blind writer 371).
        if compiled(
            r"^(?:die|der|das|den|dem|des|seit|im|in|am|letzte[nrs]?|diese[nrs]?|vorige[nrs]?)\s",
            re.IGNORECASE,
        ).match(said):
            said = said[:1].lower() + said[1:]
        asked = f"{asked[: subject.start()]}{subject.group(1)} {said}{asked[subject.end() :]}"
        return f"{asked}{after}"
    return f"{asked} {said}{after}"
