"""Scratch: ask a few questions (not committed)."""
import json
import os

import pytest

from homeassistant.core import HomeAssistant

from .test_heldout import add_kitchen
from .test_voice import ask, history  # noqa: F401


@pytest.mark.usefixtures("history")
async def test_scratch(hass: HomeAssistant) -> None:
    add_kitchen(hass)
    for line in open(os.environ["ASK"], encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        language, text = line.split("|", 1)
        heard = await ask(hass, text, language)
        data = heard.response.speech_slots or {}
        print(f"Q[{language}] {text!r}\n  -> {heard.intent} {heard.slots} {heard.response.response_type.value} period={json.dumps(data.get('period'))}\n  :: {heard.speech}")
