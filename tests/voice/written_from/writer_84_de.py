"""Writer 84, a polite old-fashioned Bavarian grandfather of 83 from near Passau, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Grüß Gott, wen hab ich denn heuer am meisten g'hört?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Welcher Künstler war denn letzten Monat bei mir die Nummer eins?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Sag amal, wer war in letzter Zeit mein Lieblingssänger, ich komm nimmer auf den Namen",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Die zwei Gruppen, die wir im Oktober am meisten g'spielt haben, welche waren des?",
        family="top_artists",
        period="october",
        count=2,
        person="we",
    ),
    Fresh(
        text="Wer war denn zweitausendfünfundzwanzig mein liebster Künstler?",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="Welches Lied hab ich diesen Monat am öftesten laufen lassen?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Mein Lieblingslied, welches ist denn des überhaupt?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Nenn mir doch bittschön meine drei meistgespielten Lieder vom letzten Jahr",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="Welches Stückl lief denn in den letzten zwei Wochen am meisten?",
        family="top_tracks",
        period="last_2_weeks",
    ),
    # top_albums
    Fresh(
        text="Welche Platte hab ich heuer am meisten aufgelegt?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Im Sommer, welches Album lief da am häufigsten?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Hab ich eigentlich a Lieblingsalbum, so a ganze Platte?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör ich denn am liebsten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="So a Podcast-Sendung, welche hab ich diesen Monat am meisten g'hört?",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="Wie lang is heut schon die Musi gelaufen?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab ich letzte Woche zug'hört?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Gestern Abend in der Küche, wie lang lief da Musik?",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wie viel Zeit hab ich seit März mit dem Zuhören verbracht, am Radio do?",
        family="listening_time",
        period="since_march",
    ),
    Fresh(
        text="In den letzten drei Monaten, wie lang hab ich da insgesamt g'hört?",
        family="listening_time",
        period="last_3_months",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich heut schon g'spielt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viel hab ich denn diese Woche insgesamt laufen lassen?",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="Wie viele Podcastfolgen waren's in den letzten dreißig Tagen?",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Vorgestern, wie viele Stückl haben wir da g'hört?",
        family="plays",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich heuer g'hört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Von wie vielen verschiedenen Gruppen und Sängern hab ich im September was g'hört?",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder waren's in den letzten sieben Tagen?",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="Insgesamt, wie viele unterschiedliche Stücke hab ich überhaupt schon g'hört?",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich heuer die Bohemian Rhapsody g'spielt?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Den Daft Punk, wie oft hab ich den diesen Monat laufen lassen?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab ich die Andrea Berg g'hört, überhaupt?",
        family="play_count",
        period="all_time",
        name="Andrea Berg",
    ),
    Fresh(
        text="Wie viele Male hab ich seit Oktober The Daily g'hört?",
        family="play_count",
        period="since_october",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern die Queen g'hört?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="War in letzter Zeit was von Justice dabei?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Hab ich am Samstag den Hansi Hinterseer laufen lassen?",
        family="did_i",
        period="saturday",
        name="Hansi Hinterseer",
    ),
    Fresh(
        text="Lief heut in der Früh The Daily?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Die Platte Moon Safari, hab ich die letzten Sommer aufgelegt?",
        family="did_i",
        period="last_summer",
        name="Moon Safari",
    ),
    # what_played
    Fresh(
        text="Was hab ich gestern Abend g'hört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief denn heut Nachmittag bei mir?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was für a Musi hab ich am dritten November g'hört?",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="Was haben wir letztes Wochenende so g'hört?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern so gegen Viertel vor acht am Abend?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was war heut Früh um acht für a Lied?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Heut Nachmittag um fünfe, was hat da g'spielt?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="Was lief am Mittwoch um zwölf Uhr mittags in der Küche?",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    Fresh(
        text="Gestern um acht am Abend, was war denn des für a Musi?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="Was für an Musikgeschmack hab ich eigentlich?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie tät'st du meinen Geschmack beschreiben, so musikalisch?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr hör ich denn meistens Musi?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchem Tag in der Woche und zu welcher Stund hör ich am meisten?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ich in letzter Zeit neue Künstler entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wer war diesen Monat neu dabei, wen hab ich zum ersten Mal g'hört?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche neuen Sänger sind seit Montag dazukommen?",
        family="new_artists",
        period="since_monday",
    ),
    # skips
    Fresh(
        text="Wie oft überspring ich denn Lieder?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie viel hab ich letzten Monat weitergeschaltet, bevor's aus war?",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Hör ich immer die gleichen Lieder? Sag's ehrlich.",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie oft hab ich diesen Monat dieselben Stücke wiederholt?",
        family="repeat",
        period="this_month",
        content="music",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab ich jetzt schon Musi g'hört?",
        family="streak",
    ),
    Fresh(
        text="Seit wie vielen Tagen am Stück lauft bei mir jeden Tag was?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Justice zum ersten Mal g'hört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Die Bohemian Rhapsody, wann lief die des allererste Mal?",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wann hab ich den Heino zum ersten Mal aufgelegt?",
        family="first_play",
        name="Heino",
    ),
    # last_play
    Fresh(
        text="Wann hab ich zuletzt die Air g'hört?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="Wann lief Don't Stop Me Now von der Queen des letzte Mal?",
        family="last_play",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="The Daily, wann war des zuletzt dran?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Was war des letzte Lied, des ich g'spielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Welches Stückl lief bei mir zuletzt?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Was war heut des erste Lied?",
        family="first_today",
    ),
    Fresh(
        text="Mit welchem Lied hab ich heut den Tag ang'fangen?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Welches Lied hab ich gestern als erstes g'spielt?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Was lief letzten Freitag als erstes?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Im August, welches war da des erste Stück, womit hab ich ang'fangen?",
        family="first_in",
        period="august",
    ),
    # last_in
    Fresh(
        text="Was war gestern des letzte Lied?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hab ich letzte Nacht aufg'hört?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Was lief vorgestern als letztes?",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Bei welchem Stück drück ich allerweil weiter?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ich am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welche Gruppe hab ich heuer am öftesten weggedrückt?",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hör ich derzeit in einer Tour?",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied lass ich dieser Tage rauf und runter laufen?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Wie war mei Woche, musikalisch g'sehen?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Erzähl amal, wie war denn der Oktober bei mir mit der Musi?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mir doch an Überblick über mei Hörerei",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Mein Jahr in der Rückschau, bittschön",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war's bei uns letztes Jahr mit der Musi, so im Ganzen?",
        family="recap",
        period="last_year",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr in der Früh oder am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Diesen Monat, war's bei mir mehr nachmittags oder abends?",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Unter der Woche oder am Samstag und Sonntag, wann lauft bei mir mehr Musi?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Seit Oktober, hab ich mehr werktags g'hört oder am Wochenende?",
        family="compare_week",
        period="since_october",
    ),
]

NEGATIVES = [
    "Grüß Gott, spiel mir a bissl Musi in der Küche",
    "Mach die Musi a bissl leiser, bittschön",
    "Was is des für a Lied, des grad lauft?",
    "Überspring des Lied, des mag i ned",
    "Halt den Podcast an, es hat g'läutet",
    "Mach des Licht in der Küche aus",
    "Spiel die Platte Discovery",
    "Lauter, bitte, i hör so schlecht",
    "Stell an Wecker auf sechs Uhr",
    "Wie wird's Wetter morgen in Passau?",
    "Schreib Semmeln auf den Einkaufszettel",
    "Dreh die Heizung a bissl auf",
    "Nächstes Lied, bittschön",
    "Spiel des Ganze durcheinander, Zufallswiedergabe",
    "Wiederhol des Lied, des is schön",
    "Was hör ich grad eigentlich?",
    "Wer singt des da?",
    "Mach des Radio aus, i geh ins Bett",
    "Spiel The Daily, die neueste Folge",
    "Spiel die Musi in der Küche und in der Stube zugleich",
    "Stell an Timer auf zehn Minuten für die Knödel",
    "Wie spät is es?",
    "Spiel was von der Queen",
    "Lautstärke auf fünf",
    "Spul a bissl vor",
    "Zurück zum Anfang vom Lied",
    "Wie warm is es in der Stube?",
    "Mach die Zufallswiedergabe wieder aus",
    "Schalt des Radio in der Küche ein, die Musi möcht i hören",
]
