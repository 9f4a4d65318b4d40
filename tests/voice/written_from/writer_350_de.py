"""Writer 350, eine 14-Jährige aus Hamburg (Jugendsprache), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="digga wen hab ich diesen monat am meisten gehört",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer war lowkey mein top künstler letztes jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="moin, wer war im sommer so mein lieblingskünstler",
        family="top_artists",
        period="summer",
    ),
    Fresh(
        text="welcher artist war letzten sommer meine nummer eins, alter",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="was ist mein meistgehörter song ever",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="sag mal meine top 3 songs im oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="in der küche, was läuft da eigentlich am meisten so an songs",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="welches album hab ich dieses jahr am meisten gesuchtet",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="welcher podcast läuft bei mir in letzter zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange hab ich heute musik gehört, safe voll lange",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden lief bei uns letzte woche musik",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viele songs hab ich heute morgen gehört",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele podcastfolgen hab ich diesen monat gehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="seit montag wie viele lieder hab ich gehört, bestimmt wild viele",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche lieder hab ich letzten monat gehört",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie oft hab ich digital love gehört digga",
        family="play_count",
        period="all_time",
        name="Digital Love",
    ),
    Fresh(
        text="queen, wie oft lief das diese woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="hab ich gestern daft punk gehört",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ich in letzter zeit was von apache 207 gehört",
        family="did_i",
        period="lately",
        name="Apache 207",
    ),
    Fresh(
        text="lief vorgestern justice oder nee",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich seit oktober eres von cafe tacuba gehört",
        family="did_i",
        period="since_october",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="was hab ich gestern abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief letzte nacht, weiß nicht mehr",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was hab ich letztes wochenende gehört",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="was lief gestern so um viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute früh um acht",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="heut nachmittag um fünf was lief da",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="was für musik feier ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normalerweise musik, so uhrzeit und tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich diesen monat neue künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skippe ich songs, ehrlich jetzt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich immer die gleichen songs oder wie, wie hoch ist meine repeat rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage am stück hab ich musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal air gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wann hab ich dance von justice zum ersten mal gehört",
        family="first_play",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="wann hab ich das letzte mal bohemian rhapsody gehört",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wann lief the daily zuletzt",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="was war der letzte song den ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="mit welchem song bin ich heute aufgewacht",
        family="first_today",
    ),
    Fresh(
        text="was war gestern mein erster song",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was war der erste song letzten freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was war der letzte song am samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welchen song skippe ich am meisten, voll cringe wahrscheinlich",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was hab ich grad so in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein oktober musikmäßig",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mal nen jahresrückblick, aber safe nicht cringe",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am wochenende mehr als unter der woche digga",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach mal lauter digga",
    "skip den song",
    "welcher song ist das",
    "pausier den podcast",
    "nächster song im wohnzimmer",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "shuffle an",
    "mach wiederholen an",
    "stell nen timer auf zwölf minuten für die pizza",
    "wie wird das wetter morgen in hamburg",
    "schreib chips auf die einkaufsliste",
    "mach die heizung höher, ist voll kalt",
    "was hör ich gerade",
    "leiser bitte, meine mutter telefoniert",
    "verbinde die lautsprecher in küche und wohnzimmer",
    "spiel die neue folge von the daily",
    "stopp die musik",
    "spiel was von apache",
    "ein lied zurück",
    "was läuft gerade in der küche",
    "weck mich morgen um sieben",
]
