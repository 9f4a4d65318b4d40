"""What the twenty-fifth turn's blind writers said, and last turn's leftovers (issue 45).

Last turn left three wrong facts: a query engineer's "podcasts by plays
this month" (a ranking, answered with a count) and "list plays yesterday
evening" (the plays listed, answered with a count), and a child's "wie viel
hör ich was immer wieder" (the repeat rate, answered with the song on
repeat). The phrasings are this file's own.
"""

import pytest

from custom_components.encore.voice.parse.keywords_en import undo_keywords

from .read_as_plain import assert_read_as_plain


@pytest.mark.parametrize(
    ("lang", "said", "plain"),
    [
        ("en", "podcasts by plays this month", "top podcasts this month"),
        ("en", "artists by play count, last 30 days", "top artists last 30 days"),
        (
            "en",
            "list plays yesterday evening",
            "what did I listen to yesterday evening",
        ),
        ("en", "show my streams on saturday", "what did I listen to saturday"),
        (
            "de",
            "wie viel hör ich was immer wieder",
            "wie oft höre ich dieselben Lieder immer wieder",
        ),
        (
            "de",
            "wie oft hören wir was immer und immer wieder",
            "wie oft hören wir dieselben Lieder immer wieder",
        ),
    ],
)
def test_read_as_plain(lang: str, said: str, plain: str) -> None:
    """Each is read as its plain question."""
    assert_read_as_plain(said, plain, lang)


def test_a_name_by_its_artist_is_no_ranking() -> None:
    """'Songs by Daft Punk' names no measure: no top is made of it."""
    assert (
        undo_keywords("songs by daft punk this year") == "songs by daft punk this year"
    )
