"""The names two records of one song share (`store.scrobbles.match_key`)."""

import pytest

from custom_components.encore.history.store.scrobbles import (
    loose_artist,
    loose_title,
    match_key,
)


@pytest.mark.parametrize(
    ("title", "loose"),
    [
        ("Here Comes the Sun - Remastered 2009", "Here Comes the Sun"),
        ("Here Comes the Sun - 2019 Mix Remastered", "Here Comes the Sun"),
        ("Let It Be (Remastered 2015)", "Let It Be"),
        ("Stay (feat. Justin Bieber)", "Stay"),
        ("Stay [with Justin Bieber]", "Stay"),
        ("Stay feat. Justin Bieber", "Stay"),
        ("Stay - feat. Justin Bieber", "Stay"),
        ("Song - Single Version", "Song"),
        ("Song - Mono", "Song"),
        # A live take or a remix is another recording: kept apart.
        ("Song - Live", "Song - Live"),
        ("Song (Remix)", "Song (Remix)"),
        ("With or Without You", "With or Without You"),
    ],
)
def test_loose_title(title: str, loose: str) -> None:
    """Version tags go; what names another recording stays."""
    assert loose_title(title) == loose


@pytest.mark.parametrize(
    ("artist", "loose"),
    [
        ("Calvin Harris feat. Rihanna", "Calvin Harris"),
        ("Simon & Garfunkel", "Simon"),
        ("Daft Punk, Pharrell Williams", "Daft Punk"),
        ("Lil Nas X", "Lil Nas X"),
        ("Beyoncé", "Beyoncé"),
    ],
)
def test_loose_artist(artist: str, loose: str) -> None:
    """The first artist of a credit."""
    assert loose_artist(artist) == loose


def test_match_key_folds_case_accents_and_versions() -> None:
    """How scrobblers and Spotify name one recording: one key."""
    assert match_key("Beyoncé", "Halo") == match_key(
        "BEYONCE", "halo - Remastered 2011"
    )
    assert match_key("Sigur Rós", "Hoppípolla") == match_key("sigur ros", "Hoppipolla")
    assert match_key("Zaz", "Je veux (feat. X)") == match_key("Zaz feat. X", "Je Veux")
    assert match_key("Zaz", "Je veux") != match_key("Zaz", "Je veux - Live")
    assert match_key(None, "Song") is None
