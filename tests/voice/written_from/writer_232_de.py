"""Writer 232, Leipziger Krankenschwester nach der Nachtschicht (müde, Sächsisch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wen hab ich diesen Monat am meisten gehärt",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="sag ma, wer woar bis jetzt mei Künstler des Jahres",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in dor Küche, wer läuft da so am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="was is eigentlich mei Lieblingslied, so insgesamt",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="die drei meistgespielten Lieder letzte Woche, nu?",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="Lied des Monats, welches is'n das",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welches Album lief im Sommer am meisten",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Lieblingsalbum zwanzig fünfundzwanzig",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="welchen Podcast hab ich in letzter Zeit am meisten gehärt",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange lief heite Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich letzten Monat gehärt",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wie lange hat die Ada vorige Woche Musik gehärt",
        family="listening_time",
        period="last_week",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="wie viele Lieder hab ich gestorn gespielt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel Folgen hab ich seit Oktober gehärt",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wie viel hab ich letztes Wochenende gespielt, also Anzahl mein ich",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="wie viele verschiedene Künstler woarn's dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene Lieder hamm mir im Oktober gehärt",
        family="songs_count",
        period="october",
        person="we",
    ),
    Fresh(
        text="wie oft lief bohemian rhapsody diese Woche",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft hab ich seit März Daft Punk gehärt",
        family="play_count",
        period="since_march",
        name="Daft Punk",
    ),
    Fresh(
        text="hab ich gestorn Abend ooch Justice gehärt",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="lief vorgestern was von Air",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="hab ich dieses Jahr ma Radiohead gehärt",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="lief im August ooch ma Eres",
        family="did_i",
        period="august",
        name="Eres",
    ),
    Fresh(
        text="was hab ich heite früh gehärt",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was lief am Samstag bei uns",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="gugge ma, was lief letzte Nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was lief gestorn gegen Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heite früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was für Musik hör ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr hör ich meistens, und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich diesen Monat neue Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich in den letzten dreißig Tagen zum ersten Mal gehärt",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft überspring ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich immer dieselben Lieder, wie hoch is die Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt schon gehärt",
        family="streak",
    ),
    Fresh(
        text="wann hab ich Café Tacvba zum ersten Mal gehärt",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hab ich zum ersten Mal Wet Leg gehärt",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="wann lief zuletzt don't stop me now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann hab ich das letzte Mal The Daily gehärt",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="was woar das letzte Lied, was ich gehärt hab",
        family="last_song",
    ),
    Fresh(
        text="was woar heite das erste Lied",
        family="first_today",
    ),
    Fresh(
        text="was woar gestorn das erste Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was lief letzten Freitag als letztes",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches Lied überspring ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="bei welchem Künstler drück ich am meisten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was für'n Lied läuft bei mir grade in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl ma, wie woar mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir ma 'n Rückblick auf letztes Jahr",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="hör ich mehr früh oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am Wochenende mehr als unter dor Woche, näh?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel ma Daft Punk in dor Küche",
    "mach die Musik leiser",
    "was is'n das für'n Lied",
    "nächstes Lied",
    "Podcast anhalten",
    "mach ma das Licht in dor Küche aus",
    "spiel das Album Discovery",
    "Lautstärke auf drei",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "stell 'n Timer auf zehn Minuten",
    "wie wird'n das Wetter morgen",
    "schreib Milch uff die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "was hör ich grade",
    "was läuft'n grade in dor Küche",
    "überspring das ma",
    "spiel The Daily ab",
    "verbinde die Lautsprecher in Küche und Wohnzimmer",
    "Musik aus, ich will schlafen",
    "weck mich heite Abend um sieben",
    "wer singt'n das",
    "spiel was von Queen",
    "lauter, nu",
]
