"""Speech as speech-to-text writes it down, hesitations and all (issue 45's 29th turn).

A student who speaks the way people do (blind writer 134) filled the
question with sounds and "like", said it twice, and trailed off: "how long
did i uh listen to stuff today" ("whose listening is 'i uh'?"), "how much
do i like repeat songs lately" (read as listening time), "what did i play
last like what was the most recent song", "who's the band i skip the most
like who do i just not vibe with", "what song did i play the most in
october like the whole month".

The sounds go wherever they stand; "like" goes only where it is a pause
(after "I" or "we" before a verb, before a question word or "the whole"),
never where it says liking ("songs I like"); a question said again after
"like" goes when the question before it is whole.
"""

import re
from typing import Final

from .rules import rewrite

_VERBS_EN: Final = (
    r"(?:repeat|listen|listened|play|played|skip|skipped|stream|streamed|hear|heard"
    r"|put|have|had|get|got|start|started|finish|finished|just|usually|mostly|always"
    r"|really|not|never|ever|kind|sort)"
)
_HESITATIONS: Final = {
    "en": (
        # Sounds: "uh", "um", "erm", "hmm", with a comma or a dash after.
        (r"(?:^|(?<=\s))(?:uh+|um+|uhm+|erm+|er|hmm+|mm+)\b[,.…—-]*\s*", ""),
        # "i like repeat songs": a pause between the speaker and the verb.
        (rf"\b(i|we|you) like,? (?={_VERBS_EN}\b)", r"\1 "),
        (r"\bcan (i|we) like,? ", r"can \1 "),
        # "in october like the whole month": the period said whole again.
        (r",?\s+like,? the whole (?:month|week|year|day|weekend|thing)\b", ""),
        # "..., like what was the most recent song": the question said again.
        (
            r"(?<=\w)\s*,?\s+like,? (?:when|what|who|which|how)\b(?=[^?]*\?*\s*$)[^?]*\?*\s*$",
            "",
        ),
        # A trailing "you know", "or whatever", "or something".
        (r"[,\s]+(?:you know|or whatever|or something|or something like that)\W*$", ""),
    ),
    "de": (
        (r"(?:^|(?<=\s))(?:äh+m*|öh+m*|ähm+|hm+|mh+)\b[,.…—-]*\s*", ""),
        (
            r"[,\s]+(?:oder so|oder so was|oder was weiß ich|weißte|weeßte|weißt du)\W*$",
            "",
        ),
    ),
}


def without_hesitations(text: str, language: str) -> str:
    """Return `text` without the sounds and pauses of speech."""
    table = _HESITATIONS.get(language)
    if table is None:
        return text
    kept = rewrite(table, text, re.IGNORECASE).strip()
    return kept or text
