"""Writer 1, a terse smart-speaker user, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(text="Top-Künstler dieses Jahr", family="top_artists", period="this_year"),
    Fresh(
        text="meistgehörte Band letzten Monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Adas Nummer eins Künstler seit Oktober",
        family="top_artists",
        period="since_october",
        person="Ada",
    ),
    # top_tracks
    Fresh(text="Lieblingslied diese Woche", family="top_tracks", period="this_week"),
    Fresh(
        text="Top drei Lieder zwanzig fünfundzwanzig",
        family="top_tracks",
        period="in_2025",
        count=3,
    ),
    Fresh(
        text="Küche, meistgespielter Song letzten Monat",
        family="top_tracks",
        period="last_month",
        room="kitchen",
    ),
    # top_albums
    Fresh(text="meistgehörtes Album im Sommer", family="top_albums", period="summer"),
    Fresh(
        text="Top-Album, letzte drei Monate",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(text="Top-Podcast", family="top_podcasts", period="all_time"),
    Fresh(
        text="meistgehörter Podcast diesen Monat",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(text="Hördauer heute", family="listening_time", period="today"),
    Fresh(
        text="wie lange Musik letzte Woche",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="wie lange lief bei uns gestern was",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Stunden Podcast seit Montag",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele Lieder heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(text="Anzahl Wiedergaben im Oktober", family="plays", period="october"),
    Fresh(
        text="Podcastfolgen diese Woche, wie viele",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Anzahl Künstler letzte dreißig Tage",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="Anzahl verschiedener Lieder seit März",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="wie viele unterschiedliche Songs im September",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="wie oft Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft Daft Punk diesen Monat",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Radiohead, wie oft",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Justice gestern gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(text="Air am Samstag?", family="did_i", period="saturday", name="Air"),
    Fresh(
        text="Queen letzten Freitag gehört",
        family="did_i",
        period="last_friday",
        name="Queen",
    ),
    Fresh(
        text="hab ich in letzter Zeit Eres gehört",
        family="did_i",
        period="lately",
        name="Eres",
    ),
    Fresh(
        text="Wet Leg dieses Jahr?", family="did_i", period="this_year", name="Wet Leg"
    ),
    # what_played
    Fresh(
        text="was lief vorgestern", family="what_played", period="day_before_yesterday"
    ),
    Fresh(
        text="was lief gestern Abend", family="what_played", period="yesterday_evening"
    ),
    Fresh(
        text="was hat Ada letzte Nacht gehört",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Lied gestern um zehn nach acht abends",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="was lief heute um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="heute 17 Uhr 15, welcher Song",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(text="mein Musikgeschmack", family="taste", period="all_time"),
    Fresh(text="welche Musik mag ich, kurz", family="taste", period="all_time"),
    # peak
    Fresh(text="wann hör ich am meisten", family="peak", period="all_time"),
    Fresh(
        text="Uhrzeit und Wochentag, wann ich meistens höre",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(text="neue Künstler diesen Monat", family="new_artists", period="this_month"),
    Fresh(text="neue Bands letzten Sommer", family="new_artists", period="last_summer"),
    # skips
    Fresh(text="Skip-Quote", family="skips", period="all_time"),
    Fresh(text="wie oft übersprungen letzte Woche", family="skips", period="last_week"),
    # repeat
    Fresh(text="Wiederholungsrate", family="repeat", period="all_time"),
    # streak
    Fresh(text="wie viele Tage am Stück gehört", family="streak"),
    # first_play
    Fresh(text="wann zuerst Phantom gehört", family="first_play", name="Phantom"),
    Fresh(text="Café Tacvba, erstes Mal wann", family="first_play", name="Café Tacvba"),
    # last_play
    Fresh(text="wann zuletzt Digital Love", family="last_play", name="Digital Love"),
    Fresh(text="Queen zuletzt gehört wann", family="last_play", name="Queen"),
    # last_song
    Fresh(text="letztes Lied", family="last_song"),
    # first_today
    Fresh(text="erstes Lied heute", family="first_today"),
    # first_in
    Fresh(text="erstes Lied gestern", family="first_in", period="yesterday"),
    Fresh(
        text="erster Song am dritten November", family="first_in", period="november_3"
    ),
    # last_in
    Fresh(text="letztes Lied letzten Freitag", family="last_in", period="last_friday"),
    Fresh(text="letzter Song am Wochenende", family="last_in", period="last_weekend"),
    # most_skipped
    Fresh(text="meistübersprungenes Lied", family="most_skipped", period="all_time"),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler überspring ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="welches Lied hör ich zurzeit ständig", family="on_repeat"),
    # recap
    Fresh(text="Rückblick Oktober", family="recap", period="october"),
    Fresh(text="mein Jahr in Musik", family="recap", period="this_year"),
    Fresh(
        text="Zusammenfassung letzte Woche bei uns",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(text="Rückblick, sieben Tage", family="recap", period="last_7_days"),
    # compare_day_parts
    Fresh(
        text="morgens oder abends mehr gehört?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder unter der Woche, wann mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk",
    "spiel Queen in der Küche",
    "Küche, Air abspielen",
    "spiel das Album Discovery",
    "The Daily abspielen",
    "nächstes Lied",
    "überspringen",
    "Pause",
    "Podcast pausieren",
    "weiter",
    "Musik aus",
    "lauter",
    "leiser in der Küche",
    "Lautstärke fünf",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "welches Lied ist das",
    "was läuft gerade in der Küche",
    "was hör ich gerade",
    "Lautsprecher Küche und Wohnzimmer koppeln",
    "Küchenlicht aus",
    "Timer zehn Minuten",
    "Wetter morgen",
    "Milch auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "Radio an",
]
