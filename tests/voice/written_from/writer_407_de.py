"""Writer 407, eine Frau nach einer Feier um zwei Uhr nachts, angetrunken, Spracherkennung (genuschelt, Wiederholungen), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hab ich diese woche am meisten gehört wen denn",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="sach ma wer war so mein künstler des jahres des jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer war letzten sommer meine lieblingsband",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="mein lieblingslied diesen monat was war das nochma",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="die drei meistgehörten lieder von letzter woche die drei",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="welches lied hör ich seit märz am meisten",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="welches album hab ich im oktober am meisten gehört",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="mein lieblingsalbum ähm welches is das",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welcher podcast welcher podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange lief heute musik wie lange",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie lange ham wir gestern gehört",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="wie viel hat ada letzten monat gehört die ada",
        family="listening_time",
        period="last_month",
        person="Ada",
    ),
    Fresh(
        text="in der küche wie lange lief da musik in den letzten drei monaten",
        family="listening_time",
        period="last_3_months",
        room="kitchen",
        content="music",
    ),
    Fresh(
        text="wie viele lieder hab ich heut gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich diesen monat gehört folgen",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele lieder warn das letztes jahr insgesamt",
        family="plays",
        period="last_year",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört verschiedene",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedne lieder im september",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wie oft hab ich bohemian rapsodie gehört dies jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief daft punk in letzter zeit",
        family="play_count",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="the daily wie oft seit montag",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="hab ich gestern queen gehört queen",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="vorgestern justice gehört oder nich",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich jemals radiohead gehört jemals",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich in den letzten sieben tagen one more time gehört",
        family="did_i",
        period="last_7_days",
        name="One More Time",
    ),
    Fresh(
        text="was hab ich gestern abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief am samstag bei uns am samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was hab ich letzte nacht gehört letzte nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was lief gestern so gegen viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heut früh um acht um acht",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="heut nachmittag um viertel nach fünf was lief da",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was für musik mag ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel uhr hör ich normalerweise und an welchem tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wen hab ich diesen monat neu entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skip ich eigentlich wie oft",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich immer wieder dasselbe wie oft wiederhol ich",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage am stück hab ich gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal air gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wann hab ich das letzte mal eres von cafe tacuba gehört",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="was war das letzte lied das ich gehört hab das letzte",
        family="last_song",
    ),
    Fresh(
        text="womit bin ich heut aufgewacht welches lied",
        family="first_today",
    ),
    Fresh(
        text="was war das erste lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was war das letzte lied letzten freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches lied überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was hab ich zurzeit in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein oktober erzähl mal",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir ma meinen jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am wochenende mehr als unter der woche am wochenende",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach ma lauter",
    "lauter lauter",
    "nächstes lied",
    "überspring das lied überspring",
    "was läuft gerade in der küche",
    "was is das für ein lied",
    "pausier den podcast",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "stell einen timer auf zehn minuten",
    "wie wird das wetter morgen",
    "schreib chips auf die einkaufsliste",
    "heizung auf zweiundzwanzig grad",
    "zufallswiedergabe an",
    "wiederhol das lied",
    "mach die musik aus",
    "lautstärke auf fünf",
    "verbinde die lautsprecher in küche und wohnzimmer",
    "weck mich um elf",
    "spiel the daily",
    "was hör ich grad",
    "mach leiser bitte leiser",
]
