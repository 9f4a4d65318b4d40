"""Writer 67, ein knapper Smart-Speaker-Nutzer in Eile, Deutsch."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(text="Top-Künstler diese Woche", family="top_artists", period="this_week"),
    Fresh(
        text="hey jarvis, meistgehörte Band dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Künstler des Jahres, letztes Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="bei uns letzte Woche, Top-Künstler",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    # top_tracks
    Fresh(text="Lieblingslied im Oktober", family="top_tracks", period="october"),
    Fresh(
        text="meine drei meistgespielten Lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(text="Top-Song seit März", family="top_tracks", period="since_march"),
    Fresh(
        text="Küche, meistgespielter Song diese Woche",
        family="top_tracks",
        period="this_week",
        room="kitchen",
    ),
    # top_albums
    Fresh(text="Lieblingsalbum", family="top_albums", period="all_time"),
    Fresh(
        text="meistgehörtes Album letzten Sommer",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(text="Top-Podcast diesen Monat", family="top_podcasts", period="this_month"),
    Fresh(
        text="ok nabu, meistgehörter Podcast in letzter Zeit",
        family="top_podcasts",
        period="lately",
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
        text="Stunden Podcast im September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie lange lief bei uns gestern Musik",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Hörzeit letzte dreißig Tage",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="wie viele Lieder heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(text="Anzahl Wiedergaben diesen Monat", family="plays", period="this_month"),
    Fresh(
        text="wie viele Folgen dieses Jahr",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(text="Anzahl Künstler im August", family="artists_count", period="august"),
    # songs_count
    Fresh(
        text="wie viele verschiedene Songs letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Anzahl verschiedener Lieder seit Oktober",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="wie oft Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft Queen diese Woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="The Daily, wie oft im Oktober",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Justice gestern gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Daft Punk am Wochenende?",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
    ),
    Fresh(
        text="heute schon The Daily?", family="did_i", period="today", name="The Daily"
    ),
    Fresh(
        text="Radiohead in letzter Zeit?",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    # what_played
    Fresh(
        text="was lief gestern Abend", family="what_played", period="yesterday_evening"
    ),
    Fresh(
        text="was hab ich vorgestern gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was hat Ada letzten Freitag gehört",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    Fresh(text="letzte Nacht, was lief", family="what_played", period="last_night"),
    # playing_at
    Fresh(
        text="gestern Viertel nach acht, welches Lied",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="heute halb neun, was lief", family="playing_at", moment="2026-11-20 08:30"
    ),
    Fresh(
        text="gestern neunzehn Uhr fünfundvierzig was lief",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    # taste
    Fresh(text="mein Musikgeschmack", family="taste", period="all_time"),
    Fresh(text="was für Musik hör ich so", family="taste", period="all_time"),
    # peak
    Fresh(text="wann hör ich meistens", family="peak", period="all_time"),
    # new_artists
    Fresh(text="neue Künstler diesen Monat", family="new_artists", period="this_month"),
    Fresh(
        text="wen Neues entdeckt in letzter Zeit?",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(text="Skip-Rate", family="skips", period="all_time"),
    Fresh(text="wie oft übersprungen letzte Woche", family="skips", period="last_week"),
    # repeat
    Fresh(text="Wiederholungsrate", family="repeat", period="all_time"),
    # streak
    Fresh(text="wie viele Tage am Stück gehört", family="streak"),
    # first_play
    Fresh(text="wann zuerst Justice", family="first_play", name="Justice"),
    Fresh(
        text="Sexy Boy, erstes Mal gehört wann", family="first_play", name="Sexy Boy"
    ),
    # last_play
    Fresh(text="wann zuletzt Queen", family="last_play", name="Queen"),
    Fresh(text="Eres, zuletzt gehört wann", family="last_play", name="Eres"),
    # last_song
    Fresh(text="zuletzt gespieltes Lied", family="last_song"),
    # first_today
    Fresh(text="erstes Lied heute", family="first_today"),
    Fresh(text="womit bin ich heute aufgewacht", family="first_today"),
    # first_in
    Fresh(text="erstes Lied gestern", family="first_in", period="yesterday"),
    Fresh(text="erster Song am Samstag", family="first_in", period="saturday"),
    # last_in
    Fresh(
        text="letztes Lied gestern Abend", family="last_in", period="yesterday_evening"
    ),
    Fresh(
        text="womit aufgehört letzten Freitag", family="last_in", period="last_friday"
    ),
    # most_skipped
    Fresh(text="meistübersprungenes Lied", family="most_skipped", period="all_time"),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler überspring ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="Dauerschleifen-Song zurzeit", family="on_repeat"),
    Fresh(text="welches Lied hör ich grad ständig", family="on_repeat"),
    # recap
    Fresh(text="Rückblick Oktober", family="recap", period="october"),
    Fresh(text="wie war mein Jahr musikalisch", family="recap", period="this_year"),
    Fresh(text="erzähl mal, meine Woche", family="recap", period="this_week"),
    Fresh(
        text="kurze Zusammenfassung, mein Hören", family="recap", period="this_month"
    ),
    # compare_day_parts
    Fresh(
        text="morgens oder abends mehr gehört?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder unter der Woche mehr?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "Musik lauter",
    "was läuft gerade in der Küche",
    "welches Lied ist das",
    "nächster Titel",
    "Podcast pausieren",
    "Küchenlicht aus",
    "Timer zehn Minuten",
    "Wetter morgen",
    "Milch auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "Zufallswiedergabe an",
    "Wiederholen aus",
    "Lautstärke dreißig Prozent",
    "Album Discovery abspielen",
    "Küche und Wohnzimmer gruppieren",
    "spiel The Daily",
    "Lied überspringen",
    "hey jarvis stopp",
    "leiser im Wohnzimmer",
    "spiel was von Queen",
    "wie spät ist es",
    "Radio an, Küche",
    "ok nabu weiter",
    "nächste Folge",
    "was hör ich gerade",
    "Wecker sieben Uhr",
    "vorheriges Lied",
]
