"""Writer 550, ein 16-Jähriger aus Hamburg mit Jugendsprache, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="digga wer war dieses jahr mein meistgehörter künstler",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hab ich in letzter zeit so gesuchtet wallah",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="meine top drei künstler letzten monat, safe daft punk oder",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="was war im sommer mein lieblingslied digga",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="meine fünf meistgehörten songs ever, los",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welcher song lief bei mir diesen monat am meisten",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welches album hab ich am meisten gehört alter",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="lieblingsalbum seit märz?",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="welchen podcast hör ich eigentlich am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="bruder welcher podcast war zwanzig fünfundzwanzig so mein ding",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="wie viele stunden musik hab ich heute gehört digga",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie lang hab ich gestern insgesamt gehört",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="wie lange lief letzte woche bei uns in der küche musik",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wie viele minuten podcast diesen monat, bin lost",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele lieder hab ich seit montag gehört",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viele streams hab ich dieses jahr so",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich die letzten sieben tage gehört",
        family="artists_count",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele artists waren das im oktober",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="wie viele verschiedene songs hab ich diese woche gepumpt",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="anzahl unterschiedliche lieder letzte drei monate",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft lief bohemian rhapsody bei mir, ehrlich jetzt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft hab ich diesen monat justice gehört",
        family="play_count",
        period="this_month",
        name="Justice",
    ),
    Fresh(
        text="wie oft hab ich dieses jahr apache 207 gehört",
        family="play_count",
        period="this_year",
        name="Apache 207",
    ),
    Fresh(
        text="hab ich gestern air gehört oder bin ich lost",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="lief heute morgen the daily?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="haben wir am samstag queen gehört",
        family="did_i",
        period="saturday",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="hab ich jemals ski aggu gehört",
        family="did_i",
        period="all_time",
        name="Ski Aggu",
    ),
    Fresh(
        text="digital love, hab ich das im august gehört",
        family="did_i",
        period="august",
        name="Digital Love",
    ),
    Fresh(
        text="was hab ich gestern abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="digga was lief vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was hat ada letzte nacht gehört",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    Fresh(
        text="was lief gestern abend um acht",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="heute um fünf, was lief da",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="was für musik feier ich eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen musikgeschmack aber nicht cringe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel uhr hör ich meistens musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wann hör ich so am meisten also uhrzeit und wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich in letzter zeit neue künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche artists waren seit oktober neu für mich",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="wie oft skip ich eigentlich, safe voll oft",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="skiprate die letzten 30 tage?",
        family="skips",
        period="last_30_days",
    ),
    Fresh(
        text="hör ich immer die gleichen lieder oder wie, so wie oft wiederhol ich",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie krass ist meine repeat rate dieses jahr",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="wie viele tage am stück hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang ist mein streak digga",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal daft punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="seit wann hör ich eigentlich eres",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="wann hab ich das letzte mal phantom gehört",
        family="last_play",
        name="Phantom",
    ),
    Fresh(
        text="wann lief zuletzt cafe tacuba",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="was war mein letzter song",
        family="last_song",
    ),
    Fresh(
        text="moin, was war heute mein erster song",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich heute wach geworden, welches lied",
        family="first_today",
    ),
    Fresh(
        text="was war gestern das erste lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich am dritten november angefangen",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="was lief letzten freitag als letztes",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="letzter song im september?",
        family="last_in",
        period="september",
    ),
    Fresh(
        text="welchen song skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welches lied drück ich immer weg wallah",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen skip ich so am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was hab ich grad auf repeat",
        family="on_repeat",
    ),
    Fresh(
        text="welcher song läuft bei mir grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="gib mal n rückblick auf mein jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war meine woche so musikmäßig",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="fass mal letzten sommer zusammen",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so n nachmittags oder nachts hörer",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="unter der woche oder am wochenende, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="pump ich am wochenende mehr musik oder werktags",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche digga",
    "mach lauter",
    "skip den song der ist cringe",
    "was ist das für ein lied",
    "pausier mal den podcast",
    "nächster song",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "lautstärke auf vierzig",
    "zufallswiedergabe an",
    "mach den song auf repeat",
    "verbinde den küchenlautsprecher mit dem im wohnzimmer",
    "stell nen timer auf zehn minuten für die pizza",
    "wie wird das wetter morgen, safe schietwetter",
    "schreib energy auf die einkaufsliste",
    "heizung auf zweiundzwanzig grad",
    "was hör ich grad",
    "wer singt das",
    "spiel the daily",
    "digga mach leiser meine mutter telefoniert",
    "spiel was chilliges zum lernen",
    "musik aus",
    "weiter abspielen",
    "ein lied zurück",
    "was läuft grad in der küche",
]
