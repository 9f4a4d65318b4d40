"""Writer 348, ein knapper Münchner Elektriker am Smart Speaker, German."""

from .fresh import Fresh

FRESH = [
    Fresh(text="Top-Künstler diese Woche", family="top_artists", period="this_week"),
    Fresh(
        text="wen hab i letzten Monat am meisten ghört",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="meine drei Top-Bands heuer",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="in der Küch, wer lief im Sommer am meisten",
        family="top_artists",
        period="summer",
        room="kitchen",
    ),
    Fresh(text="Lieblingslied im Oktober", family="top_tracks", period="october"),
    Fresh(
        text="meistgespielter Song letztes Jahr",
        family="top_tracks",
        period="last_year",
    ),
    Fresh(
        text="welches Album am öftesten, seit März",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Lieblingsalbum letzten Sommer", family="top_albums", period="last_summer"
    ),
    Fresh(text="Podcast Nummer eins heuer", family="top_podcasts", period="this_year"),
    Fresh(
        text="welcher Podcast 2025 am meisten", family="top_podcasts", period="in_2025"
    ),
    Fresh(
        text="wie lang lief heut Musi",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Stunden Podcast letzte Woche",
        family="listening_time",
        period="last_week",
        content="podcasts",
    ),
    Fresh(
        text="wie lang hamma am Wochenende ghört",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie viel Musi in der Küche seit Oktober",
        family="listening_time",
        period="since_october",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viele Lieder heut in der Früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(text="Anzahl Wiedergaben seit Montag", family="plays", period="since_monday"),
    Fresh(
        text="die letzten sieben Tage, wie viele Lieder",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene Künstler heuer",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene Lieder letzte 30 Tage",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft Bohemian Rhapsody diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief The Daily im September",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    Fresh(
        text="wie oft hab i Seeed ghört",
        family="play_count",
        period="all_time",
        name="Seeed",
    ),
    Fresh(
        text="Queen gestern, ja oder na",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="hab i in letzter Zeit Justice ghört",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Haindling im August?", family="did_i", period="august", name="Haindling"
    ),
    Fresh(
        text="lief gestern auf d'Nacht Air",
        family="did_i",
        period="yesterday_evening",
        name="Air",
    ),
    Fresh(
        text="was lief vorgestern", family="what_played", period="day_before_yesterday"
    ),
    Fresh(text="was hab i am Samstag ghört", family="what_played", period="saturday"),
    Fresh(
        text="was lief heut Nachmittag", family="what_played", period="this_afternoon"
    ),
    Fresh(
        text="am dritten November, was lief da",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief gestern auf d'Nacht um dreiviertel acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heut in der Früh um Viertel neun, was lief da",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="um fünf heut Nachmittag, welches Lied",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="Mittwoch um neun am Abend, was lief",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(text="was für an Musikgeschmack hab i", family="taste", period="all_time"),
    Fresh(text="wann hör i meistens", family="peak", period="all_time"),
    Fresh(text="neue Künstler diesen Monat", family="new_artists", period="this_month"),
    Fresh(
        text="wen hab i in den letzten drei Monaten neu entdeckt",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(text="wie oft überspring i", family="skips", period="all_time"),
    Fresh(text="Skip-Quote diese Woche", family="skips", period="this_week"),
    Fresh(text="hör i oft dasselbe nochmal", family="repeat", period="all_time"),
    Fresh(text="wie viele Tage am Stück hab i ghört", family="streak"),
    Fresh(text="wann zum ersten Mal Daft Punk", family="first_play", name="Daft Punk"),
    Fresh(
        text="seit wann hör i Eres von Café Tacvba",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="wann zuletzt Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann hab i des letzte Mal Cross ghört", family="last_play", name="Cross"
    ),
    Fresh(text="welches Lied hab i zuletzt ghört", family="last_song"),
    Fresh(text="erstes Lied heut", family="first_today"),
    Fresh(text="erstes Lied gestern", family="first_in", period="yesterday"),
    Fresh(
        text="womit hab i letzten Freitag angfangt",
        family="first_in",
        period="last_friday",
    ),
    Fresh(text="letztes Lied am Samstag", family="last_in", period="saturday"),
    Fresh(
        text="was war gestern Abend des letzte Lied",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="welches Lied überspring i am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skip i am öftesten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(text="welches Lied hab i grad in Dauerschleife", family="on_repeat"),
    Fresh(text="Rückblick Oktober", family="recap", period="october"),
    Fresh(text="wie war mei Jahr musikalisch", family="recap", period="this_year"),
    Fresh(
        text="Zusammenfassung letzter Monat bei uns",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="hör i mehr in der Früh oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mehr am Wochenende oder unter der Woche, sag",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "mach Justice an in der Küch",
    "lauter",
    "a bisserl leiser",
    "nächstes Lied",
    "überspringen",
    "Podcast pausieren",
    "Musik aus",
    "was läuft grad",
    "wie heißt des Lied",
    "spiel The Daily",
    "Album Discovery abspielen",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Lautstärke auf fünf",
    "Küchenlicht aus",
    "Timer zehn Minuten",
    "wie wird's Wetter",
    "Semmeln auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "was hör i grad",
    "Lautsprecher Küche und Wohnzimmer zusammen",
    "weiter mit dem Podcast",
    "Wecker auf sechs",
    "spiel a bisserl Queen",
    "stopp",
    "dreh die Musi auf",
]
