"""Writer 322, Brandenburg pensioner, grumpy and short, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer lief letzte Woche am meisten, wa?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Meistjehörter Künstler det Jahr.",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wat für ne Band hab ick in letzter Zeit am meisten jehört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Die drei häufigsten Künstler. Insjesamt.",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="Welches Lied lief im Oktober am meisten",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Mein meistjespieltes Lied. Los.",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Die fünf meisten Lieder diesen Monat, aber zügig",
        family="top_tracks",
        period="this_month",
        count=5,
    ),
    Fresh(
        text="In der Küche, wat lief da det Jahr am häufigsten",
        family="top_tracks",
        period="this_year",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welche Platte hab ick det Jahr am meisten uffjelegt",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum letztes Jahr?",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör ick am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Häufigster Podcast seit Oktober",
        family="top_podcasts",
        period="since_october",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief heute Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab ick diese Woche jehört, na?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie lange lief bei uns jestern der Kasten",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Podcast, wie lange, letzte dreißig Tage",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft wurde letzte Woche überhaupt wat abjespielt",
        family="plays",
        period="last_week",
    ),
    Fresh(
        text="Wie viele Folgen hab ick im September jehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler det Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele unterschiedliche Interpreten hab ick insjesamt",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Verschiedene Titel seit März, wie viele",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="Wie oft lief Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen. Wie oft diesen Monat.",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hab ick Helene Fischer jehört",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    # did_i
    Fresh(
        text="Hab ick jestern Queen jehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Lief vorjestern wat von Air?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="Ham wir letztes Wochenende Daft Punk jehört",
        family="did_i",
        period="last_weekend",
        person="we",
        name="Daft Punk",
    ),
    Fresh(
        text="Im Sommer, hab ick da die Puhdys jehört",
        family="did_i",
        period="summer",
        name="Puhdys",
    ),
    # what_played
    Fresh(
        text="Wat lief jestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wat hab ick heute Nachmittag jehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Am dritten November, wat lief da bei uns",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="Letzte Nacht, wat war da",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="Wat lief jestern Abend um Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Heute früh um halb neun, wat lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat hat da heute um fünf nach fünf jedudelt",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="Wat hör ick eigentlich für Musik",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib ma meinen Jeschmack. Aber ohne Jequatsche.",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr hör ick meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="An welchem Tach hör ick am meisten, und wann",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Neue Künstler diesen Monat? Wer denn",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Hab ick in letzter Zeit wen Neuet jehört",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="Wie oft überspring ick Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab ick diese Woche wegjedrückt",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Hör ick immer det Gleiche? Wie oft wiederholt sich det",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wiederholungsrate, det Jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück hab ick jetzt Musik jehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ick Justice zum ersten Mal jehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Seit wann is dieser Café Tacvba bei mir drin",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Wann lief Don't Stop Me Now zuletzt",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="The Daily, wann zuletzt",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Wat war det letzte Lied",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Erstet Lied heute?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wat lief jestern als Erstet",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hab ick letzten Freitag anjefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Letztet Lied am Sonnabend",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Wat lief jestern Abend zum Schluss",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="Welchet Lied drück ick am meisten weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ick am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welchet Lied läuft bei mir zurzeit rauf und runter",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Wie war mein Oktober. Kurz.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick. Aber kurz, wa.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Zusammenfassung letzte Woche",
        family="recap",
        period="last_week",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ick morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Am Wochenende mehr als unter der Woche? Musik mein ick",
        family="compare_week",
        period="all_time",
    ),
    # extras
    Fresh(
        text="Wie lange Musik die letzten sieben Tage",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="Wat lief im August so",
        family="what_played",
        period="august",
    ),
    Fresh(
        text="Wer war letzten Sommer vorne",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="Die letzten drei Monate, wie viele Lieder insjesamt",
        family="plays",
        period="last_3_months",
        content="music",
    ),
    Fresh(
        text="Seit Montach wat von Justice jehört?",
        family="did_i",
        period="since_monday",
        name="Justice",
    ),
    Fresh(
        text="Zweitausendfünfundzwanzig, welches Album am meisten",
        family="top_albums",
        period="in_2025",
    ),
]

NEGATIVES = [
    "Mach ma die Musik leiser",
    "Lauter, ick hör nüscht",
    "Spiel Queen in der Küche",
    "Aus jetzt",
    "Nächstet Lied",
    "Wat is det für'n Lied",
    "Wat läuft da jetzt in der Küche",
    "Podcast anhalten",
    "Küchenlicht aus",
    "Spiel det Album Discovery",
    "Zufallswiedergabe aus, den Quatsch",
    "Wiederholen aus",
    "Lautsprecher Küche und Wohnzimmer zusammen",
    "Wecker sechs Uhr",
    "Timer zehn Minuten für die Eier",
    "Wie wird det Wetter morjen",
    "Schreib Schrippen uff'n Einkaufszettel",
    "Heizung auf zweiundzwanzig",
    "Wat hör ick jrade",
    "Überspring det",
    "Mach ma Antenne Brandenburg an",
    "Leiser, Mensch!",
    "Wie spät is et",
    "Spiel die neue Folge von The Daily",
    "Stopp. Ruhe jetzt.",
]
