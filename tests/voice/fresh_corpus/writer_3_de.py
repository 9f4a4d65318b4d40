"""Writer 3, teenager, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="digga wer war dieses jahr mein nummer eins künstler",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hab ich in letzter zeit voll gesuchtet",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wer lief bei uns letzte woche am meisten",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="top fünf künstler zwanzig fünfundzwanzig",
        family="top_artists",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="welchen künstler hat ada im september am meisten gehört",
        family="top_artists",
        period="september",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="was ist diesen monat mein lieblingslied ey",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="meine top 3 songs im sommer?",
        family="top_tracks",
        period="summer",
        count=3,
    ),
    Fresh(
        text="in der küche, welcher song lief da am häufigsten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welches album hab ich am meisten gepumpt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="krass, welches album lief letztes jahr am meisten",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast lief so in letzter zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lange hab ich heute musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich diese woche gehört alter",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lange lief heute nachmittag musik",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="wie viele minuten seit oktober, so insgesamt",
        family="listening_time",
        period="since_october",
    ),
    # plays
    Fresh(
        text="wie viele songs hab ich gestern laufen lassen",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich im oktober gehört",
        family="plays",
        period="october",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler hatte ich diesen monat",
        family="artists_count",
        period="this_month",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene lieder hab ich seit märz gehört",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich dance von justice gehört",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="wie oft lief queen letzten monat",
        family="play_count",
        period="last_month",
        name="Queen",
    ),
    # did_i
    Fresh(
        text="hab ich gestern abend daft punk gehört",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="lowkey hab ich jemals the weeknd gehört",
        family="did_i",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="air, in letzter zeit? lief das überhaupt?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    # what_played
    Fresh(
        text="was hab ich vorgestern so gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was lief bei mir heute morgen",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was haben wir letztes wochenende gehört",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    # playing_at
    Fresh(
        text="digga was lief gestern abend um viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="heute früh um halb neun, was lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(text="was für musik feier ich eigentlich", family="taste", period="all_time"),
    # peak
    Fresh(
        text="wann hör ich meistens musik, so uhrzeit und tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="hab ich diesen monat neue künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich in den letzten 30 tagen neu gefunden",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="wie oft skip ich eigentlich, so prozentual",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hab ich letzte woche viel geskippt", family="skips", period="last_week"
    ),
    # repeat
    Fresh(
        text="hör ich voll oft dieselben sachen nochmal",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(text="wie viele tage am stück hab ich jetzt gehört", family="streak"),
    # first_play
    Fresh(
        text="wann hab ich das erste mal bohemian rhapsody gehört",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="seit wann hör ich café tacvba", family="first_play", name="Café Tacvba"
    ),
    # last_play
    Fresh(text="wann lief zuletzt the daily", family="last_play", name="The Daily"),
    Fresh(
        text="wann hab ich zuletzt wet leg gehört", family="last_play", name="Wet Leg"
    ),
    # last_song
    Fresh(text="was war mein letzter song", family="last_song"),
    # first_today
    Fresh(text="mit welchem song bin ich heute aufgewacht", family="first_today"),
    # first_in
    Fresh(
        text="was war der erste song letzten freitag",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="welcher song lief am samstag als letztes",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="welchen song skip ich am meisten digga",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="was hab ich grad auf dauerschleife", family="on_repeat"),
    # recap
    Fresh(text="sag mal wie war mein jahr so", family="recap", period="this_year"),
    Fresh(
        text="gib mir nen rückblick auf letzte woche",
        family="recap",
        period="last_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich eher morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="am wochenende oder unter der woche, wann pump ich mehr musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach lauter digga",
    "skip den song der ist cringe",
    "was läuft da grad",
    "welches lied ist das",
    "pausier mal den podcast",
    "nächster song",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "zufallswiedergabe an",
    "wiederholen aus",
    "lautstärke auf 30",
    "verbinde die lautsprecher in küche und wohnzimmer",
    "stell nen timer auf zehn minuten",
    "wird's morgen regnen",
    "schreib chips auf die einkaufsliste",
    "mach die heizung wärmer alter",
    "was hör ich grad",
    "spiel the daily",
    "mach die musik aus",
    "spiel was chilliges in der küche",
    "zurück zum letzten lied",
    "leiser bitte, ist voll laut",
    "wer singt das",
]
