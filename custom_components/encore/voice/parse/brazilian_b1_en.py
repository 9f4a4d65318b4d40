"""English as a Brazilian speaker at B1 says it (issue 45's seventy-sixth turn, blind writer 520).

Blind round fifteen's Brazilian kept Portuguese clocks, false friends and
order in English, where `learner_pt` (the fifteenth turn's Brazilian) did
not reach: "at fifteen for the eight of the night" (quinze para as oito da
noite: 19:45) was answered for 20:00, and "today at five and fifteen of the
afternoon" (cinco e quinze: 17:15) for 17:00, both wrong facts; "which data
I played X for first time" (data: the date) was answered with the new
artists, "what song I most jump" (pular: skip) with the most played song.
Not understood: "yesterday at night" (ontem à noite: last night), "quantity
of episodes that I listened", "songs diferents", "which bands new appeared
for me" (bandas novas), "my sequence of days listening is how much"
(sequência: the streak), "my costume of hour" (costume: habit), "the band
that I more pass who is" (passar: skip), "the music of the moment",
"weekend versus week when I listen more", "we listened which band more",
"which artist played more", "on saturday at nine of the night which music
was" (the question word last), "I put the album X sometime in the summer"
(coloquei: a yes-or-no question said as a statement).

Run on the words as said (`said_as_written_en`); only a sentence with one of
her marks is read (`_MARK`), so no other speaker's question is rewritten, and
the name after a verb is never changed.
"""

import re
from typing import Final

from .rules import Rule, rewrite_marked

_HOURS: Final = {
    word: number
    for number, word in enumerate(
        (
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ),
        start=1,
    )
}
_MINUTES: Final = {
    "five": 5,
    "ten": 10,
    "fifteen": 15,
    "quarter": 15,
    "a quarter": 15,
    "twenty": 20,
    "twenty five": 25,
    "thirty": 30,
    "forty": 40,
    "forty five": 45,
    "fifty": 50,
    "fifty five": 55,
}
_HOUR: Final = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])"
)
# Longest first: "twenty five" before "twenty".
_MINUTE: Final = r"(?:twenty five|forty five|fifty five|a quarter|quarter|fifteen|twenty|thirty|forty|fifty|five|ten)"
_PART: Final = r"(?:morning|afternoon|evening|night)"
_KINDS: Final = (
    r"(?:song|songs|music|musics|track|tracks|tune|tunes|artist|artists|band|bands"
    r"|singer|singers|album|albums|disc|podcast|podcasts|episode|episodes)"
)

_MARK: Final = re.compile(
    # Her clocks: "fifteen for the eight" (quinze para as oito), "at five
    # and fifteen" (às cinco e quinze); never "half", which `learner_pt`
    # reads already ("eight and half of the morning").
    rf"\b{_MINUTE} for the {_HOUR}\b|\bat (?:the )?{_HOUR} and {_MINUTE}\b(?! (?:past|to|after)\b)"
    # "Yesterday at night", "yesterday of night" (ontem à noite, de noite).
    r"|\byesterday (?:at|of|to) (?:the )?night\b"
    # "At the eight of the night", "at the nine hours" (às oito, às nove
    # horas), "at the noon", "more or less at eight" (mais ou menos: about),
    # "in the saturday" (no sábado).
    rf"|\bat (?:the )?{_HOUR} hours\b(?! (?:less|minus|and|past|to|\d+|{_MINUTE})\b)|\bat the {_HOUR}(?= (?:of|in) the {_PART}\b| and\b)"
    r"|\bat the (?:noon|midday|midnight)\b|\bmore or less at\b"
    r"|\bin the (?:last |past )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    # False friends: "data" (the date), "costume" (habit), "sequence of
    # days" (the streak), "jump" and "pass" said of her own skipping.
    r"|^(?:in |on )?(?:which|what) data\b|\bcostume\b|\bsequence of days\b"
    r"|\b(?:i|we) (?:most|more) (?:jump|jumped|pass|passed)\b"
    # Portuguese order: an adjective after its noun ("songs diferents",
    # "bands new"), the question word late ("we listened which band more",
    # "... which music was"), "which artist played more".
    rf"|\b{_KINDS} (?:diferents|differents|diferent|new (?:appeared|appear|came|showed))\b"
    rf"|^(?:i|we) (?:listened|heard|played|put) (?:which|what) {_KINDS}\b"
    rf"|\b(?:which|what) {_KINDS} (?:was|were)\W*$"
    rf"|\b(?:which|what) {_KINDS} played (?:more|most)\b"
    r"|^(?:the )?quantity of \w+ that (?:i|we)\b"
    # A Scouser's "what's me tune of the moment" too (576).
    r"|\b(?:music|song|tune|track)s? of the moment\b"
    r"|\bversus\b.*\bwhen (?:i|we) (?:listen|hear|play)"
    r"|\bstop of (?:listen|listening|hear|hearing|play|playing)\b"
    # "Tocou", "tocada" (played), said in Portuguese; `learner_pt` reads
    # "tocando" (playing).
    r"|\b(?:tocou|tocada|tocado|tocadas|tocados)\b"
    r"|^(?:i|we) put .* (?:sometime|some time|at some point) ",
    re.IGNORECASE,
)


def _hour(word: str) -> int:
    """Return the hour a word or figure says."""
    return _HOURS.get(word.lower()) or int(word)


_NUMBERS: Final = {number: word for word, number in _HOURS.items()}
# The minutes English says in words, as later readers know them ("quarter
# past five of the afternoon" is `learner_pt`'s); the rest go in figures.
_PAST_WORDS: Final = {5: "five", 10: "ten", 15: "quarter", 20: "twenty", 30: "half"}


def _figures(hour: int, minute: int, part: str | None) -> str:
    """Return a clock time in figures, with "am" or "pm" where a part of the day said it."""
    said = f"{hour}:{minute:02d}"
    if part is None:
        return said
    # "Two of the night" (duas da madrugada) is the small hours.
    small_hours = part.lower() == "night" and (hour < 5 or hour == 12)
    return f"{said} {'am' if part.lower() == 'morning' or small_hours else 'pm'}"


def _clock(hour: int, minute: int, found: re.Match[str]) -> str:
    """Return the clock in the words English says it, its part of the day kept."""
    after = _PAST_WORDS.get(minute)
    if after is not None:
        return f"{after} past {_NUMBERS[hour]}{found.group(3) or ''}"
    before = _PAST_WORDS.get(60 - minute)
    if before is not None and before != "half":
        return f"{before} to {_NUMBERS[hour % 12 + 1]}{found.group(3) or ''}"
    return _figures(hour, minute, found.group(4))


def _minutes_before(found: re.Match[str]) -> str:
    """Return "fifteen for the eight (of the night)" as the minutes before the hour."""
    hour = _hour(found.group(2)) - 1 or 12
    return _clock(hour, 60 - _MINUTES[found.group(1).lower()], found)


def _minutes_after(found: re.Match[str]) -> str:
    """Return "at five and fifteen (of the afternoon)" as the minutes after the hour."""
    return (
        f"at {_clock(_hour(found.group(1)), _MINUTES[found.group(2).lower()], found)}"
    )


_CLOCK_MARK: Final = re.compile(
    rf"\b{_MINUTE} for the {_HOUR}\b|\bat (?:the )?{_HOUR} and {_MINUTE}\b(?! (?:past|to|after)\b)"
    rf"|\bat (?:the )?{_HOUR} hours\b(?! (?:less|minus|and|past|to|\d+|{_MINUTE})\b)"
    rf"|\bat the {_HOUR}(?= (?:of|in) the {_PART}\b| and\b)|\bat the (?:noon|midday|midnight)\b",
    re.IGNORECASE,
)

# Her clocks, said as English says them, with the part of the day they name.
_CLOCKS: Final[tuple[Rule, ...]] = (
    (
        rf"\b({_MINUTE}) for the ({_HOUR})(?: (?:o'clock|hours))?( (?:of|in|from) (?:the )?({_PART}))?\b",
        _minutes_before,
    ),
    (
        rf"\bat (?:the )?({_HOUR}) and ({_MINUTE})(?! (?:past|to|after)\b)(?: minutes)?( (?:of|in|from) (?:the )?({_PART}))?\b",
        _minutes_after,
    ),
    # "At the eight of the night", "at the nine hours", "at the noon": at.
    (
        rf"\bat (?:the )?({_HOUR}) hours\b(?! (?:less|minus|and|past|to|\d+|{_MINUTE})\b)",
        r"at \1 o'clock",
    ),
    (rf"\bat the ({_HOUR})(?= (?:of|in) the {_PART}\b| and\b)", r"at \1"),
    (r"\bat the (noon|midday|midnight)\b", r"at \1"),
)

_BRAZILIAN_B1_EN: Final[tuple[Rule, ...]] = (
    *_CLOCKS,
    # "Yesterday at night" (ontem à noite): last night.
    (r"\byesterday (?:at|of|to) (?:the )?night\b", "last night"),
    # "More or less at eight" (mais ou menos): about.
    (r"\bmore or less at\b", "around"),
    # "Around eight of the night": read whole, the day before it kept.
    (
        rf"\baround ({_HOUR})(?: o'clock)? (?:of|from) the ({_PART})\b",
        r"around \1 in the \2",
    ),
    # "In the saturday", "in the last friday" (no sábado, na última sexta).
    (
        r"\bin the (last |past )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
        lambda found: (
            f"last {found.group(2)}" if found.group(1) else f"on {found.group(2)}"
        ),
    ),
    # "Which data I played X for first time" (data: date): when, first.
    (r"^(?:in |on )?(?:which|what) data (?:that )?(i|we)\b", r"when did \1"),
    (r"\b(?:for|by) (?:the )?(first|last) time\b", r"for the \1 time"),
    # "My costume of hour to listen" (costume: habit): the usual hour.
    (
        r"^(?:which|what) is (?:my|our) costume of (hour|time|day) to (?:listen|hear|play)(?: to)? (music|songs|podcasts)\W*$",
        r"at what \1 do i usually listen to \2",
    ),
    (
        r"^(?:which|what) is (?:my|our) costume of (hour|time|day)(?: to (?:listen|hear|play))?\W*$",
        r"at what \1 do i usually listen",
    ),
    # "My sequence of days listening is how much" (sequência): the streak.
    (
        r"^(?:my|our) sequence of days(?: (?:of )?(?:listening|hearing)(?: to)?(?: music)?)?,? (?:is|was) how (?:much|many|long)\W*$",
        "how many days in a row have i listened",
    ),
    (r"\bsequence of days\b", "days in a row"),
    # "The band that I more pass who is" (passar, pular: skip).
    (
        rf"^the ({_KINDS}) (?:that|which) (?:i|we) (?:more|most) (?:pass|passed|jump|jumped),?\s*(?:who|which|what) (?:is|was)\W*$",
        r"which \1 do i skip the most",
    ),
    (
        r"\b(i|we) (?:most|more) (?:jump|jumped|pass|passed)\b(?! to\b)",
        r"do \1 skip the most",
    ),
    # "Songs diferents" (músicas diferentes), "bands new appeared for me"
    # (bandas novas apareceram): the adjective before its noun.
    (rf"\b({_KINDS}) (?:diferents|differents|diferent)\b", r"different \1"),
    (
        rf"^(which|what) ({_KINDS}) new (?:appeared|appear|came|showed up)(?: (?:for|to) (?:me|us))?\b",
        r"\1 new \2 did i discover",
    ),
    # "Quantity of episodes that I listened": how many.
    (r"^(?:the )?quantity of (\w+) that (i|we)\b", r"how many \1 did \2"),
    # "We listened which band more" (ouvimos qual banda mais): the most.
    (
        rf"^(i|we) (?:listened|heard|played|put) (which|what) ({_KINDS}) (?:more|most|the most)\b",
        r"\2 \3 did \1 listen to most",
    ),
    # "Which music tocou more", "the band more tocada": played.
    (r"\b(?:tocou|tocada|tocado|tocadas|tocados)\b", "played"),
    # "Which artist played more" (tocou mais): the most played.
    (rf"\b(which|what) ({_KINDS}) played (?:more|most)\b", r"\1 \2 did i play most"),
    # "The music of the moment for me which is": the song on repeat.
    (
        r"^(?:the )?(?:music|song)s? of the moment(?: for (?:me|us))?,?\s*(?:which|what) (?:is|was)(?: it)?\W*$",
        "which song is on repeat for me",
    ),
    (r"\b(?:music|song|tune|track)s? of the moment\b", "song on repeat"),
    # "Weekend versus week when I listen more": the week's parts compared.
    (r"\bversus\b", "or"),
    # "Can't stop of listen" (não paro de ouvir).
    (r"\bstop of (?:listen|listening)\b", "stop listening to"),
    (r"\bstop of (?:hear|hearing)\b", "stop hearing"),
    (r"\bstop of (?:play|playing)\b", "stop playing"),
    # "On saturday at nine of the night which music was": the question
    # word said last.
    (
        rf"^(.+?),?\s+(which|what) ({_KINDS}) (?:was|were)\W*$",
        r"\2 \3 was playing \1",
    ),
    # "I put the album X sometime in the summer" (coloquei): did I play it.
    (r"\bsometime (?:in )?(?:the |this )summer\b", "sometime this summer"),
    (r"^(i|we) put (.+?) (?:sometime|some time|at some point) ", r"did \1 play \2 "),
)


def said_in_brazilian_b1(text: str) -> str:
    """Return a Brazilian learner's question said in the English later readers know."""
    return rewrite_marked(_MARK, _BRAZILIAN_B1_EN, text, squeeze=True)


def clocks_said_in_brazilian(text: str) -> str:
    """Return her clocks ("ten for the nine of the night") as English says them, and nothing else.

    The check for a clock the slots left out (`utterance.unread_clock`) reads
    the words as said: "at ten for the nine" held "at ten", a clock no slot
    held, and 20:50 was asked back; "at the eight of the night" held no
    clock, and the whole of last night was answered.
    """
    return rewrite_marked(_CLOCK_MARK, _CLOCKS, text)
