"""English said tersely to a smart speaker, or formally (issue 45's fourteenth turn).

Two writers nobody here had seen got no answer, or a wrong one:

- a terse smart-speaker user, who leaves out the verb: "september's top
  album", "saturday's opening song", "last night's listening", "streams
  since monday", "how much queen this week", "the daily today, yes or no",
  "we play queen last week", "music on november third", "wednesday noon,
  what was on", "anybody new in my rotation lately";
- a formal, precise speaker: "which track received the greatest number of
  plays", "whose songs am I most inclined to skip", "a song I cannot seem to
  stop playing", "which band would you say I have been rather preoccupied
  with", "the precise duration of my listening", "how many items did I play",
  "could you summarise what I listened to", "broadly speaking", "at eight
  o'clock precisely", "at seventeen fifteen" (a 24-hour clock in words).

Each rule turns one habit into the words the readers after it know; applied
in `speech.prepare` after `leaving_out.keep_content` and before the regional
and learner rules. A rule is a pattern of function words or a word's shape,
never a listed sentence; a word after a listening verb (a name) is never
changed, and a rule that could change what is asked is left out.
"""

from collections.abc import Callable
import re

from ..when import CARDINALS
from .rules import rewrite

_WEEKDAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)"
)
# A period that can own a word ("september's", "last night's").
_OWNER = (
    r"(?:today|tonight|yesterday|(?:yesterday|this) (?:morning|afternoon|evening)"
    r"|last night|(?:this|last) (?:week|weekend|month|year)|the weekend"
    rf"|(?:last )?{_WEEKDAYS}|{_MONTHS})"
)
# Words a period opens with, after what is asked.
# What a period owns: "september's top album", "last night's listening".
_OWNED = (
    r"(?:top|first|opening|last|final|closing|most|favourite|favorite|biggest"
    r"|number one|listening|music|plays|songs|tunes|spins|streams|recap|rundown"
    r"|summary|overview)"
)
_PERIOD_OPENS = (
    r"(?:today|tonight|yesterday|this|last|since|so far|lately|recently|in|on"
    r"|during|over|the past|past|the day before|earlier)"
)

# A 24-hour clock said in words: "fourteen thirty", "twenty one hundred".
_HOURS_24 = {
    word: value
    for word, value in CARDINALS["en"].items()
    if 13 <= value <= 23 and "-" not in word
}


def _time_name_came_on(found: re.Match[str]) -> str:
    """Return "last time cafe tacuba was on" as the name's last play.

    Without a question word the words after the name are the question's
    own ("the first time Queen got played", "most recent time Genesis came
    on"): said plainly, the name is the object, never the day's last song.
    A pronoun or a period where the name stands is left as said.
    """
    name = re.sub(r" (?:came|come|was|got|were) (?:on|up|played)$", "", found.group(2))
    if re.fullmatch(
        r"(?:i|we|you|it|that|this|something|anything|.*\b(?:today|yesterday|week"
        r"|month|year|night|morning))",
        name,
    ):
        return found.group(0)
    return f"when did i {_which(found.group(1))} listen to {name}"


def _minutes_words() -> dict[str, int]:
    """Return the minutes said as words, "oh five" to "fifty nine"."""
    said = {"hundred": 0, "hundred hours": 0}
    for word, value in CARDINALS["en"].items():
        said[f"oh {word}" if value < 10 else word] = value
    return said


_MINUTES = _minutes_words()


def _alternatives(words: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# "At seventeen fifteen", "around twenty hundred": an hour no twelve-hour
# clock has, said before its minutes, after "at" or "around" (a year said as
# words, "since twenty twenty five", follows neither).
_CLOCK_24 = re.compile(
    rf"\b(at|around|about|round about|at around|at about) "
    rf"({_alternatives(_HOURS_24)}) ({_alternatives(_MINUTES)})\b"
)


def _clock_24(match: re.Match[str]) -> str:
    hour = _HOURS_24[match.group(2)]
    minutes = _MINUTES[match.group(3)]
    if hour == 20 and minutes >= 10 and match.group(1) != "at":
        # "Around twenty twenty" may be a year: left as said.
        return match.group(0)
    return f"{match.group(1)} {hour}:{minutes:02d}"


def _owner_period(owner: str) -> str:
    """Return a period as said after what is asked: "in september", "on saturday"."""
    if re.fullmatch(_MONTHS, owner):
        return f"in {owner}"
    if re.fullmatch(_WEEKDAYS, owner):
        return f"on {owner}"
    return owner


def _owned(match: re.Match[str]) -> str:
    owner, rest = match.group(1), match.group(2)
    period = _owner_period(owner)
    if re.fullmatch(r"(?:listening|music|plays|tunes|songs|spins|streams)", rest):
        return f"what did i listen to {period}"
    return f"{rest} {period}"


_RULES: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # -- a power user's keywords (issue 45's twenty-ninth turn) ---------------
    # "Stats wk", "recap mo": the period's own, this one; "wake-up song
    # today?" the day's first; "repeat % all time" the repeat rate.
    (
        r"^(stats|my stats|listening stats|recap|summary|overview) (week|month|year)$",
        r"\1 this \2",
    ),
    (r"\bwake ?-?up (song|track|tune)\b", r"first \1"),
    (r"\brepeat (?:%|percent|pct|ratio)(?=\s|$)", "repeat rate"),
    # A Texan's keywords (issue 45's thirty-seventh turn): "cafe tacvba this
    # month, played any?", "the daily this mornin. heard it?", "willie
    # nelson last year, any at all" ask whether it played; "stream count
    # september", "list what played last friday", "music i played last
    # night, list it", "my sound. sum it up".
    (
        (
            r"^(?!(?:what|which|who|how|when|did|do|have|has)\b)(.+?)[,.]? (?:played any|heard it|any at all"
            r"|play any|played it|any)\W*$"
        ),
        r"did i play \1",
    ),
    (
        (
            r"^(?:stream|play|spin|listen) count(?= (?:january|february|march|april|may|june|july"
            r"|august|september|october|november|december|this|last|today|yesterday|since)\b)"
        ),
        "how many plays",
    ),
    (r"^list what (?:i |we )?played\b", "what did i play"),
    (
        r"^(music|songs|what) (i|we) played (.+?),? list (?:it|them|em)\W*$",
        r"what \1 did \2 play \3",
    ),
    (r"^(?:my|our) (?:sound|vibe)[.,]? sum it up\W*$", "describe my music taste"),
    # -- the formal speaker ----------------------------------------------------
    # "Broadly speaking", "by and large": a manner of speaking, no period.
    (
        (
            r"\b(?:broadly|generally|roughly|loosely|strictly|overall) speaking\b"
            r"|\bby and large\b|\bin broad terms\b"
        ),
        "",
    ),
    # "At eight o'clock precisely", "at exactly noon": the moment.
    (
        (
            r"\bat (?:precisely|exactly|just) (?=\d|one|two|three|four|five|six|seven"
            r"|eight|nine|ten|eleven|twelve|noon|midday|midnight)"
        ),
        "at ",
    ),
    (
        (
            r"\b(\d{1,2}(?::\d\d)?(?: [ap]m)?|one|two|three|four|five|six|seven|eight"
            r"|nine|ten|eleven|twelve|noon|midday|midnight|o'clock|o clock|[ap]m)"
            r" (?:precisely|exactly|sharp|on the dot)\b"
        ),
        r"\1",
    ),
    # "Which track received the greatest number of plays": the top one.
    (
        (
            r"\b(?:received|got|had|has|gets|earned|racked up|garnered|drew|attracted"
            r"|accumulated|amassed|collected) the (?:greatest|highest|largest|biggest"
            r"|most|top)(?: (?:number|count|amount|tally|total))?(?: of)?"
            r" (plays|listens|streams|spins)\b"
        ),
        r"had the most \1",
    ),
    # "Whose songs am I most inclined to skip": which I skip most.
    (
        (
            r"\b(?:am|are|was|were) (i|we) (?:the )?(most|least) (?:inclined|likely|apt"
            r"|prone|liable|given) to (skip|play|replay|hear|listen to|stream)\b"
        ),
        r"do \1 \3 \2",
    ),
    (
        (
            r"\b(?:am|are|was|were) (i|we) (?:inclined|likely|apt|prone|liable|given)"
            r" to (skip|play|replay|hear|listen to|stream) (?:the )?(most|least)\b"
        ),
        r"do \1 \2 \3",
    ),
    # "A song I cannot seem to stop playing": one I cannot stop playing.
    (
        r"\b(cannot|can't|cant|can not) (?:seem to|seem able to|quite) stop\b",
        r"\1 stop",
    ),
    (
        r"\b(?:do not|don't|dont) seem (?:able )?to (?:be able to )?stop\b",
        "cannot stop",
    ),
    # "Which band would you say I have been ...": the question without the aside.
    (
        (
            r"^(what|which|who|whose|whom)((?: [a-z]+)?) (?:would you say|do you think"
            r"|would you reckon|do you reckon|would you think|might you say|should you say)"
            r" (i|we) (have|had|was|were|did|do)\b"
        ),
        r"\1\2 \4 \3",
    ),
    # "Rather preoccupied with", "quite taken with": listened to most.
    (
        (
            r"\b(have|had) (i|we) been (?:(?:rather|quite|somewhat|particularly"
            r"|especially|really|most|very|terribly|awfully|so|a little|a bit) )*"
            r"(?:preoccupied with|absorbed in|engrossed in|partial to|devoted to"
            r"|enamoured with|enamoured of|enamored with|enamored of|fixated on"
            r"|keen on)\b"
        ),
        r"have \2 listened to most",
    ),
    # "The precise duration of my listening": how long I listened.
    (
        (
            r"\b(?:(?:could|would|can|will) you (?:please )?)?(?:(?:give|tell|provide"
            r"|let) (?:me|us) (?:know )?)?(?:with )?(?:the |my )?"
            r"(?:(?:precise|exact|total|overall|full|complete) )?(?:duration|length"
            r"|amount of time|time spent|span) (?:of|on|spent) (?:my|our) (?:listening"
            r"|music)\b"
        ),
        "how long did i listen",
    ),
    # "How many items did I play": how many plays.
    (
        (
            r"\bhow many (?:items|things|selections|titles|entries|works) did (i|we)"
            r" (?:play|hear|listen to|stream)\b"
        ),
        r"how many plays did \1 have",
    ),
    # "Summarise what I listened to last Friday": what I listened to.
    (
        (
            r"\b(?:(?:could|would|can|will) you (?:please )?)?(?:summarise|summarize"
            r"|sum up|outline|recap|describe|review|go over)"
            r" (?:for (?:me|us) )?what (i|we) (?:listened to|played|heard|streamed"
            r"|had on)\b"
        ),
        r"what did \1 listen to",
    ),
    # "Which programme have I been hooked on": a podcast is a programme.
    (
        (
            r"\b(which|what|my|our|the) (?:programme|program|radio programme"
            r"|radio show)(s?)\b(?= (?:have|had|did|do|was|were|i|we|is|are)\b)"
        ),
        r"\1 podcast\2",
    ),
    # A podcast "hooked on" is the podcast played most, no song on repeat.
    (
        (
            r"\b(which|what) (podcasts?|shows?) (?:(?:have|had) (i|we)|(i|we) (?:have|had))"
            r" been (?:(?:really|so|quite|rather) )?(?:hooked on|obsessed with"
            r"|addicted to|into)(?: (?:recently|lately))?\b"
        ),
        r"\1 \2 have \3\4 listened to most lately",
    ),
    # -- the terse user ---------------------------------------------------------
    # "The 24-hour clock in words": "at seventeen fifteen".
    # (a function replacement below; see `undo_terse`)
    # "Anybody new in my rotation lately", "who is new to my listening": new
    # artists.
    (
        (
            r"^(?:(?:is there|are there) )?(?:who|whom|anybody|anyone|somebody"
            r"|someone|any artists?|any bands?|which artists?|what artists?)"
            r"(?: (?:is|are|'s))? new (?:in|to|on|for) (?:my|our) (?:rotation|listening"
            r"|history|music|library|ears|playlists?|queue|life|listening history)\b"
        ),
        "any new artists",
    ),
    # "Current listening streak", "quick listening recap": the word alone.
    (
        (
            r"^(?:my |our )?(?:current|present|quick|brief|short|little) (?=(?:listening"
            r" )?(?:streak|recap|rundown|summary|overview)\b)"
        ),
        "",
    ),
    # "Streams since monday", "plays this week": how many plays.
    (
        rf"^(?:(?:my|our|total|the) )?(?:plays|streams|spins|listens) (?={_PERIOD_OPENS}\b)",
        "how many plays ",
    ),
    # "How much queen this week": how often a name played, the period after it.
    (
        (
            r"^how much (?!(?:did|do|does|have|has|had|was|were|is|are|time|music"
            r"|listening|podcasts?|of|more|less|longer)\b)((?:(?!(?:did|do|does|i|we|it"
            r"|is|are|was|were|has|have|had|you)\b)[\w'.&-]+ ){1,6}?)"
            r"(?=(?:today|tonight|yesterday|this|last|since|so far|lately|recently"
            r"|in the (?:last|past)|over the (?:last|past)|the past|past)\b)"
        ),
        r"how often did i play \1",
    ),
    # "The daily today, yes or no": whether I listened to it then.
    (
        (
            r"^(?!(?:did|do|does|have|has|had|was|were|is|are|what|which|who|how|when"
            r"|any|my|our)\b)((?:[\w'.&-]+ ){0,5}?[\w'.&-]+)"
            r" ((?:today|tonight|yesterday|(?:this|last) (?:morning|afternoon|evening"
            rf"|night|week|weekend|month|year)|last {_WEEKDAYS}|on {_WEEKDAYS}))"
            r" (?:yes or no|or not)$"
        ),
        r"did i listen to \1 \2",
    ),
    # "We play queen last week", "i hear air today": a question without "did".
    (
        (
            r"^(i|we) (play|hear|listen to|stream) (?!(?:more|most|less|usually|mostly"
            r"|often)\b)((?:[\w'.&-]+ ){0,5}?[\w'.&-]+) (?=(?:today|tonight|yesterday"
            r"|(?:this|last) (?:morning|afternoon|evening|night|week|weekend|month|year"
            rf"|{_WEEKDAYS})|on {_WEEKDAYS})$)"
        ),
        r"did \1 \2 \3 ",
    ),
    # "Wednesday noon", "today midday": the day at the moment.
    (
        rf"\b((?:last )?{_WEEKDAYS}|today|yesterday) (noon|midday|midnight|lunchtime)\b",
        r"\1 at \2",
    ),
    # "Wednesday at noon, what was on": the question first.
    (
        (
            r"^((?:(?!(?:what|which|who|did|do|have|had|play|turn|set|put)\b)[\w':-]+ ){1,6})"
            r"(what was on|what was playing|what played|what song was on|which song was on"
            r"|what was that|what song was that|what was it)$"
        ),
        r"\2 \1",
    ),
    # "Music on november third", "song at eight this morning": what played.
    (
        (
            r"^(?:the )?(?:(?P<music>music|songs|tracks|tunes)|(?P<one>song|track|tune)"
            r"|listening|stuff) (?=(?:on|from"
            r"|during|at|around|about|yesterday|today|tonight|last night|this morning"
            r"|this afternoon|this evening)\b)"
        ),
        # The content said stays said: "music" is tracks, never the day's
        # podcast too (a wrong fact).
        lambda found: (
            "what music was playing "
            if found.group("music")
            else f"what {found.group('one')} was playing "
            if found.group("one")
            else "what was playing "
        ),
    ),
)


def undo_terse(words: str) -> str:
    """Return `words` (normalized English) with terse and formal habits undone."""
    words = undo_texted(words)
    words = _CLOCK_24.sub(_clock_24, words)
    # "September's top album", "last night's listening": what the period owns.
    words = re.sub(
        rf"^(?:my |our )?({_OWNER})(?:'s|s'|s)? ({_OWNED}(?: .+)?)$", _owned, words
    )
    return re.sub(r" {2,}", " ", rewrite(_RULES, words)).strip()


# -- a terse phone typist (issue 45's fourteenth turn, writer 32) -------------------
# Texted periods ("this mo", "yday eve", "b4") are spelled out in
# `when.shorthand` before these rules; each rule here turns a question with
# no verb into the plain question, and leaves it as said when the words
# after it are no period (a name after a verb is never changed).
_DAY_PERIOD = (
    rf"(?:today|tonight|yesterday(?: (?:morning|afternoon|evening))?|last night"
    rf"|(?:this|last) (?:morning|afternoon|evening|week|weekend|month|year"
    rf"|{_WEEKDAYS})|(?:the )?day before yesterday|(?:on )?{_WEEKDAYS}"
    rf"(?: (?:morning|afternoon|evening|night))?)"
)
_TEXTED_PERIOD = (
    rf"(?:{_DAY_PERIOD}|(?:the )?(?:last|past) \d+ (?:days|weeks|months|years)"
    rf"|(?:since|in) (?:{_MONTHS}|{_WEEKDAYS}|\d{{4}})|lately|recently|so far"
    rf"|{_MONTHS})"
)
# Words a name never opens with: what is counted, asked or done.
_NO_NAME = (
    r"(?:new|more|most|less|plays?|streams?|spins?|listens?|hours|minutes|recap"
    r"|top|first|last|final|music|songs?|tracks?|tunes?|artists?|bands?"
    r"|albums?|podcasts?|episodes?|listening|time|of|other|different|good|i|we|you"
    r"|it|the day|lights?|light|heating|door|doors|window|windows|alarm|timer"
    r"|today|yesterday|tonight|this|last|since|in|on|what|which|who|how|when|did"
    r"|do|does|is|are|was|were|play|turn|set|put|start|stop)"
)
_NAME = rf"((?!{_NO_NAME}\b)[\w'.&-]+(?: [\w'.&-]+){{0,4}}?)"
_COUNTED = (
    r"(artists|bands|singers|acts|songs|tracks|tunes|albums|records|podcasts|episodes)"
)
_FIRST_WORDS = {"first": "first", "earliest": "first", "opening": "first"}


def _period_said(period: str) -> str:
    """Return a bare month or weekday with the word that asks for it."""
    if re.fullmatch(_MONTHS, period):
        return f"in {period}"
    if re.fullmatch(rf"{_WEEKDAYS}(?: \w+)?", period):
        return f"on {period}"
    return period


def _which(word: str) -> str:
    return _FIRST_WORDS.get(word, "last")


def _ended_with(match: re.Match[str]) -> str:
    which = (
        "first" if match.group(3) in {"start", "begin", "open", "kick off"} else "last"
    )
    # "What did I finish with" names no kind: an episode may have closed the
    # morning (issue 45's nineteenth turn, writer 74); "which song" is a song.
    said = match.group(1)
    thing = "thing" if said == "what" else said.split()[-1]
    return (
        f"what was the {which} {thing} {match.group(2)} played"
        f" {_period_said(match.group(4))}"
    )


def _song_of(match: re.Match[str]) -> str:
    period = match.group(3)
    said = f" {_period_said(period)}" if period else ""
    return f"what was the {_which(match.group(1))} {match.group(2)} i played{said}"


def _name_played(match: re.Match[str]) -> str:
    return f"did i listen to {match.group(1)} {_period_said(match.group(2))}"


def _counted(match: re.Match[str]) -> str:
    rest = match.group(2)
    said = f" {_period_said(rest)}" if rest else ""
    counted = match.group(1)
    if counted in ("songs", "tracks", "tunes", "episodes") and not re.search(
        r"\b(?:different|unique|distinct)\b", match.group(0)
    ):
        # "Number of tracks yesterday evening": the plays of music, as "how
        # many songs did I play" is; different ones only when said.
        return f"how many {counted} did i play{said}"
    return f"how many different {counted} did i listen to{said}"


_TEXTED: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # "What did i end last fri w": the last song of the day.
    (
        (
            r"^(what|which song|which track|what song|what track) did (i|we)"
            r" (end|finish|close|wrap up|start|begin|open|kick off)"
            rf" ({_DAY_PERIOD}) with$"
        ),
        _ended_with,
    ),
    # "Hrs listened last 30 days", "mins of podcasts yday": how long.
    (
        r"^(hours|minutes) (?:listened|played|streamed|spent listening|of listening|listening)\b",
        r"how many \1 did i listen",
    ),
    (
        r"^(hours|minutes) of (podcasts?|music|songs|tunes|episodes)\b",
        r"how many \1 of \2 did i listen to",
    ),
    # "# artists since oct", "unique tracks this mo", "# of diff songs aug":
    # how many different.
    (
        (
            rf"^(?:number of |count of )?(?:different |unique |distinct )?{_COUNTED}"
            rf"(?: ({_TEXTED_PERIOD}))?$"
        ),
        lambda found: (
            _counted(found)
            if found.group(0).startswith(
                ("number", "count", "different", "unique", "distinct")
            )
            else found.group(0)
        ),
    ),
    # "How many artists ever": over all time.
    (
        (
            rf"^how many (?:different |unique |distinct )?{_COUNTED}"
            r" (?:ever|of all time|all time|overall|in total|total|altogether)$"
        ),
        r"how many different \1 have i listened to",
    ),
    # "1st time artists since march": new artists.
    (
        r"^(?:my |the |any |which |what )?first(?:-| )time (?:artists|bands|singers|acts)\b",
        "which new artists did i discover",
    ),
    # "1st play the daily", "last time the weeknd": a name's first or last play.
    (
        (
            r"^(?:my |the )?(?:very )?(first|last|latest|earliest|most recent)(?: ever)?"
            rf" (?:play|spin|listen|stream|time)(?: of| for)? {_NAME}$"
        ),
        lambda found: (
            f"when did i {_which(found.group(1))} listen to {found.group(2)}"
            if not re.fullmatch(_TEXTED_PERIOD, found.group(2))
            # "Most recent time Genesis came on": a whole question already.
            and not re.search(
                r" (?:came|come|was|got|were) (?:on|up|played)$", found.group(2)
            )
            else _time_name_came_on(found)
        ),
    ),
    # "Most recent song", "final song sat", "1st track last fri": the first or
    # last song, of a day when one is said ("last song" alone may be a
    # command, and is left).
    (
        r"^(?:the |my )?(most recent|latest)(?: (song|track|tune))()$",
        _song_of,
    ),
    (
        (
            r"^(?:the |my )?(first|opening|last|final|closing|latest|most recent|earliest)"
            rf" (song|track|tune) ({_DAY_PERIOD})$"
        ),
        _song_of,
    ),
    # "Any wet leg last mo", "cafe tacuba in sept": whether a name played then.
    (rf"^any {_NAME} ({_TEXTED_PERIOD})$", _name_played),
    # A name and a period alone, never a question's other words with them
    # ("one more time, play count, last month" asks a count).
    (
        (
            r"^(?!.*\b(?:play count|plays|times|count|how|what|which|who|when|did|do"
            r"|have|has|streams|spins|minutes|hours|listening|music|songs|tracks|top"
            r"|most|recap|review)\b)"
            rf"{_NAME} (in {_MONTHS}|(?:this|last) (?:week|month|year))$"
        ),
        _name_played,
    ),
    # "2025 review": the year's recap.
    (
        r"^(?:my )?(\d{4}) (?:in )?(?:review|recap|wrapped|summary|rundown|overview)$",
        r"give me a recap of \1",
    ),
    (
        r"^(?:my )?(?:review|recap|wrapped|summary) (?:of )?(\d{4})$",
        r"give me a recap of \1",
    ),
    # "Wkend vs weekday listening": the parts of the week compared.
    (
        (
            r"^(?:my )?(?:weekends? (?:vs|versus|v|or|compared to) weekdays?"
            r"|weekdays? (?:vs|versus|v|or|compared to) weekends?)"
            r"(?: (?:listening|music|plays))?$"
        ),
        "do i listen more on weekends or weekdays",
    ),
    # "Music day b4 yday": the day before yesterday said without "the".
    (
        r"^(?:the )?(music|songs|tracks|tunes|listening) (?:the )?day before yesterday$",
        r"\1 on the day before yesterday",
    ),
    (r"\b(?<!the )day before yesterday\b", "the day before yesterday"),
    # "What was on 745 last nite", "what was playing 5 15 today": a clock time
    # texted without its colon, after what was on.
    (
        (
            r"\b(was on|was playing|played|playing|on) (?:at )?(\d{1,2})(?::| )?([0-5]\d)\b"
            r"(?=(?: [ap]m)? (?:today|tonight|yesterday|last night|this|on|last)\b|(?: [ap]m)?$)"
        ),
        lambda found: (
            f"{found.group(1)} at {found.group(2)}:{found.group(3)}"
            if 1 <= int(found.group(2)) <= 23
            else found.group(0)
        ),
    ),
)


def undo_texted(words: str) -> str:
    """Return `words` with a terse phone typist's habits undone (writer 32)."""
    return rewrite(_TEXTED, words)


# -- sentences broken by full stops (writer 35, issue 45's fifteenth turn) -----------

# A tired speaker's restart and afterthought, read before the full stops are
# gone: "at like, eight. eight pm" (the word said again after the stop is the
# restart), "how was my month. in music" (the content added after the stop
# says music, never the "month in music" of last month).
_BROKEN = (
    (r"\b(\w+)[.,]\s+\1\b", r"\1"),
    (r"\bat like,?\s+", "at "),
    (r"[.,]\s+in (?:music|my music|listening)\s*[.?!]*$", ""),
)


def undo_broken(text: str) -> str:
    """Return `text` with a restart or an afterthought after a full stop undone."""
    return rewrite(_BROKEN, text, re.IGNORECASE)
