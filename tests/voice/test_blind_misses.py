"""The three checks every turn's blind misses share, run over every turn's phrasings.

Issue 45's turns from the twenty-seventh on keep their phrasings as data in
`blind_misses/turnNN.py` (what each turn's writers showed is that module's
docstring). Each phrasing read by the pure parser is a test of its own, named
by its turn and its words, as in `turn27-en-how many days nonstop have I been
listening-...`; the phrasings asked of Assist are a test per turn, one Home
Assistant asked every row, each row a subtest named by its words (a new
`hass` per row cost more than the row's own question). A turn's
tests of anything else are in `blind_misses/test_turnNN.py`.
"""

from importlib import import_module
from pathlib import Path
from types import ModuleType

import pytest

from homeassistant.core import HomeAssistant

from .read_as_plain import assert_read_as_plain
from .test_voice import ask, assert_encores_as_plain, assert_not_encores, history  # noqa: F401

# Every turn's data module, in the order of the turns: a new turn's file is
# found by its name, never listed again here.
TURNS: tuple[ModuleType, ...] = tuple(
    import_module(f".blind_misses.{path.stem}", __package__)
    for path in sorted(
        Path(__file__).parent.joinpath("blind_misses").glob("turn[0-9]*.py")
    )
)


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


def _turns(table: str) -> list[object]:
    """Each turn that has rows in `table`, named by its module."""
    return [
        pytest.param(turn, id=turn.__name__.rpartition(".")[2])
        for turn in TURNS
        if getattr(turn, table, ())
    ]


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize("turn", _turns("ANSWERED"))
async def test_answered_as_plain(
    hass: HomeAssistant, subtests: pytest.Subtests, turn: ModuleType
) -> None:
    """Encore's, never an area's, and the answer of the plain question."""
    for said, plain, language in turn.ANSWERED:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize("turn", _turns("STAYS"))
async def test_stays_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests, turn: ModuleType
) -> None:
    """A command or a question of now stays Home Assistant's: Encore answers nothing."""
    for said, language in turn.STAYS:
        with subtests.test(said):
            await assert_not_encores(hass, said, language)


# How Encore says it did not understand a time, in each language.
_NOT_WHICH_TIME = {"en": "but not which time", "de": "aber nicht, welche Zeit"}


@pytest.mark.usefixtures("history")
@pytest.mark.parametrize("turn", _turns("UNREAD"))
async def test_unread_time_asked_back(
    hass: HomeAssistant, subtests: pytest.Subtests, turn: ModuleType
) -> None:
    """A time no table reads is asked back, never answered for a broader period."""
    for language, said in turn.UNREAD:
        with subtests.test(said):
            heard = await ask(hass, said, language)
            assert (heard.intent or "").startswith("Encore"), heard.speech
            assert _NOT_WHICH_TIME[language] in heard.speech, heard.speech
