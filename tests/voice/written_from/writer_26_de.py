"""Writer 26, podcast-heavy household listener (Franconian, Nuremberg, speech-to-text), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="sag amol wen hobbi in letzter Zeit am meisten ghört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wer woar bei uns letzten Monat fei die Nummer eins",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Künstler vom Joahr zwanzig fünfazwanzig wer woar des",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="mei Lieblingsliedla heier wos is des",
        family="top_tracks",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="die drei Lieder wo i am meisten ghört hob seit Oktober",
        family="top_tracks",
        period="since_october",
        content="music",
        count=3,
    ),
    Fresh(
        text="in der Küch welches Liedla is do am meisten glaufn",
        family="top_tracks",
        period="all_time",
        content="music",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="wos is denn eigentlich mei Lieblingsbladde",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welche Bladde hammer im Sommer am meisten laafn lassn",
        family="top_albums",
        period="summer",
        person="we",
    ),
    # top_podcasts
    Fresh(
        text="welcher Bodcast is fei grad mei Ding",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    Fresh(
        text="wos woar mei meistghörter Bodcast letzts Joahr",
        family="top_podcasts",
        period="last_year",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="wie lang hobbi heid scho Bodcasts ghört sei ehrlich",
        family="listening_time",
        period="today",
        content="podcasts",
    ),
    Fresh(
        text="wie lang lief gestern Musik in der Küch",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viel Stundn hammer letzte Wochn ghört",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie viel hod die Ada letzte Wochn ghört",
        family="listening_time",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="wie lang hobbi seit Montag so ghört ungefähr",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="wie lang ham mer gestern Obnd fei Musik ghabt",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="wie viele Folgen hobbi im Oktober ghört",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Liedla hobbi heid früh ghört",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Lieder hobbi in die letztn siebn Tag ghört",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedne Künstler hobbi den Monat ghört",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wie viele verschiedne Bands hammer im September ghört",
        family="artists_count",
        period="september",
        person="we",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedne Liedla woarn des letzts Joahr",
        family="songs_count",
        period="last_year",
        content="music",
    ),
    Fresh(
        text="verschiedene Lieder in die letztn drei Monat wie viele woarn des",
        family="songs_count",
        period="last_3_months",
        content="music",
    ),
    # play_count
    Fresh(
        text="wie oft hobbi Bohemian Rhapsody heier ghört sei ehrlich",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief The Daily letzte Wochn in der Küch",
        family="play_count",
        period="last_week",
        name="The Daily",
        room="kitchen",
    ),
    Fresh(
        text="wie oft hobbi denn Daft Punk ghört in die letztn dreißig Tag",
        family="play_count",
        period="last_30_days",
        name="Daft Punk",
    ),
    # did_i
    Fresh(
        text="hobbi gestern The Daily ghört oder ned",
        family="did_i",
        period="yesterday",
        name="The Daily",
    ),
    Fresh(
        text="hammer am Wochenende wos von Justice ghört",
        family="did_i",
        period="last_weekend",
        name="Justice",
        person="we",
    ),
    Fresh(
        text="hobbi fei jemals Radiohead ghört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    # what_played
    Fresh(
        text="wos hobbi gestern Obnd ghört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="erzähl mal wos lief vorgestern bei uns",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="wos hobbi in die letztn zwa Wochn so ghört",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="wos lief gestern so um achte rum",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="wos woar heid früh um halb neune",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wos lief heid Nachmittag um Viertel nach fünfe in der Küch",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="wos für a Zeuch hör i eigentlich so gern",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="sag mal wie is mei Musikgschmack gell ganz ehrlich",
        family="taste",
        period="all_time",
        content="music",
    ),
    # peak
    Fresh(
        text="wann hör i normalerweis am meisten Uhrzeit und Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hobbi in letzter Zeit irgendwen Neies entdeckt oder nur Bodcasts",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="neue Künstler im August hobbi do wen ghabt",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(text="wie oft skipp i eigentlich weiter", family="skips", period="all_time"),
    # repeat
    Fresh(
        text="hör i immer die gleichn Liedla sei ehrlich",
        family="repeat",
        period="all_time",
        content="music",
    ),
    # streak
    Fresh(text="wie viele Tag am Stück hobbi etz scho ghört", family="streak"),
    # first_play
    Fresh(
        text="wann hobbi Justice zum erschtn Mal ghört",
        family="first_play",
        name="Justice",
    ),
    Fresh(text="seit wann hör i fei The Daily", family="first_play", name="The Daily"),
    # last_play
    Fresh(text="wann hobbi zuletzt Air ghört", family="last_play", name="Air"),
    Fresh(
        text="wann hobbi des letzte Mal Don't Stop Me Now ghört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(text="wos woar des letzte Liedla wo i ghört hob", family="last_song"),
    # first_today
    Fresh(text="mit wos bin i heid früh aufgwacht", family="first_today"),
    # first_in
    Fresh(
        text="wos woar des erschte Liedla gestern",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="letzten Freitag mit wos hobbi do ogfangt",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="wos woar des letzte Liedla am Samstag",
        family="last_in",
        period="saturday",
        content="music",
    ),
    # most_skipped
    Fresh(
        text="welches Liedla skipp i am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="bei welchem Künstler drück i am öftestn weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="wos läuft bei mir grad in Dauerschleife", family="on_repeat"),
    # recap
    Fresh(text="erzähl mal wie woar mei Wochn", family="recap", period="this_week"),
    Fresh(
        text="gib mer an Rückblick auf mei Joahr", family="recap", period="this_year"
    ),
    Fresh(
        text="wie woar unser Oktober so musikalisch und bodcastmäßig",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="hör i mehr in der Früh oder am Obnd",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör i am Wochenende mehr als unter der Wochn gell",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küch",
    "spiel die neie Folge von The Daily",
    "mach amol den Bodcast aus",
    "Bodcast pausiern do is wer an der Dür",
    "mach die Musik a weng lauter",
    "mach die Küch leiser fei",
    "wos läuft grad in der Küch",
    "wos is des für a Liedla",
    "wos hör i grad",
    "nächstes Liedla bittschön",
    "spiel die Bladde Discovery",
    "mach Zufallswiedergabe an",
    "Wiederholn aus",
    "spiel des im Wohnzimmer a",
    "stell an Timer auf zehn Minudn",
    "wie werd des Wedder morgn",
    "schreib Milch auf die Einkaufslistn",
    "mach des Licht in der Küch aus",
    "Heizung auf einazwanzig Grad",
    "spul dreißig Sekundn vor die Werbung nervt",
    "Lautstärke auf vier",
    "spiel a weng wos Ruhigs in der Küch",
    "hör auf mit der Musik im Kinnerzimmer",
    "wie spät is etz",
]
