"""Writer 69, a non-native speaker (Turkish native living in Berlin, German B1-B2), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer ist mein meist gehörte Künstler diesen Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Band ich habe am meisten gehört letztes Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="wer war Künstler von Jahr 2025 für mich",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="was ist mein Lieblingslied in September",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="sag mal meine drei meistgespielte Lieder von diese Jahr",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Top 5 Lieder in August bitte",
        family="top_tracks",
        period="august",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welches Album ich höre am meisten", family="top_albums", period="all_time"
    ),
    Fresh(
        text="Lieblingsalbum seit März welches ist",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich höre am meisten in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lange ich habe Musik gehört gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden wir haben gehört letzte Woche",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="heute Morgen wie lange lief Podcast",
        family="listening_time",
        period="this_morning",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Zeit hab ich Musik gehört in den letzten 30 Tagen",
        family="listening_time",
        period="last_30_days",
        content="music",
    ),
    # plays
    Fresh(
        text="wie viel Lieder ich habe gespielt heute",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Sachen lief in Oktober insgesamt",
        family="plays",
        period="october",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler ich höre in diesem Jahr",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="wie viel verschiedene Lieder ich habe gehört letzte Monat",
        family="songs_count",
        period="last_month",
    ),
    # play_count
    Fresh(
        text="wie viel mal ich habe Queen gehört diese Woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Around the World wie viel mal lief diesen Monat",
        family="play_count",
        period="this_month",
        name="Around the World",
    ),
    Fresh(
        text="wie oft ich höre Daily seit Oktober",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    Fresh(
        text="in den letzten sieben Tagen wie oft ich habe One More Time gehört",
        family="play_count",
        period="last_7_days",
        name="One More Time",
    ),
    # did_i
    Fresh(
        text="hab ich Justice gehört vorgestern",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="ich höre Air letztes Wochenende?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="hab ich jemals Radiohead gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="haben wir Café Tacvba gehört letzten Monat",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
        person="we",
    ),
    # what_played
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief in Küche am Samstag",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="welche Musik ich höre am 3. November",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="was Ada hat gehört letzte Woche",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um acht Uhr Abend",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="heute früh um halb neun was war an",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heute Viertel nach fünf Nachmittag",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(text="was für Musik ich mag eigentlich", family="taste", period="all_time"),
    Fresh(text="beschreib mal mein Musikgeschmack", family="taste", period="all_time"),
    # peak
    Fresh(
        text="wann ich höre normalerweise Musik, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="welche neue Künstler ich habe entdeckt diesen Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="gibt es neue Bands bei mir in letzte drei Monate",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft ich skippe Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel ich überspringe seit Montag",
        family="skips",
        period="since_monday",
    ),
    # repeat
    Fresh(
        text="wie viel ich höre die gleiche Lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(text="wie viele Tage hintereinander ich höre schon", family="streak"),
    # first_play
    Fresh(
        text="wann ich habe Daft Punk erste mal gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(text="wann erste mal lief Sexy Boy", family="first_play", name="Sexy Boy"),
    # last_play
    Fresh(
        text="wann ich höre Bohemian Rhapsody letzte mal",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wann war letzte mal Justice bei mir", family="last_play", name="Justice"
    ),
    # last_song
    Fresh(text="was ist letzte Lied was ich gehört habe", family="last_song"),
    # first_today
    Fresh(text="mit welche Lied ich bin heute aufgewacht", family="first_today"),
    Fresh(text="erste Lied heute was war", family="first_today"),
    # first_in
    Fresh(text="erste Lied gestern welches war", family="first_in", period="yesterday"),
    Fresh(
        text="womit ich habe angefangen letzten Freitag, welches Lied",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="letzte Lied vorgestern was war",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mit welches Lied ich habe aufgehört letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welches Lied ich skippe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Künstler ich überspringe am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="welches Lied ich höre gerade immer wieder", family="on_repeat"),
    Fresh(text="was ist mein Dauerschleife Lied im Moment", family="on_repeat"),
    # recap
    Fresh(
        text="erzähl mal wie war mein Jahr mit Musik",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Zusammenfassung von letzte Monat bitte",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="wie war Sommer letztes Jahr musikalisch, Rückblick bitte",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder Werktage, wann ich höre mehr Musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche",
    "mach Musik lauter",
    "leiser bitte",
    "was für Lied ist das",
    "nächste Lied",
    "Podcast pause machen",
    "Licht in Küche aus",
    "spiel Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus machen",
    "stell Timer für zwanzig Minute",
    "wie wird Wetter morgen im Kiez",
    "schreib Brot auf Einkaufsliste",
    "Heizung auf 21 Grad",
    "was ich höre gerade jetzt",
    "was läuft in Küche gerade",
    "Lautsprecher Küche und Wohnzimmer zusammen machen",
    "Musik stop",
    "spiel neue Folge von The Daily",
    "überspring dieses Lied",
    "wer singt das",
    "spiel Queen im Wohnzimmer",
    "Wecker um sieben stellen",
    "Lautstärke auf drei",
    "Podcast weiter spielen",
    "spiel türkische Musik bitte",
    "zehn Sekunden zurück",
    "Radio an in Schlafzimmer",
]
