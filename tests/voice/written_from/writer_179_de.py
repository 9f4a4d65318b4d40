"""Writer 179, music nerd and hobby DJ (Berliner), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer war diesen Monat mein Top-Künstler, wa?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="sag ma, wen hab ick letztes Jahr am meisten uffjelegt",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="die fünf meistjespielten Künstler seit März",
        family="top_artists",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="in der Küche, wat lief bei uns im Oktober am meisten, künstlermäßig",
        family="top_artists",
        period="october",
        room="kitchen",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="wat is mein Lieblingstrack dieses Jahr",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="nenn ma meine drei meistjespielten Stücke letzte Woche",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="Track des Monats, wat war dit im September",
        family="top_tracks",
        period="september",
    ),
    # top_albums
    Fresh(
        text="welche Platte hab ick dieses Jahr am meisten uffjelegt",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="meine Top drei Scheiben aller Zeiten",
        family="top_albums",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="über die letzten zwei Wochen, welches Album lief da am meisten",
        family="top_albums",
        period="last_2_weeks",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="von welchem Podcast komm ick in letzter Zeit nich los",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lange lief jestern Musik bei mir",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ick diesen Monat insjesamt jehört",
        family="listening_time",
        period="this_month",
    ),
    Fresh(
        text="wie lange hatten wir letzte Woche Podcasts an",
        family="listening_time",
        period="last_week",
        content="podcasts",
        person="we",
    ),
    # plays
    Fresh(
        text="wie viele Tracks hab ick heute schon jespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="seit Montag, wie oft wurde da insjesamt wat abjespielt",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie viele Folgen hab ick im August jehört",
        family="plays",
        period="august",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hatt ick dieses Jahr uffm Plattenteller",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Künstler in den letzten 30 Tagen",
        family="artists_count",
        period="last_30_days",
    ),
    Fresh(
        text="icke will ma die Statistik, wie viele Künstler warn dit die letzten sieben Tage",
        family="artists_count",
        period="last_7_days",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Stücke hab ick vorgestern jehört",
        family="songs_count",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wie viele unterschiedliche Lieder warn dit so insjesamt",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="wie oft lief eigentlich bohemian rapsodie dieses Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft hab ick daft punk seit oktober jespielt",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft lief radiohead bei mir",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="die cross von justice, wie oft hab ick die in den letzten drei Monaten uffjelegt",
        family="play_count",
        period="last_3_months",
        name="Cross",
    ),
    # did_i
    Fresh(
        text="hab ick jestern Abend justice jehört",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="lief diese Woche wat von air",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="hatten wir am Wochenende queen in der Küche",
        family="did_i",
        period="last_weekend",
        name="Queen",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wet leg, hab ick die dieses Jahr überhaupt ma jehört",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    # what_played
    Fresh(
        text="wat lief jestern Abend so",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="erzähl ma, wat hatt ick heute Nachmittag uff die Ohren",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="wat hab ick letzte Nacht jehört, Alter",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="wat hat Ada heute früh jehört",
        family="what_played",
        period="this_morning",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="wat lief jestern um Viertel nach acht abends",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="heute früh um halb neun, wat war da uff der Platte",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wat lief vorgestern um neune abends",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="heute so um Viertel nach fünf, wat lief da fürn Track",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="wie würdste meinen Musikjeschmack beschreiben",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wat für Mucke hör ick eigentlich so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel Uhr hör ick meistens Musik, und an welchem Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wann is bei mir so Hauptsendezeit, also wann läuft am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ick in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler warn im Sommer neu bei mir",
        family="new_artists",
        period="summer",
    ),
    # skips
    Fresh(
        text="wie oft skip ick eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war meine Skiprate letzten Monat",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="wie oft hör ick dieselben Stücke immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is meine Wiederholungsrate seit Oktober",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander lief bei mir wat",
        family="streak",
    ),
    Fresh(
        text="wie lang is meine Serie grad, Tage in Folge",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ick dit erste Mal cafe tacuba jehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann is la fem dargent in meiner History",
        family="first_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="wann lief the weeknd zum ersten Mal",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="wann hab ick zuletzt da funk jespielt",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="wann lief dit letzte Mal the daily",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="wat war dit letzte Stück, det ick jespielt hab",
        family="last_song",
    ),
    Fresh(
        text="letzter Track, wat war dit nochma",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem Track bin ick heute in den Tag jestartet",
        family="first_today",
    ),
    Fresh(
        text="wat war heute dit erste Lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wat war vorgestern dit erste Stück",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="womit hab ick letzten Freitag anjefangen",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="erster Track am 3. November?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="wat war jestern der letzte Track",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ick am Samstag Schluss jemacht",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="welchet Lied skip ick am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Track drück ick immer wech",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler skip ick am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei wem drück ick am meisten uff weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wat läuft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welchet Stück kann ick grad nich oft jenug hören",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl ma, wie lief mein Jahr so, hörmäßig",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="jib ma nen Rückblick uff letzten Monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="mach ma 'n kleenen Rückblick für mich",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="wie war meine Woche, jut oder wat",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ick mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ick eher so Nachmittags- oder Abendhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="wann läuft bei mir mehr, werktags oder wochenends",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="bin ick eher 'n Wochenendhörer oder hör ick unter der Woche mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "leg ma daft punk in der Küche uff",
    "mach ma lauter, wa",
    "skip dit Stück",
    "wat is dit fürn Track grad",
    "wat läuft jetze in der Küche",
    "pausier ma den Podcast",
    "nächster Track im Wohnzimmer",
    "spiel die Platte Discovery ab",
    "Zufallswiedergabe an",
    "mach Wiederholung aus",
    "Licht in der Küche aus",
    "Lautstärke uff dreißig",
    "verbind ma die Küche mit dem Wohnzimmerlautsprecher",
    "stell 'n Timer uff zwölf Minuten",
    "wie wird dit Wetter morjen in Berlin",
    "schreib Nadelreiniger uff die Einkaufsliste",
    "dreh die Heizung hoch",
    "wat hör ick jetze grad",
    "spiel wat von air in der Küche",
    "mach die Mucke leiser, die Nachbarn nerven",
    "stopp die Musik",
    "spiel die neueste Folge von the daily",
    "spul ma dreißig Sekunden vor",
    "ein Track zurück",
    "spiel ma wat mit 125 BPM",
    "wer singt dit hier",
    "mach den Küchenlautsprecher stumm",
    "pack justice in die Warteschlange",
    "regnet's heute noch",
    "mach ma die Scheibe Moon Safari an",
    "jib ma queen in der Küche, aber laut",
]
