"""Typed failures of a Spotify export import, each with a translation key."""

from typing import Final

_KIB: Final = 1024
_MIB: Final = 1024 * _KIB
_GIB: Final = 1024 * _MIB


def _format_bytes(size: int) -> str:
    """Write a byte count the way limits are usually stated: `256 MiB`."""
    for unit, name in ((_GIB, "GiB"), (_MIB, "MiB"), (_KIB, "KiB")):
        if size >= unit:
            return f"{size / unit:.1f}".removesuffix(".0") + f" {name}"
    return f"{size} B"


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


class ExportNotFoundError(ExportError):
    """The path given does not exist."""

    def __init__(self, file: str) -> None:
        """Initialize with the path as the user gave it."""
        super().__init__("import_not_found", {"file": file})
        self.file = file


class ExportUnreadableError(ExportError):
    """The path exists but the operating system refuses to read it."""

    def __init__(self, file: str) -> None:
        """Initialize with the file's name."""
        super().__init__("import_unreadable", {"file": file})
        self.file = file


class ExportNotZipError(ExportError):
    """The file is not a ZIP archive at all."""

    def __init__(self, file: str, translation_key: str = "import_not_zip") -> None:
        """Initialize with the file's name."""
        super().__init__(translation_key, {"file": file})
        self.file = file


class ExportBrokenZipError(ExportNotZipError):
    """The file looks like a ZIP archive but is truncated or corrupt."""

    def __init__(self, file: str) -> None:
        """Initialize with the archive's or the damaged member's name."""
        super().__init__(file, "import_broken_zip")


class ExportTooLargeError(ExportError):
    """The ZIP file is larger than `ExportLimits.max_zip_bytes`."""

    def __init__(
        self, file: str, limit: int, translation_key: str = "import_too_large"
    ) -> None:
        """Initialize with the file's name and the limit in bytes."""
        super().__init__(translation_key, {"file": file, "limit": _format_bytes(limit)})
        self.file = file
        self.limit = limit


class ExportFileTooLargeError(ExportTooLargeError):
    """One history file unpacks to more than `ExportLimits.max_file_bytes`."""

    def __init__(self, file: str, limit: int) -> None:
        """Initialize with the history file's name and the limit in bytes."""
        super().__init__(file, limit, "import_file_too_large")


class ExportTotalTooLargeError(ExportTooLargeError):
    """The history files together unpack to more than `max_total_bytes`."""

    def __init__(self, file: str, limit: int) -> None:
        """Initialize with the export's name and the limit in bytes."""
        super().__init__(file, limit, "import_total_too_large")


class ExportZipBombError(ExportError):
    """A ZIP member unpacks to more than `max_ratio` times its packed size."""

    def __init__(self, file: str, limit: int) -> None:
        """Initialize with the member's name and the ratio limit."""
        super().__init__("import_zip_bomb", {"file": file, "limit": str(limit)})
        self.file = file
        self.limit = limit


class ExportLinkOutsideError(ExportError):
    """A file in the folder is a link to a place outside it."""

    def __init__(self, file: str) -> None:
        """Initialize with the link's path inside the folder."""
        super().__init__("import_link_outside", {"file": file})
        self.file = file


class ExportNoHistoryError(ExportError):
    """The export holds no file this reader recognises as listening history."""

    def __init__(self, file: str) -> None:
        """Initialize with the export's name."""
        super().__init__("import_no_history", {"file": file})
        self.file = file


class ExportTooManyRecordsError(ExportError):
    """The import would produce more than `ExportLimits.max_records` records."""

    def __init__(self, file: str, limit: int) -> None:
        """Initialize with the file that crossed the limit and the limit."""
        super().__init__("import_too_many_records", {"file": file, "limit": str(limit)})
        self.file = file
        self.limit = limit


class ExportTooManyRowsError(ExportError):
    """One history file holds more rows than `ExportLimits.max_file_rows`."""

    def __init__(self, file: str, limit: int) -> None:
        """Initialize with the file's name and the limit."""
        super().__init__(
            "import_file_too_many_rows", {"file": file, "limit": f"{limit:,}"}
        )
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
        *,
        byte: int | None = None,
    ) -> None:
        """Initialize with the file's name and, when known, the row and field.

        `byte` is the 0-based offset of the first byte that is no UTF-8; the
        placeholder counts from 1.
        """
        placeholders = {"file": file}
        if row is not None:
            placeholders["row"] = str(row + 1)
        if field is not None:
            placeholders["field"] = field
        if byte is not None:
            placeholders["byte"] = f"{byte + 1:,}"
        super().__init__(translation_key, placeholders)
        self.file = file
        self.row = row
        self.field = field
