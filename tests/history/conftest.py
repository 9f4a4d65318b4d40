"""What the history's tests share."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from custom_components.encore.history.store.engine import (
    create_history_engine,
    sqlite_url,
)


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """An empty database of each kind."""
    if request.param == "sqlite":
        url = sqlite_url(tmp_path / "history.db")
    else:
        url = request.getfixturevalue("postgres_db_url")
    made = create_history_engine(url)
    yield made
    made.dispose()
