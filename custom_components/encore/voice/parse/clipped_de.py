"""A German question clipped to a few words, Cologne's way (issue 45's twenty-first turn).

A terse smart-speaker user from Cologne clips everything, says the period
first and asks after it, in Kölsch ("gestern Abend, wat lief", "womit
ging's heut los", "Wet Leg diesen Monat, jo oder nä", "Hit der letzten zwei
Wochen?", "dat Lied, dat ich grad nicht loswerd", "auf wen fahr ich grad so
ab"). The rules run on the words as said (`undo_clipped_de`, before a comma
clips the question), each bound to a listening word or a period, and put
the question in the words the readers after them know. "Was läuft", "mach
dat Lied aus" and "fahr die Rollläden ab" say none of them and are left.
"""

import re

from .rules import Rule, rewrite

_END = r"\s*[?.!]*\s*$"
# A period said in a note: "der letzten zwei Wochen", "des Monats", "vom Jahr".
_OF_PERIOD = (
    r"(?:der|des|vom|von der|von den) (?:letzten|vergangenen|diese[nrs]?|letzte[nrs]?)?"
    r" ?(?:\w+ )?(?:tage|wochen|woche|monats|monat|jahres|jahr|sommers|sommer)"
)

_THIS = {"mon": "diesen monat", "jah": "dieses jahr", "som": "diesen sommer"}

CLIPPED_DE: tuple[Rule, ...] = (
    # -- the period said first, then Cologne's "wat" ----------------------------------------
    # "Gestern Abend, wat lief", "heute Nachmittag, wat hab ich gehört":
    # "was" after the comma, before a verb of the past ("wat" first is
    # read by `speech`).
    (r",\s*wat (?=(?:lief|liefen|kam|war|hab|habe|hatte|hatt)\b)", ", was "),
    # "Letzte Woche, was hab ich gehört", "am Samstag, was haben wir gespielt":
    # the question with its period in place (the period said first took
    # "was" for "etwas").
    (
        r"^((?:gestern|vorgestern|heute|letzte[nrs]?|vorige[nrs]?|diese[nrs]?|am|seit|im)"
        r"(?: \w+){0,2}), was (hab|habe|hatte|hatten|haben) (ich|wir)"
        r" (gehört|gespielt|laufen gehabt)" + _END,
        r"was \2 \3 \1 \4",
    ),
    # -- a yes or no asked with Cologne's tag ---------------------------------------------
    # "Wet Leg diesen Monat, jo oder nä", "Air gestern, jo oder nee": the
    # "ja oder nee" of a note to self (`terse_de`).
    (r",? (?:jo|ja) oder (?:nä|nö|nee|ne|nein)" + _END, " ja oder nee"),
    (r",? oder (?:nä|nö)" + _END, " ja oder nee"),
    # -- the first song of today ----------------------------------------------------------
    # "Womit ging's heut los", "mit wat fing et heute an", "womit hat's
    # heute angefangen": what I started today with.
    (
        r"^(?:und |na |so )?(?:womit|mit wat|mit was) (?:ging|fing|hat)(?:'s|s| es| et)"
        r"(?: denn)? (?:heute?|hück)(?: denn)? (?:los|an|angefangen)" + _END,
        "womit habe ich heute angefangen",
    ),
    # -- the top song of a period, said as its hit ---------------------------------------
    # "Hit der letzten zwei Wochen?", "mein Hit des Monats", "Song vom
    # Jahr": the most played song then ("der Hit" alone is a title).
    (
        rf"^(?:mein |der |unser )?(?:top-?)?(?:hit|song|lied|track)(?= {_OF_PERIOD}{_END})",
        "mein meistgehörtes lied",
    ),
    (
        r"^(mein meistgehörtes lied) (?:der|von den) (letzten|vergangenen)\b",
        r"\1 in den \2",
    ),
    (
        r"^(mein meistgehörtes lied) (?:des|vom) (monats?|jahres|jahr|sommers?)\b",
        lambda m: f"{m[1]} {_THIS[m[2].casefold()[:3]]}",
    ),
    # -- on repeat: the song that will not leave the head ---------------------------------
    # "Dat Lied, dat ich grad nicht loswerd", "der Song, den ich nicht aus
    # dem Kopf krieg", "welches Lied krieg ich nicht mehr los": on repeat.
    (
        r"^(?:(?:das|dat|der|den|dä) |welche[ns]? )?(?:lied|song|titel|leed|ohrwurm),?"
        r" (?:(?:das|dat|den|der|wo) )?(?:ich|isch|wir)(?: \w+)?(?: \w+)?"
        r" (?:einfach |gar |mehr )?nicht (?:mehr )?(?:los ?werde?n?|los ?kriege?n?"
        r"|aus dem kopf (?:kriege?n?|bekomme?n?))" + _END,
        "welches lied höre ich in dauerschleife",
    ),
    (
        r"^welche[ns]? (?:lied|song|titel|ohrwurm) (?:krieg|kriege|werd|werde)"
        r" (?:ich|isch) (?:\w+ )?nicht (?:mehr )?(?:los|aus dem kopf)" + _END,
        "welches lied höre ich in dauerschleife",
    ),
    # -- who one is into: "abfahren auf" -------------------------------------------------
    # "Auf wen fahr ich grad so ab", "auf welche Band fahr ich ab": the
    # most played artist lately; a song one is into is on repeat.
    (
        r"^(?:auf wen|auf welchen? (?:künstler|band|sänger\w*|interpreten))"
        r" (?:fahr|fahre|fahren) (?:ich|isch|wir)(?: \w+)?(?: \w+)? ab" + _END,
        "wen höre ich in letzter zeit am meisten",
    ),
    (
        r"^auf welche[ns]? (?:lied|song|titel) (?:fahr|fahre|fahren) (?:ich|isch|wir)"
        r"(?: \w+)?(?: \w+)? ab" + _END,
        "welches lied höre ich in dauerschleife",
    ),
    # -- a count said first with its period ----------------------------------------------
    # "Seit Montag, wie viel gespielt insgesamt": the stressing "insgesamt"
    # after a period said first (`terse_de` reads the rest).
    (
        r"^(.+?),? (wie viele?) (gespielt|gelaufen|abgespielt)"
        r" (?:insgesamt|zusammen|total|alles in allem)" + _END,
        r"\1 \2 \3",
    ),
)


def undo_clipped_de(text: str, language: str) -> str:
    """Return a Cologne speaker's clipped German question said in full."""
    if language != "de":
        return text
    return rewrite(CLIPPED_DE, text, re.IGNORECASE)
