"""English as Boston says it, written as speech to text hears it (blind writer 452).

A Boston fisherman drops his r's, and the recogniser writes what it hears:
"yestiddy" (yesterday was left in the name: Daft Punk's whole history was
answered for "did i have any daft punk on yestiddy", and today's listening
for "yestiddy evenin", wrong facts), "this yeah" and "my yeah in music"
(the year: a month's recap and a track ranking had been answered),
"numbah", "evah", "ovah", "nevah", "befoah", "discovah", "recud" (a record,
an album), "mahch", "novembah", "satuhday", "speakah". Each word is put
back as written English before any reader looks for its question words;
`hints_and_particles_en` read "summah" and "wicked obsessed" later, which
a reader run before them could not see.

"Yeah" is the year only after a word that says which year ("this", "last",
"my", "the whole"): said alone or before a comma it is yes, and the band
"Yeah Yeah Yeahs" keeps its name. "Kid" is the listener, said to anyone,
only after "evah" or before a comma ("our kid" is Yorkshire's brother).
"""

import re
from typing import Final

from .rules import Rule, rewrite

# The words with the r dropped, as the recogniser writes them, and the word.
_DROPPED_R: Final[dict[str, str]] = {
    "yestiddy": "yesterday",
    "yestaday": "yesterday",
    "yestahday": "yesterday",
    "yestuhday": "yesterday",
    "numbah": "number",
    "evah": "ever",
    "ovah": "over",
    "nevah": "never",
    "aftah": "after",
    "befoah": "before",
    "befoa": "before",
    "discovah": "discover",
    "discovahed": "discovered",
    "recud": "record",
    "recuds": "records",
    "mahch": "march",
    "octobah": "october",
    "novembah": "november",
    "decembah": "december",
    "septembah": "september",
    "summah": "summer",
    "wintah": "winter",
    "satuhday": "saturday",
    "satahday": "saturday",
    "thuhsday": "thursday",
    "speakah": "speaker",
    "speakahs": "speakers",
    "quahtah": "quarter",
    "quartah": "quarter",
    "eahlier": "earlier",
}

_BOSTON_EN: Final[tuple[Rule, ...]] = (
    (
        rf"\b({'|'.join(_DROPPED_R)})\b",
        lambda found: _DROPPED_R[found[1].lower()],
    ),
    # "This yeah", "last yeah", "my yeah in music": the year. Never "yeah"
    # said alone or before a comma (yes), nor the band's "Yeah Yeah Yeahs".
    (
        r"\b(this|last|my|our|whole|the whole|past|a|per) yeah\b(?! yeah)(?!s)",
        r"\1 year",
    ),
    # "Wicked" for very or a lot: "wicked quick one", "a wicked lot".
    (r"^wicked quick(?: one| question)?,?\s+", ""),
    (r"\bwicked (?=(?:lot|quick|good|many|much|often|long|big)\b)", ""),
    # ", wicked lot I bet", ", the whole shebang", ", kid": a remark or an
    # address after the question, nothing asked ("evah kid, the whole
    # shebang" had been looked for as a name).
    (r",\s*(?:a )?(?:lot|loads|tons)(?: i bet| i'd bet| i guess)?[?.!]*\s*$", ""),
    (r",\s*(?:the whole shebang|the whole lot|the whole thing)[?.!]*\s*$", ""),
    (r"(?<=\bever) kid\b", ""),
    (r",\s*kid\b[?.!]*\s*$", ""),
    (
        r"(?<!\bmy)(?<!\bour)(?<!\bthe)(?<!\ba)(?<!\byour)(?<!\bhis)(?<!\bher) kid\b(?=\s*(?:,|[?.!]*\s*$))",
        "",
    ),
    # "Novembah third what did i listen to": the day said first, bare; it
    # is the day the question asks of ("on").
    (
        (
            r"^((?:january|february|march|april|may|june|july|august|september|october|november|december)"
            r" (?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|\w+(?:th|st|nd)))\s+(?=(?:what|which|who|how|did)\b)"
        ),
        r"on \1 ",
    ),
    # "Sexy boy come on at all on satuhday": did the name come on then;
    # never where the question has its own verb ("dude did queen come on").
    (
        r"^(?![^,?]*\b(?:did|does|has|have|had|what|when|which|who|how|was|were)\b)([^,?]{2,40}?) (?:come|came) on at all\b",
        r"did \1 come on at all",
    ),
)


def said_in_boston(text: str) -> str:
    """Return a Bostonian's question with its dropped r's written back."""
    return rewrite(_BOSTON_EN, text, re.IGNORECASE)
