"""What issue 45's eleventh turn mended in the parser, each a kind of phrasing.

Found on the fresh corpus's terse writer and the writers outside the
repository: a question word said last taken for the name ("Moon Safari.
last played when" looked for a song called "when").
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import Asked, read_question
from custom_components.encore.voice.when import parse_when

from .test_voice import NOW, TZ, ask, history  # noqa: F401


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Moon Safari. last played when", "Moon Safari"),
        ("Air, when did I last hear it", "Air"),
        ("when did I last play what a wonderful world", "what a wonderful world"),
    ],
)
def test_a_question_word_said_last_is_no_name(said: str, name: str) -> None:
    """The name is the one said, never "when" or "it"."""
    reading = read_question(said, "en", NOW, TZ)
    assert reading.asked is Asked.LAST_PLAY
    assert reading.name == name


@pytest.mark.usefixtures("history")
async def test_a_terse_last_play_names_its_album(hass: HomeAssistant) -> None:
    """Through the agent: Moon Safari's last play, as asked in full."""
    terse = await ask(hass, "Moon Safari. last played when")
    full = await ask(hass, "when did I last listen to Moon Safari")
    assert "Moon Safari" in terse.speech
    assert terse.speech == full.speech


@pytest.mark.parametrize(
    ("said", "language", "name", "when"),
    [
        ("was Queen played yesterday", "en", "Queen", "yesterday"),
        (
            "Was Digital Love by Daft Punk played at all the day before yesterday?",
            "en",
            "Digital Love by Daft Punk",
            "the day before yesterday",
        ),
        ("has Air been played this week", "en", "Air", "this week"),
        ("wurde Air gestern gespielt", "de", "Air", "gestern"),
        (
            "ist Genesis von Justice diese Woche gelaufen",
            "de",
            "Genesis von Justice",
            "diese Woche",
        ),
    ],
)
def test_a_name_said_as_what_was_played_asks_whether_it_played(
    said: str, language: str, name: str, when: str
) -> None:
    """ "Was Queen played": whether Queen played, never what played, nor Queen's own."""
    reading = read_question(said, language, NOW, TZ)
    assert (reading.asked, reading.name, reading.when) == (Asked.DID_I, name, when)
    assert reading.person is None


@pytest.mark.parametrize(
    "said", ["was ist gestern gelaufen", "ist das Lied gestern gelaufen"]
)
def test_what_played_in_the_passive_stays_what_played(said: str) -> None:
    """No name said: nothing is asked about one."""
    assert read_question(said, "de", NOW, TZ).name is None


@pytest.mark.usefixtures("history")
async def test_a_period_is_never_the_name_counted(hass: HomeAssistant) -> None:
    """Hedges around a count said after its period: the episodes of the period."""
    hedged = await ask(
        hass,
        "over the past two weeks how many episodes have I sort of listened to, roughly",
    )
    plain = await ask(
        hass, "how many episodes have I listened to over the past two weeks"
    )
    assert hedged.speech == plain.speech
    assert "episodes" in hedged.speech


@pytest.mark.parametrize(
    ("said", "language", "intent", "period"),
    [
        # An article is no one's name.
        (
            "had a listen to The Daily lately, have I?",
            "en",
            "EncoreDidIListen",
            "last_days",
        ),
        # A period's own: "today's opener" is today's first play.
        (
            "what was today's opener, the first track I played",
            "en",
            "EncoreFirstLastPlay",
            "today",
        ),
        ("this afternoon's listening. summary.", "en", "EncoreWhatPlayed", "custom"),
        # An aside of how words are said today asks no time.
        (
            (
                "Welche Langspielplatte, also welches Album, wie man heute sagt,"
                " habe ich im Sommer am häufigsten aufgelegt?"
            ),
            "de",
            "EncoreTopItems",
            "custom",
        ),
    ],
)
@pytest.mark.usefixtures("history")
async def test_words_around_a_period_leave_it_understood(
    hass: HomeAssistant, said: str, language: str, intent: str, period: str
) -> None:
    """Each is answered by its family over its period, never asked back."""
    heard = await ask(hass, said, language)
    assert heard.intent == intent, heard.speech
    assert heard.response.speech_slots["period"]["name"] == period, heard.speech


@pytest.mark.usefixtures("history")
async def test_a_title_keeps_its_possessive(hass: HomeAssistant) -> None:
    """ "Yesterday's Papers" is a title, never yesterday's plays."""
    heard = await ask(hass, "how often did I play Yesterday's Papers")
    assert "Yesterday's Papers" in heard.speech


@pytest.mark.usefixtures("history")
async def test_a_word_that_joins_a_name_is_none(hass: HomeAssistant) -> None:
    """ "Folgen von Podcast": the episodes counted, never a name "von"."""
    learner = await ask(
        hass, "wie viel folgen von podcast ich habe gehört diese woche", "de"
    )
    plain = await ask(hass, "wie viele Folgen habe ich diese Woche gehört", "de")
    assert learner.speech == plain.speech
    assert "Folgen" in learner.speech


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("wer war meine nummer eins künstler in zwei tausend fünf und zwanzig", "de"),
        ("wer war mein Top-Künstler zwanzig fünfundzwanzig", "de"),
        ("who was my top artist in twenty twenty five", "en"),
    ],
)
@pytest.mark.usefixtures("history")
async def test_a_year_said_in_words_is_that_year(
    hass: HomeAssistant, said: str, language: str
) -> None:
    """In a listed sentence's slot as in the whole question: 2025, never "tausend"."""
    heard = await ask(hass, said, language)
    assert heard.response.speech_slots["period"]["start"].startswith("2025-01-01")
    assert "Daft Punk" in heard.speech


@pytest.mark.usefixtures("history")
async def test_twelve_noon_is_the_moment(hass: HomeAssistant) -> None:
    """ "At twelve noon": the hour said twice, what was on then."""
    heard = await ask(
        hass, "At twelve noon the day before yesterday, what tune was playing?"
    )
    plain = await ask(hass, "what was playing at noon the day before yesterday")
    assert heard.speech == plain.speech
    assert "12 PM" in heard.speech


def test_a_play_verb_is_no_name() -> None:
    """ "How many records did I put on": the plays of the month, no name "put"."""
    reading = read_question(
        "How many records did I put on in September?", "en", NOW, TZ
    )
    assert (reading.asked, reading.name) == (Asked.PLAYS, None)


@pytest.mark.parametrize(
    ("said", "language", "moment"),
    [
        ("what played 9 pm Wednesday", "en", "2026-11-18T21:00"),
        ("twenty past five today, what song", "en", "2026-11-20T17:20"),
        ("heute 17 Uhr 15, welcher Song", "de", "2026-11-20T17:15"),
    ],
)
def test_a_clock_time_said_bare_is_the_moment(
    said: str, language: str, moment: str
) -> None:
    """A clock said first or right after its day, with no "at"/"um": a moment."""
    reading = read_question(said, language, NOW, TZ)
    assert reading.asked is Asked.WHAT_PLAYED
    assert reading.when is not None
    when = parse_when(reading.when, language, NOW, TZ)
    assert when is not None
    assert when.moment is not None
    assert when.moment.isoformat().startswith(moment)


@pytest.mark.parametrize(
    ("said", "asked", "name"),
    [
        (
            (
                "Wann hab ich eigentlich das letzte Mal Digital Love gehört, kommt"
                " mir ewig her vor"
            ),
            Asked.LAST_PLAY,
            "Digital Love",
        ),
        (
            "wann hab ich Air zuletzt gehört, als wir im Urlaub waren",
            Asked.LAST_PLAY,
            "Air",
        ),
        (
            "wann war erste mal der lied one more time von daft punk",
            Asked.FIRST_PLAY,
            "one more time von daft punk",
        ),
    ],
)
def test_a_german_name_survives_a_clause_after_the_verb(
    said: str, asked: Asked, name: str
) -> None:
    """A clause after the last verb is chat; "das erste Mal X" names X."""
    reading = read_question(said, "de", NOW, TZ)
    assert reading.asked is asked
    assert reading.name is not None
    assert reading.name.casefold() == name.casefold()


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("welche Folge von The Daily habe ich zuletzt gehört", "de"),
        ("which episode of The Daily did I listen to last", "en"),
    ],
)
@pytest.mark.usefixtures("history")
async def test_one_episode_of_a_show_is_that_shows_last_play(
    hass: HomeAssistant, said: str, language: str
) -> None:
    """The show's last episode, never the last play of anything (a wrong fact)."""
    heard = await ask(hass, said, language)
    assert "The Daily" in heard.speech, heard.speech


@pytest.mark.parametrize(
    ("dialect", "plain"),
    [
        (
            "wie oft hab ich Queen dat jahr gehört",
            "wie oft hab ich Queen dieses Jahr gehört",
        ),
        ("wie oft lief Queen letschte Woch", "wie oft lief Queen letzte Woche"),
        ("hab ich Queen des Johr gehört", "hab ich Queen dieses Jahr gehört"),
    ],
)
@pytest.mark.usefixtures("history")
async def test_a_regional_period_inside_a_names_slot(
    hass: HomeAssistant, dialect: str, plain: str
) -> None:
    """ "Dat jahr", "des Johr", "letschte Woch" beside a name: that period, not all time."""
    heard = await ask(hass, dialect, "de")
    right = await ask(hass, plain, "de")
    assert heard.speech == right.speech
    assert heard.response.speech_slots["period"]["name"] != "all_time"


@pytest.mark.parametrize(
    ("recap", "plain"),
    [
        ("this afternoon's listening. summary.", "what did I listen to this afternoon"),
        ("give me a recap of yesterday", "what did I listen to yesterday"),
    ],
)
@pytest.mark.usefixtures("history")
async def test_a_recap_of_a_day_is_what_played(
    hass: HomeAssistant, recap: str, plain: str
) -> None:
    """A day or part of one is summed up by what played, never by its "top song"."""
    heard = await ask(hass, recap)
    right = await ask(hass, plain)
    assert heard.speech == right.speech
    assert heard.intent == right.intent == "EncoreWhatPlayed"


@pytest.mark.parametrize(
    ("dialect", "plain"),
    [
        ("Lief am Wochenend Queen oder nicht?", "Lief am Wochenende Queen oder nicht?"),
        ("was lief letscht Nacht", "was lief letzte Nacht"),
        (
            "Hab ich in de letschte dreißig Dag neue Künstler entdeckt?",
            "Hab ich in den letzten dreißig Tagen neue Künstler entdeckt?",
        ),
    ],
)
@pytest.mark.usefixtures("history")
async def test_a_swabian_period_in_any_slot(
    hass: HomeAssistant, dialect: str, plain: str
) -> None:
    """The Swabian period is read where a listed sentence holds it, never dropped."""
    heard = await ask(hass, dialect, "de")
    right = await ask(hass, plain, "de")
    assert heard.speech == right.speech
    assert heard.response.speech_slots["period"]["name"] not in ("all_time", "today")


@pytest.mark.usefixtures("history")
async def test_anything_at_all_by_an_artist_is_that_artist(hass: HomeAssistant) -> None:
    """ "Anything at all by Café Tacvba": the artist, no song before "by"."""
    heard = await ask(hass, "Have I heard anything at all by Café Tacvba since March?")
    assert heard.speech.startswith("Yes"), heard.speech
    assert "Café Tacvba" in heard.speech
