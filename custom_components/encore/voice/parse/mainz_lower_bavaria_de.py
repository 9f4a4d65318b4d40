"""A Mainz carnival woman's and a Lower Bavarian carpenter's German (issue 45's eighty-first turn).

Blind writer 544, a talkative Mainz carnival woman in her late fifties,
says "isch" for "ich" and clips "denn" onto the verb: "Wieviel Daft Punk
hatt isch'n in de letzte sieben Tag?" (how much she had on: how often she
heard it; the period had been read into the name), "Gestern früh um acht,
was hat'n da gedudelt?" (what played then: the morning had been lost),
"Welches Lied kann isch im Moment net uffhöre zu spiele?" (the song on
repeat, never what played lately), "Wie war'n es letzte Jahr bei uns so,
musikmäßisch, erzähl emol" (the recap of last year).

Blind writer 546, an 86-year-old Lower Bavarian, calls his speaker "des
Kastl" and asks what it played ("Wia vui Liada hot des Kastl gestern
gspuit?": how many songs he heard; "Kastl" had been read as a name, and
"Mit wos hot mi des Kastl heit gweckt, des allererste Liadl?": today's
first song), "Seit'm März" (since March: read as "in March", a wrong
fact), "Wer is des, den i oiwei wegdruck, welche Gruppn?" (the artist he
skips most), "Welches Stückl ko i de Tag ned lassn?" (the song he cannot
leave: on repeat).

Read first of `said_as_written_de`, on the words as said. Each table acts
only on its speaker's marks (`_MAINZ`: her "isch" beside a verb, "emol",
"Owend", "gedudelt"; `_BAVARIA`: his "i" beside a verb, "Kastl", "hot",
"oiwei", "ko i"), so a standard question stays as it is.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# Her "isch" beside a verb and her other words no standard speaker says.
_MAINZ: Final = re.compile(
    r"\b(?:hab|hatt|hatte|kann|hör|heer|bin|war) isch(?:'n)?\b"
    r"|\b(?:emol|owend|gedudelt|musikmäßisch)\b",
    re.IGNORECASE,
)

# What she "had" on and could not stop: said after the verb in her order.
_KIND: Final = r"(lied|lieder|song|songs|stück|stückl|stückle|liad|liadl|album|podcast)"

_MAINZ_RULES: Final[tuple[Rule, ...]] = (
    # "Wieviel Daft Punk hatt isch'n in de letzte sieben Tag?": how often
    # she heard the name in that period. The period is put before the name,
    # where it cannot be read as part of it.
    (
        r"^wie ?viel (?!zeit\b|stunden\b|minuten\b|musik\b|lieder\b)([^,?]+?) (?:hatt|hatte) isch(?:'n)? ([^,?]+?)(?<! an)\W*$",
        r"wie oft habe ich \2 \1 gehört",
    ),
    # "Gestern früh um acht, was hat'n da gedudelt?": what played then.
    (
        r"^([^,]+), (?:was|wat) (?:hat'n|hat denn|hat|is'n|is) da gedudelt\W*$",
        r"was lief \1",
    ),
    (r"\bwas (?:hat'n|hat denn|hat) (?:da |so )?gedudelt\b", "was lief"),
    # "Was hat'n gestern Owend gedudelt?": the time said between.
    (
        r"\b(?:was|wat) (?:hat'n|hat denn|hat) ((?:[\w']+ ){1,5}?)gedudelt\b",
        r"was lief \1",
    ),
    # "Welches Lied kann isch im Moment net uffhöre zu spiele?": the song
    # on repeat now; "im Moment" is the on-repeat question's own time.
    (
        (
            rf"^welche[snrm]? {_KIND} kann (?:isch|ich) (?:im moment |grad |gerade |zurzeit |zur zeit )?"
            r"(?:net|nicht|nit) (?:uffhöre|uffhörn|aufhören|aufhöre) zu (?:spiele|spielen|höre|hören|heere)\W*$"
        ),
        r"welches \1 höre ich in dauerschleife",
    ),
    # "Wie war'n es letzte Jahr bei uns so, musikmäßisch, erzähl emol".
    (r"\bwar'n es\b", "war es"),
    (r",? erzähl (?:emol|mol|mal)\W*$", ""),
)

# His "i" beside a verb, his speaker "des Kastl" and his other words.
_BAVARIA: Final = re.compile(
    r"\b(?:hob|hab|ko|druck|hör|spui|vergiss) i\b|\bi (?:oiwei|hob|hab|vergiss)\b"
    r"|\b(?:des|as) kastl\b|\bseit'm\b|\bgruppn\b",
    re.IGNORECASE,
)

_BAVARIA_RULES: Final[tuple[Rule, ...]] = (
    # "Seit'm März" (seit dem März): since March, never in March.
    (r"\bseit'm\b", "seit"),
    # "Mit wos hot mi des Kastl heit gweckt, des allererste Liadl?": the
    # first song of that day (what woke him).
    (
        r"^mit (?:wos|was) (?:hot|hat) mi (?:des|as|mei) kastl ((?:\w+ ){0,3}?)(?:gweckt|geweckt)\b.*$",
        r"mit was bin i \1aufgwacht",
    ),
    # "Wia vui Liada hot des Kastl gestern gspuit?": what the speaker
    # played is what he heard.
    (r"\b(?:hot|hat) (?:des|as|mei) kastl\b", "hob i"),
    # "Wer is des, den i oiwei wegdruck, welche Gruppn?": whom he skips most.
    (
        (
            r"^wer (?:is|isch|ist) (?:des|das|dös),? den i (?:oiwei|allweil|immer) (?:wegdruck|wegdrück|wegdrucke)"
            r"(?:,? welche (?:gruppn|gruppe|band|kapelln|kapelle))?\W*$"
        ),
        "wen druck i oiwei weg",
    ),
    # "Welches Stückl ko i de Tag ned lassn?": the song he cannot leave
    # these days is the one on repeat ("de Tag" is its own "lately").
    (
        (
            rf"^welche[snrm]? {_KIND} (?:ko|kann) i (?:de tag |die tage |grad |jetzt )?"
            r"(?:ned|net|nit|nicht) (?:lassn|lassen|loslassn)\W*$"
        ),
        r"welches \1 hör i in dauerschleife",
    ),
)


def said_in_mainz_or_lower_bavaria(text: str) -> str:
    """Return `text` with the Mainz woman's and the Lower Bavarian's turns said in standard ones."""
    text = rewrite_marked(_MAINZ, _MAINZ_RULES, text, squeeze=True)
    return rewrite_marked(_BAVARIA, _BAVARIA_RULES, text, squeeze=True)
