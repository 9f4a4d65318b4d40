"""Writer 83, a 16-year-old boy from Berlin (Jugendsprache), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="digga wer is mein meistgehörter künstler dieses jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hab ick letzten monat am meisten gehört",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="top 3 künstler seit oktober",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="künstler der woche bei mir?",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="wallah wer war letztes jahr mein nummer eins artist",
        family="top_artists",
        period="last_year",
    ),
    # top_tracks
    Fresh(
        text="wat is mein lieblingslied, safe nach plays",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="meistgespielter song diesen monat digga",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="top 5 lieder im sommer",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="in der küche welches lied lief letzte woche am meisten",
        family="top_tracks",
        period="last_week",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welches album hab ich dieses jahr am meisten gepumpt",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="lieblingsalbum in letzter zeit?",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="meistgehörtes album zweitausendfünfundzwanzig",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="album der letzten drei monate bei mir, wat war das",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="mein go-to podcast im oktober?",
        family="top_podcasts",
        period="october",
    ),
    # listening_time
    Fresh(
        text="wie lange hab ick heute musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden gestern insgesamt digga",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="wie lange liefen podcasts letzten monat",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="die letzten 30 tage wie viel zeit mit musik, bestimmt lost viel",
        family="listening_time",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="wie viel musik lief die letzten sieben tage",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    # plays
    Fresh(
        text="wie viele lieder heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele streams seit montag",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie viele folgen hab ich diesen monat gehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele songs in den letzten zwei wochen so",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler hab ick dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele artists insgesamt wallah",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene songs letzte woche",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="wie viele unterschiedliche lieder hab ich im august gehört",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich one more time diese woche gehört",
        family="play_count",
        period="this_week",
        name="One More Time",
    ),
    Fresh(
        text="wie oft lief queen diesen monat",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="wie oft hab ick genesis von justice gepumpt",
        family="play_count",
        period="all_time",
        name="Genesis by Justice",
    ),
    Fresh(
        text="digga wie oft hab ich capital bra gehört",
        family="play_count",
        period="all_time",
        name="Capital Bra",
    ),
    # did_i
    Fresh(
        text="hab ich gestern justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief in letzter zeit wat von air",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="hab ich jemals ufo361 gehört oder nich",
        family="did_i",
        period="all_time",
        name="Ufo361",
    ),
    Fresh(
        text="haben wir letzten freitag the daily gehört",
        family="did_i",
        period="last_friday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="lief digital love heute morgen?",
        family="did_i",
        period="this_morning",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="wat hab ich gestern abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="welche songs liefen am samstag",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="was hat ada am 3. november gehört",
        family="what_played",
        period="november_3",
        person="Ada",
    ),
    Fresh(
        text="was lief heute nachmittag bei mir",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="wat ham wir letztes wochenende so gehört",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    # playing_at
    Fresh(
        text="wat lief gestern um acht abends",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="was lief heute um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welcher song lief heute nachmittag viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="mittwoch mittag um zwölf, was lief da",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="wat für musik hör ich eigentlich so",
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
        text="wann hör ich normalerweise musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="um wie viel uhr hör ich am meisten, und an welchem tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="neue künstler diesen monat entdeckt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ick in letzter zeit neu entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche künstler sind seit märz neu dazugekommen",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="wie oft skip ich songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="meine skip rate diese woche?",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="hör ich immer dieselben lieder oder wat",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is meine repeat rate letzten monat",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="wie viele tage am stück hab ich gehört",
        family="streak",
    ),
    Fresh(
        text="digga wie lang is meine streak",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten mal café tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="bohemian rhapsody, wann lief die das erste mal",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt daft punk gehört",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann lief phantom das letzte mal",
        family="last_play",
        name="Phantom",
    ),
    Fresh(
        text="the daily, wann hab ick dit zuletzt gehört",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="was war mein letzter song",
        family="last_song",
    ),
    Fresh(
        text="wat hab ich als letztes gehört, egal wann",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="erster song heute?",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich heute aufgewacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erstes lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was war der erste song diese woche",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="letzter song gestern abend",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="womit hab ick letzte nacht aufgehört",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="was war das letzte lied im september",
        family="last_in",
        period="september",
    ),
    # most_skipped
    Fresh(
        text="welchen song skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="meistgeskippter track dieses jahr, sicher cringe",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen skip ich am meisten digga",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welcher song läuft bei mir grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches lied pump ich grad ohne ende",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="wie war meine woche musikmäßig",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gib mir mal nen jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fass mal meinen oktober zusammen digga",
        family="recap",
        period="october",
    ),
    Fresh(
        text="kurzer rückblick bitte",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="wie war letzter sommer so musiktechnisch",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so nachts oder morgens am musik hören",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="wochenende oder schultage, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="lief letzten monat mehr musik am wochenende oder unter der woche",
        family="compare_week",
        period="last_month",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach die musik lauter digga",
    "skip den song der is cringe",
    "wat is dit für ein song",
    "was läuft grad in der küche",
    "pausier den podcast",
    "nächster song",
    "mach leiser",
    "stell nen timer auf 15 minuten",
    "wie wird das wetter morgen in berlin",
    "setz chips auf die einkaufsliste",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "shuffle an",
    "wiederholung aus",
    "verbinde die küche mit dem wohnzimmer lautsprecher",
    "lautstärke auf 30",
    "was hör ich grad",
    "spiel mal wat von justice",
    "heizung auf 22 grad",
    "stopp die musik",
    "wer singt das",
    "nächste folge the daily abspielen",
    "spul 30 sekunden vor",
    "spiel bohemian rhapsody in der küche",
    "weck mich um sieben",
    "regnet es heute",
    "mach die küche stumm",
    "weiter abspielen",
    "wie spät is es",
    "spiel irgendwas zum zocken",
]
