"""Writer 573, ein Tiroler Bergbauer Ende sechzig, tirolerisch und kurz angebunden, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer isch heuer am meischtn glaufn",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wen hob i letschte Wocha am meischtn gheart, gell",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="De drei Gruppn, de im Summer am öftestn glaufn sein",
        family="top_artists",
        period="summer",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="Wos isch mei Liadl vom Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="De fünf meischtgspieltn Liadln seit Oktober",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welche Plattn isch letschtes Johr am meischtn glaufn",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="Mei Lieblingsalbum, de letschtn drei Monat",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Welchn Podcast los i am meischtn",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Im Oktober, wos fir a Podcast wor do vorn",
        family="top_podcasts",
        period="october",
    ),
    # listening_time
    Fresh(
        text="Wia lang isch heint Musi glaufn",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wia vül Stund hobn mir letschte Wocha glost",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="In dr Kuchl vorgeschtern, wia lang isch do eppes glaufn",
        family="listening_time",
        period="day_before_yesterday",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="Wia vül Liadln heint fria",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wia oft isch seit Montig eppes glaufn, olls zsamm",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wia vül Folgen vom Podcast im September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wia vül verschiedene Gruppn hob i heuer gheart",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Im August, wia vül verschiedene Musikanten",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="Wia vül verschiedene Liadln in de letschtn dreißg Tag",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wia vül unterschiedliche Stückln hob i überhaupt scho gheart",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Wia oft isch Bohemian Rhapsody glaufn, den Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, wia oft letschte Wocha",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Wia oft hob i de Zillertaler Schürzenjäger gspielt",
        family="play_count",
        period="all_time",
        name="Zillertaler Schürzenjäger",
    ),
    # did_i
    Fresh(
        text="Hob i geschter Justice gheart",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Isch am Somstig dr Daily glaufn",
        family="did_i",
        period="saturday",
        name="The Daily",
    ),
    Fresh(
        text="Hob i in letschter Zeit an Gabalier gheart",
        family="did_i",
        period="lately",
        name="Andreas Gabalier",
    ),
    # what_played
    Fresh(
        text="Wos isch geschter auf d'Nacht glaufn",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wos hob i am Wochenend gheart",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="Wos hobn mir am dritten November glost",
        family="what_played",
        period="november_3",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Wos isch geschter um dreiviertl achte auf d'Nacht glaufn",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Um halbe neune heint fria, wos wor des",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Heint um viertl sechse, wos hot do gspielt",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Wos fir a Musi mog i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Sag amol, wos isch mei Gschmack bei dr Musi",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wia vül Uhr los i meischtns Musi",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An wöchn Tog und um wia vül Uhr los i am meischtn",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hob i heuer wen Neuen entdeckt",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Neue Gruppn in de letschtn sieben Tag?",
        family="new_artists",
        period="last_7_days",
    ),
    # skips
    Fresh(
        text="Wia oft überspring i Liadln",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wia vül hob i letschtn Monat weitergedruckt",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Los i oft dasselbe Liadl, wieder und wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wia oft wiederhol i Liadln, heuer",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wia vül Tag hintereinand hob i jetz Musi glost",
        family="streak",
        content="music",
    ),
    Fresh(
        text="Wia lang geht des scho, dass i jedn Tog eppes los",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob i Air s'erschte Mol gheart",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Wann isch D.A.N.C.E. z'erscht glaufn",
        family="first_play",
        name="D.A.N.C.E.",
    ),
    # last_play
    Fresh(
        text="Wann isch Café Tacvba s'letschte Mol glaufn",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann hob i zletscht Don't Stop Me Now gheart",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="Wos wor des letschte Liadl",
        family="last_song",
    ),
    Fresh(
        text="S'letschte Liadl, des i gspielt hob, wos wor des",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wos isch heint als erschts glaufn",
        family="first_today",
    ),
    Fresh(
        text="Welches Liadl wor heint s'erschte",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="S'erschte Liadl vorgeschtern",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wos isch am Somstig als erschts glaufn",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="Wos isch geschter als letschts glaufn",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit wöchn Liadl hob i letschte Nacht aufghört",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welches Liadl druck i am öftestn weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Wöches Stückl überspring i am meischtn",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Wen überspring i am meischtn",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei wöcher Gruppn druck i am öftestn weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Liadl lass i grad dauernd laufn",
        family="on_repeat",
    ),
    Fresh(
        text="Wos hob i de letschte Zeit ollweil drin, fir a Liadl",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl, wia wor mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="A kurze Zsammfassung, gell",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wia wor dr letschte Summer bei uns",
        family="recap",
        period="last_summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Los i mehr in dr Fria oder auf d'Nacht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Nochmittag oder Obnd, wann los i mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Lauft am Wochenend mehr Musi als unter dr Wocha",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wochntog oder Wochenend, wann los i mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel a bissl Musi in dr Kuchl",
    "Mach leiser",
    "Wos isch des fir a Liadl, des grad lauft",
    "Weiter, des Liadl mog i nit",
    "Stopp den Podcast",
    "Wia wird's Wetter morgn, kon i mahn",
    "Stell an Wecker auf halbe fünfe",
    "Schreib Milch und Brot auf die Einkaufslischt",
    "Mach's Liacht in dr Kuchl aus",
    "Heizung a bissl aufdrehn",
    "Spiel Queen",
    "Lauter, i hear nix",
    "Wer singt des grad",
    "Spiel des Album Moon Safari",
    "An Timer auf zwanzg Minutn, fürn Kaiserschmarrn",
    "Spiel's durchanond",
    "Des Liadl nomol von vorn",
    "Wos los i grad",
    "Nächstes Liadl in dr Stubn",
    "Mach den Daily on",
    "Wiederholung aus",
    "Kuchl und Stubn zsammschaltn",
    "Wia spat isch's",
    "Pause",
    "Spiel Radio Tirol",
    "Wia kalt isch's draußn",
]
