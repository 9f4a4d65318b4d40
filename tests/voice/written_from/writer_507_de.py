"""Writer 507, schlechte Spracherkennung (Homophone, keine Satzzeichen, Ziffern, doppelte Wörter), Deutsch."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wen hab ich letzte Woche am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer wahr mein künstler des jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="von welcher band wahr ich in letzter zeit so besessen",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 Künstler im oktober",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="wer wahr im jahr 2025 meine nummer 1",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="was wahr mein lieblings lied diesen monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="nenn mir meine 3 meist gespielten lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="welches lied lief bei uns letzten monat am häufigsten",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="welches Lied hab ich letzten sommer am meisten am meisten gehört",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="welches album hab ich seid märz am meisten gehört",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="was ist eigentlich mein lieblings album",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welchen podcast höre ich am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welcher pod cast wahr dieses jahr mein favorit",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie fiel stunden hab ich diese woche gehört",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lange haben wir letztes wochen ende musik gehört",
        family="listening_time",
        period="last_weekend",
        person="we",
        content="music",
    ),
    Fresh(
        text="wie fiel zeit hab ich im september mit podcasts verbracht",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie lange hab ich die letzten 7 tage so gehört",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="wie fiel lieder hab ich heute Morgen gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich seid oktober gehört",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wie oft wurde letztes jahr insgesamt was abgespielt",
        family="plays",
        period="last_year",
    ),
    Fresh(
        text="wie fiele songs hab ich heute nach mittag gespielt",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie fiel verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche bands waren das im august",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="wie viele künstler die letzten 3 monate",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene lieder hab ich letzten monat gehört",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie fiel unterschiedliche songs seid montag",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich bohemian rhapsodie diesen monat gehört",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie fiel queen hatte ich diese woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief the weekend letztes jahr",
        family="play_count",
        period="last_year",
        name="The Weeknd",
    ),
    # did_i
    Fresh(
        text="stimmt es das ich gestern justiz gehört hab",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich vor gestern daft punk gehört",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="lief bei uns letztes wochen ende was von cafe tacuba",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="hab ich in letzter zeit radio head gehört",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    # what_played
    Fresh(
        text="was hab ich Gestern abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief am 3 november",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was hat ada letzten freitag gehört",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    Fresh(
        text="was hab ich die letzten 2 wochen so so gehört",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="was lief gestern gegen viertel vor 8",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute früh um halb 9",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was wahr am mittwoch um 12 uhr mittags an",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="was lief heute um 5 nach 5 in der küche",
        family="playing_at",
        moment="2026-11-20 17:05",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="was für musik mag ich eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie würdest du meinen musik geschmack beschreiben",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann höre ich normalerweise musik um wie fiel uhr und an welchem tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="zu welcher tages zeit höre ich am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich diesen monat neue künstler endeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche bands hab ich die letzten 30 tage zum ersten mal gehört",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="wie oft überspringe ich lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch ist meine skip rate diese woche",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="wie oft hör ich die selben lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch wahr meine wiederholungs rate im sommer",
        family="repeat",
        period="summer",
    ),
    # streak
    Fresh(
        text="seid wie fiel tagen am stück höre ich schon",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten mal air gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wann lief one more time von daft punk das erste mal",
        family="first_play",
        name="One More Time by Daft Punk",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt the daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann hab ich das letzte mal den song sexy boy gespielt",
        family="last_play",
        name="Sexy Boy",
    ),
    # last_song
    Fresh(
        text="was wahr das letzte lied das ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem lied bin ich heute auf gewacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was wahr das erste lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich am samstag angefangen",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="was hab ich letzten freitag als letztes gehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches lied lief letzte nacht zu letzt",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welches lied überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler skippe ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches lied hab ich gerade in dauer schleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal wie wahr mein oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mal einen rückblick auf mein jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie wahr meine woche so musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="mach mal einen rückblick einen rückblick auf mein hören",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="höre ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich eher unter der woche mehr oder am wochen ende",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach die musik lauter",
    "mach mal leiser leiser",
    "was läuft gerade in der küche",
    "welches lied ist das",
    "überspring das lied",
    "pausier den podcast",
    "nächster titel im wohn zimmer",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "zufalls wiedergabe an",
    "wiederholung an für dieses lied",
    "verbinde den küchen lautsprecher mit dem im wohnzimmer",
    "stell einen timer auf 10 minuten",
    "wie wird das wetter heute",
    "setz milch auf die einkaufs liste",
    "stell die heizung auf 21 grad",
    "was hör ich gerade",
    "spiel the daily",
    "spiel die neuste folge von the daily",
    "lautstärke auf 40",
    "spiel was von queen in der küche",
    "stopp die musik",
    "wer singt das",
    "weiter spielen",
    "spiel das vorherige lied nochmal",
    "wie spät ist es",
    "schalte die musik in 20 minuten aus",
    "spiel musik auf allen laut sprechern",
]
