"""Writer 24, Ruhrpott speaker (Ruhrdeutsch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="hömma wer war dat bei mich letzte Woche am meisten welcher Künstler",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wat war getz mein Lieblingskünstler dies Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welche Band hab ich in letzter Zeit am meisten gehört sach ma",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wat war bei uns letzten Monat der Top Künstler",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wat war dat meistgespielte Lied im Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="sach ma meine drei meistgespielten Lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="welches Album lief bei mich am meisten",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="wat is mein Lieblingsalbum seit März",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="welcher Podcast läuft bei mich in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange lief heute Musik inne Küche",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viele Stunden hab ich letzten Monat gehört",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wie lange ham wir am Wochenende Musik gehört",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie lange hab ich inne letzten sieben Tage Podcasts gehört",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder hab ich heute schon gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel lief denn so insgesamt diese Woche also Anzahl mein ich",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hab ich dies Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene Lieder warn dat im September",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk letzte Woche bei mich",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie viele Folgen vonne Daily hab ich diesen Monat gehört",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="hab ich dat gehört dem Justice sein Dance gestern",
        family="did_i",
        period="yesterday",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="hab ich in letzter Zeit wat von Air gehört",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="lief bei mich vorgestern irgendwat von Queen",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="hömma hab ich ma Radiohead gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="wat hab ich gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(text="wat lief heute früh so", family="what_played", period="this_morning"),
    Fresh(
        text="wat lief gestern abend so gegen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wat lief heute um halb neun aufm Lautsprecher inne Küche",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="wat für Musik hör ich eigentlich so beschreib ma meinen Geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich meistens Musik wat für ne Uhrzeit und welcher Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hab ich diesen Monat neue Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skip ich eigentlich Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hör ich dauernd dat Gleiche nochma wie hoch is dat",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage hintereinander hab ich getz schon Musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich dat erste Mal Café Tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann lief zuletzt dem Queen sein Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="wann hab ich zuletzt die Daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(text="wat war dat letzte Lied wat ich gespielt hab", family="last_song"),
    Fresh(
        text="mit wat bin ich heute morgen aufgewacht welches Lied",
        family="first_today",
    ),
    Fresh(
        text="wat war dat erste Lied am Samstag", family="first_in", period="saturday"
    ),
    Fresh(
        text="womit hab ich letzten Freitag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches Lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(text="welches Lied hab ich zurzeit auf Dauerschleife", family="on_repeat"),
    Fresh(text="erzähl ma wie war mein Oktober", family="recap", period="october"),
    Fresh(
        text="gib mich ma nen Rückblick auf mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="hör ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am Wochenende mehr Musik als unner Woche",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel ma Daft Punk inne Küche",
    "mach ma lauter",
    "mach die Musik leiser hömma",
    "wat läuft getz inne Küche",
    "wat is dat für n Lied",
    "nächstes Lied",
    "skip dat ma",
    "mach den Podcast ma auf Pause",
    "mach dat Licht inne Küche aus",
    "spiel dat Album Discovery",
    "Zufallswiedergabe an",
    "wiederhol dat Lied",
    "verbind ma die Lautsprecher inne Küche und im Wohnzimmer",
    "stell ma nen Timer auf zehn Minuten",
    "wie wird dat Wetter morgen",
    "schreib Milch aufn Einkaufszettel",
    "mach die Heizung wärmer",
    "wat hör ich getz grad",
    "spiel die Daily",
    "Musik aus",
    "spiel weiter",
    "Lautstärke auf fünf",
    "spiel wat von Queen aufm Lautsprecher",
    "wer singt dat hier",
]
