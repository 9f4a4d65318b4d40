"""Writer 373, eine 13-Jährige aus München (Jugendsprache mit Anglizismen), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Digga wer war letzte Woche mein meistgehörter Künstler",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="welche Band hör ich in letzter Zeit safe am meisten",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="meine Top 3 Künstler dieses Jahr, los",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="in der Küche wer läuft da eigentlich am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="was ist mein Lieblingslied diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welcher Song lief im Oktober am öftesten, ich bin komplett lost",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="sag mal meine fünf meistgehörten Songs seit März",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welches Album hab ich im Sommer am meisten gesuchtet",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mein Lieblingsalbum ever, was isses",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welchen Podcast feier ich in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was war mein Top-Podcast letztes Jahr",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="wie lange hab ich gestern Musik gehört",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich diese Woche gehört, sag ehrlich",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lang liefen Podcasts im August",
        family="listening_time",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="wie lange lief bei uns letztes Wochenende Mucke",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ich heute schon gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Streams hatte ich in den letzten 7 Tagen",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele Folgen hab ich seit Oktober gehört",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab ich im September gehört",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="wie viele Artists insgesamt, so ungefähr",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Songs hab ich letztes Jahr gehört",
        family="songs_count",
        period="last_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Lieder in den letzten drei Monaten",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="wie oft lief dance von justice diesen Monat",
        family="play_count",
        period="this_month",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="wie oft hab ich Queen in den letzten 30 Tagen gehört",
        family="play_count",
        period="last_30_days",
        name="Queen",
    ),
    Fresh(
        text="Nina Chuba, wie oft hab ich die dieses Jahr gehört",
        family="play_count",
        period="this_year",
        name="Nina Chuba",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Abend Daft Punk gehört",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="Apache 207 letzte Woche gehört? glaub nicht lol",
        family="did_i",
        period="last_week",
        name="Apache 207",
    ),
    Fresh(
        text="haben wir letzten Sommer Air gehört",
        family="did_i",
        period="last_summer",
        name="Air",
        person="we",
    ),
    Fresh(
        text="lief seit Montag eigentlich Phantom oder nicht",
        family="did_i",
        period="since_monday",
        name="Phantom",
    ),
    # what_played
    Fresh(
        text="was hab ich vorgestern so gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was lief bei uns am Samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Digga was hab ich heute Nachmittag für Musik gehört",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    # playing_at
    Fresh(
        text="was lief gestern Abend um Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="welcher Song kam heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="vorgestern um neun Uhr abends, was war das für ein Lied",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="wie würdest du meinen Musikgeschmack beschreiben, aber nicht cringe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="was für Musik feier ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel Uhr hör ich meistens Musik und an welchem Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wann hör ich am meisten, so tageszeitmäßig",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche neuen Artists kamen seit Oktober dazu",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="wie oft skippe ich eigentlich Lieder, lowkey viel oder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="meine Skip-Rate diesen Monat?",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="wie oft hör ich dieselben Songs nochmal, sei ehrlich",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie hoch ist meine Repeat-Rate dieses Jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ich schon Musik gehört",
        family="streak",
        content="music",
    ),
    Fresh(
        text="wie lang ist meine Streak grad",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten Mal cafe tacuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann hör ich eigentlich Around the World",
        family="first_play",
        name="Around the World",
    ),
    # last_play
    Fresh(
        text="wann lief Bohemian Rhapsody zuletzt",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wann hab ich das letzte Mal Moon Safari gehört",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="was war das letzte Lied, das ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem Song bin ich heute aufgewacht",
        family="first_today",
    ),
    Fresh(
        text="erster Song heute, welcher war das",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war mein erster Song gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="welches Lied hab ich letzten Freitag als erstes gehört",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="was war der letzte Song am 3. November",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="mit welchem Lied hab ich gestern Abend aufgehört",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="welchen Song skippe ich am meisten, voll cringe wahrscheinlich",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welcher Song läuft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches Lied kann ich grad nicht aufhören zu hören, Digga",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="sag mal, wie war so mein Monat musikmäßig",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="gib mir nen Rückblick auf letzte Woche",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="mein Jahr in Musik bitte, so wie Wrapped",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="erzähl mal wie der letzte Monat so war",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so Nachmittags- oder Nacht-Hörerin",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende vs unter der Woche, wann hör ich mehr Mucke",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hör ich an Schultagen mehr als am Wochenende",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Apache 207 in der Küche",
    "mach lauter Digga",
    "skip das Lied, voll cringe",
    "welcher Song ist das grad",
    "Podcast pausieren",
    "nächster Song bitte",
    "mach das Licht in der Küche aus",
    "stell nen Timer auf 12 Minuten für die Pizza",
    "wie wird das Wetter morgen",
    "schreib Nutella auf die Einkaufsliste",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "spiel das Album Discovery",
    "was hör ich gerade",
    "Lautstärke auf 30",
    "spiel Queen im Wohnzimmer",
    "mach die Musik leiser, meine Mutter nervt",
    "stopp die Musik",
    "verbinde den Küchenlautsprecher mit dem im Wohnzimmer",
    "Heizung auf 22 Grad",
    "spiel The Daily weiter",
    "wer singt das",
    "spiel was Chilliges zum Lernen",
    "weck mich morgen um sieben",
    "spiel dieses Lied nochmal",
]
