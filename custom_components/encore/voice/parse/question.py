"""The whole reading of a question, each part read once."""

from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
import re
from typing import Final

from ..when import clocks_said, normalize, one_time
from ..when.years import year_beside_a_period
from .asked import (
    NAMED_PLAY,
    PART_PERIOD,
    RECAP_ASKED,
    TABLES,
    Words,
    classify,
    compared_asked,
    content_said,
    kind_ranked,
    kind_said,
    limit_said,
    sure_of,
)
from .corrections import take_back, take_back_name, time_meant_first
from .dialect_de_swiss import unread_swiss
from .names import (
    ABOUT_NAME,
    COUNTED,
    QUESTION_WORD,
    as_said,
    find_name,
    leftover_name,
    trim_around,
    trim_name,
    without_home,
)
from .narrowed import narrowing
from .periods import (
    MEAL_TIMES,
    TIME_STARTS,
    Span,
    find_period,
    period_beside_parts,
    unread_words,
)
from .places import NOT_PERSONS, PERSON, POSSESSOR_DE, WE, find_place
from .plainly import said_plainly
from .reading import NAMED, Asked, Reading
from .recaps import household_period, recap_asked
from .speech import prepare
from .story_clauses import read_by_clauses, read_moment_in_story, read_pointed_back
from .timed_name import timed_name
from .when_of_a_name import when_of_a_name

# -- the reading ----------------------------------------------------------------------

# Openers that ask for a summary when nothing else is asked.
_OPENERS = {
    "en": r"^(?:\w+ )?(?:(?:run|walk) (?:me|us) through|fill (?:me|us) in|give (?:me|us) a rundown)\b",
    "de": r"^(?:\w+ )?(?:erzähl|gib mir (?:mal )?(?:einen|nen) (?:überblick|rückblick))",
}
# A summary asked for ("fass mal zusammen", "ne kleine Zusammenfassung",
# "sum up what I listened to"): with no time said, a recap of this month,
# never what played today (issue 45's twentieth turn, the brief: "a rundown
# of my listening" with no time is this month's).
_SUMMED_UP = {
    "en": re.compile(
        r"\b(?:summari[sz]e|sum (?:it |that |this |everything )?up|summary|summing[- ]up"
        r"|recap|rundown|run-down|overview|round-?up)\b"
    ),
    "de": re.compile(
        r"(?:zusammenfass\w*|\bfass\w*\b.*\bzusammen\b|\bzusammengefasst\b"
        r"|\brückblick\b|\büberblick\b|\bübersicht\b)"
    ),
}
# What the summary is of: what was listened to ("was ich so gehört hab").
_LISTENED = {
    "en": re.compile(
        r"\b(?:listened|listening|played|heard|had on|put on|music|plays)\b"
    ),
    "de": re.compile(
        r"\b(?:gehört|gespielt|gelaufen|lief|liefen|aufgelegt|angehört)\b"
    ),
}
# A period a recap sums up: a week or longer.
_LONG_PERIOD = (
    r"\b(?:year|month|week|summer|winter|spring|autumn|fall|jahr\w*|monat\w*"
    r"|woche\w*|sommer\w*|frühling\w*|herbst\w*|january|february|march|april"
    r"|may|june|july|august|september|october|november|december|januar|februar"
    r"|märz|mai|juni|juli|oktober|dezember|\d{4})\b"
)
# The history said as a place: "in my plays", "in meiner Historie".
_IN_HISTORY = {
    "en": re.compile(
        r"\b(?:in|from|on) (?:my|our) (?:(?:listening|play) history|history|plays"
        r"|listening|listens|streams|spins|stats|statistics|library|data"
        r")\b"
    ),
    "de": re.compile(
        r"\b(?:in|aus) (?:meiner|unserer|der) (?:historie|hörhistorie|geschichte"
        r"|statistik|sammlung)\b|\bin (?:meinem|unserem|dem)"
        r" (?:verlauf|hörverlauf)\b"
    ),
}
# "As we called them", "wie wir sie nannten": a word explained, no "we" asking.
_AS_CALLED = {
    "en": re.compile(
        r"\bas (?:we|people|they|you|one) (?:used to )?(?:call|calls|called|say|said"
        r"|knew)"
        r" (?:them|it|those|these)\b"
    ),
    "de": re.compile(
        r"\bwie (?:wir|man) (?:sie|es|die|das) (?:früher )?(?:nannten|genannt haben"
        r"|nennt|nannte|sagte|sagten)\b"
    ),
}
# Chat after a name ("Justice, was it last year or, just, when was the first
# time", "Around the World, when was it"): the name ends before it.
_AFTER_NAME = re.compile(
    r"\s+(?:(?:or )?was (?:it|that)|(?:oder )?war (?:das|es)|when|wann|or|oder)\b.*$"
)
_ONLY_ASKING = re.compile(
    r"(?:when|wann|what|was|how|wie|which|where|wo)(?: exactly| genau)?"
)
# A name said as what was played: "was Digital Love played at all",
# "did Queen get played", "wurde Air gestern gespielt".
_PASSIVE = {
    "en": re.compile(
        r"^(?:was|were|has|have|had) (?P<name>(?!(?:i|we|anything|something|any|some"
        r"|music|it|that|this|there)\b).+?) (?:been |ever |even )?(?:played|heard"
        r"|streamed|spun|put on|on)\b"
    ),
    "de": re.compile(
        r"^(?:habe ich )?(?:wurde|wurden|ist|sind) (?P<name>(?!(?:ich|wir|was|etwas|irgendwas|musik"
        r"|das|es)\b).+?) (?:gespielt|gehört|gestreamt|gelaufen)\b"
    ),
}
# A count asked in the passive: "how many times was Justice played".
_PASSIVE_COUNT = {
    "en": re.compile(
        # Without "been", nothing after the verb: "how many times has Ada
        # played Queen" is Ada's plays of Queen (issue 45's thirty-second turn).
        r"\b(?:how many times|how often) (?:was|were|has|have|had) (?P<name>(?!(?:i|we)\b)"
        r".+?) (?:been (?:played|heard|streamed|spun|put on|on)\b"
        r"|(?:played|heard|streamed|spun|put on|on)(?= *$))"
    ),
    "de": re.compile(
        r"\bwie oft (?:wurde|wurden|ist|sind) (?P<name>(?!(?:ich|wir)\b).+?)"
        r" (?:gespielt|gehört|gestreamt|gelaufen)\b"
    ),
}
# Words that join or play a name, never one alone ("folgen von podcast":
# "von"; "how many records did I put on": "put").
_FUNCTION_WORDS = frozenset(
    (
        *("von", "vom", "by", "of", "from", "the", "a", "an", "to", "for", "with"),
        *("der", "die", "das", "den", "dem", "des", "ein", "eine", "mit"),
        *("put", "on", "play", "played", "spin", "spun", "hear", "heard"),
        *("listen", "listened", "stream", "streamed"),
        # Bavaria's "do" and "da" (there): "wia vui Liadln hob i do laufen
        # lassn" (issue 45's thirty-third turn).
        *("da", "do"),
    )
)
# One of a name's songs or episodes asked for: "which episode of The Daily",
# "welche Folge von The Daily", "what song by Queen".
_ONE_OF = {
    "en": re.compile(
        r"\b(?:which|what) (?:episode|song|track|tune|one) (?:of|from|by) (?P<name>.+?)"
        r" (?:did|have|had|was|were|came|got)\b"
    ),
    "de": re.compile(
        r"\b(?:welche|welches|welcher|welchen) (?:folge|episode|lied|song|titel|stück)"
        r" (?:von|vom) (?P<name>.+?) (?:habe|hab|hat|hatte|haben|war|lief|kam)\b"
    ),
}
# The name after a play said as a noun: "the very first spin of Phantom by
# Justice", "die allererste Wiedergabe von Phantom von Justice".
_AFTER_PLAY = {
    "en": re.compile(r"\b(?:play|spin|listen|stream)s? (?:of|to) (?P<name>.+)$"),
    "de": re.compile(
        r"\b(?:wiedergabe|durchlauf|abspielen|stream|play|mal) (?:von|mit) (?P<name>.+)$"
    ),
}
# What was on, asked with a moment.
_WHAT_WORD = r"\b(?:what|which|was|welche[rs]?|welchen)\b"


@dataclass(frozen=True, slots=True)
class _Whose:
    """The words once the room is taken out, whose plays and where."""

    joined: str
    place: str | None
    person: str | None
    everyone: bool


def _whose_and_where(
    joined: str, language: str, now: datetime, time_zone: tzinfo
) -> _Whose:
    """Take out the room; find the person and "we" ("in my plays" is no room)."""
    joined = " ".join(_IN_HISTORY[language].sub(" ", joined).split())
    joined = " ".join(_AS_CALLED[language].sub(" ", joined).split())
    place = None
    if (found := find_place(joined, language, now, time_zone)) is not None:
        place = found.group("place")
        joined = (joined[: found.start()] + joined[found.end() :]).strip()
        joined = re.sub(r"\s+", " ", joined)
    person = None
    if (
        (found := PERSON[language].search(joined)) is not None
        and (_person_named(found) not in NOT_PERSONS)
    ) or (
        language == "de"
        and (found := POSSESSOR_DE.search(joined)) is not None
        and _person_named(found) not in NOT_PERSONS
    ):
        person = _person_named(found)
    everyone = WE[language].search(joined) is not None and person is None
    return _Whose(joined, place, person, everyone)


def _person_named(found: re.Match[str]) -> str | None:
    """Return the person a `PERSON` match names, whichever way it was said."""
    said = found.groupdict()
    return said.get("person") or said.get("person2") or said.get("person3")


def _settle(
    asked: Asked | None,
    whole: Words,
    joined: str,
    span: Span | None,
    *,
    opened: bool,
    summed: bool,
    language: str,
) -> tuple[Asked | None, Span | None]:
    """Return what is asked, told by the period and an opener; the period kept."""
    if (
        asked is Asked.WHAT_PLAYED
        and span is not None
        and re.search(RECAP_ASKED, joined)
        and re.search(_LONG_PERIOD, span.words)
    ):
        # "Summary of last year, what we listened": a year summed up is a
        # recap; "this afternoon's listening, summary" stays what played.
        asked = Asked.RECAP
    if (
        span is None
        and (
            asked is Asked.WHAT_PLAYED
            or (asked is None and _LISTENED[language].search(joined))
        )
        and summed
    ):
        # "Fass mal zusammen, was ich so gehört hab": no time said, a recap
        # (of this month), never today's plays.
        asked = Asked.RECAP
    if (
        asked is None
        and span is not None
        and clocks_said(span.words, language)
        and (whole.any("track", "played") or re.search(_WHAT_WORD, joined))
    ):
        # "Song at 7:50 pm yesterday", "heute früh um halb neun, was lief
        # da": a moment and what was on, the question said anywhere.
        asked = Asked.WHAT_PLAYED
    if asked is None and opened:
        # "Run me through my week", "erzähl mal, wie's so lief": a recap.
        asked = Asked.RECAP
    if (
        asked in (Asked.DAY_PARTS, Asked.WEEK_PARTS)
        and span is not None
        and re.search(PART_PERIOD, span.words)
    ):
        # "At the weekend", "in the evenings": the parts compared, no period.
        span = None
    return asked, span


# What is asked without a period: a time-like word left is no unread time.
_NO_PERIOD_ASKED = frozenset(
    {
        Asked.FIRST_PLAY,
        Asked.LAST_PLAY,
        Asked.STREAK,
        Asked.DAY_PARTS,
        Asked.WEEK_PARTS,
    }
)


def _unread_time(
    asked: Asked | None, span: Span | None, rest: str, language: str, text: str
) -> str | None:
    """Return words that look like a time and are none, as they were said."""
    if asked in _NO_PERIOD_ASKED:
        return None
    if language == "de" and (swiss := unread_swiss(rest)) is not None:
        # "Hüt am Zvieri": a time of day no period reads, beside the day.
        return as_said(swiss, text)
    if span is not None:
        # "Yesterday evening after dinner", "over brekkie this morning": the
        # period said is what is asked, the meal only how the speaker
        # remembers it (blind writers label such questions so).
        return None
    if (starts := TIME_STARTS[language].search(rest)) is None and (
        starts := MEAL_TIMES[language].search(rest)
    ) is None:
        return None
    return as_said(unread_words(rest[starts.start() :]), text)


def _terse(
    asked: Asked | None,
    span: Span | None,
    rest: str,
    person: str | None,
    language: str,
) -> tuple[Asked | None, str | None, str | None]:
    """Return what is asked, the name a terse question is about, the words left.

    "Queen plays this year" is one name's plays; "Queen on Saturday, yes
    or no" whether it was played.
    """
    left = leftover_name(rest, language)
    if left is not None and person is not None and left.casefold() == person:
        # "How many songs did Mia play": Mia is whose plays, not a name.
        left = None
    if left is not None and re.search(QUESTION_WORD[language], left):
        left = None
    if asked is Asked.PLAYS and left is not None:
        # "Queen plays this year", "radiohead play count": one name's plays.
        return Asked.PLAY_COUNT, left, left
    if (
        asked is None
        and span is not None
        and left is not None
        # Said first, the name ("Queen on Saturday, yes or no", "any Justice
        # yesterday"): never a word left over in the middle of a question.
        and re.match(
            r"(?:(?:any|some|the|heard|listened to|played|did i|did we|hab ich|habe ich"
            rf"|was von|etwas von) )?{re.escape(left.split()[0])}\b",
            rest,
        )
    ):
        # "Queen on Saturday, yes or no", "Air am Samstag?": did I.
        return Asked.DID_I, None, left
    return asked, None, left


# What follows "played", "listened to" in a first or last play of anything:
# a place, a time or a clause ("before bed", "on the radio", "when I got
# home"), never a name.
_NOT_A_NAME_AFTER_VERB = re.compile(
    r"^(?:on|in|at|before|after|during|while|from|with|to|for|since|until|till|when"
    r"|whilst|as|this|that|it|them|there|here|today|tonight|yesterday|just|last"
    r"|first|most|again|then|earlier|lately|recently|ever|all|anything|something"
    r"|music|songs?|tracks?|tunes?|podcasts?|episodes?|stuff|me|my|our|we|i|you)\b"
)


# Only a verb of what was done before ("played", not "play the album"): a
# command names what to play, and stays Home Assistant's.
_PLAYED_NAME = re.compile(
    r"\b(?:(?:did|have|had) (?:i|we) (?:play|listen to|hear|stream|put on|have on"
    r"|catch|spin)|played|listened to|heard|streamed|put on|had on|caught|spun)"
    # "... on which I played anything by Café Tacvba": the artist's own last
    # play (issue 45's sixty-third turn, blind writer 409: the last play of
    # anything, a wrong fact).
    r" (?:(?:anything|something|stuff) (?:by|from) )?(?P<name>.+)$"
)
# "Whatever it was", "the day before yesterday was": the rest of a clause.
_CLAUSE_WORD = re.compile(r"\b(?:whatever|was|were|is|are|it|i|we|you|mean|me)\b")


def _played_name(rest: str, language: str) -> str | None:
    """Return the name said after the verb of a first or last play ("played Air")."""
    if language != "en":
        return None
    found = _PLAYED_NAME.search(rest)
    if found is None:
        return None
    name = trim_name(found.group("name"), language)
    if (
        name is None
        or _NOT_A_NAME_AFTER_VERB.match(name)
        or _CLAUSE_WORD.search(name)
        or re.search(QUESTION_WORD[language], name)
    ):
        return None
    return name


def _unread_name(rest: str, language: str) -> bool:
    """Return whether more words are left than a terse name takes (`leftover_name`)."""
    left = ABOUT_NAME[language].sub(" ", rest).split()
    return len(left) > 5 and not re.search(QUESTION_WORD[language], " ".join(left))


def _named(
    whose: _Whose,
    span: Span | None,
    terse: str | None,
    left: str | None,
    language: str,
) -> tuple[str | None, bool]:
    """Return the name asked about and whether the period stays the question's.

    A period said inside the name stays with it ("Friday I'm in Love"); the
    name after a correction wins ("Air, I mean Justice").
    """
    after = (
        _AFTER_PLAY[language].search(whose.joined)
        if re.search(NAMED_PLAY[language], whose.joined)
        else None
    )
    name = next(
        (
            said
            for said in (
                terse,
                after.group("name") if after is not None else None,
                find_name(whose.joined, language)[0],
                left,
            )
            # "Moon Safari, last played when": a question word or a pronoun
            # is no name, nor are words that join one ("folgen von podcast":
            # "von"); the name is the one said first.
            if said
            and not _ONLY_ASKING.fullmatch(said)
            and not _FUNCTION_WORDS.issuperset(said.split())
        ),
        None,
    )
    if name is not None and (cut := _AFTER_NAME.sub("", name)):
        name = cut
    if name is not None and language == "en":
        name = without_home(name) or None
    if name is not None and span is not None:
        name = _name_past_the_period(name, span.words, whose.joined)
    if name is not None and whose.person is not None:
        # "How many things did Ada play": the person who played is no name
        # played (issue 45's nineteenth turn), nor the name's first word.
        name = (
            re.sub(rf"^{re.escape(whose.person)}(?: |$)", "", name, flags=re.I) or None
        )
    if (
        name is not None
        and span is not None
        and name == span.words
        and COUNTED.search(whose.joined)
    ):
        # The words taken for a name are the period's, beside what is
        # counted ("over the past two weeks how many episodes have I sort of
        # listened to"): no name. Alone they may be one ("when did I first
        # hear the weekend" is The Weeknd).
        return None, True
    if name is not None and span is not None and span.words in name:
        # The answer splits it off unless the whole is a title.
        return trim_around(name, span.words, language), False
    return name, True


# Words that fill a clause, never a name: what is left of "im August mal"
# once its period is read.
_FILLERS: Final = frozenset(
    {
        "mal",
        "ma",
        "so",
        "denn",
        "doch",
        "eigentlich",
        "noch",
        "etwa",
        "auch",
        "even",
        "ever",
    }
)


def _name_past_the_period(name: str, period: str, joined: str) -> str:
    """Return the words after a "name" that was only its period and a filler.

    "Lief im August ma wann mor teim von dafd bunk": the words taken for a
    name ("im august mal") are the period's; the name said after them
    ("mor teim von dafd bunk") is the one asked about (issue 45's
    thirty-third turn). Answering for no name at all was a broader question.
    """
    if period not in name:
        return name
    if not set(name.replace(period, " ").split()) <= _FILLERS:
        return name
    after = joined.partition(name)[2].split()
    while after and _ONLY_ASKING.fullmatch(after[0]):
        after = after[1:]
    return " ".join(after) if len(after) >= 2 else name


def _own_first_last(
    asked: Asked | None, terse: str | None, rest: str, language: str
) -> tuple[Asked | None, str | None]:
    """Return a first or last play of anything as a name's own, when one is said."""
    if asked not in (Asked.FIRST_IN, Asked.LAST_IN):
        return asked, terse
    own = Asked.FIRST_PLAY if asked is Asked.FIRST_IN else Asked.LAST_PLAY
    if of := _ONE_OF[language].search(rest):
        # "Which episode of The Daily did I listen to last": that show's
        # last play, never the last play of anything (a wrong fact).
        return own, of.group("name")
    if played := _played_name(rest, language):
        # "What was the most recent occasion on which I played Café Tacvba":
        # a name after the verb asks for its last play, never the last play
        # of anything (a wrong fact, issue 45's fourteenth turn).
        return own, played
    return asked, terse


# Words that say a listener cannot stop: what is meant is these days, not all
# of the history ("which podcast have I been hooked on").
# A streamer's "living rent free" too (issue 45's seventy-third turn).
_HOOKED = re.compile(
    r"\b(?:hooked|obsessed|addicted|can't stop|cannot stop|can not stop|caning"
    r"|hammering|rinsing|rent[- ]free|süchtig|besessen|nicht genug|am haken|gepackt)\b",
    re.IGNORECASE,
)


def read_question(
    text: str, language: str, now: datetime, time_zone: tzinfo
) -> Reading:
    """Read what a listening question asks. `now` is aware."""
    # "Last summer, 2023" is the summer of 2023, read before any way of
    # speaking drops the year as said again (`year_beside_a_period`).
    text = year_beside_a_period(text, language, one_time(language, now, time_zone))
    reading = _read_question(text, language, now, time_zone)

    def read_alone(clause: str) -> Reading:
        return _read_question(clause, language, now, time_zone)

    if (
        reading.asked is None
        and (by_clauses := read_clauses(text, language, now, time_zone)) is not None
    ):
        # A story told in clauses before the question (issue 45's
        # twenty-sixth turn): the clauses understood alone say it; a room
        # or a person said in another clause stays the question's.
        reading = replace(
            by_clauses,
            place=by_clauses.place or reading.place,
            person=by_clauses.person or reading.person,
            everyone=by_clauses.everyone or reading.everyone,
        )
    elif (
        pointed := read_pointed_back(
            text,
            reading,
            language,
            now,
            time_zone,
            read=read_alone,
        )
    ) is not None:
        # "..., was hab ich denn da gehört": the story's time.
        reading = pointed
    if (
        moment := read_moment_in_story(
            text,
            reading,
            language,
            now,
            time_zone,
            read=read_alone,
        )
    ) is not None:
        # "..., five past five this afternoon, what was playing then?"
        reading = moment
    if reading.asked is None and language == "de":
        # German's dialects are undone in `prepare`, after the ways have
        # read the words; English's ways read its speakers' words themselves.
        reading = _read_plain_again(text, reading, language, now, time_zone)
    # "Digital Love, when'd that get its first outin'": never today's first.
    reading = when_of_a_name(text, reading, language)
    if reading.asked is Asked.TOP and reading.when is None and _HOOKED.search(text):
        return replace(reading, when=_LATELY[language if language == "de" else "en"])
    if reading.when is None and language == "en" and said_total_alone(text):
        # "Total listening time", "total plays": a keyword speaker's measure
        # said with "total" and nothing else is the whole history (issue
        # 45's sixty-first turn, blind writer 401: answered with today's).
        return replace(reading, when="total")
    return reading


_TOTAL_ALONE = re.compile(
    r"\W*(?:my |our )?total (?:listening time|listening|plays|play count|hours|minutes"
    r"|time listened|hours listened|minutes listened)\W*"
)


def said_total_alone(text: str) -> bool:
    """Whether `text` is a measure said with "total" alone ("total plays")."""
    return _TOTAL_ALONE.fullmatch(text.lower()) is not None


def _read_plain_again(
    text: str, reading: Reading, language: str, now: datetime, time_zone: tzinfo
) -> Reading:
    """Return the reading of a question's plain words, when its own words asked nothing.

    The ways of saying a question (`plainly`) know the standard words: a
    dialect's ("Wievyl Daft Punk hani sit Mäntig gha", "Was fir Musig
    gfallt mer") reaches them only once `prepare` has undone it, after
    those ways have read it. Read again from the plain words, what "wie
    viel Daft Punk habe ich seit Montag gehört" asks is read (issue 45's
    fifty-fifth turn, blind writer 345 from Basel).
    """
    # The ways may also have cut the dialect's words off as chat after the
    # question ("zwanzgfüfezwanzg, wär isch do by mir d Nummere eis gsi"
    # kept the year alone): the whole utterance's plain words are read too.
    tried = {normalize(text)}
    for said in (said_plainly(text, language, now, time_zone), text):
        plain = " ".join(prepare(said, language))
        if not plain or plain in tried:
            continue
        tried.add(plain)
        if (again := _read_question(plain, language, now, time_zone)).asked is not None:
            return again
    return reading


_LATELY = {"en": "lately", "de": "in letzter zeit"}


def read_clauses(
    text: str, language: str, now: datetime, time_zone: tzinfo
) -> Reading | None:
    """Return what the clauses understood alone agree on, or None (`story_clauses`)."""
    return read_by_clauses(
        text,
        language,
        now,
        time_zone,
        lambda clause: _read_question(clause, language, now, time_zone),
    )


def _passive(
    asked: Asked | None, terse: str | None, whose: _Whose, rest: str, language: str
) -> tuple[Asked | None, str | None, _Whose]:
    """Return what a question in the passive asks, its name and whose it is."""
    no_one = _Whose(whose.joined, whose.place, None, whose.everyone)
    if (passive := _PASSIVE[language].match(rest)) is not None and (
        asked in (Asked.WHAT_PLAYED, Asked.DID_I, None)
    ):
        # "Was Queen played yesterday", "wurde Air gestern gespielt": whether
        # that name played, never what played (nor Queen's own listening).
        return Asked.DID_I, passive.group("name"), no_one
    if asked is Asked.PLAY_COUNT and (counted := _PASSIVE_COUNT[language].search(rest)):
        # "How many times was Justice played this year": the name's plays,
        # never Justice's own listening.
        return asked, terse or counted.group("name"), no_one
    return asked, terse, whose


def _recap_reading(
    pieces: list[str], language: str, now: datetime, time_zone: tzinfo
) -> Reading | None:
    """Return the reading of a recap asked in `pieces`, or None."""
    said = " ".join(pieces)
    if (
        (recap := recap_asked(said, language)) is None
        # "Weekend or weekday, when did I listen more last summer": the
        # parts of the week compared, never the summer's song.
        or compared_asked(said, language) is not None
        or (
            # "What record did I play most this summer": the summer's top album,
            # not its song; only a song (or nothing named) is the summer's recap.
            recap[0] == "summer"
            and kind_ranked(Words(said, language), None) in ("album", "artist", "show")
        )
    ):
        return None
    return Reading(
        Asked.RECAP,
        when=household_period(pieces, recap[0], language, now, time_zone),
        recap=recap[0],
        month=recap[1],
    )


def _read_question(
    text: str, language: str, now: datetime, time_zone: tzinfo
) -> Reading:
    language = language if language in TABLES else "en"
    text = said_plainly(text, language, now, time_zone)
    opened = re.match(_OPENERS[language], normalize(text)) is not None
    summed = _SUMMED_UP[language].search(normalize(text)) is not None
    # "Last month, no wait, in September": the time said last wins; "am
    # Wochenende, dat letzte Wochenende mein ich" is one taken back too.
    text = time_meant_first(text, language, now, time_zone)
    pieces = take_back(prepare(text, language), language, now, time_zone)
    if (recap := _recap_reading(pieces, language, now, time_zone)) is not None:
        return recap
    whose = _whose_and_where(" ".join(pieces), language, now, time_zone)
    pieces = whose.joined.split()
    span = find_period(pieces, language, now, time_zone)
    rest = " ".join(
        pieces if span is None else pieces[: span.start] + pieces[span.end :]
    )
    whole = Words(whose.joined, language)
    asked, kind = classify(whole, Words(rest, language), language, whose.joined)
    asked, span = _settle(
        asked,
        whole,
        whose.joined,
        span,
        opened=opened,
        summed=summed,
        language=language,
    )
    if span is None and asked in (Asked.DAY_PARTS, Asked.WEEK_PARTS):
        # The parts compared were taken for the period: one said beside them.
        span = period_beside_parts(pieces, language, now, time_zone)
    unread = _unread_time(asked, span, rest, language, text)
    asked, terse, left = _terse(asked, span, rest, whose.person, language)
    asked, terse = _own_first_last(asked, terse, rest, language)
    asked, terse, whose = _passive(asked, terse, whose, rest, language)
    name, keeps_when = (
        _named(whose, span, terse, left, language) if asked in NAMED else (None, True)
    )
    timed = timed_name(text, language, rest) if asked is Asked.LISTENING_TIME else None
    if timed is not None:
        # "How long did I listen to Air last week": Air's minutes, never the
        # week's whole listening time (issue 45's eighteenth turn).
        asked, name, keeps_when = Asked.PLAY_COUNT, timed, True
    if (
        asked is Asked.PLAY_COUNT
        and name is None
        and COUNTED.search(whose.joined)
        # Words no part read, too many for a name (issue 45's eighteenth
        # turn): a name was said and missed; never the count of everything.
        and not _unread_name(rest, language)
    ):
        # "Wie viele Folgen hab ich gestreamt", "how many track spins": no name
        # is left beside what was counted; the plays of the content said,
        # over the period even when it was read with the words counted ("how
        # many times did I play episodes in October").
        asked, keeps_when = Asked.PLAYS, True
    when = span.words if span is not None and keeps_when else None
    narrowed = narrowing(rest, asked, language)
    return Reading(
        asked,
        recap="period" if asked is Asked.RECAP else None,
        when=None if when is None else as_said(when, text),
        unread=unread,
        name=None if name is None else as_said(take_back_name(name, language), text),
        person=None if whose.person is None else as_said(whose.person, text),
        everyone=whose.everyone,
        place=None if whose.place is None else as_said(whose.place, text),
        kind=kind,
        limit=limit_said(pieces, language)
        if asked in (Asked.TOP, Asked.MOST_SKIPPED)
        else None,
        content=content_said(whose.joined, language),
        # The listed listening-time sentence that caught the name yields.
        sure=timed is not None or sure_of(asked, whose.joined, name, language),
        timed=timed is not None,
        kind_said=kind_said(whose.joined, language),
        narrowed=None if narrowed is None else as_said(narrowed, text),
    )
