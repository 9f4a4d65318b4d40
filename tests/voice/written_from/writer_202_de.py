"""Writer 202, high-energy party host / DJ (Mannheim Kurpfälzisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Ajo, wer war dann mei Nummer eins, Künschtler des Johres? Uff, isch bin gspannt!",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wen hawwe mer uff de Bardy letscht Wochenend am meischde laafe losse?",
        family="top_artists",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Sag mol, uff welche Band bin isch grad so rischtisch hängegebliwwe?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Mei Top fünf Künschtler überhaupt, alla hopp, raus damit!",
        family="top_artists",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Die letschte zwee Woche, welcher Künschtler lief do am meischde, gell?",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="Wer isch dann de Lieblingskünschtler vun de Ada dies Johr?",
        family="top_artists",
        period="this_year",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="Was war dann mei Lied vum Monat, gell, des muss doch en Kracher gewese sein!",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Die drei meischtgspielte Lieder seit Oktober, ajo, sag emol",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="Was war unser Bardyhymne am Samsdag, des Lied, wo mer immer widder gspielt hawwe?",
        family="top_tracks",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Lieblingslied im Sommer? Brauch isch fer mei Set, uff!",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="In de Küch, was laaft do am meischde fer e Lied?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welches Album hab isch im Auguscht ruff un runner gspielt?",
        family="top_albums",
        period="august",
    ),
    Fresh(
        text="Mei Lieblingsalbum dies Johr, ajo, welches isch des?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Die zwee Alben vum letschte Monat, wo am meischde gelaafe sin?",
        family="top_albums",
        period="last_month",
        count=2,
    ),
    Fresh(
        text="Was war mei Top-Album im letschte Sommer, des mit de Sunneuntergangsstimmung?",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="Un welcher Podcast laaft bei mir in letschter Zeit am meischde, so newe de Mussik?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Was war mein meischtghörter Podcast letscht Johr?",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="Uff, wie lang lief heit schun Mussik? Kummt mer vor wie de ganze Daach!",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie lang hawwe mer am letschte Freidag Mussik laafe ghabt? Die Bardy ging bis spät, gell",
        family="listening_time",
        period="last_friday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wieviel Stunde hab isch die Woch insgesamt ghört?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie lang lief de Podcast heit früh? Isch hab dabei Schorle gmischt",
        family="listening_time",
        period="this_morning",
        content="podcasts",
    ),
    Fresh(
        text="Wieviel Stunde Mussik warn des in de letschte drei Monat, ajo?",
        family="listening_time",
        period="last_3_months",
        content="music",
    ),
    # plays
    Fresh(
        text="Wieviel Lieder sin geschdern Owend gelaafe? Do war was los!",
        family="plays",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="Ajo, wieviel Folge hab isch letschte Monat ghört?",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="Wieviel hab isch in de letschte siwwe Täg insgesamt abgspielt, ääch die Podcasts?",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Wieviel Lieder sin bei uns in de Küch am Samsdag gelaafe?",
        family="plays",
        period="saturday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Seit Montag, wieviel Lieder hab isch do schun rausghaue?",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wieviel verschiedene Künschtler hab isch dies Johr so gspielt?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wieviel unnerschiedliche Bands hawwe mer am Wochenend uff de Bardy ghabt?",
        family="artists_count",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Zwanzisch fünfezwanzisch, wieviel verschiedene Künschtler warn do dabei?",
        family="artists_count",
        period="in_2025",
    ),
    # songs_count
    Fresh(
        text="Wieviel verschiedene Lieder warn des seit März? Uff, bestimmt en Haufe",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="Wieviel unnerschiedliche Songs hab isch letscht Woch gspielt, ohne Wiederholunge?",
        family="songs_count",
        period="last_week",
    ),
    # play_count
    Fresh(
        text="Wie oft hawwe mer am Samsdag Don't Stop Me Now gspielt? Des war jo de Knaller!",
        family="play_count",
        period="saturday",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="Wieviel Daft Punk hab isch die Woch schun ghört, sag ehrlich",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft lief Da Funk im Oktober?",
        family="play_count",
        period="october",
        name="Da Funk",
    ),
    Fresh(
        text="Wie oft hab isch dies Johr Wet Leg gspielt?",
        family="play_count",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="Eres vun Café Tacvba, wie oft isch des seit Oktober gelaafe? Des isch so e Perle!",
        family="play_count",
        period="since_october",
        name="Eres by Café Tacvba",
    ),
    # did_i
    Fresh(
        text="Hab isch geschdern ebbes vun Justice ghört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief letschte Nacht Bohemian Rhapsody? Alle hawwe mitgegrölt, gell!",
        family="did_i",
        period="last_night",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Hawwe mer am Wochenend Cafe Tacuba uff de Bardy gspielt?",
        family="did_i",
        period="last_weekend",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="Radiohead in letschter Zeit, hab isch des überhaupt ghört?",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    Fresh(
        text="Isch heit Morsche ääch mol ebbes vun Air gelaafe?",
        family="did_i",
        period="this_morning",
        name="Air",
    ),
    Fresh(
        text="Hab isch die Woch ääch mol Moon Safari druffghabt?",
        family="did_i",
        period="this_week",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="Was hab isch dann geschdern Owend so ghört? Isch waaß nix mehr, uff",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl mol, was lief am letschte Freidag an Mussik?",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="Was hawwe mer vorgeschdern so laafe ghabt?",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="Was lief heit Nochmiddag in de Küch?",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="Was hot die Ada am dritte November ghört?",
        family="what_played",
        period="november_3",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Was lief geschdern Owend um Viertel vor acht? Des war e Brett!",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was hot am Samsdag um neun Uhr owends gspielt?",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="Heit früh um halb neun, was war des fer e Lied?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was lief heit um Viertel nach fünf?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Was war am Middwoch um zwölf Uhr mittags dran?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="Was fer Mussik mag isch eigentlich, so insgesamt, sag mol",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie dädsch du mein Gschmack beschreiwe? Ajo, ganz ehrlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wieviel Uhr hör isch normalerweis Mussik, un an welchem Daach?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wann isch mei Hauptzeit zum Höre, gell, so Uhrzeit un Wochedaach?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab isch in letschter Zeit neue Künschtler entdeckt? Brauch frisches Zeug fer die Bardy!",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Bands hab isch seit Oktober zum erschde Mol ghört?",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="Wie oft skip isch Lieder eigentlich? Ehrlich sei!",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie hoch isch mei Skiprate de Monat?",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="Hör isch immer die gleiche Lieder, so wiederholungsmäßig?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft wiederhol isch Songs in de letschte dreißisch Täg?",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="Wieviel Täg am Stück hab isch jetzt schun ghört? Uff, die Serie!",
        family="streak",
    ),
    Fresh(
        text="Wie lang isch mei Strähne grad, so Täg hinnerenanner?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab isch Justice s'erschde Mol ghört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann lief Digital Love zum erschde Mol bei mir?",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="Wann hab isch The Weeknd des erschde Mol gspielt?",
        family="first_play",
        name="The Weeknd",
    ),
    # last_play
    Fresh(
        text="Wann hab isch zuletscht One More Time vun Daft Punk gspielt? Des bringt immer Stimmung!",
        family="last_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Wann lief des letschte Mol The Daily?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Queen, wann hab isch die zuletscht ghört?",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="Was war des letschte Lied, wo isch gspielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Ajo, letschter Song, welcher war des?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied bin isch heit uffgewacht?",
        family="first_today",
    ),
    Fresh(
        text="Was war heit des erschde Lied? Isch war noch ganz verpennt",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war des erschde Lied geschdern?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit was hawwe mer die Bardy am Samsdag uffgemacht?",
        family="first_in",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Erschdes Lied im September, was war des?",
        family="first_in",
        period="september",
    ),
    # last_in
    Fresh(
        text="Mit was hab isch geschdern Owend uffghört?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was war de Rausschmeißer am letschte Freidag, des allerletschte Lied?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Letschtes Lied am dritte November?",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied skip isch am meischde, so de totale Stimmungskiller?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welcher Song werd am häufigschte weggedrückt?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künschtler skip isch am meischde? Gell, net lache",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welche Band hab isch letschte Monat dauernd weggeskippt?",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="Was laaft bei mir grad in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied krieg isch grad net aus em Kopp, des wo isch dauernd spiel?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Ajo, gib mer mol mein Johresrückblick, alla hopp!",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Erzähl mol, wie war mein Oktober so?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Wie war mei Woch so, hörmäßig?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Mach mer mol e Zammefassung, wie isch's bei mir so gelaafe",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Bin isch mehr so de Morsche- odder de Owendhörer?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Nochmiddags odder owends, wann laaft bei mir mehr Mussik?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Hör isch am Wochenend mehr Mussik als unner de Woch?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Werktag odder Wochenend, wann hör isch mehr, so seit März?",
        family="compare_week",
        period="since_march",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in de Küch, alla hopp!",
    "Mach die Mussik lauter, uff, lauter!",
    "Was laaft grad in de Küch?",
    "Was isch des fer e Lied?",
    "Überspring des Lied, des isch nix",
    "Podcast anhalte, die Gäscht kumme",
    "Nächschtes Lied im Wohnzimmer",
    "Mach des Licht in de Küch aus",
    "Spiel des Album Discovery",
    "Lautstärke uff achtzig Prozent",
    "Zufallswiedergabe an, gell",
    "Des Lied in Dauerschleife, bitte",
    "Küch un Wohnzimmer zammeschalte, Bardymodus!",
    "Stell en Timer uff zwanzisch Minute, die Flammkuche sin im Ofe",
    "Wie werd's Wedder morge? Vielleicht mache mer drauße weiter",
    "Schreib Schorle uff die Einkaufslischt, ajo, ganz viel Schorle",
    "Heizung zwee Grad höher, do isch's jo eiskalt",
    "Was hör isch grad?",
    "Spiel mol ebbes vun Justice, awwer laut!",
    "Mach mol leiser, die Nochbarn klopfe schun",
    "Spiel Bohemian Rhapsody, alle mitsinge!",
    "Wer singt des do?",
    "Mussik weiterspiele",
    "Stopp die Mussik in de Küch",
    "Spiel The Daily",
    "Dreh de Bass uff!",
    "Wecker uff siwwe Uhr stelle",
    "Schalt die Wiederholung aus",
    "Vun welchem Album isch des Lied?",
    "Des nächschte Lied, zackzack!",
]
