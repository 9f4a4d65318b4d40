"""Writer 32, terse smart-speaker user, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(text="Top Künstler diesen Monat", family="top_artists", period="this_month"),
    Fresh(
        text="meistgehörte Band letztes Jahr", family="top_artists", period="last_year"
    ),
    Fresh(
        text="Nummer eins Künstler bei uns Oktober",
        family="top_artists",
        period="october",
        person="we",
    ),
    # top_tracks
    Fresh(text="Lieblingslied diese Woche", family="top_tracks", period="this_week"),
    Fresh(
        text="Top drei Lieder Oktober", family="top_tracks", period="october", count=3
    ),
    Fresh(
        text="Küche Top Lied letzten Monat",
        family="top_tracks",
        period="last_month",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="meistgehörtes Album dieses Jahr", family="top_albums", period="this_year"
    ),
    Fresh(text="Top Album im Sommer", family="top_albums", period="summer"),
    # top_podcasts
    Fresh(text="Top Podcast letzten Monat", family="top_podcasts", period="last_month"),
    Fresh(
        text="welcher Podcast in letzter Zeit", family="top_podcasts", period="lately"
    ),
    # listening_time
    Fresh(
        text="wie lange Musik heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(text="Hörzeit letzte Woche", family="listening_time", period="last_week"),
    Fresh(
        text="Stunden gehört bei uns gestern",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    # plays
    Fresh(
        text="Anzahl Lieder gestern",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen diesen Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele Künstler dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="Anzahl verschiedene Lieder seit Oktober",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="wie oft Queen diese Woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft Da Funk insgesamt",
        family="play_count",
        period="all_time",
        name="Da Funk",
    ),
    Fresh(
        text="Radiohead wie oft",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="gestern Queen gehört?", family="did_i", period="yesterday", name="Queen"
    ),
    Fresh(
        text="Justice in letzter Zeit gehört?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="The Daily heute früh?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="vorgestern Air gehört?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(text="Wet Leg im August?", family="did_i", period="august", name="Wet Leg"),
    # what_played
    Fresh(
        text="was lief gestern Abend", family="what_played", period="yesterday_evening"
    ),
    Fresh(text="was lief Samstag", family="what_played", period="saturday"),
    Fresh(
        text="was lief heute Nachmittag", family="what_played", period="this_afternoon"
    ),
    # playing_at
    Fresh(
        text="was lief gestern Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute halb neun was lief", family="playing_at", moment="2026-11-20 08:30"
    ),
    Fresh(
        text="Mittwoch zwölf Uhr welches Lied",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(text="mein Musikgeschmack", family="taste", period="all_time"),
    Fresh(text="Geschmack beschreiben", family="taste", period="all_time"),
    # peak
    Fresh(text="wann hör ich meistens", family="peak", period="all_time"),
    Fresh(
        text="übliche Uhrzeit und Wochentag fürs Hören",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(text="neue Künstler diesen Monat", family="new_artists", period="this_month"),
    Fresh(text="neu entdeckt seit März", family="new_artists", period="since_march"),
    # skips
    Fresh(text="Skiprate", family="skips", period="all_time"),
    Fresh(text="wie oft übersprungen letzte Woche", family="skips", period="last_week"),
    # repeat
    Fresh(text="Wiederholungsrate", family="repeat", period="all_time"),
    # streak
    Fresh(text="wie viele Tage am Stück", family="streak"),
    Fresh(text="Hörserie aktuell", family="streak"),
    # first_play
    Fresh(text="wann zuerst Justice gehört", family="first_play", name="Justice"),
    Fresh(
        text="erstes Mal Bohemian Rhapsody",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    # last_play
    Fresh(text="wann zuletzt Eres gehört", family="last_play", name="Eres"),
    Fresh(text="Daft Punk zuletzt wann", family="last_play", name="Daft Punk"),
    Fresh(text="The Weeknd zuletzt", family="last_play", name="The Weeknd"),
    # last_song
    Fresh(text="letztes Lied", family="last_song"),
    Fresh(text="zuletzt gespielter Song", family="last_song"),
    # first_today
    Fresh(text="erstes Lied heute", family="first_today"),
    Fresh(text="womit heute aufgewacht", family="first_today"),
    # first_in
    Fresh(text="erstes Lied gestern", family="first_in", period="yesterday"),
    Fresh(text="erster Song letzten Freitag", family="first_in", period="last_friday"),
    # last_in
    Fresh(
        text="letztes Lied vorgestern", family="last_in", period="day_before_yesterday"
    ),
    Fresh(text="letzter Song Samstag", family="last_in", period="saturday"),
    Fresh(text="womit letzte Nacht aufgehört", family="last_in", period="last_night"),
    # most_skipped
    Fresh(text="meistübersprungenes Lied", family="most_skipped", period="all_time"),
    # most_skipped_artist
    Fresh(
        text="welcher Künstler am meisten übersprungen",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="Dauerschleife-Song zurzeit", family="on_repeat"),
    Fresh(text="aktueller Ohrwurm", family="on_repeat"),
    # recap
    Fresh(text="Rückblick Oktober", family="recap", period="october"),
    Fresh(text="Jahresrückblick", family="recap", period="this_year"),
    Fresh(text="mein Monat musikalisch", family="recap", period="this_month"),
    Fresh(text="Wochenrückblick", family="recap", period="this_week"),
    Fresh(text="Rückblick zwanzig fünfundzwanzig", family="recap", period="in_2025"),
    # compare_day_parts
    Fresh(
        text="morgens oder abends mehr", family="compare_day_parts", period="all_time"
    ),
    Fresh(
        text="vormittags oder nachmittags mehr gehört",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder Werktage mehr", family="compare_week", period="all_time"
    ),
    Fresh(
        text="unter der Woche mehr gehört?", family="compare_week", period="all_time"
    ),
]

NEGATIVES = [
    "Daft Punk in der Küche",
    "Musik lauter",
    "Lautstärke fünf",
    "nächstes Lied",
    "Podcast pausieren",
    "was läuft gerade",
    "welches Lied ist das",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Album Discovery abspielen",
    "Küchenlicht aus",
    "Timer zehn Minuten",
    "Wetter morgen",
    "Milch auf Einkaufsliste",
    "Heizung auf einundzwanzig",
    "Lautsprecher Küche und Wohnzimmer gruppieren",
    "Musik stopp",
    "leiser",
    "Queen spielen",
    "weiter",
    "Lied überspringen",
    "Wecker sieben Uhr",
    "was hör ich gerade",
    "neue Folge The Daily",
]
