"""Writer 409, ein sehr genauer blinder Nutzer, der Zeiträume genau ausbuchstabiert, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Welchen Künstler habe ich vom ersten Oktober bis heute am meisten gehört?",
        family="top_artists",
        period="since_october",
    ),
    Fresh(
        text="Wer war mein meistgehörter Künstler im gesamten Jahr zweitausendfünfundzwanzig, von Januar bis Dezember?",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="Bitte nenne mir meine zwei meistgehörten Bands im Sommer letzten Jahres, also Juni bis August zweitausendfünfundzwanzig.",
        family="top_artists",
        period="last_summer",
        count=2,
    ),
    # top_tracks
    Fresh(
        text="Nenne mir bitte meine drei meistgespielten Lieder vom ersten November bis heute.",
        family="top_tracks",
        period="this_month",
        count=3,
    ),
    Fresh(
        text="Welches Lied habe ich in den letzten sieben Tagen, heute eingeschlossen, am häufigsten gespielt?",
        family="top_tracks",
        period="last_7_days",
    ),
    Fresh(
        text="In der Küche: welches Lied lief in den vergangenen vierzehn Tagen am häufigsten?",
        family="top_tracks",
        period="last_2_weeks",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welches Album habe ich vom ersten Januar zweitausendsechsundzwanzig bis heute am meisten gehört?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Was ist mein Lieblingsalbum, gemessen an allen Wiedergaben überhaupt?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast habe ich in den letzten dreißig Tagen, also seit dem zweiundzwanzigsten Oktober, am meisten gehört?",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="Wie lange habe ich gestern, am Donnerstag, dem neunzehnten November, insgesamt gehört?",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="Wie viele Stunden Musik liefen im Sommer zweitausendsechsundzwanzig, also vom ersten Juni bis zum einunddreißigsten August?",
        family="listening_time",
        period="summer",
        content="music",
    ),
    Fresh(
        text="Wie lange haben wir letzte Woche gehört, von Montag, dem neunten, bis Sonntag, dem fünfzehnten November?",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder habe ich heute Morgen zwischen fünf und zwölf Uhr gespielt?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viele Wiedergaben gab es insgesamt von Montag, dem sechzehnten November, bis jetzt?",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wie viele Podcastfolgen habe ich im September zweitausendsechsundzwanzig gehört, vom ersten bis zum dreißigsten?",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Sag mal, wie viele Titel hat Ada vorgestern, am Mittwoch, dem achtzehnten November, abgespielt?",
        family="plays",
        period="day_before_yesterday",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler habe ich in den letzten drei Monaten gehört, gerechnet bis heute?",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="Wie viele unterschiedliche Lieder habe ich im Oktober, vom ersten bis zum einunddreißigsten, gespielt?",
        family="songs_count",
        period="october",
    ),
    # play_count
    Fresh(
        text="Wie oft habe ich Bohemian Rhapsody von Queen vom ersten März bis heute gespielt?",
        family="play_count",
        period="since_march",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="Wie oft lief Daft Punk vorgestern, also am Mittwoch, dem achtzehnten November?",
        family="play_count",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft habe ich Radiohead im ganzen Jahr zweitausendfünfundzwanzig gehört?",
        family="play_count",
        period="in_2025",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Habe ich gestern Abend, zwischen achtzehn Uhr und Mitternacht, etwas von Justice gehört?",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="Habe ich am Samstag, dem vierzehnten November, The Daily gehört?",
        family="did_i",
        period="saturday",
        name="The Daily",
    ),
    Fresh(
        text="Haben wir am Dienstag, dem dritten November, das Album Moon Safari von Air gehört?",
        family="did_i",
        period="november_3",
        name="Moon Safari",
        person="we",
    ),
    Fresh(
        text="Habe ich jemals Wet Leg gehört, irgendwann in meinem gesamten Verlauf?",
        family="did_i",
        period="all_time",
        name="Wet Leg",
    ),
    # what_played
    Fresh(
        text="Was habe ich gestern Abend von achtzehn Uhr bis Mitternacht gehört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief letzte Nacht, also von gestern achtzehn Uhr bis heute früh um sechs?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was habe ich heute Nachmittag gehört, ab zwölf Uhr mittags bis jetzt?",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern, am Donnerstag, dem neunzehnten November, um Viertel vor acht am Abend?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was lief heute früh um halb neun?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Welches Lied lief am Samstag, dem vierzehnten November, um einundzwanzig Uhr?",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    # taste
    Fresh(
        text="Wie würdest du meinen Geschmack beschreiben, anhand von allem, was ich je gehört habe?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Zu welcher Uhrzeit und an welchem Wochentag höre ich normalerweise?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Welche Künstler habe ich vom ersten November bis heute zum ersten Mal gehört?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Habe ich in letzter Zeit, also in den vergangenen zwei Wochen, neue Künstler entdeckt?",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="Wie hoch ist meine Überspringrate, über den gesamten Zeitraum gesehen?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie oft habe ich letzten Monat, also im Oktober zweitausendsechsundzwanzig, Lieder übersprungen?",
        family="skips",
        period="last_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="Wie oft höre ich dieselben Lieder mehrmals, wie hoch ist also meine Wiederholungsrate?",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander habe ich bis einschließlich heute gehört?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann habe ich Café Tacvba, geschrieben T A C V B A, zum allerersten Mal gehört?",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Wann habe ich zuletzt Don't Stop Me Now von Queen gespielt, an welchem Datum genau?",
        family="last_play",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="Wann lief The Daily das letzte Mal?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Welches Lied habe ich als allerletztes gespielt?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied bin ich heute aufgewacht, also was war das allererste heute?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war das erste Lied, das ich am Freitag, dem dreizehnten November, gespielt habe?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Mit welchem Lied habe ich den August zweitausendsechsundzwanzig angefangen?",
        family="first_in",
        period="august",
    ),
    # last_in
    Fresh(
        text="Welches Lied habe ich gestern, am neunzehnten November, als letztes gespielt?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit habe ich am Wochenende aufgehört, also am Samstag, dem vierzehnten, und Sonntag, dem fünfzehnten November?",
        family="last_in",
        period="last_weekend",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspringe ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspringe ich am meisten, über den gesamten Zeitraum?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied läuft bei mir zurzeit in Dauerschleife?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war mein Oktober, vom ersten bis zum einunddreißigsten?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mir bitte einen Rückblick auf meinen Sommer letzten Jahres, Juni bis August zweitausendfünfundzwanzig.",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="Fass mir bitte mein Hörjahr vom ersten Januar bis heute zusammen.",
        family="recap",
        period="this_year",
    ),
    # compare_day_parts
    Fresh(
        text="Höre ich morgens mehr oder abends mehr?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Höre ich am Wochenende, also samstags und sonntags, mehr als unter der Woche von Montag bis Freitag?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel bitte das Album Discovery von Daft Punk auf dem Lautsprecher in der Küche.",
    "Mach die Musik bitte zwei Stufen lauter.",
    "Wie heißt das Lied, das gerade läuft?",
    "Überspring dieses Lied und spiel das nächste.",
    "Pausiere bitte den Podcast.",
    "Nächster Titel im Wohnzimmer, bitte.",
    "Schalte das Licht in der Küche aus.",
    "Stell die Lautstärke in der Küche auf dreißig Prozent.",
    "Schalte die Zufallswiedergabe für diese Playlist ein.",
    "Stell die Wiederholung auf dieses eine Lied.",
    "Verbinde den Küchenlautsprecher mit dem Lautsprecher im Wohnzimmer.",
    "Stell einen Timer auf zwölf Minuten für die Nudeln.",
    "Wie wird das Wetter morgen früh in Berlin?",
    "Setz Hafermilch auf meine Einkaufsliste.",
    "Stell das Thermostat im Wohnzimmer auf einundzwanzig Grad.",
    "Was höre ich gerade? Lies mir bitte Künstler und Titel vor.",
    "Spiel die neueste Folge von The Daily.",
    "Spring in dieser Folge dreißig Sekunden zurück.",
    "Spiel Bohemian Rhapsody von Queen in der Küche.",
    "Stopp die Musik in allen Räumen.",
    "Wie viele Minuten hat mein Timer noch?",
    "Wie lang ist dieses Lied insgesamt?",
    "Schalte den Lautsprecher im Schlafzimmer stumm.",
    "Verschieb die Musik von der Küche ins Wohnzimmer.",
    "Lies mir den Titel des nächsten Liedes in der Warteschlange vor.",
]
