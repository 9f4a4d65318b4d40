"""A repair while the history's database refuses writes, gone once it takes them.

A full disk, a read-only file or a database held locked by another program
stops every play from being stored, and nothing else would tell the user: the
collectors only log. The repair says what the database answered and how to
get out, including when the disk is so full that deleting plays fails too.
"""

from enum import StrEnum
import sqlite3

from sqlalchemy.exc import DBAPIError

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir

from ...const import DOMAIN

ISSUE_ID = "history_not_writable"


class WriteRefusal(StrEnum):
    """Why the database took no write, as far as the user can act on it."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"


# SQLite's primary result codes (sqlite3 gives them as `sqlite_errorcode`).
_SQLITE_CODES = {
    sqlite3.SQLITE_FULL: WriteRefusal.DISK_FULL,
    sqlite3.SQLITE_READONLY: WriteRefusal.READ_ONLY,
    sqlite3.SQLITE_BUSY: WriteRefusal.LOCKED,
    sqlite3.SQLITE_LOCKED: WriteRefusal.LOCKED,
}
# PostgreSQL's SQLSTATEs: disk_full, the 53 class of insufficient resources,
# read_only_sql_transaction, lock_not_available.
_PG_CODES = {
    "53100": WriteRefusal.DISK_FULL,
    "53000": WriteRefusal.DISK_FULL,
    "25006": WriteRefusal.READ_ONLY,
    "55P03": WriteRefusal.LOCKED,
}
# What the drivers say when no code is given (MySQL, a trigger, a proxy).
_WORDS = (
    ("disk is full", WriteRefusal.DISK_FULL),
    ("no space left", WriteRefusal.DISK_FULL),
    ("table is full", WriteRefusal.DISK_FULL),
    ("readonly database", WriteRefusal.READ_ONLY),
    ("read-only", WriteRefusal.READ_ONLY),
    ("database is locked", WriteRefusal.LOCKED),
)


def write_refusal(err: DBAPIError) -> tuple[WriteRefusal, DBAPIError] | None:
    """Return why the database refused a write and the error that says so.

    Looks down the chain of errors raised while handling one another: on a
    full disk SQLite undoes the whole transaction, so the error that reaches
    the writer is that a savepoint no longer exists, raised while handling
    the one that tells what happened.
    """
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, DBAPIError) and (found := _refusal(seen)) is not None:
            return found, seen
        seen = seen.__cause__ or seen.__context__
    return None


def _refusal(err: DBAPIError) -> WriteRefusal | None:
    original = err.orig
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int) and (found := _SQLITE_CODES.get(code & 0xFF)):
        return found
    if (found := _PG_CODES.get(getattr(original, "pgcode", None) or "")) is not None:
        return found
    text = str(original or err).lower()
    return next((refusal for words, refusal in _WORDS if words in text), None)


@callback
def async_write_refused(
    hass: HomeAssistant, refusal: WriteRefusal, error: str, database: str
) -> None:
    """Show (or update) the repair for a refused write."""
    ir.async_create_issue(
        hass,
        DOMAIN,
        ISSUE_ID,
        is_fixable=False,
        is_persistent=False,
        severity=ir.IssueSeverity.ERROR,
        translation_key=f"{ISSUE_ID}_{refusal.value}",
        translation_placeholders={"error": error, "database": database},
    )


@callback
def async_write_accepted(hass: HomeAssistant) -> None:
    """Clear the repair, if shown: the database stores plays again.

    Called after every write, so it only looks the issue up (a dictionary
    lookup) unless there is one to delete.
    """
    if ir.async_get(hass).async_get_issue(DOMAIN, ISSUE_ID) is not None:
        ir.async_delete_issue(hass, DOMAIN, ISSUE_ID)
