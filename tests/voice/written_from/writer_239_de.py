"""Writer 239, non-native speaker dictating (Turkish-German man from Duisburg, speech-to-text slips), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="lan wer war letzte woche mein nummer eins künstler",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="vallah welche band hab ich dieses jahr am meisten gehört",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer war zweitausendfünfundzwanzig meine nummer eins band",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="wer waren meine top künstler über die letzten zwei wochen",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="was is mein lieblingslied diesen monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mal meine drei meist gespielte lieder im oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="in küche welches lied am meisten gespielt vallah",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="top fünf lieder letzter sommer",
        family="top_tracks",
        period="last_summer",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welches album lief am meisten bei mir",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="lieblingsalbum im sommer lan welches",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welcher pottkast hör ich in letzter zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lange lief musik gestern bei uns",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viel stunden hab ich heute gehört",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="wie viele stunden podcast hab ich seit oktober gehört",
        family="listening_time",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wie viel hab ich in letzten sieben tagen gehört lan",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="wie viele lieder hab ich heute morgen gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft wurde insgesamt was abgespielt letzten monat",
        family="plays",
        period="last_month",
    ),
    Fresh(
        text="seit montag wie viele songs liefen",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler ich seit märz gehört hab",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="wie viel verschiedene lieder liefen diese woche",
        family="songs_count",
        period="this_week",
    ),
    # play_count
    Fresh(
        text="wie oft lief bohemien rapsodi dieses jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft hab ich kwin gehört letzte woche",
        family="play_count",
        period="last_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief one more time von daft punk in letzten dreißig tagen",
        family="play_count",
        period="last_30_days",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="lan hab ich gestern justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief bei mir im august was von radiohead",
        family="did_i",
        period="august",
        name="Radiohead",
    ),
    Fresh(
        text="hat ada vorgestern air gehört",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
        person="Ada",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief letzte nacht in küche",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    Fresh(
        text="was haben wir letztes wochenende so gehört",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was lief am dritten november",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="was lief gestern so um viertel nach acht abends",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="welches lied lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief um fünf nach fünf heute nachmittag",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="was für musik ich so mag vallah sag mal",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel uhr und an welchem tag hör ich meistens",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="welche neue künstler kamen diesen monat dazu",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="neue bands in den letzten drei monaten entdeckt",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft skip ich lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    # repeat
    Fresh(
        text="wie oft hör ich dasselbe immer wieder lan",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele tage hintereinander hab ich gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten mal daft punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann lief de deyli zum ersten mal",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt kaffee takuba gehört",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann lief wet leg letztes mal",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="was war letzte lied was ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem lied bin ich heute aufgewacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erste lied gestern was war das",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="letzte lied am samstag welches",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="was lief als letztes heute nachmittag",
        family="last_in",
        period="this_afternoon",
    ),
    # most_skipped
    Fresh(
        text="welches lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler überspring ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches lied läuft bei mir grad in dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal lan wie war mein monat musikmäßig",
        family="recap",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="jahresrückblick für letztes jahr bitte",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="rückblick auf september vallah",
        family="recap",
        period="september",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="lan wann hör ich mehr werktags oder wochenende",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in küche",
    "mach musik lauter lan",
    "was läuft grad in küche",
    "was is das für lied",
    "überspring das lied",
    "podcast pause",
    "nächste lied im wohnzimmer",
    "mach küchenlicht aus",
    "spiel album discovery",
    "lautstärke auf sieben",
    "zufallswiedergabe an",
    "wiederhol das lied",
    "küche und wohnzimmer lautsprecher zusammen",
    "timer zehn minuten für tee",
    "wie wird wetter morgen in duisburg",
    "schreib ayran auf einkaufsliste",
    "heizung auf zweiundzwanzig grad",
    "was hör ich grad vallah",
    "spiel de deyli neue folge",
    "mach leiser lan",
    "stopp musik",
    "spiel kwin in küche",
    "weiter mit podcast",
]
