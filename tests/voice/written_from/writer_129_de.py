"""Writer 129, a precise, analytical Zürich-based German researcher (formal Hochdeutsch, Swiss touches), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Welcher Künstler hatte im laufenden Jahr den grössten Anteil an meinen Wiedergaben?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Ich bitte um meine drei meistgespielten Lieder im letzten Monat.",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="Welches Album habe ich insgesamt am häufigsten gehört?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Welcher Podcast dominiert bei mir in letzter Zeit?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie viele Stunden habe ich diese Woche gehört, von Montag bis jetzt?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie viele Lieder liefen gestern insgesamt?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler habe ich in den letzten drei Monaten gehört?",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="Anzahl unterschiedlicher Titel im Zeitraum seit dem ersten November, bitte.",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="Wie oft lief Daft Punk in der vergangenen Woche, also vom neunten bis zum fünfzehnten November?",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Habe ich diese Woche Sexy Boy von Air gehört?",
        family="did_i",
        period="this_week",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Was lief gestern Abend um Viertel vor acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was habe ich letzte Nacht gehört?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Wie würden Sie meinen Musikgeschmack beschreiben?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Zu welcher Tageszeit und an welchem Wochentag höre ich am häufigsten?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Welche Künstler sind im laufenden Jahr neu hinzugekommen, die ich vorher nie gehört hatte?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Wie hoch ist der Anteil übersprungener Wiedergaben, über den gesamten Verlauf?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Welchen Anteil machen Wiederholungen derselben Lieder in diesem Monat aus?",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="Seit wie vielen Tagen in Folge höre ich nun schon ohne Unterbruch?",
        family="streak",
    ),
    Fresh(
        text="Wann habe ich Queen zum ersten Mal gehört?",
        family="first_play",
        name="Queen",
    ),
    Fresh(
        text="Wann lief Genesis von Justice zuletzt?",
        family="last_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="Sagen Sie mal, wie war mein Oktober, musikalisch betrachtet?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Welches war das zuletzt gespielte Lied überhaupt?",
        family="last_song",
    ),
    Fresh(
        text="Mit welchem Lied hat mein Tag heute begonnen?",
        family="first_today",
    ),
    Fresh(
        text="Welches Lied habe ich vorgestern als erstes gespielt?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Mit welchem Titel habe ich letzten Freitag, also am dreizehnten, aufgehört?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welches Lied überspringe ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Bei welchem Künstler überspringe ich anteilsmässig am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied höre ich zurzeit in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Im Vergleich: höre ich morgens mehr als abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Höre ich am Wochenende anteilsmässig mehr Musik als unter der Woche?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Was lief heute Morgen um halb neun?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Gestern um zehn nach acht abends, was lief da genau?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Ich bitte um einen Jahresrückblick, Stand heute.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Welche Band haben wir letztes Jahr am meisten gehört?",
        family="top_artists",
        period="last_year",
        person="we",
    ),
    Fresh(
        text="Wie lange lief gestern bei uns in der Küche Musik, auf die Minute genau?",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wie viele Podcastfolgen habe ich diesen Monat bisher abgespielt?",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Habe ich innert der letzten dreissig Tage irgendetwas von Radiohead gehört?",
        family="did_i",
        period="last_30_days",
        name="Radiohead",
    ),
    Fresh(
        text="Wie oft habe ich das Album Moon Safari seit Oktober gehört?",
        family="play_count",
        period="since_october",
        name="Moon Safari",
    ),
    Fresh(
        text="Die fünf meistgespielten Lieder im Sommer, in absteigender Reihenfolge bitte.",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="Welches Album habe ich im Zeitraum von Samstag, dem vierzehnten, bis heute am häufigsten gehört?",
        family="top_albums",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viele Stunden Podcasts habe ich im Jahr zweitausendfünfundzwanzig gehört?",
        family="listening_time",
        period="in_2025",
        content="podcasts",
    ),
    Fresh(
        text="Erzählen Sie mal, was heute Nachmittag gelaufen ist.",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was habe ich am Samstag gehört?",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Lief letzten Sommer, also zweitausendfünfundzwanzig, überhaupt etwas von Café Tacvba?",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann erschien Around the World von Daft Punk zum ersten Mal in meinem Verlauf?",
        family="first_play",
        name="Around the World by Daft Punk",
    ),
    Fresh(
        text="Wann habe ich zuletzt The Daily gehört?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Habe ich in letzter Zeit neue Künstler entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Um welche Uhrzeit höre ich typischerweise Musik, und an welchem Wochentag am meisten?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie viele unterschiedliche Künstler waren es seit März?",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="Wie oft habe ich in den letzten zwei Wochen übersprungen, im Verhältnis zu allen Wiedergaben?",
        family="skips",
        period="last_2_weeks",
    ),
    Fresh(
        text="Welches war das erste Lied am dritten November?",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="Und womit habe ich letztes Wochenende abgeschlossen? Das letzte Lied, bitte.",
        family="last_in",
        period="last_weekend",
    ),
    Fresh(
        text="Welcher Podcast läuft in der Küche am häufigsten?",
        family="top_podcasts",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Ich bitte um eine kurze Zusammenfassung meines Hörverhaltens, mit Zahlen.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie stark wiederhole ich dieselben Titel, in Prozent ausgedrückt?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Was für Musik höre ich eigentlich, grob kategorisiert?",
        family="taste",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche.",
    "Mach die Musik bitte etwas leiser.",
    "Welches Lied läuft gerade?",
    "Nächster Titel, bitte.",
    "Pausiere den Podcast.",
    "Schalte das Licht in der Küche aus.",
    "Stelle einen Timer auf zwölf Minuten.",
    "Setze Hafermilch auf die Einkaufsliste.",
    "Wie wird das Wetter morgen in Zürich?",
    "Stelle die Heizung auf einundzwanzig Grad.",
    "Spiel das Album Discovery ab.",
    "Lautstärke auf vierzig Prozent, bitte.",
    "Schalte die Zufallswiedergabe ein.",
    "Wiederhole dieses Lied.",
    "Gruppiere den Lautsprecher in der Küche mit dem im Wohnzimmer.",
    "Was höre ich gerade?",
    "Spiel die neueste Folge von The Daily in der Küche.",
    "Überspringe diesen Titel.",
    "Nächstes Lied im Wohnzimmer.",
    "Spiel Bohemian Rhapsody von Queen in der Küche.",
    "Stelle einen Wecker auf halb sieben.",
    "Regnet es heute Abend in Zürich?",
    "Dreh die Musik in der Küche lauter, bitte.",
    "Stoppe die Wiedergabe in zwanzig Minuten.",
    "Von wem ist dieses Lied?",
    "Wie hoch ist der Median der Mietpreise in Zürich?",
]
