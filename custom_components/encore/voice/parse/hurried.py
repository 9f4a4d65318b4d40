"""A hurried smart-speaker user's keywords, English and German (issue 45's nineteenth turn).

A terse user in a hurry says the wake word, then keywords with no verb, in
the order they come to mind: what is asked last ("the weeknd, first listen
when", "Eres, zuletzt gehört wann"), the period or the moment first ("so far
today, how many tracks", "noon wednesday, which song", "gestern neunzehn
Uhr fünfundvierzig was lief"), and the history itself named as a place
("seit wann ist Café Tacvba in meinem Verlauf"). The readers after this one
know each question in its plain order; `plainly.said_plainly` runs
`front_hurried` on the words as said (commas still there) before the clip
to the question's own clause, which would take "so far" for a filler and
the name said first for a vocative.

Each rule moves or spells out words, never guesses one: a name keeps its
words, and a clock in words is put in figures only when every word of it is
a number.
"""

import re

from ..when import CARDINALS
from .rules import Rule, rewrite

# -- the wake word ---------------------------------------------------------------------

# "Hey Jarvis," "ok Nabu": said to the device, no part of the question. A
# bare "computer" may open a title ("Computer Love"): only after "hey"/"ok".
_WAKE = (
    r"^(?:(?:hey|hi|ok|okay)\s+(?:jarvis|nabu|google|alexa|siri|computer|assist"
    r"|assistant|home assistant)|jarvis|nabu|alexa|siri)\b[\s,.!:;-]*"
)

# -- English ---------------------------------------------------------------------------

# Words said first that name no music: a room, a time, what is counted, a
# filler ("kitchen, how often this week" asks the kitchen's plays).
_NOT_NAME_EN = (
    r"(?:kitchen|bedroom|living room|office|music|songs|tracks|tunes|podcasts|overall"
    r"|honestly|so|ok|okay|well|right|today|yesterday|this|last|in|and|but|hey|um|uh)"
)
_NOT_NAME_DE = (
    r"(?:küche|wohnzimmer|schlafzimmer|büro|musik|lieder|songs|podcasts|insgesamt"
    r"|ehrlich|also|so|ok|okay|na|heute|gestern|diese|dieses|letzte|im|und|aber|hey"
    r"|äh|ähm|sag mal)"
)
_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

# A period a hurried user says alone, before or after a keyword.
_PERIOD_EN = (
    r"(?:today|tonight|yesterday|last night|so far today|(?:this|last) (?:week|weekend"
    r"|month|year|morning|afternoon|evening)|(?:in|since) [a-z]+|lately|recently|ever"
    r"|all time|(?:19|20)\d\d|twenty twenty [a-z]+)"
)

_HURRIED_EN: tuple[Rule, ...] = (
    (_WAKE, ""),
    # Punctuation said aloud to a dictating phone: "..., comma, and how many
    # times", "... question mark". ("Period" is also a span of time: left.)
    (r"\s+comma\s+", ", "),
    (r"\s+(?:question mark|full stop|exclamation mark|exclamation point)\W*$", ""),
    # "So far today, how many tracks": the period, never a filler "so" and
    # a name "far".
    (
        r"^so far (today|this (?:week|month|year|morning|afternoon|evening))\b",
        r"\1 so far",
    ),
    # "The Weeknd, first listen when", "Queen, last play what day": the
    # name's first or last play, the question word said last.
    (
        (
            # "Wet leg i first play when": the asker said before "first" is
            # no part of the name (issue 45's sixty-fifth turn, writer 438).
            r"^(?P<name>[^,]+?),?(?:\s+(?:i|we))?\s+(?:the\s+)?(?P<which>first|last)\s+(?:listen"
            r"|listened|play|played"
            r"|heard|hear|spin|spun|stream|streamed|time)(?:\s+(?:to|of))?"
            r"\s+(?:when|what day|what date|date)\W*$"
        ),
        r"when did I \g<which> listen to \g<name>",
    ),
    # A teenager's "last time I listened to daft punk was when", "first
    # time we heard Air was what day", "the last time I played Justice,
    # when was that": the name's first or last play, its sentence begun
    # with the time and the question word said last.
    (
        (
            r"^(?:the\s+)?(?P<which>first|last)\s+time\s+(?P<who>i|we)\s+(?:listened|played"
            r"|heard|streamed|put on|had on|bumped)(?:\s+to)?\s+(?P<name>[^,]+?),?\s+"
            r"(?:was\s+(?:when|what day|what date|which day)|when was (?:that|it)"
            r"|that was when)\W*$"
        ),
        r"when did \g<who> \g<which> listen to \g<name>",
    ),
    # "Queen, how often this week": the name's plays over the period; one
    # word said first is otherwise taken for someone spoken to (a longer
    # name said first is already read).
    (
        (
            rf"^(?!{_NOT_NAME_EN}\b)(?P<name>[^\s,]+),\s+(?:how often|how many times"
            r"|how many plays|play count)\s+(?P<period>(?:this|last|since|in|during|over"
            r"|today|yesterday|so far|lately|recently|ever|all time|the past|past)\b[^,]*?)\W*$"
        ),
        r"how often did I play \g<name> \g<period>",
    ),
    # "Last month, streams", "songs today, how many": a count of plays, the
    # keyword set apart by a comma (without it, "last month's plays" may ask
    # what was played).
    (
        rf"^({_PERIOD_EN}),\s+(?:plays|streams|spins|listens|scrobbles|play count)\W*$",
        r"how many plays \1",
    ),
    (
        (
            r"^(songs|tracks|tunes|plays|streams|spins|episodes|podcasts|artists|bands"
            rf"|albums)\s+({_PERIOD_EN}),?\s+how many\W*$"
        ),
        r"how many \1 \2",
    ),
    # "Noon wednesday, which song": the day first, then its moment, as
    # "wednesday noon" is read; never a span's end ("between six and
    # midnight yesterday"), whose day is the span's.
    (
        (
            r"(?<!\band )(?<!\bto )(?<!\btill )(?<!\buntil )"
            rf"\b(noon|midday|midnight)\s+((?:last\s+)?{_WEEKDAYS}|today|yesterday)\b"
        ),
        r"\2 \1",
    ),
)

# -- a teenager's yes-or-no, said without its "did" ------------------------------------

# Slang for playing a lot ("caning", "rinsing"): with a name and a period, a
# yes-or-no question ("been caning Justice this week or nah", "have I been
# rinsing Air lately"), never the most played of the period, which a slang
# verb after "who"/"what" asks.
_SLANG_ING = (
    r"(?:caning|rinsing|hammering|smashing|flogging|thrashing|bashing|battering"
    r"|pounding|spamming|bumping|blasting|banging out|playing|listening to)"
)
_YES_NO_PERIOD = (
    r"(?:today|tonight|yesterday|lately|recently|these days|(?:this|last)"
    r" (?:week|weekend|month|year|night))"
)

_TEEN_EN: tuple[Rule, ...] = (
    # "..., innit", "..., bruv": a tag said last, no name ("how many tunes have
    # I had on today innit").
    (r"\s+(?:innit|init|bruv|blud|fam|bro|ngl|tbh|fr|no cap|for real|deadass)$", ""),
    # "Rn", "atm" said last after a ranking: right now, the last days ("whats
    # my most played song rn" is lately's, never all time's). A streak or
    # what is on repeat has its own span: the word is left to them.
    (
        (
            r"^(?=.*\b(?:most|top|favourite|favorite|number one|obsessed|hooked)\b)(.*)"
            r"\s+(?:rn|atm)$"
        ),
        r"\1 lately",
    ),
    # "A night owl or a morning person": the parts of the day compared.
    (r"\bnight owl\b", "night person"),
    (r"\b(?:an? )?early bird\b", "a morning person"),
    (
        (
            r"^(?:(?:have|had) (?:i|we) |(?:i've|ive|we've|i have|we have) )?been "
            rf"{_SLANG_ING} (?!(?:the same|it|that|them|this|my|our|what|who)\b)"
            rf"(.+?) ({_YES_NO_PERIOD})(?: (?:or nah|or no|or not|or what|yes or no))?$"
        ),
        r"did i listen to \1 \2",
    ),
)


def undo_teen_en(words: str) -> str:
    """Return normalized English words with a teenager's yes-or-no said plainly."""
    return rewrite(_TEEN_EN, words)


# -- German ----------------------------------------------------------------------------

# The numbers one to fifty-nine in words: hours and minutes said in full.
_NUMBERS_DE = CARDINALS["de"]
_NUMBER_DE = "|".join(sorted(_NUMBERS_DE, key=len, reverse=True))

# "Neunzehn Uhr fünfundvierzig": a 24-hour clock in words, said without
# "um" ("gestern neunzehn Uhr fünfundvierzig was lief"), which the time
# readers only know after "um" and then without its minutes.
# "Halb acht Uhr", "zehn nach acht Uhr" are left to the clock readers.
_CLOCK_DE = re.compile(
    rf"(?<!halb )(?<!viertel )(?<!nach )(?<!vor )\b({_NUMBER_DE}) uhr(?: ({_NUMBER_DE}))?\b",
    re.IGNORECASE,
)


def _clock_de(match: re.Match[str]) -> str:
    hour = _NUMBERS_DE[match.group(1).lower()]
    if hour > 23 or (match.group(2) is None and hour < 13):
        # "Acht Uhr" alone is read as said (morning or evening by context).
        return match.group(0)
    if match.group(2) is None:
        return f"{hour} Uhr"
    return f"{hour}:{_NUMBERS_DE[match.group(2).lower()]:02d}"


_HURRIED_DE: tuple[Rule, ...] = (
    (_WAKE, ""),
    # "Eres, zuletzt gehört wann": the name's last (or first) play, the
    # question word said last.
    (
        (
            r"^(?P<name>[^,]+?),?\s+(?:zuletzt|zum letzten mal|das letzte mal)"
            r"(?:\s+(?:gehört|gespielt|gelaufen|gehabt))?\s+wann\W*$"
        ),
        r"wann habe ich \g<name> zuletzt gehört",
    ),
    # "Zuletzt Queen gehört wann?": the same, the time word said first.
    (
        (
            r"^(?:zuletzt|zum letzten mal|das letzte mal),?\s+(?P<name>[^,]+?)"
            r"\s+(?:gehört|gespielt|gelaufen|gehabt)\s+wann\W*$"
        ),
        r"wann habe ich \g<name> zuletzt gehört",
    ),
    (
        (
            r"^(?:zuerst|erstmals|zum ersten mal|das erste mal),?\s+(?P<name>[^,]+?)"
            r"\s+(?:gehört|gespielt|gelaufen|gehabt)\s+wann\W*$"
        ),
        r"wann habe ich \g<name> zum ersten mal gehört",
    ),
    (
        (
            r"^(?P<name>[^,]+?),?\s+(?:zuerst|erstmals|zum ersten mal|das erste mal)"
            r"(?:\s+(?:gehört|gespielt|gelaufen|gehabt))?\s+wann\W*$"
        ),
        r"wann habe ich \g<name> zum ersten mal gehört",
    ),
    (
        (
            r"^seit wann (?:hab|habe|hätte|haben) (?:ich|wir) (?P<name>.+?) (?:im|in meinem"
            r"|in unserem) (?:verlauf|hörverlauf)(?: drin)?\W*$"
        ),
        r"wann habe ich \g<name> zum ersten mal gehört",
    ),
    # "Seit wann is'n Air bei mir drin, wann lief das zuerst" (a Westphalian
    # grandfather, issue 45's forty-ninth turn): since when it is there.
    (
        (
            # Swabia's "seit wann isch des Digital Love bei mir drin" (the
            # sixty-first turn): "des" is the article, no word of the title.
            r"^seit wann (?:is|ist|isch)(?:'n|n| denn)?(?: (?:des|dr|d'))? (?P<name>.+?)"
            r"(?: (?:eigentlich|denn|so|schon))* (?:bei mir|bei uns|in meinem verlauf|in meinem hörverlauf"
            # "in meiner history" (a bilingual student, blind writer 403).
            r"|in meiner history|in meiner historie|in meiner liste)(?: drin)?\b.*$"
        ),
        r"wann habe ich \g<name> zum ersten mal gehört",
    ),
    # A teenager's "gesuchtet" (binged) asked how often or whether: heard,
    # never the song on repeat ("wie oft hab ich Justice gesuchtet").
    (
        r"^((?:wie oft|wie häufig|hab|habe|hatte|haben) .+) gesuchtet\b",
        r"\1 gehört",
    ),
    # "welches album hab ich am meisten gesuchtet" (a Berlin teen gamer,
    # blind writer 569, issue 45's eighty-fifth turn): binged MOST is the
    # top one of the period, never what is on repeat now (a wrong fact).
    (
        r"^((?:welche[snmr]?|wen|wer|was)\b.*?) (am (?:aller)?meisten) gesuchtet\b",
        r"\1 \2 gehört",
    ),
    # A teenager's "voll gefeiert" (loved): played most; "mein Vibe" the
    # taste; "..., oder so" said last no name ("wie viele Tracks heute oder so").
    (
        (
            r"^((?:welche\w*|wen|was)\b.*?)\s+(?:(?:voll|richtig|so|krass|mega|total)\s+)?"
            r"gefeiert\b"
        ),
        r"\1 am meisten gehört",
    ),
    (r"\b(mein|meinen|unser|unseren) vibe\b", r"\1 Musikgeschmack"),
    # "Hörstunden", "Hörminuten": the listening time, no name.
    (r"\bhör(?:stunden|minuten)\b", "Hörzeit"),
    (r",?\s+oder so\W*$", ""),
    # "Gestern Abend acht Uhr was lief": the hour said without "um", which
    # the time readers need before a clock in words.
    (
        (
            r"(?<!\bum )(?<!\bgegen )(?<!\bab )(?<!\bbis )(?<!\bhalb )(?<!\bviertel )"
            r"(?<!\bnach )(?<!\bvor )(?<!\betwa )\b((?:ein|eins|zwei|drei|vier|fünf|sechs"
            rf"|sieben|acht|neun|zehn|elf|zwölf) uhr)\b(?! (?:{_NUMBER_DE})\b)"
        ),
        r"um \1",
    ),
    # "Queen, wie oft diese Woche": the name's plays over the period.
    (
        (
            rf"^(?!{_NOT_NAME_DE}\b)(?P<name>[^\s,]+),\s+(?:wie oft|wie häufig|wie viele male"
            r"|wie viel mal|wieviel mal)\s+(?P<period>(?:im|in|seit|diese|dieses|diesen"
            r"|letzte|letzten|letztes|heute|gestern|vorgestern|insgesamt|bisher"
            r"|überhaupt|jemals)\b[^,]*?)\W*$"
        ),
        r"wie oft habe ich \g<name> \g<period> gehört",
    ),
    # "Seit wann ist Café Tacvba in meinem Verlauf": since its first play.
    (
        (
            r"^seit wann (?:ist|sind|gibt es) (?P<name>.+?) (?:in|bei) (?:meinem|unserem"
            r"|dem) (?:verlauf|hörverlauf)\W*$"
        ),
        r"wann habe ich \g<name> zum ersten mal gehört",
    ),
)


def front_hurried(text: str, language: str) -> str:
    """Return `text` (as said) with a hurried user's order put plain."""
    if language == "de":
        return _CLOCK_DE.sub(_clock_de, rewrite(_HURRIED_DE, text, re.IGNORECASE))
    if language == "en":
        return rewrite(_HURRIED_EN, text, re.IGNORECASE)
    return text
