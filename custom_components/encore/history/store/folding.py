"""The fold mark: the plays up to it are in the all-time totals (`rollups`)."""

from sqlalchemy import Connection, select, update

from .schema import meta

FOLDED_KEY = "folded_play_id"
"""encore_meta key: plays with an id up to this are in the totals."""


def folded_id(conn: Connection) -> int:
    """Return the id up to which the plays are in the totals (0: none)."""
    value = conn.execute(
        select(meta.c.value).where(meta.c.key == FOLDED_KEY)
    ).scalar_one_or_none()
    return 0 if value is None else int(value)


def set_folded(conn: Connection, play_id: int) -> None:
    """Move the mark to `play_id`."""
    if not conn.execute(
        update(meta).where(meta.c.key == FOLDED_KEY).values(value=str(play_id))
    ).rowcount:
        conn.execute(meta.insert().values(key=FOLDED_KEY, value=str(play_id)))
