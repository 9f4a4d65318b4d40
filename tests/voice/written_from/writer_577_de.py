"""Writer 577, eine Wiener Studentin Anfang zwanzig, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Oida, wer war heuer eigentlich mei Nummer eins Künstler?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wen hab i vorige Woche am meisten ghört, heast?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Top drei Bands vom letzten Monat, sag amal",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="wen hamma im Oktober bei uns in der Kuchl am öftesten laufen ghabt",
        family="top_artists",
        period="october",
        person="we",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Was is eigentlich seit März mei Lieblingslied, so laut Statistik?",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="Sag ma meine fünf meistgespielten Lieder, bin ur gspannt",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Welches Lied is im Sommer bei mir am meisten grennt?",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="Welches Album war heuer mei Lieblingsalbum, oida?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Des Album, des i im September am meisten ghört hab, welches war des?",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="Von welchem Podcast bin i grad ur angefixt?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Meistgehörter Podcast letztes Jahr?",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="Wie lang lauft heut schon die Musi?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Heast, wie viele Stunden hab i diese Woche eigentlich Musik ghört?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie lang hab i in den letzten dreißig Tagen überhaupt zughört so insgesamt",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="Wie lang hamma gestern auf d'Nacht die Musi laufen ghabt?",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab i heut in der Früh gspielt?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Seit Montag, wie oft is insgesamt was glaufen?",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wie viele Podcastfolgen hab i im August ghört?",
        family="plays",
        period="august",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Oida wie viele unterschiedliche Bands warn des in den letzten drei Monaten",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab i letzte Woche ghört?",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Seit Oktober, wie viele unterschiedliche Songs warn des, sag?",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="Wie oft hab i heuer Bohemian Rhapsody gspielt? Eh ur oft wahrscheinlich, oida.",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie viel Daft Punk hab i diese Woche laufen ghabt?",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Falco, wie oft hab i den eigentlich schon ghört?",
        family="play_count",
        period="all_time",
        name="Falco",
    ),
    Fresh(
        text="wie oft lief The Daily im Oktober",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Hab i gestern Justice ghört oder net?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Heast, hab i in letzter Zeit irgendwas von Wanda ghört?",
        family="did_i",
        period="lately",
        name="Wanda",
    ),
    Fresh(
        text="Ham wir am Wochenende Don't Stop Me Now gspielt? Bei der Party?",
        family="did_i",
        period="last_weekend",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="War vorgestern a bissl Air dabei?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    # what_played
    Fresh(
        text="Was is am dritten November so glaufen?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Was hat die Ada gestern so ghört?",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    Fresh(
        text="Erzähl ma kurz was i heut am Nachmittag für Musi ghabt hab",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    # playing_at
    Fresh(
        text="Was is gestern um dreiviertel acht auf d'Nacht glaufen?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heut in der Früh um halb neun, was war da in der Kuchl?",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="Was hat am Mittwoch um zwölf gspielt?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="um fünf heut am Nachmittag was is da grennt",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    # taste
    Fresh(
        text="Was hab i eigentlich für an Musikgeschmack, sag ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib ma mal mein Geschmack, bin i eher so a Indie-Mädl oder was?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr hör i normalerweise Musik, und an welchem Tag am meisten?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hab i in letzter Zeit wen Neuen entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künstler hab i heuer zum ersten Mal ghört, was Leiwandes dabei?",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft skip i eigentlich Lieder? Eh ur oft, oder?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie viel hab i im Oktober weitergeklickt, so prozentuell?",
        family="skips",
        period="october",
    ),
    # repeat
    Fresh(
        text="Hör i immer nur dieselben Lieder, oida? Wie hoch is da die Quote?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie sehr hab i letzten Monat die gleichen Songs rauf und runter ghört?",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab i jetzt schon Musi ghört?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab i zum ersten Mal Café Tacuba ghört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Seit wann hör i eigentlich Justice, also wann war des erste Mal?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Bilderbuch, wann hab i die des erste Mal gspielt?",
        family="first_play",
        name="Bilderbuch",
    ),
    # last_play
    Fresh(
        text="Wann hab i zuletzt Digital Love ghört?",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="Wann war des letzte Mal Queen, heast?",
        family="last_play",
        name="Queen",
    ),
    # last_song
    Fresh(
        text="Was war des letzte Lied, des i gspielt hab?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied bin i heut aufgwacht?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war gestern des erste Lied?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hab i am Samstag angfangen, musikmäßig?",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="Was war gestern des letzte Lied, bevor i schlafen gangen bin?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit was hab i letzten Freitag aufghört?",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="Welchen Song drück i immer weg, oida?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Bei welcher Band klick i immer gleich weiter, weil's ma net taugt?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hab i grad in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Von welchem Song komm i grad net los, heast?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl, wie war mei Oktober so musikmäßig?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib ma an gscheiten Rückblick auf mei Jahr, bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fass ma mal zsamm, wie mei Hören so war",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war unser Sommer so, musikalisch?",
        family="recap",
        period="summer",
        person="we",
        content="music",
    ),
    # compare_day_parts
    Fresh(
        text="Bin i eher so a Nachmittags- oder a Abendhörerin?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Unter der Woch oder am Wochenend, wann lauft bei mir mehr?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Is bei mir am Wochenende mehr los mit der Musi, oder eher Montag bis Freitag?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Kuchl",
    "Mach die Musi lauter, oida",
    "Was is des für a Lied grad?",
    "Skip des, is ur deppat",
    "Pausier den Podcast kurz, heast",
    "Nächstes Lied im Wohnzimmer",
    "Mach des Licht in der Küche aus",
    "Spiel des Album Discovery",
    "Leiser bitte, mei Mitbewohnerin schlaft no",
    "Zufallswiedergabe an",
    "Des Lied auf Wiederholung, bitte, is so leiwand",
    "Verbind den Lautsprecher in der Kuchl mit dem im Zimmer",
    "Stell an Timer auf zwölf Minuten für die Nudeln",
    "Wie wird's Wetter morgen in Wien?",
    "Schreib Hafermilch auf die Einkaufsliste",
    "Dreh die Heizung auf zweiundzwanzig, is ur kalt",
    "Was hör i grad?",
    "Spiel FM4",
    "Spiel a bissl Wanda, was Gscheites halt",
    "Heast stopp die Musi, i muss telefonieren",
    "Stell an Wecker auf halb acht",
    "Spiel die neue Folge von The Daily",
    "Lautstärke auf vier",
    "Wer singt des grad?",
]
