"""The demo's dashboard (Lovelace storage mode): players, history sensors, heatmap, statistics."""

from typing import Any, Final

HEATMAP: Final = """\
{% set grid = state_attr('sensor.listening_heatmap', 'heatmap') %}
{% if grid %}
{% set peak = grid | map('max') | max %}
{% set shades = ['·', '░', '▒', '▓', '█'] %}
{% set days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] %}
Minutes listened by weekday and hour, last 90 days (peak {{ peak }} min).
<pre>
    0     6     12    18   23
{% for row in grid -%}
{{ days[loop.index0] }} {% for minutes in row %}{{ shades[((4 * minutes / peak) | round(0, 'ceil') | int) if peak else 0] }}{% endfor %}
{% endfor -%}
</pre>
{% else %}
The heatmap appears once the demo history is imported.
{% endif %}
"""

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
                {"type": "markdown", "title": "When you listen", "content": HEATMAP},
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
