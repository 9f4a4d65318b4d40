"""Home Assistant's LLM tools platform; Encore's tools live in `voice.llm_api`.

Home Assistant's Assist API (and with it the MCP server's default endpoint)
asks every integration's `llm` platform for tools.
"""

from .voice.llm_tools import async_get_tools

__all__ = ["async_get_tools"]
