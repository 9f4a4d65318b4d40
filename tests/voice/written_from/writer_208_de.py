"""Writer 208, a non-native speaker (Turkish-German Kiezdeutsch speaker), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="lan wer war mein top künstler dieses jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welcher künstler ich hab am meisten gehört letzte woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wallah sag mal welchen künstler wir am meisten gehört haben im oktober",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="top drei künstler ever digga",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="was is mein lieblingslied diesen monat lan",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welche lied ich hab am meisten gehört seit märz",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="sag mir meine fünf meistgehörten lieder 2025",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="küche welches lied lief am meisten letztes jahr",
        family="top_tracks",
        period="last_year",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welches album ich hab am meisten gehört ich schwöre ich weiß nich mehr",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="lieblingsalbum letzte drei monate",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="letzten sommer was war mein album nummer eins",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast ich hör am meisten in letzter zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was war unser top podcast letzten monat",
        family="top_podcasts",
        period="last_month",
        person="we",
    ),
    # listening_time
    Fresh(
        text="wie lange ich hab musik gehört diese woche lan",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich gestern gehört",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="wallah wie lang lief podcast diesen monat",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie lange lief bei uns musik am wochenende",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="wie viele lieder ich hab heute gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel songs liefen letzte sieben tage",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="wie oft hab ich insgesamt was abgespielt im august",
        family="plays",
        period="august",
    ),
    Fresh(
        text="wie viele folgen hab ich gehört seit oktober",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler ich hab gehört dieses jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele andere künstler im september lan",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene lieder letzten monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie viel unterschiedliche songs hab ich gehört insgesamt",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="die letzten zwei wochen wie viele verschiedene lieder digga",
        family="songs_count",
        period="last_2_weeks",
    ),
    # play_count
    Fresh(
        text="wie oft ich hab gehört bohemian rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wallah wie oft lief daft punk diese woche",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich apache 207 gehört dieses jahr",
        family="play_count",
        period="this_year",
        name="Apache 207",
    ),
    Fresh(
        text="the daily wie oft diesen monat",
        family="play_count",
        period="this_month",
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
        text="lan hab ich air gehört vorgestern",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="haben wir letzte woche queen gehört oder nich",
        family="did_i",
        period="last_week",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="hab ich capital bra gehört in letzter zeit",
        family="did_i",
        period="lately",
        name="Capital Bra",
    ),
    Fresh(
        text="hab ich im sommer da funk gehört",
        family="did_i",
        period="summer",
        name="Da Funk",
    ),
    # what_played
    Fresh(
        text="was ich hab gehört gestern abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief letzte nacht digga",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was hab ich am samstag gehört",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was lief heute nachmittag küche",
        family="what_played",
        period="this_afternoon",
        room="kitchen",
    ),
    Fresh(
        text="was für musik lief heute morgen",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    # playing_at
    Fresh(
        text="was lief gestern viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute halb neun morgens",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="gestern um acht abends was lief da lan",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="vorgestern um neun uhr abends welches lied",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="heute viertel nach fünf was lief",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="was für musik ich mag eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal mein musikgeschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich hör normalerweise musik, welche uhrzeit",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welchem tag ich hör am meisten und um wie viel uhr",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich neue künstler entdeckt diesen monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche künstler sind neu seit montag",
        family="new_artists",
        period="since_monday",
    ),
    # skips
    Fresh(
        text="wie oft ich skippe lan",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ich geskippt letzte 30 tage",
        family="skips",
        period="last_30_days",
    ),
    # repeat
    Fresh(
        text="wie oft ich hör immer gleiche lieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wiederholungsrate dieses jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele tage hintereinander ich hab gehört",
        family="streak",
    ),
    Fresh(
        text="wallah was is meine serie, wie viele tage am stück",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich zum ersten mal justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief das erste mal sexy boy von air",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    # last_play
    Fresh(
        text="wann ich hab zuletzt queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief letzte mal moon safari",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="wann hab ich zuletzt haftbefehl gehört",
        family="last_play",
        name="Haftbefehl",
    ),
    # last_song
    Fresh(
        text="was war letzte lied was ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="letzter song lan was war das",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war erste lied heute",
        family="first_today",
    ),
    Fresh(
        text="mit welchem lied ich bin heute aufgewacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erste lied gestern was war das",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="erstes lied am dritten november",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="letzte lied am samstag welches",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="womit hab ich gestern aufgehört",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="was war letzte song letzte woche",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="welches lied ich skipp am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche song hab ich dieses jahr am meisten weggedrückt",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler ich skipp am meisten lan",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen drück ich immer weg, welcher künstler",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches lied ich hab grad auf repeat",
        family="on_repeat",
    ),
    Fresh(
        text="ich schwöre welches lied ich kann nich aufhören zu hören grad",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal wie war mein jahr musikmäßig",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mal rückblick für oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="wie war meine woche so, musik und so",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="zusammenfassung letzter monat bei uns",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="mach mal übersicht von mein hören",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="lan bin ich mehr so morgens oder nachmittags am hören diesen monat",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="wallah wann hör ich mehr, wochenende oder normale tage",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="seit märz mehr musik wochenende oder werktags",
        family="compare_week",
        period="since_march",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft punk küche",
    "mach musik lauter lan",
    "mach leiser digga",
    "was läuft grad",
    "was für lied is das",
    "skip das lied",
    "nächste lied wohnzimmer",
    "podcast pause machen",
    "spiel album discovery",
    "mach zufallswiedergabe an",
    "wiederhol das lied",
    "küche licht aus",
    "mach licht an wohnzimmer",
    "stell timer zehn minuten für nudeln",
    "wie wird wetter morgen lan",
    "schreib milch auf einkaufsliste",
    "heizung auf zweiundzwanzig grad",
    "verbinde lautsprecher küche und wohnzimmer",
    "lautstärke auf fünf",
    "spiel the daily neue folge",
    "musik aus wallah",
    "spiel queen überall",
    "wer singt das grad",
    "spiel was von justice in küche",
    "wecker sechs uhr morgen",
    "was hör ich gerade lan",
    "mach radio an",
    "zurück zum lied davor",
]
