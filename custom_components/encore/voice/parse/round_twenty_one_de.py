"""German of blind round twenty-one's writers 549, 551 and 552 (issue 45's eighty-second turn).

Read first of `said_as_written_de`, on the words as said, each speaker's
rules only on a sentence with that speaker's marks (`rewrite_marked`):

- A talkative Viennese café owner (549) tells who recommended a name and
  then asks of it with a pronoun ("Der Enkel von der Frau Hofrat hat ma
  damals Justice empfohlen, a liaba Bua. Wann hab i de des erste Mal
  ghört?": "de" had been read as the name), passes on a guest's question
  ("Die Frau Doktor wollt wissen, ob i heut in der Früh The Daily ghabt
  hab, weil sie des a hört. Na, hab i?") and sets a period by what happened
  then ("am Wochenende, wie die Hochzeit im Extrazimmer war, war da
  irgendwas von Air dabei?": did Air play then).
- A Russian woman in Cologne dictating at A2-B1 (552) keeps her verb last
  and the question word late: "in letzte zeit von welche künstler ich bin so
  verrückt" (the top artists), "gestern wir haben wie viel stunden gehört",
  "heute früh die daily war oder nein", "letzte sommer ich habe kaffee
  takuba gehört ja", "lied la femme dargent wann ich hab zum ersten mal
  gehört", "dont stop me now wann letzte mal gelaufen" and "welche song ich
  immer weg drücke" (the song skipped most).

Three turns anyone says are read for everyone (`_ANYONE`): an old East
Westphalian's claim asked back with "doch ..., nä?" ("am Samstag lief doch
was von Daft Punk, nä?" (551): did Daft Punk play, never what played, a
wrong fact; "oder", "ne" and "gell" ask it too), a clock said apart from
its part of the day ("Heute Nachmittag, zehn nach fünf. Was lief da?":
"heute Nachmittag" had been lost) and "womit ging das los" (the first song
of a day).
"""

import re
from typing import Final

from .rules import Rule, rewrite, rewrite_marked

# A period said first or last, as these speakers say it.
_PERIOD: Final = (
    r"(?:(?:heute|heut|gestern|vorgestern)(?: (?:früh|morgen|vormittag|mittag|nachmittag|abend"
    r"|nacht))?|(?:in )?(?:letzte[nrs]?|diese[nrs]?|vorige[nrs]?) (?:zeit|woche|monat|jahr"
    r"|wochenende|sommer|winter)|(?:am|im|seit) (?:montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag|wochenende|januar|februar|märz|april|mai|juni|juli|august|september"
    r"|oktober|november|dezember|sommer|winter))"
)
_KIND: Final = (
    r"(?:lied|lieder|song|songs|künstler|band|bands|sänger|sängerin|album|podcast)"
)

# -- the Viennese café owner (549) -------------------------------------------------------
# Her marks: "i" for ich after her verbs, "ghört", "ghabt", "heast".
_VIENNA_MARK: Final = re.compile(
    r"\b(?:hab|hob|hör|war) i\b|\bob i\b|\bghört\b|\bghabt\b|^heast\b"
    r"|\bwar da (?:irgendwas|was|etwas|wos) von\b",
    re.IGNORECASE,
)
# Who recommended or showed her a name: the name is what she asks of.
_TOLD: Final = (
    r"(?:empfohlen|empfohln|ans herz g(?:e)?legt|vorg(?:e)?spielt|g(?:e)?zeigt|g'zeigt)"
)
_VIENNA: Final[tuple[Rule, ...]] = (
    # "Der Enkel ... hat ma damals Justice empfohlen, a liaba Bua. Wann hab
    # i de des erste Mal ghört?": the pronoun is the name recommended.
    (
        (
            r"^[^.?!]*?\bhat (?:ma|mir|mia|uns) (?:(?:damals|amal|mal|scho|neulich) )*"
            rf"(?:(?:den|die|das|des|an|a) )?([^,.?!]+?) {_TOLD}\b[^.?!]*[.!]\s+"
            r"(wann|wie oft|seit wann) (hab|hob) i (?:de|den|die|des|dera|eam|ihn|sie|es) (.+)$"
        ),
        r"\2 \3 i \1 \4",
    ),
    # "Die Frau Doktor wollt wissen, ob i heut in der Früh The Daily ghabt
    # hab, weil sie des a hört. Na, hab i?": her guest's question is hers.
    (
        (
            r"^[^.?!]*?\b(?:(?:wollt|wollte|möcht|möchte|will) wissen|hat g(?:e)?fragt|fragt),? ob i (.+?)"
            r" (?:ghabt|ghört|gehört|gspielt|gespielt) hab\b[^.?!]*"
            r"(?:[.?!]\s*(?:na,? )?(?:hab|hob) i(?: des| das)?)?\W*$"
        ),
        r"hab i \1 ghört?",
    ),
    # "am Wochenende, wie die Hochzeit im Extrazimmer war, war da irgendwas
    # von Air dabei?": what happened then only says when.
    (
        (
            rf"^(?:heast,? |geh,? )?({_PERIOD}),? (?:(?:wie|wo|als) [^,?]+,\s*)?"
            r"war (?:da )?(?:irgendwas|was|etwas|wos) von (.+?) dabei\W*$"
        ),
        r"hab i \1 \2 ghört?",
    ),
)

# -- the Russian woman in Cologne, dictating (552) ---------------------------------------
# Her marks: the listener after the question word or the period, a verb last.
_RU_MARK: Final = re.compile(
    r"\b(?:ich|wir) (?:bin|sind|hab|habe|haben|immer|oft|meistens|ständig)\b|\boder nein$|\bgehört ja$"
    r"|\bwann (?:das )?(?:letzte|erste)[ns]? mal\b",
    re.IGNORECASE,
)
_RU: Final[tuple[Rule, ...]] = (
    # "in letzte zeit von welche künstler ich bin so verrückt".
    (
        (
            rf"^(?:({_PERIOD}) )?(?:von|nach|auf) welche[nmrs]? ({_KIND}) (ich|wir) (?:bin|sind)"
            r" (?:so |ganz |total )?(?:verrückt|süchtig|verliebt|begeistert)(?: (?:nach|von))?"
            rf"(?: ({_PERIOD}))?$"
        ),
        r"welche \2 habe \3 \1 \4 am meisten gehört",
    ),
    # "gestern wir haben wie viel stunden gehört".
    (
        (
            rf"^({_PERIOD}) (ich|wir) (hab|habe|haben) wie viele? (stunden|minuten|lieder|songs"
            r"|künstler|podcasts|mal) (?:gehört|gespielt)$"
        ),
        r"wie viele \4 \3 \2 \1 gehört",
    ),
    # "heute früh die daily war oder nein": did it play.
    (
        (
            rf"^({_PERIOD}) (?:(?:die|der|das|den) )?(.+?) (?:war|lief|gelaufen)"
            r" (?:oder nein|oder nicht|ja oder nein)$"
        ),
        r"habe ich \1 \2 gehört",
    ),
    # "letzte sommer ich habe kaffee takuba gehört ja".
    (
        (
            rf"^({_PERIOD}) (ich|wir) (hab|habe|haben) (.+?) (?:gehört|gespielt)"
            r" (?:ja|oder|oder nein|oder nicht|ja oder nein)$"
        ),
        r"\3 \2 \1 \4 gehört",
    ),
    # "lied la femme dargent wann ich hab zum ersten mal gehört": the kind
    # said before the name is no part of it.
    (
        (
            rf"^(?:(?:das|der|die) )?{_KIND} (.+?) wann (ich|wir) (?:hab|habe|haben)"
            r" (zum ersten mal|das erste mal|zuerst|zum letzten mal|das letzte mal|zuletzt)"
            r" (?:gehört|gespielt)$"
        ),
        r"wann habe \2 \1 \3 gehört",
    ),
    # "dont stop me now wann letzte mal gelaufen".
    (
        # Only a name said alone, no clause before it ("seit wann kenn ich das
        # Lied Eres, wann erste Mal gespielt" stays another reader's).
        (
            r"^(?!.*\b(?:wann|wie|was|welche[snrm]?)\b.* wann\b)([^,?.!]+?) wann"
            r" (?:das |zum )?(letzte|erste)[ns]? mal (?:gelaufen|gehört|gespielt)$"
        ),
        r"wann habe ich \1 zum \2n mal gehört",
    ),
    # "welche song ich immer weg drücke": the song skipped most.
    (
        (
            rf"^welche[nmrs]? ({_KIND}) (ich|wir) (?:immer|oft|meistens|ständig)"
            r" (?:weg drücke|wegdrücke|weg drücken|wegdrücken|weiter drücke|weiterdrücke"
            r"|überspringe|skippe)$"
        ),
        r"welche \1 überspringe \2 am meisten",
    ),
)

# -- anyone ------------------------------------------------------------------------------
_CLOCK: Final = (
    r"(?:(?:viertel|fünf|zehn|zwanzig|\d{1,2}) (?:nach|vor) (?:halb )?\w+"
    r"|(?:halb|viertel|dreiviertel) \w+|\w+ uhr(?: \d{1,2})?|\d{1,2}:\d{2}(?: uhr)?)"
)
_ANYONE: Final[tuple[Rule, ...]] = (
    # An old East Westphalian's "am Samstag lief doch was von Daft Punk, nä?"
    # (551): a claim asked back is did it play, never what played; any
    # German says it with "oder", "ne" or "gell".
    (
        (
            rf"^({_PERIOD}) (?:lief|liefen|kam|war) doch (?:(?:auch|mal) )?(?:was|etwas|wat)"
            r" von (.+?),? (?:nä|ne|nich|oder|gell)\W*$"
        ),
        r"hab ich \1 \2 gehört?",
    ),
    (
        (
            rf"^(?:(?:lief|liefen|kam|war) doch) ({_PERIOD}) (?:(?:auch|mal) )?(?:was|etwas|wat)"
            r" von (.+?),? (?:nä|ne|nich|oder|gell)\W*$"
        ),
        r"hab ich \1 \2 gehört?",
    ),
    # "Heute Nachmittag, zehn nach fünf. Was lief da?": the clock belongs
    # to its part of the day, never a time of its own.
    (
        (
            r"^((?:heute|heut|gestern|vorgestern|am \w+tag) (?:früh|morgen|vormittag|mittag"
            rf"|nachmittag|abend|nacht)), (?:so )?(um|gegen)? ?({_CLOCK})([.,]\s+\w)"
        ),
        lambda found: f"{found[1]} {found[2] or 'um'} {found[3]}{found[4]}",
    ),
    # "letzten Freitag, womit ging das los": the first song of that day.
    (r"\bwomit ging (?:das|es|des|dat) (?:denn )?los\b", "was lief als erstes"),
    (
        r"\bwomit ging (?:das|es|des|dat|der tag|mein tag) ([^,.?!]+?) los\b",
        r"was lief \1 als erstes",
    ),
)


def said_in_round_twenty_one_de(text: str) -> str:
    """Return `text` with blind round twenty-one's German said in standard words."""
    text = rewrite_marked(_VIENNA_MARK, _VIENNA, text, squeeze=True)
    text = rewrite_marked(_RU_MARK, _RU, text, squeeze=True)
    return " ".join(rewrite(_ANYONE, text, re.IGNORECASE).split())
