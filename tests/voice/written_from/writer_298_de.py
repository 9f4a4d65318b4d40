"""Writer 298, a very terse East Frisian (Ostfriese), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Moin. Wer am meisten, letzte Woche. Künstler.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Künstler des Jahres?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Top drei Künstler. Insgesamt.",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Küche, diesen Monat. Wer am meisten.",
        family="top_artists",
        period="this_month",
        room="kitchen",
    ),
    Fresh(
        text="Seit Oktober meistgehörter Künstler",
        family="top_artists",
        period="since_october",
    ),
    # top_tracks
    Fresh(
        text="Lieblingslied diesen Monat.",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Meistgespieltes Lied letzten Sommer?",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="Fünf meistgespielte Lieder seit März",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="September bei uns. Welches Lied vorn.",
        family="top_tracks",
        period="september",
        person="we",
    ),
    # top_albums
    Fresh(
        text="Welches Album am meisten. Dies Jahr.",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Letzte zwei Wochen, Top-Album.",
        family="top_albums",
        period="last_2_weeks",
    ),
    # top_podcasts
    Fresh(
        text="Podcast. Welcher am meisten. Letzten Monat.",
        family="top_podcasts",
        period="last_month",
    ),
    Fresh(
        text="Meistgehörter Podcast zwanzig fünfundzwanzig",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="Wie lang Musik heute.",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Stunden gehört, letzte Woche?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wie lang lief bei uns gestern wat.",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Podcast-Zeit seit Montag.",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="Letzte dreißig Tage. Wie viel Stunden.",
        family="listening_time",
        period="last_30_days",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder heut.",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Anzahl Folgen, diesen Monat.",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel gespielt, letzte sieben Tage",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler dies Jahr.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele Bands insgesamt?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="Verschiedene Lieder diese Woche. Wie viele.",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="Wie viele unterschiedliche Titel letzte drei Monate",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="Wie oft Bohemian Rhapsody.",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen. Wie oft diese Woche.",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Wie oft Radiohead dies Jahr",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Justice gestern?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Air gehört in letzter Zeit?",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="Im August Café Tacvba gehört.",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    Fresh(
        text="The Daily vorgestern? Jo oder nee.",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Wet Leg. Je gehört?",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    Fresh(
        text="Heut früh Queen gehört?",
        family="did_i",
        period="this_morning",
        name="Queen",
    ),
    # what_played
    Fresh(
        text="Wat lief gestern Abend.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief bei uns am Wochenende",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Heut Nachmittag. Was gehört.",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Dritter November, wat lief da.",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="Gestern Abend zehn nach acht. Was lief.",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Heut früh um acht, was lief",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Mittwoch zwölf Uhr. Was lief da.",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="Mein Geschmack. Kurz.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wat hör ich so für Musik.",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ich meistens. Uhrzeit, Tag.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hauptzeit fürs Hören?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Neue Künstler letzten Monat?",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="Wen neu entdeckt, in letzter Zeit.",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="Wie oft überspring ich.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Skip-Quote diese Woche",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Wie oft hör ich dieselben Lieder nochmal.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wiederholungsrate letztes Jahr.",
        family="repeat",
        period="last_year",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück gehört.",
        family="streak",
    ),
    Fresh(
        text="Serie? Tage hintereinander.",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann zuerst Justice.",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Don't Stop Me Now, wann dat erste Mal.",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    # last_play
    Fresh(
        text="Wann zuletzt Daft Punk.",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="The Daily. Zuletzt wann?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Letztes Lied?",
        family="last_song",
    ),
    Fresh(
        text="Wat war dat letzte Lied, dat ich gehört hab.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Erstes Lied heute.",
        family="first_today",
    ),
    Fresh(
        text="Womit heut angefangen. Erstes Lied.",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Erstes Lied gestern.",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Samstag. Erster Titel?",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="Letztes Lied letzte Nacht.",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Letzten Freitag, zum Schluss, welches Lied.",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Womit Oktober aufgehört.",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich am meisten.",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ich am meisten.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen skip ich am häufigsten. Künstler.",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied zurzeit in Dauerschleife.",
        family="on_repeat",
    ),
    Fresh(
        text="Dat Lied, dat ich dauernd hör. Derzeit. Welches.",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Rückblick. Woche.",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Erzähl. Mein Oktober.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Zusammenfassung, mein Hören.",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Morgens oder abends. Wann mehr.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör ich mehr nachmittags oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder unter der Woche. Wann mehr Musik.",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Werktags mehr gehört oder Wochenende?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Musik aus.",
    "Lauter.",
    "Küche, Licht aus.",
    "Daft Punk in der Küche.",
    "Spiel Discovery.",
    "Nächstes Lied.",
    "Wat läuft grad.",
    "Welches Lied is dat.",
    "Podcast Pause.",
    "Zufallswiedergabe an.",
    "Wiederholen aus.",
    "Wetter morgen.",
    "Timer zehn Minuten. Tee.",
    "Tee auf Einkaufsliste.",
    "Heizung hoch.",
    "Leiser. Küche.",
    "Lautsprecher Küche und Wohnzimmer zusammen.",
    "Überspringen.",
    "The Daily abspielen.",
    "Wat hör ich grad.",
    "Wecker sechs Uhr.",
    "Wie spät.",
    "Wind morgen?",
    "Lautstärke fünf.",
    "Queen spielen, Küche.",
    "Weiter.",
    "Lied nochmal. Schleife.",
    "Kluntjes auf die Liste.",
]
