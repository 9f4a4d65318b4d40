"""The Spotify export reader, on real exports and on broken or hostile input."""

from collections import Counter
from datetime import UTC, datetime
import gc
import hashlib
import io
from pathlib import Path
import re
import struct
from typing import Any
import zipfile

from hypothesis import HealthCheck, event, given, settings, strategies as st
import orjson
import pytest

from custom_components.encore.history.imports.spotify_export import (
    reader as export_reader,
)
from custom_components.encore.history.imports.spotify_export.reader import (
    ExportBrokenZipError,
    ExportBudget,
    ExportError,
    ExportFileError,
    ExportFileFormat,
    ExportFileTooLargeError,
    ExportLimits,
    ExportNoHistoryError,
    ExportNotFoundError,
    ExportNotZipError,
    ExportTooLargeError,
    ExportTooManyRecordsError,
    ExportTotalTooLargeError,
    ExportUnreadableError,
    ExportZipBombError,
    ParsedFile,
    classify,
    discover,
    parse_bytes,
    parse_file,
)
from custom_components.encore.history.imports.spotify_export.rows import MAX_MS_PLAYED
from custom_components.encore.history.models import PlayKind, PlayRecord, Source
from fakes.spotify.payloads import shared_data_dir

# ../shared/data beside the repository (or beside a worktree's project).
DATA = (shared_data_dir() or Path(__file__).parents[4] / "shared" / "data") / (
    "spotify-exports"
)
needs_data = pytest.mark.skipif(
    not DATA.is_dir(), reason=f"real export samples not found at {DATA}"
)
ACCOUNT = "spotify-user"

# Rows per file and range of end times, as SOURCES.md lists them.
EXPECTED: dict[str, dict[str, tuple[int, str | None, str | None]]] = {
    "Efrrowini_spotify-music-analysis": {
        "Streaming_History_Audio_2022.json": (
            35,
            "2022-05-22T13:01:24Z",
            "2022-12-30T05:34:01Z",
        ),
        "Streaming_History_Audio_2023.json": (
            1470,
            "2023-01-28T08:12:08Z",
            "2023-12-15T06:59:19Z",
        ),
        "Streaming_History_Audio_2024.json": (
            3154,
            "2024-07-21T08:16:22Z",
            "2024-12-30T17:53:36Z",
        ),
        "Streaming_History_Audio_2026.json": (
            2319,
            "2025-12-31T16:55:46Z",
            "2026-05-31T08:49:24Z",
        ),
        "Streaming_History_Video_2023.json": (16, None, None),
        "Streaming_History_Video_2026.json": (13, None, None),
    },
    "danemanz_spotify_etl": {
        "Streaming_History_Audio_2018.json": (
            1750,
            "2018-09-12T20:37:24Z",
            "2018-12-31T08:01:31Z",
        ),
        "Streaming_History_Audio_2023_3.json": (
            3765,
            "2023-04-02T23:28:30Z",
            "2023-11-05T02:48:08Z",
        ),
        "Streaming_History_Video_2018.json": (2, None, None),
        "Streaming_History_Video_2019.json": (3, None, None),
        "Streaming_History_Video_2020.json": (65, None, None),
        "Streaming_History_Video_2021.json": (130, None, None),
        "Streaming_History_Video_2022.json": (78, None, None),
        "Streaming_History_Video_2023.json": (30, None, None),
        "Streaming_History_Video_2024.json": (45, None, None),
        "Streaming_History_Video_2025.json": (30, None, None),
        "Streaming_History_Video_2026.json": (185, None, None),
    },
    "erickmay_Spotify-Shuffle-Analysis": {
        "endsong_1.json": (2080, "2014-05-25T05:43:44Z", "2021-09-22T20:21:44Z"),
    },
    "hobbies-w-erin_Spotify-Account-Data": {
        "StreamingHistory_audiobook_0.json": (
            11,
            "2023-10-20 18:58",
            "2024-04-29 15:33",
        ),
        "StreamingHistory_music_0.json": (
            10000,
            "2023-10-02 23:43",
            "2024-05-21 09:50",
        ),
        "StreamingHistory_music_1.json": (
            5850,
            "2024-05-21 09:54",
            "2024-10-03 20:14",
        ),
        "StreamingHistory_podcast_0.json": (
            597,
            "2023-10-03 21:56",
            "2024-10-03 20:06",
        ),
    },
    "ohitsmekatie_my-spotify": {
        "StreamingHistory0.json": (9595, "2020-10-21 01:36", "2022-01-09 23:58"),
    },
}
# Audio/music rows of >= 30 s per sample (SOURCES.md headline table).
PLAYS_30S = {
    "Efrrowini_spotify-music-analysis": 5031,
    "danemanz_spotify_etl": 4939,
    "erickmay_Spotify-Shuffle-Analysis": 1601,
    "ohitsmekatie_my-spotify": 8585,
}
FORMATS = {
    "Efrrowini_spotify-music-analysis": ExportFileFormat.EXTENDED,
    "danemanz_spotify_etl": ExportFileFormat.EXTENDED,
    "erickmay_Spotify-Shuffle-Analysis": ExportFileFormat.EXTENDED,
    "ohitsmekatie_my-spotify": ExportFileFormat.ACCOUNT_LEGACY,
}


def utc_ms(text: str) -> int:
    """Epoch milliseconds of a UTC time as the exports write it, via datetime."""
    layout = "%Y-%m-%dT%H:%M:%SZ" if "T" in text else "%Y-%m-%d %H:%M"
    moment = datetime.strptime(text, layout).replace(tzinfo=UTC)
    return int(moment.timestamp()) * 1000


def parse_all(path: Path, limits: ExportLimits | None = None) -> list[ParsedFile]:
    limits = limits or ExportLimits()
    budget = ExportBudget()
    return [
        parse_file(file, ACCOUNT, limits, budget) for file in discover(path, limits)
    ]


def make_zip(
    path: Path,
    members: dict[str, bytes],
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def extended_row(**changes: Any) -> dict[str, Any]:
    """A valid row of the current Extended schema, track by default."""
    row: dict[str, Any] = {
        "ts": "2021-11-15T13:41:44Z",
        "platform": "android",
        "ms_played": 152293,
        "conn_country": "DE",
        "ip_addr": None,
        "master_metadata_track_name": "Song",
        "master_metadata_album_artist_name": "Artist",
        "master_metadata_album_album_name": "Album",
        "spotify_track_uri": "spotify:track:4uLU6hMCjMI75M1A2tKUQC",
        "episode_name": None,
        "episode_show_name": None,
        "spotify_episode_uri": None,
        "audiobook_title": None,
        "audiobook_uri": None,
        "audiobook_chapter_uri": None,
        "audiobook_chapter_title": None,
        "reason_start": "clickrow",
        "reason_end": "trackdone",
        "shuffle": False,
        "skipped": False,
        "offline": False,
        "offline_timestamp": 1636983552,
        "incognito_mode": False,
    }
    row.update(changes)
    return row


NO_TRACK = {
    "master_metadata_track_name": None,
    "master_metadata_album_artist_name": None,
    "master_metadata_album_album_name": None,
    "spotify_track_uri": None,
}


def parse_rows(
    rows: Any,
    export_format: ExportFileFormat = ExportFileFormat.EXTENDED,
    name: str = "Streaming_History_Audio_2021.json",
) -> ParsedFile:
    return parse_bytes(name, export_format, orjson.dumps(rows), "fp", ACCOUNT)


# --- real exports -------------------------------------------------------------


@pytest.fixture(scope="module")
def parsed_samples() -> dict[str, list[ParsedFile]]:
    if not DATA.is_dir():
        pytest.skip(f"real export samples not found at {DATA}")
    return {folder: parse_all(DATA / folder) for folder in EXPECTED}


@needs_data
def test_data_folder_resolves() -> None:
    assert (DATA / "SOURCES.md").is_file()
    assert {p.name for p in DATA.iterdir() if p.is_dir()} == set(EXPECTED)


@needs_data
@pytest.mark.parametrize("folder", sorted(EXPECTED))
def test_sample_rows_and_times(
    folder: str, parsed_samples: dict[str, list[ParsedFile]]
) -> None:
    parsed = parsed_samples[folder]
    assert [p.name for p in parsed] == sorted(EXPECTED[folder])
    for item in parsed:
        rows, first, last = EXPECTED[folder][item.name]
        assert item.rows == rows, item.name
        assert (
            item.fingerprint
            == hashlib.sha256((DATA / folder / item.name).read_bytes()).hexdigest()
        )
        if item.format is ExportFileFormat.EXTENDED_VIDEO:
            assert item.records == []
            assert item.skipped == {"video": rows}
            continue
        assert item.skipped == {}
        assert len(item.records) == rows
        assert first is not None
        assert last is not None
        # Min/max of the end times as SOURCES.md gives them: UTC, not local.
        assert min(r.ended_at for r in item.records) == utc_ms(first)
        assert max(r.ended_at for r in item.records) == utc_ms(last)
        assert {r.account for r in item.records} == {ACCOUNT}
        assert {r.source_kind for r in item.records} == {"spotify"}
        assert all(r.started_at is None for r in item.records)


@needs_data
@pytest.mark.parametrize(("folder", "plays"), sorted(PLAYS_30S.items()))
def test_sample_play_counts(
    folder: str, plays: int, parsed_samples: dict[str, list[ParsedFile]]
) -> None:
    records = [r for p in parsed_samples[folder] for r in p.records]
    assert sum(r.ms_played >= 30_000 for r in records) == plays
    expected_source = (
        Source.EXPORT_EXTENDED
        if FORMATS[folder] is ExportFileFormat.EXTENDED
        else Source.EXPORT_ACCOUNT
    )
    assert {r.source for r in records} == {expected_source}


@needs_data
def test_every_extended_timestamp_is_utc(
    parsed_samples: dict[str, list[ParsedFile]],
) -> None:
    """Each record's end time equals the row's `ts` read as UTC, row by row."""
    for folder in (
        "Efrrowini_spotify-music-analysis",
        "erickmay_Spotify-Shuffle-Analysis",
    ):
        for item in parsed_samples[folder]:
            if not item.records:
                continue
            rows = orjson.loads((DATA / folder / item.name).read_bytes())
            assert [r.ended_at for r in item.records] == [
                utc_ms(row["ts"]) for row in rows
            ]
            assert [r.ms_played for r in item.records] == [
                row["ms_played"] for row in rows
            ]


@needs_data
def test_known_rows(parsed_samples: dict[str, list[ParsedFile]]) -> None:
    katie = parsed_samples["ohitsmekatie_my-spotify"][0].records[0]
    assert katie.ended_at == int(
        datetime(2020, 10, 21, 1, 36, tzinfo=UTC).timestamp() * 1000
    )
    assert katie == PlayRecord(
        ACCOUNT,
        Source.EXPORT_ACCOUNT,
        katie.ended_at,
        207365,
        PlayKind.TRACK,
        "Fantasy",
        "Mariah Carey",
        None,
        source_kind="spotify",
    )
    efrrowini = parsed_samples["Efrrowini_spotify-music-analysis"][0].records[0]
    assert efrrowini == PlayRecord(
        ACCOUNT,
        Source.EXPORT_EXTENDED,
        int(datetime(2022, 11, 12, 13, 59, 51, tzinfo=UTC).timestamp() * 1000),
        66871,
        PlayKind.TRACK,
        "Fight Song",
        "Rachel Platten",
        "Wildfire",
        "spotify:track:37f4ITSlgPX81ad2EvmVQr",
        device="android",
        source_kind="spotify",
        reason_start="clickrow",
        reason_end="endplay",
        shuffle=False,
        skipped=True,
        offline=False,
        incognito=False,
    )
    erin = {
        p.format: p.records[0]
        for p in parsed_samples["hobbies-w-erin_Spotify-Account-Data"]
    }
    podcast = erin[ExportFileFormat.ACCOUNT_PODCAST]
    assert (podcast.kind, podcast.artist, podcast.album) == (
        PlayKind.EPISODE,
        "Bobo's Void",
        None,
    )
    assert podcast.title is not None
    assert podcast.title.startswith("jonah hill")
    book = erin[ExportFileFormat.ACCOUNT_AUDIOBOOK]
    assert book[4:8] == (
        PlayKind.AUDIOBOOK,
        "How to Keep House While Drowning",
        "KC Davis LPC",
        "How to Keep House While Drowning",
    )
    assert book.ended_at == utc_ms("2023-10-20 18:58")


@needs_data
def test_episodes_in_extended(parsed_samples: dict[str, list[ParsedFile]]) -> None:
    records = [
        r for p in parsed_samples["Efrrowini_spotify-music-analysis"] for r in p.records
    ]
    episodes = [r for r in records if r.kind is PlayKind.EPISODE]
    assert len(episodes) == 49
    assert all(
        r.item_uri and r.item_uri.startswith("spotify:episode:") for r in episodes
    )
    assert all(r.album is None for r in episodes)
    assert Counter(r.kind for r in records)[PlayKind.TRACK] == 6978 - 49


@needs_data
def test_unsorted_endsong(parsed_samples: dict[str, list[ParsedFile]]) -> None:
    (item,) = parsed_samples["erickmay_Spotify-Shuffle-Analysis"]
    ended = [r.ended_at for r in item.records]
    assert ended != sorted(ended)  # kept in file order; the store sorts
    assert ended[:3] == [
        utc_ms("2021-09-21T19:38:59Z"),
        utc_ms("2020-07-08T04:56:20Z"),
        utc_ms("2019-10-21T05:13:12Z"),
    ]
    # The row with every metadata field null is kept, as OTHER.
    records = item.records
    (other,) = [r for r in records if r.kind is PlayKind.OTHER]
    assert other == records[1537]
    assert other[5:9] == (None, None, None, None)
    # Old rows: "" reasons become None, `skipped` is mostly null.
    assert "" not in {r.reason_start for r in item.records}
    assert "" not in {r.reason_end for r in item.records}
    assert sum(r.reason_start is None for r in item.records) == 3
    assert sum(r.reason_end is None for r in item.records) == 4
    assert Counter(r.skipped for r in item.records)[None] == 2041


@needs_data
def test_exact_duplicates_are_all_kept(
    parsed_samples: dict[str, list[ParsedFile]],
) -> None:
    by_name = {p.name: p for p in parsed_samples["danemanz_spotify_etl"]}
    for name, duplicates in (
        ("Streaming_History_Audio_2018.json", 163),
        ("Streaming_History_Audio_2023_3.json", 3),
    ):
        rows = orjson.loads((DATA / "danemanz_spotify_etl" / name).read_bytes())
        assert len(rows) - len({orjson.dumps(row) for row in rows}) == duplicates
        records = by_name[name].records
        assert len(records) == len(rows)
        assert len(records) - len(set(records)) >= duplicates


@needs_data
def test_video_rows_skipped(parsed_samples: dict[str, list[ParsedFile]]) -> None:
    video = [
        p
        for folder in parsed_samples.values()
        for p in folder
        if p.format is ExportFileFormat.EXTENDED_VIDEO
    ]
    assert len(video) == 11
    assert sum(p.skipped["video"] for p in video) == 29 + 568
    assert all(p.records == [] for p in video)


IP_LIKE = re.compile(
    r"\b\d{1,3}(?:\.\d{1,3}){3}\b|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){4,7}"
)


@needs_data
def test_no_personal_data_in_records(
    parsed_samples: dict[str, list[ParsedFile]],
) -> None:
    for folder in parsed_samples.values():
        for item in folder:
            for record in item.records:
                for value in record:
                    if isinstance(value, str):
                        assert not IP_LIKE.search(value), value


def test_personal_fields_never_reach_records() -> None:
    secrets = {
        "ip_addr": "203.0.113.77",
        "ip_addr_decrypted": "198.51.100.23",
        "user_agent_decrypted": "Mozilla/5.0 (SecretPhone 9000)",
        "username": "secret-user-4242",
    }
    parsed = parse_rows([extended_row(**secrets), extended_row(**NO_TRACK, **secrets)])
    text = repr(parsed)
    assert len(parsed.records) == 2
    for secret in secrets.values():
        assert secret not in text
    # Nor in an error about the same row.
    with pytest.raises(ExportFileError) as caught:
        parse_rows([extended_row(ms_played="12", **secrets)])
    error_text = f"{caught.value} {caught.value!r} {caught.value.args}"
    for secret in secrets.values():
        assert secret not in error_text


# --- discovery -------------------------------------------------------------------


@needs_data
def test_zip_of_a_whole_export(tmp_path: Path) -> None:
    members: dict[str, bytes] = {
        "Spotify Account Data/Playlist1.json": b"{}",
        "Spotify Account Data/Userdata.json": b"{}",
        "Spotify Extended Streaming History/ReadMeFirst_ExtendedStreamingHistory.pdf": b"%PDF",
        "__MACOSX/Spotify Account Data/._StreamingHistory_music_0.json": b"junk",
    }
    layout = {
        "Efrrowini_spotify-music-analysis": "Spotify Extended Streaming History/",
        # A second export beside the first: the same file names in another folder.
        "danemanz_spotify_etl": "danemanz/Spotify Extended Streaming History/",
        "erickmay_Spotify-Shuffle-Analysis": "MyData/",
        "hobbies-w-erin_Spotify-Account-Data": "Spotify Account Data/",
        "ohitsmekatie_my-spotify": "MyData/",
    }
    for folder, prefix in layout.items():
        for path in (DATA / folder).glob("*.json"):
            members[prefix + path.name] = path.read_bytes()
    archive = make_zip(tmp_path / "my_spotify_data.zip", members)
    files = discover(archive)
    names = [f.name for f in files]
    assert names == sorted(names, key=export_reader._sort_key)
    assert len(files) == 23
    assert all("Playlist" not in n and "__MACOSX" not in n for n in names)
    parsed = parse_all(archive)
    assert sum(len(p.records) for p in parsed) == 40018 + 597 + 11
    assert sum(p.skipped.get("video", 0) for p in parsed) == 597
    # Same bytes, same fingerprint, whether zipped or loose.
    endsong = next(p for p in parsed if p.name == "MyData/endsong_1.json")
    assert (
        endsong.fingerprint
        == hashlib.sha256(
            (DATA / "erickmay_Spotify-Shuffle-Analysis" / "endsong_1.json").read_bytes()
        ).hexdigest()
    )


@needs_data
def test_folder_search_is_recursive(tmp_path: Path) -> None:
    source = DATA / "ohitsmekatie_my-spotify" / "StreamingHistory0.json"
    (tmp_path / "MyData").mkdir()
    (tmp_path / "MyData" / "StreamingHistory0.json").write_bytes(source.read_bytes())
    (tmp_path / "MyData" / "Playlist1.json").write_bytes(b"{}")
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "StreamingHistory_music_0.json").mkdir()  # a folder, not a file
    files = discover(tmp_path)
    assert [(f.name, f.format, f.size) for f in files] == [
        (
            "MyData/StreamingHistory0.json",
            ExportFileFormat.ACCOUNT_LEGACY,
            source.stat().st_size,
        )
    ]
    assert repr(files[0]) == (
        f"ExportFile('MyData/StreamingHistory0.json', account_legacy, {source.stat().st_size})"
    )
    single = discover(tmp_path / "MyData" / "StreamingHistory0.json")
    assert [f.name for f in single] == ["StreamingHistory0.json"]
    assert single[0].fingerprint == files[0].fingerprint


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Streaming_History_Audio_2014-2017_0.json", ExportFileFormat.EXTENDED),
        ("Streaming_History_Audio_2023.json", ExportFileFormat.EXTENDED),
        ("Streaming_History_Audio_2023_1.json", ExportFileFormat.EXTENDED),
        ("endsong_0.json", ExportFileFormat.EXTENDED),
        ("endsong.json", ExportFileFormat.EXTENDED),
        ("Streaming_History_Video_2019-2025.json", ExportFileFormat.EXTENDED_VIDEO),
        ("StreamingHistory_music_0.json", ExportFileFormat.ACCOUNT_MUSIC),
        ("StreamingHistory_podcast_12.json", ExportFileFormat.ACCOUNT_PODCAST),
        ("StreamingHistory_audiobook_0.json", ExportFileFormat.ACCOUNT_AUDIOBOOK),
        ("StreamingHistory3.json", ExportFileFormat.ACCOUNT_LEGACY),
        ("Playlist1.json", None),
        ("Userdata.json", None),
        ("YourLibrary.json", None),
        ("SearchQueries.json", None),
        ("ReadMeFirst_ExtendedStreamingHistory.pdf", None),
        ("._StreamingHistory_music_0.json", None),
        ("StreamingHistory_music_0.json.bak", None),
    ],
)
def test_classify(name: str, expected: ExportFileFormat | None) -> None:
    assert classify(name) is expected


def test_natural_order(tmp_path: Path) -> None:
    for index in (10, 2, 1):
        (tmp_path / f"endsong_{index}.json").write_bytes(b"[]")
    (tmp_path / "StreamingHistory_music_0.json").write_bytes(b"[]")
    assert [f.name for f in discover(tmp_path)] == [
        "StreamingHistory_music_0.json",
        "endsong_1.json",
        "endsong_2.json",
        "endsong_10.json",
    ]


# --- bad containers -------------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(ExportNotFoundError) as caught:
        discover(tmp_path / "nope.zip")
    assert caught.value.translation_key == "import_not_found"
    assert caught.value.translation_placeholders == {"file": str(tmp_path / "nope.zip")}


@pytest.mark.parametrize(
    "content", [b"", b"hello, this is not a zip", b'[{"ts": 1}]', b"%PDF-1.7"]
)
def test_not_a_zip(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "my_spotify_data.zip"
    path.write_bytes(content)
    with pytest.raises(ExportNotZipError) as caught:
        discover(path)
    assert type(caught.value) is ExportNotZipError
    assert caught.value.translation_key == "import_not_zip"
    assert caught.value.translation_placeholders == {"file": "my_spotify_data.zip"}


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.95])
def test_truncated_zip(tmp_path: Path, keep: float) -> None:
    whole = make_zip(
        tmp_path / "whole.zip",
        {"StreamingHistory_music_0.json": orjson.dumps([{"a": i} for i in range(500)])},
    ).read_bytes()
    path = tmp_path / "my_spotify_data.zip"
    path.write_bytes(whole[: int(len(whole) * keep)])
    with pytest.raises(ExportBrokenZipError) as caught:
        discover(path)
    assert caught.value.translation_key == "import_broken_zip"
    assert isinstance(caught.value, ExportNotZipError)


def test_corrupt_member(tmp_path: Path) -> None:
    """The directory is intact but the compressed data is damaged."""
    data = orjson.dumps(
        [
            extended_row(
                master_metadata_track_name=hashlib.sha256(bytes([i])).hexdigest()
            )
            for i in range(200)
        ]
    )
    whole = bytearray(
        make_zip(
            tmp_path / "a.zip", {"Streaming_History_Audio_2021.json": data}
        ).read_bytes()
    )
    whole[100:120] = bytes(20)  # inside the deflate stream of the only member
    path = tmp_path / "b.zip"
    path.write_bytes(bytes(whole))
    (file,) = discover(path)
    with pytest.raises(ExportBrokenZipError) as caught:
        parse_file(file, ACCOUNT)
    assert caught.value.translation_placeholders == {
        "file": "Streaming_History_Audio_2021.json"
    }


def test_zip_too_large(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "big.zip", {"endsong_0.json": b"[]" * 100})
    with pytest.raises(ExportTooLargeError) as caught:
        discover(path, ExportLimits(max_zip_bytes=100))
    assert type(caught.value) is ExportTooLargeError
    assert caught.value.translation_key == "import_too_large"
    assert caught.value.translation_placeholders == {
        "file": "big.zip",
        "limit": "100 B",
    }


def test_zip_bomb(tmp_path: Path) -> None:
    bomb = b"[" + b" " * 4_000_000 + b"]"  # valid JSON, deflates ~1000:1
    path = make_zip(tmp_path / "bomb.zip", {"x/endsong_0.json": bomb})
    with pytest.raises(ExportZipBombError) as caught:
        discover(path)
    assert caught.value.translation_key == "import_zip_bomb"
    assert caught.value.translation_placeholders == {
        "file": "x/endsong_0.json",
        "limit": "100",
    }
    # A bomb among files this reader ignores is never decompressed.
    path = make_zip(
        tmp_path / "ok.zip", {"endsong_0.json": b"[]", "Userdata.json": bomb}
    )
    assert [f.name for f in discover(path)] == ["endsong_0.json"]


def test_member_over_file_limit(tmp_path: Path) -> None:
    data = orjson.dumps([extended_row(ms_played=i) for i in range(100)])
    path = make_zip(
        tmp_path / "e.zip", {"endsong_0.json": data}, compression=zipfile.ZIP_STORED
    )
    limits = ExportLimits(max_file_bytes=len(data) - 1)
    with pytest.raises(ExportFileTooLargeError) as caught:
        discover(path, limits)
    assert caught.value.translation_key == "import_file_too_large"
    assert caught.value.limit == len(data) - 1
    assert isinstance(caught.value, ExportTooLargeError)
    # Loose files obey the same limit.
    loose = tmp_path / "endsong_0.json"
    loose.write_bytes(data)
    with pytest.raises(ExportFileTooLargeError):
        discover(loose, limits)
    with pytest.raises(ExportFileTooLargeError):
        discover(tmp_path, limits)


def test_total_over_limit(tmp_path: Path) -> None:
    members = {f"endsong_{i}.json": b"[" + b" " * 1000 + b"]" for i in range(5)}
    path = make_zip(tmp_path / "t.zip", members, compression=zipfile.ZIP_STORED)
    limits = ExportLimits(max_total_bytes=4000)
    with pytest.raises(ExportTotalTooLargeError) as caught:
        discover(path, limits)
    assert caught.value.translation_key == "import_total_too_large"
    assert caught.value.translation_placeholders == {
        "file": "t.zip",
        "limit": "3.9 KiB",
    }
    folder = tmp_path / "loose"
    folder.mkdir()
    for name, data in members.items():
        (folder / name).write_bytes(data)
    with pytest.raises(ExportTotalTooLargeError):
        discover(folder, limits)


def patch_central_directory(path: Path, file_size: int) -> None:
    """Make the ZIP directory claim a smaller uncompressed size than the truth."""
    data = bytearray(path.read_bytes())
    at = data.index(b"PK\x01\x02")
    data[at + 24 : at + 28] = struct.pack("<I", file_size)
    path.write_bytes(bytes(data))


def test_lying_directory_does_not_get_past(tmp_path: Path) -> None:
    data = orjson.dumps([extended_row(ms_played=i) for i in range(300)])
    path = make_zip(tmp_path / "lie.zip", {"endsong_0.json": data})
    patch_central_directory(path, 100)
    limits = ExportLimits(max_file_bytes=1000)
    (file,) = discover(path, limits)  # the directory promises 100 bytes
    with pytest.raises(ExportError):
        parse_file(file, ACCOUNT, limits)


@pytest.mark.parametrize(
    ("limits", "error"),
    [
        (ExportLimits(max_file_bytes=1000), ExportFileTooLargeError),
        (ExportLimits(max_ratio=2), ExportZipBombError),
    ],
)
def test_bounded_read_when_decompressor_trusts_data(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    limits: ExportLimits,
    error: type[ExportError],
) -> None:
    """Even if the decompressor returned more than the directory said."""
    member = b"[" + b" " * 600 + b"]"
    path = make_zip(tmp_path / "x.zip", {"endsong_0.json": member}, zipfile.ZIP_STORED)
    (file,) = discover(path, limits)
    real_open = zipfile.ZipFile.open

    def lying_open(self: zipfile.ZipFile, name: Any, *args: Any, **kwargs: Any) -> Any:
        real_open(self, name, *args, **kwargs).close()
        return io.BytesIO(b"[" + b" " * 5000 + b"]")

    monkeypatch.setattr(zipfile.ZipFile, "open", lying_open)
    with pytest.raises(error):
        file.read()


def test_no_history(tmp_path: Path) -> None:
    path = make_zip(
        tmp_path / "account.zip",
        {"Spotify Account Data/Playlist1.json": b"{}", "Spotify Account Data/": b""},
    )
    with pytest.raises(ExportNoHistoryError) as caught:
        discover(path)
    assert caught.value.translation_placeholders == {"file": "account.zip"}
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ExportNoHistoryError):
        discover(empty)
    userdata = tmp_path / "Userdata.json"
    userdata.write_bytes(b"{}")
    with pytest.raises(ExportNoHistoryError) as caught:
        discover(userdata)
    assert caught.value.translation_key == "import_no_history"


def test_files_changed_after_discovery(tmp_path: Path) -> None:
    loose = tmp_path / "endsong_0.json"
    loose.write_bytes(b"[]")
    (file,) = discover(loose)
    (small,) = discover(loose, ExportLimits(max_file_bytes=1000))
    loose.write_bytes(b"[" + b" " * 2000 + b"]")  # grew past the limit
    with pytest.raises(ExportFileTooLargeError):
        small.read()
    loose.unlink()
    with pytest.raises(ExportNotFoundError):
        file.read()

    archive = make_zip(tmp_path / "a.zip", {"endsong_0.json": b"[]"})
    (member,) = discover(archive)
    make_zip(archive, {"other.json": b"[]"})
    with pytest.raises(ExportBrokenZipError):
        member.read()
    # The archive stays open from discovery to the last member read: one
    # deleted in between is still read as it was discovered.
    kept = make_zip(tmp_path / "b.zip", {"endsong_0.json": b"[1]"})
    (member,) = discover(kept)
    kept.unlink()
    assert member.read() == b"[1]"


def test_os_errors_are_typed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loose = tmp_path / "endsong_0.json"
    loose.write_bytes(b"[]")
    archive = make_zip(tmp_path / "a.zip", {"endsong_0.json": b"[]"})
    (loose_file,) = discover(loose)
    (member,) = discover(archive)

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(zipfile.ZipFile, "__init__", refuse)
    with pytest.raises(ExportUnreadableError):
        discover(archive)
    monkeypatch.setattr(Path, "open", refuse)
    # A member is read through the handle discovery opened, not Path.open.
    assert member.read() == b"[]"
    for action in (loose_file.read, lambda: discover(archive)):
        with pytest.raises(ExportUnreadableError) as caught:
            action()
        assert caught.value.translation_key == "import_unreadable"
    monkeypatch.setattr(Path, "stat", refuse)
    with pytest.raises(ExportUnreadableError):
        discover(loose)
    monkeypatch.setattr(Path, "is_dir", refuse)
    with pytest.raises(ExportUnreadableError):
        discover(loose)


def test_vanishing_during_discovery(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loose = tmp_path / "endsong_0.json"
    loose.write_bytes(b"[]")

    def gone(*args: Any, **kwargs: Any) -> Any:
        raise FileNotFoundError(2, "No such file")

    monkeypatch.setattr(Path, "stat", gone)
    monkeypatch.setattr(Path, "exists", lambda self: True)
    with pytest.raises(ExportNotFoundError):
        discover(loose)
    monkeypatch.setattr(Path, "rglob", gone)
    with pytest.raises(ExportUnreadableError):
        discover(tmp_path)


# --- bad content -----------------------------------------------------------------


def file_error(
    rows: Any,
    export_format: ExportFileFormat = ExportFileFormat.EXTENDED,
    data: bytes | None = None,
) -> ExportFileError:
    name = "Streaming_History_Audio_2021.json"
    with pytest.raises(ExportFileError) as caught:
        parse_bytes(
            name,
            export_format,
            orjson.dumps(rows) if data is None else data,
            "fp",
            ACCOUNT,
        )
    assert caught.value.file == name
    return caught.value


@pytest.mark.parametrize(
    "data", [b"", b"[", b'[{"ts": "2021-11-15T13:41:44Z",}]', b"[] []"]
)
def test_malformed_json(data: bytes) -> None:
    err = file_error(None, data=data)
    assert err.translation_key == "import_invalid_json"
    assert err.translation_placeholders == {"file": "Streaming_History_Audio_2021.json"}
    assert (err.row, err.field) == (None, None)


@pytest.mark.parametrize(
    ("data", "byte"),
    [
        # A UTF-16 byte-order mark: the file was saved in UTF-16.
        (b"\xff\xfe[]", "1"),
        # Latin-1 "e acute" inside a title, deep in a file long enough for pieces.
        (
            b"["
            + b'{"ts": "2021-11-15T13:41:44Z", "ms_played": 1},' * 9000
            + b'{"master_metadata_track_name": "Ol\xe9"}]',
            None,
        ),
    ],
    ids=["utf16_bom", "latin1_in_a_long_file"],
)
def test_text_that_is_not_utf8_says_so(data: bytes, byte: str | None) -> None:
    """Invalid UTF-8 fails the file with its own message, on both paths."""
    for export_format in (ExportFileFormat.EXTENDED, ExportFileFormat.ACCOUNT_MUSIC):
        with pytest.raises(ExportFileError) as caught:
            parse_bytes("f.json", export_format, data, "x", ACCOUNT)
        assert caught.value.translation_key == "import_not_utf8"
        position = data.index(b"\xe9") + 1 if byte is None else int(byte)
        assert caught.value.translation_placeholders["byte"] == f"{position:,}"


def test_invalid_json_error_keeps_no_content() -> None:
    data = b'[{"ip_addr": "203.0.113.77", "ts": }]'
    err = file_error(None, data=data)
    assert err.__cause__ is None
    assert err.__context__ is None


@pytest.mark.parametrize("rows", [{"plays": []}, "text", 12, None])
def test_top_level_not_a_list(rows: Any) -> None:
    err = file_error(rows)
    assert err.translation_key == "import_not_a_list"


@pytest.mark.parametrize(
    "export_format", [ExportFileFormat.EXTENDED, ExportFileFormat.ACCOUNT_MUSIC]
)
def test_row_not_an_object(export_format: ExportFileFormat) -> None:
    good = (
        extended_row()
        if export_format is ExportFileFormat.EXTENDED
        else {
            "endTime": "2022-12-05 16:52",
            "artistName": "a",
            "trackName": "t",
            "msPlayed": 1,
        }
    )
    err = file_error([good, ["not", "a", "row"]], export_format)
    assert err.translation_key == "import_row_not_object"
    assert err.row == 1
    assert err.translation_placeholders == {
        "file": "Streaming_History_Audio_2021.json",
        "row": "2",
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("ms_played", "152293"),
        ("ms_played", -1),
        ("ms_played", 1.5),
        ("ms_played", True),
        ("ms_played", None),
        ("ms_played", MAX_MS_PLAYED + 1),
        ("master_metadata_track_name", 12),
        ("master_metadata_album_artist_name", ["a"]),
        ("spotify_track_uri", {"uri": "x"}),
        ("episode_name", False),
        ("platform", 3),
        ("reason_start", 0),
        ("reason_end", 1),
        ("shuffle", "true"),
        ("skipped", 0),
        ("offline", 1),
        ("incognito_mode", "no"),
        ("audiobook_title", 1),
        ("audiobook_chapter_uri", 1.0),
        ("ts", 1636983704),
        ("ts", None),
        ("ts", "2021-11-15 13:41:44"),  # local-looking, no T/Z
        ("ts", "2021-11-15T13:41:44"),
        ("ts", "2021-11-15T13:41:44.123Z"),
        ("ts", "2021-11-15T13:41:44+00:00"),
        ("ts", "2021-02-30T13:41:44Z"),
        ("ts", "2021-11-15T24:00:00Z"),
        ("ts", "2021-11-15T13:60:00Z"),
        ("ts", "2021-11-15T13:41:4Z"),
        ("ts", "1969-12-31T23:59:59Z"),
        ("ts", "\uff12\uff1021-11-15T13:41:44Z"),
        ("ts", "+021-11-15T13:41:44Z"),
        ("ts", ""),
    ],
)
def test_wrong_extended_field(field: str, value: Any) -> None:
    rows = [extended_row(), extended_row(), extended_row(**{field: value})]
    err = file_error(rows)
    assert err.translation_key == "import_invalid_field"
    assert (err.row, err.field) == (2, field)
    assert err.translation_placeholders == {
        "file": "Streaming_History_Audio_2021.json",
        "row": "3",
        "field": field,
    }
    # The error names the field, never the content of the row.
    if isinstance(value, str) and len(value) > 4:
        assert value not in f"{err} {err.args}"


@pytest.mark.parametrize("field", ["ts", "ms_played"])
def test_missing_required_extended_field(field: str) -> None:
    row = extended_row()
    del row[field]
    err = file_error([row])
    assert (err.row, err.field) == (0, field)


@pytest.mark.parametrize(
    ("export_format", "field", "value"),
    [
        (ExportFileFormat.ACCOUNT_MUSIC, "msPlayed", "1000"),
        (ExportFileFormat.ACCOUNT_MUSIC, "msPlayed", -5),
        (ExportFileFormat.ACCOUNT_MUSIC, "trackName", 7),
        (ExportFileFormat.ACCOUNT_MUSIC, "artistName", True),
        (ExportFileFormat.ACCOUNT_MUSIC, "endTime", "2022-12-05T16:52:00Z"),
        (ExportFileFormat.ACCOUNT_MUSIC, "endTime", "2022-12-05 16:52:00"),
        (ExportFileFormat.ACCOUNT_MUSIC, "endTime", "2022-13-05 16:52"),
        (ExportFileFormat.ACCOUNT_MUSIC, "endTime", 1670259120),
        (ExportFileFormat.ACCOUNT_LEGACY, "endTime", None),
        (ExportFileFormat.ACCOUNT_PODCAST, "episodeName", 1),
        (ExportFileFormat.ACCOUNT_PODCAST, "podcastName", []),
        (ExportFileFormat.ACCOUNT_AUDIOBOOK, "audiobookName", 2),
        (ExportFileFormat.ACCOUNT_AUDIOBOOK, "chapterName", {}),
    ],
)
def test_wrong_account_field(
    export_format: ExportFileFormat, field: str, value: Any
) -> None:
    row: dict[str, Any] = {
        "endTime": "2022-12-05 16:52",
        "artistName": "Artist",
        "trackName": "Track",
        "podcastName": "Show",
        "episodeName": "Episode",
        "audiobookName": "Book",
        "chapterName": "Chapter 1",
        "authorName": "Author",
        "msPlayed": 152293,
    }
    good = parse_rows([row], export_format)
    assert len(good.records) == 1
    err = file_error([row, {**row, field: value}], export_format)
    assert (err.translation_key, err.row, err.field) == (
        "import_invalid_field",
        1,
        field,
    )


def test_nothing_returned_and_budget_untouched_on_error() -> None:
    budget = ExportBudget(records=10)
    rows = [extended_row() for _ in range(50)] + [extended_row(ms_played="x")]
    with pytest.raises(ExportFileError):
        parse_bytes(
            "f.json",
            ExportFileFormat.EXTENDED,
            orjson.dumps(rows),
            "fp",
            ACCOUNT,
            ExportLimits(),
            budget,
        )
    assert budget.records == 10


def test_too_many_records(tmp_path: Path) -> None:
    for index in range(3):
        (tmp_path / f"endsong_{index}.json").write_bytes(
            orjson.dumps([extended_row(ms_played=i) for i in range(40)])
        )
    (tmp_path / "Streaming_History_Video_2020.json").write_bytes(
        orjson.dumps([extended_row()] * 500)
    )
    limits = ExportLimits(max_records=100)
    budget = ExportBudget()
    files = discover(tmp_path, limits)
    assert [f.format for f in files] == [ExportFileFormat.EXTENDED_VIDEO] + [
        ExportFileFormat.EXTENDED
    ] * 3
    video, first, second, third = files
    assert parse_file(video, ACCOUNT, limits, budget).skipped == {"video": 500}
    assert len(parse_file(first, ACCOUNT, limits, budget).records) == 40
    assert len(parse_file(second, ACCOUNT, limits, budget).records) == 40
    assert budget.records == 80
    with pytest.raises(ExportTooManyRecordsError) as caught:
        parse_file(third, ACCOUNT, limits, budget)
    assert caught.value.translation_key == "import_too_many_records"
    assert caught.value.translation_placeholders == {
        "file": "endsong_2.json",
        "limit": "100",
    }
    assert budget.records == 80
    # Without a budget, each file is checked on its own.
    assert len(parse_file(third, ACCOUNT, limits).records) == 40


# --- mapping ----------------------------------------------------------------------


def test_extended_kinds() -> None:
    rows = [
        extended_row(),
        extended_row(
            **NO_TRACK,
            episode_name="Ep 1",
            episode_show_name="Show",
            spotify_episode_uri="spotify:episode:abc",
        ),
        extended_row(
            **NO_TRACK,
            audiobook_title="Book",
            audiobook_uri="spotify:audiobook:b",
            audiobook_chapter_uri="spotify:chapter:c",
            audiobook_chapter_title="Chapter 1",
        ),
        extended_row(
            **NO_TRACK, audiobook_title="Book", audiobook_uri="spotify:audiobook:b"
        ),
        extended_row(**NO_TRACK, reason_start="", reason_end=None, platform=None),
        # Track name without a URI: an unavailable track, still a track.
        extended_row(spotify_track_uri=None),
    ]
    records = parse_rows(rows).records
    assert [(r.kind, r.title, r.artist, r.album, r.item_uri) for r in records] == [
        (
            PlayKind.TRACK,
            "Song",
            "Artist",
            "Album",
            "spotify:track:4uLU6hMCjMI75M1A2tKUQC",
        ),
        (PlayKind.EPISODE, "Ep 1", "Show", None, "spotify:episode:abc"),
        (PlayKind.AUDIOBOOK, "Chapter 1", None, "Book", "spotify:chapter:c"),
        (PlayKind.AUDIOBOOK, None, None, "Book", "spotify:audiobook:b"),
        (PlayKind.OTHER, None, None, None, None),
        (PlayKind.TRACK, "Song", "Artist", "Album", None),
    ]
    other = records[4]
    assert (other.reason_start, other.reason_end, other.device) == (None, None, None)
    first = records[0]
    assert first[11:] == (
        "android",
        "spotify",
        "clickrow",
        "trackdone",
        False,
        False,
        False,
        False,
        None,
    )
    assert first.ended_at == utc_ms("2021-11-15T13:41:44Z")


def test_old_and_sparse_schemas() -> None:
    old = {
        key: value
        for key, value in extended_row(username=None, ip_addr_decrypted=None).items()
        if not key.startswith("audiobook_")
    }
    sparse = {"ts": "2015-01-01T00:00:00Z", "ms_played": 0}
    records = parse_rows([old, old, sparse, extended_row()]).records
    assert [r.kind for r in records] == [
        PlayKind.TRACK,
        PlayKind.TRACK,
        PlayKind.OTHER,
        PlayKind.TRACK,
    ]
    assert records[2][5:] == (None,) * 7 + ("spotify",) + (None,) * 7
    assert records[2].ended_at == utc_ms("2015-01-01T00:00:00Z")
    # An endsong-style file where a later row does carry audiobook fields.
    book = {
        **old,
        **NO_TRACK,
        "audiobook_title": "B",
        "audiobook_uri": "spotify:audiobook:b",
    }
    records = parse_rows([old, book]).records
    assert records[1][4:9] == (
        PlayKind.AUDIOBOOK,
        None,
        None,
        "B",
        "spotify:audiobook:b",
    )
    err = file_error([old, {**book, "audiobook_uri": 5}])
    assert (err.row, err.field) == (1, "audiobook_uri")


def test_account_missing_names_are_none() -> None:
    rows = [{"endTime": "2022-12-05 16:52", "msPlayed": 0}]
    (record,) = parse_rows(rows, ExportFileFormat.ACCOUNT_MUSIC).records
    assert record[4:8] == (PlayKind.TRACK, None, None, None)
    assert record.ended_at == utc_ms("2022-12-05 16:52")


def test_empty_file_and_bom() -> None:
    assert parse_rows([]).records == []
    data = b"\xef\xbb\xbf" + orjson.dumps([extended_row()])
    parsed = parse_bytes("a.json", ExportFileFormat.EXTENDED, data, "fp", ACCOUNT)
    assert len(parsed.records) == 1


def test_hours_across_a_day_and_leap_day() -> None:
    stamps = [
        "2024-02-29T23:59:59Z",
        "2024-03-01T00:00:00Z",
        "2024-02-29T23:00:00Z",
        "1970-01-01T00:00:00Z",
        "2038-01-19T03:14:08Z",
    ]
    records = parse_rows([extended_row(ts=ts) for ts in stamps]).records
    assert [r.ended_at for r in records] == [utc_ms(ts) for ts in stamps]


def test_error_texts() -> None:
    err = ExportFileError("import_invalid_field", "a.json", 4, "ts")
    assert str(err) == "import_invalid_field (file=a.json, row=5, field=ts)"
    assert (
        ExportTooLargeError("x.zip", 2 * 1024**3).translation_placeholders["limit"]
        == "2 GiB"
    )
    assert (
        ExportFileTooLargeError("x", 256 * 1024**2).translation_placeholders["limit"]
        == "256 MiB"
    )
    assert (
        ExportFileTooLargeError("x", 1536).translation_placeholders["limit"]
        == "1.5 KiB"
    )


def test_parsing_leaves_the_collector_as_it_was() -> None:
    """Parsing never switches the process-wide garbage collector on or off."""
    assert gc.isenabled()
    parse_rows([extended_row()])
    assert gc.isenabled()
    with pytest.raises(ExportFileError):
        parse_rows([extended_row(ts=5)])
    assert gc.isenabled()
    gc.disable()
    try:
        parse_rows([extended_row()])
        assert not gc.isenabled()
    finally:
        gc.enable()


# --- property: any input is records of the right types or an ExportFileError ----

SHAPES: list[dict[str, Any]] = [
    {},
    NO_TRACK,
    {**NO_TRACK, "episode_name": "E", "spotify_episode_uri": "u"},
    {**NO_TRACK, "audiobook_title": "B"},
]
ACCOUNT_SHAPES: dict[ExportFileFormat, dict[str, Any]] = {
    ExportFileFormat.ACCOUNT_MUSIC: {
        "endTime": "2022-12-05 16:52",
        "artistName": "Artist",
        "trackName": "Track",
        "msPlayed": 152293,
    },
    ExportFileFormat.ACCOUNT_LEGACY: {
        "endTime": "2020-10-21 01:36",
        "artistName": "Dateline NBC",
        "trackName": "Episode",
        "msPlayed": 1,
    },
    ExportFileFormat.ACCOUNT_PODCAST: {
        "endTime": "2023-10-03 21:56",
        "podcastName": "Show",
        "episodeName": "Episode",
        "msPlayed": 1835,
    },
    ExportFileFormat.ACCOUNT_AUDIOBOOK: {
        "endTime": "2023-10-20 18:58",
        "audiobookName": "Book",
        "chapterName": "Chapter",
        "authorName": "Author",
        "msPlayed": 41192,
    },
}
# Lone surrogates cannot be written as UTF-8 JSON.
TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=24)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**64 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    TEXT,
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3)
    ),
    max_leaves=6,
)
# Hypothesis wants naive bounds; the times are formatted as UTC strings.
EARLY = datetime(1960, 1, 1)  # noqa: DTZ001
EPOCH = datetime(1970, 1, 1)  # noqa: DTZ001
LATE = datetime(2200, 1, 1)  # noqa: DTZ001
VALID_TIMES = st.datetimes(min_value=EPOCH, max_value=LATE)
TIMESTAMPS = st.one_of(
    st.datetimes(min_value=EARLY, max_value=LATE).map(
        lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ")
    ),
    st.datetimes().map(lambda d: d.strftime("%Y-%m-%d %H:%M")),
    st.from_regex(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}Z)?\Z"),
    TEXT,
)


@st.composite
def export_files(draw: st.DrawFn) -> tuple[ExportFileFormat, list[Any], bool]:
    """A history file: valid rows, then random mutations (and whether any)."""
    export_format = draw(st.sampled_from(list(ExportFileFormat)))
    rows: list[Any] = []
    mutated = False
    for _ in range(draw(st.integers(0, 4))):
        if export_format in ACCOUNT_SHAPES:
            row = dict(ACCOUNT_SHAPES[export_format])
            row["endTime"] = draw(VALID_TIMES).strftime("%Y-%m-%d %H:%M")
        else:
            row = extended_row(
                **draw(st.sampled_from(SHAPES)),
                ts=draw(VALID_TIMES).strftime("%Y-%m-%dT%H:%M:%SZ"),
                ms_played=draw(st.integers(0, MAX_MS_PLAYED)),
            )
            if draw(st.booleans()):  # endsong schema
                row = {k: v for k, v in row.items() if not k.startswith("audiobook_")}
        mutations = st.lists(st.sampled_from(sorted(row)), max_size=3, unique=True)
        # Most rows stay valid, so files of several good rows are common too.
        for key in draw(mutations) if draw(st.integers(0, 2)) == 0 else []:
            action = draw(st.sampled_from(["delete", "null", "value", "time", "text"]))
            mutated = True
            if action == "delete":
                del row[key]
            elif action == "null":
                row[key] = None
            elif action == "value":
                row[key] = draw(JSON_VALUES)
            elif action == "time":
                row[key] = draw(TIMESTAMPS)
            else:
                row[key] = draw(TEXT)
        extra = draw(st.dictionaries(TEXT, JSON_VALUES, max_size=2))
        mutated |= not extra.keys().isdisjoint(row)
        row.update(extra)
        if draw(st.integers(0, 20)) == 0:
            rows.append(draw(JSON_VALUES))
            mutated = True
        else:
            rows.append(row)
    return export_format, rows, mutated


def check_record(record: PlayRecord) -> None:
    assert type(record) is PlayRecord
    assert record.account == ACCOUNT
    assert type(record.source) is Source
    assert type(record.ended_at) is int
    assert record.ended_at >= 0
    assert type(record.ms_played) is int
    assert 0 <= record.ms_played <= MAX_MS_PLAYED
    assert type(record.kind) is PlayKind
    for text in (
        record.title,
        record.artist,
        record.album,
        record.item_uri,
        record.device,
        record.reason_start,
        record.reason_end,
    ):
        assert text is None or type(text) is str
    assert record.reason_start != ""
    assert record.reason_end != ""
    for flag in (record.shuffle, record.skipped, record.offline, record.incognito):
        assert flag is None or type(flag) is bool
    assert (record.artist_uri, record.context_uri, record.started_at) == (
        None,
        None,
        None,
    )
    assert record.source_kind == "spotify"


@settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(export_files())
def test_any_rows_give_typed_records_or_file_error(
    case: tuple[ExportFileFormat, list[Any], bool],
) -> None:
    export_format, rows, mutated = case
    data = orjson.dumps(rows)
    error: ExportFileError | None = None
    try:
        parsed = parse_bytes("f.json", export_format, data, "fp", ACCOUNT)
    except ExportFileError as err:
        error = err
    event("error" if error is not None else "parsed")
    if error is not None:
        assert mutated
        assert error.file == "f.json"
        assert error.translation_key in {
            "import_row_not_object",
            "import_invalid_field",
        }
        assert error.row is not None
        assert 0 <= error.row < len(rows)
        return
    assert parsed.rows == len(rows)
    if export_format is ExportFileFormat.EXTENDED_VIDEO:
        assert parsed.records == []
        return
    assert len(parsed.records) == len(rows)
    for record, row in zip(parsed.records, rows, strict=True):
        check_record(record)
        if export_format is ExportFileFormat.EXTENDED:
            assert record.ended_at == utc_ms(row["ts"])
            assert record.source is Source.EXPORT_EXTENDED
        else:
            assert record.ended_at == utc_ms(row["endTime"])
            assert record.source is Source.EXPORT_ACCOUNT


def test_pieces_cut_inside_a_title_decode_like_the_whole_file() -> None:
    """A title holding "},{" where a piece would be cut: same rows as one decode."""
    from custom_components.encore.history.imports.spotify_export import (
        reader as export_reader,
    )

    row = {"ts": "2024-01-01T00:00:00Z", "ms_played": 1000, "title": "x"}
    tricky = 'a"},{"ts": "2024-01-01T00:00:00Z"},{' * 20
    rows = [dict(row, title=f"{tricky} {i}") for i in range(20_000)]
    for data in (orjson.dumps(rows, option=orjson.OPT_INDENT_2), orjson.dumps(rows)):
        try:
            decoded = [
                row for batch in export_reader._rows_by_piece(data) for row in batch
            ]
        except export_reader._CutInsideStringError:
            decoded = export_reader._whole_file_rows(data, "f.json")
        assert decoded == rows
