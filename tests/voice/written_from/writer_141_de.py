"""Writer 141, Musikliebhaberin aus der Klassik (Chorsängerin aus Leipzig), Deutsch."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Welche Interpreten habe ich letzte Woche am meisten gehört?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Sag mal, wer war denn dieses Jahr mein meistgehörter Interpret?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Nenn mir meine fünf meistgespielten Stücke im Oktober",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="welche Aufnahme, also welches Album, lief im Sommer am häufigsten",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Welchen Podcast höre ich eigentlich am meisten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wie lange lief heute schon Musik?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stücke habe ich gestern gehört?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viele verschiedene Interpreten hatte ich seit März auf dem Programm?",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="in den letzten dreißig Tagen wie viele verschiedene Werke hab ich da gehört",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wie oft lief diesen Monat die Bohemian Rhapsody von Queen?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="Hab ich am Samstag was von Air gehört, diesem französischen Duo?",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="Was stand gestern Abend auf meinem Programm?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief gestern so gegen Viertel nach acht abends?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Wie würdest du meinen Geschmack beschreiben, nach dem, was ich wirklich höre?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Zu welcher Uhrzeit und an welchem Wochentag höre ich meistens?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Sind diesen Monat Interpreten dazugekommen, die ich vorher noch nie gehört hatte?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wie oft breche ich eigentlich etwas ab und springe weiter?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Höre ich dieselben Werke immer wieder, oder ist das Programm abwechslungsreich?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage am Stück habe ich jetzt schon gehört?",
        family="streak",
    ),
    Fresh(
        text="Wann habe ich zum ersten Mal Café Tacvba gehört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann lief zuletzt Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Welches Stück habe ich als Letztes gespielt?",
        family="last_song",
    ),
    Fresh(
        text="Womit habe ich heute den Tag begonnen, welches Stück war das erste?",
        family="first_today",
    ),
    Fresh(
        text="Was war vorgestern das erste Stück auf dem Programm?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="letzten Freitag womit hab ich aufgehört, was war das letzte Stück",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welches Stück überspringe ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Bei welchem Interpreten drücke ich am öftesten auf Weiter?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Was läuft bei mir zurzeit in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl mal, wie war mein Oktober, musikalisch gesehen?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Höre ich mehr morgens oder eher abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Unter der Woche oder am Wochenende, wann läuft bei mir mehr?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Von welchem Ensemble komme ich in letzter Zeit nicht los?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Mein Lieblingsstück seit Oktober, welches ist das?",
        family="top_tracks",
        period="since_october",
    ),
    Fresh(
        text="Welche drei Alben habe ich letztes Jahr am häufigsten aufgelegt?",
        family="top_albums",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="Wie viele Stunden habe ich letzte Woche Podcasts gehört?",
        family="listening_time",
        period="last_week",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Podcastfolgen liefen in den letzten sieben Tagen?",
        family="plays",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="Wie oft hab ich diese Woche The Daily gehört, die Nachrichtensendung?",
        family="play_count",
        period="this_week",
        name="The Daily",
    ),
    Fresh(
        text="Hab ich diesen Monat überhaupt etwas vom Thomanerchor gehört?",
        family="did_i",
        period="this_month",
        name="Thomanerchor",
    ),
    Fresh(
        text="Lief bei uns letztes Wochenende Daft Punk?",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="Was habe ich am dritten November gehört?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Heute früh um halb neun, was lief da?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Welche neuen Interpreten habe ich in den letzten drei Monaten für mich entdeckt?",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Wie hoch war letzten Monat meine Quote an übersprungenen Stücken?",
        family="skips",
        period="last_month",
        content="music",
    ),
    Fresh(
        text="Wann lief Digital Love das allererste Mal?",
        family="first_play",
        name="Digital Love",
    ),
    Fresh(
        text="Wann habe ich zuletzt etwas von Justice gehört?",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="Wie viele Stücke haben wir gestern Abend zusammen gehört?",
        family="plays",
        period="yesterday_evening",
        content="music",
        person="we",
    ),
    Fresh(
        text="Was lief vorgestern Mittag so gegen zwölf?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Wie war meine Woche? Gib mir mal einen Überblick",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Mein Jahresrückblick bitte, so schön wie ein Programmheft vom Gewandhaus",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie viele Minuten Musik hatte ich heute Nachmittag?",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="Eres, das Stück von Café Tacvba, wie oft lief das seit Montag?",
        family="play_count",
        period="since_monday",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Was war letzte Nacht das letzte Stück?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welchen Podcast hab ich in letzter Zeit am liebsten gehört",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie viele verschiedene Interpreten waren es im September?",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="Mit welchem Werk habe ich gestern angefangen?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="In der Küche, welche Stücke laufen da am meisten?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="wie viele Stücke hab ich im August gehört",
        family="plays",
        period="august",
        content="music",
    ),
    Fresh(
        text="In den vergangenen zwei Wochen, wie viele Stunden lief da Musik?",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel MDR Klassik in der Küche",
    "Mach die Musik ein bisschen leiser, bitte",
    "Nächster Satz, bitte",
    "Welches Stück ist das gerade?",
    "Halt den Podcast mal an",
    "Stell einen Timer auf sieben Minuten für die Eier",
    "Mach das Licht in der Küche aus",
    "Spiel das Album Discovery",
    "Was höre ich gerade?",
    "Schreib Salbeitee und Honig auf die Einkaufsliste, für die Stimme",
    "Lauter, bitte, jetzt kommt der Schlusschor",
    "Zufallswiedergabe aus",
    "Spiel das nächste Stück im Wohnzimmer",
    "Wiederhole dieses Stück",
    "Stell die Heizung auf einundzwanzig Grad",
    "Wer singt denn da gerade, welches Ensemble ist das?",
    "Was läuft gerade in der Küche?",
    "Spiel Bohemian Rhapsody von Queen",
    "Verbinde den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "Überspring das hier, die Aufnahme mag ich nicht",
    "Erinnere mich morgen um sechs an die Chorprobe",
    "Stopp die Musik",
    "Spiel The Daily weiter",
    "Wie wird das Wetter heute Abend in Leipzig?",
]
