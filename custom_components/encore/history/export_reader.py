"""Read a Spotify "Download your data" export into normalised play records.

`discover` finds the history files in a ZIP, a folder or a single JSON file;
`parse_file` turns one of them into `PlayRecord`s. Both are synchronous and
meant for a worker thread. Nothing here keeps the personal fields of the
export (IP address, user agent, username): they are never copied out of the
parsed JSON, which is dropped when `parse_file` returns.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
import hashlib
from operator import itemgetter
from pathlib import Path, PurePosixPath
import re
from typing import Any, Final
import zipfile

import orjson

from .models import PlayKind, PlayRecord, Source

__all__ = [
    "ExportBrokenZip",
    "ExportBudget",
    "ExportError",
    "ExportFile",
    "ExportFileError",
    "ExportFileTooLarge",
    "ExportFormat",
    "ExportLimits",
    "ExportNoHistory",
    "ExportNotFound",
    "ExportNotZip",
    "ExportTooLarge",
    "ExportTooManyRecords",
    "ExportTotalTooLarge",
    "ExportUnreadable",
    "ExportZipBomb",
    "ParsedFile",
    "discover",
    "parse_file",
]

_KIB: Final = 1024
_MIB: Final = 1024 * _KIB
_GIB: Final = 1024 * _MIB


# --- limits ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportLimits:
    """Upper bounds that keep a hostile or mistaken upload from exhausting memory."""

    max_zip_bytes: int = 2 * _GIB
    """Size of the ZIP file itself."""
    max_ratio: int = 100
    """Uncompressed / compressed size of one ZIP member (JSON packs ~10x)."""
    max_file_bytes: int = 256 * _MIB
    """Uncompressed size of one history file (Spotify's are ~13 MB)."""
    max_total_bytes: int = 8 * _GIB
    """Uncompressed size of all history files of one export together."""
    max_records: int = 5_000_000
    """Play records of one import, across all its files."""


DEFAULT_LIMITS: Final = ExportLimits()


@dataclass(slots=True)
class ExportBudget:
    """Running count of the records produced by one import, across its files."""

    records: int = 0


# --- errors --------------------------------------------------------------------


class ExportError(Exception):
    """An export cannot be imported; the message is translated for the user.

    `translation_key` is a key of `exceptions` in translations/en.json and
    `translation_placeholders` fill it. Placeholders hold file names, limits,
    row numbers and field names, never the content of a row.
    """

    def __init__(self, translation_key: str, placeholders: dict[str, str]) -> None:
        """Build the error from its translation key and placeholders."""
        super().__init__(translation_key, placeholders)
        self.translation_key = translation_key
        self.translation_placeholders = placeholders

    def __str__(self) -> str:
        """Describe the error for logs, in the same terms as the placeholders."""
        details = ", ".join(
            f"{key}={value}" for key, value in self.translation_placeholders.items()
        )
        return f"{self.translation_key} ({details})"


class ExportNotFound(ExportError):
    """The path given does not exist."""

    def __init__(self, file: str) -> None:
        """Initialize with the path as the user gave it."""
        super().__init__("export_not_found", {"file": file})
        self.file = file


class ExportUnreadable(ExportError):
    """The path exists but the operating system refuses to read it."""

    def __init__(self, file: str) -> None:
        """Initialize with the file's name."""
        super().__init__("export_unreadable", {"file": file})
        self.file = file


class ExportNotZip(ExportError):
    """The file is not a ZIP archive at all."""

    def __init__(self, file: str, translation_key: str = "export_not_zip") -> None:
        """Initialize with the file's name."""
        super().__init__(translation_key, {"file": file})
        self.file = file


class ExportBrokenZip(ExportNotZip):
    """The file looks like a ZIP archive but is truncated or corrupt."""

    def __init__(self, file: str) -> None:
        """Initialize with the archive's or the damaged member's name."""
        super().__init__(file, "export_broken_zip")


class ExportTooLarge(ExportError):
    """The ZIP file is larger than `ExportLimits.max_zip_bytes`."""

    def __init__(
        self, file: str, limit: int, translation_key: str = "export_too_large"
    ) -> None:
        """Initialize with the file's name and the limit in bytes."""
        super().__init__(translation_key, {"file": file, "limit": _format_bytes(limit)})
        self.file = file
        self.limit = limit


class ExportFileTooLarge(ExportTooLarge):
    """One history file unpacks to more than `ExportLimits.max_file_bytes`."""

    def __init__(self, file: str, limit: int) -> None:
        """Initialize with the history file's name and the limit in bytes."""
        super().__init__(file, limit, "export_file_too_large")


class ExportTotalTooLarge(ExportTooLarge):
    """The history files together unpack to more than `max_total_bytes`."""

    def __init__(self, file: str, limit: int) -> None:
        """Initialize with the export's name and the limit in bytes."""
        super().__init__(file, limit, "export_total_too_large")


class ExportZipBomb(ExportError):
    """A ZIP member unpacks to more than `max_ratio` times its packed size."""

    def __init__(self, file: str, limit: int) -> None:
        """Initialize with the member's name and the ratio limit."""
        super().__init__("export_zip_bomb", {"file": file, "limit": str(limit)})
        self.file = file
        self.limit = limit


class ExportNoHistory(ExportError):
    """The export holds no file this reader recognises as listening history."""

    def __init__(self, file: str) -> None:
        """Initialize with the export's name."""
        super().__init__("export_no_history", {"file": file})
        self.file = file


class ExportTooManyRecords(ExportError):
    """The import would produce more than `ExportLimits.max_records` records."""

    def __init__(self, file: str, limit: int) -> None:
        """Initialize with the file that crossed the limit and the limit."""
        super().__init__("export_too_many_records", {"file": file, "limit": str(limit)})
        self.file = file
        self.limit = limit


class ExportFileError(ExportError):
    """A history file is not what Spotify writes; nothing of it is returned.

    `row` is the 0-based index in the file's JSON array; the `row`
    placeholder counts from 1, as a person would.
    """

    def __init__(
        self,
        translation_key: str,
        file: str,
        row: int | None = None,
        field: str | None = None,
    ) -> None:
        """Initialize with the file's name and, when known, the row and field."""
        placeholders = {"file": file}
        if row is not None:
            placeholders["row"] = str(row + 1)
        if field is not None:
            placeholders["field"] = field
        super().__init__(translation_key, placeholders)
        self.file = file
        self.row = row
        self.field = field


def _format_bytes(size: int) -> str:
    """Write a byte count the way limits are usually stated: `256 MiB`."""
    for unit, name in ((_GIB, "GiB"), (_MIB, "MiB"), (_KIB, "KiB")):
        if size >= unit:
            return f"{size / unit:.1f}".removesuffix(".0") + f" {name}"
    return f"{size} B"


# --- discovery ---------------------------------------------------------------


class ExportFormat(StrEnum):
    """The kind of history file, from its name."""

    EXTENDED = "extended"
    EXTENDED_VIDEO = "extended_video"
    ACCOUNT_MUSIC = "account_music"
    ACCOUNT_PODCAST = "account_podcast"
    ACCOUNT_AUDIOBOOK = "account_audiobook"
    ACCOUNT_LEGACY = "account_legacy"


# Names as Spotify writes them. `endsong.json` without a number occurs in
# real exports too. Anything else (Playlist1.json, Userdata.json, the PDF,
# macOS `._` resource forks) is not listening history and is ignored.
_FILE_PATTERNS: Final = (
    (re.compile(r"Streaming_History_Audio_.*\.json"), ExportFormat.EXTENDED),
    (re.compile(r"endsong(?:_[0-9]+)?\.json"), ExportFormat.EXTENDED),
    (re.compile(r"Streaming_History_Video_.*\.json"), ExportFormat.EXTENDED_VIDEO),
    (re.compile(r"StreamingHistory_music_[0-9]+\.json"), ExportFormat.ACCOUNT_MUSIC),
    (
        re.compile(r"StreamingHistory_podcast_[0-9]+\.json"),
        ExportFormat.ACCOUNT_PODCAST,
    ),
    (
        re.compile(r"StreamingHistory_audiobook_[0-9]+\.json"),
        ExportFormat.ACCOUNT_AUDIOBOOK,
    ),
    (re.compile(r"StreamingHistory[0-9]+\.json"), ExportFormat.ACCOUNT_LEGACY),
)
_ZIP_MAGIC: Final = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# What zipfile raises for archives it cannot make sense of, besides BadZipFile:
# truncated or crafted headers end up in seek/read/decompress errors, and
# encrypted or unsupported members in RuntimeError/NotImplementedError.
_ZIP_ERRORS: Final = (
    zipfile.BadZipFile,
    EOFError,
    ValueError,
    OSError,
    RuntimeError,
    NotImplementedError,
)
_DIGITS: Final = re.compile(r"([0-9]+)")


def classify(name: str) -> ExportFormat | None:
    """Return the format of a history file from its base name, or None."""
    for pattern, export_format in _FILE_PATTERNS:
        if pattern.fullmatch(name):
            return export_format
    return None


def _sort_key(name: str) -> tuple[tuple[str | int, ...], str]:
    """Order names naturally, so `endsong_2.json` comes before `endsong_10.json`."""
    parts = _DIGITS.split(name)
    return (
        tuple(int(part) if index % 2 else part for index, part in enumerate(parts)),
        name,
    )


class ExportFile:
    """One history file of an export, read on demand.

    A ZIP member is read by opening the archive again, so an import holds one
    file in memory at a time. `fingerprint` (sha256 of the bytes) identifies
    the file's content, so an import can skip files it already has.
    """

    __slots__ = ("_fingerprint", "_index", "_limits", "_path", "format", "name", "size")

    def __init__(
        self,
        name: str,
        export_format: ExportFormat,
        size: int,
        path: Path,
        limits: ExportLimits,
        zip_index: int | None = None,
    ) -> None:
        """Describe a loose file at `path`, or member `zip_index` of the ZIP at `path`."""
        self.name = name
        """Path inside the ZIP, or relative to the folder given."""
        self.format = export_format
        self.size = size
        """Uncompressed size in bytes, as the ZIP directory or the file system says."""
        self._path = path
        self._index = zip_index
        self._limits = limits
        self._fingerprint: str | None = None

    def __repr__(self) -> str:
        """Show the name and format."""
        return f"ExportFile({self.name!r}, {self.format.value}, {self.size})"

    @property
    def fingerprint(self) -> str:
        """Sha256 hex digest of the file's bytes; reads the file if not read yet."""
        if self._fingerprint is None:
            self.read()
        assert self._fingerprint is not None
        return self._fingerprint

    def read(self) -> bytes:
        """Return the file's bytes, enforcing the size limits while reading."""
        data = self._read_zip_member() if self._index is not None else self._read_loose()
        self._fingerprint = hashlib.sha256(data).hexdigest()
        return data

    def _read_loose(self) -> bytes:
        limit = self._limits.max_file_bytes
        try:
            with self._path.open("rb") as handle:
                data = handle.read(limit + 1)
        except FileNotFoundError as err:
            raise ExportNotFound(self.name) from err
        except OSError as err:
            raise ExportUnreadable(self.name) from err
        if len(data) > limit:
            raise ExportFileTooLarge(self.name, limit)
        return data

    def _read_zip_member(self) -> bytes:
        limits = self._limits
        try:
            with zipfile.ZipFile(self._path) as archive:
                infos = archive.infolist()
                assert self._index is not None
                if self._index >= len(infos) or infos[self._index].filename != self.name:
                    # The archive changed since `discover` looked at it.
                    raise ExportBrokenZip(self.name)
                info = infos[self._index]
                _check_member(info, limits)
                # The directory's sizes were checked, but a crafted header can
                # lie: read at most one byte past what the limits allow.
                bound = min(limits.max_file_bytes, info.compress_size * limits.max_ratio)
                with archive.open(info) as handle:
                    data = handle.read(bound + 1)
        except ExportError:
            raise
        except FileNotFoundError as err:
            raise ExportNotFound(self._path.name) from err
        except PermissionError as err:
            raise ExportUnreadable(self._path.name) from err
        except _ZIP_ERRORS as err:
            raise ExportBrokenZip(self.name) from err
        if len(data) > limits.max_file_bytes:
            raise ExportFileTooLarge(self.name, limits.max_file_bytes)
        if len(data) > bound:
            raise ExportZipBomb(self.name, limits.max_ratio)
        return data


def _check_member(info: zipfile.ZipInfo, limits: ExportLimits) -> None:
    """Refuse a ZIP member whose directory entry promises too much data."""
    if info.file_size > limits.max_file_bytes:
        raise ExportFileTooLarge(info.filename, limits.max_file_bytes)
    if info.file_size > info.compress_size * limits.max_ratio:
        raise ExportZipBomb(info.filename, limits.max_ratio)


def discover(path: Path, limits: ExportLimits = DEFAULT_LIMITS) -> list[ExportFile]:
    """List the history files of an export, ordered by name.

    `path` is the ZIP as Spotify sends it, a folder holding the unpacked JSON
    files (searched recursively), or one JSON file. Files that are not
    listening history are ignored; size limits are checked before anything is
    decompressed.
    """
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists()
    except OSError as err:
        raise ExportUnreadable(path.name) from err
    if not exists:
        raise ExportNotFound(str(path))
    if is_dir:
        files = _discover_folder(path, limits)
    elif path.suffix.lower() == ".json":
        files = _discover_loose(path, limits)
    else:
        files = _discover_zip(path, limits)
    if not files:
        raise ExportNoHistory(path.name)
    files.sort(key=lambda file: _sort_key(file.name))
    return files


def _discover_loose(path: Path, limits: ExportLimits) -> list[ExportFile]:
    export_format = classify(path.name)
    if export_format is None:
        return []
    size = _stat_size(path, path.name)
    if size > limits.max_file_bytes:
        raise ExportFileTooLarge(path.name, limits.max_file_bytes)
    return [ExportFile(path.name, export_format, size, path, limits)]


def _discover_folder(folder: Path, limits: ExportLimits) -> list[ExportFile]:
    files: list[ExportFile] = []
    total = 0
    try:
        candidates = sorted(folder.rglob("*.json"))
    except OSError as err:
        raise ExportUnreadable(folder.name) from err
    for path in candidates:
        export_format = classify(path.name)
        if export_format is None:
            continue
        name = path.relative_to(folder).as_posix()
        if not path.is_file():
            continue
        size = _stat_size(path, name)
        if size > limits.max_file_bytes:
            raise ExportFileTooLarge(name, limits.max_file_bytes)
        total += size
        if total > limits.max_total_bytes:
            raise ExportTotalTooLarge(folder.name, limits.max_total_bytes)
        files.append(ExportFile(name, export_format, size, path, limits))
    return files


def _discover_zip(path: Path, limits: ExportLimits) -> list[ExportFile]:
    size = _stat_size(path, path.name)
    if size > limits.max_zip_bytes:
        raise ExportTooLarge(path.name, limits.max_zip_bytes)
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as err:
        raise ExportUnreadable(path.name) from err
    if magic not in _ZIP_MAGIC:
        raise ExportNotZip(path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except PermissionError as err:
        raise ExportUnreadable(path.name) from err
    except _ZIP_ERRORS as err:
        raise ExportBrokenZip(path.name) from err
    files: list[ExportFile] = []
    total = 0
    for index, info in enumerate(infos):
        if info.is_dir():
            continue
        member = PurePosixPath(info.filename)
        # macOS archivers add `__MACOSX/.../._name` copies of every file.
        if member.parts and member.parts[0] == "__MACOSX":
            continue
        export_format = classify(member.name)
        if export_format is None:
            continue
        _check_member(info, limits)
        # Only the members this reader decompresses count towards the total.
        total += info.file_size
        if total > limits.max_total_bytes:
            raise ExportTotalTooLarge(path.name, limits.max_total_bytes)
        files.append(
            ExportFile(info.filename, export_format, info.file_size, path, limits, index)
        )
    return files


def _stat_size(path: Path, name: str) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError as err:
        raise ExportNotFound(name) from err
    except OSError as err:
        raise ExportUnreadable(name) from err


# --- parsing -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """The records of one history file and what was left out."""

    name: str
    format: ExportFormat
    fingerprint: str
    """Sha256 hex digest of the file's bytes."""
    rows: int
    """Rows in the file, records and skipped together."""
    records: list[PlayRecord]
    skipped: dict[str, int] = field(default_factory=dict)
    """Rows not turned into records, by reason (`video`)."""


_SOURCE_KIND: Final = "spotify"
_MAX_MS_PLAYED: Final = 2**53 - 1
"""Any larger value is not a duration; it also keeps `ended_at - ms_played` exact."""
_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_MS: Final = timedelta(milliseconds=1)
_UTF8_BOM: Final = b"\xef\xbb\xbf"

# The part of a timestamp after the hour, mapped to its milliseconds. A
# timestamp is valid exactly when its hour prefix parses and its tail is a
# key here, so the tables validate and convert in one dictionary lookup.
_EXTENDED_TAIL_MS: Final[dict[str, int]] = {
    f"{minute:02d}:{second:02d}Z": (minute * 60 + second) * 1000
    for minute in range(60)
    for second in range(60)
}
_ACCOUNT_TAIL_MS: Final[dict[str, int]] = {
    f"{minute:02d}": minute * 60_000 for minute in range(60)
}


def _hour_ms(prefix: str, separator: str) -> int | None:
    """Milliseconds since the epoch of `YYYY-MM-DD?HH:`, or None if malformed."""
    if (
        len(prefix) != 14
        or prefix[4] != "-"
        or prefix[7] != "-"
        or prefix[10] != separator
        or prefix[13] != ":"
    ):
        return None
    year, month, day, hour = prefix[0:4], prefix[5:7], prefix[8:10], prefix[11:13]
    digits = year + month + day + hour
    # `int` accepts non-ASCII digits, signs and spaces: insist on 0-9.
    if not (digits.isascii() and digits.isdigit()):
        return None
    try:
        moment = datetime(int(year), int(month), int(day), int(hour), tzinfo=UTC)
    except ValueError:
        return None
    if moment < _EPOCH:
        return None
    return (moment - _EPOCH) // _ONE_MS


# Field checks, used when a row's combination of value types has not been
# seen in the file yet.
_STR: Final = "str"
_BOOL: Final = "bool"
_INT: Final = "int"
_TIME: Final = "time"

_EXTENDED_FIELDS: Final = (
    ("ts", _TIME),
    ("ms_played", _INT),
    ("master_metadata_track_name", _STR),
    ("master_metadata_album_artist_name", _STR),
    ("master_metadata_album_album_name", _STR),
    ("spotify_track_uri", _STR),
    ("episode_name", _STR),
    ("episode_show_name", _STR),
    ("spotify_episode_uri", _STR),
    ("platform", _STR),
    ("reason_start", _STR),
    ("reason_end", _STR),
    ("shuffle", _BOOL),
    ("skipped", _BOOL),
    ("offline", _BOOL),
    ("incognito_mode", _BOOL),
    ("audiobook_title", _STR),
    ("audiobook_uri", _STR),
    ("audiobook_chapter_uri", _STR),
    ("audiobook_chapter_title", _STR),
)
_EXTENDED_KEYS: Final = tuple(key for key, _ in _EXTENDED_FIELDS)
# Rows of endsong_*.json (before 2023) have no audiobook_* keys.
_EXTENDED_KEYS_OLD: Final = _EXTENDED_KEYS[:16]
_NO_AUDIOBOOK: Final = (None, None, None, None)
_REQUIRED: Final = frozenset({"ts", "ms_played", "endTime", "msPlayed"})

_ACCOUNT_KEYS: Final[dict[ExportFormat, tuple[str, str, str | None, PlayKind]]] = {
    # title, artist, album, kind. The legacy StreamingHistory<n>.json mixes
    # podcast episodes in with the music (artistName is then the show), with
    # nothing to tell them apart: they stay TRACK.
    ExportFormat.ACCOUNT_MUSIC: ("trackName", "artistName", None, PlayKind.TRACK),
    ExportFormat.ACCOUNT_LEGACY: ("trackName", "artistName", None, PlayKind.TRACK),
    ExportFormat.ACCOUNT_PODCAST: (
        "episodeName",
        "podcastName",
        None,
        PlayKind.EPISODE,
    ),
    ExportFormat.ACCOUNT_AUDIOBOOK: (
        "chapterName",
        "authorName",
        "audiobookName",
        PlayKind.AUDIOBOOK,
    ),
}


def _check_row(
    values: tuple[Any, ...],
    fields: tuple[tuple[str, str], ...],
    name: str,
    index: int,
) -> None:
    """Raise `ExportFileError` for the first field whose value has the wrong type."""
    for value, (key, check) in zip(values, fields, strict=True):
        if check in (_STR, _TIME):
            good = value.__class__ is str or (check == _STR and value is None)
        elif check == _BOOL:
            good = value is None or value.__class__ is bool
        else:
            good = value.__class__ is int and 0 <= value <= _MAX_MS_PLAYED
        if not good:
            raise ExportFileError("export_invalid_field", name, index, key)


def _lenient_values(
    row: dict[str, Any], keys: tuple[str, ...], name: str, index: int
) -> tuple[Any, ...]:
    """Read a row that lacks some keys: optional ones become None."""
    for key in keys:
        if key in _REQUIRED and key not in row:
            raise ExportFileError("export_invalid_field", name, index, key)
    return tuple(row.get(key) for key in keys)


def _parse_extended(rows: list[Any], name: str, account: str) -> list[PlayRecord]:
    """Map Extended streaming history rows; the whole list is validated."""
    first = rows[0] if rows else None
    old_schema = first.__class__ is dict and "audiobook_title" not in first
    get_values: Callable[[dict[str, Any]], tuple[Any, ...]] = itemgetter(
        *(_EXTENDED_KEYS_OLD if old_schema else _EXTENDED_KEYS)
    )
    fields = _EXTENDED_FIELDS
    seen_types: set[tuple[type, ...]] = set()
    hours: dict[str, int] = {}
    hours_get = hours.get
    tail_get = _EXTENDED_TAIL_MS.get
    max_ms = _MAX_MS_PLAYED
    no_audiobook = _NO_AUDIOBOOK
    new_record = tuple.__new__
    record_type = PlayRecord
    source = Source.EXPORT_EXTENDED
    source_kind = _SOURCE_KIND
    track_kind = PlayKind.TRACK
    episode_kind = PlayKind.EPISODE
    audiobook_kind = PlayKind.AUDIOBOOK
    other_kind = PlayKind.OTHER
    records: list[PlayRecord] = []
    append = records.append
    index = 0
    for index, row in enumerate(rows):  # noqa: B007 - index names the failing row
        if row.__class__ is not dict:
            raise ExportFileError("export_row_not_object", name, index)
        try:
            values = get_values(row)
            if old_schema:
                values += no_audiobook
        except KeyError:
            values = _lenient_values(row, _EXTENDED_KEYS, name, index)
        types = tuple(map(type, values))
        if types not in seen_types:
            _check_row(values, fields, name, index)
            seen_types.add(types)
        (
            ts,
            ms_played,
            track,
            album_artist,
            album,
            track_uri,
            episode,
            show,
            episode_uri,
            platform,
            reason_start,
            reason_end,
            shuffle,
            skipped,
            offline,
            incognito,
            book,
            book_uri,
            chapter_uri,
            chapter,
        ) = values
        hour = hours_get(ts[:14])
        if hour is None:
            hour = _hour_ms(ts[:14], "T")
            if hour is None:
                raise ExportFileError("export_invalid_field", name, index, "ts")
            hours[ts[:14]] = hour
        tail = tail_get(ts[14:])
        if tail is None:
            raise ExportFileError("export_invalid_field", name, index, "ts")
        if ms_played > max_ms or ms_played < 0:
            raise ExportFileError("export_invalid_field", name, index, "ms_played")
        if track_uri is not None or track is not None:
            kind = track_kind
            title = track
            artist = album_artist
            item_uri = track_uri
        elif episode_uri is not None or episode is not None:
            kind = episode_kind
            title = episode
            artist = show
            album = None
            item_uri = episode_uri
        elif (
            chapter_uri is not None
            or book_uri is not None
            or book is not None
            or chapter is not None
        ):
            kind = audiobook_kind
            title = chapter
            artist = None
            album = book
            item_uri = chapter_uri if chapter_uri is not None else book_uri
        else:
            # Every metadata field null: Spotify knows no more, keep the time.
            kind = other_kind
            title = None
            artist = album_artist
            item_uri = None
        append(
            new_record(
                record_type,
                (
                    account,
                    source,
                    hour + tail,
                    ms_played,
                    kind,
                    title,
                    artist,
                    album,
                    item_uri,
                    None,
                    None,
                    platform,
                    source_kind,
                    reason_start or None,
                    reason_end or None,
                    shuffle,
                    skipped,
                    offline,
                    incognito,
                    None,
                ),
            )
        )
    return records


def _parse_account(
    rows: list[Any], name: str, account: str, export_format: ExportFormat
) -> list[PlayRecord]:
    """Map Account data rows; the whole list is validated."""
    title_key, artist_key, album_key, kind = _ACCOUNT_KEYS[export_format]
    fields: tuple[tuple[str, str], ...] = (
        ("endTime", _TIME),
        ("msPlayed", _INT),
        (title_key, _STR),
        (artist_key, _STR),
    )
    if album_key is not None:
        fields += ((album_key, _STR),)
    keys = tuple(key for key, _ in fields)
    get_values: Callable[[dict[str, Any]], tuple[Any, ...]] = itemgetter(*keys)
    with_album = album_key is not None
    seen_types: set[tuple[type, ...]] = set()
    hours: dict[str, int] = {}
    hours_get = hours.get
    tail_get = _ACCOUNT_TAIL_MS.get
    max_ms = _MAX_MS_PLAYED
    new_record = tuple.__new__
    record_type = PlayRecord
    source = Source.EXPORT_ACCOUNT
    source_kind = _SOURCE_KIND
    records: list[PlayRecord] = []
    append = records.append
    album = None
    for index, row in enumerate(rows):
        if row.__class__ is not dict:
            raise ExportFileError("export_row_not_object", name, index)
        try:
            values = get_values(row)
        except KeyError:
            values = _lenient_values(row, keys, name, index)
        types = tuple(map(type, values))
        if types not in seen_types:
            _check_row(values, fields, name, index)
            seen_types.add(types)
        if with_album:
            end_time, ms_played, title, artist, album = values
        else:
            end_time, ms_played, title, artist = values
        hour = hours_get(end_time[:14])
        if hour is None:
            hour = _hour_ms(end_time[:14], " ")
            if hour is None:
                raise ExportFileError("export_invalid_field", name, index, "endTime")
            hours[end_time[:14]] = hour
        tail = tail_get(end_time[14:])
        if tail is None:
            raise ExportFileError("export_invalid_field", name, index, "endTime")
        if ms_played > max_ms or ms_played < 0:
            raise ExportFileError("export_invalid_field", name, index, "msPlayed")
        append(
            new_record(
                record_type,
                (
                    account,
                    source,
                    hour + tail,
                    ms_played,
                    kind,
                    title,
                    artist,
                    album,
                    None,
                    None,
                    None,
                    None,
                    source_kind,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                ),
            )
        )
    return records


def parse_file(
    file: ExportFile,
    account: str,
    limits: ExportLimits = DEFAULT_LIMITS,
    budget: ExportBudget | None = None,
) -> ParsedFile:
    """Read and validate one history file and turn its rows into records.

    `account` is the Spotify user id the records belong to. Pass the same
    `budget` for every file of one import so `limits.max_records` holds
    across files. Raises an `ExportError` (for content, `ExportFileError`
    naming the file, row and field) and then returns nothing of the file.
    """
    data = file.read()
    return parse_bytes(
        file.name, file.format, data, file.fingerprint, account, limits, budget
    )


def parse_bytes(
    name: str,
    export_format: ExportFormat,
    data: bytes,
    fingerprint: str,
    account: str,
    limits: ExportLimits = DEFAULT_LIMITS,
    budget: ExportBudget | None = None,
) -> ParsedFile:
    """Parse a history file's bytes already in memory; see `parse_file`."""
    # orjson rejects a byte-order mark; an editor that re-saved the file may
    # have added one.
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        rows = orjson.loads(data)
    except orjson.JSONDecodeError as err:
        raise ExportFileError("export_invalid_json", name) from err
    if rows.__class__ is not list:
        raise ExportFileError("export_not_a_list", name)
    if export_format is ExportFormat.EXTENDED_VIDEO:
        return ParsedFile(
            name, export_format, fingerprint, len(rows), [], {"video": len(rows)}
        )
    if budget is None:
        budget = ExportBudget()
    # Every row of an audio file becomes a record: check before building them.
    if budget.records + len(rows) > limits.max_records:
        raise ExportTooManyRecords(name, limits.max_records)
    if export_format is ExportFormat.EXTENDED:
        records = _parse_extended(rows, name, account)
    else:
        records = _parse_account(rows, name, account, export_format)
    budget.records += len(records)
    return ParsedFile(name, export_format, fingerprint, len(rows), records, {})
