"""What a wildcard heard: a name, a time, a person, without the words around them.

Assist's sentences take names and times as free text (wildcards): speech to
text adds fillers ("um", "please"), people add kinds ("songs by"), and a
period often follows a name ("Daft Punk last week"). This module takes
those words apart so that a filler, a pronoun or a period is never taken as
a name.
"""

from dataclasses import dataclass
from datetime import datetime, tzinfo
import re
from typing import Any

from homeassistant.core import HomeAssistant, State, callback

from ..const import CONF_PERSONS
from ..history.periods import PeriodName
from ..history.questions import normalize_name
from ..history.whose import (
    PERSON_DOMAIN,
    persons_of_user,
    private_persons,
    spotify_entries,
)
from .parse import find_period
from .parse.brazilian_b1_en import clocks_said_in_brazilian
from .parse.corrections import take_back_name
from .parse.dialect_de_ruhr import owned_by
from .parse.disfluent import without_hesitations
from .parse.misrecognised_de import time_words_joined
from .parse.places import NO_PERSON
from .parse.world_times import world_times
from .when import When, normalize, parse_when, split_when

_FILLERS = {
    "en": (
        "um",
        "umm",
        "uh",
        "uhm",
        "er",
        "erm",
        "hmm",
        "like",
        "please",
        "thanks",
        "thank you",
        "then",
        "again",
        "actually",
        "exactly",
        "so far",
        # A professor's "so far" (issue 45's seventy-second turn): kept, it
        # had been taken for a name ("played hitherto this month").
        "thus far",
        "hitherto",
        "now",
        "at all",
        "you know",
        "i mean",
        "by the way",
        "anyway",
        "in my history",
        "in my listening history",
        "in my plays",
        "in my listens",
        # Chat and whose plays beside a name (issue 45's ninth turn): "did
        # we actually play air this week at home".
        "actually",
        "basically",
        "at home",
        "in our house",
        "for us",
        "in my streams",
        "in my stats",
        "in our plays",
        "in our history",
        "from my plays",
        "song-wise",
        "song wise",
        "songwise",
        "music-wise",
        "music wise",
        "musicwise",
        "tune-wise",
        "track-wise",
        "musically",
        "on spotify",
        "for me",
        "on my account",
        "total",
        "in total",
        # After a period ("how many songs did I play last week overall"),
        # else counted as a name "overall" (issue 45's seventy-second turn).
        "overall",
        "altogether",
        "all told",
    ),
    "de": (
        "äh",
        "ähm",
        "öhm",
        "hm",
        "hmm",
        # A sleepy speaker's sounds (issue 45's thirty-seventh turn).
        "mm",
        "mmh",
        "ahh",
        "ahm",
        "bitte",
        "danke",
        "denn",
        "eigentlich",
        "genau",
        "so",
        "eigentlich so",
        "mal",
        "doch",
        "schon",
        "noch",
        "nochmal",
        "auf spotify",
        "bei mir",
        "für mich",
        # "Lief bei uns letzten Sommer eigentlich mal ...": whose plays and
        # chat, left beside the name once the period is taken out.
        "bei uns",
        "für uns",
        "zuhause",
        "zu hause",
        "daheim",
        "überhaupt",
        "wohl",
        "in meinem verlauf",
        "in meinem hörverlauf",
        "in meiner historie",
        "in meiner hörhistorie",
        "in meiner statistik",
        "musikalisch",
        "musikmäßig",
        "was musik angeht",
        "was die musik angeht",
        "liedmäßig",
    ),
}
# Words that refer to something said before: Encore keeps no conversation, so
# it asks instead of guessing.
_PRONOUNS = {
    "en": {
        "it",
        "that",
        "this",
        "them",
        "him",
        "her",
        "they",
        "those",
        "these",
        "that song",
        "this song",
        "that one",
        "this one",
        "that artist",
        "this artist",
        "that band",
        "this band",
        "the song",
        "the artist",
        "the band",
        # An album, a track said without its name (issue 45's tenth turn).
        "album",
        "the album",
        "this album",
        "that album",
        "the record",
        "this record",
        "the track",
        "this track",
        "that track",
        "i",
        "me",
        "my",
        "we",
        "us",
        "you",
        "something",
        "anything",
        "music",
        "songs",
        "stuff",
        "some music",
    },
    "de": {
        "es",
        "das",
        "den",
        "die",
        "ihn",
        "sie",
        "ihm",
        "ihr",
        "dies",
        "dieses",
        "diesen",
        "dieses lied",
        "das lied",
        "den song",
        "diesen song",
        "album",
        "das album",
        "dieses album",
        "den titel",
        "diesen titel",
        "das stück",
        "dieses stück",
        "den track",
        "diesen track",
        "die band",
        "den künstler",
        "diesen künstler",
        "ich",
        "mich",
        "mir",
        "wir",
        "uns",
        "du",
        "etwas",
        "was",
        "musik",
        "lieder",
        "songs",
    },
}
# "Anything", said where a name goes: the question is about all plays.
_ANYTHING = {
    "en": {
        "anything",
        "something",
        "music",
        "any music",
        "some music",
        "songs",
        "stuff",
        "spotify",
    },
    "de": {
        "etwas",
        "was",
        "musik",
        "irgendwas",
        "irgendetwas",
        "lieder",
        "songs",
        "spotify",
    },
}
# Kinds said before a name: "songs by Daft Punk", "the album Discovery".
_KIND_PREFIX = {
    "en": re.compile(
        r"^(?:any(?=\s+\S)|(?:(?:any|some|the|my)\s+)?(?:songs?|tracks?|music|stuff|anything"
        r"|something|albums?|records?|podcasts?|episodes?)\s+(?:by|from|of|called)"
        r"|the\s+(?:band|artist|singer|group|song|track|album|podcast|show)"
        r"(?:\s+(?:called|named))?)\s+",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"^(?:(?:(?:die|den|der)\s+)?(?:songs?|lieder|lied|titel|musik|sachen|alben)"
        r"\s+(?:von|vom)"
        # "Lief bei uns letztes wochen ende was von cafe tacuba": anything
        # by the name, once the period inside is taken out (issue 45's
        # seventy-fourth turn, blind writer 507).
        r"|(?:irgend|et)?was\s+(?:von|vom)"
        r"|(?:das|den|die|der)\s+(?:album|band|künstler|künstlerin|sängerin|sänger"
        r"|podcast|sendung|lied|song)(?:\s+namens)?)\s+",
        re.IGNORECASE,
    ),
}


def _strip_fillers(text: str, language: str) -> str:
    fillers = sorted(_FILLERS.get(language, _FILLERS["en"]), key=len, reverse=True)
    pattern = "|".join(re.escape(filler) for filler in fillers)
    stripped = text.strip(" ,.?!")
    while True:
        before = stripped
        stripped = re.sub(rf"^(?:{pattern})\b[\s,]*", "", stripped, flags=re.IGNORECASE)
        stripped = re.sub(rf"[\s,]*\b(?:{pattern})$", "", stripped, flags=re.IGNORECASE)
        stripped = stripped.strip(" ,.?!")
        if stripped == before:
            return stripped


def clean_time(text: str, language: str) -> str:
    """Return the words of a time without fillers ("last week please").

    "In total" is a filler after a name but all time when it is all that
    was said of the time.
    """
    # "How many times have I had that on in total": the "on" of "had on".
    text = re.sub(
        r"^on (?=(?:in total|ever|overall|altogether|all told|so far)\b)",
        "",
        text,
        flags=re.IGNORECASE,
    )
    # A time said in another language ("jana jioni"), as the whole
    # question reads it (`world_times`; blind writer 466).
    text = world_times(text, language)
    if language == "de":
        # "Im früh ling": a word of time the recogniser wrote as two.
        text = time_words_joined(text)
    cleaned = _strip_fillers(text, language)
    end = re.search(r"\b(now|jetzt)\W*$", text, re.IGNORECASE)
    if end and re.search(
        r"\b(?:until|till|up to|through|bis)$", cleaned, re.IGNORECASE
    ):
        # "From Monday ... until now": the span's end, no filler (issue 45's
        # sixty-third turn, blind writer 409).
        cleaned = f"{cleaned} {end[1]}"
    if language == "en" and _GUESSED_DAY_EN.fullmatch(cleaned):
        # "Which day of the week do I listen the most, is it Sunday?": the
        # speaker's guess at the answer is no period of the question (issue
        # 45's sixty-fifth turn, blind writer 432: Sunday's peak was answered).
        return ""
    if language == "en":
        # A Brazilian's clock ("yesterday at the eight of the night", "at
        # fifteen for the eight"): as English says it, never the whole night
        # (issue 45's seventy-sixth turn, blind writer 520).
        cleaned = clocks_said_in_brazilian(cleaned)
        # "What was playing at noon today": the clock time 12 PM, as "at
        # noon" is everywhere else ("lunchtime" is the part of the day).
        cleaned = re.sub(r"\bat noon\b", "at 12 pm", cleaned, flags=re.IGNORECASE)
    if not cleaned and normalize(text) in _ALL_TIME_FILLERS:
        return normalize(text)
    return cleaned


_ALL_TIME_FILLERS = frozenset({"in total", "total", "insgesamt", "overall"})
# "I, sorry, who have I": the asker's question begun again in the person slot.
_RESTARTED_I_EN = re.compile(
    r"i[ ,]+(?:sorry|no|wait|i mean|no wait|hang on)[ ,]+(?:(?:who|what|which|how|when)"
    r"(?: \w+){0,3} )?i",
    re.IGNORECASE,
)
# A guess at the day asked, said as a question or a hunch after it.
_GUESSED_DAY_EN = re.compile(
    r"(?:is it|was it|it's|its|it is|it was|maybe|probably|i (?:bet|guess|reckon|think)"
    r"(?: it's| its| it is)?)(?: probably| likely| always| usually| mostly| maybe)?"
    r"(?: a| on a| on)? (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|weekend|weekday)s?(?:,? or (?:what|not|something|no))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class HeardName:
    """A name as heard, with the time said with it."""

    name: str
    """What is left of the name; empty for "anything"."""
    said: str
    """The name as said, fillers removed, time included (tried first)."""
    when: When | None
    vague: bool = False
    """A pronoun or nothing at all: which name was meant is not known."""
    anything: bool = False
    """No name but "anything", "music": a question about all plays."""


def _split_inner_when(
    name: str, language: str, now: datetime, time_zone: tzinfo
) -> tuple[str, When | None]:
    """Take a time out of the middle of the words caught as a name.

    "Bohemian Rhapsody this year and please don't judge me" is about this
    year: the name found inside the rest must not be counted over all time.
    A time at an edge is `split_when`'s; all time said inside is no time.
    """
    pieces = name.split()
    span = find_period(
        [normalize(piece) or piece for piece in pieces], language, now, time_zone
    )
    if span is None or span.start == 0 or span.end == len(pieces):
        return name, None
    found = parse_when(span.words, language, now, time_zone)
    if found is None or found.period.name is PeriodName.ALL_TIME:
        return name, None
    rest = " ".join(pieces[: span.start] + pieces[span.end :])
    return rest.strip(" ,"), found


# A slip of speech to text inside a name's words: "seid Montag" is "seit
# Montag", a period (issue 45's ninth turn).
_SLIPS = {
    "de": ((re.compile(r"\bseid\b(?= \S)"), "seit"),),
}


def _unslipped(said: str, language: str) -> str:
    # A time said in another language after the name ("Justice mwaka huu",
    # issue 45's sixty-ninth turn, blind writer 466) is a time, never part
    # of the name: the name's count had been answered for all time.
    said = world_times(said, language)
    for slip, meant in _SLIPS.get(language, ()):
        said = slip.sub(meant, said)
    return said


_PREPOSITIONS = {
    "en": frozenset({"in", "on", "at", "during", "over", "since", "from", "for"}),
    "de": frozenset({"in", "im", "am", "an", "seit", "von", "vom", "während", "um"}),
}


def _dangling(
    name: str, said: str, language: str, now: datetime, time_zone: tzinfo
) -> str:
    """Take the preposition of a period said after a name off the name.

    "Queen in last 30 days" is Queen in the last 30 days, never "queen in";
    "in last 30 days" alone names nothing.
    """
    words = name.split()
    if not words or words[-1].casefold() not in _PREPOSITIONS.get(language, ()):
        return name
    if not said.casefold().startswith(name.casefold()):
        return name
    tail = said[len(name) :].strip()
    if parse_when(f"{words[-1]} {tail}", language, now, time_zone) is None:
        return name
    return " ".join(words[:-1])


_APPOSED_EN = re.compile(
    r",? the (?P<by>(?:(?!the\b)\S+ ){0,3}\S+) (?:one|song|track|tune|number|album"
    r"|record|lp)\b,?",
    re.IGNORECASE,
)
_KIND_LAST = re.compile(r"\b(?:one|song|track|tune|number|album|record|lp)$", re.I)


def _by_artist(said: str) -> str:
    """Put "X, the Y song" as "X by Y"; "that X song, the Y one" stays."""
    said_apposed = list(_APPOSED_EN.finditer(said))
    if not said_apposed:
        return said
    found = said_apposed[-1]
    name = said[: found.start()].strip(" ,")
    if not name or _KIND_LAST.search(name):
        return said
    return f"{name} by {found.group('by')} {said[found.end() :].strip(' ,')}".strip()


def hear_name(text: str, language: str, now: datetime, time_zone: tzinfo) -> HeardName:
    """Take a heard name apart: fillers, "songs by", a period, a pronoun.

    A name holds none of the words about it: a period anywhere in it, chat
    and whose words at its edges (`_FILLERS`); a period said inside a title
    ("Friday I'm in Love") are looked for whole first (`HeardName.said`).
    """
    said = _strip_fillers(
        take_back_name(_unslipped(text, language), language), language
    )
    said = _KIND_PREFIX.get(language, _KIND_PREFIX["en"]).sub("", said, count=1)
    said = _strip_fillers(said, language)
    if language == "en":
        # "Genesis, the Justice song": the song by that artist, never the artist.
        said = _by_artist(said)
    name, when = split_when(said, language, now, time_zone)
    if when is not None:
        name = _dangling(name, said, language, now, time_zone)
    if when is None:
        name, when = _split_inner_when(name, language, now, time_zone)
    if when is not None:
        # "bei uns letztes wochenende was von X": the words before the
        # name, once its period is taken out, go as they do said first.
        name = _KIND_PREFIX.get(language, _KIND_PREFIX["en"]).sub(
            "", _strip_fillers(name, language), count=1
        )
    name = _strip_fillers(name, language)
    if language == "de":
        # "Dem Justice sein Dance": the song Dance by Justice, never Justice.
        name = owned_by(name)
    words = normalize(name)
    anything = words in _ANYTHING.get(language, _ANYTHING["en"]) or not words
    vague = not anything and words in _PRONOUNS.get(language, _PRONOUNS["en"])
    return HeardName(name, said, when, vague=vague, anything=anything)


def is_no_person(said: str, language: str) -> bool:
    """Whether the words a sentence took for a person are what played instead.

    "Stuff", "music", "anything by Justice", "irgendwas von Air": a person
    is a name the home knows (`find_person`, asked first) or one word that
    looks like one; these are neither.
    """
    pattern = NO_PERSON.get(language, NO_PERSON["en"])
    return pattern.search(" ".join(said.casefold().split())) is not None


@dataclass(frozen=True, slots=True)
class Person:
    """Whose listening a spoken name means, and how to name them.

    Their Spotify account (`entry_id`), or, for a person without one, their
    person entity (`person`): the plays attributed to them (issue 46).
    """

    entry_id: str | None
    name: str
    """As the answers name them: the person's name, else the account's title."""
    person: str | None = None
    """The person entity, when one was named (with or without an account)."""


def _said_names(state: State) -> tuple[str, ...]:
    # Named as said: "Ada" for Ada Lovelace, by her first name.
    return (str(state.name), str(state.name).split(" ", 1)[0])


@callback
def find_person(hass: HomeAssistant, said: str) -> Person | None:
    """Return the Spotify account or the person a spoken name means.

    An account's title or the name of a person linked to it, compared as
    names are ("anna's" is Anna); else a person with no account of their
    own, whose listening is what was attributed to them. None when none or
    several fit.
    """
    # "Our Ada", "our little Tom": a family member named the old way
    # (writer 78, "what has our Ada been listening to").
    said = re.sub(
        r"^(?:our|my) (?:little |young |old )?(?=\S)", "", said.strip(), flags=re.I
    )
    # "Miss Ada", "Frau Ada", "the small one Ada": a title or a kin word
    # before the name (issue 45's thirty-second turn, an Alabama grandmother).
    said = re.sub(
        r"^(?:miss|mrs|mr|ms|mister|missus|frau|herr|fräulein|the small one|the little one"
        r"|die kleine|der kleine)\.? (?=\S)",
        "",
        said,
        flags=re.I,
    )
    wanted = normalize_name(re.sub(r"'s$|s$", "", said.strip()))
    plain = normalize_name(said)
    found: dict[str, Person] = {}
    linked: set[str] = set()
    for entry in spotify_entries(hass):
        if normalize_name(entry.title) in {wanted, plain}:
            found[entry.entry_id] = Person(entry.entry_id, entry.title)
        for person in entry.options.get(CONF_PERSONS, []):
            linked.add(person)
            state: State | None = hass.states.get(person)
            if state is None:
                continue
            for name in _said_names(state):
                if normalize_name(name) in {wanted, plain}:
                    found[entry.entry_id] = Person(entry.entry_id, name, person)
                    break
    if not found:
        # A person with no account: their attributed plays (speakers,
        # players, corrections), through the question layer's person scope.
        for state in hass.states.async_all(PERSON_DOMAIN):
            if state.entity_id in linked:
                continue
            for name in _said_names(state):
                if normalize_name(name) in {wanted, plain}:
                    found[state.entity_id] = Person(None, name, state.entity_id)
                    break
    if len(found) != 1:
        return None
    return next(iter(found.values()))


async def async_kept_private(
    hass: HomeAssistant, person: str | None, user_id: str | None
) -> bool:
    """Whether a person keeps whose plays are theirs from the one asking.

    The history's privacy option (`whose.private_persons`): only that
    person and administrators are told what is theirs; the household's
    figures still count it.
    """
    if person is None or person not in private_persons(hass):
        return False
    if user_id is None:
        return True
    user = await hass.auth.async_get_user(user_id)
    if user is not None and user.is_admin:
        return False
    return person not in persons_of_user(hass, user_id)


# "We", "our house", "wir", "bei uns": the household, every account's plays.
_HOUSEHOLD = {
    "en": re.compile(
        r"^(?:we|us|all of us|everyone|everybody|the family|our family"
        r"|(?:our|the) (?:house|home|household))$"
    ),
    "de": re.compile(
        r"^(?:wir|uns|wir alle|alle|die familie|unsere familie"
        r"|(?:uns(?:er|erem|eren)|der|im) (?:haushalt|zuhause)|bei uns)$"
    ),
}


def person_said(values: dict[str, Any], language: str) -> tuple[str | None, bool]:
    """Return whose listening the slots name (None: the asker's), and if everyone's.

    "How long did we listen" is everyone's plays, not a person's; "how long
    did i uh listen" the asker's, a sound after "I". The asker's name is
    taken out of the slots.
    """
    person = values.get("person")
    if not person:
        return None, False
    if is_asker(str(person), language):
        values.pop("person")
        return None, False
    if is_household(str(person), language):
        return None, True
    return str(person), False


def is_asker(said: str, language: str) -> bool:
    """Whether a person said is the asker, sounds of speech left out ("i uh")."""
    plain = without_hesitations(said, language).casefold().strip(" ,.")
    # Scots' "ah" is "I" where a person is said ("how long did ah listen",
    # issue 45's thirty-fifth turn), though it only hesitates elsewhere.
    if language != "de" and said.casefold().strip(" ,.") in {"ah", "masel"}:
        return True
    # London's "man" is "I" where a person is said ("how many times has man
    # played X", issue 45's eighty-first turn, blind writer 545; the parser
    # reads it so in `chat_around_en.man_for_i`), never someone called Man.
    if language != "de" and plain == "man":
        return True
    if language != "de" and _RESTARTED_I_EN.fullmatch(plain):
        # "Who did I, sorry, who have I listened to the most": the question
        # begun again after its "I" (issue 45's sixty-fifth turn, blind
        # writer 435), never someone called "i sorry who have i".
        return True
    return plain in (
        {"ich", "mich", "mir"} if language == "de" else {"i", "me", "myself"}
    )


def is_household(said: str, language: str) -> bool:
    """Whether a person said is the household: "we", "our house", "wir"."""
    pattern = _HOUSEHOLD.get(language, _HOUSEHOLD["en"])
    return pattern.match(" ".join(said.casefold().split())) is not None
