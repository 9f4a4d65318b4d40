"""The words guarding the installed sentences change no reading (`voice.guards`).

A guard lets hassil skip a block of sentences when a command lacks every one
of its words. It is only right if no text the block's sentences match lacks
them: these tests read the shipped and the installed (guarded) files with
hassil, the matcher of Home Assistant's default agent, and compare.
"""

from functools import cache
from itertools import islice

from hassil import Intents, RecognizeResult, recognize_best
from home_assistant_intents import get_intents
import pytest
import yaml

from custom_components.encore.voice.guards import guard_file
from custom_components.encore.voice.net import INTENT_WIDE_NET
from custom_components.encore.voice.sentences import shipped_files

from .test_net_negatives import negatives
from .written_from import questions

Reading = tuple[str, tuple[tuple[str, str], ...]] | None


def _intents(text: str, language: str) -> Intents:
    """A sentence file as the agent matches it: with its language's skip words."""
    data = yaml.safe_load(text)
    own = get_intents(language)
    assert own is not None
    data["skip_words"] = [*own["skip_words"], *data.get("skip_words", [])]
    return Intents.from_dict(data)


@cache
def _files(language: str) -> list[tuple[Intents, Intents]]:
    """Every shipped file of a language, as shipped and as installed."""
    return [
        (_intents(shipped, language), _intents(guard_file(shipped), language))
        for shipped in (
            path.read_text("utf-8")
            for file_language, path, _name in shipped_files()
            if file_language == language
        )
    ]


def _reading(result: RecognizeResult | None) -> Reading:
    """The intent and its slots; for the net, the intent alone.

    The net reads the whole utterance (`voice.net`): which of its sentences
    matched, and so what its wildcards hold, changes nothing.
    """
    if result is None:
        return None
    if result.intent.name == INTENT_WIDE_NET:
        return (result.intent.name, ())
    return (
        result.intent.name,
        tuple(sorted((name, str(e.value)) for name, e in result.entities.items())),
    )


def _texts(language: str, every: int = 90) -> list[str]:
    """Every ninetieth pinned question and command: seconds.

    All of them take half an hour; `every` smaller checks more.
    """
    asked = sorted(text for lang, text in questions() if lang == language)
    said = sorted(text for _whose, text in negatives(language))
    return [*islice(asked, 0, None, every), *islice(said, 0, None, every)]


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_guarded_files_read_every_text_the_same(language: str) -> None:
    """Shipped and installed, every file matches the same intent and slots."""
    texts = _texts(language)
    assert len(texts) > 250
    differ = [
        f"{text!r}: {_reading(recognize_best(text, shipped))} -> "
        f"{_reading(recognize_best(text, guarded))}"
        for shipped, guarded in _files(language)
        for text in texts
        if _reading(recognize_best(text, shipped))
        != _reading(recognize_best(text, guarded))
    ]
    assert not differ, "\n".join(differ)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_net_is_guarded(language: str) -> None:
    """Nearly every block of the history file names its words."""
    shipped = next(
        path.read_text("utf-8")
        for file_language, path, name in shipped_files()
        if file_language == language and name == "encore.yaml"
    )
    blocks = yaml.safe_load(guard_file(shipped))["intents"]["EncoreWideNet"]["data"]
    guarded = [block for block in blocks if "required_keywords" in block]
    assert len(guarded) > 0.9 * len(blocks)
    # Each word as speech and typing spell it.
    words = set(guarded[0]["required_keywords"])
    assert all(word.capitalize() in words or word[:1] == "'" for word in words)


def _guarded(template: str, language: str = "de") -> Intents:
    body = yaml.safe_dump(
        {
            "language": language,
            "intents": {INTENT_WIDE_NET: {"data": [{"sentences": [template]}]}},
            "lists": {"a": {"wildcard": True}},
        },
        allow_unicode=True,
    )
    return _intents(guard_file(body), language)


def _keywords(template: str, language: str = "de") -> set[str]:
    data = _guarded(template, language).intents[INTENT_WIDE_NET].data[0]
    return data.required_keywords or set()


def test_a_word_a_wildcard_may_cut_into_is_no_guard() -> None:
    """hassil finds "gehört" inside "zugehört" after a wildcard."""
    template = "wie lange habe ich [{a}] gehört"
    assert "gehört" not in _keywords(template)
    result = recognize_best("wie lange habe ich heute zugehört", _guarded(template))
    assert result is not None
    assert result.entities["a"].value == "heute zu"
    # Not without a word before it, nor where a space ends the wildcard.
    assert not _keywords("[{a}] gehört")
    assert _keywords("[{a} ] gehört") == {"gehört", "Gehört", "GEHÖRT"}


def test_a_word_that_may_go_on_is_no_guard() -> None:
    """ "mein[e]" may be "meine": the guard takes "Lieder", not "mein"."""
    keywords = _keywords("mein[e] Lieder")
    assert "mein" not in keywords
    assert {"lieder", "Lieder", "LIEDER"} <= keywords


def test_a_skip_word_is_no_guard() -> None:
    """Home Assistant leaves "please" and "i want" out before looking."""
    keywords = _keywords("please i want {a}", "en")
    assert not keywords
    assert _reading(
        recognize_best("please i want jazz", _guarded("please i want {a}", "en"))
    )


def test_every_branch_of_a_choice_guards_together() -> None:
    """One of "heard", "played" is in every match: both are the guard."""
    keywords = _keywords("(heard|played) {a}", "en")
    assert {"heard", "played", "Heard", "PLAYED"} <= keywords
    probe = _guarded("(heard|played) {a}", "en")
    assert recognize_best("PLAYED jazz", probe) is not None
    assert recognize_best("listened to jazz", probe) is None


def test_a_file_without_sentences_is_left_as_it_is() -> None:
    """Nothing to guard: the text is installed as shipped."""
    assert guard_file("language: en\n") == "language: en\n"
