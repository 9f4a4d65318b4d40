"""The recap's rooms: minutes by the devices of the plays a speaker or player recorded."""

from sqlalchemy import Connection, func, select

from ...store.schema import HOUR_MS, devices, plays, rollup_hours
from ..common import Filter, scope_where
from .model import ROOM_BITS, Room, minutes
from .reading import _At


def _room_accounts(conn: Connection, at: _At) -> list[int]:
    """Return the accounts with plays a speaker or player recorded around the period.

    From the hour buckets (their sets of sources), whole hours around it:
    most accounts have none (an export, a phone), and their plays need not
    be read for rooms at all.
    """
    return [
        int(account_id)
        for (account_id,) in conn.execute(
            select(rollup_hours.c.account_id)
            .where(
                rollup_hours.c.hour >= at.start // HOUR_MS,
                rollup_hours.c.hour <= (at.end - 1) // HOUR_MS,
                rollup_hours.c.streams > 0,
                rollup_hours.c.sources.bitwise_and(ROOM_BITS) != 0,
                *at.scope.hours(),
            )
            .distinct()
        ).tuples()
    ]


def _rooms(conn: Connection, at: _At) -> list[Room] | None:
    """Minutes by room: the devices of plays a speaker or player recorded."""
    found = _room_accounts(conn, at)
    if not found:
        return None
    where, source = scope_where(
        conn,
        Filter(tuple(sorted(found)), False, at.scope.bit, person=at.scope.person),
        at.start,
        at.end,
        at.rule,
    )
    # By device, then named: a device's name is its own (unique), and the
    # names are looked up once each, not once a play.
    by_device = (
        select(
            plays.c.device_id.label("device_id"),
            func.count().label("n"),
            func.sum(plays.c.ms_played).label("ms"),
        )
        .select_from(source)
        .where(*where, plays.c.sources.bitwise_and(ROOM_BITS) != 0)
        .group_by(plays.c.device_id)
        .subquery()
    )
    rows = conn.execute(
        select(devices.c.name, by_device.c.n, by_device.c.ms)
        .select_from(by_device.join(devices, devices.c.id == by_device.c.device_id))
        .order_by(by_device.c.ms.desc(), devices.c.name)
    ).tuples()
    rooms = [Room(str(name), int(n), minutes(int(ms or 0))) for name, n, ms in rows]
    return rooms or None
