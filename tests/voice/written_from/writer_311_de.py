"""Writer 311, Viennese (Wienerisch) coffee-house regular, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sag, wer war denn vorige Woche mein meistgespielter Künstler?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wen hob i heuer am öftesten gspüt",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Geh, welcher Interpret rennt bei mir in letzter Zeit rauf und runter?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="die drei Interpreten, die wir im Oktober am meisten ghört haben",
        family="top_artists",
        period="october",
        count=3,
        person="we",
    ),
    # top_tracks
    Fresh(
        text="wos is mei Lieblingslied diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Welches Liadl hab i voriges Jahr am meisten gspielt?",
        family="top_tracks",
        period="last_year",
    ),
    Fresh(
        text="nenn ma die fünf meistgespielten Nummern seit März",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welche Platte hab ich im Sommer am meisten aufglegt?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mein Lieblingsalbum, so insgesamt, welches is denn des",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör i denn am liabsten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="meistgehörter Podcast in den letzten dreißig Tagen",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="Wie lang is gestern bei mir Musik grennt?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich heuer überhaupt gelost",
        family="listening_time",
        period="this_year",
    ),
    Fresh(
        text="Wie lang hamma vorige Woche in der Kuchl Musik ghört?",
        family="listening_time",
        period="last_week",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie lang hab ich heut am Nachmittag zughört",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder warn's heut in der Früh?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft hab ich seit Montag überhaupt was abgspielt",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wieviele Folgen hab i im September ghört?",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler warn's im August",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="Wie viel unterschiedliche Interpreten hab i überhaupt scho ghört?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder hab ich die letzten sieben Tag ghört",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="Wieviel unterschiedliche Nummern warn's zweitausendfünfundzwanzig?",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="Wie oft is Bohemian Rhapsody heuer glaufen?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft hab i eigentlich an Falco gspüt",
        family="play_count",
        period="all_time",
        name="Falco",
    ),
    Fresh(
        text="Wie viel Daft Punk war denn diese Woche, Stück für Stück gezählt?",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    # did_i
    Fresh(
        text="Hab i gestern auf d'Nacht a bisserl Queen ghört?",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="war vorgestern Air dabei",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="Hab ich am Samstag The Daily ghört?",
        family="did_i",
        period="saturday",
        name="The Daily",
    ),
    Fresh(
        text="an Wolfgang Ambros, hab i den in letzter Zeit amal glost",
        family="did_i",
        period="lately",
        name="Wolfgang Ambros",
    ),
    # what_played
    Fresh(
        text="Wos is denn gestern auf d'Nacht so grennt?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hab ich letzte Nacht ghört",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was hamma am vergangenen Wochenende so ghört?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was is am dritten November glaufen",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="Was is gestern um dreiviertel acht glaufen?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wos hat's heut in da Früh um achte gspüt",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Was war heut um viertel sechs am Nachmittag drauf?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Mittwoch um neune auf d'Nacht, was war da",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="Was für an Musikgeschmack hab i eigentlich?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma amal mein Gschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör i denn normalerweise Musik, so Uhrzeit und Wochentag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="zu welcher Tageszeit lauft bei mir am meisten",
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
        text="welche Künstler warn heuer zum ersten Mal dabei",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft drück i eigentlich weiter, so prozentuell?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ich diesen Monat übersprungen",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="Hör i immer des Gleiche?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie oft wiederhol ich Lieder seit Oktober",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="Wie viele Tag hintereinander hab i jetzt scho was ghört?",
        family="streak",
    ),
    Fresh(
        text="na, wie lang is mei Serie",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Café Tacvba zum ersten Mal ghört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann kenn i Don't Stop Me Now eigentlich, wann war des des erste Mal",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    # last_play
    Fresh(
        text="Wann war Justice des letzte Mal dran?",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="wann hab i zuletzt Moon Safari aufglegt",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="Was war des letzte Liad, des i gspüt hab?",
        family="last_song",
    ),
    Fresh(
        text="letzte Nummer, was war des",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied hab i heut angfangen?",
        family="first_today",
    ),
    Fresh(
        text="was war heut des erste Liad",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erstes Lied vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Womit hab i voriges Monat angfangen, welches Lied?",
        family="first_in",
        period="last_month",
    ),
    # last_in
    Fresh(
        text="Was war gestern des letzte Lied?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="mit was für ana Nummer hab i am Samstag aufghört",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied drück i am öftesten weg?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler überspring i am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Liad hab i grad in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="welche Nummer dudelt bei mir derzeit in einer Tour",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl, wie war mei Woche musikalisch?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="fass ma amal den Oktober zsamm",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Wie war's heuer so, an Jahresrückblick bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war des voriges Jahr bei uns mit der Musik, so im Großen und Ganzen",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr in der Früh oder am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="eher vormittags oder nachmittags, wann hör i mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Werktags oder am Wochenend, wann lauft bei mir mehr?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Samstag Sonntag mehr Musik als Montag bis Freitag",
        family="compare_week",
        period="all_time",
    ),
    # extra periods
    Fresh(
        text="wer war die letzten zwei Wochen mei Nummer eins",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="Hab i voriges Jahr im Sommer D.A.N.C.E. von Justice ghört?",
        family="did_i",
        period="last_summer",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="wie viele Stunden warn's die letzten drei Monat",
        family="listening_time",
        period="last_3_months",
    ),
    Fresh(
        text="Was hab ich letzten Freitag so ghört?",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="wie oft hab ich seit Oktober Genesis von Justice gspielt",
        family="play_count",
        period="since_october",
        name="Genesis by Justice",
    ),
]

NEGATIVES = [
    "spü ma an Daft Punk in da Kuchl",
    "geh, mach a bisserl lauter",
    "leiser bitte",
    "nächstes Lied",
    "was is des für a Liad",
    "pausier den Podcast",
    "Licht in der Küche aus",
    "stell an Wecker auf sieben",
    "wia wird's Wetter morgen",
    "schreib Schlagobers auf die Einkaufsliste",
    "Heizung auf zweiazwanzig Grad",
    "Zufallswiedergabe ein",
    "Wiederholung aus",
    "spiel das Album Discovery",
    "was lauft grad in der Küche",
    "was hör i grad",
    "stopp",
    "weiter bitte",
    "die Lautsprecher in da Kuchl und im Wohnzimmer zsammschalten",
    "Timer auf vier Minuten fürs Ei",
    "spiel Radio Wien",
    "überspring des Lied",
    "Lautstärke auf drei",
    "spü die nächste Folge von The Daily",
    "wie spät is",
    "mach die Musik aus",
]
