"""Where the Spotify client gets its access token from."""

from typing import Protocol

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import CONF_ACCESS_TOKEN, CONF_TOKEN
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import (
    OAuth2TokenRequestConnectionError,
    OAuth2TokenRequestError,
    OAuth2TokenRequestReauthError,
)
from homeassistant.helpers.config_entry_oauth2_flow import OAuth2Session

from .errors import SpotifyAuthError, SpotifyTransientError


class SpotifyAuth(Protocol):
    """Supplies valid access tokens and learns when authorization is gone."""

    async def access_token(self, *, force_refresh: bool = False) -> str:
        """Return a valid access token, refreshing it first when asked."""

    def auth_failed(self) -> None:
        """Spotify rejected even a fresh token."""


class TokenAuth:
    """A token that was just issued (the config flow's), never refreshed."""

    def __init__(self, access_token: str) -> None:
        """Initialize."""
        self._access_token = access_token

    async def access_token(self, *, force_refresh: bool = False) -> str:
        """Return the token as given."""
        return self._access_token

    def auth_failed(self) -> None:
        """Nothing to do: the flow reports the failure itself."""


class EntryAuth:
    """Tokens of a config entry, refreshed and stored by Home Assistant's session.

    Spotify rotates PKCE refresh tokens; `OAuth2Session` writes each new token
    to the entry before handing it out, so a rotation is never lost.
    """

    def __init__(
        self, hass: HomeAssistant, entry: ConfigEntry, session: OAuth2Session
    ) -> None:
        """Initialize."""
        self._hass = hass
        self._entry = entry
        self._session = session

    async def access_token(self, *, force_refresh: bool = False) -> str:
        """Return a valid access token; map token endpoint failures."""
        if force_refresh:
            # Spotify refused a token the session still thinks valid (revoked or
            # clock skew): mark it expired so the session refreshes and stores.
            self._hass.config_entries.async_update_entry(
                self._entry,
                data={
                    **self._entry.data,
                    CONF_TOKEN: {**self._session.token, "expires_at": 0},
                },
            )
        try:
            await self._session.async_ensure_token_valid()
        except OAuth2TokenRequestReauthError as err:
            # The session has already started the reauth flow (e.g. invalid_grant
            # once the refresh token's six months are over).
            raise SpotifyAuthError from err
        except (OAuth2TokenRequestError, OAuth2TokenRequestConnectionError) as err:
            raise SpotifyTransientError("token refresh failed") from err
        token: str = self._session.token[CONF_ACCESS_TOKEN]
        return token

    def auth_failed(self) -> None:
        """Ask the user to sign in again; everything else stays."""
        self._entry.async_start_reauth(self._hass)
