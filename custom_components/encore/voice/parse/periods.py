"""The period of a question: the longest run of words `when` reads.

And words that look like a time and are none (`unread`), so the answer can
say which part it did not understand.
"""

from dataclasses import dataclass
from datetime import datetime, tzinfo
import re

from ...history.periods import PeriodName
from ..when import parse_when

# -- the period ------------------------------------------------------------------------

# One word `when` reads as a period that, alone, is something else here:
# "zuletzt" asks for the last play, "all" and "may" are no times by
# themselves.
_NO_PERIOD_ALONE = frozenset({"zuletzt", "all", "may", "je", "total", "gerade"})
# A date range said in full is eleven words ("between the first of June and
# the thirty-first of August 2025"), a clock on a date ten ("at quarter to
# eight pm on Thursday the nineteenth of November"): issue 45's
# seventy-third turn, blind writer 500, whose exact spans were cut short.
_MAX_SPAN = 12
# All time said to stress a total, not to name a time.
_STRESS = frozenset(
    {
        *("all together", "altogether", "all in all", "in all", "in total", "total"),
        *("overall", "all", "insgesamt", "so insgesamt", "gesamt", "überhaupt"),
    }
)


@dataclass(frozen=True, slots=True)
class Span:
    """A run of a question's words that is a period: where, and which words."""

    start: int
    end: int
    words: str


def find_period(
    pieces: list[str], language: str, now: datetime, zone: tzinfo
) -> Span | None:
    """Return the longest run of words that is a period (the last on a tie).

    Words of all time said to stress ("all together", "overall", `_STRESS`)
    name no time: any other period said beside them wins ("so far this year,
    all together" is this year); "of all time", "ever" do name one.
    """
    broad: Span | None = None
    count = len(pieces)
    for length in range(min(_MAX_SPAN, count), 0, -1):
        for start in range(count - length, -1, -1):
            said = " ".join(pieces[start : start + length])
            if length == 1 and said in _NO_PERIOD_ALONE:
                continue
            if (found := parse_when(said, language, now, zone)) is None:
                continue
            if found.period.name is not PeriodName.ALL_TIME or said not in _STRESS:
                return Span(start, start + length, said)
            broad = broad or Span(start, start + length, said)
    return broad


# The parts of the day or week compared ("at weekends", "werktags", "in the
# mornings"): what is asked, never the period it is asked over.
_PARTS_SAID = re.compile(
    r"\b(?:weekends?|weekdays?|week ?days|wochenenden?|werktags?|werktagen"
    r"|mornings?|evenings?|afternoons?|nights|morgens|abends|nachmittags|nachts"
    r"|(?:during|in) the week|unter der woche)\b"
)


def period_beside_parts(
    pieces: list[str], language: str, now: datetime, zone: tzinfo
) -> Span | None:
    """Return the period said beside the parts of the day or week compared.

    "Diesen Monat, habe ich werktags mehr gehört als am Wochenende": "am
    Wochenende" is a period to `when` and as long as "diesen Monat", but
    here it is one of the parts compared; the month is the period.
    """
    masked = list(pieces)
    for _ in range(len(pieces)):
        span = find_period(masked, language, now, zone)
        if span is None:
            return None
        # "Mehr am Wochenende als in die Woche": what follows "als", "than",
        # "or" is the other part compared, no period.
        compared = span.start > 0 and masked[span.start - 1] in _COMPARING
        if not compared and not _PARTS_SAID.search(span.words):
            return span
        masked[span.start : span.end] = ["|"] * (span.end - span.start)
    return None


_COMPARING = frozenset({"als", "than", "or", "oder", "vs", "versus"})


# Words that begin a time and, with nothing a period after them, are a time
# not understood ("since the summer", "back in the day").
TIME_STARTS = {
    "en": re.compile(
        r"\b(?:since|during|ago|over the|for the past|in the last|in the past"
        r"|tomorrow|tonight|later|next (?:week|month|year|weekend|\w+day)"
        r"|(?:on|during|over|at|for) (?:my|our) \w+"
        r"|(?:back )?(?:the|that|this|last|a|in|during|over|until|before|after)"
        r" (?:\w+ )?"
        r"(?:day|days|summer|winter|spring|autumn|fall|christmas|easter|holidays?"
        r"|vacation|era|decade|nineties|eighties|seventies|80s|90s|morning|evening"
        r"|afternoon|night|thanksgiving|halloween|carnival|mardi gras|lent|ramadan"
        r"|hanukkah|diwali|half[- ]term|bank holiday)"
        # "From the old radio days": a time nobody can count.
        r"|(?:the|those) (?:good )?old (?:\w+ )?days"
        r"|this (?:spring|summer|autumn|fall|winter|season)"
        r"|last (?:spring|summer|autumn|fall|winter|season|christmas)"
        # A shift worker's times, in no table (issue 45's eighteenth turn):
        # "before my shift", "between night shifts", "after I got in off
        # nights". Asked back, never answered as a broader period.
        r"|(?:before|after|between|until|till|during|from) (?:my |our |the |a )?(?:\w+ )?"
        r"(?:shifts?|breaks?|nights|rounds)"
        r"|(?:when|after|before|once) (?:i|we) (?:got|get|came|come) (?:in|home|off))\b"
    ),
    "de": re.compile(
        r"\b(?:seit|während|vor \w+ (?:tagen|wochen|monaten|jahren)|übermorgen|später"
        r"|(?<!heute )morgen\b(?! früh)|nächste[nrs]? (?:woche|monat|jahr|wochenende)"
        r"|(?:an|zu|während|bei) (?:meinem|meiner|unserem|unserer) \w+"
        r"|(?:im|in den|in der|am|zu|an|vor|nach|über|letzte[nrs]?|diese[nrs]?) (?:\w+ )?"
        # A season's part or a feast ("im Spätsommer", "im Advent", "an
        # Fasching"; issue 45's seventy-second turn) is a time no table
        # reads: asked back, never answered for all time.
        r"\w*(?:sommer|winter|frühling|herbst|urlaub|ferien|weihnachten|ostern"
        r"|achtzigern|neunzigern|morgen|abend|nachmittag|nacht|advent|fasching"
        r"|fastnacht|karneval|silvester|pfingsten|ramadan"
        # Mainz's and the Ruhr's feasts ("an Fassenacht", "am Rosemondaach",
        # "auf der Kirmes"; issue 45's seventy-third turn, blind writer 496).
        r"|fassenacht|fassnacht|fasnacht|fasenacht|rosenmontag|rosemondaach|rosemontag"
        r"|kirmes|kerb|kerwe)"
        r"|diesen (?:sommer|winter|frühling|herbst)"
        r"|letzten (?:sommer|winter|frühling|herbst)"
        # Die Schicht ("nach der Nachtschicht", "vor meiner Schicht", "in der
        # Pause"): eine Zeit, die keine Tabelle liest, wird nachgefragt.
        r"|(?:vor|nach|während|zwischen|in) (?:der|meiner|dem|meinem|den|meinen|unserer)"
        r" \w*(?:schicht|schichten|pause|dienst)"
        r"|bevor (?:ich|ick|wir|wa) (?:zur|zum|in die) \w*(?:schicht|dienst)"
        # A report's field of time ("Zeitraum Herbstmanöver", blind writer
        # 492): what follows it is the period, asked back when none reads.
        r"|zeitraum:? \w+)\b"
    ),
}


# A meal or a break said for the only time ("what did I play at teatime",
# "at smoko", "beim Abendessen", issue 45's seventy-second turn): a part of
# the day no table reads, which had been answered for all time, and is asked
# back. Beside a period ("yesterday evening after dinner") the period is
# what is asked.
MEAL_TIMES = {
    "en": re.compile(
        r"\b(?:at|around|during|over|after|before|by) (?:my |our |the )?(?:tea ?time"
        r"|smoko|dinner ?time|supper ?time|lunch ?break|coffee break|breakfast|brekkie"
        r"|dinner|supper|tea)\b"
    ),
    "de": re.compile(
        r"\b(?:beim|zum|nach dem|vor dem|während des|in der|zur|über) (?:frühstück"
        r"|mittagessen|abendessen|abendbrot|mittagspause|kaffeepause|brotzeit|vesper"
        r"|jause|feierabend|kaffeezeit|teezeit)\b"
    ),
}


# Where words that are no time end: "since the summer" of "... most".
_UNREAD_STOP = frozenset(
    {
        "most",
        "i",
        "did",
        "have",
        "played",
        "listened",
        "heard",
        "to",
        "am",
        "meisten",
        "häufigsten",
        "öftesten",
        "gehört",
        "gespielt",
        "habe",
        "ich",
    }
)


def unread_words(words: str) -> str:
    """Return the words of a time not understood, up to the rest of the question."""
    pieces = words.split()
    for index, word in enumerate(pieces[1:], start=1):
        if word in _UNREAD_STOP:
            return " ".join(pieces[:index])
    return words
