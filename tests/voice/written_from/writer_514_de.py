"""Writer 514, Handy-Kurzschreiberin im Assist-Chat, Deutsch."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hab ich letzte wo am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="meine top 3 künstler dieses jahr bt",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="wer is grad so mein lieblingskünstler",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="welcher küsntler lief bei uns im okt am meisten",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="lieblingslied letzten monat",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="welches lied lief in der küche seit märz am häufigsten",
        family="top_tracks",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="meine 5 meistgehörten lieder überhaupt",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welches album hab ich 2025 am meisten gehört",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="lieblingsalbum im sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welcher podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="meistgehörter podcast letzte 30 tage",
        family="top_podcasts",
        period="last_30_days",
    ),
    Fresh(
        text="wie lang hab ich heut gehört",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="wie viel std musik letzte 7 tage",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="wie lange lief bei uns am we musik",
        family="listening_time",
        period="last_weekend",
        person="we",
        content="music",
    ),
    Fresh(
        text="wie viel podcast hab ich seit montg gehört",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wie viele lieder heut früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich diesen monat gehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele plays hatte ich dieses jahr insg",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="wie viele versch künstler seit okt",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="wie viele verschiedene lieder letzte 3 monate",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft hab ich bohemian rhapsody gehärt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief daft punk diesen monat",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hatte ich the daily an in den letzten 2 wo",
        family="play_count",
        period="last_2_weeks",
        name="The Daily",
    ),
    Fresh(
        text="hab ich gestern justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="radiohead schon mal gehört?",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="lief bei uns letzte wo queen",
        family="did_i",
        period="last_week",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="hab ich im aug was von air gehört",
        family="did_i",
        period="august",
        name="Air",
    ),
    Fresh(
        text="was hab ich gestern abd gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief am 3.11.",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief vorgestern so",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was hab ich heut nachmittag gehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was lief gestern um 20 uhr",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="was lief heut um halb 9",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heut so um viertel nach 5 abends",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was für musik mag ich eigtl",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich meistens so uhrzeit und wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue künstler in letzter zeit?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wen hab ich letzten sommer neu entdeckt",
        family="new_artists",
        period="last_summer",
    ),
    Fresh(
        text="wie oft skip ich eigtl",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="skiprate im sept",
        family="skips",
        period="september",
    ),
    Fresh(
        text="hör ich oft dasselbe immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage am stück hab ich jetz gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum 1. mal eres gehört",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="wann lief zuletzt the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann hab ich das letzte mal sexy boy gehört",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="was war das letzte lied",
        family="last_song",
    ),
    Fresh(
        text="erstes lied heute",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich heut aufgewacht",
        family="first_today",
    ),
    Fresh(
        text="erstes lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="letztes lied letzte nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="was lief am samstag als letztes",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welches lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skip ich am öftesten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was läuft bei mir grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein okt",
        family="recap",
        period="october",
    ),
    Fresh(
        text="jahresrückblick bt",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war meine wo musikmäßig",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="rückblick letztes jahr vllt",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am we mehr als unter der wo",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "lauter bt",
    "mach ma leiser",
    "was is das fürn lied",
    "überspringen",
    "pause",
    "nächstes lied im wohnzimmer",
    "küchenlicht aus",
    "spiel album discovery",
    "lautstärke auf 30",
    "zufallswiedergabe an",
    "dieses lied wiederholen",
    "küche und wohnzimmer lautsprecher koppeln",
    "timer 10 min nudeln",
    "wetter morgen",
    "milch auf einkaufsliste",
    "heizung auf 21 bt",
    "was hör ich grad",
    "was läuft grad in der küche",
    "spiel die neueste folge the daily",
    "musik aus",
    "spiel n bisschen queen",
    "nächste folge",
    "wer singt das",
    "regnets heut noch",
    "weiter abspielen",
]
