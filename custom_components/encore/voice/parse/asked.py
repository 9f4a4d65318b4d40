"""What a question asks, the content it names and how many to name.

Told by words people use for it, in both languages alike.
"""

import re
from typing import Final

from ..when import number_word
from .asked_words import DE, EN
from .reading import Asked
from .speech import _NOT_A_COUNT

# -- what is asked ----------------------------------------------------------------------

TABLES = {"en": EN, "de": DE}
_COMPILED: dict[str, dict[str, re.Pattern[str]]] = {
    language: {key: re.compile(value) for key, value in table.items()}
    for language, table in TABLES.items()
}


class Words:
    """The words of a question, matched against one language's table."""

    def __init__(self, text: str, language: str) -> None:
        """Hold the words and the table of their language."""
        self.text = text
        self.language = language
        self.table = _COMPILED.get(language, _COMPILED["en"])

    def has(self, *keys: str) -> bool:
        """Whether every one of these word classes occurs."""
        return all(self.table[key].search(self.text) is not None for key in keys)

    def any(self, *keys: str) -> bool:
        """Whether one of these word classes occurs."""
        return any(self.table[key].search(self.text) is not None for key in keys)


def kind_ranked(words: Words, default: str | None) -> str | None:
    """Return what a ranking ranks: its noun ("albums"), "who" for artists.

    "Whose records", "wessen Platten" rank the artists who made them.
    """
    if re.search(r"\b(?:whose|wessen)\b", words.text):
        return "artist"
    # The field named beats the question word: "wer ist meine Nummer eins
    # bei den Songs", "who's top among my albums" (issue 45's nineteenth
    # turn; "podcast-wise" is read in `plainly.said_plainly`).
    if among := re.search(
        r"\b(?:bei den|unter den|among(?: my| the)?) (\w+)", words.text
    ):
        named = Words(among.group(1), words.language)
        for kind in ("album", "show", "artist", "track"):
            if named.has(kind):
                return kind
    if words.has("album"):
        return "album"
    if words.has("show"):
        return "show"
    if words.has("artist"):
        return "artist"
    if words.has("track"):
        return "track"
    return default


def limit_said(pieces: list[str], language: str) -> int | None:
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
            r"|alben|titel|tunes|records|interpreten|most|meistgespielten|meistgehörten|favou?rite)$",
            after,
        ):
            return value
    return None


# Playing at all, not one name: "how many times did I play music".
_ANYTHING_PLAYED = (
    r"\b(?:(?:play|played|listen to|listened to|put on|hear|heard|stream|streamed)"
    r" (?:music|something|anything|stuff|songs)|press play|pressed play|hit play"
    r"|put (?:music|something) on|etwas(?! von)|irgendwas(?! von)"
    r"|irgendetwas(?! von)|musik)\b"
)


# A summary of a period: the recap family.
RECAP_ASKED = (
    r"^(?:recap|summarize|summarise|sum up|review|give me (?:a |my )?(?:summary|recap"
    r"|rundown|overview)|(?:a |my )?(?:summary|recap|rundown|overview)"
    r"|fasse?|zusammenfassung|rückblick|überblick)\b"
)


# A period summed up, said in plain words (issue 45): "how was my week in
# music", "year in review", "wie war mein Oktober".
_RECAP_ANY = {
    "en": r"\b(?:recap|rundown|review|summary|overview|wrapped|wrap up|in music"
    r"|in listening"
    # "My stats for the summer" (issue 45's twenty-sixth turn): read after
    # every other family, so "skip stats" stays the skip rate.
    r"|stats|statistics"
    r"|how (?:was|is|did|has)\b(?!.*\b(?:many|much|long|often)\b)|went|look like"
    r"|looked like|all told|how it (?:was|went)|overall picture|musically speaking"
    r"|(?:was|were) (?:my|our) (?:this |last )?\w+ like"
    # "What was last month like for me", "sum it up", "give me a round up
    # of October" (issue 45's sixty-third turn, blind writers 414 and 418:
    # read as what played, wrong facts).
    r"|(?:was|were) (?:this|last) \w+ like for (?:me|us)|sum (?:it|that) (?:all )?up"
    r"|round ?ups?|round-ups?)\b",
    "de": r"(?:rückblick|zusammenfassung|zusammenfass\w*|überblick|übersicht|bilanz"
    r"|statistik\w*"
    r"|in musik|wie war\b"
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
    "de": r"(?:\bmorgens\b|\bvormittags\b|\bnachmittags\b|\bmittags\b|\babends\b|\bnachts\b"
    r"|\bmorgen\b|\babend\b|\bnachmittag\b|\bnacht\b|frühaufsteher|nachteule"
    r"|morgenmensch|abendmensch|morgenhörer\w*|abendhörer\w*|nachthörer\w*"
    r"|nachmittagshörer\w*)",
}
_COMPARING = {
    "en": r"\b(?:or|than|versus|vs|more|listener|person|type)\b",
    # "Als" alone is "when" ("als die Freunde da waren"); "mehr ... als" compares.
    "de": r"\b(?:oder|mehr|eher|lieber|mensch|typ)\b",
}
_WEEK_PART = {
    "en": r"(?<!last )(?<!this )(?<!past )\b(?:weekends|(?:on|at) (?:the )?weekends?"
    # "Which weekday": the usual day, no weekdays against weekends.
    r"|(?<!which )(?<!what )weekdays?|week days?|during (?:the )?week|working days?|workdays?"
    # "Weekend or during week, when do I listen more": a bare weekend set
    # against the week.
    r"|weekend(?= or\b)|(?<=\bor )(?:the )?weekend)\b",
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
# A name's first or last play said as a noun ("my first ever spin of Genesis
# by Justice", "most recent play of Around the World", "die allererste
# Wiedergabe von Genesis"): that name's, never the first of anything. Read in
# the words without the period ("the first play of today" is the first in).
NAMED_PLAY = {
    "en": r"\b(?:(?P<last>last|latest|final|most recent)|first|earliest|very first)"
    r"(?: ever)? (?:play|spin|listen|stream|time i (?:played|heard))s? (?:of|to)"
    r" (?!(?:the |this |that )?(?:day|week|month|year|morning|evening|night)\b)\w",
    "de": r"(?:(?P<last>\bletzte[nrs]?|\bjüngste[nrs]?)|\berste[nrs]?|allererste[nrs]?)"
    r" (?:wiedergabe|durchlauf|abspielen|stream|play|mal) (?:von|mit) (?!(?:heute"
    r"|gestern|diese[rnm]?|de[rnm] (?:tag|woche|monat|jahr))\b)\w",
}
# A ranking's measure ("top three artists by play count", "meine Top drei
# Acts nach Plays", "most played podcast by episode count"): how it is
# ranked, never a count asked for.
_MEASURE = {
    "en": re.compile(
        r"\b(?:by|in terms of|measured by|according to|based on|going by) (?:the )?"
        r"(?:total )?(?:(?:play|stream|listen|spin|episode) ?counts?|plays|streams"
        r"|spins|listens|episodes(?: played)?|number of (?:plays|streams|spins"
        r"|listens|episodes|times played))\b"
    ),
    "de": re.compile(
        r"\b(?:nach|gemessen an|gemessen nach) (?:der |den )?(?:anzahl (?:der |an )?"
        r"(?:wiedergaben|plays|streams|folgen|durchläufe)|plays|wiedergaben|streams"
        r"|durchläufen|abrufen|folgen(?:anzahl|zahl)?|episoden|hörzahlen)\b"
    ),
}
# "Last" of a period is no last play: "was it last year", "letzte Woche".
_LAST_OF_PERIOD = (
    r"\b(?:last|letzte[nrs]?) (?:year|week|month|night|weekend|summer|winter|spring"
    r"|autumn|fall|time i checked|jahr|woche|monat|nacht|wochenende|sommer|winter)\b"
)
# Counts said without "how many": "total plays last week", "unique tracks
# since October", "Podcastfolgen diese Woche".
_TERSE_COUNT = {
    "en": r"\b(?:total (?:plays|streams|songs|tracks|episodes)|(?:distinct|unique"
    r"|different) (?:artists|bands|songs|tracks|tunes)|plays$|plays (?:in|on|this"
    r"|last|since|yesterday|today"
    # "Justice plays lately", "Radiohead plays ever": a keyword speaker's
    # count of a name's plays over a period said without "in" (issue 45's
    # sixty-first turn, blind writer 401).
    r"|lately|recently|ever|so far|these days|past|the past|the last|over)|(?:episodes|songs|tracks) played)\b",
    "de": r"(?:\bpodcastfolgen\b|\bwiedergaben\b|\bverschiedene (?:künstler|lieder"
    r"|songs|titel)\b)",
}


# "Wie viel hab ich da insgesamt abgespielt, Lieder und Podcasts zusammen":
# how much was played back is a count of plays, not a time (issue 45's
# twenty-seventh turn); "wie viel Musik", a time word keep the time.
_HOW_MUCH_PLAYED = {
    "de": r"^(?!.*\b(?:wie lange|zeit|stunden|minuten|musik)\b).*\bwie ?viel (?:hab|habe|hat|haben)"
    r" (?:ich|wir)\b.*\b(?:abgespielt|gestreamt)\b",
}


PART_PERIOD = (
    r"\b(?:weekends?|week|wochenende|woche|werktags|mornings?|evenings?|afternoons?"
    r"|nights?|morgens|abends|nachmittags|nachts)\b"
)


def compared_asked(text: str, language: str) -> Asked | None:
    """Return the comparison of habits asked, if one is."""
    # "Oder nicht", "or not" ask yes or no, never two things compared.
    text = re.sub(r"\b(?:or not|yes or no|oder nicht|ja oder nein)\b", " ", text)
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


# Asking for what was skipped, not how much: "whose records am I forever
# skipping", "which song do I skip", "welches Lied überspringe ich".
_SKIPPED_WHICH = (
    r"^(?:whose|who|which (?:songs?|tracks?|tunes?|artists?|bands?|singers?"
    r"|records?|albums?|ones?)|what (?:songs?|tracks?|tunes?|artists?|bands?)"
    r"|wessen|wen|welche[snrm]? (?:lied\w*|songs?|titel|künstler\w*|bands?)"
    # "What's the tune I'm forever skipping", "the song I always skip, which
    # one": the thing skipped named by its kind (issue 45's nineteenth turn).
    r"|(?:what(?: is|'s|s) )?the (?:songs?|tracks?|tunes?|artists?|bands?|singers?)"
    r" (?:that )?(?:i|i'm|i am|we)\b"
    # "Is there one particular tune that I habitually pass over": one thing
    # skipped, asked whether it exists (issue 45's twenty-seventh turn).
    r"|(?:is there|are there|have i got|do i have|gibt es|gibts?) (?:an?|one|any|some|eine?n?|so eine?n?)"
    r"(?: particular| certain| special| bestimmte[ns]?)? (?:songs?|tracks?|tunes?|artists?|bands?"
    r"|singers?|lied\w*|songs?|künstler\w*|band))\b"
)


# Asking for what was never done: "which artist did I never skip".
_NEVER = {
    # "Which song don't I skip at all" (issue 45's sixty-eighth turn, blind
    # writer 462's "doh skip"): the subject may stand after the negation.
    "en": r"^(?:which|what|who|whose)\b.*\b(?:never|not|doh|didnt|didn't|havent|haven't|dont|don't|doesnt|doesn't|hasnt|hasn't)"
    r"(?: i| we)?(?: once| ever| yet)? (?:skip|skipped|play|played|listen|listened|hear"
    r"|heard)\b",
    "de": r"^(?:welche\w*|wen|wer|was)\b.*\b(?:(?:nie|niemals|nicht|keinmal) (?:mal )?"
    r"(?:übersprungen|geskippt|weggeklickt|gehört|gespielt)"
    # "Welches Lied überspringe ich nie", "welchen Künstler skippe ich nicht".
    r"|(?:überspring\w*|skipp\w*) (?:ich|wir) (?:fast |so gut wie )?(?:nie|niemals|nicht|keinmal))\b",
}
# A ranking asked by its measure: "which song got the most plays".
_MOST_PLAYS = {
    # Anywhere: a period may be said first ("over the past two weeks, which
    # artist has had the most plays").
    "en": r"\b(?:which|what|who|whose)\b(?!.*\bhow many\b).*\b(?:the )?most"
    r" (?:plays|streams|spins|listens|play time|playtime|listening time|episodes)\b",
    "de": r"\b(?:welche\w*|wer|wessen|was für)\b(?!.*\bwie viele\b).*\b(?:die )?(?:meisten|häufigsten)"
    r" (?:wiedergaben|durchläufe|streams|plays|folgen|episoden)\b",
}


_SAME_ON_REPEAT: Final = r"^(?:do|did|have|am|are) (?:i|we) (?:\w+ ){0,3}the same (?:\w+ ){0,2}(?:on|in) repeat\b"


def _asks_repeat_rate(text: str) -> bool:
    """Whether a question with a repeat word asks how much is repeated.

    "On repeat" names the song on repeat, except in "do I play the same
    things on loop heaps", which asks the habit (issue 45's sixtieth turn,
    blind writer 380, a New Zealand farmer: read as the top songs, a wrong
    fact).
    """
    return "on repeat" not in text or re.search(_SAME_ON_REPEAT, text) is not None


# What was played, asked by what was heard: "what did I play", "which
# podcasts did I listen to this week" (issue 45's sixty-first turn, blind
# writer 392: the shows, as the songs are). "Which artists did I listen to
# last week", "welche Künstler hab ich gestern gehört" (seventy-eighth turn):
# the period's summary names its artists, as it does for "what artists did I
# hear".
_WHAT_PLAYED_ASKED = re.compile(
    r"^(?:what|who|which (?:song|track|tune|songs|tracks|tunes|records|music|podcasts"
    r"|episodes|shows)|was|wen|welche[sn]? (?:lied|song|titel|musik|stück)"
    r"|welcher (?:song|titel)"
    # The artists heard, never with a word of the most ("welche Künstler ich
    # habe hören meistens": the ranking, read elsewhere).
    r"|(?!.*\b(?:most|meist|häufigst|öftest))(?:which (?:artists|bands|singers"
    r"|musicians|groups|albums)|welche (?:künstler(?:innen)?|bands|interpreten"
    r"|sänger(?:innen)?|gruppen|alben|lieder|songs|podcasts|folgen)))\b"
)


def _parts_asked_when(words: Words, text: str, language: str) -> Asked | None:
    """Return two parts of the week or day set against each other by a "when".

    "Weekend or weekdays, when did I play more" compares them, never asks
    the peak hour (issue 45's eighty-fifth turn, held-out writer 565: a wrong
    fact); a first or last play keeps its own "when".
    """
    if words.any("first", "last") or not re.search(r"\b(?:or|than|oder|als)\b", text):
        return None
    return compared_asked(text, language)


def classify(
    whole: Words, words: Words, language: str, text: str
) -> tuple[Asked | None, str | None]:
    """Return what is asked and what is ranked; `words` lack the period."""
    whole, words, text = _without_measure(whole, words, text, language)
    if re.search(_NEVER[language], text):
        # "Which artist did I never skip": the complement of a ranking, which
        # no family answers; never the most skipped instead.
        return None, None
    if whole.has("streak"):
        return Asked.STREAK, None
    if whole.has("skip"):
        return _skipped(whole, words, text)
    if whole.has("repeat") and _asks_repeat_rate(text):
        return Asked.REPEAT, None
    if (named := _named_time(whole, words, text, language)) is not None:
        return named, None
    if whole.has("when") and not whole.has("peak"):
        if (compared := _parts_asked_when(words, text, language)) is not None:
            return compared, None
        if not words.any("first", "last") and words.any("most"):
            return Asked.PEAK, None
        if Words(re.sub(_LAST_OF_PERIOD, " ", words.text), language).any("last"):
            return Asked.LAST_PLAY, None
        return Asked.FIRST_PLAY, None
    if (compared := compared_asked(text, language)) is not None:
        return compared, None
    if whole.has("on_repeat"):
        # "Hooked on" a podcast, "obsessed with" someone: the top of what
        # was named, lately; a song (or nothing named) is on repeat.
        return Asked.ON_REPEAT, kind_ranked(whole, "track")
    if whole.has("new") and not re.search(r"^(?:when|wann)\b", text):
        return Asked.NEW_ARTISTS, None
    if whole.has("peak"):
        return Asked.PEAK, None
    if whole.has("taste") and not _past_what(text, language):
        return Asked.TASTE, None
    if re.search(RECAP_ASKED, text):
        if re.search(_PAST_WHAT[language], text):
            return Asked.WHAT_PLAYED, None
        return Asked.RECAP, None
    if re.search(_MOST_PLAYS[language], text):
        # "Which song racked up the most plays", "welcher Künstler hat die
        # meisten Durchläufe": a ranking, not a count.
        return Asked.TOP, kind_ranked(whole, "track")
    if (
        whole.has("count") or re.search(_TERSE_COUNT[language], text)
    ) and not whole.has("time"):
        counted = _counted(whole, text, language)
        if counted is not None:
            return counted, None
    if language in _HOW_MUCH_PLAYED and re.search(_HOW_MUCH_PLAYED[language], text):
        return Asked.PLAYS, None
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
        return Asked.TOP, kind_ranked(whole, "track")
    if re.search(_RECAP_ANY[language], text) and not re.search(
        _PAST_WHAT[language], text
    ):
        return Asked.RECAP, None
    if whole.has("did"):
        return Asked.DID_I, None
    if re.search(_WHAT_PLAYED_ASKED, text) and whole.has("played"):
        return Asked.WHAT_PLAYED, None
    return None, None


def _without_measure(
    whole: Words, words: Words, text: str, language: str
) -> tuple[Words, Words, str]:
    """Take out a ranking's measure ("by play count"): no count of plays."""
    measure = _MEASURE[language].search(text)
    if measure is None or not (whole.has("rank") or whole.has("most")):
        return whole, words, text
    text = " ".join((text[: measure.start()] + text[measure.end() :]).split())
    rest = " ".join(_MEASURE[language].sub(" ", words.text).split())
    return Words(text, language), Words(rest, language), text


def _named_time(whole: Words, words: Words, text: str, language: str) -> Asked | None:
    """Return a name's first or last play when asked for, said as a noun or a time."""
    if (found := re.search(NAMED_PLAY[language], words.text)) is not None:
        # "My first ever spin of Genesis", "die letzte Wiedergabe von Air".
        return Asked.LAST_PLAY if found.group("last") else Asked.FIRST_PLAY
    if (
        re.search(_NAMED_TIME[language], text)
        and not re.search(r"^(?:what|which|was|welche[sn]?)\b", text)
        and not whole.has("new")
    ):
        # "First time I played Phantom", "Queen zuletzt gehört wann"; the
        # "last" of "was it last year" is the period's, not the last play.
        unperiod = re.sub(_LAST_OF_PERIOD, " ", text)
        if re.search(r"\b(?:last|latest|most recent|zuletzt|letzte[ns]?)\b", unperiod):
            return Asked.LAST_PLAY
        return Asked.FIRST_PLAY
    return None


# How much of what is played is skipped: the skip rate, never the most skipped.
_SKIP_SHARE = (
    r"\b(?:proportion|percentage|percent|share|fraction|ratio|rate|portion|how much of"
    r"|how many of|what part|what amount|anteil|prozent|wie viel prozent|quote"
    # "Am I hitting skip more than usual lately" (issue 45's thirty-first
    # turn): how much, against the usual; never the song skipped most.
    r"|more than usual|less than usual|more than normal|mehr als sonst|weniger als sonst)\b"
)


def _skipped(whole: Words, words: Words, text: str) -> tuple[Asked, str | None]:
    """Return the most skipped (and of what) or how much was skipped."""
    if re.search(_SKIP_SHARE, text):
        # "What proportion of what I play do I end up skipping": the rate,
        # whatever "end up" or "always" is said with it.
        return Asked.SKIPS, None
    if words.any("most") or whole.any("rank") or re.search(_SKIPPED_WHICH, text):
        kind = "artist" if whole.has("artist") else "track"
        # "How much do I skip in general" (a learner's "in general" read as
        # "usually"): how much is the rate, never the song skipped most.
        if not re.search(
            r"\b(?:how many|how often|how much|wie viele|wie oft|wie viel)\b", text
        ):
            return Asked.MOST_SKIPPED, kind
    return Asked.SKIPS, None


def _past_what(text: str, language: str) -> bool:
    """Tell whether "was für Musik" asks what was played ("hab ich gehört").

    German "was für" is "which"; "what kind of music did I listen to" and
    "welche Art von Musik" ask about taste.
    """
    if language == "en":
        # "What kinda stuff was I listening to the last seven days" (issue
        # 45's twenty-eighth turn): what was on then, in the past progressive.
        return (
            re.search(
                r"^what (?:kinda|sorta|kind of|sort of|type of) (?:music|stuff|songs|things)"
                r" (?:was|were) (?:i|we) (?:listening|playing|having on)\b",
                text,
            )
            is not None
        )
    return (
        language == "de"
        and re.search(r"^was für musik (?:habe|hat|haben) ", text) is not None
    )


def _counted(whole: Words, text: str, language: str) -> Asked | None:
    if re.search(
        r"\bwie viel (?:habe|hab|hat|haben) (?:ich|wir)\b.*\b(?:gespielt|abgespielt)\b",
        text,
    ):
        # "Wie viel hab ich seit Montag gespielt": the plays, or a name's.
        return Asked.PLAY_COUNT
    if whole.has("often") and not re.search(_ANYTHING_PLAYED, text):
        # "Wie viel mal lief Queen": how often one name, not every play.
        return Asked.PLAY_COUNT
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
            r"\b(?:plays|wiedergaben|streams|things|stuff|sachen|episodes?|folgen|records"
            r"|podcastfolgen|podcasts?)\b",
            text,
        )
    ):
        return Asked.PLAYS
    return None


# What "music" and "podcasts" are said with (issue 45: "songs" never counts an
# episode): "tunes", "Titel", "Podcastfolgen"; both said is everything.
_PODCAST_WORDS = re.compile(
    # "Songs and programmes and all": a radio programme is a show.
    r"\b(?:podcast\w*|episodes?|episoden?|\w*folgen|sendung\w*|(?:talking|radio) programmes?"
    r"|(?<=\band )programmes)\b"
)
_MUSIC_WORDS = re.compile(
    # "When do I tune in": to tune in, after its asker or an adverb, is to
    # listen, no tune (issue 45's fifty-ninth turn, blind writer 378: its
    # peak was weighed on music alone); "the last tune in October" is one.
    r"\b(?:tunes|tune(?! in\b)"
    r"|(?<!\bi )(?<!\bwe )(?<!\bto )(?<!\busually )(?<!\bnormally )(?<!\btypically )"
    r"(?<!\bmostly )(?<!\boften )(?<!\balways )(?<!\bgenerally )(?<!\bfirst )tune(?= in\b))\b"
    # "If you keep track of that": to keep track is no track (issue 45's
    # seventieth turn, blind writer 475: its podcasts became everything).
    r"|\b(?:music|songs?|(?<!\bkeep )(?<!\bkeeps )(?<!\bkept )(?<!\blose )(?<!\blost )tracks?"
    r"|musik|lieder|liedern|lied|titeln?|stücke?"
    # A grandparent's "records" are music ("how many records did I put on"),
    # but "my records" may be the history itself.
    r"|(?<!my )(?<!our )(?<!your )(?<!the )records?|albums?|lps?|vinyls?"
    # "An early bird or a night owl with my records" (writer 78): records
    # played, never the history ("in my records").
    r"|(?<=\bwith )(?:my|our) records)\b"
)


_AND_EVERYTHING = re.compile(
    r"\b(?:and|&) (?:everything|the lot|the whole lot|whatnot)\b|\bund alles\b"
    # "Podcasts an aw" (Scots: and all), "songs and all": the content said and
    # the rest beside it.
    r"|\b(?:podcasts?|songs|music|episodes|tunes|programmes) (?:and|an|an') (?:all|aw|that|stuff)$"
)


def content_said(words: str, language: str) -> str:
    """Return the content normalized words limit themselves to.

    "music" for songs, "podcasts" for episodes, "everything" when neither or
    both are said ("Musik und Podcasts und alles").
    """
    del language  # the words of both languages are told apart by themselves
    if _AND_EVERYTHING.search(words):
        # "Podcasts and everything", "Podcasts und alles": all of it.
        return "everything"
    podcasts = _PODCAST_WORDS.search(words) is not None
    music = _MUSIC_WORDS.search(words) is not None
    if podcasts and not music:
        return "podcasts"
    if music and not podcasts:
        return "music"
    return "everything"


# A count asked for in so many words: no ranking is sure beside it.
_COUNT_ASKED = re.compile(
    r"\b(?:how many|number of|wie viele|wieviele|anzahl|zahl der)\b"
)


# A name's count asked as a keyword ("number of plays for The Daily over the
# last seven days, if you don't mind", issue 45's nineteenth turn): no total
# of plays holds "for" or "of" a name.
_NAME_COUNTED = re.compile(
    r"\b(?:number of (?:plays|spins|listens|streams)|play count|anzahl (?:der )?wiedergaben)"
    r" (?:for|of|von|für) (?!(?:the |my |all |den |die |der |meine )?(?:last|past|this|today|yesterday"
    r"|week|month|year|time|letzte\w*|diese\w*|heute|gestern)\b)"
)


# New artists said in words only they hold (the speech habits undone: "what
# artists have I heard for the first time" is "which new artists did I
# discover"), when they are asked.
_FIRST_TIME = re.compile(
    r"\bnew (?:artists?|bands?|singers?|acts?)\b|\bneue[nr]? (?:künstler\w*|bands?)\b"
    r"|\bfor the (?:very )?first time\b|\bzum (?:aller)?ersten mal\b"
)


def sure_of(asked: Asked | None, text: str, name: str | None, language: str) -> bool:
    """Tell whether the words say what is asked by words only it holds.

    A ranking said with a rank word and no count ("top three acts by
    plays"), on repeat ("that song I keep playing"), a name's first or last
    time or its plays with the name said: a listed sentence of another
    family that caught the words yields to the reading.
    """
    if asked is Asked.TOP:
        said = _MEASURE[language].sub(" ", text)
        return Words(said, language).has("rank") and not _COUNT_ASKED.search(said)
    if asked is Asked.ON_REPEAT:
        return True
    if asked is Asked.PLAY_COUNT and name and _NAME_COUNTED.search(text):
        return True
    if asked is Asked.NEW_ARTISTS:
        # "What artists have I heard for the first time since March": the
        # new artists, never what played since (issue 45's nineteenth turn).
        return _FIRST_TIME.search(text) is not None
    if asked in (Asked.FIRST_IN, Asked.LAST_IN) and _VERY_FIRST_LAST.search(text):
        # "What did I play last, like the very last thing": the very last
        # play, never what played "last ..." (writer 77).
        return True
    return asked in (Asked.FIRST_PLAY, Asked.LAST_PLAY, Asked.DID_I) and bool(name)


_VERY_FIRST_LAST = re.compile(
    r"\b(?:the very (?:first|last)|very (?:first|last) (?:thing|one|song|track|tune|record))\b"
)


def kind_said(text: str, language: str) -> bool:
    """Tell whether a ranking's kind was said ("acts", "LP"), not defaulted."""
    return kind_ranked(Words(text, language), None) is not None
