"""Writer 178, busy parent multitasking in the kitchen (Vienna), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Oida, wer war heuer mein meistgehörter Künstler",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hab i in letzter Zeit ur oft gehört, so Künstler mein i",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="meine Top drei Bands letzten Monat, Lukas, lass des! sorry, letzten Monat halt",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="wer war bei uns letzte Woche in der Küche die Nummer eins",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="welchen Künstler hat d'Ada im August am meisten gehört, des bin eh i",
        family="top_artists",
        period="august",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="was war mein Lieblingslied im Sommer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="heast, sag ma meine fünf meistgespielten Lieder seit März",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="welches Lied hab i am öftesten gehört, so insgesamt",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Top-Lied seit Oktober, Oida, schnell, die Nudeln kochen über",
        family="top_tracks",
        period="since_october",
    ),
    # top_albums
    Fresh(
        text="welches Album hab i im Oktober am meisten gspielt",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="mein Lieblingsalbum letztes Jahr, na, welches war des",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast lauft bei mir in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="meistgehörter Podcast heuer, Oida",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="wie lang hab i heut Musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab i letzte Woche, nein wart, diese Woche gehört",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lang is bei uns im September Musik grennt",
        family="listening_time",
        period="september",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viel Podcast hab i seit Montag gehört, so in Minuten",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Stunden hab i letztes Jahr, na, zweitausendfünfundzwanzig mein i, gehört",
        family="listening_time",
        period="in_2025",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab i heut in der Früh gspielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viel hab i gestern insgesamt abgespielt, Mia, geh weg vom Herd! so Anzahl mein i",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="wie viele Folgen hab i im August ghört",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="in den letzten sieben Tagen, wie viele Lieder hab i da gspielt",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="wie viele Lieder warn's am letzten Wochenende, ungefähr",
        family="plays",
        period="last_weekend",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab i heuer gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Bands in den letzten dreißig Tagen",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder warn's diesen Monat",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="Anzahl verschiedener Songs letzten Sommer, heast",
        family="songs_count",
        period="last_summer",
    ),
    # play_count
    Fresh(
        text="wie oft hab i Bohemian Rhapsody gspielt, ur oft wahrscheinlich",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft is diese Woche Daft Punk glaufen",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab i heuer Falco gehört",
        family="play_count",
        period="this_year",
        name="Falco",
    ),
    Fresh(
        text="Da Funk, wie oft lief des in den letzten drei Monaten",
        family="play_count",
        period="last_3_months",
        name="Da Funk",
    ),
    # did_i
    Fresh(
        text="hab i gestern Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Queen, hab i heuer überhaupt Queen gehört?",
        family="did_i",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="hab i The Daily heut in der Früh ghört, oder war des gestern, na, heut in der Früh",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hab i vorgestern Air gehört",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="hamma am Samstag Wanda ghört, die Kinder sagen ja",
        family="did_i",
        period="saturday",
        name="Wanda",
        person="we",
    ),
    # what_played
    Fresh(
        text="was hab i gestern am Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was is letzten Freitag glaufen",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="was hab i am dritten November gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was für Musik lief heut am Nachmittag",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="was hab i letzte Nacht gehört, wie die Kinder endlich gschlafen ham",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was hab i in den letzten zwei Wochen so gehört, kurz zusammengfasst",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="was is gestern auf d'Nacht um dreiviertel acht glaufen",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heut um Viertel nach acht in der Früh",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="was war gestern um halb neun auf d'Nacht, nein wart, um acht",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="was lief am Mittwoch um neun am Abend",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="was hab i eigentlich für an Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma mal meinen Geschmack, Oida, der Hawara vom Lukas sagt, i hör nur Oide-Leut-Musik",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel Uhr hör i normalerweise Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wann hör i am meisten, so Wochentag und Uhrzeit",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab i in letzter Zeit wen Neuen entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="neue Künstler diesen Monat, gibt's da wen",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft skip i eigentlich Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel hab i letzte Woche weggedrückt",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="hör i ur oft die gleichen Lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is meine Wiederholungsrate heuer",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander hab i schon gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang is meine Serie grad, so Tage am Stück",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab i Justice zum ersten Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann hör i The Daily, also wann war des erste Mal",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="wann hab i zuletzt Café Tacvba gehört",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann lief Sexy Boy des letzte Mal",
        family="last_play",
        name="Sexy Boy",
    ),
    # last_song
    Fresh(
        text="was war des letzte Lied, des i gspielt hab",
        family="last_song",
    ),
    Fresh(
        text="na geh, wie hat des letzte Lied gheißen, des was zuletzt glaufen is",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war heut des erste Lied",
        family="first_today",
    ),
    Fresh(
        text="womit bin i heut aufgwacht, musikalisch mein i",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war gestern des erste Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erstes Lied am Samstag, heast",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="was war des letzte Lied vorgestern",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="womit hab i im Oktober aufghört, so letztes Lied vom Monat",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skip i am öftesten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welches Lied drück i immer weg, des nervt mi ur",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler drück i am meisten weg, na geh, sag schon",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied lauft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="was is grad mein Ohrwurm, des Lied, des i ständig spiel",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gib ma an Rückblick auf mein Jahr, wär leiwand",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fass ma mal zam, wie mein Hören so war",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="wie war unser Oktober, so vom Hören her",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="hör i mehr in der Früh oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin i eher a Morgen- oder a Abendhörer, heast",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör i am Wochenende mehr als unter der Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Wochenende oder Werktage, wann lauft bei mir mehr Musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    # room first
    Fresh(
        text="in der Küch, wie viele Lieder hab i heut gspielt, so insgesamt",
        family="plays",
        period="today",
        content="music",
        room="kitchen",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "mach die Musik leiser, Oida, die Kleine schlaft",
    "nächstes Lied",
    "überspring des Lied, des is ur fad",
    "pausier den Podcast, kurz, der Lukas redt",
    "was lauft grad in der Küche",
    "welches Lied is des",
    "stell an Timer auf zwölf Minuten, nein wart, fünfzehn",
    "schreib Milch und Semmeln auf die Einkaufsliste",
    "wie wird's Wetter morgen in Wien",
    "mach des Licht in der Küche aus",
    "dreh die Heizung auf zweiundzwanzig Grad",
    "spiel des Album Discovery",
    "Zufallswiedergabe an",
    "mach Wiederholen aus, i halt des nimmer aus",
    "Lautstärke auf vier",
    "lauter, heast, i hör nix bei der Dunstabzugshaube",
    "verbind den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "spiel The Daily, die neueste Folge",
    "Musik stopp, Essen is fertig",
    "was hör i grad",
    "wer singt des",
    "spiel was für Kinder, irgendwas Leiwandes",
    "wie spät is es",
    "wie lang lauft der Timer noch",
    "erinner mi um vier, dass i die Mia abhol",
    "spul dreißig Sekunden vor, is Werbung",
    "spiel Queen in der Küche und mach lauter",
    "vorheriges Lied, bitte",
    "schalt den Lautsprecher in der Küche stumm",
]
