"""Writer 361, eine Lehrerin aus Kassel, diktiert ohne Satzzeichen und korrigiert sich mitten im Satz, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wer war denn letzte woche mein meistgehörter künstler",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="sag mal wen hab ich dieses jahr am meisten gehört also welche band mein ich",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="ei wer war mein künstler des monats äh im oktober mein ich net november",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="was war mein lieblingslied diese woche nee quatsch letzte woche",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="nenn mir mal meine drei meistgespielten lieder seit märz",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="welches lied hab ich in den letzten sieben tagen am öftesten laufen lassen",
        family="top_tracks",
        period="last_7_days",
    ),
    Fresh(
        text="welches album hab ich im sommer am meisten gehört",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mein lieblingsalbum insgesamt was is des eigentlich",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welchen podcast hör ich in letzter zeit am meisten gell",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange lief heute musik in der küche",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viele stunden hab ich gestern gehört äh vorgestern natürlich",
        family="listening_time",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wie lange ham mir letzten monat musik gehört also wir alle zusammen",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viele lieder hab ich heut früh gehört vor der ersten stunde",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft hab ich diesen monat was abgespielt also insgesamt alles",
        family="plays",
        period="this_month",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene bands warn des letztes jahr so ungefähr",
        family="artists_count",
        period="last_year",
    ),
    Fresh(
        text="wie viele verschiedene lieder warn des in den letzten dreißig tagen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft hab ich queen diese woche gehört",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief one more time von daft punk im oktober nee im september",
        family="play_count",
        period="september",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="the daily wie oft hab ich des seit montag gehört",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="wie oft lief eigentlich herbert grönemeyer dieses jahr",
        family="play_count",
        period="this_year",
        name="Herbert Grönemeyer",
    ),
    Fresh(
        text="hab ich gestern abend air gehört",
        family="did_i",
        period="yesterday_evening",
        name="Air",
    ),
    Fresh(
        text="lief letzte woche irgendwas von justice",
        family="did_i",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="hab ich am samstag bohemian rhapsody gehört nee don't stop me now mein ich",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="hab ich in letzter zeit die ärzte gehört",
        family="did_i",
        period="lately",
        name="Die Ärzte",
    ),
    Fresh(
        text="was hab ich gestern abend so gehört beim korrigieren",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief letzten freitag",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="nu was hab ich heute nachmittag gehört nach der sechsten stunde",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was ham mir am wochenende gehört also letztes wochenende",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was lief gestern gegen viertel nach acht abends",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heut morgen um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief am mittwoch um zwölf mittags",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="was hab ich eigentlich für einen musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normalerweise musik also um welche uhrzeit und an welchem tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich diesen monat neue künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche künstler hab ich in den letzten drei monaten zum ersten mal gehört",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft überspring ich lieder so im schnitt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie oft hör ich dieselben lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage am stück hab ich jetzt musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal café tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann hör ich eigentlich daft punk also wann war des erste mal",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann hab ich zuletzt justice gehört",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief zuletzt the daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="was war des letzte lied das ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="mit welchem lied hab ich heute angefangen",
        family="first_today",
    ),
    Fresh(
        text="was war des erste lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich vorgestern angefangen musikmäßig",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was war des letzte lied am samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="womit hab ich letzte woche aufgehört also des allerletzte lied",
        family="last_in",
        period="last_week",
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
        text="welches lied läuft bei mir grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein oktober musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir mal en rückblick auf meine woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="wie war mein jahr in musik so bis jetzt",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am wochenende mehr musik als unter der woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="ei wer is denn in letzter zeit so mein ding künstlermäßig",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="welcher podcast war dieses jahr bei mir vorne also der meistgehörte",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="welches album lief letzten monat am meisten bei mir in der küche",
        family="top_albums",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="wie lang hab ich diese woche podcasts gehört nur die podcasts",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wie viel lief gestern insgesamt also wie viele titel nee einfach wie oft was lief",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="wie viele verschiedene lieder hab ich überhaupt schon gehört",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="bohemian rhapsody wie oft lief des letztes jahr bei uns nee bei mir",
        family="play_count",
        period="last_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="hab ich heute schon daft punk gehört",
        family="did_i",
        period="today",
        name="Daft Punk",
    ),
    Fresh(
        text="lief im august eigentlich mal was von cafe tacuba eres oder so",
        family="did_i",
        period="august",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="was lief gestern um viertel vor acht abends nee um acht",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="welche neuen künstler sind dieses jahr dazugekommen bei mir",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="wie viele lieder hab ich letzte woche weggeskippt im verhältnis",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="was hör ich denn so in letzter zeit für musik also welche richtung",
        family="taste",
        period="lately",
    ),
    Fresh(
        text="zu welcher tageszeit hör ich am meisten und an welchem wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="was lief zuletzt äh also des allerletzte lied überhaupt",
        family="last_song",
    ),
    Fresh(
        text="was war heut früh des erste lied nach dem aufstehen",
        family="first_today",
    ),
    Fresh(
        text="welches lied hör ich grad ständig rauf und runter",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein letztes jahr so musikalisch zwanzig fünfundzwanzig",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="bin ich eher so en morgen hörer oder nachmittags oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich unter der woche mehr oder am wochenende gell",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wie viele verschiedene künstler warn des seit oktober",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="was hab ich am dritten november gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wie oft hör ich des gleiche lied nochmal in letzter zeit",
        family="repeat",
        period="lately",
    ),
]

NEGATIVES = [
    "spiel mol daft punk in der küche",
    "mach mol lauter nee noch lauter",
    "überspring des lied",
    "pausier den podcast es klingelt",
    "nächstes lied im wohnzimmer",
    "mach des licht in der küche aus",
    "stell en timer auf zwanzig minuten nee fünfundzwanzig",
    "wie wird des wetter morgen in kassel",
    "setz quark auf die einkaufsliste",
    "heizung auf einundzwanzig grad",
    "spiel des album discovery",
    "zufallswiedergabe an",
    "wiederholung aus bitte",
    "was läuft grad",
    "welches lied is des",
    "lautstärke auf dreißig",
    "küche und wohnzimmer zusammen abspielen",
    "spiel die neue folge von the daily",
    "stopp",
    "weck mich um sechs uhr zehn",
    "mach die musik in der küche leiser ich telefonier",
    "wer singt des grad",
    "spiel queen nee lieber air",
    "mach die musik aus in der küche die kinder sind da",
    "nächste folge vom podcast",
    "stell den lautsprecher in der küche lauter so auf fünfzig",
    "lied wiederholen",
]
