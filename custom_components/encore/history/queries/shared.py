"""What several families of queries share: constants and the scope's conditions."""

from datetime import date

from sqlalchemy import ColumnElement, Connection, FromClause

from ..models import PlayKind, Source
from .common import Filter, covers_everything, period_conditions, rule_from
from .model import PlayRule, TopKind

IMPORT_JOB = "import"
"""`jobs.kind` of an import (importer.JOB_KIND)."""
WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
EPOCH_DAY = date(1970, 1, 1)
PLAY_KIND = {
    TopKind.ARTIST: PlayKind.TRACK,
    TopKind.TRACK: PlayKind.TRACK,
    TopKind.ALBUM: PlayKind.TRACK,
    TopKind.SHOW: PlayKind.EPISODE,
}
CHUNK = 900
FEW_ARTISTS = CHUNK // 2
"""Artists whose all-time plays are looked up by key; for more, all are read.

Their ids go to the totals and to the tail: twice, within SQLite's oldest
limit of 999 parameters a statement, as `CHUNK`."""
EXPORT_BITS = (1 << Source.EXPORT_EXTENDED) | (1 << Source.EXPORT_ACCOUNT)


def use_totals(
    conn: Connection, scope: Filter, start: int | None, end: int, rule: PlayRule
) -> bool:
    """Whether the all-time totals answer: whole accounts, all their plays."""
    return (
        rule is not PlayRule.LASTFM
        and scope.whole_accounts
        and covers_everything(conn, scope, start, end)
    )


def scope_where(
    conn: Connection,
    scope: Filter,
    start: int | None,
    end: int | None,
    rule: PlayRule,
) -> tuple[list[ColumnElement[bool]], FromClause]:
    """Conditions on the plays of a scope, period and rule, and their FROM."""
    conditions, source = rule_from(rule)
    return [*period_conditions(start, end), *scope.plays(), *conditions], source
