"""Base entity for a Spotify account's device."""

from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.update_coordinator import CoordinatorEntity

from ..const import DOMAIN
from .account import SpotifyAccount
from .coordinator import PlaybackCoordinator
from .models import SpotifyProfile


def account_device_info(profile: SpotifyProfile) -> DeviceInfo:
    """Return the device of an account: its player, sensors and history entities."""
    return DeviceInfo(
        identifiers={(DOMAIN, profile.user_id)},
        name=profile.display_name,
        manufacturer="Spotify AB",
        model="Spotify account",
        entry_type=DeviceEntryType.SERVICE,
        configuration_url=f"https://open.spotify.com/user/{profile.user_id}",
    )


class SpotifyAccountEntity(CoordinatorEntity[PlaybackCoordinator]):
    """An entity of one Spotify account (one device per account)."""

    _attr_has_entity_name = True

    def __init__(self, account: SpotifyAccount, key: str) -> None:
        """Initialize."""
        super().__init__(account.playback)
        self.account = account
        profile = account.profile
        self._attr_unique_id = (
            profile.user_id if key == "player" else f"{profile.user_id}_{key}"
        )
        self._attr_device_info = account_device_info(profile)
