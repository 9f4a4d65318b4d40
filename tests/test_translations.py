"""Encore speaks English, German, Dutch, French and Spanish everywhere a user reads.

Every text of `translations/en.json` (flows, entities, errors, repairs,
actions) exists in each language with the same placeholders; the listening
page's and the cards' texts are checked by the frontend's own unit test.
"""

from collections.abc import Iterator
import json
from pathlib import Path
import re
from typing import Any

import pytest

from homeassistant.core import HomeAssistant
from homeassistant.helpers.translation import async_get_translations
from homeassistant.setup import async_setup_component

from custom_components.encore.const import DOMAIN

TRANSLATIONS = (
    Path(__file__).resolve().parents[1] / "custom_components" / DOMAIN / "translations"
)
LANGUAGES = ("de", "nl", "fr", "es")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def texts(tree: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """Every (dotted key, text) of a translation file."""
    for key, value in tree.items():
        if isinstance(value, dict):
            yield from texts(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value


def load(language: str) -> dict[str, str]:
    """A language's texts by dotted key."""
    with (TRANSLATIONS / f"{language}.json").open(encoding="utf-8") as file:
        return dict(texts(json.load(file)))


def test_the_five_languages_are_there() -> None:
    """English and the four others, nothing half-done beside them."""
    assert sorted(path.stem for path in TRANSLATIONS.glob("*.json")) == sorted(
        ("en", *LANGUAGES)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_key_in_every_language(language: str) -> None:
    """The same keys as English: none missing, none left over."""
    english, other = load("en"), load(language)
    assert sorted(set(english) - set(other)) == [], "missing"
    assert sorted(set(other) - set(english)) == [], "not in English"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language: str) -> None:
    """A translation fills in what English fills in, and nothing else."""
    english, other = load("en"), load(language)
    changed = {
        key: (PLACEHOLDER.findall(text), PLACEHOLDER.findall(other[key]))
        for key, text in english.items()
        if key in other
        and sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(other[key]))
    }
    assert changed == {}


# hassfest (script/hassfest/translations.py) refuses any text that looks like an
# HTML tag: the frontend would render it, and the message formatter fails on it
# ("Translation error: UNCLOSED_TAG" in the options dialog).
HTML = re.compile(r"<[a-z].*?>")


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_no_text_looks_like_html(language: str) -> None:
    """No `<word>` anywhere: hassfest fails the integration on one."""
    assert {
        key: text for key, text in load(language).items() if HTML.search(text)
    } == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_are_translated(language: str) -> None:
    """Sentences differ from English (names and units may stay the same)."""
    english, other = load("en"), load(language)
    same = [
        key
        for key, text in english.items()
        if len(text.split()) > 3 and other.get(key) == text
    ]
    assert same == []


async def test_home_assistant_reads_them(hass: HomeAssistant) -> None:
    """Home Assistant loads each language's texts for Encore."""
    assert await async_setup_component(hass, DOMAIN, {})
    for language, title in (
        ("de", "Hören"),
        ("nl", "Luisteren"),
        ("fr", "Écoute"),
        ("es", "Escucha"),
    ):
        loaded = await async_get_translations(hass, language, "exceptions", [DOMAIN])
        assert loaded[f"component.{DOMAIN}.exceptions.panel_title.message"] == title
