"""Writer 50, ein wortkarger Smart-Speaker-Nutzer (Berliner Pendler), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Top Künstler dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="meistgehörte Band Oktober",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="Küche, Top Künstler diesen Monat",
        family="top_artists",
        period="this_month",
        room="kitchen",
    ),
    Fresh(
        text="Top 3 Künstler letzte 30 Tage",
        family="top_artists",
        period="last_30_days",
        count=3,
    ),
    Fresh(
        text="Top Künstler von Ada im Sommer",
        family="top_artists",
        period="summer",
        person="Ada",
    ),
    Fresh(
        text="Top 5 Lieder Oktober",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="Lied des Monats",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Top Album dieses Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="meistgehörtes Album seit März",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Top Podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Hörzeit gestern",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="Podcast-Stunden diesen Monat",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie lange Musik heute früh",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Hörzeit bei uns letztes Wochenende",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Stunden letztes Jahr",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="September Hörzeit",
        family="listening_time",
        period="september",
    ),
    Fresh(
        text="Anzahl Lieder heute",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen seit Oktober",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="seit Montag wie viele Songs",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="Plays letzte 7 Tage",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele Künstler dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Anzahl verschiedene Songs letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie oft Queen diese Woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Bohemian Rhapsody, wie oft insgesamt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen dieses Jahr?",
        family="did_i",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Justice in letzter Zeit?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Radiohead jemals?",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="was lief vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was lief am Samstag",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="letzte Nacht, was lief",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was lief gestern Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Song um halb neun heute früh",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="mein Musikgeschmack, kurz",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue Künstler diesen Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Skiprate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Skip-Quote letzte Woche",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück",
        family="streak",
    ),
    Fresh(
        text="wann zuerst Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="erstes Mal Eres wann",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="wann zuletzt Justice",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="Daily zuletzt wann",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="letzter Song",
        family="last_song",
    ),
    Fresh(
        text="erster Song heute",
        family="first_today",
    ),
    Fresh(
        text="erstes Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erster Track letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="letztes Lied gestern Abend",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="letzter Song am 3. November",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="meistgeskippter Song",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welcher Künstler am meisten geskippt",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Lied in Dauerschleife zurzeit",
        family="on_repeat",
    ),
    Fresh(
        text="Wochenrückblick",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Rückblick Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick 2025",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="Monatsrückblick bei uns, letzter Monat",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="morgens oder abends mehr?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wochenende oder unter der Woche mehr Musik?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Justice in der Küche abspielen",
    "lauter",
    "leiser",
    "nächstes Lied",
    "Pause",
    "Podcast stoppen",
    "was läuft gerade",
    "welcher Song ist das",
    "Zufallswiedergabe an",
    "Wiederholen aus",
    "Küchenlicht aus",
    "Timer 10 Minuten",
    "Wetter morgen",
    "Milch auf die Einkaufsliste",
    "Heizung auf 21 Grad",
    "Album Discovery spielen",
    "Lautstärke 40",
    "Musik aus in der Küche",
    "Lautsprecher Küche und Wohnzimmer koppeln",
    "nächste Folge",
    "30 Sekunden zurück",
    "Wecker 6 Uhr 15",
    "Queen spielen",
    "wer singt das",
    "Song überspringen",
]
