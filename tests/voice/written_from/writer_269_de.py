"""Writer 269, Berlin taxi driver, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="sag ma, wen hab ick dit Jahr am meisten jehört",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer war letzten Monat mein Künstler Nummer eins, wa",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="wat war'n bei uns letzte Woche die Top drei Bands",
        family="top_artists",
        period="last_week",
        count=3,
        person="we",
    ),
    # top_tracks
    Fresh(
        text="wat is denn mein Lieblingslied diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="die fünf Lieder, die ick am meisten jespielt hab, seit Oktober",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welches Album lief bei mir am meisten in der Küche",
        family="top_albums",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Lieblingsalbum im Sommer, wat war det",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welchen Podcast hör ick in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wat is mein Podcast Nummer eins, janz allgemein",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="wie lange lief jestern Musik",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie ville Stunden hab ick diese Woche jehört, so insjesamt",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lange hab ick Podcasts jehört in den letzten dreißig Tagen",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie ville Lieder hab ick heute schon jespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie oft wurde bei uns im Oktober wat abjespielt, insjesamt",
        family="plays",
        period="october",
        person="we",
    ),
    Fresh(
        text="wie ville Folgen hab ick letztes Jahr jehört",
        family="plays",
        period="last_year",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie ville verschiedene Künstler hab ick dit Jahr jehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie ville unterschiedliche Bands warn det in den letzten drei Monaten",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="wie ville verschiedene Lieder seit Montag",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="wat schätzte, wie ville unterschiedliche Songs hab ick im September jespielt",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="wie oft hab ick Bohemian Rhapsody jehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk diese Woche, kiek ma nach",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ick Radiohead jehört dit Jahr",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="wie oft lief One More Time von Daft Punk im August",
        family="play_count",
        period="august",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="hab ick jestern The Daily jehört",
        family="did_i",
        period="yesterday",
        name="The Daily",
    ),
    Fresh(
        text="lief in letzter Zeit wat von Justice",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="hab ick vorjestern Queen jehört oder nich",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="hatten wir am Wochenende wat von Air an",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="kiek ma, ob ick letzten Sommer Genesis jehört hab",
        family="did_i",
        period="last_summer",
        name="Genesis",
    ),
    # what_played
    Fresh(
        text="wat hab ick jestern Abend so jehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat lief heute früh",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="wat hab ick am dritten November jehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wat hat Ada letzte Woche so jehört",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="jestern um acht, wat lief da",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="wat lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wat war'n det für'n Lied heute um Viertel nach fünf nachmittags",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="wat hab ick eigentlich für'n Musikjeschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ick normalerweise Musik, so Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ick diesen Monat neue Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wer is'n in letzter Zeit neu dazujekommen bei mir",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="wie oft skip ick eigentlich Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war meine Skip-Rate letzten Monat",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="wie oft hör ick dieselben Lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie ville Tage hintereinander hab ick jetz schon Musik jehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ick Justice det erste Mal jehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann hör ick The Daily",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="wann lief det letzte Mal Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann hab ick zuletzt wat von Café Tacvba jehört",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hab ick zuletzt The Weeknd jehört",
        family="last_play",
        name="The Weeknd",
    ),
    # last_song
    Fresh(
        text="wat war det letzte Lied, det ick jespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit wat für'n Lied hab ick heute anjefangen",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wat war jestern det erste Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erstes Lied am Samstag, wat war det",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="wat lief als letztes letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="mit welchem Lied hab ick letzte Woche aufjehört",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skip ick am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Band überspring ick am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wat hab ick jrade für'n Lied in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="na, wie war mein Oktober so musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="mach ma 'n Jahresrückblick für mich",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fass ma zusammen, wie's letztes Jahr so lief mit Musik",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="hör ick mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="wochentags oder am Wochenende, wann läuft bei mir mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel ma Daft Punk in der Küche",
    "mach die Musik lauter",
    "mach ma leiser, det is ja nich auszuhalten",
    "wat läuft'n da jrade in der Küche",
    "wat is det für'n Lied",
    "nächstet Lied",
    "überspring det ma",
    "Podcast pausieren",
    "mach det Licht in der Küche aus",
    "spiel det Album Discovery",
    "Lautstärke auf zwanzig",
    "Zufallswiedergabe an",
    "wiederhol det Lied",
    "stell 'n Timer auf zehn Minuten",
    "wie wird det Wetter morjen",
    "setz Milch uff de Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad",
    "wat hör ick jrade",
    "spiel The Daily weiter",
    "verbind die Küche mit'm Lautsprecher im Wohnzimmer",
    "Musik aus",
    "spiel wat von Queen",
    "wer singt'n det hier",
    "mach ma Radio Eins an",
]
