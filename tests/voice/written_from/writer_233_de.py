"""Writer 233, student in Munich (Bavarian), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wer woa mei meistgheata Künstler letzte Woch",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="oiso wen hob i in letzter Zeit am meistn gheat",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="welcha Künstler woa zwoatausendfünfazwanzg mei Nummer oans",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="wos is mei Liadl vom Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag amoi meine drei meistgspuitn Liadl",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="welches Liadl hob i im Summa am meistn gspuit",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="welches Album hob i heuer am meistn gspuit",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="wos woa im Oktober mei Lieblingspodcast",
        family="top_podcasts",
        period="october",
    ),
    Fresh(
        text="wia lang hob i heid Musik gheat",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wia vui Stund lief bei uns letztn Monat Musik",
        family="listening_time",
        period="last_month",
        person="we",
        content="music",
    ),
    Fresh(
        text="wia lang hob i de letztn 30 Tog Podcasts gheat",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wia vui Liadl hob i heid in da Friah gspuit",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wia oft hob i seit Montag wos gspuit",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wia vui Liadl hamma letztes Wochenend gspuit",
        family="plays",
        period="last_weekend",
        person="we",
        content="music",
    ),
    Fresh(
        text="wia vui verschiedene Künstler hob i heuer gheat",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wia vui verschiedene Liadl woan des im September",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wia oft hob i Bohemian Rhapsody gheat",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wia oft lief The Daily de letztn drei Monat",
        family="play_count",
        period="last_3_months",
        name="The Daily",
    ),
    Fresh(
        text="wia vui Folgn vo The Daily hob i seit Oktober gheat",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    Fresh(
        text="hob i gestan Justice gheat",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hob i vorgestern wos vo Air gheat",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="hob i in letzter Zeit Radiohead gspuit",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    Fresh(
        text="heid in da Friah, hob i da Daily gheat",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Café Tacvba, hob i de letztn Summa gheat",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="hob i seit März Wet Leg gspuit",
        family="did_i",
        period="since_march",
        name="Wet Leg",
    ),
    Fresh(
        text="wos hob i gestan auf d'Nacht gheat",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wos lief am Samstag in da Küch",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="in da Küch, wos lief letzte Nacht",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    Fresh(
        text="wos hod gestan so um dreiviertel acht gspuit",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wos lief heid um hoibe neine in da Friah",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wos fia Musik mog i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wia dad'st mein Gschmack heuer beschreibn",
        family="taste",
        period="this_year",
    ),
    Fresh(
        text="wann hör i normalerweis am meistn, oiso Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hob i diesn Monat neie Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Künstler san de letztn sieben Tog neu dazukemma",
        family="new_artists",
        period="last_7_days",
    ),
    Fresh(
        text="wia oft skip i eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wia hoch woa mei Skiprate im August",
        family="skips",
        period="august",
    ),
    Fresh(
        text="wia oft hör i de gleichn Liadl immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wia vui Tog hintanand hob i jetzt scho gheat",
        family="streak",
    ),
    Fresh(
        text="wann hob i Daft Punk as erste Moi gheat",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann hob i des letzte Moi Queen gheat",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="One More Time vo Daft Punk, wann lief des zletzt",
        family="last_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="wos woa des letzte Liadl des i gspuit hob",
        family="last_song",
    ),
    Fresh(
        text="mit wos bin i heid aufgwacht, oiso des erste Liadl",
        family="first_today",
    ),
    Fresh(
        text="wos woa des erste Liadl gestan",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit wos hob i letztn Freitag aufghört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="wos woa am Samstag des letzte Liadl",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welches Liadl skip i am öftesten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="bei welchem Künstler drück i am meistn auf weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wos hob i grad fei in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl amoi, wia woa mei Oktober musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="fass ma mei Jahr zsamm",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wia woa mei Woch so, musikmäßig",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="hör i mehr in da Friah oder auf d'Nacht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör i am Wochenend mehr ois unter da Woch",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spui Daft Punk in da Küch",
    "mach d'Musik lauter",
    "wos lafft grad in da Küch",
    "wos is des fia a Liadl",
    "überspring des Liadl",
    "pausier an Podcast",
    "nächsts Liadl im Wohnzimma",
    "mach des Liacht in da Küch aus",
    "spui des Album Discovery",
    "leiser bittschön",
    "Zufallswiedergabe o",
    "Wiederholung aus",
    "verbind an Lautsprecher in da Küch mitm Wohnzimma",
    "stell an Timer auf zehn Minuten fia d'Brezn",
    "wia werd's Wetta heid",
    "setz Weißwürscht auf d'Einkaufslistn",
    "stell d'Heizung auf zwoaradzwanzg Grad",
    "wos hör i grad",
    "spui de neieste Folge vo The Daily",
    "hör auf mit da Musik",
    "spui wos vo Queen",
    "wer singt des grad",
    "weck mi morgn um sieme",
    "lauter in da Küch, fei",
]
