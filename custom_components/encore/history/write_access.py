"""Who may change a Spotify account: the people it is linked to, and administrators.

Reading answers is for everyone in the home; changing someone's Spotify
library or playlists is not. An account is linked to people in its options
(`persons`, as `whose` uses it for "my"); a person names its Home
Assistant user. A call without a user (an automation, Home Assistant
itself) is trusted like an administrator, as Home Assistant's admin-only
actions trust it. Actions, websocket commands and Assist all ask here.
"""

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError

from ..const import DOMAIN
from .whose import linked_entries, spotify_entries


class NotYoursError(ServiceValidationError):
    """The user may not change this Spotify account (translated)."""

    def __init__(self, account: str) -> None:
        """Name the account in the refusal."""
        super().__init__(
            translation_domain=DOMAIN,
            translation_key="write_not_yours",
            translation_placeholders={"account": account},
        )


async def async_may_write(
    hass: HomeAssistant, user_id: str | None, entry: ConfigEntry
) -> bool:
    """Whether the Home Assistant user may change the account of `entry`."""
    if user_id is None:
        return True
    user = await hass.auth.async_get_user(user_id)
    if user is None:
        return False
    if user.is_admin:
        return True
    return any(
        linked.entry_id == entry.entry_id for linked in linked_entries(hass, user_id)
    )


async def async_require_may_write(
    hass: HomeAssistant, user_id: str | None, entry: ConfigEntry
) -> None:
    """Raise the translated refusal unless the user may change the account."""
    if not await async_may_write(hass, user_id, entry):
        raise NotYoursError(entry.title)


def not_spotify(entry_id: str) -> ServiceValidationError:
    """Return the error for an entry that is no Spotify account."""
    return ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="write_needs_spotify_account",
        translation_placeholders={"entry": entry_id},
    )


@callback
def target_entry(
    hass: HomeAssistant, user_id: str | None, chosen: str | None
) -> ConfigEntry:
    """Return the Spotify account a change goes to.

    The one named (entry id or Spotify user id); else the account linked to
    the caller; else the only one. Several accounts and no link: the
    caller must say which.
    """
    accounts = spotify_entries(hass)
    if chosen:
        for entry in accounts:
            if chosen in (entry.entry_id, entry.unique_id):
                return entry
        raise not_spotify(chosen)
    if user_id is not None and len(linked := linked_entries(hass, user_id)) == 1:
        return linked[0]
    if len(accounts) == 1:
        return accounts[0]
    raise ServiceValidationError(
        translation_domain=DOMAIN,
        translation_key="write_account_needed",
        translation_placeholders={
            "accounts": ", ".join(entry.title for entry in accounts) or "-"
        },
    )
