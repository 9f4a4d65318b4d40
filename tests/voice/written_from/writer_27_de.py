"""Writer 27, busy parent asking mid-task, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="sag mal, wen hab ich diese Woche am meisten gehört",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="wer war letzten Monat mein Top-Künstler, kurz bitte",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="welche Band hör ich in letzter Zeit ständig",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="was ist eigentlich mein meistgespieltes Lied",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="meine drei Top-Lieder im Oktober, welche waren das",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welches Album hab ich dieses Jahr am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mein Lieblingsalbum im Sommer, was war das noch",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welchen Podcast hör ich zurzeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="welcher Podcast lief letztes Jahr am häufigsten",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="wie lange lief heute schon Musik, ungefähr",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden haben wir letzte Woche Musik gehört",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie lange hab ich diesen Monat Podcasts gehört, nur so grob",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder hab ich heute schon gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel lief bei uns in der Küche am Wochenende, also wie viele Titel",
        family="plays",
        period="last_weekend",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hab ich seit März gehört",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="wie viele verschiedene Songs waren das in den letzten dreißig Tagen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft hab ich diesen Monat Bohemian Rhapsody gehört, ehrlich",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk diese Woche",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ich gestern Queen gehört? Ich mein schon",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="in letzter Zeit mal Justice gehört?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="hab ich heute früh The Daily gehört oder nicht",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hab ich dieses Jahr irgendwas von Wet Leg gehört",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="was hab ich gestern Abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern bei uns",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="was lief gestern so gegen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute Morgen um halb neun, was war das für ein Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was für Musik hör ich eigentlich so, mein Geschmack mein ich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normalerweise Musik, also welche Uhrzeit und welcher Tag",
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
        text="wie oft skippe ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich immer dieselben Lieder, so vom Wiederholen her",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt Musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten Mal Café Tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Radiohead, wann hab ich die zuletzt gehört",
        family="last_play",
        name="Radiohead",
    ),
    Fresh(
        text="wann lief Don't Stop Me Now das letzte Mal",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="was war das letzte Lied, das ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="mit welchem Lied hab ich heute angefangen",
        family="first_today",
    ),
    Fresh(
        text="was war gestern das erste Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was hab ich letzten Freitag als Letztes gehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches Lied überspring ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skippe ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied läuft bei mir gerade rauf und runter",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war mein Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mal kurz nen Rückblick auf meine Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="läuft bei mir am Wochenende mehr Musik als unter der Woche",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "mach die Musik lauter",
    "mach mal leiser, ich telefonier",
    "was läuft gerade in der Küche",
    "was ist das für ein Lied",
    "überspring das Lied",
    "nächster Titel",
    "pausier den Podcast",
    "mach das Licht in der Küche aus",
    "spiel das Album Discovery",
    "stell einen Timer auf zehn Minuten",
    "Nudeltimer, acht Minuten",
    "setz Milch auf die Einkaufsliste",
    "wie wird das Wetter heute, brauchen die Kinder ne Jacke",
    "stell die Heizung auf einundzwanzig Grad",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "verbinde die Lautsprecher in Küche und Wohnzimmer",
    "spiel Kinderlieder im Kinderzimmer",
    "was hör ich gerade",
    "Lautstärke auf vier",
    "stopp die Musik",
]
