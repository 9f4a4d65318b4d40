"""Writer 517, 14-jähriger aus Dortmund mit Jugendsprache, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="digga wer war diesen monat mein meistgehörter künstler",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer war lowkey mein go-to artist letztes jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="von wem war ich in letzter zeit so krass besessen, welche band",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in der küche, welcher künstler lief da im august am meisten",
        family="top_artists",
        period="august",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="welches lied hab ich diese woche am meisten gepumpt",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="meine top drei songs ever, sag mal",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="was war im sommer mein lieblingslied wallah",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="welches album hab ich seit märz am meisten gehört",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="mein lieblingsalbum 2025, welches war das",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="welcher podcast läuft bei mir in letzter zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was war mein meistgehörter podcast letzten sommer",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute musik, krass viel oder",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele stunden haben wir letzte woche gehört",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lange hab ich die letzten sieben tage podcasts gehört",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele lieder hab ich heute früh gehört",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele folgen hab ich im oktober durchgesuchtet",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele streams hatte ich insgesamt, safe tausende",
        family="plays",
        period="all_time",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene künstler hab ich dieses jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="seit oktober, wie viele unterschiedliche artists warn das",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene songs warn das letzten monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie viele unterschiedliche tracks hab ich die letzten drei monate gehört",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich bohemian rhapsody gehört, wallah ich will's wissen",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief justice die letzten 30 tage",
        family="play_count",
        period="last_30_days",
        name="Justice",
    ),
    Fresh(
        text="digga wie oft hab ich diesen monat around the world von daft punk laufen lassen",
        family="play_count",
        period="this_month",
        name="Around the World by Daft Punk",
    ),
    # did_i
    Fresh(
        text="hab ich gestern daft punk gehört",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="digga hab ich in letzter zeit capital bra gehört",
        family="did_i",
        period="lately",
        name="Capital Bra",
    ),
    Fresh(
        text="lief vorgestern air oder nicht",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="the daily, hab ich das seit montag mal angemacht",
        family="did_i",
        period="since_monday",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief am dritten november",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was haben wir am wochenende so gehört",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was für musik lief heute nachmittag",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    # playing_at
    Fresh(
        text="was lief gestern abend um acht",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="welcher song lief heute morgen um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief am mittwoch um zwölf mittags",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="was für musik feier ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meinen musikgeschmack, aber ehrlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich normalerweise musik, also uhrzeit und tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter zeit neue künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche artists hab ich dieses jahr zum ersten mal gehört",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="wie oft skip ich eigentlich, lowkey zu viel oder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war meine skiprate im september",
        family="skips",
        period="september",
    ),
    # repeat
    Fresh(
        text="hör ich krass oft dieselben songs nochmal",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele tage am stück hab ich schon gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich das erste mal café tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann hör ich eigentlich digital love",
        family="first_play",
        name="Digital Love",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann hab ich das letzte mal queen gehört",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="was war der letzte song den ich gehört hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem song bin ich heut aufgewacht",
        family="first_today",
    ),
    Fresh(
        text="was war heute mein erster track",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war der erste song letzten freitag",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="womit hab ich gestern aufgehört",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="letzter song am samstag, welcher war das",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="welchen song skip ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen künstler skip ich am häufigsten, digga",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welcher song läuft bei mir grad auf dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal wie war mein jahr musikmäßig",
        family="recap",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="gib mir nen rückblick auf letzten monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="wie war so meine woche, kurz zusammengefasst",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="läuft bei mir unter der woche mehr musik oder am wochenende",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel daft punk in der küche",
    "mach mal lauter digga",
    "skip den song, der ist cringe",
    "was ist das für ein lied",
    "pausier mal den podcast",
    "nächster track im wohnzimmer",
    "mach das licht in der küche aus",
    "spiel das album discovery",
    "mach shuffle an",
    "wiederholung an für den song",
    "lautstärke auf fünf",
    "mach leiser, meine mutter ruft",
    "was läuft grad in der küche",
    "was hör ich gerade",
    "verbinde den küchenlautsprecher mit dem in meinem zimmer",
    "stell nen timer auf zwölf minuten für die pizza",
    "wie wird das wetter morgen in dortmund",
    "setz chips auf die einkaufsliste",
    "mach die heizung höher, ist krass kalt",
    "stopp die musik",
    "spiel the daily ab",
    "nächstes lied",
    "wer singt das hier",
]
