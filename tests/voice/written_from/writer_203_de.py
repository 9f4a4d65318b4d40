"""Writer 203, meticulous older Viennese adult who gives dates as numbers and double-checks, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sag, wer war denn heuer mei meistg'spielter Künstler? Also seit 1. Jänner, gell",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Welche drei Interpreten hab i im Oktober am öftesten g'hört, vom 1. bis zum 31.?",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="Wen haben wir voriges Monat am meisten g'hört?",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="Was war im Sommer mei Lieblingslied, Juni bis August heuer?",
        family="top_tracks",
        period="summer",
        content="music",
    ),
    Fresh(
        text="Nenn ma bitte die fünf meistg'spielten Lieder seit 1. März",
        family="top_tracks",
        period="since_march",
        count=5,
        content="music",
    ),
    Fresh(
        text="In der Küche, welches Lied is vorige Woche am öftesten g'laufen? Vom 9. bis zum 15., mein i",
        family="top_tracks",
        period="last_week",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Was war denn heuer mei leiwandstes Lied, also des, was am öftesten g'spielt worden is?",
        family="top_tracks",
        period="this_year",
        content="music",
    ),
    # top_albums
    Fresh(
        text="Welches Album hab i voriges Jahr am meisten g'spielt?",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="Mei Lieblingsalbum in den letzten drei Monaten, also seit 21. August, welches war des?",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör i denn eigentlich am liebsten?",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
    ),
    Fresh(
        text="Im September, welcher Podcast is da am meisten g'laufen, vom 1. bis zum 30.?",
        family="top_podcasts",
        period="september",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="Wie lang hab i am 18. Musik g'hört, am Mittwoch war des",
        family="listening_time",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden haben wir im Oktober insgesamt g'hört?",
        family="listening_time",
        period="october",
        person="we",
    ),
    Fresh(
        text="Wie lange is heut am Nachmittag die Musik g'laufen, ab zwölfe?",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab i heut schon g'spielt, am 20.?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Folgen hab i in den letzten 30 Tagen g'hört, also seit 22. Oktober?",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Sag ma, wie oft is bei uns am Samstag, dem 14., was g'laufen, insgesamt?",
        family="plays",
        period="saturday",
        person="we",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab i seit 1. Oktober g'hört?",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="Wie viele unterschiedliche Interpreten waren's im Jahr zwanzig fünfundzwanzig?",
        family="artists_count",
        period="in_2025",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab i diese Woche g'hört, also ab dem 16.?",
        family="songs_count",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Verschiedene Titel in den letzten sieben Tagen, vom 14. weg, wie viele san des?",
        family="songs_count",
        period="last_7_days",
        content="music",
    ),
    # play_count
    Fresh(
        text="Wie oft hab i heuer Bohemian Rhapsody g'spielt?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft is der Falco bei mir g'laufen, insgesamt?",
        family="play_count",
        period="all_time",
        name="Falco",
    ),
    Fresh(
        text="Am 3. November, wie oft hab i da Daft Punk g'hört? Am 3.11., nur dass ma uns richtig verstehen",
        family="play_count",
        period="november_3",
        name="Daft Punk",
    ),
    # did_i
    Fresh(
        text="Hab i gestern, am 19., Queen g'hört?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Hab i im August überhaupt amal Air g'spielt?",
        family="did_i",
        period="august",
        name="Air",
    ),
    Fresh(
        text="War am Wochenende, am 14. und 15., der Wolfgang Ambros dabei?",
        family="did_i",
        period="last_weekend",
        name="Wolfgang Ambros",
    ),
    Fresh(
        text="Is in letzter Zeit Phantom von Justice g'laufen?",
        family="did_i",
        period="lately",
        name="Phantom by Justice",
    ),
    # what_played
    Fresh(
        text="Was hab i gestern am Abend g'hört, am 19.?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was is heut in der Früh g'laufen, so zwischen achte und neune?",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Was haben wir am Samstag, dem 14., so g'hört?",
        family="what_played",
        period="saturday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Was is am 19.11. um Viertel vor acht am Abend g'laufen?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was hat am 11.11. um zwölfe g'spielt? Am Mittag, mein i",
        family="playing_at",
        moment="2026-11-11 12:00",
    ),
    Fresh(
        text="Was lief heut um halb neun in der Früh?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Am 2. November um neun am Abend, was war da dran?",
        family="playing_at",
        moment="2026-11-02 21:00",
    ),
    # taste
    Fresh(
        text="Was für a Musik hör i denn eigentlich so?",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie tät'st du mein G'schmack heuer beschreiben?",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr hör i normalerweise Musik?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchem Wochentag und zu welcher Stund' hör i am meisten?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab i in letzter Zeit wen Neuen entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler hab i im Oktober zum allerersten Mal g'hört?",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="Wie oft überspring i eigentlich Lieder?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie hoch war voriges Monat mei Quote beim Überspringen?",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Hör i immer die gleichen Lieder? Wie viel wiederhol i da?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Seit 1. März, wie oft hab i dieselben Stückln nochmal g'spielt?",
        family="repeat",
        period="since_march",
        content="music",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab i jetzt schon g'hört?",
        family="streak",
    ),
    Fresh(
        text="Wie lang is mei Serie, Tag für Tag ohne Unterbrechung? Zähl's bitte genau",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab i Justice zum ersten Mal g'hört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Seit wann is Eres von Café Tacvba bei mir drin? Welches Datum genau?",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Wann hab i den Rainhard Fendrich das erste Mal g'spielt?",
        family="first_play",
        name="Rainhard Fendrich",
    ),
    # last_play
    Fresh(
        text="Wann hab i zuletzt The Daily g'hört?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Don't Stop Me Now, wann war des zuletzt dran? Datum bitte",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="Was war des letzte Lied, des i g'spielt hab?",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="Na, was hab i als Allerletztes g'hört?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit was bin i heut aufg'wacht? Welches Lied war zuerst?",
        family="first_today",
        content="music",
    ),
    Fresh(
        text="Heut, am 20., was war da des Erste, was g'laufen is?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war des erste Lied vorgestern, am 18.?",
        family="first_in",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="Womit hab i im Oktober ang'fangen? Des erste Lied am 1. halt",
        family="first_in",
        period="october",
        content="music",
    ),
    # last_in
    Fresh(
        text="Was hab i am Freitag, dem 13., als Letztes g'hört?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Womit hab i voriges Jahr aufg'hört, am 31. Dezember oder so?",
        family="last_in",
        period="last_year",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring i am öftesten?",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Welches Stückl hab i heuer am meisten wegg'drückt?",
        family="most_skipped",
        period="this_year",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Interpreten überspring i am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen druck i denn immer weg, welchen Künstler?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied lauft bei mir grad in Dauerschleife?",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="Was is denn momentan mei Ohrwurm, so die letzten zwei Wochen?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war mei Oktober musikalisch?",
        family="recap",
        period="october",
        content="music",
    ),
    Fresh(
        text="Gib ma an Rückblick auf heuer, vom Jänner bis jetzt",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fass ma mei Hören a bisserl z'samm, sei so gut",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr in der Früh oder am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin i eher a Morgen- oder a Abendhörerin, was meinst?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wochenende mehr Musik als unter der Woche?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Werktags oder am Wochenend, wann haben wir im Oktober mehr g'hört?",
        family="compare_week",
        period="october",
        person="we",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche",
    "Geh, dreh die Musik a bisserl leiser",
    "Mach lauter, bitte",
    "Was is des für a Lied grad?",
    "Was läuft grad in der Küche?",
    "Überspring des Lied, des g'fallt ma net",
    "Nächstes Lied",
    "Halt den Podcast kurz an",
    "Spiel das Album Discovery",
    "Schreib Paradeiser und Erdäpfel auf die Einkaufsliste",
    "Stell an Timer auf 12 Minuten für die Knödel",
    "Wie wird's Wetter am 21. in Wien?",
    "Dreh die Heizung auf 22 Grad",
    "Mach's Licht in der Küche aus",
    "Zufallswiedergabe ein, bitte",
    "Wiederhol des Lied in einer Tour",
    "Verbind den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "Lautstärke auf fünf",
    "Spiel an Falco, was Leiwandes",
    "Spiel The Daily weiter",
    "Stopp die Musik",
    "Was hör i grad?",
    "Erinner mi am 24. um zehne an den Arzttermin",
    "Setz Obers und Semmeln auf die Einkaufsliste",
    "Spiel Radio Wien",
    "Wer singt des da?",
    "Weck mi morgen um halb sieben",
    "Spiel was G'mütliches in der Küche",
    "Mach die Musik aus, i telefonier",
]
