"""Writer 34, speech-to-text from a fast talker, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hab ich diesen monat am meisten gehört",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="welcher künstler lief dieses jahr bei mir am meisten",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="was war in letzter zeit so meine band ich hör ja immer dasselbe",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="meine top drei künstler letzten monat",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="was war mein lieblingslied im oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="welches lied lief in der küche am häufigsten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="meine fünf meistgehörten lieder seit märz",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="welches album hab ich dieses jahr am meisten gehört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="was war letzten sommer mein lieblingsalbum",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="welchen podcast hör ich am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welcher podcast lief in den letzten dreißig tagen am meisten",
        family="top_podcasts",
        period="last_30_days",
    ),
    Fresh(
        text="wie lange hab ich heute musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden hab ich diese woche gehört",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lange lief bei uns letztes wochenende musik",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viele lieder hab ich heute schon gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich im september gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wieviel hab ich seit montag abgespielt",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele bands insgesamt",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="wie viele verschiedene lieder letzten monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie viele unterschiedliche songs hab ich im august gehört",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="hab ich gestern queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="lief in letzter zeit was von justice",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="haben wir letzte woche daft punk gehört",
        family="did_i",
        period="last_week",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="hab ich dieses jahr radiohead gehört",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="wie oft hab ich bohemien rapsodie gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief diesen monat daft punk",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich letztes jahr the daily gehört",
        family="play_count",
        period="last_year",
        name="The Daily",
    ),
    Fresh(
        text="was hab ich gestern abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern so",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was haben wir am samstag gehört",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was lief gestern um viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heute nachmittag um zehn nach fünf",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="was für musik hör ich eigentlich so",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie würdest du meinen musikgeschmack beschreiben",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich normalerweise musik also uhrzeit und wochentag",
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
        text="welche bands sind in den letzten drei monaten neu dazugekommen",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft skippe ich lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich diese woche übersprungen",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="wie oft hör ich die selben lieder nochmal",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele tage am stück hab ich jetzt musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich zum ersten mal air gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="seid wann hör ich eigentlich cafe tacuba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann lief zuletzt one more time",
        family="last_play",
        name="One More Time",
    ),
    Fresh(
        text="wann hab ich das letzte mal the weekend gehört",
        family="last_play",
        name="The Weeknd",
    ),
    Fresh(
        text="was war das letzte lied das ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="was war heute morgen das erste lied",
        family="first_today",
    ),
    Fresh(
        text="mit welchem lied hab ich gestern angefangen",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was war das erste lied letzten freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="welches lied lief letzte nacht als letztes",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welches lied überspring ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen künstler skippe ich am meisten",
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
        text="gib mir mal nen rückblick auf mein jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="kurze zusammenfassung von meinem monat bitte",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am wochenende mehr als unter der woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ich in 2025 insgesamt gehört",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="was lief am dritten november",
        family="what_played",
        period="november_3",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach die musik lauter",
    "musik leiser in der küche",
    "nächstes lied",
    "überspring das lied",
    "podcast pausieren",
    "pause",
    "was ist das für ein lied",
    "was läuft gerade",
    "was läuft in der küche",
    "spiel das album discovery",
    "spiel die neueste folge von the daily",
    "zufallswiedergabe an",
    "wiederholung aus",
    "lautstärke auf vier",
    "küchenlicht aus",
    "licht in der küche an",
    "stell einen timer auf zehn minuten",
    "wie wird das wetter morgen",
    "milch auf die einkaufsliste",
    "heizung auf einundzwanzig grad",
    "musik auf allen lautsprechern abspielen",
    "stopp die musik",
]
