"""hassfest's schema rules for a custom integration's strings, services.yaml and icons.json.

hassfest (`script/hassfest` in Home Assistant core's repository, run by the
HACS action and custom integrations' CI) is not part of the `homeassistant`
package, so CI cannot run it here. These functions restate the rules it
applies to a custom integration, read from its translations, services and
icons checks (late 2026): what each text may contain, which sections and keys
each file may have, and how actions, fields and icons must be shaped. Each
returns the problems it finds as `file: where: what` lines; empty means valid.
checks.py holds the rules that compare these files with Encore's code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
import re
import string
from typing import Any

import voluptuous as vol

from homeassistant.helpers import config_validation as cv, selector

# Text rules --------------------------------------------------------------------------

# The frontend would render it as markup (and its message formatter fails on an
# unclosed tag), so hassfest refuses anything shaped like an opening tag.
HTML_TAG = re.compile(r"<[a-z].*?>")
# '{name}' in quotes: translators tend to drop or translate the quotes' content.
QUOTED_PLACEHOLDER = re.compile(r"'\{\w+\}'")
# A reference must be the whole text; Lokalise cannot mix one with words.
REFERENCE = re.compile(r"\[%key:[^%]+%\]")
MIXED_REFERENCE = re.compile(r"(.+\[%)|(%\].+)")
# Links go in description placeholders so they are not translated or broken.
URL = re.compile(
    r"(?:(?:ftp|ftps|scp|https?|mqtts?|socket|socks5)://|www\.)"
    r"[a-z0-9]+(?:[-.][a-z0-9]+)*\.[a-z]{2,5}(?::\d{1,5})?(?:/.*)?",
    re.IGNORECASE,
)
# Keys of entities, states, actions, fields and selector options: lower case,
# digits, '-' and '_', never at either end nor two in a row.
TRANSLATION_KEY = re.compile(r"^(?![-_])(?!.*[-_]{2})[a-z0-9_-]+(?<![-_])$")


def text_problems(text: object, *, placeholders: bool = True) -> list[str]:
    """Why hassfest would refuse this translated text (empty: it would not)."""
    if not isinstance(text, str):
        return [f"is {type(text).__name__}, not text"]
    problems: list[str] = []
    if HTML_TAG.search(text):
        problems.append("looks like HTML (<word>)")
    if QUOTED_PLACEHOLDER.search(text):
        problems.append("has a placeholder in single quotes")
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(text) if name]
    except ValueError as err:
        problems.append(f"has unbalanced braces ({err})")
        fields = []
    if fields and not placeholders:
        problems.append("has a placeholder where none is allowed")
    problems += [
        f"placeholder {{{name}}} is not an identifier"
        for name in fields
        if not name.isidentifier()
    ]
    if MIXED_REFERENCE.search(text):
        problems.append("mixes a [%key:...%] reference with other text")
    if text != text.strip():
        problems.append("starts or ends with white space")
    if URL.search(text):
        problems.append("contains a URL (use a description placeholder)")
    return problems


def is_translation_key(key: object) -> bool:
    """Whether hassfest accepts `key` as an entity, state, action or field key."""
    return isinstance(key, str) and TRANSLATION_KEY.match(key) is not None


def is_slug(key: object) -> bool:
    """Whether `key` is what Home Assistant's slugify leaves unchanged."""
    try:
        cv.slug(key)
    except vol.Invalid:
        return False
    return True


# strings.json / translations/<language>.json ---------------------------------------------

type Node = Mapping[str, Any]
type Walker = Callable[[Node, str], Iterator[str]]


def _texts_under(
    node: object, where: str, *, placeholders: bool = True
) -> Iterator[str]:
    """Check every text of a {key: text} mapping (or a single text)."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            yield from _texts_under(value, f"{where}.{key}", placeholders=placeholders)
        return
    for problem in text_problems(node, placeholders=placeholders):
        yield f"{where}: {problem}"


def _only(node: Node, where: str, allowed: set[str]) -> Iterator[str]:
    for key in node:
        if key not in allowed:
            yield f"{where}: unknown key {key}"


def _mapping(node: object, where: str) -> Iterator[str]:
    if not isinstance(node, Mapping):
        yield f"{where}: must be an object"


def _keys(node: Node, where: str, check: Callable[[object], bool]) -> Iterator[str]:
    for key in node:
        if not check(key):
            yield f"{where}: invalid key {key!r}"


_STEP_KEYS = {
    "title",
    "description",
    "data",
    "data_description",
    "menu_options",
    "menu_option_descriptions",
    "submit",
    "sections",
}
_FLOW_KEYS = {
    "flow_title",
    "step",
    "error",
    "abort",
    "progress",
    "create_entry",
    "initiate_flow",
}


def _flow(node: Node, where: str) -> Iterator[str]:
    """A config, options or repair flow: steps, errors, aborts."""
    yield from _only(node, where, _FLOW_KEYS | {"title"})
    if "title" in node:
        # Moved to the file's root in 0.109; hassfest warns a custom integration.
        yield f"{where}.title: the flow title belongs at the root, if anywhere"
    steps = node.get("step")
    if not isinstance(steps, Mapping):
        yield f"{where}: needs a step section"
        steps = {}
    for step_id, step in steps.items():
        at = f"{where}.step.{step_id}"
        if not isinstance(step, Mapping):
            yield f"{at}: must be an object"
            continue
        yield from _only(step, at, _STEP_KEYS)
        yield from _texts_under({k: v for k, v in step.items() if k != "sections"}, at)
        data = step.get("data") or {}
        for key in step.get("data_description") or {}:
            if key not in data:
                yield f"{at}.data_description.{key}: not in data"
        for name, section in (step.get("sections") or {}).items():
            section_at = f"{at}.sections.{name}"
            yield from _only(
                section, section_at, {"data", "data_description", "description", "name"}
            )
            yield from _texts_under(section, section_at)
    for key in _FLOW_KEYS - {"step"}:
        if key in node:
            yield from _texts_under(node[key], f"{where}.{key}")
    if "user" not in (node.get("initiate_flow") or {"user": ""}):
        yield f"{where}.initiate_flow: needs user"


def _entity(node: Node, where: str) -> Iterator[str]:
    """entity.<platform>.<key>: name, state, state_attributes, unit_of_measurement."""
    yield from _keys(node, where, is_slug)
    for platform, entities in node.items():
        yield from _mapping(entities, f"{where}.{platform}")
        if not isinstance(entities, Mapping):
            continue
        yield from _keys(entities, f"{where}.{platform}", is_translation_key)
        for key, entity in entities.items():
            at = f"{where}.{platform}.{key}"
            yield from _only(
                entity, at, {"name", "state", "state_attributes", "unit_of_measurement"}
            )
            if "name" in entity:
                yield from _texts_under(entity["name"], f"{at}.name")
            # States and units are shown as they are: nothing to fill in.
            yield from _states(entity.get("state") or {}, f"{at}.state")
            if "unit_of_measurement" in entity:
                yield from _texts_under(
                    entity["unit_of_measurement"],
                    f"{at}.unit_of_measurement",
                    placeholders=False,
                )
            for attribute, spec in (entity.get("state_attributes") or {}).items():
                attr_at = f"{at}.state_attributes.{attribute}"
                if not is_translation_key(attribute):
                    yield f"{at}.state_attributes: invalid key {attribute!r}"
                yield from _only(spec, attr_at, {"name", "state"})
                if "name" in spec:
                    yield from _texts_under(
                        spec["name"], f"{attr_at}.name", placeholders=False
                    )
                yield from _states(spec.get("state") or {}, f"{attr_at}.state")


def _states(states: Node, where: str) -> Iterator[str]:
    yield from _keys(states, where, is_translation_key)
    yield from _texts_under(states, where, placeholders=False)


def _exceptions(node: Node, where: str) -> Iterator[str]:
    yield from _keys(node, where, is_slug)
    for key, spec in node.items():
        yield from _only(spec, f"{where}.{key}", {"message"})
        yield from _texts_under(spec, f"{where}.{key}")


def _issues(node: Node, where: str) -> Iterator[str]:
    for key, issue in node.items():
        at = f"{where}.{key}"
        yield from _only(issue, at, {"title", "description", "fix_flow"})
        if "title" not in issue:
            yield f"{at}: needs a title"
        if ("description" in issue) == ("fix_flow" in issue):
            yield f"{at}: needs a description or a fix_flow, not both"
        yield from _texts_under({k: v for k, v in issue.items() if k != "fix_flow"}, at)
        if isinstance(issue.get("fix_flow"), Mapping):
            yield from _flow(issue["fix_flow"], f"{at}.fix_flow")


def _services(node: Node, where: str) -> Iterator[str]:
    yield from _keys(node, where, is_translation_key)
    for name, service in node.items():
        at = f"{where}.{name}"
        yield from _only(service, at, {"name", "description", "fields", "sections"})
        for required in ("name", "description"):
            if required not in service:
                yield f"{at}: needs a {required}"
        yield from _texts_under(
            {k: v for k, v in service.items() if k in ("name", "description")}, at
        )
        for group, allowed in (
            ("fields", {"name", "description", "example"}),
            ("sections", {"name", "description"}),
        ):
            entries = service.get(group) or {}
            yield from _keys(entries, f"{at}.{group}", is_translation_key)
            for key, entry in entries.items():
                entry_at = f"{at}.{group}.{key}"
                yield from _only(entry, entry_at, allowed)
                if "name" not in entry:
                    yield f"{entry_at}: needs a name"
                if group == "fields" and "description" not in entry:
                    yield f"{entry_at}: needs a description"
                yield from _texts_under(entry, entry_at)


def _selector(node: Node, where: str) -> Iterator[str]:
    for key, spec in node.items():
        at = f"{where}.{key}"
        if not (key == "_" or is_slug(key)):
            yield f"{where}: invalid key {key!r}"
        yield from _only(
            spec, at, {"choices", "options", "unit_of_measurement", "fields"}
        )
        for group in ("choices", "options", "unit_of_measurement", "fields"):
            yield from _keys(spec.get(group) or {}, f"{at}.{group}", is_translation_key)
            yield from _texts_under(spec.get(group) or {}, f"{at}.{group}")


def _system_health(node: Node, where: str) -> Iterator[str]:
    yield from _only(node, where, {"info"})
    yield from _keys(node.get("info") or {}, f"{where}.info", is_translation_key)
    yield from _texts_under(node.get("info") or {}, f"{where}.info")


def _plain(allowed: set[str]) -> Walker:
    def walk(node: Node, where: str) -> Iterator[str]:
        yield from _only(node, where, allowed)
        yield from _texts_under(node, where)

    return walk


def _device(node: Node, where: str) -> Iterator[str]:
    yield from _keys(node, where, is_translation_key)
    for key, spec in node.items():
        yield from _only(spec, f"{where}.{key}", {"name"})
        yield from _texts_under(spec, f"{where}.{key}")


_SECTIONS: dict[str, Walker] = {
    "config": _flow,
    "options": _flow,
    "entity": _entity,
    "exceptions": _exceptions,
    "issues": _issues,
    "services": _services,
    "selector": _selector,
    "system_health": _system_health,
    "application_credentials": _plain({"description"}),
    "device": _device,
    "device_automation": _plain(
        {
            "action_type",
            "condition_type",
            "trigger_type",
            "trigger_subtype",
            "extra_fields",
            "extra_fields_descriptions",
        }
    ),
    "common": _plain(set()),
}
# Sections hassfest knows whose shape Encore does not use: only their texts are checked.
_TEXT_ONLY_SECTIONS = frozenset(
    {
        "config_subentries",
        "entity_component",
        "preview_features",
        "conditions",
        "triggers",
        "conversation",
        "config_panel",
    }
)


def check_strings(strings: Node, name: str = "en.json") -> list[str]:
    """The schema hassfest applies to a custom integration's translations/en.json."""
    problems: list[str] = []
    for section, node in strings.items():
        where = f"{name}: {section}"
        if section == "title":
            problems += [f"{where}: {p}" for p in text_problems(node)]
        elif section in _TEXT_ONLY_SECTIONS:
            problems += list(_texts_under(node, where))
        elif section not in _SECTIONS:
            problems.append(f"{name}: unknown section {section}")
        elif not isinstance(node, Mapping):
            problems.append(f"{where}: must be an object")
        elif section == "common":
            problems += list(_keys(node, where, is_slug))
            problems += list(_texts_under(node, where))
        else:
            problems += list(_SECTIONS[section](node, where))
    # A custom integration's files are served as written: Lokalise never
    # replaces a reference in them, so the user would read `[%key:...%]`.
    problems += [
        f"{name}: {where}: a [%key:...%] reference is never resolved in a custom integration"
        for where, text in _all_texts(strings)
        if REFERENCE.search(text)
    ]
    return problems


def _all_texts(node: Node, prefix: str = "") -> Iterator[tuple[str, str]]:
    for key, value in node.items():
        if isinstance(value, Mapping):
            yield from _all_texts(value, f"{prefix}{key}.")
        elif isinstance(value, str):
            yield f"{prefix}{key}", value


def check_texts(strings: Node, name: str) -> list[str]:
    """hassfest's text rules on every text of another language's file.

    hassfest validates only en.json of a custom integration; the other four
    are shown to users just the same, so they obey the same text rules (and
    entity states and units stay free of placeholders).
    """
    problems: list[str] = []
    for where, text in _all_texts(strings):
        no_placeholders = where.startswith("entity.") and (
            ".state." in where or where.endswith(".unit_of_measurement")
        )
        problems += [
            f"{name}: {where}: {problem}"
            for problem in text_problems(text, placeholders=not no_placeholders)
        ]
    return problems


# services.yaml ---------------------------------------------------------------------------

_FIELD_KEYS = {
    "example",
    "default",
    "required",
    "advanced",
    "selector",
    "name",
    "description",
}


def _field(spec: object, where: str, *, targeted: bool) -> Iterator[str]:
    if not isinstance(spec, Mapping):
        yield f"{where}: must be an object"
        return
    allowed = _FIELD_KEYS | ({"filter"} if targeted else set())
    yield from _only(spec, where, allowed)
    for key in ("example", "default"):
        if key in spec and spec[key] is None:
            yield f"{where}.{key}: is empty"
    for key in ("required", "advanced"):
        if key in spec and not isinstance(spec[key], bool):
            yield f"{where}.{key}: must be true or false"
    if "selector" in spec:
        try:
            selector.validate_selector(spec["selector"])
        except (vol.Invalid, KeyError, TypeError) as err:
            yield f"{where}.selector: {err}"


def check_services_yaml(services: object) -> list[str]:
    """services.yaml as hassfest validates a custom integration's."""
    if not isinstance(services, Mapping):
        return ["services.yaml: must map action names to their descriptions"]
    problems: list[str] = []
    for name, service in services.items():
        where = f"services.yaml: {name}"
        if not is_slug(name):
            problems.append(f"{where}: not a valid action name")
        if service is None:
            continue
        if not isinstance(service, Mapping):
            problems.append(f"{where}: must be an object")
            continue
        problems += _only_list(
            service, where, {"target", "fields", "name", "description"}
        )
        targeted = "target" in service
        if targeted and service["target"] is not None:
            try:
                selector.TargetSelector.CONFIG_SCHEMA(service["target"])
            except vol.Invalid as err:
                problems.append(f"{where}.target: {err}")
        seen: set[str] = set()
        for key, spec in (service.get("fields") or {}).items():
            at = f"{where}.fields.{key}"
            if isinstance(spec, Mapping) and "fields" in spec:
                # A section: a collapsible group of fields.
                problems += _only_list(
                    spec, at, {"collapsed", "fields", "name", "description"}
                )
                if "collapsed" in spec and not isinstance(spec["collapsed"], bool):
                    problems.append(f"{at}.collapsed: must be true or false")
                inner = spec.get("fields") or {}
            else:
                inner = {key: spec}
            for field_name, field_spec in inner.items():
                if field_name in seen:
                    problems.append(f"{where}: field {field_name} is used twice")
                seen.add(field_name)
                problems += list(
                    _field(
                        field_spec, f"{where}.fields.{field_name}", targeted=targeted
                    )
                )
    return problems


def _only_list(node: Node, where: str, allowed: set[str]) -> list[str]:
    return list(_only(node, where, allowed))


# icons.json ------------------------------------------------------------------------------


def _icon(value: object, where: str) -> Iterator[str]:
    if not isinstance(value, str) or not value.startswith("mdi:"):
        yield f"{where}: {value!r} is not a Material Design icon (mdi:...)"
    elif HTML_TAG.search(value):
        yield f"{where}: looks like HTML"


def _icon_states(node: object, where: str, default: object) -> Iterator[str]:
    if not isinstance(node, Mapping):
        yield f"{where}: must be an object"
        return
    yield from _keys(node, where, is_translation_key)
    for state, icon in node.items():
        yield from _icon(icon, f"{where}.{state}")
        if default is not None and icon == default:
            yield f"{where}.{state}: same as the default icon (leave it out)"


def _entity_icon(spec: object, where: str) -> Iterator[str]:
    if not isinstance(spec, Mapping):
        yield f"{where}: must be an object"
        return
    yield from _only(spec, where, {"default", "state", "state_attributes", "range"})
    if "default" in spec:
        yield from _icon(spec["default"], f"{where}.default")
    if "state" in spec:
        yield from _icon_states(spec["state"], f"{where}.state", spec.get("default"))
    for number, icon in (spec.get("range") or {}).items():
        try:
            float(number)
        except ValueError:
            yield f"{where}.range: {number!r} is not a number"
        yield from _icon(icon, f"{where}.range.{number}")
    for attribute, attr in (spec.get("state_attributes") or {}).items():
        at = f"{where}.state_attributes.{attribute}"
        if not is_translation_key(attribute):
            yield f"{where}.state_attributes: invalid key {attribute!r}"
        yield from _only(attr, at, {"default", "state"})
        if "default" in attr:
            yield from _icon(attr["default"], f"{at}.default")
        if "state" in attr:
            yield from _icon_states(attr["state"], f"{at}.state", attr.get("default"))


def _flow_icons(node: object, where: str) -> Iterator[str]:
    """Icons of a flow's sections: step.<step>.section.<section>."""
    if not isinstance(node, Mapping):
        yield f"{where}: must be an object"
        return
    yield from _only(node, where, {"step"})
    for step_id, step in (node.get("step") or {}).items():
        at = f"{where}.step.{step_id}"
        yield from _only(step, at, {"section"})
        for section, icon in (step.get("section") or {}).items():
            yield from _icon(icon, f"{at}.section.{section}")


def check_icons_schema(icons: object, integration_type: str = "hub") -> list[str]:
    """icons.json as hassfest validates it for an integration of this type."""
    if not isinstance(icons, Mapping):
        return ["icons.json: must be an object"]
    allowed = {"config", "issues", "options", "services"}
    if integration_type not in ("entity", "system"):
        allowed.add("entity")
    if integration_type in ("entity", "helper", "system"):
        allowed.add("entity_component")
    problems = [
        f"icons.json: unknown section {key}" for key in icons if key not in allowed
    ]
    for name in ("config", "options"):
        if name in icons:
            problems += list(_flow_icons(icons[name], f"icons.json: {name}"))
    for issue, spec in (icons.get("issues") or {}).items():
        at = f"icons.json: issues.{issue}"
        problems += _only_list(spec, at, {"fix_flow"})
        problems += list(_flow_icons(spec.get("fix_flow") or {}, f"{at}.fix_flow"))
    services = icons.get("services") or {}
    problems += list(_keys(services, "icons.json: services", is_translation_key))
    for name, icon in services.items():
        at = f"icons.json: services.{name}"
        if isinstance(icon, str):
            # The short form: the action's icon alone.
            problems += list(_icon(icon, at))
            continue
        if not isinstance(icon, Mapping):
            problems.append(f"{at}: must be an icon or an object")
            continue
        problems += _only_list(icon, at, {"service", "sections"})
        problems += list(_icon(icon.get("service"), f"{at}.service"))
        for section, section_icon in (icon.get("sections") or {}).items():
            problems += list(_icon(section_icon, f"{at}.sections.{section}"))
    entity = icons.get("entity") or {}
    problems += list(_keys(entity, "icons.json: entity", is_slug))
    for platform, entities in entity.items():
        at = f"icons.json: entity.{platform}"
        problems += list(_keys(entities, at, is_translation_key))
        for key, spec in entities.items():
            problems += list(_entity_icon(spec, f"{at}.{key}"))
    return problems
