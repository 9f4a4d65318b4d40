"""Issue 45's seventy-third turn: a singer named by a song is said back, never the song."""

import pytest

from custom_components.encore.voice.parse.question import read_question

from ..read_as_plain import NOW, TZ


@pytest.mark.parametrize(
    "said",
    [
        "When did I last play the chap who sings Bohemian Rhapsody? Freddie, that's the one.",
        "when did i last play the band that did around the world",
        "did I hear the lady who sings sexy boy this week",
    ],
)
def test_a_singer_named_by_a_song_is_said_back(said: str) -> None:
    """Blind writer 498's wrong fact: the song's last play answered for its singer."""
    reading = read_question(said, "en", NOW, TZ)
    assert reading.narrowed is not None, reading
