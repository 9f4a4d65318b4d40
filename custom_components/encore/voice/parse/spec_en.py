"""An engineer's spec-like English (issue 45's sixty-seventh turn, blind writer 457).

An engineer asks the speaker as he would write a query: the span spelled as
its bounds ("for the interval October first through October thirty
first", "June through August this year", "between five a m and noon
today", ", twelve hundred to eighteen hundred", "rolling thirty days",
"twenty twenty five calendar year", "lifetime"), the measure in a data
model's words ("count of plays", "total play events all sources",
"cardinality of the artist set", "cumulative listening duration", "where
artist equals Daft Punk", "highest listen count", "max plays"), the type of
the answer said first ("integer please.", "boolean", "true or false"), and
a remark on its form after the question (", dedupe the repeats", ", short
summary, no more than three items", ", just the sign").

Four of his questions were answered for another one (wrong facts): the span
of October read as October thirtieth, "between five a m and noon today" as
noon, "where artist equals Daft Punk" as how many artists, ", dedupe the
repeats" as the share of repeats, ", short summary" as a recap. A span is
read as a period only when its bounds are exactly that period's (the month
from its first to its last day, the summer's months, the part of the day's
hours as `when.words` knows them); any other span is left as said, for the
period reader to answer or ask back.
"""

import re
from typing import Final

from ..when.words import month_names
from .rules import Rule, rewrite

_MONTHS: Final = month_names("en")
_MONTH: Final = rf"(?:{'|'.join(_MONTHS)})"
# Each month's last day as said ("thirty first", "thirty-first", "31st").
_LAST_DAY: Final = {
    "january": 31,
    "february": 29,
    "march": 31,
    "april": 30,
    "may": 31,
    "june": 30,
    "july": 31,
    "august": 31,
    "september": 30,
    "october": 31,
    "november": 30,
    "december": 31,
}
_LAST_WORDS: Final = {
    28: r"(?:twenty[- ]eighth|28th)",
    29: r"(?:twenty[- ]ninth|29th)",
    30: r"(?:thirtieth|30th)",
    31: r"(?:thirty[- ]first|31st)",
}
_THROUGH: Final = r"(?:through|thru|to|till|until|up to and including)"
_SPAN_WORD: Final = (
    r"(?:(?:for|in|over|during) )?(?:the )?(?:interval|period|window|range|span)"
)

# "For the interval October first through October thirty first": the month.
_MONTH_SPAN: Final = re.compile(
    rf"\b(?:{_SPAN_WORD},? |(?:for|in|over|during|from) )?(?:the )?(?:from )?"
    rf"(?P<month>{_MONTH}) (?:the )?(?:first|1st) {_THROUGH} (?:(?P<again>{_MONTH}) )?"
    r"(?:the )?(?P<last>twenty[- ]eighth|twenty[- ]ninth|thirtieth|thirty[- ]first|28th|29th|30th|31st)\b",
    re.IGNORECASE,
)


def _month_span(found: re.Match[str]) -> str:
    """Return a month's first to last day as "in <month>"; any other span as said."""
    month = found["month"].casefold()
    again = found["again"]
    if again is not None and again.casefold() != month:
        return found[0]
    last = _LAST_DAY[month]
    # February's last day is either, as the year has it.
    days = (28, 29) if month == "february" else (last,)
    if not any(
        re.fullmatch(_LAST_WORDS[day], found["last"], re.IGNORECASE) for day in days
    ):
        return found[0]
    return f"in {month}"


# A clock as the engineer says it: "five a m", "0500", "oh five hundred",
# "twelve hundred", "noon", "six pm", "midnight".
_HOURS: Final = {
    "oh five hundred": 5,
    "five hundred": 5,
    "five a m": 5,
    "five am": 5,
    "5 am": 5,
    "five": 5,
    "noon": 12,
    "midday": 12,
    "twelve hundred": 12,
    "twelve noon": 12,
    "twelve pm": 12,
    "twelve": 12,
    "eighteen hundred": 18,
    "six pm": 18,
    "six p m": 18,
    "6 pm": 18,
    "oh six hundred": 30,
    "six hundred": 30,
    "six am": 30,
    "six a m": 30,
    "6 am": 30,
    "midnight": 24,
    "twenty four hundred": 24,
}
# The parts of the day by their hours, as `when.words` reads them.
_PARTS: Final = {
    (5, 12): "morning",
    (12, 18): "afternoon",
    (18, 24): "evening",
    (18, 30): "night",
}
_CLOCK: Final = "|".join(sorted(_HOURS, key=len, reverse=True))
_CLOCK_SPAN: Final = (
    rf"(?:between |from )?(?:window |span )?(?P<start>{_CLOCK})(?:\s*hours)?"
    rf" (?:and|to|till|until|through|-) (?P<end>{_CLOCK})(?:\s*hours)?"
)
_TODAY: Final = r"(?P<day>today|yesterday)"
# "Between five a m and noon today": this morning, said by its hours.
_CLOCK_SPAN_DAY: Final = re.compile(rf"\b{_CLOCK_SPAN} {_TODAY}\b", re.IGNORECASE)
# "This afternoon, twelve hundred to eighteen hundred": the part said again.
_PART_AGAIN: Final = re.compile(
    r"\b(?P<part>(?:this|yesterday|last|tomorrow) (?P<name>morning|afternoon|evening|night)"
    rf"|tonight)[,;]?\s+{_CLOCK_SPAN}(?=\W*$|[,;?.!])",
    re.IGNORECASE,
)


def _part(found: re.Match[str]) -> str | None:
    """Return the part of the day whose hours a clock span names, if any."""
    start = _HOURS[found["start"].casefold()]
    end = _HOURS[found["end"].casefold()]
    if start == 30:
        return None
    if end == 30 and start != 18:
        return None
    # "Noon" said as the start is twelve; "five" is only five in the morning.
    return _PARTS.get((start, end))


def _span_of_day(found: re.Match[str]) -> str:
    """Return "between five a m and noon today" as "this morning"."""
    part = _part(found)
    if part is None:
        return found[0]
    if found["day"].casefold() == "yesterday":
        return "last night" if part == "night" else f"yesterday {part}"
    return "tonight" if part == "night" else f"this {part}"


def _part_again(found: re.Match[str]) -> str:
    """Return "this afternoon, twelve hundred to eighteen hundred" as "this afternoon"."""
    part = _part(found)
    name = (found["name"] or "night").casefold()
    if part is None or not (part == name or {part, name} == {"evening", "night"}):
        return found[0]
    return found["part"]


_SPANS: Final[tuple[Rule, ...]] = (
    # -- spans that are a period ---------------------------------------------------------
    (_MONTH_SPAN.pattern, _month_span),
    # "In the period June through August this year": the summer.
    (
        rf"\b(?:{_SPAN_WORD} |(?:for|in|over|during) )?(?:from )?june {_THROUGH} august (?:this year|of this year)\b",
        "this summer",
    ),
    (
        rf"\b(?:{_SPAN_WORD} |(?:for|in|over|during) )?(?:from )?june {_THROUGH} august (?:of )?(?:last year|twenty twenty[- ]five|2025)\b",
        "last summer",
    ),
    # "Last summer, June through August twenty twenty five": said again.
    (
        r"\b((?:last|this) summer),\s*(?:june|this summer|last summer)\b(?= *(?:,|$|\?))",
        r"\1",
    ),
    (
        rf"\b(last summer),\s*june {_THROUGH} august(?: (?:of )?(?:twenty twenty[- ]five|2025|last year))?\b",
        r"\1",
    ),
    # "Last weekend, Saturday fourteenth Sunday fifteenth": said again.
    (
        r"\b((?:last|this) weekend),\s*(?:saturday|sat)(?: the)? \w+,?(?: (?:and|to|through|thru|-))? (?:sunday|sun)(?: the)? \w+(?=\W*$|,)",
        r"\1",
    ),
    (_CLOCK_SPAN_DAY.pattern, _span_of_day),
    (_PART_AGAIN.pattern, _part_again),
    # "Last night, window eighteen hundred to oh six hundred" is read above;
    # "rolling thirty days", "the rolling 30 day window": the last thirty days.
    (
        r"\b(?:in |over |for )?(?:the )?rolling (\w+)[- ]days?(?: window| period)?\b",
        r"in the last \1 days",
    ),
    # "Twenty twenty five calendar year", "calendar year 2025": the year.
    (
        r"\b(?:(?:in|for|during) )?(?:the )?(twenty twenty[- ]\w+|20\d\d) calendar year\b",
        r"in \1",
    ),
    (
        r"\b(?:(?:in|for|during) )?(?:the )?calendar year (twenty twenty[- ]\w+|20\d\d)\b",
        r"in \1",
    ),
    (r"\bwith (?:the )?most plays lifetime\b", "with the most plays ever"),
    (r"(?<=\w) lifetime(?=\W*$)", " ever"),
    # "Last week, Monday the ninth onward": the week said again.
    (
        r"\b(last week|this week),\s*(?:monday|from monday)(?: the \w+)? (?:on|onward|onwards)(?=\W*$|,)",
        r"\1",
    ),
    (
        (
            r"\b(the day before yesterday|day before yesterday|yesterday),?\s+(?:i\.?e\.?,?|that is,?|so)\s+"
            r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: the \w+)?(?=\W*$|,)"
        ),
        r"\1",
    ),
)

_SPEC_EN: Final[tuple[Rule, ...]] = (
    # -- the type of the answer said first, its form said after ------------------------
    # "Integer please.", "boolean", "true or false": how to answer, never the
    # name ("integer times dance by justice" had been looked for).
    (
        r"^(?:(?:an? )?integer|a number|just the number),?\s+(?:please|pls)?[.,:]?\s*",
        "",
    ),
    (r"^(?:boolean|true or false|yes or no|y/n)[,:]?\s+(?=any\b)", ""),
    (r"^(?:boolean|true or false|yes or no|y/n)[,:]?\s+(?!any\b)(?=\S)", "did I play "),
    (r"\bdid i play (.+?) (?:was|were|got) (?:played|streamed|on)\b", r"did I play \1"),
    # ", dedupe the repeats", ", short summary, no more than three items",
    # ", just the sign": the answer's form, never a question of its own
    # ("dedupe the repeats" had asked the share of repeats, "short summary"
    # a recap: wrong facts).
    (
        r",\s*(?:dedupe|de-dupe|deduplicate|excluding|minus|without) (?:the )?(?:repeats|duplicates|dupes)(?=\W*$|,)",
        "",
    ),
    (
        (
            r"(\bwhat (?:have|did|had) (?:i|we) (?:been )?(?:playing|played|listening to|listened to|play|listen to)\b[^,]*)"
            r"(?:,\s*(?:a |the )?(?:short|brief|quick) (?:summary|version|list))?"
            r"(?:,\s*(?:no more than|max(?:imum)?|at most|up to) (?:\w+) (?:items|entries|rows|results|things))?(?=\W*$)"
        ),
        r"\1",
    ),
    (r",\s*just the (?:sign|direction|polarity)(?=\W*$)", ""),
    # -- the measure in a data model's words -------------------------------------------
    # "Number of plays where artist equals Daft Punk": the plays of Daft
    # Punk (read as how many artists: a wrong fact).
    (
        (
            r"^(?:the )?(?:number|count|total) of (?:plays|play events|streams) (?:where|with|for which) "
            r"(?:the )?(?:artist|band|track|song|album|podcast|show) (?:equals|=|==|is|matches) ([^,]+?)(?:,\s*|(?=\W*$))"
        ),
        r"how many times did I play \1 ",
    ),
    # "Count of plays excluding podcasts": the music's plays ("excluding"
    # after the plays had been read as a name, "only").
    (
        r"^(?:the )?(?:count|number|total) of plays (?:excluding|without|minus|except) podcasts\b",
        "how many music plays",
    ),
    (
        r"^(?:the )?(?:count|number) of plays\b(?= (?:last|this|yesterday|today|in (?:20|twenty))\b)",
        "how many plays",
    ),
    (
        # Not "total plays, all in": the commuter's all of it (`commuter_en`).
        (
            r"^(?:the )?total (?:play events|plays)(?: (?:all|across all|from all) sources)?\b"
            r"(?!,?\s+all in\b)"
        ),
        "how many plays",
    ),
    # "For thursday the nineteenth", "tracks played last friday the
    # thirteenth": a day named with its date.
    (
        r"\bfor ((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) the \w+)\b",
        r"on \1",
    ),
    # "Cardinality of the artist set": how many different artists.
    (
        (
            r"^(?:the )?cardinality of (?:the |my )?(artist|song|track|album|podcast)s? (?:set|list)"
            r"(?: for(?= (?:last|this)\b))?\b"
        ),
        r"how many different \1s did I play",
    ),
    # "Cumulative listening duration for the whole household": how long
    # we listened.
    (
        r"^(?:the )?(?:cumulative|total|aggregate) listening (?:duration|time)(?: for (?:the (?:whole )?household|everyone|all of us))\b",
        "how long did we listen",
    ),
    (
        r"^(?:the )?(?:cumulative|total|aggregate) listening (?:duration|time)\b",
        "how long did I listen",
    ),
    # "Which podcast am I, uh, the podcast with the highest listen count":
    # begun again; "highest listen count", "max plays" is the most played.
    (
        r"^which (podcast|artist|album|song|track) am i,? (?:uh|um|er)?,? the \1 with\b",
        r"the \1 with",
    ),
    (
        (
            r"^(?:the )?(podcast|show|artist|band|album|song|track) with the (?:highest|biggest|max|maximum|most) "
            r"(?:listen|play|stream) ?count\b"
        ),
        r"which \1 did I play the most",
    ),
    (
        r"^(?:the )?(podcast|show|artist|band|album|song|track) with (?:the )?most plays\b",
        r"which \1 did I play the most",
    ),
    (
        r"\b(which (?:podcast|show|artist|band|album|song|track)) had (?:the )?max(?:imum)? plays\b",
        r"\1 did I play the most",
    ),
    (r"\bmtd\b", "this month"),
    (r"\bytd\b", "this year"),
    # "Earliest play of last week": the first thing played in it.
    (
        r"^(?:the )?(earliest|first|latest|last|most recent) (?:play|entry|event) (?:of|in) (?=(?:last|this|yesterday|today)\b)",
        r"what was the \1 thing I played ",
    ),
    # "Earliest date Justice shows up in the log": when I first played it.
    (
        r"^(?:the )?(?:earliest|first) (?:date|day|time|timestamp) (.+?) (?:shows|showed|turns|turned) up(?: in (?:the|my) (?:log|logs|history|data))?(?=\W*$)",
        r"when did I first play \1",
    ),
    # "Artists with a first play inside the last 30 days": new artists.
    (
        r"^(?:the )?(artist|band|song|track|album|podcast)s (?:with|having) (?:a|their) first play (?:inside|within|in) ",
        r"which new \1s did I discover in ",
    ),
    # "Most recent song in the history, whenever that was": no period.
    (
        r"\b(in the (?:history|log|logs|data)),\s*whenever (?:that|it) was(?=\W*$)",
        r"\1",
    ),
    # "What track was active at exactly quarter past eight": playing then.
    (
        r"\bwhat (track|song|tune) was (?:active|current|live) at (?:exactly |precisely )?",
        r"what \1 was playing at ",
    ),
    # "Characterize my taste based on top artists": my taste.
    (
        r"^(?:characteri[sz]e|summari[sz]e|profile) my (?:music |musical |listening )?taste(?: based on (?:my )?top (?:artists|songs|tracks|genres))?\b",
        "describe my taste",
    ),
    # "The modal hour of day and modal day of week for my listening",
    # "statistically what time of day am I most likely to have music on": my
    # usual hour.
    (
        r"^(?:what's|what is|what are|give me) (?:the |my )?modal (?:hour|time)(?: of (?:the )?day)?(?: and (?:the )?modal day(?: of (?:the )?week)?)?(?: (?:for|of) my listening)?(?=\W*$)",
        "when do I usually listen",
    ),
    (
        r"^statistically,? what time of (?:the )?day am i most likely to (?:have music on|be listening|listen)(?=\W*$)",
        "what time of day do I usually listen",
    ),
    # "Aggregate skips at the artist level, which artist comes out on top":
    # the artist skipped most.
    (
        (
            r"^(?:aggregate|group|sum) (?:my )?skips (?:at|on|by) (?:the )?(artist|album|song|track|podcast) level,?\s*"
            r"(?:which|what) \1 (?:comes out on top|is on top|ranks first|wins)(?=\W*$)"
        ),
        r"which \1 did I skip the most",
    ),
    # "Current most repeated track, the one I can't stop playing": on repeat.
    (
        r"^(?:my )?current(?:ly)? most repeated (track|song|tune)(?:,\s*the one i can'?t stop playing)?(?=\W*$)",
        r"what \1 am I on repeat",
    ),
    # "Status report on my listening": how it goes, this month.
    (
        r"^(?:a |give me a )?status report on my listening(?: please)?(?=\W*$)",
        "how was my listening this month",
    ),
    # "Delta between weekend and weekday listening": which is more.
    (
        r"^(?:the )?(?:delta|difference) between (?:my )?(weekend|weekday)s? and (weekend|weekday)s? listening(?=\W*$)",
        r"do I listen more on \1s or on \2s",
    ),
    # "Enumerate my plays for saturday": what I played.
    (
        r"^(?:please )?(?:enumerate|list|itemi[sz]e) (?:my|our) plays(?: for(?= (?:yesterday|today|last|this)\b))?\b",
        "what did I play",
    ),
    # "Tracks played last friday": what played, as a list. Not "songs
    # played today" (writer 30's count) nor one with a count word after it
    # ("songs played this afternoon, number").
    (
        (
            r"^(tracks) played (?=(?:last|this|yesterday|today|on)\b)"
            r"(?!.*\b(?:number|how many|count|total)\b)"
        ),
        r"what \1 did I play ",
    ),
    # "Integer please. Times dance by justice was played": how many times.
    (r"^times (.+?) (?:was|were|got) played\b", r"how many times was \1 played"),
)


def spans_said_as_periods(text: str) -> str:
    """Return the spans that are a period said as it ("between five a m and noon today").

    The utterance's check of times said reads the words through this too: a
    span read as its period leaves no day or clock unread ("June" had been
    taken for a month the answer did not hold).
    """
    return rewrite(_SPANS, text, re.IGNORECASE)


def said_as_spec(text: str) -> str:
    """Return an engineer's spec-like question in plain words."""
    return rewrite(_SPEC_EN, spans_said_as_periods(text), re.IGNORECASE)
