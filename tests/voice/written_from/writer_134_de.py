"""Writer 134, disfluent Leipzig student (speech-to-text), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="äh wen hab ich letzte woche so am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="ähm wer ist so irgendwie mein künstler des jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="was ist denn halt mein lieblingslied diesen monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="nu sag mal meine äh drei meistgehörten lieder im oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welches album hab ich äh so am meisten gehört dieses jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="ähm welchen podcast hör ich so in letzter zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange lief heute so musik ähm insgesamt",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele lieder hab ich gestern äh gehört",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich so äh im september gehört",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="wie oft hab ich halt bohemian rhapsody gehört dieses jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="hab ich äh gestern irgendwie justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="was lief denn gestern abend so gegen viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was hab ich ähm vorgestern so gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was für musik hör ich eigentlich so ähm was ist mein geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche uhrzeit hör ich halt meistens musik",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich in letzter zeit irgendwie neue künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wie oft skip ich so lieder äh ehrlich gesagt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage am stück hab ich jetzt schon musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich daft punk äh zum ersten mal gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="nu wann hab ich zuletzt the daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wie viele verschiedene lieder hab ich äh überhaupt schon gehört",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="was war das letzte lied das ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="ähm womit bin ich heute früh so aufgewacht also erstes lied",
        family="first_today",
    ),
    Fresh(
        text="was war gestern das erste lied ähm das ich angemacht hab",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="und letzten freitag äh was war da so das letzte lied",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches lied skip ich halt am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="ähm welchen künstler überspring ich irgendwie am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches lied hab ich grad so in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war so mein oktober ähm musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="äh gib mir mal so nen rückblick auf meine woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="hör ich eher morgens oder äh eher abends musik",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am wochenende mehr als so unter der woche ähm",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="hör ich halt oft die gleichen lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="was haben wir ähm letzte woche so gehört",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="in der küche äh was läuft da so am meisten welcher künstler",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="was hat ada so diesen monat gehört",
        family="what_played",
        period="this_month",
        person="Ada",
    ),
    Fresh(
        text="nu was lief heute morgen so um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wie viel stunden podcast hab ich ähm letzten monat gehört",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="wie oft lief denn so äh one more time von daft punk im sommer",
        family="play_count",
        period="summer",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="hab ich eigentlich äh radiohead mal gehört irgendwann",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="sag mal wie viele folgen hab ich so in den letzten dreißig tagen gehört",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="ähm meine top fünf künstler so vom letzten jahr",
        family="top_artists",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="welches album lief bei uns im august so am meisten",
        family="top_albums",
        period="august",
        person="we",
    ),
    Fresh(
        text="was hab ich so samstag gehört irgendwie",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="äh wann hab ich zum ersten mal so café tacuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="ähm wie lange hab ich heute nachmittag so gehört",
        family="listening_time",
        period="this_afternoon",
    ),
    Fresh(
        text="was lief letzte nacht so ähm was hab ich da gehört",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="wie viele lieder wie viele — nee welche lieder hab ich seit märz am meisten gehört",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="welches lied kann ich grad irgendwie nicht aufhören zu hören",
        family="on_repeat",
    ),
    Fresh(
        text="äh welcher podcast war so mein ding in zweitausendfünfundzwanzig",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="hab ich die letzten sieben tage äh irgendwie queen gehört",
        family="did_i",
        period="last_7_days",
        name="Queen",
    ),
    Fresh(
        text="nu wie war so mein jahr musikalisch",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="ähm wann lief zuletzt sexy boy von air",
        family="last_play",
        name="Sexy Boy by Air",
    ),
]

NEGATIVES = [
    "äh spiel mal daft punk in der küche",
    "mach die musik lauter",
    "ähm überspring das lied",
    "was ist das für ein lied",
    "pausier mal den podcast",
    "nächster titel in der küche",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "wie wird das wetter morgen in leipzig so",
    "stell nen timer auf ähm zehn minuten",
    "ähm stell mal die heizung auf einundzwanzig grad",
    "schreib hafermilch auf die einkaufsliste",
    "mach mal shuffle an",
    "leiser bitte so auf drei",
    "was hör ich grad eigentlich",
    "äh welcher künstler ist das gerade",
    "spiel bohemian rhapsody von queen",
    "mach wiederholen an für das lied",
    "spiel die neueste folge von the daily",
    "nu stopp die musik",
    "verbinde den küchenlautsprecher mit dem im wohnzimmer",
    "nächstes lied im wohnzimmer",
    "äh spul mal dreißig sekunden vor im podcast",
    "spiel irgendwas so entspanntes halt",
    "regnet es heute noch irgendwie",
    "stell nen wecker auf halb acht",
]
