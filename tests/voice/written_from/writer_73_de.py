"""Writer 73, a non-native speaker (Vietnamese native living in Leipzig, English B1, German B1), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="welche Künstler ich am meisten hören letzte Monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="mein Künstler des Jahr wer ist", family="top_artists", period="this_year"
    ),
    Fresh(
        text="wir letzte Woche welche Band am meisten gehört",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="Lieblingslied diese Monat welche",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="drei Lied ich am meisten gespielt seit Oktober",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="in Küche welches Lied am meisten gespielt",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Lieblingsalbum von mir im Sommer", family="top_albums", period="summer"
    ),
    Fresh(
        text="welche Album ich am meisten hören zwanzig fünfundzwanzig",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich am meisten hören",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Podcast Nummer eins letzte drei Monat",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="wie lange Musik heute gelaufen",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunde ich hören letzte Woche",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="gestern Abend wie lange Musik in Küche",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="wie viel Lied heute Nachmittag ich spielen",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="seit Montag wie viel Sachen gespielt insgesamt",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Podcast Folge wie viele im Oktober ich gehört",
        family="plays",
        period="october",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel andere Künstler ich gehört in letzte 30 Tag",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="wie viele verschieden Lied im August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="verschiedene Songs wie viele letzte sieben Tage",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="wie oft ich Queen gehört diese Woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Bohemian Rapsodie wie oft gespielt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft The Daily letzte Monat",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="gestern Justice gehört ich?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich Radiohead gehört in letzte Zeit",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    Fresh(
        text="Daft Punk vorgestern gehört oder nicht",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Eres von Café Tacvba dieses Jahr ich gehört?",
        family="did_i",
        period="this_year",
        name="Eres by Café Tacvba",
    ),
    # what_played
    Fresh(
        text="gestern Abend was ich gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was Ada hören am Samstag",
        family="what_played",
        period="saturday",
        person="Ada",
    ),
    Fresh(
        text="heute früh welche Musik gelaufen",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="letzte Freitag was wir gehört",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="gestern Abend Viertel nach acht was gelaufen",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="heute früh acht Uhr welches Lied lief",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="um siebzehn Uhr heute was gespielt",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    # taste
    Fresh(text="was für Musik ich mag, sag mal", family="taste", period="all_time"),
    Fresh(text="mein Musikgeschmack wie ist", family="taste", period="all_time"),
    # peak
    Fresh(
        text="wann ich normal Musik höre, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(text="um welche Uhrzeit ich meistens höre", family="peak", period="all_time"),
    # new_artists
    Fresh(
        text="neue Künstler diesen Monat ich entdeckt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="in letzte Zeit neue Band für mich gibt?",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(text="wie oft ich überspringe", family="skips", period="all_time"),
    Fresh(text="meine Skip Rate im September", family="skips", period="september"),
    # repeat
    Fresh(
        text="wie viel ich gleiche Lied wiederhole", family="repeat", period="all_time"
    ),
    Fresh(
        text="Wiederholung Quote dieses Jahr wie hoch",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(text="wie viele Tag hintereinander ich höre", family="streak"),
    Fresh(text="meine Serie wie lang, Tage nacheinander gehört", family="streak"),
    # first_play
    Fresh(
        text="wann erste Mal ich Justice gehört", family="first_play", name="Justice"
    ),
    Fresh(
        text="Digital Love wann zum ersten Mal",
        family="first_play",
        name="Digital Love",
    ),
    # last_play
    Fresh(text="wann letzte Mal Queen gehört", family="last_play", name="Queen"),
    Fresh(
        text="The Daily wann zuletzt ich gehört", family="last_play", name="The Daily"
    ),
    # last_song
    Fresh(text="letzte Lied was ich gespielt", family="last_song"),
    Fresh(text="zuletzt welches Lied ich gehört", family="last_song"),
    # first_today
    Fresh(text="heute erste Lied was", family="first_today"),
    Fresh(text="womit ich heute aufgewacht, welches Lied", family="first_today"),
    # first_in
    Fresh(text="erste Lied gestern welche", family="first_in", period="yesterday"),
    Fresh(
        text="vorgestern welches Lied zuerst",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(text="am Samstag letzte Lied welches", family="last_in", period="saturday"),
    Fresh(
        text="letzte Nacht was letzte Song gewesen",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welche Lied ich am meisten überspringe",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(text="Lied was ich immer skippe", family="most_skipped", period="all_time"),
    # most_skipped_artist
    Fresh(
        text="welche Künstler ich am meisten überspringe",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="welche Lied ich grad in Dauerschleife", family="on_repeat"),
    Fresh(text="Lied was ich nicht aufhören kann hören", family="on_repeat"),
    # recap
    Fresh(
        text="mein Oktober wie war, Rückblick bitte", family="recap", period="october"
    ),
    Fresh(text="Jahresrückblick für mich", family="recap", period="this_year"),
    Fresh(
        text="Rückblick letzte Woche bei uns",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(text="Wochenrückblick bitte", family="recap", period="this_week"),
    # compare_day_parts
    Fresh(
        text="ich höre mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="nachmittags oder abends mehr gehört diesen Monat",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Wochenende mehr Musik als unter Woche ich höre?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="letzte Sommer Wochentag oder Wochenende mehr",
        family="compare_week",
        period="last_summer",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche",
    "Musik lauter",
    "Licht Küche aus",
    "was für Lied das ist",
    "nächste Lied",
    "Podcast stopp",
    "Album Discovery spielen",
    "Wetter morgen Leipzig",
    "Timer zehn Minute für Reis",
    "Fischsoße auf Einkaufsliste",
    "was ich gerade höre",
    "wer singt das",
    "Lautstärke auf zwanzig",
    "Zufallswiedergabe an",
    "Lied wiederholen bitte",
    "Küche Lautsprecher mit Wohnzimmer zusammen",
    "Heizung 22 Grad",
    "Musik Pause",
    "The Daily neue Folge abspielen",
    "leiser bitte in Küche",
    "Radio an",
    "Wecker sechs Uhr dreißig",
    "spiel Queen in Wohnzimmer",
    "Musik aus in zwanzig Minute",
    "ein Lied zurück",
    "regnet heute?",
    "Wiederholen aus",
    "spiel was ruhig zum Kochen",
    "Lautsprecher Küche an",
    "stumm schalten",
]
