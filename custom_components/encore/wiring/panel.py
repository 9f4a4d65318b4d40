"""The listening page in the sidebar and the dashboard cards, served by Encore.

The bundles in `../www/` are built from `frontend/` (TypeScript and Lit) and
committed, so a HACS install needs no Node. They are served under
`/encore_static/` with the bundle's hash in the URL: a new version is never
read from a browser's cache. The cards load on every frontend start (no
resource to add by hand); the page appears with the first loaded Encore entry
(every entry records into the history) and goes with the last one.
"""

from hashlib import sha256
from pathlib import Path
from typing import Final

from homeassistant.components import frontend, panel_custom
from homeassistant.components.http import StaticPathConfig
from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant, callback
from homeassistant.util.hass_dict import HassKey

from ..const import DOMAIN

WWW: Final = Path(__file__).parents[1] / "www"
STATIC_URL: Final = f"/{DOMAIN}_static"
PANEL_URL_PATH: Final = "encore-listening"
PANEL_ELEMENT: Final = "encore-panel"
PANEL_ICON: Final = "mdi:chart-box-outline"
PANEL_TITLE: Final = "Encore"
PANEL_BUNDLE: Final = "encore-panel.js"
CARDS_BUNDLE: Final = "encore-cards.js"

DATA_FRONTEND: HassKey[dict[str, str]] = HassKey(f"{DOMAIN}_frontend")
"""The versioned URL of each bundle, once the files are served."""


def _versions() -> dict[str, str]:
    """Return each bundle's URL with its content's hash. Blocking: reads the files."""
    return {
        name: f"{STATIC_URL}/{name}?v={sha256((WWW / name).read_bytes()).hexdigest()[:12]}"
        for name in (PANEL_BUNDLE, CARDS_BUNDLE)
    }


async def async_setup_frontend(hass: HomeAssistant) -> None:
    """Serve the bundles and load the cards on every frontend start (once).

    When the integration sets up, not with an entry: files are served from
    then on, whatever entries come and go.
    """
    if DATA_FRONTEND in hass.data:
        return
    urls = await hass.async_add_executor_job(_versions)
    hass.data[DATA_FRONTEND] = urls
    await hass.http.async_register_static_paths(
        [StaticPathConfig(STATIC_URL, str(WWW), cache_headers=True)]
    )
    frontend.add_extra_js_url(hass, urls[CARDS_BUNDLE])


async def async_show_panel(hass: HomeAssistant) -> None:
    """Add the listening page ("Encore") to the sidebar, for every user."""
    if frontend.async_panel_exists(hass, PANEL_URL_PATH):
        return
    await panel_custom.async_register_panel(
        hass,
        frontend_url_path=PANEL_URL_PATH,
        webcomponent_name=PANEL_ELEMENT,
        # The sidebar shows a custom panel's title as given, one for every
        # user whatever their language: the name, the same in every language
        # (a translated title was the server's language beside a page in the
        # user's, issue 33.8).
        sidebar_title=PANEL_TITLE,
        sidebar_icon=PANEL_ICON,
        module_url=hass.data[DATA_FRONTEND][PANEL_BUNDLE],
        require_admin=False,
    )


@callback
def async_hide_panel_if_unused(hass: HomeAssistant, unloading: str) -> None:
    """Remove the page when the entry `unloading` was the last loaded one."""
    if any(
        entry.state is ConfigEntryState.LOADED and entry.entry_id != unloading
        for entry in hass.config_entries.async_entries(DOMAIN)
    ):
        return
    frontend.async_remove_panel(hass, PANEL_URL_PATH, warn_if_unknown=False)
