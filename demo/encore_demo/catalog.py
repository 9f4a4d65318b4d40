"""The demo's fake peers learn the songs of the demo's export.

The generated export names random Spotify ids; the fake Spotify and the
emulated Sonos catalog would otherwise invent other songs for those ids
(issue 33.2: "Play on TV Room" from an artist's page played one song while
the history held another). Both catalogs get every track of the export with
its title, artist, album and longest stream, so whatever plays an id says
what the export says, with cover art (the fake serves it in the demo).
"""

from __future__ import annotations

from dataclasses import dataclass
import json
from pathlib import Path
import zipfile

from fakes.sonos.household import EmulatedHousehold
from fakes.sonos.spotify import derive_spotify_id
from fakes.spotify.catalog import Album, Artist, Track, make_images
from fakes.spotify.server import FakeSpotify

_TRACK = "spotify:track:"


@dataclass(frozen=True, slots=True)
class ExportTrack:
    """One track as the export names it."""

    track_id: str
    title: str
    artist: str
    album: str
    longest_ms: int


def export_tracks(export: Path) -> list[ExportTrack]:
    """Every track of an export ZIP, by its first naming, with its longest stream."""
    found: dict[str, ExportTrack] = {}
    with zipfile.ZipFile(export) as archive:
        for name in archive.namelist():
            if not name.endswith(".json") or "Audio" not in name:
                continue
            for row in json.loads(archive.read(name)):
                uri = row.get("spotify_track_uri") or ""
                if not uri.startswith(_TRACK) or not row.get(
                    "master_metadata_track_name"
                ):
                    continue
                track_id = uri.removeprefix(_TRACK)
                ms = int(row.get("ms_played") or 0)
                known = found.get(track_id)
                if known is None:
                    found[track_id] = ExportTrack(
                        track_id,
                        row["master_metadata_track_name"],
                        row.get("master_metadata_album_artist_name") or "",
                        row.get("master_metadata_album_album_name") or "",
                        ms,
                    )
                elif ms > known.longest_ms:
                    found[track_id] = ExportTrack(
                        track_id, known.title, known.artist, known.album, ms
                    )
    return list(found.values())


def teach_catalogs(
    tracks: list[ExportTrack], spotify: FakeSpotify, household: EmulatedHousehold
) -> None:
    """Register the export's tracks in both fake catalogs."""
    catalog = spotify.catalog
    for track in tracks:
        duration_ms = max(track.longest_ms, 30_000)
        household.catalog.add_track(
            track.track_id, track.title, track.artist, track.album, duration_ms // 1000
        )
        artist_id = derive_spotify_id("artist", track.artist)
        if artist_id not in catalog.artists:
            catalog.add_artist(
                Artist(artist_id, track.artist, images=make_images("artist", artist_id))
            )
        album_id = derive_spotify_id("album", track.artist, track.album)
        if album_id not in catalog.albums:
            catalog.add_album(
                Album(
                    album_id,
                    track.album,
                    [artist_id],
                    images=make_images("album", album_id),
                )
            )
        catalog.add_track(
            Track(track.track_id, track.title, album_id, [artist_id], duration_ms)
        )
