"""Writer 313, a Lower Bavarian (Niederbayerisch) farmer, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer is'n heier bei mir am meistn glaffa, wöcha Musikant",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="sog amoi, wen hob i in letzter Zeit so vui ghert",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in da Kuchl, wer werd do am öftan gspuit",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="de letztn zwoa Wocha, wen hob i do am meistn ghabt",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="wos is'n eigentlich mei Liablingsliad",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="de drei Liadl de i letzte Woch am meistn ghert hob, wöche warn des",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    # top_albums
    Fresh(
        text="wöchas Album hob i im Summa am meistn gspuit",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mei Lieblingsplattn, wos is'n des",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="wöcher Podcast is'n bei mir ganz vorn dro",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wos für a Podcast hob i den Monat am meistn ghert",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="wia lang is heit scho Musi glaffa",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wiavui Stund hob i letztn Monat ghert, ungefähr",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wia lang hamma bei uns im Oktober Musi ghabt",
        family="listening_time",
        period="october",
        content="music",
        person="we",
    ),
    Fresh(
        text="de letztn drei Monat, wia vui Zeit hob i do mit Hörn verbracht",
        family="listening_time",
        period="last_3_months",
    ),
    # plays
    Fresh(
        text="wiavui Liadl hob i heit in da Fruah ghert beim Melka",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wia oft is insgesamt wos glaffa de Woch",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="wiavui Podcastfolgn hob i seit Oktober ghert",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="seit Montag wiavui Stückl warn des",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wiavui verschiedne Musikantn hob i heier ghert",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wia vui Bands warn's letzts Johr, so verschiedene mein i",
        family="artists_count",
        period="last_year",
    ),
    # songs_count
    Fresh(
        text="wiavui verschiedne Liadl hob i im September ghert",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wia vui unterschiedliche Lieder san des insgesamt",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="zwoatausendfünfazwanzg, wiavui verschiedne Liadl warn do dabei",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="wia oft hob i des Bohemian Rhapsody vo de Queen gspuit",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="wiavui Daft Punk hob i de letztn siem Tog ghert",
        family="play_count",
        period="last_7_days",
        name="Daft Punk",
    ),
    Fresh(
        text="wia oft hob i heier an Haindling ghert",
        family="play_count",
        period="this_year",
        name="Haindling",
    ),
    # did_i
    Fresh(
        text="hob i gestan an Justice ghert",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hamma letzts Wochenend a Queen ghert bei uns",
        family="did_i",
        period="last_weekend",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="war de LaBrassBanda in letzter Zeit amoi dabei",
        family="did_i",
        period="lately",
        name="LaBrassBanda",
    ),
    Fresh(
        text="vorgestan, hob i do den Daily Podcast ghert oder ned",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="wos is gestan auf d'Nacht glaffa",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wos hob i heit Nammittog ghert",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="wos hod d'Ada de Woch so ghert",
        family="what_played",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="letzte Nacht, wos is do so glaffa",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="wos is gestan auf d'Nacht so um Viertl vor achte glaffa",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heit in da Fruah um hoibe neine, wos war des für a Liad",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="am Mittwoch zu Mittag um zwöife, wos hob i do ghert",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="wos für a Musi mog i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib amoi mein Gschmack, musikalisch mein i",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör i normal am meistn Musi, zu wöcha Uhrzeit und an wöchem Tog",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wann is bei mir so de Hauptzeit zum Hörn",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hob i in letzter Zeit wen Neis entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wöche Musikantn warn im August zum erstn Moi dabei",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="wia oft druck i weiter, so insgesamt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wiavui Liadl hob i de letztn dreißg Tog übersprunga",
        family="skips",
        period="last_30_days",
        content="music",
    ),
    # repeat
    Fresh(
        text="hör i oiwei des gleiche, wia oft wiederhol i de Liadl",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wia hoch is mei Wiederholungsrate seit März",
        family="repeat",
        period="since_march",
    ),
    # streak
    Fresh(
        text="wiavui Tog hintananda hob i jetz scho Musi ghert",
        family="streak",
        content="music",
    ),
    Fresh(
        text="wia lang is mei Serie, also Tog am Stück",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hob i des erste Moi an Air ghert",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="des Eres vo dene Café Tacuba, wann war des as erste Moi dran",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann hob i zletzt an Daft Punk ghert",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann war des letzte Moi Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="an Gabalier, wann hob i den zletzt ghabt",
        family="last_play",
        name="Andreas Gabalier",
    ),
    # last_song
    Fresh(
        text="wos war des letzte Liad",
        family="last_song",
    ),
    Fresh(
        text="wos is zletzt glaffa, des Letzte überhaupt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wos war heit des erste Liad",
        family="first_today",
    ),
    Fresh(
        text="mit wos bin i heit aufgwacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wos war gestan as erste Liad",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit wos hob i am dritten November ogfangt",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="wos is bei uns letztn Freitag as erste glaffa",
        family="first_in",
        period="last_friday",
        person="we",
    ),
    # last_in
    Fresh(
        text="wos war vorgestan as letzte Liad",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mit wos hob i am Samstag aufghert",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="wöchs Liad druck i am öftan weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wos überspring i am meistn, wöchs Stückl",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="wöchn Musikantn überspring i am meistn",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wer werd bei mir am öftan weggdruckt",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wöchs Liad hör i de Tog oiwei wieder",
        family="on_repeat",
    ),
    Fresh(
        text="wos kon i grod ned lossn, wöchs Liadl",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="sog amoi, wia war mei Johr musikalisch",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib ma an Überblick über letzte Woch",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="a Zammfassung vo mein Hörn, bittschön",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="wia war's bei uns im Summa letzts Johr mit da Musi",
        family="recap",
        period="last_summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="hör i mehr in da Fruah oder auf d'Nacht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin i mehr a Nammittog-Hörer oder a Abend-Hörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="is am Samstag und Sunnta mehr los mit da Musi ois werktags",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wann hör i mehr, an de Werktag oder am Wochenend",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spui ma an Haindling in da Kuchl",
    "mach d'Musi leiser",
    "wia werd's Wedda morgn, kimmt a Regn",
    "stell an Wecker auf hoibe fünfe",
    "schalt's Liacht in da Kuchl aus",
    "nächsts Liad",
    "wos laft grad",
    "setz Melkfett auf d'Einkaufslistn",
    "Heizung auf zwoaazwanzg Grad",
    "Timer zwanzg Minutn fürn Schweinsbratn",
    "pausier den Podcast",
    "Zufallswiedergabe ei",
    "spui s'Album Discovery",
    "wer singt des grad",
    "lauter, i hör nix, da Bulldog lafft",
    "des Liad no amoi vo vorn",
    "Wiederholung aus",
    "spui an Daily",
    "mach de Musi in da Kuchl aus",
    "Lautsprecher in da Kuchl und im Stall zammschalten",
    "wos is des für a Liad",
    "spui wos vo da Queen",
    "wia warm is's draußn",
]
