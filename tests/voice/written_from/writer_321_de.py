"""Writer 321, a Franconian (Fränkisch) baker from Nuremberg, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="sooch amol, wer war denn mei Nummer eins Künstler den Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wos für a Band hob i letzt Woch am meisten ghört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="welche drei Künstler hamm mir im Oktober am meisten ghört",
        family="top_artists",
        period="october",
        count=3,
        person="we",
    ),
    Fresh(
        text="wer lief bei mir die letzten drei Monat am öftesten",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="wos is denn mei Lieblingsliedla des Johr",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="die fünf meistgspielten Lieder seit März bittschön",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="in der Küchn, wos für a Lied läuft da am öftesten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welches Album hob i im Sommer am meisten laufen lassen",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mei meistghörts Album überhaupt, wos is des",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast is etz grod mei Favorit in letzter Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="welchen Podcast hob i letzts Johr am meisten ghört",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="wie lang hob i heid scho Musik ghört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wieviel Stunden hamm mir letzt Woch Musik laufen ghabt",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie lang lief bei mir der Podcast die Woch",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wie lang hat denn die Ada gesdern ghört",
        family="listening_time",
        period="yesterday",
        person="Ada",
    ),
    # plays
    Fresh(
        text="wieviel Liedla hob i heid in der Frieh ghört",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wieviel Folgen Podcast warn des im September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie oft is insgesamt wos gloffen die letzten siebn Dooch",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="wieviel verschiedene Künstler hob i des Johr ghört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel unterschiedliche Bands warn des seit Oktober",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder hob i im Auguscht ghört",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="wieviel verschiedne Stückla warn des die letzten dreißich Dooch",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="wie oft hob i Bohemian Rhapsody den Monat ghört",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief'n Daft Punk seit Montooch",
        family="play_count",
        period="since_monday",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hob i die Spider Murphy Gang ghört",
        family="play_count",
        period="all_time",
        name="Spider Murphy Gang",
    ),
    # did_i
    Fresh(
        text="hob i gesdern Justice ghört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hamm mir am Wochenend wos vo Queen ghört",
        family="did_i",
        period="last_weekend",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="lief heid frieh eigentlich The Daily oder ned",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hob i des Johr amol Haindling ghört",
        family="did_i",
        period="this_year",
        name="Haindling",
    ),
    # what_played
    Fresh(
        text="wos hob i gesdern auf d'Nacht ghört, so ab sechse",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wos lief bei uns am Samsdooch",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="erzähl amol, wos hob i vorgesdern ghört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wos hat die Ada heid Nachmiddooch ghört",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    Fresh(
        text="wos lief'n letzte Nacht",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="wos lief gesdern um Viertel nach achte auf d'Nacht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="heid frieh um halb neun, wos war des für a Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="vorgesdern um neune am Omd wos hob i da ghört",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="wos lief am Samsdooch um zwölfe Middooch",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="wos hob i eigentlich für an Musikgschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mir amol mein Gschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wieviel Uhr hör i normalerweis am meisten, und an welchem Dooch",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wann hör i denn meistens so",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hob i in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Bands warn den Monat neu für mi",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft überspring i eigentlich Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is mei Skiprate die Woch",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="hör i oft die gleichen Lieder immer widder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is mei Wiederholungsrate seit Oktober",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="wieviel Dooch hintereinander hob i etz scho ghört",
        family="streak",
    ),
    Fresh(
        text="wie lang is mei Serie, so Dooch am Stück",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hob i des erste Mal Air ghört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="seit wann is'n Café Tacvba bei mir drin, wann war des erste Mal",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann hob i zuletzt Don't Stop Me Now ghört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann lief des letzte Mal The Daily",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="wos war des letzte Lied, des i ghört hob",
        family="last_song",
    ),
    Fresh(
        text="wie hieß'n des letzte Stückla wo glaufen is",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wos war heid des erste Lied",
        family="first_today",
    ),
    Fresh(
        text="mit wos hob i heid in der Frieh ogfangt",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wos war des erste Lied gesdern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit wos hob i letzten Freidooch ogfangt",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="des erste Liedla am dritten November, wos war des",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="wos war des letzte Lied am Samsdooch",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="mit wos hob i gesdern aufghört",
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
        text="welchen Künstler drück i am meisten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wos hob i grod in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches Lied ko i etz grod ned lassen",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl amol, wie war mei Woch musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="mach mer an Rückblick auf mei Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war'n unser letzter Monat so, mit der Musik",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="gib mer a Zusammenfassung vo meim Hörn",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="allmächd, wie war'n eigentlich letzter Sommer bei mir",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="hör i mehr in der Frieh oder auf d'Nacht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="frieh oder nachmiddoochs, wann läuft bei mir mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör i am Wochenend mehr wie unter der Woch",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="werktags oder am Wochenende, wann hör i mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küchn",
    "mach die Musik a weng lauter",
    "leiser bittschön",
    "nächstes Lied",
    "wos is des für a Lied",
    "überspring des Lied",
    "pausier den Podcast",
    "mach des Licht in der Küchn aus",
    "spiel des Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "stell an Timer auf zwanzg Minuten für die Brezn",
    "wie werd des Wetter morgn frieh in Nürnberg",
    "setz Mehl auf die Einkaufsliste",
    "mach die Heizung auf zwanzig Grad",
    "wos hör i grod",
    "Lautstärke auf fünf",
    "verbind den Küchnlautsprecher mit dem im Wohnzimmer",
    "spiel The Daily weiter",
    "stopp die Musik",
    "weck mi um halb drei",
    "spiel Bayern drei",
    "wos läuft grod in der Küchn",
    "spiel wos vo Queen",
    "wie spät is'n",
    "spul a Stückla zurück",
]
