"""Berlinerisch with English loanwords, as a young Berliner asks (issue 45's seventieth turn).

Blind writer 475 asked in a Berlin hipster's German: "ick", "icke", "dit",
"jetzte", a "Playlist-Game", "Number One Artist", "gepumpt" for played a
lot. "Wie viele Plays warn dit insgesamt" and "wann hab ick dit erste Mal
Cafe Tacuba gehört" took "dit" for a name; "hab ick zwanzig
fünfundzwanzig überhaupt Air gehört, so Sexy Boy und so" counted Sexy Boy
(an example said after the question), and "hab ick diesen Monat neue
Artists entdeckt oder is dit immer dasselbe Playlist-Game" was answered
with the repeat rate, the second half of the question: two wrong facts.
The hipster's idioms, "auf wen war ick ... hängengeblieben" (whom was I
hooked on), "womit bin ick heute inne Gänge gekommen" (what did I start
the day with), and a doubt said after a yes-or-no question ("oder bild
ick mir dit nur ein"), were not understood.

Each rule changes only words no standard German sentence holds ("dit",
"ick", "gepumpt", "inne Gänge") or a remark after the question that asks
nothing; read on the words as said, before any reader takes a comma or an
unknown word for the question's end.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

# The words that make a sentence Berlin's: nothing changes without one.
_MARK: Final = re.compile(
    r"\b(?:ick|icke|dit|det|jetzte|gepumpt|inne|hängengeblieben|hängen jeblieben"
    r"|und so|number one|bild \w+ mir|dasselbe|wie viele sind)\b",
    re.IGNORECASE,
)

_PERIOD_NOUN: Final = (
    r"(?:jahr|johr|wochenende|wochenend|mal|mol|woche|woch|nacht|monat|maand|sommer)"
)

_BERLIN: Final[tuple[Rule, ...]] = (
    # A doubt after a yes-or-no question asks nothing: "hab ick gestern
    # Justice gehört oder bild ick mir dit nur ein", "..., oder täusch ick
    # mir da".
    (
        r",? oder (?:bild|bilde) (?:ick|ich|i) mir (?:dit|det|das|des|et) (?:nur |bloß |bloss |ooch )?(?:ein|an)\b\W*$",
        "",
    ),
    (r",? oder (?:täusch|täusche|irr|irre) (?:ick|ich) (?:mir|mich)(?: da)?\W*$", ""),
    # An example said after the question, "so X und so": the question asks
    # of what it named before ("hab ick 2025 Air gehört, so Sexy Boy und
    # so" asks of Air, not of Sexy Boy).
    (r",\s*(?:so|wie|also) [^,]{1,40}? und so\W*$", ""),
    # New artists asked, then the fear said as a second question: "...
    # neue Artists entdeckt oder is dit immer dasselbe Playlist-Game" asks
    # of the new artists.
    (
        r"(\bneue\w* .*?\b(?:entdeckt|dazujekommen|dazugekommen|jehört|gehört)),? oder (?:is|ist|war) (?:dit|det|das|des|et|es) (?:immer|eh|nur|immer nur|ooch) ?(?:dasselbe|dit gleiche|det gleiche|das gleiche|dieselbe)\b.*$",
        r"\1",
    ),
    # A guess said first, then the count asked of it: "icke hab doch
    # bestimmt hundert verschiedene Lieder, wie viele sind dit insgesamt
    # wirklich" asks how many different songs, the guess none of the answer.
    (
        r"^(?:icke|ick|ich) (?:hab|habe) (?:doch |ja |eh |sicher |bestimmt |locker |voll |so |schon |mindestens |easy |\w+ )*?(?:verschiedene|unterschiedliche|andere) (lieder|songs|tracks|artists|künstler|bands|alben|podcasts),? wie viele (?:sind|sinds|sind's|warn|waren) (?:dit|det|das|des|et|es)(?: denn)?( insgesamt| so insgesamt| überhaupt)?(?: wirklich| echt| jetzt| jetzte| ehrlich)*\W*$",
        r"wie viele verschiedene \1 habe ich\2 gehört",
    ),
    # "Auf wen war ick in letzter Zeit so komplett hängengeblieben": whom I
    # was hooked on, the artist played most; "artistmäßig" says so again.
    (
        r"\bauf wen (?:war|bin) (?:ick|ich|i) (.*?)\s*(?:so )?(?:komplett |total |voll |richtig |krass )?(?:hängengeblieben|hängen geblieben|hängen jeblieben|hängenjeblieben)\b(?:,? (?:so )?(?:artist|künstler|interpreten)[- ]?mäßig)?(?: jetzte| jetzt)?",
        r"wen habe ich \1 am meisten gehört",
    ),
    # "Womit bin ick heute inne Gänge gekommen, erster Song": the first song
    # of that day.
    (
        r"\b(?:womit|mit wat|mit was|mit welchem (?:lied|song|track)) bin (?:ick|ich|i) (.*?)\s*(?:inne|in die|in de|in'e) (?:gänge|puschen|pötte) (?:gekommen|jekommen)\b(?:,? (?:so )?(?:erster|erstes|erste) (?:song|lied|track|tune))?",
        r"was war \1 mein erstes lied",
    ),
    # "Number One Artist", "Number One Song": the top one.
    (
        r"\bnumber one (artist|künstler|act|band|song|track|lied|album|podcast)\b",
        r"top \1",
    ),
    (r"\bmein top artist\b", "mein top künstler"),
    # A name said first and pointed back to: "Radiohead, wie oft hab ick
    # die gepumpt".
    (
        r"^(?P<name>[^,]{1,40}), (wie oft|wann) (?:hab|habe|hatte) (?:ick|ich) (?:die|den|das|dit|det|ihn|sie|er|es) (.*?)\b(?:gepumpt|jepumpt)\b",
        r"\2 habe ich \g<name> \3gehört",
    ),
    # "Gepumpt" (played loud and often) is played; "Plays" are plays.
    (r"\b(?:jepumpt|gepumpt)\b", "jehört"),
    # "Dit" and "det" are "das", save before a period ("dit Jahr" is this
    # year, read by `dialect_de`) and "det ick" (dass ich).
    (rf"(?<!\blief )(?<!\bliefen )(?<!\blief'n )\bdit\b(?! {_PERIOD_NOUN}\b)", "das"),
    (rf"\b(warn|war'n|waren|sind|is|ist) det\b(?! {_PERIOD_NOUN}\b)", r"\1 das"),
    # "Icke" said first; "ick" stays, as the readers of a name said first
    # and Low German's know it.
    (r"^icke\b", "ich"),
    (r"\bis'n\b", "ist"),
    (r",? (?:jetzte|ehrlich jetzte)\W*$", ""),
)


def said_in_berlin(text: str) -> str:
    """Return a Berlin hipster's question in plain German; other text as it is."""
    return rewrite_marked(_MARK, _BERLIN, text, squeeze=True)
