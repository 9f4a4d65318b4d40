"""A synthetic Spotify Extended streaming history export, for the import benchmark.

`build_export(rows)` writes a ZIP shaped like the one Spotify sends: files
`Spotify Extended Streaming History/Streaming_History_Audio_<years>_<n>.json`
of about 16,000 rows each, every one a JSON array of rows with the 23 keys of
a current export in Spotify's order (including `ip_addr`, filled with a
documentation address so the importer's dropping of personal fields is
exercised). The history covers ten years ending 2026-10-31:

- a catalogue of 150,000 tracks by 20,000 artists, each track on an album of
  its artist; plays draw a track by a Zipf-Mandelbrot law (s=0.8, q=20), so
  the most played track has ~0.2 % of the plays and ~138,000 tracks are
  played at least once in a million rows;
- ~3 % podcast episodes (250 shows, Zipf-popular), ~0.2 % rows whose every
  metadata field is null (as Spotify writes for items it lost);
- listening sessions: a full play ends `trackdone` and the next one starts
  `trackdone`, skips end `fwdbtn`/`backbtn` after a few seconds, sessions
  start `appload`/`clickrow`/`playbtn`/`remote`; the platform strings change
  from the long free text of old rows to short words in late 2023;
- 3 % exact duplicate rows (the same dict written twice), a fifth of them in
  the next file, as Spotify's own exports repeat rows.

Generation is deterministic (one seeded `random.Random`) and the ZIP is cached
under the system temp dir by its parameters, so only the first run pays for
it. Run `python -m benchmarks.synthetic_export [rows]` to build it alone.
"""

from array import array
from bisect import bisect_right
from dataclasses import dataclass
from datetime import UTC, datetime
import hashlib
import itertools
import math
import os
from pathlib import Path
import random
import sys
import tempfile
import time
from typing import Any
import zipfile

import orjson

FOLDER = "Spotify Extended Streaming History"
END = datetime(2026, 11, 1, tzinfo=UTC)
"""The export ends on 2026-10-31 (the last second before this moment)."""
START = datetime(2016, 11, 1, tzinfo=UTC)
ACCOUNT = "bench_listener"


@dataclass(frozen=True, slots=True)
class ExportSpec:
    """What to generate; every field is part of the cache key."""

    rows: int = 1_000_000
    artists: int = 20_000
    tracks: int = 150_000
    shows: int = 250
    rows_per_file: int = 16_000
    duplicate_share: float = 0.03
    episode_share: float = 0.03
    null_share: float = 0.002
    zipf_s: float = 0.8
    zipf_q: float = 20.0
    seed: int = 20261031

    @property
    def file_name(self) -> str:
        """The cache file's name: the defaults give export-<rows>.zip."""
        default = ExportSpec(rows=self.rows)
        digest = hashlib.sha1(repr(self).encode(), usedforsecurity=False)
        suffix = "" if self == default else f"-{digest.hexdigest()[:10]}"
        return f"export-{self.rows}{suffix}.zip"


@dataclass(frozen=True, slots=True)
class ExportInfo:
    """The generated ZIP and what it holds."""

    path: Path
    rows: int
    files: int
    duplicates: int
    zip_bytes: int
    json_bytes: int
    generated_in: float | None
    """Seconds spent generating, None when the cached ZIP was used."""


def cache_dir() -> Path:
    """Where generated exports are kept between runs."""
    return Path(tempfile.gettempdir()) / "encore-bench"


# --- names ---------------------------------------------------------------------

_ONSETS = (
    "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n",
    "p", "pr", "r", "s", "sh", "st", "t", "tr", "v", "w", "z", "bl", "fl", "kr", "",
)  # fmt: skip
_VOWELS = (
    "a", "e", "i", "o", "u", "ai", "ea", "ou", "y", "é", "ö", "å", "ø", "ü", "á",
)  # fmt: skip
_CODAS = ("", "", "", "n", "r", "s", "l", "m", "x", "nd", "st", "ck", "ng", "rt")
_WORD_SHAPES = (1, 2, 2, 2, 3, 3)
_ARTIST_FORMS = ("{a}", "{a} {b}", "The {a}s", "{a} & the {b}s", "DJ {a}", "{a} {b}")
_ALBUM_FORMS = (
    "{a}",
    "{a} {b}",
    "{a} (Deluxe Edition)",
    "The {a} Sessions",
    "{a} {b} {c}",
)
_TRACK_FORMS = (
    "{a}", "{a} {b}", "{a} {b} {c}", "{a} - Remastered 2011", "{a} (feat. {b})",
    "{a} {b} - Live", "{a} of {b}",
)  # fmt: skip
_CJK = "夜明けの空音楽恋心未来光雨風花火"


def _word(rng: random.Random) -> str:
    syllables = rng.choice(_WORD_SHAPES)
    text = "".join(
        rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
        for _ in range(syllables)
    )
    if rng.random() < 0.01:
        text = "".join(rng.choices(_CJK, k=rng.randint(2, 4)))
    return text.capitalize()


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add(_word(rng))
    return sorted(words)


def _phrase(rng: random.Random, forms: tuple[str, ...], words: list[str]) -> str:
    return rng.choice(forms).format(
        a=rng.choice(words), b=rng.choice(words), c=rng.choice(words)
    )


_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _spotify_id(rng: random.Random) -> str:
    return "".join(rng.choices(_BASE62, k=22))


# --- the catalogue -------------------------------------------------------------


@dataclass(slots=True)
class _Catalogue:
    track_names: list[str]
    track_artists: list[str]
    track_albums: list[str]
    track_uris: list[str]
    track_ms: array[int]
    track_cum: list[float]
    episode_names: list[str]
    episode_shows: list[str]
    episode_uris: list[str]
    episode_ms: array[int]
    show_first: list[int]
    """Index of each show's first episode; the last entry is the total."""
    show_cum: list[float]


def _zipf_cum(count: int, s: float, q: float) -> list[float]:
    return list(
        itertools.accumulate(1.0 / (rank + 1 + q) ** s for rank in range(count))
    )


def _catalogue(rng: random.Random, spec: ExportSpec) -> _Catalogue:
    words = _vocabulary(rng, 6000)
    artist_names: set[str] = set()
    while len(artist_names) < spec.artists:
        artist_names.add(_phrase(rng, _ARTIST_FORMS, words))
    artists = sorted(artist_names)
    rng.shuffle(artists)
    # Every artist has a track; the other tracks go to artists by popularity.
    artist_cum = _zipf_cum(spec.artists, 1.0, 5.0)
    owners = list(range(spec.artists)) + rng.choices(
        range(spec.artists), cum_weights=artist_cum, k=spec.tracks - spec.artists
    )
    rng.shuffle(owners)
    by_artist: dict[int, int] = {}
    for owner in owners:
        by_artist[owner] = by_artist.get(owner, 0) + 1
    albums: dict[int, list[str]] = {
        owner: [_phrase(rng, _ALBUM_FORMS, words) for _ in range(1 + count // 10)]
        for owner, count in sorted(by_artist.items())
    }
    track_names = [_phrase(rng, _TRACK_FORMS, words) for _ in range(spec.tracks)]
    track_artists = [artists[owner] for owner in owners]
    track_albums = [rng.choice(albums[owner]) for owner in owners]
    track_uris = [f"spotify:track:{_spotify_id(rng)}" for _ in range(spec.tracks)]
    track_ms = array(
        "q",
        (max(45_000, min(900_000, int(rng.gauss(215_000, 55_000)))) for _ in owners),
    )

    episode_names: list[str] = []
    episode_shows: list[str] = []
    episode_uris: list[str] = []
    episode_ms = array("q")
    show_first: list[int] = []
    for _ in range(spec.shows):
        show = _phrase(rng, _ALBUM_FORMS, words) + " Podcast"
        show_first.append(len(episode_names))
        for number in range(1, rng.randint(10, 300) + 1):
            episode_names.append(f"#{number} - {_phrase(rng, _TRACK_FORMS, words)}")
            episode_shows.append(show)
            episode_uris.append(f"spotify:episode:{_spotify_id(rng)}")
            episode_ms.append(rng.randint(15, 120) * 60_000 + rng.randint(0, 59_999))
    show_first.append(len(episode_names))
    return _Catalogue(
        track_names,
        track_artists,
        track_albums,
        track_uris,
        track_ms,
        _zipf_cum(spec.tracks, spec.zipf_s, spec.zipf_q),
        episode_names,
        episode_shows,
        episode_uris,
        episode_ms,
        show_first,
        _zipf_cum(spec.shows, 1.0, 2.0),
    )


# --- platforms -------------------------------------------------------------------

# (first year, strings, weights): free text until late 2023, short words since.
_PLATFORMS: tuple[tuple[datetime, tuple[str, ...], tuple[int, ...]], ...] = (
    (
        START,
        (
            "Android OS 7.0 API 24 (samsung, SM-G930F)",
            "iOS 10.3.2 (iPhone8,1)",
            "Windows 10 (10.0.14393; x64)",
            "OS X 10.12.6 [x86 8]",
            "web_player windows 10;chrome 61.0.3163.100;desktop",
            "Partner sonos_sonos",
        ),
        (40, 20, 20, 8, 6, 6),
    ),
    (
        datetime(2019, 3, 1, tzinfo=UTC),
        (
            "Android OS 9 API 28 (samsung, SM-G960F)",
            "iOS 13.3.1 (iPhone11,2)",
            "Windows 10 (10.0.18362; x64)",
            "OS X 10.15.2 [x86 8]",
            "web_player windows 10;chrome 80.0.3987.149;desktop",
            "Partner sonos_sonos",
            "Partner google cast_tv;Chromecast;;",
        ),
        (35, 25, 18, 7, 5, 7, 3),
    ),
    (
        datetime(2021, 6, 1, tzinfo=UTC),
        (
            "Android OS 12 API 31 (Google, Pixel 6)",
            "iOS 15.4.1 (iPhone14,2)",
            "Windows 10 (10.0.19044; x64; AppX)",
            "OS X 12.3.1 [arm 2]",
            "web_player windows 10;chrome 100.0.4896.127;desktop",
            "Partner sonos_sonos",
            "Partner google cast_tv;Chromecast;;",
        ),
        (35, 25, 18, 7, 5, 7, 3),
    ),
    (
        datetime(2023, 10, 1, tzinfo=UTC),
        ("android", "ios", "windows", "osx", "web_player", "sonos", "tv"),
        (35, 25, 18, 7, 5, 7, 3),
    ),
)
_COUNTRIES = ("DE", "DE", "DE", "DE", "DE", "DE", "NL", "FR", "AT", "ES", "US")
_SESSION_STARTS = ("appload", "clickrow", "playbtn", "remote", "clickrow", "playbtn")
_SKIP_ENDS = ("fwdbtn",) * 14 + ("backbtn",) * 2 + ("endplay",) * 3 + ("logout",)
_PARTIAL_ENDS = (
    "endplay", "endplay", "logout", "unexpected-exit-while-paused", "remote",
    "fwdbtn", "unexpected-exit",
)  # fmt: skip
_SKIPPED_FROM = datetime(2023, 1, 1, tzinfo=UTC).timestamp()
_SKIPPED_NULL_UNTIL = datetime(2020, 1, 1, tzinfo=UTC).timestamp()
_OFFLINE_MS_UNTIL = datetime(2023, 1, 1, tzinfo=UTC).timestamp()
_EDGE = 300
"""Rows at the end of a file whose copies may land in the next file."""


# --- the rows --------------------------------------------------------------------


def _timeline(
    rng: random.Random, spec: ExportSpec, catalogue: _Catalogue, count: int
) -> tuple[array[int], array[int], array[int], array[int]]:
    """(end second, ms played, item, how it ended) of each distinct row, in order.

    Items: a track index, -1 - an episode index, or `spec.tracks` for a row
    with no metadata. Ends: 0 full play, 1 skip, 2 stopped part way, plus 4
    for the first row of a listening session.
    """
    tracks = rng.choices(range(spec.tracks), cum_weights=catalogue.track_cum, k=count)
    items = array("q", tracks)
    ends = array("b", bytes(count))
    played = array("q", bytes(8 * count))
    gaps = array("d", bytes(8 * count))
    random_ = rng.random
    first = catalogue.show_first
    show_cum = catalogue.show_cum
    total_show = show_cum[-1]
    for index in range(count):
        roll = random_()
        if roll < spec.episode_share:
            show = bisect_right(show_cum, random_() * total_show)
            show = min(show, len(first) - 2)
            episode = first[show] + int(random_() * (first[show + 1] - first[show]))
            items[index] = -1 - episode
            length = catalogue.episode_ms[episode]
        elif roll < spec.episode_share + spec.null_share:
            items[index] = spec.tracks  # no metadata
            length = 240_000
        else:
            length = catalogue.track_ms[items[index]]
        how = random_()
        if how < 0.62:
            ms = length - int(random_() * 400)
            ends[index] = 0
        elif how < 0.88:
            # Skips: many within a second, most within half a minute.
            ms = int(random_() ** 3 * 30_000)
            ends[index] = 1
        else:
            ms = int(length * (0.1 + 0.85 * random_()))
            ends[index] = 2
        played[index] = ms
        # One play in 25 starts a new session after a break.
        gaps[index] = rng.expovariate(1.0) if random_() < 0.04 else 0.0
    span = END.timestamp() - 1 - START.timestamp()
    listening = sum(played) / 1000 + count * 1.5
    breaks = sum(gaps) or 1.0
    scale = max(0.0, span - listening) / breaks
    squeeze = min(1.0, span / listening) if listening else 1.0
    seconds = array("q", bytes(8 * count))
    clock = START.timestamp()
    for index in range(count):
        clock += gaps[index] * scale + (played[index] / 1000 + 1.5) * squeeze
        seconds[index] = int(clock)
    # Mark session starts in `ends` (bit 4) from the breaks.
    for index in range(count):
        if gaps[index] > 0:
            ends[index] |= 4
    return seconds, played, items, ends


def _platform_for(second: int, rng: random.Random) -> str:
    for begins, names, weights in reversed(_PLATFORMS):
        if second >= begins.timestamp():
            return rng.choices(names, weights=weights)[0]
    raise AssertionError("before the first era")


def _rows(
    rng: random.Random,
    spec: ExportSpec,
    catalogue: _Catalogue,
    seconds: array[int],
    played: array[int],
    items: array[int],
    ends: array[int],
    start: int,
    stop: int,
    session: dict[str, Any],
) -> list[dict[str, Any]]:
    """The rows start..stop of the timeline, as Spotify writes them."""
    rows: list[dict[str, Any]] = []
    random_ = rng.random
    for index in range(start, stop):
        second = seconds[index]
        ms = played[index]
        how = ends[index]
        if how & 4 or index == 0:
            session["platform"] = _platform_for(second, rng)
            session["country"] = rng.choice(_COUNTRIES)
            session["shuffle"] = random_() < 0.45
            session["offline"] = random_() < 0.03
            session["incognito"] = random_() < 0.005
            session["ip"] = f"198.51.100.{rng.randint(1, 254)}"
            reason_start = rng.choice(_SESSION_STARTS)
        else:
            reason_start = session["previous_end"]
            if reason_start not in ("trackdone", "fwdbtn", "backbtn", "clickrow"):
                reason_start = "clickrow"
        how &= 3
        if how == 0:
            reason_end = "trackdone"
        elif how == 1:
            reason_end = rng.choice(_SKIP_ENDS)
        else:
            reason_end = rng.choice(_PARTIAL_ENDS)
        session["previous_end"] = reason_end
        if second >= _SKIPPED_FROM:
            skipped: bool | None = how == 1 and reason_end == "fwdbtn"
        elif second < _SKIPPED_NULL_UNTIL:
            skipped = None
        else:
            skipped = False
        offline = session["offline"]
        offline_ts: int | None = None
        if offline or random_() < 0.5:
            started = second - ms // 1000
            offline_ts = started * 1000 if second < _OFFLINE_MS_UNTIL else started
        item = items[index]
        track = artist = album = track_uri = None
        episode = show = episode_uri = None
        if item < 0:
            number = -1 - item
            episode = catalogue.episode_names[number]
            show = catalogue.episode_shows[number]
            episode_uri = catalogue.episode_uris[number]
        elif item < spec.tracks:
            track = catalogue.track_names[item]
            artist = catalogue.track_artists[item]
            album = catalogue.track_albums[item]
            track_uri = catalogue.track_uris[item]
        rows.append(
            {
                "ts": datetime.fromtimestamp(second, UTC).strftime(
                    "%Y-%m-%dT%H:%M:%SZ"
                ),
                "platform": session["platform"],
                "ms_played": ms,
                "conn_country": session["country"],
                "ip_addr": session["ip"],
                "master_metadata_track_name": track,
                "master_metadata_album_artist_name": artist,
                "master_metadata_album_album_name": album,
                "spotify_track_uri": track_uri,
                "episode_name": episode,
                "episode_show_name": show,
                "spotify_episode_uri": episode_uri,
                "audiobook_title": None,
                "audiobook_uri": None,
                "audiobook_chapter_uri": None,
                "audiobook_chapter_title": None,
                "reason_start": reason_start,
                "reason_end": reason_end,
                "shuffle": session["shuffle"],
                "skipped": skipped,
                "offline": offline,
                "offline_timestamp": offline_ts,
                "incognito_mode": session["incognito"],
            }
        )
    return rows


def _file_name(rows: list[dict[str, Any]], number: int) -> str:
    first, last = rows[0]["ts"][:4], rows[-1]["ts"][:4]
    years = first if first == last else f"{first}-{last}"
    return f"{FOLDER}/Streaming_History_Audio_{years}_{number}.json"


def _member(name: str) -> zipfile.ZipInfo:
    """A member with a fixed date, so the same spec gives the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.compress_level = 6
    return info


def generate(spec: ExportSpec, path: Path) -> tuple[int, int, int, int]:
    """Write the export to `path`; returns (rows, files, duplicates, JSON bytes)."""
    rng = random.Random(spec.seed)  # noqa: S311 - test data, not secrets
    catalogue = _catalogue(rng, spec)
    duplicates = round(spec.rows * spec.duplicate_share)
    distinct = spec.rows - duplicates
    seconds, played, items, ends = _timeline(rng, spec, catalogue, distinct)
    files = max(1, round(spec.rows / spec.rows_per_file))
    per_file = math.ceil(distinct / files)
    # Which distinct rows are written twice: a fifth of the copies go into
    # the next file (copies of rows near the end of a file, as the files
    # overlap at their edges), the others next to the original.
    tails = [
        index
        for number in range(files - 1)
        for index in range(
            max(number * per_file, (number + 1) * per_file - _EDGE),
            min(distinct, (number + 1) * per_file),
        )
    ]
    to_next = set(rng.sample(tails, min(len(tails), round(duplicates * 0.2))))
    others = [index for index in range(distinct) if index not in to_next]
    repeated = sorted([*to_next, *rng.sample(others, duplicates - len(to_next))])
    session: dict[str, Any] = {}
    carried: list[dict[str, Any]] = []
    written = json_bytes = 0
    tmp = path.with_suffix(".part")
    with zipfile.ZipFile(
        tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6
    ) as archive:
        archive.writestr(
            _member(f"{FOLDER}/ReadMeFirst_ExtendedStreamingHistory.pdf"), b"%PDF-1.4\n"
        )
        cursor = 0
        for number in range(files):
            start, stop = number * per_file, min(distinct, (number + 1) * per_file)
            rows = _rows(
                rng, spec, catalogue, seconds, played, items, ends, start, stop, session
            )
            out = carried
            carried = []
            for offset, row in enumerate(rows, start):
                out.append(row)
                while cursor < len(repeated) and repeated[cursor] == offset:
                    cursor += 1
                    if offset in to_next and number + 1 < files:
                        carried.append(row)
                    else:
                        out.append(row)
            out.sort(key=lambda row: row["ts"])
            data = orjson.dumps(out)
            with archive.open(_member(_file_name(out, number)), "w") as handle:
                handle.write(data)
            written += len(out)
            json_bytes += len(data)
    tmp.replace(path)
    return written, files, duplicates, json_bytes


def build_export(spec: ExportSpec | None = None) -> ExportInfo:
    """The export for `spec`, generated unless a cached copy exists."""
    spec = spec or ExportSpec()
    path = cache_dir() / spec.file_name
    meta = path.with_suffix(".json")
    if path.is_file() and meta.is_file():
        saved = orjson.loads(meta.read_bytes())
        return ExportInfo(path, generated_in=None, **saved)
    path.parent.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    rows, files, duplicates, json_bytes = generate(spec, path)
    elapsed = time.perf_counter() - began
    saved = {
        "rows": rows,
        "files": files,
        "duplicates": duplicates,
        "zip_bytes": path.stat().st_size,
        "json_bytes": json_bytes,
    }
    meta.write_bytes(orjson.dumps(saved))
    return ExportInfo(path, generated_in=elapsed, **saved)


def main(argv: list[str]) -> None:
    """Build (or find) the export and say where it is."""
    rows = int(argv[0]) if argv else int(os.environ.get("ENCORE_BENCH_ROWS", "1000000"))
    info = build_export(ExportSpec(rows=rows))
    how = (
        "cached"
        if info.generated_in is None
        else f"generated in {info.generated_in:.1f} s"
    )
    sys.stdout.write(
        f"{info.path}: {info.rows} rows in {info.files} files, {info.duplicates}"
        f" duplicates, {info.zip_bytes / 2**20:.1f} MiB zipped"
        f" ({info.json_bytes / 2**20:.1f} MiB of JSON), {how}\n"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
