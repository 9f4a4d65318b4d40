"""Writer 248, Tiroler Bauer, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hob i heuer am meisten glost",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer isch mei Nummer oans in letzter Zeit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top fünf Künstler seit Oktober",
        family="top_artists",
        period="since_october",
        count=5,
    ),
    Fresh(text="wos isch mei Lieblingsliadl", family="top_tracks", period="all_time"),
    Fresh(
        text="die drei Liadln, de i letzte Wocha am meisten glost hob",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="wöllas Liadl lauft in da Kuchl am meisten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="wos fir a Album hob i im Oktober am meisten glost",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="wos wor mei Lieblingsalbum letzten Summa",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="wos fir an Podcast los i am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wia lang hob i heint Musig glost",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wia vül Stundn hobm mir gestan glost",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="wia vül Stundn Podcast hob i im August glost",
        family="listening_time",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="wia lang hob i im Johr zwanzg fünfazwanzg glost",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="wia vül Liadln hob i die Wocha gspült",
        family="plays",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wia vül Podcast-Folgen hob i seit Montag glost",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wia vül verschiedene Künstler hob i heuer glost",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wia vül verschiedene Liadln warn des im letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wia oft hob i Bohemian Rhapsody glost",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wia oft isch Queen gloffn seit Mörz",
        family="play_count",
        period="since_march",
        name="Queen",
    ),
    Fresh(
        text="wia oft hobm mir im Summa Daft Punk glost",
        family="play_count",
        period="summer",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="wia oft isch Don't Stop Me Now gloffn in de letzten dreißg Tog",
        family="play_count",
        period="last_30_days",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="hob i gestan Justice glost",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hob i heint in da Fria The Daily glost",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Radiohead, hob i des jemals glost",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hob i heint am Nomittog Queen glost",
        family="did_i",
        period="this_afternoon",
        name="Queen",
    ),
    Fresh(
        text="wos hob i vorgestan glost",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wos isch letzte Nocht gloffn", family="what_played", period="last_night"
    ),
    Fresh(
        text="wos hot die Ada letzte Wocha glost",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="am dritten November, wos isch do gloffn",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="um ochte gestan auf d'Nocht, wos isch do gloffn",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="heint in da Fria um ochte, wos hot do gspült",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="wos isch heint um halb sechse gloffn",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(text="wia isch mei Gschmack eigentlich", family="taste", period="all_time"),
    Fresh(
        text="wann los i meistens, um wia vül Uhr und an wöllam Tog",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wöllene Künstler hob i heuer zum erschtn Mol glost",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="hob i in letzter Zeit epps Neis entdeckt, an neuen Künstler",
        family="new_artists",
        period="lately",
    ),
    Fresh(text="wia oft überspring i epps", family="skips", period="all_time"),
    Fresh(
        text="hör i oft des Gleiche immer wieder", family="repeat", period="all_time"
    ),
    Fresh(text="wia vül Tog hintereinander hob i glost", family="streak"),
    Fresh(
        text="wann hob i Daft Punk 's erschte Mol glost",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Wet Leg, wann wor des 's erschte Mol", family="first_play", name="Wet Leg"
    ),
    Fresh(text="wann hob i 's letzte Mol Air glost", family="last_play", name="Air"),
    Fresh(
        text="wann wor The Daily 's letzte Mol dran",
        family="last_play",
        name="The Daily",
    ),
    Fresh(text="wos wor 's letzte Liadl, des i glost hob", family="last_song"),
    Fresh(text="wos wor heint mei erschts Liadl", family="first_today"),
    Fresh(
        text="wos wor 's erschte Liadl am Somstog", family="first_in", period="saturday"
    ),
    Fresh(
        text="mit wöllam Liadl hob i gestan aufghört",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="wos wor des letzte Liadl letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="wöllas Liadl überspring i am öftesten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wöllan Künstler drück i am meisten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wos fir a Liadl lauft bei mir grod in Dauerschleife", family="on_repeat"
    ),
    Fresh(
        text="sog amol, wia isch mei Johr gloffn", family="recap", period="this_year"
    ),
    Fresh(
        text="a Rückblick auf letzte Wocha bei uns",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(text="gib ma an Überblick übers Losn", family="recap", period="this_month"),
    Fresh(
        text="los i mehr in da Fria oder auf d'Nocht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="los i am Wochenend mehr ols unter da Wocha",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spül Daft Punk in da Kuchl",
    "mach die Musig lauter",
    "leiser bitte",
    "des Liadl überspringen",
    "nächstes Liadl",
    "Podcast stopp",
    "wos isch des fir a Liadl",
    "wos lauft grod in da Kuchl",
    "mach 's Licht in da Kuchl aus",
    "spül 's Album Discovery",
    "Zufallswiedergabe ein",
    "des Liadl in Dauerschleife spüln",
    "Wecker auf fünfe in da Fria",
    "Timer auf zehn Minutn",
    "wia wird 's Wetter morgn",
    "schreib Milch auf 'n Einkaufszettl",
    "Heizung auf zwoazwanzg Grad",
    "Lautstärke auf vier",
    "spül The Daily",
    "Musig aus",
    "Lautsprecher in da Kuchl und in da Stubn zomschaltn",
    "wos los i grod",
    "spül Volksmusig in da Stubn",
    "an Liadl zruck",
]
