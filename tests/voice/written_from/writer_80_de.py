"""Writer 80, schnell sprechender Leipziger Vater diktiert beim Kochen ins Handy (keine Satzzeichen, Spracherkennungsfehler), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="nu sag mal wen hab ich letztewoche am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer is denn so mein künstler nummer eins in letzter zeit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="meine top drei bands seid märz",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in der küche wer läuft da eigentlich am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="was is mein lied des monats",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welches lied hab ich dies jahr am meisten gehört warte die soße brennt an",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="sag mir mal die fünf meistgespielten lieder im oktober",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="was war der ada ihr lieblingslied im sommer",
        family="top_tracks",
        period="summer",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="welches album lief letzten sommer am meisten",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="mein lieblingsalbum überhaupt was is das eigentlich",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welchen podcast hör ich in letzter zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was war mein podcast nummer eins zwanzig fünfundzwanzig",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heut musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich die woche gehört so ungefähr",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lange ham wir gestern in der küche gehört",
        family="listening_time",
        period="yesterday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie viel zeit hab ich im september mit podcasts verbracht",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele lieder hab ich heut schon gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich diesen monat gehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie oft hab ich insgesamt was abgespielt in den letzten sieben tagen",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler hab ich dies jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele bands warn das seid oktober",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene lieder letzten monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie viele unterschiedliche songs in den letzten dreißig tagen",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich bohemian rapsodi gehört die woche",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel kwien hatt ich diesen monat",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief die deili seit montag",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="wie oft hab ich die prinzen gehört dieses jahr",
        family="play_count",
        period="this_year",
        name="Die Prinzen",
    ),
    # did_i
    Fresh(
        text="hab ich gestern schustiss gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich heut die deili gehört oder nich",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="lief vor gestern was von daft pank",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="ham wir am wochenende kraftklub gehört",
        family="did_i",
        period="last_weekend",
        name="Kraftklub",
        person="we",
    ),
    # what_played
    Fresh(
        text="was hab ich gesternabend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief heut früh so",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was hat die ada letzten freitag gehört",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    Fresh(
        text="was für musik lief heut nachmittag",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    # playing_at
    Fresh(
        text="gestern abend so um viertel nach acht was lief da",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heut früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="vor gestern mittag um zwölf was war da an",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="was lief in der küche heut um fünf",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="was für musik mag ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie würdest du meinen geschmack beschreiben nu ehrlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel uhr hör ich normalerweise",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welchem tag in der woche hör ich am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter zeit wen neues entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche künstler warn in den letzten drei monaten neu für mich",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft skip ich eigentlich lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich letzte woche übersprungen",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="hör ich immer wider die selben lieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is meine wiederholungsrate die letzten zwei wochen",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="wie viele tage am stück hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang is meine serie grad",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich das erste mal sexi boi gehört",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann tauchte kaffee tackuba zum ersten mal auf",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hab ich zum ersten mal radio hed gehört",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt dont stop mi nau gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann lief zuletzt die deili",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann hab ich das letzte mal mun safari aufgelegt",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="was war das letzte lied",
        family="last_song",
    ),
    Fresh(
        text="welches lied hab ich zuletzt gespielt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war heut das erste lied",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich heut aufgewacht musikmäßig",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war gestern das erste lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erstes lied am samstag was war das",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="mit welchem lied hab ich dies jahr angefangen",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="was war das letzte lied letzte nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="womit ham wir den oktober beendet",
        family="last_in",
        period="october",
        person="we",
    ),
    Fresh(
        text="welches lied lief am dritten november zuletzt",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="welches lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welches lied wird in der küche am häufigsten weggedrückt",
        family="most_skipped",
        period="all_time",
        room="kitchen",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler überspring ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen drück ich am öftesten weg so band mäßig",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches lied läuft bei mir grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="was hab ich grad auf repeat",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal wie war meine woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="mach mal nen rückblick auf mein jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war der letzte monat so",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fass mal zusammen was ich so gehört hab",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="jahresrückblick zwanzig fünfundzwanzig bitte",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so n morgenhörer oder n abendhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="unter der woche oder am wochenende wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="läuft bei mir am wochenende mehr musik als sonst",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft pank in der küche",
    "mach die musik lauter",
    "was läuft grad in der küche",
    "was is das für n lied",
    "überspring das lied",
    "pausier mal den podcast",
    "nächstes lied im wohnzimmer",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "lautstärke auf vier",
    "zufallswiedergabe an",
    "wiederholung aus",
    "küche und wohnzimmer lautsprecher zusammen schalten",
    "stell nen timer auf zwölf minuten für die nudeln",
    "wie wird das wetter heut abend in leipzig",
    "schreib milch auf die einkaufsliste",
    "heizung auf einundzwanzig grad",
    "was hör ich grad",
    "spiel die deili",
    "mach ma leiser der kleene schläft",
    "stopp die musik",
    "weiter mit dem podcast",
    "spiel kwien auf allen lautsprechern",
    "wer singt das",
    "ein lied zurück",
    "wie lange läuft der timer noch",
    "mach ma was ruhiges an zum abendbrot",
    "spul mal dreißig sekunden vor",
    "küchenlautsprecher stumm",
    "spiel schustiss in der küche",
]
