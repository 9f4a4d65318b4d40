"""Writer 531, eine Ukrainerin in Leipzig mit Spracherkennung (Akzent, Erkennungsfehler, falsche Endungen, keine Satzzeichen), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="welche künstler ich habe am meisten gehört diese woche",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="wer war meine nummer eins sänger letzte monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="top drei künstler von dieses jahr",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="in küche welche künstler lief am meisten letzte sieben tage",
        family="top_artists",
        period="last_7_days",
        room="kitchen",
    ),
    Fresh(
        text="lieblingsband in zweitausendfünfundzwanzig",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="was ist mein lieblingslied seit oktober",
        family="top_tracks",
        period="since_october",
    ),
    Fresh(
        text="welche lied ich habe meiste gespielt in sommer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="fünf meiste gespielte lieder überhaupt",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="letzte sommer welche lied war nummer eins",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="welche album ich höre am meisten",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="meistgespielte album letzte drei monaten",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="welche podcast ich höre am meiste in letzte zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was ist meine lieblingspodcast dieses jahr",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="wie lange lief musik heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel stunden ich habe gehört letzte woche",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lange wir haben in küche musik gehört gestern abend",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie viel minuten podcast diese monat",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie lange ich habe musik gehört seit märz",
        family="listening_time",
        period="since_march",
        content="music",
    ),
    # plays
    Fresh(
        text="wie viele lieder ich habe gespielt heute morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viel mal wurde überhaupt was gespielt letzte dreißig tage",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele folgen von podcast im oktober",
        family="plays",
        period="october",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler ich habe gehört dieses jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wieviel unterschiedliche band in august",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="wie viel verschiedene lieder seit montag",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="wie viele unterschiedliche songs ich hatte in september",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="wie oft ich habe bohemian rapsodi gespielt diese monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief daft pank letzte woche",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie viel mal ich habe der daily gehört in letzte zwei wochen",
        family="play_count",
        period="last_2_weeks",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="hab ich gestern justis gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="ich habe heute früh der daily gehört oder nicht",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hab ich am wochenende kwien gehört",
        family="did_i",
        period="last_weekend",
        name="Queen",
    ),
    Fresh(
        text="hab ich jemals okean elsy gehört",
        family="did_i",
        period="all_time",
        name="Okean Elzy",
    ),
    Fresh(
        text="habe ich digital love von daft punk gehört vorgestern",
        family="did_i",
        period="day_before_yesterday",
        name="Digital Love by Daft Punk",
    ),
    # what_played
    Fresh(
        text="was ich habe gehört gestern abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief bei uns letzte freitag",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="was ich habe heute nachmittag gehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="welche musik ich hatte vorgestern",
        family="what_played",
        period="day_before_yesterday",
        content="music",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was war an heute um halb neun morgens",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welche lied lief gestern abend um acht uhr",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="was für geschmack ich habe bei musik",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meine geschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre meistens welche uhrzeit und welche tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="um wie viel uhr ich höre normal am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="welche neue künstler ich habe entdeckt diese monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="gibt es neue band in letzte zeit bei mir",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="wie oft ich überspringe lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel ich habe geskippt letzte woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="wie oft ich höre gleiche wieder und wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="was ist meine wiederholung rate dieses jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele tage hintereinander ich habe gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang ist meine serie tage ohne pause",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich habe zum erste mal justis gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann ist cafe tacuba in meine verlauf",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann ich habe letzte mal kwien gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief zuletzt der album moon safari",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="was war letzte lied was ich habe gespielt",
        family="last_song",
    ),
    Fresh(
        text="welche lied ich habe zuletzt gehört",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war erste lied heute",
        family="first_today",
    ),
    Fresh(
        text="mit welche lied ich bin heute aufgewacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erste lied von gestern was war das",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit ich habe angefangen am dritten november",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="letzte lied von letzte freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="womit ich habe aufgehört letzte nacht",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welche lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="was ist lied was ich immer wegdrücke",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche künstler ich skippe am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei welche sängerin oder band ich drücke immer weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welche lied ich höre immer wieder in diese tage",
        family="on_repeat",
    ),
    Fresh(
        text="was läuft bei mir in dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal wie war mein oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir rückblick von mein jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="sag mal wie war bei uns letzte woche so zusammenfassung",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="zusammenfassung bitte von meine hören",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="höre ich mehr am morgen oder am abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich mehr morgen oder nachmittag hörerin",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich am wochenende mehr als unter woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wochentage oder wochenende wann ich höre mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in küche",
    "mach musik lauter",
    "leiser bitte",
    "was für lied ist das",
    "welche lied läuft jetzt in küche",
    "nächste lied",
    "überspring diese lied",
    "pause podcast",
    "spiel album discovery",
    "mach licht in küche aus",
    "mach licht an in flur",
    "zufallswiedergabe an",
    "wiederholung aus bitte",
    "stell timer auf zehn minuten",
    "wie wird wetter morgen in leipzig",
    "schreib brot und milch auf einkaufsliste",
    "heizung auf zweiundzwanzig grad",
    "verbinde lautsprecher in küche und wohnzimmer",
    "spiel neue folge von the daily",
    "was höre ich gerade jetzt",
    "stop musik",
    "spiel ukrainische musik",
    "lautstärke auf fünf",
    "nächste titel in wohnzimmer",
]
