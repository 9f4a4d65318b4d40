"""Writer 575, eine Münchnerin Mitte dreißig (bairisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Servus, wer war denn heuer mei Künstler Nummer oans?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="sog amoi, wen hob i letzten Monat am meisten g'hört",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Von wem bin i in letzter Zeit eigentlich so narrisch, welcher Künstler is des?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="de drei Bands, de i seit März am öftesten g'hört hob",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="Wos war denn mei Liadl vom Monat?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag ma meine fünf meistg'spuilten Liader vom Oktober",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="In da Kuchl letzte Woch, welches Lied hamma da am meisten laufen g'habt?",
        family="top_tracks",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # top_albums
    Fresh(
        text="Wos is heuer eigentlich mei Lieblingsalbum, so rein nach de Zahlen?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="welche Platte hob i im Sommer am meisten laufen lassen",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast is denn grad mei Dauerbrenner?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="meistg'hörter Podcast fern, also letzts Jahr",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="Wia lang hob i heid scho Musik g'hört?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie vui Stund warn des letzte Woch insgesamt, mit Podcast und allem",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wia lang is bei uns am Wochenend Musik g'laufen?",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="Wia vui Liadl hob i heid in da Friah g'spuit?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft is im September überhaupt wos g'laufen",
        family="plays",
        period="september",
    ),
    Fresh(
        text="Folgen vom Podcast, wie vui warn des de letzten dreißig Tag?",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie vui verschiedene Künstler hob i heuer g'hört?",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="Wie vui verschiedene Liader warn des de Woch bis jetzt?",
        family="songs_count",
        period="this_week",
    ),
    # play_count
    Fresh(
        text="Wie oft hob i heuer Bohemian Rhapsody g'hört?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wia vui Daft Punk war des de letzten sieben Tag",
        family="play_count",
        period="last_7_days",
        name="Daft Punk",
    ),
    Fresh(
        text="The Daily im Oktober, wie oft is der g'laufen?",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Hob i gestern Justice g'hört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="war vorgestern a bisserl Air dabei",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="Hob i heuer eigentlich amoi Haindling g'hört?",
        family="did_i",
        period="this_year",
        name="Haindling",
    ),
    Fresh(
        text="Cafe Tacuba in letzter Zeit, hob i de überhaupt g'hört?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="Wos hob i gestern auf d'Nacht g'hört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief denn heid Nachmittag?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Wos hat d'Ada letzte Nacht g'hört?",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="gestern auf d'Nacht um Viertel vor acht, wos lief da?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wos war des für a Liad heid in da Friah um halb neun?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="um fünf nach fünf heid, wos hat da g'spuit",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="Wos hob i eigentlich für an Musikgeschmack?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma amoi mein Geschmack, so wie er heuer war",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="Um wiavui Uhr hör i normalerweise Musik, und an welchem Tag am meisten?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="zu welcher Tageszeit bin i meistens am Hören",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hob i in letzter Zeit wen Neues entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler warn im November ganz neu für mi",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Wie oft skip i eigentlich Liader?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie vui hob i letzten Monat weitergedrückt, so prozentual",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Hör i fei immer de gleichen Liadl? Wie hoch is mei Wiederholungsrate?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="seit Oktober, wie oft hör i de gleichen Songs nomoi",
        family="repeat",
        period="since_october",
        content="music",
    ),
    # streak
    Fresh(
        text="Wie vui Tag hintereinander hob i jetzt scho Musik g'hört?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob i zum ersten Mal Queen g'hört?",
        family="first_play",
        name="Queen",
    ),
    Fresh(
        text="des Genesis von Justice, wann war des as erste Mal dran",
        family="first_play",
        name="Genesis by Justice",
    ),
    # last_play
    Fresh(
        text="Wann hob i des letzte Mal Digital Love g'hört?",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="wann war The Daily zuletzt dran",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wet Leg, wann hob i de zletzt g'hört?",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="Wos war des letzte Liadl, des i g'hört hob?",
        family="last_song",
    ),
    Fresh(
        text="zuletzt g'spuit, wos war des nomoi",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit wos bin i heid aufg'wacht?",
        family="first_today",
    ),
    Fresh(
        text="wos war heid des allererste Liad",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wos war am Samstag as erste Liad?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="mit wos hob i vorgestern o'gfangt",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="Des letzte Liadl gestern auf d'Nacht, wos war des?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="mit wos hob i letzten Freitag aufg'hört",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="Welches Liad drück i am öftesten weg?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="wos skip i heuer am meisten",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler skip i am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei wem drück i immer glei weiter, welche Band is des",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wos läuft bei mir grad in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="welches Liadl spui i grad ständig, des i ned aus'm Kopf krieg",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl amoi, wia war mei Oktober so musikalisch?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib ma an Rückblick auf mei Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fass ma doch a bisserl zam, wos i so g'hört hob",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr in da Friah oder mehr auf d'Nacht?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin i eher a Nachmittags- oder a Abendhörerin",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wochenend mehr als unter da Woch?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="werktags oder am Wochenend, wann lauft bei mir mehr Musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Servus, spui amoi Daft Punk in da Kuchl",
    "mach d'Musik a bisserl lauter",
    "leiser bittschön, i telefonier grad",
    "Wos läuft da grad?",
    "wos is des für a Liadl",
    "nächstes Liad",
    "skip des, des mog i ned",
    "Pausier amoi den Podcast",
    "mach as Licht in da Kuchl aus",
    "Spui des Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus, des nervt",
    "verbind de Kuchl mit'm Lautsprecher im Wohnzimmer",
    "stell an Timer auf zwölf Minuten für d'Brezn",
    "wia wird's Wetter morgen, brauch i an Schirm",
    "schreib Weißwürscht auf d'Einkaufsliste",
    "dreh d'Heizung auf zweiadzwanzg Grad",
    "Wos hör i grad?",
    "spui The Daily weiter",
    "Lautstärke auf fünf",
    "stopp",
    "spui a bisserl Queen im Wohnzimmer",
    "geh a Liad zruck",
    "wer singt des grad",
    "weck mi morgen um siebene",
]
