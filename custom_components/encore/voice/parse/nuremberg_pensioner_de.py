"""A talkative Nuremberg pensioner's German (issue 45's seventy-seventh turn, blind writer 524).

He tells a story first and asks after it, in the same sentence: "Des Lied
is ja so lang wie a Predigt in der Lorenzkirch, wie oft hab ich Bohemian
Rhapsody diese Woche gspielt?" had been read with a room "in der
Lorenzkirch", "Ich war gestern nachmittags beim Doktor ..., wie lang lief
denn bei mir gestern überhaupt Musik?" over yesterday afternoon, "Wegen
dem Müllauto war ich scho um sechse wach, mit welchem Lied bin ich denn
heut aufgwacht?" at six, "Seit ich in Rente bin, is eh jeder Tag a
Sonntag, aber hör ich werktags mehr ..." over Sunday, "Des muss der Lukas
gwesen sein, der hat des aufbracht, wann hab ich des erste Mal Daft Punk
ghört?" as today's first song: wrong facts, the story's time or place
taken for the question's. When the question points back with "da" ("Im
Sommer war ich ja drei Wochen am Brombachsee, aber wie viel Daft Punk hab
ich da trotzdem ghört?", "Letzte Woche war der Enkel da, hamm mir da Queen
ghört?"), the story's time is the question's, and goes where "da" stood.

A story is a clause with a verb of its own said before a clause that opens
a question ("wie", "was", "wann", "hab ich", "hamm mir", "hör ich", after
an "aber" or none); a time or a name said first without a verb ("Am
Samstag, war da Air dabei?", "Roland Kaiser, wann hab ich den ...") is no
story, and neither is one that speaks of listening ("Ich hab gestern Queen
ghört, wie oft ...": the question points back into it). He also sums up
("alles zamm"), says what he means after the question ("? Des französische
Zeug mein ich, ..."), puts the meal after the clock ("um zwölfe ghört,
also mittags zum Essen") and says "laufen ghabt" for played. Read first of
`said_as_written_de`.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# What opens the question after the story: a question word with its verb
# after it ("wie oft hab ich", "was war da"; never a clause said in passing,
# "wie ich noch auf'm Bau war", "was ich so hör", "wie meine Kollegen
# behaupten"), or the verb first with its listener ("hab ich", "hamm mir",
# "hör ich", "war da"); never "was's Hören angeht", a remark after it.
_PASSING: Final = (
    r"(?! (?:ich|i|isch|mir|mer|wir|du|er|es|man|meine?|der|die|das|dat|des)\b)"
)
_OPENS: Final = (
    rf"(?:(?:wie|wie oft|wie viel|wie viele|wie lang|wie lange|was|wann|wer|wen|wem"
    rf"|welche[rsnm]?|mit welche[rsnm]?|womit|seit wann)\b(?!'){_PASSING}"
    r"|(?:hab|hob|habe|hamm|ham|haben|hör|höre|hätt|hatte|hatt) (?:ich|i|mir|mer|wir)\b"
    r"|(?:war|lief|is|ist) da\b)"
)
# A story never opens as a question does, in any dialect ("wat war heute
# dat erste Lied, womit ...", "Hon i ... entdeckt, oder ...", "Mit was bin
# isch ... uffgewacht, was war's erschte?"); "wie ich noch auf'm Bau war"
# opens a story.
_ASKS_FIRST: Final = re.compile(
    r"^(?:(?:und|also|du|jo|na|sag ma|sag mal)\b,? )?"
    r"(?:(?:wie|was|wat|wos|wer|wen|wem|welch\w*|wann|womit|mit (?:was|wos|wat|welch\w*)"
    rf"|seit wann)\b{_PASSING}"
    r"|(?:hab|hob|hon|habe|hamm|ham|haben|hör|höre|bin|war|is|ist|lief|hast|hat)"
    r" (?:ich|i|isch|mir|mer|wir|du)\b)",
    re.IGNORECASE,
)
# A clause of the story holds a verb of its own ("war ich", "is ja", "hat's
# so gwummert", "muss ... gwesen sein", "bevor ich ... bin").
_STORY_VERB: Final = re.compile(
    r"\b(?:war|waren|warn|bin|is|ist|hat|hat's|hab|hob|ham|hamm|muss|müsst|sagt|meint"
    r"|gmeint|hält|kann|mag)\b",
    re.IGNORECASE,
)
# A story that speaks of listening is the question's own context ("Ich hab
# gestern Queen ghört, wie oft ..." points back into it): never dropped.
_LISTENING: Final = re.compile(
    r"\b(?:gehört|ghört|ghert|gheert|angehört|laufen lassen|lief|glaufen|gelaufen)\b",
    re.IGNORECASE,
)
# A question that points back into what was said first ("Café Tacvba, dat
# is so schön, wann lief dat dat letzte Mal?", "..., die Justice, wann hab
# ich die denn ...", "... in letzter Zeit, wer is dat eigentlich?").
_POINTS_BACK: Final = re.compile(
    r"\b(?:dat|das|des|die|den|ihn|sie|es)\b(?=\s+(?:denn|zuletzt|zuerst|zum|da|eigentlich"
    r"|noch|schon|scho|dat|das|des|immer|so|überhaupt|gehört|ghört|gespielt|gspielt"
    r"|laufen|gelaufen)\b|\s*[?,]|\s*$)",
    re.IGNORECASE,
)
# The question after the story, up to its mark, and what follows it.
_QUESTION: Final = re.compile(
    rf"^(?:aber\s+|und\s+|also\s+)?(?P<question>{_OPENS}[^?]*\?)(?P<after>.*)$",
    re.IGNORECASE | re.DOTALL,
)
# A time told in the story that the question's "da" points back to.
_DAYS: Final = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
_PARTS: Final = "früh|morgen|vormittag|mittag|nachmittag|abend|nacht"
_SPANS: Final = (
    "woche|wochenende|monat|jahr|sommer|winter|herbst|frühling|frühjahr"
    "|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
)
_STORY_TIME: Final = re.compile(
    rf"\b(?:(?:heut|heute|gestern|vorgestern)(?: (?:{_PARTS}))?"
    rf"|(?:letzte|letzten|letztes|vorige|vorigen|voriges) (?:{_SPANS}|{_DAYS}|nacht)"
    rf"|(?:im|am) (?:{_SPANS}|{_DAYS})(?: (?:{_PARTS}))?"
    r"|in letzter zeit)\b",
    re.IGNORECASE,
)
# A time said first in a clause of its own ("Gestern um Viertel vor acht am
# Abend, wie ich grad ... gemacht hab, was ist denn da gelaufen?"): the
# question's own, read by the readers after this one.
_TIME_SAID: Final = re.compile(
    rf"{_STORY_TIME.pattern}|\bum \w+|\bdie letzten\b|\d",
    re.IGNORECASE,
)
# The question's own time: with one, the story's is never read.
_OWN_TIME: Final = re.compile(
    rf"{_STORY_TIME.pattern}|\b(?:diese|diesen|dieses|seit|etz|jetzt|überhaupt|je)\b",
    re.IGNORECASE,
)
# "da" pointing back at the story's time ("hab ich da", "was war da").
_THERE: Final = re.compile(r"\bda\b(?! ?bei\b)", re.IGNORECASE)
_CLAUSE: Final = re.compile(r",\s+")


def _story_and_question(text: str) -> tuple[str, re.Match[str]] | None:
    """Return the story and the question after it: the last clause that opens one.

    Only in one sentence: a story said as a sentence of its own ("..., und
    ich hab's net gwusst. Wer is ...") is `story_sentences`'.
    """
    head = text.split("?", 1)[0]
    if re.search(r"[.:;!]\s", head):
        return None
    for comma in reversed([found.end() for found in _CLAUSE.finditer(head)]):
        if (question := _QUESTION.match(text[comma:])) is not None:
            return text[:comma].rstrip(", "), question
    return None


def _is_story(story: str) -> bool:
    """Whether what was said before the question is a story of his, and none of it asks."""
    clauses = _CLAUSE.split(story)
    if not _STORY_VERB.search(story) or _LISTENING.search(story):
        return False
    if _TIME_SAID.search(clauses[0]) and not _STORY_VERB.search(clauses[0]):
        return False
    if _ASKS_FIRST.match(clauses[0]):
        return False
    # No clause of it asks ("In de Küch, wer is do ..., welcher Künschtler?").
    return not any(re.match(_OPENS, clause, re.IGNORECASE) for clause in clauses)


def _after_story(text: str) -> str:
    """Return the question told after a story, with the story's time if "da" points to it."""
    if (found := _story_and_question(text.strip())) is None:
        return text
    story, asked = found
    question = asked["question"]
    if not _is_story(story) or _POINTS_BACK.search(question):
        return text
    said = _STORY_TIME.search(story)
    if said is not None and not _OWN_TIME.search(question):
        if not _THERE.search(question):
            # A time in the story and none in the question, nor a "da"
            # pointing to it: whose time it is stays the other readers'.
            return text
        question = _THERE.sub(said[0], question, count=1)
    return f"{question}{asked['after']}"


_FRANCONIAN: Final[tuple[Rule, ...]] = (
    # "? Des französische Zeug mein ich, des wo so schwebt.": what he means,
    # said after the question, asks nothing.
    # Only a thing pointed at ("Des ..."), never a time, a sum or a kind.
    (
        (
            r"\?\s+(?:des|das|die|der|den)\b(?![^?]*\b(?:lied|liad|song|stück|album|podcast"
            r"|folge|künstler|band|musik|musi|insgesamt|mal|seit|im|am|heut\w*|gestern)\b)"
            r"[^?]*\bmein (?:ich|i)\b[^?]*$"
        ),
        "?",
    ),
    # ", alles zamm," (all together): a sum said in passing.
    (r",?\s*\balles (?:zamm|z'samm|zsamm)\b", ", alles zusammen"),
    # "um zwölfe ghört, also mittags zum Essen": the meal after the clock
    # says which twelve.
    (
        (
            r"\bum (ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)e?\b"
            r"(.*?),?\s+also (mittags|abends|nachmittags|morgens|früh)"
            r"(?: (?:zum|beim) \w+)?\s*([?.!]*)\s*$"
        ),
        r"um \1 Uhr \3\2\4",
    ),
    # "wann hab ich den zuletzt laufen ghabt": played.
    (r"\blaufen g(?:'|e)?habt\b", "gehört"),
    # "aufgwacht": woken.
    (r"\baufgwacht\b", "aufgewacht"),
)


def said_as_nuremberg_pensioner(text: str) -> str:
    """Return `text` with this speaker's stories left out and his words said plainly."""
    text = rewrite(_FRANCONIAN, text, re.IGNORECASE)
    return " ".join(_after_story(text).split())
