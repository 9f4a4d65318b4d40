"""The real recorded Spotify bodies in ../shared/data, when that folder exists.

Nothing from there is copied into the repository: tests read the files at run
time and skip when the folder is missing (e.g. a bare clone of the repo).
"""

from functools import cache
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import pytest

from .catalog import Image
from .library import parse_played_at

if TYPE_CHECKING:
    from .server import FakeSpotify
    from .users import FakeUser

SKIP_REASON: Final = "../shared/data not present: real Spotify payloads unavailable"
PAYLOADS: Final = "spotify-api-payloads"


def shared_data_dir() -> Path | None:
    """Return `<repo>/../shared/data`, or None when it does not exist.

    A git worktree in `<project>/wt/<name>` finds `<project>/shared/data`.
    """
    repo = Path(__file__).resolve().parents[2]
    for folder in (repo.parent, repo.parent.parent):
        if (path := folder / "shared" / "data").is_dir():
            return path
    return None


def require_shared_data() -> Path:
    """Return the shared data folder, or skip the calling test."""
    path = shared_data_dir()
    if path is None or not (path / PAYLOADS).is_dir():
        pytest.skip(SKIP_REASON)
    return path


def payload_path(relative: str) -> Path:
    """Return the path of a recorded body, e.g. `spotifyaio/playback_1.json`."""
    return require_shared_data() / PAYLOADS / relative


@cache
def _load(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def load_payload(relative: str) -> Any:
    """Return a recorded body (a fresh copy on every call); skips without data."""
    return json.loads(_load(payload_path(relative)))


def chekos_series() -> list[Path]:
    """Return the 72 consecutive hourly recently-played polls, oldest first."""
    folder = payload_path(
        "chekos_git_scraping/recently_played_series/window_2025-10-14_17"
    )
    return sorted(folder.glob("*.json"))


def load_recently_played(user: FakeUser, body: dict[str, Any]) -> int:
    """Add the plays of a recorded recently-played body; return how many."""
    catalog = user.catalog
    for item in body["items"]:
        uri = catalog.ingest_item(item["track"])
        user.library.add_play(
            uri, parse_played_at(item["played_at"]), item.get("context")
        )
    return len(body["items"])


def load_top(user: FakeUser, kind: str, body: dict[str, Any], time_range: str) -> None:
    """Set a user's top artists or tracks from a recorded /me/top body."""
    catalog = user.catalog
    if kind == "artists":
        ids = [catalog.ingest_artist(item) for item in body["items"]]
    else:
        ids = [catalog.ingest_item(item).rsplit(":", 1)[-1] for item in body["items"]]
    user.library.set_top(kind, time_range, ids)


def load_payload_user(
    fake: FakeSpotify,
    *,
    playback: str | None = None,
    verbatim: bool = False,
    product: str = "premium",
) -> FakeUser:
    """Add the spotifyaio account (user 1112264649) with its recorded state.

    Profile from current_user.json, devices from devices.json, playlists from
    current_user_playlist_{1,2}.json (metadata) and playlist_1.json (entries),
    top artists/tracks (medium_term) and the 48 recently played tracks.
    `playback` names a /me/player body to load, e.g. "playback_1.json"; with
    `verbatim` GET /me/player returns that JSON itself until a command.
    """
    profile = load_payload("spotifyaio/current_user.json")
    user = fake.add_user(profile["id"], profile["display_name"], product, seed=False)
    user.images = [
        Image(img["url"], img.get("height"), img.get("width"))
        for img in profile["images"]
    ]
    for device in load_payload("spotifyaio/devices.json")["devices"]:
        user.player.add_device(
            device["name"],
            device["type"],
            device_id=device["id"],
            volume_percent=device["volume_percent"],
            supports_volume=device["supports_volume"],
            is_restricted=device["is_restricted"],
            is_private_session=device["is_private_session"],
        )
    catalog = fake.catalog
    for name in ("current_user_playlist_1.json", "current_user_playlist_2.json"):
        for playlist in load_payload(f"spotifyaio/{name}")["items"]:
            if playlist is not None:
                user.library.playlist_ids.append(catalog.ingest_playlist(playlist))
    catalog.ingest_playlist(load_payload("spotifyaio/playlist_1.json"))
    load_top(
        user, "artists", load_payload("spotifyaio/top_artists.json"), "medium_term"
    )
    load_top(user, "tracks", load_payload("spotifyaio/top_tracks.json"), "medium_term")
    load_recently_played(user, load_payload("spotifyaio/recently_played_tracks.json"))
    if playback is not None:
        user.player.load_playback(
            load_payload(f"spotifyaio/{playback}"), verbatim=verbatim
        )
    return user
