"""Issue 45's twenty-sixth turn: a formal German past, stats, lower-case names.

- A retired teacher's Präteritum ("Was hörte ich gestern?", "Wie lange
  hörte ich vergangene Woche Musik?") was no sentence's and no reading's.
- "My stats for the summer", "Hörstatistik letzte Woche" are recaps.
- "How long did i listen to air this month", typed or dictated in lower
  case, answered the month's whole listening time: a wrong fact. A listening
  time of a name is that name's minutes and plays, capitalised or not.
- "How much of The Daily have I listened to" is the show's count, "what's my
  music personality" the taste.

The phrasings are this file's own.
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import read_question

from .read_as_plain import NOW, TZ, assert_read_as_plain
from .test_voice import ask, assert_encores_as_plain, history  # noqa: F401


@pytest.mark.parametrize(
    ("lang", "said", "plain"),
    [
        ("de", "Was hörte ich gestern?", "was habe ich gestern gehört"),
        (
            "de",
            "Wie lange hörte ich vergangene Woche Musik?",
            "wie lange habe ich vergangene woche musik gehört",
        ),
        (
            "de",
            "Welchen Künstler hörte ich letzten Monat am häufigsten?",
            "welchen künstler habe ich letzten monat am häufigsten gehört",
        ),
        (
            "de",
            "Wie viele Lieder hörten wir am Samstag?",
            "wie viele lieder haben wir am samstag gehört",
        ),
        (
            "de",
            "Welches Lied spielte ich heute Morgen als erstes?",
            "welches lied habe ich heute morgen als erstes gespielt",
        ),
        ("de", "Hörte ich gestern Daft Punk?", "habe ich gestern daft punk gehört"),
        ("en", "my stats for the summer please", "give me a recap for the summer"),
        ("en", "show me my stats for october", "give me a recap of october"),
        ("en", "listening stats last week", "give me a recap of last week"),
        ("de", "meine Statistik für Oktober", "gib mir einen Rückblick auf Oktober"),
        ("en", "what's my music personality", "describe my taste in music"),
        ("de", "was ist meine Musikpersönlichkeit", "wie ist mein Musikgeschmack"),
        (
            "en",
            "how long did i listen to air this month",
            "how long did I listen to Air this month",
        ),
        (
            "en",
            "how much time did i spend on daft punk last week",
            "how long did I listen to Daft Punk last week",
        ),
        (
            "de",
            "wie lange lief queen diese woche",
            "wie lange hab ich diese Woche Queen gehört",
        ),
    ],
)
def test_read_as_plain(lang: str, said: str, plain: str) -> None:
    """Each is read as its plain question."""
    assert_read_as_plain(said, plain, lang)


@pytest.mark.parametrize(
    ("said", "language", "name"),
    [
        ("how long did i listen to the daily this month", "en", "the daily"),
        ("how long have i listened to queen", "en", "queen"),
        ("wie lange habe ich diesen monat the daily gehört", "de", "the daily"),
        ("wie lange lief queen diese woche", "de", "queen"),
        # Content, pointing words, fillers, rooms and a period said in
        # slips are no name, in lower case too.
        ("how long did i listen to music this week", "en", None),
        ("how long did i listen to my music this week", "en", None),
        ("how long have i been listening to stuff", "en", None),
        ("how long did i listen to day", "en", None),
        (
            "uh how many hours of podcasts did i listen to in the last thirty days",
            "en",
            None,
        ),
        ("wie lange lief bei mir heute musik", "de", None),
        ("wie lange lief gestern musik bei mir", "de", None),
        ("wie lange hab ich heute podcasts gehört", "de", None),
        ("wie lange hab ich heu te gehört", "de", None),
        ("wie lange ham wir gestern in der küche gehört", "de", None),
        # Capitalised text keeps to capitalised names.
        ("How long did I listen to music this week", "en", None),
    ],
)
def test_timed_name_in_lower_case(said: str, language: str, name: str | None) -> None:
    """Where a name stands in lower-case words, it is the name; content is not."""
    reading = read_question(said, language, NOW, TZ)
    if name is None:
        assert not reading.timed, reading
    else:
        assert reading.timed, reading
        assert (reading.name or "").lower() == name


@pytest.mark.usefixtures("history")
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, and the answer of the plain question."""
    for said, plain, language in [
        (
            "how long did i listen to air this month",
            "how long did I listen to Air this month",
            "en",
        ),
        (
            "wie lange lief queen diese woche",
            "wie lange hab ich diese Woche Queen gehört",
            "de",
        ),
        (
            "how much of the daily have i listened to this week",
            "how many times did I play The Daily this week",
            "en",
        ),
        ("Was hörte ich gestern?", "was habe ich gestern gehört", "de"),
        (
            "Wie lange hörte ich vergangene Woche Musik?",
            "wie lange habe ich letzte woche musik gehört",
            "de",
        ),
        ("Hörte ich gestern Daft Punk?", "habe ich gestern daft punk gehört", "de"),
        ("my stats for the summer please", "give me a recap for the summer", "en"),
        ("Hörstatistik letzte Woche", "Rückblick auf letzte Woche", "de"),
        ("what's my music personality", "describe my taste in music", "en"),
        ("was ist meine Musikpersönlichkeit", "wie ist mein Musikgeschmack", "de"),
    ]:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_a_name_nobody_goes_by_is_said_not_found(hass: HomeAssistant) -> None:
    """A lower-case name the history lacks: not found, never the week's total."""
    heard = await ask(hass, "how long did i listen to radiohead this week")
    assert heard.speech == "I found nothing called radiohead in your listening history."


@pytest.mark.usefixtures("history")
async def test_bare_stats_of_a_fitness_tracker_are_not_a_recap(
    hass: HomeAssistant,
) -> None:
    """'My step stats last week' is declined, never the week's music."""
    heard = await ask(hass, "my step stats last week")
    assert "music" not in heard.speech
    assert heard.response.error_code is not None


# -- a narrowing no family answers ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "said", "narrowed"),
    [
        ("en", "what's my most played queen song", "queen"),
        ("en", "top songs by daft punk this year", "daft punk"),
        ("en", "which justice song do i play the most", "justice"),
        ("en", "what was the first daft punk song i played today", "daft punk"),
        ("en", "how many different songs by air have i heard", "air"),
        ("en", "who did i listen to most in the mornings", "in the mornings"),
        ("en", "how often do i skip in the mornings", "in the mornings"),
        ("en", "how many times did i skip queen", "queen"),
        ("de", "welches Queen-Lied höre ich am meisten", "Queen"),
        ("de", "welchen Song von Daft Punk hab ich am häufigsten gehört", "Daft Punk"),
        ("de", "wie oft habe ich Queen übersprungen", "Queen"),
        ("de", "wen höre ich morgens am meisten", "morgens"),
        # A count, a measure, a period or a room narrows as every family can.
        ("en", "my top five songs this year", None),
        ("en", "top songs by plays this month", None),
        ("en", "which one song did i play most", None),
        ("en", "what was the first song i played this morning", None),
        ("en", "most played songs from the kitchen", None),
        ("en", "Have I been skipping a great many songs this month?", None),
        ("en", "am i more of a morning or evening listener", None),
        ("de", "meine meistgehörten Songs von letzter Woche", None),
        ("de", "wie viele Lieder habe ich gestern übersprungen", None),
        ("de", "wann höre ich morgens oder abends mehr", None),
    ],
)
def test_narrowed(lang: str, said: str, narrowed: str | None) -> None:
    """Words that narrow a question as no family can are read as such."""
    assert read_question(said, lang, NOW, TZ).narrowed == narrowed


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("said", "language", "expected"),
    [
        (
            "what's my most played queen song",
            "en",
            (
                "I understood you're asking about your top songs, but I can't narrow"
                ' that down to "queen"; ask it without that.'
            ),
        ),
        (
            "who did i listen to most in the mornings",
            "en",
            (
                "I understood you're asking about your top artists, but I can't narrow"
                ' that down to "in the mornings"; ask it without that.'
            ),
        ),
        (
            "welches Queen-Lied höre ich am meisten",
            "de",
            (
                "Ich habe verstanden, dass du nach deinen Top-Songs fragst, aber auf"
                " „Queen“ kann ich das nicht eingrenzen; frag ohne das."
            ),
        ),
        (
            "wie oft habe ich Queen übersprungen",
            "de",
            (
                "Ich habe verstanden, dass du nach deinen übersprungenen Titeln fragst,"
                " aber auf „Queen“ kann ich das nicht eingrenzen; frag ohne das."
            ),
        ),
    ],
)
async def test_narrowed_is_said_back(
    hass: HomeAssistant, said: str, language: str, expected: str
) -> None:
    """Never the ranking or the rate of everything: what was not understood."""
    heard = await ask(hass, said, language)
    assert (heard.intent or "").startswith("Encore")
    assert heard.speech == expected


# -- a story told in clauses ------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "said", "plain"),
    [
        (
            "en",
            (
                "I was poorly for a fortnight with my chest last month so I had the music"
                " on a good deal, how many different songs did I get through last month,"
                " do you know?"
            ),
            "how many different songs did I get through last month",
        ),
        (
            "de",
            (
                "Sag einmal, ich war ja im letzten Monat so verkühlt und bin viel daheim"
                " gesessen, wie viele verschiedene Lieder waren's denn da?"
            ),
            "wie viele verschiedene Lieder waren's im letzten Monat",
        ),
        (
            "de",
            (
                "Am Wochenende waren die Enkerl da und es war ein Mordstrara, was hab ich"
                " denn da überhaupt gehört?"
            ),
            "was hab ich am Wochenende gehört",
        ),
        (
            "de",
            (
                "Wie viele Lieder hab ich denn heute schon gehört, Jessas, mir kommt vor,"
                " es waren hundert"
            ),
            "wie viele Lieder hab ich heute gehört",
        ),
        (
            "en",
            (
                "Quick question, my love, before my programme starts, who's the singer I"
                " give the push to most, the one I skip more than any other?"
            ),
            "which artist do I skip the most",
        ),
    ],
)
def test_story_in_clauses(lang: str, said: str, plain: str) -> None:
    """The question is read without the story told in clauses before it."""
    assert_read_as_plain(said, plain, lang)


def test_a_clause_after_the_question_keeps_its_time() -> None:
    """'…, als die Freunde da waren': no question of its own, so no time to take."""
    reading = read_question(
        "Du, haben wir am Wochenende eigentlich Don't Stop Me Now gehört,"
        " als die Freunde da waren?",
        "de",
        NOW,
        TZ,
    )
    assert reading.said is None
    assert "don't stop me now" in (reading.name or "").lower()


@pytest.mark.usefixtures("history")
async def test_a_story_s_time_words_are_no_time_of_the_question(
    hass: HomeAssistant,
) -> None:
    """'Poorly for a fortnight' is the story's: the month's count is answered."""
    await assert_encores_as_plain(
        hass,
        "I was poorly for a fortnight with my chest last month so I had the music"
        " on a good deal, how many different songs did I get through last month,"
        " do you know?",
        "how many different songs did I get through last month",
        "en",
    )
