"""Answers from the listening history: rankings, totals, names, habits, coverage.

Every function is synchronous and takes a connection first; run them in the
executor, e.g. `await manager.async_read(lambda conn: top_items(conn, ...))`.
They return frozen dataclasses of plain values (`to_dict` makes JSON of any of
them). A scope picks accounts and a source (`Scope`), a period comes from
`periods.resolve_period`, and a play rule says what counts as a play
(`PlayRule`: every stream, 30 s or more, or Last.fm's rule).

Definitions (the tests compute each of them again in plain Python):

- A stream belongs to the period, hour and day in which it ended.
- Artists, tracks and albums are music: streams of kind TRACK, by the artist
  the stream was credited to (an album: by the item's artist). Shows are the
  podcasts of episodes. `TopKind` says more.
- Rankings order by the ranked measure, then the other one, then id; ranks
  are competition ranks (1, 2, 2, 4).
- `repeat_rate`: the share of music plays in the period whose track had been
  played before in the same period: (plays - distinct tracks) / plays.
- `skip_rate`: the share of streams (any kind) under 30 seconds. Spotify's
  `skipped` flag is not used: only some sources set it (exports since 2023,
  the player), so a rate mixing it would depend on which sources saw a
  stream, not on how it was listened to.
- `most_skipped`: music tracks or artists by their streams under 30 seconds
  in the period (as `skip_rate` counts skips).
- `new_artists`: music artists whose first play in the scope, ever, falls in
  the period (under the play rule).
- Heatmap and streak days are local (the time zone passed in): a stream
  counts in the local weekday and hour in which it ended.

How each is computed fast enough over a million plays is in `common`;
the figures are in `scripts/bench queries`.
"""

from ..store.names import normalize_name
from .breakdown import Breakdown, breakdown
from .common import WEEKDAYS, device_ids
from .counts import play_count
from .coverage import accounts_with_plays, coverage, listeners
from .habits import (
    discovered,
    heatmap,
    most_skipped,
    new_artists,
    repeat_rate,
    skip_rate,
    streaks,
)
from .matching import find
from .model import (
    CountAnswer,
    Coverage,
    FirstLast,
    HistorySettlingError,
    Match,
    PlayRow,
    PlayRule,
    RankBy,
    RecentPlays,
    Scope,
    SkipEntry,
    Streaks,
    TopEntry,
    TopKind,
    Totals,
    to_dict,
)
from .name_scores import EXACT_SCORE
from .plays import (
    devices_known_since,
    first_last,
    playing_at,
    recent_plays,
    roomless_in,
)
from .rankings import named_entries, top_items
from .taste import (
    RANKED,
    Ranking,
    artists_of,
    minutes_by_day,
    music_ranking,
    peak_cell,
    taste_brief,
    taste_combined,
    taste_habits,
    taste_summary,
    tracks_of,
)
from .totals import stream_count, streamed_ms, totals

__all__ = [
    "EXACT_SCORE",
    "RANKED",
    "WEEKDAYS",
    "Breakdown",
    "CountAnswer",
    "Coverage",
    "FirstLast",
    "HistorySettlingError",
    "Match",
    "PlayRow",
    "PlayRule",
    "RankBy",
    "Ranking",
    "RecentPlays",
    "Scope",
    "SkipEntry",
    "Streaks",
    "TopEntry",
    "TopKind",
    "Totals",
    "accounts_with_plays",
    "artists_of",
    "breakdown",
    "coverage",
    "device_ids",
    "devices_known_since",
    "discovered",
    "find",
    "first_last",
    "heatmap",
    "listeners",
    "minutes_by_day",
    "most_skipped",
    "music_ranking",
    "named_entries",
    "new_artists",
    "normalize_name",
    "peak_cell",
    "play_count",
    "playing_at",
    "recent_plays",
    "repeat_rate",
    "roomless_in",
    "skip_rate",
    "streaks",
    "stream_count",
    "streamed_ms",
    "taste_brief",
    "taste_combined",
    "taste_habits",
    "taste_summary",
    "to_dict",
    "top_items",
    "totals",
    "tracks_of",
]
