"""The two packages of one Spotify export, where they overlap.

Account Data (a year, minute precision, no URI) and Extended Streaming
History (every year, URIs) both hold the last year's streams: an Account
Data row that repeats an Extended row already stored is left out, and an
Extended batch replaces the Account Data rows it repeats (`identity.py`
says when two rows are one stream).
"""

from collections.abc import Callable

from sqlalchemy import Connection, delete, select

from ..models import PlayColumns, Source
from .identity import SAME_END_MS, match_streams
from .resolution import CHUNK, MISSING, Names
from .rollups import after_delete, apply_changed
from .schema import item_songs, plays


class ExportOverlaps:
    """Leaving out, or replacing, the Account Data rows an Extended row holds."""

    def __init__(
        self, dialect: str, names: Names, settle: Callable[[Connection], None]
    ) -> None:
        """Compare by the writer's songs; `settle` ends bulk mode before a delete."""
        self.dialect = dialect
        self._names = names
        self._settle = settle
        self._has_account_rows: dict[int, bool] = {}

    def forget(self) -> None:
        """Forget which accounts have Account Data rows (after a rollback)."""
        self._has_account_rows.clear()

    def note_account_rows(self, account_id: int) -> None:
        """Remember that the account has Account Data rows now."""
        self._has_account_rows[account_id] = True

    def without_extended_repeats(
        self, conn: Connection, account_id: int, columns: PlayColumns
    ) -> PlayColumns:
        """Leave out the Account Data rows whose stream an Extended row holds.

        Rows repeated inside the batch are one stream: they go together.
        """
        extended = self._streams_of(
            conn,
            account_id,
            Source.EXPORT_EXTENDED,
            min(columns.ended_at),
            max(columns.ended_at),
        )
        if not extended:
            return columns
        songs = self._songs_of(columns)
        first: dict[tuple[str | None, int, int], int] = {}
        streams = zip(songs, columns.ended_at, columns.ms_played, strict=True)
        keys = [first.setdefault(key, index) for index, key in enumerate(streams)]
        rows = [
            (song, (index, ended, played))
            for (song, ended, played), index in first.items()
        ]
        matched = {row for row, _ in match_streams(rows, extended)}
        if not matched:
            return columns
        return columns.pick([key not in matched for key in keys])

    def replace_for_batch(
        self, conn: Connection, account_id: int, columns: PlayColumns
    ) -> int:
        """Delete the Account Data plays of the streams an Extended batch holds."""
        if not self._has_account_data(conn, account_id):
            return 0
        stored = self._streams_of(
            conn,
            account_id,
            Source.EXPORT_ACCOUNT,
            min(columns.ended_at),
            max(columns.ended_at),
        )
        if not stored:
            return 0
        # A row the batch repeats is one stream: it takes one Account Data row.
        first: dict[tuple[str | None, int, int], int] = {}
        for index, stream in enumerate(
            zip(
                self._songs_of(columns),
                columns.ended_at,
                columns.ms_played,
                strict=True,
            )
        ):
            first.setdefault(stream, index)
        batch = [
            (song, (index, ended, played))
            for (song, ended, played), index in first.items()
        ]
        return self._delete_plays(
            conn, sorted(row for row, _ in match_streams(stored, batch))
        )

    def replace_in_range(
        self, conn: Connection, account_id: int, low: int, high: int
    ) -> int:
        """Delete the Account Data plays in a range whose streams Extended plays hold.

        For a history stored by an older rule (migrations).
        """
        if not self._has_account_data(conn, account_id):
            return 0
        account_rows = self._streams_of(
            conn, account_id, Source.EXPORT_ACCOUNT, low, high
        )
        if not account_rows:
            return 0
        extended = self._streams_of(conn, account_id, Source.EXPORT_EXTENDED, low, high)
        repeated = sorted(row for row, _ in match_streams(account_rows, extended))
        return self._delete_plays(conn, repeated)

    def _songs_of(self, columns: PlayColumns) -> list[str | None]:
        """Return the song of each record (`identity.song_key`)."""
        songs: dict[tuple[int, str | None, str | None, str | None], str | None] = {}
        found: list[str | None] = []
        for names in zip(
            columns.kind, columns.artist, columns.title, columns.album, strict=True
        ):
            song = songs.get(names, MISSING)
            if song is MISSING:
                song = songs[names] = self._names.song(*names)
            found.append(song)
        return found

    def _streams_of(
        self, conn: Connection, account_id: int, source: Source, low: int, high: int
    ) -> list[tuple[str | None, tuple[int, int, int]]]:
        """Return (song, (id, end, length)) of one export's plays ending in a range.

        The range is widened by the overlap rule's minute either way.
        """
        return [
            (song, (play_id, ended, played))
            for play_id, ended, played, song in conn.execute(
                select(
                    plays.c.id,
                    plays.c.ended_at,
                    plays.c.ms_played,
                    item_songs.c.song_key,
                )
                .join(item_songs, item_songs.c.item_id == plays.c.item_id)
                .where(
                    plays.c.account_id == account_id,
                    plays.c.source == int(source),
                    plays.c.ended_at > low - SAME_END_MS,
                    plays.c.ended_at < high + SAME_END_MS,
                )
            ).tuples()
        ]

    def _has_account_data(self, conn: Connection, account_id: int) -> bool:
        """Whether the account has Account Data plays (remembered once true)."""
        has_rows = self._has_account_rows.get(account_id)
        if has_rows is None:
            has_rows = self._has_account_rows[account_id] = (
                conn.execute(
                    select(plays.c.id)
                    .where(
                        plays.c.account_id == account_id,
                        plays.c.source == int(Source.EXPORT_ACCOUNT),
                    )
                    .limit(1)
                ).first()
                is not None
            )
        return has_rows

    def _delete_plays(self, conn: Connection, play_ids: list[int]) -> int:
        """Delete plays by id, out of the rollups first."""
        self._settle(conn)
        deleted = 0
        for start in range(0, len(play_ids), CHUNK):
            chosen = plays.c.id.in_(play_ids[start : start + CHUNK])
            apply_changed(conn, self.dialect, chosen, -1)
            deleted += conn.execute(delete(plays).where(chosen)).rowcount
        if deleted:
            after_delete(conn)
        return deleted
