"""Writer 508, Saarländer, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Ei sahmol, wer war dann dies Johr mei Künschtler Nummer eins?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wen hann isch die letschd Woch am meischde geheert, wie?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wer waren bei uns im Oktober die drei meischd geheerte Künschtler?",
        family="top_artists",
        period="october",
        count=3,
        person="we",
    ),
    Fresh(
        text="Wer war dann die letschde drei Monat bei mir ganz vorne dran",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="Was war dann mei Lieblingslied im Sommer?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Gebb mer mol die fünf Lieder, wo isch allemol am meischde gespielt hann",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welsches Album hann isch seit März am meischde laafe gehat?",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Mei Lieblingsalbum vom letschde Johr, welsches war dann es?",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="Welscher Podcast is dann in letschder Zeit mei Favorit?",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wie lang hann isch heit schon Musik geheert?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wieviel Stunne Podcast hann isch im Auguscht geheert, wie?",
        family="listening_time",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="Wie lang hat bei uns die letschd Woch ebbes gelaaf?",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="In de Kisch, wie lang lief do dies Johr Musik",
        family="listening_time",
        period="this_year",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="Wieviel Lieder hann isch heit morje gespielt?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wieviel is dann insgesamt gelaaf die letschde siwwe Daach?",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Wieviel Lieder hann mir geschdern gespielt",
        family="plays",
        period="yesterday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="Wieviel verschiedene Künschtler hann isch im September geheert?",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="Wieviel verschiedne Lieder waren es dann seit Oktober?",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="Wie oft hann isch dann es Bohemian Rhapsody geheert?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wieviel Mol lief The Daily die Woch?",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Seit Montag, wie oft war dann Don't Stop Me Now dran?",
        family="play_count",
        period="since_monday",
        name="Don't Stop Me Now",
    ),
    # did_i
    Fresh(
        text="Hann isch geschdern Justice geheert, gell?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief vorgeschdern ebbes vun Air?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="Ei jo, hann isch letschde Summer Daft Punk gespielt oder nit?",
        family="did_i",
        period="last_summer",
        name="Daft Punk",
    ),
    Fresh(
        text="Hann isch dies Johr ebbes vun de Nicole geheert?",
        family="did_i",
        period="this_year",
        name="Nicole",
    ),
    Fresh(
        text="Hat die Ada die letschd Woch Air geheert?",
        family="did_i",
        period="last_week",
        name="Air",
        person="Ada",
    ),
    # what_played
    Fresh(
        text="Was hann isch dann geschdern Owend geheert?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief dann am Samschdach bei uns in de Küche?",
        family="what_played",
        period="saturday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Was hann isch die letschd Nacht so gehört",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="Geschdern Owend um Viertel vor achte, was war dann do gelaaf?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was hat heit morje um acht gespielt?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Heit Nommidaach um Viertel nooh fünf, was lief do?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Was fier Musik heer isch dann eijentlich gäär?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wieviel Uhr heer isch meischdens Musik, un an welschem Daach?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hann isch im letschde Monat neie Künschtler entdeckt?",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="Wer is dann die letschde dreißisch Daach neu dazukomm?",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="Wie oft drück isch dann allemol weiter, so insgesamt?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wieviel hann isch die Woch iwwersprung?",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Heer isch immer es selwe Lied? Wie hoch is dann mei Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wieviel Daach hinnereinanner hann isch jetzt schon ebbes geheert?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hann isch es erschde Mol Justice geheert?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Dance vun Justice, wann lief dann es es allererschde Mol",
        family="first_play",
        name="D.A.N.C.E. by Justice",
    ),
    # last_play
    Fresh(
        text="Wann lief dann es letschde Mol Queen?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Wann hann isch zuletschd Genesis vun Justice geheert, wie?",
        family="last_play",
        name="Genesis by Justice",
    ),
    # last_song
    Fresh(
        text="Was war dann es letschde Lied, wo isch gespielt hann?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Was war dann heit es erschde Lied?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Mit was hann isch dann am letschde Friedaach angefang?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Es erschde Lied am dritte November, was war dann es?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Was war es letschde Lied geschdern",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hann isch dann letschd Woch uffgeheert?",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="Welsches Lied drück isch dann allemol am meischde weg?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Wen skip isch dann am meischde, welscher Künschtler is es?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welsches Lied laaft dann bei mir grad in Dauerschleif?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Verzähl mol, wie war dann mei Monat so musikalisch",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Mach mer mol e Rückblick uff es letschde Johr, gell",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="Heer isch morjens mehr oder owends, wie?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Laaft bei mir unner de Woch mehr oder am Wocheend?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel mol Daft Punk in de Kisch",
    "Mach die Musik e bissje lauter",
    "Ei mach doch mol leiser, isch verstehn jo mei eigenes Wort nit",
    "Was is dann das fier e Lied?",
    "Was laaft dann grad in de Küche?",
    "Nächschdes Lied",
    "Mach de Podcast mol Pause",
    "Im Wohnzimmer es nächschde Lied",
    "Mach es Licht in de Küche aus",
    "Spiel es Album Discovery",
    "Mach mol Zufallswiedergabe an",
    "Das Lied in Dauerschleif, gell",
    "Stell mer e Wecker uff sechse",
    "Stell mer e Timer uff zehn Minudde fier die Lyoner",
    "Wie werd es Wedder morje in Saarbrigge?",
    "Schreib Schwenker un Bier uff die Einkaufslischd",
    "Mach die Heizung e bissje hoch, es is kalt",
    "Was heer isch dann jetzt grad?",
    "Verbinn de Lautsprecher in de Küche mit dem im Wohnzimmer",
    "Lautstärke uff fünf",
    "Hör uff mit de Musik",
    "Spiel The Daily",
    "Spiel Bohemian Rhapsody, awwer laut",
    "Spul mol dreißisch Sekunne vor im Podcast",
]
