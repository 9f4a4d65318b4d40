"""Home Assistant backups get a consistent copy of the listening history.

Before the backup reads the configuration folder, the history's writer
commits what is queued, folds the write-ahead log into the database file
and holds further writes (they wait in the queue, nothing is lost) until the
backup is done.
"""

import asyncio

from homeassistant.core import HomeAssistant

from .history.manager import async_get_manager


async def async_pre_backup(hass: HomeAssistant) -> None:
    """Flush and hold the history's writes."""
    manager = async_get_manager(hass)
    if manager.is_open:
        await asyncio.wrap_future(manager.store.pause())


async def async_post_backup(hass: HomeAssistant) -> None:
    """Let the history's writes go on."""
    manager = async_get_manager(hass)
    if manager.is_open:
        manager.store.resume()
