"""Deleting plays on purpose (a purge, daily retention), and what no play refers to any more.

Plays leave the rollups before they go; the names, lengths and devices no
play points at go with them, and the writer's caches forget their ids.
"""

from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, delete, exists, func, select

from . import recordings
from .attribution import forget_orphans
from .rollups import after_delete, apply_changed, clear_rollups
from .schema import (
    accounts,
    artists,
    devices,
    imported_files,
    item_lengths,
    item_recordings,
    item_songs,
    items,
    plays,
)
from .writes import WriterState


def _forget_unplayed(conn: Connection, state: WriterState) -> None:
    """Delete the names and lengths that no play refers to any more.

    SQLite reads `NOT IN (subquery)` through one temporary index of the
    plays' ids; PostgreSQL and MySQL turn `NOT EXISTS` into an anti-join
    (their `NOT IN` over a million rows would not be hashed). The plays
    have no full index by item, artist or device, so one of the two must
    read them whole, once per table.
    """

    def unused(key: Any, *columns: Any) -> list[ColumnElement[bool]]:
        """`key` appears in none of `columns`."""
        if state.dialect == "sqlite":
            return [
                key.not_in(select(column).where(column.is_not(None)))
                for column in columns
            ]
        return [~exists().where(column == key) for column in columns]

    conn.execute(delete(items).where(*unused(items.c.id, plays.c.item_id)))
    conn.execute(
        delete(item_lengths).where(*unused(item_lengths.c.item_id, items.c.id))
    )
    conn.execute(delete(item_songs).where(*unused(item_songs.c.item_id, items.c.id)))
    # A recording whose item went: its URIs are counted again (few rows).
    if conn.execute(select(item_recordings.c.item_id).limit(1)).first() is not None:
        recordings.refresh(conn)
    conn.execute(
        delete(artists).where(
            *unused(artists.c.id, plays.c.artist_id, items.c.artist_id)
        )
    )
    conn.execute(delete(devices).where(*unused(devices.c.id, plays.c.device_id)))
    # Cached ids of what is gone would be written into new plays.
    state.forget()


def count_plays(conn: Connection, account: str | None, before_ms: int | None) -> int:
    """Count the plays `delete_plays` would delete with the same arguments."""
    statement = select(func.count()).select_from(plays)
    if account is not None:
        statement = statement.where(
            plays.c.account_id
            == select(accounts.c.id).where(accounts.c.key == account).scalar_subquery()
        )
    if before_ms is not None:
        statement = statement.where(plays.c.ended_at < before_ms)
    return int(conn.execute(statement).scalar_one())


def delete_plays(
    conn: Connection,
    state: WriterState,
    account: str | None,
    before_ms: int | None,
    *,
    forget_files: bool = True,
) -> int:
    """Delete the plays of an account (or all) that ended before a moment.

    Names (tracks, artists, devices) no play refers to any more go with
    them. A purge also forgets which export files were imported, so
    importing one again brings its rows back; retention keeps that note, or
    the next import of the same export would bring back what retention
    removed.
    """
    state.settle_bulk(conn)
    conditions = []
    if account is not None:
        conditions.append(plays.c.account_id == state.account_id(conn, account))
    if before_ms is not None:
        conditions.append(plays.c.ended_at < before_ms)
    statement = delete(plays)
    if conditions:
        statement = statement.where(and_(*conditions))
        apply_changed(conn, state.dialect, and_(*conditions), -1)
        deleted = conn.execute(statement).rowcount
        after_delete(conn)
    else:
        clear_rollups(conn)
        deleted = conn.execute(statement).rowcount
        forget_orphans(conn)
    if deleted:
        _forget_unplayed(conn, state)
    if not forget_files:
        return deleted
    forget = delete(imported_files)
    if account is not None:
        forget = forget.where(
            imported_files.c.account_id == state.account_id(conn, account)
        )
    conn.execute(forget)
    return deleted
