"""English said another way reaches its answer (issue 45's ninth turn).

Writers nobody here had seen asked in English and got no answer: context
said before the question ("Queen, how many plays this year"), terse noun
phrases ("earliest spin of Sexy Boy"), a learner's grammar ("which band I
hear the most", "how much times I played queen") and speech-to-text
sound-alikes ("this weak", "this mourning", "which our", "my topband"). Each
kind is read by a rule over function words (`parse/learner.py`,
`when/homophones.py`) and caught by the net (`sentences/en.yaml`); the
phrasings here are this file's own, and every figure is counted again over
the known plays of `test_voice`. Commands said with the words the net widened
to stay Home Assistant's.
"""

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.history.models import PlayKind
from custom_components.encore.voice.parse import Asked, read_question

from .test_fresh import HISTORY_INTENTS
from .test_voice import (  # noqa: F401
    ACCOUNT,
    NOW,
    PLAYS,
    TODAY,
    TZ,
    Play,
    ask,
    clock,
    history,
    spoken_date,
    times,
)

MONDAY = TODAY - timedelta(days=TODAY.weekday())
THIS_WEEK = (MONDAY, TODAY)
LAST_WEEK = (MONDAY - timedelta(days=7), MONDAY - timedelta(days=1))
THIS_MONTH = (TODAY.replace(day=1), TODAY)
THIS_YEAR = (date(TODAY.year, 1, 1), TODAY)
SINCE_OCTOBER = (date(TODAY.year, 10, 1), TODAY)
YESTERDAY = (TODAY - timedelta(days=1), TODAY - timedelta(days=1))
EVER = (date(2000, 1, 1), TODAY)


def _between(first: date, last: date, *, counted: bool = True) -> list[Play]:
    """Ada's plays from `first` to `last`, both days included."""
    return [
        play
        for play in PLAYS
        if play.account == ACCOUNT
        and (play.counted or not counted)
        and first <= play.started.date() <= last
    ]


def _music(plays: Iterable[Play]) -> list[Play]:
    return [play for play in plays if play.kind is PlayKind.TRACK]


def _top(plays: Iterable[Play], key: Callable[[Play], str | None]) -> tuple[str, int]:
    ranked = Counter(name for play in plays if (name := key(play))).most_common(2)
    assert ranked[0][1] > ranked[1][1], f"a tie in the test data: {ranked}"
    return ranked[0]


def _of(plays: Iterable[Play], artist: str) -> int:
    return sum(1 for play in plays if play.artist == artist)


# -- the words read -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "asked", "extra"),
    [
        # A. Context before the question word.
        (
            "Queen, how many plays this year",
            Asked.PLAY_COUNT,
            {"name": "Queen this year"},
        ),
        ("this month which artist was more played", Asked.TOP, {"kind": "artist"}),
        ("yesterday what I played", Asked.WHAT_PLAYED, {"when": "yesterday"}),
        # B. Terse noun phrases.
        ("most recent time Genesis came on", Asked.LAST_PLAY, {"name": "Genesis"}),
        ("the song I bail on most", Asked.MOST_SKIPPED, {"kind": "track"}),
        # C. A learner's grammar.
        ("what is the disc I more listened this year", Asked.TOP, {"kind": "album"}),
        ("how many days continuous I am playing music", Asked.STREAK, {}),
        ("the song I am always passing, which is", Asked.MOST_SKIPPED, {}),
        ("how much artists different I heard this month", Asked.ARTISTS, {}),
        ("what music I was hearing yesterday", Asked.WHAT_PLAYED, {}),
        ("do I repeat same songs a lot", Asked.REPEAT, {}),
        # D. Sound-alikes, undone only where nothing else fits.
        ("what was my top song this weak", Asked.TOP, {"when": "this week"}),
        ("which our do i listen the most", Asked.PEAK, {}),
        ("who is my topband this year", Asked.TOP, {"kind": "artist"}),
        ("what did i here last night", Asked.WHAT_PLAYED, {"when": "last night"}),
        ("who was my top artist last moth", Asked.TOP, {"when": "last month"}),
        ("what songs did i play to night", Asked.WHAT_PLAYED, {"when": "tonight"}),
        ("what did i play last weak end", Asked.WHAT_PLAYED, {"when": "last weekend"}),
        # A name said first before a first time with no verb.
        ("Justice, when was the first time", Asked.FIRST_PLAY, {"name": "Justice"}),
        ("who is the artist I am hearing more", Asked.TOP, {"kind": "artist"}),
    ],
)
def test_the_words_of_each_kind(
    said: str, asked: Asked, extra: dict[str, object]
) -> None:
    """The parser reads what is asked, its period, name and kind."""
    reading = read_question(said, "en", NOW, TZ)
    assert reading.asked is asked, reading
    for key, value in extra.items():
        assert getattr(reading, key) == value, reading


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("how often did I play The Last Knight", "The Last Knight"),
        ("when did I first hear Mourning Doves", "Mourning Doves"),
        ("how many times did I play Knights of Cydonia", "Knights of Cydonia"),
        ("did I listen to Weak by SWV", "Weak by SWV"),
    ],
)
def test_a_title_keeps_its_sound_alike(said: str, name: str) -> None:
    """Only a period word or a question word around it undoes a sound-alike."""
    reading = read_question(said, "en", NOW, TZ)
    assert reading.name == name, reading
    assert reading.when is None, reading


def test_one_more_time_is_a_title() -> None:
    """ "Quick one" is said before a question; "one more time" is a song."""
    reading = read_question("one more time, play count, last month", "en", NOW, TZ)
    assert reading.asked is Asked.PLAY_COUNT
    assert reading.name is not None
    assert reading.name.casefold().startswith("one more")


# -- answered right, through the real agent ---------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "artist", "days"),
    [
        ("Queen, how many plays this year", "Queen", THIS_YEAR),
        ("Air, how many plays since October", "Air", SINCE_OCTOBER),
        ("exact number of plays for Justice this month", "Justice", THIS_MONTH),
        ("how much times I played queen this year", "Queen", THIS_YEAR),
        ("Daft Punk, how often this month", "Daft Punk", THIS_MONTH),
    ],
)
async def test_a_name_counted(
    hass: HomeAssistant, said: str, artist: str, days: tuple[date, date]
) -> None:
    """A name said first or with a learner's count: that name's plays."""
    heard = await ask(hass, said)
    assert heard.intent == "EncorePlayCount"
    assert times(_of(_between(*days), artist)) in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "kind", "days"),
    [
        ("last week, which song did I play the most", "track", LAST_WEEK),
        ("this month which artist was more played", "artist", THIS_MONTH),
        ("which band I hear the most this month", "artist", THIS_MONTH),
        ("what is the disc I more listened this year", "album", THIS_YEAR),
        ("what was my top song this weak", "track", THIS_WEEK),
        ("who is my topband this year", "artist", THIS_YEAR),
        ("what is the song I most play", "track", EVER),
    ],
)
async def test_a_ranking(
    hass: HomeAssistant, said: str, kind: str, days: tuple[date, date]
) -> None:
    """The top of the period, counted again."""
    heard = await ask(hass, said)
    assert heard.intent == "EncoreTopItems"
    assert heard.slots["kind"] == kind
    key: Callable[[Play], str | None] = {
        "track": lambda play: play.title,
        "artist": lambda play: play.artist,
        "album": lambda play: play.album,
    }[kind]
    name, count = _top(_music(_between(*days)), key)
    assert name in heard.speech
    assert f"{count} plays" in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "different artists how many this month",
        "how much artists different I heard this month",
    ],
)
async def test_different_artists(hass: HomeAssistant, said: str) -> None:
    """A count of artists said terse or in a learner's order."""
    heard = await ask(hass, said)
    assert heard.intent == "EncoreHowMany"
    assert heard.slots["counted"] == "artists"
    count = len({play.artist for play in _music(_between(*THIS_MONTH))})
    assert f"{count} different artists" in heard.speech


@pytest.mark.usefixtures("history")
async def test_songs_counted_last_weak(hass: HomeAssistant) -> None:
    """ "Last weak" is last week: its songs, never all time."""
    heard = await ask(hass, "how many songs did i play last weak")
    assert heard.intent == "EncoreHowMany"
    assert f"{len(_music(_between(*LAST_WEEK)))} plays" in heard.speech
    assert "Last week" in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "title", "which"),
    [
        ("earliest spin of Sexy Boy", "Sexy Boy", "first"),
        ("most recent time Genesis came on", "Genesis", "last"),
    ],
)
async def test_a_first_or_last_time(
    hass: HomeAssistant, said: str, title: str, which: str
) -> None:
    """A name's first or last play said as a noun phrase."""
    heard = await ask(hass, said)
    assert heard.intent == "EncoreFirstLastPlay"
    assert heard.slots["which"] == which
    plays = sorted(
        (play for play in _between(*EVER) if play.title == title),
        key=lambda play: play.started,
    )
    play = plays[0] if which == "first" else plays[-1]
    if play.started.date() != TODAY:
        assert spoken_date(play.started.date()) in heard.speech
    assert clock(play.started) in heard.speech


@pytest.mark.usefixtures("history")
async def test_a_first_time_said_after_the_name(hass: HomeAssistant) -> None:
    """ "Justice, when was the first time": Justice's first play."""
    heard = await ask(hass, "Justice, when was the first time")
    assert heard.intent == "EncoreFirstLastPlay"
    first = min(
        (play for play in _between(*EVER) if play.artist == "Justice"),
        key=lambda play: play.started,
    )
    assert spoken_date(first.started.date()) in heard.speech


@pytest.mark.usefixtures("history")
async def test_the_artist_i_am_hearing_more(hass: HomeAssistant) -> None:
    """A learner's "more" said last: the top artist."""
    heard = await ask(hass, "who is the artist I am hearing more")
    assert heard.intent == "EncoreTopItems"
    artist, count = _top(_music(_between(*EVER)), lambda play: play.artist)
    assert artist in heard.speech
    assert f"{count} plays" in heard.speech


@pytest.mark.usefixtures("history")
async def test_songs_this_mourning(hass: HomeAssistant) -> None:
    """ "This mourning" is this morning: its songs, never the whole day."""
    heard = await ask(hass, "how many songs did i play this mourning")
    assert heard.intent == "EncoreHowMany"
    morning = [
        play for play in _music(_between(TODAY, TODAY)) if play.started.hour < 12
    ]
    assert f"{len(morning)} plays" in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "answer"),
    [
        ("played any queen yesterday", "No"),
        ("last week I listened justice or not", "Yes"),
    ],
)
async def test_whether_played(hass: HomeAssistant, said: str, answer: str) -> None:
    """A statement asked as a question: whether the name was played then."""
    heard = await ask(hass, said)
    assert heard.intent == "EncoreDidIListen"
    assert heard.speech.startswith(answer)
    if answer == "Yes":
        assert times(_of(_between(*LAST_WEEK), "Justice")) in heard.speech
    else:
        assert _of(_between(*YESTERDAY), "Queen") == 0


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("the song I bail on most", "track"),
        ("the song I am always passing, which is", "track"),
        ("the band I am always jumping", "artist"),
    ],
)
async def test_the_most_skipped(hass: HomeAssistant, said: str, kind: str) -> None:
    """Bailing on, jumping, passing a song: skipping it."""
    heard = await ask(hass, said)
    assert heard.intent == "EncoreHabits"
    assert heard.slots["habit"] == "most_skipped"
    assert heard.slots["kind"] == kind
    skipped = [play for play in _between(*EVER, counted=False) if not play.counted]
    name, count = _top(
        _music(skipped),
        (lambda play: play.title) if kind == "track" else (lambda play: play.artist),
    )
    assert name in heard.speech
    assert f"{count} times" in heard.speech


@pytest.mark.usefixtures("history")
async def test_days_continuous(hass: HomeAssistant) -> None:
    """ "How many days continuous": the streak, counted back from today."""
    heard = await ask(hass, "how many days continuous I am playing music")
    assert heard.intent == "EncoreHabits"
    assert heard.slots["habit"] == "streak"
    days = {play.started.date() for play in _between(*EVER)}
    streak, day = 0, TODAY
    while day in days:
        streak, day = streak + 1, day - timedelta(days=1)
    assert f"{streak} days in a row" in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said", ["yesterday what I played", "what music I was hearing yesterday"]
)
async def test_what_played_yesterday(hass: HomeAssistant, said: str) -> None:
    """A period said first, the verb without "did": what was played then."""
    heard = await ask(hass, said)
    assert heard.intent == "EncoreWhatPlayed"
    assert f"{len(_between(*YESTERDAY))} plays" in heard.speech


@pytest.mark.usefixtures("history")
async def test_tuesday_knight(hass: HomeAssistant) -> None:
    """ "Tuesday knight" is Tuesday night: never tonight, never all time."""
    heard = await ask(hass, "what did i listen to on tuesday knight")
    assert heard.intent == "EncoreWhatPlayed"
    tuesday = MONDAY + timedelta(days=1)
    evening = datetime.combine(tuesday, time(18), TZ)
    played = [
        play
        for play in _between(tuesday, tuesday + timedelta(days=1))
        if evening <= play.started < evening + timedelta(hours=12)
    ]
    assert "Tuesday night" in heard.speech
    if played:
        assert f"{len(played)} plays" in heard.speech
    else:
        assert "no plays" in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "habit"),
    [
        ("which our do i listen the most", "peak"),
        ("what is my usual listening day and hour", "peak"),
        ("do I repeat same songs a lot", "repeat"),
    ],
)
async def test_a_habit(hass: HomeAssistant, said: str, habit: str) -> None:
    """The hour said as "our", the usual day and hour, the repeat rate."""
    heard = await ask(hass, said)
    assert heard.intent == "EncoreHabits"
    assert heard.slots["habit"] == habit


@pytest.mark.usefixtures("history")
async def test_a_complete_summary(hass: HomeAssistant) -> None:
    """ "Complete summary of last week": the week's recap, its top artist."""
    heard = await ask(hass, "complete summary of last week")
    assert heard.intent == "EncoreRecap"
    artist, _count = _top(_music(_between(*LAST_WEEK)), lambda play: play.artist)
    assert artist in heard.speech


# -- commands near the words widened ---------------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "play what I listened to yesterday",
        "skip to the song I always skip",
        "jump to the next track",
        "put this song on repeat",
        "repeat this track",
        "resume the music in the kitchen",
        "play the last song again",
        "what song is this I hear it all the time",
        "what is playing in the bedroom right now",
        "turn the music down in the kitchen, it is too loud",
        "set a timer, how many minutes are left",
        "what i am listening right now",
        "the dishwasher, how often should I run it",
    ],
)
async def test_commands_stay_home_assistants(hass: HomeAssistant, said: str) -> None:
    """A command or a question about now never reaches a history intent."""
    heard = await ask(hass, said)
    assert heard.intent not in HISTORY_INTENTS, heard
