"""Writer 393, ein 16-jähriger Gamer aus Hamburg, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Bro wer ist lowkey mein meistgehörter Künstler dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top 3 Artists letzten Monat digga",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="was ist mein Lieblingssong diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welches Lied hab ich im Sommer am meisten gesuchtet",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="welches Album hab ich seit Oktober am meisten gehört",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="welcher Podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange hab ich gestern Musik gehört",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich diese Woche gehört, Stats bitte",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie viele Songs hab ich heute schon gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen hab ich letzten Monat gehört",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hatte ich im Oktober",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="wie viele verschiedene Lieder hab ich die letzten sieben Tage gehört",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk diese Woche",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ich gestern Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Bro hab ich dieses Jahr irgendwas von The Weeknd gehört",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="lief bei uns letztes Wochenende Air",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="was hab ich gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief heute Nachmittag so",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was hab ich am dritten November gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief gestern Abend um zehn nach acht",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="heute Nachmittag um Viertel nach fünf, was lief da",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was für Musik feier ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normalerweise, also welche Uhrzeit und welcher Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich diesen Monat neue Artists entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skippe ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="meine Skip-Rate letzte Woche?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="wie oft hör ich dieselben Songs immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich schon gehört, ist das OP",
        family="streak",
    ),
    Fresh(
        text="wann hab ich Café Tacvba zum ersten Mal gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hab ich das erste Mal Radiohead gehört",
        family="first_play",
        name="Radiohead",
    ),
    Fresh(
        text="wann lief The Daily zuletzt",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann hab ich zuletzt Around the World gehört",
        family="last_play",
        name="Around the World",
    ),
    Fresh(
        text="was war mein letzter Song",
        family="last_song",
    ),
    Fresh(
        text="was war heute mein erster Song",
        family="first_today",
    ),
    Fresh(
        text="was war der erste Song gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten Freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was war das letzte Lied letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="womit hab ich am Samstag aufgehört",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welchen Song skippe ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skip ich am häufigsten digga",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was hab ich gerade auf Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war mein Jahr musikmäßig",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mir nen Rückblick auf letzten Monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Recap vom letzten Sommer, gg",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="wochentags oder am Wochenende, wann läuft bei mir mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="sag mal wie viele Plays hatte ich seit März",
        family="plays",
        period="since_march",
    ),
    Fresh(
        text="hab ich vorgestern Queen gehört",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="welcher Podcast war 2025 mein Go-to",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="wer war in letzter Zeit mein Lieblingskünstler",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wie viele Stunden Podcasts hab ich die letzten 30 Tage gehört",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="was hab ich im August so gehört",
        family="what_played",
        period="august",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "mach die Musik lauter digga",
    "was läuft gerade in der Küche",
    "Bro welcher Song ist das",
    "skip den Song, der ist cringe",
    "pausier den Podcast",
    "nächster Track in der Küche",
    "mach das Licht in der Küche aus",
    "spiel das Album Discovery",
    "Lautstärke auf 30",
    "mach mal leiser",
    "Shuffle an",
    "Wiederholung aus",
    "verbinde die Lautsprecher in Küche und Wohnzimmer",
    "stell nen Timer auf zwölf Minuten",
    "wie wird das Wetter in Hamburg",
    "setz Chips auf die Einkaufsliste",
    "mach die Heizung wärmer",
    "was hör ich gerade",
    "spiel Justice",
    "spiel die nächste Folge The Daily",
    "stopp die Musik",
    "spiel was Chilliges zum Zocken",
    "mach den Lautsprecher in der Küche aus",
    "ein Lied zurück",
]
