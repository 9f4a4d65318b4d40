"""Writer 268, a Swabian retiree, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sag amol, wer isch denn mei Künschtler vom Johr?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wen hen mir letschte Woch in dr Küch am meischte ghört?",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Die fünf Künschtler, wo i seit Montag am meischte ghört hab, gell",
        family="top_artists",
        period="since_monday",
        count=5,
    ),
    # top_tracks
    Fresh(
        text="Was isch denn mei Liedle, des i seit März am meischte gspielt hab?",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="Die drei Lieder vom letschte Monat, wo am meischte glaufe sind, sag se mir gschwind",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="Am dritte November, was war do mei meischtgspieltes Lied?",
        family="top_tracks",
        period="november_3",
    ),
    # top_albums
    Fresh(
        text="Welches Album hab i denn dies Johr am meischte laufe lasse?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Mei Lieblingsalbum im Sommer, was war des nomol?",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast isch bei mir in letschter Zeit dr Renner?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Was isch mei Lieblingspodcast vo de letschte drei Monat?",
        family="top_podcasts",
        period="last_3_months",
    ),
    # listening_time
    Fresh(
        text="Wie lang lief heut scho Musik, gell?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viel Stunde hen mir im Oktober Podcasts ghört?",
        family="listening_time",
        period="october",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="Heut Nachmittag, wie lang hab i do zughört?",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="Wie viel Lieder hab i geschtern gspielt?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie oft isch insgesamt ebbes glaufe in de letschte siebe Täg?",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viel Folge vom Podcast hab i im September ghört?",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viel verschiedene Künschtler hab i denn im August ghört?",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="Wie viel Künschtler warets in de letschte dreißig Täg, ungefähr?",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="Wie viel verschiedene Lieder warets jetzt dren Monat?",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="Im Johr zweitausendfünfundzwanzig, wie viel verschiedene Stückle hen mir do ghört?",
        family="songs_count",
        period="in_2025",
        person="we",
    ),
    # play_count
    Fresh(
        text="Wie oft hab i Bohemian Rhapsody scho ghört, insgesamt?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft isch dr Daft Punk die Woch glaufe?",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab i d'Helene Fischer ghört?",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    # did_i
    Fresh(
        text="Hab i vorgeschtern ebbes vom Queen ghört?",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="Isch heut früh The Daily glaufe?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hen mir am Samschtag Air ghört oder net?",
        family="did_i",
        period="saturday",
        name="Air",
        person="we",
    ),
    Fresh(
        text="Radiohead, hab i des in de letschte zwei Woche ghört?",
        family="did_i",
        period="last_2_weeks",
        name="Radiohead",
    ),
    # what_played
    Fresh(
        text="Was hab i geschtern Obend ghört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was isch denn letschte Nacht glaufe, weisch des?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was isch letschts Wocheend bei uns glaufe?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Was lief geschtern um dreiviertel acht obends?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heut Morge um halb neun, was isch do glaufe?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Am Mittwoch morgens um achte, was hab i do ghört?",
        family="playing_at",
        moment="2026-11-18 08:00",
    ),
    # taste
    Fresh(
        text="Was für a Musik mag i eigentlich, was meinsch?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib mir amol mein Musikgschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr und an welchem Tag hör i denn meischtens?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab i in letschter Zeit ebbes Neus entdeckt, an Künschtler mein i?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche neue Künschtler sind seit Oktober dazukomme?",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="Wie oft drück i eigentlich aufs Überspringe?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab i letschte Woch übersprunge?",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör i immer die gleiche Lieder, wie oft wiederhol i die?",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie viel Täg am Stück hab i jetzt scho ghört?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab i dr Justice 's erschte Mal ghört?",
        family="first_play",
        name="Justice",
    ),
    # last_play
    Fresh(
        text="Wann lief Don't Stop Me Now 's letschte Mal?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann hab i zletscht die Café Tacvba ghört?",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="Was war 's letschte Lied, des i gspielt hab?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit was für am Lied bin i heut aufgwacht?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war 's erschte Lied am letschte Freitag?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Geschtern, was isch do als erschtes glaufe, welches Stück?",
        family="first_in",
        period="yesterday",
    ),
    # last_in
    Fresh(
        text="Und was war 's letschte Lied vorgeschtern?",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring i am meischte?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künschtler überspring i am häufigschte, gell?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was hab i grad in dr Dauerschleif, welches Lied?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Verzähl amol, wie war mei Monat so?",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Gib mir an Rückblick aufs letschte Johr",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="Wie war denn dr Sommer letschts Johr, musikalisch?",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i morgens mehr oder obends?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wocheend mehr Musik als unter dr Woch?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel amol Daft Punk in dr Küch",
    "Mach d'Musik a bissle lauter, gell",
    "Was lauft grad in dr Küch?",
    "Was isch des für a Lied?",
    "Überspring des Lied gschwind",
    "Halt amol den Podcast a",
    "Nächschter Titel im Wohnzimmer",
    "Mach 's Licht in dr Küch aus",
    "Spiel des Album Discovery",
    "Leiser bitte, des isch mir z'laut",
    "Zufallswiedergabe a",
    "Wiederhol des Lied nomol",
    "Stell an Timer auf zehn Minute fürs Ei",
    "Wie wird 's Wetter morge?",
    "Schreib Butterbrezel auf d'Einkaufslischt",
    "Dreh d'Heizung im Wohnzimmer auf zweiazwanzig Grad",
    "Was hör i grad?",
    "Spiel The Daily vo heut",
    "Mach d'Lautsprecher in dr Küch und im Wohnzimmer zamme",
    "Jetzt halt amol dei Gosch, Musik aus",
    "Lautstärke auf fünf",
    "Spiel ebbes vo Queen im Schlafzimmer",
    "Wer singt des grad?",
    "Weck mi morge um sechse",
    "Spiel weiter",
]
