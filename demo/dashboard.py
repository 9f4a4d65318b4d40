"""The demo's dashboard (Lovelace storage mode): players, history sensors, Encore's cards, statistics.

Its labels follow the language of whoever looks at it (issue 43.18): the
stored configuration is a dashboard strategy (`encore_demo/www/
dashboard-strategy.js`, Home Assistant's way of building a dashboard in the
browser) holding the dashboard once per language Encore speaks, and the
browser shows the one of the user's language. Encore's cards translate
themselves; entity names and the dashboard's title are names.
"""

from typing import Any, Final

STRATEGY: Final = "custom:encore-demo"
LANGUAGES: Final = ("en", "de", "es", "fr", "nl")
LISTENING_ROWS: Final = (
    "plays_today",
    "listening_time_today",
    "listening_time_this_week",
    "top_artist_this_week",
    "top_track_this_week",
    "top_artist_this_month",
    "last_played",
)
LABELS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "view": "Music",
        "listening": "Listening",
        "plays_today": "Plays today",
        "listening_time_today": "Time today",
        "listening_time_this_week": "Time this week",
        "top_artist_this_week": "Top artist this week",
        "top_track_this_week": "Top track this week",
        "top_artist_this_month": "Top artist this month",
        "last_played": "Last played",
        "minutes_per_day": "Listening minutes per day",
    },
    "de": {
        "view": "Musik",
        "listening": "Hören",
        "plays_today": "Wiedergaben heute",
        "listening_time_today": "Hörzeit heute",
        "listening_time_this_week": "Hörzeit diese Woche",
        "top_artist_this_week": "Top-Künstler diese Woche",
        "top_track_this_week": "Top-Song diese Woche",
        "top_artist_this_month": "Top-Künstler diesen Monat",
        "last_played": "Zuletzt gehört",
        "minutes_per_day": "Hörminuten pro Tag",
    },
    "es": {
        "view": "Música",
        "listening": "Escucha",
        "plays_today": "Reproducciones hoy",
        "listening_time_today": "Tiempo hoy",
        "listening_time_this_week": "Tiempo esta semana",
        "top_artist_this_week": "Artista principal esta semana",
        "top_track_this_week": "Canción principal esta semana",
        "top_artist_this_month": "Artista principal este mes",
        "last_played": "Última reproducción",
        "minutes_per_day": "Minutos de escucha por día",
    },
    "fr": {
        "view": "Musique",
        "listening": "Écoute",
        "plays_today": "Écoutes aujourd'hui",
        "listening_time_today": "Durée aujourd'hui",
        "listening_time_this_week": "Durée cette semaine",
        "top_artist_this_week": "Artiste phare de la semaine",
        "top_track_this_week": "Titre phare de la semaine",
        "top_artist_this_month": "Artiste phare du mois",
        "last_played": "Dernière écoute",
        "minutes_per_day": "Minutes d'écoute par jour",
    },
    "nl": {
        "view": "Muziek",
        "listening": "Luisteren",
        "plays_today": "Afspeelbeurten vandaag",
        "listening_time_today": "Tijd vandaag",
        "listening_time_this_week": "Tijd deze week",
        "top_artist_this_week": "Topartiest deze week",
        "top_track_this_week": "Topnummer deze week",
        "top_artist_this_month": "Topartiest deze maand",
        "last_played": "Laatst afgespeeld",
        "minutes_per_day": "Luisterminuten per dag",
    },
}


def dashboard(language: str) -> dict[str, Any]:
    """Return the demo dashboard with its labels in `language`."""
    words = LABELS[language]
    return {
        "title": "Encore demo",
        "views": [
            {
                "title": words["view"],
                "path": "music",
                "cards": [
                    {"type": "media-control", "entity": "media_player.living_room"},
                    {"type": "media-control", "entity": "media_player.tv_room"},
                    {"type": "media-control", "entity": "media_player.kitchen"},
                    {"type": "media-control", "entity": "media_player.demo_listener"},
                    {
                        "type": "entities",
                        "title": words["listening"],
                        "entities": [
                            {
                                "entity": f"sensor.demo_listener_{key}",
                                "name": words[key],
                            }
                            for key in LISTENING_ROWS
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
                        "title": words["minutes_per_day"],
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


DASHBOARD: Final[dict[str, Any]] = {
    "strategy": {
        "type": STRATEGY,
        "dashboards": {language: dashboard(language) for language in LANGUAGES},
    }
}
