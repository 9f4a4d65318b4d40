"""The habits' answers: when someone listens, new artists, skips, repeats, streaks.

One coroutine per habit family, a `Question` in, an `Answered[...]` out, as
in `answers`: Assist and the LLM tools (`voice/habits.py`) say them. Each is
one read (`asking.async_ask`), shared with every asker of the same question
until the next write (`sharing.same_question`): a habit asked again, by
voice and by an agent, or the peak, parts of the day and parts of the week
(all three the one heatmap) read the history once.
"""

from datetime import date

from homeassistant.core import HomeAssistant
from homeassistant.util import dt as dt_util

from ..queries import Streaks
from .asking import Answered, async_ask
from .families import (
    MostSkipped,
    NewArtists,
    Share,
    heatmap_of,
    most_skipped_of,
    new_artists_of,
    repeat_of,
    skips_of,
    streaks_of,
)
from .question import Question
from .sharing import same_question

__all__ = [
    "MostSkipped",
    "NewArtists",
    "Share",
    "async_heatmap",
    "async_most_skipped",
    "async_new_artists",
    "async_repeat",
    "async_skips",
    "async_streaks",
]


async def async_heatmap(
    hass: HomeAssistant, question: Question
) -> Answered[list[list[int]]]:
    """Sum minutes by local weekday (Monday first) and hour, of the question's content."""
    time_zone = dt_util.get_default_time_zone()
    return await async_ask(
        hass,
        question,
        lambda conn, asked, scope: heatmap_of(conn, asked, scope, time_zone),
        same_as=same_question("heatmap", question),
    )


async def async_new_artists(
    hass: HomeAssistant, question: Question
) -> Answered[NewArtists]:
    """Count the artists first played in the period; name the question's limit of them."""
    return await async_ask(
        hass,
        question,
        new_artists_of,
        same_as=same_question("new_artists", question),
    )


async def async_skips(hass: HomeAssistant, question: Question) -> Answered[Share]:
    """Return the share of the period's streams skipped, out of how many streams."""
    return await async_ask(
        hass, question, skips_of, same_as=same_question("skips", question)
    )


async def async_most_skipped(
    hass: HomeAssistant, question: Question
) -> Answered[MostSkipped]:
    """Rank what the question ranks (tracks or artists) by skips; count the streams."""
    return await async_ask(
        hass,
        question,
        most_skipped_of,
        same_as=same_question("most_skipped", question),
    )


async def async_repeat(hass: HomeAssistant, question: Question) -> Answered[Share]:
    """Return the share of the period's music plays repeated, out of how many plays."""
    return await async_ask(
        hass, question, repeat_of, same_as=same_question("repeat", question)
    )


async def async_streaks(
    hass: HomeAssistant, question: Question, *, today: date
) -> Answered[Streaks]:
    """Find the days in a row with a counted play up to `today`: current and longest."""
    time_zone = dt_util.get_default_time_zone()
    return await async_ask(
        hass,
        question,
        lambda conn, asked, scope: streaks_of(conn, asked, scope, time_zone, today),
        same_as=same_question("streaks", question, today),
    )
