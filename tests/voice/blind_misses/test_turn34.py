"""Turn 34's own test: soft consonants made hard.

The turn's phrasings, and what its writers showed, are in `turn34.py`; the
three checks every turn shares run them from
`tests/voice/test_blind_misses.py`. This test is as the turn wrote it.
"""

import pytest

from custom_components.encore.voice.parse.soft_consonants_de import undo_soft_consonants


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("wos lief ledzdn freidag", "wos lief letzten freitag"),
        ("wer lief am meisdn diesn monad", "wer lief am meisten diesn monat"),
        ("des erschde lied gesdern", "des erste lied gestern"),
        ("songs zwanzich fünfazwanzich", "songs zwanzig fünfundzwanzig"),
        ("die letzdn 30 dag", "die letzten 30 tage"),
        ("an welchem wochendag am samsdag", "an welchem wochentag am samstag"),
        ("nachmiddags oder werkdags", "nachmittags oder werktags"),
        ("welches album am meiste", "welches album am meisten"),
        # Standard words stay as they are: "erst", "meist", "Tag", "Tage".
        ("erst gestern meist tag tage", "erst gestern meist tag tage"),
        # A title's other words keep their sound.
        ("wie oft lief dance of the dead", "wie oft lief dance of the dead"),
    ],
)
def test_soft_consonants_made_hard(said: str, meant: str) -> None:
    """A listening word said soft is its standard word; every other stays."""
    assert undo_soft_consonants(said) == meant
