"""The normal form of names: stored, so a faster way must give the same text."""

import re

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.encore.history.store.names import normalize_name

# The definition `normalize_name` had before its ASCII path (schema 6 stores
# what this gives): any other answer would need a migration.
_NON_WORD = re.compile(r"[\W_]+")


def _by_regex(text: str) -> str:
    words = _NON_WORD.sub(" ", text.casefold()).split()
    if len(words) > 1 and words[0] == "the":
        del words[0]
    return " ".join(words) if words else text.casefold().strip()


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("Don't Stop Me Now - Remastered 2011", "don t stop me now remastered 2011"),
        ("The Beatles", "beatles"),
        ("The", "the"),
        ("  the_the  ", "the"),
        ("!!!", "!!!"),
        ("AC/DC", "ac dc"),
        ("Beyoncé", "beyonce"),
        ("Sigur Rós", "sigur ros"),
        ("Røyksopp", "royksopp"),
    ],
)
def test_names_in_their_normal_form(name: str, normal: str) -> None:
    """Case, punctuation, accents and a leading "the" do not count."""
    assert normalize_name(name) == normal


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_an_ascii_name_is_normalised_as_by_the_regular_expression(text: str) -> None:
    """Every ASCII character, control characters and all, as `[\\W_]+` has it."""
    assert normalize_name(text) == _by_regex(text)


def test_every_ascii_character_alone_and_between_letters() -> None:
    """Each of the 128 characters, exhaustively, where hypothesis only samples."""
    for code in range(128):
        for text in (chr(code), f"a{chr(code)}b", f"the{chr(code)}x"):
            assert normalize_name(text) == _by_regex(text), repr(text)
