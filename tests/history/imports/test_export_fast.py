"""The msgspec path through Extended history files gives what the precise path gives.

`export_fast.decode_extended` may decline a file (None), never disagree: on
every input, its records equal those of orjson plus `export_rows.normalize`
(the reference, which names the row and field of a bad file), and a file the
reference refuses is always declined.
"""

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings, strategies as st
import orjson
import pytest

from custom_components.encore.history.imports.spotify_export import fast as export_fast
from custom_components.encore.history.imports.spotify_export.errors import (
    ExportFileError,
)
from custom_components.encore.history.imports.spotify_export.reader import (
    ExportFileFormat,
    classify,
    parse_bytes,
)
from custom_components.encore.history.imports.spotify_export.rows import (
    EXTENDED_FIELDS,
    normalize,
)
from custom_components.encore.history.models import TEXT_CAPS, PlayKind, PlayRecord

from .test_export_reader import (
    ACCOUNT,
    DATA,
    JSON_VALUES,
    NO_TRACK,
    TEXT,
    TIMESTAMPS,
    export_files,
    extended_row,
    needs_data,
)

EXTENDED = ExportFileFormat.EXTENDED


def reference(data: bytes) -> list[PlayRecord] | ExportFileError:
    """The precise path: the whole file with orjson, every row checked in Python."""
    try:
        rows = orjson.loads(data)
    except orjson.JSONDecodeError:
        return ExportFileError("import_invalid_json", "f.json")
    if not isinstance(rows, list):
        return ExportFileError("import_not_a_list", "f.json")
    try:
        return normalize(rows, EXTENDED, "f.json", ACCOUNT)
    except ExportFileError as err:
        return err


def assert_agrees(data: bytes) -> list[PlayRecord] | None:
    """The fast path declines or gives exactly the reference's records."""
    columns = export_fast.decode_extended(data, ACCOUNT)
    slow = reference(data)
    if isinstance(slow, ExportFileError):
        assert columns is None, slow.translation_key
        return None
    if columns is None:
        return None
    # Only numbers, strings, booleans and None: nothing the collector tracks.
    for column in columns:
        assert type(column) is tuple
        assert {type(value) for value in column} <= {int, str, bool, type(None)}
    fast = columns.records()
    assert fast == slow
    # Same types, not only equal values: enums come back as enums.
    for mine, theirs in zip(fast, slow, strict=True):
        assert list(map(type, mine)) == list(map(type, theirs))
    return fast


def extended_files() -> list[Path]:
    return sorted(
        path for path in DATA.rglob("*.json") if classify(path.name) is EXTENDED
    )


def test_fast_path_reads_the_fields_the_precise_path_reads() -> None:
    """One field list: the struct decodes exactly `EXTENDED_FIELDS`, in order."""
    fields = export_fast._ExtendedRow.__struct_fields__
    assert fields == tuple(key for key, _ in EXTENDED_FIELDS)


@needs_data
def test_real_exports_take_the_fast_path() -> None:
    """Every real Extended file decodes fast, to the reference's records."""
    files = extended_files()
    assert len(files) >= 7
    rows = 0
    for path in files:
        fast = assert_agrees(path.read_bytes())
        assert fast is not None, path.name
        rows += len(fast)
    assert rows > 10_000


def test_every_kind_of_row() -> None:
    """Tracks, local files, episodes, audiobooks, lost items and old blanks."""
    rows = [
        extended_row(),
        extended_row(spotify_track_uri=None),
        extended_row(
            **NO_TRACK,
            episode_name="Episode",
            episode_show_name="Show",
            spotify_episode_uri="spotify:episode:1",
        ),
        extended_row(**NO_TRACK, episode_name="Episode without URI"),
        extended_row(
            **NO_TRACK,
            audiobook_title="Book",
            audiobook_uri="spotify:audiobook:1",
            audiobook_chapter_title="Chapter",
            audiobook_chapter_uri="spotify:chapter:1",
        ),
        extended_row(**NO_TRACK, audiobook_uri="spotify:audiobook:2"),
        extended_row(**{**NO_TRACK, "master_metadata_album_artist_name": "Kept"}),
        extended_row(reason_start="", reason_end=""),
        {"ts": "2016-02-29T23:59:59Z", "ms_played": 0},
    ]
    fast = assert_agrees(orjson.dumps(rows))
    assert fast is not None
    assert [record.kind for record in fast] == [
        PlayKind.TRACK,
        PlayKind.TRACK,
        PlayKind.EPISODE,
        PlayKind.EPISODE,
        PlayKind.AUDIOBOOK,
        PlayKind.AUDIOBOOK,
        PlayKind.OTHER,
        PlayKind.TRACK,
        PlayKind.OTHER,
    ]
    assert fast[7].reason_start is None
    assert fast[6].artist == "Kept"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("ts", "2021-11-15T13:41:44.120Z"),
        ("ts", "2021-11-15T13:41:44+00:00"),
        ("ts", "1969-12-31T23:59:59Z"),
        ("ts", "2021-02-30T10:00:00Z"),
        ("ts", "\uff12\uff1021-11-15T13:41:44Z"),
        ("ms_played", -1),
        ("ms_played", 2**53),
        ("ms_played", 1.0),
        ("ms_played", True),
        ("shuffle", 0),
        ("platform", 7),
    ],
)
def test_what_the_reference_refuses_is_declined(field: str, value: Any) -> None:
    """Values the precise path rejects never get past the fast one."""
    rows = [extended_row(), extended_row(**{field: value})]
    assert assert_agrees(orjson.dumps(rows)) is None
    with pytest.raises(ExportFileError) as caught:
        parse_bytes("f.json", EXTENDED, orjson.dumps(rows), "fp", ACCOUNT)
    assert (caught.value.row, caught.value.field) == (1, field)


EPISODE = {
    **NO_TRACK,
    "episode_name": "Episode",
    "spotify_episode_uri": "spotify:episode:0Q86acNRm6V9GYx55SXKwf",
}
AUDIOBOOK = {
    **NO_TRACK,
    "audiobook_uri": "spotify:audiobook:7iHfbu1YPACw6oZPAFJtqe",
    "audiobook_chapter_title": "Chapter 1",
}


@pytest.mark.parametrize(
    ("row", "field", "column"),
    [
        ({}, "master_metadata_track_name", "title"),
        (EPISODE, "episode_show_name", "artist"),
        (AUDIOBOOK, "audiobook_title", "album"),
        ({}, "spotify_track_uri", "item_uri"),
        ({}, "platform", "device"),
        ({}, "reason_end", "reason_end"),
    ],
)
def test_text_over_its_cap_is_left_to_the_precise_path(
    row: dict[str, Any], field: str, column: str
) -> None:
    """What the fast path gives needs no capping; longer text is declined.

    The precise path then cuts a name, or refuses a URI, and says so.
    """
    cap = TEXT_CAPS[column]
    fits = orjson.dumps([extended_row(**row, **{field: "é" * cap})])
    assert export_fast.decode_extended(fits, ACCOUNT) is not None
    over = orjson.dumps([extended_row(**row, **{field: "é" * (cap + 1)})])
    assert export_fast.decode_extended(over, ACCOUNT) is None
    parsed = parse_bytes("f.json", EXTENDED, over, "", ACCOUNT)
    if column == "item_uri":
        assert (parsed.columns.size, parsed.skipped) == (0, {"oversized": 1})
    else:
        assert parsed.truncated == 1
        assert max(map(len, filter(None, getattr(parsed.columns, column)))) == cap


def test_large_file_in_pieces() -> None:
    """A file of many pieces gives every row, in order."""
    rows = [
        extended_row(ts=f"2020-01-{1 + i // 86_400 % 28:02d}T00:00:00Z", ms_played=i)
        for i in range(6_000)
    ]
    data = orjson.dumps(rows, option=orjson.OPT_INDENT_2)
    assert len(data) > 4 * export_fast.PIECE_BYTES
    fast = assert_agrees(data)
    assert fast is not None
    assert [record.ms_played for record in fast] == list(range(6_000))


def test_cut_inside_a_title_falls_back() -> None:
    """A title holding "},{" where a piece is cut: declined, then read whole."""
    tricky = 'a"},{"ts": "2024-01-01T00:00:00Z"},{' * 20
    rows = [
        extended_row(master_metadata_track_name=f"{tricky} {i}") for i in range(3_000)
    ]
    data = orjson.dumps(rows)
    assert_agrees(data)
    parsed = parse_bytes("f.json", EXTENDED, data, "fp", ACCOUNT)
    assert [record.title for record in parsed.records] == [
        row["master_metadata_track_name"] for row in rows
    ]


@pytest.mark.parametrize(
    "data",
    [b"", b"[]", b"[] ", b"{}", b"[1]", b"[{}]", b"[{]", b'[{"ts": "x"}]', b"null"],
)
def test_odd_documents(data: bytes) -> None:
    assert_agrees(data)


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(export_files().filter(lambda case: case[0] is EXTENDED), st.data())
def test_any_rows_agree_with_the_reference(
    case: tuple[ExportFileFormat, list[Any], bool], data: st.DataObject
) -> None:
    _, rows, _ = case
    # More ways to be wrong than the shared strategy draws for Extended rows.
    if rows and data.draw(st.integers(0, 3)) == 0:
        index = data.draw(st.integers(0, len(rows) - 1))
        if isinstance(rows[index], dict):
            key = data.draw(st.sampled_from(["ts", "ms_played", "shuffle", "platform"]))
            rows[index][key] = data.draw(st.one_of(TIMESTAMPS, JSON_VALUES, TEXT))
    fast = assert_agrees(orjson.dumps(rows))
    event("fast" if fast is not None else "declined")
