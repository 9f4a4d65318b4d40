"""Writer 515, ein wortkarger Hamburger Hafenarbeiter, Mitte fünfzig, der so wenig Wörter wie möglich benutzt, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(text="Top-Band letzte Woche", family="top_artists", period="last_week"),
    Fresh(
        text="Wen hab ich dies Jahr am meisten gehört",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Meine drei Top-Künstler, letzter Monat",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="Küche. Meistgespielter Künstler dies Jahr",
        family="top_artists",
        period="this_year",
        room="kitchen",
    ),
    Fresh(
        text="Top-Band die letzten drei Monate",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="Meistgespieltes Lied diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(text="Lieblingslied. Insgesamt.", family="top_tracks", period="all_time"),
    Fresh(
        text="Top fünf Songs seit März",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(text="Top-Lied letzten Sommer", family="top_tracks", period="last_summer"),
    # top_albums
    Fresh(
        text="Welches Album am meisten, dies Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(text="Top-Platte im Sommer", family="top_albums", period="summer"),
    # top_podcasts
    Fresh(text="Meistgehörter Podcast", family="top_podcasts", period="all_time"),
    Fresh(
        text="Welcher Podcast in letzter Zeit vorn",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wie lange Musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden letzten Monat",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="Wie lange lief bei uns Podcast gestern",
        family="listening_time",
        period="yesterday",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="Wie viel Musik seit Montag",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="Wie lange gehört, die letzten dreißig Tage",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder heut Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viele Folgen dies Jahr",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="Zwanzig fünfundzwanzig, wie viele Lieder insgesamt",
        family="plays",
        period="in_2025",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler im Oktober",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="Im September wie viele verschiedene Bands",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder diese Woche",
        family="songs_count",
        period="this_week",
    ),
    # play_count
    Fresh(
        text="Wie oft Bohemian Rhapsody diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief Daft Punk, letzte sieben Tage",
        family="play_count",
        period="last_7_days",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft Radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="One More Time, wie oft die letzten zwei Wochen",
        family="play_count",
        period="last_2_weeks",
        name="One More Time",
    ),
    # did_i
    Fresh(
        text="Gestern Queen gehört?", family="did_i", period="yesterday", name="Queen"
    ),
    Fresh(
        text="Justice gehört in letzter Zeit?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="The Daily heut früh gelaufen?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hamwa am Samstag Air gehört",
        family="did_i",
        period="saturday",
        name="Air",
        person="we",
    ),
    Fresh(text="Air im August?", family="did_i", period="august", name="Air"),
    # what_played
    Fresh(
        text="Wat lief gestern Abend", family="what_played", period="yesterday_evening"
    ),
    Fresh(
        text="Was hab ich vorgestern gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(text="Was lief letzte Nacht", family="what_played", period="last_night"),
    Fresh(
        text="Wat hat Ada letzte Woche gehört",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(text="Was lief am Wochenende", family="what_played", period="last_weekend"),
    # playing_at
    Fresh(
        text="Gestern Abend, Viertel vor acht, was lief da",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heut früh um acht, welches Lied",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Was lief gestern Mittag um zwölf",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    # taste
    Fresh(text="Was für Musik hör ich so", family="taste", period="all_time"),
    # peak
    Fresh(text="Wann hör ich meistens", family="peak", period="all_time"),
    # new_artists
    Fresh(text="Neue Bands diesen Monat?", family="new_artists", period="this_month"),
    Fresh(
        text="Wen neu entdeckt seit Oktober",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(text="Wie oft überspring ich", family="skips", period="all_time"),
    # repeat
    Fresh(text="Hör ich immer dasselbe?", family="repeat", period="all_time"),
    # streak
    Fresh(text="Wie viele Tage am Stück gehört", family="streak"),
    # first_play
    Fresh(text="Wann zuerst Justice gehört", family="first_play", name="Justice"),
    Fresh(
        text="Seit wann hab ich Café Tacvba", family="first_play", name="Café Tacvba"
    ),
    # last_play
    Fresh(text="Wann zuletzt Da Funk", family="last_play", name="Da Funk"),
    Fresh(text="The Daily, wann zuletzt", family="last_play", name="The Daily"),
    # last_song
    Fresh(text="Welches Lied lief zuletzt", family="last_song"),
    # first_today
    Fresh(text="Erstes Lied heute", family="first_today"),
    # first_in
    Fresh(text="Erstes Lied gestern", family="first_in", period="yesterday"),
    Fresh(
        text="Womit hab ich letzten Freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(text="Letztes Lied am Samstag", family="last_in", period="saturday"),
    Fresh(
        text="Dritter November, was lief als letztes",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welche Band wird am meisten geskippt",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="Welches Lied läuft bei mir grad rauf und runter", family="on_repeat"),
    # recap
    Fresh(text="Oktober. Kurz zusammenfassen.", family="recap", period="october"),
    Fresh(text="Rückblick letztes Jahr", family="recap", period="last_year"),
    Fresh(text="Meine Woche, Musik, kurz", family="recap", period="this_week"),
    # compare_day_parts
    Fresh(
        text="Hör ich morgens oder abends mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder werktags, wann mehr Musik",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche",
    "Lauter",
    "Leiser, Küche",
    "Nächstes Lied",
    "Skip",
    "Podcast stoppen",
    "Pause",
    "Weiter",
    "Was läuft da grad",
    "Wer singt das",
    "Licht Küche aus",
    "Wecker fünf Uhr",
    "Timer zehn Minuten",
    "Wetter morgen",
    "Regnet's heut noch",
    "Heizung auf zwanzig",
    "Zufallswiedergabe an",
    "Wiederholen aus",
    "Spiel Album Discovery",
    "Spiel The Daily",
    "Lautstärke drei",
    "Musik aus",
    "Kaffee auf die Einkaufsliste",
    "Wie spät",
    "Küche und Wohnzimmer zusammen",
    "Welches Album ist das",
]
