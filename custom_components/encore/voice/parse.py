"""Encore's own reading of a listening question, the whole utterance at once.

Assist's sentences catch a question; this module understands it. Listing
sentences cannot keep up with how people speak ("uh who've i been playing most
this past fortnight", "wie viele Titel habe ich gestern weggeklickt"), so the
net of `sentences/<language>.yaml` (intent `EncoreWideNet`) catches broadly
and the words are read here: what is asked, the period, the name asked about,
the person, the room, the content and how many to name.

Speech-to-text habits are undone first: contractions, fillers ("uh",
"ähm"), lead-ins ("can you tell me", "weißt du"), numbers as words in years
("twenty twenty five"). A period is the longest run of words `when.py`
reads; a room is "in the kitchen" / "in der Küche"; a name is what follows
the verb (English) or stands between the subject and the participle
(German). What is asked is told by words people use for it, in both
languages alike.

Pure: no Home Assistant, no database. `Reading.asked` is None when the words
are about listening but say no question Encore answers; `unread` holds words
that look like a time and are none: the answer then says what was understood
and asks, never guesses.
"""

from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import StrEnum
import re

from .when import month_names, normalize, number_word, parse_when


class Asked(StrEnum):
    """What a question asks, one value per answer Encore has."""

    TOP = "top"
    ON_REPEAT = "on_repeat"
    LISTENING_TIME = "listening_time"
    PLAYS = "plays"
    SONGS = "songs"
    ARTISTS = "artists"
    PLAY_COUNT = "play_count"
    DID_I = "did_i"
    FIRST_PLAY = "first_play"
    LAST_PLAY = "last_play"
    FIRST_IN = "first_in"
    LAST_IN = "last_in"
    WHAT_PLAYED = "what_played"
    TASTE = "taste"
    PEAK = "peak"
    NEW_ARTISTS = "new_artists"
    SKIPS = "skips"
    REPEAT = "repeat"
    MOST_SKIPPED = "most_skipped"
    STREAK = "streak"
    RECAP = "recap"
    """A year, a month, the summer or the household summed up (issue 38), or
    any period (issue 45)."""
    DAY_PARTS = "day_parts"
    """Mornings, afternoons, evenings or nights: when more is played."""
    WEEK_PARTS = "week_parts"
    """Weekdays or weekends: when more is played."""


NAMED = frozenset({Asked.PLAY_COUNT, Asked.DID_I, Asked.FIRST_PLAY, Asked.LAST_PLAY})
"""What is asked about one artist or track."""


@dataclass(frozen=True, slots=True)
class Reading:
    """What a question asks, as read from its words."""

    asked: Asked | None
    """None: about listening, but no question Encore answers."""
    when: str | None = None
    """The words of the period, as `when.parse_when` reads them."""
    unread: str | None = None
    """Words that look like a time and are none ("back in the day")."""
    name: str | None = None
    """The artist or track asked about, with a period said after it."""
    person: str | None = None
    """Whose plays, when not the asker's: a name as said."""
    everyone: bool = False
    """"We", "us": the household's plays."""
    place: str | None = None
    """A room or speaker with its preposition: "in the kitchen"."""
    kind: str | None = None
    """What a ranking or a skip ranking ranks: artist, track, album, show."""
    limit: int | None = None
    content: str = "everything"
    """music, podcasts or everything: what "music", "podcasts" said mean."""
    recap: str | None = None
    """With RECAP: year, month, last_month, summer, household or period."""
    month: int | None = None
    """With a month's recap: 1 to 12."""


# -- words as people say them -------------------------------------------------------

_CONTRACTIONS_EN = (
    (r"\bwhats\b", "what is"),
    (r"\bwhat's\b", "what is"),
    (r"\bwho's\b", "who is"),
    (r"\bwhos\b", "who is"),
    (r"\bwho've\b", "who have"),
    (r"\bwhat've\b", "what have"),
    (r"\bhow's\b", "how is"),
    (r"\bwhen's\b", "when is"),
    (r"\bi've\b", "i have"),
    (r"\bi'd\b", "i would"),
    (r"\bwe've\b", "we have"),
    (r"\bwanna\b", "want to"),
    (r"\bgonna\b", "going to"),
    (r"\bfavourite", "favorite"),
    (r"\bfortnight\b", "2 weeks"),
    (r"\bday of the week\b", "weekday"),
    (r"\b(time|hour) of the day\b", r"\1 of day"),
    (r"(?<!the )\bmost recently\b", "last"),
    (r"\bthis past\b", "the past"),
    (r"\bso far\b", ""),
    (r"\bup to now\b", ""),
    (r"\bat noon\b", "at 12 pm"),
    (r"\bat midnight\b", "at 12 am"),
    (r"\bo'clock\b", ""),
    (r"\bthe other day\b", "lately"),
    (
        r"\b(twenty|thirty|forty|fifty)-(one|two|three|four|five|six|seven|eight|nine)\b",
        r"\1 \2",
    ),
    (r"\b(week|month|year|summer|day)'s\b", r"\1"),
    (r"\bo clock\b", ""),
    # "How was my week": the week so far (issue 45).
    (r"\b(my|our) (week|month|year)\b(?! (?:of|in|so far))", r"\1 this \2"),
    (r"\b(my|our) (week|month|year) (?=in\b)", r"\1 this \2 "),
    (r"\b(my|our) day\b", r"\1 today"),
    (r"\bmusic-?wise\b", "in music"),
    (r"\blistening-?wise\b", "in music"),
    (r"\bwhat'd\b", "what did"),
    (r"\bwho'd\b", "who did"),
    (r"\bwhen'd\b", "when did"),
    (r"\bhow'd\b", "how did"),
    (
        r"\b(?:bump|bumped|bumping|blast|blasted|blasting|rinse|rinsed|spin|spun)\b",
        "play",
    ),
    (r"\bon loop\b", "on repeat"),
    (r"\b(?:in )?(?:my|our) (?:whole|entire) (?:history|life)\b", "ever"),
    (r"\b(?:since forever|of all the time|all-time)\b", "of all time"),
    (
        (
            r"(?<!first )(?<!last )"
            r"\b(song|track|tune|album|record|artist|band|podcast|show)s? of the"
            r" (week|month|year)\b"
        ),
        r"top \1 this \2",
    ),
    (r"\bgo-to\b", "go to"),
    (
        (
            r"\b(listen|listened) (?!(?:to|for|in|on|at|most|the|more|this|last|yesterday"
            r"|today|lately|recently|since|over|during|every|music|anything|something)\b)"
        ),
        r"\1 to ",
    ),
    (r"\bcan't stop to play\b|\bcant stop to play\b", "can't stop playing"),
    (r"\bobsess with\b", "obsessed with"),
    (r"\b(?:performers?|singers?)\b", "artists"),
    (r"\bwireless\b", "music"),
    (r"\bthese days\b", "lately"),
    (r"\bof late\b", "lately"),
    (r"\bat the moment\b", "lately"),
    (r"\bright now\b", "lately"),
)
_CONTRACTIONS_DE = (
    (r"\bhab\b", "habe"),
    (r"\bhör\b", "höre"),
    (r"\bheut\b", "heute"),
    (r"\bzurzeit\b", "in letzter zeit"),
    (r"\bzur zeit\b", "in letzter zeit"),
    (r"\bderzeit\b", "in letzter zeit"),
    (r"\bmomentan\b", "in letzter zeit"),
    (r"\bim moment\b", "in letzter zeit"),
    (r"\baktuell\b", "in letzter zeit"),
    (r"\bneulich\b", "in letzter zeit"),
    (r"\bum mitternacht\b", "um 0 uhr"),
    (r"\bbis jetzt\b", ""),
    (r"\b(mein|unser) (jahr|monat)\b", r"\1 dieses \2"),
    (r"\b(meine|unsere) woche\b", r"\1 diese woche"),
    (r"\bmusikalisch(?: gesehen)?\b", "in musik"),
    (r"\bunter der woche\b", "werktags"),
    (
        r"\bzwanzig (ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)undzwanzig\b",
        r"zweitausend\1undzwanzig",
    ),
    (
        r"\b(künstler|song|lied|album|band|podcast)(?:in)? des jahres\b",
        r"top \1 dieses jahr",
    ),
    (
        r"\b(künstler|song|lied|album|band|podcast)(?:in)? des monats\b",
        r"top \1 diesen monat",
    ),
    (r"\bnummer eins\b", "top"),
    (r"\bskip-quote\b", "skip rate"),
    (r"\bbisher\b", ""),
)
# Articles are number words to `when` ("a week ago"), but "a song" asks for
# no count of songs.
_NOT_A_COUNT = frozenset({"a", "an", "eine", "einem", "einer"})
_YEAR_EN = re.compile(
    r"\b(?:twenty|two thousand(?: and)?) (?P<tens>twenty|thirty|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"(?: (?P<ones>one|two|three|four|five|six|seven|eight|nine))?\b"
)
_YEAR_DE = re.compile(
    r"\bzweitausend(?P<ones>eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun)?"
    r"und(?P<tens>zwanzig|dreißig)\b"
)

# Sounds and words that carry nothing, wherever they stand.
_FILLERS = {
    "en": frozenset({"uh", "um", "umm", "uhm", "er", "erm", "hmm", "ah", "please"}),
    "de": frozenset(
        {
            "äh",
            "ähm",
            "öhm",
            "hm",
            "hmm",
            "bitte",
            "denn",
            "eigentlich",
            "nochmal",
            "nochmals",
            "doch",
            "eben",
            "halt",
            "so",
            "schon",
            "wohl",
        }
    ),
}
# Openings that frame a question without asking anything themselves.
_LEAD_INS = {
    "en": (
        "hey",
        "hi",
        "ok",
        "okay",
        "so",
        "well",
        "alright",
        "all right",
        "and",
        "but",
        "now",
        "oh",
        "like",
        "right",
        "yo",
        "out of curiosity",
        "just curious",
        "real quick",
        "by the way",
        "roughly",
        "about",
        "approximately",
        "assist",
        "nabu",
        "jarvis",
        "computer",
        "can you tell me",
        "could you tell me",
        "would you tell me",
        "can you check",
        "could you check",
        "can you find out",
        "could you find out",
        "can you look up",
        "do you know",
        "i want to know",
        "i would like to know",
        "i am curious",
        "remind me",
        "let me know",
        "any idea",
        "i wonder",
        "i was wondering",
        "quick question",
        "tell me",
        "run me through",
        "fill me in on",
        "would you be so kind as to tell me",
        "would you remind me",
        "would you tell me",
        "would you say",
        "pray tell",
        "kindly tell me",
        "excuse me",
        "may i ask",
        "tell me dear",
        "dear",
        "lowkey",
        "ngl",
        "bro",
        "yo",
        "say me",
        "altogether",
        "walk me through",
        "how about",
        "what about",
        "if",
        "whether",
    ),
    "de": (
        "hey",
        "hallo",
        "ok",
        "okay",
        "also",
        "und",
        "na",
        "sag mal",
        "sag mir mal",
        "sag mir",
        "kannst du mir sagen",
        "kannst du mal nachschauen",
        "kannst du nachschauen",
        "kannst du nachsehen",
        "könntest du mir sagen",
        "ich möchte wissen",
        "ich will wissen",
        "ich würde gern wissen",
        "ich würde gerne wissen",
        "weißt du",
        "weisst du",
        "verrat mir",
        "erzähl mir",
        "erzähl mir mal",
        "erzähl mal",
        "erzähl",
        "gib mir mal",
        "ob",
    ),
}


def _prepare(text: str, language: str) -> list[str]:
    """Return the words of a question, speech habits undone."""
    words = normalize(text)
    table = _CONTRACTIONS_DE if language == "de" else _CONTRACTIONS_EN
    for pattern, replacement in table:
        words = re.sub(pattern, replacement, words)
    words = _years(words, language)
    fillers = _FILLERS.get(language, _FILLERS["en"])
    pieces = [word for word in words.split() if word not in fillers]
    leads = sorted(_LEAD_INS.get(language, _LEAD_INS["en"]), key=len, reverse=True)
    changed = True
    while changed and pieces:
        changed = False
        joined = " ".join(pieces)
        for lead in leads:
            if joined == lead:
                break
            if joined.startswith(lead + " "):
                pieces = pieces[len(lead.split()) :]
                changed = True
                break
    return pieces


def _years(words: str, language: str) -> str:
    """Say years in figures: "twenty twenty five" is 2025."""
    if language == "de":
        return _YEAR_DE.sub(
            lambda found: str(
                2000
                + (20 if found.group("tens") == "zwanzig" else 30)
                + number_word(found.group("ones") or "", language)
            ),
            words,
        )
    return _YEAR_EN.sub(
        lambda found: str(
            2000
            + number_word(found.group("tens"), "en")
            + number_word(found.group("ones") or "", language)
        ),
        words,
    )


# -- the period ------------------------------------------------------------------------

# One word `when.py` reads as a period that, alone, is something else here:
# "zuletzt" asks for the last play, "all" and "may" are no times by
# themselves.
_NO_PERIOD_ALONE = frozenset({"zuletzt", "all", "may", "je", "total", "gerade"})
_MAX_SPAN = 9


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    words: str


def _find_period(
    pieces: list[str], language: str, now: datetime, zone: tzinfo
) -> _Span | None:
    """Return the longest run of words that is a period (the last on a tie)."""
    best: _Span | None = None
    count = len(pieces)
    for length in range(min(_MAX_SPAN, count), 0, -1):
        for start in range(count - length, -1, -1):
            said = " ".join(pieces[start : start + length])
            if length == 1 and said in _NO_PERIOD_ALONE:
                continue
            if parse_when(said, language, now, zone) is not None:
                best = _Span(start, start + length, said)
                break
        if best is not None:
            return best
    return None


# Words that begin a time and, with nothing a period after them, are a time
# not understood ("since the summer", "back in the day").
_TIME_STARTS = {
    "en": re.compile(
        r"\b(?:since|during|ago|over the|for the past|in the last|in the past"
        r"|tomorrow|tonight|later|next (?:week|month|year|weekend|\w+day)"
        r"|(?:on|during|over|at|for) (?:my|our) \w+"
        r"|(?:back )?(?:the|that|this|last|a|in|during|over|until|before|after)"
        r" (?:\w+ )?"
        r"(?:day|days|summer|winter|spring|autumn|fall|christmas|easter|holidays?"
        r"|vacation|era|decade|nineties|eighties|seventies|80s|90s|morning|evening"
        r"|afternoon|night)"
        r"|this (?:spring|summer|autumn|fall|winter|season)"
        r"|last (?:spring|summer|autumn|fall|winter|season|christmas))\b"
    ),
    "de": re.compile(
        r"\b(?:seit|während|vor \w+ (?:tagen|wochen|monaten|jahren)|übermorgen|später"
        r"|(?<!heute )morgen\b(?! früh)|nächste[nrs]? (?:woche|monat|jahr|wochenende)"
        r"|(?:an|zu|während|bei) (?:meinem|meiner|unserem|unserer) \w+"
        r"|(?:im|in den|in der|am|zu|an|vor|nach|über|letzte[nrs]?|diese[nrs]?) (?:\w+ )?"
        r"(?:sommer|winter|frühling|herbst|urlaub|ferien|weihnachten|ostern"
        r"|achtzigern|neunzigern|morgen|abend|nachmittag|nacht)"
        r"|diesen (?:sommer|winter|frühling|herbst)"
        r"|letzten (?:sommer|winter|frühling|herbst))\b"
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


def _unread(words: str) -> str:
    """Return the words of a time not understood, up to the rest of the question."""
    pieces = words.split()
    for index, word in enumerate(pieces[1:], start=1):
        if word in _UNREAD_STOP:
            return " ".join(pieces[:index])
    return words


# -- the room and the person -------------------------------------------------------------

_PLACE = {
    "en": re.compile(
        r"\b(?P<place>(?:in|on|at|from|through|via) (?:the|my|our) "
        r"(?!(?:last|past|previous|first|morning|afternoon|evening|night|day|week"
        r"|mornings|afternoons|evenings|nights|weekends|weekdays|week"
        r"|month|year|weekend|moment|end|beginning|start|same|kind|sort|type|most"
        r"|top|history|list|row|world|air|summer|winter|spring|autumn|fall|holidays?"
        r"|birthday|anniversary|vacation|trip|way|commute|drive|run|workout"
        r"|christmas|easter|nineties|eighties|seventies|meantime|past|future)\b)"
        r"(?:[\w'-]+)(?: (?:room|speakers?|player|stereo|sonos|area))?)"
        r"(?= |$)"
    ),
    "de": re.compile(
        r"\b(?P<place>(?:im|in der|in dem|auf dem|auf der|über den|über die)"
        r" (?!(?:moment|laufe|letzter|letzten|ganzen|jahr|monat|september|oktober"
        r"|november|dezember|januar|februar|märz|april|mai|juni|juli|august|schnitt"
        r"|durchschnitt|folge|verlauf|großen|allgemeinen)\b)"
        r"(?:[\w'-]+)(?:[ -]?(?:lautsprecher|box|anlage|zimmer))?)(?= |$)"
    ),
}
_PERSON = {
    "en": re.compile(
        r"^(?:(?:what|who|which \w+|how \w+(?: \w+)?|when) )?"
        r"(?:did|has|does|had|was) (?P<person>[a-z]+)"
        r" (?=(?:ever |first |last |usually |mostly )?(?:listen|play|hear|stream"
        r"|skip|put|catch|start|discover)|been (?:listening|playing|streaming))"
    ),
    # "Wen hat Ada gestern gehört", never "wie viele Wiedergaben hat Queen".
    "de": re.compile(
        r"^(?!.*\bwiedergaben (?:hat|hatte)\b)(?:.+ )?(?:hat|hatte)"
        r" (?:die |der )?(?P<person>[a-zäöüß]+)\b.*\b(?:gehört|gespielt|gestreamt|abgespielt"
        r"|entdeckt|übersprungen|geskippt)\b"
    ),
}
_NOT_PERSONS = frozenset(
    {
        "i",
        "we",
        "you",
        "it",
        "that",
        "this",
        "the",
        "my",
        "anyone",
        "ich",
        "wir",
        "du",
        "es",
        "das",
        "man",
        "sie",
        "er",
        "jemand",
    }
)
_WE = {
    "en": re.compile(r"\b(?:we|us|our)\b"),
    "de": re.compile(r"\b(?:wir|uns|unsere?n?)\b"),
}


# -- what is asked ----------------------------------------------------------------------

_EN = {
    "skip": r"\b(?:skip|skips|skipped|skipping|skipper)\b",
    "most": r"\b(?:most|top|always|usually|mostly|the most|keep|end up|more than)\b",
    "artist": r"\b(?:artists?|bands?|singers?|musicians?|groups?|who|whom|whose)\b",
    "album": r"\b(?:albums?|records?|lps?)\b",
    "show": r"\b(?:podcasts?|shows?)\b",
    "track": r"\b(?:songs?|tracks?|tunes?|jams?)\b",
    "streak": r"\b(?:streak|in a row|days straight|straight days|consecutive days"
    r"|days running)\b",
    "repeat": r"\b(?:repeat rate|replay rate|replays?|replayed|replaying|repeats"
    r"|the same (?:songs?|stuff|music|tracks?|things?|artists?)|repetitive"
    r"|relisten\w*|re listen\w*)\b",
    "on_repeat": r"\b(?:on repeat|heavy rotation|on rotation|obsessed|hooked"
    r"|(?:cannot|can't|cant|can not) (?:i |we )?stop|keep going back|keep coming back|over and over"
    r"|nonstop|non stop|on loop|again and again|to death|all the time|constantly"
    r"|like crazy)\b",
    "new": r"\b(?:new (?:artists?|bands?|music|musicians?|singers?|discoveries|finds)"
    r"|discover(?!y\b)\w*|new to me|for the (?:very )?first time|first[- ]time artists?"
    r"|pop up|popped up|anyone new|anything new|new ones)\b",
    "peak": r"(?:^(?:when|what time|at what time|what times|which days?|what days?"
    r"|which weekdays?|what weekdays?"
    r"|what hours?)\b(?!.*\b(?:first|last|did|was|were)\b)|\btime of (?:the )?day\b"
    r"|\bbusiest\b|\bpeak\b|\bwhat time\b|\bwhich hour\b|\bwhat hour\b)",
    "taste": r"\b(?:taste|kind of (?:music|stuff|songs)|sort of (?:music|stuff|songs)"
    r"|type of (?:music|stuff|songs)|kinds of music|genres?|music style"
    r"|musical style|describe my|listening profile)\b",
    "when": r"^(?:when|how long ago)\b",
    "first": r"\b(?:first|very first|earliest|start|started|starting|begin|began"
    r"|kick off|kicked off|wake up|woke up|open with|opened with|to start)\b",
    "last": r"\b(?:last|latest|final|most recent|most recently|finish|finished"
    r"|end with|ended with|ended|close with|closed with)\b",
    "count": r"\b(?:how many|number of|count|the count|total number)\b",
    "distinct": r"\b(?:different|distinct|unique|separate|individual|various)\b",
    "plays": r"\b(?:plays|streams|listens|spins|things|times|play count)\b",
    "time": r"\b(?:how long|how much time|hours|minutes|listening time|podcast time"
    r"|music time|hours of|time spent"
    r"|amount of time|total time|time (?:i|we) (?:listened|spent)"
    r"|time listened|listening hours|listening total|how much (?:music )?"
    r"(?:have|did|do|had) (?:i|we)|how much listening|how much music"
    r"|how much have (?:i|we))\b",
    "often": r"\b(?:how often|how many times|how frequently|count how many times"
    r"|how much (?!music|time|listening|have|did|do|had)\w+(?: \w+)? (?:did|have|had)"
    r" (?:i|we) (?:play|had on|have on|listen|hear))\b",
    "did": r"^(?:(?:did|have|had|do) (?:i|we|[a-z]+) (?:ever |even |actually |already )?"
    r"(?:listen|play|hear|stream|put|catch|caught|have|had|get|got|check)"
    r"|(?:i|we) (?:ever |actually )?(?:listened|played|heard|streamed|caught|put on)"
    r"|(?:was|were) (?:i|we) (?:listening to|playing|streaming) (?!(?:at|on|in)\b))",
    "played": r"\b(?:listen|listens|listened|listening|play|played|playing|hear"
    r"|heard|stream|streamed|streaming|had on|have on|put on|on|into)\b",
    "rank": r"\b(?:most(?! recent)|top|favorite|favorites|number one|no 1|go to|best|biggest"
    r"|topping|the most(?! recent)|more than any|charts)\b",
}
_DE = {
    "skip": r"(?:überspr\w*|\bskip\w*|weggeklickt|weggedrückt|weitergeschaltet"
    r"|übergangen|geskippt)",
    "most": r"(?:\bam meisten\b|\bam häufigsten\b|\bam öftesten\b|\bmeistens\b"
    r"|\bimmer\b|\btop\b|\böftesten\b|\bmeist\w+)",
    "artist": r"\b(?:künstler\w*|bands?|interpret\w*|sänger\w*|musiker\w*|gruppen?"
    r"|wen|wer|wem|wessen)\b",
    "album": r"(?:\balben\b|album|\bplatten?\b|\blps?\b)",
    "show": r"\b(?:podcasts?|sendung\w*)\b",
    "track": r"(?:lied|\bsongs?\b|\btitel\b|\bstücke?\b|\btracks?\b|song\b)",
    "streak": r"(?:serie\b|am stück|hintereinander|in folge|in serie|ohne pause)",
    "repeat": r"(?:wiederholung\w*|wiederhole\w*|dieselben|die gleichen|das gleiche"
    r"|dasselbe|immer wieder dieselben|nochmal hör)",
    "on_repeat": r"(?:dauerschleife|rauf und runter|ständig|in schleife"
    r"|ohne ende"
    r"|immer wieder)",
    "new": r"(?:neue[nr]? (?:künstler|bands?|interpreten|musik|musiker|sänger)"
    r"|entdeckt|kennengelernt|zum ersten mal gehört|neu entdeckt|neu dazu"
    r"|neu gefunden|zum allerersten mal|gab es \w* ?neue|neues)",
    "peak": r"(?:^wann (?:höre|hören) (?:ich|wir)|uhrzeit|tageszeit|zu welcher zeit"
    r"|um wie viel uhr|an welchem tag|welche[mn]? wochentag|welcher zeit"
    r"|stoßzeit|hauptzeit)",
    "taste": r"(?:geschmack|art von musik|arten von musik|musikrichtung|genres?"
    r"|stil\b|was für musik (?:höre|mag|hören)|was für musik (?:\w+ )?(?:ich|wir)"
    r" (?:gern|gerne|am liebsten|mag)|mag ich|höre ich gerne?\b)",
    "when": r"^(?:wann|seit wann|wie lange ist es her)\b",
    "first": r"(?:\berste[nrs]?\b|allererste\w*|\bzuerst\b|angefangen|begonnen"
    r"|gestartet|aufgewacht|als erstes|zum start|zu beginn)",
    "last": r"(?:\bletzte[nrs]?\b|\bzuletzt\b|als letztes|aufgehört|beendet|zum schluss"
    r"|am ende|zum abschluss)",
    "count": r"\b(?:wie viele|wieviele|anzahl|zahl der|wie viel)\b",
    "distinct": r"\b(?:verschiedene\w*|unterschiedliche\w*|einzelne\w*|andere\w*)\b",
    "plays": r"\b(?:wiedergaben|streams|mal|plays)\b",
    "time": r"(?:\bwie lange\b|\bwie viel zeit\b|\bstunden\b|\bminuten\b|hörzeit|hördauer"
    r"|\bwie viel (?:musik )?(?:habe|hat|haben) (?:ich|wir)"
    r"|\bwie viel (?:musik )?\w* ?(?:gehört|gehört habe)\b|\bwie viel musik\b)",
    "often": r"\b(?:wie oft|wie häufig|wievielmal|wie viele male)\b",
    "did": r"^(?:habe|hatte|hat|haben) (?:ich|wir|[a-zäöüß]+) \b"
    r"|^lief\b|^liefen\b|^gab es\b",
    "played": r"(?:gehört|gespielt|abgespielt|gestreamt|lief|liefen|höre|hören"
    r"|laufen|gelaufen|angehört|reingehört)",
    "rank": r"(?:am meisten|am häufigsten|am öftesten|am liebsten|lieblings\w*"
    r"|meistgehört\w*|meistgespielt\w*|\btop\b|nummer eins|spitzenreiter|vorne)",
}
_TABLES = {"en": _EN, "de": _DE}
_COMPILED: dict[str, dict[str, re.Pattern[str]]] = {
    language: {key: re.compile(value) for key, value in table.items()}
    for language, table in _TABLES.items()
}


class _Words:
    """The words of a question, matched against one language's table."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.table = _COMPILED.get(language, _COMPILED["en"])

    def has(self, *keys: str) -> bool:
        """Whether every one of these word classes occurs."""
        return all(self.table[key].search(self.text) is not None for key in keys)

    def any(self, *keys: str) -> bool:
        """Whether one of these word classes occurs."""
        return any(self.table[key].search(self.text) is not None for key in keys)


def _kind(words: _Words, default: str | None) -> str | None:
    """Return what a ranking ranks: its noun ("albums"), "who" for artists."""
    if words.has("album"):
        return "album"
    if words.has("show"):
        return "show"
    if words.has("artist"):
        return "artist"
    if words.has("track"):
        return "track"
    return default


def _limit(pieces: list[str], language: str) -> int | None:
    """How many to name: "top five", "meine Top 3 Songs"."""
    for index, word in enumerate(pieces):
        if word.isdigit() and len(word) <= 2:
            value = int(word)
        elif word in _NOT_A_COUNT:
            continue
        else:
            value = number_word(word, language)
        if not 1 <= value <= 10:
            continue
        before = pieces[index - 1] if index else ""
        after = pieces[index + 1] if index + 1 < len(pieces) else ""
        if before in ("top", "my", "meine", "die") or re.match(
            r"(?:artists?|bands?|songs?|tracks?|albums?|lieder|songs|künstler"
            r"|alben|titel|tunes|records|interpreten)$",
            after,
        ):
            return value
    return None


# -- the name asked about -----------------------------------------------------------------

_NAME_AFTER_EN = re.compile(
    r"\b(?:listen to|listened to|listening to|play|played|playing|hear|heard|stream"
    r"|streamed|put on|had on|catch|caught|come across|came across|discover"
    r"|discovered|get into|got into|find|found)"
    r" (?:(?:an|any|one|a single) episodes? of |(?:any|some|a bit of|anything by"
    r"|something by|any songs by|songs by|music by|any music by|stuff by|the band"
    r"|the artist|the song|the track|the podcast) )?(?P<name>.+)$"
)
_NAME_EN = (
    # "how much Queen did I play this month".
    re.compile(
        r"^how much (?P<name>.+?) (?:did|have|had) (?:i|we)"
        r" (?:play|played|had on|have on|listen|listened|hear|heard)\b(?P<after>.*)$"
    ),
    # "how many times has Queen been played".
    re.compile(
        r"\b(?:has|have|was|were) (?!(?:i|we|you|there|it)\b)(?P<name>.+?)"
        r" (?:been )?(?:played|on|streamed)\b(?P<after>.*)$"
    ),
    # "put Queen on", "have Daft Punk on": the name inside the verb.
    re.compile(
        r"\b(?:put|had|have|got) (?!(?:on|it|that|this|something|anything|music)\b)"
        r"(?P<name>.+?) on\b(?P<after>.*)$"
    ),
    re.compile(
        r"\b(?:plays|streams|listens|spins) (?:does|did|has|have) (?P<name>.+?)"
        r" (?:have|had|got|get)\b(?P<after>.*)$"
    ),
    re.compile(
        r"\bepisodes? of (?P<name>.+?) (?:did|have|had) (?:i|we)\b(?P<after>.*)$"
    ),
    re.compile(
        r"\bepisode of (?P<name>.+?) (?:i|we) (?:listened|heard|played)\b(?P<after>.*)$"
    ),
    re.compile(
        r"\b(?:plays|streams|times) (?:of|for) (?P<name>.+?)"
        r"(?P<after> (?:did|have|had|were|are)\b.*)?$"
    ),
)
_NAME_DE = (
    re.compile(r"\bwiedergaben (?:hat|hatte|haben) (?!(?:ich|wir)\b)(?P<name>.+)$"),
    re.compile(
        r"\b(?:folgen?|episoden?) (?:von|vom) (?P<name>.+?) (?:habe|hat|hatte)"
        r" (?:ich|wir|\w+)\b(?P<after>.*)$"
    ),
    re.compile(
        r"^(?:wie oft|wie häufig|wann|seit wann)? ?(?:habe|hatte|hat|haben)"
        r" (?:ich|wir|[a-zäöüß]+) (?P<name>.+?)"
        r" (?:gehört|gespielt|abgespielt|gestreamt|angehört|gehört habe)$"
    ),
    re.compile(
        r"^(?:wie oft|wie häufig|wann|seit wann)? ?(?:lief|liefen|kam|hörte ich"
        r"|höre ich|hören wir) (?P<name>.+)$"
    ),
    re.compile(
        r"^(?:wie oft |wie häufig |wann |ob )?(?:ich|wir) (?P<name>.+?)"
        r" (?:gehört|gespielt|abgespielt) (?:habe|haben|hat)$"
    ),
)
# Words about the name, never part of it: "wann lief X zum ersten Mal".
_NAME_EDGES = {
    "en": re.compile(
        r"^(?:(?:for )?the (?:first|last) time |first |last |ever |again |most recently"
        r" |recently |any |an episode of |episodes of |the podcast |the band |the artist "
        r"|much |a lot of |some |that |this |(?:(?:french|german|british|american"
        r"|lovely|old|little) )?(?:group|band|singer|artist|piece|tune|song|podcast) )+|(?: (?:for the (?:first|last) time|first|last|ever|again|the"
        r" most|most|at all|podcast|the podcast|most recently|by name))+$"
    ),
    "de": re.compile(
        r"^(?:(?:zum|das) (?:ersten|erste|letzten|letzte|allerersten|allererste) mal "
        r"|die gruppe |der gruppe |der sänger |die sängerin |mal |zuletzt |jemals |je"
        r" |schon einmal |schon mal |zum ersten mal |den podcast |die band |das lied"
        r" |den song |das album |was von |etwas von |irgendwas von |musik von"
        r" |lieder von |songs von |was |noch |bei mir |für mich )+|(?: (?:zum ersten mal|zum letzten mal"
        r"|das erste mal|das letzte mal|zuletzt|als erstes|als letztes|jemals|je"
        r"|überhaupt|insgesamt|podcast|bei mir|für mich|zum allerersten mal"
        r"|das allererste mal))+$"
    ),
}


def _name(text: str, language: str) -> tuple[str | None, str]:
    """Return the name asked about and the words after it that are not it."""
    if language == "de":
        for pattern in _NAME_DE:
            if (found := pattern.search(text)) is not None:
                groups = found.groupdict()
                return _trim(found.group("name"), language), groups.get("after") or ""
        return None, ""
    for pattern in _NAME_EN:
        if (found := pattern.search(text)) is not None:
            groups = found.groupdict()
            return _trim(found.group("name"), language), groups.get("after") or ""
    matches = list(_NAME_AFTER_EN.finditer(text))
    if not matches:
        return None, ""
    # The last verb: "when did i start listening to queen" is about Queen.
    found = matches[-1]
    for candidate in _NAME_AFTER_EN.finditer(text):
        name = candidate.group("name")
        if not re.match(r"(?:to |with |it |that |this |them |me )", name):
            found = candidate
            break
    return _trim(found.group("name"), language), ""


# Words about a name in a terse question, never part of it.
_ABOUT_NAME = {
    "en": re.compile(
        r"\b(?:yes or no|was that me|was it me|did i|did we|have i|or not|at all|like"
        r"|any|some|anything by|heard|listened to|listened|played|play count|plays"
        r"|count|how often|how many times|how many plays|times played|times|first"
        r"|last|time|when|ever|play|did|i|we|on|in|the album|the song|the band"
        r"|album|song|track|band|artist|podcast|by name|total|number of|my|our"
        r"|how many|how much|distinct|unique|different|songs|tracks|tunes|music"
        r"|episodes|podcasts|kitchen|things|stuff|a|the|so far|roughly|of|for|me"
        r"|please|again|now|then|ok|okay|so|in total|all together|altogether|have"
        r"|had|get|got|do|done|make|made|rack up|racked up|there|were|was|are|is"
        r"|did|does|been|be|it|to|you|can|could|tell|streams|stream|episode|episodes"
        r"|records|record|opening|new|names|amongst|before|never|turn up)\b"
    ),
    "de": re.compile(
        r"\b(?:ja oder nein|war ich das|hab ich|habe ich|haben wir|oder nicht|überhaupt"
        r"|wie oft|wann|zuletzt|zuerst|erstes mal|zum ersten mal|zum letzten mal|gehört"
        r"|gespielt|was von|etwas von|irgendwas von|am|im|das album|das lied|die band"
        r"|der song|den song|mal|insgesamt|anzahl|wie viele|lieder|songs|musik"
        r"|folgen|podcasts|küche|mein|meine|die|der|das|den|bitte|noch|denn|so|hatte"
        r"|hatten|habe|hab|haben|hat|ich|wir|es|gab|gibt|waren|war|wiedergaben|ist)\b"
    ),
}


# Words no name is made of here: a question, a verb, a pronoun.
_QUESTION_WORD = {
    "en": r"\b(?:what|who|which|how|why|where|kind|sort|type|give|tell|through|get"
    r"|got|show|list|listen|hear|stuff|anything|something|bang|not same|all"
    r"|year|month|week|had|have|new|before)\b",
    "de": r"\b(?:was|wer|wen|welche\w*|wie|warum|wo|art|etwas|irgendwas|liefen|lief"
    r"|abgespielt|meiner|meinen|bei|mir|titel|lieder|songs|stücke|gedrückt|laufen"
    r"|lassen|podcastfolgen|folgen|jahr|monat|woche)\b",
}


def _leftover(words: str, language: str) -> str | None:
    """Return the name a terse question is about: the words no other part took."""
    left = _ABOUT_NAME[language].sub(" ", words)
    left = " ".join(left.split())
    if not left or len(left.split()) > 5:
        return None
    return left


def _cased(words: str, text: str) -> str:
    """Return words as they were written: "Stairway to Heaven", "20 Uhr"."""
    pattern = r"[\s,]+".join(re.escape(word) for word in words.split())
    found = re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE)
    return found.group(0) if found is not None else words


def _around(name: str, period: str, language: str) -> str | None:
    """Trim the words about a name between it and a period at its edge.

    "letzte Woche was von Justice" is Justice last week; "any air
    yesterday" is Air yesterday. The period stays where it was said.
    """
    if name.startswith(period + " "):
        core = _trim(name.removeprefix(period + " "), language)
        return f"{period} {core}" if core else None
    if name.endswith(" " + period):
        core = _trim(name.removesuffix(" " + period), language)
        return f"{core} {period}" if core else None
    return name


def _trim(name: str, language: str) -> str | None:
    edges = _NAME_EDGES.get(language, _NAME_EDGES["en"])
    before = None
    while before != name:
        before = name
        name = edges.sub("", name).strip()
    name = re.sub(r"^(?:to|with|by) ", "", name)
    return name or None


# -- the recap -----------------------------------------------------------------------

_RECAP_WORDS = {
    "en": r"(?:recap|wrap up|wrapped|review|in review|in music)",
    "de": r"(?:rückblick|-rückblick|wrapped|in musik|musikalisch)",
}
_RECAPS = {
    "en": (
        (
            "summer",
            (
                r"\b(?:(?:song|track|tune|hit) of the summer|summer (?:song|track|tune|hit"
                r"|anthem)|most (?:this|last) summer|(?:this|last) summer\b.*\bmost)\b"
            ),
        ),
        (
            "household",
            (
                r"\b(?:(?:household|family|house) (?:recap|wrap up|wrapped|year)"
                r"|who\b(?=.*\bmost\b)(?=.*\b(?:at home|in (?:the|our|my) (?:house|home"
                r"|household|family)\b)))"
            ),
        ),
        (
            "last_month",
            (
                r"\b(?:(?:monthly|last month s|last months|last month) (?:recap|wrap up"
                r"|review)|(?:last )?month in music)\b"
            ),
        ),
        (
            "year",
            (
                r"\b(?:year in music|year in review|music year|listening year|(?:yearly|annual|year)"
                r" (?:recap|wrap up|wrapped|review)|my year(?: so far)?$|my wrapped"
                r"|wrapped)\b"
            ),
        ),
    ),
    "de": (
        (
            "summer",
            (
                r"(?:sommerhit|sommersong|sommerlied|(?:song|lied|titel) des sommers"
                r"|(?:diesen|letzten) sommer am meisten)"
            ),
        ),
        (
            "household",
            (
                r"(?:haushaltsrückblick|familienrückblick|wer hat\b(?=.*\bam meisten\b)"
                r"(?=.*\b(?:bei uns|im haus|im haushalt|zu hause|in der familie)\b))"
            ),
        ),
        ("last_month", r"(?:monatsrückblick|letzter monat (?:in musik|musikalisch))"),
        (
            "year",
            (
                r"(?:jahresrückblick|jahresbilanz|musikjahr|hörjahr|jahr in musik"
                r"|mein jahr(?: musikalisch| in musik)?$)"
            ),
        ),
    ),
}


def _recap(text: str, language: str) -> tuple[str, int | None] | None:
    """Return which recap is asked for, and the month of a month's."""
    months = month_names(language)
    words = _RECAP_WORDS.get(language, _RECAP_WORDS["en"])
    names = "|".join(months)
    if found := re.search(
        rf"\b(?P<a>{names})[ -]?{words}|{words} (?:for|of|auf|für) (?:den )?"
        rf"(?P<b>{names})\b",
        text,
    ):
        return "month", months.index(found.group("a") or found.group("b")) + 1
    for recap, pattern in _RECAPS.get(language, _RECAPS["en"]):
        if re.search(pattern, text):
            return recap, None
    return None


_HOUSEHOLD_PERIODS = frozenset({"this_year", "last_year", "this_month", "last_month"})


def _household_period(
    pieces: list[str], recap: str, language: str, now: datetime, zone: tzinfo
) -> str | None:
    """Return the household recap's period by name ("this_year"), if said."""
    if (
        recap != "household"
        or (span := _find_period(pieces, language, now, zone)) is None
    ):
        return None
    when = parse_when(span.words, language, now, zone)
    name = None if when is None else str(when.period.name)
    return name if name in _HOUSEHOLD_PERIODS else None


# -- the reading ----------------------------------------------------------------------

# Openers that ask for a summary when nothing else is asked.
_OPENERS = {
    "en": r"^(?:\w+ )?(?:run me through|fill me in|walk me through|give me a rundown)\b",
    "de": r"^(?:\w+ )?(?:erzähl|gib mir (?:mal )?(?:einen|nen) (?:überblick|rückblick))",
}
# A clause after the question that only chats ("I think I did but I was half
# asleep", "wär schön"): it is left out, unless it says a time.
_CHATTER = {
    "en": re.compile(
        r"^(?:i\b|i'm|i'd|i've|it\b|it's|its\b|because|cause|cos|coz|just\b|please"
        r"|and please|not\b|if you|you know|there was|there's|my partner|that's"
        r"|thats|no rush|thanks|thank you|or am i|or is it|am i\b|wasn't there"
        r"|doesn't|dont|don't|who knows|what do you reckon|what you'd|dear|love\b"
        r"|bro\b|fr\b|ngl\b|lol|haha|no cap|lowkey|be honest|honestly|seriously"
        r"|yes or no|was that me|at all|or anything|all together|roughly|if you would"
        r"|if you don't mind|just out of interest|out of interest|the one\b"
        r"|according to|by actual|not what|like a\b|like the\b|like the ones"
        r"|some sort|such a|ages ago|whilst|while\b|so i can|i wanna|i want"
        r"|was it|wasn't it|right\b|yeah|okay|ok\b|hmm|oh\b|well\b|go on|hit me"
        r"|come on|tell me\b|real quick|quickly|quick\b|mate|cheers|thx|pls|plz"
        r"|for me\b|songs and podcasts|just music|not the|with the|by the way)",
    ),
    "de": re.compile(
        r"^(?:ich\b|ich hab|ich war|ich glaub|ich will|ich möchte|das\b|weil|oder\b"
        r"|mir kommt|da\b|wär|wäre|danke|einfach|so allgemein|so eine|also\b|bitte"
        r"|du weißt|weißt du|kurz\b|schnell\b|bro\b|digga|alter\b|ja\b|nee\b|ne\b"
        r"|oder so|falls|wenn du|mal sehen|hm|na\b|halt\b|egal|übrigens|und bitte"
        r"|und nicht|aber\b|und ich|sonst|nur so|nur\b|glaub|bin gespannt|mal ehrlich)",
    ),
}
_CLAUSE = re.compile(r"\s*[,;?!.]+\s*|\s+-\s+")


def _clip(text: str, language: str, now: datetime, zone: tzinfo) -> str:
    """Leave out the clauses after the question that only chat."""
    clauses = [clause for clause in _CLAUSE.split(text) if clause.strip()]
    if len(clauses) < 2:
        return text
    chatter = _CHATTER[language]
    kept = [clauses[0]]
    for clause in clauses[1:]:
        words = normalize(clause)
        if (
            chatter.match(words)
            and _find_period(words.split(), language, now, zone) is None
        ):
            # The chat goes on to the end: "ich glaub schon, aber ...".
            break
        kept.append(clause)
    return ", ".join(kept)


def read_question(
    text: str, language: str, now: datetime, time_zone: tzinfo
) -> Reading:
    """Read what a listening question asks. `now` is aware."""
    language = language if language in _TABLES else "en"
    text = _clip(text, language, now, time_zone)
    opened = re.match(_OPENERS[language], normalize(text)) is not None
    pieces = _prepare(text, language)
    joined = " ".join(pieces)
    if (recap := _recap(joined, language)) is not None:
        return Reading(
            Asked.RECAP,
            when=_household_period(pieces, recap[0], language, now, time_zone),
            recap=recap[0],
            month=recap[1],
        )
    place = None
    if (found := _PLACE[language].search(joined)) is not None:
        place = found.group("place")
        joined = (joined[: found.start()] + joined[found.end() :]).strip()
        joined = re.sub(r"\s+", " ", joined)
    pieces = joined.split()
    person = None
    if (found := _PERSON[language].search(joined)) is not None and (
        found.group("person") not in _NOT_PERSONS
    ):
        person = found.group("person")
    everyone = _WE[language].search(joined) is not None and person is None
    span = _find_period(pieces, language, now, time_zone)
    rest = pieces if span is None else pieces[: span.start] + pieces[span.end :]
    rest_text = " ".join(rest)
    whole = _Words(joined, language)
    words = _Words(rest_text, language)
    asked, kind = _classify(whole, words, language, joined)
    if asked is None and opened:
        # "Run me through my week", "erzähl mal, wie's so lief": a recap.
        asked = Asked.RECAP
    if (
        asked in (Asked.DAY_PARTS, Asked.WEEK_PARTS)
        and span is not None
        and re.search(_PART_PERIOD, span.words)
    ):
        # "At the weekend", "in the evenings": the parts compared, no period.
        span = None
    when = span.words if span is not None else None
    unread = None
    if (
        span is None
        and asked
        not in (
            Asked.FIRST_PLAY,
            Asked.LAST_PLAY,
            Asked.STREAK,
            Asked.DAY_PARTS,
            Asked.WEEK_PARTS,
        )
        and (starts := _TIME_STARTS[language].search(rest_text))
    ):
        unread = _cased(_unread(rest_text[starts.start() :]), text)
    left = _leftover(rest_text, language)
    terse_name = None
    if left is not None and re.search(_QUESTION_WORD[language], left):
        left = None
    if asked is Asked.PLAYS and left is not None:
        # "Queen plays this year", "radiohead play count": one name's plays.
        asked, terse_name = Asked.PLAY_COUNT, left
    if (
        asked is None
        and span is not None
        and left is not None
        # Said first, the name ("Queen on Saturday, yes or no", "any Justice
        # yesterday"): never a word left over in the middle of a question.
        and re.match(
            r"(?:(?:any|some|heard|listened to|played|did i|did we|hab ich|habe ich"
            rf"|was von|etwas von) )?{re.escape(left.split()[0])}\b",
            rest_text,
        )
    ):
        # "Queen on Saturday, yes or no", "Air am Samstag?": did I.
        asked = Asked.DID_I
    name = None
    if asked in NAMED:
        name, _after = (terse_name, "") if terse_name else _name(joined, language)
        if name is None:
            name = left
        if name is not None and person is not None:
            name = re.sub(rf"^{re.escape(person)} ", "", name)
        if name is not None and span is not None and span.words in name:
            # A period said with the name stays with it: the answer splits
            # it off unless the whole is a title ("Friday I'm in Love").
            when = None
            name = _around(name, span.words, language)
    if name is not None:
        name = _cased(name, text)
    if when is not None:
        when = _cased(when, text)
    content = "everything"
    if re.search(r"\b(?:podcasts?|episodes?|folgen|sendung\w*)\b", joined):
        content = "podcasts"
    elif re.search(r"\b(?:music|songs?|tracks?|musik|lieder|songs)\b", joined):
        content = "music"
    return Reading(
        asked,
        recap="period" if asked is Asked.RECAP else None,
        when=when,
        unread=unread,
        name=name,
        person=person,
        everyone=everyone,
        place=place,
        kind=kind,
        limit=_limit(pieces, language)
        if asked in (Asked.TOP, Asked.MOST_SKIPPED)
        else None,
        content=content,
    )


# Playing at all, not one name: "how many times did I play music".
_ANYTHING_PLAYED = (
    r"\b(?:(?:play|played|listen to|listened to|put on|hear|heard|stream|streamed)"
    r" (?:music|something|anything|stuff|songs)|press play|pressed play|hit play"
    r"|put (?:music|something) on|etwas|irgendwas|irgendetwas|musik)\b"
)


# A summary of a period: the recap family.
_RECAP = (
    r"^(?:recap|summarize|summarise|sum up|review|give me (?:a |my )?(?:summary|recap"
    r"|rundown|overview)|(?:a |my )?(?:summary|recap|rundown|overview)"
    r"|fasse?|zusammenfassung|rückblick|überblick)\b"
)


# A period summed up, said in plain words (issue 45): "how was my week in
# music", "year in review", "wie war mein Oktober".
_RECAP_ANY = {
    "en": r"\b(?:recap|rundown|review|summary|overview|wrapped|wrap up|in music"
    r"|how (?:was|is|did|has)\b(?!.*\b(?:many|much|long|often)\b)|went|look like"
    r"|looked like|all told)\b",
    "de": r"(?:rückblick|zusammenfassung|überblick|bilanz|in musik|wie war\b"
    r"|wie lief\b|wie ist \w+ (?:gelaufen|gewesen))",
}
# "What I listened to": a summary of plays, not a recap.
_PAST_WHAT = {
    "en": r"\b(?:what|which \w+) (?:did )?(?:i|we) (?:listened|played|heard|had on)\b",
    "de": r"\bwas (?:habe |hab |hat |haben )?(?:ich|wir|bei mir) .*(?:gehört|lief)",
}
# Habits compared: the part of the day or of the week more is played in.
_DAY_PART = {
    "en": r"\b(?:mornings?|afternoons?|evenings?|nights?|night owl|early bird)\b",
    "de": r"(?:\bmorgens\b|\bvormittags\b|\bnachmittags\b|\babends\b|\bnachts\b"
    r"|\bmorgen\b|\babend\b|\bnachmittag\b|\bnacht\b|frühaufsteher|nachteule"
    r"|morgenmensch|abendmensch)",
}
_COMPARING = {
    "en": r"\b(?:or|than|versus|vs|more|listener|person|type)\b",
    "de": r"\b(?:oder|als|mehr|eher|lieber|mensch|typ)\b",
}
_WEEK_PART = {
    "en": r"(?<!last )(?<!this )(?<!past )\b(?:weekends|(?:on|at) (?:the )?weekends?"
    r"|weekdays?|week days?|during the week|working days?|workdays?)\b",
    "de": r"(?:(?<!letztes )(?<!letzten )(?<!dieses )\bwochenende\b|unter der woche"
    r"|werktags?|wochentags|an wochentagen|wochenenden)",
}


# A name's first or last time, said without "when".
_NAMED_TIME = {
    "en": r"\b(?:(?:first|last) time (?:i|we|that)?\b|first play(?:ed)?\b"
    r"|last play(?:ed)?\b|(?:first|last) (?:listened|heard|played)\b)",
    "de": r"(?:\bwann zuerst\b|\berstes mal\b|\bzuletzt gehört\b|\bwann zuletzt\b"
    r"|\bzum (?:ersten|letzten) mal\b)",
}
# Counts said without "how many": "total plays last week", "unique tracks
# since October", "Podcastfolgen diese Woche".
_TERSE_COUNT = {
    "en": r"\b(?:total (?:plays|streams|songs|tracks|episodes)|(?:distinct|unique"
    r"|different) (?:artists|bands|songs|tracks|tunes)|plays$|plays (?:in|on|this"
    r"|last|since|yesterday|today)|(?:episodes|songs|tracks) played)\b",
    "de": r"(?:\bpodcastfolgen\b|\bwiedergaben\b|\bverschiedene (?:künstler|lieder"
    r"|songs|titel)\b)",
}


_PART_PERIOD = (
    r"\b(?:weekends?|week|wochenende|woche|werktags|mornings?|evenings?|afternoons?"
    r"|nights?|morgens|abends|nachmittags|nachts)\b"
)


def _compared(text: str, language: str) -> Asked | None:
    """Return the comparison of habits asked, if one is."""
    comparing = re.search(_COMPARING[language], text) is not None
    week = re.findall(_WEEK_PART[language], text)
    if week and (comparing or len(week) > 1):
        return Asked.WEEK_PARTS
    parts = re.findall(_DAY_PART[language], text)
    if len(parts) > 1 and comparing:
        return Asked.DAY_PARTS
    if parts and re.search(
        r"\b(?:listener|person|type|night owl|early bird)\b|mensch|typ\b"
        r"|frühaufsteher|nachteule",
        text,
    ):
        return Asked.DAY_PARTS
    return None


def _classify(
    whole: _Words, words: _Words, language: str, text: str
) -> tuple[Asked | None, str | None]:
    """Return what is asked and what is ranked; `words` lack the period."""
    if whole.has("streak"):
        return Asked.STREAK, None
    if whole.has("skip"):
        if words.any("most") or whole.any("rank"):
            kind = "artist" if whole.has("artist") else "track"
            if not re.search(r"\b(?:how many|how often|wie viele|wie oft)\b", text):
                return Asked.MOST_SKIPPED, kind
        return Asked.SKIPS, None
    if whole.has("repeat") and "on repeat" not in text:
        return Asked.REPEAT, None
    if (
        re.search(_NAMED_TIME[language], text)
        and not re.search(r"^(?:what|which|was|welche[sn]?)\b", text)
        and not whole.has("new")
    ):
        # "First time I played Phantom", "Queen zuletzt gehört wann".
        if re.search(r"\b(?:last|latest|zuletzt|letzte[ns]?)\b", text):
            return Asked.LAST_PLAY, None
        return Asked.FIRST_PLAY, None
    if whole.has("when") and not whole.has("peak"):
        if not words.any("first", "last") and words.any("most"):
            return Asked.PEAK, None
        if words.any("last"):
            return Asked.LAST_PLAY, None
        return Asked.FIRST_PLAY, None
    if (compared := _compared(text, language)) is not None:
        return compared, None
    if whole.has("on_repeat"):
        # "Hooked on" a podcast, "obsessed with" someone: the top of what
        # was named, lately; a song (or nothing named) is on repeat.
        return Asked.ON_REPEAT, _kind(whole, "track")
    if whole.has("new") and not re.search(r"^(?:when|wann)\b", text):
        return Asked.NEW_ARTISTS, None
    if whole.has("peak"):
        return Asked.PEAK, None
    if whole.has("taste") and not _past_what(text, language):
        return Asked.TASTE, None
    if re.search(_RECAP, text):
        if re.search(_PAST_WHAT[language], text):
            return Asked.WHAT_PLAYED, None
        return Asked.RECAP, None
    if (
        whole.has("count") or re.search(_TERSE_COUNT[language], text)
    ) and not whole.has("time"):
        counted = _counted(whole, text, language)
        if counted is not None:
            return counted, None
    if whole.has("time") and not whole.has("often"):
        return Asked.LISTENING_TIME, None
    if whole.has("often") or re.search(r"\b(?:how many|wie viele) times\b", text):
        if re.search(_ANYTHING_PLAYED, text):
            return Asked.PLAYS, None
        return Asked.PLAY_COUNT, None
    if words.any("first") and not words.has("rank"):
        return Asked.FIRST_IN, None
    if words.any("last") and not words.has("rank"):
        return Asked.LAST_IN, None
    if whole.has("rank") or re.search(r"\b(?:most|am meisten)\b", text):
        return Asked.TOP, _kind(whole, "track")
    if re.search(_RECAP_ANY[language], text) and not re.search(
        _PAST_WHAT[language], text
    ):
        return Asked.RECAP, None
    if whole.has("did"):
        return Asked.DID_I, None
    if re.search(
        r"^(?:what|who|which (?:song|track|tune|songs|tracks|music)|was|wen|welche[sn]?"
        r" (?:lied|song|titel|musik|stück)|welcher (?:song|titel))\b",
        text,
    ) and whole.has("played"):
        return Asked.WHAT_PLAYED, None
    return None, None


def _past_what(text: str, language: str) -> bool:
    """Tell whether "was für Musik" asks what was played ("hab ich gehört").

    German "was für" is "which"; "what kind of music did I listen to" and
    "welche Art von Musik" ask about taste.
    """
    return (
        language == "de"
        and re.search(r"^was für musik (?:habe|hat|haben) ", text) is not None
    )


def _counted(whole: _Words, text: str, language: str) -> Asked | None:
    if whole.has("distinct") or whole.has("artist"):
        if whole.has("artist"):
            return Asked.ARTISTS
        if whole.has("track"):
            return Asked.SONGS
    if re.search(r"\b(?:of|von) (?!(?:my|meine[nr]?|music|musik)\b)", text) and (
        re.search(r"\b(?:episodes?|folgen?|episoden?)\b", text)
    ):
        return Asked.PLAY_COUNT
    if re.search(
        r"\b(?:plays|streams|listens|spins) (?:does|did|has|have) (?!(?:i|we|you) )"
        r"|\bwiedergaben (?:hat|hatte|haben) (?!(?:ich|wir) )|\btimes (?:has|have|was"
        r"|were) (?!(?:i|we|you|there) )",
        text,
    ):
        return Asked.PLAY_COUNT
    if re.search(r"\btimes\b", text):
        if re.search(_ANYTHING_PLAYED, text):
            return Asked.PLAYS
        return Asked.PLAY_COUNT
    if (
        whole.has("plays")
        or whole.has("track")
        or re.search(
            r"\b(?:plays|wiedergaben|streams|things|stuff|sachen|episodes?|folgen"
            r"|podcastfolgen|podcasts?)\b",
            text,
        )
    ):
        return Asked.PLAYS
    return None
