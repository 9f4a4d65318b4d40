"""A German native speaker's fluent English (issue 45's seventy-fourth turn, blind writer 505).

Blind round thirteen's writer speaks English well but in German's turns:
a song "was running" or "ran" (lief), a room "was running with podcasts",
"in the evening yesterday" (gestern am Abend) after the part of the day,
"the last time" and "the first time that X was running" (das letzte Mal),
"X from Y" (X von Y), "since when do I have X in my history" (seit wann),
"from which podcast I can not become enough" (von welchem Podcast ich
nicht genug bekommen kann), "which song was the last one this morning",
"my ohrwurm since some days" and "in general" (im Allgemeinen: overall).

What was wrong: "in the evening yesterday" was read as all of yesterday
(two wrong facts: the day's time and its first song); "in general" was
read as "usually" (a French learner's habit) and asked back; the other
turns were asked back or not understood. `learner_de_en` reads a German
B1 learner's words ("before one hour", "in endless loop"); this reads the
turns of a fluent speaker's English those miss. Each rule holds to the
German turn and its place in the question, never to one name.
"""

import re

from .rules import Rule, rewrite

_PART = r"(morning|afternoon|evening|night)"
_DAY = r"(yesterday|today|the day before yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
_KIND = r"(song|track|tune|album|artist|band|singer|podcast)"
_ROOM = r"(kitchen|living room|bedroom|bathroom|office|study|hall|garden|garage|dining room)"
# What a German speaker says "was running" (lief): a song, an album, music.
_RAN = r"(?:was running|were running|ran|was on|were on)"

_GERMAN_HABITS_EN: tuple[Rule, ...] = (
    # "In the evening yesterday" (gestern am Abend): the part of that day,
    # said after it in plain English. "In the night yesterday" is last night.
    (r"\b(?:in the|at) night yesterday\b", "last night"),
    (rf"\bin the {_PART} yesterday\b", r"yesterday \1"),
    (rf"\bin the {_PART} today\b", r"this \1"),
    # Not "in the night on Saturday": after a clock ("by 9 in the night")
    # the night says the hour is p.m. (blind writer 481's Lagos English).
    # Never before a date ("in the evening on Wednesday the eighteenth of
    # November"): that day is read whole, with its date.
    (
        rf"\bin the (morning|afternoon|evening) {_DAY}\b(?!,? (?:the )?(?:\d|\w+(?:st|nd|rd|th)\b))",
        r"\2 \1",
    ),
    # "Which song is my ohrwurm since some days" (seit ein paar Tagen): the
    # song on repeat; the days say no period of their own.
    (
        r"^(?:which|what) (?:song|track|tune|one) is my (?:ohrwurm|earworm)(?: (?:since|for) (?:some|a few|several|many) (?:days|weeks)| at the moment| currently| right now| lately)?\W*$",
        "which song do I have on repeat",
    ),
    # "Since a week" (seit einer Woche): the last seven days, never all time;
    # "since some days" (seit ein paar Tagen): the last few; "before two
    # days" (vor zwei Tagen): ago. `lagos_again_en` reads "since two weeks".
    (r"\bsince (?:a|one) week\b", "in the last seven days"),
    (r"\bsince (?:a|one) (month|year)\b", r"in the past \1"),
    (
        r"\bsince (?:some|a few|a couple of|several) (days|weeks|months)\b",
        r"in the last few \1",
    ),
    (
        r"\bbefore (a|one|two|three|four|five|six|seven|ten|\d{1,2}) (days?|weeks?|months?|years?)\b",
        r"\1 \2 ago",
    ),
    # "The last week" (letzte Woche): last week, unless said as a span.
    (
        r"(?<!\bin )(?<!\bduring )(?<!\bover )(?<!\bwithin )(?<!\bfor )\bthe last (week|month|year|weekend)\b",
        r"last \1",
    ),
    # "In general" (im Allgemeinen) after a skip question: overall, never
    # "usually" (a French learner's "en général" is read so later).
    (
        r"^(how (?:often|much|many times) (?:do|did) (?:i|we) skip\b[^?]*?),? in general\W*$",
        r"\1 overall",
    ),
    # "From which podcast I can not become enough" (nicht genug bekommen):
    # the one played most; a song is the one on repeat (the writers' brief).
    (
        r"^(?:from |of )?which (song|track|tune) (?:i|we) (?:can ?not|can't|cannot) (?:become|get) enough(?: of)?\b(?:[^?]*)\W*$",
        r"which \1 do I have on repeat",
    ),
    (
        rf"^(?:from |of )?which {_KIND} (i|we) (?:can ?not|can't|cannot) (?:become|get) enough(?: of)?\b",
        r"which \1 did \2 listen to most",
    ),
    # "How long was the kitchen running with podcasts" (lief die Küche mit):
    # how long they played there.
    (
        rf"^how long (?:was|were) the {_ROOM} (?:running|playing|on) with (music|podcasts|songs|tunes)\b",
        r"how long did I listen to \2 in the \1",
    ),
    (
        rf"^how long (?:was|were) the {_ROOM} (?:running|playing|on)\b",
        r"how long did I listen to music in the \1",
    ),
    # "When was the first time that X was running", "when was X running the
    # last time" (wann lief X das letzte Mal): its first or last play; "X
    # from Y" (von) is the song by its artist.
    (
        rf"^when was the (first|last) time (?:that )?(.+?) {_RAN}\W*$",
        r"when did I \1 play \2",
    ),
    (
        r"^when (?:was|were|did) (.+?) (?:running|run|ran|on) (?:for )?the (first|last) time\W*$",
        r"when did I \2 play \1",
    ),
    (r"^(when did I (?:first|last) play .+?) from (.+)$", r"\1 by \2"),
    # "Since when do I have X in my history" (seit wann): its first play.
    (
        r"^since when (?:do|did|have) (?:i|we) (?:have|had|hear|heard|listen to|know) (.+?)(?: in my (?:history|library|listening))?\W*$",
        r"when did I first play \1",
    ),
    # "Which song was the last one this morning": the last song then.
    (
        r"^(?:which|what) (song|track|tune|podcast|episode) was the (first|last) one\b",
        r"what was the \2 \1",
    ),
    # "Was Moon Safari running on Saturday" (lief): did I play it then.
    # Never of a thing in the house: a name said with "the", "my", "it"
    # ("was the dishwasher running") is left as said.
    (
        r"^(?:was|were) (?!(?:the|my|our|it|that|this|there|he|she|they)\b)(.+?) running(?= (?:on|yesterday|today|this|last|in|at|during)\b)",
        r"did I play \1",
    ),
    # "Which song ran this morning at half past eight", "what was running
    # this afternoon", "what music was running last night": with a clock, the
    # song playing then; without one, what played.
    (
        r"^(which|what) (song|track|tune|music) (?:ran|was running)(?=[^?]* (?:at|around|about) )",
        r"\1 \2 was playing",
    ),
    (
        r"^(?:which|what) (song|track|tune)s? (?:ran|was running|were running)\b",
        r"which \1s did I play",
    ),
    (
        r"^what (music|podcasts?) (?:ran|was running|were running)\b",
        r"what \1 did I play",
    ),
    (
        r"^what (?:ran|was running)(?= (?:this|last|yesterday|today|on)\b)(?![^?]* (?:at|around|about) )",
        "what did I play",
    ),
)


# A greeting or filler before the question, dropped by a later reader: the
# rules above find the question by its first words, after it.
_LEAD = re.compile(
    r"^(?:(?:so|hey|and|ok|okay|well|now|oh|ah|um|uh|hmm|hm|say|tell me|ja|also|na)\b,? )*",
    re.IGNORECASE,
)


def said_with_german_habits(text: str) -> str:
    """Return a German native speaker's English question in plain English."""
    lead = _LEAD.match(text)
    said = lead[0] if lead else ""
    return said + rewrite(_GERMAN_HABITS_EN, text[len(said) :], re.IGNORECASE)
