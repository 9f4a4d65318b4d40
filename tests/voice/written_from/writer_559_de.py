"""Writer 559, eine wortkarge Hebamme aus Kiel im Bereitschaftsdienst, müde, sehr knapp, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="moin. wer lief letzte woche am meisten",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="letzte drei monate, lieblingskünstler",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="lieblingslied diesen monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="die drei meistgespielten lieder im oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="in der küche, welches lied lief da am meisten die letzten dreißig tage",
        family="top_tracks",
        period="last_30_days",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welches album am meisten. jo",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="letzten sommer, welche platte am häufigsten",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="podcast letztes jahr. welcher vorne",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie lange lief bei uns gestern was",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="küche. wie lange musik im letzten monat",
        family="listening_time",
        period="last_month",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="letzte zwei wochen, wie viel gehört insgesamt",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="wie viele lieder heut früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="folgen dies jahr, wie viele",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="zweitausendfünfundzwanzig, wie viele lieder insgesamt",
        family="plays",
        period="in_2025",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler diesen monat",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wie viele bands hab ich überhaupt gehört",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene lieder im september",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="seit oktober, wie viele unterschiedliche titel",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="wie oft bohemian rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="queen diese woche wie oft",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="air. wie oft im august",
        family="play_count",
        period="august",
        name="Air",
    ),
    # did_i
    Fresh(
        text="hab ich gestern justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="the daily heut morgen, lief der",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="café tacvba am wochenende? jo oder nö",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
    ),
    Fresh(
        text="jemals santiano gehört",
        family="did_i",
        period="all_time",
        name="Santiano",
    ),
    # what_played
    Fresh(
        text="was lief letzte nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="gestern abend. was lief",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief bei uns letzten freitag",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="heut nachmittag was gelaufen?",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um acht abends",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="heut früh halb neun, was war das",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="viertel nach fünf heute, was lief",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="was für musik hör ich eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="mein geschmack. kurz bitte",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich meistens, uhrzeit und tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="um wie viel uhr läuft bei mir am meisten musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="was neues entdeckt in letzter zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="neue künstler seit montag?",
        family="new_artists",
        period="since_monday",
    ),
    # skips
    Fresh(
        text="nö, warte. wie oft skip ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="letzten monat viel übersprungen?",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="hör ich immer dasselbe",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wiederholungsrate dies jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele tage am stück schon",
        family="streak",
    ),
    # first_play
    Fresh(
        text="phantom. wann zuerst gehört",
        family="first_play",
        name="Phantom",
    ),
    Fresh(
        text="fettes brot wann das erste mal",
        family="first_play",
        name="Fettes Brot",
    ),
    # last_play
    Fresh(
        text="wann zuletzt don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="daft punk, wann das letzte mal",
        family="last_play",
        name="Daft Punk",
    ),
    # last_song
    Fresh(
        text="letztes lied",
        family="last_song",
    ),
    Fresh(
        text="welches lied lief zuletzt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="womit bin ich heut aufgewacht, vorm dienst",
        family="first_today",
    ),
    Fresh(
        text="erstes lied heute",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="am dritten november, erstes lied",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="samstag, womit fing's an",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="letztes lied letzte nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="womit hab ich vorgestern aufgehört",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="welches lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche band überspring ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen skip ich dauernd",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was hab ich grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches lied läuft zur zeit ständig bei mir",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="jo, wie war mein oktober so",
        family="recap",
        period="october",
    ),
    Fresh(
        text="rückblick aufs jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="kurz mein monat",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="eher morgens oder abends, wann hör ich mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="nachts oder nachmittags mehr musik",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="wochenende mehr als unter der woche?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="hör ich werktags mehr oder am wochenende",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "moin. musik aus",
    "leiser",
    "lauter, jo",
    "nächstes lied",
    "skip",
    "podcast pausieren",
    "weiter",
    "spiel daft punk in der küche",
    "spiel the daily",
    "was läuft grad",
    "welches lied ist das",
    "küchenlicht aus",
    "licht im flur an",
    "heizung auf zwanzig",
    "wetter kiel",
    "regnet's heute noch",
    "timer zehn minuten",
    "wecker halb fünf",
    "milch auf die einkaufsliste",
    "zufallswiedergabe an",
    "wiederholen aus",
    "küche und schlafzimmer zusammen abspielen",
    "spiel das album discovery",
    "stopp",
    "lautstärke drei",
]
