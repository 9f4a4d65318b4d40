"""Writer 346, eine Südtirolerin aus Bozen (Südtirolerisch mit italienischen Einsprengseln), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="allora, wer isch denn heuer mein Lieblingskünstler",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hab i letzte Woche am meisten glost, magari die Top drei",
        family="top_artists",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="wer war in die letzten drei Monat mei Nummer eins",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="welches Liad hab i im Oktober am meisten gspielt",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="in der Küche, welches Lied lauft do am meisten seit Montag",
        family="top_tracks",
        period="since_monday",
        room="kitchen",
    ),
    Fresh(
        text="meine fünf meistgspielten Liader vom letzten Monat",
        family="top_tracks",
        period="last_month",
        content="music",
        count=5,
    ),
    Fresh(
        text="was isch mei meistgehörtes Album im Sommer gwesen",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mei Lieblingsalbum insgesamt, welches isch des",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welcher Podcast isch grad mei Favorit, so in letzter Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="letzten Sommer, welcher Podcast war do ganz vorne",
        family="top_podcasts",
        period="last_summer",
    ),
    Fresh(
        text="wie lang hab i heint schon Musik glost",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden Podcast hab i letzten Monat ghört",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="wie lang hamma letztes Jahr insgesamt gehört bei uns",
        family="listening_time",
        period="last_year",
        person="we",
    ),
    Fresh(
        text="seit Oktober, wie viel Zeit hab i mit Musik verbracht",
        family="listening_time",
        period="since_october",
        content="music",
    ),
    Fresh(
        text="wie viele Lieder hab i heint in der Früh gspielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wieviel isch gestern überhaupt glaufen, also die Anzahl mein i",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hab i seit März glost",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="wie viele verschiedene Bands waren's im September",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="wie viele unterschiedliche Liader waren's in die letzten dreißig Tag",
        family="songs_count",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="wie oft hab i Bohemian Rhapsody heuer gspielt",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, wie oft isch des kemmen in den letzten sieben Tagen",
        family="play_count",
        period="last_7_days",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab i Radiohead ghört, magari nia",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab i gestern Nacht Justice ghört",
        family="did_i",
        period="last_night",
        name="Justice",
    ),
    Fresh(
        text="sag amol, hab i vorgestern The Daily glost",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="lei a kurze Frage, war im August epper von Café Tacvba dabei",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    Fresh(
        text="hat die Ada gestern Daft Punk glost",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
        person="Ada",
    ),
    Fresh(
        text="was hab i gestern am Abend alles ghört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="allora, was isch am Samstag glaufen",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was hamma letzte Woche so glost",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="was isch gestern um Viertel vor acht glaufen",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was hat heint um halb neun in der Früh gspielt",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welches Lied war heint Nachmittag so um Viertel nach fünfe",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was für an Musikgeschmack hab i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wieviel Uhr los i normalerweise Musik und an welchem Tag am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab i heuer neue Künstler entdeckt",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="wer isch neu dazukemmen diesen Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skip i eigentlich Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab i die Woche weitergedruckt",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="hör i ollm die gleichen Liader, wie hoch isch do die Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Täg hintereinander hab i jetzt schon Musik ghört",
        family="streak",
    ),
    Fresh(
        text="wann hab i Air es erste Mal ghört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wann hab i The Weeknd zum ersten Mal glost",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="wann hab i zuletzt Queen ghört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Don't Stop Me Now, wann isch des es letzte Mal glaufen",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="was war es letzte Liad, des i gspielt hab",
        family="last_song",
    ),
    Fresh(
        text="was war heint des erste Liad",
        family="first_today",
    ),
    Fresh(
        text="welches war es erste Lied am dritten November",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="mit was hab i letzten Freitag angfangen",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was war es letzte Lied vorgestern",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="womit hab i am Wochenende aufghört",
        family="last_in",
        period="last_weekend",
    ),
    Fresh(
        text="welches Liad druck i am öftesten weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="bei welchem Künstler schalt i am meisten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Liad lauft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war mei Oktober musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="magari a kurze Zusammenfassung von meinem Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib ma an Überblick über mei Hören",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="los i mehr in der Früh oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör i am Wochenende mehr als unter der Woch",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "mach die Musik a bissl lauter",
    "allora, stopp amol",
    "was isch des für a Lied",
    "überspring des Liad",
    "Podcast pausieren bitte",
    "nächstes Lied im Wohnzimmer",
    "mach es Licht in der Küche aus",
    "spiel es Album Discovery",
    "leiser bitte, magari auf zwanzig",
    "Zufallswiedergabe ein",
    "Wiederholung aus",
    "verbind den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "stell an Timer auf zehn Minuten für die Knödel",
    "wie wird es Wetter heint in Bozen",
    "tu Speck auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "was hör i grad",
    "spiel die neueste Folge von The Daily",
    "mach weiter mit dem Podcast",
    "spiel magari a bissl Volksmusik in der Küche",
    "wer singt des do grad",
    "lauter, i hör nix",
    "spiel Queen im Bad",
    "spiel die Playlist von der Matura-Feier in der Küche",
]
