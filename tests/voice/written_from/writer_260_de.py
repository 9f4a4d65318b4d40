"""Writer 260, knappe Hamburger Geschäftsfrau, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Moin. Meistgehörter Künstler letzte Woche?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Kurz: meine drei Top-Künstler dieses Jahr, bitte.",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Küche, welche Band lief letzten Monat am meisten?",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Lieblingslied im Oktober?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Meine fünf meistgespielten Titel seit März, bitte.",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welches Album lief dieses Jahr am häufigsten?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Top-Album der letzten drei Monate. Kurz.",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast lief in letzter Zeit am meisten?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Meistgehörter Podcast insgesamt, bitte.",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief heute Musik?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Hörzeit diese Woche. Stunden, bitte.",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie viel haben wir am Wochenende gehört? Dauer, bitte.",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Wie viele Minuten Podcast gestern?",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder heute bisher?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Anzahl Wiedergaben letzte sieben Tage, bitte.",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viele Folgen diesen Monat?",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler seit Oktober?",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="Kurz: Anzahl Interpreten 2025.",
        family="artists_count",
        period="in_2025",
    ),
    # songs_count
    Fresh(
        text="Wie viele unterschiedliche Songs im September?",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="Verschiedene Titel in den letzten dreißig Tagen, wie viele?",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="Wie oft lief Bohemian Rhapsody diesen Monat?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk dieses Jahr, wie oft?",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="Radiohead. Anzahl Wiedergaben, bitte.",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Queen gehört?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Lief bei uns letzte Woche Justice?",
        family="did_i",
        period="last_week",
        name="Justice",
        person="we",
    ),
    Fresh(
        text="Kurze Frage: Wet Leg im Sommer gehört?",
        family="did_i",
        period="summer",
        name="Wet Leg",
    ),
    # what_played
    Fresh(
        text="Was lief gestern Abend?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Vorgestern, was hab ich gehört?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was lief heute früh, kurz zusammengefasst.",
        family="what_played",
        period="this_morning",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern um acht Uhr abends?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Heute halb neun, was lief da?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was lief heute um Viertel nach fünf?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Mein Musikgeschmack, in einem Satz bitte.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Welche Richtung höre ich eigentlich?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann höre ich normalerweise? Uhrzeit und Wochentag.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Zu welcher Tageszeit höre ich am meisten?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Neue Künstler diesen Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wen habe ich in letzter Zeit neu entdeckt?",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="Wie oft überspringe ich?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Skip-Quote letzter Monat, bitte.",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Wiederholungsrate, bitte.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Höre ich dieses Jahr oft dasselbe?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück höre ich schon?",
        family="streak",
    ),
    Fresh(
        text="Moin. Aktuelle Serie, wie viele Tage in Folge?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann lief Justice zum ersten Mal?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Don't Stop Me Now, erstes Mal wann?",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    # last_play
    Fresh(
        text="Wann zuletzt The Daily gehört?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Air, wann zuletzt?",
        family="last_play",
        name="Air",
    ),
    # last_song
    Fresh(
        text="Letztes Lied, das ich gespielt habe?",
        family="last_song",
    ),
    Fresh(
        text="Was war mein letzter Titel?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Erstes Lied heute?",
        family="first_today",
    ),
    Fresh(
        text="Womit hab ich heute den Tag angefangen? Lied, bitte.",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Erster Song gestern?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Was lief letzten Freitag als Erstes?",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Letztes Lied am Samstag?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Womit habe ich am dritten November aufgehört?",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspringe ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler skippe ich am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied läuft bei mir gerade in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Kurz: aktueller Ohrwurm, welcher Titel?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Moin. Rückblick auf meine Woche, bitte.",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Wie war mein letztes Jahr musikalisch? Kurz.",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="Zusammenfassung August, bitte.",
        family="recap",
        period="august",
    ),
    # compare_day_parts
    Fresh(
        text="Höre ich morgens oder abends mehr?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Nachmittags oder nachts, wann mehr?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder unter der Woche, wann höre ich mehr?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Moin. Daft Punk in der Küche, bitte.",
    "Musik lauter.",
    "Leiser, bitte.",
    "Was läuft gerade in der Küche?",
    "Welches Lied ist das?",
    "Nächster Titel.",
    "Lied überspringen.",
    "Podcast pausieren.",
    "Spiel das Album Discovery.",
    "Zufallswiedergabe an.",
    "Wiederholung aus.",
    "Lautstärke auf fünf.",
    "Küchenlautsprecher mit Wohnzimmer koppeln.",
    "Küchenlicht aus.",
    "Timer, zehn Minuten.",
    "Wetter morgen in Hamburg?",
    "Hafermilch auf die Einkaufsliste.",
    "Heizung auf einundzwanzig Grad.",
    "Was höre ich gerade?",
    "Musik stopp.",
    "Spiel The Daily, neueste Folge.",
    "Wer singt das?",
]
