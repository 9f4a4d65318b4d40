"""Writer 150, forgetful quick student who talks in streaming-app lingo (Thuringia), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="nu, wer war'n letzte woche mei top-künstler",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="was war diesen monat mei meistgehörtes lied, gell",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="mei lieblingsalbum so insgesamt, welches is'n das",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welchen podcast hör ich in letzter zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange lief heute schon musike",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele lieder hab ich gestern gestreamt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künstler hatt ich im oktober",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="wie viele verschiedene songs dieses jahr, so fürs wrapped",
        family="songs_count",
        period="this_year",
    ),
    Fresh(
        text="wie oft lief diese woche bohemian rhapsody",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="hab ich gestern justice gehört, gell?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="ähm was hab ich gestern abend so gehört, weeß ich nimmer",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief gestern um viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was für musike hör ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche uhrzeit hör ich meistens, und an welchem tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue künstler diesen monat? hab ich wen entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skipp ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich nor immer dieselben lieder in schleife oder wie",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage am stück hab ich jetzt gehört, mei streak",
        family="streak",
    ),
    Fresh(
        text="wann hab ich air 's erste mal gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wann lief the daily zuletzt",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="was war nochma mei letzter song, hab's vergessen",
        family="last_song",
    ),
    Fresh(
        text="womit bin ich heut aufgewacht, so's allererste lied",
        family="first_today",
    ),
    Fresh(
        text="erstes lied vorgestern?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="womit hab ich letzten freitag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches lied skipp ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skipp ich am häufigsten, gell",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was hab ich grad so auf repeat",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war mei oktober musikmäßig",
        family="recap",
        period="october",
    ),
    Fresh(
        text="bin ich mehr so morgens- oder abendhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am wochenende mehr als unter der woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="was ham mir letzte woche gehört",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lange lief bei uns im september musike",
        family="listening_time",
        period="september",
        person="we",
        content="music",
    ),
    Fresh(
        text="was lief heute früh um acht",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="heut nachmittag um fünfe, was lief da",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="hab ich dies jahr überhaupt radiohead gehört",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="wie oft lief cafe tacuba seit märz",
        family="play_count",
        period="since_march",
        name="Café Tacvba",
    ),
    Fresh(
        text="mei wrapped fürs jahr bitte, nu",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="top drei künstler im sommer",
        family="top_artists",
        period="summer",
        count=3,
    ),
    Fresh(
        text="in der küche, welches album läuft da am meisten",
        family="top_albums",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="wie viele folgen hab ich letzten monat gehört",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="letztes lied gestern, was war das nochmal",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="wann lief dance von justice 's allererste mal",
        family="first_play",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="sag mal, was hab ich am samstag gehört",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="wie viele stunden hab ich letzte nacht gehört",
        family="listening_time",
        period="last_night",
    ),
    Fresh(
        text="welche künstler sind in den letzten 30 tagen neu dazugekommen",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="mei song des monats letzten monat, welcher war'n das",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="lief bei mir vorgestern queen",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="am dritten november, was lief da so",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wie hoch is mei skiprate seit montag",
        family="skips",
        period="since_monday",
    ),
    Fresh(
        text="gestern abend um acht, was hatt ich da an",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="zweitausendfünfundzwanzig, welcher podcast war da mei nummer eins",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="wie viele verschiedene lieder in den letzten sieben tagen",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="one more time von daft punk, wie oft hab ich das in letzter zeit gehört",
        family="play_count",
        period="lately",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="wann hab ich eres zuletzt gehört",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="gib mir mal so'n rückblick auf letztes jahr, wie bei der stats-seite",
        family="recap",
        period="last_year",
    ),
]

NEGATIVES = [
    "spiel mei discover weekly in der küche",
    "nu mach mal lauter",
    "füg das lied zu meinen lieblingssongs hinzu",
    "nächster titel",
    "was is'n das für ein lied",
    "mach shuffle an, gell",
    "pausier mal den podcast",
    "stell en timer auf zwölf minuten",
    "mach das licht in der küche aus",
    "spiel mei release radar",
    "spiel daft punk in der küche",
    "mach die musike leiser, nu",
    "überspring das lied",
    "wie wird's wetter morgen",
    "schreib milch auf die einkaufsliste",
    "spiel das album discovery",
    "was läuft grad",
    "wiederholung aus",
    "stell die heizung auf einundzwanzig",
    "spiel die neueste folge von the daily",
    "mach mal weiter mit meiner warteschlange",
    "lautstärke auf vierzig",
    "spiel mei daylist in der küche",
    "gruppier die küche mit'm wohnzimmer-lautsprecher",
    "stopp, mir gehn jetzt los",
    "was is das für'n künstler grad",
]
