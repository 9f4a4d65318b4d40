"""A story told in German before the question, in one breath (issue 45's sixty-third turn).

Blind writer 418, a woman who tells why she asks before she asks, said
the question in the middle of a long sentence: "Letzten Monat, da lief doch
irgendwie immer dasselbe Lied, ich hab das sogar beim Einschlafen noch im
Kopf gehabt, weißt du, welches Lied war das denn, das ich da am häufigsten
gespielt hab". The story's words were read as the question's ("immer
dasselbe" as the repeat rate, "im Kopf" as a room), and a listed sentence
answered a part of it: ten wrong facts in sixty questions.

`story_clauses` reads a story's clauses only when the whole is not
understood; here the whole was misunderstood. So the story is dropped
first, when it is plainly one: a clause before the question holds a
speaker's particle of telling ("ja", "doch", "irgendwie", "ich glaub",
"mein Mann meint"), and a later clause opens a question. What the story
said first is kept when it is a period alone ("Letzten Monat", "Also im
September") or a short name said first ("Also dieses Album Moon Safari"),
since the question points back to it ("welches Lied war das da", "wann hab
ich das gehört"). Nothing is dropped from a question said without a story.
"""

from datetime import datetime, tzinfo
import re
from typing import Final

from .periods import find_period

_CLAUSE: Final = re.compile(r"\s*,\s*")
# Fewer clauses than these are a question with a pause, never a story.
_FEWEST_CLAUSES: Final = 3
# A speaker's words of telling: a clause that holds one is the story's.
_TELLING: Final = re.compile(
    r"(?<!\bna )\b(?:ja|doch|irgendwie|eigentlich immer|ich glaub|ich glaube|dachte ich"
    r"|meint|behauptet|sagt)\b(?!\s*(?:oder|\?))|^(?:also )?(?:da|dann) (?:war|lief|hatte"
    r"|hab|habe|stand|hat)\b|\b(?:das|es|die|der) (?:ist|war|hat|gibt) ja\b",
    re.IGNORECASE,
)
# "Ja" as a question's particle is never said; it marks a clause as told.
_TOLD_PARTICLE: Final = re.compile(r"\bja\b(?!\s*(?:oder|\?))", re.IGNORECASE)
# A request said first ("Erzählen Sie mir doch bitte, ..."): its "doch" asks.
_REQUEST: Final = re.compile(
    r"^(?:erzähl\w*|sag\w*|gib|geben|nenn\w*|zeig\w*|verrat\w*|könnt\w*|würd\w*)\b",
    re.IGNORECASE,
)
# Words a clause opens with before its question ("und wie lange ...").
_OPENER: Final = re.compile(
    r"^(?:(?:also|und|aber|na|so|weißt du|weisst du|sag mal|jetzt)\s*)+", re.IGNORECASE
)
# A name said first is short and has no verb of its own.
_NAME_FIRST: Final = re.compile(
    r"^(?:also )?(?:(?:dieses|diese|dieser|das|die|der) (?:album|lied|stück|band|song)?\s*)?"
    r"(?P<name>[\w'&.-]+(?: [\w'&.-]+){0,4})$",
    re.IGNORECASE,
)
_VERBS: Final = re.compile(
    r"\b(?:ist|war|hat|hab|habe|bin|lief|läuft|hör|höre|gehört|gespielt|gibt|da)\b",
    re.IGNORECASE,
)


# A question's own opening: a question word, or a verb and who or what it
# asks of ("hab ich", "lief das"); "hab Plätzchen vorbereitet" is told.
_ASKS: Final = re.compile(
    r"^(?:(?:wer|wen|wem|wessen|was|welche[rsnm]?|wann|wie|womit|mit wie\w*|um welche"
    r"|an welchem|in welchem|seit wann)\b"
    r"|(?:hab|habe|hat|hatte|haben|lief|liefen|war|waren|ist|hör|höre|überspring"
    r"|spiel|spielte) (?:ich|wir|i|das|der|die|es|denn|da)\b"
    r"|(?:gib|nenn|nenne|sag|zeig|erzähl|fass) (?:mir|mal|mer)\b)",
    re.IGNORECASE,
)
# A remark after the question that asks nothing ("weißt du das?", "irgendwie
# weiß ich das nicht mehr", "oder bilde ich mir das nur ein?").
_REMARK: Final = re.compile(
    r"\b(?:weiß|weißt|wissen|interessier\w*|sicher|bilde|verwechsel\w*|ewig her|sagen kann"
    r"|sag mal|sozusagen|so grob|irgendwie|meine ich|mein ich|glaub)\b|^die \w+n\W*$",
    re.IGNORECASE,
)
# "Welches Lied war das denn, das ich da am häufigsten gespielt hab": the
# question said again in its relative clause.
_ASKED_AGAIN: Final = re.compile(
    r"^(?P<which>welche[rsnm]? \w+) (?:war|ist) (?:das|es|der|die|den)(?: denn)?,"
    r" (?:das|den|die|der) (?P<who>ich|wir) (?P<rest>.+?)"
    r" (?P<verb>gespielt|gehört|gehabt) (?:hab|habe|haben)\b",
    re.IGNORECASE,
)


def without_story_told(text: str, language: str, now: datetime, zone: tzinfo) -> str:
    """Return German `text` without the story told before its question."""
    if language != "de":
        return text
    clauses = [clause for clause in _CLAUSE.split(text.strip()) if clause]
    if len(clauses) < _FEWEST_CLAUSES:
        return text
    index = next(
        (
            at
            for at, clause in enumerate(clauses[1:], 1)
            if _ASKS.match(_OPENER.sub("", clause))
            and not _TOLD_PARTICLE.search(clause)
        ),
        None,
    )
    if index is None or _ASKS.match(_OPENER.sub("", clauses[0])):
        # A question said first is no story, whatever is said after it.
        return text
    asked = _OPENER.sub("", clauses[index])
    story = clauses[:index]
    if not any(
        _TELLING.search(told) and not _REQUEST.match(_OPENER.sub("", told))
        for told in story
    ):
        return text
    kept: list[str] = []
    # The question's own period, when it says one, is the one asked; else
    # the one period the story told ("ich war ja im letzten Monat so
    # verkühlt, wie viele Lieder waren's denn da").
    if find_period(asked.split(), "de", now, zone) is None:
        told = {period for told in story if (period := _period_in(told, now, zone))}
        if len(told) == 1:
            kept.append(told.pop())
    # A name said just before the question, or first ("Also dieses Album
    # Moon Safari, das ist ja ...", "na ja, Queen, wie oft hab ich die gehört").
    for said in dict.fromkeys((story[-1], story[0])):
        first = _OPENER.sub("", said)
        if (
            (named := _NAME_FIRST.match(first))
            and named["name"][:1].isupper()
            and not _VERBS.search(first)
            and not _TELLING.search(first)
            and _period_in(first, now, zone) is None
        ):
            kept.append(named["name"])
            break
    after = clauses[index + 1 :]
    while after and _REMARK.search(after[-1]):
        after.pop()
    # "Denn nun": a speaker's insistence, no word of a name.
    question = re.sub(r"\bdenn nun\b", "denn", ", ".join([asked, *after]))
    question = _ASKED_AGAIN.sub(
        lambda found: (
            f"{found['which']} {'haben' if found['who'] == 'wir' else 'habe'}"
            f" {found['who']} {found['rest']} {found['verb']}"
        ),
        question,
    )
    return ", ".join([*kept, question])


def _period_in(clause: str, now: datetime, zone: tzinfo) -> str | None:
    """Return the words of the period a clause tells, if it tells one."""
    pieces = _OPENER.sub("", clause).split()
    span = find_period(pieces, "de", now, zone)
    return None if span is None else " ".join(pieces[span.start : span.end])
