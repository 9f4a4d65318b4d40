"""Writer 116, teenager, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="digga wer is mein top künstler diesen monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer war so meine obsession in letzter zeit lan",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="was waren meine top fünf künstler letztes jahr",
        family="top_artists",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="welcher künstler lief die letzten drei monate am meisten wallah",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wer war adas top künstler im september",
        family="top_artists",
        period="september",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="was is mein lieblingslied dieses jahr ischwör",
        family="top_tracks",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="sag ma meine top drei songs letzte woche",
        family="top_tracks",
        period="last_week",
        content="music",
        count=3,
    ),
    # top_albums
    Fresh(
        text="welches album hab ich im sommer am meisten gepumpt",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="was war mein top album zwanzig fünfundzwanzig",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast is so mein go-to digga",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
    ),
    Fresh(
        text="welchen podcast hab ich die letzten zwei wochen am meisten gehört",
        family="top_podcasts",
        period="last_2_weeks",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="wie lange lief musik heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich letzten monat gehört lan",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wie viel hab ich die letzten dreißig tage gehört, so zeitmäßig",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="wie viele lieder hab ich heute schon gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich diesen monat gehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele songs seit montag digga",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler dieses jahr digga",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene songs hab ich seit oktober gehört",
        family="songs_count",
        period="since_october",
        content="music",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich bohemian rhapsody gehört diese woche",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief daft punk küche letzten monat",
        family="play_count",
        period="last_month",
        name="Daft Punk",
        room="kitchen",
    ),
    Fresh(
        text="wie viel the daily hab ich seit märz gehört",
        family="play_count",
        period="since_march",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="hab ich gestern queen gehört oder was",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="digga hab ich jemals radiohead gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="haben wir letztes wochenende justice gehört",
        family="did_i",
        period="last_weekend",
        name="Justice",
        person="we",
    ),
    Fresh(
        text="letzten sommer air gehört oder nich",
        family="did_i",
        period="last_summer",
        name="Air",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern bei uns",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="was lief am dritten november",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="yalla was lief heute nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was hab ich die letzten sieben tage so gehört",
        family="what_played",
        period="last_7_days",
    ),
    # playing_at
    Fresh(
        text="was lief gestern so viertel vor acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh halb neun was lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heute um viertel nach fünf küche",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="was für musik feier ich eigentlich",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie würdest du mein geschmack beschreiben wallah",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich meistens, so uhrzeit und wochentag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter zeit neue künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche künstler hab ich im oktober zum ersten mal gehört",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="wie oft skippe ich eigentlich digga",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="was is meine skip rate diese woche",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="wie oft hör ich dieselben songs nochmal, so repeat rate mäßig",
        family="repeat",
        period="all_time",
        content="music",
    ),
    # streak
    Fresh(
        text="wie viele tage in folge hab ich gehört digga",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten mal justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="digital love wann hab ich das erste mal gehört",
        family="first_play",
        name="Digital Love",
    ),
    # last_play
    Fresh(
        text="wann lief the daily zuletzt",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann hab ich das letzte mal café tacvba gehört lan",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="was war letzte lied was ich gehört hab",
        family="last_song",
        content="music",
    ),
    # first_today
    Fresh(
        text="womit bin ich heute aufgewacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war erste song gestern",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="womit hab ich letzten freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="was war letzte song am samstag",
        family="last_in",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="was lief letzte nacht als letztes",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welches lied skip ich am meisten",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler skip ich am häufigsten lan",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was hab ich grad so in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welcher song läuft bei mir grad rauf und runter",
        family="on_repeat",
        content="music",
    ),
    # recap
    Fresh(
        text="erzähl ma wie war mein oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir ma jahresrückblick digga",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war meine woche so, kurze zusammenfassung",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich am wochenende mehr als unter der woche wallah",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "mach ma daft punk küche an",
    "lauter digga",
    "mach leiser, mama telefoniert",
    "skip das lied wallah is cringe",
    "was für song is das",
    "wer singt das grad",
    "pause podcast",
    "nächster song",
    "spiel queen im wohnzimmer",
    "mach zufallswiedergabe an",
    "mach das auf wiederholung",
    "licht küche aus",
    "stell timer zehn minuten für pizza",
    "wie wird wetter morgen",
    "schreib chips auf einkaufsliste",
    "mach heizung wärmer digga",
    "was läuft grad in küche",
    "was hör ich grad",
    "spiel album discovery",
    "mach musik aus",
    "verbinde küche lautsprecher mit wohnzimmer",
    "spiel neue folge the daily",
    "zurück zum letzten lied",
    "lautstärke auf sieben",
    "spul dreißig sekunden vor",
    "spiel ma was chilliges",
    "weck mich um sieben",
]
