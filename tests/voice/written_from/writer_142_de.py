"""Writer 142, teenager (Hamburg, Jugendsprache), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="digga wen hab ich diesen monat am meisten gehört",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="moin, was war mein meistgehörter song letzte woche",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="hab ich gestern daft punk gehört oder nich",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich bohemian rhapsody gehört alter",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="was lief gestern so gegen viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wie lange hab ich heute musik gehört, safe voll lange",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele lieder heute morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="welchen podcast suchte ich grad so",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was für zeug feier ich eigentlich so, beschreib mal meinen geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche uhrzeit hör ich meistens was",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich in letzter zeit neue künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="skippe ich echt so viel? sei ehrlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage am stück hab ich jetzt schon gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich justice zum ersten mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief zuletzt queen bei mir",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="was war der letzte song den ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="womit bin ich heute aufgewacht, also musikmäßig",
        family="first_today",
    ),
    Fresh(
        text="erster song vorgestern?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="welches lied hab ich am häufigsten geskippt",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="was hab ich grad auf dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war meine woche so",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="welcher künstler ist safe meine roman empire dieses jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top 3 songs im oktober, los",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welches album hab ich letzten monat am meisten gepumpt",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="was lief bei uns letztes wochenende so",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was hat ada gestern abend gehört",
        family="what_played",
        period="yesterday_evening",
        person="Ada",
    ),
    Fresh(
        text="wie viele verschiedene künstler hatte ich seit märz",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="wie viele unterschiedliche songs hab ich diese woche gehört",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="hab ich jemals radiohead gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="wie oft lief dance von justice in den letzten 30 tagen",
        family="play_count",
        period="last_30_days",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="welchen künstler skip ich am meisten, wild",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="hör ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="digga bin ich eher so wochenend hörer oder unter der woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="hör ich immer die gleichen lieder? mein bruder sagt ja, voll cringe",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="was war letzten freitag der letzte song",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="was lief heute um viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="alter das stimmt nich. wen hab ich letzte woche wirklich am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="in der küche, welcher song lief diesen sommer am meisten",
        family="top_tracks",
        period="summer",
        room="kitchen",
    ),
    Fresh(
        text="wie viele stunden podcast hab ich im september gehört",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie viele streams hatte ich 2025 insgesamt",
        family="plays",
        period="in_2025",
    ),
    Fresh(
        text="air lief in letzter zeit gar nich oder",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="wann lief eres von cafe tacvba das erste mal",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="wann hab ich zuletzt the daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="gib mir mal nen rückblick auf mein jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="was war der erste song heute nachmittag",
        family="first_in",
        period="this_afternoon",
    ),
    Fresh(
        text="wer war letzten sommer mein lieblingskünstler",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="welcher podcast lief bei mir überhaupt am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="was hab ich seit montag so gehört",
        family="what_played",
        period="since_monday",
    ),
    Fresh(
        text="neue künstler diesen monat? was geht",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie lange hab ich letzte nacht gehört",
        family="listening_time",
        period="last_night",
    ),
    Fresh(
        text="wie viel musik lief bei mir am 3. november",
        family="listening_time",
        period="november_3",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach mal lauter digga",
    "skip das lied, voll cringe",
    "wie heißt der song grad",
    "pause",
    "nächster track",
    "mach das licht in der küche aus",
    "stell nen timer auf 12 minuten",
    "wie wird das wetter morgen",
    "setz chips auf die einkaufsliste",
    "spiel das album discovery",
    "spiel the daily in der küche",
    "lautstärke auf 40",
    "shuffle an",
    "wiederhol das lied",
    "was läuft grad in der küche",
    "verbinde den küchenlautsprecher mit dem im wohnzimmer",
    "mach die musik aus",
    "spiel was von justice, was geht",
    "heizung auf 22",
    "ein lied zurück",
    "leiser bitte, mama schläft",
    "füg das lied zu meiner playlist hinzu",
    "wecker auf halb sieben",
]
