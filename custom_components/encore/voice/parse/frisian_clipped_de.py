"""German as an East Frisian says it, clipped (issue 45's seventy-first turn).

An East Frisian (blind writer 480) says a question in very short
sentences, each one word or a few: the thing, the time, the question
("Küche. Letzte sieben Tage. Wie viel Stunden?", "Samstag. Letztes
Lied?", "Drei Lieder. Meist gespielt. Diesen Monat."), a name and then a
question that points back to it ("Air. Seit wann hör ich die
überhaupt?"), a tag after the question ("Nich, oder?") and a fisherman's
"am Haken" for what he is hooked on. Each was no question: the fragments
were read as a name, or Home Assistant heard an area.

Issue 45's seventy-eighth turn (blind writer 528, another East Frisian) said a
bare name before "wie oft <time>" ("Queen. Wie oft diese Woche?": the name
was lost) and a day before "Wat war an?" ("Mittwoch Mittag um zwölf. Wat
war an?": no sentence of Encore's). A fragment with a pronoun or a verb is
a story, never a name.

The fragments are put together as the one question they make; a rule
needs the shape of the whole utterance, so no title's words change.
"""

import re
from typing import Final

from .rules import Rule, rewrite

_COUNT = r"(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d+)"
_KIND = r"(?:lieder|songs|titel|künstler|bands|alben|platten|podcasts)"
_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|gestern|vorgestern|heute)"
)
# Words of a time said alone, never a question's own words.
_NO_ASKING = (
    r"(?:(?!\b(?:was|wat|wer|wen|wie|wann|welch\w*|habe?|hat|hebb|ich|isch|ick|i|wir)\b)"
    r"[^.?!,])"
)
# A period said after "wie oft" in a clipped question ("diese Woche",
# "dies Jahr", "letzten Monat", "gestern").
_PERIOD = (
    r"(?:(?:diese|dies|dieses|diesen|letzte|letzten|letztes|vorige|vorigen|voriges)"
    r" (?:woche|monat|jahr|wochenende)|heute|gestern|vorgestern|insgesamt"
    r"|(?:im|seit) (?:januar|februar|märz|april|mai|juni|juli|august|september"
    r"|oktober|november|dezember|sommer|winter|herbst|frühling))"
)
# A name said alone before the question: a few words, none a clause's
# ("mein bruder sagt ich hör voll oft the daily. wie oft ...?" is a story).
_BARE_NAME = (
    r"(?:(?!\b(?:ich|isch|ick|i|wir|du|er|sie|es|sagt|sagte|hab|habe|hat|hör|höre|hört"
    r"|ist|war|was|wat|wer|wie|wann|welch\w*)\b)[^.?!,]){1,40}?"
)
# The end of a clipped question: its marks and nothing after.
_END = r"\s*[.?!]*\s*$"
# A sentence's end in a clipped question: a dot, a question mark or a comma.
_STOP = r"\s*[.?!,]\s*"

FRISIAN_CLIPPED: Final[tuple[Rule, ...]] = (
    # The days of the week in Low German ("Sönndag. Erstes Lied?"), each a
    # word only Platt says: read as the day, never left out.
    (r"\b(?:sönndag|sünndag|sonndag)\b", "Sonntag"),
    (r"\b(?:sönnavend|sünnavend|sonnavend|saterdag)\b", "Samstag"),
    (r"\b(?:maandag|mandag)\b", "Montag"),
    (r"\b(?:dingsdag|dinsdag)\b", "Dienstag"),
    (r"\b(?:middeweek|middweek|mittweek)\b", "Mittwoch"),
    (r"\b(?:dönnerdag|dunnersdag|dünnerdag)\b", "Donnerstag"),
    (r"\b(?:freedag|friedag)\b", "Freitag"),
    # "Nich, oder?", "Nee, oder?" after the question: a tag, no answer.
    (rf"{_STOP}(?:nich|nicht|nee|ne|net)\s*,?\s*oder\s*\??\s*$", "?"),
    # "Drei Lieder. Meist gespielt. Diesen Monat.": the ranking of that many.
    (
        (
            rf"^({_COUNT}) ({_KIND}){_STOP}(?:meist|am meisten|am häufigsten|am öftesten)"
            rf" (?:gespielt|gehört|gelaufen){_STOP}"
        ),
        r"meine \1 meistgespielten \2 ",
    ),
    # "Samstag. Letztes Lied?": the last (or first) song of that day.
    (
        rf"^(?:am )?({_DAY}){_STOP}(?:das |dat )?(letzte|erste)s? (lied|song|stück)\W*$",
        r"\2s \3 am \1",
    ),
    # "Küche. Letzte sieben Tage. Wie viel Stunden?": the room and the
    # time said first, the question last.
    (
        rf"^(?:in der |inne |in de )?küche{_STOP}(.+?){_STOP}(wie (?:viel|viele|lang|lange|oft)\b[^.?!]*)\W*$",
        r"\2 habe ich in der Küche \1 gehört",
    ),
    # "Air. Seit wann hör ich die überhaupt?": its first play, the name
    # said first and pointed back to.
    (
        (
            r"^([^.?!,]+?)\s*[.,]\s*seit wann (?:hör|höre|hör'|kenn|kenne) (?:ich|ick|i)"
            r" (?:die|den|das|dat|des|ihn|sie|es)(?: überhaupt| eigentlich| schon| denn)*\W*$"
        ),
        r"seit wann höre ich \1",
    ),
    # "Justice. In letzter Zeit mal gehört?": whether the name said first
    # played in the time said after it; a clause with a question word or
    # its own listener ("gestern was habe ich gehört") is no such time.
    (
        (
            r"^([^.?!,]+?)\s*[.,]\s*((?:in|im|am|seit|diese\w*|letzte\w*|vorletzte\w*|vorige\w*"
            rf"|heute|gestern|vorgestern)\b{_NO_ASKING}*?) (?:mal |überhaupt |denn )?"
            r"(?:gehört|gespielt|gelaufen)\W*$"
        ),
        r"habe ich \1 \2 gehört",
    ),
    # Issue 45's seventy-eighth turn (blind writer 528): "Queen. Wie oft diese
    # Woche?": how often the name said first played in the time said after
    # (or before) "wie oft"; a fragment that is itself a time is no name.
    (
        (
            rf"^(?!(?:am |im |in |seit )?(?:{_DAY}|diese\w*|letzte\w*|dies)\b)({_BARE_NAME})\s*[.,]\s*"
            rf"wie oft\s+({_PERIOD}){_END}"
        ),
        r"wie oft habe ich \1 gehört \2",
    ),
    (
        (
            rf"^(?!(?:am |im |in |seit )?(?:{_DAY}|diese\w*|letzte\w*|dies)\b)({_BARE_NAME})\s*[.,]\s*"
            rf"({_PERIOD})\s*[.,]\s*wie oft{_END}"
        ),
        r"wie oft habe ich \1 gehört \2",
    ),
    # "Mittwoch Mittag um zwölf. Wat war an?": what played at the time said
    # first ("an sein" of a radio or a record).
    (
        (
            rf"^((?:am |letzten )?{_DAY}\b{_NO_ASKING}*?)\s*[.,]\s*(?:wat|was|watt) (?:war|lief|wor)"
            rf"(?: da| denn| so)*(?: an)?{_END}"
        ),
        r"was lief \1",
    ),
    # "Welcher Podcast hat mich in letzter Zeit am Haken": hooked on it.
    (r"\bhat (mich|uns)\b(.*?) am haken\b", r"hat \1\2 gepackt"),
)


def said_clipped_in_frisia(text: str) -> str:
    """Return an East Frisian's clipped sentences as the one question they make."""
    return " ".join(rewrite(FRISIAN_CLIPPED, text, re.IGNORECASE).split())
