"""Writer 521, Spracherkennung von jemandem, der fragt, während Fernseher und Kinder laut sind (fremde Wörter rutschen rein, Neuanfänge, Abbrüche, keine Satzzeichen), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hab ich letzte woche am meisten gehört lass das leon wen hab ich letzte woche am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer ist mein künstler des jahres mama guck mal wer ist mein künstler des jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="meine drei top künstler seit märz drei top künstler",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="was war mein lieblingslied letzten monat und nun das wetter lieblingslied letzten monat",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="meine fünf meistgespielten lieder überhaupt nein fünf meistgespielten lieder",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welches lied lief in der küche diesen monat am meisten hör auf zu schreien welches lied am meisten",
        family="top_tracks",
        period="this_month",
        room="kitchen",
    ),
    Fresh(
        text="welches album hab ich dieses jahr am meisten gehört tor tor welches album dieses jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="lieblingsalbum im sommer mein lieblingsalbum im sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welcher podcast läuft bei mir in letzter zeit am meisten der podcast in letzter zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="mein meistgehörter podcast seit oktober paw patrol ist zur stelle mein podcast seit oktober",
        family="top_podcasts",
        period="since_october",
    ),
    Fresh(
        text="wie lange lief heute musik nein du kriegst keinen keks wie lange lief heute musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden haben wir letzte woche gehört wie viele stunden letzte woche",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lange hab ich podcasts gehört gestern wie lange podcasts gestern",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="wie viele lieder hab ich heute schon gespielt zieh die schuhe an wie viele lieder heute",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich im oktober gehört folgen im oktober",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie oft lief insgesamt was letztes jahr wie viele wiedergaben letztes jahr",
        family="plays",
        period="last_year",
    ),
    Fresh(
        text="wie viele verschiedene künstler dieses jahr jonas nein wie viele verschiedene künstler",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele bands hab ich letzten monat gehört verschiedene bands",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="wie viele verschiedene lieder seit montag seit montag verschiedene lieder",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="wie viele unterschiedliche songs in zwanzig fünfundzwanzig unterschiedliche songs",
        family="songs_count",
        period="in_2025",
    ),
    Fresh(
        text="wie oft hab ich bohemian rhapsody diesen monat gespielt is this the real life wie oft diesen monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel queen lief dieses jahr nicht die fernbedienung wie viel queen dieses jahr",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief the daily in den letzten sieben tagen the daily",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    Fresh(
        text="wie oft hab ich radiohead gehört überhaupt radiohead",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich in letzter zeit justice gehört hört auf ihr zwei justice in letzter zeit",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="lief gestern abend air lief gestern abend was von air",
        family="did_i",
        period="yesterday_evening",
        name="Air",
    ),
    Fresh(
        text="haben wir am samstag da funk gehört da funk am samstag",
        family="did_i",
        period="saturday",
        name="Da Funk",
        person="we",
    ),
    Fresh(
        text="was hab ich gestern abend gehört gleich ist schlafenszeit was lief gestern abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief am dritten november am dritten november was lief",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was haben wir am wochenende für musik gehört und der ball ist drin was lief am wochenende",
        family="what_played",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="was lief gestern gegen viertel vor acht viertel vor acht gestern",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute früh um halb neun mama ich hab hunger was lief um halb neun heute früh",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="um zwölf am samstag was lief da am samstag um zwölf",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="was für musik hör ich eigentlich so was für musik",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen geschmack nein geschmack nicht geschmackt beschreib meinen musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normalerweise musik um welche uhrzeit wann hör ich meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welchem wochentag hör ich am meisten und um wie viel uhr an welchem tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue künstler diesen monat hab ich wen neues entdeckt diesen monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich in den letzten drei monaten zum ersten mal gehört letzten drei monate",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft überspring ich was wie oft überspring ich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="meine skiprate diese woche lass los meine skiprate diese woche",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="wie oft hör ich dieselben sachen immer wieder wie oft dasselbe",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch ist meine wiederholungsrate dieses jahr wiederholungsrate",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="wie viele tage am stück hab ich gehört tage am stück",
        family="streak",
    ),
    Fresh(
        text="wie lange geht meine serie schon wie viele tage hintereinander",
        family="streak",
    ),
    Fresh(
        text="wann hab ich daft punk zum ersten mal gehört und jetzt die nachrichten wann zum ersten mal daft punk",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann lief eres das erste mal eres von cafe tacuba",
        family="first_play",
        name="Eres",
    ),
    Fresh(
        text="wann hab ich zuletzt the daily gehört zuletzt the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann lief das letzte mal don't stop me now das letzte mal",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="was war das letzte lied das ich gespielt hab er hat angefangen das letzte lied",
        family="last_song",
    ),
    Fresh(
        text="letzter song was war das",
        family="last_song",
    ),
    Fresh(
        text="mit welchem lied hab ich heute angefangen zähne putzen mit welchem lied heute angefangen",
        family="first_today",
    ),
    Fresh(
        text="was war heute das erste lied das erste lied heute",
        family="first_today",
    ),
    Fresh(
        text="erstes lied gestern was war das erste lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten freitag angefangen letzten freitag das erste",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was lief als letztes vorgestern vorgestern als letztes",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="das letzte lied letzte nacht womit hab ich letzte nacht aufgehört",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welches lied überspring ich am häufigsten welches lied",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler überspring ich am meisten mama mama welchen künstler",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches lied läuft bei mir gerade in dauerschleife in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="von welchem song komm ich grad nicht los welcher song",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein oktober nein mein oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mal nen rückblick auf mein jahr jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="sag mal wie war meine woche musikmäßig sag mal wie war meine woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am wochenende mehr als unter der woche finn lass das am wochenende mehr oder unter der woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wie viel musik lief in den letzten dreißig tagen in der küche letzten dreißig tage",
        family="listening_time",
        period="last_30_days",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="hab ich letzten sommer was von café tacuba gehört letzten sommer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="was hab ich heute nachmittag gehört heute nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche nein nicht peppa wutz spiel daft punk in der küche",
    "mach die musik lauter lauter",
    "was läuft gerade in der küche",
    "was ist das für ein lied was ist das für ein lied",
    "überspring das lied nächstes lied",
    "pausier den podcast pause",
    "nächster titel im wohnzimmer",
    "mach das licht in der küche aus küchenlicht aus",
    "spiel das album discovery",
    "leiser leiser das baby schläft leiser",
    "zufallswiedergabe an",
    "wiederhol das lied wiederholung an",
    "verbinde den küchenlautsprecher mit dem wohnzimmer",
    "stell einen timer auf zehn minuten für die nudeln",
    "wie wird das wetter wie wird das wetter",
    "setz milch auf die einkaufsliste",
    "stell die heizung auf einundzwanzig grad",
    "was hör ich gerade",
    "spiel the daily die neueste folge",
    "stopp musik aus stopp",
    "spiel was für kinder was für die kinder",
    "lautstärke auf fünf",
]
