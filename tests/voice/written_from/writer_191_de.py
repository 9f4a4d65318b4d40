"""Writer 191, Spracherkennung mit Verhoerern und zusammengezogenen Woertern ohne Satzzeichen, saechsischer Sprecher, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wen hab isch denn diesen monat am meisten gehört",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer war nu mei lieblingskünstler zweitausendfünfundzwanzig",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="in der güche wer lief da letzte woche am meisten",
        family="top_artists",
        period="last_week",
        room="kitchen",
    ),
    Fresh(
        text="wer war mei topkünstler die letzten drei monate",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="was war mei lieblingslied im oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="nenn mir ma meine drei meistgespielten lieder dies jahr",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="welches lied hab isch seit märz am meisten geheert",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="meine fünf lieblingslieder aller zeiten",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welches album hab isch am meisten laufen lassen",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="was war denn mei meistgehörtes album im sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="nu sach ma was war mei topalbum letztes jahr",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="welchen podcast heer isch denn am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="uff welchen podcast bin isch grad so ganz verrückt",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="welcher podcast lief letzten sommer am meisten",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heite schon musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wieviel stunden hab isch letzte woche gehört",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lange hamm mir im august musik gehört",
        family="listening_time",
        period="august",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viel zeit hab isch heite nachmittag mit podcasts verbracht",
        family="listening_time",
        period="this_afternoon",
        content="podcasts",
    ),
    Fresh(
        text="wie lange hab isch seit montag gehört",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="wieviel lieder hab isch heite schon gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab isch diesen monat geheert",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie oft wurde bei uns vorgestern was abgespielt",
        family="plays",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="wieviel lieder liefn die letzten sieben tage",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler hab isch dies jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wieviel bands warn das so insgesamt",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedne lieder hab isch die letzten dreißig tage gehört",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie viel unterschiedliche titel warn das diese woche",
        family="songs_count",
        period="this_week",
    ),
    # play_count
    Fresh(
        text="wie oft hab isch bohemian rapsodie gespielt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief n taft punk diesen monat",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab isch im september de deili gehört",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    Fresh(
        text="wie oft hab isch one more time von daft punk laufen lassen",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    # did_i
    Fresh(
        text="hab isch gestern ooch justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief bei uns letztes wochenende ä bissl quien",
        family="did_i",
        period="last_weekend",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="hab isch jemals radiohead gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab isch heite früh den dejli geheert",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hab isch seit oktober ooch ma air gehört oder ni",
        family="did_i",
        period="since_october",
        name="Air",
    ),
    # what_played
    Fresh(
        text="was hab isch gestern ahmd so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief denn am samstag",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="erzähl ma was isch letzten freitag für musik gehört hab",
        family="what_played",
        period="last_friday",
        content="music",
    ),
    Fresh(
        text="was lief n letzte nacht",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="was lief gestern ahmd gegen viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heite früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was hab isch vorgestern mittag um zwölfe gehört",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="was lief heit nachmittag um viertel nach fünfe",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="am dienstag ahmd um neune was lief da",
        family="playing_at",
        moment="2026-11-17 21:00",
    ),
    # taste
    Fresh(
        text="was hab isch eigentlich fürn musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="was für musik heer isch denn so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um welche uhrzeit heer isch normalerweise musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wann heer isch am meisten und an welchem wochentag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab isch in letzter zeit neue künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche bands warn im oktober neu für mich",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="wie oft überspring isch eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is meine skiprate diesen monat",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="wie viele lieder hab isch über die letzten zwei wochen übersprungen",
        family="skips",
        period="last_2_weeks",
        content="music",
    ),
    # repeat
    Fresh(
        text="wie oft heer isch immer wieder die gleichen lieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie is denn meine wiederholungsrate dies jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele tage hintereinander hab isch jetzt schon was gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang gähd meine serie nu schon",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab isch des erste mal daft punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann lief eres von kaffee takuba zum ersten mal",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann hab isch zuletzt quien gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief das letzte mal sexy boy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann hab isch zuletzt wet leg gehört",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="was war mei letztes lied",
        family="last_song",
    ),
    Fresh(
        text="welches lied hab isch als letztes gespielt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war heite s erste lied",
        family="first_today",
    ),
    Fresh(
        text="womit bin isch heite uffgewacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war gestern das erste lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab isch am dritten november angefangen",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="womit hab isch letzten freitag uffgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="was war s letzte lied gestern ahmd",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="welches lied überspring isch am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="was fürn lied drück isch immer weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler überspring isch am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen skip isch denn so am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was hab isch grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches lied kann isch grad ni uffhörn zu heern",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gib mir ma ne zusammenfassung vom oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="wie war mei jahr so beim heern",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="mach ma n rückblick uff meine woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="fass ma zusammen was isch so gehört hab",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="heer isch mehr morgens oder ahmds",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin isch ehr ä morgen oder ä nachmittagshörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="heer isch werktags mehr oder am wochenende",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wochenende oder unter der woche wann lief bei mir mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel ma taft punk in der güche",
    "mach ma die musik lauter",
    "wasn das fürn lied",
    "überspring das lied",
    "pausier ma den podcast",
    "nächstes lied im wohnzimmer",
    "mach das licht in der güche aus",
    "spiel das album diskowery",
    "leiser bitte",
    "zufallswiedergabe an",
    "wiederholung aus",
    "gruppier die lautsprecher in der güche und im wohnzimmer",
    "stell nen timer uff zehn minuten",
    "wie wird n das wetter morgen in dresden",
    "schreib milch uff die einkaufsliste",
    "stell die heizung uff einundzwanzig grad",
    "was heer isch n grade",
    "was läuft grad in der güche",
    "spiel den deili",
    "stopp die musik",
    "spiel ma was von quien",
    "wer singt n das",
    "mach weiter mitm podcast",
    "zehn sekunden zurück",
    "lautstärke uff fünf",
    "mach ma im gardn das licht an",
    "spiel die musik ooch im bad",
    "nu mach ma lauter",
    "spiel ma radio mdr sachsen",
    "das lied gähd mir uffn keks nächstes",
]
