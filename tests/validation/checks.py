"""What hassfest and HACS validate, checked by Encore's own code.

hassfest lives in Home Assistant core's repository, not in the pip package, and
HACS validates in a GitHub action; CI has neither. Each function returns the
problems it finds (empty: valid), so a test can feed it a broken copy too.
The rules follow hassfest's manifest, translations, icons, services and
quality-scale checks and HACS's hacs.json and brand checks.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
import re
import struct
from typing import Any

MANIFEST_KEYS = frozenset(
    {
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
        "import_executor",
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
)
MANIFEST_REQUIRED = ("domain", "name", "codeowners", "documentation", "version")
IOT_CLASSES = frozenset(
    {
        "assumed_state",
        "calculated",
        "cloud_polling",
        "cloud_push",
        "local_polling",
        "local_push",
    }
)
INTEGRATION_TYPES = frozenset(
    {"device", "entity", "hardware", "helper", "hub", "service", "system", "virtual"}
)
HACS_KEYS = frozenset(
    {
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
)
BRAND_SIZES = {"icon.png": (256, 256), "icon@2x.png": (512, 512)}
OPTIONAL_BRAND = {"logo.png", "logo@2x.png", "dark_icon.png", "dark_icon@2x.png"}
QUALITY_RULES: dict[str, tuple[str, ...]] = {
    "bronze": (
        "action-setup",
        "appropriate-polling",
        "brands",
        "common-modules",
        "config-flow",
        "config-flow-test-coverage",
        "dependency-transparency",
        "docs-actions",
        "docs-high-level-description",
        "docs-installation-instructions",
        "docs-removal-instructions",
        "entity-event-setup",
        "entity-unique-id",
        "has-entity-name",
        "runtime-data",
        "test-before-configure",
        "test-before-setup",
        "unique-config-entry",
    ),
    "silver": (
        "action-exceptions",
        "config-entry-unloading",
        "docs-configuration-parameters",
        "docs-installation-parameters",
        "entity-unavailable",
        "integration-owner",
        "log-when-unavailable",
        "parallel-updates",
        "reauthentication-flow",
        "test-coverage",
    ),
    "gold": (
        "devices",
        "diagnostics",
        "discovery",
        "discovery-update-info",
        "docs-data-update",
        "docs-examples",
        "docs-known-limitations",
        "docs-supported-devices",
        "docs-supported-functions",
        "docs-troubleshooting",
        "docs-use-cases",
        "dynamic-devices",
        "entity-category",
        "entity-device-class",
        "entity-disabled-by-default",
        "entity-translations",
        "exception-translations",
        "icon-translations",
        "reconfiguration-flow",
        "repair-issues",
        "stale-devices",
    ),
    "platinum": ("async-dependency", "inject-websession", "strict-typing"),
}
QUALITY_STATUSES = frozenset({"done", "todo", "exempt"})
_PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z0-9_]+)\}(?!\})")
_VERSION = re.compile(r"^\d+\.\d+\.\d+$")
_HA_VERSION = re.compile(r"^20\d\d\.\d{1,2}\.\d+$")


def check_manifest(manifest: Mapping[str, Any]) -> list[str]:
    """hassfest's manifest rules for a custom integration."""
    problems = [
        f"manifest: missing {key}" for key in MANIFEST_REQUIRED if key not in manifest
    ]
    keys = list(manifest)
    problems += [
        f"manifest: unknown key {key}" for key in keys if key not in MANIFEST_KEYS
    ]
    if keys[:2] != ["domain", "name"] or keys[2:] != sorted(keys[2:]):
        problems.append("manifest: keys must be domain, name, then alphabetical")
    if manifest.get("iot_class") not in IOT_CLASSES:
        problems.append(f"manifest: invalid iot_class {manifest.get('iot_class')!r}")
    if manifest.get("integration_type", "hub") not in INTEGRATION_TYPES:
        problems.append("manifest: invalid integration_type")
    if not _VERSION.match(str(manifest.get("version", ""))):
        problems.append("manifest: version must be MAJOR.MINOR.PATCH")
    for requirement in manifest.get("requirements", []):
        # A range shared with a core integration's pin needs both bounds.
        if "==" not in requirement and not (
            ">=" in requirement and "<" in requirement.replace("<=", "")
        ):
            problems.append(f"manifest: requirement {requirement} is not pinned")
    for owner in manifest.get("codeowners", []):
        if not owner.startswith("@"):
            problems.append(f"manifest: code owner {owner} must start with @")
    for key in ("documentation", "issue_tracker"):
        if key in manifest and not str(manifest[key]).startswith("https://"):
            problems.append(f"manifest: {key} must be an https:// address")
    for key in ("dependencies", "after_dependencies", "codeowners", "requirements"):
        if not isinstance(manifest.get(key, []), list):
            problems.append(f"manifest: {key} must be a list")
    if not isinstance(manifest.get("config_flow", False), bool):
        problems.append("manifest: config_flow must be true or false")
    return problems


def check_hacs(hacs: Mapping[str, Any]) -> list[str]:
    """HACS's hacs.json schema."""
    problems = [f"hacs.json: unknown key {key}" for key in hacs if key not in HACS_KEYS]
    if not isinstance(hacs.get("name"), str) or not hacs["name"]:
        problems.append("hacs.json: name is required")
    if "homeassistant" in hacs and not _HA_VERSION.match(str(hacs["homeassistant"])):
        problems.append("hacs.json: homeassistant must be a version such as 2026.10.0")
    flags = ("content_in_root", "render_readme", "zip_release", "hide_default_branch")
    problems += [
        f"hacs.json: {key} must be true or false"
        for key in flags
        if key in hacs and not isinstance(hacs[key], bool)
    ]
    return problems


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's header, or None when it is not a PNG."""
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def check_brand(folder: Path) -> list[str]:
    """The brand images HACS and Home Assistant 2026.3+ take from `<domain>/brand/`."""
    problems: list[str] = []
    for name, expected in BRAND_SIZES.items():
        path = folder / name
        if not path.is_file():
            problems.append(f"brand: {name} is missing")
            continue
        size = png_size(path.read_bytes())
        if size is None:
            problems.append(f"brand: {name} is not a PNG")
        elif size != expected:
            problems.append(
                f"brand: {name} is {size[0]}x{size[1]}, not {expected[0]}x{expected[1]}"
            )
    found = folder.iterdir() if folder.is_dir() else ()
    problems += [
        f"brand: unexpected file {path.name}"
        for path in found
        if path.name not in BRAND_SIZES and path.name not in OPTIONAL_BRAND
    ]
    return problems


@dataclass
class CodeKeys:
    """The translation keys Encore's code uses, by kind."""

    exceptions: dict[str, set[str]] = field(default_factory=dict)
    """Exception key -> the placeholders passed with it."""
    issues: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)
    aborts: set[str] = field(default_factory=set)
    errors: set[str] = field(default_factory=set)


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _constant(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "text" (and NAME: Final = "text") assignments."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign):
            targets, value = [node.target], node.value
        else:
            continue
        text = _constant(value)
        for target in targets:
            if text is not None and isinstance(target, ast.Name):
                found[target.id] = text
    return found


def _texts(node: ast.expr | None, constants: Mapping[str, str]) -> set[str]:
    """The strings an expression can be: a literal, a module constant, either branch of `a if c else b`."""
    if node is None:
        return set()
    if (text := _constant(node)) is not None:
        return {text}
    if isinstance(node, ast.Name) and node.id in constants:
        return {constants[node.id]}
    if isinstance(node, ast.IfExp):
        return _texts(node.body, constants) | _texts(node.orelse, constants)
    return set()


def code_keys(sources: Iterable[Path]) -> CodeKeys:
    """Collect translation keys from the integration's source, by reading its syntax.

    Keys computed at run time (an enum's value, say) cannot be read here; the
    tests add those from the code itself.
    """
    found = CodeKeys()
    for path in sources:
        tree = ast.parse(path.read_text(), str(path))
        constants = _module_constants(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                _call_keys(node, found, constants)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = (
                    node.targets if isinstance(node, ast.Assign) else [node.target]
                )
                value = _constant(node.value)
                for target in targets:
                    if value is None:
                        continue
                    if _name(target) == "_attr_translation_key":
                        found.entities.add(value)
                    elif (
                        isinstance(target, ast.Subscript)
                        and _name(target.value) == "errors"
                    ):
                        found.errors.add(value)
    return found


def _call_keys(node: ast.Call, found: CodeKeys, constants: Mapping[str, str]) -> None:
    keywords = {keyword.arg: keyword.value for keyword in node.keywords}
    called = _name(node.func)
    for key in _texts(keywords.get("translation_key"), constants):
        if called.endswith(("Error", "Exception", "Invalid", "Failed", "NotReady")):
            placeholders = keywords.get("translation_placeholders")
            names = (
                {k for k in (_constant(k) for k in placeholders.keys) if k}
                if isinstance(placeholders, ast.Dict)
                else set()
            )
            found.exceptions.setdefault(key, set()).update(names)
        elif called in ("async_create_issue", "create_issue"):
            found.issues.add(key)
        elif called.endswith("EntityDescription"):
            found.entities.add(key)
    # Spotify's errors carry their key as the first argument.
    if called == "SpotifyError" and node.args and (first := _constant(node.args[0])):
        found.exceptions.setdefault(first, set())
    if called == "async_abort" and (reason := _constant(keywords.get("reason"))):
        found.aborts.add(reason)


def check_translations(
    en: Mapping[str, Any], services: Mapping[str, Any], keys: CodeKeys
) -> list[str]:
    """Every key the code and services.yaml use has its text; placeholders match."""
    problems: list[str] = []
    exceptions = en.get("exceptions", {})
    for key, placeholders in sorted(keys.exceptions.items()):
        message = exceptions.get(key, {}).get("message")
        if message is None:
            problems.append(f"translations: exception {key} has no message")
            continue
        if missing := placeholders - set(_PLACEHOLDER.findall(message)):
            problems.append(
                f"translations: exception {key} does not show {sorted(missing)}"
            )
        # Placeholders handed over in a variable cannot be read here: only a
        # literal dict says which ones a message may show.
        unknown = set(_PLACEHOLDER.findall(message)) - placeholders
        if unknown and placeholders:
            problems.append(
                f"translations: exception {key} shows {sorted(unknown)}, never passed"
            )
    issues = en.get("issues", {})
    problems += [
        f"translations: issue {key} has no title"
        for key in sorted(keys.issues)
        if "title" not in issues.get(key, {})
    ]
    entity_keys = {
        key for platform in en.get("entity", {}).values() for key in platform
    }
    problems += [
        f"translations: entity {key} has no name"
        for key in sorted(keys.entities - entity_keys)
    ]
    flow_aborts = set(en.get("config", {}).get("abort", {})) | set(
        en.get("options", {}).get("abort", {})
    )
    problems += [
        f"translations: abort reason {key} has no text"
        for key in sorted(keys.aborts - flow_aborts)
    ]
    flow_errors = set(en.get("config", {}).get("error", {})) | set(
        en.get("options", {}).get("error", {})
    )
    problems += [
        f"translations: error {key} has no text"
        for key in sorted(keys.errors - flow_errors)
    ]
    texts = en.get("services", {})
    for service, spec in services.items():
        text = texts.get(service)
        if text is None or not text.get("name") or not text.get("description"):
            problems.append(
                f"translations: action {service} needs a name and description"
            )
            continue
        for name in (spec or {}).get("fields", {}):
            field_text = text.get("fields", {}).get(name, {})
            if not field_text.get("name") or not field_text.get("description"):
                problems.append(
                    f"translations: field {service}.{name} needs a name and description"
                )
        problems += [
            f"translations: field {service}.{name} is not in services.yaml"
            for name in text.get("fields", {})
            if name not in (spec or {}).get("fields", {})
        ]
    problems += [
        f"translations: action {service} is not in services.yaml"
        for service in texts
        if service not in services
    ]
    for service, spec in services.items():
        for name, field_spec in (spec or {}).get("fields", {}).items():
            key = (field_spec.get("selector", {}).get("select") or {}).get(
                "translation_key"
            )
            if key and key not in en.get("selector", {}):
                problems.append(
                    f"translations: selector {key} of {service}.{name} has no options"
                )
    return problems


def check_icons(
    icons: Mapping[str, Any], services: Mapping[str, Any], en: Mapping[str, Any]
) -> list[str]:
    """Every action has an icon; entity icons name existing translation keys."""
    problems = [
        f"icons: unknown section {key}"
        for key in icons
        if key not in ("entity", "entity_component", "services", "issues")
    ]
    service_icons = icons.get("services", {})
    for service in services:
        icon = service_icons.get(service)
        if not isinstance(icon, dict) or not str(icon.get("service", "")).startswith(
            "mdi:"
        ):
            problems.append(f"icons: action {service} has no icon")
    problems += [
        f"icons: action {service} is not in services.yaml"
        for service in service_icons
        if service not in services
    ]
    translated = en.get("entity", {})
    for platform, entities in icons.get("entity", {}).items():
        for key, icon in entities.items():
            if key not in translated.get(platform, {}):
                problems.append(f"icons: entity {platform}.{key} has no translation")
            if not str(icon.get("default", "")).startswith("mdi:"):
                problems.append(f"icons: entity {platform}.{key} has no default icon")
    for platform, entities in translated.items():
        for key in entities:
            if key not in icons.get("entity", {}).get(platform, {}):
                problems.append(f"icons: entity {platform}.{key} has no icon")
    return problems


def check_quality_scale(scale: Mapping[str, Any]) -> list[str]:
    """Every rule of the quality scale, each with a status; exemptions and todos say why."""
    rules = scale.get("rules")
    if not isinstance(rules, dict):
        return ["quality_scale: no rules"]
    expected = {rule for tier in QUALITY_RULES.values() for rule in tier}
    problems = [
        f"quality_scale: missing rule {rule}" for rule in sorted(expected - set(rules))
    ]
    problems += [
        f"quality_scale: unknown rule {rule}" for rule in sorted(set(rules) - expected)
    ]
    for rule, value in rules.items():
        status = value.get("status") if isinstance(value, dict) else value
        if status not in QUALITY_STATUSES:
            problems.append(f"quality_scale: {rule} has status {status!r}")
        elif status != "done" and not (
            isinstance(value, dict) and value.get("comment")
        ):
            problems.append(f"quality_scale: {rule} is {status} without a comment why")
    return problems
