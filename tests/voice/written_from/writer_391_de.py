"""Writer 391, ein Schwabe aus Tübingen, 70, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer isch denn mei Lieblingskünschtler des Johr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hanni in letzter Zeit am meischte g'hört, gell",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="sag amol, welche drei Bands hanni überhaupt am meischte g'hört",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="was war mei Liedle vom Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welches Lied hanni letscht Woch am öftschte g'spielt",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="in der Küche, welches Stückle lauft do am meischte",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welches Album hanni seit März am meischte g'hört",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="was isch mei Lieblingsplatte, so überhaupt",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welchen Podcascht hör i am liebschte",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welcher Podcast isch des Johr bei mir vorne",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="wie lang isch heit scho Musik g'laufe",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunde hanni letschte Monat g'hört",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wie lang hen mir am letschte Wochenend Musik g'hört",
        family="listening_time",
        period="last_weekend",
        person="we",
        content="music",
    ),
    # plays
    Fresh(
        text="wie viel Liedle hanni heit g'spielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Folge vom Podcast hanni im September g'hört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie oft isch bei mir was g'laufe die letschte sieben Täg",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künschtler hanni des Johr g'hört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel unterschiedliche Sänger warets im Auguscht",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder hanni seit Oktober g'hört",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="wie viel verschiedene Stückle warets die letschte drei Monat",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="wie oft hanni Bohemian Rhapsody des Johr g'hört",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft isch Queen letscht Woch g'laufe",
        family="play_count",
        period="last_week",
        name="Queen",
    ),
    Fresh(
        text="den The Daily, wie oft hanni den seit Montag g'hört",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="wie oft hanni Radiohead g'hört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="hanni geschtern Daft Punk g'hört",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="hen mir im Oktober amol Air g'hört",
        family="did_i",
        period="october",
        name="Air",
        person="we",
    ),
    Fresh(
        text="isch heit Morge The Daily g'laufe, gell",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hanni zwanzig fünfundzwanzig Cafe Tacuba g'hört",
        family="did_i",
        period="in_2025",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="was hanni geschtern Obend g'hört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was isch vorgeschtern bei mir g'laufe",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was für Musik hanni am Samstag g'hört",
        family="what_played",
        period="saturday",
        content="music",
    ),
    # playing_at
    Fresh(
        text="was isch geschtern Obend um Viertel nach acht g'laufe",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heit früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="um Viertel nach fünfe heit Nachmittag, was war des für a Liedle",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="was hanni eigentlich für en Musikg'schmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="was für Musik mag i so, sag amol",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel Uhr hör i normalerweis Musik, und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wann hör i denn am meischte, so vom Tag her",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hanni diesen Monat was Neus entdeckt, en neue Künschtler",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Bands hanni letschte Sommer zum erschte Mol g'hört",
        family="new_artists",
        period="last_summer",
    ),
    # skips
    Fresh(
        text="wie oft überspring i Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hanni in de letschte dreißig Täg übersprunge",
        family="skips",
        period="last_30_days",
    ),
    # repeat
    Fresh(
        text="hör i immer die gleiche Liedle, gell, wie oft wiederhol i die",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch isch mei Wiederholungsquote die letschte zwei Woche",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="wie viele Täg am Stück hanni jetzt Musik g'hört",
        family="streak",
    ),
    Fresh(
        text="wie lang isch mei Serie, so Täg hinternander",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hanni Justice zum erschte Mol g'hört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann isch des Digital Love bei mir drin, wann war des erschte Mol",
        family="first_play",
        name="Digital Love",
    ),
    # last_play
    Fresh(
        text="wann hanni des letschte Mol Queen g'hört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann isch Moon Safari zuletscht g'laufe",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="wann hanni zuletscht Wet Leg g'hört",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="was war des letschte Liedle, wo i g'hört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem Lied hanni heit den Tag ang'fange",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war des erschte Lied am letschte Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was hanni am dritte November als erschtes g'hört",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="was war des letschte Stückle geschtern",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hanni letschte Nacht aufg'hört",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welches Lied überspring i am meischte",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künschtler drück i am öftschte weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Liedle hör i grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="was isch grad mei Ohrwurm, wo i ständig spiel",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl amol, wie war mei Woch musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gib mir en Rückblick auf mei Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="sag amol, wie war des letscht Johr so mit de Musik, en Rückblick halt",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="hör i mehr am Morge oder am Obend",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör i am Wochenend mehr Musik als unter der Woch",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "mach d'Musik a bissle lauter",
    "was lauft grad in der Küche",
    "was isch des für a Liedle grad",
    "überspring des Lied, gell",
    "halt den Podcast amol an",
    "nächschtes Lied im Wohnzimmer",
    "mach des Licht in der Küche aus",
    "spiel des Album Discovery",
    "leiser, des isch mir z'laut",
    "mach Zufallswiedergabe an",
    "wiederhol des Liedle nomol",
    "verbind den Küchenlautsprecher mit dem im Wohnzimmer",
    "stell en Wecker auf zehn Minute für d'Spätzle",
    "wie wird's Wetter morge in Tübinge",
    "schreib Maultasche auf d'Einkaufslischt",
    "stell d'Heizung auf einundzwanzig Grad",
    "was hör i grad",
    "spiel The Daily ab",
    "mach d'Musik aus, s'isch Ruh",
    "spiel a bissle Queen",
    "weiter mit der Musik",
]
