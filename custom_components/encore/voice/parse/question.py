"""The whole reading of a question, each part read once."""

from datetime import datetime, tzinfo
import re

from ..when import clocks_said, normalize
from .asked import (
    _PART_PERIOD,
    _RECAP,
    _TABLES,
    _classify,
    _limit,
    _Words,
    content_said,
)
from .corrections import is_marker, take_back, take_back_name
from .names import _QUESTION_WORD, _around, _cased, _leftover, _name
from .periods import _TIME_STARTS, _find_period, _unread
from .places import _NOT_PERSONS, _PERSON, _PLACE, _WE
from .reading import NAMED, Asked, Reading
from .recaps import _household_period, _recap
from .speech import _prepare

# -- the reading ----------------------------------------------------------------------

# Openers that ask for a summary when nothing else is asked.
_OPENERS = {
    "en": r"^(?:\w+ )?(?:run me through|fill me in|walk me through|give me a rundown)\b",
    "de": r"^(?:\w+ )?(?:erzähl|gib mir (?:mal )?(?:einen|nen) (?:überblick|rückblick))",
}
# A clause after the question that only chats ("I think I did but I was half
# asleep", "wär schön"): it is left out, unless it says a time.
_CHATTER = {
    "en": re.compile(
        r"^(?:i\b|i'm|i'd|i've|it\b|it's|its\b|because|cause|cos|coz|just\b|please"
        r"|and please|not\b|if you|you know|there was|there's|my partner|that's"
        r"|thats|no rush|thanks|thank you|or am i|or is it|am i\b|wasn't there"
        r"|doesn't|dont|don't|who knows|what do you reckon|what you'd|dear|love\b"
        r"|bro\b|fr\b|ngl\b|lol|haha|no cap|lowkey|be honest|honestly|seriously"
        r"|yes or no|was that me|at all|or anything|all together|roughly|if you would"
        r"|if you don't mind|just out of interest|out of interest|the one\b"
        r"|according to|by actual|not what|like a\b|like the\b|like the ones"
        r"|some sort|such a|ages ago|whilst|while\b|so i can|i wanna|i want"
        r"|was it|wasn't it|right\b|yeah|okay|ok\b|hmm|oh\b|well\b|go on|hit me"
        r"|come on|tell me\b|real quick|quickly|quick\b|mate|cheers|thx|pls|plz"
        r"|for me\b|songs and podcasts|just music|not the|with the|by the way)",
    ),
    "de": re.compile(
        r"^(?:ich\b|ich hab|ich war|ich glaub|ich will|ich möchte|das\b|weil|oder\b"
        r"|mir kommt|da\b|wär|wäre|danke|einfach|so allgemein|so eine|also\b|bitte"
        r"|du weißt|weißt du|kurz\b|schnell\b|bro\b|digga|alter\b|ja\b|nee\b|ne\b"
        r"|oder so|falls|wenn du|mal sehen|hm|na\b|halt\b|egal|übrigens|und bitte"
        r"|und nicht|aber\b|und ich|sonst|nur so|nur\b|glaub|bin gespannt|mal ehrlich)",
    ),
}
# A period a recap sums up: a week or longer.
_LONG_PERIOD = (
    r"\b(?:year|month|week|summer|winter|spring|autumn|fall|jahr\w*|monat\w*"
    r"|woche\w*|sommer\w*|frühling\w*|herbst\w*|january|february|march|april"
    r"|may|june|july|august|september|october|november|december|januar|februar"
    r"|märz|mai|juni|juli|oktober|dezember|\d{4})\b"
)
# The history said as a place: "in my plays", "in meiner Historie".
_IN_HISTORY = {
    "en": re.compile(
        r"\b(?:in|from|on) (?:my|our) (?:(?:listening|play) history|history|plays"
        r"|listening|listens|streams|spins|stats|statistics|library|data"
        r")\b"
    ),
    "de": re.compile(
        r"\b(?:in|aus) (?:meiner|unserer|der) (?:historie|hörhistorie|geschichte"
        r"|statistik|sammlung)\b|\bin (?:meinem|unserem|dem)"
        r" (?:verlauf|hörverlauf)\b"
    ),
}
# What was on, asked with a moment.
_WHAT_WORD = r"\b(?:what|which|was|welche[rs]?|welchen)\b"
# An opener ("sag mal", "du", "tell me"), not yet the question: fewer words.
_OPENER_WORDS = 3
_CLAUSE = re.compile(r"\s*[,;?!.]+\s*|\s+-\s+")


# Words said before the question to someone or to nobody: a wake word, a
# filler, an aside ("okay Nabu", "hey so", "Leo, not the knife", "ach nee").
_ASIDE = {
    "en": re.compile(
        r"^(?:(?:hey|hi|ok|okay|oi|yo|so|um|umm|uh|uhm|er|erm|hmm|well|right|alright"
        r"|oh|and|now|listen|look|sorry|wait|no wait|hang on|actually|quick question"
        r"|i mean|i meant|sorry i meant|sorry i mean"
        r"|ahem|mhm)\b\s*)*(?:nabu|jarvis|assist|computer|google|alexa|siri)?$"
        r"|^(?:no |oh |um |uh )?not (?:the|that|this|you|now|him|her|them|those)\b"
        r"|^(?:put|leave|drop|stop|get|give) (?:that|it|the|this)\b"
    ),
    "de": re.compile(
        r"^(?:(?:hey|hi|ok|okay|so|äh|ähm|öhm|hm|hmm|also|na|nun|ach|nee|ne|nein"
        r"|warte|moment|sorry|du|sag mal|hör mal|schau mal|jetzt|ich mein|ich meine"
        r"|ich meinte)\b\s*)*"
        r"(?:nabu|jarvis|assist|computer|google|alexa|siri)?$"
        r"|^(?:nein |nee |ach )?nicht (?:das|den|die|du|jetzt|dir|ihm|ihr)\b"
        r"|^(?:leg|lass|hör auf|gib) (?:das|es|den|die)\b"
    ),
}
# A question opening a clause: what follows a vocative ("Leo, how many ...").
_QUESTION_OPENS = {
    "en": re.compile(
        r"^(?:who|whom|whose|what|which|when|how|did|do|does|have|has|had|was|were"
        r"|is|are|am|any|tell me|give me|show me|my|top|name)\b"
    ),
    "de": re.compile(
        r"^(?:wer|wen|wem|wessen|was|welche\w*|wann|wie|hab|habe|hat|haben|hatte"
        r"|war|waren|ist|sind|bin|gib|sag|zeig|nenn|mein\w*|womit|wovon|seit)\b"
    ),
}


# One word said first that is no vocative: a room, what was played.
_NO_VOCATIVE_WORDS = (
    "kitchen bedroom bathroom office garage garden hallway lounge downstairs upstairs"
    " küche wohnzimmer schlafzimmer büro bad garten flur keller music songs tunes"
    " podcasts musik lieder overall insgesamt honestly ehrlich seriously"
)
_NO_VOCATIVE = frozenset(_NO_VOCATIVE_WORDS.split())


def _vocative(
    first: str, following: str, language: str, now: datetime, zone: tzinfo
) -> bool:
    """Whether `first` is one word said to someone before a whole question."""
    if len(first.split()) != 1 or first in _NO_VOCATIVE:
        return False
    if not _QUESTION_OPENS[language].match(following) or len(following.split()) < 4:
        return False
    # "Yesterday, what did I play": a time said first is the question's.
    return _find_period([first], language, now, zone) is None


def _drop_asides(
    clauses: list[str], language: str, now: datetime, zone: tzinfo
) -> list[str]:
    """Leave out what was said before the question to someone else or to nobody.

    Clauses of fillers and wake words, asides ("not the knife") and one
    word said to someone ("Leo") before the first clause that opens a
    question. A name or a time said first ("Queen, how often ...") stays
    unless it is one word before a whole question: then it is taken as said
    to someone, and the question says what it is about or asks back.
    """
    aside = _ASIDE[language]
    said = [normalize(clause) for clause in clauses]
    for index in range(1, len(clauses)):
        following = said[index]
        if not _QUESTION_OPENS[language].match(following):
            continue
        if all(
            aside.match(first) or _vocative(first, following, language, now, zone)
            for first in said[:index]
        ):
            return clauses[index:]
        break
    return clauses


def _clip(text: str, language: str, now: datetime, zone: tzinfo) -> str:
    """Leave out the asides before the question and the chat after it."""
    clauses = _drop_asides(
        [clause for clause in _CLAUSE.split(text) if clause.strip()],
        language,
        now,
        zone,
    )
    if len(clauses) < 2:
        return ", ".join(clauses) if clauses else text
    chatter = _CHATTER[language]
    kept = [clauses[0]]
    for clause in clauses[1:]:
        words = normalize(clause)
        if is_marker(words, language):
            # "Vorgestern, nee, gestern": a correction, the time still to come.
            kept.append(clause)
            continue
        if (
            chatter.match(words)
            and _find_period(words.split(), language, now, zone) is None
        ):
            if len(" ".join(kept).split()) < _OPENER_WORDS:
                # Chat before the question ("Sag mal, ich hab mich gerade
                # gefragt, wen hab ich ..."; "Tell me, dear, ..."): the
                # question is still to come.
                continue
            # The chat goes on to the end: "ich glaub schon, aber ...".
            break
        kept.append(clause)
    return ", ".join(kept)


def read_question(
    text: str, language: str, now: datetime, time_zone: tzinfo
) -> Reading:
    """Read what a listening question asks. `now` is aware."""
    language = language if language in _TABLES else "en"
    text = _clip(text, language, now, time_zone)
    opened = re.match(_OPENERS[language], normalize(text)) is not None
    # "Last month, no wait, in September": the time said last wins.
    pieces = take_back(_prepare(text, language), language, now, time_zone)
    joined = " ".join(pieces)
    if (recap := _recap(joined, language)) is not None:
        return Reading(
            Asked.RECAP,
            when=_household_period(pieces, recap[0], language, now, time_zone),
            recap=recap[0],
            month=recap[1],
        )
    # "In my plays", "in meiner Historie": the history, no room.
    joined = " ".join(_IN_HISTORY[language].sub(" ", joined).split())
    place = None
    if (found := _PLACE[language].search(joined)) is not None:
        place = found.group("place")
        joined = (joined[: found.start()] + joined[found.end() :]).strip()
        joined = re.sub(r"\s+", " ", joined)
    pieces = joined.split()
    person = None
    if (found := _PERSON[language].search(joined)) is not None and (
        found.group("person") not in _NOT_PERSONS
    ):
        person = found.group("person")
    everyone = _WE[language].search(joined) is not None and person is None
    span = _find_period(pieces, language, now, time_zone)
    rest = pieces if span is None else pieces[: span.start] + pieces[span.end :]
    rest_text = " ".join(rest)
    whole = _Words(joined, language)
    words = _Words(rest_text, language)
    asked, kind = _classify(whole, words, language, joined)
    if (
        asked is Asked.WHAT_PLAYED
        and span is not None
        and re.search(_RECAP, joined)
        and re.search(_LONG_PERIOD, span.words)
    ):
        # "Summary of last year, what we listened": a year summed up is a
        # recap; "this afternoon's listening, summary" stays what played.
        asked = Asked.RECAP
    if (
        asked is None
        and span is not None
        and clocks_said(span.words, language)
        and (whole.any("track", "played") or re.search(_WHAT_WORD, joined))
    ):
        # "Song at 7:50 pm yesterday", "heute früh um halb neun, was lief
        # da": a moment and what was on, the question said anywhere.
        asked = Asked.WHAT_PLAYED
    if asked is None and opened:
        # "Run me through my week", "erzähl mal, wie's so lief": a recap.
        asked = Asked.RECAP
    if (
        asked in (Asked.DAY_PARTS, Asked.WEEK_PARTS)
        and span is not None
        and re.search(_PART_PERIOD, span.words)
    ):
        # "At the weekend", "in the evenings": the parts compared, no period.
        span = None
    when = span.words if span is not None else None
    unread = None
    if (
        span is None
        and asked
        not in (
            Asked.FIRST_PLAY,
            Asked.LAST_PLAY,
            Asked.STREAK,
            Asked.DAY_PARTS,
            Asked.WEEK_PARTS,
        )
        and (starts := _TIME_STARTS[language].search(rest_text))
    ):
        unread = _cased(_unread(rest_text[starts.start() :]), text)
    left = _leftover(rest_text, language)
    if left is not None and person is not None and left.casefold() == person:
        # "How many songs did Mia play": Mia is whose plays, not a name.
        left = None
    terse_name = None
    if left is not None and re.search(_QUESTION_WORD[language], left):
        left = None
    if asked is Asked.PLAYS and left is not None:
        # "Queen plays this year", "radiohead play count": one name's plays.
        asked, terse_name = Asked.PLAY_COUNT, left
    if (
        asked is None
        and span is not None
        and left is not None
        # Said first, the name ("Queen on Saturday, yes or no", "any Justice
        # yesterday"): never a word left over in the middle of a question.
        and re.match(
            r"(?:(?:any|some|heard|listened to|played|did i|did we|hab ich|habe ich"
            rf"|was von|etwas von) )?{re.escape(left.split()[0])}\b",
            rest_text,
        )
    ):
        # "Queen on Saturday, yes or no", "Air am Samstag?": did I.
        asked = Asked.DID_I
    name = None
    if asked in NAMED:
        name, _after = (terse_name, "") if terse_name else _name(joined, language)
        if name is None:
            name = left
        if name is not None and person is not None:
            name = re.sub(rf"^{re.escape(person)} ", "", name)
        if name is not None and span is not None and span.words in name:
            # A period said with the name stays with it: the answer splits
            # it off unless the whole is a title ("Friday I'm in Love").
            when = None
            name = _around(name, span.words, language)
    if name is not None:
        name = _cased(take_back_name(name, language), text)
    if when is not None:
        when = _cased(when, text)
    content = content_said(joined, language)
    return Reading(
        asked,
        recap="period" if asked is Asked.RECAP else None,
        when=when,
        unread=unread,
        name=name,
        person=person,
        everyone=everyone,
        place=place,
        kind=kind,
        limit=_limit(pieces, language)
        if asked in (Asked.TOP, Asked.MOST_SKIPPED)
        else None,
        content=content,
    )
