"""A time said in another language is read as the question's own (`parse.world_times`)."""

import pytest

from custom_components.encore.voice.parse.world_times import world_times


@pytest.mark.parametrize(
    ("said", "language", "meant"),
    [
        ("top songs semana passada", "en", "top songs last week"),
        ("top songs semana passada", "de", "top songs letzte woche"),
        ("what played ieri sera", "en", "what played yesterday evening"),
        ("was lief ieri sera", "de", "was lief gestern abend"),
        ("how long förra veckan", "en", "how long last week"),
        ("Air avant-hier", "en", "Air the day before yesterday"),
        ("how many plays Hôm Qua", "en", "how many plays yesterday"),
    ],
)
def test_time_read(said: str, language: str, meant: str) -> None:
    """Each language's time is written as the English or German one."""
    assert world_times(said, language) == meant


@pytest.mark.parametrize(
    ("said", "language"),
    [
        # German and English words, and names, that look like a time.
        ("das hab i gar ned ghört", "de"),
        ("hier in der Küche", "de"),
        ("was hab ich eilig gehört", "de"),
        ("how often did I play Bruno Mars", "en"),
        ("did I play Julio Iglesias", "en"),
        ("how many times did I play Dünen", "de"),
        ("play the song Today by the Smashing Pumpkins", "en"),
        # A time inside a longer word is no time.
        ("wie oft lief Heutetag", "de"),
        ("how often did I play Ayerbe", "en"),
    ],
)
def test_no_time_read(said: str, language: str) -> None:
    """Words of the question's own language, and names, are kept as said."""
    assert world_times(said, language) == said
