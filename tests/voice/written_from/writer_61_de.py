"""Writer 61, ein 16-jähriger Teenager aus Hamburg (Jugendsprache), Deutsch."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="digga wer war mein meistgehörter künstler letzten monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="wen hab ich in letzter zeit so krass gesuchtet",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="meine top drei künstler dieses jahr, sag mal",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="wer war im august mein top artist", family="top_artists", period="august"
    ),
    # top_tracks
    Fresh(
        text="was war mein lieblingssong im sommer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="nenn mir meine fünf meistgehörten lieder aller zeiten",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="in der küche, welcher song läuft da am meisten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="top 10 songs der letzten drei monate",
        family="top_tracks",
        period="last_3_months",
        count=10,
    ),
    # top_albums
    Fresh(
        text="welches album hab ich dieses jahr am meisten gepumpt",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mein meistgehörtes album seit oktober?",
        family="top_albums",
        period="since_october",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welchen podcast hab ich letztes jahr am meisten gehört",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="wie lange hab ich heute schon musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich letzte woche gehört, safe voll viele",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lang hatten wir gestern musik an",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viel zeit hab ich seit märz mit podcasts verbracht",
        family="listening_time",
        period="since_march",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele songs hab ich heute morgen gehört",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich im oktober gehört",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie oft hab ich insgesamt was abgespielt in den letzten 30 tagen",
        family="plays",
        period="last_30_days",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="digga wie viele unterschiedliche artists hab ich letzten sommer gehört",
        family="artists_count",
        period="last_summer",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene lieder hab ich im september gehört",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wie viele unterschiedliche songs liefen seit montag",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich bohemian rhapsody gehört, wild oder",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief daft punk diese woche",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich apache 207 gehört",
        family="play_count",
        period="all_time",
        name="Apache 207",
    ),
    Fresh(
        text="wie oft lief one more time von daft punk in den letzten sieben tagen",
        family="play_count",
        period="last_7_days",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="hab ich gestern justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief bei uns letztes wochenende queen",
        family="did_i",
        period="last_weekend",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="hab ich in letzter zeit air gehört oder nee",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="hab ich vorgestern the daily gehört",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="am dritten november, hab ich da daft punk gehört",
        family="did_i",
        period="november_3",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hab ich heute nachmittag gehört, hab voll lost",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was hat ada letzten freitag gehört",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    Fresh(
        text="was hab ich in den letzten zwei wochen so gehört",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="digga was lief gestern abend um zehn nach acht",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="welcher song lief heute früh um acht",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="was lief heute um 17 uhr", family="playing_at", moment="2026-11-20 17:00"
    ),
    # taste
    Fresh(
        text="was für nen geschmack hab ich eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen musikgeschmack digga",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel uhr hör ich normalerweise", family="peak", period="all_time"
    ),
    Fresh(
        text="wann hör ich so am meisten, also welche uhrzeit und welcher wochentag",
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
        text="welche neuen artists kamen diesen monat dazu",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(text="wie oft skippe ich eigentlich", family="skips", period="all_time"),
    Fresh(
        text="was ist meine skiprate diese woche", family="skips", period="this_week"
    ),
    # repeat
    Fresh(
        text="wie oft hör ich dieselben sachen immer wieder, so wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war meine wiederholungsrate letzten monat",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(text="wie viele tage am stück hab ich schon was gehört", family="streak"),
    Fresh(text="wie lang ist meine streak grad", family="streak"),
    # first_play
    Fresh(
        text="wann hab ich zum ersten mal justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann ist café tacvba in meinem verlauf",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hab ich das erste mal ski aggu gehört",
        family="first_play",
        name="Ski Aggu",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt sexy boy gehört", family="last_play", name="Sexy Boy"
    ),
    Fresh(
        text="wann lief das letzte mal the daily", family="last_play", name="The Daily"
    ),
    # last_song
    Fresh(text="was war der letzte song den ich gehört hab", family="last_song"),
    Fresh(text="welches lied lief bei mir zuletzt", family="last_song"),
    # first_today
    Fresh(text="mit welchem song bin ich heute aufgewacht", family="first_today"),
    Fresh(text="was war heute mein erster song", family="first_today"),
    # first_in
    Fresh(
        text="was war mein erster song am samstag", family="first_in", period="saturday"
    ),
    Fresh(
        text="womit hab ich letzte woche angefangen, also erster song",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(text="was war der letzte song gestern", family="last_in", period="yesterday"),
    Fresh(
        text="womit hab ich den oktober beendet, welcher song",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="welchen song skippe ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welches lied drück ich immer weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler skippe ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="welchen song hab ich zurzeit auf repeat", family="on_repeat"),
    Fresh(
        text="welches lied kann ich grad nicht aufhören zu hören, digga",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie lief mein monat so", family="recap", period="this_month"
    ),
    Fresh(text="gib mir meinen jahresrückblick", family="recap", period="this_year"),
    Fresh(
        text="fass mal letzte woche zusammen, was ging so",
        family="recap",
        period="last_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so nachmittags oder nachts am hören",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="wochenende vs unter der woche, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach mal lauter digga",
    "skip den song, der ist lost",
    "wie heißt der song",
    "pausier den podcast",
    "nächster song",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "lautstärke auf fünf",
    "zufallswiedergabe an",
    "wiederholung an für den song",
    "verbinde den küchenlautsprecher mit dem im wohnzimmer",
    "stell nen timer auf zehn minuten",
    "wie wird das wetter heute",
    "setz chips auf die einkaufsliste",
    "mach die heizung wärmer, safe",
    "was hör ich grad",
    "wer singt das",
    "stopp die musik",
    "mach leiser, meine mutter telefoniert",
    "spiel die neueste folge von the daily",
    "spiel irgendwas chilliges",
    "mach weiter mit dem podcast",
    "einen song zurück",
    "was läuft grad in der küche",
    "stell nen wecker auf halb sieben",
    "spul dreißig sekunden vor",
    "wie spät ist es",
    "spiel bohemian rhapsody auf dauerschleife",
]
