"""Writer 240, a chatty Franconian from Nuremberg, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="sag mal, wen hab ich denn letzte Woche am meisten gehörd",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="etz sag fei ehrlich, von welcher Band bin ich in letzter Zeit so narrisch",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wer war denn bei uns der Künstler vom letzten Jahr, gell",
        family="top_artists",
        period="last_year",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="was war denn mei Lieblingslied im Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="nenn mir hald amal meine drei meistgespielten Lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in der Küche, welches Lied läuft da am allermeisten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welches Album hab ich denn heuer am meisten gehörd",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="was war denn im Sommer mei Lieblingsalbum, weißt des noch",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welchen Podcast hör ich denn etz am liebsten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="von welchem Podcast komm ich in letzter Zeit fei gar ned los",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lang lief denn gestern bei mir die Musik, so insgesamt",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich denn diese Woche schon zugehört, des is bestimmt a Haufen",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lang hamm mir im September Podcasts gehörd",
        family="listening_time",
        period="september",
        content="podcasts",
        person="we",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ich denn heut scho gspielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich denn vorgestern so abgspielt, Lieder und Podcasts zamm",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="sag amal, wie viele Folgen hab ich denn seit Montag gehörd",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab ich denn heuer gehörd",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Bands warn des in den letzten dreißig Tagen, nur so ungefähr",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder hab ich denn letzten Monat gehörd",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="etz mal ganz allgemein, wie viele unterschiedliche Lieder hab ich überhaupt scho gspielt",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich denn diesen Monat Bohemian Rhapsody gspielt",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel Queen hab ich denn heuer so ghabt, a weng viel gell",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief denn bei mir des Da Funk vom Daft Punk",
        family="play_count",
        period="all_time",
        name="Da Funk by Daft Punk",
    ),
    # did_i
    Fresh(
        text="hab ich gestern eigentlich a weng Justice gehörd",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="in letzter Zeit amal Air ghabt, oder ned",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="hab ich fei jemals Radiohead gehörd, mei Enkel meint des",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hamm mir am Wochenende The Daily gehörd",
        family="did_i",
        period="last_weekend",
        name="The Daily",
        person="we",
    ),
    # what_played
    Fresh(
        text="was hab ich denn gestern Abend so gehörd",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="erzähl mal, was lief denn heut früh bei mir",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was hab ich denn am Samstag für Musik ghabt",
        family="what_played",
        period="saturday",
        content="music",
    ),
    # playing_at
    Fresh(
        text="was lief denn gestern so gegen Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heut früh um halb neun, was war denn da drin",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was hat denn in der Küche heut Nachmittag um fünf gspielt",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="was für a Musikgeschmack hab ich denn eigentlich, sag amal",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="auf was für Musik steh ich denn so, was meinst du",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um welche Uhrzeit hör ich denn normalerweise Musik, und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich denn am meisten, so von der Tageszeit her",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich in letzter Zeit fei wen Neues entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler hab ich denn seit März zum ersten Mal gehörd",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="wie oft überspring ich denn eigentlich Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ich denn letzte Woche weitergedrückt, so im Verhältnis",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="hör ich immer die gleichen Lieder, wie hoch is denn mei Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie oft hab ich heuer die selben Lieder nochamal gspielt",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ich etz scho Musik gehörd",
        family="streak",
    ),
    Fresh(
        text="wie lang is denn mei Serie, also wie viel Tage hintereinander",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich denn Justice zum ersten Mal gehörd",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann is denn des La femme d'argent des erste Mal bei mir glaufen",
        family="first_play",
        name="La femme d'argent",
    ),
    # last_play
    Fresh(
        text="wann hab ich denn zuletzt Queen gehörd",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief denn des letzte Mal The Daily, weißt des",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="was war denn des letzte Lied, des ich gspielt hab",
        family="last_song",
    ),
    Fresh(
        text="welches Lied hab ich zuletzt ghabt, mir fällts grad ned ein",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war denn heut des erste Lied",
        family="first_today",
    ),
    Fresh(
        text="mit welchem Lied bin ich denn heut aufgwacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war des erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit was hab ich denn letzten Freitag angfangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="was war denn vorgestern des letzte Lied",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="womit hab ich denn im August aufghört, so als letztes",
        family="last_in",
        period="august",
    ),
    # most_skipped
    Fresh(
        text="welches Lied überspring ich denn am öftesten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="bei welchem Künstler drück ich denn am meisten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied hab ich denn grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="etz sag, welches Lied kann ich grad ned aufhörn zu spielen",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war denn mei Oktober so musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir hald amal an Rückblick auf mei Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fass mir doch mal zamm, wie mei Woche war, so vom Hören her",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr in der Früh oder mehr am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher a Morgenhörer oder a Abendhörer, was meinst",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich am Wochenende mehr Musik als unter der Woch",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wann lauft bei mir mehr, werktags oder am Wochenend",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel amal Daft Punk in der Küche",
    "mach die Musik a weng lauter, gell",
    "was is des etz für a Lied",
    "überspring des Lied, des mag ich fei ned",
    "halt amal den Podcast an, des Telefon klingelt",
    "nächstes Lied im Wohnzimmer",
    "mach des Licht in der Küche aus",
    "spiel des Album Discovery",
    "stell die Lautstärke auf fünf",
    "mach amal Zufallswiedergabe an",
    "wiederhol des Lied, des is so schee",
    "verbind den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "stell an Timer auf zwanzig Minuten für die Schäufele",
    "wie wird denn des Wetter morgen",
    "schreib Lebkuchen auf die Einkaufsliste",
    "stell die Heizung auf einezwanzig Grad",
    "was hör ich denn etz grad",
    "was lauft denn grad in der Küche",
    "mach die Musik aus, etz is fei gnuch",
    "spiel The Daily",
    "a weng leiser bitte",
    "spiel was von Queen in der Küche",
    "wie spät is denn",
]
