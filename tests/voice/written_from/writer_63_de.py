"""Writer 63, dictation without punctuation (speech-to-text while walking), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="ähm wen hab ich dieses jahr am meisten gehört",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer war so mein lieblingskünstler letzten monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="ähm meine top drei künstler seit oktober bitte",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="was war mein meistgehörtes lied diese woche",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="äh welche 5 songs hab ich im sommer am meisten gehört",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="welches lied lief bei uns in der küche letzte woche am häufigsten",
        family="top_tracks",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="welches album hab ich dieses jahr am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="ähm mein lieblingsalbum aller zeiten",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welcher podcast läuft bei mir in letzter zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was ist eigentlich mein meistgehörter podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange hab ich heute musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="ähm wie viele stunden hab ich letzten monat so gehört",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wie lange lief bei uns gestern abend was",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="wie viele lieder hab ich heute morgen gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich im september gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="ähm wie oft hab ich insgesamt was abgespielt in den letzten 7 tagen",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="äh wie viele unterschiedliche bands waren es im august",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="wie viele verschiedene lieder hab ich diesen monat gehört",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="wie viele unterschiedliche songs ähm überhaupt also insgesamt",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="wie oft hab ich bohemian rhapsody gehört diesen monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="ähm wie oft lief daft punk letztes jahr",
        family="play_count",
        period="last_year",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich the daily gehört seit montag",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="hab ich gestern justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="ähm hab ich am samstag was von air gehört",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="hab ich jemals radiohead gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="haben wir vorgestern queen gehört",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="was hab ich gestern abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="ähm was lief letzten freitag so bei mir",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="was hab ich heute nachmittag gehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was lief gestern um viertel nach acht abends",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="ähm was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heute nachmittag um zehn nach fünf",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="was für musik hör ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie würdest du meinen musikgeschmack beschreiben",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel uhr hör ich normalerweise und an welchem tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich am meisten ähm so tageszeit mäßig und wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich diesen monat neue künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche bands hab ich in den letzten 30 tagen zum ersten mal gehört",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft überspring ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war meine skip rate letzte woche",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="hör ich oft die gleichen lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch ist meine wiederholungsrate dieses jahr",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="wie viele tage am stück hab ich jetzt schon gehört",
        family="streak",
    ),
    Fresh(
        text="ähm wie lang ist meine serie gerade also tage hintereinander",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal cafe tacuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann hör ich eigentlich justice also wann war das erste mal",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann hab ich zuletzt dont stop me now gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann lief the weeknd zum letzten mal",
        family="last_play",
        name="The Weeknd",
    ),
    Fresh(
        text="was war das letzte lied das ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="mit welchem lied bin ich heute aufgewacht",
        family="first_today",
    ),
    Fresh(
        text="äh was war heute der erste song",
        family="first_today",
    ),
    Fresh(
        text="was war das erste lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit welchem lied hab ich letzten freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was war das letzte lied am samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="ähm mit welchem song hab ich vorgestern aufgehört",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="welches lied überspring ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skip ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches lied hör ich grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="was ist grad mein ohrwurm lied den ich ständig laufen lass",
        family="on_repeat",
    ),
    Fresh(
        text="ähm gib mir mal nen rückblick auf meinen oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="mach mal einen jahresrückblick für mich",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fass mal meinen letzten monat zusammen",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so ein nachmittags oder ein abendhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="ähm unter der woche oder am wochenende wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="läuft bei mir werktags mehr oder am wochenende",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach die musik lauter",
    "ähm was läuft gerade in der küche",
    "welches lied ist das",
    "überspring das lied",
    "pausier den podcast",
    "nächstes lied im wohnzimmer",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "lautstärke auf vier",
    "zufallswiedergabe an",
    "wiederholung aus bitte",
    "verbinde die lautsprecher in küche und wohnzimmer",
    "stell einen timer auf zehn minuten",
    "wie wird das wetter morgen",
    "setz milch auf die einkaufsliste",
    "heizung auf 21 grad",
    "was hör ich gerade",
    "spiel die neue folge von the daily",
    "mach leiser ähm viel leiser",
    "stopp die musik",
    "weiter mit dem podcast",
    "spiel was von queen im bad",
    "wer singt das gerade",
    "spul 30 sekunden vor",
    "weck mich um halb sieben",
    "zurück zum vorherigen lied",
    "mach die küche stumm",
]
