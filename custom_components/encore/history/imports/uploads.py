"""An export uploaded in the options flow: kept on disk, imported in the background."""

from contextlib import suppress
from pathlib import Path
import re
import shutil
from urllib.parse import unquote
import uuid

from homeassistant.components.file_upload import process_uploaded_file
from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError

from ...const import LOGGER
from .jobs import async_run_import

CONF_EXPORT_FILE = "export_file"
UPLOAD_DIR = ("encore", "imports")
_UNSAFE = re.compile(r"[^\w.\- ()]+")


def keep_upload(hass: HomeAssistant, file_id: str) -> Path:
    """Move an uploaded file out of the upload area, which empties it on return.

    Blocking: run in the executor. The copy lives in the configuration folder
    until its import ends.
    """
    with process_uploaded_file(hass, file_id) as uploaded:
        # A folder of its own keeps the name the user knows the file by: the
        # notification, the job and every error name it (never a temporary
        # name). Only a safe form of that name is used on disk.
        folder = Path(hass.config.path(*UPLOAD_DIR)) / uuid.uuid4().hex
        folder.mkdir(parents=True)
        target = folder / safe_upload_name(uploaded.name)
        shutil.move(uploaded, target)
    return target


def safe_upload_name(name: str) -> str:
    """Return the user's file name fit for a path: no folders, no odd characters.

    The suffix says how the file is read (.json, else a ZIP).
    """
    # Some clients send the name percent-encoded ("my%20export.zip").
    base = Path(unquote(name).replace("\\", "/")).name
    suffix = ".json" if base.lower().endswith(".json") else ".zip"
    if base.lower().endswith(suffix):
        base = base[: -len(suffix)]
    stem = _UNSAFE.sub("_", base).strip("._ ")[:100] or "export"
    return f"{stem}{suffix}"


def remove_leftover_uploads(hass: HomeAssistant) -> int:
    """Delete uploads an interrupted import left behind; returns how many.

    An import deletes its upload when it ends; a crash or a power cut in
    the middle leaves the raw export (IP addresses and all) in the
    configuration folder and its backups. Run when Home Assistant starts,
    before any import can. Blocking: run in the executor.
    """
    folder = Path(hass.config.path(*UPLOAD_DIR))
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.iterdir():
        if path.is_file() and path.suffix in (".zip", ".json"):
            path.unlink(missing_ok=True)
            removed += 1
        elif path.is_dir():
            # An upload's own folder (`keep_upload`).
            for upload in path.iterdir():
                if upload.is_file() and upload.suffix in (".zip", ".json"):
                    upload.unlink(missing_ok=True)
                    removed += 1
            with suppress(OSError):
                path.rmdir()
    if removed:
        LOGGER.info("Deleted %s export(s) left by an interrupted import", removed)
    return removed


async def async_import_in_background(
    hass: HomeAssistant, account: str, account_name: str, path: Path
) -> None:
    """Import an uploaded export; the notification already tells how it went."""
    try:
        await async_run_import(hass, account, account_name, path, delete_after=True)
    except HomeAssistantError as err:
        # The user's file, not Encore, is at fault: the notification and the
        # page say so; the log keeps a note, not a warning.
        LOGGER.info("Import of an uploaded export failed: %s", err)
    finally:
        await hass.async_add_executor_job(_remove_folder, path.parent)


def _remove_folder(folder: Path) -> None:
    """Remove an upload's own folder once its file is gone."""
    with suppress(OSError):
        folder.rmdir()
