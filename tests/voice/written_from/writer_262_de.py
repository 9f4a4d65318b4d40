"""Writer 262, teenager from Thuringia (Thüringisch and youth slang), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="digga wer war letzte woche mein nummer eins künstler",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="welchen künstler hab ich dieses jahr so voll gesuchtet, also am meisten",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top 5 künstler der letzten drei monate",
        family="top_artists",
        period="last_3_months",
        count=5,
    ),
    Fresh(
        text="zweitausendfünfundzwanzig, wer war da mein künstler des jahres",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="was is eigentlich mein lieblingslied diesen monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag ma meine drei meistgehörten songs ever",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="letzten sommer, was war da so mein song",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="welches album lief im oktober am meisten",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="lieblingsalbum seit märz, nu welches",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast is in letzter zeit so mein ding",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="in der küche welcher podcast läuft da am meisten",
        family="top_podcasts",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="was war letzten monat mein lieblingspodcast",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="wie lange hab ich heute schon musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden lief bei uns letzte woche was",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lang hab ich heut früh gehört, lowkey viel oder",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="wie viel zeit hab ich in den letzten sieben tagen mit podcasts verbracht",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="seit montag, wie viel hab ich da gehört",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="wie viele lieder hab ich gestern gehört",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich diesen monat gehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele künstler warn's im sommer, nur so grob",
        family="artists_count",
        period="summer",
    ),
    Fresh(
        text="wie viele verschiedene künstler in den letzten zwei wochen",
        family="artists_count",
        period="last_2_weeks",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene songs liefen so in den letzten 30 tagen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele unterschiedliche lieder hab ich letztes jahr gehört",
        family="songs_count",
        period="last_year",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich diese woche bohemian rhapsody gehört",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="krass wie oft lief eigentlich daft punk seit oktober",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich the daily im september gehört",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="hab ich gestern justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief vorgestern was von queen",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="hab ich dieses jahr ma radiohead gehört",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich heut nachmittag schon the daily gehört",
        family="did_i",
        period="this_afternoon",
        name="The Daily",
    ),
    Fresh(
        text="im august überhaupt was von air gehört?",
        family="did_i",
        period="august",
        name="Air",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="erzähl ma was lief am samstag",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was ham mer letztes wochenende gehört",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was lief letzte nacht",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="was lief gestern abend um dreiviertel acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heut früh so um viertel neun",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="welcher song war heute um viertel nach fünf dran",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="was für musik feier ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma meinen musikgeschmack digga",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um welche uhrzeit hör ich normalerweise musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welchem wochentag hör ich am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter zeit neue künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche künstler hab ich diesen monat zum ersten mal gehört",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft skipp ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viele songs hab ich diese woche geskippt",
        family="skips",
        period="this_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="hör ich voll oft die gleichen lieder immer wieder",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie hoch is meine wiederholungsrate im oktober",
        family="repeat",
        period="october",
    ),
    # streak
    Fresh(
        text="wie viele tage hintereinander hab ich jetzt schon was gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich das erste ma air gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="seit wann is cafe tacuba bei mir in der history",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt digital love",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="wann hab ich das letzte ma wet leg gehört",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="was war mein letzter song",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem lied bin ich heut aufgewacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war gestern das erste lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erster song letzten freitag",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="womit hab ich gestern aufgehört, also welcher song war der letzte",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="was lief am 3. november als letztes",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="welchen song skipp ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler skipp ich immer weg, so am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was hab ich grad so auf repeat",
        family="on_repeat",
    ),
    Fresh(
        text="welches lied krieg ich grad ni aus'm kopf, also was hör ich dauernd",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl ma, wie war mein oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir ma nen rückblick auf mein jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war meine woche musikmäßig",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich am wochenende mehr als unter der woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach ma die musik lauter",
    "leiser digga",
    "was läuft grad in der küche",
    "was is das fürn song",
    "skip den song",
    "pausier ma den podcast",
    "nächster titel im wohnzimmer",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "mach zufallswiedergabe an",
    "wiederholung aus, nu",
    "verbind ma den küchenlautsprecher mit dem im wohnzimmer",
    "stell nen timer auf zwölf minuten für die pizza",
    "wie wird's wetter morgen in erfurt",
    "schreib chips auf die einkaufsliste",
    "stell die heizung auf 21 grad",
    "was hör ich grad",
    "spiel die neue folge von the daily",
    "mach ma bisschen queen an, krass laut",
    "lautstärke auf 30",
    "geh zum vorherigen song zurück",
    "stopp die musik, mer essen jetzt",
    "spiel was chilliges zum lernen",
]
