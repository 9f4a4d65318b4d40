"""Writer 375, ein müder Schichtarbeiter nach der Nachtschicht, Spracherkennung von genuscheltem Sprechen (verschluckte und falsch erkannte Wörter, ohne Satzzeichen), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hab ich letzte woche am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="welche band lief dies jahr am meisten",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in der küche welcher künstler läuft da am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="was war mein meistgehörtes lied diesen monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="meine drei top lieder seit oktober",
        family="top_tracks",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="top fünf lieder seit märz",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="welches album hab ich im sommer am meisten gehört",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="in den letzten drei monaten welches album am meisten",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="welcher podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lang hab ich gestern musik gehört",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich diese woche gehört",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lange lief bei uns letztes wochenende was",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie viel musik lief in den letzten dreißig tagen",
        family="listening_time",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="die letzten sieben tage wie viel hab ich gehört",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="heut nachmittag wie lange lief musik",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="wie viele lieder heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich im oktober gehört",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele lieder hab ich letzte nacht gehört",
        family="plays",
        period="last_night",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene künstler dies jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedne lieder letzten monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie oft hab ich bohemian rapsodie gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief kwien diese woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="hab ich gestern justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich in letzter zeit was von air gehört",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="hab ich dies jahr radiohead gehört",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="letzten sommer cafe tacuba gehört",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="was hab ich gestern abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was hab ich am dritten november gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was ham wir im september so gehört",
        family="what_played",
        period="september",
        person="we",
    ),
    Fresh(
        text="welches lied lief gestern um acht uhr abends",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="was lief heut morgen um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="gestern mittag um zwölf was lief da",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="was für musik hör ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche uhrzeit hör ich meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue künstler diesen monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche künstler warn neu im august",
        family="new_artists",
        period="august",
    ),
    Fresh(
        text="wie oft skip ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie oft hör ich die gleichen lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage am stück hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal daft punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann lief zuletzt die deli",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="was war das letzte lied",
        family="last_song",
    ),
    Fresh(
        text="welches lied lief heute als erstes",
        family="first_today",
    ),
    Fresh(
        text="erstes lied am samstag",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="was war das erste lied heut früh",
        family="first_in",
        period="this_morning",
    ),
    Fresh(
        text="was war letzten freitag das letzte lied",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches lied überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skip ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was läuft bei mir grad in dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="na wie war meine woche musikmäßig",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="rückblick aufs letzte jahr",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="unter der woche oder am wochenende wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach die musik leiser",
    "mach lauter",
    "nächstes lied",
    "überspring das",
    "pause",
    "podcast anhalten",
    "küchenlicht aus",
    "wecker auf vierzehn uhr",
    "timer zehn minuten",
    "wie wird das wetter",
    "milch auf die einkaufsliste",
    "heizung hoch",
    "was läuft grad",
    "welches lied ist das",
    "spiel das album discovery",
    "zufallswiedergabe an",
    "wiederholung aus",
    "lautsprecher küche und schlafzimmer zusammen",
    "spiel die deli",
    "musik aus",
    "rollladen runter",
    "spiel was ruhiges zum einschlafen",
    "was hör ich gerade",
]
