"""Writer 510, ein Niederländer, der Deutsch lernt (B1), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welke Künstler ik hab diese Woche am meisten gehört",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="wer war mein nummer eins Künstler vorige Jahr hè",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="wer war Ada ihr Lieblingskünstler im Sommer",
        family="top_artists",
        period="summer",
        person="Ada",
    ),
    Fresh(
        text="welke nummer hab ich letzte Monat am meisten gespielt",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="sag mal meine drei meist gespielte Liedjes",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="die top fünf nummers in die Küche seit März",
        family="top_tracks",
        period="since_march",
        count=5,
        room="kitchen",
    ),
    Fresh(
        text="het Album das ich dieses Jahr am meisten gehört habe welches ist das",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="im August welke Album lief am meisten",
        family="top_albums",
        period="august",
    ),
    Fresh(
        text="welke Podcast ik höre in letzter Zeit so viel",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lang hab ich heute Musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden lief vorige Woche was in die Küche",
        family="listening_time",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="wie lang hab ich Podcasts gehört die letzte sieben Tage",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="seit Montag wie lang ik hab zugehört",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="wie viel Lieder hab ik heute Morgen gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele nummers haben wir gistern gespielt",
        family="plays",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viel Episoden hab ich in 2025 gehört",
        family="plays",
        period="in_2025",
        content="podcasts",
    ),
    Fresh(
        text="wie viel hab ich abgespielt die letzte dreißig Tage",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="wie viel verschiedene Künstler ich hab dieses Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel verschiedene Lieder waren das im Oktober",
        family="songs_count",
        period="october",
    ),
    Fresh(
        text="die letzte drei Monate wie viele andere nummers hab ich gehört, also verschiedene",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie viel mal hab ich Bohemian Rhapsody gehört diese Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk wie viel mal seit Oktober",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="wie viel mal ik hab The Daily gehört insgesamt",
        family="play_count",
        period="all_time",
        name="The Daily",
    ),
    Fresh(
        text="hab ich gistern Queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="hab ich am Wochenende Air gehört oder nicht hè",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="hab ik diese Woche Herman van Veen gehört",
        family="did_i",
        period="this_week",
        name="Herman van Veen",
    ),
    Fresh(
        text="vorgistern hab ich da Justice gehört",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="was hab ich gistern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="vorige Freitag was lief da bei mir",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="was hab ich am dritten November gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="ik heb gistern gehört welke Lied um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welke nummer lief heute Morgen um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was war an um Viertel nach fünf heute in die Küche",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    Fresh(
        text="vorgistern um neun Uhr abends was lief da",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="was für Musik mag ik eigentlich, wie ist mein Geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normal am meisten, welke Uhrzeit und welke Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ik in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welke Künstler hab ich diese Monat zum ersten Mal gehört, leuk zu wissen",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skippe ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ik übergeslagen vorige Woche",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="wie viel spiel ich dasselbe immer wieder ab",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viel Tage nacheinander hab ich gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten Mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann war das erste Mal das ik Eres gehört hab",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="wann zuletzt hab ich Sexy Boy von Air gespielt",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="welke war het letzte Lied das ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="mit welke nummer hab ich heute angefangen",
        family="first_today",
    ),
    Fresh(
        text="was war gistern het erste Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="welke Lied hab ich letzte Nacht als letztes gehört",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welke nummer überspring ik am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welke Künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welke Lied hab ich im Moment auf Repeat",
        family="on_repeat",
    ),
    Fresh(
        text="gib mir mal eine Zusammenfassung von mein Hören",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="wie war meine vorige Woche, kurz zusammengefasst",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="mein Jahresrückblick bitte, het ganze Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war der Oktober bei uns, erzähl mal",
        family="recap",
        period="october",
        person="we",
    ),
    Fresh(
        text="hör ich mehr am Morgen oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich mehr am Wochenende oder unter die Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel mal Daft Punk in die Küche",
    "mach het Musik lauter",
    "welke nummer is das",
    "überspring dieses Lied",
    "pause het Podcast",
    "nächste nummer im Wohnzimmer",
    "mach het Licht in die Küche aus",
    "spiel het Album Discovery",
    "wie wird het Wetter morgen, regnet es",
    "stell ein Timer auf zehn Minuten für die Kroketten",
    "setz Hagelslag auf die Einkaufsliste",
    "mach die Heizung auf zwanzig Grad",
    "shuffle bitte an",
    "Wiederholung an für dieses Lied",
    "verbind die Lautsprecher von Küche und Wohnzimmer",
    "was höre ik gerade jetzt",
    "leiser bitte hè",
    "spiel The Daily ab",
    "stopp die Musik",
    "Lautstärke auf vier in die Küche",
    "spiel was leuks von Queen",
    "wie spät ist es",
    "weck mich morgen um sieben",
]
