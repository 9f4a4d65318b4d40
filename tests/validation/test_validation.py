"""Encore's metadata passes what hassfest and HACS check, and each check catches a broken file."""

from __future__ import annotations

from collections.abc import Callable
import copy
from datetime import UTC, datetime
import json
from pathlib import Path
import shutil
from typing import Any

from PIL import Image
import probatio
import pytest
import voluptuous as vol
import yaml

import homeassistant.components
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.encore.const import DOMAIN
from custom_components.encore.spotify import errors
from custom_components.encore.spotify.issues import _ACCOUNT_ISSUES as ACCOUNT_ISSUES

from .checks import (
    check_brand,
    check_hacs,
    check_icons,
    check_manifest,
    check_quality_scale,
    check_translations,
    code_keys,
)
from .hassfest import (
    check_icons_schema,
    check_services_yaml,
    check_strings,
    check_texts,
)

ROOT = Path(__file__).resolve().parents[2]
INTEGRATION = ROOT / "custom_components" / DOMAIN


def _json(path: Path) -> Any:
    return json.loads(path.read_text())


def _yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text())


@pytest.fixture(scope="module")
def files() -> dict[str, Any]:
    """Encore's metadata files, parsed."""
    return {
        "manifest": _json(INTEGRATION / "manifest.json"),
        "hacs": _json(ROOT / "hacs.json"),
        "en": _json(INTEGRATION / "translations" / "en.json"),
        "icons": _json(INTEGRATION / "icons.json"),
        "services": _yaml(INTEGRATION / "services.yaml"),
        "quality": _yaml(INTEGRATION / "quality_scale.yaml"),
    }


def test_manifest_and_hacs(files: dict[str, Any]) -> None:
    """manifest.json and hacs.json are valid, and agree on the Home Assistant version."""
    assert check_manifest(files["manifest"]) == []
    assert check_hacs(files["hacs"]) == []
    assert files["hacs"]["name"] == files["manifest"]["name"]


def test_brand_images() -> None:
    """icon.png is 256x256 and icon@2x.png 512x512."""
    assert check_brand(INTEGRATION / "brand") == []


def test_brand_icons_are_transparent_around_the_drawing() -> None:
    """Both icons are RGBA, with transparent corners (they sit on light and dark themes)."""
    for name in ("icon.png", "icon@2x.png"):
        with Image.open(INTEGRATION / "brand" / name) as image:
            assert image.mode == "RGBA"
            width, height = image.size
            assert image.getpixel((0, 0))[3] == 0  # type: ignore[index]
            assert image.getpixel((width - 1, height - 1))[3] == 0  # type: ignore[index]


def _typed_spotify_error_keys() -> set[str]:
    """The keys of Spotify's typed errors, as raised (their keys live in the classes)."""
    now = datetime.now(UTC)
    raised = [
        errors.SpotifyAuthError(),
        errors.SpotifyNotFoundError(),
        errors.SpotifyNoActiveDeviceError(),
        errors.SpotifyTransientError(),
        errors.SpotifyRateLimitedError(now, quota=False),
        errors.SpotifyRateLimitedError(now, quota=True),
        *(errors.SpotifyForbiddenError(reason) for reason in errors.ForbiddenReason),
    ]
    return {str(error.translation_key) for error in raised}


def test_translations_cover_the_code(files: dict[str, Any]) -> None:
    """Every exception, issue, entity, flow error/abort and action field has its text."""
    keys = code_keys(INTEGRATION.rglob("*.py"))
    for key in _typed_spotify_error_keys():
        keys.exceptions.setdefault(key, set())
    # An account Spotify refuses gets the issue named by the reason's value.
    keys.issues |= {reason.value for reason in ACCOUNT_ISSUES}
    assert {"rate_limited", "sentences_edited", "sonos_events_blocked"} <= keys.issues
    # The collector reads the code: it must find the keys it is meant to check.
    assert keys.exceptions
    assert keys.entities
    assert keys.aborts
    assert check_translations(files["en"], files["services"], keys) == []


def test_icons(files: dict[str, Any]) -> None:
    """Every action and translated entity has an icon."""
    assert check_icons(files["icons"], files["services"], files["en"]) == []


def test_quality_scale(files: dict[str, Any]) -> None:
    """quality_scale.yaml names every rule, with a status and the reason for any gap."""
    assert check_quality_scale(files["quality"]) == []


LANGUAGES = ("de", "nl", "fr", "es")


def test_hassfest_schemas(files: dict[str, Any]) -> None:
    """en.json, services.yaml and icons.json have the shapes hassfest requires.

    The other languages obey hassfest's text rules too (no HTML, URLs,
    quoted or malformed placeholders, stray spaces or unresolved references).
    """
    assert check_strings(files["en"]) == []
    for language in LANGUAGES:
        other = _json(INTEGRATION / "translations" / f"{language}.json")
        assert check_texts(other, f"{language}.json") == []
        assert check_strings(other, f"{language}.json") == []
    assert check_services_yaml(files["services"]) == []
    assert (
        check_icons_schema(files["icons"], files["manifest"]["integration_type"]) == []
    )


def test_manifest_names_its_folder_and_no_core_integration() -> None:
    """The domain is the folder's name and no core integration's (hassfest warns)."""
    manifest = _json(INTEGRATION / "manifest.json")
    assert manifest["domain"] == INTEGRATION.name
    core = Path(homeassistant.components.__file__).parent
    assert not (core / manifest["domain"]).exists()


def _without(data: dict[str, Any], *path: str) -> dict[str, Any]:
    broken = copy.deepcopy(data)
    target = broken
    for key in path[:-1]:
        target = target[key]
    del target[path[-1]]
    return broken


def _with(data: dict[str, Any], value: Any, *path: str) -> dict[str, Any]:
    broken = copy.deepcopy(data)
    target = broken
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return broken


BROKEN: dict[str, tuple[str, Callable[[dict[str, Any]], list[str]]]] = {
    "manifest key order": (
        "keys must be domain, name",
        lambda f: check_manifest({"name": "x", **f["manifest"]}),
    ),
    "manifest unknown key": (
        "unknown key categories",
        lambda f: check_manifest({**f["manifest"], "categories": ["media"]}),
    ),
    "manifest unpinned requirement": (
        "not pinned",
        lambda f: check_manifest(_with(f["manifest"], ["soco>=0.30"], "requirements")),
    ),
    "manifest without version": (
        "missing version",
        lambda f: check_manifest(_without(f["manifest"], "version")),
    ),
    "manifest bad iot_class": (
        "invalid iot_class",
        lambda f: check_manifest(_with(f["manifest"], "cloud", "iot_class")),
    ),
    "hacs unknown key": (
        "unknown key domains",
        lambda f: check_hacs({**f["hacs"], "domains": ["media_player"]}),
    ),
    "hacs bad version": (
        "homeassistant must be a version",
        lambda f: check_hacs(_with(f["hacs"], "2026.10", "homeassistant")),
    ),
    "exception without text": (
        "exception unknown_entry has no message",
        lambda f: check_translations(
            _without(f["en"], "exceptions", "unknown_entry"),
            f["services"],
            code_keys(INTEGRATION.rglob("*.py")),
        ),
    ),
    "exception placeholder dropped": (
        "does not show",
        lambda f: check_translations(
            _with(
                f["en"], {"message": "No such entry."}, "exceptions", "unknown_entry"
            ),
            f["services"],
            code_keys(INTEGRATION.rglob("*.py")),
        ),
    ),
    "action field without text": (
        "field top_items.limit needs a name",
        lambda f: check_translations(
            _without(f["en"], "services", "top_items", "fields", "limit"),
            f["services"],
            code_keys(INTEGRATION.rglob("*.py")),
        ),
    ),
    "issue without text": (
        "issue rate_limited has no title",
        lambda f: check_translations(
            _without(f["en"], "issues", "rate_limited"),
            f["services"],
            code_keys(INTEGRATION.rglob("*.py")),
        ),
    ),
    "flow abort without text": (
        "abort reason import_started has no text",
        lambda f: check_translations(
            _without(f["en"], "options", "abort", "import_started"),
            f["services"],
            code_keys(INTEGRATION.rglob("*.py")),
        ),
    ),
    "action without icon": (
        "action sync_now has no icon",
        lambda f: check_icons(
            _without(f["icons"], "services", "sync_now"), f["services"], f["en"]
        ),
    ),
    "entity without icon": (
        "entity sensor.last_played has no icon",
        lambda f: check_icons(
            _without(f["icons"], "entity", "sensor", "last_played"),
            f["services"],
            f["en"],
        ),
    ),
    "quality rule missing": (
        "missing rule strict-typing",
        lambda f: check_quality_scale(_without(f["quality"], "rules", "strict-typing")),
    ),
    "quality gap without reason": (
        "is todo without a comment",
        lambda f: check_quality_scale(_with(f["quality"], "todo", "rules", "devices")),
    ),
    "text looks like html": (
        "options.step.history.data_description.install_sentences: looks like HTML",
        lambda f: check_strings(
            _with(
                f["en"],
                "Copy to custom_sentences/<language>/encore.yaml",
                "options",
                "step",
                "history",
                "data_description",
                "install_sentences",
            )
        ),
    ),
    "text with a url": (
        "contains a URL",
        lambda f: check_strings(
            _with(
                f["en"],
                {"message": "See https://developer.spotify.com/dashboard."},
                "exceptions",
                "unknown_entry",
            )
        ),
    ),
    "text with quoted placeholder": (
        "placeholder in single quotes",
        lambda f: check_strings(
            _with(
                f["en"],
                {"message": "No entry '{entry_id}'."},
                "exceptions",
                "unknown_entry",
            )
        ),
    ),
    "text with trailing space": (
        "starts or ends with white space",
        lambda f: check_strings(
            _with(
                f["en"],
                {"message": "No such entry {entry_id}. "},
                "exceptions",
                "unknown_entry",
            )
        ),
    ),
    "entity state with placeholder": (
        "placeholder where none is allowed",
        lambda f: check_texts(
            _with(
                f["en"],
                {"idle": "Idle {name}"},
                "entity",
                "media_player",
                "sonos",
                "state",
            ),
            "de.json",
        ),
    ),
    "data description without data": (
        "data_description.nowhere: not in data",
        lambda f: check_strings(
            _with(
                f["en"],
                "A field the form does not have.",
                "options",
                "step",
                "history",
                "data_description",
                "nowhere",
            )
        ),
    ),
    "issue with description and fix flow": (
        "needs a description or a fix_flow, not both",
        lambda f: check_strings(
            _with(
                f["en"],
                {**f["en"]["issues"]["rate_limited"], "fix_flow": {"step": {}}},
                "issues",
                "rate_limited",
            )
        ),
    ),
    "bad translation key": (
        "invalid key 'Last_Played'",
        lambda f: check_strings(
            _with(f["en"], {"name": "Last played"}, "entity", "sensor", "Last_Played")
        ),
    ),
    "unknown strings section": (
        "unknown section panel",
        lambda f: check_strings({**f["en"], "panel": {"title": "Listening"}}),
    ),
    "unresolved reference": (
        "never resolved",
        lambda f: check_strings(
            _with(
                f["en"],
                {"message": "[%key:common::state::off%]"},
                "exceptions",
                "unknown_entry",
            )
        ),
    ),
    "services.yaml bad selector": (
        "sync_now",
        lambda f: check_services_yaml(
            {
                **f["services"],
                "sync_now": {"fields": {"x": {"selector": {"no_such_selector": {}}}}},
            }
        ),
    ),
    "services.yaml unknown field key": (
        "unknown key label",
        lambda f: check_services_yaml(
            _with(
                f["services"],
                {"label": "Limit", "selector": {"number": {"min": 1, "max": 50}}},
                "top_items",
                "fields",
                "limit",
            )
        ),
    ),
    "icons.json not mdi": (
        "is not a Material Design icon",
        lambda f: check_icons_schema(
            _with(f["icons"], {"service": "fa:sync"}, "services", "sync_now")
        ),
    ),
    "icons.json state same as default": (
        "same as the default icon",
        lambda f: check_icons_schema(
            _with(
                f["icons"],
                {"default": "mdi:speaker", "state": {"idle": "mdi:speaker"}},
                "entity",
                "media_player",
                "sonos",
            )
        ),
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_each_check_catches_a_broken_file(files: dict[str, Any], case: str) -> None:
    """A deliberately broken copy fails with the problem it was broken by."""
    expected, check = BROKEN[case]
    problems = check(files)
    assert any(expected in problem for problem in problems), problems


@pytest.mark.parametrize(
    ("name", "replacement", "expected"),
    [
        ("icon.png", None, "icon.png is missing"),
        ("icon@2x.png", "icon.png", "icon@2x.png is 256x256, not 512x512"),
        ("icon.png", b"GIF89a", "icon.png is not a PNG"),
    ],
)
def test_brand_check_catches_bad_images(
    tmp_path: Path, name: str, replacement: str | bytes | None, expected: str
) -> None:
    """Missing, wrongly sized or non-PNG brand images are reported."""
    brand = tmp_path / "brand"
    shutil.copytree(INTEGRATION / "brand", brand)
    if replacement is None:
        (brand / name).unlink()
    elif isinstance(replacement, bytes):
        (brand / name).write_bytes(replacement)
    else:
        shutil.copy(brand / replacement, brand / name)
    assert f"brand: {expected}" in check_brand(brand)


# What Home Assistant adds to an entity action's schema (its target).
_TARGET_FIELDS = {
    "entity_id",
    "device_id",
    "area_id",
    "floor_id",
    "label_id",
    "metadata",
}


def _schema_fields(schema: Any) -> set[str]:
    # Entity actions' schemas are probatio's (Home Assistant wraps them).
    if isinstance(schema, (vol.All, probatio.All)):
        return set().union(*(_schema_fields(part) for part in schema.validators))
    if isinstance(schema, (vol.Schema, probatio.Schema)):
        if isinstance(schema.schema, dict):
            return {str(key) for key in schema.schema}
        return _schema_fields(schema.schema)
    return set()


async def test_services_yaml_matches_the_registered_actions(
    hass: HomeAssistant, files: dict[str, Any]
) -> None:
    """services.yaml describes exactly the actions Encore registers, with their fields."""
    assert await async_setup_component(hass, DOMAIN, {})
    registered = hass.services.async_services_for_domain(DOMAIN)
    described: dict[str, Any] = files["services"]
    assert set(registered) == set(described)
    for name, service in registered.items():
        description = described[name] or {}
        fields = set(description.get("fields", {}))
        got = _schema_fields(service.schema)
        if "target" in description:
            # An entity action: Home Assistant adds the target's fields itself.
            got -= _TARGET_FIELDS
        assert got == fields, name
