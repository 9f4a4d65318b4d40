"""German of a Vietnamese man in Berlin at A2-B1, dictated (issue 45's eighty-first turn).

Blind writer 547 dictates his questions with no question mark, the verb
left bare or last and the question word said after the thing asked, as
Vietnamese marks neither tense nor person and puts "gì" (what) at the end:
"gestern ich hören Justus oder nicht" and "Café Takuba ich höre letzte
Jahr" (did I hear: their period had been read into the name, a wrong fact),
"ich höre Daft Punk heute schon" (đã nghe chưa: heard yet?), "Ada hat
Around the World gehört seit Oktober" (the period after the participle:
"Around" had been read as a person), "in letzte Zeit welche Podcast ich
immer hören" ("immer", always, for the most), "welche Stunde ich höre am
meisten" (the peak hour, never the top songs), "welche Band ich höre erste
Mal" (new artists, never the first song), "jeden Tag nacheinander ich höre
Musik wie viel Tag schon" (the streak), "heute früh mit welche Lied ich
anfangen" (the first song), "welches Lied ich immer weiter drücken" (the
song skipped most) and "ich hören mehr Musik Samstag Sonntag oder
Arbeitstag" (the weekend against the working days).

Read first of `said_as_written_de`, on the words as said, and only in a
sentence with one of his marks (`_MARK`): "ich" or "wir" after the words
it should come before, or a bare infinitive after it. A name is moved whole
and keeps its letters.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_KIND: Final = (
    r"(?:lied|lieder|song|songs|künstler|band|bands|sänger|sängerin|album|alben"
    r"|podcast|podcasts|musik)"
)
# A period he says, before or after the name: a bare "letzte" keeps its
# ending off ("letzte Jahr"), as he says it. "Am", "im" and "seit" only
# before a day, a month or a season: "am meisten" is no period.
_DAY: Final = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|januar|februar"
    r"|märz|april|mai|juni|juli|august|september|oktober|november|dezember|sommer|winter)"
)
_PERIOD: Final = (
    r"(?:(?:heute|gestern|vorgestern)(?: (?:früh|morgen|vormittag|nachmittag|abend|nacht))?"
    r"|(?:letzte[nrs]?|diese[nrs]?|vorige[nrs]?) (?:woche|monat|jahr|wochenende|sommer)"
    rf"|(?:seit|im|am) {_DAY})"
)
_LISTEN: Final = r"(?:hören|höre|hörte|spielen|spiele)"
# A name he asks of: never a question word anywhere after it, a bare kind
# ("Musik"), a comparison ("mehr als ...") or a command's verb ("spiel
# was ich höre gestern" asks nothing).
_NAME: Final = (
    r"(?!.*\b(?:was|welche[snrm]?|wer|wen|wann|wie|wieviel)\b)"
    rf"(?!(?:spiel|spiele|mach|mache|mehr|weniger|viel|oft|immer|{_KIND})\b)(.+?)"
)
# Who he says listened, first: a person or "ich", never a question word
# or a filler ("was haben wir gehört am Samstag" is what played).
_WHO: Final = (
    r"(?!(?:was|wer|wen|wann|wie|welche[snrm]?|euh|äh|ähm|hm|also|und)\b)(\w+)"
)

# His marks: the listener said after what is asked, or a bare infinitive.
_MARK: Final = re.compile(
    # "welche Podcast ich hören", "Café Takuba ich höre": the listener after.
    r"^(?!(?:ich|wir)\b).+\b(?:ich|wir) (?:(?:immer|oft|meistens) )?(?:weiter )?(?:hören|höre"
    r"|spielen|anfangen|starten|beginnen|drücken|überspringen|skippen|entdecken)\b"
    # "ich hören mehr", "ich höre Daft Punk heute schon": the present said
    # first for a question of the past.
    r"|^(?:ich|wir) (?:hören|höre) (?:mehr\b|.+ (?:schon|oder nicht|wie viele? prozent)$)"
    # "Ada hat X gehört seit Oktober": the period after the participle.
    rf"|^\w+ (?:hat|habe|haben) .+ (?:gehört|gespielt) {_PERIOD}$",
    re.IGNORECASE,
)

_ORDER: Final[tuple[Rule, ...]] = (
    # -- did I hear it: a statement with "oder nicht" or "schon" -----------------------------
    # "gestern ich hören Justus oder nicht": the period first.
    (
        rf"^({_PERIOD}) (ich|wir) {_LISTEN} {_NAME} (?:oder nicht|oder nein)$",
        lambda found: f"{_have(found[2])} {found[2]} {found[1]} {found[3]} gehört",
    ),
    # "ich höre Daft Punk heute schon", "... gestern oder nicht".
    (
        rf"^(ich|wir) {_LISTEN} {_NAME} ({_PERIOD})(?: schon| oder nicht| oder nein)$",
        lambda found: f"{_have(found[1])} {found[1]} {found[3]} {found[2]} gehört",
    ),
    # "Café Takuba ich höre letzte Jahr": the name first, the period last.
    (
        rf"^{_NAME} (ich|wir) {_LISTEN} ({_PERIOD})$",
        lambda found: f"{_have(found[2])} {found[2]} {found[3]} {found[1]} gehört",
    ),
    # "Ada hat Around the World gehört seit Oktober": the period moved
    # before the name, so the name is not read as a person.
    (
        rf"^{_WHO} (hat|habe|haben) {_NAME} (gehört|gespielt) ({_PERIOD})$",
        r"\2 \1 \5 \3 \4",
    ),
    # -- what is asked, said with his words -----------------------------------------------------
    # "welche Stunde ich höre am meisten": the peak hour.
    (
        (
            r"\b(?:(?:zu|um|in) )?welche[nrs]? (?:stunde|uhrzeit|zeit) (ich|wir) (?:höre|hören) ((?:musik )?)"
            r"(?:am meisten|meistens|viel)\b"
        ),
        r"um welche uhrzeit höre \1 \2am meisten",
    ),
    # "welche Band ich höre erste Mal": new artists, never the first song.
    (
        (
            r"\bwelche[nrs]? (?:band|bands|künstler|sänger|sängerin) (ich|wir) (?:höre|hören|hörte)"
            r" (?:zum |das |die )?erste[nms]? mal\b"
        ),
        r"welche künstler habe \1 zum ersten mal gehört",
    ),
    # "in letzte Zeit welche Podcast ich immer hören": "always" is the most.
    (
        (
            rf"\bwelche[snrm]? ({_KIND}) (ich|wir) immer (?:hören|höre|spielen|spiele)"
            rf"((?: {_PERIOD}| in letzte[rn]? zeit)?)$"
        ),
        r"welche \1 höre \2 am meisten\3",
    ),
    # "welches Lied ich immer weiter drücken": the song skipped most.
    (
        (
            rf"\bwelche[snrm]? ({_KIND}) (ich|wir) (?:immer|oft|meistens) (?:weiter drücken"
            r"|weiterdrücken|weg drücken|wegdrücken|überspringen|skippen)$"
        ),
        r"welches \1 überspringe \2 am meisten",
    ),
    # "ich höre oft gleiche Lied wie viel Prozent": the repeat rate, as
    # "immer gleiche Lied" is read; never a name "Prozent" counted.
    (
        (
            r"^(ich|wir) (?:hören|höre) (?:oft|viel|meistens) ((?:das |die )?(?:gleiche|selbe|gleichen"
            r"|selben) .+ wie viele? prozent)$"
        ),
        r"\1 höre immer \2",
    ),
    # "jeden Tag nacheinander ich höre Musik wie viel Tag schon": the streak.
    (
        (
            r"^jeden tag (?:nacheinander|hintereinander) (ich|wir) (?:höre|hören) ((?:musik )?)"
            r"wie viele? tage?(?: schon)?$"
        ),
        r"wie viele tage hintereinander habe \1 \2gehört",
    ),
    # "heute früh mit welche Lied ich anfangen": the first song.
    (
        (
            rf"^({_PERIOD}) mit welche[mnrs]? (lied|song|podcast|musik) (ich|wir)"
            r" (?:anfangen|anfange|starten|starte|beginnen|beginne)$"
        ),
        r"mit welchem \2 habe \3 \1 angefangen",
    ),
    # "ich hören mehr Musik Samstag Sonntag oder Arbeitstag": the weekend
    # against the working days, either way round.
    (
        (
            r"^(ich|wir) (?:hören|höre) mehr ((?:musik |podcasts )?)(?:am )?(?:samstag (?:und )?sonntag"
            r"|wochenende) oder (?:an )?(?:arbeitstag|arbeitstagen|arbeitstage|werktag|werktagen"
            r"|werktage|wochentag|wochentagen|wochentage|unter (?:der )?woche)$"
        ),
        r"höre \1 mehr \2am wochenende oder unter der woche",
    ),
    (
        (
            r"^(ich|wir) (?:hören|höre) mehr ((?:musik |podcasts )?)(?:an )?(?:arbeitstag|arbeitstagen"
            r"|arbeitstage|werktag|werktagen|werktage|wochentag|wochentagen|wochentage|unter (?:der )?"
            r"woche) oder (?:am )?(?:samstag (?:und )?sonntag|wochenende)$"
        ),
        r"höre \1 mehr \2unter der woche oder am wochenende",
    ),
)


def _have(listener: str) -> str:
    """Return the form of "haben" for `listener` ("ich habe", "wir haben")."""
    return "haben" if listener.casefold() == "wir" else "habe"


def said_as_vietnamese_b1_de(text: str) -> str:
    """Return `text` with a Vietnamese learner's dictated German said in standard words."""
    return rewrite_marked(_MARK, _ORDER, text, squeeze=True)
