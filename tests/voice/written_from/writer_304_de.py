"""Writer 304, a Berlin taxi driver (Berlinerisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sag ma, wen hab ick dit Jahr am meisten jehört?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wer warn meine drei Top-Künstler letzten Monat, wa?",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="Mensch, wer lief'n in letzter Zeit bei mir am häufigsten, so Band mäßig",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Inne Küche, wer läuft da am meisten, Künstler jetz",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="wer war im september mein künstler nummer eens",
        family="top_artists",
        period="september",
    ),
    # top_tracks
    Fresh(
        text="Wat is'n mein Lieblingslied, so insjesamt jesehn",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Meine fünf meistjespielten Lieder diese Woche, ma her damit",
        family="top_tracks",
        period="this_week",
        count=5,
    ),
    Fresh(
        text="Welchet Lied lief im Oktober am meisten?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Wat war'n mein Lied des Monats, Keule",
        family="top_tracks",
        period="this_month",
    ),
    # top_albums
    Fresh(
        text="Welchet Album hab ick am meisten uffjelecht, so allet in allem",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum im Sommer, wat war dit nochma",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör ick am meisten, sach ma",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wat war dit Jahr mein Podcast Nummer eens",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief heute Musik bei mir, so in Stunden",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie ville Zeit hab ick letzte Woche mit Podcasts vertrödelt",
        family="listening_time",
        period="last_week",
        content="podcasts",
    ),
    Fresh(
        text="Wie lange ham wa letzten Monat inne Küche Musik jehört",
        family="listening_time",
        period="last_month",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie ville stunden musik warn dit zwanzichfünfundzwanzich",
        family="listening_time",
        period="in_2025",
        content="music",
    ),
    Fresh(
        text="In den letzten zwee Wochen, wie lange hab ick da so jehört, Pi mal Daumen",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="Wie ville Lieder hab ick heute schon jespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie oft lief vorjestern überhaupt wat, insjesamt",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Letzte sieben Tage, wie ville Lieder warn dit",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie ville verschiedene Künstler hab ick seit März jehört",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="Mit wie vielen unterschiedlichen Bands hatt ick's dit Jahr zu tun",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="Wie ville verschiedene Lieder warn dit so in den letzten dreißich Tagen",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ick dit Jahr Bohemian Rhapsody jespielt, sach ehrlich",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie ville Queen hatt ick diesen Monat druff",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="The Daily, wie oft lief der seit Montach",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft hab ick eigentlich Die Ärzte jehört",
        family="play_count",
        period="all_time",
        name="Die Ärzte",
    ),
    Fresh(
        text="wie oft lief eigentlich dance von justice so in den letzten drei monaten",
        family="play_count",
        period="last_3_months",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="Hab ick jestern Daft Punk jehört?",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Lief heute früh The Daily, oder nich",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Justice letzte Woche, hab ick da wat von jehört?",
        family="did_i",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="Ham wa letztet Wochenende Air jehört, wa?",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="Hab ick dit Jahr ma Seeed jehört, die Jungs aus'm Kiez",
        family="did_i",
        period="this_year",
        name="Seeed",
    ),
    Fresh(
        text="Seit Oktober, irjendwat von Queen jehört?",
        family="did_i",
        period="since_october",
        name="Queen",
    ),
    # what_played
    Fresh(
        text="Wat hab ick jestern Abend so jehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wat lief'n am Sonnabend bei mir",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Wat ham wa im August so jehört",
        family="what_played",
        period="august",
        person="we",
    ),
    Fresh(
        text="Heute Nachmittach, wat hatt ick da so an",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="Wat lief'n jestern so um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heute früh um halb neun, wat war dit fürn Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat lief um zehn nach fünf heute Nachmittach",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Vorjestern Abend um neune, wat hatt ick da an",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="Wat hab ick eigentlich fürn Musikjeschmack, sach ma ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie würdste meinen Jeschmack beschreiben, so in zwee Sätzen",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ick meistens Musik, so Uhrzeit und Wochentach",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hab ick diesen Monat wen Neuet entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Künstler warn letztet Jahr neu bei mir",
        family="new_artists",
        period="last_year",
    ),
    # skips
    Fresh(
        text="Wie oft skip ick eigentlich Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie ville hab ick diese Woche weiterjedrückt, so Quote mäßig",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Hör ick immer dieselben Lieder, wie hoch is'n da die Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie ville Tage am Stück hab ick jetz schon wat jehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ick Café Tacuba zum ersten Mal jehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Seit wann is'n Justice bei mir überhaupt drin, wann lief dit zum ersten Mal",
        family="first_play",
        name="Justice",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann hab ick dit letzte Mal Daft Punk jehört",
        family="last_play",
        name="Daft Punk",
    ),
    # last_song
    Fresh(
        text="Wat war dit letzte Lied, wat ick jespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit wat fürn Lied bin ick heute in'n Tach jestartet",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Erstet Lied jestern, wat war dit",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Wat war dit erste Lied letzten Freitach",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Wat lief letzte Nacht als Letztet",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Letztet Lied am dritten November?",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="Welchet Lied skip ick am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler drück ick am häufigsten wech",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wat läuft bei mir die letzten Tage in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Welchet Lied krieg ick nich ausm Kopp, ick spiel dit ja ständig",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl ma, wie war mein Oktober so",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick bitte, aba zackig",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Jib ma ne Zusammenfassung von meiner Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Rückblick uff letzten Sommer, wie war der so",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ick mehr morjens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör ick am Wochenende mehr als unter der Woche, nach Feierabend und so",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel ma Daft Punk inne Küche",
    "Mach ma lauter, Keule",
    "Leiser, dit dröhnt ja",
    "Wat läuft'n da jrade inne Küche",
    "Wat is'n dit fürn Lied",
    "Weiter, dit Lied nervt",
    "Podcast ma anhalten",
    "Nächstet Lied im Wohnzimmer",
    "Licht inne Küche aus",
    "Spiel dit Album Discovery",
    "Wat hör ick jrade",
    "Stell ma 'n Timer uff zehn Minuten für die Buletten",
    "Wie wird'n dit Wetter morjen in Berlin",
    "Schrippen uff die Einkaufsliste",
    "Heizung uff einundzwanzich Grad",
    "Zufallswiedergabe an",
    "Dit Lied in Dauerschleife stellen",
    "Küche und Wohnzimmer zusammen abspielen",
    "Musik aus, ick will pennen",
    "Spiel The Daily weiter",
    "Lautstärke uff fünf",
    "Spiel ma wat von Queen",
    "Weck mich um vier, ick hab Frühschicht",
    "Zurück zum letzten Lied",
]
