"""One user's library: playlists, saved items, follows, top items and plays."""

from bisect import insort
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

# Spotify keeps only this many plays reachable through /me/player/recently-played.
RECENTLY_PLAYED_WINDOW: Final = 50
TIME_RANGES: Final = ("short_term", "medium_term", "long_term")


@dataclass
class Saved:
    """A saved (liked) object and when it was saved."""

    id: str
    added_at: str


@dataclass(order=True)
class Play:
    """A finished play as recently-played reports it."""

    played_at_ms: int
    uri: str = field(compare=False)
    context: dict[str, Any] | None = field(default=None, compare=False)

    @property
    def played_at(self) -> str:
        """Return `2026-02-25T20:15:20.497Z` (milliseconds, `Z`)."""
        moment = datetime.fromtimestamp(self.played_at_ms / 1000, UTC)
        return (
            moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{self.played_at_ms % 1000:03d}Z"
        )

    @property
    def track_id(self) -> str:
        """Return the track id of `spotify:track:<id>`."""
        return self.uri.rsplit(":", 1)[-1]


def parse_played_at(value: str) -> int:
    """Return Unix milliseconds for Spotify's `played_at`."""
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return round(moment.timestamp() * 1000)


class Library:
    """Everything `/me/...` lists for one user; lists are newest first."""

    def __init__(self, user_id: str) -> None:
        """Initialize an empty library."""
        self.user_id = user_id
        # In the order /me/playlists lists them (owned and followed).
        self.playlist_ids: list[str] = []
        self.saved_tracks: list[Saved] = []
        self.saved_albums: list[Saved] = []
        self.saved_shows: list[Saved] = []
        self.saved_episodes: list[Saved] = []
        self.saved_audiobooks: list[Saved] = []
        self.followed_artists: list[str] = []
        self.top_artists: dict[str, list[str]] = {rng: [] for rng in TIME_RANGES}
        self.top_tracks: dict[str, list[str]] = {rng: [] for rng in TIME_RANGES}
        # Oldest first; only the newest RECENTLY_PLAYED_WINDOW are reachable.
        self.plays: list[Play] = []

    # -- edits ----------------------------------------------------------------

    def save_track(self, track_id: str, added_at: str) -> None:
        """Save a track (it becomes the newest)."""
        self.saved_tracks.insert(0, Saved(track_id, added_at))

    def save_album(self, album_id: str, added_at: str) -> None:
        """Save an album (it becomes the newest)."""
        self.saved_albums.insert(0, Saved(album_id, added_at))

    def save_show(self, show_id: str, added_at: str) -> None:
        """Save a show (it becomes the newest)."""
        self.saved_shows.insert(0, Saved(show_id, added_at))

    def save_episode(self, episode_id: str, added_at: str) -> None:
        """Save an episode (it becomes the newest)."""
        self.saved_episodes.insert(0, Saved(episode_id, added_at))

    def save_audiobook(self, audiobook_id: str, added_at: str) -> None:
        """Save an audiobook (it becomes the newest)."""
        self.saved_audiobooks.insert(0, Saved(audiobook_id, added_at))

    def follow_artist(self, artist_id: str) -> None:
        """Follow an artist."""
        if artist_id not in self.followed_artists:
            self.followed_artists.append(artist_id)

    def add_playlist(self, playlist_id: str) -> None:
        """List a playlist in /me/playlists (newest first)."""
        if playlist_id not in self.playlist_ids:
            self.playlist_ids.insert(0, playlist_id)

    def set_top(self, kind: str, time_range: str, ids: list[str]) -> None:
        """Set the top artists or tracks of one time range."""
        target = self.top_artists if kind == "artists" else self.top_tracks
        target[time_range] = list(ids)

    def add_play(
        self, uri: str, played_at_ms: int, context: dict[str, Any] | None = None
    ) -> Play:
        """Record a finished play (the same track at the same instant once)."""
        for play in self.plays:
            if play.played_at_ms == played_at_ms and play.uri == uri:
                return play
        play = Play(played_at_ms, uri, context)
        insort(self.plays, play)
        return play

    def clear_plays(self) -> None:
        """Forget every play."""
        self.plays.clear()

    # -- queries --------------------------------------------------------------

    @property
    def playlists(self) -> list[str]:
        """Return the URIs of the playlists /me/playlists lists, in its order."""
        return [f"spotify:playlist:{playlist_id}" for playlist_id in self.playlist_ids]

    @property
    def saved_track_ids(self) -> list[str]:
        """Return the saved track ids, newest first (the Liked Songs context)."""
        return [saved.id for saved in self.saved_tracks]

    def reachable_plays(self) -> list[Play]:
        """Return the plays recently-played can still reach, oldest first."""
        return self.plays[-RECENTLY_PLAYED_WINDOW:]

    def recently_played(
        self, limit: int, after: int | None, before: int | None
    ) -> list[Play]:
        """Return plays newest first, exclusive of the `after`/`before` cursor.

        With `after` Spotify returns the plays right after the cursor (oldest of
        them first in time), so following `next` walks forward in time.
        """
        plays = self.reachable_plays()
        if after is not None:
            later = [play for play in plays if play.played_at_ms > after]
            return list(reversed(later[:limit]))
        if before is not None:
            plays = [play for play in plays if play.played_at_ms < before]
        return list(reversed(plays[-limit:]))
