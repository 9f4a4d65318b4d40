"""While an import counts its plays: refusals that say why, and bulk mode left alone (issue 43.5, 43.12).

A real Home Assistant with the history, Assist and Encore's sentences; the
import's batches written as the importer writes them in bulk mode
(`store.bulk`). Before: each question the page asked meanwhile answered
HTTP 500 with an ERROR line, Assist said only "not available right now",
and a collector's job row (the first recently-played poll after a restart)
ended bulk mode, so the rest of a resumed import went in row by row (110k
rows in 30 s instead of 4.5).
"""

import logging

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.core import Context, HomeAssistant
from homeassistant.exceptions import ServiceValidationError

from custom_components.encore.const import DOMAIN
from custom_components.encore.history.manager import async_get_manager
from custom_components.encore.history.store import bulk
from custom_components.encore.history.store.jobs import start_job
from tests.history.store.test_bulk import BIG_EXPORT, batches

from .test_voice import ask, history  # noqa: F401 - the fixture


async def test_answers_during_an_import_say_why_and_when(
    hass: HomeAssistant,
    history: MockConfigEntry,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Refused with the reason, in words; a collector's job leaves bulk mode on."""
    manager = async_get_manager(hass)
    job = await manager.async_write(lambda c, s: start_job(c, s, "import", "ada"))
    assert await manager.async_write(
        lambda c, s: s.begin_bulk(c, "ada", BIG_EXPORT), bulk_safe=True
    )
    await manager.async_write(
        lambda c, s: s.insert_records(c, batches()[0]), bulk_safe=True
    )
    assert await manager.async_read(bulk.pending)

    caplog.clear()
    with (
        caplog.at_level(logging.DEBUG),
        pytest.raises(ServiceValidationError) as caught,
    ):
        await hass.services.async_call(
            DOMAIN,
            "listening_stats",
            {"period": "all_time"},
            blocking=True,
            return_response=True,
            context=Context(user_id="ada-user"),
        )
    assert caught.value.translation_key == "history_settling"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]

    assert await manager.async_read(bulk.pending), "settled by the action"
    heard = await ask(hass, "how long did I listen today")
    assert "still counting the plays of an import, 60 so far" in heard.speech
    assert "Ask me again in a minute" in heard.speech
    heard = await ask(hass, "wie lange habe ich heute Musik gehört", "de")
    assert "Import" in heard.speech

    assert await manager.async_read(bulk.pending), "settled by Assist"
    # A collector starts and ends its own job meanwhile: bulk mode stays.
    other = await manager.async_start_job("spotify_recent", "ada")
    assert await manager.async_read(bulk.pending), "settled by start_job"
    await manager.async_update_job(other, {"new": 0}, status="completed")
    assert await manager.async_read(bulk.pending)

    # The import's own end settles it, and the answers are back.
    await manager.async_update_job(job, {}, status="completed", ends_bulk=True)
    assert await manager.async_read(bulk.pending) is None
    stats = await hass.services.async_call(
        DOMAIN,
        "listening_stats",
        {"period": "all_time"},
        blocking=True,
        return_response=True,
        context=Context(user_id="ada-user"),
    )
    assert stats["totals"]["streams"] >= 60
