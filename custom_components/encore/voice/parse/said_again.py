"""A word of the question said again at its end (issue 45's thirty-eighth turn).

An impatient speaker repeats the key word after the question: "so how many
tunes this afternoon, tunes", "quick, me favourite song this year,
favourite", "how often do I skip, skip skip skip", "wele Album hon i hür am
meischta ghört, Album". The repeat asks nothing more; left in, its word was
read as a name or a second question ("which one, which song" took "which
one" for a name). A last clause goes when each of its words was already
said before it (a word's first four letters, so "skipped" repeats "skip"),
or when it holds only words that point back ("which one", "the one"); a
clause that names a time stays ("..., no wait, this month" takes one back).
Up to two such clauses go; anything new in one ("last one", "in the
kitchen", "nee, gestern") keeps it for the readers after this one.
"""

import re
from typing import Final

from ..when.words import calendar_words

# Words that point back or fill, never asked on their own.
_FILLERS: Final = {
    "en": frozenset(
        (
            *("the", "a", "an", "which", "one", "ones", "so", "ok", "okay", "then"),
            *("again", "me", "my", "that", "this", "those", "them", "please", "just"),
            *("like", "yeah", "yes", "right"),
        )
    ),
    "de": frozenset(
        (
            *("der", "die", "das", "den", "dem", "des", "welche", "welcher", "welches"),
            *(
                "eins",
                "so",
                "ok",
                "also",
                "mein",
                "meine",
                "mei",
                "min",
                "mis",
                "bitte",
            ),
            *("halt", "ja", "nochmal", "nomal"),
        )
    ),
}
_WORD: Final = re.compile(r"[\w']+")
# "..., were there?", "..., did I?": a tag asks the question, never says it again.
_TAG: Final = re.compile(
    r"^(?:was|were|did|do|does|have|has|had|is|are|am|wasn't|weren't|didn't|don't|isn't"
    r"|aren't|haven't|hasn't|hadn't) (?:it|i|we|there|they|you|he|she)\b"
)
_TIME: Final = {language: re.compile(calendar_words(language)) for language in _FILLERS}


def _stem(word: str) -> str:
    """Return the part of a word its other forms share ("skip", "skipped")."""
    return word[:4]


# The words a question opens with, said again at its end without a pause by
# a speaker who lost the thread ("wie lange lief heute Musik wie lange", "how
# often do I skip how often"; issue 45's sixty-third turn, blind writer 407,
# dictated after a party).
_OPENING: Final = {
    # Only a question's two words: "what ... what was it" asks on, as "what
    # was the last track I had on, what was it" does.
    "en": re.compile(r"^how (?:often|long|many|much)\b"),
    "de": re.compile(r"^wie (?:oft|lange?|viele?)\b"),
}


def _opening_again(text: str, language: str) -> str:
    """Return `text` without its opening words said again at its very end.

    Only the opening's own words ("wie lange", "how often"), or an article
    and a word said before ("... hat Ada ... gehört die Ada"): a name that
    ends as it begins is never cut, since the opening is a question's words.
    """
    opening = _OPENING[language].match(text.casefold())
    if opening is None:
        return text
    said = opening.group(0)
    body = text[len(said) :]
    if body.casefold().rstrip(" ?!.").endswith(f" {said}") and len(body.split()) > 3:
        end = body.casefold().rstrip(" ?!.").rfind(f" {said}")
        return text[: len(said)] + body[:end]
    if language == "de" and (
        again := re.search(r" (?:der|die|das) (\w+)\s*[?!.]*$", text, re.IGNORECASE)
    ):
        before = text[: again.start()].casefold().split()
        if again.group(1).casefold() in before[1:]:
            return text[: again.start()]
    return text


def without_said_again(text: str, language: str) -> str:
    """Return `text` without a last clause that only says its words again."""
    fillers = _FILLERS.get(language)
    if fillers is None:
        return text
    if "," not in text:
        return _opening_again(text, language)
    for _ in range(2):
        head, comma, tail = text.rpartition(",")
        words = _WORD.findall(tail.casefold())
        if not comma or not head.strip() or not 1 <= len(words) <= 4:
            break
        if _TAG.match(tail.strip().casefold()) or _TIME[language].search(
            tail.casefold()
        ):
            # "..., no wait, this month": a time said again may take one back.
            break
        said = {_stem(word) for word in _WORD.findall(head.casefold())}
        asked = [word for word in words if word not in fillers]
        if any(_stem(word) not in said for word in asked):
            break
        end = re.search(r"[?!.]*\s*$", tail)
        text = head.rstrip() + (end.group(0).strip() if end else "")
    return text
