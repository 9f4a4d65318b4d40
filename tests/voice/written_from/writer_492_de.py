"""Writer 492, a Bundeswehr staff sergeant (military jargon and brevity), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Meldung Top-Künstler, Zeitraum KW 46.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Frage: Welcher Künstler lag dieses Jahr auf Platz eins?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Die drei meistgehörten Interpreten letzten Monat, zackig.",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="Wer lief bei uns im Oktober in der Küche am häufigsten? Ende.",
        family="top_artists",
        period="october",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Lage Ada, Zeitraum letzte Woche: welcher Künstler vorne?",
        family="top_artists",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="Lieblingslied seit Monatsanfang, Meldung.",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Top fünf Lieder letzte dreißig Tage, durchgeben.",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    Fresh(
        text="Meistgespieltes Album insgesamt. Meldung.",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Welche Platte lief im Sommer am meisten?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Frage: Welcher Podcast steht bei mir in letzter Zeit an erster Stelle?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie lange lief heute Musik? Angabe in Minuten.",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Hördauer Zeitraum KW 47, Angabe in Stunden.",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie lange haben wir gestern Abend gehört? Ende.",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="Anzahl abgespielte Titel heute Morgen. Meldung.",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Anzahl Wiedergaben letzte sieben Tage.",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viele Podcastfolgen seit Oktober? Zahl genügt.",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="Anzahl verschiedener Künstler im Jahr zwanzig fünfundzwanzig.",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="Wie viele unterschiedliche Interpreten seit März?",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="Anzahl unterschiedlicher Lieder im September, Meldung machen.",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="Wie viele verschiedene Stücke diese Woche? Ende.",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="Wie oft lief Bohemian Rhapsody dieses Jahr? Anzahl.",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Anzahl Wiedergaben Daft Punk, Zeitraum seit Montag.",
        family="play_count",
        period="since_monday",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab ich Rammstein gehört im letzten Jahr",
        family="play_count",
        period="last_year",
        name="Rammstein",
    ),
    Fresh(
        text="Frage: Lief gestern Queen? Ja oder nein.",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Justice in letzter Zeit gehört, ja oder nein, zackig.",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Hab ich heute früh The Daily gehört?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Lief am Samstag Da Funk? Bestätigen oder verneinen.",
        family="did_i",
        period="saturday",
        name="Da Funk",
    ),
    Fresh(
        text="Lage gestern Abend: was lief?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was wurde vorgestern abgespielt? Meldung.",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was lief am dritten November? Übersicht.",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Was lief gestern um neunzehn Uhr fünfundvierzig?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Uhrzeit heute acht Uhr dreißig, welcher Titel lief?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Frage: Was lief gestern Abend gegen Viertel nach acht?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Heute siebzehn Uhr zehn, was war auf dem Lautsprecher?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Meldung: Welche Musikrichtung höre ich überwiegend?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Musikgeschmack beurteilen, kurz und knapp.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Zu welcher Uhrzeit höre ich in der Regel Musik, und an welchem Tag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hauptnutzungszeit, Wochentag und Stunde, Meldung.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Neue Künstler diesen Monat? Meldung.",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Interpreten sind seit Oktober neu dazugekommen?",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="Wie oft überspringe ich Titel? Quote.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Skip-Quote letzter Monat, Anzahl und Prozent.",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="Wiederholungsquote, Meldung.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="In letzter Zeit: wie oft höre ich dieselben Lieder erneut?",
        family="repeat",
        period="lately",
    ),
    Fresh(
        text="Wie viele Tage am Stück habe ich ohne Unterbrechung gehört?",
        family="streak",
    ),
    Fresh(
        text="Meldung Serie: Anzahl Tage in Folge mit Musik.",
        family="streak",
    ),
    Fresh(
        text="Wann lief Justice zum ersten Mal? Datum.",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Erstkontakt mit Café Tacvba, wann?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann zuletzt Don't Stop Me Now gehört? Datum und Uhrzeit.",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Letzte Wiedergabe Air, wann war das?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="Wann hab ich zuletzt Coldplay gehört",
        family="last_play",
        name="Coldplay",
    ),
    Fresh(
        text="Letzter gespielter Titel, Meldung.",
        family="last_song",
    ),
    Fresh(
        text="Was lief als Letztes? Ende.",
        family="last_song",
    ),
    Fresh(
        text="Erster Titel heute, Meldung, zackig.",
        family="first_today",
    ),
    Fresh(
        text="Womit bin ich heute geweckt worden?",
        family="first_today",
    ),
    Fresh(
        text="Erster Titel gestern, nur Name.",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Welches Lied lief letzten Freitag als Erstes?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Letztes Lied vorgestern, Meldung.",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Womit wurde letzte Nacht abgeschlossen? Titel.",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Welchen Titel überspringe ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welcher Künstler wird bei mir am meisten weggeskippt? Meldung.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied läuft bei mir derzeit in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Aktueller Dauerbrenner, Titel durchgeben.",
        family="on_repeat",
    ),
    Fresh(
        text="Lagebericht November, vollständig.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Erbitte Jahresrückblick. Ende.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Lage Woche: wie lief meine Musikwoche bisher?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Lagebericht Zeitraum KW 46, Musik und Podcast.",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="Höre ich morgens oder abends mehr? Kurze Antwort.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Vormittag gegen Nachmittag, wann mehr gehört, letzte drei Monate?",
        family="compare_day_parts",
        period="last_3_months",
    ),
    Fresh(
        text="Wochenende oder unter der Woche, wann höre ich mehr?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Lagevergleich Werktage gegen Wochenende, Hördauer.",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Musik aus. Sofort.",
    "Lautstärke Küche auf fünfzig Prozent.",
    "Spiel Daft Punk in der Küche, zackig.",
    "Nächster Titel.",
    "Podcast anhalten.",
    "Licht Küche aus.",
    "Timer zwölf Minuten, Nudeln.",
    "Wetterlage morgen früh?",
    "Einkaufsliste: Kaffee, zwei Packungen, aufnehmen.",
    "Heizung Wohnzimmer auf einundzwanzig Grad.",
    "Was läuft gerade? Titel melden.",
    "Zufallswiedergabe ein.",
    "Wiederholung aus.",
    "Lautsprecher Küche und Wohnzimmer gruppieren.",
    "Album Discovery abspielen.",
    "Wecker fünf Uhr dreißig stellen.",
    "Lauter. Lauter, hab ich gesagt.",
    "Titel überspringen, der nervt.",
    "Was ist das für ein Lied? Meldung.",
    "Nächsten Track im Wohnzimmer.",
    "The Daily weiterspielen.",
    "Ruhe! Lautsprecher stumm.",
    "Spiel was Zackiges in der Küche, Marschmusik.",
    "Leiser, Küche, zwei Stufen.",
]
