"""Writer 494, Rentner aus dem Ruhrgebiet (Ruhrdeutsch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="hömma, wer war dat letzten Monat mein Nummer eins Künstler",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="wat für ne Band hab ich dat ganze Jahr am meisten gehört",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen ham wir letzte Woche inne Küche am meisten gehört",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="welchen Künstler hat die Ada letzten Sommer am meisten gehört",
        family="top_artists",
        period="last_summer",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="wat is getz eigentlich mein Lieblingslied",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="sach ma die drei Lieder, die ich diesen Monat am meisten gespielt hab",
        family="top_tracks",
        period="this_month",
        count=3,
    ),
    # top_albums
    Fresh(
        text="welche Platte hab ich im Sommer am meisten laufen lassen",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="boah, wat war dat Album, wat ich letztes Jahr rauf und runter gehört hab",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="welchen Podcast hör ich in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wat is mein Podcast Nummer eins",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="wie viele Stunden hab ich heute schon Musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie lange hab ich letzte Woche so insgesamt gehört",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie viel Zeit hab ich seit Oktober mit die Podcasts verbracht",
        family="listening_time",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Musik lief die letzten drei Monate, so in Stunden",
        family="listening_time",
        period="last_3_months",
        content="music",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ich heute früh gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viel ham wir gestern insgesamt abgespielt",
        family="plays",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="wie viele Folgen hab ich im September gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab ich dat Jahr schon gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Sänger und Bands warn dat inne letzten dreißig Tage",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder warn dat letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie viele unterschiedliche Stücke hab ich seit Montag gehört",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody gespielt, dat Lied von Queen",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="wie oft lief Daft Punk diese Woche",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich Peter Maffay gehört, so insgesamt",
        family="play_count",
        period="all_time",
        name="Peter Maffay",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Abend Queen gehört",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="lief vorgestern wat von Air",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="ham wir im August ma Justice gehört",
        family="did_i",
        period="august",
        name="Justice",
        person="we",
    ),
    Fresh(
        text="hab ich dat Jahr ma Herbert Grönemeyer gehört",
        family="did_i",
        period="this_year",
        name="Herbert Grönemeyer",
    ),
    # what_played
    Fresh(
        text="wat lief letzte Nacht bei mir",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="wat hab ich am Samstag so gehört",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="wat hab ich die letzten zwei Wochen so gehört, bisken was",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="wat lief gestern Abend so gegen Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="wat war dat für ein Lied heute Morgen um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="inne Küche, wat lief da vorgestern um neun abends",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="wat hab ich eigentlich für nen Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="auf wat für Musik steh ich denn so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich denn meistens Musik, so vonne Uhrzeit und vom Tach her",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter Zeit wen Neues entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler hab ich diesen Monat dat erste Ma gehört",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft drück ich eigentlich weiter, überspring ich viel",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viele Lieder hab ich letzte Woche übersprungen",
        family="skips",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="die letzten sieben Tage, wie oft hab ich da wat weggedrückt",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="hör ich immer datselbe, wie oft wiederhol ich die Lieder",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander hab ich getz schon wat gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich dat erste Ma Da Funk gehört",
        family="first_play",
        name="Da Funk",
    ),
    # last_play
    Fresh(
        text="wann lief dat letzte Ma The Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann hab ich dem Café Tacvba sein Lied Eres zuletzt gehört",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="wat war dat letzte Lied, wat ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit wat für nem Lied hab ich heute angefangen",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wat war dat erste Lied letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="wat lief als letztes am dritten November",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="welches Lied drück ich am öftesten weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="bei welchem Künstler spring ich am meisten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wat für ein Lied läuft bei mir getz dauernd",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="hömma, gib ma ne Zusammenfassung von meim Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war denn meine Woche so, musikmäßig",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="mach ma nen Rückblick auf zweitausendfünfundzwanzig",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder mehr abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="boah sach ma, hör ich am Wochenende mehr als inne Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel ma Daft Punk inne Küche",
    "mach ma die Musik lauter",
    "mach dat ma leiser, boah",
    "wat is dat für ein Lied, wat grad läuft",
    "dat Lied überspringen",
    "hömma, mach den Podcast ma Pause",
    "nächstes Lied im Wohnzimmer",
    "mach dat Licht inne Küche aus",
    "spiel dat Album Discovery",
    "Zufallswiedergabe an",
    "dat Lied auf Dauerschleife",
    "verbind ma die Lautsprecher inne Küche und im Wohnzimmer",
    "stell ma nen Wecker auf sechs",
    "Eieruhr, sieben Minuten",
    "wie wird dat Wetter morgen",
    "schreib Kaffee auffe Einkaufsliste",
    "dreh die Heizung ma bisken höher",
    "wat hör ich getz grad",
    "wat läuft inne Küche",
    "spiel ma wat von Queen",
    "mach ma WDR 4 an",
    "wie hat Schalke gespielt",
    "Musik aus",
    "zurück zum Anfang vom Lied",
    "spiel die neue Folge von The Daily",
]
