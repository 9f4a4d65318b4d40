"""Writer 192, Musiknerd mit Sammler-Jargon (Hamburg), Deutsch."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="moin, wer war dieses Jahr mein meistgespielter Künstler",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Top drei Bands seit Oktober",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="wer lief bei uns letzten Monat in der Küche am meisten",
        family="top_artists",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="von welchem Künstler bin ich in letzter Zeit so richtig besessen",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="was ist mein Song des Jahres, rein nach Spins",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="nenn mir meine fünf meistgespielten Tracks aus dem Sommer",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="welches Lied lief letzte Woche am häufigsten",
        family="top_tracks",
        period="last_week",
    ),
    # top_albums
    Fresh(
        text="welche Platte hab ich im Oktober am meisten aufgelegt",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="meine Lieblings-LP aller Zeiten, welche ist das",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welches Album war im letzten Jahr mein Dauerbrenner",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast lief in letzter Zeit bei mir am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="sag mal, was ist mein meistgehörter Podcast dieses Jahr",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute schon Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich diese Woche gehört",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lange hatten wir am Wochenende was auf dem Plattenteller",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Hörzeit im August, wie viel war das",
        family="listening_time",
        period="august",
    ),
    # plays
    Fresh(
        text="wie viele Tracks hab ich gestern gespielt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Podcastfolgen liefen diesen Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Spins insgesamt seit März, wie viele sind das",
        family="plays",
        period="since_march",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hatte ich dieses Jahr in der Rotation",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="mit wie vielen unterschiedlichen Bands hatte ich's letzten Monat zu tun",
        family="artists_count",
        period="last_month",
    ),
    # songs_count
    Fresh(
        text="wie viele unterschiedliche Songs liefen in den letzten 30 Tagen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele verschiedene Stücke hab ich im Jahr 2025 gehört",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="wie oft lief Bohemian Rhapsody dieses Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Justice, wie oft hab ich die seit Montag aufgelegt",
        family="play_count",
        period="since_monday",
        name="Justice",
    ),
    Fresh(
        text="wie oft kam Cross in den letzten drei Monaten auf den Teller",
        family="play_count",
        period="last_3_months",
        name="Cross",
    ),
    Fresh(
        text="wie oft hab ich eigentlich Tocotronic gespielt",
        family="play_count",
        period="all_time",
        name="Tocotronic",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Abend Digital Love gehört",
        family="did_i",
        period="yesterday_evening",
        name="Digital Love",
    ),
    Fresh(
        text="lief vorgestern was von Air",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="hatte ich heute früh The Daily an",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="kam Die Sterne dieses Jahr überhaupt mal auf den Teller",
        family="did_i",
        period="this_year",
        name="Die Sterne",
    ),
    Fresh(
        text="Eres von Café Tacvba, lief das in den letzten sieben Tagen",
        family="did_i",
        period="last_7_days",
        name="Eres by Café Tacvba",
    ),
    # what_played
    Fresh(
        text="was lief gestern Abend so",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hab ich am dritten November gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief letzte Nacht in der Küche",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    Fresh(
        text="was hatten wir am Samstag auf dem Plattenteller",
        family="what_played",
        period="saturday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="was lief gestern so gegen zehn nach acht",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="heute früh um halb neun, was lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief vorgestern um neun Uhr abends",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="was war heute Nachmittag um Viertel nach fünf auf dem Teller",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="wie würdest du meinen Geschmack beschreiben",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="was für'n Typ Hörer bin ich so, geschmacklich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um welche Uhrzeit leg ich normalerweise auf, und an welchem Wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich meistens Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="sind diesen Monat neue Künstler in meine Rotation gekommen",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wen hab ich in den letzten drei Monaten neu entdeckt",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft skippe ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war meine Skip-Quote letzte Woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="wie hoch ist meine Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Repeat-Quote dieses Jahr, wie sieht die aus",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang ist meine Hör-Serie gerade",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich Café Tacvba zum ersten Mal gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann lief Moon Safari das allererste Mal",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="wann lief zuletzt Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann hab ich das letzte Mal Daft Punk aufgelegt",
        family="last_play",
        name="Daft Punk",
    ),
    # last_song
    Fresh(
        text="was war der letzte Track, den ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="was hab ich als Letztes aufgelegt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem Song bin ich heute in den Tag gestartet",
        family="first_today",
    ),
    Fresh(
        text="erste Nadel heute, was war das",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war gestern der erste Song",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab ich letzten Freitag eröffnet",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="erster Track im Oktober?",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="was lief gestern Abend als Letztes",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="mit welchem Track hab ich am Samstag Schluss gemacht",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="welchen Song skippe ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welcher Track fliegt bei mir am öftesten raus",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler skippe ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei welcher Band drück ich am häufigsten auf weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was läuft bei mir grad in Heavy Rotation",
        family="on_repeat",
    ),
    Fresh(
        text="welcher Song läuft bei mir zurzeit in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="moin, gib mir mal nen Rückblick auf den Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="wie war mein Jahr musikalisch",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="fass mal meine Woche zusammen",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="wie lief's bei uns letztes Jahr so, im Überblick",
        family="recap",
        period="last_year",
        person="we",
    ),
    Fresh(
        text="kurzer Rundumschlag über meinen Hörmonat, bitte",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich eher morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich mehr so Nachmittags- oder Nachthörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="leg ich am Wochenende mehr auf als unter der Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="werktags oder Wochenende, wann läuft bei mir mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "leg mal Discovery in der Küche auf",
    "mach die Musik lauter",
    "was läuft hier gerade",
    "welcher Song ist das",
    "skip den Track",
    "pausier mal den Podcast",
    "nächster Titel im Wohnzimmer",
    "mach das Küchenlicht aus",
    "spiel das Album Homework von vorne",
    "Zufallswiedergabe an",
    "wiederhol das Lied",
    "Lautstärke auf vierzig Prozent",
    "verbinde Küche und Wohnzimmer zu einer Gruppe",
    "stell nen Timer auf zwölf Minuten",
    "wie wird das Wetter morgen in Hamburg",
    "schreib Plattenreiniger auf die Einkaufsliste",
    "dreh die Heizung auf einundzwanzig Grad",
    "was hör ich gerade",
    "spiel ein paar Deep Cuts von Justice",
    "spiel die neueste Folge von The Daily",
    "von wem ist dieser Track",
    "leiser bitte, der Bass wummert",
    "spul mal dreißig Sekunden zurück",
    "aus welchem Album ist das hier",
    "mach die Küchenbox stumm",
    "spiel was Ähnliches wie das hier",
    "wann kommt die neue Platte von Justice raus",
    "stell den Wecker auf sieben Uhr",
    "moin, spiel Moon Safari in der Küche",
    "Musik aus",
]
