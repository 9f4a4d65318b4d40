"""The clauses of an utterance that hold the question.

Words said before it to someone else or to nobody ("okay Nabu", "Leo, not
the knife", "ach nee") and the chat after it ("I think I did but I was half
asleep", "wär schön") are left out before the question is read; a
correction ("nee, gestern") is kept for `corrections`.
"""

from datetime import datetime, tzinfo
import re

from ..when import normalize
from .corrections import is_marker
from .periods import _find_period

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


def clip(text: str, language: str, now: datetime, zone: tzinfo) -> str:
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
