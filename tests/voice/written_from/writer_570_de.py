"""Writer 570, eine schwäbische Hausfrau Ende sechzig, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sag amol, wen hab i denn des Johr am meischte ghört, welche Künschtler?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welche Band hend mir letzte Monat am meischte g'spielt",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Die drei Künschtler, wo i seit März am meischte ghört hab, gell, die drei",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="was isch denn mei Lieblingsliedle in letzter Zeit",
        family="top_tracks",
        period="lately",
    ),
    Fresh(
        text="Welches Liedle hab i im Sommer am öftesten g'spielt?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="fünf meischtg'spielte Lieder von zwanzig fünfazwanzig, aber bitte genau, gell",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welche Platte hab i denn überhaupt am meischte ghört",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="im August, welches Album isch do am meischte glaufe",
        family="top_albums",
        period="august",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast isch denn des Johr bei mir der Spitzenreiter",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="was für an Podcast hör i am meischte, ha, i hab doch bloß oin, oder",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="Wie lang isch des Ding gestern glaufe? Des koscht ja alles Strom.",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="wie viel Stunde Musik hend mir letzte Woch ghört, genau bitte, net so ungefähr",
        family="listening_time",
        period="last_week",
        person="we",
        content="music",
    ),
    Fresh(
        text="In de Küch, wie lang lief do diesen Monat Musik, auf d'Minut",
        family="listening_time",
        period="this_month",
        room="kitchen",
        content="music",
    ),
    # plays
    Fresh(
        text="Wie viel Lieder hab i heut scho g'spielt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie oft hab i heut Nachmittag ebbes laufe lasse, so insgesamt",
        family="plays",
        period="this_afternoon",
    ),
    Fresh(
        text="Wie viele Folge vom Podcast hab i im September ghört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viel verschiedene Künschtler hab i des Johr ghört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viel verschiedene Sänger und Bands waret's denn in de letzte dreißig Täg?",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="wie viel verschiedene Liedle hab i in de letzte siebe Täg ghört",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viel unterschiedliche Lieder sin's insgesamt, seit i des Ding hab",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="wie oft hab i des Bohemian Rhapsody im Oktober g'spielt",
        family="play_count",
        period="october",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie viel Daft Punk hab i denn seit Montag ghört? Des hat mir mei Enkele eibrockt.",
        family="play_count",
        period="since_monday",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft lief Heino des Johr, sag's mir ehrlich",
        family="play_count",
        period="this_year",
        name="Heino",
    ),
    # did_i
    Fresh(
        text="Hab i gestern Obed Queen ghört?",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="hab i am Samstag The Daily ghört oder net",
        family="did_i",
        period="saturday",
        name="The Daily",
    ),
    Fresh(
        text="Justice, hab i die in de letzte zwei Woche überhaupt ghört?",
        family="did_i",
        period="last_2_weeks",
        name="Justice",
    ),
    Fresh(
        text="hab i jemals Helene Fischer ghört auf dem Ding",
        family="did_i",
        period="all_time",
        name="Helene Fischer",
    ),
    # what_played
    Fresh(
        text="Was lief denn letzte Nacht bei mir, i hab net schlafe könne",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was hend mir am Wochenend alles ghört",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Erzähl amol, was hab i am dritte November ghört",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="was war des für a Liedle gestern Obed um acht rum",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Heut früh um halb neun, was isch do glaufe?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was hab i am Samstag um zwölfe mittags ghört",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="Was für en Musikgeschmack hab i eigentlich?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie tätsch du mein Geschmack beschreibe, musikmäßig, mir isch's recht",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um welche Uhrzeit hör i meischtens, und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wann lauft bei mir normalerweis Musik, so von der Tageszeit her",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hab i in letzter Zeit ebbes Neues entdeckt, an neue Künschtler oder so?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künschtler hab i in de letzte drei Monat zum erschte Mol ghört",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="Wie oft überspring i eigentlich Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel hab i diesen Monat weitergdrückt, so prozentual",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="Hör i immer des Gleiche? Wie oft wiederhol i Lieder, gell",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch isch mei Wiederholungsrate seit Oktober",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="Wie viel Täg hinternander hab i jetzt scho Musik ghört?",
        family="streak",
        content="music",
    ),
    Fresh(
        text="wie lang isch mei Serie, wie viel Täg am Stück",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab i Café Tacvba zum erschte Mol ghört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann kenn i des Liedle Digital Love, wann lief des 's erschte Mol",
        family="first_play",
        name="Digital Love",
    ),
    # last_play
    Fresh(
        text="Wann hab i zum letzte Mol The Daily ghört?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann lief des letzte Mol Sexy Boy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="Roland Kaiser, wann hab i den des letzte Mol ghört",
        family="last_play",
        name="Roland Kaiser",
    ),
    # last_song
    Fresh(
        text="Was war des letzte Liedle, wo i g'spielt hab",
        family="last_song",
    ),
    Fresh(
        text="welches Lied hab i als Letzts ghört, des fallt mir nimmer ei",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Was war heut des erschte Liedle?",
        family="first_today",
    ),
    Fresh(
        text="womit bin i heut in de Tag gstartet, musikalisch mein i",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Welches Lied hab i vorgestern als erschts g'spielt",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="des erschte Liedle im neue Johr, was war des",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="Was war gestern des letzte Lied?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab i letzte Freitag aufghört",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied drück i am meischte weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="in de Küch, welches Liedle wird do am öftesten übersprunge",
        family="most_skipped",
        period="all_time",
        room="kitchen",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künschtler überspring i am meischte?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei wem drück i am meischte weiter, welche Band isch des",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was isch grad mei Ohrwurm, des Lied wo i dauernd spiel",
        family="on_repeat",
    ),
    Fresh(
        text="welches Liedle hab i zurzeit in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Jetzt sag amol, wie isch mei Monat so glaufe?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="mach mir amol en Rückblick aufs letzte Johr",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="Gib mir a Zusammefassung von der letzte Woch bei uns, aber kurz, gell",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="hör i mehr morgens oder mehr obends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Lauft bei mir unter der Woch mehr Musik oder samstags und sonntags?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="werktags oder am Wochenend, wann hör i mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel amol Daft Punk in de Küch",
    "mach d'Musik a bissle lauter, i hör ja nix",
    "leiser, gell, des isch ja net zum Aushalte",
    "was lauft grad in de Küch",
    "was isch des für a Liedle, wo grad lauft",
    "überspring des Lied, des mag i net",
    "halt amol den Podcast a, 's klingelt",
    "nächschtes Lied bitte",
    "mach's Licht in de Küch aus, des koscht bloß Strom",
    "spiel des Album Discovery",
    "stell mir en Timer auf zwanzig Minute für d'Spätzle",
    "wie wird's Wetter morge, brauch i en Schirm",
    "schreib Maultasche auf d'Einkaufslischt",
    "dreh d'Heizung runter auf neunzehn Grad, mir sin doch net im Hallebad",
    "was hör i grad",
    "Zufallswiedergabe a, bitte",
    "des Lied nomol, in Dauerschleife",
    "verbind de Lautsprecher in de Küch mit dem im Wohnzimmer",
    "spiel The Daily",
    "Lautstärke auf vier",
    "mach des Ding aus, Feierobend",
    "spiel ebbes von Queen im Wohnzimmer",
    "wie spät isch's",
    "erinner mi um drei an d'Kehrwoch",
    "weiter mit dem Podcast",
]
