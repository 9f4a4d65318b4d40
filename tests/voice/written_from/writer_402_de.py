"""Writer 402, ein Rentner aus Rostock, 72, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Moin, wen hab ich diesen Monat am meisten gehört",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="sach mal, wer war denn mein Künstler vom letzten Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="in den letzten drei Monaten, wer lief da am meisten bei mir",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wat is mein Lieblingslied, so insgesamt",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="die drei Lieder, die ich im Oktober am meisten gespielt hab, nenn mir die man",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welches Lied lief im August inner Küche am meisten",
        family="top_tracks",
        period="august",
        room="kitchen",
    ),
    Fresh(
        text="welches Album lief dies Jahr am meisten",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="zweitausendfünfundzwanzig, welche Platte hab ich da am häufigsten aufgelegt",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="welchen Podcast hör ich denn in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lang hab ich heut Musik gehabt, so in Stunden",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Zeit hab ich letzte Woche mit Podcasts verbracht",
        family="listening_time",
        period="last_week",
        content="podcasts",
    ),
    Fresh(
        text="wie lange haben wir letztes Wochenende gehört",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="die letzten sieben Tage, wie lang lief dat bei mir, büschen viel wohl",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele Lieder hab ich gestern gespielt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Sachen liefen bei uns letzten Monat, allens zusammen gezählt",
        family="plays",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hab ich dies Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="seit März, wie viele verschiedene Bands warn dat",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="wie viele verschiedene Lieder warn dat im September",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wie oft hab ich diesen Monat Bohemian Rhapsody gehört",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Queen seit Montag",
        family="play_count",
        period="since_monday",
        name="Queen",
    ),
    Fresh(
        text="wie oft hab ich Udo Lindenberg gehört",
        family="play_count",
        period="all_time",
        name="Udo Lindenberg",
    ),
    Fresh(
        text="hab ich gestern Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief in letzter Zeit mal wat von Air",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="hab ich heute früh The Daily gehört oder nich",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="haben wir vorgestern Daft Punk gehört",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="die letzten zwei Wochen, war da Genesis von Justice bei",
        family="did_i",
        period="last_2_weeks",
        name="Genesis by Justice",
    ),
    Fresh(
        text="wat hab ich gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat lief denn letzten Freitag so",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="wat lief denn am dritten November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="heute Nachmittag, wat hatt ich da an",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="wat hat Ada letzte Woche so gehört",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="gestern Abend, Viertel vor acht, wat war da an",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wat lief heut Morgen um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Mittwochabend um neun, wat lief da",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="wat für Musik mag ich eigentlich, wat meinst du",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr hör ich meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welchem Tag inner Woche hör ich am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Bands sind seit Oktober neu dazugekommen, die ich vorher nich kannte",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="wie oft überspring ich eigentlich wat",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich immer dat Gleiche, wie oft wiederhol ich mich da",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage hintereinander hab ich jetzt schon gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich dat erste Mal Café Tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann is The Daily bei mir dabei, wann lief dat zuerst",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="wann lief zuletzt Sexy Boy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann hab ich dat letzte Mal Dire Straits gehört",
        family="last_play",
        name="Dire Straits",
    ),
    Fresh(
        text="wat war dat letzte Lied, dat ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="wat war heute dat erste Lied",
        family="first_today",
    ),
    Fresh(
        text="wat war vorgestern dat erste Lied",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="womit hab ich am Sonnabend angefangen",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="wat für'n Lied lief gestern als letztes",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten Freitag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches Lied drück ich am häufigsten weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler überspring ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wat hab ich zur Zeit in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="sach mal, wie war denn so mein Jahr musikmäßig",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mir mal 'n Rückblick auf letzten Sommer",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="fass mal zusammen, wie meine Woche war",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="hör ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich mehr, werktags oder am Wochenende",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wie lange hab ich im Sommer Musik gehört",
        family="listening_time",
        period="summer",
        content="music",
    ),
    Fresh(
        text="letzte Nacht, hab ich da wat gehört und wat war dat",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="wie viele verschiedene Lieder hab ich die letzten dreißig Tage gehabt",
        family="songs_count",
        period="last_30_days",
    ),
]

NEGATIVES = [
    "Moin, spiel mal Daft Punk inner Küche",
    "mach die Musik lauter",
    "wat läuft da grad inner Küche",
    "wat is dat für'n Lied",
    "überspring dat Lied",
    "halt mal den Podcast an",
    "nächstes Lied im Wohnzimmer",
    "mach dat Licht inner Küche aus",
    "spiel dat Album Discovery",
    "büschen leiser, bitte",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Küche und Wohnzimmer zusammen schalten",
    "stell mal 'n Timer für zehn Minuten, der Fisch is im Ofen",
    "wie wird dat Wetter morgen in Rostock",
    "schreib Kartoffeln auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "wat hör ich da grad",
    "spiel NDR 1 Radio MV",
    "mach die Musik aus",
    "spiel The Daily weiter",
    "Lautstärke auf vier",
    "spiel mal wat von Queen",
    "wer singt dat hier",
    "dat Lied nochmal von vorn",
]
