"""Writer 569, ein 14-jähriger Berliner Gamer (Jugendsprache: 'digga', 'krass', 'lowkey', 'sheesh', Anglizismen, halbe Sätze), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="digga wer war mein meistgehörter artist diesen monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="yo top drei künstler letzte woche",
        family="top_artists",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="auf wen war ick in letzter zeit so krass hängengeblieben, so künstlermäßig",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="was is mein meistgespielter song ever",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="sheesh sag ma meine top 5 songs von diesem jahr",
        family="top_tracks",
        period="this_year",
        count=5,
    ),
    Fresh(
        text="welcher track lief die letzten drei monate am meisten",
        family="top_tracks",
        period="last_3_months",
    ),
    # top_albums
    Fresh(
        text="welches album hab ich am meisten gesuchtet digga",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="lieblingsalbum vom letzten sommer, was war dit",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="welchen podcast hör ich am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welcher podcast war seit märz so mein go-to",
        family="top_podcasts",
        period="since_march",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute nachmittag musik bei mir",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="digga wie viele stunden hab ich letzten monat gestreamt, lowkey bestimmt voll viele",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wie lang lief bei uns gestern in der küche was",
        family="listening_time",
        period="yesterday",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wie viel podcast hab ich diese woche gehört, so zeitmäßig",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele songs hab ich vorgestern gepumpt",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele streams hatte ich zwanzig fünfundzwanzig insgesamt",
        family="plays",
        period="in_2025",
    ),
    Fresh(
        text="wie viele folgen podcast seit montag",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene artists hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche künstler so insgesamt, bestimmt nich viele",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene songs warn dit in den letzten 30 tagen",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich one more time gehört digga",
        family="play_count",
        period="all_time",
        name="One More Time",
    ),
    Fresh(
        text="wie oft lief queen diese woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="the weeknd, wie oft hab ich den gehört",
        family="play_count",
        period="all_time",
        name="The Weeknd",
    ),
    Fresh(
        text="wie oft hab ich dance von justice gepumpt im august",
        family="play_count",
        period="august",
        name="D.A.N.C.E. by Justice",
    ),
    # did_i
    Fresh(
        text="hab ich gestern daft punk gehört",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="lief am dritten november was von air",
        family="did_i",
        period="november_3",
        name="Air",
    ),
    Fresh(
        text="hab ich jemals radiohead gehört, glaub nich",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="ham wir am samstag the daily gehört",
        family="did_i",
        period="saturday",
        name="The Daily",
        person="we",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat hab ich heute früh gehört, war noch halb am pennen",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was ham wir letzten freitag gehört",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="letzte nacht, was lief da so",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="digga gestern so um acht abends, was lief da",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="was lief heute um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welcher song kam heute um zehn nach fünf",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    # taste
    Fresh(
        text="was für nen musikgeschmack hab ich eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma meinen vibe so musikmäßig",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich meistens musik, so uhrzeit und tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welchem tag und zu welcher uhrzeit bin ich am meisten am hören",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich in den letzten zwei wochen neue artists entdeckt",
        family="new_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="welche künstler warn neu für mich letzten monat",
        family="new_artists",
        period="last_month",
    ),
    # skips
    Fresh(
        text="wie oft skip ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="skiprate die letzten sieben tage, wie krass is die",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="wie oft hör ich die gleichen songs nochmal",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war meine repeat rate seit oktober",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="wie viele tage am stück hab ich jetzt musik gehört, streak und so",
        family="streak",
    ),
    Fresh(
        text="was is meine streak digga",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten mal justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann hör ich eres",
        family="first_play",
        name="Eres",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt bohemian rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wann hab ich das letzte mal cafe tacuba gehört",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="was war der letzte song den ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem song bin ich heute in den tag gestartet",
        family="first_today",
    ),
    Fresh(
        text="was war heute der erste song",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erster song letzte woche?",
        family="first_in",
        period="last_week",
    ),
    Fresh(
        text="womit hab ich vorgestern angefangen, so songmäßig",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="was war der letzte song gestern",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="mit welchem track hab ich am wochenende aufgehört",
        family="last_in",
        period="last_weekend",
    ),
    # most_skipped
    Fresh(
        text="welchen song skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welcher track wird bei mir immer geskippt, lowkey cringe",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen artist skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei wem drück ich immer direkt weiter, welcher künstler",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was hab ich grad on repeat",
        family="on_repeat",
    ),
    Fresh(
        text="welcher song läuft bei mir grad in dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gib ma nen recap von meinem jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war mein november so musikmäßig",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="wie lief letztes jahr so bei mir musiktechnisch, rewind pls",
        family="recap",
        period="last_year",
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
        text="is bei mir am wochenende mehr musik am laufen oder montag bis freitag",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche digga",
    "mach lauter",
    "was läuft grad",
    "wie heißt der song der grad läuft",
    "skip",
    "nächster song bro",
    "podcast pausieren",
    "mach ma das licht in der küche aus",
    "spiel das album discovery",
    "lautstärke auf 80",
    "shuffle an",
    "den song in dauerschleife stellen",
    "verbinde die boxen in küche und wohnzimmer",
    "stell nen timer auf zwölf minuten, pizza",
    "wie wird das wetter morgen",
    "pack energy drinks auf die einkaufsliste",
    "heizung auf 23 grad",
    "was hör ich grad",
    "leiser digga meine mutter chillt",
    "spiel phantom von justice",
    "stopp die musik",
    "spiel die neueste folge von the daily",
    "zurück zum song davor",
    "mach ma was chilliges zum zocken an",
    "wie spät is es",
    "in der küche musik aus",
]
