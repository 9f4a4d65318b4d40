"""Writer 74, someone typing quickly on a phone keyboard (typos, no capitals, abbreviations), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hab ich letzte wo am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(text="künstler des jahres?", family="top_artists", period="this_year"),
    Fresh(
        text="top 3 künstler letzten mon",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="wer lief bei uns im oktober am meisten",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(text="mein top künstler in 2025", family="top_artists", period="in_2025"),
    Fresh(
        text="mein lieblingslied diesen monat", family="top_tracks", period="this_month"
    ),
    Fresh(
        text="meist gespielter song seit märz",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(text="lieblingsalbum dieses jahr?", family="top_albums", period="this_year"),
    Fresh(
        text="welches album hab ich am häufgsten gehört",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welches album in den letzten 3 mon am meisten",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="welcher podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="mein top podcast in letzter zeit", family="top_podcasts", period="lately"
    ),
    Fresh(
        text="wie lange lief heute musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich letzte wo gehört",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lang hab ich im august podcasts gehört",
        family="listening_time",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="wie lange lief seit montag musik",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viele lieder heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(text="wie viel wurde gestern gespielt", family="plays", period="yesterday"),
    Fresh(
        text="anzahl folgen diesen mon",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="letzte 7 tage wie viele songs",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künstler dieses jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wieviele interpreten hab ich insgesamt gehört",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="wie viele verschiedene lieder in den letzten 30 tagen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wieviele unterschiedliche songs seit oktober",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="wie oft hab ich bohemian rapsody gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief daft punk diese wo",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich radiohead gespielt",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich gestern justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief vorgestern the daily",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="queen gehört im sommer?", family="did_i", period="summer", name="Queen"
    ),
    Fresh(
        text="was hab ich gestern abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(text="was lief am samstag", family="what_played", period="saturday"),
    Fresh(
        text="was hab ich heut nachmittag gehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was lief in der küche letzte nacht",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    Fresh(
        text="was lief gestern gegen viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heut um viertel nach 5 nachmittags",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(text="was für musik mag ich eigtl", family="taste", period="all_time"),
    Fresh(text="beschreib mal meinen musikgeschmak", family="taste", period="all_time"),
    Fresh(
        text="wann hör ich normalerweise musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="zu welcher uhrzeit und an welchem tag hör ich am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue künstler entdeckt in letzter zeit?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche künstler hab ich diesen mon zum ersten mal gehört",
        family="new_artists",
        period="this_month",
    ),
    Fresh(text="wie oft skippe ich", family="skips", period="all_time"),
    Fresh(
        text="wie viel hab ich letzte wo übersprungen",
        family="skips",
        period="last_week",
    ),
    Fresh(text="hör ich oft dasselbe nochmal", family="repeat", period="all_time"),
    Fresh(
        text="wie hoch ist meine wiederholungsrate", family="repeat", period="all_time"
    ),
    Fresh(text="wie viele tage am stück hab ich gehört", family="streak"),
    Fresh(text="wie lang ist meine hör serie grad", family="streak"),
    Fresh(
        text="wann hab ich zum ersten mal cafe tacuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann tauchte phantom das erste mal bei mir auf",
        family="first_play",
        name="Phantom",
    ),
    Fresh(text="wann lief zuletzt sexy boy", family="last_play", name="Sexy Boy"),
    Fresh(
        text="wann hab ich das letzte mal the daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(text="was war das letzte lied das ich gespielt hab", family="last_song"),
    Fresh(text="mit welchem lied bin ich heut aufgewacht", family="first_today"),
    Fresh(text="erstes lied heute?", family="first_today"),
    Fresh(text="erstes lied gestern", family="first_in", period="yesterday"),
    Fresh(
        text="mit welchem song hab ich letzten freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="letztes lied gestern abend", family="last_in", period="yesterday_evening"
    ),
    Fresh(
        text="welches lied lief am 3. november als letztes",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="welches lied skippe ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler überspring ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(text="was läuft bei mir grad in dauerschleife", family="on_repeat"),
    Fresh(text="welcher song läuft grad rauf und runter", family="on_repeat"),
    Fresh(text="erzähl mal wie war mein oktober", family="recap", period="october"),
    Fresh(text="rückblick auf mein jahr", family="recap", period="this_year"),
    Fresh(text="wie war meine wo musikalisch", family="recap", period="this_week"),
    Fresh(
        text="zusammenfassung letztes jahr bitte", family="recap", period="last_year"
    ),
    Fresh(
        text="hör ich morgens oder abends mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher morgens oder nachmittags am hören",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am wochenende mehr als unter der wo",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wochentage oder wochenende wann läuft mehr musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach die musik lauter",
    "was läuft grad in der küche",
    "welches lied ist das",
    "lied überspringen",
    "podcast pausieren",
    "nächster titel im wohnzimmer",
    "küchenlicht aus",
    "spiel das album discovery",
    "leiser bitte",
    "zufallswiedergabe an",
    "wiederholung aus",
    "küche und wohnzimmer lautsprecher verbinden",
    "timer 10 min",
    "wie wird das wetter morgen",
    "milch auf die einkaufsliste",
    "heizung auf 21 grad",
    "was hör ich grad",
    "spiel the daily",
    "weiter mit dem podcast",
    "stop die musik",
    "spiel queen auf allen lautsprechern",
    "wer singt das",
    "ein lied zurück",
    "lautstärke 5 in der küche",
    "spiel was ruhiges",
    "wecker auf 7 uhr",
    "nächste folge bitte",
]
