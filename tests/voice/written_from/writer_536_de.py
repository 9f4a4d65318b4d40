"""Writer 536, ein Schweizer aus Bern mit Spracherkennung, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="grüezi wer war mein meistgehörter künstler dieses jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welche band hab ich letzten monat am meisten gehört",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="wer isch im letzten sommer mein lieblingskünstler gsi",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="vom letzten wochenende die meistgehörten künstler",
        family="top_artists",
        period="last_weekend",
    ),
    Fresh(
        text="meine drei lieblingslieder im oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="was isch mein lied des monats",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="in der chuchi was lief diesen sommer am meisten",
        family="top_tracks",
        period="summer",
        room="kitchen",
    ),
    Fresh(
        text="über die letzten zwei wochen mein top lied",
        family="top_tracks",
        period="last_2_weeks",
    ),
    Fresh(
        text="welches album hab ich seit märz am meisten laufen lassen",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="die fünf meistgespielten alben aller zeiten",
        family="top_albums",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welchen podcast hör ich in letzter zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="welcher podcast lief im jahr zwanzig fünfundzwanzig am meisten",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="wie lange lief musik heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden haben wir letzte woche gehört",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie viel musik lief seit montag",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viel hat ada diese woche gehört",
        family="listening_time",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="wieviel hab ich im august gehört äuä",
        family="listening_time",
        period="august",
    ),
    Fresh(
        text="wie viele lieder hab ich gestern gespielt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele podcast folgen diesen monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele songs in den letzten sieben tagen",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="letztes jahr wie viele lieder insgesamt",
        family="plays",
        period="last_year",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene lieder in den letzten dreissig tagen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft hab ich bohemian rapsodie diese woche gehört",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief de deili im september",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    Fresh(
        text="wie oft lief phantom von justice seit oktober",
        family="play_count",
        period="since_october",
        name="Phantom by Justice",
    ),
    Fresh(
        text="hab ich gestern queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="sag mal hab ich in letzter zeit justice gehört",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="hab ich im sommer radiohead gehört",
        family="did_i",
        period="summer",
        name="Radiohead",
    ),
    Fresh(
        text="am dritten november kafe takuba gehört",
        family="did_i",
        period="november_3",
        name="Café Tacvba",
    ),
    Fresh(
        text="was hab ich gestern abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief bei uns am samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="vorgestern was hab ich da gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was hab ich heute nachmittag gehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was lief gestern um viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute früh um acht",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="heute nachmittag um viertel nach fünf was isch gelaufen",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was für musik gefällt mir eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche zeit und an welchem wochentag hör ich meistens musik",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich diesen monat neue künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche neuen künstler in den letzten drei monaten",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft überspring ich lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch isch mini skiprate im oktober",
        family="skips",
        period="october",
    ),
    Fresh(
        text="wie oft hör ich die gleichen lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage am stück hab ich musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal daft pank gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann hab ich das erste mal wet leg gehört",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="wann hab ich zuletzt eres gehört",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="the daily wann lief das das letzte mal",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="was war das letzte lied",
        family="last_song",
    ),
    Fresh(
        text="mit welchem lied bin ich heute aufgewacht",
        family="first_today",
    ),
    Fresh(
        text="was war das erste lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten freitag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="letzte nacht welches lied kam als letztes",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welches lied überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skippe ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was lauft bei mir grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="gib mir einen rückblick auf mein jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war unsere letzte woche musikalisch",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="hör ich mehr am morgen oder am abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="lauft bei mir unter der woche mehr musik oder am wochenende",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der chuchi",
    "mach die musik lauter",
    "was lauft grad in der küche",
    "was isch das für ein lied",
    "überspring das lied",
    "pausier den podcast",
    "nächster titel im wohnzimmer",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "lautstärke auf dreissig",
    "zufallswiedergabe ein",
    "wiederholung ausschalten",
    "gruppier den küchenlautsprecher mit dem im stübli",
    "stell einen timer auf zehn minuten ich muss noch das auto parkieren",
    "wie wird das wetter morgen in bern",
    "tu milch auf die einkaufsliste",
    "heizung auf einundzwanzig grad",
    "was hör ich grad jetzt",
    "grüezi spiel the daily",
    "spiel queen ab",
    "mach leiser bitte",
    "stopp die musik",
    "wer singt das",
    "nächste folge vom podcast",
]
