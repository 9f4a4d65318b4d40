"""Writer 405, ein Kieler Student, 22, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="moin, wer war so mein Künstler Nummer eins letzten Monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Digga, welche Band hab ich in letzter Zeit am meisten gehört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in der Küche, wer läuft da eigentlich am meisten, so Künstler mäßig",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="was war so mein Song des Sommers",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="nenn mir ma meine drei meistgehörten Lieder dieses Jahr",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="welches Lied lief zweitausendfünfundzwanzig bei mir am häufigsten",
        family="top_tracks",
        period="in_2025",
    ),
    # top_albums
    Fresh(
        text="welches Album hab ich seit Oktober am meisten laufen lassen",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="was is so mein Lieblingsalbum, ne",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welchen Podcast hör ich eigentlich am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welcher Podcast lief letzten Sommer bei mir am meisten",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="wie lange lief gestern Musik bei uns",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viele Stunden hab ich diese Woche so gehört",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lang hab ich im August Podcasts gehört",
        family="listening_time",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="seit Montag, wie lange hab ich da insgesamt gehört",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ich heute schon gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich in den letzten dreißig Tagen so abgespielt, also Anzahl",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele Songs liefen bei mir die letzten sieben Tage",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab ich im September gehört",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="wie viele Bands hab ich letztes Jahr so gehört, also verschiedene",
        family="artists_count",
        period="last_year",
    ),
    # songs_count
    Fresh(
        text="Digga wie viele unterschiedliche Songs hab ich letzte Woche gehört",
        family="songs_count",
        period="last_week",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody dieses Jahr gehört",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk bei mir im Oktober",
        family="play_count",
        period="october",
        name="Daft Punk",
    ),
    Fresh(
        text="seit März, wie oft hab ich Genesis gehört",
        family="play_count",
        period="since_march",
        name="Genesis",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Abend Justice gehört",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="lief vorgestern büschen Air?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="hab ich jemals Radiohead gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Phantom von Justice, lief das in den letzten zwei Wochen mal",
        family="did_i",
        period="last_2_weeks",
        name="Phantom by Justice",
    ),
    # what_played
    Fresh(
        text="was hab ich heute Morgen so gehört",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was lief letzte Nacht bei mir",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was hat Ada am dritten November gehört",
        family="what_played",
        period="november_3",
        person="Ada",
    ),
    Fresh(
        text="sag ma, was lief heut Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="was lief gestern Abend so gegen Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="sag ma, was für'n Geschmack hab ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich normalerweise, so Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="zu welcher Uhrzeit hör ich meistens Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="hab ich diesen Monat neue Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich in den letzten drei Monaten neu für mich entdeckt",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft skippe ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viele Lieder hab ich letzten Monat übersprungen",
        family="skips",
        period="last_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="hör ich oft dieselben Lieder immer wieder, so Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie sehr wiederhol ich mich so in den letzten dreißig Tagen",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander hab ich jetzt schon was gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten Mal Café Tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann hab ich das letzte Mal The Daily gehört",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="was war das letzte Lied, das ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="womit bin ich heute in den Tag gestartet, so erstes Lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war das erste Lied letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="womit hab ich diese Woche angefangen, erster Song",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="womit hab ich am Samstag aufgehört, letztes Lied",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="was war der letzte Song gestern Abend",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skip ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler überspring ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was läuft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welchen Song hab ich grad safe auf Dauerrepeat, Digga",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl ma, wie war mein Jahr so, hörtechnisch",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mir ma 'n Rückblick aufs letzte Wochenende",
        family="recap",
        period="last_weekend",
    ),
    Fresh(
        text="moin, fass mir ma meinen Oktober zusammen",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so'n Nachmittags- oder Nachthörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="läuft bei mir unter der Woche mehr oder am Wochenende",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "moin, spiel ma Daft Punk in der Küche",
    "mach die Musik ma büschen lauter",
    "was läuft grad in der Küche",
    "was is das für'n Lied, Digga",
    "skip ma das Lied",
    "Podcast pausieren",
    "nächster Song im Wohnzimmer",
    "mach ma das Licht in der Küche aus",
    "spiel das Album Discovery",
    "Lautstärke auf vierzig",
    "mach ma Zufallswiedergabe an",
    "Wiederholung aus, nich",
    "verbinde die Küche mit dem Wohnzimmer Lautsprecher",
    "stell 'n Timer auf zehn Minuten, Nudeln sind drin",
    "wie wird das Wetter morgen in Kiel",
    "schreib Hafermilch auf die Einkaufsliste",
    "stell die Heizung auf einundzwanzig Grad",
    "was hör ich grad eigentlich",
    "spiel The Daily in der Küche",
    "mach ma leiser, mein Mitbewohner pennt",
    "stopp die Musik",
    "spiel ma was Entspanntes zum Lernen",
    "geh zum vorherigen Lied zurück",
    "weck mich morgen um sieben",
    "regnet's heute noch an der Förde",
]
