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
                        "sensor.demo_listener_plays_today",
                        "sensor.demo_listener_listening_time_today",
                        "sensor.demo_listener_listening_time_this_week",
                        "sensor.demo_listener_top_artist_this_week",
                        "sensor.demo_listener_top_track_this_week",
                        "sensor.demo_listener_top_artist_this_month",
                        "sensor.demo_listener_last_played",
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
