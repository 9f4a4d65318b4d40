"""Install Encore's Assist sentences where the built-in agent finds them.

Home Assistant's default conversation agent has no way for an integration to
add sentences; it reads `<config>/custom_sentences/<language>/*.yaml`. With
the user's consent (an option of the history entry) Encore copies its shipped
sentence files there as `encore.yaml`.

Each installed file's first line carries the SHA-256 of the rest of the file.
A file whose rest still matches it is Encore's own, untouched: Encore replaces
it when a new version ships different sentences and removes it when the
option is turned off or the integration is removed. A file that does not
match was edited by the user and is never overwritten or deleted; a repair
issue says why it no longer follows Encore's updates. A file without that
first line is the user's own and is never touched either. (No separate store
of hashes: the file carries its own, so a restored backup still works.)
"""

import asyncio
from dataclasses import dataclass
from enum import StrEnum
import hashlib
from pathlib import Path

from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers import issue_registry as ir
from homeassistant.util.hass_dict import HassKey

from ..const import DOMAIN, LOGGER

SHIPPED_DIR = Path(__file__).parent / "sentences"
INSTALLED_NAME = "encore.yaml"
# Further sentence sets, each installed as a file of its own beside it.
EXTRA_SETS: tuple[tuple[Path, str], ...] = (
    (SHIPPED_DIR / "spotify", "encore_spotify.yaml"),
    # The recap's sentences (issue 38).
    (SHIPPED_DIR / "recap", "encore_recap.yaml"),
    # Play from the history: "play my most played Daft Punk songs" (issue 39).
    (SHIPPED_DIR / "play", "encore_play.yaml"),
)
CONVERSATION_DOMAIN = "conversation"

_MARK = "# Encore Assist sentences, sha256:"
_NOTE = (
    "# Installed by the Encore integration: its listening history option\n"
    '# "Let the built-in Assist agent answer history questions" is on. Encore\n'
    "# updates this file when it is upgraded and removes it when the option is\n"
    "# turned off, unless you edit it: an edited file is kept and not updated.\n"
)
ISSUE_EDITED = "sentences_edited"
ISSUE_FOREIGN = "sentences_foreign"

DATA_LOCK: HassKey[asyncio.Lock] = HassKey(f"{DOMAIN}_sentences_lock")


class FileState(StrEnum):
    """What is at an install path."""

    MISSING = "missing"
    CURRENT = "current"
    """Encore's, untouched, the shipped version."""
    OUTDATED = "outdated"
    """Encore's, untouched, an older version."""
    EDITED = "edited"
    """Encore's header, but the user changed the body."""
    FOREIGN = "foreign"
    """No Encore header: the user's own file."""


class Outcome(StrEnum):
    """What a sync did to one language's file."""

    INSTALLED = "installed"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REMOVED = "removed"
    KEPT_EDITED = "kept_edited"
    KEPT_FOREIGN = "kept_foreign"
    ABSENT = "absent"


@dataclass(frozen=True, slots=True)
class SyncResult:
    """One language's file after a sync."""

    language: str
    path: Path
    state: FileState
    """What was there before."""
    outcome: Outcome

    @property
    def changed(self) -> bool:
        """Whether the file was written or removed."""
        return self.outcome in (Outcome.INSTALLED, Outcome.UPDATED, Outcome.REMOVED)


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def render(shipped: str) -> str:
    """Return the installed file for a shipped sentence file.

    The first line carries the digest of everything after it (the note and
    the sentences), so a later version may word its note differently and
    still recognise the files earlier versions wrote.
    """
    rest = _NOTE + shipped
    return f"{_MARK}{_digest(rest)}\n{rest}"


def classify(installed: str | None, shipped: str) -> FileState:
    """Tell what an installed file is, compared to the shipped sentences."""
    if installed is None:
        return FileState.MISSING
    if not installed.startswith(_MARK):
        return FileState.FOREIGN
    first, _, rest = installed.partition("\n")
    if first.removeprefix(_MARK).strip() != _digest(rest):
        return FileState.EDITED
    return FileState.CURRENT if installed == render(shipped) else FileState.OUTDATED


def shipped_languages() -> dict[str, Path]:
    """Return the shipped sentence files by language. Reads the folder."""
    return {path.stem: path for path in sorted(SHIPPED_DIR.glob("*.yaml"))}


def shipped_files() -> list[tuple[str, Path, str]]:
    """(language, shipped file, installed name) of every sentence file. Reads folders."""
    files = [
        (language, path, INSTALLED_NAME)
        for language, path in shipped_languages().items()
    ]
    files.extend(
        (path.stem, path, name)
        for folder, name in EXTRA_SETS
        for path in sorted(folder.glob("*.yaml"))
    )
    return files


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def _write(path: Path, text: str) -> None:
    """Write through a temporary file: the agent never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def _remove(path: Path, root: Path) -> None:
    path.unlink(missing_ok=True)
    # Folders Encore may have made; rmdir refuses any that hold other files.
    for folder in (path.parent, root):
        try:
            folder.rmdir()
        except OSError:
            break


def sync_files(config_dir: Path, enabled: bool) -> list[SyncResult]:
    """Install, update or remove the sentence files. Blocking file I/O."""
    root = config_dir / "custom_sentences"
    results: list[SyncResult] = []
    for language, source, name in shipped_files():
        shipped = source.read_text(encoding="utf-8")
        path = root / language / name
        state = classify(_read(path), shipped)
        outcome = _decide(state, enabled)
        if outcome in (Outcome.INSTALLED, Outcome.UPDATED):
            _write(path, render(shipped))
        elif outcome is Outcome.REMOVED:
            _remove(path, root)
        results.append(SyncResult(language, path, state, outcome))
    return results


def _decide(state: FileState, enabled: bool) -> Outcome:
    if state is FileState.FOREIGN:
        return Outcome.KEPT_FOREIGN
    if state is FileState.EDITED:
        return Outcome.KEPT_EDITED
    if not enabled:
        return Outcome.ABSENT if state is FileState.MISSING else Outcome.REMOVED
    return {
        FileState.MISSING: Outcome.INSTALLED,
        FileState.OUTDATED: Outcome.UPDATED,
    }.get(state, Outcome.UNCHANGED)


async def async_sync_sentences(hass: HomeAssistant, enabled: bool) -> list[SyncResult]:
    """Bring the installed sentence files in line with the option.

    Reloads the conversation agent's sentences when a file changed.
    """
    lock = hass.data.setdefault(DATA_LOCK, asyncio.Lock())
    async with lock:
        results = await hass.async_add_executor_job(
            sync_files, Path(hass.config.config_dir), enabled
        )
        _async_report(hass, results, enabled)
        if any(result.changed for result in results):
            await _async_reload_conversation(hass)
    return results


async def async_remove_sentences(hass: HomeAssistant) -> list[SyncResult]:
    """Remove the files Encore installed and nobody edited (on uninstall)."""
    results = await async_sync_sentences(hass, False)
    for result in results:
        ir.async_delete_issue(hass, DOMAIN, f"{ISSUE_EDITED}_{_issue_key(result)}")
        ir.async_delete_issue(hass, DOMAIN, f"{ISSUE_FOREIGN}_{_issue_key(result)}")
    return results


def _issue_key(result: SyncResult) -> str:
    """Return the language, and the file's name for a further sentence set."""
    if result.path.name == INSTALLED_NAME:
        return result.language
    return f"{result.language}_{result.path.stem}"


@callback
def _async_report(
    hass: HomeAssistant, results: list[SyncResult], enabled: bool
) -> None:
    """Say why a file is not Encore's to change; clear that once it is."""
    for result in results:
        edited_id = f"{ISSUE_EDITED}_{_issue_key(result)}"
        foreign_id = f"{ISSUE_FOREIGN}_{_issue_key(result)}"
        placeholders = {"path": str(result.path), "language": result.language}
        if result.outcome is Outcome.KEPT_EDITED and enabled:
            # Only worth a repair while the user wants Encore's sentences:
            # the edited file no longer follows Encore's updates.
            ir.async_create_issue(
                hass,
                DOMAIN,
                edited_id,
                is_fixable=False,
                is_persistent=False,
                severity=ir.IssueSeverity.WARNING,
                translation_key=ISSUE_EDITED,
                translation_placeholders=placeholders,
            )
        else:
            ir.async_delete_issue(hass, DOMAIN, edited_id)
        if result.outcome is Outcome.KEPT_FOREIGN and enabled:
            ir.async_create_issue(
                hass,
                DOMAIN,
                foreign_id,
                is_fixable=False,
                is_persistent=False,
                severity=ir.IssueSeverity.WARNING,
                translation_key=ISSUE_FOREIGN,
                translation_placeholders=placeholders,
            )
        else:
            ir.async_delete_issue(hass, DOMAIN, foreign_id)
        if result.outcome is Outcome.KEPT_EDITED and not enabled:
            LOGGER.warning(
                "Kept %s: it was edited, so Encore does not remove it", result.path
            )
        elif result.changed:
            LOGGER.info("Assist sentences %s: %s", result.outcome, result.path)


async def _async_reload_conversation(hass: HomeAssistant) -> None:
    """Make the default agent read the sentence files again (all languages)."""
    if not hass.services.has_service(CONVERSATION_DOMAIN, "reload"):
        # Not loaded: it reads the files when it loads.
        return
    try:
        await hass.services.async_call(CONVERSATION_DOMAIN, "reload", {}, blocking=True)
    except HomeAssistantError as err:
        LOGGER.warning("Could not reload the Assist sentences: %s", err)
