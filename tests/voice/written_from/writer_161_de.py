"""Writer 161, speech-to-text that mishears (Hamburg speaker), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="moin wen hab ich letzte woche am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="hab ich gester daft pank gehört",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="was lief gester um viertel vor 8",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wie viel lieder haben ich heute gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie lang hab ich diese woche musik gehört",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich diesen monat's gehört",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wie viele verschiedene lieder warn das letzten monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie oft hab ich dschastis diese woche gehört",
        family="play_count",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="was hab ich gester abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was für musik mag ich eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel uhr hör ich meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich in letzter zeit neue künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wie oft überspring ich lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hör ich oft die selben lieder noch mal",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage hinter einander hab ich was gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal kwien gehört",
        family="first_play",
        name="Queen",
    ),
    Fresh(
        text="wann hab ich zu letzt kaffee tackuba gehört",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="was war das letzte lied",
        family="last_song",
    ),
    Fresh(
        text="mit welchem lied bin ich heute auf gewacht",
        family="first_today",
    ),
    Fresh(
        text="was war das erste lied gester",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="na wie war mein oktober so musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="was is mein lieblings podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="was sind meine 3 meist gehörten lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="was is mein lied des monats",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welches album hab ich dies jahr am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="was war das letzte lied letzten freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche band überspring ich am öftesten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was hör ich grad in dauer schleife",
        family="on_repeat",
    ),
    Fresh(
        text="hör ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am wochen ende oder unter der woche wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="hab ich vorgestern the deily gehört",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="was lief heute früh um halb 9",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wie viele podcast folgen hab ich im september gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie viel zeit hab ich letzten monat mit podcasts verbracht",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele lieder haben wir am wochen ende gehört",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="erzähl mal wie war meine woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="wer is dies jahr meine nummer 1",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wie oft hab ich bohemian rapsodie gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="hab ich diesen sommer was von der band ähr gehört",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="hab ich jemals radio hed gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="wann hab ich one more teim von daft pank zuletzt gehört",
        family="last_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="seit wann hör ich eres von kaffee tacuba",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="was lief gester mittag um 12",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="was hab ich letzte nacht gehört",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was lief heute nach mittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="wie oft wurde seit oktober insgesamt was abgespielt",
        family="plays",
        period="since_october",
    ),
    Fresh(
        text="welche neuen künstler warn letzten monat dabei",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="was war das erste lied am 3 november",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="die 5 top alben seit märz",
        family="top_albums",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="welchen podcast hab ich letztes jahr am meisten gehört",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="wie viele verschiedene künstler hatte ich 2025",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="gib mir mal n rückblick auf mein jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wann hör ich so am meisten musik welcher tag und welche uhr zeit",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie hoch is meine skip rate in den letzten 7 tagen",
        family="skips",
        period="last_7_days",
    ),
    Fresh(
        text="wie viel hab ich in den letzten 3 monaten gehört",
        family="listening_time",
        period="last_3_months",
    ),
    Fresh(
        text="was hat ada letzte woche in der küche gehört",
        family="what_played",
        period="last_week",
        person="Ada",
        room="kitchen",
    ),
    Fresh(
        text="wie viele lieder warn es seit montag",
        family="plays",
        period="since_monday",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft pank in der küche",
    "mach die musik lauter",
    "was is das für ein lied",
    "überspring das lied",
    "pause den podcast",
    "nächster titel im wohnzimmer",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "lautstärke auf 5",
    "stell einen timer auf 10 minuten",
    "wie wird das wetter morgen in hamburg",
    "spiel dschastis in der küche",
    "mach mal leiser",
    "zufalls wiedergabe an",
    "wiederholen aus",
    "verbinde die küche mit dem wohnzimmer lautsprecher",
    "setz milch auf die einkaufs liste",
    "stell die heizung auf 21 grad",
    "was hör ich gerade",
    "nächstes lied",
    "spiel die neue folge von the deily",
    "mach die küchen lautsprecher aus",
    "wer singt das",
    "spul 30 sekunden vor",
    "weck mich um halb 7",
]
