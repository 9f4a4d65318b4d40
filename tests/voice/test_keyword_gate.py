"""Every listening question passes the keyword gate of Encore's sentences (issue 45).

Each block of `voice/sentences/<language>.yaml` carries hassil's
`required_keywords`: Home Assistant's recogniser tries the block only when
the sentence holds one of the words, so a household's command with none
("turn on the kitchen light") never pays for matching Encore's sentences
(they made every English command 8 times slower; `scripts/bench voice`
prints what they add now). A question with none of the words would never
reach Encore, so every phrasing of every corpus is held to the gate here, as
the recogniser reads it: punctuation and the skip words (Home Assistant's and
Encore's) taken out, words split at spaces and matched as said. The list is
written by `scripts/gate` from `scripts/listening_words/<language>.txt`.
"""

from collections.abc import Iterator
import json
from pathlib import Path
import shutil
from typing import Any

from hassil.util import normalize_for_matching, remove_skip_words_tracked
import home_assistant_intents
import pytest
import yaml

from custom_components.encore.voice.sentences import SHIPPED_DIR
from tests.scripts import load_script

from .fresh_corpus import writers
from .test_blind_misses import TURNS
from .test_heldout import heldout_cases, negatives as heldout_negatives
from .test_voice_corpus import cases
from .written_from import questions

ROOT = Path(__file__).resolve().parents[2]


gate_script = load_script("gate")


def _shipped(language: str) -> dict[str, Any]:
    with (SHIPPED_DIR / f"{language}.yaml").open(encoding="utf-8") as file:
        loaded: dict[str, Any] = yaml.safe_load(file)
    return loaded


def _skip_words(language: str, shipped: dict[str, Any]) -> list[str]:
    """Home Assistant's skip words of the language and Encore's."""
    data = Path(home_assistant_intents.__file__).parent / "data" / f"{language}.json"
    built_in = json.loads(data.read_text(encoding="utf-8")).get("skip_words", [])
    return [*built_in, *shipped.get("skip_words", [])]


def _words(text: str, skip_words: list[str]) -> set[str]:
    """The words the recogniser checks the gate against."""
    tracked = normalize_for_matching(text)
    remove_skip_words_tracked(tracked, skip_words, False)
    return set(tracked.text.split())


def _questions(language: str) -> Iterator[str]:
    """Every listening question of every corpus, in one language."""
    yield from (text for lang, text in questions() if lang == language)
    for writer in writers(language):
        yield from (row.text for row in writer.fresh)
    yield from (case.text for case in heldout_cases(language))
    yield from (case.text for case in cases(language))
    for turn in TURNS:
        yield from (said for lang, said, _ in turn.READ if lang == language)
        yield from (said for said, _, lang in turn.ANSWERED if lang == language)


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_block_is_gated_alike(language: str) -> None:
    """Every block carries the one list of words (an ungated block costs every command)."""
    shipped = _shipped(language)
    gates = [
        frozenset(block.get("required_keywords") or ())
        for intent in shipped["intents"].values()
        for block in intent["data"]
    ]
    assert gates
    assert all(gates), "a block without required_keywords"
    assert len(set(gates)) == 1, "blocks gated by different words"


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_question_passes_the_gate(language: str) -> None:
    """No phrasing of any corpus lacks every word of the gate."""
    shipped = _shipped(language)
    gate = set(shipped["intents"]["EncoreTopItems"]["data"][0]["required_keywords"])
    skip_words = _skip_words(language, shipped)
    stopped = [
        text for text in _questions(language) if not _words(text, skip_words) & gate
    ]
    assert not stopped, f"{len(stopped)} questions the gate stops: {stopped[:20]}"


@pytest.mark.parametrize("language", ["en", "de"])
def test_most_commands_skip_encore(language: str) -> None:
    """Most of the held-out home commands hold none of the words."""
    shipped = _shipped(language)
    gate = set(shipped["intents"]["EncoreTopItems"]["data"][0]["required_keywords"])
    skip_words = _skip_words(language, shipped)
    commands = heldout_negatives(language)
    tried = [text for text in commands if _words(text, skip_words) & gate]
    assert len(tried) < len(commands) / 2, tried


def test_the_gate_is_the_word_lists() -> None:
    """Each sentence file's gate is what `scripts/gate` writes from its word list."""
    assert gate_script.main(["--check"]) == 0, "run scripts/gate"
    for language in ("en", "de"):
        shipped = _shipped(language)
        gate = shipped["intents"]["EncoreTopItems"]["data"][0]["required_keywords"]
        assert gate == gate_script.said(gate_script.words(language))


def test_a_word_added_reaches_every_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word added to the list is written, in each of its forms, into every block."""
    words = tmp_path / "words"
    sentences = tmp_path / "sentences"
    shutil.copytree(ROOT / "scripts/listening_words", words)
    sentences.mkdir()
    for language in ("en", "de"):
        shutil.copy(SHIPPED_DIR / f"{language}.yaml", sentences)
    with (words / "de.txt").open("a", encoding="utf-8") as file:
        file.write("# a comment is no word\nhör-größe\n")
    monkeypatch.setattr(gate_script, "WORDS", words)
    monkeypatch.setattr(gate_script, "SENTENCES", sentences)

    assert gate_script.main(["--check"]) == 1
    assert gate_script.main([]) == 0
    assert gate_script.main(["--check"]) == 0

    with (sentences / "de.yaml").open(encoding="utf-8") as file:
        written = yaml.safe_load(file)
    blocks = [
        block["required_keywords"]
        for intent in written["intents"].values()
        for block in intent["data"]
    ]
    assert {"hör-größe", "Hör-größe", "Hör-Größe", "HÖR-GRÖSSE"} <= set(blocks[0])
    assert "# a comment is no word" not in blocks[0]
    assert all(block == blocks[0] for block in blocks)
    # Only the gate changed: the sentences are the shipped file's.
    shipped = _shipped("de")
    assert [
        block["sentences"]
        for intent in written["intents"].values()
        for block in intent["data"]
    ] == [
        block["sentences"]
        for intent in shipped["intents"].values()
        for block in intent["data"]
    ]
    assert (sentences / "en.yaml").read_text(encoding="utf-8") == (
        SHIPPED_DIR / "en.yaml"
    ).read_text(encoding="utf-8")
