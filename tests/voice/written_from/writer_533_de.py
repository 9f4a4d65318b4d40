"""Writer 533, eine wortkarge Bäckerin aus dem Allgäu, früh um vier in der Backstube, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer isch diesen Monat am meischte glaufe?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Mei Künstler vom letzte Johr?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Welche Band hob i in letzter Zeit rauf und runter ghört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="In der Küch, wer lauft do am meischte",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Lieblingslied die Woch?",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="Sag amol, die drei meischt gspielte Lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Welches Lied lief im August am öftesten",
        family="top_tracks",
        period="august",
    ),
    # top_albums
    Fresh(
        text="Welches Album lief heuer am meischte",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum seit März?",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast war letzten Monat vorn",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="Mei Podcast Nummer eins, überhaupt",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="Wia lang lief heit scho Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viel Stund hob i gestern ghört",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="Wia lang lief in der Küch die letzte sieben Täg",
        family="listening_time",
        period="last_7_days",
        room="kitchen",
    ),
    Fresh(
        text="Podcast, wie lang insgesamt im September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viel Lieder heut früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viel Folge vom Podcast im Oktober",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel isch bei uns letzte Woch glaufe",
        family="plays",
        period="last_week",
        person="we",
    ),
    # artists_count
    Fresh(
        text="Wie viel verschiedene Künstler heuer",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wieviel Bands insgesamt, grob",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="Wie viel verschiedene Lieder seit Montag",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Verschiedene Stückle die letzte drei Monat, wie viel",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="Wie oft lief Queen diesen Monat",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="Bohemian Rhapsody, wie oft überhaupt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief Hubert von Goisern heuer",
        family="play_count",
        period="this_year",
        name="Hubert von Goisern",
    ),
    # did_i
    Fresh(
        text="Hob i gestern Air ghört?",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="Lief vorgestern Justice?",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="Heut früh The Daily ghört oder ned",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hen mir letzte Woch Daft Punk ghört",
        family="did_i",
        period="last_week",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="Hob i im Sommer LaBrassBanda ghört",
        family="did_i",
        period="summer",
        name="LaBrassBanda",
    ),
    # what_played
    Fresh(
        text="Was lief gestern z'Obend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was hob i am Samstag ghört",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Letzte Nacht, was lief do",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was hot d'Ada heut Nachmittag ghört",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern um Viertel vor acht am Obend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heut früh um halb neun, was war do dran",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was lief vorgestern um zwölfe mittags",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="Was für a Musik mog i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie tätsch mein Gschmack beschreibe",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör i meischtens, Uhrzeit und Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Zu welcher Stund lauft bei mir am meischte",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Neue Künstler diesen Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Hob i in de letzte zwei Woche wen Neues entdeckt",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="Wie oft überspring i",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hob i weggedrückt, die letzte dreißig Täg",
        family="skips",
        period="last_30_days",
    ),
    # repeat
    Fresh(
        text="Hör i oft des Gleiche nochmal",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft wiederhol i Lieder, heuer",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viel Täg am Stück hob i jetzt ghört",
        family="streak",
    ),
    Fresh(
        text="Mei Serie, wie lang isch die grad",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob i Café Tacvba zum erschte Mol ghört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Don't Stop Me Now, wann war des s'erschte Mol",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    # last_play
    Fresh(
        text="Wann lief zletscht Daft Punk",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="The Daily, wann hob i des s'letzte Mol ghört",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Was war des letzte Lied",
        family="last_song",
    ),
    Fresh(
        text="Welches Stückle lief als letztes",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit was hob i heut ogfange",
        family="first_today",
    ),
    Fresh(
        text="Erschtes Lied heut?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Erschtes Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Am dritte November, was lief do als erschtes",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Was war des letzte Lied am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Womit hob i letzten Freitag aufghört",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied drück i am meischte weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Wen überspring i am meischte",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hör i dieser Täg in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Was lauft bei mir grad rauf und runter, welches Lied",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Wie war mei Woch, musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Rückblick aufs letzte Johr, kurz",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="Fass mir zwanzig fünfundzwanzig zamm",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="Erzähl, wie war letzter Sommer",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="Seit Oktober, wie isch's glaufe, Überblick",
        family="recap",
        period="since_october",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr in der Früh oder am Obend",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Unter der Woch mehr oder am Wochenend",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel Queen in der Küch",
    "Lauter",
    "Leiser, bitte",
    "Des Lied überspringe",
    "Podcast pausiere",
    "Was isch des für a Lied",
    "Was lauft grad",
    "Nächstes Lied",
    "Zufallswiedergabe o",
    "Des Lied wiederhole",
    "Timer auf zwölf Minute",
    "Wie wird's Wetter heut in Kempten",
    "Mehl auf d'Einkaufsliste",
    "Licht in der Küch aus",
    "Küch und Backstube zamm gruppiere",
    "Spiel The Daily",
    "Spiel des Album Discovery",
    "Musik aus",
    "Heizung auf zwanzig Grad",
    "Wecker um halb vier",
    "Lautstärke auf drei in der Küch",
    "Weiter mit dem Podcast",
    "Wer singt des grad",
]
