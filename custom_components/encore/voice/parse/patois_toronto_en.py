"""Patois in a Torontonian's English: its tenses and turns (issue 45's seventieth turn).

A Jamaican-Canadian nurse from Toronto (blind writer 476) mixed Canadian
English with Patois. `patois_en` knew most of her words; what it did not
know are Patois' ways of saying a tense and a question, read here before
it:

- "did a" is the past going on ("which singer mi did a rinse out all summer
  long": which singer did I play the most; "weh did a play round ten past
  eight": what was playing), and "a" before a habit's verb ("wah time a day
  mi usually a listen") is no word of its own;
- "rinse out" is playing something the most, "run" is playing ("how much
  tune mi run so far today" had looked for a song called "run");
- "deh pon" after its thing is being on ("how long di music did deh pon
  inna di kitchen");
- "any a dem" is "any of them", pointing back to a name said first ("Air,
  mi play any a dem dis week or nah": "a them" had been looked for);
- "yuh see any X inna mi history" asks whether X was ever played;
- "mi into", "wi hooked on" say no "am" ("wah kinda vibe mi into": what
  played today had been answered, a wrong fact);
- a name's first play said without "did" ("when dat Sexy Boy by Air first
  show up inna mi history");
- a question said as a statement with its "did" after the listener ("we did
  play cafe tacuba last weekend?").

Read only in a sentence that says Patois (its own words, or "we did play"
opening a question), so "di" in a title or "rinse" elsewhere is left alone.
"""

import re
from typing import Final

from .rules import Rule, rewrite

# A sentence is read here when it holds a Patois word of the listener, the
# thing or the verb, or opens with a listener and "did" before a listening
# verb: Canadian English says "did we play", Patois "we did play". Never
# "nah" alone: "played much Justice this week or nah" is any English.
_SAYS_PATOIS: Final = re.compile(
    r"\b(?:mi|wi|wah|weh|di|dis|dat|inna|pon|deh|dem|yuh|nuh|chunes?|tings?)\b"
    r"|^(?:we|wi|mi) did (?:a )?(?:play|listen|hear|have|put|spin|run)\b",
    re.IGNORECASE,
)
# The verbs of listening a Patois speaker says after "did a", "usually a".
_VERBS: Final = r"(?:play|rinse|run|listen|hear|spin|have|skip|put)"

# The listener as plain English says them.
_LISTENER: Final = {"mi": "I", "i": "I", "wi": "we", "we": "we"}

_TORONTO_PATOIS_EN: Final[tuple[Rule, ...]] = (
    # "Which singer mi did a rinse out": the past going on is the past (the
    # "a" had been read as a name's first word).
    (rf"\b(mi|wi|we|i) did a (?={_VERBS}\b)", r"\1 did "),
    # "Wah time a day mi usually a listen": a habit's "a" says nothing.
    (
        rf"\b(mi|wi|we|i) (usually|normally|always|mostly|often) a (?={_VERBS}\b)",
        r"\1 \2 ",
    ),
    # "Weh did a play round ten past eight": "weh" is what before what was
    # playing or "the last time" ("weh di last time mi listen to The
    # Daily"). Never where, asked of a room Encore does not answer: only here.
    (r"^weh (did a|did|was) (play|playing|on|deh pon)\b", r"wah \1 \2"),
    # "Weh di last time mi listen to The Daily", "wah was di first time mi
    # play Queen": when a name last or first played (read as the last
    # thing played, a wrong fact).
    (
        (
            r"^(?:weh|wah|what)(?: was| is|'s)? (?:di|the) (?:very )?(last|first) time"
            r" (?P<who>mi|wi|i|we) (?:did |a )?(?=(?:play|listen|hear|have|put|spin|run)\w*\b)"
        ),
        lambda said: f"when did {_LISTENER[said['who'].lower()]} {said[1]} ",
    ),
    # "Wah did a play", "wah was playing": what played, said plainly before
    # `patois_en` takes "a" for the listener.
    (r"^(wah|what) did a play\b", r"what was playing"),
    # "Rinse out": played the most, when a question ranks ("which singer",
    # "who", "wah tune"); elsewhere "rinse" is played.
    (
        r"^((?:wah|what|which) \w+|who)( (?:mi|wi|i|we)(?: did| been)?) rinse(?:d)?(?: out)?\b",
        r"\1\2 play the most",
    ),
    (r"\b(mi|wi) (did )?rinse(?:d)?(?: out)?\b", r"\1 \2play"),
    # "Which song mi a run back", "wah chune mi keep replay": on repeat, a
    # habit (read as "play", what played today had been answered). With
    # "di most" it ranks, and `patois_en` reads it so.
    (
        (
            r"^(?P<q>(?:which|wah|what) \w+|who)(?P<who> (?:mi|wi))(?: a| keep| keep on| always a| did)?"
            r" (?:run back|replay|repeat|play back)(?P<rest>(?! (?:di |the )?most\b).*)$"
        ),
        r"\g<q>\g<who> have on repeat\g<rest>",
    ),
    # "How much tune mi run", "mi run Queen": played. Never "run back" (on
    # repeat, `patois_en`), "run through" (a rundown) or "run out".
    (
        r"\b(mi|wi) (did )?run(?! (?:back|through|tru|out|it back|dem back)\b)(?=\s|\W*$)",
        r"\1 \2play",
    ),
    # "How long di music did deh pon": how long it played.
    (
        (
            r"^how long (?:di |the )?(music|tunes?|chunes?|songs?|podcasts?|radio|it)"
            r" (?:did |was |a )?deh (?:pon|on)\b"
        ),
        r"how long did \1 play",
    ),
    # "Any a dem": any of them, pointing back to the name said first.
    (r"\bany a (dem|them|it|dat|that|him|her)\b", r"\1"),
    (r"(?:[,\s]+or)[,\s]+nah\W*$", "?"),
    # "Yuh see any Radiohead inna mi history at all": ever played.
    (
        (
            r"^(?:yuh|you|u) (?:see|find|spot|have) (?:any |some )?(?P<name>[^,?!]{2,40}?)"
            r" (?:inna|in|pon|on) (?:mi|my) (?:history|listening|plays)\b(?P<rest>.*?)(?:,? at all)?\W*$"
        ),
        r"did I play \g<name>\g<rest>",
    ),
    # "Wah kinda vibe mi into", "which podcast wi hooked on": am I.
    (
        r"(?<!\bam )\b(mi|i) (into|hooked on|obsessed wid|obsessed with|feelin|feeling|lovin|loving)\b",
        r"am I \2",
    ),
    (
        r"(?<!\bare )\b(wi|we) (into|hooked on|obsessed wid|obsessed with|feelin|feeling|lovin|loving)\b",
        r"are we \2",
    ),
    # "When dat Sexy Boy by Air first show up inna mi history": its first play.
    (
        r"^when (?:dat |that )?(?P<name>[^,?!]{2,40}?) (?P<which>first|last) (?:show|turn|pop)(?:ed)? up\b",
        r"when did \g<name> \g<which> show up",
    ),
    # "We did play cafe tacuba last weekend?": did we play it.
    (
        r"^(we|wi|mi) did (play|listen to|listen|hear|have on|put on|spin)\b(?! (?:di|the) most\b)",
        r"did \1 \2",
    ),
)


def said_in_toronto_patois(text: str) -> str:
    """Return Patois' tenses and turns in a question in plain English words."""
    if _SAYS_PATOIS.search(text) is None:
        return text
    return re.sub(
        r"\s{2,}", " ", rewrite(_TORONTO_PATOIS_EN, text, re.IGNORECASE)
    ).strip()
