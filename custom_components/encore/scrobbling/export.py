"""ListenBrainz's export: the ZIP a user downloads from their settings.

It holds `user.json`, `feedback.jsonl`, `pinned_recording.jsonl` and the
listens as JSON Lines, one file a month (`listens/<year>/<month>.jsonl`),
each line a listen shaped as the API gives it. Reading is blocking: run it
in the executor. Each month's file has a fingerprint (its SHA-256), so an
import cut short skips the months it already holds.
"""

from dataclasses import dataclass
import hashlib
from pathlib import Path
from typing import Final
import zipfile
import zlib

from .listenbrainz import scrobble_of_listen
from .models import Scrobble

MAX_MEMBER_BYTES: Final = 512 * 1024 * 1024
"""A month of listens is a few megabytes; more is not an export."""
MAX_LINE_BYTES: Final = 10_240 * 4
"""ListenBrainz keeps no listen over 10,240 bytes; a longer line is not one."""


class NotListenBrainzExportError(ValueError):
    """The file is no ListenBrainz export (or is damaged)."""


@dataclass(slots=True)
class ListensFile:
    """One month of an export's listens."""

    name: str
    size: int


@dataclass(slots=True)
class ParsedListens:
    """One month's listens, read."""

    name: str
    fingerprint: str
    scrobbles: list[Scrobble]
    unreadable: int = 0


def _is_listens(name: str) -> bool:
    parts = name.strip("/").split("/")
    return parts[-1].endswith(".jsonl") and (
        "listens" in parts[:-1] or parts[-1] == "listens.jsonl"
    )


def is_listenbrainz_export(path: Path) -> bool:
    """Tell a ListenBrainz export ZIP from anything else (a Spotify export)."""
    if not zipfile.is_zipfile(path):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except OSError, zipfile.BadZipFile:
        return False
    return any(_is_listens(name) for name in names) and not any(
        name.lower().endswith(".json") and "Streaming_History" in name for name in names
    )


def listens_files(path: Path) -> list[ListensFile]:
    """Return the export's files of listens, oldest month first."""
    try:
        with zipfile.ZipFile(path) as archive:
            found = [
                ListensFile(info.filename, info.file_size)
                for info in archive.infolist()
                if not info.is_dir() and _is_listens(info.filename)
            ]
    except (OSError, zipfile.BadZipFile) as err:
        raise NotListenBrainzExportError(str(err)) from err
    if not found:
        raise NotListenBrainzExportError("no listens in the archive")
    return sorted(found, key=lambda file: _month_order(file.name))


def _month_order(name: str) -> tuple[int, ...]:
    numbers = [
        int(part.removesuffix(".jsonl"))
        for part in name.split("/")
        if part.removesuffix(".jsonl").isdigit()
    ]
    return tuple(numbers) or (0,)


def read_listens(path: Path, file: ListensFile, skip: set[str]) -> ParsedListens | str:
    """Read one month's listens; its fingerprint alone if it is in `skip`."""
    if file.size > MAX_MEMBER_BYTES:
        raise NotListenBrainzExportError(f"{file.name} is too large")
    try:
        with zipfile.ZipFile(path) as archive:
            data = archive.read(file.name)
    except (OSError, EOFError, zipfile.BadZipFile, zlib.error) as err:
        # A damaged member: its packed bytes or its checksum are wrong.
        raise NotListenBrainzExportError(f"{file.name}: {err}") from err
    # Salted so a month's file can never be taken for a Spotify export file.
    fingerprint = hashlib.sha256(b"listenbrainz\x00" + data).hexdigest()
    if fingerprint in skip:
        return fingerprint
    parsed = ParsedListens(name=file.name, fingerprint=fingerprint, scrobbles=[])
    for line in data.splitlines():
        if not line.strip():
            continue
        scrobble = None if len(line) > MAX_LINE_BYTES else scrobble_of_listen(line)
        if scrobble is None:
            parsed.unreadable += 1
        else:
            parsed.scrobbles.append(scrobble)
    return parsed
