"""Periods, places and counted things read right (issue 45, eighth turn).

Each of these was answered wrongly or not at all before: a period said
plainly beside more words was taken for a room ("in der vergangenen Woche"
read "in der vergangenen" as one), idioms and digressions were "a room I
don't know" ("im Großen und Ganzen", "on the whole"), and counting words were
a name ("I found nothing called spins"). Each is answered exactly as its
plain form, over the known plays of `test_voice`, or says what was not
understood; a few figures are counted again here.
"""

from collections import Counter
from datetime import date

import pytest

from homeassistant.core import HomeAssistant
from homeassistant.helpers import intent

from custom_components.encore.history.models import PlayKind

from .test_heldout import add_kitchen
from .test_voice import (  # noqa: F401
    ACCOUNT,
    PLAYS,
    ask,
    assert_answered_as,
    history,
    mine,
    ranking,
    tracks,
)

# A. A period said plainly, with more words before or after the question.
PERIODS = [
    (
        "en",
        "This past week, did I play more music on weekdays than at weekends?",
        "did I play more music on weekdays than at weekends last week",
    ),
    (
        "en",
        "how long did I listen, Mia, not the dog, how long did I listen this week",
        "how long did I listen this week",
    ),
    (
        "en",
        "which artist did I listen to the most in the current month, if you don't mind",
        "which artist did I listen to most this month",
    ),
    (
        "de",
        "Wie viele Stunden habe ich in der vergangenen Woche gehört? Draußen schneit es ja.",
        "wie lange habe ich letzte Woche gehört",
    ),
    (
        "de",
        (
            "Welchen Künstler haben wir denn im vergangenen Monat am meisten gehört, wenn"
            " ich fragen darf?"
        ),
        "welchen Künstler haben wir letzten Monat am meisten gehört",
    ),
    (
        "de",
        "Diesen Monat, habe ich unter der Woche mehr Musik gehört als am Wochenende?",
        "habe ich diesen Monat unter der Woche mehr Musik gehört als am Wochenende",
    ),
    (
        "de",
        "Wie lange habe ich im laufenden Monat gehört",
        "wie lange habe ich diesen Monat gehört",
    ),
    (
        "de",
        "Wie lange habe ich in der Vorwoche gehört",
        "wie lange habe ich letzte Woche gehört",
    ),
]

# B. Words taken for a place that are none: the question without them.
NO_PLACES = [
    (
        "en",
        "who did I listen to most on the whole this month",
        "who did I listen to most this month",
    ),
    (
        "de",
        "was habe ich im Großen und Ganzen diese Woche am meisten gehört",
        "was habe ich diese Woche am meisten gehört",
    ),
    (
        "de",
        "welcher Künstler lief im Verhältnis zu allem, was lief, diesen Monat am meisten",
        "welcher Künstler lief diesen Monat am meisten",
    ),
    (
        "de",
        (
            "welchen Künstler habe ich diesen Monat am meisten gehört, früher auf dem"
            " Plattenspieler, aber das ist lange her"
        ),
        "welchen Künstler habe ich diesen Monat am meisten gehört",
    ),
    ("de", "erstes lied im oktober was war", "was war das erste Lied im Oktober"),
]

# C. Counting and content words are no name; a clause of when or why is none.
COUNTS = [
    ("en", "how many track spins this week", "how many songs did I play this week"),
    (
        "en",
        "how many plays did I rack up last week, music and podcasts combined",
        "how many plays did I have last week",
    ),
    (
        "en",
        "roughly how many things, songs and shows together, since Monday",
        "how many plays did I have since Monday",
    ),
    (
        "en",
        "how many songs did I play this morning before I went to the bakery",
        "how many songs did I play this morning",
    ),
    (
        "de",
        "wie viele Lieder habe ich heute Morgen gehört, bevor ich zum Bäcker bin",
        "wie viele Lieder habe ich heute Morgen gehört",
    ),
    (
        "de",
        (
            "wie viele Wiedergaben hatte ich letzte Woche, Musik und Podcasts"
            " zusammengerechnet"
        ),
        "wie viele Wiedergaben hatte ich letzte Woche",
    ),
    (
        "de",
        "wie viele Lieder habe ich gestern gehört, als die Kinder da waren",
        "wie viele Lieder habe ich gestern gehört",
    ),
    (
        "de",
        "wie viele Folgen Podcast seit Montag",
        "wie viele Folgen habe ich seit Montag gehört",
    ),
    (
        "de",
        "Wieviel Podcast habe ich diese Woche gehört",
        "wie lange habe ich diese Woche Podcasts gehört",
    ),
]


@pytest.mark.usefixtures("history")
async def test_answered_as_its_plain_form(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """Encore's, never a room it does not know, and answered as plainly asked."""
    add_kitchen(hass)
    for language, said, plain in PERIODS + NO_PLACES + COUNTS:
        with subtests.test(said):
            heard = await ask(hass, said, language)
            assert (heard.intent or "").startswith("Encore"), heard.speech
            assert "room, area or speaker" not in heard.speech
            assert "Raum, Bereich oder Lautsprecher" not in heard.speech
            await assert_answered_as(hass, said, plain, language)


@pytest.mark.usefixtures("history")
async def test_the_figures_are_the_plays_counted_again(hass: HomeAssistant) -> None:
    """A period beside chat, an idiom beside a period, counts of a content."""
    add_kitchen(hass)
    # The month's top artist, "in the current month".
    top, count = ranking(tracks(mine("this_month")), lambda play: play.artist)[0]
    heard = await ask(
        hass, "which artist did I listen to the most in the current month, please"
    )
    assert heard.speech.startswith(
        f"This month you listened most to {top}, {count} plays"
    ), heard.speech
    # "Im Großen und Ganzen" is no room: this week's top song.
    ((title, _), count), (_, second) = Counter(
        (play.title, play.artist) for play in tracks(mine("this_week"))
    ).most_common(2)
    assert count > second
    heard = await ask(
        hass, "was habe ich im Großen und Ganzen diese Woche am meisten gehört", "de"
    )
    assert heard.speech.startswith(f"Diese Woche hast du am meisten {title} von"), (
        heard.speech
    )
    assert f"{count} Mal" in heard.speech
    # Songs are tracks: this week's track plays, "track spins".
    heard = await ask(hass, "how many track spins this week")
    assert heard.speech.startswith(
        f"This week you had {len(tracks(mine('this_week')))} plays"
    ), heard.speech
    # Episodes streamed in September: episodes, said as episodes.
    episodes = [
        play
        for play in PLAYS
        if play.account == ACCOUNT
        and play.kind is PlayKind.EPISODE
        and play.counted
        and date(2026, 9, 1) <= play.started.date() <= date(2026, 9, 30)
    ]
    heard = await ask(hass, "wie viele Folgen hab ich im September gestreamt", "de")
    count = len(episodes)
    said = (
        "1 Wiedergabe: 1 Folge"
        if count == 1
        else f"{count} Wiedergaben: {count} Folgen"
    )
    assert heard.speech == f"Im September hattest du {said}.", heard.speech


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(
    ("language", "said", "understood"),
    [
        # A time nobody can count: said as not understood, never all time.
        ("en", "what did I listen to most from the old radio days", "old radio days"),
        # A name nothing goes by: said as not found, never a room's error.
        (
            "en",
            "how often did I play those two French fellows in the helmets",
            "those two French fellows",
        ),
    ],
)
async def test_what_is_not_understood_is_said(
    hass: HomeAssistant, language: str, said: str, understood: str
) -> None:
    """No room's error, no answer over all time: what was not understood."""
    heard = await ask(hass, said, language)
    assert heard.response.response_type is intent.IntentResponseType.ERROR
    assert understood in heard.speech
    assert "room, area or speaker" not in heard.speech
