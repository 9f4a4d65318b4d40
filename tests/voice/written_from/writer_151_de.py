"""Writer 151, competitive listener (Tyrolean skier), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Wer isch heuer ganz oben in der Tabelle bei die Künstler?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="sag amal, welcher Künstler führt diesen Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="meine Top fünf Lieder aller Zeiten, gell",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Was isch im Oktober mein Lieblingsalbum gwesen?",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="welcher Podcast liegt in letzter Zeit vorn",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie viele Stunden hab i heuer schon zamgebracht?",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="wie lang lief heut Musik, isch des a neuer Rekord",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Lieder hab i seit Montag gspielt?",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene Künstler warn's letzten Monat",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="Wie viele verschiedene Songs hab i im September ghört?",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wie oft hab i Bohemian Rhapsody schon gspielt, insgesamt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Hab i gestern Justice ghört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="was hab i gestern Abend ghört, des war fei a Gaudi",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief gestern um acht am Abend?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="was für an Geschmack hab i eigentlich, musikalisch",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör i normalerweis am meisten, um welche Uhrzeit und an welchem Tag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue Künstler diesen Monat, wer isch neu im Kader",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Sackl Zement, wie oft skip i eigentlich?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tag hintereinander hab i jetzt ghört, wie lang isch mei Serie",
        family="streak",
    ),
    Fresh(
        text="Wann hab i zum ersten Mal Daft Punk ghört?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann lief The Daily zuletzt",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Was war des letzte Lied, des i gspielt hab?",
        family="last_song",
    ),
    Fresh(
        text="mit welchem Lied bin i heut in den Tag gstartet",
        family="first_today",
    ),
    Fresh(
        text="Was war vorgestern des erste Lied?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mit was hab i letzten Freitag aufghört, so als Zieleinlauf",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welches Lied skip i am öftesten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler überspring i am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied lauft bei mir grad rauf und runter?",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war mei Monat bisher",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war mei Jahr? A kurzer Rückblick bitte.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="bin i mehr a Morgen- oder a Abendhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör i am Wochenende mehr als unter der Woche, gell?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wie oft hör i die gleichen Lieder nochmal, wie hoch isch die Wiederholungsquote",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Hab i heuer schon Radiohead ghört?",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="wie oft lief Queen heuer schon, holen die auf",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Was lief heut früh um Viertel nach acht?",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="wie viele Podcastfolgen hab i letzte Woche ghört",
        family="plays",
        period="last_week",
        content="podcasts",
    ),
    Fresh(
        text="Was haben wir am Wochenende ghört?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie lang lief bei uns letzten Monat Musik",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wer isch in den letzten drei Monaten mei Nummer eins bei die Künstler?",
        family="top_artists",
        period="last_3_months",
    ),
    Fresh(
        text="top drei Alben im Sommer, a bissl Statistik bitte",
        family="top_albums",
        period="summer",
        count=3,
    ),
    Fresh(
        text="Letzten Sommer, wer war da Meister bei die Künstler?",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="in der Küche, welches Lied wird da am meisten gspielt",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Hab i am Samstag Air ghört?",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="wie viele Lieder warn's in den letzten 7 Tag",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="Welche neuen Künstler hab i seit Oktober entdeckt?",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="was hab i letzte Woche so ghört",
        family="what_played",
        period="last_week",
    ),
    Fresh(
        text="Was lief am Mittwoch am Abend um neune?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="gib mir an Rückblick auf letzten Monat, wie hab i abgschnitten",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Wann hab i Phantom zuletzt ghört?",
        family="last_play",
        name="Phantom",
    ),
    Fresh(
        text="was war gestern des letzte Lied",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Welcher Podcast war zwanzig fünfundzwanzig mei Favorit?",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hab i heuer schon ghabt, isch des a Rekord",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viel Zeit hab i in den letzten 30 Tag mit Podcasts verbracht?",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="hör i eher nachmittags oder abends mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wann hab i des erste Mal Eres von Café Tacvba ghört?",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="hab i seit März irgendwas von Wet Leg ghört",
        family="did_i",
        period="since_march",
        name="Wet Leg",
    ),
    Fresh(
        text="Was lauft bei mir in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="wie oft hab i im August Around the World gspielt",
        family="play_count",
        period="august",
        name="Around the World",
    ),
    Fresh(
        text="Wie schaut mei Skip-Quote seit Oktober aus?",
        family="skips",
        period="since_october",
    ),
    Fresh(
        text="welches Lied war am dritten November des erste",
        family="first_in",
        period="november_3",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche",
    "mach a bissl lauter, gell",
    "überspring des Lied, des isch a Schmarrn",
    "Was isch des für a Lied?",
    "pausier den Podcast",
    "nächster Titel",
    "mach des Licht in der Küche aus",
    "Spiel des Album Discovery",
    "Zufallswiedergabe an",
    "Wie wird's Wetter morgen am Berg?",
    "Wiederholen aus",
    "stell an Timer auf zehn Minuten, für den Kaiserschmarrn",
    "schreib Speck auf die Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad",
    "was hör i grad",
    "Was lauft grad in der Küche?",
    "Lautstärke auf fünf",
    "Sackl Zement, mach die Musik leiser",
    "spiel The Daily in der Küche",
    "stopp die Musik",
    "verbind den Küchenlautsprecher mit dem im Wohnzimmer",
    "spiel was Lustiges zum Skifahren, a Gaudi halt",
    "wie viel Neuschnee hat's heut am Stubaier Gletscher",
    "nächste Folge vom Podcast",
    "Licht im Wohnzimmer an, gell",
]
