"""Writer 173, a 16-year-old teenager from the Ruhrgebiet on the family speaker, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="digga wer is mein meistgehörter künstler dieses jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="hömma wen hab ich in letzter zeit so gesuchtet",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="top drei künstler letzten monat",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="wen ham wir letzte woche am meisten gehört",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="inne küche, wer läuft da am meisten so, welcher künstler",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="wat is mein lieblingslied diesen monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="nenn ma meine fünf meistgehörten songs seit märz",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="krass, welcher song lief im sommer am meisten",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="meistgespielter song ever, wat isset",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="ey wat war letzten sommer mein lieblingslied",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="welches album hab ich dieses jahr am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="lieblingsalbum letztes jahr, wat war dat nomma",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="lowkey welches album feier ich grad so hart",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="top zwei alben zwanzig fünfundzwanzig",
        family="top_albums",
        period="in_2025",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welchen podcast hab ich die letzten 30 tage am meisten gehört",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="digga wie lange hatte ich heut musik an",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich diese woche gehört, safe voll viele",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lang ham wir im oktober so gehört",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="wie lange liefen podcasts letzten monat",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viel musik lief die letzten drei monate",
        family="listening_time",
        period="last_3_months",
        content="music",
    ),
    Fresh(
        text="wie lange hat ada im august gehört",
        family="listening_time",
        period="august",
        person="Ada",
    ),
    Fresh(
        text="inne küche, wie lange lief gestern musik",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="wie viele lieder hab ich gestern gehört",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele streams hab ich dieses jahr, ehrlich ma",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="wie viele folgen hab ich diesen monat weggehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie oft hab ich insgesamt wat abgespielt die letzten sieben tage",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele künstler seit montag, digga",
        family="artists_count",
        period="since_monday",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene songs hab ich letzte woche gehört",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="im september, wie viele unterschiedliche lieder warn dat",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich bohemian rhapsody gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief queen diese woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft hab ich dieses jahr apache 207 gehört",
        family="play_count",
        period="this_year",
        name="Apache 207",
    ),
    Fresh(
        text="hömma wie oft lief dat one more time von daft punk im oktober",
        family="play_count",
        period="october",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="hab ich in letzter zeit justice gehört",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="lief gestern daft punk oder nich",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="ham wir am wochenende air gehört",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="hab ich dieses jahr überhaupt cro gehört",
        family="did_i",
        period="this_year",
        name="Cro",
    ),
    Fresh(
        text="digga hab ich vorgestern the daily gehört",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="genesis, lief dat die letzten zwei wochen ma",
        family="did_i",
        period="last_2_weeks",
        name="Genesis",
    ),
    # what_played
    Fresh(
        text="wat hab ich gestern abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat lief am samstag",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="wat hab ich heut nachmittag gehört ey",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="erzähl ma wat ich letzte nacht gehört hab",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="ey wat hab ich heute morgen so gehört, war noch halb am pennen",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="seit oktober, wie viele songs hab ich da so gehört insgesamt",
        family="plays",
        period="since_october",
        content="music",
    ),
    # playing_at
    Fresh(
        text="wat lief heute morgen so um viertel nach acht",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="gestern so um acht abends, wat lief da",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="wat lief am mittwoch um neun abends",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="halb neun heute früh, wat war dat fürn song",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="hömma wat lief heut um zehn nach fünf",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    # taste
    Fresh(
        text="wat is eigentlich mein geschmack, digga",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma meinen vibe",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich meistens, so uhrzeit und wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="um wie viel uhr hör ich normalerweise",
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
        text="wen hab ich diesen monat neu entdeckt, lowkey",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft skip ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wat is meine skiprate diesen monat",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="hör ich immer dieselben songs oder wat",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is meine wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele tage am stück hab ich gehört",
        family="streak",
    ),
    Fresh(
        text="wat is mein streak grad, hält der noch",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich dat erste mal daft punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann lief eres zum ersten mal",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="wann hab ich zum ersten mal luciano gehört",
        family="first_play",
        name="Luciano",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief dat letzte mal phantom",
        family="last_play",
        name="Phantom",
    ),
    # last_song
    Fresh(
        text="wat war mein letzter song",
        family="last_song",
    ),
    Fresh(
        text="welches lied hab ich als letztes gehört",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wat war heut mein erster song",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich heut aufgewacht, musikmäßig",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wat war gestern der erste song",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erster song letzten freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="womit hab ich am dritten november angefangen",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="wat lief als letztes am samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="womit hab ich letzte woche aufgehört",
        family="last_in",
        period="last_week",
    ),
    Fresh(
        text="letzter song vorgestern",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="welchen song skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wat is dat lied dat ich immer wegdrück",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler skip ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen drück ich immer weg, digga",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wat hab ich grad auf repeat",
        family="on_repeat",
    ),
    Fresh(
        text="welches lied kann ich grad nich aufhören zu hören, krass",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl ma, wie war mein monat",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="gib ma nen rückblick auf mein jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="rückblick oktober bitte",
        family="recap",
        period="october",
    ),
    Fresh(
        text="fass ma letzte woche zusammen",
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
        text="bin ich eher so morgens am hören oder nachmittags",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="wochenende oder unter der woche, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="lowkey hör ich werktags mehr oder am wochenende",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "digga mach ma daft punk anne küche",
    "mach lauter ey",
    "skip dat ding",
    "wat is dat fürn song",
    "wer singt dat grad",
    "pausier ma den podcast",
    "nächster song im wohnzimmer",
    "mach dat licht inne küche aus",
    "spiel dat album discovery",
    "leiser bitte, mama telefoniert",
    "lautstärke auf sieben",
    "zufallswiedergabe an",
    "mach shuffle aus",
    "wiederholung aus",
    "dat lied auf repeat",
    "verbinde küche und wohnzimmer lautsprecher",
    "stell nen timer auf zehn minuten",
    "timer für die pizza, zwölf minuten",
    "wie wird dat wetter morgen",
    "regnet dat heute noch",
    "schreib chips auf die einkaufsliste",
    "mach die heizung auf zweiundzwanzig",
    "wat hör ich grad",
    "wat läuft grad inne küche",
    "spiel ma queen",
    "mach die musik aus",
    "nächste folge von the daily",
    "geh ma ein lied zurück",
    "hömma spiel wat chilliges",
    "stell nen wecker auf sieben",
]
