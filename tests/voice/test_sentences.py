"""Installing Encore's Assist sentences into custom_sentences/, with consent."""

from collections.abc import AsyncGenerator
import hashlib
import logging
from pathlib import Path

from freezegun.api import FrozenDateTimeFactory
import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components import conversation
from homeassistant.config_entries import ConfigEntryDisabler, ConfigEntryState
from homeassistant.core import Context, HomeAssistant
from homeassistant.data_entry_flow import FlowResultType
from homeassistant.helpers import issue_registry as ir
from homeassistant.setup import async_setup_component

from custom_components.encore.const import (
    CONF_INSTALL_SENTENCES,
    CONF_KIND,
    CONF_MEDIA_PLAYERS,
    CONF_RETENTION_DAYS,
    DOMAIN,
    EntryKind,
)
from custom_components.encore.voice import sentences
from custom_components.encore.voice.sentences import (
    FileState,
    Outcome,
    classify,
    render,
    shipped_languages,
)

ACCOUNT = "ada_listener"
OLD_BODY = (
    "language: {language}\n"
    "intents:\n"
    "  EncoreTasteSummary:\n"
    "    data:\n"
    '      - sentences: ["an old encore sentence"]\n'
)
ASK = "who did I listen to most"


def shipped(language: str) -> str:
    """The sentence file Encore ships for a language."""
    return shipped_languages()[language].read_text(encoding="utf-8")


def installed_path(config_dir: Path, language: str) -> Path:
    """Where the built-in agent reads a language's Encore sentences."""
    return config_dir / "custom_sentences" / language / "encore.yaml"


@pytest.fixture
def config_dir(hass: HomeAssistant, tmp_path: Path) -> Path:
    """A configuration folder of this test's own (the default one is shared).

    `conversation.reload` reads configuration.yaml, as in every real one.
    """
    (tmp_path / "configuration.yaml").write_text("", encoding="utf-8")
    hass.config.config_dir = str(tmp_path)
    return tmp_path


def history_entry(hass: HomeAssistant, *, install: bool) -> MockConfigEntry:
    """The history entry with the consent option, and an account beside it."""
    entry = MockConfigEntry(
        domain=DOMAIN,
        unique_id="history",
        data={CONF_KIND: EntryKind.HISTORY},
        options={CONF_INSTALL_SENTENCES: install},
    )
    entry.add_to_hass(hass)
    MockConfigEntry(
        domain=DOMAIN,
        unique_id=ACCOUNT,
        title="Ada",
        data={CONF_KIND: EntryKind.SPOTIFY},
        disabled_by=ConfigEntryDisabler.USER,
    ).add_to_hass(hass)
    return entry


@pytest.fixture
async def setup_history(
    hass: HomeAssistant, freezer: FrozenDateTimeFactory, config_dir: Path
) -> AsyncGenerator[list[MockConfigEntry]]:
    """Entries set up by the test; unloaded at its end."""
    freezer.move_to("2026-11-20T12:00:00+00:00")
    entries: list[MockConfigEntry] = []
    yield entries
    for entry in entries:
        if entry.state is ConfigEntryState.LOADED:
            await hass.config_entries.async_unload(entry.entry_id)
    await hass.async_block_till_done()


async def load(
    hass: HomeAssistant, entries: list[MockConfigEntry], *, install: bool
) -> MockConfigEntry:
    """Add and set up the history entry; wait for the sentence sync."""
    entry = history_entry(hass, install=install)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    entries.append(entry)
    return entry


async def intent_of(hass: HomeAssistant, text: str) -> str | None:
    """The intent the built-in agent matches a sentence to."""
    result = await conversation.async_converse(
        hass, text, None, Context(), language="en"
    )
    response_intent = result.response.intent
    return response_intent.intent_type if response_intent else None


def test_classify_tells_encore_files_from_edited_and_foreign() -> None:
    """Only a file whose body still matches its header is Encore's to change."""
    body = shipped("en")
    assert classify(None, body) is FileState.MISSING
    assert classify(render(body), body) is FileState.CURRENT
    assert classify(render("language: en\n"), body) is FileState.OUTDATED
    assert classify(render(body) + "# mine\n", body) is FileState.EDITED
    header_edited = render(body).replace("Installed by", "Put here by", 1)
    assert classify(header_edited, body) is FileState.EDITED
    # An older version's note, worded differently: still Encore's, outdated.
    rest = "# Installed by Encore 0.1.\n" + OLD_BODY.format(language="en")
    digest = hashlib.sha256(rest.encode()).hexdigest()
    older = f"# Encore Assist sentences, sha256:{digest}\n{rest}"
    assert classify(older, body) is FileState.OUTDATED
    assert classify("language: en\nintents: {}\n", body) is FileState.FOREIGN
    assert classify("", body) is FileState.FOREIGN


async def test_fresh_install_reaches_the_agent(
    hass: HomeAssistant, setup_history: list[MockConfigEntry], config_dir: Path
) -> None:
    """With consent each language's file is installed and the agent reloads."""
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    assert await async_setup_component(hass, "intent", {})
    # The agent has loaded (and cached) English without Encore's sentences.
    assert await intent_of(hass, ASK) is None

    await load(hass, setup_history, install=True)

    assert set(shipped_languages()) == {"en", "de"}
    for language in shipped_languages():
        path = installed_path(config_dir, language)
        assert path.read_text(encoding="utf-8") == render(shipped(language))
    # Reloaded: the cached sentences were dropped and the new file read.
    assert await intent_of(hass, ASK) == "EncoreTopItems"
    assert not ir.async_get(hass).issues


async def test_no_consent_installs_nothing(
    hass: HomeAssistant, setup_history: list[MockConfigEntry], config_dir: Path
) -> None:
    """Without the option the configuration folder is left alone."""
    await load(hass, setup_history, install=False)
    assert not (config_dir / "custom_sentences").exists()


async def test_upgrade_replaces_an_untouched_file(
    hass: HomeAssistant, setup_history: list[MockConfigEntry], config_dir: Path
) -> None:
    """A file Encore wrote for older sentences is replaced by the shipped ones."""
    path = installed_path(config_dir, "en")
    path.parent.mkdir(parents=True)
    path.write_text(render(OLD_BODY.format(language="en")), encoding="utf-8")

    await load(hass, setup_history, install=True)

    assert path.read_text(encoding="utf-8") == render(shipped("en"))
    assert not ir.async_get(hass).issues


async def test_upgrade_keeps_an_edited_file_and_says_so(
    hass: HomeAssistant,
    setup_history: list[MockConfigEntry],
    config_dir: Path,
) -> None:
    """An edited file is never overwritten; a repair issue explains why."""
    path = installed_path(config_dir, "en")
    path.parent.mkdir(parents=True)
    edited = render(OLD_BODY.format(language="en")) + '      - sentences: ["mine"]\n'
    path.write_text(edited, encoding="utf-8")

    await load(hass, setup_history, install=True)

    assert path.read_text(encoding="utf-8") == edited
    issue = ir.async_get(hass).async_get_issue(DOMAIN, "sentences_edited_en")
    assert issue is not None
    assert issue.translation_key == "sentences_edited"
    assert issue.severity is ir.IssueSeverity.WARNING
    assert issue.translation_placeholders == {"path": str(path), "language": "en"}
    # The other language still gets Encore's file.
    assert installed_path(config_dir, "de").read_text(encoding="utf-8") == render(
        shipped("de")
    )


async def test_a_foreign_file_is_left_alone(
    hass: HomeAssistant, setup_history: list[MockConfigEntry], config_dir: Path
) -> None:
    """A file named encore.yaml that Encore did not write is the user's."""
    path = installed_path(config_dir, "en")
    path.parent.mkdir(parents=True)
    path.write_text("language: en\nintents: {}\n", encoding="utf-8")

    entry = await load(hass, setup_history, install=True)

    assert path.read_text(encoding="utf-8") == "language: en\nintents: {}\n"
    registry = ir.async_get(hass)
    assert registry.async_get_issue(DOMAIN, "sentences_foreign_en") is not None

    await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()
    assert path.exists()
    assert registry.async_get_issue(DOMAIN, "sentences_foreign_en") is None


async def test_turning_the_option_off_removes_the_files(
    hass: HomeAssistant,
    setup_history: list[MockConfigEntry],
    config_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Off removes Encore's untouched files (and the folders it made)."""
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    assert await async_setup_component(hass, "intent", {})
    entry = await load(hass, setup_history, install=True)
    assert await intent_of(hass, ASK) == "EncoreTopItems"
    # The user edits the German file; it stays when the option goes off.
    german = installed_path(config_dir, "de")
    edited = german.read_text(encoding="utf-8") + "# meine Sätze\n"
    german.write_text(edited, encoding="utf-8")

    caplog.set_level(logging.WARNING)
    hass.config_entries.async_update_entry(
        entry, options={CONF_INSTALL_SENTENCES: False}
    )
    await hass.async_block_till_done()

    assert entry.state is ConfigEntryState.LOADED
    assert not installed_path(config_dir, "en").exists()
    assert not (config_dir / "custom_sentences" / "en").exists()
    assert german.read_text(encoding="utf-8") == edited
    assert "it was edited, so Encore does not remove it" in caplog.text
    # Not worth a repair once the user no longer wants the sentences.
    assert ir.async_get(hass).async_get_issue(DOMAIN, "sentences_edited_de") is None
    assert await intent_of(hass, ASK) is None


async def test_uninstall_removes_the_files(
    hass: HomeAssistant, setup_history: list[MockConfigEntry], config_dir: Path
) -> None:
    """Removing the history entry takes Encore's files with it."""
    entry = await load(hass, setup_history, install=True)
    for language in shipped_languages():
        assert installed_path(config_dir, language).exists()

    await hass.config_entries.async_remove(entry.entry_id)
    await hass.async_block_till_done()

    assert not (config_dir / "custom_sentences").exists()


async def test_sync_is_idempotent(
    hass: HomeAssistant, setup_history: list[MockConfigEntry], config_dir: Path
) -> None:
    """A second sync of current files writes nothing and reloads nothing."""
    await load(hass, setup_history, install=True)
    path = installed_path(config_dir, "en")
    before = path.stat().st_mtime_ns

    results = await sentences.async_sync_sentences(hass, True)

    assert {result.outcome for result in results} == {Outcome.UNCHANGED}
    assert not any(result.changed for result in results)
    assert path.stat().st_mtime_ns == before


async def test_consent_is_given_in_the_options_flow(
    hass: HomeAssistant, setup_history: list[MockConfigEntry], config_dir: Path
) -> None:
    """The user ticks the box in the history settings; the sentences answer."""
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    assert await async_setup_component(hass, "intent", {})
    entry = await load(hass, setup_history, install=False)
    assert not (config_dir / "custom_sentences").exists()
    assert await intent_of(hass, ASK) is None

    result = await hass.config_entries.options.async_init(entry.entry_id)
    assert result["type"] is FlowResultType.MENU
    result = await hass.config_entries.options.async_configure(
        result["flow_id"], {"next_step_id": "history"}
    )
    assert result["type"] is FlowResultType.FORM
    assert result["step_id"] == "history"
    result = await hass.config_entries.options.async_configure(
        result["flow_id"],
        {
            CONF_RETENTION_DAYS: 0,
            CONF_MEDIA_PLAYERS: [],
            CONF_INSTALL_SENTENCES: True,
        },
    )
    assert result["type"] is FlowResultType.CREATE_ENTRY
    await hass.async_block_till_done()

    assert entry.options[CONF_INSTALL_SENTENCES] is True
    for language in shipped_languages():
        assert installed_path(config_dir, language).read_text(
            encoding="utf-8"
        ) == render(shipped(language))
    assert await intent_of(hass, ASK) == "EncoreTopItems"
