"""A correction survives a re-import that replaces the rows it was said of.

A real export's Account Data imported first; three of its plays said to be
Bob's; then the same export's Extended history, whose rows replace every
Account Data row (other ids). The correction follows the stream (the
account, the song, the end within a minute) to the row that replaced it.
SQLite and PostgreSQL (the `history` fixture).
"""

from pathlib import Path

from freezegun.api import FrozenDateTimeFactory
import pytest
from sqlalchemy import Connection, select

from homeassistant.core import HomeAssistant

from custom_components.encore.history.manager import HistoryManager
from custom_components.encore.history.models import AttributionRule, Certainty
from custom_components.encore.history.store import attribution, attribution_tables
from custom_components.encore.history.store.schema import items, plays

from ..imports.test_import import (  # noqa: F401
    exports_dir,
    history,
    import_path,
    play_count,
    raw_rows,
)
from ..imports.test_import_overlap import (
    EXTENDED_FOLDERS,
    EXTENDED_PATTERNS,
    account_data_of,
    extended_files,
    write_zip,
)

BOB = "person.bob"


def _streams(conn: Connection, play_ids: list[int]) -> dict[int, tuple[str, int]]:
    """Play id -> (song, end) of plays."""
    return {
        int(play_id): (str(song), int(ended))
        for play_id, song, ended in conn.execute(
            select(plays.c.id, items.c.song_key, plays.c.ended_at)
            .join(items, items.c.id == plays.c.item_id)
            .where(plays.c.id.in_(play_ids))
        ).tuples()
    }


@pytest.mark.parametrize("folder", EXTENDED_FOLDERS[:1])
async def test_a_correction_follows_its_stream_to_the_row_replacing_it(
    hass: HomeAssistant,
    history: HistoryManager,  # noqa: F811
    tmp_path: Path,
    freezer: FrozenDateTimeFactory,
    folder: str,
) -> None:
    """Account Data corrected, then replaced by the Extended history: still Bob's."""
    source = exports_dir() / folder
    audio = [row for pattern in EXTENDED_PATTERNS for row in raw_rows(source, pattern)]
    account = {
        f"Spotify Account Data/{name}": rows
        for name, rows in account_data_of(audio).items()
    }
    first = await import_path(hass, write_zip(tmp_path / "account.zip", account))
    assert first["imported"] > 10

    def correct(conn: Connection) -> dict[int, tuple[str, int]]:
        chosen = [
            int(i)
            for i in conn.execute(
                select(plays.c.id).order_by(plays.c.ended_at.desc()).limit(3)
            ).scalars()
        ]
        assert attribution.correct(conn, chosen, [BOB]) == 3
        return _streams(conn, chosen)

    said = await history.async_write(lambda conn, _state: correct(conn))
    second = await import_path(
        hass, write_zip(tmp_path / "extended.zip", extended_files(source))
    )
    assert second["replaced"] == first["imported"]

    def corrected(conn: Connection) -> dict[int, tuple[str, int]]:
        ids = [
            int(i)
            for i in conn.execute(select(plays.c.id).order_by(plays.c.id)).scalars()
        ]
        found = attribution.attributions_of(conn, ids)
        mine = [
            play_id
            for play_id, whose in found.items()
            if whose.persons == (BOB,)
            and whose.rule is AttributionRule.CORRECTION
            and whose.certainty is Certainty.CERTAIN
        ]
        assert len(found) == len(mine)  # nothing else
        parked = select(attribution_tables.play_attributions.c.play_id).where(
            attribution_tables.play_attributions.c.play_id < 0
        )
        assert conn.execute(parked).first() is None  # none left waiting
        return _streams(conn, mine)

    now = await history.async_read(corrected)
    assert not set(now) & set(said)  # new rows: the old ones went
    assert sorted(song for song, _ in now.values()) == sorted(
        song for song, _ in said.values()
    )
    for song, ended in said.values():
        assert any(s == song and abs(e - ended) < 60_000 for s, e in now.values()), (
            song,
            ended,
        )
