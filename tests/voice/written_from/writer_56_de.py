"""Writer 56, a power user who talks to the assistant like a command line or a search box, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Statistik: Top Künstler letzter Monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Top 3 Artists dieses Jahr",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="wer war im Sommer mein meistgehörter Künstler",
        family="top_artists",
        period="summer",
    ),
    Fresh(
        text="Top Künstler von Ada, letzte Woche",
        family="top_artists",
        period="last_week",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="Top 5 Songs seit Oktober",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="meistgespielter Track letzte Woche",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(text="Song des Jahres 2025", family="top_tracks", period="in_2025"),
    # top_albums
    Fresh(text="Top Album letzte 30 Tage", family="top_albums", period="last_30_days"),
    Fresh(
        text="welches Album lief insgesamt am meisten",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(text="Top Podcasts dieses Jahr", family="top_podcasts", period="this_year"),
    Fresh(
        text="welcher Podcast läuft bei mir in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(text="Hörzeit diese Woche", family="listening_time", period="this_week"),
    Fresh(
        text="wie lange lief gestern Abend Musik",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="Hörzeit Küche letzter Monat",
        family="listening_time",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="wie viele Stunden haben wir im Oktober gehört",
        family="listening_time",
        period="october",
        person="we",
    ),
    # plays
    Fresh(text="Anzahl Plays heute", family="plays", period="today"),
    Fresh(
        text="wie viele Songs heute Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Anzahl Podcast-Folgen diesen Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Anzahl verschiedene Künstler dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Artists, letzte 3 Monate",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="Anzahl unique Songs im September",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wie viele verschiedene Lieder seit Montag",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="Anzahl Plays Queen dieses Jahr",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief Around the World im August",
        family="play_count",
        period="august",
        name="Around the World",
    ),
    Fresh(
        text="Play Count The Daily seit März",
        family="play_count",
        period="since_march",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Justice gehört letzte Woche? ja/nein",
        family="did_i",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="hab ich vorgestern Air gehört",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="Radiohead diesen Monat gehört?",
        family="did_i",
        period="this_month",
        name="Radiohead",
    ),
    # what_played
    Fresh(
        text="was hab ich letzten Freitag gehört",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="Übersicht: was lief am Samstag", family="what_played", period="saturday"
    ),
    Fresh(
        text="was hab ich letzte Nacht gehört",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um 19:50", family="playing_at", moment="2026-11-19 19:50"
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="gestern Abend Viertel nach acht, welcher Track lief da",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    # taste
    Fresh(
        text="mein Geschmack, kurz zusammengefasst", family="taste", period="all_time"
    ),
    Fresh(text="Geschmacksprofil dieses Jahr", family="taste", period="this_year"),
    # peak
    Fresh(text="Peak-Zeit: wann hör ich meistens", family="peak", period="all_time"),
    Fresh(
        text="zu welcher Uhrzeit und an welchem Wochentag hör ich normalerweise am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(text="neue Künstler diesen Monat", family="new_artists", period="this_month"),
    Fresh(
        text="neue Artists seit Oktober", family="new_artists", period="since_october"
    ),
    # skips
    Fresh(text="Skip-Rate letzte 7 Tage", family="skips", period="last_7_days"),
    Fresh(text="wie oft skippe ich eigentlich", family="skips", period="all_time"),
    # repeat
    Fresh(text="Repeat-Rate dieses Jahr", family="repeat", period="this_year"),
    Fresh(
        text="wie oft hör ich dieselben Sachen nochmal",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(text="Streak: wie viele Tage am Stück", family="streak"),
    Fresh(text="wie viele Tage in Folge hab ich jetzt gehört", family="streak"),
    # first_play
    Fresh(text="History: erster Play Justice", family="first_play", name="Justice"),
    Fresh(
        text="wann hab ich Sexy Boy zum ersten Mal gehört",
        family="first_play",
        name="Sexy Boy",
    ),
    # last_play
    Fresh(text="letzter Play Daft Punk", family="last_play", name="Daft Punk"),
    Fresh(
        text="wann lief zuletzt Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(text="letzter gespielter Song", family="last_song"),
    Fresh(text="was war der zuletzt gespielte Track", family="last_song"),
    # first_today
    Fresh(text="erster Song heute", family="first_today"),
    Fresh(
        text="mit welchem Song bin ich heute in den Tag gestartet", family="first_today"
    ),
    # first_in
    Fresh(text="erster Track gestern", family="first_in", period="yesterday"),
    Fresh(text="erster Song am 3. November", family="first_in", period="november_3"),
    # last_in
    Fresh(
        text="letzter Song vorgestern", family="last_in", period="day_before_yesterday"
    ),
    Fresh(
        text="mit welchem Track hab ich am Samstag aufgehört",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(text="meistgeskippter Song", family="most_skipped", period="all_time"),
    Fresh(
        text="welchen Track skippe ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="meistgeskippter Künstler", family="most_skipped_artist", period="all_time"
    ),
    Fresh(
        text="welchen Artist skippe ich am meisten, letzte 30 Tage",
        family="most_skipped_artist",
        period="last_30_days",
    ),
    # on_repeat
    Fresh(text="welcher Song ist bei mir gerade in Dauerschleife", family="on_repeat"),
    Fresh(text="aktueller Heavy-Rotation-Song", family="on_repeat"),
    # recap
    Fresh(text="Rückblick Oktober", family="recap", period="october"),
    Fresh(text="Recap diese Woche", family="recap", period="this_week"),
    Fresh(text="Jahresrückblick 2025", family="recap", period="in_2025"),
    Fresh(text="Rückblick letzter Sommer", family="recap", period="last_summer"),
    Fresh(text="erzähl mal, wie war mein Monat", family="recap", period="this_month"),
    # compare_day_parts
    Fresh(
        text="morgens vs abends, wann hör ich mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morgens oder abends mehr Hörzeit, diesen Monat",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Wochentage vs Wochenende, wo hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="hör ich seit März am Wochenende mehr als unter der Woche",
        family="compare_week",
        period="since_march",
    ),
]

NEGATIVES = [
    "Küche: Daft Punk abspielen",
    "Lautstärke 30",
    "lauter",
    "nächster Track",
    "Skip",
    "Podcast pausieren",
    "The Daily weiterspielen",
    "Shuffle an",
    "Repeat aus",
    "welcher Song ist das",
    "was läuft gerade",
    "Album Discovery abspielen",
    "Küche und Wohnzimmer Lautsprecher gruppieren",
    "Timer 10 Minuten",
    "Wetter morgen",
    "Hafermilch auf die Einkaufsliste",
    "Heizung auf 21 Grad",
    "Küchenlicht aus",
    "Musik stopp",
    "diesen Song liken",
    "Track zur Playlist Focus hinzufügen",
    "30 Sekunden vorspulen",
    "Küche stumm",
    "Wecker 7 Uhr werktags",
    "Queen Radio starten",
    "Musik ins Schlafzimmer übertragen",
    "Bass in der Küche etwas runter",
    "Sleep-Timer 20 Minuten",
    "Musik in der Küche leiser bitte",
]
