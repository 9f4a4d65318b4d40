"""What HACS and hassfest check, plus every translation key the code uses."""

import ast
from datetime import UTC, datetime
import json
from pathlib import Path
from typing import Any

from PIL import Image
import pytest

ROOT = Path(__file__).resolve().parents[1]
INTEGRATION = ROOT / "custom_components" / "encore"
MANIFEST_KEYS = {
    "domain",
    "name",
    "after_dependencies",
    "bluetooth",
    "codeowners",
    "config_flow",
    "dependencies",
    "dhcp",
    "documentation",
    "homekit",
    "integration_type",
    "iot_class",
    "issue_tracker",
    "loggers",
    "mqtt",
    "quality_scale",
    "requirements",
    "single_config_entry",
    "ssdp",
    "usb",
    "version",
    "zeroconf",
}
HACS_KEYS = {
    "name",
    "content_in_root",
    "country",
    "filename",
    "hacs",
    "hide_default_branch",
    "homeassistant",
    "persistent_directory",
    "render_readme",
    "zip_release",
}


def load(path: Path) -> Any:
    """Read a JSON file of the repository."""
    return json.loads(path.read_text(encoding="utf-8"))


def test_manifest() -> None:
    """Key order is domain, name, then alphabetical; requirements are pinned."""
    manifest = load(INTEGRATION / "manifest.json")
    keys = list(manifest)
    assert keys[:2] == ["domain", "name"]
    assert keys[2:] == sorted(keys[2:])
    assert set(keys) <= MANIFEST_KEYS
    assert manifest["domain"] == "encore"
    assert manifest["version"] == "0.1.0"
    assert manifest["config_flow"] is True
    assert "application_credentials" in manifest["dependencies"]
    assert manifest["requirements"] == ["spotipy==2.26.0", "soco==0.32.0"]
    pinned = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    for requirement in manifest["requirements"]:
        assert requirement in pinned


def test_hacs() -> None:
    """Only keys HACS allows."""
    hacs = load(ROOT / "hacs.json")
    assert set(hacs) <= HACS_KEYS
    assert hacs == {
        "name": "Encore",
        "homeassistant": "2026.10.0",
        "render_readme": True,
    }


@pytest.mark.parametrize(("name", "size"), [("icon.png", 256), ("icon@2x.png", 512)])
def test_brand_icons(name: str, size: int) -> None:
    """Square, the right size, transparent around the drawing."""
    with Image.open(INTEGRATION / "brand" / name) as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0
        assert image.getpixel((size - 1, size - 1))[3] == 0


def _string_keywords(tree: ast.AST, name: str) -> set[str]:
    """Return the string constants passed as keyword `name` anywhere in `tree`."""
    return {
        node.value.value
        for node in ast.walk(tree)
        if isinstance(node, ast.keyword)
        and node.arg == name
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


def _class_attributes(tree: ast.AST, name: str) -> set[str]:
    """Return string constants assigned to class attribute `name`."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(
            node.value, ast.Constant
        ):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets) and (
                isinstance(node.value.value, str)
            ):
                found.add(node.value.value)
    return found


def _spotify_error_keys(tree: ast.AST) -> set[str]:
    """Keys passed to `SpotifyError("<key>", ...)` directly."""
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "SpotifyError"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }


def _typed_error_keys() -> set[str]:
    """Keys of every typed Spotify error, as raised."""
    from custom_components.encore.spotify import errors

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


def test_every_translation_key_has_a_text() -> None:
    """Exceptions, issues, aborts and entity names the code uses are all in en.json."""
    english = load(INTEGRATION / "translations" / "en.json")
    exceptions = set(english["exceptions"])
    issues = set(english["issues"])
    entities = {
        key for platform in english.get("entity", {}).values() for key in platform
    }
    used: set[str] = set()
    attributes: set[str] = set()
    for module in INTEGRATION.rglob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        used |= _string_keywords(tree, "translation_key")
        used |= _spotify_error_keys(tree)
        attributes |= _class_attributes(tree, "_attr_translation_key")
    used |= _typed_error_keys()
    missing = {key for key in used if key not in exceptions | issues}
    assert not missing, f"no text for {sorted(missing)}"
    assert attributes <= entities, f"no entity name for {sorted(attributes - entities)}"


def test_every_entity_translation_has_an_icon() -> None:
    """icons.json covers each entity translation key."""
    english = load(INTEGRATION / "translations" / "en.json")
    icons = load(INTEGRATION / "icons.json")
    for platform, names in english.get("entity", {}).items():
        for key in names:
            assert key in icons["entity"].get(platform, {}), f"{platform}.{key}"


def test_services_and_texts_agree() -> None:
    """Every action in services.yaml has a name and description in en.json."""
    services = INTEGRATION / "services.yaml"
    if not services.exists():
        pytest.skip("Encore registers no actions yet")
    import yaml

    english = load(INTEGRATION / "translations" / "en.json")
    for service, spec in (
        yaml.safe_load(services.read_text(encoding="utf-8")) or {}
    ).items():
        text = english["services"][service]
        assert text["name"]
        assert text["description"]
        for field in (spec or {}).get("fields", {}):
            assert text["fields"][field]["name"]
        assert service in load(INTEGRATION / "icons.json")["services"]
