"""The history settings dialog names what its Assist option installs (issue 43.16).

The option installs several sentence files per language (the history's
questions, Spotify's, the recap's, playing from the history); the dialog
used to name one of them, and promised a file in languages Encore has no
sentences in.
"""

import json
from pathlib import Path

from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.sentences import shipped_files

from .test_history_entry import settings_entry  # noqa: F401 - a fixture

TRANSLATIONS = (
    Path(__file__).parents[1] / "custom_components" / "encore" / "translations"
)


async def test_the_dialog_names_every_installed_file(
    hass: HomeAssistant,
    settings_entry: MockConfigEntry,  # noqa: F811
) -> None:
    """Every file the option installs, and every language it installs for, is named."""
    result = await hass.config_entries.options.async_init(settings_entry.entry_id)
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "history"}
    )
    assert result["step_id"] == "history"
    placeholders = result["description_placeholders"]
    installed = shipped_files()
    names = {name for _language, _path, name in installed}
    languages = {language for language, _path, _name in installed}
    # Four sets (the history's, Spotify's, the recap's, playing), each a file.
    assert len(names) == 4
    assert set(placeholders["sentence_files"].split(", ")) == names
    assert set(placeholders["sentence_languages"].split(", ")) == languages
    hass.config_entries.options.async_abort(result["flow_id"])
    # Each language's text uses both, and names no single file as the only one.
    for path in sorted(TRANSLATIONS.glob("*.json")):
        texts = json.loads(path.read_text(encoding="utf-8"))
        text = texts["options"]["step"]["history"]["data_description"][
            "install_sentences"
        ]
        assert "{sentence_files}" in text, path.name
        assert "{sentence_languages}" in text, path.name
        assert "encore.yaml" not in text, path.name
