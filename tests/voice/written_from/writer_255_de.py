"""Writer 255, teenager (Berlin, Kiezdeutsch und Berlinerisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Alter, wen hab ick dit Jahr am meisten jehört",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="digga wer war so mein Nummer-eins-Künstler letzten Monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="in der Küche, wer läuft da seit Oktober am meisten",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="wat is mein Lieblingssong ever, Alter",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="sag ma meine drei meistjehörten Tracks diese Woche",
        family="top_tracks",
        period="this_week",
        count=3,
    ),
    Fresh(
        text="welcher Song war im August krass mein Ding",
        family="top_tracks",
        period="august",
    ),
    # top_albums
    Fresh(
        text="welches Album hab ick im Sommer am meisten durchjeballert",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="top Album letztes Jahr, wat war dit",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="von welchem Podcast bin ick grad voll süchtig, digga",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie viele Stunden Musik hab ick diese Woche jehört, Alter",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie lang ham wir letztes Wochenende Mucke laufen lassen",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie lang hab ick im September Podcasts jehört",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ick heute schon jespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie oft lief überhaupt wat in den letzten sieben Tagen",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele Folgen hab ick seit März jehört, so insgesamt",
        family="plays",
        period="since_march",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hatt ick dit Jahr am Start",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="wie viele unterschiedliche Songs hatt ick im Oktober",
        family="songs_count",
        period="october",
    ),
    Fresh(
        text="wie viele verschiedene Lieder ham wir letztes Jahr jespielt",
        family="songs_count",
        period="last_year",
        person="we",
    ),
    # play_count
    Fresh(
        text="wie oft hab ick Bohemian Rhapsody jehört, Alter, ehrlich",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Apache 207 bei mir letzten Monat",
        family="play_count",
        period="last_month",
        name="Apache 207",
    ),
    Fresh(
        text="Daft Punk, wie oft lief dit in den letzten dreißig Tagen",
        family="play_count",
        period="last_30_days",
        name="Daft Punk",
    ),
    # did_i
    Fresh(
        text="hab ick gestern Queen jehört oder wat",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="lief in letzter Zeit wat von Justice, digga?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="ey hab ick heute früh The Daily jehört",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="wat hab ick vorgestern so jehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="lass ma gucken, wat lief letzte Nacht bei mir",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="wat hat Ada letzte Woche so jehört",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Alter wat war gestern Abend um acht am laufen",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="heute früh um halb neun, wat lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="gestern Abend um dreiviertel acht, wat für'n Song war dit",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wat lief heute Nachmittag um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="wat für Mucke feier ick eigentlich so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ick meistens Musik, so Uhrzeit und Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="hab ick diesen Monat neue Künstler entdeckt, digga",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="jibt's neue Leute bei mir in den letzten drei Monaten",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft skip ick eigentlich, Alter",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is meine Skiprate seit Montag",
        family="skips",
        period="since_monday",
    ),
    # repeat
    Fresh(
        text="hör ick krass oft die gleichen Lieder nochmal",
        family="repeat",
        period="all_time",
        content="music",
    ),
    # streak
    Fresh(
        text="wie viele Tage in Folge hab ick schon wat jehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ick Daft Punk zum allerersten Mal jehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="seit wann hab ick Ski Aggu drin, wann lief der dit erste Mal",
        family="first_play",
        name="Ski Aggu",
    ),
    # last_play
    Fresh(
        text="wann lief dit letzte Mal Sexy Boy von Air",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="The Daily, wann hatt ick dit zuletzt an",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="wat war dit letzte Lied, wat ick jehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem Song bin ick heute in den Tag jestartet",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wat war der erste Track letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="erster Song vorgestern, welcher war dit",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="womit hab ick gestern Abend aufjehört",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="letzter Song am dritten November, wat war dit",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="welchen Song skip ick am meisten, digga",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler drück ick am häufigsten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wat hab ick grad auf Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches Lied kann ick grad nich aufhörn zu hörn, Alter",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Alter gib ma'n Rückblick auf letzten Monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="wie lief mein Jahr so, Mucke-mäßig",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="lass ma kurz zusammenfassen wat bei mir so lief",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="hör ick mehr morgens oder abends, wat meinste",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder unter der Woche, wann ballert bei mir mehr Mucke",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche, digga",
    "mach ma lauter Alter",
    "wat is dit für'n Song",
    "skip dit Lied, is cringe",
    "Podcast pausieren, lass ma",
    "nächster Track im Wohnzimmer",
    "mach dit Licht in der Küche aus",
    "spiel dit Album Discovery",
    "Lautstärke auf sieben",
    "mach ma Zufallswiedergabe an",
    "Wiederholung an für dit Lied",
    "verbinde die Boxen in Küche und Wohnzimmer",
    "Timer zehn Minuten für meine Pizza",
    "wie wird dit Wetter morgen, Alter",
    "schreib Döner auf die Einkaufsliste",
    "dreh ma die Heizung hoch, is krass kalt",
    "wat hör ick grad",
    "wat läuft grad in der Küche",
    "stopp die Musik",
    "spiel The Daily weiter",
    "leiser ey",
    "wer singt dit hier",
    "spiel wat von Justice auf allen Boxen",
    "stell nen Wecker auf sieben",
]
