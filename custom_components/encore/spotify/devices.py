"""Choosing the Spotify Connect device a command goes to."""

from collections.abc import Iterable
from typing import Final, TypedDict

from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.storage import Store

from ..const import DOMAIN
from .models import SpotifyDevice

STORAGE_VERSION: Final = 1
SAVE_DELAY: Final = 30


class _Stored(TypedDict):
    id: str | None
    name: str


class LastDevice:
    """The device this account last played on, kept across restarts."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Initialize."""
        self._store: Store[_Stored] = Store(
            hass, STORAGE_VERSION, f"{DOMAIN}.spotify_last_device.{entry_id}"
        )
        self.device_id: str | None = None
        self.name: str | None = None
        self._unsaved = False

    async def async_load(self) -> None:
        """Read the stored device, if any."""
        if (stored := await self._store.async_load()) is not None:
            self.device_id = stored["id"]
            self.name = stored["name"]

    @callback
    def async_set(self, device: SpotifyDevice) -> None:
        """Remember `device`; saved a little later, once."""
        if (device.device_id, device.name) == (self.device_id, self.name):
            return
        self.device_id = device.device_id
        self.name = device.name
        self._unsaved = True
        self._store.async_delay_save(self._data, SAVE_DELAY)

    def _data(self) -> _Stored:
        self._unsaved = False
        return {"id": self.device_id, "name": self.name or ""}

    async def async_flush(self) -> None:
        """Write a pending change now (the entry unloads, or is being removed)."""
        if self._unsaved:
            await self._store.async_save(self._data())

    async def async_remove(self) -> None:
        """Delete the stored device (the account is being removed)."""
        await self._store.async_remove()


def find_device(
    devices: Iterable[SpotifyDevice], name_or_id: str
) -> SpotifyDevice | None:
    """Find a device by id, else by name (ids of some devices change over time)."""
    devices = list(devices)
    for device in devices:
        if device.device_id and device.device_id == name_or_id:
            return device
    wanted = name_or_id.casefold()
    return next((d for d in devices if d.name.casefold() == wanted), None)


def choose_device(
    devices: list[SpotifyDevice],
    *,
    default_name: str | None,
    last: LastDevice,
) -> SpotifyDevice:
    """Pick where playback starts when no device is active.

    In order: the default device from the options, the device this account
    last played on, the only device that accepts commands. Never simply the
    first of the list: Spotify does not define its order.
    """
    if (active := next((d for d in devices if d.is_active), None)) is not None:
        return active
    for wanted in (default_name, last.device_id, last.name):
        if wanted and (device := find_device(devices, wanted)) and _usable(device):
            return device
    usable = [device for device in devices if _usable(device)]
    if len(usable) == 1:
        return usable[0]
    if not usable:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="no_device",
            translation_placeholders={"devices": _names(devices)},
        )
    raise ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="choose_device",
        translation_placeholders={"devices": _names(usable)},
    )


def _usable(device: SpotifyDevice) -> bool:
    return bool(device.device_id) and not device.is_restricted


def _names(devices: Iterable[SpotifyDevice]) -> str:
    return ", ".join(sorted(device.name for device in devices)) or "none"
