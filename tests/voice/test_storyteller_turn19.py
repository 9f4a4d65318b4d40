"""A chatty retired teacher's questions, in English and Swabian German (issue 45's nineteenth turn).

She says why she asks before she asks, in a sentence of its own ("My
grandson teases me about it. How many ..."), or adds a remark after it
("... this summer? Lovely summer it was."), and words of her own ("what
sort of thing am I into", "had much Air on", "cutting short", "bless
him", "rauf und runter", "zamma", "zughört"). The story's words were read
as the question's: a time ("about six"), a name, a song on repeat
("dauernd an"). Undone in `parse/story_sentences.py`; the net holds the
Swabian "mei" opener and participles.

The phrasings are this file's own; each is answered as its plain form is.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from homeassistant.core import HomeAssistant

from custom_components.encore.voice.parse.story_sentences import (
    keep_asking_sentence,
    said_as_storyteller,
)

from .test_heldout import assert_stays_home_assistants
from .test_voice import assert_encores_as_plain, history  # noqa: F401

_ZONE = ZoneInfo("Europe/Berlin")
_NOW = datetime(2026, 11, 20, 18, 30, tzinfo=_ZONE)

# -- the rules, pure --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "language", "plain"),
    [
        (
            "My grandson says I only know about ten songs. How many different songs have I played?",
            "en",
            "How many different songs have I played?",
        ),
        (
            "The vicar asked me about it after church. Which artist did I listen to most this month?",
            "en",
            "Which artist did I listen to most this month?",
        ),
        (
            "How many podcasts did I hear in September? It was a wet month, mind.",
            "en",
            "How many podcasts did I hear in September?",
        ),
        (
            "Mei Nachbarin moint, i hör bloß Schlager. Wie oft hab ich diesen Monat Queen ghört?",
            "de",
            "Wie oft hab ich diesen Monat Queen ghört?",
        ),
        (
            "Wen hab ich letzte Woche am meisten ghört? Des wär fei interessant.",
            "de",
            "Wen hab ich letzte Woche am meisten ghört?",
        ),
        (
            "I wollt's meiner Freundin zeige: welches Album hab ich dieses Jahr am meisten ghört?",
            "de",
            "welches Album hab ich dieses Jahr am meisten ghört?",
        ),
    ],
)
def test_the_asking_sentence_kept(said: str, language: str, plain: str) -> None:
    """The one sentence that asks is kept, the stories around it dropped."""
    assert keep_asking_sentence(said, language, _NOW, _ZONE) == plain


@pytest.mark.parametrize(
    ("said", "language"),
    [
        # The story names what "it" is.
        ("I love Bohemian Rhapsody. Have I had it on this week?", "en"),
        # The time is the story's: the question names none.
        ("It was Wednesday at noon. What did I have on?", "en"),
        # Two questions: the clause readers decide.
        ("How was October? What did I play most?", "en"),
        # An initial's dots end no sentence.
        ("Did I play D.A.N.C.E. last week?", "en"),
        ("Wie oft hab ich Queen ghört, grob gsagt?", "de"),
    ],
)
def test_the_story_kept(said: str, language: str) -> None:
    """What the question leans on, or one sentence alone, stays as said."""
    assert keep_asking_sentence(said, language, _NOW, _ZONE) == said


@pytest.mark.parametrize(
    ("said", "language", "plain"),
    [
        ("what sort of stuff am I into lately", "en", "what's my taste lately"),
        (
            "had much Daft Punk on this week",
            "en",
            "how many times did I play Daft Punk this week",
        ),
        (
            "Arthur, bless his heart, when did I last play Air",
            "en",
            "Arthur, when did I last play Air",
        ),
        (
            "across the past month, how many songs have I put on",
            "en",
            "in the past month, how many songs have I played",
        ),
        (
            "who's the singer I'm always cutting short",
            "en",
            "which singer do I skip the most",
        ),
        (
            "Welches Lied hab ich grad rauf und runter laufe",
            "de",
            "Welches Lied hab ich in Dauerschleife laufe",
        ),
        (
            "wie viel hab ich heut alles zamma abgspielt",
            "de",
            "wie viele Wiedergaben hab ich heut",
        ),
    ],
)
def test_her_words_undone(said: str, language: str, plain: str) -> None:
    """Her own phrasings of what is asked are a plain question's."""
    assert said_as_storyteller(said, language, _NOW, _ZONE) == plain


@pytest.mark.parametrize(
    ("said", "language", "plain"),
    [
        (
            "Wie viele Podcasts hab ich im Oktober ghört, so grob gsagt?",
            "de",
            "Wie viele Podcasts hab ich im Oktober ghört?",
        ),
        (
            "Wie viel Air hab ich denn im Herbst ghört?",
            "de",
            "wie oft hab ich Air denn im Herbst ghört?",
        ),
        (
            "Womit hab ich am Sonntag angfange?",
            "de",
            "Womit hab ich am Sonntag angefangen?",
        ),
        (
            "Wann isch Air zum ersten Mal bei mir auftaucht?",
            "de",
            "Wann ist Air zum ersten Mal bei mir aufgetaucht?",
        ),
        (
            "Welches Lied hör ich grad rauf und runter?",
            "de",
            "Welches Lied hör ich in Dauerschleife?",
        ),
        (
            "Mei Freundin lacht scho. Wie viel Musik hab ich heut ghört?",
            "de",
            "Wie viel Musik hab ich heut ghört?",
        ),
        (
            "I nodded off after the crossword, so what was I playing last night?",
            "en",
            "what was I playing last night?",
        ),
        (
            "My sister swears she heard it at mine, so did I play any Queen this month?",
            "en",
            "did I play any Queen this month?",
        ),
        (
            "I'm an early bird myself, but do I listen more in the morning or the evening?",
            "en",
            "do I listen more in the morning or the evening?",
        ),
        (
            "Gestern um acht, was hat da gspielt?",
            "de",
            "Gestern um acht, was lief da?",
        ),
        (
            "The grandchildren were round all weekend. What did I play most last week?",
            "en",
            "What did I play most last week?",
        ),
        (
            "Sorry to bother you, I've been at the allotment. Who did I listen to most in October?",
            "en",
            "Who did I listen to most in October?",
        ),
    ],
)
def test_her_story_and_words(said: str, language: str, plain: str) -> None:
    """A story said first, a hedge or a word of hers, undone together."""
    assert said_as_storyteller(said, language, _NOW, _ZONE) == plain


@pytest.mark.parametrize(
    ("said", "language"),
    [
        # How much music is a listening time, never a name.
        ("Wie viel Musik hab ich gestern ghört?", "de"),
        # "Wie viel Mal": a count's words, no name.
        ("wie viel Mal hab ich Queen gespielt", "de"),
        # "Not how often but how many different:" says what is counted.
        ("Not how often, how many different: how many songs did I play?", "en"),
        # A remark after that says which one.
        ("When did I last play Genesis? The Justice one.", "en"),
    ],
)
def test_her_words_kept(said: str, language: str) -> None:
    """What is no story nor a word of hers stays as said."""
    assert said_as_storyteller(said, language, _NOW, _ZONE) == said


# -- the answer of the plain question -------------------------------------------------

SAME_AS_PLAIN = [
    (
        "My grandson says I only know about ten songs. How many different songs have I played in total?",
        "how many different songs have I played in total",
        "en",
    ),
    (
        "The vicar asked me about it after church. Which artist did I listen to most this month?",
        "which artist did I listen to most this month",
        "en",
    ),
    (
        "Arthur, bless him, when did I last play any Air?",
        "when did I last play Air",
        "en",
    ),
    (
        "what sort of thing am I into lately, would you say?",
        "what's my taste lately",
        "en",
    ),
    (
        "Had much Justice on this month? Lovely lads.",
        "how many times did I play Justice this month",
        "en",
    ),
    (
        "who's the artist I'm always cutting short?",
        "which artist do I skip the most",
        "en",
    ),
    (
        "Across the last fortnight, how many songs have I put on?",
        "how many songs did I play in the last two weeks",
        "en",
    ),
    (
        "Mei Nachbarin moint, i hör bloß Schlager. Wie oft hab ich diesen Monat Queen ghört?",
        "Wie oft habe ich diesen Monat Queen gehört?",
        "de",
    ),
    (
        "Mei Bruder sagt, ich hätt des Radio dauernd laufe. Wie lang hab ich gestern zughört?",
        "Wie lange habe ich gestern gehört?",
        "de",
    ),
    (
        "Wie viel hab ich denn gestern alles zamma abgspielt? Mei Nachbar will's wisse.",
        "Wie viele Wiedergaben hatte ich gestern?",
        "de",
    ),
    ("Fass mir mal zamma, wie mei Monat war.", "Fass meinen Monat zusammen", "de"),
    (
        "Mei Freundin hat mich gfragt. Wann hab ich Air zum ersten Mal ghört?",
        "Wann habe ich Air zum ersten Mal gehört?",
        "de",
    ),
]


@pytest.mark.usefixtures("history")
async def test_as_plain(hass: HomeAssistant, subtests: pytest.Subtests) -> None:
    """Her question is answered as the plain question is."""
    for said, plain, language in SAME_AS_PLAIN:
        with subtests.test(said):
            await assert_encores_as_plain(hass, said, plain, language)


# -- commands stay Home Assistant's ---------------------------------------------------


@pytest.mark.usefixtures("history")
async def test_commands_stay_home_assistants(
    hass: HomeAssistant, subtests: pytest.Subtests
) -> None:
    """A command in her persona never reaches Encore."""
    for said, language in [
        (
            "My grandson set this up for me. Turn the kitchen lights off, would you, love?",
            "en",
        ),
        ("Bless him, put some Queen on in the kitchen", "en"),
        ("It's too loud for my ears. Turn the music down a bit.", "en"),
        ("Mei Tochter hat des eingrichtet. Mach mal 's Licht in der Küche aus.", "de"),
        ("Mei, spiel halt was von Helene Fischer", "de"),
        ("Des isch fei zu laut. Mach die Musik leiser, gell.", "de"),
    ]:
        with subtests.test(said):
            await assert_stays_home_assistants(hass, said, language)
