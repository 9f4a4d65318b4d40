"""The demo's dashboard (Lovelace storage mode): players, history sensors, Encore's cards, statistics."""

from typing import Any, Final

LISTENING_ROWS: Final = (
    ("plays_today", "Plays today"),
    ("listening_time_today", "Time today"),
    ("listening_time_this_week", "Time this week"),
    ("top_artist_this_week", "Top artist this week"),
    ("top_track_this_week", "Top track this week"),
    ("top_artist_this_month", "Top artist this month"),
    ("last_played", "Last played"),
)

DASHBOARD: Final[dict[str, Any]] = {
    "title": "Encore demo",
    "views": [
        {
            "title": "Music",
            "path": "music",
            "cards": [
                {"type": "media-control", "entity": "media_player.living_room"},
                {"type": "media-control", "entity": "media_player.tv_room"},
                {"type": "media-control", "entity": "media_player.kitchen"},
                {"type": "media-control", "entity": "media_player.demo_listener"},
                {
                    "type": "entities",
                    "title": "Listening",
                    "entities": [
                        {"entity": f"sensor.demo_listener_{key}", "name": name}
                        for key, name in LISTENING_ROWS
                    ],
                },
                # Encore's own cards (it loads them; no resource to add).
                {"type": "custom:encore-stats-card", "period": "this_week"},
                {"type": "custom:encore-heatmap-card", "period": "last_month"},
                {
                    "type": "custom:encore-top-card",
                    "period": "this_month",
                    "kind": "artist",
                    "limit": 5,
                },
                {
                    "type": "statistics-graph",
                    "title": "Listening minutes per day",
                    "entities": ["encore:listening_minutes_demo_listener"],
                    "stat_types": ["change"],
                    "chart_type": "bar",
                    "period": "day",
                    "days_to_show": 14,
                },
            ],
        }
    ],
}
