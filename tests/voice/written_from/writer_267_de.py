"""Writer 267, Münchner Teenager (bairisch, Jugendsprache), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="servus, wen hob i letzte Woch am meisten ghört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="oida wer is heuer eigentlich mei Künstler Nummer eins",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="digga wer war letzten Sommer so mei Band",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="wos is mei Lieblingslied seit März, oida",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="sag amoi meine fünf meistgspuiten Liada",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welcher Song lief die letzten drei Monate am häufigsten",
        family="top_tracks",
        period="last_3_months",
    ),
    # top_albums
    Fresh(
        text="welches Album hob i im Sommer mega oft gspuit",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mei Lieblingsalbum im September, wos war des",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="oida welchen Podcast hör i in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lang hob i heid scho Musik ghört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie vui Stunden Podcast warn des im Oktober, digga",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie lang lief bei uns gestan insgesamt wos",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    # plays
    Fresh(
        text="wie vui Liada hob i gestan gspuit",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie oft lief seit Montag überhaupt irgendwos",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="wie vui verschiedene Künstler hob i heuer ghört, mega vui oder?",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="wie vui verschiedne Songs warn des die letzten dreißig Tag",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="oida wie vui unterschiedliche Liada hob i letztes Jahr ghört",
        family="songs_count",
        period="last_year",
    ),
    # play_count
    Fresh(
        text="wie oft hob i Bohemian Rhapsody diese Woch ghört",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Justice seit Oktober, wie oft lief des",
        family="play_count",
        period="since_october",
        name="Justice",
    ),
    Fresh(
        text="digga wie oft hob i Capital Bra gspuit",
        family="play_count",
        period="all_time",
        name="Capital Bra",
    ),
    # did_i
    Fresh(
        text="hob i gestan Abend Queen ghört",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="vorgestern wos von Air ghört oder ned",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="lief am Samstag dance von Justice, oida",
        family="did_i",
        period="saturday",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="wos hob i heid in da Früh so ghört",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was lief letzte Nacht, i woas nix mehr",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="sag amoi wos i am dritten November ghört hob",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="wos lief gestan so um Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heid um halb neun in da Küch",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="oida wos für an Musikgeschmack hob i eigentlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie vui Uhr hör i normal am meisten Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="hob i in letzter Zeit neue Künstler entdeckt, digga",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Bands warn im August neu für mi",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="wie oft skip i eigentlich Liada",
        family="skips",
        period="all_time",
        content="music",
    ),
    # repeat
    Fresh(
        text="hör i echt immer de gleichen Songs? wie hoch is mei Wiederholungsquote",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie lang is mei Streak grad, also wie vui Tag hintereinander",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hob i Café Tacvba zum ersten Mal ghört",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann lief The Daily des letzte Mal",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="oida wann hob i zuletzt Don't Stop Me Now ghört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="wos war des letzte Lied, des i gspuit hob",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit wos für am Song bin i heid aufgwacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wos war des erste Lied vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="mit wos hob i gestan aufghört zum Musikhören",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="letzter Song am letzten Freitag, wos war des",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skip i am öftesten oida",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="bei welchem Künstler drück i am meisten auf weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="wos hob i grad so auf Dauerschleife, digga",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl amoi, wie war mei Jahr musikmäßig",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib ma an gscheiden Rückblick auf letzte Woch",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="servus, wie war unser Oktober so vom Hörn her",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="hör i mehr in da Früh oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="bin i am Wochenend mehr am Musikhören als unter da Woch",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spui Daft Punk in da Küch",
    "mach d'Musik lauter oida",
    "leiser bitte, mei Mama telefoniert",
    "wos is des für a Lied grad",
    "wos lauft grad in da Küch",
    "skip des Lied, des is mega cringe",
    "pausier den Podcast amoi",
    "nächster Song im Wohnzimmer",
    "mach des Licht in da Küch aus",
    "spui des Album Discovery",
    "zufallswiedergabe an digga",
    "wiederhol des Lied in Dauerschleife",
    "verbind an Lautsprecher in da Küch mit dem im Zimmer",
    "stell an Timer auf zehn Minuten für d'Pizza",
    "wie wird des Wetter heid in München",
    "schreib Spezi auf d'Einkaufsliste",
    "dreh d'Heizung auf zweiazwanzig Grad",
    "wos hör i grad eigentlich",
    "spui The Daily, de neiste Folge",
    "stopp d'Musik",
    "lautstärke auf fuchzg Prozent",
    "spui wos Gscheids zum Zocken",
]
