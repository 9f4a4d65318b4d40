"""Writer 114, non-native speaker (Turkish-born engineer in Stuttgart, a little Swabian) via speech-to-text, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hab i letzte woche am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="welche künstler ich am meisten hören dieses jahr die top drei",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="wer war im august mein lieblings künstler",
        family="top_artists",
        period="august",
    ),
    Fresh(
        text="was isch mein lieblingslied diesen monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="meine fünf meist gespielte lieder seit märz",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="lieblingslied von letzte zwei wochen",
        family="top_tracks",
        period="last_2_weeks",
    ),
    Fresh(
        text="welches album ich am meisten gehört hab im sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welches album letztes jahr am meisten",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="welchen podcast hör ich am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange lief musik gestern in der küche",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viel stunden wir haben gehört letzten monat",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wie lang hab i heut nachmittag gehört",
        family="listening_time",
        period="this_afternoon",
    ),
    Fresh(
        text="wie viele lieder heute morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie fiel folgen von podcast ich gehört hab in oktober",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele lieder letzte sieben tage",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künstler ich gehört hab dieses jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel künstler insgesamt",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="wie viele unterschiedliche lieder letzte dreißig tage",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft lief bohemian rapsodi diesen monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft hab i daft punk gehört seit oktober",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft lief genesis zweitausendfünfundzwanzig",
        family="play_count",
        period="in_2025",
        name="Genesis",
    ),
    Fresh(
        text="hab ich gestern abend justice gehört",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="hab i in letzter zeit die daily gehört",
        family="did_i",
        period="lately",
        name="The Daily",
    ),
    Fresh(
        text="hab ich radiohead gehört letztes jahr",
        family="did_i",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich the weekend gehört im september",
        family="did_i",
        period="september",
        name="The Weeknd",
    ),
    Fresh(
        text="hab i seit montag d a n c e gehört",
        family="did_i",
        period="since_monday",
        name="D.A.N.C.E.",
    ),
    Fresh(
        text="was hab i geschtern gehört",
        family="what_played",
        period="yesterday",
    ),
    Fresh(
        text="was lief am samstag bei uns",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was hab i letztes wochenende gehört",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="was hat ada gestern gehört",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    Fresh(
        text="geschtern abend um viertel nach acht was war da",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heute um halb sechs",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="vorgestern um neun uhr abends was lief da",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="wie isch mein geschmack beschreib mal",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normalerweise um welche uhrzeit",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welchem tag in der woche hör ich am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue künstler entdeckt diesen monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich zum ersten mal gehört in letzte drei monate",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft ich überspringe",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="überspring ich viel in letzter zeit",
        family="skips",
        period="lately",
    ),
    Fresh(
        text="hör ich immer wider das gleiche",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage hintereinander hab ich gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal air gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wann erste mal sexy boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann hab ich zuletzt queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief eres von café tacuba letzte mal",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="was war des letzte lied",
        family="last_song",
    ),
    Fresh(
        text="was war heute des erste lied",
        family="first_today",
    ),
    Fresh(
        text="erstes lied gestern was war des",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit was hab ich letzten freitag angefangen erste lied",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="letztes lied am dritten november",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="was war des letzte lied letzte nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welches lied überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skip ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches lied hab ich grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="sag mal wie war so mein oktober musikmäßig",
        family="recap",
        period="october",
    ),
    Fresh(
        text="mein jahr in rückblick bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="zusammenfassung letzte woche",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="unter woche oder wochenende wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach musik lauter",
    "mach bissle leiser",
    "was läuft grad in der küche",
    "was für ein lied isch des",
    "überspring des lied",
    "nächstes lied",
    "pause podcast",
    "stopp musik",
    "spiel album discovery",
    "lautstärke auf vier",
    "zufallswiedergabe an",
    "wiederholung an für des lied",
    "küche lautsprecher mit wohnzimmer gruppieren",
    "timer zehn minuten",
    "stell wecker auf halb sechs",
    "wie wird wetter morgen in stuttgart",
    "schreib milch auf einkaufsliste",
    "heizung auf zweiundzwanzig grad",
    "licht in der küche aus",
    "was hör ich grad",
    "spiel die neue folge von the daily",
    "weiter spielen",
    "zurück zum vorherige lied",
    "spiel türkische musik",
    "spiel radio im wohnzimmer",
]
