"""Writer 195, a phone typist with autocorrect errors and dropped letters (Styrian Austrian), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer woa mei meistghörter künstler letzte wo",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="top 3 interpretn heuer bt",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="von wem bin i grad so bsessn",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="künstler des joares 2025?",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="wen hamma letztn monat am meistn ghört",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="wos is mei lieblingsliad diesn monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag ma meine 5 meistgspültn liada seit märz",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="meistghörts lied überhaupt",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="top song im summa?",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="welches album hob i heuer am öftestn ghört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="lieblingsalbum in letzta zeit",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="meine top 2 alben letztes joa",
        family="top_albums",
        period="last_year",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast is grad mei favorit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="meistghörter podcast im oktoba",
        family="top_podcasts",
        period="october",
    ),
    # listening_time
    Fresh(
        text="wie lang hob i heit scho ghört",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="wia lang is die wo musi grennt",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie vü stund podcast letztn monat",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="wie lang lief in da kuchl musi vorgestan",
        family="listening_time",
        period="day_before_yesterday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie lang hamma letzts wochenend ghört",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    # plays
    Fresh(
        text="wie vü liada hob i heit gspüt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wieviele wiedergabn insgesamt heuer",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="wie vü foign vom podcast in de letztn 7 tog",
        family="plays",
        period="last_7_days",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie vü verschiedene künstler hob i diesn monat ghört",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wieviele versch. bands insgesamt",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie vü unterschiedliche liada die wo",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="anzahl verschiedener songs seit oktober",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="wie oft hob i bohemien rapsodie heuer gspüt",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie vü queen hob i diesn monat ghört",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief phantom von justice im september",
        family="play_count",
        period="september",
        name="Phantom by Justice",
    ),
    Fresh(
        text="wie oft hob i sts ghört",
        family="play_count",
        period="all_time",
        name="STS",
    ),
    # did_i
    Fresh(
        text="hob i gestan justice ghört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="woa am samstag a air dabei",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="hob i heit in da fruah the daily ghört",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="in letzter zeit wos von cafe tacuba ghört?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="hob i jemals seiler und speer gspüt",
        family="did_i",
        period="all_time",
        name="Seiler und Speer",
    ),
    Fresh(
        text="hamma letztn freitag eres ghört",
        family="did_i",
        period="last_friday",
        name="Eres",
        person="we",
    ),
    # what_played
    Fresh(
        text="wos hob i gestan obnd ghört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wos lief letzte nocht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="erzähl mal wos i am 3. november ghört hob",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wos lief heit nomittag in da kuchl",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="wos hot de ada vorgestan ghört",
        family="what_played",
        period="day_before_yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="wos woa gestan um zehn nach acht am obnd drauf",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="heit fruah um halb 9 wos hot do gspüt",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welches liad lief am samstag um 12 zmittag",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="wos woa um fünf nach fünf heit nomittag",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="wos lief am mittwoch um 9 auf d nocht",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="wie tät ma mein musikgschmack beschreibn",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wos für musi hör i eigentlich so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör i meistns musi",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="zu wöcha uhrzeit und an wöchn tog hör i am meistn",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hob i in letzter zeit neue künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche interpretn woan heuer neu",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="wie oft skip i eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is mei skiprate diesn monat",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="wie oft hör i de gleichn liada imma wieda",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wiederholungsrate letzte wo",
        family="repeat",
        period="last_week",
    ),
    # streak
    Fresh(
        text="wie vü tog hintanand hob i scho ghört",
        family="streak",
    ),
    Fresh(
        text="wie lang is mei serie grad, tog am stück",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hob i zum erstn mol draft punk ghört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="seit wann is genesis in meina liste",
        family="first_play",
        name="Genesis",
    ),
    # last_play
    Fresh(
        text="wann hob i des letzte mol dont stop me now ghört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann lief the daily zletzt",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="wos woa des letzte liad des i gspüt hob",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit wos für an liad hob i heit ogfangt",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wos woa des erste liad gestan",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit wos hob i am samstag gstartet",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="wos woa des letzte liad vorgestan",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="letztn freitag wos is do als letztes glaufn",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="welches liad skip i am öftestn",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchn künstler überspring i am meistn",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wos is grad mei dauerbrenner",
        family="on_repeat",
    ),
    Fresh(
        text="welches liad kann i grad ned aufhörn zu hörn",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal wie woa mei oktoba",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib ma an rückblick auf mei joa",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie woa mei wo so",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="zsammfassung vom letztn monat bt",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="hör i mehr in da fruah oder auf d nocht",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör i am wochenend mehr als unter da wo",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spü daft punk in da kuchl",
    "mach d musi lauter",
    "wos lauft grad in da kuchl",
    "wos is des für a liad",
    "überspring des liad bt",
    "podcast pausieren",
    "nächstes liad im wohnzimma",
    "licht in da kuchl aus",
    "spü des album discovery",
    "lautstärke auf 5",
    "zufallswiedergabe ein",
    "wiederholn aus",
    "kuchl und wohnzimma lautsprecher zsammhängen",
    "timer auf 10 minutn",
    "wie wird s wetta morgn in graz",
    "schreib milch auf d einkaufsliste",
    "heizung auf 22 grad",
    "wos hör i grad",
    "spü the daily",
    "mach leiser oida",
    "stop d musi",
    "spü wos von queen",
    "weiter mitm podcast",
    "wer singt des grad",
    "spü vllt wos ruhigs in da kuchl",
    "wecker auf halb 7",
    "des liad gfoit ma, merks da",
    "spü radio steiermark",
    "lautsprecher in da kuchl aus",
    "nächste folge vo the daily",
    "30 sek zruck spuln",
]
