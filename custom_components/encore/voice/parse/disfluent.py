"""Speech as speech-to-text writes it down, hesitations and all (issue 45's 29th turn).

A student who speaks the way people do (blind writer 134) filled the
question with sounds and "like", said it twice, and trailed off: "how long
did i uh listen to stuff today" ("whose listening is 'i uh'?"), "how much
do i like repeat songs lately" (read as listening time), "what did i play
last like what was the most recent song", "who's the band i skip the most
like who do i just not vibe with", "what song did i play the most in
october like the whole month".

The sounds go wherever they stand (a German "um" before its hour stays);
"like" goes only where it is a pause (after "I" or "we" before a verb,
before "the whole"), never where it says liking ("songs I like"). A
question said again after "like" stays: it often says what the first left
vague ("what was the vibe last friday, like what did i play"); only a
sentence's period slot drops it (`net`). A question begun and asked again
in other words after "no" is the second.
"""

import re
from typing import Final

from .rules import rewrite_in

_VERBS_EN: Final = (
    r"(?:repeat|listen|listened|play|played|skip|skipped|stream|streamed|hear|heard"
    r"|put|have|had|get|got|start|started|finish|finished|just|usually|mostly|always"
    r"|really|not|never|ever|kind|sort)"
)
# A question begun, taken back and asked again in other words ("how many —
# no, which songs", "wie viele Lieder wie viele — nee, welche Lieder"): the
# second is asked. Only a short start (no more than a clause) is taken back.
_FALSE_START: Final = (
    r"^(?:how many|how much|how often|how long|what|which|who|wie viele|wie viel"
    r"|wie oft|wie lange|welche[rns]?|was|wer|wen)\b[^,—\u2013?.]{0,40}?\s*[,—\u2013-]+\s*"
    r"(?:nee|nein|ne|no|nah|no wait|wait|sorry|nee warte|quatsch|ich mein|ich meine"
    r"|i mean)\b,?\s+(?=(?:what|which|who|how|when|did|do|welche\w*|wer|wen|was|wie"
    r"|wann|hab|habe)\b(?:\s+\S+){2,})"
)
# The question's own words said again after a stumble ("wie viele Songs hab
# ich, ich mein, hab ich in den letzten drei Monaten gehört", issue 45's
# sixtieth turn, blind writer 382): once. Only two words or more with the
# asker in them ("hab ich", "haben wir"), so a title said twice ("New York,
# New York") keeps its words and Switzerland's "lose-n-i i letschter Zyt"
# its "i" (in).
_RESTART_DE: Final = (
    r"\b((?:\S+\s+){1,2}(?:ich|wir|isch|i)(?:\s+\S+){0,2}?|(?:ich|wir|isch|i)(?:\s+\S+){1,2}?)"
    r"(?:\s*[,—\u2013-]+\s*|\s+)"
    r"(?:(?:ich mein|ich meine|äh|ähm|also|nee)\b[,—\u2013-]*\s*)?\1\b(?!\s+(?:mein|meine)\b)"
)
_HESITATIONS: Final = {
    "en": (
        (_FALSE_START, ""),
        # Sounds: "uh", "um", "erm", "hmm", with a comma or a dash after; a
        # German "um" before its hour ("vorgestern um neun") is no sound.
        (
            (
                r"(?:^|(?<=\s))(?:uh+|um+(?!\s+(?:\d|halb|viertel|dreiviertel|eins|ein|zwei|drei"
                r"|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mitternacht|mittag)\b)|uhm+"
                r"|erm+|er|hmm+|mm+|hhh+)\b[,.…—-]*\s*"
            ),
            "",
        ),
        # A stutter through speech to text: a word's first sounds written
        # with a dash before the word ("h-how much", "s-since monday",
        # "wh-which podcast", "d-did I hear"; issue 45's sixtieth turn,
        # blind writer 382, whose "s-since monday" was read as Monday
        # alone, a wrong fact). Only a start the next word begins with.
        (r"\b([a-z]{1,3})-(?:\1-)*(?=\1[a-z'])", ""),
        # "i like repeat songs": a pause between the speaker and the verb.
        (rf"\b(i|we|you) like,? (?={_VERBS_EN}\b)", r"\1 "),
        (r"\bcan (i|we) like,? ", r"can \1 "),
        # "in october like the whole month": the period said whole again.
        (r",?\s+like,? the whole (?:month|week|year|day|weekend|thing)\b", ""),
        # A trailing "you know", "or whatever", "or something" ("would you
        # know?" asks, and stays).
        (
            (
                r"(?:,\s*|\s+)(?<!would )(?<!do )(?<!did )(?<!don't )(?:you know|or whatever"
                r"|or something|or something like that)\W*$"
            ),
            "",
        ),
    ),
    "de": (
        (_RESTART_DE, r"\1"),
        (_FALSE_START, ""),
        # ... and a sleepy speaker's "mm", "mmh", "ahh" (issue 45's
        # thirty-seventh turn).
        (
            r"(?:^|(?<=\s))(?:äh+m*|öh+m*|ähm+|hm+|mh+|mm+h*|ahh+m*|ahm)\b[,.…—-]*\s*",
            "",
        ),
        (
            r"[,\s]+(?:oder so|oder so was|oder was weiß ich|weißte|weeßte|weißt du)\W*$",
            "",
        ),
    ),
}


# A sound set off by commas ("wann lief Queen, äh, das letzte Mal", issue
# 45's sixtieth turn, blind writer 382) goes with its commas: the words
# after it are the same clause, never a remark after the question.
# A word said again after the sound is said once ("seit, äh, seit
# Oktober"). A new question after it ("..., äh, was war das erste Lied")
# keeps its comma: the words before it are a story of their own. German
# only: English's readers of a restatement after a comma read its
# "..., uh, ..." themselves.
_SOUND_BETWEEN_COMMAS: Final = re.compile(
    r"(\b\w[\w']*)\s*,\s*(?:äh+m*|öh+m*|ähm+|hm+|mh+|mm+h*)\s*,"
    r"(?!\s*(?:wie|was|wann|welche\w*|wer|hab|habe|hast)\b)\s*(?:\1\b\s*)?",
    re.IGNORECASE,
)


def without_hesitations(text: str, language: str) -> str:
    """Return `text` without the sounds and pauses of speech."""
    if language == "de":
        text = _SOUND_BETWEEN_COMMAS.sub(r"\1 ", text)
    return rewrite_in(_HESITATIONS, text, language).strip() or text
