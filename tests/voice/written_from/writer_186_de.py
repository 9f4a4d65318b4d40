"""Writer 186, Diktat ohne Satzzeichen und Großschreibung (norddeutsch, plattdeutsch gefärbt), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="moin wer war dieses jahr mein künstler nummer eins fragezeichen",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hör ich in letzter zeit am meisten so wat für ne band",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="welcher künstler läuft in der küche am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="meine top drei künstler im oktober snack mal",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="wer war letztes jahr mein topkünstler",
        family="top_artists",
        period="last_year",
    ),
    # top_tracks
    Fresh(
        text="wat war mein lieblingslied diesen monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mal meine fünf meistgespielten lieder seit märz",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="welches lied hab ich letzte woche am meisten gehört punkt",
        family="top_tracks",
        period="last_week",
    ),
    # top_albums
    Fresh(
        text="welches album hab ich dieses jahr am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="wat war mein lieblingsalbum im sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welches album lief im august am meisten",
        family="top_albums",
        period="august",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="von welchem podcast komm ich in letzter zeit nich los",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="welcher podcast lief im september am meisten",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute musik fragezeichen",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich gestern abend gehört so in stunden",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="wie lange haben wir letztes wochenende gehört",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie viele stunden podcasts warn dat die letzten dreißig tage",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wie lange hab ich zweitausendfünfundzwanzig so gehört alles zusammen",
        family="listening_time",
        period="in_2025",
    ),
    # plays
    Fresh(
        text="wie viele lieder hab ich heute schon gespielt",
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
        text="wie oft hab ich letzten freitag wat abgespielt so insgesamt",
        family="plays",
        period="last_friday",
    ),
    Fresh(
        text="wie viele songs hab ich seit montag gehört",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="mit wie vielen verschiedenen bands hatte ich seit oktober zu tun fragezeichen",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene lieder warn dat letzten monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie viele unterschiedliche titel hab ich insgesamt gehört punkt",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich bohemian rhapsody diesen monat gehört",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief queen diese woche büschen viel oder",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft hab ich radiohead gehört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="wie oft lief the daily im oktober",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="hab ich gestern justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief am samstag sexy boy von air",
        family="did_i",
        period="saturday",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="haben wir letzte woche kaffee tacuba gehört fragezeichen",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="hab ich jemals wet leg gehört",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="vorgestern the daily gehört oder nich",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="d a n c e von justice hab ich dat im sommer überhaupt gehört",
        family="did_i",
        period="summer",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="wat hab ich letzte nacht gehört",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="erzähl mal wat heute nachmittag lief",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="wat lief bei uns am samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="wat hat ada heute morgen gehört",
        family="what_played",
        period="this_morning",
        person="Ada",
    ),
    Fresh(
        text="wat hab ich die letzten sieben tage so gehört",
        family="what_played",
        period="last_7_days",
    ),
    Fresh(
        text="wat hat ada die letzten zwei wochen gehört",
        family="what_played",
        period="last_2_weeks",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="wat lief gestern abend so um viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="wat lief heute morgen um halb neun fragezeichen",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="vorgestern um neun uhr abends wat lief da in der küche",
        family="playing_at",
        moment="2026-11-18 21:00",
        room="kitchen",
    ),
    Fresh(
        text="gestern mittag um zwölf wat war dat für musik",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="moin also ich hab gestern abend inne küche gekocht und dor lief so um viertel vor acht n lied dat war richtig gut wat war dat denn",
        family="playing_at",
        moment="2026-11-19 19:45",
        room="kitchen",
    ),
    Fresh(
        text="heute nachmittag um zehn nach fünf wat lief da punkt",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    # taste
    Fresh(
        text="wat hab ich eigentlich für nen musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen geschmack so büschen",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich meistens musik so tageszeit mäßig",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welchem wochentag hör ich am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich diesen monat neue künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche bands hab ich dieses jahr zum ersten mal gehört",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="neue künstler in den letzten drei monaten gibt dat da wat",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft skipp ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ich letzte woche übersprungen fragezeichen",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="hör ich immer dat gleiche oder wat",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is meine wiederholungsrate dieses jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele tage am stück hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="meine serie wie lang is die gerade punkt",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich justice dat erste mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann hör ich the daily",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="wann lief queen zuletzt",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann hab ich dont stop me now dat letzte mal gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="wat war dat letzte lied dat ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="wat hab ich zuletzt gehört weiß ich nich mehr",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="wat war heute dat erste lied",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich heute in den tag gestartet musikalisch",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wat war gestern dat erste lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit welchem lied hab ich am dritten november angefangen",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="wat lief letzten freitag als letztes",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches lied war im oktober dat letzte",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="welches lied skipp ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wat für nen titel drück ich immer weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler überspring ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen skipp ich am meisten letzten monat",
        family="most_skipped_artist",
        period="last_month",
    ),
    # on_repeat
    Fresh(
        text="welches lied hab ich grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welcher song läuft bei mir zur zeit rauf und runter",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="moin wie war denn mein jahr so",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mir mal nen rückblick auf letzten monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="fass mal zusammen wie dat so lief bei mir mit dem hören",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="wie war dat bei uns letzten sommer so rückblickend",
        family="recap",
        period="last_summer",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="vormittags oder abends wann lief diesen monat mehr",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="unter der woche oder am wochenende wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="haben wir letzten monat mehr am wochenende gehört oder werktags",
        family="compare_week",
        period="last_month",
        person="we",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach die musik lauter",
    "wat läuft grad in der küche",
    "wat is dat für n lied",
    "überspring dat lied",
    "pausier mal den podcast",
    "nächstes lied in der küche",
    "mach dat licht in der küche aus",
    "spiel dat album discovery",
    "büschen leiser bitte",
    "zufallswiedergabe an",
    "wiederholung aus für dat lied",
    "gruppier mal den küchenlautsprecher mit dem im wohnzimmer",
    "stell nen timer auf zehn minuten für die krabben",
    "wie wird dat wetter morgen schietwetter oder wat",
    "schreib milch auf die einkaufsliste",
    "heizung auf einundzwanzig grad",
    "wat hör ich gerade",
    "spiel die neueste folge von the daily",
    "musik aus punkt",
    "spiel wat schönes zum klönen in der küche",
    "mach den lautsprecher in der küche stumm",
    "wer singt dat hier fragezeichen",
    "spiel bohemian rhapsody von queen",
    "spul mal dreißig sekunden vor in der folge",
    "wie lange läuft der timer noch",
    "weck mich morgen um sieben",
    "spiel musik im ganzen haus",
    "pack dat lied zu meinen favoriten",
    "moin mach ma wat von air an inne küche",
]
