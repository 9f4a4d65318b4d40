"""German as an old Dresden woman asks it, very politely (issue 45's seventy-ninth turn).

Blind writer 535 (blind round eighteen), an 87-year-old woman from
Dresden, unsure with the device, says "Se" for "Sie" ("Nennen Se mir doch
mal bitte ...", "Könnten Se mir ä Zusammenfassung ... geben?"), asks back
after the question whether one knows ("..., wissen Se das?": "wissen Se"
had been counted as a name) and names a band by a thing set before it and
where it is from after it ("dieses Eres, von den Mexikanern da": the
period and the name had run together). The Münsterland grandmother's
reader (`muensterland_de`) knows "die Mexikaner da" said alone; this one
knows it with "von".

Read on the words as said, in `said_as_written_de`. "Se" is read only
after a verb said to a stranger ("nennen", "sagen", "wissen"), so her
"hab ich se gehört" (them) stays; a thing set before a name is left out
only when the name is described after a comma, never before a time
("diese Woche").
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A verb said to "Sie" by a polite speaker: "Se" after it is "Sie".
_TO_SIE: Final = (
    r"(?:nennen|sagen|geben|erzählen|verraten|zeigen|könnten|können|würden|wissen"
    r"|meinen|glauben|gucken|schauen|sehen|wüssten|hätten|haben)"
)
# A time's noun: "diese Woche" is the period, never a thing set before a name.
_TIME_NOUN: Final = (
    r"(?:woche|wochen|monat|monate|jahr|jahre|tag|tage|nacht|morgen|abend|wochenende"
    r"|zeit|saison|sommer|winter|herbst|frühling|mal)"
)
# Where a band is from, said after it: "von den Mexikanern da", "diesen
# Franzosen da", "von dem Engländer da".
_FROM_WHERE: Final = (
    r"(?:von )?(?:den|dem|der|die|diesen|diese|diesem)"
    r" (?!(?:liedern|sängern|künstlern|interpreten|alben|folgen)\b)"
    r"\w+(?:ern|anern|enern|osen|ose|ländern|länder|aner|er) da"
)

DRESDEN_GRANDMOTHER_DE: Final[tuple[Rule, ...]] = (
    # "Nennen Se mir", "wissen Se das": "Sie" said "Se".
    (rf"\b({_TO_SIE}) se\b", r"\1 Sie"),
    # "..., wissen Se das?", "..., was meinen Se?" asked back after the
    # question: a courtesy, no name.
    (
        r",\s*(?:wissen|wüssten|weeß|wees) sie (?:das|des|dis)(?: vielleicht| denn)?\s*([?.!]*)\s*$",
        r"\1",
    ),
    (r",\s*was meinen sie\s*([?.!]*)\s*$", r"\1"),
    # "dieses Eres, von den Mexikanern da": the thing set before the name
    # and where it is from after it both left out, the name kept.
    (
        rf"\b(?:dieses|diesen|diese|diesem|dieser) (?!{_TIME_NOUN}\b)((?-i:[A-ZÄÖÜ])[^,?.!]*?),\s*{_FROM_WHERE}\s*([?.!]*)\s*$",
        r"\1\2",
    ),
    (rf",\s*{_FROM_WHERE}\s*([?.!]*)\s*$", r"\1"),
)


def said_as_dresden_grandmother(text: str) -> str:
    """Return `text` with an old Dresden woman's polite words said in standard ones."""
    return " ".join(rewrite(DRESDEN_GRANDMOTHER_DE, text, re.IGNORECASE).split())
