"""Writer 377, Wienerin Mitte vierzig (Wienerisch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="heast, wer war heuer mei Nummer eins bei de Künstler",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="sag amal, von welcher Band bin i in letzter Zeit so angfressn",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="die drei meistgspielten Interpreten im Oktober, bitte",
        family="top_artists",
        period="october",
        count=3,
    ),
    Fresh(
        text="wer war denn mei Künstler des Jahres zwanzig fünfundzwanzig",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="wos war mei Lieblingslied im Sommer, oida",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="in da Kuchl, welches Liedl rennt da am öftesten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="meine fünf meistgspielten Lieder die letzten dreißig Tag",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    Fresh(
        text="welches Gstanzl hab i letzte Woche am meisten gspielt",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="welches Album hab i letztes Jahr am meisten ghört",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="mei Lieblingsalbum seit März, wos is des",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="welchen Podcast hab i denn überhaupt am meisten ghört",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="diesen Monat, welcher Podcast war bei mir vorn",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="wie lang is heut scho Musik grennt bei mir",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="heast, wie vü Stunden hamma letzte Woche ghört",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lang hab i gestern am Abend zuaghört",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="seit Montag, wie lang hab i Musik ghabt",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie vü Lieder hab i heut in da Früh gspielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen hab i die Woche ghört",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="vorgestern, wie vü Sachen san da insgesamt grennt",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="heut Nachmittag, wie viele Nummern san glaufen",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="wie vü verschiedene Künstler hab i im September ghört",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="seit Oktober, wie viele unterschiedliche Interpreten warn des",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="wie viele verschiedene Lieder warn's im August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="die letzten drei Monat, wie vü unterschiedliche Nummern hab i gspielt",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft hab i heuer Bohemian Rhapsody ghört, oida",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen, wie oft war des im Oktober",
        family="play_count",
        period="october",
        name="Queen",
    ),
    Fresh(
        text="wie oft hab i eigentlich Falco ghört",
        family="play_count",
        period="all_time",
        name="Falco",
    ),
    Fresh(
        text="hab i gestern Justice ghört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="war am Wochenende irgendwos von Air dabei",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="heast, hab i jemals Wanda ghört",
        family="did_i",
        period="all_time",
        name="Wanda",
    ),
    Fresh(
        text="Sexy Boy, hab i des die letzten sieben Tag gspielt",
        family="did_i",
        period="last_7_days",
        name="Sexy Boy",
    ),
    Fresh(
        text="letzten Sommer, war da a Queen dabei",
        family="did_i",
        period="last_summer",
        name="Queen",
    ),
    Fresh(
        text="wos hab i gestern am Abend ghört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="erzähl ma, wos is am dritten November grennt",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wos hamma letzten Freitag ghört",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="wos is letzte Nacht bei mir glaufen",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="wos is gestern um Viertel vor acht am Abend grennt",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heut in da Früh um halb neun, wos war des für a Liedl",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heut Nachmittag so um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wie würdst mein Musikgschmack beschreiben",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="sag amal, auf wos für Musik steh i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör i normalerweise Musik, welche Uhrzeit und welcher Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab i diesen Monat wen Neuen entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Künstler san heuer neu dazukommen",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="wie oft überspring i eigentlich Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hab i letzten Monat vü übersprungen",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="hör i ständig de gleichen Lieder, wie hoch is mei Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="die letzten zwei Wochen, wie vü hab i do wiederholt",
        family="repeat",
        period="last_2_weeks",
    ),
    Fresh(
        text="wie vü Tag hintereinander hab i jetzt scho Musik ghört",
        family="streak",
    ),
    Fresh(
        text="wann hab i Café Tacvba des erste Mal ghört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Da Funk, wann war des des erste Mal bei mir",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="wann hab i zum letzten Mal Daft Punk ghört",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="The Daily, wann war des zuletzt",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wos war des letzte Liedl, des i gspielt hab",
        family="last_song",
    ),
    Fresh(
        text="mit wos bin i heut aufgwacht, musikalisch",
        family="first_today",
    ),
    Fresh(
        text="wos war gestern des erste Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="des erste Liedl am Samstag, wos war des",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="mit welchem Lied hab i letzten Freitag aufghört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="des letzte Lied vorgestern, wos war des",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="welches Lied überspring i am öftesten, oida",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="bei welchem Künstler drück i am meisten auf Weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wos für a Nummer lauft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="welches leiwande Liedl kann i grad ned auslassen, heast",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war mei Oktober musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="a kurzer Rückblick auf mei Jahr, bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib ma a Zusammenfassung von meim Musikhören",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="hör i mehr in da Früh oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör i am Wochenende mehr als unter da Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spü Daft Punk in da Kuchl",
    "mach de Musik leiser, heast",
    "lauter, oida",
    "wos is des für a Lied grad",
    "überspring des Lied",
    "pausier den Podcast",
    "nächstes Lied im Wohnzimmer",
    "schalt des Licht in da Kuchl aus",
    "spü des Album Discovery",
    "Zufallswiedergabe ein",
    "des Lied in Dauerschleife bitte",
    "stell an Timer auf zwanzig Minuten für de Knödel",
    "wie wird's Wetter morgen in Wien",
    "setz Milch und Semmeln auf de Einkaufsliste",
    "dreh d'Heizung auf zweiazwanzig Grad",
    "wos hör i grad",
    "verbind den Lautsprecher in da Kuchl mit dem im Wohnzimmer",
    "spü die neueste Folge von The Daily",
    "stopp die Musik",
    "spü a bissl Queen im Schlafzimmer",
    "wos lauft grad in da Kuchl",
    "weck mi morgen um sechs",
    "a Lied zurück, bitte",
    "mach's Radio an, Ö3",
    "Lautstärke auf dreißig Prozent",
    "spü was Leiwandes zum Kochen",
]
