"""What issue 45's eleventh turn mended in the parser, each a kind of phrasing.

Found on the fresh corpus's terse writer and the writers outside the
repository: a question word said last taken for the name ("Moon Safari.
last played when" looked for a song called "when").
"""

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse import Asked, read_question

from .test_voice import NOW, TZ, ask, history  # noqa: F401


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("Moon Safari. last played when", "Moon Safari"),
        ("Air, when did I last hear it", "Air"),
        ("when did I last play what a wonderful world", "what a wonderful world"),
    ],
)
def test_a_question_word_said_last_is_no_name(said: str, name: str) -> None:
    """The name is the one said, never "when" or "it"."""
    reading = read_question(said, "en", NOW, TZ)
    assert reading.asked is Asked.LAST_PLAY
    assert reading.name == name


@pytest.mark.usefixtures("history")
async def test_a_terse_last_play_names_its_album(hass: HomeAssistant) -> None:
    """Through the agent: Moon Safari's last play, as asked in full."""
    terse = await ask(hass, "Moon Safari. last played when")
    full = await ask(hass, "when did I last listen to Moon Safari")
    assert "Moon Safari" in terse.speech
    assert terse.speech == full.speech
