"""Writer 22, Turkish-German young adult from a big city, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Digga welcher Künstler hab ich am meisten gehört diesen Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="lan wer war mein Nummer eins letztes Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Künstler von 2025 wer war das Digga",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="welche Song hab ich am meisten gehört diese Woche wallah",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="sag ma meine top drei Lieder seit Oktober",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="in Küche was lief am meisten letzte zwei Wochen",
        family="top_tracks",
        period="last_2_weeks",
        room="kitchen",
    ),
    Fresh(
        text="letzten Sommer mein Lieblingslied welche war das lan",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="welches Album am meisten gelaufen Digga",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="letzte 30 Tage welche Album hab ich am meisten",
        family="top_albums",
        period="last_30_days",
    ),
    Fresh(
        text="welche Podcast hör ich am meisten in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange hab ich heute Musik gehört lan",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Digga wie viel Stunden wir letzte Woche gehört",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lange hat Ada im August gehört",
        family="listening_time",
        period="august",
        person="Ada",
    ),
    Fresh(
        text="wie viel Minuten Podcast seit Montag isch schwöre",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="am dritten November wie lange Musik gelaufen",
        family="listening_time",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="wie viel Lieder gestern gehört Digga",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen hab ich im September gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder letzte sieben Tage lan",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene Künstler dieses Jahr isch schwöre das sind viele",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="in letzte drei Monate wie viele Künstler gehört",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie viel verschiedene Lieder letzten Monat gehört",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody gehört lan",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Digga wie oft lief Daft Punk diese Woche",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft Radiohead gehört dieses Jahr wallah",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich gestern Queen gehört oder nicht",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="bin ich Mittwoch Justice gehört lan",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich im Sommer Air gehört wallah",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="was hab ich gestern Abend gehört Digga",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief bei uns letzten Freitag",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="was hab ich heute Nachmittag gehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="letzte Nacht was lief da lan", family="what_played", period="last_night"
    ),
    Fresh(
        text="was lief gestern Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute um acht morgens lan",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="heute halb sechs abends welche Song lief",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="was für Musik hör ich so eigentlich Digga",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich meistens Musik, welche Uhrzeit welcher Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hab ich diesen Monat neue Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche neue Künstler seit März lan",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="wie oft skip ich Lieder isch schwöre ich skip immer",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel hör ich dieselbe Lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage hintereinander hab ich schon gehört Digga", family="streak"
    ),
    Fresh(
        text="wann hab ich zum ersten Mal Café Tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann erste Mal Wet Leg gehört lan", family="first_play", name="Wet Leg"
    ),
    Fresh(
        text="wann hab ich letzte Mal The Daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(text="Digga wann lief Genesis zuletzt", family="last_play", name="Genesis"),
    Fresh(text="was war letzte Lied was ich gehört hab", family="last_song"),
    Fresh(text="was war heute erste Song lan", family="first_today"),
    Fresh(
        text="welches Lied hab ich Samstag als erstes gehört",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="was war letzte Lied gestern wallah", family="last_in", period="yesterday"
    ),
    Fresh(
        text="welche Lied skip ich am meisten Digga",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skip ich am meisten lan",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(text="welche Song hab ich bei mir grad in Dauerschleife", family="on_repeat"),
    Fresh(
        text="erzähl mal Digga wie war mein Oktober musikmäßig",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mal Rückblick von mein Jahr", family="recap", period="this_year"
    ),
    Fresh(
        text="hör ich mehr morgens oder abends lan",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich Wochenende mehr als unter Woche wallah",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Digga mach Daft Punk in Küche an",
    "lauter machen lan",
    "skip das Lied",
    "Podcast pause",
    "nächste Song",
    "mach Küchenlicht aus",
    "spiel Album Discovery",
    "was läuft grad in Küche",
    "welche Song ist das grad lan",
    "Timer zehn Minuten",
    "wie wird Wetter heute Digga",
    "schreib Milch auf Einkaufsliste",
    "Heizung auf 22 Grad",
    "Zufallswiedergabe an",
    "Wiederholung aus wallah",
    "Küche und Wohnzimmer Lautsprecher zusammen machen",
    "leiser bitte",
    "stopp Musik",
    "spiel Queen im Wohnzimmer",
    "mach weiter mit Podcast",
    "was hör ich grad eigentlich",
    "Wecker auf sechs Uhr",
    "vorheriges Lied lan",
    "spiel die neuste Folge The Daily",
]
