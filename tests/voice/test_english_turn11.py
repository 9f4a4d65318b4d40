"""Australian slang and dictation reach their answer (issue 45's eleventh turn).

Writers nobody here had seen asked in English and got no answer: an
Australian ("who've I been flogging the most, mate", "had a run", "this
arvo", "give us", "reckon ...") and a parent dictating while cooking, with no
punctuation ("hang on how long was i listening", "been listening to any
Justice lately"). Each kind is read by a rule over its words
(`parse/learner.py` `SLANG_EN`, the lead-ins of `parse/speech.py`, the
pronoun said for a name in `parse/clauses.py`) and caught by the net
(`sentences/en.yaml`), whose sentences hold the raw words. The phrasings here
are this file's own; every figure is counted again over the known plays of
`test_voice`, or the answer is the one its plain phrasing gets. Commands said
with these words stay Home Assistant's.
"""

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date, timedelta

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import Asked, read_question

from .test_english_turn9 import THIS_MONTH, THIS_WEEK, THIS_YEAR, _between, _music
from .test_fresh import HISTORY_INTENTS
from .test_voice import NOW, TODAY, TZ, Play, ask, assert_answered_as, history, times  # noqa: F401

LATELY = (TODAY - timedelta(days=13), TODAY)
SINCE_SEPTEMBER = (date(TODAY.year, 9, 1), TODAY)


def _top(plays: Iterable[Play], key: Callable[[Play], str | None]) -> tuple[str, int]:
    ranked = Counter(name for play in plays if (name := key(play))).most_common(2)
    assert len(ranked) < 2 or ranked[0][1] > ranked[1][1], f"a tie: {ranked}"
    return ranked[0]


def _artist(play: Play) -> str:
    return play.artist


def _title(play: Play) -> str:
    return play.title


def _album(play: Play) -> str | None:
    return play.album


# -- the words read -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "asked", "extra"),
    [
        # A. Playing said in slang: the most, unless a count is asked.
        (
            "who've I been hammering the most this month, mate",
            Asked.TOP,
            {"kind": "artist", "when": "this month"},
        ),
        (
            "which album have i been thrashing this year",
            Asked.TOP,
            {"kind": "album", "when": "this year"},
        ),
        ("what tune am I flogging lately", Asked.TOP, {"kind": "track"}),
        ("what did I play yesterday cheers mate", Asked.WHAT_PLAYED, {}),
        ("how much Justice have I been bashing this week", Asked.PLAY_COUNT, {}),
        ("what tracks have I had on high rotation", Asked.ON_REPEAT, {}),
        # Runs, spins and goes are plays, the name the subject.
        ("how many times has Sexy Boy had a run this month", Asked.PLAY_COUNT, {}),
        ("did the Moon Safari album get a spin yesterday", Asked.DID_I, {}),
        ("Phantom, when did that first come on", Asked.FIRST_PLAY, {}),
        # B. Openers, tags and a subject left out carry nothing.
        ("reckon I've played any Daft Punk this week", Asked.DID_I, {}),
        ("I played a bit of Queen this week, didn't I", Asked.DID_I, {}),
        ("been playing any Air this month", Asked.DID_I, {}),
        (
            "give us my top three artists this year",
            Asked.TOP,
            {"kind": "artist", "limit": 3},
        ),
        ("hold on how many songs did I play yesterday", Asked.PLAYS, {}),
        ("hey assistant how was my month", Asked.RECAP, {"when": "this month"}),
        # C. Times of speech.
        ("how long did I listen this arvo", Asked.LISTENING_TIME, {}),
        ("how long since I heard Phantom", Asked.LAST_PLAY, {"name": "Phantom"}),
        ("how many songs've I played this week", Asked.PLAYS, {"name": None}),
    ],
)
def test_the_words_of_each_kind(
    said: str, asked: Asked, extra: dict[str, object]
) -> None:
    """The parser reads what is asked, its period, kind and name."""
    reading = read_question(said, "en", NOW, TZ)
    assert reading.asked is asked, reading
    for key, value in extra.items():
        assert getattr(reading, key) == value, reading


def test_a_slang_word_in_a_name_stays_a_name() -> None:
    """ "Smashing", "Hammer" in a title, with no "I" before them, are the title."""
    reading = read_question(
        "how many times did I play Smashing Pumpkins this year", "en", NOW, TZ
    )
    assert reading.asked is Asked.PLAY_COUNT
    assert reading.name is not None
    assert "smashing" in reading.name.lower()


# -- answered right, through the real agent ---------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "key", "kind", "days"),
    [
        (
            "who've I been hammering the most this month, mate",
            _artist,
            "artist",
            THIS_MONTH,
        ),
        (
            "which band have i been caning since september",
            _artist,
            "artist",
            SINCE_SEPTEMBER,
        ),
        ("what tune am I flogging lately", _title, "track", LATELY),
        ("which album have i been thrashing this year", _album, "album", THIS_YEAR),
        ("give us my top artist this week", _artist, "artist", THIS_WEEK),
        # "Show me" is the verb, no podcast (this answered the top show once).
        ("show me my top three artists this year", _artist, "artist", THIS_YEAR),
    ],
)
async def test_a_ranking_in_slang(
    hass: HomeAssistant,
    said: str,
    key: Callable[[Play], str | None],
    kind: str,
    days: tuple[date, date],
) -> None:
    """Smashing, flogging, caning a song is playing it most: the top, counted again."""
    heard = await ask(hass, said)
    assert heard.intent == "EncoreTopItems", heard
    assert heard.slots["kind"] == kind
    name, count = _top(_music(_between(*days)), key)
    assert name in heard.speech
    assert f"{count} plays" in heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "artist", "days"),
    [
        ("how much Justice have I been bashing this week", "Justice", THIS_WEEK),
        ("how many goes has Queen had this year", "Queen", THIS_YEAR),
    ],
)
async def test_a_count_in_slang(
    hass: HomeAssistant, said: str, artist: str, days: tuple[date, date]
) -> None:
    """A count asked with a slang verb or "goes": that name's plays."""
    heard = await ask(hass, said)
    assert heard.intent == "EncorePlayCount", heard
    count = sum(1 for play in _between(*days) if play.artist == artist)
    assert times(count) in heard.speech


@pytest.mark.usefixtures("history")
async def test_a_song_that_had_a_run(hass: HomeAssistant) -> None:
    """ "Has Sexy Boy had a run this month": its plays this month."""
    heard = await ask(hass, "how many times has Sexy Boy had a run this month")
    assert heard.intent == "EncorePlayCount", heard
    count = sum(1 for play in _between(*THIS_MONTH) if play.title == "Sexy Boy")
    assert times(count) in heard.speech


@pytest.mark.usefixtures("history")
async def test_an_album_that_got_a_spin(hass: HomeAssistant) -> None:
    """ "Did the Cross album get a spin at all": whether its songs were played."""
    heard = await ask(hass, "did the Cross album get a spin at all this month")
    assert heard.intent == "EncoreDidIListen", heard
    count = sum(1 for play in _between(*THIS_MONTH) if play.album == "Cross")
    assert heard.speech.startswith("Yes")
    assert times(count) in heard.speech


@pytest.mark.usefixtures("history")
async def test_answered_as_said_plainly(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Each way of saying it gets the answer of its plain phrasing."""
    for said, plain in [
        # A. Had on, put on, come on: played.
        ("when did I first have Justice on", "when did I first listen to Justice"),
        ("Phantom, when did that first come on", "when did I first listen to Phantom"),
        ("when did Da Funk last come on", "when did I last listen to Da Funk"),
        (
            "tell me the last time I had Air on, it's been a while",
            "when did I last listen to Air",
        ),
        ("what tracks have I had on high rotation", "what tracks have I had on repeat"),
        ("when did I last give Air a spin", "when did I last listen to Air"),
        ("did I chuck any Queen on this week", "did I play Queen this week"),
        ("when did I last stick Daft Punk on", "when did I last listen to Daft Punk"),
        (
            "how many times did I give Sexy Boy a spin this year",
            "how many times did I play Sexy Boy this year",
        ),
        # B. Openers, tags, a subject left out.
        (
            "reckon I've played any Daft Punk this week",
            "did I play Daft Punk this week",
        ),
        ("I played a bit of Queen this week, didn't I", "did I play Queen this week"),
        ("been playing any Air this month", "did I listen to Air this month"),
        (
            "reckon you could tell me who my top artist was last month",
            "who was my top artist last month",
        ),
        (
            "give us my top three artists this year",
            "show me my top three artists this year",
        ),
        (
            "hang on how many songs did I play yesterday",
            "how many songs did I play yesterday",
        ),
        ("hold on whats my peak listening time", "what's my peak listening time"),
        ("hey assistant what did I play yesterday", "what did I play yesterday"),
        ("mate how long did I listen this week", "how long did I listen this week"),
        ("wrap up last week for me", "give me a recap of last week"),
        ("a quick rundown of this month please", "give me a recap of this month"),
        ("give us a summary of my year", "give me a recap of this year"),
        # C. Times of speech.
        ("how long did I listen this arvo", "how long did I listen this afternoon"),
        ("what did i play yesterday arvo", "what did I play yesterday afternoon"),
        ("how long since I heard Phantom", "when did I last listen to Phantom"),
        (
            "how many songs've I played this week",
            "how many songs have I played this week",
        ),
        (
            "first tune i put on on wednesday",
            "what was the first song I played on Wednesday",
        ),
        ("uh what did i play last tune wise", "what did I play last"),
    ]:
        with subtests.test(said):
            heard = await ask(hass, said)
            assert (heard.intent or "").startswith("Encore"), heard
            await assert_answered_as(hass, said, plain, "en")


@pytest.mark.usefixtures("history")
async def test_this_arvo_is_the_afternoon_only(hass: HomeAssistant) -> None:
    """ "This arvo" is today's afternoon, never the whole day (a broader answer)."""
    heard = await ask(hass, "how many plays did I have this arvo")
    assert heard.intent == "EncoreHowMany", heard
    afternoon = [
        play for play in _between(TODAY, TODAY) if 12 <= play.started.hour < 18
    ]
    assert len(afternoon) != len(_between(TODAY, TODAY))
    assert f"{len(afternoon)} plays" in heard.speech


@pytest.mark.usefixtures("history")
async def test_records_put_on_are_music(hass: HomeAssistant) -> None:
    """ "How many records did I put on": the songs played, no episode counted."""
    heard = await ask(hass, "how many records did I put on this month")
    assert heard.intent == "EncoreHowMany", heard
    plays = _between(*THIS_MONTH)
    assert len(_music(plays)) != len(plays)
    assert f"{len(_music(plays))} plays" in heard.speech


# -- commands said with the same words -----------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    "said",
    [
        "put on some Queen",
        "hey assistant put on some Queen in the kitchen",
        "hang on, play Queen in the kitchen",
        "chuck on some Air",
        "turn up the music mate",
        "play something I've been smashing",
        "give us some Queen in the kitchen",
        "set a timer for ten minutes mate",
        "what's playing",
        "reckon you could put on some Daft Punk",
        "put on the last song I played",
        "hold on, turn the lights off",
        "when did the heating come on",
        "what am I listening to",
        "play the Smashing Pumpkins in the lounge",
        "did I pop the kettle on",
        "give the kids a go on the speaker",
    ],
)
async def test_commands_stay_home_assistants(hass: HomeAssistant, said: str) -> None:
    """A command near the words widened never reaches a history intent."""
    heard = await ask(hass, said)
    assert heard.intent not in HISTORY_INTENTS, heard
