"""Writer 254, fränkischer Rentner aus Nürnberg, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer wor denn heuer mei meistg'hörter Künstler, gell",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wos für a Band hob i letzte Woch am meisten g'hört",
        family="top_artists",
        period="last_week",
    ),
    # top_tracks
    Fresh(
        text="Sag amol, wos is denn mei Lieblingslied vom letzten Monat",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="die drei Lieder, die i seit März am öftesten g'hört hob, welche sin des",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in der Küch, wos für a Lied läfft do am meisten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welches Album hob i denn im Sommer am meisten laafen lassen",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mei Lieblingsalbum, wos wär'n des eigentlich",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welchen Podcast hör i denn in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wos wor letztes Johr mei Podcast Nummer eins",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="Wie lang hob i heut scho Musik g'hört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie lang lief bei uns in der Küch am Wochenend wos",
        family="listening_time",
        period="last_weekend",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wieviel Stund'n hob i denn im Oktober Podcasts g'hört",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wieviel Lieder sin denn heut früh g'laufen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft hob i in de letzten dreißig Täg wos o'g'macht, insgesamt",
        family="plays",
        period="last_30_days",
    ),
    # artists_count
    Fresh(
        text="Wieviel verschiedene Künstler hob i denn heuer g'hört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wieviel verschiedne Interpreten worn's im August, aweng ungefähr",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="wieviel verschiedne Lieder worn's denn letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Seit Montag, wieviel unterschiedliche Stückla hob i do g'hört",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="wie oft hob i denn Bohemian Rhapsody diesen Monat g'hört",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft is denn des Queen-Zeuch bei mir g'laufen heuer",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hob i denn den Dings, den Weeknd, g'hört",
        family="play_count",
        period="all_time",
        name="The Weeknd",
    ),
    # did_i
    Fresh(
        text="Hob i gestern Abend aweng Daft Punk g'hört",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="hob i jemals wos von Radiohead g'hört, i glaab fei ned",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Lief die Daily heut früh?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="Wos hob i denn vorgestern g'hört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wos hammer letzte Woch so g'hört bei uns",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Wos lief denn letzte Nacht",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="wos lief denn gestern so gegen Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Um halb neun heut früh, wos wor do dran",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="Wos hob i eigentlich für an Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wieviel Uhr hör i denn meistens wos, und an welchem Tog",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hob i in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wer is denn seit Oktober neu dazukumma bei mir",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="wie oft überspring i denn Lieder, so im Schnitt",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wieviel hob i in de letzten siebn Täg weitergedrückt",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="Hör i immer wieder des Gleiche, wie oft wiederhol i mi do",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wieviel Täg hintereinander hob i jetzt scho wos g'hört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob i des erste Mal Justice g'hört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann is denn des Da Funk bei mir drin, wann wor des erste Mal",
        family="first_play",
        name="Da Funk",
    ),
    # last_play
    Fresh(
        text="Wann hob i zuletzt Air g'hört",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="des Eres vom Café Tacvba, wann lief des des letzte Mal",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="Wos wor des letzte Lied, des i g'hört hob",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wos wor denn heut des erste Lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wos wor am Samstag des erste Lied",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="mit wos hob i am dritten November o'g'fangt",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="und wos lief am letzten Freitag als letztes",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Gestern, wos wor do des letzte Stückla",
        family="last_in",
        period="yesterday",
    ),
    # most_skipped
    Fresh(
        text="welches Lied überspring i am öftesten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Bei welchem Künstler drück i am meisten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wos für a Lied hob i grod in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Na, dann erzähl hold amol, wie wor mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="wie wor mei Johr so, musikmäßig",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Gib mer amol an Überblick über mei Hörerei vom letzten Sommer",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr in der Früh oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Samstag und Sonntag, hör i do mehr als werktags? Sag's mer halt, bassd scho",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel amol Daft Punk in der Küch",
    "mach die Musik aweng lauter",
    "wos läfft denn grod in der Küch",
    "wos is des für a Lied",
    "des Lied überspringen, gell",
    "halt amol den Podcast o",
    "nächstes Lied im Wohnzimmer",
    "mach des Licht in der Küch aus",
    "spiel des Album Discovery",
    "Lautstärke auf fünf",
    "mach's fei leiser, des is ja z'laut",
    "Zufallswiedergabe an",
    "des Lied wiederholen",
    "Küch und Wohnzimmer zamm abspielen",
    "stell an Wecker auf zehn Minuten für die Bratwürscht",
    "wie wird's Wetter morgen in Nürnberg",
    "schreib Schäufele auf die Einkaufsliste",
    "dreh die Heizung auf zweiazwanzig Grad",
    "wos hör i denn grod jetzt",
    "spiel die neueste Folge von The Daily",
    "mach die Musik aus",
    "weiter spielen bitte",
    "spiel Queen, aber laut",
]
