"""English as a Yorkshire grandmother asks it (issue 45's twenty-first turn, writer 84).

She calls the device "love" (or "pet", "duck", "flower") between commas
anywhere in the question ("Over the past fortnight, love, which song's been
played the most?"), says "this morning gone" for earlier this morning,
speaks of "the record player" where she means what played ("What was on
the record player the day before yesterday?"), and has her own words for
playing a thing much ("the album I've nearly worn out", "the tune I had
going all the time") and for skipping ("the tune I always turn off halfway
through"). Read with the text's punctuation, before a grandparent's tags
(`grandparent_en`) and the clip to the question's clause.
"""

import re

from .rules import Rule, rewrite

_KIND = r"(?:song|tune|track|record|number|album|lp|band|group|singer|artist|podcast|programme)"


def _part_of_day(meal: str | None, clock: str) -> str:
    """Return the part of the day a meal's name (or a part said) puts the clock in.

    "Teatime, five o'clock" is five in the afternoon, "dinnertime, one" one
    in the afternoon (a Yorkshire dinner is at midday); a clock that says
    its part already, or twelve, needs none.
    """
    if meal is None or " in the " in clock or clock.lower().startswith("twelve"):
        return ""
    meal = meal.lower()
    if meal.startswith(("breakfast", "morning")):
        return " in the morning"
    if meal.startswith(("tea", "supper", "evening", "night")):
        return " in the evening"
    return " in the afternoon"


YORKSHIRE_EN: tuple[Rule, ...] = (
    # "..., love, which song ...", "Any Queen on Saturday, love?": an address
    # set apart by commas or ending a sentence; "love" after a verb ("songs I
    # love") has no comma before it and stays.
    # Cornwall's "my lover", "my 'ansum" likewise (issue 45's thirty-eighth
    # turn: "weekends or weekdays, my lover, which do I listen to more").
    (
        (
            r",\s*(?:love|pet|duck|flower|chuck|lass|my dear|my lover|my 'ansum|my ansum|my love)"
            r"\s*(?=[,?.!]|$)"
        ),
        "",
    ),
    (r"^\s*(?:love|pet|duck|flower|chuck),\s*", ""),
    # "Our lass", "our kid", "our Margaret": one of the family, never the
    # household's "our" (issue 45's twenty-third turn, a Yorkshire
    # grandfather: "Do I skip a lot of tracks, our lass reckons I do" was
    # answered for the whole house). A remark with them after the question
    # goes; said inside it, they are "my".
    (
        r",\s*(?:our|me|my) (?:lass|lad|kid|mam|mum|dad|nan|'un)\b[^,?.!]*(?=[?.!]*$)",
        "",
    ),
    # Issue 45's fifty-seventh turn, blind writer 357 (a Birmingham nurse):
    # the Midlands say it too, "our Sharon", "our Gary", and tell of them
    # after the question ("..., like our Sharon gets on her phone", "...,
    # our Gary set them all up for me"): one of the family doing something,
    # a remark that goes (read as the household's, two wrong facts).
    (
        (
            r",\s*(?:like |as |cos |because )?our \w+ (?:gets|got|set|sets|says|said|reckons|thinks"
            r"|tells|told|keeps|kept|does|did|put|puts|showed|shows|has|had|was|is)\b[^?]*(?=[?.!]*$)"
        ),
        "",
    ),
    (r"\bour (lass|lad|kid|mam|mum|dad|nan|'un)\b", r"my \1"),
    (r"\bour (?=[A-Z][a-z]+'s\b)", "my "),
    # A Yorkshireman's "t'" for "the", "wi'" for "with", "summat", "owt",
    # "nowt" (issue 45's thirty-second turn, blind writer 164): "over t'
    # last three months", "on t' trot", "did I play owt by Queen".
    (r"\bt'(?=\s)", "the"),
    (r"\bt'(?=[a-z])", "the "),
    (r"\bwi'(?=\s)", "with"),
    (r"\bsummat\b", "something"),
    (r"\bowt\b", "anything"),
    # "Had nowt by Queen on since Monday, have I?": did I play any of it.
    (
        r"^(?:have i |i've |i )?had nowt (by|from) (.+?) on\b([^,?]*),? (?:have i|did i)\b.*$",
        r"did i play anything \1 \2\3",
    ),
    (r"\bnowt\b", "nothing"),
    # Tyneside's "wor" for our, "gannin" for going on, "howay" to open
    # (issue 45's thirty-eighth turn, blind writer 217).
    (r"\bwor (?=(?:[A-Z]\w+|ada|lass|lad|kid|mam|nan|bairn)\b)", "our "),
    (r"\bgann(?:in|in'|ing)\b", "playing"),
    (r"^howay,?\s+", ""),
    # "did wor hoose listen", "what did wor hoose play": our house, we
    # (issue 45's fifty-second turn, blind writer 313).
    (
        r"\b(?:wor|our) (?:hoose|house)\b(?= (?:listen|play|hear|have|put|get|stream|spin)\w*\b)",
        "we",
    ),
    (r"\bon the trot\b", "in a row"),
    # "This morning gone", "Tuesday gone", "last week gone": the time just past.
    (
        (
            r"\b(this morning|this afternoon|yesterday|last week|last night|monday|tuesday|wednesday"
            r"|thursday|saturday|sunday|saturday night) gone\b"
        ),
        r"\1",
    ),
    # "Was The Daily on this morning?": did I have the name on in that time.
    # Only a period after "on": "was the kitchen light on" asks no history.
    (
        (
            r"^\s*(?:was|were) (?!(?:it|that|this|there|anything|something)\b)"
            r"(?![^,?.!]*\b(?:music|radio|light|lights|lamp|telly|tv|heating|heater|oven|kettle"
            r"|alarm|fan|door|window|timer|speaker|dishwasher|washer|come|came|put|turned|switched)\b)"
            r"(?P<name>[^,?.!]{2,40}?)"
            r" (?:been )?on (?=(?:this|last|yesterday|today|on|at|in|earlier)\b)"
        ),
        r"did i play \g<name> ",
    ),
    # "What was on the record player the day before yesterday", "what was on
    # the gramophone at five": the device is where it played, what was
    # playing is asked (read before `grandparent_en` drops "on the record
    # player" and the "on" with it; "the wireless" keeps its reading there).
    (
        r"\b(was|were) on the (?:record player|gramophone|radiogram|hi-?fi)\b",
        r"\1 playing",
    ),
    # "How long has the record player been going today": how long I listened.
    (
        (
            r"^\s*how long (?:has|had|was) the (?:record player|gramophone|radiogram|hi-?fi)"
            r" (?:been )?(?:going|on|playing|running)\b"
        ),
        "how long did i listen",
    ),
    # "Is there a whole album I've nearly worn out lately": the most played.
    (
        (
            rf"^\s*(?:is there|was there|what's|what is|which is) (?:a |an |the )?(?:whole )?(?P<kind>{_KIND})"
            r" (?:that )?(?:i've|i have|i) (?:nearly |almost |just about |practically )?(?:worn out"
            r"|worn thin|played to death|had on all the time|had going all the time)\b"
        ),
        r"which \g<kind> did i play the most",
    ),
    # "That tune I had going all the time in August, what was it called":
    # the most played of the kind in that time.
    (
        (
            rf"^\s*(?:that|the) (?P<kind>{_KIND}) (?:that )?i (?:had|kept|was having) (?:going|on|playing)"
            r" (?:all the time|constantly|non-?stop|morning noon and night)\b(?P<rest>[^,?.!]*)"
            r",\s*what (?:was|is) (?:it|that|its name)(?: called)?(?: again)?\s*(?=[?.!]|$)"
        ),
        r"which \g<kind> did i play the most\g<rest>",
    ),
    # "Tell me about my summer's listening", "go over my week's music": how
    # that time went, a recap.
    (
        (
            r"\b(?:tell me about|go over|going over|run through|talk me through) (my|our)"
            r" (week|month|year|summer|january|february|march|april|may|june|july|august"
            r"|september|october|november|december)'s (?:listening|music)\b"
        ),
        r"how was \1 \2",
    ),
    # "Out of everything I played this week, how many did I skip past":
    # the whole said first holds the period; clipped, the week was lost.
    (
        (
            r"^\s*(?:out of|of) (?:everything|all(?: the (?:songs|tunes|tracks|records|music))?|all that"
            r"|the lot|all of it) (?:that )?(?P<i>i|we) (?:played|had on|listened to|heard|put on)"
            r"(?P<when>[^,?.!]*),\s*how many (?:of them |of those )?(?:did|have) (?:i|we)"
            r" (?:skip|skipped)(?: past| over| through)?\b"
        ),
        r"how many did \g<i> skip\g<when>",
    ),
    # "Wednesday dinnertime, twelve o'clock it'd be, what was playing": the
    # day and the clock said first, the clock as a guess; the meal's name
    # goes, the clock said is the moment.
    (
        (
            r"^\s*(?P<day>(?:last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
            r"|yesterday|today|this morning)(?: (?P<meal>dinnertime|dinner time|dinner|teatime|tea time"
            r"|suppertime|lunchtime|breakfast time|morning|afternoon|evening|night))?,\s*"
            r"(?:about |around |at |half past |quarter (?:past|to) )?(?P<clock>(?:half past |quarter (?:past|to) )?"
            r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}(?::\d\d)?)"
            r"(?: o'clock)?(?: in the (?:morning|afternoon|evening))?) (?:it'd be|it would be|it would have been"
            r"|i think|i reckon|or thereabouts|it was),\s*(?P<q>what was (?:playing|on)|what did i have on)\b"
        ),
        lambda m: (
            f"{m['q']} on {m['day']} at {m['clock']}{_part_of_day(m['meal'], m['clock'])}"
        ),
    ),
    # "Last time I had Discovery on, the album, when would that have been":
    # the name said first with its kind after; when I last (or first) had it.
    (
        (
            r"^\s*(?:the )?(?P<which>last|first) time (?P<i>i|we) (?:had|put|played|heard|listened to)"
            r" (?P<name>[^,?.!]{2,40}?)(?: on)?,\s*(?:the|that) (?:album|song|tune|record|band|group"
            r"|singer|podcast|programme),\s*when (?:would|was|did|might) (?:that|it)"
            r"(?: have been| be| happen)?\b"
        ),
        r"when did \g<i> \g<which> play \g<name>",
    ),
    # "The tune I always turn off halfway through": the one skipped most.
    (
        (
            rf"\b(?P<kind>{_KIND}) (?:that )?i (?:always|usually|keep|allus) (?:turn|turning|switch"
            r"|switching) (?:off|over) (?:halfway|half way|part way|partway)(?: through)?\b"
        ),
        r"\g<kind> i skip the most",
    ),
    # Issue 45's sixty-seventh turn, blind writer 455 (a Yorkshire pensioner):
    # "what talkin' programme were I hooked on" (a podcast; "talkin'" had
    # been read as nothing, and the top track answered: a wrong fact), "how
    # were us October" (us is me: my October, how it went).
    (
        r"\btalkin'?(?= (?:programme|programmes|program|programs|show|shows)\b)",
        "talking",
    ),
    (r"\bhow (?:were|was) us\b", "how was my"),
)
"""The rewrites, read with the text's punctuation (case is ignored)."""


def said_in_yorkshire(text: str) -> str:
    """Return `text` with a Yorkshire grandmother's address and words undone."""
    return " ".join(rewrite(YORKSHIRE_EN, text, re.IGNORECASE).split())
