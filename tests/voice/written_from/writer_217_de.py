"""Writer 217, ungeduldige Person aus Vorarlberg, schnelle abgehackte Fragen, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="so, wer isch hür min Lieblingskünschtler, wer",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="luag, wer isch in letschter Zit am meischta glaufa, welle Band",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="also, top drei Künschtler letscht Monat, drei",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="wen hond mir geschter i dr Kuchi am meischta ghört",
        family="top_artists",
        period="yesterday",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wer isch di letschta drei Monat vorna gsi, Künschtler",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="so, mis Liadle vom Monat, wele isch es",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="wele fünf Liadle hon i letscht Wocha am meischta glost, fünf",
        family="top_tracks",
        period="last_week",
        count=5,
    ),
    Fresh(
        text="min Lieblingsliad vo allna Zita, gschwind",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="was isch im Oktober bi dr Ada s'meischtgspielte Liad gsi",
        family="top_tracks",
        period="october",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="wele Album hon i hür am meischta ghört, Album",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="so, Lieblingsalbum im Summer, wele",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="wele Podcast hon i in letschter Zit am meischta glost",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="luag, wele Podcast isch sit Oktober vorna gsi",
        family="top_podcasts",
        period="since_october",
    ),
    # listening_time
    Fresh(
        text="wia lang hon i hüt Musig ghört, wia lang",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="so, wia viel Stunda sind's letscht Wocha gsi, Stunda",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wia lang isch dean Monat Podcast glaufa",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wia lang isch i dr Kuchi geschter z'Obad Musig glaufa",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wia lang hon i di letschta 30 Täg glost",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="wia viel Liadle hon i hüt scho glost, wia viel",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="so, wia viel hon i di letschta siba Täg abgspielt",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wia viel Podcast-Folga hon i im August ghört",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="wia viel hond mir am Wochaend glost, insgesamt",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wia viel Liadr sind's sit Mäntig gsi, Liadr",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wia viel verschiedene Künschtler hon i hür ghört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="so, wia viel Bands sind's dean Monat gsi, verschiedene",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wia viel verschiedene Künschtler im Johr zwoatausendfünfazwanzg",
        family="artists_count",
        period="in_2025",
    ),
    # songs_count
    Fresh(
        text="wia viel verschiedene Liadle dia Wocha, verschiedene",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wia viel unterschiedliche Liadr hon i sit Märze ghört",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="wia oft, wia oft hon i Queen ghört dia Wocha",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="so, wia oft isch Bohemian Rhapsody glaufa, überhaupt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wia oft hon i The Daily glost letscht Monat",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="wia oft hon i Wanda ghört, wia oft",
        family="play_count",
        period="all_time",
        name="Wanda",
    ),
    Fresh(
        text="wia oft hon i über di letschta zwoa Wocha dance vo Justice ghört",
        family="play_count",
        period="last_2_weeks",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="hon i geschter Daft Punk ghört, ja oder na",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="so, hüt scho Justice glost?",
        family="did_i",
        period="today",
        name="Justice",
    ),
    Fresh(
        text="isch in letschter Zit amol Air glaufa, Air",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="hot d'Ada vorgeschter Café Tacvba ghört",
        family="did_i",
        period="day_before_yesterday",
        name="Café Tacvba",
        person="Ada",
    ),
    Fresh(
        text="hon i färn irgendwas vo Seiler und Speer ghört",
        family="did_i",
        period="last_year",
        name="Seiler und Speer",
    ),
    # what_played
    Fresh(
        text="was hon i geschter z'Obad ghört, was isch glaufa",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="so, was isch hüt am Morga glaufa",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was hond mir am Samstig glost",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was für Musig hon i vorgeschter ghört",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="luag, was hon i hüt am Nomittag ghört",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="was isch geschter z'Obad um viertel vor achte glaufa",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="so, hüt am Morga um halb nüne, was isch da glaufa",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was isch letschti Nacht um viertel noch achte glaufa",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was isch hüt am Nomittag um fünfe glaufa",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="was isch am Samstig z'Mittag um zwölfe i dr Kuchi glaufa",
        family="playing_at",
        moment="2026-11-14 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="was für an Musikgschmack hon i eigentlich, Gschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="so, beschrib mr min Gschmack, kurz",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann los i normalerweis Musig, um wia viel Uhr, wann",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welam Tag und zu welar Stund los i am meischta",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="so, neue Künschtler in letschter Zit? neue",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wen hon i hür neu entdeckt, wele Bands",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="wia oft skipp i Liadle, wia oft",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wia viel hon i letscht Wocha übersprunga",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="los i allat di gliicha Liadr, allat di gliicha",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wia hoch isch mini Wiederholungsrate dean Monat",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="wia viel Täg am Stück hon i jetz scho glost, am Stück",
        family="streak",
    ),
    Fresh(
        text="so, min Streak, wia viel Täg hintranand",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hon i z'erscht Mol Justice ghört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="so, wann isch Don't Stop Me Now s'erscht Mol glaufa",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    # last_play
    Fresh(
        text="wann hon i z'letscht Queen ghört, z'letscht",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann isch s'Album Discovery z'letscht glaufa",
        family="last_play",
        name="Discovery",
    ),
    # last_song
    Fresh(
        text="was isch s'letschte Liadle gsi, wo i ghört hon",
        family="last_song",
    ),
    Fresh(
        text="so, letschts Liad, was isch es gsi",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welam Liadle bin i hüt ufgwacht",
        family="first_today",
    ),
    Fresh(
        text="was isch hüt s'erschte Liad gsi, s'erschte",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="s'erschte Liad geschter, wele isch es gsi",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="so, mit was hon i am letschta Fritig agfanga",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was isch am dritta November s'erschte Liad gsi",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="was isch letschti Nacht s'letschte Liadle gsi",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="mit welam Liad hon i letscht Wocha ufghört",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="wele Liadle skipp i am meischta, wele",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="so, wele Liad überspring i allat",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="wele Band überspring i am meischta",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welan Künschtler skipp i am öftescht, luag gschwind",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was für a Liadle lauft bi mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="so, wele Liad kann i grad ned lassa, ned lassa",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="so, wia isch mini Wocha musikalisch gsi",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gib mr an Rückblick uf mis Johr, s'ganze Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="verzell amol, wia isch min Oktober gsi",
        family="recap",
        period="october",
    ),
    Fresh(
        text="an Überblick über mis Lossa, gschwind",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="los i meh am Morga oder am Obad, Morga oder Obad",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="so, bin i meh a Nomittag- oder a Nacht-Loser",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="los i am Wochaend meh Musig als unter dr Wocha",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wocha oder Wochaend, wann los i meh, hür",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "spiel Daft Punk i dr Kuchi",
    "lüter, mach lüter",
    "was isch des für a Liad, des da",
    "überspring des Liadle, weg damit",
    "Podcast pausiera, pausiera",
    "nächschts Liad im Wohnzimmer",
    "mach s'Liacht i dr Kuchi us",
    "spiel s'Album Discovery",
    "Lautstärke uf fünf",
    "Zufallswiedergab ei, gschwind",
    "des Liad in Dauerschleife, wiederhola",
    "verbind d'Lautsprecher Kuchi und Wohnzimmer",
    "stell an Timer uf zehn Minuta",
    "wia wird's Wetter hüt, regnat's",
    "Milch uf d'Ichaufsliste",
    "mach d'Heizig a bitz höcher",
    "was los i grad jetz, jetz",
    "was lauft grad i dr Kuchi",
    "spiel The Daily, di neuscht Folg",
    "stopp d'Musig, stopp",
    "leiser i dr Kuchi, leiser",
    "spiel amol Queen, Bohemian Rhapsody",
    "wer singt des, wer",
    "Thermostat uf zwanzg Grad",
    "spiel epas Gmüatlichs i dr Kuchi",
    "mach d'Musig us, fertig",
    "spul dreißg Sekunda vor",
    "an Wecker für morn um sechse",
    "vo welam Album isch des Liad",
]
