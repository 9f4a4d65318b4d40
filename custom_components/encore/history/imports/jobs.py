"""Run an import the way a user sees it: progress and a report as a notification."""

from collections.abc import Awaitable, Callable
from pathlib import Path
import time
from typing import Any

from homeassistant.components import persistent_notification
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.dispatcher import async_dispatcher_send
from homeassistant.helpers.translation import async_get_translations
from homeassistant.util import slugify

from ...const import DOMAIN, LOGGER
from ...scrobbling.endpoints import scrobbling_endpoints
from ...scrobbling.export import is_listenbrainz_export
from ...scrobbling.lastfm import LastfmClient
from ...scrobbling.listenbrainz import ListenBrainzClient
from ...scrobbling.pace import Pacer
from ..manager import SIGNAL_HISTORY_CHANGED, HistoryChange, async_get_manager
from .importer import ImportProgress, ImportReport, async_import_export
from .scrobbles import (
    ScrobbleReport,
    async_import_lastfm,
    async_import_listenbrainz,
    async_import_listenbrainz_export,
)

type AnyReport = ImportReport | ScrobbleReport
type Runner = Callable[[Callable[[ImportProgress], None]], Awaitable[AnyReport]]

# Rewriting the notification more often would only make the frontend busy.
PROGRESS_EVERY = 2.0
SIGNAL_IMPORT_PROGRESS = f"{DOMAIN}_import_progress"
"""An import moved on or ended: (account, plain data) for the listening page."""


def notification_id(account: str) -> str:
    """One notification per account's import."""
    return f"{DOMAIN}_import_{slugify(account)}"


async def _async_text(
    hass: HomeAssistant, key: str, placeholders: dict[str, str]
) -> str:
    """Return a text of the `exceptions` table, in the user's language."""
    translations = await async_get_translations(
        hass, hass.config.language, "exceptions", [DOMAIN]
    )
    message = translations.get(f"component.{DOMAIN}.exceptions.{key}.message", key)
    try:
        return message.format(**placeholders)
    except KeyError:
        return message


async def async_run_import(
    hass: HomeAssistant,
    account: str,
    account_name: str,
    path: Path,
    *,
    delete_after: bool = False,
) -> AnyReport:
    """Import `path` for `account`, keeping the user informed.

    A ListenBrainz export ZIP is told from a Spotify export by its files.
    """
    manager = async_get_manager(hass)
    runner: Runner
    if await hass.async_add_executor_job(is_listenbrainz_export, path):

        def runner(progress: Callable[[ImportProgress], None]) -> Awaitable[AnyReport]:
            return async_import_listenbrainz_export(
                hass, manager, account, path, on_progress=progress
            )
    else:

        def runner(progress: Callable[[ImportProgress], None]) -> Awaitable[AnyReport]:
            return async_import_export(
                hass, manager, account, path, on_progress=progress
            )

    try:
        return await async_run_tracked(hass, account, account_name, path.name, runner)
    finally:
        if delete_after:
            await hass.async_add_executor_job(_unlink, path)


async def async_run_tracked(
    hass: HomeAssistant,
    account: str,
    account_name: str,
    name: str,
    runner: Runner,
) -> AnyReport:
    """Run an import, with its notification and the Import view's progress."""
    note_id = notification_id(account)
    title = await _async_text(hass, "import_title", {"account": account_name})
    progress_text = await _async_text(hass, "import_progress", {})
    last_shown = 0.0

    def show_progress(progress: ImportProgress) -> None:
        nonlocal last_shown
        now = time.monotonic()
        if now - last_shown < PROGRESS_EVERY and progress.percent < 100:
            return
        last_shown = now
        eta = progress.eta_seconds
        text = progress_text.format(
            file=progress.name,
            percent=progress.percent,
            rows=f"{progress.rows:,}",
            eta="?" if eta is None else str(eta),
        )
        persistent_notification.async_create(hass, text, title, note_id)
        async_dispatcher_send(
            hass,
            SIGNAL_IMPORT_PROGRESS,
            account,
            {
                "status": "running",
                "file": progress.name,
                "percent": progress.percent,
                "rows": progress.rows,
                "eta": eta,
            },
        )

    persistent_notification.async_create(
        hass,
        progress_text.format(file=name, percent=0, rows="0", eta="?"),
        title,
        note_id,
    )
    try:
        report = await runner(show_progress)
    except HomeAssistantError as err:
        await _async_say_failed(
            hass,
            account,
            (title, note_id),
            str(err),
            {
                "status": "failed",
                "error": str(err),
                # The page says it in its user's language, not the server's.
                "translation_key": err.translation_key,
                "translation_placeholders": err.translation_placeholders,
            },
        )
        raise
    except Exception:
        # Not the export's fault: still, the notification must not stay at
        # its last percentage, as if the import were still running.
        await _async_say_failed(
            hass,
            account,
            (title, note_id),
            await _async_text(hass, "import_unexpected", {}),
            None,
        )
        raise
    async_dispatcher_send(hass, SIGNAL_HISTORY_CHANGED, HistoryChange(account))
    async_dispatcher_send(hass, SIGNAL_IMPORT_PROGRESS, account, report.as_dict())
    persistent_notification.async_create(
        hass, await _async_report_text(hass, name, report), title, note_id
    )
    return report


async def _async_say_failed(
    hass: HomeAssistant,
    account: str,
    note: tuple[str, str],
    error: str,
    event: dict[str, Any] | None,
) -> None:
    """Say an import failed: notification, and the Import view when `event`.

    Whatever was stored before the error stays: sensors and statistics catch
    up with it.
    """
    async_dispatcher_send(hass, SIGNAL_HISTORY_CHANGED, HistoryChange(account))
    title, note_id = note
    persistent_notification.async_create(
        hass,
        await _async_text(hass, "import_failed", {"error": error}),
        title,
        note_id,
    )
    if event is not None:
        async_dispatcher_send(hass, SIGNAL_IMPORT_PROGRESS, account, event)


async def _async_report_text(hass: HomeAssistant, file: str, report: AnyReport) -> str:
    """Say how an import ended: new plays, a file seen before, or nothing readable.

    Only what happened is said: no "Rows left out: -" when none were.
    """
    counts = report.counts()
    if isinstance(report, ScrobbleReport):
        parts = [
            await _async_text(
                hass,
                "scrobble_import_report",
                {
                    "file": file,
                    "imported": f"{counts['imported']:,}",
                    "joined": f"{counts['joined']:,}",
                    "new_songs": f"{counts['new_songs']:,}",
                    "held": f"{counts['already_held']:,}",
                },
            )
        ]
        if counts["skipped"]:
            skipped = ", ".join(
                f"{reason}: {count:,}"
                for reason, count in sorted(counts["skipped"].items())
            )
            parts.append(
                await _async_text(hass, "import_report_left_out", {"skipped": skipped})
            )
        return " ".join(parts)
    if counts["files"] and counts["files_already_imported"] == counts["files"]:
        return await _async_text(
            hass,
            "import_report_again",
            {"file": file, "already": f"{counts['files_already_imported']:,}"},
        )
    failed = "; ".join(
        f"{item['name']}: {item['error']}" for item in report.as_dict()["failed_files"]
    )
    if counts["files"] and counts["files_failed"] == counts["files"]:
        return await _async_text(
            hass, "import_report_nothing", {"file": file, "failed": failed}
        )
    left_out = dict(counts["skipped"])
    if counts["truncated"]:
        # Not left out, but not stored as they came either: said in the same place.
        left_out["truncated"] = counts["truncated"]
    parts = [
        await _async_text(
            hass,
            "import_report",
            {
                "file": file,
                "imported": f"{counts['imported']:,}",
                "duplicates": f"{counts['duplicates']:,}",
                "replaced": f"{counts['replaced']:,}",
                "already": str(counts["files_already_imported"]),
            },
        )
    ]
    if left_out:
        skipped = ", ".join(
            f"{reason}: {count:,}" for reason, count in sorted(left_out.items())
        )
        parts.append(
            await _async_text(hass, "import_report_left_out", {"skipped": skipped})
        )
    if failed:
        parts.append(
            await _async_text(hass, "import_report_unreadable", {"failed": failed})
        )
    return " ".join(parts)


def _unlink(path: Path) -> None:
    path.unlink(missing_ok=True)


async def async_run_lastfm_import(
    hass: HomeAssistant, account: str, account_name: str, user: str, api_key: str
) -> AnyReport:
    """Import a Last.fm user's scrobbles through the API, keeping the user informed."""
    manager = async_get_manager(hass)
    endpoints = scrobbling_endpoints(hass)
    client = LastfmClient(
        async_get_clientsession(hass),
        api_key,
        url=endpoints.lastfm_api,
        pacer=Pacer(interval=endpoints.interval),
    )

    def runner(progress: Callable[[ImportProgress], None]) -> Awaitable[AnyReport]:
        return async_import_lastfm(manager, account, client, user, on_progress=progress)

    return await async_run_tracked(
        hass, account, account_name, f"Last.fm: {user}", runner
    )


async def async_run_listenbrainz_import(
    hass: HomeAssistant, account: str, account_name: str, user: str
) -> AnyReport:
    """Import a ListenBrainz user's listens through the API, keeping the user informed."""
    manager = async_get_manager(hass)
    endpoints = scrobbling_endpoints(hass)
    client = ListenBrainzClient(
        async_get_clientsession(hass),
        root=endpoints.listenbrainz_api,
        pacer=Pacer(interval=endpoints.interval),
    )

    def runner(progress: Callable[[ImportProgress], None]) -> Awaitable[AnyReport]:
        return async_import_listenbrainz(
            manager, account, client, user, on_progress=progress
        )

    return await async_run_tracked(
        hass, account, account_name, f"ListenBrainz: {user}", runner
    )


async def async_scrobble_import_in_background(
    hass: HomeAssistant, run: Awaitable[AnyReport]
) -> None:
    """Run an API import started by a flow; the notification tells how it went."""
    try:
        await run
    except HomeAssistantError as err:
        # The service or the user's names, not Encore, are at fault: the
        # notification and the page say so; the log keeps a note.
        LOGGER.info("Import of scrobbles failed: %s", err)
