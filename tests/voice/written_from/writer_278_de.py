"""Writer 278, Berlin teenager (youth slang), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="digga wen hab ich in letzter zeit am meisten gehört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wer war mein künstler des jahres 2025 bro",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="in der küche, wer läuft da seit oktober am meisten so",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="was is lowkey mein lieblingslied diesen monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mal meine top 3 songs von letzter woche",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="was war im sommer mein song digga",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="welches album hab ich im oktober so krass gesuchtet",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="welcher podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange lief gestern so musik bei mir",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele stunden haben wir letzten monat gehört",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wie lange hab ich in den letzten 30 tagen podcasts gehört",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wie viele lieder hab ich heute schon gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie oft hab ich diese woche überhaupt was abgespielt",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="wie viele folgen hab ich dieses jahr gepumpt",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene songs waren das im september digga",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wie oft hab ich bohemian rhapsody gehört bro",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief daft punk seit montag",
        family="play_count",
        period="since_monday",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ich gestern safe justice gehört oder nicht",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief am wochenende eigentlich queen",
        family="did_i",
        period="last_weekend",
        name="Queen",
    ),
    Fresh(
        text="hab ich in letzter zeit radiohead gehört",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    Fresh(
        text="digga haben wir letzte woche daft punk gehört",
        family="did_i",
        period="last_week",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="was hab ich gestern abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern bei mir",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was hab ich heute morgen gehört bro",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was lief gestern so um acht abends",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was für musik feier ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normalerweise musik, also uhrzeit und tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hab ich diesen monat neue künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich in den letzten drei monaten neu entdeckt",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft skip ich eigentlich songs",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hör ich krass oft dieselben lieder immer wieder",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viele tage hintereinander hab ich schon was gehört digga",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal café tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann hör ich eigentlich air",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wann lief the daily zuletzt",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann hab ich das letzte mal don't stop me now gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="was war mein letzter song",
        family="last_song",
    ),
    Fresh(
        text="was war heute mein erster song bro",
        family="first_today",
    ),
    Fresh(
        text="mit welchem lied hab ich gestern angefangen",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was war der letzte song letzten freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welchen song skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skip ich am häufigsten lol",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was hab ich grad so auf repeat",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein jahr musikmäßig",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mir mal n rückblick auf letzte woche",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="hör ich eher morgens oder abends musik",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hör ich am wochenende mehr als unter der woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach die musik lauter digga",
    "was läuft grad in der küche",
    "was is das für ein song",
    "skip den song der is mies",
    "pausier den podcast",
    "nächster song im wohnzimmer",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "lautstärke auf 40",
    "mach mal shuffle an",
    "song auf repeat bro",
    "verbinde die lautsprecher in küche und wohnzimmer",
    "stell nen timer auf zehn minuten",
    "wie wird das wetter heute",
    "setz chips auf die einkaufsliste",
    "heizung auf 22 grad",
    "was hör ich gerade",
    "spiel the daily weiter",
    "mach leiser safe zu laut",
    "stopp die musik",
    "spiel queen in der küche",
]
