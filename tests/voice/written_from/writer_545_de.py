"""Writer 545, eine 15-Jährige aus Leipzig mit Jugendsprache, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="digga wer war dieses jahr mein meistgehörter artist",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hab ich in letzter zeit am meisten gepumpt lowkey",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="welcher künstler lief bei uns letzten monat am meisten",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="was war mein lieblingssong diesen monat ngl ich weiß es ni mehr",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag ma meine top 3 songs vom letzten jahr",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="welcher track lief seit montag am meisten, bestimmt der eine von justice",
        family="top_tracks",
        period="since_monday",
    ),
    Fresh(
        text="welches album hab ich im sommer am meisten gesuchtet",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mein top album ever was isses",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welcher podcast is grad so mein go to",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was war dieses jahr eigentlich mein meistgehörter podcast",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="wie lange hab ich heut schon musik gehört bestimmt wild lange",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden podcast hab ich letzte woche gehört, cringe wenns viel is",
        family="listening_time",
        period="last_week",
        content="podcasts",
    ),
    Fresh(
        text="digga wie lang lief bei uns in der küche gestern abend musik",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wie viele songs hab ich heut morgen gehört",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="seit oktober wie viele folgen hab ich gehört so ungefähr",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene artists warn das dieses jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="seit märz wie viele verschiedene künstler, grob",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="wie viele verschiedene songs hab ich im oktober gehört",
        family="songs_count",
        period="october",
    ),
    Fresh(
        text="die letzten 30 tage wie viele unterschiedliche tracks warn das",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft hab ich diesen monat bohemian rhapsody gehört fr",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief daft punk die letzten zwei wochen",
        family="play_count",
        period="last_2_weeks",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich apache 207 gehört lol",
        family="play_count",
        period="all_time",
        name="Apache 207",
    ),
    Fresh(
        text="hab ich gestern bissl queen gehört oder ni",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="lief letzte woche irgendwas von justice",
        family="did_i",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="shirin david im september, hab ich die gehört?",
        family="did_i",
        period="september",
        name="Shirin David",
    ),
    Fresh(
        text="was hab ich vorgestern so gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was lief am samstag bei uns",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was lief gestern um viertel vor acht, der song war so wild",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh um halb neun was lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was für nen musikgeschmack hab ich eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen vibe aber bitte ni cringe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normalerweise musik so uhrzeit und tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="zu welcher uhrzeit bin ich am meisten am hören, und an welchem tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich diesen monat neue artists entdeckt oder immer nur die gleichen",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche künstler hab ich letzten sommer zum ersten mal gehört",
        family="new_artists",
        period="last_summer",
    ),
    Fresh(
        text="wie oft skip ich eigentlich, so prozentual",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ich diese woche geskippt bestimmt wild viel",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="hör ich immer die gleichen songs oder wie",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie hoch is meine repeat rate im august",
        family="repeat",
        period="august",
    ),
    Fresh(
        text="wie viele tage am stück hab ich jetz gehört",
        family="streak",
    ),
    Fresh(
        text="meine streak wie lang isse grad",
        family="streak",
    ),
    Fresh(
        text="seit wann hör ich eigentlich justice also wann war das erste mal",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief digital love zum allerersten mal",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="wann hab ich zuletzt the daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="sexy boy von air wann lief das das letzte mal",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="was war der letzte song den ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="letzter song? sag ma schnell",
        family="last_song",
    ),
    Fresh(
        text="mit welchem song bin ich heut aufgewacht",
        family="first_today",
    ),
    Fresh(
        text="was war heute mein erster song, der war nämlich safe gut",
        family="first_today",
    ),
    Fresh(
        text="was war der erste song letzten freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="womit hab ich vorgestern angefangen",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was lief als letztes letzte nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="am 3. november welcher song war da der letzte",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="welchen song skip ich am meisten lol",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welcher track wird bei mir am häufigsten weggeskippt",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen artist skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen skip ich so am meisten also von den künstlern",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welcher song läuft bei mir grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="was hab ich grad so on repeat digga",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mal so nen rückblick aufs jahr, wie spotify wrapped halt",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie lief meine woche so, kurzer recap bitte",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so nachmittags oder abends am musik hören",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hör ich am wochenende mehr als unter der woche, also schultage",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wochentags oder wochenende wann läuft mehr musik bei mir",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "digga mach mal lauter",
    "skip den song der is cringe",
    "pause",
    "was is das fürn song",
    "was läuft grad in der küche",
    "nächster track",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "shuffle an bitte",
    "mach repeat an bei dem song",
    "lautstärke auf fünf",
    "stell nen timer auf zehn minuten für die nudeln",
    "wie wird das wetter morgen in leipzig",
    "schreib chips auf die einkaufsliste",
    "dreh die heizung hoch mir is kalt",
    "spiel ski aggu",
    "verbinde den küchenlautsprecher mit dem im wohnzimmer",
    "was hör ich grad",
    "mach die musik leiser mama telefoniert",
    "spiel the daily weiter",
    "einen song zurück",
    "wer singt das eigentlich",
    "spiel was chilliges in der küche",
    "weck mich morgen um sechs",
]
