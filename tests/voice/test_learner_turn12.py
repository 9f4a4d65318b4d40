"""A B1 learner's English and German reach their answer (issue 45's twelfth turn).

A speaker nobody worked from (Spanish first, B1 English; an English speaker's
B1 German) got wrong or no answers: "the more" for "the most", "more recent"
for "last", "jumped" for skipped, "my year of music" for the year, "for
(the) first time" for new artists, "what day I played for first time X",
"days of work" and "in the weekend"; in German "welche Lied ich höre mehr",
"die letzte Lied", "gehört das erste Mal X", "am Morgen oder in der Nacht".
Each kind is a rule over function words (`parse/learner.py` `B1_EN`,
`parse/dialect_de.py` `LEARNER_DE`) and a net sentence where the net must
catch it. The phrasings here are this file's own; a figure is counted again
over the known plays of `test_voice`, or the answer is the one its plain
phrasing gets. Commands said with the same words stay Home Assistant's.
"""

from collections.abc import Callable
from datetime import date

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import Asked, read_question

from .test_english_turn9 import THIS_WEEK, THIS_YEAR, _between, _music
from .test_english_turn11 import _album, _artist, _title, _top
from .test_fresh import HISTORY_INTENTS
from .test_voice import NOW, TODAY, TZ, Play, ask, assert_answered_as, history  # noqa: F401

LAST_YEAR = (date(TODAY.year - 1, 1, 1), date(TODAY.year - 1, 12, 31))

# -- the words read ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "language", "asked", "extra"),
    [
        # 1. "The more": the most.
        (
            "which band I listened the more last year",
            "en",
            Asked.TOP,
            {"kind": "artist", "when": "last year"},
        ),
        ("the song I play the more", "en", Asked.TOP, {"kind": "track"}),
        # 2. "More recent": last.
        ("which was the more recent album I played", "en", Asked.LAST_IN, {}),
        (
            "when was the more recent time I listened Justice",
            "en",
            Asked.LAST_PLAY,
            {"name": "Justice"},
        ),
        # 3. Jumped: skipped.
        ("which track gets jumped more", "en", Asked.MOST_SKIPPED, {"kind": "track"}),
        ("how often I jump music this week", "en", Asked.SKIPS, {}),
        # 4. "My year of music": the year's recap.
        ("how was my year of listening", "en", Asked.RECAP, {"when": "this year"}),
        ("my month of music how it was", "en", Asked.RECAP, {"when": "this month"}),
        # 5. "For the first time": new artists.
        (
            "what groups I listened for the first time last year",
            "en",
            Asked.NEW_ARTISTS,
            {"when": "last year"},
        ),
        # 6. "What day ... first time X": X's first play.
        (
            "which day I played for the first time Daft Punk",
            "en",
            Asked.FIRST_PLAY,
            {"name": "Daft Punk"},
        ),
        # 7. Habits compared in a learner's words.
        ("weekend or the days of work", "en", Asked.WEEK_PARTS, {"when": None}),
        ("in the week or in the weekend I play more", "en", Asked.WEEK_PARTS, {}),
        ("in the night or in the morning I listen more", "en", Asked.DAY_PARTS, {}),
        # 8. B1 German.
        ("welche Band ich höre mehr", "de", Asked.TOP, {"kind": "artist"}),
        ("was war die letzte Album", "de", Asked.LAST_IN, {}),
        (
            "wann ich habe gehört das erste Mal Daft Punk",
            "de",
            Asked.FIRST_PLAY,
            {"name": "Daft Punk"},
        ),
        ("am Abend oder in der Nacht, wann ich höre mehr", "de", Asked.DAY_PARTS, {}),
    ],
)
def test_the_words_of_each_kind(
    said: str, language: str, asked: Asked, extra: dict[str, object]
) -> None:
    """The parser reads what is asked, its period, kind and name."""
    reading = read_question(said, language, NOW, TZ)
    assert reading.asked is asked, reading
    for key, value in extra.items():
        assert getattr(reading, key) == value, reading


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("how many times did I play Jump this year", "jump"),
        ("did I play More Than a Feeling this month", "more than a feeling"),
        ("when did I last hear Jump", "jump"),
    ],
)
def test_a_title_after_a_verb_stays_a_title(said: str, name: str) -> None:
    """ "Jump", "More Than a Feeling" after a verb are the name said."""
    reading = read_question(said, "en", NOW, TZ)
    assert reading.name is not None, reading
    assert reading.name.lower().startswith(name), reading


# -- answered right, through the real agent ---------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "key", "kind", "days"),
    [
        (
            "which artist I listened the more this year",
            "en",
            _artist,
            "artist",
            THIS_YEAR,
        ),
        (
            "who is the singer I heard the more last year",
            "en",
            _artist,
            "artist",
            LAST_YEAR,
        ),
        ("the album I played the more this year", "en", _album, "album", THIS_YEAR),
        ("what song I listen the more this week", "en", _title, "track", THIS_WEEK),
        (
            "welcher Künstler ich habe gehört mehr dieses Jahr",
            "de",
            _artist,
            "artist",
            THIS_YEAR,
        ),
        (
            "welcher Lied ich habe gehört mehr diese Woche",
            "de",
            _title,
            "track",
            THIS_WEEK,
        ),
    ],
)
async def test_the_more_is_the_top(
    hass: HomeAssistant,
    said: str,
    language: str,
    key: Callable[[Play], str | None],
    kind: str,
    days: tuple[date, date],
) -> None:
    """ "The more", "mehr": the period's top, counted again (never what played)."""
    heard = await ask(hass, said, language)
    assert heard.intent == "EncoreTopItems", heard
    assert heard.slots["kind"] == kind
    name, count = _top(_music(_between(*days)), key)
    assert name in heard.speech
    assert (f"{count} plays" if language == "en" else f"{count} Mal") in heard.speech


@pytest.mark.usefixtures("history")
async def test_answered_as_said_plainly(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Each way of saying it gets the answer of its plain phrasing."""
    for said, plain, language in [
        # 2. More recent.
        (
            "what was the more recent song I heard",
            "what was the last song I played",
            "en",
        ),
        (
            "when is the more recent time I listened Daft Punk",
            "when did I last listen to Daft Punk",
            "en",
        ),
        # 3. Jumped.
        (
            "which artist is jumped the most this year",
            "which artist did I skip the most this year",
            "en",
        ),
        ("what songs get jumped more", "which song did I skip the most", "en"),
        (
            "how often I jump tracks this month",
            "how often do I skip songs this month",
            "en",
        ),
        (
            "the tracks I jumped more this year",
            "which songs did I skip the most this year",
            "en",
        ),
        # 4. A recap.
        ("how was my week of listening", "give me a recap of this week", "en"),
        ("my year of music, how it went", "give me a recap of this year", "en"),
        # 5. New artists.
        (
            "which bands I heard for first time last year",
            "which new artists did I discover last year",
            "en",
        ),
        (
            "what musicians did I listen for the first time this year",
            "which new artists did I discover this year",
            "en",
        ),
        # 6. What day, the name last.
        (
            "on what day I listened for the first time Daft Punk",
            "when did I first listen to Daft Punk",
            "en",
        ),
        (
            "which date I heard the last time the album Homework",
            "when did I last listen to Homework",
            "en",
        ),
        (
            "what day I heard Justice for first time",
            "when did I first listen to Justice",
            "en",
        ),
        # 7. Habits compared.
        (
            "the weekend or the days of work, when do I play more",
            "do I listen more on weekdays or at weekends",
            "en",
        ),
        (
            "days of work or the weekend",
            "do I listen more on weekdays or at weekends",
            "en",
        ),
        (
            "more in the week or in the weekend",
            "do I listen more on weekdays or at weekends",
            "en",
        ),
        (
            "in the night or in the morning I listen more",
            "do I listen more in the morning or at night",
            "en",
        ),
        # 8. B1 German.
        (
            "welche Album ich höre mehr",
            "welches Album habe ich am meisten gehört",
            "de",
        ),
        ("was ist der letzte Lied", "was war das letzte Lied", "de"),
        (
            "wann ich habe gespielt das erste Mal Daft Punk",
            "wann habe ich Daft Punk zum ersten Mal gehört",
            "de",
        ),
        (
            "Wochenende oder Tage von Arbeit, wann ich höre mehr",
            "höre ich mehr am Wochenende oder unter der Woche",
            "de",
        ),
        (
            "in der Nacht oder am Morgen, wann ich höre mehr",
            "höre ich mehr morgens oder nachts",
            "de",
        ),
    ]:
        with subtests.test(said):
            heard = await ask(hass, said, language)
            assert (heard.intent or "").startswith("Encore"), heard
            await assert_answered_as(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_first_time_artists_of_last_year(hass: HomeAssistant) -> None:
    """ "Which singers I heard for the first time last year": last year's new artists."""
    heard = await ask(hass, "which singers I heard for the first time last year")
    assert heard.intent == "EncoreHabits", heard
    assert heard.slots["habit"] == "new_artists"
    before = {play.artist for play in _between(date(1970, 1, 1), LAST_YEAR[0])}
    new = {play.artist for play in _music(_between(*LAST_YEAR))} - before
    assert f"{len(new)} new artists" in heard.speech


# -- commands said with the same words ---------------------------------------------


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("jump to the next song", "en"),
        ("jump to the chorus", "en"),
        ("play more of this", "en"),
        ("play More Than a Feeling", "en"),
        ("play Jump by Van Halen", "en"),
        ("play the more recent album by Air", "en"),
        ("play something for the first time", "en"),
        ("turn on the lights in the night", "en"),
        ("skip this song", "en"),
        ("what time is it", "en"),
        ("spiel mehr davon", "de"),
        ("spring zum nächsten Lied", "de"),
        ("spiel das letzte Lied", "de"),
        ("schalte das Licht am Morgen oder in der Nacht ein", "de"),
    ],
)
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, said: str, language: str
) -> None:
    """A command near the words widened never reaches a history intent."""
    heard = await ask(hass, said, language)
    assert heard.intent not in HISTORY_INTENTS, heard
