"""Writer 401, ein Mann, der nur in Stichworten mit dem Sprachassistenten spricht, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Top Künstler letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Künstler des Jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="meistgehörte Band überhaupt",
        family="top_artists",
        period="all_time",
    ),
    Fresh(
        text="Top 3 Künstler letzten Sommer",
        family="top_artists",
        period="last_summer",
        count=3,
    ),
    Fresh(
        text="bei uns Top Künstler letzter Monat",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Top Lieder letzter Monat",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="meistgespieltes Lied Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="fünf meistgespielte Songs seit März",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="Küche Top Song",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Top Album dieses Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="meistgehörtes Album Sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Top Podcast diesen Monat",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="Podcast Nummer eins",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Hörzeit heute",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="Musik wie lange gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Podcast Stunden letzten Monat",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="Hörzeit seit Montag",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="Anzahl Lieder heute",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wiedergaben diese Woche gesamt",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="wie viele Folgen diesen Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Wiedergaben letzte sieben Tage",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele Künstler dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Anzahl verschiedene Bands letzten Monat",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="verschiedene Lieder diese Woche Anzahl",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wie viele verschiedene Songs seit Oktober",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Queen wie oft seit März",
        family="play_count",
        period="since_march",
        name="Queen",
    ),
    Fresh(
        text="Daft Punk wie oft diesen Monat",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Bohemian Rhapsody Anzahl gespielt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Radiohead wie oft",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Justice gestern gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="The Daily heute?",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="Air letztes Wochenende",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="Café Tacvba letztes Jahr gehört",
        family="did_i",
        period="last_year",
        name="Café Tacvba",
    ),
    Fresh(
        text="was lief gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="welche Musik am Samstag",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="was gehört vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Hörverlauf 3. November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Viertel vor acht gestern Abend was lief",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="halb neun heute früh Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Mittwoch 21 Uhr welcher Song",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="mein Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Hörgewohnheit Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue Künstler diesen Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="neu entdeckte Bands in letzter Zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Skip-Quote",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie oft übersprungen diese Woche",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Tage am Stück gehört",
        family="streak",
    ),
    Fresh(
        text="Daft Punk erstes Mal wann",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Wet Leg erstes Mal",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="Queen zuletzt wann",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Dance von Justice zuletzt gehört",
        family="last_play",
        name="D.A.N.C.E. by Justice",
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
        text="erstes Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erster Song letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="letztes Lied Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="letzter Song letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="meistübersprungenes Lied",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Künstler am meisten übersprungen",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Lied Dauerschleife zurzeit",
        family="on_repeat",
    ),
    Fresh(
        text="Rückblick Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wochenrückblick",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Zusammenfassung Hören",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="morgens oder abends mehr gehört",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wochenende oder unter der Woche mehr gehört",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Daft Punk in der Küche spielen",
    "Musik lauter",
    "Lautstärke 20",
    "nächstes Lied",
    "Lied überspringen",
    "Podcast Pause",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "was läuft gerade",
    "welches Lied ist das",
    "Küchenlicht aus",
    "Timer 5 Minuten",
    "Wetter morgen",
    "Milch auf Einkaufsliste",
    "Heizung 21 Grad",
    "Album Discovery abspielen",
    "Queen im Wohnzimmer",
    "Lautsprecher Küche und Wohnzimmer koppeln",
    "Musik aus",
    "The Daily neueste Folge abspielen",
    "30 Sekunden zurück",
    "Radio an",
    "Wecker 6 Uhr",
    "leiser Küche",
    "nächste Folge",
]
