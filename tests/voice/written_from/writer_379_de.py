"""Writer 379, eine Russlanddeutsche Spätaussiedlerin, 60 (russisch gefärbtes Deutsch, fehlende Artikel, altmodisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sag mal, welche Kapelle ich hab am meisten gehört letzte Woche?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wer war mein Lieblingssänger dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Nu, drei Künstler, was ich am meisten höre, nenn mir bitte",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Welcher Sänger war bei mir vorne zweitausendfünfundzwanzig",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="Welches Lied ich hab am meisten gespielt diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="In Küche, welches Lied läuft am allermeisten?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welche Platte hab ich gehört am meisten im Sommer",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welche Sendung, so Podcast heißt das, ich hör am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="Wie lange ich hab Musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viel Stunden wir haben gehört am Wochenende",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Sagen Sie bitte, wie lange lief Radio bei mir seit Montag",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="Wie viel Lieder ich hab gespielt gestern",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viel Folgen von Podcast ich hab gehört im Oktober",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel Stück Musik lief heute Nachmittag",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viel verschiedene Sänger ich hab gehört dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Letzte zwei Wochen, wie viel unterschiedliche Künstler waren da",
        family="artists_count",
        period="last_2_weeks",
    ),
    # songs_count
    Fresh(
        text="Wie viel verschiedene Lieder waren seit März",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="Wie oft ich hab Bohemian Rhapsody gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie viel mal lief Queen diese Woche",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Digital Love von Daft Punk, wie oft hab ich gespielt letzte dreißig Tage",
        family="play_count",
        period="last_30_days",
        name="Digital Love by Daft Punk",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Justice gehört oder nicht",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Haben wir im August Air gehört?",
        family="did_i",
        period="august",
        name="Air",
        person="we",
    ),
    Fresh(
        text="Hab ich Helene Fischer gehört letztes Jahr",
        family="did_i",
        period="last_year",
        name="Helene Fischer",
    ),
    # what_played
    Fresh(
        text="Was hab ich gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief heute früh bei mir",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Erzähl mal, was wir haben gehört am dritten November",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="Und letzte Nacht, was hat gespielt",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern so um Viertel vor acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was hat gespielt heute um halb neun früh",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Letzten Freitag um neun Uhr abends, was war da für Musik",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    # taste
    Fresh(
        text="Was für Musik ich mag eigentlich, sag mal",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr ich hör gewöhnlich am meisten, und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Welche neue Künstler ich hab entdeckt in letzter Zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Gab es im September neue Sänger für mich, was ich früher nicht kannte",
        family="new_artists",
        period="september",
    ),
    # skips
    Fresh(
        text="Wie oft ich überspringe, sag mal ehrlich",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="Wie viel ich hör immer wieder dasselbe, so in Prozent",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie viel Tage nacheinander ich hör schon ohne Pause",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann ich hab Daft Punk zum ersten Mal gehört",
        family="first_play",
        name="Daft Punk",
    ),
    # last_play
    Fresh(
        text="Wann hab ich letzte Mal Don't Stop Me Now gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Café Tacvba, wann lief das zuletzt",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="Was war letzte Lied, was ich gespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied ich bin heute aufgewacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war erste Lied vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="Welches Lied war letzte am Sonnabend",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Sänger ich drück immer weg, wer wird am meisten übersprungen",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied ich hör jetzt immer und immer wieder",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Nu, wie war mein Jahr so mit Musik, erzähl",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Mach mir kleine Übersicht von letzte Monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Ach, erzähl mir von letzten Sommer, was war da so mit Musik",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="An Werktage ich hör mehr oder Sonnabend, Sonntag?",
        family="compare_week",
        period="all_time",
    ),
    # extra
    Fresh(
        text="Was hat Ada gestern gehört",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    Fresh(
        text="Welche Platte lief am meisten letzte drei Monate",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="Wie viel verschiedene Lieder ich hab gehört letzte sieben Tage",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="Hab ich seit Oktober noch mal Genesis von Justice gehört",
        family="did_i",
        period="since_october",
        name="Genesis by Justice",
    ),
    Fresh(
        text="Was war letzte Lied letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
]

NEGATIVES = [
    "Spiel mal Daft Punk in Küche",
    "Mach Musik lauter, bitte schön",
    "Mach leiser in Küche",
    "Was läuft jetzt in Küche",
    "Was ist das für Lied jetzt",
    "Nächstes Lied bitte",
    "Halt mal Podcast an",
    "Spiel Platte Discovery",
    "Mach Küche Licht aus",
    "Stell Wecker auf sechs Uhr früh",
    "Wie wird Wetter morgen, brauch ich Schirm",
    "Schreib Zucker und Mehl auf Einkaufszettel",
    "Mach Heizung wärmer in Wohnzimmer",
    "Was hör ich gerade jetzt",
    "Spiel bitte Queen, Bohemian Rhapsody",
    "Mach Zeitschaltuhr auf zwanzig Minuten für Piroggen",
    "Mach Musik ganz aus",
    "Spiel Lied noch mal von Anfang",
    "Durcheinander spielen bitte, Zufallswiedergabe an",
    "Lautsprecher Küche und Wohnzimmer zusammen machen",
    "Spiel neue Folge von The Daily",
    "Wer singt das jetzt",
    "Mach Radio an",
]
