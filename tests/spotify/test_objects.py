"""Every recorded Spotify body in ../shared/data decodes into Encore's structs.

The bodies are real answers of the Web API (see SOURCES.md beside them): two
accounts, 2022 to 2026, before and after the February 2026 changes. Each file
is decoded with the struct of the endpoint that answered it, and what the
struct holds is compared with the JSON read by hand, so a field that silently
decodes to its default would fail here.
"""

from datetime import UTC, datetime
import json
from pathlib import Path
from typing import Any

import pytest

from custom_components.encore.history.collectors.spotify_recent import (
    images_of_items,
    parse_played_at,
    record_from_item,
)
from custom_components.encore.spotify.browse import item_to_browse
from custom_components.encore.spotify.client import decode
from custom_components.encore.spotify.errors import SpotifyError
from custom_components.encore.spotify.models import (
    CreatedPlaylist,
    Playback,
    SpotifyDevice,
    SpotifyProfile,
)
from custom_components.encore.spotify.objects import (
    Artist,
    Devices,
    NewPlaylist,
    Page,
    PlaybackState,
    PlayHistory,
    Playlist,
    PlaylistEntry,
    SearchResults,
    Snapshot,
    Track,
    User,
)
from fakes.spotify.payloads import PAYLOADS, require_shared_data, shared_data_dir

# The struct each recorded body decodes into, by file name (any folder).
MODELS: dict[str, type[Any]] = {
    "current_user.json": User,
    "devices.json": Devices,
    "playback_1.json": PlaybackState,
    "playback_2.json": PlaybackState,
    "playback_3.json": PlaybackState,
    "playback_4.json": PlaybackState,
    "playback_episode_1.json": PlaybackState,
    "playback_audiobook_1.json": PlaybackState,
    "current_playing_track.json": PlaybackState,
    "recently_played_tracks.json": Page[PlayHistory],
    "recently_played.json": Page[PlayHistory],
    "search.json": SearchResults,
    "current_user_playlist_1.json": Page[Playlist],
    "current_user_playlist_2.json": Page[Playlist],
    "playlist_1.json": Playlist,
    "playlist_2.json": Playlist,
    "playlist_3.json": Playlist,
    "playlist_items.json": Page[PlaylistEntry],
    "top_artists.json": Page[Artist],
    "top_tracks.json": Page[Track],
    "top_50_artists_short_term.json": Page[Artist],
    "top_50_artists_medium_term.json": Page[Artist],
    "top_50_artists_long_term.json": Page[Artist],
    "top_50_tracks_short_term.json": Page[Track],
    "top_50_tracks_medium_term.json": Page[Track],
    "top_50_tracks_long_term.json": Page[Track],
    "new_playlist.json": NewPlaylist,
    "playlist_update_items.json": Snapshot,
}
# Not answers Encore decodes: spotipy turns error bodies into its exception
# (the client reads status, reason and message from it), and the index is
# the scraper's own list of its polls.
NOT_DECODED = {"rate_limit.json", "playlist_not_found.json", "index.json"}


def _bodies() -> list[Path]:
    root = require_shared_data() / PAYLOADS
    return sorted(path for path in root.rglob("*.json"))


def _model(path: Path) -> type[Any]:
    if path.parent.name.startswith("window_") or path.parent.name == "singles":
        return Page[PlayHistory]
    return MODELS[path.name]


def _raw(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_body_has_a_struct() -> None:
    """No recorded body is left out: each decodes, or is named as not decoded."""
    bodies = _bodies()
    assert len(bodies) > 100
    for path in bodies:
        if path.name not in NOT_DECODED:
            assert _model(path) is not None, path


def _check_page(page: Page[Any], raw: dict[str, Any]) -> None:
    """The entries, the nulls left out, and the paging fields agree with the JSON."""
    raw_items = raw.get("items") or []
    assert len(page.items) == len(raw_items)
    assert len(page.present()) == len([item for item in raw_items if item])
    assert page.next == raw.get("next")
    assert page.offset == raw.get("offset")
    cursors = raw.get("cursors")
    assert (page.cursors.after if page.cursors else None) == (
        cursors.get("after") if cursors else None
    )
    for entry, raw_entry in zip(page.present(), filter(None, raw_items), strict=True):
        item = entry.content()
        raw_item = (
            raw_entry.get("track") or raw_entry.get("item")
            if "track" in raw_entry or "item" in raw_entry
            else raw_entry
        )
        assert (item.uri if item else None) == (raw_item or {}).get("uri")
        assert (item.name if item else None) == (raw_item or {}).get("name")
        if item is not None and item.type in ("track", "artist", "playlist"):
            # Every listed kind becomes a browse entry (local files excepted).
            media = item_to_browse(item)
            assert (media is None) == bool(item.is_local)


def _decoded_bodies() -> list[str]:
    """The bodies to decode, relative to the payloads (none without the data)."""
    if (data := shared_data_dir()) is None or not (data / PAYLOADS).is_dir():
        return []
    root = data / PAYLOADS
    return [
        str(path.relative_to(root))
        for path in sorted(root.rglob("*.json"))
        if path.name not in NOT_DECODED
    ]


@pytest.mark.parametrize("relative", _decoded_bodies())
def test_body_decodes(relative: str) -> None:
    """One recorded body decodes, and holds what the JSON holds."""
    path = require_shared_data() / PAYLOADS / relative
    raw = _raw(path)
    decoded = decode(raw, _model(path))
    if isinstance(decoded, Page):
        _check_page(decoded, raw)
    elif isinstance(decoded, PlaybackState):
        playback = Playback.of(decoded, datetime(2026, 11, 25, tzinfo=UTC))
        raw_item = raw.get("item") or {}
        assert playback.item.uri == raw_item.get("uri")
        assert playback.item.duration_ms == raw_item.get("duration_ms")
        assert playback.progress_ms == raw.get("progress_ms")
        assert playback.is_playing is raw["is_playing"]
        assert playback.repeat == raw.get("repeat_state", "off")
        assert (playback.context.uri if playback.context else None) == (
            (raw.get("context") or {}).get("uri")
        )
        assert (playback.device.device_id if playback.device else None) == (
            (raw.get("device") or {}).get("id")
        )
        # A local file has no cover.
        assert (playback.item.image_url is None) == playback.item.is_local
    elif isinstance(decoded, SearchResults):
        for kind in ("artist", "album", "track", "playlist", "show", "episode"):
            page = decoded.of_kind(kind)
            assert (page is None) == (f"{kind}s" not in raw)
            if page is not None:
                _check_page(page, raw[f"{kind}s"])
    elif isinstance(decoded, Devices):
        devices = [SpotifyDevice.of(device) for device in decoded.devices if device]
        assert [device.device_id for device in devices] == [
            device["id"] for device in raw["devices"]
        ]
        assert [device.volume_percent for device in devices] == [
            device["volume_percent"] for device in raw["devices"]
        ]
    elif isinstance(decoded, User):
        profile = SpotifyProfile.of(decoded)
        assert profile.user_id == raw["id"]
        assert profile.display_name == raw["display_name"]
        assert profile.image_url in {image["url"] for image in raw["images"]}
    elif isinstance(decoded, Playlist):
        assert decoded.uri == raw["uri"]
        assert decoded.owner is not None
        assert decoded.owner.id == raw["owner"]["id"]
        assert decoded.collaborative is raw["collaborative"]
        assert decoded.cover() in {image["url"] for image in raw["images"]}
    elif isinstance(decoded, NewPlaylist):
        created = CreatedPlaylist.of(decoded)
        assert created.playlist_id == raw["id"]
        assert created.url == raw["external_urls"]["spotify"]
    else:
        assert isinstance(decoded, Snapshot)
        assert decoded.snapshot_id == raw["snapshot_id"]


def test_recently_played_records() -> None:
    """Every recorded play becomes the history's record, from the struct alone."""
    root = require_shared_data() / PAYLOADS
    paths = [
        root / "spotifyaio/recently_played_tracks.json",
        root / "spotifyaio/pre_2026_03_api_change/recently_played_tracks.json",
        root / "chekos_git_scraping/recently_played.json",
        *sorted((root / "chekos_git_scraping/recently_played_series").rglob("2*.json")),
    ]
    plays = 0
    for path in paths:
        raw = _raw(path)
        page = decode(raw, Page[PlayHistory])
        for play, raw_play in zip(page.present(), raw["items"], strict=True):
            record = record_from_item("me", play)
            assert record is not None
            track = raw_play["track"]
            assert record.ended_at == parse_played_at(raw_play["played_at"])
            assert record.item_uri == (None if track["is_local"] else track["uri"])
            assert record.title == track["name"]
            assert record.artist == track["artists"][0]["name"]
            assert record.album == track["album"]["name"]
            assert record.ms_played == track["duration_ms"]
            assert record.context_uri == (raw_play.get("context") or {}).get("uri")
            plays += 1
        covers = images_of_items(page.present())
        assert all(cover for cover in covers.values())
    assert plays > 100


def test_a_body_that_does_not_fit_is_a_failed_request() -> None:
    """A key of the wrong type is Spotify's failure, typed and translated."""
    with pytest.raises(SpotifyError) as err:
        decode({"items": [{"played_at": 5}]}, Page[PlayHistory])
    assert err.value.translation_key == "request_failed"
    assert "played_at" in err.value.translation_placeholders["detail"]
