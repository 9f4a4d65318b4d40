"""Writer 484, ein Franke aus Nürnberg (Fränkisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer is edz heier mei Kinstler Nummer eins, sooch amol",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hob i leddsde Wochn am meisdn gheerd",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer woar zwanzich fünfazwanzich mei Nummer eins",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="welche Gruppn hob i die leddsdn zwaa Wochn am meisdn gheerd, gell",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="wos woar denn mei Lieblingsliedla im Oggdober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="die drei Liedla, die i am meisdn gspield hob, welche sin des",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in der Kich, welches Lied lief da leddsdn Monad am meisdn",
        family="top_tracks",
        period="last_month",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welche Bladdn hob i heier am meisdn laafn lassn",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mei Lieblingsalbum im Summer, wos woar des fei",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="wos is fei mei Bodcasd, den i am meisdn hör",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welcher Podcast is in letzter Zeit bei mir ganz vorn",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lang hob i heid Musigg gheerd",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie lang lief bei uns gesdern wos",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="wieviel Schdundn hob i die leddsdn sieben Dooch so gheerd",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="wieviel Liedla sin heid früh gloffn",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft hob i seit März überhaupt Lieder abgspield, insgesamt",
        family="plays",
        period="since_march",
        content="music",
    ),
    Fresh(
        text="wie viele Folgn hob i leddsde Wochn gheerd",
        family="plays",
        period="last_week",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedne Kinstler hob i im Seddember gheerd",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="wieviel unnerschiedliche Bands warn des heier, a weng grob",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="wie viel verschiedne Lieder warn des in die leddsdn dreißg Dooch",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="wie oft hob i edz Bohemian Rhapsody gspield heier",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief die Daily im Nuvember",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="wie oft hob i in die leddsdn drei Monad Queen gheerd",
        family="play_count",
        period="last_3_months",
        name="Queen",
    ),
    Fresh(
        text="Radiohead, wie oft hob i die gheerd",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="hob i gesdern Ohmd Daft Bunk gheerd",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="lief vorgesdern a weng Air",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="hamm mir am leddsdn Wochnend Justice gheerd",
        family="did_i",
        period="last_weekend",
        name="Justice",
        person="we",
    ),
    Fresh(
        text="hob i des Da Funk heid Nachmiddooch gspield oder ned",
        family="did_i",
        period="this_afternoon",
        name="Da Funk",
    ),
    # what_played
    Fresh(
        text="wos hob i heid Nachmiddooch so gheerd",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="erzähl amol, wos lief am Samsdooch",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="wos hob i am dridden Nuvember gheerd",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="wos lief gesdern so um zehn nach achde",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="wos woar heid früh um halb neune dran",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="wos hob i eigentlich fürn Gschmack, musigmäßich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör i normalerweis, also um wieviel Uhr und an welchem Dooch",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hob i in letzter Zeit wen neues entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Kinstler warn seit Oggdober neu bei mir",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="wie oft drück i fei weiter, also skipp i viel",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hob i leddsdn Monad übersprungen",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="hör i immer des Gleiche, wie oft wiederhol i Lieder",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Dooch hinnernander hob i edz scho gheerd",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hob i des erschde Mal cafe tacuba gheerd",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann is Phantom bei mir drin, also des erschde Mal",
        family="first_play",
        name="Phantom",
    ),
    # last_play
    Fresh(
        text="wann lief des leddsde Mal Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann hob i zuledsd Wet Leg gheerd",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="wos woar des leddsde Lied, des i gspield hob",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit wos bin i heid aufgwacht, des erschde Liedla",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wos woar des erschde Lied am leddsdn Freidooch",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="mit welchem Lied hob i die Wochn ogfangt",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="wos lief gesdern als leddsds",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="mit welchem Lied hob i leddsde Nacht aufghört",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welches Lied drück i am meisdn weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Kinstler überspring i am öfdesdn",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wos hob i grad so in Dauerschleifn",
        family="on_repeat",
    ),
    Fresh(
        text="welches Liedla spiel i dauernd, des krieg i ja ned aus mein Kopf",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl amol, wie woar mei Oggdober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="fass mir mal mei Jahr zamm, gell",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie woar denn mei leddsder Summer so, hörmäßich",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="hör i mehr in der Früh oder am Ohmd",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör i am Wochnend mehr als unner der Wochn",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="im Auguschd, woar des mehr am Wochnend oder unner der Wochn bei mir",
        family="compare_week",
        period="august",
    ),
]

NEGATIVES = [
    "spiel fei Daft Punk in der Kich",
    "mach die Musigg a weng lauder",
    "wos is des für a Lied",
    "des Lied überschpringa",
    "hald den Bodcasd amol o",
    "nächsds Lied im Wohnzimmer",
    "mach des Licht in der Küchn aus",
    "spiel des Album Discovery",
    "Lautstärke auf fünf",
    "mach Zufallswiedergabe o",
    "Wiederholung aus, gell",
    "schalt die Lautsprecher in der Kich und im Wohnzimmer zamm",
    "stell an Wecker auf halb siebne",
    "Timer auf zehn Minuddn fier die Bratwerschd",
    "wie wird des Wedder morgn in Nämberch",
    "schreib Milch und Lebkuchn auf die Einkaufslisdn",
    "dreh die Heizung a weng auf",
    "wos hör i edz grad",
    "spiel Bayern eins",
    "spiel die neieste Folge von The Daily",
    "mach amol Pause",
    "weider",
    "spiel wos Schöns in der Kich",
    "wer singt des grad",
    "mach die Musigg aus",
]
