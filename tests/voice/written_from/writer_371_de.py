"""Writer 371, eine pedantische Beamtin aus Hannover (förmlich, genau, Amtsdeutsch, Nebensätze), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Welcher Künstler wurde im laufenden Monat am häufigsten abgespielt, wenn ich fragen darf?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Bitte nennen Sie mir die drei meistgehörten Interpreten des Vorjahres.",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="Welche Band haben wir letzte Woche in der Küche am meisten gehört, sofern sich das feststellen lässt?",
        family="top_artists",
        period="last_week",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="Welcher Interpret führte letzten Sommer, also im Sommer zweitausendfünfundzwanzig, die Statistik an?",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="Welches Lied wurde, genau genommen, im Oktober am häufigsten gespielt?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Ich hätte gern eine Aufstellung meiner fünf meistgespielten Titel seit März, der Reihe nach.",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welches Album habe ich insgesamt am häufigsten gehört, also über den gesamten Zeitraum betrachtet?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Mein Lieblingsalbum in diesem Sommer, das wäre welches?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="In den vergangenen zwei Wochen, welches Album lief da am meisten?",
        family="top_albums",
        period="last_2_weeks",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast höre ich, statistisch gesehen, am meisten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Welcher Podcast war im Jahr zweitausendfünfundzwanzig der meistgehörte, bitte?",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief gestern insgesamt Musik, bitte auf die Minute genau?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Ich bitte um Auskunft darüber, wie viele Stunden ich in den letzten dreißig Tagen gehört habe.",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="Wie viel Zeit haben wir im Vormonat mit Podcasts verbracht, ordnungsgemäß aufsummiert?",
        family="listening_time",
        period="last_month",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="Seit Montag, wie lange habe ich da gehört, in Stunden ausgedrückt?",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder sind heute bislang abgespielt worden?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Wiedergaben gab es am Sonnabend, also am vergangenen Samstag?",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="Die Anzahl der Podcastfolgen im September, bitte, und zwar vollständig.",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Interpreten habe ich in diesem Jahr gehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele unterschiedliche Künstler, und zwar ohne Doppelzählungen, waren es in den letzten sieben Tagen?",
        family="artists_count",
        period="last_7_days",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Titel habe ich seit Oktober gehört?",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="Wie viele unterschiedliche Lieder waren es diese Woche, Wiederholungen ausdrücklich nicht mitgerechnet?",
        family="songs_count",
        period="this_week",
    ),
    # play_count
    Fresh(
        text="Wie oft genau habe ich in diesem Monat Bohemian Rhapsody abgespielt?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie häufig wurde The Daily in den letzten drei Monaten gehört, nach Aktenlage?",
        family="play_count",
        period="last_3_months",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft lief Daft Punk vorgestern? Ich bitte um die genaue Anzahl.",
        family="play_count",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    # did_i
    Fresh(
        text="Habe ich gestern Abend Justice gehört, ja oder nein?",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="Ist in der vergangenen Woche irgendetwas von Queen gelaufen, nich?",
        family="did_i",
        period="last_week",
        name="Queen",
    ),
    Fresh(
        text="Hat Ada letzten Freitag Air gehört, das möchte ich der Ordnung halber wissen.",
        family="did_i",
        period="last_friday",
        name="Air",
        person="Ada",
    ),
    Fresh(
        text="Habe ich im August Radiohead gehört? Ich meine nein, möchte es aber bestätigt haben.",
        family="did_i",
        period="august",
        name="Radiohead",
    ),
    # what_played
    Fresh(
        text="Was habe ich heute Nachmittag gehört, in aller Kürze?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was lief vorgestern bei uns, wenn Sie das bitte auflisten würden?",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="Letzte Nacht, was habe ich da gehört?",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern Abend um Viertel vor acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was wurde heute früh um halb neun gespielt, also exakt um acht Uhr dreißig?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Welcher Titel lief am dritten November um einundzwanzig Uhr?",
        family="playing_at",
        moment="2026-11-03 21:00",
    ),
    Fresh(
        text="Heute Nachmittag um zehn nach fünf, was lief da in der Küche?",
        family="playing_at",
        moment="2026-11-20 17:10",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="Wie würden Sie meinen Musikgeschmack, rein sachlich betrachtet, beschreiben?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Was für Musik höre ich eigentlich so, nach Aktenlage?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Zu welcher Uhrzeit und an welchem Wochentag höre ich üblicherweise?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann höre ich, statistisch betrachtet, am meisten Musik?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Welche Künstler sind im laufenden Monat erstmals in meinem Verlauf aufgetaucht?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Habe ich in letzter Zeit neue Interpreten entdeckt, die vorher nicht verzeichnet waren?",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="Wie hoch ist meine Überspringquote, bitte in Prozent?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie oft habe ich im Vormonat Lieder übersprungen, im Verhältnis zu den Wiedergaben insgesamt?",
        family="skips",
        period="last_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="Wie hoch ist meine Wiederholungsrate, also wie oft ich dieselben Lieder erneut abspiele?",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="An wie vielen Tagen in Folge habe ich nun ohne Unterbrechung gehört?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann habe ich Café Tacvba zum ersten Mal gehört, mit Datum bitte?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Seit wann ist Sexy Boy von Air in meinem Verlauf verzeichnet?",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    # last_play
    Fresh(
        text="Wann habe ich zuletzt Don't Stop Me Now gehört?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann lief The Daily das letzte Mal? Bitte mit Uhrzeit.",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Welches Lied habe ich als letztes gehört, also den jüngsten Eintrag?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Titel habe ich heute den Tag begonnen?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Welches war das erste Lied am vergangenen Sonnabend?",
        family="first_in",
        period="saturday",
    ),
    Fresh(
        text="Was war gestern der erste Titel, der gespielt wurde?",
        family="first_in",
        period="yesterday",
    ),
    # last_in
    Fresh(
        text="Welches Lied lief letzten Freitag als letztes, bevor Schluss war?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Was war das letzte Stück im September, der Vollständigkeit halber?",
        family="last_in",
        period="september",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspringe ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Bei welchem Künstler drücke ich am öftesten auf Überspringen?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied läuft bei mir derzeit in Dauerschleife?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erstellen Sie mir bitte einen Rückblick auf meine Woche, musikalisch betrachtet.",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Wie war mein Oktober, hörtechnisch, in der Gesamtschau?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Einen Jahresrückblick bitte, für das laufende Kalenderjahr.",
        family="recap",
        period="this_year",
    ),
    # compare_day_parts
    Fresh(
        text="Höre ich vormittags oder abends mehr, rein zeitlich gesehen?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Höre ich am Wochenende mehr als unter der Woche, oder verhält es sich umgekehrt?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spielen Sie bitte Daft Punk in der Küche ab.",
    "Machen Sie die Musik bitte leiser, und zwar um zwei Stufen.",
    "Den Podcast bitte anhalten.",
    "Welches Lied ist das, das gerade läuft?",
    "Überspringen Sie diesen Titel.",
    "Nächstes Lied in der Küche, bitte.",
    "Schalten Sie das Licht in der Küche aus.",
    "Stellen Sie einen Wecker auf sechs Uhr fünfzehn.",
    "Einen Timer auf zwölf Minuten, bitte.",
    "Wie wird das Wetter morgen in Hannover?",
    "Setzen Sie Briefumschläge DIN lang auf die Einkaufsliste.",
    "Stellen Sie die Heizung im Arbeitszimmer auf einundzwanzig Grad.",
    "Was höre ich gerade eben?",
    "Zufallswiedergabe bitte ausschalten.",
    "Wiederholungsmodus auf einen Titel stellen, bitte.",
    "Verbinden Sie den Lautsprecher in der Küche mit dem im Wohnzimmer.",
    "Spielen Sie das Album Discovery von Anfang an ab.",
    "Die neueste Folge von The Daily abspielen, bitte.",
    "Lautstärke auf genau dreißig Prozent.",
    "Was läuft gerade in der Küche?",
    "Musik in der Küche aus, bitte.",
    "Zurück zum vorherigen Titel.",
    "Erinnern Sie mich am Montag um neun Uhr an die Abgabe der Reisekostenabrechnung.",
    "Wie spät ist es, genau?",
    "Spulen Sie bitte dreißig Sekunden in der Folge vor.",
    "Spielen Sie etwas Ruhiges von Air in der Küche.",
]
