"""Writer 230, Swabian carpenter in a noisy workshop, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer war mei Künstler Nummer oins letzte Woch",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="welche Band han i des Johr am meischte gherd",
        family="top_artists",
        period="this_year",
    ),
    # top_tracks
    Fresh(
        text="was isch mei Lieblingsliedle den Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mal die drei meischt gspielte Liedle",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    # top_albums
    Fresh(
        text="welches Album han i am meischte laufa lassa",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum im Sommer welches war des",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast lauft bei mir in letzter Zeit am meischte",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lang lief heit Musik in dr Küch",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viel Stund hen mir letzte Woch gherd",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lang han i seit Oktober Podcast ghört",
        family="listening_time",
        period="since_october",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viel Liedle han i heit morga gspielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viel Folgen Podcast im Oktober",
        family="plays",
        period="october",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viel verschiedene Künstler han i des Johr gherd",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="wie viel verschiedene Lieder seit Montag",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="wie oft han i Bohemian Rhapsody gherd",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk letschte Monat",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="ACDC wie oft han i die des Johr ghört",
        family="play_count",
        period="this_year",
        name="AC/DC",
    ),
    # did_i
    Fresh(
        text="han i gestern Justice gherd",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hen mir vorgestern Queen ghört",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="han i heit scho The Daily gherd",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="was han i gestern Obend gherd",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief denn am Samstag so bei mir",
        family="what_played",
        period="saturday",
    ),
    # playing_at
    Fresh(
        text="was isch gestern um Viertel nach acht glaufa",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="heit morga halb neun was lief do",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="was für Musik mag i eigentlich gell",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wieviel Uhr hör i normal Musik und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="han i in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="neue Bands seit März dazukomma",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="wie oft überspring i Liedle",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="hör i oft die gleiche Liedle nomol",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viel Täg am Stück han i jetzt Musik ghört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann han i Air zum erschta Mol gherd",
        family="first_play",
        name="Air",
    ),
    # last_play
    Fresh(
        text="wann lief zletscht Sexy Boy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="Radiohead wann hab i die s letschte Mol ghört",
        family="last_play",
        name="Radiohead",
    ),
    # last_song
    Fresh(
        text="was war des letschte Liedle wo i gspielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem Lied han i heit agfanga",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war des erschte Lied am letschta Freitag",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="letschts Lied gestern was war des",
        family="last_in",
        period="yesterday",
    ),
    # most_skipped
    Fresh(
        text="welches Lied überspring i am meischte",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler drück i am öftesten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was für a Liedle lauft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="verzähl mal wie war mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mr mol en Rückblick aufs Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war s letschte Wochenend bei uns musikmäßig",
        family="recap",
        period="last_weekend",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="hör i mehr morgens oder obends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="lauft bei mir am Wochenend mehr Musik als unter dr Woch",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in dr Küch",
    "mach d Musik lauter",
    "was lauft grad",
    "nächschtes Lied",
    "Podcast pausiera",
    "Licht in dr Küch aus",
    "stell an Timer auf zwanzig Minute",
    "wie wird s Wetter heit Mittag",
    "Schrauba auf d Einkaufsliste",
    "Heizung auf zwanzig Grad",
    "Zufallswiedergabe an",
    "des Lied nomol wiederhola",
    "spiel s Album Discovery",
    "leiser gell",
    "Werkstatt Lautsprecher mit dr Küch verbinda",
    "was isch des für a Lied",
    "überspring des Liedle",
    "was hör i grad",
    "mach d Musik aus",
    "spiel The Daily",
    "Wecker auf sechse",
    "Lautstärke auf fünf",
]
