"""Writer 187, busy professional typing fast on a phone (Franconian, Nürnberg), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer wor mei Nummer eins Künsdler heuer",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hob i in letzter zeit am meisdn ghört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in der Küch, wer lief ledzdn Monat am meisdn",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="Ada ihr Lieblingskünstler die letzdn 30 Dag, wer is des",
        family="top_artists",
        period="last_30_days",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="mei drei meistgspielten Liedla seit Oktober",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="Lieblingslied vom Sommer, wos wor des gell",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="top fünf Lieder die ledzdn drei Monat",
        family="top_tracks",
        period="last_3_months",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welches Album hob i heuer am meisdn ghört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum überhaubt?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast läffd bei mir am meisdn diesn Monad",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="mei Podcast Nummer eins ledzdes Joahr",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="wie lang hob i heid scho ghört",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="wie lange lief bei uns gesdern Musigg",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="wieviel Stundn Podcast die ledzdn 7 Dag",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="wie lang hob i letzdn Sommer ghört insgsamt",
        family="listening_time",
        period="last_summer",
    ),
    # plays
    Fresh(
        text="wieviel Liedla hob i heid früh gspielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wieviel is am Samsdag insgsamt glaffn",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="wieviele Folgn hob i seit Mondag ghört",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wieviel verschiedne Künstler heuer",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Bands hob i im August ghört",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="wieviel verschiedne Lieder die Woch",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wie viele unterschiedliche Songs zwanzich fünfazwanzich",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="wie oft hob i Bohemian Rapsodie ghört diesn Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wieviel Queen lief heuer fei",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief The Daily ledzde Woch",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="hob i gesdern Daft Punk ghört",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="lief in letzter Zeit amol Justice",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Radiohead im Oktober, hob i des ghört?",
        family="did_i",
        period="october",
        name="Radiohead",
    ),
    Fresh(
        text="hamma vorgestern Air ghört",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
        person="we",
    ),
    # what_played
    Fresh(
        text="wos hob i gesdern Abend ghört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wos lief ledzdn Freidag",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="wos fir Musigg lief heid nachmiddag",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="letzte Nacht in der Küch, wos lief dou",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="wos lief gesdern Abend so gegen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heid früh um halb neun, wos wor des für a Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="vorgestern abends um neun wos lief dou",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="am 3. November um zwölfe mittags wos lief",
        family="playing_at",
        moment="2026-11-03 12:00",
    ),
    Fresh(
        text="heid nachmiddag Viertel nach fünf, wos wor des",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="wos hob i eigentlich fürn Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mei Geschmack amol, kurz bidde",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör i normalerweis, um wieviel Uhr so",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welchem Wochendag hör i am meisdn",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="neue Künsdler diesn Monad dabei?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hob i seit März neu entdeckt",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="wie oft skip i eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="mei Skiprate die Woch, schnell",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="wie oft hör i des gleiche nochamol, Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="repeat rate im September",
        family="repeat",
        period="september",
    ),
    # streak
    Fresh(
        text="wieviel Dag am Stück hob i etz scho ghört",
        family="streak",
    ),
    Fresh(
        text="mei Serie, wie lang geht die scho",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hob i Justice zum ersten mal ghört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Café Tacvba, wann wor des s erschde Mal",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wet Leg wann zum erschden Mal",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt Da Funk",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="wann hob i The Daily s ledzde mal ghört",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="wos wor s ledzde Lied des i gspielt hob",
        family="last_song",
    ),
    Fresh(
        text="letzter Song, welcher wor des gell",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit wos bin i heid aufgwacht",
        family="first_today",
    ),
    Fresh(
        text="erstes Lied heid?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wos wor des erschde Lied gesdern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="am Samsdag, mit wos hob i angfangt",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="wos wor des ledzde Lied ledzde Woch",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="mit wos hob i im September aufghört",
        family="last_in",
        period="september",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skip i am meisdn",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="des Lied wo i immer weiterdrück, welches is des",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler überspring i am öftesdn",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei wem drück i immer weiter, welche Band",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wos läffd bei mir grod in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches Lied kann i grod ned aufhörn zu spieln",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie wor mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick bidde, schnell",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib ma an Überblick über mei Hörn",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Rückblick auf unsre ledzde Woch, gell",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="hör i mehr in der früh oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="nachmiddags oder abends, wann hör i mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör i am Wochenend mehr als unter der Woch",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Werkdag oder Wochenend, wo hör i mehr fei",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küch",
    "mach die Musigg a weng lauder",
    "leiser bidde, i telefonier",
    "wos is des fir a Lied",
    "überspring des Lied",
    "Podcast pausiern",
    "nächsder Titel im Wohnzimmer",
    "Küchenlicht aus, bassd",
    "spiel des Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus, gell",
    "Timer zehn Minuden fürn Kaffee",
    "wie wird des Wedder morgn",
    "Milch auf die Einkaufslisde",
    "Heizung auf einazwanzich Grad",
    "wos hör i grod",
    "wos läffd etz in der Küch",
    "Küche und Wohnzimmer Lautsprecher zammschaldn",
    "spiel The Daily, die neueste Folge",
    "Musigg stopp",
    "weider",
    "Lautstärke vier in der Küch",
    "spiel wos von Queen, fei",
    "Wecker morgn um sieben",
    "des Lied bidde nochamol von vorn",
    "erinner mi um sechse an den Anruf",
]
