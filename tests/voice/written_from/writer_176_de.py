"""Writer 176, hurried Saxon from Leipzig dictating into speech-to-text (no punctuation, misheard words), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="nu wen hab isch denn diesen monat am meisten gehört",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer war mei gümstler des jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top drei gümstler letzte woche",
        family="top_artists",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="wen hammer letzten monat bei uns am meisten gehört",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wer lief zweitausendfünfundzwanzig am meisten",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="was is denn mei lieblingslied ähmd so insgesamt",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="sag ma die 5 meistgespielten lieder seit märz",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="welches liedl lief im oktober am meisten",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="was war letzten sommer mei sommerhit",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="was is mei lieblingsalbum",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welche platte hab isch dieses jahr am meisten gespielt",
        family="top_albums",
        period="this_year",
    ),
    # top_podcasts
    Fresh(
        text="welchen podcast hör isch am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="gugge ma welcher podcast war in letzter zeit so mei ding",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heude musigg",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab isch letzte woche gehört",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lang hammer geschdern in der küche musik gehabt",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wieviel zeit mit podcasts diesen monat",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie lange hab isch über die letzten zwee wochen gehört",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="wie viele lieder hab isch heude früh gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wieviel sachen liefen seit montag",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie viele folgen podcast hab isch im september gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="nu wie viele lieder warn das in den letzten sieben tagen",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene gümstler hab isch dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wieviele verschiedene bands in den letzten dreißig tagen",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene lieder warn das letzten monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wieviel unterschiedliche songs hab isch im sommer gehört",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="in den letzten drei monaten wie viele verschiedene lieder",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="wie oft hab isch bohemien rabsodie gespielt dieses jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief gween diese woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft hab isch de dähli gehört seit oktober",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    Fresh(
        text="wie oft hab isch eigentlich rädiohead gehört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="hab isch geschdern dschastis gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="nu lief in letzter zeit ma was von gaffee dagguba",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="hammer am sonnabend sexy boy gehört",
        family="did_i",
        period="saturday",
        name="Sexy Boy",
        person="we",
    ),
    Fresh(
        text="hab isch heude früh ni de dähli gehört",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hab isch dieses jahr ma bilie eilisch gehört",
        family="did_i",
        period="this_year",
        name="Billie Eilish",
    ),
    Fresh(
        text="lief im august ma wann mor teim von dafd bunk",
        family="did_i",
        period="august",
        name="One More Time by Daft Punk",
    ),
    # what_played
    Fresh(
        text="was hab isch geschdern abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief denn letzte nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was hab isch am dritten november gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was hammer am wochenende so gehört",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was hat die ada vorgesdern gehört",
        family="what_played",
        period="day_before_yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="was lief geschdern abend um dreiviertel achte",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heude früh um achde in der küche",
        family="playing_at",
        moment="2026-11-20 08:00",
        room="kitchen",
    ),
    Fresh(
        text="was lief heude nachmiddaach um halb sechse",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="was war denn vorgesdern abend um neune dran",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="was lief geschdern middaach um zwölfe",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="gugge ma was lief geschdern abend um viertel neun",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    # taste
    Fresh(
        text="was hab isch eigentlich für en musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie würdste mein geschmack beschreiben",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör isch denn meistens musik so uhrzeit und wochentag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="zu welcher tageszeit hör isch am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab isch diesen monat wen neues entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche gümstler hab isch in letzter zeit zum ersten mal gehört",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="wie oft skip isch eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wieviel lieder hab isch letzte woche weggedrückt",
        family="skips",
        period="last_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="hör isch immer dasselbe oder wie",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is meine wiederholungsrate diesen monat",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="wie viele tage hintereinander hab isch jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="wie viele tage am stück lief bei mir was",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab isch dschastis das erste mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief digital lov das erste mal",
        family="first_play",
        name="Digital Love",
    ),
    # last_play
    Fresh(
        text="wann hab isch zuletzt dont stop mi nau gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann lief ähr das letzte mal",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="wann hab isch das letzte ma wet leck gehört",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="was war das letzte lied was isch gehört hab",
        family="last_song",
    ),
    Fresh(
        text="nu was lief zuletzt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war heude das erste lied",
        family="first_today",
    ),
    Fresh(
        text="womit bin isch heude in den tag gestartet",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war das erste lied geschdern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab isch letzten freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="erstes lied diesen monat",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="was war das letzte lied letzte nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="womit hab isch am sonnabend aufgehört",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="was lief zuletzt heude nachmiddaach",
        family="last_in",
        period="this_afternoon",
    ),
    # most_skipped
    Fresh(
        text="welches lied skip isch am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen song drück isch immer weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen gümstler skip isch am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen drück isch am meisten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was hab isch grade in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches lied läuft bei mir ähmd ständig",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="nu erzähl ma wie lief mei jahr so musikalisch",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mir ma nen rückblick auf letzte woche",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="fass ma mei musik zusammen",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="wie war mei letztes jahr so musikmäßig",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="hör isch mehr früh oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin isch eher so ne morgen oder ne abendhörerin",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="unter der woche oder am wochenende wann läuft bei mir mehr musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hammer letzten monat am wochenende mehr gehört als werktags",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "spiel ma dafd bunk in der küche",
    "mach ma die musik lauter",
    "was läuft grade in der küche",
    "was is das fürn lied",
    "nächstes lied",
    "überspring das ma das is ni schön",
    "pausier ma den podcast",
    "mach ma das licht in der küche aus",
    "spiel das album discovery",
    "lautstärke auf fünfe",
    "zufallswiedergabe an",
    "wiederhol das lied",
    "verbind ma die lautsprecher in küche und wohnzimmer",
    "stell ma nen timer auf zehn minuten für de eier",
    "wie wird das wetter morgen in leipzig",
    "schreib gaffee auf die einkaufsliste",
    "mach ma die heizung auf zweiundzwanzig grad",
    "was hör isch grade",
    "spiel de dähli",
    "mach ma leiser das is zu laut",
    "spiel ma was von gween",
    "stopp die musik",
    "weiter mit dem podcast",
    "wer singt das",
    "spiel nochma das vorherige lied",
    "mach den lautsprecher in der küche aus",
    "spul ma dreißig sekunden vor",
    "wie spät isses",
    "spiel ma bissl musik zum gaffee",
    "wecker auf sechse stellen",
]
