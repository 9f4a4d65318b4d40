"""The demo's Last.fm history: what a scrobbler saw of the demo export's plays, and after.

The last half of the export's plays that count by Last.fm's rule are
scrobbled, stamped at their start, every seventh named as scrobblers name
re-releases; and 300 plays from before the export began (its songs, and a
few only Last.fm knows). Importing it (the account's options, "Import my
Last.fm history", user `demo`, API key `DEMO_LASTFM_KEY`) adds those 300 and
holds the overlap.
"""

from __future__ import annotations

from datetime import datetime
import json
from pathlib import Path
from typing import Final
import zipfile

from fakes.lastfm import FakeScrobble

DEMO_LASTFM_USER: Final = "demo"
DEMO_LASTFM_KEY: Final = "0123456789abcdef0123456789abcdef"
DEMO_LASTFM_SECRET: Final = "fedcba9876543210fedcba9876543210"  # noqa: S105 - the demo's
_ONLY_LASTFM: Final = (
    ("Nina Simone", "Feeling Good"),
    ("Björk", "Jóga"),
    ("Sigur Rós", "Hoppípolla"),
)


def export_scrobbles(export: Path) -> list[FakeScrobble]:
    """Return the demo user's scrobbles, from the export ZIP's music rows."""
    rows: list[tuple[int, int, str, str, str]] = []
    with zipfile.ZipFile(export) as archive:
        for name in archive.namelist():
            if not name.endswith(".json") or "Audio" not in name:
                continue
            for row in json.loads(archive.read(name)):
                title = row.get("master_metadata_track_name")
                artist = row.get("master_metadata_album_artist_name")
                if not title or not artist:
                    continue
                ended = int(
                    datetime.fromisoformat(row["ts"].replace("Z", "+00:00")).timestamp()
                )
                played = int(row.get("ms_played") or 0)
                album = row.get("master_metadata_album_album_name") or ""
                rows.append((ended - played // 1000, played, artist, title, album))
    rows.sort()
    scrobbles: list[FakeScrobble] = []
    for index, (started, played, artist, title, album) in enumerate(
        rows[len(rows) // 2 :]
    ):
        if played < 120_000:
            continue
        named = f"{title} - Remastered 2011" if index % 7 == 0 else title
        scrobbles.append(FakeScrobble(artist, named, started, album))
    # Before the export began (the demo's export ends yesterday: after it
    # would be the future, which no service holds).
    moment = (rows[0][0] if rows else 1_700_000_000) - 86_400 - 300 * 200
    for index, (_, _, artist, title, album) in enumerate(rows[-300:]):
        if index % 25 == 0:
            only = _ONLY_LASTFM[index // 25 % len(_ONLY_LASTFM)]
            scrobbles.append(FakeScrobble(*only, moment))
        else:
            scrobbles.append(FakeScrobble(artist, title, moment, album))
        moment += 200
    return scrobbles
