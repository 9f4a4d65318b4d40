"""Every LLM tool Encore offers, and the `encore` API that serves them.

The tools of the answer families (`llm_api`) and the recap's (`recap`) are
gathered here, above both, so neither has to import the other's module to
list them.
"""

from typing import override

from homeassistant.components.llm import LLMTools
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import llm

from .llm_api import (
    API_ID,
    API_NAME,
    API_PROMPT,
    FirstLastPlayTool,
    HabitsTool,
    ListeningTimeTool,
    PlayCountTool,
    TasteSummaryTool,
    TopItemsTool,
    WhatPlayedTool,
)
from .recap import recap_tools


def tools() -> list[llm.Tool]:
    """Return Encore's tools."""
    return [
        TopItemsTool(),
        ListeningTimeTool(),
        PlayCountTool(),
        FirstLastPlayTool(),
        WhatPlayedTool(),
        TasteSummaryTool(),
        HabitsTool(),
        *recap_tools(),
    ]


class EncoreAPI(llm.API):
    """Only Encore's tools, for agents and MCP clients that want just these."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Name the API."""
        super().__init__(hass=hass, id=API_ID, name=API_NAME)

    @override
    async def async_get_api_instance(
        self, llm_context: llm.LLMContext
    ) -> llm.APIInstance:
        """Return the tools for a request."""
        return llm.APIInstance(
            api=self,
            api_prompt=API_PROMPT,
            llm_context=llm_context,
            tools=tools(),
            custom_serializer=llm.selector_serializer,
        )


@callback
def async_get_tools(
    hass: HomeAssistant, llm_context: llm.LLMContext, api_id: str
) -> LLMTools | None:
    """Add Encore's tools to the Assist API (the LLM tools platform)."""
    if api_id != llm.LLM_API_ASSIST:
        return None
    return LLMTools(tools=tools(), prompt=API_PROMPT)
