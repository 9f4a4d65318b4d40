"""Writer 316, a Stuttgart IT consultant writing clipped German with English tech words, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Top-Artist diese Woche?",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="wer war letztes Jahr mein meistgehörter Künstler",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Top 3 Artists seit Oktober, bitte",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="letzten Sommer, wer war da mein Main Artist",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="meistgespielter Track im September?",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="Top 5 Songs der letzten 30 Tage",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    Fresh(
        text="was war 2025 mein Song des Jahres",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="Küche, diesen Monat: welcher Track lief am häufigsten",
        family="top_tracks",
        period="this_month",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welches Album lief bei mir am meisten, overall",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Top-Album im Sommer?",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast ist in letzter Zeit mein Go-to",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="meistgehörter Podcast dieses Jahr",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute Musik, in Minuten",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Hörzeit letzte Woche gesamt?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie viele Stunden haben wir im Oktober gehört",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="Listening Time der letzten zwei Wochen, total",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="Anzahl Plays heute",
        family="plays",
        period="today",
    ),
    Fresh(
        text="wie viele Songs seit Montag",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viele Episoden hab ich diesen Monat gestreamt",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele unterschiedliche Artists dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Anzahl verschiedener Künstler insgesamt?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viele distinct Tracks letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie viele verschiedene Songs in den letzten sieben Tagen",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="Playcount Bohemian Rhapsody diesen Monat?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk seit März",
        family="play_count",
        period="since_march",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich Radiohead gehört, quick check",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief vorgestern The Daily?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="kurzer Check: Café Tacvba im August gehört?",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    Fresh(
        text="haben wir letztes Wochenende Queen gehört",
        family="did_i",
        period="last_weekend",
        name="Queen",
        person="we",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Summary bitte: was lief heute Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was lief bei uns letzte Woche so",
        family="what_played",
        period="last_week",
        person="we",
    ),
    # playing_at
    Fresh(
        text="welcher Track lief gestern um zehn vor acht",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="heute früh halb neun, was lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heute um 17:15",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="wie würdest du meinen Musikgeschmack beschreiben, kurz",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="was für Musik hör ich so, in a nutshell",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="zu welcher Uhrzeit und an welchem Wochentag hör ich typischerweise",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wann ist meine Peak-Time beim Hören",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="neue Artists diesen Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich in letzter Zeit neu entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler hab ich in den letzten drei Monaten zum ersten Mal gehört",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie hoch ist meine Skip-Rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie oft hab ich letzte Woche geskippt",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Repeat-Rate, wie hoch ist die bei mir",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="hör ich immer dieselben Songs? prozentual bitte",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="aktueller Streak?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich Justice zum ersten Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Erstkontakt mit Moon Safari, wann war das",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="letzter Play von Around the World?",
        family="last_play",
        name="Around the World",
    ),
    Fresh(
        text="wann hab ich zuletzt Wet Leg gehört",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="letzter Song?",
        family="last_song",
    ),
    Fresh(
        text="was war der letzte Track, den ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="erster Song heute?",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich heute in den Tag gestartet, musikalisch",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erster Track gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten Freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="letzter Song letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="was lief am 3. November als letztes",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="welchen Song skippe ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="most skipped Track?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Artist skip ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei welcher Band drück ich am öftesten auf Skip, gell",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was hab ich gerade auf Repeat",
        family="on_repeat",
    ),
    Fresh(
        text="welcher Track läuft bei mir aktuell in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Wochen-Recap bitte",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gib mir mal ein Review vom Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick 2025?",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="erzähl mal, wie lief unser letzter Monat musikalisch",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich eher morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="mehr Nachmittag oder Nacht bei mir?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende vs. unter der Woche, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="hör ich werktags mehr als am Weekend",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Daft Punk in der Küche abspielen",
    "Lautstärke auf 30 Prozent",
    "Musik leiser",
    "nächster Track",
    "skip",
    "Podcast pausieren",
    "was läuft gerade",
    "welcher Song ist das",
    "Shuffle an",
    "Repeat-Mode aus",
    "Küchenlicht aus",
    "Timer 10 Minuten",
    "Wetter morgen Stuttgart",
    "Hafermilch auf die Einkaufsliste",
    "Heizung auf 21 Grad",
    "Speaker Küche und Wohnzimmer gruppieren",
    "spiel das Album Cross",
    "The Daily weiterhören",
    "was hör ich grad",
    "Wecker auf 6:30",
    "Song zur Playlist Focus adden",
    "30 Sekunden zurück",
    "Reminder Jour fixe morgen um neun",
    "stopp die Musik",
    "Musik in der Küche lauter",
]
