"""Writer 193, a parent interrupted by kids mid-question (restarts, corrections), German (Swabian)."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wen hab i denn en dem Monat am meischte ghört — Luca, lass des! — also en dem Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Wer isch mei Künschtler vom letschte Johr, noi wart, vo dem Johr mein i",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hemmer letscht Woch am meischte ghört",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="In dr Küch, wer lauft do am meischte, so insgesamt",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Was hat d'Ada die Woch am meischte ghört, also welche Band",
        family="top_artists",
        period="this_week",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="Was war mei meischtgspieltes Lied im Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Sag mal meine drei meischtgspielte Lieder seit März — noi, seit Oktober",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="Mei Lied vom Sommer, also des Johr im Sommer, net letscht Johr",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Top fünf Lieder die letschte dreißig Täg, gschwind",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welches Album hab i letscht Johr am meischte ghört",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="Was isch eigentlich mei Lieblingsalbum, überhaupt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Welche Platte lief im August am meischte — Emma, net mit de Händ! — im August",
        family="top_albums",
        period="august",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast isch grad mei Ding, so in letschter Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Meischtghörter Podcast des Johr?",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="Wie lang hab i heut scho Musik ghört — Mia, gschwind d'Schuh a — heut mein i",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie lang lief bei uns geschtern Obend Musik",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wieviel Stund Podcast hab i den Monat ghört",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie lang hab i insgesamt ghört die letschte zwei Wocha, so ungefähr",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="Wieviel Lieder hab i heut morge gspielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viel Folge hab i seit Mondag ghört",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="Wie oft isch insgesamt ebbes glaufe die letschte sieba Täg",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="Wieviel verschiedene Künschtler hab i des Johr ghört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viel verschiedene Bands warn's letschte Monat, ach noi, die letschte drei Monat",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="Wieviel verschiedene Lieder hab i in letschter Zeit ghört",
        family="songs_count",
        period="lately",
    ),
    Fresh(
        text="Sag mal, wie viel unterschiedliche Lieder warn's im September",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="Wie oft hab i Bohemian Rhapsody ghört des Johr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wieviel Queen hab i den Monat — Finger weg vom Gsälz! — also Queen, den Monat",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="Wie oft lief Radiohead bei mir, überhaupt",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Wie oft hab i in dr Küch Justice ghört letscht Woch",
        family="play_count",
        period="last_week",
        name="Justice",
        room="kitchen",
    ),
    # did_i
    Fresh(
        text="Hab i geschtern Air ghört? Noi, vorgeschtern mein i",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="Hemmer letscht Freitag Café Tacvba ghört",
        family="did_i",
        period="last_friday",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="Hab i heut morge The Daily ghört? I weiß es nimmer, dr Kleine hat gschrie",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Daft Punk, hab i des in letschter Zeit überhaupt amol ghört",
        family="did_i",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="Hab i Wet Leg den Monat ghört, mei Schweschter moint des",
        family="did_i",
        period="this_month",
        name="Wet Leg",
    ),
    Fresh(
        text="lief Around the World vo Daft Punk im letschte Sommer",
        family="did_i",
        period="last_summer",
        name="Around the World by Daft Punk",
    ),
    # what_played
    Fresh(
        text="Was hab i geschtern Obend ghört — halt, Jonas, net auf dr Tisch! — geschtern Obend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl mal, was lief am dritte November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Was hemmer am Samschtag ghört",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Was hab i am Wocheend so ghört, also letscht Wocheend",
        family="what_played",
        period="last_weekend",
    ),
    # playing_at
    Fresh(
        text="Was lief geschtern am Obend um dreiviertel acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was isch heut morge um viertel neun glaufe",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="Was lief heut Mittag, noi, heut Nachmittag um fünfe",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="Was lief vorgeschtern um zwölfe",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Am Samschtag Obend um neune, was isch do glaufe",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="was lief heut früh um halb neun, des Lied hab i de ganze Tag im Ohr",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="Was für Musik hör i eigentlich so, wie tätsch du mein Gschmack beschreibe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Was isch mei Musikgschmack, so grob — Leni, des isch heiß! — so grob halt",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör i normalerweis Musik, so welche Uhrzeit und welcher Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Um welche Zeit lauft bei mir am meischte ebbes",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab i den Monat neue Künschtler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wer isch neu bei mir seit Oktober, so Bands wo i vorher net kennt hab",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="Wie oft überspring i Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie isch mei Skip-Rate letscht Woch gwä",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör i immer des Gleiche? Wie hoch isch mei Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab i im September Sache nomol gspielt, so Wiederholungsquote mein i",
        family="repeat",
        period="september",
    ),
    # streak
    Fresh(
        text="Wie viel Täg am Stück hab i jetzt scho ebbes ghört",
        family="streak",
    ),
    Fresh(
        text="Wie lang isch mei Serie, also Täg hinternander",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab i Justice zum erschte Mal ghört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Seit wann isch The Daily bei mir drin, also des erschte Mal",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann lief Digital Love zum erschte Mal — noi, Da Funk mein i",
        family="first_play",
        name="Da Funk",
    ),
    # last_play
    Fresh(
        text="Wann hab i zletscht Eres ghört",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="Wann lief s'letscht Mal Moon Safari",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="Wann hab i The Weeknd s'letscht Mal ghört",
        family="last_play",
        name="The Weeknd",
    ),
    # last_song
    Fresh(
        text="Was war des letschte Lied, wo i ghört hab",
        family="last_song",
    ),
    Fresh(
        text="Letschts Lied — Paul, gib deim Bruder des zrück! — was war des nomol",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Was war heut des erschte Lied",
        family="first_today",
    ),
    Fresh(
        text="Mit was bin i heut aufgwacht, musikalisch",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war des erschte Lied geschtern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit was hab i die Woch agfange, erschts Lied",
        family="first_in",
        period="this_week",
    ),
    Fresh(
        text="Erschts Lied im Johr zwanzigfünfazwanzig, weisch des?",
        family="first_in",
        period="in_2025",
    ),
    # last_in
    Fresh(
        text="Was war des letschte Lied letscht Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Mit was hab i letschte Nacht aufghört",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="letschts Lied im Oktober",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring i am meischte",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Des Lied wo i immer wegdrück, welches isch des",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künschtler überspring i am meischte",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen hab i letschte Monat am meischte weggedrückt, Band mein i, net Lied",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="Was isch grad mei Lied in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied kann i grad net lasse, d'Kinder könnet's nimmer höre",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Gib mir mal an Rückblick auf mei Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war mei Woch musikalisch, gschwind, bevor die Kinder hoimkommet",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Fass mir mal mei Höre zamme",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Sag mal, wie war's im letschte Sommer bei mir, musikmäßig",
        family="recap",
        period="last_summer",
        content="music",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr am Morge oder am Obend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Morgens oder mittags, wann lauft bei mir mehr Musik, den Monat",
        family="compare_day_parts",
        period="this_month",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wocheend mehr als unter dr Woch",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Werktags oder Wocheend, wann hemmer letschte Monat mehr ghört",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in dr Küch, ach noi, im Wohnzimmer",
    "Mach d'Musik leiser — Kinder, hört uff! — leiser",
    "Was isch des für a Lied?",
    "Überspring des Lied, gschwind",
    "Pausier dr Podcast, s'klingelt",
    "Stell an Timer auf zehn Minute, noi, zwölf",
    "Wie wird's Wetter morge, brauchet d'Kinder a Kapp?",
    "Setz Brezla auf d'Einkaufslischt",
    "Mach's Licht in dr Küch aus",
    "Spiel des Album Discovery",
    "Was hör i grad?",
    "Nächschts Lied im Wohnzimmer",
    "Lauter, aber net so arg",
    "Zufallswiedergab a",
    "Des Lied in Schleife, sie will's nomol höre",
    "Verbind dr Küchelautsprecher mit dem im Bad",
    "Heizung auf zwanzig Grad",
    "Was lauft grad in dr Küch?",
    "Spiel Rolf Zuckowski für d'Kinder",
    "Stopp",
    "Mach dr Podcast weiter",
    "Wecker auf sechse, noi, halb sechse",
    "Wie lang hat dr Timer no?",
    "Spiel die neuschte Folge vo The Daily",
    "Lautstärke auf drei",
    "Schreib Milch und Gsälz auf d'Lischt",
    "Spiel Don't Stop Me Now vo Queen in dr Küch",
    "Mach d'Musik im Kinderzimmer aus",
    "Wiederholung aus",
    "Zrück zum vorige Lied",
]
