"""Read a Spotify "Download your data" export into normalised play records.

`discover` finds the history files in a ZIP, a folder or a single JSON file;
`parse_file` turns one of them into `PlayRecord`s. Both are synchronous and
meant for a worker thread. Nothing here keeps the personal fields of the
export (IP address, user agent, username): they are never copied out of the
parsed JSON, which is dropped when `parse_file` returns.
"""

from collections.abc import Container, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
import hashlib
import lzma
from pathlib import Path, PurePosixPath
import re
from typing import Any, Final
import weakref
import zipfile
import zlib

import orjson

from ...models import PlayColumns, PlayRecord
from .errors import (
    ExportBrokenZipError,
    ExportError,
    ExportFileError,
    ExportFileTooLargeError,
    ExportLinkOutsideError,
    ExportNoHistoryError,
    ExportNotFoundError,
    ExportNotZipError,
    ExportTooLargeError,
    ExportTooManyRecordsError,
    ExportTooManyRowsError,
    ExportTotalTooLargeError,
    ExportUnreadableError,
    ExportZipBombError,
)
from .fast import decode_extended, json_pieces
from .rows import ExportFileFormat, normalize

try:
    from compression.zstd import ZstdError

    _ZSTD_ERRORS: tuple[type[Exception], ...] = (ZstdError,)
except ImportError:  # pragma: no cover - a Python built without zstd
    _ZSTD_ERRORS = ()

__all__ = [
    "ExportBrokenZipError",
    "ExportBudget",
    "ExportError",
    "ExportFile",
    "ExportFileError",
    "ExportFileFormat",
    "ExportFileTooLargeError",
    "ExportLimits",
    "ExportLinkOutsideError",
    "ExportNoHistoryError",
    "ExportNotFoundError",
    "ExportNotZipError",
    "ExportTooLargeError",
    "ExportTooManyRecordsError",
    "ExportTooManyRowsError",
    "ExportTotalTooLargeError",
    "ExportUnreadableError",
    "ExportZipBombError",
    "ParsedFile",
    "classify",
    "discover",
    "parse_bytes",
    "parse_file",
    "sniff",
]

_KIB: Final = 1024
_MIB: Final = 1024 * _KIB
_GIB: Final = 1024 * _MIB
READ_PIECE: Final = 256 * _KIB
"""Bytes read (and unzipped) at a time. Unzipping lets go of the interpreter
lock, but gathering its output into one object holds it: a whole 11 MB file
at once held it 5-15 ms, and with two files read at a time Home Assistant's
event loop waited up to 25 ms (`scripts/bench import`, re-import). A piece
this size holds it well under a millisecond."""


# --- limits ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportLimits:
    """Upper bounds that keep a hostile or mistaken upload from exhausting memory."""

    max_zip_bytes: int = 2 * _GIB
    """Size of the ZIP file itself."""
    max_ratio: int = 100
    """Uncompressed / compressed size of one ZIP member (JSON packs ~10x)."""
    max_file_bytes: int = 64 * _MIB
    """Uncompressed size of one history file (Spotify's are 10 to 13 MB).

    With `max_file_rows` it bounds what one file costs while it is read: its
    bytes, one piece of decoded rows and the records (see `parse_bytes`).
    """
    max_file_rows: int = 200_000
    """Rows of one history file, counted before anything is decoded (Spotify's
    hold 15,000 to 20,000). Without it a file of empty objects (`[{},{},...]`)
    within the byte limit would decode into tens of millions of dicts."""
    max_total_bytes: int = 8 * _GIB
    """Uncompressed size of all history files of one export together."""
    max_records: int = 5_000_000
    """Play records of one import, across all its files."""


DEFAULT_LIMITS: Final = ExportLimits()


@dataclass(slots=True)
class ExportBudget:
    """Running count of the records produced by one import, across its files."""

    records: int = 0


# --- discovery ---------------------------------------------------------------


# Names as Spotify writes them. `endsong.json` without a number occurs in
# real exports too. Anything else (Playlist1.json, Userdata.json, the PDF,
# macOS `._` resource forks) is not listening history and is ignored.
_FILE_PATTERNS: Final = (
    (re.compile(r"Streaming_History_Audio_.*\.json"), ExportFileFormat.EXTENDED),
    (re.compile(r"endsong(?:_[0-9]+)?\.json"), ExportFileFormat.EXTENDED),
    (re.compile(r"Streaming_History_Video_.*\.json"), ExportFileFormat.EXTENDED_VIDEO),
    (
        re.compile(r"StreamingHistory_music_[0-9]+\.json"),
        ExportFileFormat.ACCOUNT_MUSIC,
    ),
    (
        re.compile(r"StreamingHistory_podcast_[0-9]+\.json"),
        ExportFileFormat.ACCOUNT_PODCAST,
    ),
    (
        re.compile(r"StreamingHistory_audiobook_[0-9]+\.json"),
        ExportFileFormat.ACCOUNT_AUDIOBOOK,
    ),
    (re.compile(r"StreamingHistory[0-9]+\.json"), ExportFileFormat.ACCOUNT_LEGACY),
)
_ZIP_MAGIC: Final = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# What zipfile raises for archives it cannot make sense of, besides BadZipFile:
# truncated or crafted headers end up in seek/read errors, damaged data in the
# decompressor's own error (bz2 raises OSError), and encrypted or unsupported
# members in RuntimeError/NotImplementedError.
_ZIP_ERRORS: Final[tuple[type[Exception], ...]] = (
    zipfile.BadZipFile,
    EOFError,
    ValueError,
    OSError,
    RuntimeError,
    NotImplementedError,
    zlib.error,
    lzma.LZMAError,
    *_ZSTD_ERRORS,
)
_DIGITS: Final = re.compile(r"([0-9]+)")


def classify(name: str) -> ExportFileFormat | None:
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


class _Archive:
    """One export ZIP, opened once and shared by the `ExportFile`s of its members.

    Opening a ZipFile reads its whole central directory: opening it again for
    every member made an archive of n entries cost n² (2,000 entries: 77 s).
    zipfile serialises reads of the shared handle itself, so members may be
    read from several threads. Closed when the last of its files is dropped.
    """

    __slots__ = ("__weakref__", "name", "zip")

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        """Share `archive`, opened from `path`."""
        self.name = path.name
        self.zip = archive
        weakref.finalize(self, archive.close)


class ExportFile:
    """One history file of an export, read on demand.

    A ZIP member is read from the archive `discover` opened, one file in
    memory at a time. `fingerprint` (sha256 of the bytes) identifies the
    file's content, so an import can skip files it already has.
    """

    __slots__ = (
        "_archive",
        "_fingerprint",
        "_info",
        "_limits",
        "_path",
        "format",
        "name",
        "size",
    )

    def __init__(
        self,
        name: str,
        export_format: ExportFileFormat,
        size: int,
        path: Path,
        *,
        limits: ExportLimits,
        member: tuple[_Archive, zipfile.ZipInfo] | None = None,
    ) -> None:
        """Describe a loose file at `path`, or `member` of the ZIP at `path`."""
        self.name = name
        """Path inside the ZIP, or relative to the folder given."""
        self.format = export_format
        self.size = size
        """Uncompressed size in bytes, as the ZIP directory or the file system says."""
        self._path = path
        self._archive: _Archive | None = None
        self._info: zipfile.ZipInfo | None = None
        if member is not None:
            self._archive, self._info = member
        self._limits = limits
        self._fingerprint: str | None = None

    def __repr__(self) -> str:
        """Show the name, format and size."""
        return f"ExportFile({self.name!r}, {self.format.value}, {self.size})"

    @property
    def fingerprint(self) -> str:
        """Sha256 hex digest of the file's bytes; reads the file if not read yet."""
        if self._fingerprint is not None:
            return self._fingerprint
        return self._load()[1]

    def read(self) -> bytes:
        """Return the file's bytes, enforcing the size limits while reading."""
        return b"".join(self._load()[0])

    def read_unless(self, fingerprints: Container[str]) -> bytes | None:
        """Return the file's bytes, or None if its fingerprint is one of these.

        A file imported before is only hashed: its pieces are never joined.
        """
        pieces, fingerprint = self._load()
        return None if fingerprint in fingerprints else b"".join(pieces)

    def _load(self) -> tuple[list[bytes], str]:
        """Read the file in pieces (`READ_PIECE`) and hash them."""
        if self._archive is None or self._info is None:
            pieces = self._read_loose()
        else:
            pieces = self._read_zip_member(self._archive, self._info)
        digest = hashlib.sha256()
        kept: list[bytes] = []
        for piece in pieces:
            digest.update(piece)
            kept.append(piece)
        fingerprint = self._fingerprint = digest.hexdigest()
        return kept, fingerprint

    def _read_loose(self) -> Iterator[bytes]:
        limit = self._limits.max_file_bytes
        read = 0
        try:
            with self._path.open("rb") as handle:
                while read <= limit and (
                    piece := handle.read(min(READ_PIECE, limit + 1 - read))
                ):
                    read += len(piece)
                    yield piece
        except FileNotFoundError as err:
            raise ExportNotFoundError(self.name) from err
        except OSError as err:
            raise ExportUnreadableError(self.name) from err
        if read > limit:
            raise ExportFileTooLargeError(self.name, limit)

    def _read_zip_member(
        self, archive: _Archive, info: zipfile.ZipInfo
    ) -> Iterator[bytes]:
        limits = self._limits
        _check_member(info, limits)
        # The directory's sizes were checked, but a crafted header can lie:
        # read at most one byte past what the limits allow.
        bound = min(limits.max_file_bytes, info.compress_size * limits.max_ratio)
        read = 0
        try:
            with archive.zip.open(info) as handle:
                while read <= bound and (
                    piece := handle.read(min(READ_PIECE, bound + 1 - read))
                ):
                    read += len(piece)
                    yield piece
        except PermissionError as err:
            raise ExportUnreadableError(archive.name) from err
        except _ZIP_ERRORS as err:
            raise ExportBrokenZipError(self.name) from err
        if read > limits.max_file_bytes:
            raise ExportFileTooLargeError(self.name, limits.max_file_bytes)
        if read > bound:
            raise ExportZipBombError(self.name, limits.max_ratio)


def _check_member(info: zipfile.ZipInfo, limits: ExportLimits) -> None:
    """Refuse a ZIP member whose directory entry promises too much data."""
    if info.file_size > limits.max_file_bytes:
        raise ExportFileTooLargeError(info.filename, limits.max_file_bytes)
    if info.file_size > info.compress_size * limits.max_ratio:
        raise ExportZipBombError(info.filename, limits.max_ratio)


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
        raise ExportUnreadableError(path.name) from err
    if not exists:
        raise ExportNotFoundError(str(path))
    if is_dir:
        files = _discover_folder(path, limits)
    elif path.suffix.lower() == ".json":
        files = _discover_loose(path, limits)
    else:
        files = _discover_zip(path, limits)
    if not files:
        raise ExportNoHistoryError(path.name)
    files.sort(key=lambda file: _sort_key(file.name))
    return files


_SNIFF_BYTES: Final = 64 * _KIB
_FIRST_OBJECT: Final = re.compile(rb"\[\s*\{([^{}]*)\}")
_KEY: Final = re.compile(rb'"([A-Za-z_]+)"\s*:')


def sniff(path: Path) -> ExportFileFormat | None:
    """Return the format of a history file from the keys of its first row.

    For one JSON file given by itself whose name is not Spotify's: an upload
    (kept under a name of Encore's own) or a file the user renamed. Video
    rows carry the same keys as audio rows, so such a file reads as audio.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as err:
        raise ExportUnreadableError(path.name) from err
    head = head.removeprefix(_UTF8_BOM)
    first = _FIRST_OBJECT.match(head.lstrip())
    if first is None:
        return None
    keys = {key.decode() for key in _KEY.findall(first.group(1))}
    if {"ts", "ms_played"} <= keys:
        return ExportFileFormat.EXTENDED
    if not {"endTime", "msPlayed"} <= keys:
        return None
    if "podcastName" in keys:
        return ExportFileFormat.ACCOUNT_PODCAST
    if "audiobookName" in keys or "chapterName" in keys:
        return ExportFileFormat.ACCOUNT_AUDIOBOOK
    if "trackName" in keys:
        return ExportFileFormat.ACCOUNT_MUSIC
    return None


def _discover_loose(path: Path, limits: ExportLimits) -> list[ExportFile]:
    export_format = classify(path.name) or sniff(path)
    if export_format is None:
        return []
    size = _stat_size(path, path.name)
    if size > limits.max_file_bytes:
        raise ExportFileTooLargeError(path.name, limits.max_file_bytes)
    return [ExportFile(path.name, export_format, size, path, limits=limits)]


def _discover_folder(folder: Path, limits: ExportLimits) -> list[ExportFile]:
    files: list[ExportFile] = []
    total = 0
    try:
        candidates = sorted(folder.rglob("*.json"))
    except OSError as err:
        raise ExportUnreadableError(folder.name) from err
    try:
        root = folder.resolve(strict=True)
    except OSError as err:
        raise ExportUnreadableError(folder.name) from err
    for path in candidates:
        export_format = classify(path.name)
        if export_format is None:
            continue
        name = path.relative_to(folder).as_posix()
        if not path.is_file():
            continue
        # The folder was checked against Home Assistant's allowlist, not what
        # its links point to: a link may not lead Encore out of it.
        if not path.resolve().is_relative_to(root):
            raise ExportLinkOutsideError(name)
        size = _stat_size(path, name)
        if size > limits.max_file_bytes:
            raise ExportFileTooLargeError(name, limits.max_file_bytes)
        total += size
        if total > limits.max_total_bytes:
            raise ExportTotalTooLargeError(folder.name, limits.max_total_bytes)
        files.append(ExportFile(name, export_format, size, path, limits=limits))
    return files


def _discover_zip(path: Path, limits: ExportLimits) -> list[ExportFile]:
    size = _stat_size(path, path.name)
    if size > limits.max_zip_bytes:
        raise ExportTooLargeError(path.name, limits.max_zip_bytes)
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as err:
        raise ExportUnreadableError(path.name) from err
    if magic not in _ZIP_MAGIC:
        raise ExportNotZipError(path.name)
    try:
        # Kept open for the members and closed by _Archive.
        opened = zipfile.ZipFile(path)
    except PermissionError as err:
        raise ExportUnreadableError(path.name) from err
    except _ZIP_ERRORS as err:
        raise ExportBrokenZipError(path.name) from err
    archive = _Archive(path, opened)
    infos = opened.infolist()
    files: list[ExportFile] = []
    total = 0
    for info in infos:
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
            raise ExportTotalTooLargeError(path.name, limits.max_total_bytes)
        files.append(
            ExportFile(
                info.filename,
                export_format,
                info.file_size,
                path,
                limits=limits,
                member=(archive, info),
            )
        )
    return files


def _stat_size(path: Path, name: str) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError as err:
        raise ExportNotFoundError(name) from err
    except OSError as err:
        raise ExportUnreadableError(name) from err


# --- parsing -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParsedFile:
    """The records of one history file and what was left out."""

    name: str
    format: ExportFileFormat
    fingerprint: str
    """Sha256 hex digest of the file's bytes."""
    rows: int
    """Rows in the file, records and skipped together."""
    columns: PlayColumns
    skipped: dict[str, int] = field(default_factory=dict)
    """Rows not turned into records, by reason (`video`, `oversized`)."""
    truncated: int = 0
    """Records whose names were cut to `models.TEXT_CAPS`."""

    @property
    def records(self) -> list[PlayRecord]:
        """The records, one by one (made anew at every call)."""
        return self.columns.records()


_UTF8_BOM: Final = b"\xef\xbb\xbf"
_NOT_JSON: Final = object()


def parse_file(
    file: ExportFile,
    account: str,
    limits: ExportLimits = DEFAULT_LIMITS,
    budget: ExportBudget | None = None,
) -> ParsedFile:
    """Read and validate one history file and turn its rows into records.

    `account` is the Spotify user id the records belong to. Pass one `budget`
    to every file of an import so `limits.max_records` holds across files.
    Raises an `ExportError` (`ExportFileError`, naming the file, row and
    field, for content Spotify would not write); then nothing of the file
    is returned and the budget is unchanged.
    """
    data = file.read()
    return parse_bytes(
        file.name, file.format, data, file.fingerprint, account, limits, budget
    )


def _utf8_error(data: bytes, name: str) -> ExportFileError | None:
    """Return the error for a file that is no UTF-8 text, else None.

    Only called for a file that did not decode: JSON is UTF-8, and a file
    saved in another encoding (or cut inside a character) deserves a message
    that says so rather than "not JSON".
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return ExportFileError("import_not_utf8", name, byte=err.start)
    return None


class _CutInsideStringError(Exception):
    """A piece did not decode: the file must be decoded whole."""


def _rows_by_piece(data: bytes) -> Iterator[list[Any]]:
    """Yield the file's rows a piece at a time (`fast.json_pieces`).

    Raises `_CutInsideStringError` when a piece does not decode, which happens
    when a cut fell inside a string holding "},{"; the caller then decodes
    the whole file, so the outcome is always that of one call over it.
    """
    pieces = json_pieces(data)
    if pieces is None:
        raise _CutInsideStringError
    for piece in pieces:
        try:
            rows = orjson.loads(piece)
        except orjson.JSONDecodeError:
            raise _CutInsideStringError from None
        yield rows


def _whole_file_rows(data: bytes, name: str) -> list[Any]:
    """Decode the whole file at once (short files, or a cut inside a string)."""
    rows: Any = _NOT_JSON
    with suppress(orjson.JSONDecodeError):
        rows = orjson.loads(data)
    if rows is _NOT_JSON:
        # Raised outside the handler: the decoder's error holds the whole
        # document, personal fields included, and would stay attached as
        # context for as long as the caller keeps this error.
        raise _utf8_error(data, name) or ExportFileError("import_invalid_json", name)
    if rows.__class__ is not list:
        raise ExportFileError("import_not_a_list", name)
    return rows


def _map_rows(
    batches: Iterable[list[Any]],
    export_format: ExportFileFormat,
    name: str,
    account: str,
    room: int,
) -> tuple[int, list[PlayRecord]]:
    """Return the rows counted and the records of `batches` of decoded rows.

    Each batch becomes records before the next is decoded, so decoded rows
    (a dict each, the largest objects of an import) never pile up. More than
    `room` records stops with `ExportTooManyRecordsError`. A row that is not
    what Spotify writes is reported with its number in the whole file, once
    every batch has decoded: a file that is also no JSON says that instead.
    """
    audio = export_format is not ExportFileFormat.EXTENDED_VIDEO
    records: list[PlayRecord] = []
    invalid: ExportFileError | None = None
    rows = 0
    for batch in batches:
        if audio and invalid is None:
            try:
                records.extend(normalize(batch, export_format, name, account))
            except ExportFileError as err:
                invalid = err
                if err.row is not None:
                    invalid = ExportFileError(
                        err.translation_key, name, rows + err.row, err.field
                    )
                records.clear()
        rows += len(batch)
        if len(records) > room:
            raise ExportTooManyRecordsError(name, room)
    if invalid is not None:
        raise invalid
    return rows, records


def parse_bytes(  # noqa: PLR0917 - the importer passes everything positionally
    name: str,
    export_format: ExportFileFormat,
    data: bytes,
    fingerprint: str,
    account: str,
    limits: ExportLimits = DEFAULT_LIMITS,
    budget: ExportBudget | None = None,
) -> ParsedFile:
    """Parse a history file's bytes already in memory; see `parse_file`."""
    # orjson refuses a byte-order mark, which an editor that re-saved the
    # file may have added.
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    if budget is None:
        budget = ExportBudget()
    # Every row is an object: counting its opening braces (in C, no decoding)
    # bounds the rows from above before a single one is decoded.
    if data.count(b"{") > limits.max_file_rows:
        raise ExportTooManyRowsError(name, limits.max_file_rows)
    if export_format is ExportFileFormat.EXTENDED:
        fast = decode_extended(data, account)
        if fast is not None:
            if budget.records + fast.size > limits.max_records:
                raise ExportTooManyRecordsError(name, limits.max_records)
            budget.records += fast.size
            # Within the caps already (`fast._ExtendedRow`): one C pass
            # per column fewer, a tenth of the fast path's time.
            return ParsedFile(name, export_format, fingerprint, fast.size, fast)
    room = limits.max_records - budget.records
    try:
        rows, records = _map_rows(
            _rows_by_piece(data), export_format, name, account, room
        )
    except _CutInsideStringError:
        whole = True
    else:
        whole = False
    if whole:
        # Outside the handler, so that no error raised here carries it along.
        rows, records = _map_rows(
            (_whole_file_rows(data, name),), export_format, name, account, room
        )
    if export_format is ExportFileFormat.EXTENDED_VIDEO:
        # Music videos and video podcasts: not listening history here.
        return ParsedFile(
            name, export_format, fingerprint, rows, PlayColumns.empty(), {"video": rows}
        )
    budget.records += len(records)
    return _capped(name, export_format, fingerprint, rows, PlayColumns.of(records))


def _capped(
    name: str,
    export_format: ExportFileFormat,
    fingerprint: str,
    rows: int,
    columns: PlayColumns,
) -> ParsedFile:
    """Return the file's records within the stored fields' caps, saying how many."""
    columns, truncated, refused = columns.capped()
    return ParsedFile(
        name,
        export_format,
        fingerprint,
        rows,
        columns,
        {"oversized": refused} if refused else {},
        truncated,
    )
