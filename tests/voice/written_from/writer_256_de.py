"""Writer 256, Allgäuer Bauer (Allgäuerisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer hon i letscht Wuch am meischta ghört?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="sag amol wer isch denn mei Künschtler vom Johr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wer isch mei Lieblingsband gsi im Johr zwanzig fünfazwanzig?",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="Was isch mei Lieblingsliedle gsi im Oktober?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Nenn mir amol die drei Liedla, wo i am meischta ghört hon",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in dr Küche was isch do des meischt gspielte Lied seit März",
        family="top_tracks",
        period="since_march",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welches Album hon i im Sommer am meischta laufa lassa?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welche Platte hon i letschta Summer am meischta ghört",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast isch bei mir in letschter Zeit Nummer oins?",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wie lang isch heit scho Musig gloffa?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stund hon i letschta Monet ghört",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="Wie lang hond mir letscht Wuch zughört, mir alle zsamma?",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Wie viel Zeit hon i am Wochenend mit Musig verbracht?",
        family="listening_time",
        period="last_weekend",
        content="music",
    ),
    # plays
    Fresh(
        text="Wie viel Lieder hon i heit morga abgspielt?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viel Folga vo dem Podcast hon i im September ghört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Seit Montag, wie viel Liedla sind do gloffa?",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viel verschiedene Künschtler hon i des Johr ghört?",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="wie viel verschiedene Lieder warad des in de letschte dreißig Täg",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="Wie oft hon i Bohemian Rhapsody gspielt des Johr?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft isch bei mir The Daily gloffa letscht Wuch",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="Die Kastelruther Spatzen, wie oft hon i die überhaupt ghört?",
        family="play_count",
        period="all_time",
        name="Kastelruther Spatzen",
    ),
    # did_i
    Fresh(
        text="Hon i geschter Queen ghört oder it?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="isch in letschter Zeit amol Justice gloffa",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Hon i im Sommer den Hansi Hinterseer ghört?",
        family="did_i",
        period="summer",
        name="Hansi Hinterseer",
    ),
    Fresh(
        text="Daft Punk, hon i des in de letschte siebe Täg ghört?",
        family="did_i",
        period="last_7_days",
        name="Daft Punk",
    ),
    Fresh(
        text="hon i letschts Johr des Eres vo Café Tacvba ghört",
        family="did_i",
        period="last_year",
        name="Eres by Café Tacvba",
    ),
    # what_played
    Fresh(
        text="Was hon i geschter z'Obed ghört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was isch vorgeschtern gloffa",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was hond mir am Samstig ghört bei ins?",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Was hon i letscht Nacht no ghört, i woiß es nimmer",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was hot d'Ada im August so ghört",
        family="what_played",
        period="august",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Was hot geschter z'Obed um Viertel noch acht gspielt?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was isch heit morga um halb neun gloffa",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Um fünfe rum heit Nomittag, was isch do gloffa?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    # taste
    Fresh(
        text="Was für a Musig mog i eigentlich?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um welche Zeit hör i meischtens Musig und an welchem Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hon i im letschta Monet neue Künschtler entdeckt?",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="isch seit Oktober wer Neis dazukomma, a neue Band oder so",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="Wie oft drück i eigentlich weiter, überspring i viel?",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="hör i allweil die gleicha Liedla, wie oft wiederhol i des",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie viel Täg hintereinand hon i jetzt scho Musig ghört?",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="Wann hon i Café Tacvba 's erschte Mol ghört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hon i des Da Funk zum erschta Mol gspielt",
        family="first_play",
        name="Da Funk",
    ),
    # last_play
    Fresh(
        text="Wann hon i 's letscht Mol Air ghört?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="wann isch The Daily 's letschte Mol gloffa",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Was war des letschte Liedle, wo i ghört hon?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit was für am Lied hon i heit in da Tag gstartet",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was isch 's erschte Lied gsi am letschta Freitig?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="womit hon i vorgeschtern ogfanga",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="Was war 's letschte Lied geschter?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hon i am dritta November aufghört",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring i am meischta?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künschtler drück i am öftesten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Liedle hon i die Täg in Dauerschleife?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Gib mir amol an Überblick über mei Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie isch mei Wuch gsi, musikalisch gseha",
        family="recap",
        period="this_week",
        content="music",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i morgets mehr oder z'Obed?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="lauft bei mir am Wochenend mehr Musig als unter dr Wuch",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel amol Daft Punk in dr Küche",
    "mach d'Musig lauter i hör nix",
    "Mach des leiser, des isch z'laut",
    "Was isch des für a Lied, wo grad lauft?",
    "was hör i jetzat grad",
    "Überspring des Lied, des mog i it",
    "halt den Podcast amol o",
    "Nächschts Lied im Wohnzimmer",
    "Mach 's Licht in dr Küche aus",
    "spiel des Album Discovery",
    "Stell an Wecker auf halb fünfe, i muss in Stall",
    "stell an Timer auf zwanzig Minuta",
    "Wie wird 's Wetter morga, kann i 's Heu einfahra?",
    "Schreib Brot und Butter uf d'Einkaufslischt",
    "dreh d'Heizung auf 's isch kalt",
    "Mach Zufallswiedergabe o",
    "Spiel des Lied in Dauerschleife",
    "verbind den Lautsprecher in dr Küche mit dem im Wohnzimmer",
    "Spiel The Daily",
    "spiel Bohemian Rhapsody vo Queen",
    "Was lauft grad in dr Küche?",
    "Lautstärke auf vier",
    "hör auf mit dr Musig",
    "Spiel a bissle Blasmusik",
    "wer singt des",
    "Mach weiter mit dem Podcast",
    "Wie spät isch 's?",
]
