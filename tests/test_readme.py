"""The README's YAML examples use Encore's real actions, fields and play-event data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
import re
from typing import Any

import pytest
import yaml

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.encore.const import DOMAIN

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text()
SERVICES = yaml.safe_load(
    (ROOT / "custom_components" / DOMAIN / "services.yaml").read_text()
)
BLOCK = re.compile(r"```yaml\n(.*?)```", re.DOTALL)
EVENT_ATTRIBUTE = re.compile(r"trigger\.to_state\.attributes\.([a-z_]+)")


def _blocks() -> list[Any]:
    return [yaml.safe_load(block) for block in BLOCK.findall(README)]


def _actions(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping with an `action:` key, however deep."""
    if isinstance(node, dict):
        if isinstance(node.get("action"), str):
            yield node
        for value in node.values():
            yield from _actions(value)
    elif isinstance(node, list):
        for value in node:
            yield from _actions(value)


def test_every_yaml_example_parses() -> None:
    """Each ```yaml block is valid YAML, and there are examples to check."""
    blocks = _blocks()
    assert len(blocks) >= 5
    assert all(block is not None for block in blocks)


def test_examples_call_real_actions_with_real_fields() -> None:
    """encore.* actions exist, and their data uses only the fields services.yaml lists."""
    calls = [call for block in _blocks() for call in _actions(block)]
    encore = [call for call in calls if call["action"].startswith(f"{DOMAIN}.")]
    assert {call["action"] for call in encore} >= {
        "encore.top_items",
        "encore.listening_stats",
        "encore.import_history",
    }
    for call in encore:
        service = call["action"].removeprefix(f"{DOMAIN}.")
        assert service in SERVICES, service
        fields = set((SERVICES[service] or {}).get("fields", {}))
        assert set(call.get("data") or {}) <= fields, call


async def test_examples_validate_against_the_registered_schemas(
    hass: HomeAssistant,
) -> None:
    """The data of each example passes the schema Encore registers for that action."""
    assert await async_setup_component(hass, DOMAIN, {})
    services = hass.services.async_services_for_domain(DOMAIN)
    checked = 0
    for block in _blocks():
        for call in _actions(block):
            if not call["action"].startswith(f"{DOMAIN}."):
                continue
            data = {
                key: value
                for key, value in (call.get("data") or {}).items()
                # An entry id is the reader's own; any string passes the schema.
                if not (isinstance(value, str) and "..." in value)
            }
            if "config_entry_id" in (call.get("data") or {}):
                data["config_entry_id"] = "01JEXAMPLE"
            # Home Assistant validates an entity action's target with its data.
            data |= call.get("target") or {}
            schema = services[call["action"].removeprefix(f"{DOMAIN}.")].schema
            assert schema is not None
            schema(data)
            checked += 1
    assert checked >= 5


@pytest.mark.parametrize("attribute", sorted(set(EVENT_ATTRIBUTE.findall(README))))
def test_play_event_attributes_exist(attribute: str) -> None:
    """The play-event automation reads attributes the event entity really sets."""
    source = (ROOT / "custom_components" / DOMAIN / "event.py").read_text()
    assert f'"{attribute}":' in source
