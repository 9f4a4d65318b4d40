"""A household's listening, as a Spotify export and as a scrobbler saw it.

`overlapping_history` makes one person's plays over a stretch of time, then
what each source kept of them: the Spotify export holds every stream of
its years, the scrobbling service the plays that count by Last.fm's rule
(most of them: a scrobbler misses some) over a stretch that overlaps the
export and runs on before and after it, named the way scrobblers name
tracks ("- Remastered 2011", "(feat. ...)", other case, no accents), and
stamped at the start of the play, or, for some scrobblers, at its end. It
also says how many plays each song really had: what the history must count.
"""

from dataclasses import dataclass, field
import random
import time
from typing import Any
import unicodedata

from .server import FakeScrobble

_WORDS = [
    "Night",
    "Drive",
    "Golden",
    "River",
    "Paper",
    "Moon",
    "Echo",
    "Garden",
    "Silver",
    "Lights",
    "Ocean",
    "Fire",
    "Velvet",
    "Storm",
    "Café",
    "Über",
    "Señor",
    "Déjà",
    "Vu",
    "Blue",
    "Hour",
    "Northern",
    "Sky",
    "Broken",
    "Wings",
    "Summer",
    "Rain",
    "Neon",
    "Heart",
    "Lost",
    "Signals",
    "Quiet",
    "Town",
    "Wild",
    "Horses",
    "Midnight",
    "Train",
]
_ARTISTS = (
    "The Wanderers",
    "Beyoncé",
    "Sigur Rós",
    "Mø",
    "Los Lobos",
    "Röyksopp",
    "Daft Punk",
    "Nina Simone",
    "Kraftwerk",
    "Björk",
    "Mumford & Sons",
    "Zaz",
)


@dataclass(frozen=True, slots=True)
class Song:
    """One recording: its Spotify URI (None: a song only the scrobbler knew)."""

    artist: str
    title: str
    album: str
    length_ms: int
    uri: str | None


@dataclass(slots=True)
class Play:
    """One real play."""

    song: Song
    started_ms: int
    played_ms: int

    def counts(self) -> bool:
        """Last.fm's rule: over 30 s long, played half of it or 4 minutes."""
        length = self.song.length_ms
        return length > 30_000 and self.played_ms >= min(length // 2, 240_000)


@dataclass(slots=True)
class History:
    """The plays, and what the export and the scrobbler kept of them."""

    export_rows: list[dict[str, Any]] = field(default_factory=list)
    scrobbles: list[FakeScrobble] = field(default_factory=list)
    expected: dict[tuple[str, str], int] = field(default_factory=dict)
    """Plays per song (its artist and title), every stream the history holds."""
    export_start_ms: int = 0
    export_end_ms: int = 0


def _strip_accents(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )


def _scrobbled_name(song: Song, rng: random.Random) -> tuple[str, str]:
    """How a scrobbler names a track: as Spotify does, or one of its variants."""
    artist, title = song.artist, song.title
    variant = rng.random()
    if variant < 0.1:
        title += " - Remastered 2011"
    elif variant < 0.2:
        title += " (feat. Guest Star)"
    elif variant < 0.3:
        title, artist = title.upper(), artist.lower()
    elif variant < 0.4:
        title, artist = _strip_accents(title), _strip_accents(artist)
    elif variant < 0.45:
        artist += " feat. Someone Else"
    return artist, title


def _uri(rng: random.Random) -> str:
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "spotify:track:" + "".join(rng.choice(alphabet) for _ in range(22))


def _songs(rng: random.Random, count: int, *, known: bool) -> list[Song]:
    songs: list[Song] = []
    seen: set[tuple[str, str]] = set()
    while len(songs) < count:
        title = " ".join(rng.sample(_WORDS, rng.choice((1, 2, 3))))
        artist = rng.choice(_ARTISTS)
        if not known:
            title = f"{title} {len(songs)}"
        if (artist, title) in seen:
            continue
        seen.add((artist, title))
        songs.append(
            Song(
                artist,
                title,
                f"{rng.choice(_WORDS)} Album",
                rng.randint(90_000, 360_000),
                _uri(rng) if known else None,
            )
        )
    return songs


def overlapping_history(
    plays: int,
    *,
    seed: int = 47,
    songs: int | None = None,
    end: int = 1_760_000_000,
    end_stamped: float = 0.2,
    missed: float = 0.1,
) -> History:
    """Return `plays` plays over time, an export of the middle half, scrobbles of most.

    The scrobbler saw the last three quarters of the time (it started in the
    middle of the export's first year and runs past the export's end); the
    export holds the first three quarters. `end_stamped`: the share of
    scrobbling days stamped at the end of the play (one scrobbler a day).
    """
    rng = random.Random(seed)  # noqa: S311  (reproducible test data)
    known = _songs(rng, songs or max(20, plays // 20), known=True)
    unknown = _songs(rng, max(5, plays // 100), known=False)
    timeline: list[Play] = []
    moment = 0
    for _ in range(plays):
        song = rng.choice(unknown) if rng.random() < 0.08 else rng.choice(known)
        kind = rng.random()
        if kind < 0.15:
            played = rng.randint(1_000, 29_000)
        elif kind < 0.3:
            played = rng.randint(song.length_ms // 2, song.length_ms)
        else:
            played = song.length_ms
        timeline.append(Play(song, moment, played))
        # Now and then the same song again, right after (repeat one).
        # Mostly one after the other; now and then a pause of hours.
        moment += played + (
            rng.randint(0, 8_000)
            if rng.random() < 0.97
            else rng.randint(3_600_000, 40_000_000)
        )
    # The last play ends a day before `end` (in the past: a service holds
    # nothing from the future).
    start = end - moment // 1000 - 86_400
    for play in timeline:
        play.started_ms += start * 1000
    span = moment
    export_end = start * 1000 + span * 3 // 4
    scrobble_start = start * 1000 + span // 4
    history = History(export_start_ms=start * 1000, export_end_ms=export_end)
    for play in timeline:
        song = play.song
        in_export = song.uri is not None and play.started_ms < export_end
        scrobbled = (
            play.started_ms >= scrobble_start
            and play.counts()
            and rng.random() >= missed
        )
        if in_export:
            history.export_rows.append(_export_row(play))
        if scrobbled:
            day = play.started_ms // 86_400_000
            at_end = random.Random(day * 7919 + seed).random()  # noqa: S311 < end_stamped
            stamp = (
                play.started_ms + (play.played_ms if at_end else rng.randint(0, 3_000))
            ) // 1000
            artist, title = _scrobbled_name(song, rng)
            history.scrobbles.append(FakeScrobble(artist, title, stamp, song.album))
        if in_export or scrobbled:
            key = (song.artist, song.title)
            history.expected[key] = history.expected.get(key, 0) + 1
    return history


def _export_row(play: Play) -> dict[str, Any]:
    song = play.song
    ended = (play.started_ms + play.played_ms) / 1000
    return {
        "ts": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ended)),
        "platform": "linux",
        "ms_played": play.played_ms,
        "conn_country": "NL",
        "ip_addr": None,
        "master_metadata_track_name": song.title,
        "master_metadata_album_artist_name": song.artist,
        "master_metadata_album_album_name": song.album,
        "spotify_track_uri": song.uri,
        "episode_name": None,
        "episode_show_name": None,
        "spotify_episode_uri": None,
        "audiobook_title": None,
        "audiobook_uri": None,
        "audiobook_chapter_uri": None,
        "audiobook_chapter_title": None,
        "reason_start": "trackdone",
        "reason_end": "trackdone" if play.played_ms >= song.length_ms else "fwdbtn",
        "shuffle": False,
        "skipped": play.played_ms < song.length_ms,
        "offline": False,
        "offline_timestamp": None,
        "incognito_mode": False,
    }
