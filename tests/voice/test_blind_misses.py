"""The three checks every turn's blind misses share, run over every turn's phrasings.

Issue 45's turns from the twenty-seventh on keep their phrasings as data in
`blind_misses/turnNN.py` (what each turn's writers showed is that module's
docstring). Each row is a test of its own, named by its turn and its words,
as in `turn27-en-how many days nonstop have I been listening-...`. A turn's
tests of anything else are in `blind_misses/test_turnNN.py`.
"""

import pytest

from homeassistant.core import HomeAssistant

from .blind_misses import (
    turn27,
    turn28,
    turn29,
    turn30,
    turn31,
    turn32,
    turn33,
    turn34,
    turn35,
    turn36,
)
from .read_as_plain import assert_read_as_plain
from .test_voice import assert_encores_as_plain, assert_not_encores, history  # noqa: F401

TURNS = (turn27, turn28, turn29, turn30, turn31, turn32, turn33, turn34, turn35, turn36)


def _rows(table: str) -> list[object]:
    """Every turn's rows of `table` (READ, ANSWERED or STAYS), turn by turn."""
    return [
        pytest.param(*row, id="-".join((turn.__name__.rpartition(".")[2], *row)))
        for turn in TURNS
        for row in getattr(turn, table)
    ]


@pytest.mark.parametrize(("lang", "said", "plain"), _rows("READ"))
def test_read_as_plain(lang: str, said: str, plain: str) -> None:
    """Each phrasing is read as its plain question."""
    assert_read_as_plain(said, plain, lang)


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(("said", "plain", "language"), _rows("ANSWERED"))
async def test_answered_as_plain(
    hass: HomeAssistant, said: str, plain: str, language: str
) -> None:
    """Encore's, never an area's, and the answer of the plain question."""
    await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize(("said", "language"), _rows("STAYS"))
async def test_stays_home_assistants(
    hass: HomeAssistant, said: str, language: str
) -> None:
    """A command or a question of now stays Home Assistant's: Encore answers nothing."""
    await assert_not_encores(hass, said, language)
