"""The history options' steps for whose plays are (issue 46).

Two steps beside the history's settings: the rules (each on or off, and what
"my" answers count), and one person at a time (a child or a guest, out of
attribution altogether, private, the speakers and areas they own). Saved in the
history entry's options; Encore reads them when it records a play or
answers, so saving takes effect without a reload.
"""

from collections.abc import Mapping
from typing import Any

import voluptuous as vol

from homeassistant.config_entries import ConfigFlowResult, OptionsFlow
from homeassistant.helpers.selector import (
    AreaSelector,
    AreaSelectorConfig,
    BooleanSelector,
    EntitySelector,
    EntitySelectorConfig,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
)

from ..const import (
    CONF_AREAS,
    CONF_ATTRIBUTION_CHILDREN,
    CONF_ATTRIBUTION_MY,
    CONF_ATTRIBUTION_OWNERS,
    CONF_ATTRIBUTION_PERSONS,
    CONF_ATTRIBUTION_PRESENCE,
    CONF_ATTRIBUTION_ROOMS,
    CONF_ATTRIBUTION_STARTED_BY,
    CONF_OPT_OUT,
    CONF_PERSON,
    CONF_PRIVATE,
    CONF_ROLE,
    CONF_SPEAKERS,
)
from ..history.attribution.rules import Role
from ..history.whose import MY_CERTAIN, MY_LIKELY

ATTRIBUTION_KEYS = (
    CONF_ATTRIBUTION_STARTED_BY,
    CONF_ATTRIBUTION_OWNERS,
    CONF_ATTRIBUTION_PRESENCE,
    CONF_ATTRIBUTION_ROOMS,
    CONF_ATTRIBUTION_CHILDREN,
    CONF_ATTRIBUTION_MY,
    CONF_ATTRIBUTION_PERSONS,
)
"""The options these steps keep (the history step leaves them as they are)."""


def kept_attribution(options: Mapping[str, Any]) -> dict[str, Any]:
    """Return the attribution's options of an entry's options."""
    return {key: options[key] for key in ATTRIBUTION_KEYS if key in options}


def _select(options: list[str], key: str) -> SelectSelector:
    return SelectSelector(
        SelectSelectorConfig(
            options=options, translation_key=key, mode=SelectSelectorMode.DROPDOWN
        )
    )


class AttributionOptionsSteps(OptionsFlow):
    """The rules' step and the person's steps of the history options."""

    _person: str | None = None

    async def async_step_attribution(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Turn the rules on or off; say what "my" answers count."""
        if user_input is not None:
            return self.async_create_entry(
                data={**self.config_entry.options, **user_input}
            )
        schema = vol.Schema(
            {
                vol.Required(
                    CONF_ATTRIBUTION_STARTED_BY, default=True
                ): BooleanSelector(),
                vol.Required(CONF_ATTRIBUTION_OWNERS, default=True): BooleanSelector(),
                vol.Required(
                    CONF_ATTRIBUTION_PRESENCE, default=True
                ): BooleanSelector(),
                vol.Required(CONF_ATTRIBUTION_ROOMS, default=True): BooleanSelector(),
                vol.Required(
                    CONF_ATTRIBUTION_CHILDREN, default=False
                ): BooleanSelector(),
                vol.Required(CONF_ATTRIBUTION_MY, default=MY_LIKELY): _select(
                    [MY_CERTAIN, MY_LIKELY], CONF_ATTRIBUTION_MY
                ),
            }
        )
        return self.async_show_form(
            step_id="attribution",
            data_schema=self.add_suggested_values_to_schema(
                schema,  # type: ignore[arg-type]
                self.config_entry.options,
            ),
        )

    async def async_step_attribution_person(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Pick the person whose settings to change."""
        if user_input is not None:
            self._person = str(user_input[CONF_PERSON])
            return await self.async_step_attribution_person_settings()
        return self.async_show_form(
            step_id="attribution_person",
            data_schema=vol.Schema(  # type: ignore[arg-type]
                {
                    vol.Required(CONF_PERSON): EntitySelector(
                        EntitySelectorConfig(domain="person")
                    )
                }
            ),
        )

    async def async_step_attribution_person_settings(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Set a person's role, whether they stay out, and what they own."""
        person = self._person or ""
        persons = dict(self.config_entry.options.get(CONF_ATTRIBUTION_PERSONS) or {})
        if user_input is not None:
            persons[person] = {
                CONF_ROLE: user_input[CONF_ROLE],
                CONF_OPT_OUT: bool(user_input.get(CONF_OPT_OUT, False)),
                CONF_PRIVATE: bool(user_input.get(CONF_PRIVATE, False)),
                CONF_SPEAKERS: list(user_input.get(CONF_SPEAKERS) or []),
                CONF_AREAS: list(user_input.get(CONF_AREAS) or []),
            }
            return self.async_create_entry(
                data={**self.config_entry.options, CONF_ATTRIBUTION_PERSONS: persons}
            )
        schema = vol.Schema(
            {
                vol.Required(CONF_ROLE, default=Role.ADULT.value): _select(
                    [role.value for role in Role], CONF_ROLE
                ),
                vol.Required(CONF_OPT_OUT, default=False): BooleanSelector(),
                vol.Required(CONF_PRIVATE, default=False): BooleanSelector(),
                vol.Optional(CONF_SPEAKERS, default=[]): EntitySelector(
                    EntitySelectorConfig(domain="media_player", multiple=True)
                ),
                vol.Optional(CONF_AREAS, default=[]): AreaSelector(
                    AreaSelectorConfig(multiple=True)
                ),
            }
        )
        state = self.hass.states.get(person)
        return self.async_show_form(
            step_id="attribution_person_settings",
            data_schema=self.add_suggested_values_to_schema(
                schema,  # type: ignore[arg-type]
                persons.get(person) or {},
            ),
            description_placeholders={
                "person": state.name if state is not None else person
            },
        )
