"""The listening page in the sidebar and the cards: served by Encore itself."""

from pathlib import Path
from typing import Any

from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components.frontend import DATA_EXTRA_MODULE_URL, DATA_PANELS
from homeassistant.core import HomeAssistant

from custom_components.encore.wiring.panel import PANEL_URL_PATH, WWW

from .test_services import (
    history,  # noqa: F401 - a fixture
    people,  # noqa: F401 - a fixture
)


async def test_the_page_and_the_cards_are_served(
    hass: HomeAssistant,
    history: dict[str, MockConfigEntry],  # noqa: F811
    hass_client: Any,
) -> None:
    """The sidebar gets "Encore" for everyone; the bundles are served, versioned.

    A name, not a word: the sidebar's one title never disagrees with the
    page in another user's language (issue 33.8).
    """
    panel = hass.data[DATA_PANELS][PANEL_URL_PATH]
    assert panel.sidebar_title == "Encore"
    assert panel.require_admin is False
    module_url = panel.config["_panel_custom"]["module_url"]
    cards_url = next(
        url for url in hass.data[DATA_EXTRA_MODULE_URL].urls if "encore-cards" in url
    )
    client = await hass_client()
    for url, name in ((module_url, "encore-panel.js"), (cards_url, "encore-cards.js")):
        assert "?v=" in url
        response = await client.get(url)
        assert response.status == 200
        assert await response.read() == (WWW / name).read_bytes()

    # The last entry going takes the page with it; a new one brings it back.
    await hass.config_entries.async_unload(history["history"].entry_id)
    assert PANEL_URL_PATH not in hass.data[DATA_PANELS]
    assert await hass.config_entries.async_setup(history["history"].entry_id)
    assert PANEL_URL_PATH in hass.data[DATA_PANELS]


def test_the_bundles_are_committed() -> None:
    """HACS installs need no Node: the built files are in the integration."""
    assert {path.name for path in Path(WWW).iterdir()} >= {
        "encore-panel.js",
        "encore-cards.js",
    }
