"""Spotify sign-in through Home Assistant's application credentials, with PKCE."""

from homeassistant.components.application_credentials import ClientCredential
from homeassistant.core import HomeAssistant
from homeassistant.helpers.config_entry_oauth2_flow import (
    LocalOAuth2ImplementationWithPkce,
)

from .spotify.endpoints import spotify_endpoints


async def async_get_auth_implementation(
    hass: HomeAssistant, auth_domain: str, credential: ClientCredential
) -> LocalOAuth2ImplementationWithPkce:
    """Return a PKCE implementation for the user's own Spotify app.

    Spotify issues single-use refresh tokens to PKCE clients; Home Assistant's
    OAuth2 session stores every rotated token on the config entry.
    """
    endpoints = spotify_endpoints(hass)
    return LocalOAuth2ImplementationWithPkce(
        hass,
        auth_domain,
        credential.client_id,
        endpoints.authorize_url,
        endpoints.token_url,
        credential.client_secret,
    )


async def async_get_description_placeholders(hass: HomeAssistant) -> dict[str, str]:
    """Return the texts shown when the user adds application credentials."""
    return {
        "dashboard_url": "https://developer.spotify.com/dashboard",
        "redirect_url": "https://my.home-assistant.io/redirect/oauth",
    }
