"""Writer 295, a Thuringian student (Thüringisch), ironic and lazy-typed, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer war n letzte woche mei meistgehörter künstler, bestimmt wieder daft punk lol",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="künstler des jahres bei mir, na da bin ich ja ma gespannt",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hör ich in letzter zeit eigentlich so dauernd",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top 3 künstler 2025",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="was is n mei lieblingslied so insgesamt",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="meine fünf meistgespielten lieder im oktober",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="lied des monats, trommelwirbel bitte",
        family="top_tracks",
        period="this_month",
    ),
    # top_albums
    Fresh(
        text="welches album hab ich dies jahr am meisten laufen lassen",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="lieblingsalbum allzeit, na los",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast läuft bei mir am meisten, als ob ich mehr als einen hätt",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="meistgehörter podcast letzten monat",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="wie viel stunden hab ich heite schon gehört",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="wie lange hammor letztes wochenende musik gehört",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viel zeit hab ich diesen monat mit podcasts verplempert statt zu lernen",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele lieder hab ich heut frieh gehört",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft lief insgesamt was in den letzten 7 tagen",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele folgen hab ich seit montag weggehört",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedne künstler hab ich dies jahr so gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="anzahl verschiedener interpreten seit märz",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="wie viele unterschiedliche lieder warn s im september",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="in den letzten drei monaten wie viele verschiedene songs",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich bohemian rhapsody dies jahr gehört, peinlich",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief justice diese woche",
        family="play_count",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="the daily in den letzten 30 tagen, wie oft",
        family="play_count",
        period="last_30_days",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="hab ich gestern air gehört",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="lief vorgestern irgendwas von queen",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="hab ich jemals rammstein gehört, hoffentlich ni",
        family="did_i",
        period="all_time",
        name="Rammstein",
    ),
    Fresh(
        text="hammor am samstag eres gehört",
        family="did_i",
        period="saturday",
        name="Eres",
        person="we",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern ohmd so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief heut nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was hamm mir im august so gehört, weiß ich nämlich nimmer",
        family="what_played",
        period="august",
        person="we",
    ),
    Fresh(
        text="was hat ada letzte woche so gehört",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="was lief gestern ohmd so um viertel neun",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was kam heut frieh um halb neun in der küche",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="mittwoch mittag um zwölfe, was lief da",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="was hab ich eigentlich für n musikgeschmack, sei ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma meinen geschmack, aber nett",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich normalerweise musik, also uhrzeit und wochentag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="zu welcher stunde bin ich meistens am hören",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter zeit wen neues entdeckt oder immer nur derselbe kram",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="neue künstler diesen monat?",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft skip ich eigentlich lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="skiprate letzte woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="wie oft hör ich die gleichen lieder nochma, so wiederholungsquote",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wiederhol ich mich dies jahr arg",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele tage am stück hab ich jetz gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang is meine serie grad, nur so aus interesse",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich s erste mal daft punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="seit wann taucht cafe tacuba bei mir auf",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt genesis",
        family="last_play",
        name="Genesis",
    ),
    Fresh(
        text="wann hab ich das letzte mal moon safari gehört",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="wann hab ich zuletzt annenmaykantereit gehört",
        family="last_play",
        name="AnnenMayKantereit",
    ),
    # last_song
    Fresh(
        text="was war das letzte lied",
        family="last_song",
    ),
    Fresh(
        text="welchen song hatt ich zuletzt an, komm ni drauf",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="womit bin ich heut aufgewacht",
        family="first_today",
    ),
    Fresh(
        text="erstes lied heute",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war das erste lied letzten freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="womit hab ich den oktober angefangen",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="was lief vorgestern als letztes",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="letztes lied gestern ohmd",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="welches lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen song drück ich immer weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei wem drück ich am ehesten weiter, ehrlich jetz",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was hab ich grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches lied kann ich grad ni lassen",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl ma wie war mei november so",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="jahresrückblick bitte, wie bei spotify nur in schlechter",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war letzte woche so musikalisch",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="fass ma meinen sommer zusammen",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr frieh oder ohmds",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so nachmittags oder nachts am hören",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="wann hör ich mehr, werktags oder am wochenende",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="unter der woche mehr musik oder samstags sonntags",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "mach ma musik in der küche an",
    "lauter",
    "leiser bitte, mei mitbewohner schläft",
    "nächstes lied",
    "spiel ma daft punk",
    "spiel das album discovery in der küche",
    "wie wird s wetter morgen in jena",
    "stell n timer auf zehn minuten für die nudeln",
    "licht in der küche aus",
    "was läuft grad",
    "was is n das für n lied",
    "pausier den podcast",
    "zufallswiedergabe an",
    "wiederholung aus",
    "setz bier auf die einkaufsliste",
    "heizung auf zweiundzwanzig grad",
    "spiel the daily weiter",
    "lautstärke auf drei",
    "küchenlautsprecher mit dem im wohnzimmer verbinden",
    "überspring das lied, is ja grausam",
    "was hör ich grad eigentlich",
    "stopp die musik",
    "spiel was von queen aber ni zu laut",
    "weck mich um sieben, erste vorlesung",
]
