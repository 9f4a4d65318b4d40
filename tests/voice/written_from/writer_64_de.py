"""Writer 64, Spracherkennung mit Erkennungsfehlern (Homophone, getrennte/zusammengezogene Wörter, fehlende kleine Wörter, leicht verhörte Künstlernamen), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hab ich letzte woge am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer ist mein künstler des jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="von welcher band bin ich in letzter zeit so besessen",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="welche drei künstler haben wir im oktober am meisten gehört",
        family="top_artists",
        period="october",
        count=3,
        person="we",
    ),
    Fresh(
        text="wer war zwei tausend fünfundzwanzig mein top künstler",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="was ist meine lieblingslied diesen monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="meine top fünf lieder aller zeiten",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welches lied lief in der küche die letzten sieben tage am meisten",
        family="top_tracks",
        period="last_7_days",
        room="kitchen",
    ),
    Fresh(
        text="was war im september mein meist gehörtes lid",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="welches album hab ich dieses jahr am meißten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(text="mein lieblings album im sommer", family="top_albums", period="summer"),
    Fresh(
        text="welchen pot cast höre ich am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welchen podcast hab ich letzten monat am meisten gehört",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="wie lange hab ich heu te gehört", family="listening_time", period="today"
    ),
    Fresh(
        text="wie viele stunden musik diese woge",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie lange lief bei uns gestern musik",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viele stunden hab ich letztes jahr gehört",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="wie viele lider hab ich heute gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie fiel hab ich letzten monat insgesamt abgespielt",
        family="plays",
        period="last_month",
    ),
    Fresh(
        text="wie viele folgen hab ich diesen monat gehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele titel hab ich seid montag gespielt",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene künstler letzten sommer",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="wie viele verschiedene lieder in den letzten dreißig tagen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft hab ich diesen monat queen gehört",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief bohemian rhapsodie schon",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft hab ich radio head gehört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich gestern justis gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief in letzter zeit daft pank",
        family="did_i",
        period="lately",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ich heute früh the daily gehört",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hat ada letzte woche air gehört",
        family="did_i",
        period="last_week",
        name="Air",
        person="Ada",
    ),
    Fresh(
        text="hab ich am dritten november sexy boy gehört",
        family="did_i",
        period="november_3",
        name="Sexy Boy",
    ),
    Fresh(
        text="was hab ich gestern abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vor gestern", family="what_played", period="day_before_yesterday"
    ),
    Fresh(
        text="was hab ich letztes wochen ende gehört",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="was lief gestern gegen fiertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute morgen um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heu te um viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was lief am samstag um zwölf uhr mittags",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    Fresh(
        text="was für einen geschmack hab ich eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen musikgeschmack", family="taste", period="all_time"
    ),
    Fresh(
        text="zu welcher uhrzeit hör ich meistens und an welchem tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich diesen monat neue künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche neuen bands sind seid oktober dazu gekommen",
        family="new_artists",
        period="since_october",
    ),
    Fresh(text="wie oft überspring ich was", family="skips", period="all_time"),
    Fresh(
        text="wie hoch ist meine skip rate diese woge",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="wie oft hör ich die gleichen sachen wider",
        family="repeat",
        period="all_time",
    ),
    Fresh(text="wie viele tage hinter einander hab ich gehört", family="streak"),
    Fresh(
        text="wann hab ich justice zum ersten mahl gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief cafe tacuba zum ersten mal",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(text="wann hab ich zu letzt queen gehört", family="last_play", name="Queen"),
    Fresh(text="wann lief das letzte mal wet leg", family="last_play", name="Wet Leg"),
    Fresh(text="was war das letzte lied das ich gehört hab", family="last_song"),
    Fresh(text="was war heu te mein erstes lied", family="first_today"),
    Fresh(
        text="mit welchem lied hab ich gestern an gefangen",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was war letzten freitag das erste lied",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was war das letzte lied letzte nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="mit welchem lied hab ich am samstag aufgehört",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welches lied überspringe ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skippe ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(text="welches lied hab ich gerade in dauer schleife", family="on_repeat"),
    Fresh(
        text="welcher song läuft bei mir zurzeit rauf und runter", family="on_repeat"
    ),
    Fresh(text="erzähl mal wie war mein november", family="recap", period="this_month"),
    Fresh(text="gib mir meinen jahres rückblick", family="recap", period="this_year"),
    Fresh(
        text="wie war unsere letzte woge musikalisch",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am wochen ende meer als unter der woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach die musik lauter",
    "leiser bitte",
    "nächstes lied",
    "überspring dieses lid",
    "pausier den pot cast",
    "was ist das für ein lied",
    "was läuft gerade in der küche",
    "spiel das album discovery",
    "zufalls wiedergabe an",
    "wiederhol das lied",
    "lautstärke auf dreißig",
    "stell einen timer auf zehn minuten",
    "wie wird das wetter morgen",
    "schreib milch auf die einkaufs liste",
    "mach das licht in der küche aus",
    "stell die heizung auf ein und zwanzig grad",
    "spiel die neuste folge von the daily",
    "stopp die musik",
    "verbinde den küchen lautsprecher mit dem wohnzimmer",
    "spiel queen im wohnzimmer",
    "wer singt das gerade",
    "spiel was entspanntes",
    "mach den bass lauter",
    "spring zurück zum vorherigen titel",
    "wie spät ist es",
    "spiel justis in allen räumen",
    "wiederholung aus",
]
