"""The attribution's settings, read from the history entry's options.

Encore reads them when it records a play or answers a question, so saving
the options takes effect without a reload.
"""

from collections.abc import Mapping
from typing import Any

from homeassistant.core import HomeAssistant, callback

from ...const import (
    CONF_AREAS,
    CONF_ATTRIBUTION_CHILDREN,
    CONF_ATTRIBUTION_OWNERS,
    CONF_ATTRIBUTION_PERSONS,
    CONF_ATTRIBUTION_PRESENCE,
    CONF_ATTRIBUTION_ROOMS,
    CONF_ATTRIBUTION_STARTED_BY,
    CONF_OPT_OUT,
    CONF_ROLE,
    CONF_SPEAKERS,
)
from ..whose import history_entry
from .rules import Role, RuleSettings


def _persons(options: Mapping[str, Any]) -> Mapping[str, Mapping[str, Any]]:
    found = options.get(CONF_ATTRIBUTION_PERSONS)
    if not isinstance(found, Mapping):
        return {}
    return {str(k): v for k, v in found.items() if isinstance(v, Mapping)}


def settings_of(options: Mapping[str, Any]) -> RuleSettings:
    """Return the rules' settings of the history entry's options."""
    persons = _persons(options)
    speakers: dict[str, str] = {}
    areas: dict[str, str] = {}
    roles: dict[str, Role] = {}
    opted_out = set()
    for person, chosen in persons.items():
        for speaker in chosen.get(CONF_SPEAKERS) or []:
            speakers.setdefault(str(speaker), person)
        for area in chosen.get(CONF_AREAS) or []:
            areas.setdefault(str(area), person)
        try:
            roles[person] = Role(chosen.get(CONF_ROLE, Role.ADULT))
        except ValueError:
            roles[person] = Role.ADULT
        if chosen.get(CONF_OPT_OUT):
            opted_out.add(person)
    return RuleSettings(
        started_by=bool(options.get(CONF_ATTRIBUTION_STARTED_BY, True)),
        owners=bool(options.get(CONF_ATTRIBUTION_OWNERS, True)),
        presence=bool(options.get(CONF_ATTRIBUTION_PRESENCE, True)),
        rooms=bool(options.get(CONF_ATTRIBUTION_ROOMS, True)),
        children_with_adults=bool(options.get(CONF_ATTRIBUTION_CHILDREN, False)),
        speaker_owners=speakers,
        area_owners=areas,
        roles=roles,
        opted_out=frozenset(opted_out),
    )


@callback
def rule_settings(hass: HomeAssistant) -> RuleSettings:
    """Return the rules' settings as the history entry has them now."""
    entry = history_entry(hass)
    return settings_of(entry.options if entry is not None else {})


@callback
def opted_out(hass: HomeAssistant, person: str) -> bool:
    """Whether a person stays out of attribution (and so of attributed plays)."""
    return person in rule_settings(hass).opted_out
