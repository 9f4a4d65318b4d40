"""Writer 236, ein knapper Smart-Speaker-Nutzer (Berliner Büroangestellter), Deutsch."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Top-Künstler letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer lief dieses Jahr am meisten, wa?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Küche, Top-Band seit März",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="Lieblingslied diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="meine drei meistgespielten Lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Top 5 Songs letztes Jahr",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="meistgehörtes Album dieses Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="welcher Podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Lieblingspodcast im September",
        family="top_podcasts",
        period="september",
    ),
    Fresh(
        text="wie lange Musik heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Hörzeit letzte Woche, bei uns",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Stunden Podcast im Sommer",
        family="listening_time",
        period="summer",
        content="podcasts",
    ),
    Fresh(
        text="wie lange hab ich in den letzten 30 Tagen gehört",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele Lieder gestern",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Anzahl Folgen im Oktober",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Songs die letzten sieben Tage",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene Künstler dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Anzahl Künstler seit Oktober",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="wie viele verschiedene Songs letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie oft Bohemian Rhapsody dieses Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Queen diese Woche, wa",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Justice in letzter Zeit gehört?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="hab ich gestern The Daily gehört",
        family="did_i",
        period="yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Radiohead dieses Jahr?",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="Sexy Boy am Samstag gelaufen?",
        family="did_i",
        period="saturday",
        name="Sexy Boy",
    ),
    Fresh(
        text="was lief gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hab ich heute früh gehört",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was lief am dritten November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was hatten wir letztes Wochenende an",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was lief gestern um acht Uhr abends",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="heute früh halb neun, was lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Mittwoch um zwölf, was lief",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="was für Musik hör ich eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche Uhrzeit hör ich am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue Künstler diesen Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich letztes Jahr neu entdeckt",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="wie oft skip ich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie oft hör ich dieselben Lieder nochmal",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich gehört",
        family="streak",
    ),
    Fresh(
        text="wann zum ersten Mal Daft Punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Cafe Tacuba, wann zuletzt",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="letztes Lied",
        family="last_song",
    ),
    Fresh(
        text="erstes Lied heute",
        family="first_today",
    ),
    Fresh(
        text="erstes Lied vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="letzter Song letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="womit hab ich gestern aufgehört",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="welches Lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Band überspring ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was hab ich zurzeit in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Rückblick letzter Monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war meine Woche, musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="eher morgens oder abends, wann hör ich mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wochenende oder unter der Woche, wann mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Küche, Daft Punk, los",
    "lauter",
    "leiser",
    "nächstes Lied",
    "überspringen",
    "Podcast pausieren",
    "was läuft grad",
    "welches Lied ist das",
    "Zufallswiedergabe an",
    "Wiederholen aus",
    "spiel das Album Moon Safari",
    "Küchenlicht aus",
    "Timer zehn Minuten",
    "Wetter morgen, wa?",
    "Milch auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "Lautstärke fünf in der Küche",
    "Musik stopp",
    "Lautsprecher Küche und Wohnzimmer koppeln",
    "spiel The Daily, neueste Folge",
    "wer singt das",
    "Wecker sechs Uhr",
    "spiel mal Queen",
    "was hör ich gerade",
    "ein Lied zurück",
]
