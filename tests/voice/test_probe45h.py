import os
import pytest
from homeassistant.core import HomeAssistant
from .test_heldout import add_kitchen
from .test_voice import ask, history  # noqa: F401

QS = [l.rstrip("\n").split("|", 1) for l in open(os.environ.get("PROBE", "/tmp/p45h/q.txt"), encoding="utf-8") if l.strip() and not l.startswith("#")]

@pytest.mark.usefixtures("history")
async def test_probe(hass: HomeAssistant) -> None:
    add_kitchen(hass)
    out = []
    for lang, q in QS:
        h = await ask(hass, q, lang)
        out.append(f"[{lang}] {q}\n   -> {h.intent} {h.slots}\n   => {h.speech}")
    open("/tmp/p45h/out.txt", "w").write("\n".join(out) + "\n")
