"""Writer 229, Berliner Taxifahrer, fragt schnell zwischen zwei Fahrten, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sag ma, wer war'n mein Künstler Nummer eins diesen Monat, wa?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Band hab ick in letzter Zeit rauf und runter jehört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Top fünf Künstler letztet Jahr, ma schnell",
        family="top_artists",
        period="last_year",
        count=5,
    ),
    # top_tracks
    Fresh(
        text="Wat war denn mein Lieblingslied dit Jahr?",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="Nenn ma meine drei meistjehörten Lieder letzten Monat",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="Letzten Sommer, wat war da mein meistjespieltet Lied, wa?",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="Welchet Album lief bei mir im Sommer am meisten",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="seit Oktober, welche Platte hab ick am meisten uffjelegt",
        family="top_albums",
        period="since_october",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör ick am meisten, janz allgemein",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="die letzten sieben Tage, welcher Podcast lief da am meisten",
        family="top_podcasts",
        period="last_7_days",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief jestern Musik?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie ville Stunden hab ick diese Woche jehört, wa?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie lange hatten wa letzte Woche Podcasts an",
        family="listening_time",
        period="last_week",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="in den letzten dreißig Tagen, wie lange hab ick da insjesamt jehört",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="Heute Nachmittag, wie lange lief da Musik",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    # plays
    Fresh(
        text="Wie ville Lieder hab ick heute jespielt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie oft lief überhaupt wat seit Montag",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wie ville Folgen hab ick die letzten drei Monate jehört",
        family="plays",
        period="last_3_months",
        content="podcasts",
    ),
    Fresh(
        text="letztet Wochenende, wie ville Lieder ham wa da jespielt",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="Wie ville verschiedene Künstler hab ick dit Jahr jehört",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="Wie ville unterschiedliche Lieder warn det im Oktober, wa?",
        family="songs_count",
        period="october",
    ),
    Fresh(
        text="seit März, wie ville verschiedene Songs",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ick Bohemian Rhapsody diesen Monat jespielt",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie ville Queen hatt ick letzte Woche an",
        family="play_count",
        period="last_week",
        name="Queen",
    ),
    Fresh(
        text="Da Funk, wie oft lief dit zwanzichfünfundzwanzig",
        family="play_count",
        period="in_2025",
        name="Da Funk",
    ),
    # did_i
    Fresh(
        text="Hab ick jestern Daft Punk jehört?",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Justice in letzter Zeit, lief da wat?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Ham wa vorjestern The Daily jehört",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Hab ick jemals Radiohead jehört, wa?",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="heute früh The Daily, hab ick die Folge jehört",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="Wat hab ick jestern Abend so jehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wat lief denn am Sonnabend in der Küche",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="Wat hat Ada letzte Woche jehört",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="im September, wat hab ick da so anjehabt",
        family="what_played",
        period="september",
    ),
    Fresh(
        text="letzte Nacht, wat lief da so",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="Wat lief jestern so jejen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh um halb neun, wat war dit für'n Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat lief heute um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Wat für Musik hör ick eigentlich so, sag ma",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie ville Uhr hör ick meistens, und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ick in letzter Zeit wen Neuet entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler hab ick diesen Monat zum ersten Mal jehört",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Wie oft skipp ick eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="letzten Monat, wie ville hab ick da übersprungen",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Hör ick ständig dit Gleiche nochma? Wie hoch is die Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie ville Tage am Stück hab ick jetz schon jehört, wa?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ick Justice zum ersten Mal jehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="cafe tacuba, seit wann is dit bei mir drin, so det erste Mal",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Wann lief Queen dit letzte Mal",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Wann hab ick zuletzt The Weeknd jehört",
        family="last_play",
        name="The Weeknd",
    ),
    # last_song
    Fresh(
        text="Wat war det letzte Lied, wat ick jespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wat war heute det erste Lied, wa?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Mit wat hab ick jestern anjefangen, erstet Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Erstet Lied am dritten November?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Wat war det letzte Lied letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Womit hab ick vorjestern uffjehört",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="Welchet Lied überspring ick am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler skipp ick am häufigsten, sag ma",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welchet Lied hör ick zur Zeit in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welchen Song kann ick momentan nich lassen, den spiel ick doch ständig",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl ma, wie war mein Oktober musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jib ma 'ne Zusammenfassung von meinem Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war meine Woche so, musikmäßig, wa?",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ick morgens oder abends mehr, wa?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör ick am Wochenende mehr Musik als unter der Woche",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel ma Daft Punk in der Küche",
    "Mach ma die Musik lauter, wa",
    "Leiser, det is zu laut",
    "Wat läuft da jrade in der Küche",
    "Wat is dit für'n Lied",
    "Überspring dit Lied",
    "Mach ma Pause beim Podcast, ick muss los",
    "Nächstet Lied in der Küche",
    "Mach det Licht in der Küche aus",
    "Spiel det Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus, dit nervt",
    "Stell 'n Timer uff zehn Minuten",
    "Wie wird det Wetter nachher",
    "Schreib Milch uff die Einkaufsliste",
    "Heizung uff zweiundzwanzig Jrad",
    "Wat hör ick jrade",
    "Lautstärke uff fünf",
    "Spiel die neuste Folge von The Daily",
    "Verbind den Küchenlautsprecher mit'm Wohnzimmer",
    "Spiel ma wat von Queen",
    "Stopp die Musik",
    "Weck mich morjen um fünf",
    "Zurück zum vorijen Lied",
    "Wer singt dit hier jrade",
    "Mach ma Radio an in der Küche",
]
