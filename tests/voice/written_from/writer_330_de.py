"""Writer 330, ein Leipziger Teenager mit Jugendsprache (digga, lowkey, safe, krass, wild, sächsisch gefärbt), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="digga wer war mein meistgehörter artist dieses jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="auf wen bin ich grad lowkey hängengeblieben, so künstlermäßig",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="sag ma meine top drei künstler von letztem monat",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="wer war mein nummer-eins-künstler zweitausendfünfundzwanzig, nu",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="in der küche, wer lief da diese woche am meisten so vom artist her",
        family="top_artists",
        period="this_week",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="was war mein lied des monats, ey",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welcher song lief bei mir im sommer am meisten, krass gefragt",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="gib ma meine fünf meistgehörten tracks ever",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="im august, welcher track war da mein absoluter banger",
        family="top_tracks",
        period="august",
    ),
    # top_albums
    Fresh(
        text="welches album hab isch im oktober rauf und runter gesuchtet",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="was isn eigentlich mein lieblingsalbum so insgesamt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welches album lief letzten sommer am meisten, weeß ich nimmer",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="welchen podcast pump ich eigentlich am meisten, digga",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="wie lange lief bei mir gestern musik, safe viel oder",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich diese woche gehört, ehrlich jetzt",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lang hatten wir letztes wochenende mucke an in der küche",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wie viel zeit hab ich die letzten sieben tage mit podcasts verballert",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele lieder hab ich heute schon gepumpt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel folgen podcast hab ich seit märz weggehört",
        family="plays",
        period="since_march",
        content="podcasts",
    ),
    Fresh(
        text="wie viele songs hat die ada letzte woche gehört",
        family="plays",
        period="last_week",
        content="music",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler hab ich vorgestern gehört",
        family="artists_count",
        period="day_before_yesterday",
    ),
    # songs_count
    Fresh(
        text="wie viele unterschiedliche songs warn das im september, so ungefähr",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="wie oft lief bohemian rhapsody diesen monat, ich schwör das war wild oft",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="justice, wie oft hab ich die in den letzten drei monaten gehört",
        family="play_count",
        period="last_3_months",
        name="Justice",
    ),
    Fresh(
        text="wie oft hab isch kraftklub gehört dieses jahr",
        family="play_count",
        period="this_year",
        name="Kraftklub",
    ),
    Fresh(
        text="wie oft lief the daily die letzten 30 tage",
        family="play_count",
        period="last_30_days",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="hab ich gestern abend daft punk gehört oder war das wer anders",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="lief heute früh the daily, nu?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hab ich letztens ski aggu gehört",
        family="did_i",
        period="lately",
        name="Ski Aggu",
    ),
    Fresh(
        text="hatten wir am samstag queen laufen",
        family="did_i",
        period="saturday",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="air, hab ich die letzten zwei wochen überhaupt air gehört",
        family="did_i",
        period="last_2_weeks",
        name="Air",
    ),
    # what_played
    Fresh(
        text="was hab ich letzte nacht so gehört, weeß ich echt nimmer",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was lief am 3. november bei mir",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was hab ich heute nachmittag gehört, kurz",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was hab ich seit montag so gehört, gib ma überblick",
        family="what_played",
        period="since_monday",
    ),
    # playing_at
    Fresh(
        text="was lief gestern so dreiviertel acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh um viertel neun, was lief da",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="welcher song kam heute nachmittag um zehn nach fünf",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    # taste
    Fresh(
        text="was für n musikgeschmack hab isch eigentlich, so ehrlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel uhr hör ich meistens musik und an welchem tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="hab ich diesen monat neue künstler entdeckt oder immer nur dasselbe",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich seit oktober neu am start, so artists",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="wie oft skippe ich eigentlich, so prozentmäßig",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="hör ich zu oft dieselben songs, sei ehrlich",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele tage am stück hab ich jetzt schon musik gehört, streak und so",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten mal genesis von justice gehört",
        family="first_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="seit wann hör ich eigentlich café tacuba",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann lief das letzte mal don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann hab ich zuletzt the weeknd gehört",
        family="last_play",
        name="The Weeknd",
    ),
    # last_song
    Fresh(
        text="was war'n der letzte song, den ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="womit bin ich heut früh aufgewacht, musikmäßig",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war der erste song gestern, digga",
        family="first_in",
        period="yesterday",
    ),
    # last_in
    Fresh(
        text="mit welchem lied hab ich letzten freitag aufgehört",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="welchen song skippe ich am meisten, bruh",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler skip ich immer weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was hab ich grade auf dauerschleife, digga",
        family="on_repeat",
    ),
    Fresh(
        text="welcher song is grad so mein ohrwurm, den ich dauernd hör",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="mach ma meinen jahresrückblick, so wrapped style",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war mein letzter monat so, gib ma nen rückblick",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="gib ma nen überblick über mein hören, safe",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends, was meinste",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="bin ich eher so n wochenend-hörer oder mehr montag bis freitag",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel ma daft punk in der küche",
    "mach ma lauter digga",
    "mach die mucke leiser, is zu laut",
    "was is'n das für'n song",
    "skip den song, der is cringe",
    "nächster track",
    "pause ma den podcast",
    "spiel das album discovery",
    "mach das licht in der küche aus",
    "was hör ich grade",
    "was läuft grad in der küche",
    "mach zufallswiedergabe an",
    "mach wiederholen an für den song",
    "stell nen timer auf zwölf minuten für meine pizza",
    "wie wird'n das wetter morgen",
    "schreib chips auf die einkaufsliste",
    "mach die heizung höher, is arschkalt",
    "verbinde die boxen in der küche und im wohnzimmer",
    "spiel irgendwas von justice",
    "lautstärke auf sieben",
    "mach ma alles aus",
    "spul ma dreißig sekunden vor im podcast",
    "wer singt das hier",
    "weck mich morgen um sieben mit mucke",
]
