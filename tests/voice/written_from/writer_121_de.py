"""Writer 121, Leipziger Nachtschicht-Krankenschwester, hört meist Podcasts auf dem Arbeitsweg, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="nu sag mal, wie oft hab ich diese Woche The Daily gehört",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="wie lange hab ich heute früh Podcasts gehört",
        family="listening_time",
        period="this_morning",
        content="podcasts",
    ),
    Fresh(
        text="was lief gestern so gegen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="hab ich gestern The Daily gehört oder ni",
        family="did_i",
        period="yesterday",
        name="The Daily",
    ),
    Fresh(
        text="wann hab ich The Daily zuletzt gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="welcher Podcast läuft bei mir in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie viele Folgen hab ich letzte Woche durchgehört",
        family="plays",
        period="last_week",
        content="podcasts",
    ),
    Fresh(
        text="was hab ich letzte Nacht so gehört, nach der Schicht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="erzähl mal, wie war mein Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="an welchen Tagen und um welche Uhrzeit hör ich normalerweise",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt schon was gehört",
        family="streak",
    ),
    Fresh(
        text="gugge mal, wer war mein meistgehörter Künstler dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="meine drei Lieblingslieder vom letzten Monat",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="was war heute das allererste Lied",
        family="first_today",
    ),
    Fresh(
        text="welches Lied hab ich zuletzt gespielt",
        family="last_song",
    ),
    Fresh(
        text="hör ich eher morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am Wochenende mehr als unter der Woche, mit meinen Schichten weeß mer das ni",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wie oft skipp ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="was für Musik hör ich denn so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="hab ich diesen Monat neue Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welches Album hab ich im Sommer am meisten gehört",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="wie viele verschiedene Künstler waren das in den letzten dreißig Tagen",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele verschiedene Lieder hab ich dieses Jahr gehört",
        family="songs_count",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="seit wann hör ich eigentlich The Daily",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="was war gestern das erste Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten Freitag aufgehört, was war das letzte Lied",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches Lied skipp ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler überspring ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was läuft bei mir grade in Dauerschleife, welches Lied",
        family="on_repeat",
    ),
    Fresh(
        text="hör ich oft dieselben Lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="was lief denn heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="nu, wie lange lief bei mir diesen Monat Musik",
        family="listening_time",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="hab ich in letzter Zeit Queen gehört",
        family="did_i",
        period="lately",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief Bohemian Rhapsody seit März",
        family="play_count",
        period="since_march",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="sag mal, wie viele Podcastfolgen hab ich heute schon gehört",
        family="plays",
        period="today",
        content="podcasts",
    ),
    Fresh(
        text="was hab ich gestern Abend auf der Fahrt zur Nachtschicht gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern so",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="gestern Abend um acht, was lief da",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="wie viele Lieder hab ich am Wochenende gespielt",
        family="plays",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="wie lange haben wir letzte Woche Musik gehört",
        family="listening_time",
        period="last_week",
        person="we",
        content="music",
    ),
    Fresh(
        text="was lief bei uns im Oktober am meisten, welches Lied",
        family="top_tracks",
        period="october",
        person="we",
    ),
    Fresh(
        text="in der Küche, welcher Künstler läuft da am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="hab ich jemals Radiohead gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="nu gugge mal, wann lief das letzte Mal was von Daft Punk",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="meine fünf meistgehörten Künstler letztes Jahr",
        family="top_artists",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="gib mir mal nen Rückblick auf mein Hören",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="von welchem Podcast komm ich grade ni los",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wann hab ich das erste Mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wie lange hat Ada gestern Podcasts gehört",
        family="listening_time",
        period="yesterday",
        person="Ada",
        content="podcasts",
    ),
    Fresh(
        text="nu wie viel Stunden warn das die letzten sieben Tage insgesamt",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="was hab ich heute Nachmittag auf dem Heemweg gehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="neue Bands seit Oktober, gibts da welche",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="letzten Sommer, wie oft lief da Air",
        family="play_count",
        period="last_summer",
        name="Air",
    ),
    Fresh(
        text="am dritten November, was hab ich da gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="welches Album lief in den letzten drei Monaten am meisten",
        family="top_albums",
        period="last_3_months",
    ),
]

NEGATIVES = [
    "spiel The Daily in der Küche",
    "Podcast mal anhalten",
    "nu mach mal lauter",
    "nächste Folge",
    "was ist das für ein Lied",
    "stell mir nen Wecker auf halb sechse",
    "mach das Licht in der Küche aus",
    "wie wird das Wetter morgen früh",
    "setz Milch auf die Einkaufsliste",
    "was hör ich grade",
    "spiel mal Daft Punk in der Küche",
    "dieses Lied überspringen",
    "dreißig Sekunden zurückspulen",
    "mach die Heizung in der Küche wärmer",
    "Lautstärke auf drei",
    "Zufallswiedergabe an",
    "nu mach ma leiser, ich will schlafen",
    "spiel die neueste Folge von The Daily",
    "Timer auf zwanzig Minuten",
    "Wiederholung aus",
    "wer singt das grade",
    "Musik aus in zehn Minuten",
    "spiel das Album Discovery",
    "Küchenlautsprecher mit dem Wohnzimmer verbinden",
]
