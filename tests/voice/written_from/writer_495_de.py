"""Writer 495, Späti owner from Berlin-Neukölln (Berlinerisch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="sag ma, wer is denn jetze mein Künstler des Jahres, wa?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hab ick letzte Woche am meisten jehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="icke will wissen, wer meine Top drei Künstler im Sommer warn",
        family="top_artists",
        period="summer",
        count=3,
    ),
    Fresh(
        text="in den letzten drei Monaten, wer war da so meine Nummer eins",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wat is eijentlich mein Lieblingslied, Alter",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="meine fünf meistjespielten Lieder diesen Monat, zack zack",
        family="top_tracks",
        period="this_month",
        count=5,
    ),
    Fresh(
        text="welchet Lied lief letztet Jahr am meisten",
        family="top_tracks",
        period="last_year",
    ),
    Fresh(
        text="welchet Album hab ick dit Jahr am meisten uffjelegt",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum im August, wat war dit nochma",
        family="top_albums",
        period="august",
    ),
    Fresh(
        text="welcher Podcast läuft bei mir am meisten, wa",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="uff welchen Podcast bin ick in letzter Zeit so hängenjeblieben",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange lief jestern Mucke",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie ville Stunden hab ick diese Woche jehört, janz ehrlich",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lange liefen bei uns letzten Monat Podcasts",
        family="listening_time",
        period="last_month",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="die letzten sieben Tage, wie lange war da Musik an",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="wie ville Lieder hab ick heute schon jespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie ville Sachen liefen bei uns im Oktober insjesamt",
        family="plays",
        period="october",
        person="we",
    ),
    Fresh(
        text="wie oft lief überhaupt wat seit Montag",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie ville verschiedene Künstler hatt ick dit Jahr, Alter",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie ville Bands warn dit im September, so ungefähr",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="wie ville verschiedene Lieder in den letzten dreißig Tagen, wa?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie ville unterschiedliche Songs hab ick vorjestern jehört",
        family="songs_count",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wie oft hab ick Bohemian Rhapsody jehört diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie ville Queen lief seit März",
        family="play_count",
        period="since_march",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief dit Dance von Justice letzte Woche",
        family="play_count",
        period="last_week",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="hab ick jestern Justice jehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief in letzter Zeit wat von Air, wa",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="hab ick jemals Rammstein jehört oder ne",
        family="did_i",
        period="all_time",
        name="Rammstein",
    ),
    Fresh(
        text="war am Samstag Daft Punk dran bei uns",
        family="did_i",
        period="saturday",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="wat lief jestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat hab ick heute früh so jehört",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="wat lief letzte Nacht inne Küche",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    Fresh(
        text="am Wochenende, wat lief da bei mir",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="wat lief jestern so um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wat lief heute morjen um halb neun inne Küche",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="um fünf nach fünf heute Nachmittach, wat war da an",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="wat hab ick eijentlich für'n Musikjeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="uff wat für Mucke steh ick so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie ville Uhr hör ick meistens Mucke und an welchem Tach",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ick in letzter Zeit wen Neues entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="neue Künstler seit Oktober, jibt's da wat",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="wie oft skip ick eijentlich Lieder, Alter",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie ville hab ick diese Woche wegjeskippt",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="hör ick imma dieselben Lieder nochma und nochma",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie ville Tage am Stück hab ick jetze schon Mucke an",
        family="streak",
    ),
    Fresh(
        text="wann hab ick dit erste Mal Daft Punk jehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann lief Cafe Tacuba zuletzt",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hab ick dit letzte Mal The Daily jehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wat war dit letzte Lied, wa",
        family="last_song",
    ),
    Fresh(
        text="mit wat bin ick heute uffjewacht, musikmäßig",
        family="first_today",
    ),
    Fresh(
        text="wat war dit erste Lied vorjestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="am dritten November, wat lief da als erstet",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="wat lief als letztet am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="letztet Lied letzten Freitach, wat war dit",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welchet Lied skip ick am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler drück ick imma wech",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wat hab ick jetze dauernd uff Repeat",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl ma, wie war mein Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="jib ma 'ne Zusammenfassung vom letzten Sommer",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="wie war mein Monat so, Alter",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="hör ick mehr morjens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ick am Wochenende mehr Mucke als unter der Woche, oder ne",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel ma Daft Punk inne Küche",
    "mach die Mucke lauter, Alter",
    "wat läuft jetze inne Küche",
    "wat is dit für'n Lied",
    "nächstet Lied, wa",
    "Podcast ma anhalten",
    "Licht inne Küche aus",
    "spiel dit Album Discovery",
    "Lautstärke uff sechs",
    "Zufallswiedergabe an",
    "Wiederholen aus, dit nervt",
    "Küche und Laden zusammen beschallen, beide Boxen",
    "Timer uff zehn Minuten",
    "wie wird dit Wetter morjen",
    "Club-Mate uff die Einkaufsliste",
    "Heizung uff zweiundzwanzig",
    "wat hör ick jetze grade",
    "spiel ma The Daily",
    "leiser, Alter, die Kundschaft",
    "Mucke aus",
    "spiel wat von Queen im Wohnzimmer",
    "dit Lied nochma von vorne",
    "weiter mit dem Podcast",
    "überspring dit, keene Lust druff",
    "mach ma Radio an inne Küche",
    "wer singt dit hier",
]
