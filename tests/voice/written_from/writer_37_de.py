"""Writer 37, music nerd and record collector, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer lief diesen Monat am meisten",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="meine drei Top-Künstler letztes Jahr",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="wer war zweitausendfünfundzwanzig mein Künstler des Jahres",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="welcher Track lief letzte Woche rauf und runter",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="mein Lieblingslied seit März, laut Statistik",
        family="top_tracks",
        period="since_march",
    ),
    # top_albums
    Fresh(
        text="welche Platte lief dieses Jahr am häufigsten",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="welche Scheibe lag im Sommer am meisten auf dem Teller",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="in den letzten drei Monaten, welches Album war da ganz vorne",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast läuft bei mir in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute schon Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich im Oktober in der Küche gehört",
        family="listening_time",
        period="october",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="wie viele Songs liefen gestern",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Plays hatten wir letztes Wochenende",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler waren dieses Jahr in der Rotation",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="wie viele unterschiedliche Lieder hab ich in den letzten dreißig Tagen gehört",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele verschiedene Tracks insgesamt",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="wie oft lief Bohemian Rhapsody diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk seit Montag",
        family="play_count",
        period="since_monday",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich Wet Leg aufgelegt",
        family="play_count",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="wie viele Folgen The Daily liefen letzten Sommer",
        family="play_count",
        period="last_summer",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="lief gestern Abend was von Justice",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="hatte ich in letzter Zeit Air in der Rotation",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="hab ich im August Radiohead gehört",
        family="did_i",
        period="august",
        name="Radiohead",
    ),
    # what_played
    Fresh(text="was lief so letzte Woche", family="what_played", period="last_week"),
    Fresh(
        text="was lief am Samstag bei uns",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was hab ich heute Morgen aufgelegt",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="sag mal, was lief letzte Nacht", family="what_played", period="last_night"
    ),
    # playing_at
    Fresh(
        text="was lief gestern gegen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="was ist eigentlich mein Musikgeschmack, so von der Rotation her",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich normalerweise Musik, Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="gab's in letzter Zeit neue Künstler in der Rotation",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Bands hab ich diesen Monat neu entdeckt",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(text="wie oft skippe ich eigentlich", family="skips", period="all_time"),
    Fresh(
        text="wie hoch war meine Skip-Quote letzten Monat",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="wie hoch ist meine Wiederholungsrate", family="repeat", period="all_time"
    ),
    # streak
    Fresh(text="wie viele Tage am Stück lief bei mir schon Musik", family="streak"),
    # first_play
    Fresh(text="wann lief Justice zum ersten Mal", family="first_play", name="Justice"),
    Fresh(
        text="wann hab ich zum allerersten Mal Eres gehört",
        family="first_play",
        name="Eres",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt Digital Love", family="last_play", name="Digital Love"
    ),
    Fresh(
        text="wann hatte ich das letzte Mal Moon Safari auf dem Teller",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(text="was war der letzte Song, den ich gehört hab", family="last_song"),
    # first_today
    Fresh(
        text="womit bin ich heute in den Tag gestartet, musikalisch",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was lief vorgestern als Erstes",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="erster Track am dritten November", family="first_in", period="november_3"
    ),
    # last_in
    Fresh(
        text="womit hab ich letzten Freitag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(text="was lief gestern als Letztes", family="last_in", period="yesterday"),
    # most_skipped
    Fresh(
        text="welches Lied skippe ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler überspringe ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="was läuft bei mir gerade so in Dauerschleife", family="on_repeat"),
    Fresh(text="welcher Song läuft momentan rauf und runter", family="on_repeat"),
    # recap
    Fresh(
        text="erzähl mal, wie war mein Oktober musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(text="gib mir mal nen Jahresrückblick", family="recap", period="this_year"),
    Fresh(
        text="wie war meine Woche so, musikmäßig", family="recap", period="this_week"
    ),
    # compare_day_parts
    Fresh(
        text="hör ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher Nachmittags- oder Nachthörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="läuft am Wochenende mehr Platte als unter der Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="hör ich werktags mehr als am Wochenende",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "leg mal Daft Punk in der Küche auf",
    "spiel die Platte Discovery",
    "nächster Track",
    "überspring das Lied",
    "mach die Musik lauter",
    "Lautstärke auf dreißig",
    "Zufallswiedergabe an",
    "dieses Lied in Dauerschleife",
    "Wiederholung aus",
    "pausier den Podcast",
    "was läuft gerade",
    "wie heißt der Song",
    "von wem ist dieses Lied",
    "Licht in der Küche aus",
    "stell einen Timer auf zwanzig Minuten",
    "wie wird das Wetter morgen",
    "setz Plattenreiniger auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "verbinde die Lautsprecher in Küche und Wohnzimmer",
    "spiel was Ähnliches wie Air",
    "Musik aus in der Küche",
    "spul zurück an den Anfang der Folge",
    "spiel die neueste Folge von The Daily",
    "was kommt als Nächstes in der Warteschlange",
    "mehr Bass bitte",
]
