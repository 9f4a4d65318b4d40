"""English as Newfoundland says it (issue 45's fifty-fourth turn, blind writer 333).

A Newfoundland writer asked "what record am I after playin' the most this
year" (the "after" perfect: have I played), "how many plays is it after
gettin' since March" (has it had), "what crowd was I listenin' to most"
(a crowd is a band: "who" was read as a song, a wrong fact), "Saturday
night 'round nine" (around nine, whose apostrophe hid the clock: a wrong
fact) and closed questions on "b'y" (boy, said to anyone), which was read
as a name. Cork's "was I after playing" (the plain past) is `irish_en`'s;
this reads the present's "am I after", which asks the perfect.
"""

import re

from .rules import Rule, rewrite

# The verbs said after "after", by their stem, and their past participle.
_PARTICIPLE = {
    "play": "played",
    "listen": "listened",
    "hear": "heard",
    "hav": "had",
    "putt": "put",
    "gett": "got",
    "stream": "streamed",
    "skipp": "skipped",
    "wear": "worn",
    "spinn": "spun",
    "blast": "blasted",
}
_HAVE = {"am": "have", "are": "have", "is": "has"}


def _perfect(found: re.Match[str]) -> str:
    """Return "am I after playing" said as "have I played"."""
    return f"{_HAVE[found[1].lower()]} {found[2]} {_PARTICIPLE[found[3].lower()]}"


_NEWFOUNDLAND_EN: tuple[Rule, ...] = (
    # "Am I after playin'", "is it after gettin'": the perfect, "have I
    # played", "has it got" (a count since a time, or so far).
    (
        rf"\b(am|are|is) (i|we|it|they|he|she) after ({'|'.join(_PARTICIPLE)})in(?:g\b|'|\b)",
        _perfect,
    ),
    # "B'y" (boy), said to anyone, before or after the question.
    (r",?\s*\bb'y\b[?.!]*\s*$", ""),
    (r"^b'y,?\s+", ""),
    # ", a right lot I'd say": a guess at the count after it, nothing asked
    # ("right" was read as a name).
    (
        r",\s*a right (?:lot|few|many|load)(?: (?:i'd|i would) (?:say|think|reckon|imagine))?[?.!]*\s*$",
        "",
    ),
    # "'Round nine": around, its apostrophe kept off the clock.
    (r"(?<!\w)'round\b", "around"),
    # "What crowd", "any new crowd": a band. "Crowd" said alone (a
    # concert's crowd) keeps its word.
    (r"\b(what|which|new) crowd\b", r"\1 band"),
    # Issue 45's sixty-seventh turn, blind writer 454: "luh" (look) and "yes
    # b'y" said first, "me son" said to anyone last (read as a name "son",
    # or a narrowing the skips could not make).
    (r"^(?:yes|yeah|well|now|luh|look)\s+b'y\b,?\s*", ""),
    (r"^luh\b,?\s+", ""),
    (r",?\s+(?:me|my) son\b[?.!]*\s*$", ""),
    # "How many tunes was I at": at is doing, here playing; "when am I
    # most at the tunes": listening to them.
    (r"\bhow many (\w+) (?:was|were) (i|we) at\b", r"how many \1 did \2 play"),
    (
        r"\b(am|are|was|were) (i|we) ((?:most|mostly|usually|normally) )?at the (tunes|music|podcasts)\b",
        r"\1 \2 \3listening to the \4",
    ),
    # "The kind of tunes I goes for": the verb's -s with "I".
    (r"\b(i|we) goes for\b", r"\1 go for"),
    # "How many hours did we listen to altogether": "altogether" is the
    # whole of the time, no name listened to.
    (
        r"\b(listen|listened) to (?=(?:altogether|all together|in total|all told)\b)",
        r"\1 ",
    ),
    # "Wet leg, when did they first show up for me": for me is who asks.
    (r"\b(show|showed|shown|turn|turned) up for (?:me|us)\b", r"\1 up"),
)


def said_in_newfoundland(text: str) -> str:
    """Return a Newfoundlander's question said plainly, commas kept."""
    return rewrite(_NEWFOUNDLAND_EN, text, re.IGNORECASE)
