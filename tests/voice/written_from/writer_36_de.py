"""Writer 36, Dutch native speaker, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welke Künstler hab ich am meisten gehört in die letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer war mein Nummer eins Künstler dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welche Band hör ich in letzte Zeit am meisten",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="welke Lied hab ich am meisten gespielt diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="nenn mir meine drei meist gespielte Lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in die Küche, welches Lied lief am meisten vorige Monat",
        family="top_tracks",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="welche Album hab ich am meisten gehört in 2025",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="was ist mein Lieblingsalbum seit März",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="welke Podcast hör ich am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange hab ich Musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden hab ich zugehört die vorige Woche",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lange haben wir gestern Abend Musik gehört",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie lange lief Musik im Sommer bei mir",
        family="listening_time",
        period="summer",
        content="music",
    ),
    Fresh(
        text="wie viel Lieder hab ich heute gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen von Podcast hab ich gehört diesen Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder hab ich gespielt seit Montag",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viel verschiedene Künstler hab ich gehört dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene Artiesten hab ich in die Oktober gehört",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="wie viel verschiedene Lieder hab ich gehört die letzte dreißig Tage",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft hab ich Queen gehört dieses Jahr",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="wie viel Mal hab ich der Bohemian Rhapsody gespielt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief The Daily die vorige Woche",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="hab ich Justice gehört gestern",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich in letzte Zeit etwas von Air gehört",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="hab ich Radiohead gehört dieses Jahr",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="was hab ich gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was haben wir gehört am Samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was lief in die Küche vorgestern",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="was hab ich gehört am dritten November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was war an gestern Abend um acht Uhr",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="welke Lied lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was spielte heute um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was für Musik mag ich eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie ist mein Musikgeschmak",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich meistens Musik, welke Uhrzeit und welke Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wie oft überspringe ich Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ich geskipt diesen Monat",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="hör ich immer die selbe Lieder wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage nacheinander hab ich Musik gehört",
        family="streak",
    ),
    Fresh(
        text="welche neue Künstler hab ich entdeckt diesen Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wann hab ich zum ersten Mal Daft Punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann hab ich das letzte Mal Café Tacvba gehört",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hab ich The Weeknd zuletzt gehört",
        family="last_play",
        name="The Weeknd",
    ),
    Fresh(
        text="was war der letzte Lied das ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="mit welke Lied bin ich heute aufgestanden",
        family="first_today",
    ),
    Fresh(
        text="was war das erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was war die letzte Lied vorigen Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welke Lied überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skip ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welke Lied hab ich im Moment auf Repeat",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war mein Jahr in Musik",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mir ein Rückblick von die letzte Monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich mehr Musik in die Wochenende oder unter die Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach die Musik lauter",
    "mach die Musik etwas zachter",
    "welke Lied ist das",
    "was läuft jetzt in die Küche",
    "überspring dieses Lied",
    "nächste Nummer im Wohnzimmer",
    "pause der Podcast",
    "mach das Licht in die Küche aus",
    "spiel die Album Discovery",
    "zet die Musik auf Shuffle",
    "mach Wiederholung an",
    "verbinde die Lautsprecher von Küche und Wohnzimmer",
    "stell ein Timer auf zehn Minuten",
    "wie wird das Wetter morgen",
    "setz Milch auf die Einkaufsliste",
    "stell die Heizung auf einundzwanzig Grad",
    "was hör ich gerade",
    "stopp die Musik",
    "spiel The Daily ab",
    "Lautstärke auf dreißig Prozent",
    "spiel Bohemian Rhapsody von Queen in die Küche",
    "wer singt dieses Lied",
]
