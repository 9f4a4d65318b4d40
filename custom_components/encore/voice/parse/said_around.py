"""What is said around a question without being part of it.

A greeting, a filler or a polite frame before the question ("hey,", "um,",
"can you tell me", "Sag mal,", "Also,") and thanks after it ("…? thanks",
", bitte"). `speech.prepare` drops the same openers word by word, but only
after the readers of whole ways of speaking (`plainly.WAYS`) have run, and
many of those readers find the question by its first or last words: "Justice
gestern gehört?" is a name said first, "Hey, Justice gestern gehört?" was
read as a name "Hey, Justice gestern"; "Also, Eres, zuletzt gehört wann"
as a first play of "t". So these words go first, before any reader.

Measured by saying the outside writers' questions again with such words
around them (the pinned readings of `tests/voice/written_from`): before,
about one in twelve "can you tell me …" and one in twenty "Hey, …" readings
moved; a question's reading should not depend on a greeting.

Only words that never carry the question are dropped: "run me through" and
"fill me in on" ask for a recap, "what about" points back, so they stay.
A single word that is also a question's own word ("so", "well", "now",
"also", "na") goes only when a comma sets it apart: "Also, wat ham wir …"
but not "also wie oft". "Na ja," and "ja," stay: a remark follows them
("na ja, den Podcast hör ich ja ur oft, wie oft …"), and the readers of
context know them as its start. A polite tail ("if that's possible",
"wenn's geht") goes only after a comma or the question's mark.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# Said before the question, dropped whatever follows: greetings, fillers,
# wake words and polite frames that ask nothing themselves.
_ALWAYS: Final = {
    "en": (
        # The wake word before the greeting it begins with ("hey google").
        r"ok(?:ay)? (?:google|nabu)|hey (?:google|siri|nabu|assist)|alexa|computer|jarvis|assist",
        r"(?:hey|hi|hello) there|hey|hiya|hi|hello|yo|um+|uh+|erm+|er|hmm+|ah+|oh+",
        r"quick question|real quick|just curious|out of curiosity",
        r"(?:can|could|would) you (?:please )?(?:just )?(?:tell|remind) me",
        r"(?:can|could) you (?:please )?(?:check|look up|find out)",
        r"do you (?:happen to )?know|would you happen to know|any idea",
        r"i was wondering|i wonder|i(?:'d| would) like to know|i want to know",
    ),
    "de": (
        r"ok(?:ay)? (?:google|nabu)|hey (?:google|siri|nabu)|alexa|computer",
        r"hey|hallo|hi|moin|servus|grüß dich|ähm*|äh+|öhm*|hm+|ach|oh",
        r"kurze frage|schnelle frage|kurz gefragt",
        r"(?:kannst|könntest) du mir (?:bitte |mal |bitte mal )?sagen",
        r"(?:kannst|könntest) du (?:mal )?nach(?:schauen|sehen|gucken)",
        r"weißt du|weisst du|sag mal|sag mir mal|sach mal|sag mir",
    ),
}

# Said before the question and set apart by a comma: words that elsewhere
# are the question's own ("so how many", "also wie oft", "now playing").
_WITH_COMMA: Final = {
    "en": r"ok(?:ay)?(?: so)?|so|well|right|alright|all right|now|okay then|listen",
    "de": r"also|na|ok(?:ay)?|gut|so|du|nu|sag",
}

# Said after the question, set apart by a comma or the question's mark:
# thanks and please. Without the mark they may end a title ("Thank You",
# "Please Please Me"), so a bare "please" goes only when it follows no
# other "please".
_AFTER: Final = {
    "en": (
        r"thanks|thank you|ta|cheers|please|thanks a lot|thank you kindly"
        r"|if (?:that's|that is|it's|it is) (?:possible|not too much trouble)"
        r"|if you (?:can|could|don't mind|do not mind|would)|when you (?:can|get a (?:sec|chance))"
    ),
    "de": (
        r"danke|danke dir|danke schön|dankeschön|bitte|bitte schön|merci"
        r"|wenn(?:'s| es| das) geht|wenn du (?:kannst|magst)|falls (?:das|es) geht"
    ),
}
_BARE_PLEASE: Final = {"en": "please", "de": "bitte"}


def _rules(language: str) -> tuple[Rule, ...]:
    """Return the rules that drop what `language`'s speakers say around a question."""
    always = "|".join(_ALWAYS[language])
    return (
        (rf"^\s*(?:(?:{always})\b[\s,.!:;-]*|(?:{_WITH_COMMA[language]})\s*,\s*)+", ""),
        (rf"\?\s*(?:[,.!]?\s*(?:{_AFTER[language]}))+[\s.!]*$", "?"),
        (rf"(?:\s*[,.!]\s*(?:{_AFTER[language]}))+\s*([.!?]*)\s*$", r"\1"),
        (rf"(?<!{_BARE_PLEASE[language]})\s+{_BARE_PLEASE[language]}[\s.!?]*$", ""),
    )


_RULES: Final = {language: _rules(language) for language in _ALWAYS}


def said_without_around(text: str, language: str) -> str:
    """Return `text` without a greeting or frame before it and thanks after it.

    The question itself is never emptied: a text that is nothing but such
    words ("hey, thanks") is returned as it was.
    """
    plain = rewrite(_RULES[language], text.strip(), re.IGNORECASE).strip()
    return plain or text
