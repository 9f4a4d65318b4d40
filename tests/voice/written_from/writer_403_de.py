"""Writer 403, ein zweisprachiger Student in Berlin, der Englisch und Deutsch mischt, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="was war mein most played artist diesen Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer war so mein top artist letztes Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="welcher artist lief in der Küche am meisten im September",
        family="top_artists",
        period="september",
        room="kitchen",
    ),
    Fresh(
        text="meine top artists der letzten zwei Wochen, sag mal",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="was war mein Lieblingssong im Sommer, so der most played track",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="gib mir mal meine top drei songs von letzter Woche",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    # top_albums
    Fresh(
        text="welches album hab ich dieses Jahr am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="was ist so mein all time Lieblingsalbum",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast ist in letzter Zeit so mein go-to",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="welchen podcast hab ich im Oktober am meisten gestreamt",
        family="top_podcasts",
        period="october",
    ),
    # listening_time
    Fresh(
        text="wie lange hab ich heute schon Musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich so insgesamt in den letzten 30 Tagen gehört",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="wie lange lief bei uns gestern Abend Musik in der Küche",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie viele hours Musik waren's in zwanzig fünfundzwanzig",
        family="listening_time",
        period="in_2025",
        content="music",
    ),
    # plays
    Fresh(
        text="wie viele songs hab ich so gestreamt diese Woche",
        family="plays",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie viele podcast episoden hab ich seit Oktober gehört",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele plays hatte ich vorgestern insgesamt",
        family="plays",
        period="day_before_yesterday",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene artists hab ich dieses Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Künstler waren's im August",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene songs hab ich in den letzten drei Monaten gehört",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie viele unterschiedliche tracks waren's seit Montag",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody diesen Monat gespielt",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk so seit März",
        family="play_count",
        period="since_march",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich eigentlich Radiohead gehört, like ever",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief letztes Wochenende irgendwas von Air",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="hab ich heute morgen The Daily gehört oder nicht",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="in letzter Zeit mal Wanda gehört?",
        family="did_i",
        period="lately",
        name="Wanda",
    ),
    # what_played
    Fresh(
        text="was hab ich letzten Freitag so gehört",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="was lief gestern Abend bei mir, kurzer overview bitte",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was haben wir letzte Woche so gehört",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="was hab ich am Samstag gehört",
        family="what_played",
        period="saturday",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um zehn nach acht abends",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welcher song war heute Nachmittag um Viertel nach fünf on",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="was für einen Musikgeschmack hab ich so, describe mal",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie würdest du meinen taste beschreiben",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um welche Uhrzeit hör ich normalerweise Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wann bin ich so am aktivsten beim listening, also welcher Tag und welche Uhrzeit",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich diesen Monat neue artists entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Künstler sind seit Oktober neu dazugekommen",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="wie oft skippe ich eigentlich so",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="was ist meine skip rate in den letzten sieben Tagen",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="wie oft hör ich dieselben songs nochmal, so als Quote",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch ist meine repeat rate dieses Jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele Tage in a row hab ich schon was gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten Mal Café Tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann ist Justice eigentlich in meiner history, also wann das erste Mal",
        family="first_play",
        name="Justice",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt Digital Love gehört",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="wann lief The Daily das letzte Mal",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="was war der letzte song, den ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem song bin ich heute in den Tag gestartet",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war der erste song vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="womit hab ich am 3. November angefangen, first track",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="was war der letzte track letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="womit hab ich im September aufgehört, so last song",
        family="last_in",
        period="september",
    ),
    # most_skipped
    Fresh(
        text="welchen song skippe ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen artist skippe ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was ist gerade mein song on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="welchen song kann ich grad nicht aufhören zu hören",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war mein Oktober so music-wise",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir nen recap von letztem Sommer",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="sag mal, wie lief mein Jahr so listening-mäßig",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="mach mal nen kurzen rundown von meinem listening",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends, so generally",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="weekdays vs Wochenende, wann streame ich mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel mal Daft Punk in der Küche",
    "mach die Musik lauter",
    "skip den song",
    "was ist das für ein song gerade",
    "pause mal den podcast",
    "nächster track im Wohnzimmer bitte",
    "mach das Küchenlicht aus",
    "spiel das album Discovery",
    "shuffle an",
    "repeat mode aus bitte",
    "stell nen timer auf zehn Minuten für die Pasta",
    "wie wird das Wetter morgen in Berlin",
    "setz Hafermilch auf die shopping list",
    "dreh die Heizung hoch, ist freezing hier",
    "was hör ich grad",
    "gruppier die speaker in Küche und Wohnzimmer",
    "volume auf vierzig",
    "spiel die neueste folge von The Daily",
    "stopp die Musik",
    "was läuft gerade in der Küche",
    "leiser bitte, mein Mitbewohner schläft",
    "spiel was chilliges von Air",
    "weck mich um acht",
    "wie spät ist es",
]
