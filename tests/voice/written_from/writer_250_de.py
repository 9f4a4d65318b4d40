"""Writer 250, formal civil servant speaking officialese, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Ich bitte um Auskunft, welcher Künstler in der vergangenen Kalenderwoche, also im Zeitraum vom 9. bis 15. November, am häufigsten wiedergegeben wurde.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Bezüglich des Kalenderjahres 2025 bitte ich um Mitteilung der drei meistgehörten Interpreten.",
        family="top_artists",
        period="in_2025",
        count=3,
    ),
    Fresh(
        text="Welcher Interpret wurde im Sommer, also im Zeitraum vom 1. Juni bis 31. August, am meisten gehört?",
        family="top_artists",
        period="summer",
    ),
    Fresh(
        text="Welches Lied wurde hinsichtlich der Wiedergabehäufigkeit im Monat Oktober am meisten abgespielt?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Ich bitte um Auskunft über mein Lieblingslied im laufenden Jahr.",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="Die fünf meistgehörten Lieder in letzter Zeit, ich bitte um Auflistung.",
        family="top_tracks",
        period="lately",
        count=5,
    ),
    Fresh(
        text="Welches Album wurde von mir seit Beginn der Aufzeichnungen am häufigsten wiedergegeben?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Hinsichtlich der Podcasts: Welcher wurde im laufenden Monat am meisten gehört?",
        family="top_podcasts",
        period="this_month",
    ),
    Fresh(
        text="Welcher Podcast wurde im Jahr 2025 am häufigsten wiedergegeben?",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="Ich bitte um Auskunft, wie lange im Zeitraum der letzten sieben Tage Musik wiedergegeben wurde.",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden wurde bei uns am Samstag, dem 14. November, insgesamt gehört?",
        family="listening_time",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Wie lange wurde heute Morgen gehört? Ich bitte um Angabe in Minuten.",
        family="listening_time",
        period="this_morning",
    ),
    Fresh(
        text="Wie viele Lieder wurden heute bislang von mir abgespielt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Bezüglich vorgestern, Mittwoch, den 18. November: Wie viele Wiedergaben sind verzeichnet?",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wie viele Podcastfolgen wurden im Zeitraum der letzten drei Monate gehört?",
        family="plays",
        period="last_3_months",
        content="podcasts",
    ),
    Fresh(
        text="Ich bitte um Mitteilung der Anzahl unterschiedlicher Interpreten im Zeitraum seit dem 1. März.",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="Anzahl der verschiedenen Künstler im September, ich bitte um Auskunft.",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="Wie viele verschiedene Titel wurden in dieser Woche wiedergegeben?",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="Wie viele unterschiedliche Lieder wurden im August wiedergegeben?",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="Wie oft wurde Bohemian Rhapsody im laufenden Monat wiedergegeben?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Ich bitte um Auskunft hinsichtlich der Gesamtzahl der Wiedergaben von Radiohead.",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Wie häufig wurde das Album Discovery seit Montag wiedergegeben?",
        family="play_count",
        period="since_monday",
        name="Discovery",
    ),
    Fresh(
        text="Wurde gestern, am Donnerstag, dem 19. November, Queen von mir gehört?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Ich bitte um Auskunft, ob im Zeitraum der letzten 30 Tage etwas von Justice wiedergegeben wurde.",
        family="did_i",
        period="last_30_days",
        name="Justice",
    ),
    Fresh(
        text="Wurde von uns im vergangenen Monat The Daily gehört?",
        family="did_i",
        period="last_month",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Was wurde gestern Abend bei mir wiedergegeben?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Ich bitte um eine kurze Übersicht, was Ada heute Nachmittag gehört hat.",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    Fresh(
        text="Was wurde in der vergangenen Nacht wiedergegeben?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was lief gestern Abend gegen zehn nach acht?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Ich bitte um Auskunft, welcher Titel heute um Viertel nach acht in der Küche wiedergegeben wurde.",
        family="playing_at",
        moment="2026-11-20 08:15",
        room="kitchen",
    ),
    Fresh(
        text="Was lief vorgestern um 21 Uhr?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Wie wäre mein Geschmack hinsichtlich der bevorzugten Interpreten zu beschreiben?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Ich bitte um eine Einschätzung meines Musikgeschmacks im Zeitraum seit März.",
        family="taste",
        period="since_march",
    ),
    Fresh(
        text="Zu welcher Uhrzeit und an welchem Wochentag wird von mir üblicherweise gehört?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Sind im laufenden Monat Interpreten hinzugekommen, die zuvor nicht gehört wurden?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Interpreten wurden im vergangenen Jahr erstmals gehört?",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="Ich bitte um Auskunft bezüglich meiner Überspringquote im Zeitraum seit Oktober.",
        family="skips",
        period="since_october",
    ),
    Fresh(
        text="Wie oft wurden im Zeitraum der letzten zwei Wochen Titel übersprungen?",
        family="skips",
        period="last_2_weeks",
    ),
    Fresh(
        text="In welchem Umfang werden dieselben Lieder wiederholt abgespielt?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch ist die Wiederholungsquote im laufenden Monat?",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="Seit wie vielen Tagen in ununterbrochener Folge wird bereits gehört?",
        family="streak",
    ),
    Fresh(
        text="Wann wurde Café Tacvba erstmals wiedergegeben? Ich bitte um genaue Datumsangabe.",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann wurde Around the World von Daft Punk zuletzt wiedergegeben?",
        family="last_play",
        name="Around the World by Daft Punk",
    ),
    Fresh(
        text="Wann wurde Wet Leg zuletzt gehört?",
        family="last_play",
        name="Wet Leg",
    ),
    Fresh(
        text="Welcher Titel wurde zuletzt abgespielt?",
        family="last_song",
    ),
    Fresh(
        text="Mit welchem Lied wurde der heutige Tag begonnen?",
        family="first_today",
    ),
    Fresh(
        text="Welches Lied wurde am Dienstag, dem 3. November, als erstes wiedergegeben?",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="Welcher Titel wurde am vergangenen Wochenende als erster wiedergegeben?",
        family="first_in",
        period="last_weekend",
    ),
    Fresh(
        text="Welcher Titel wurde am Freitag, dem 13. November, als letzter wiedergegeben?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welches Lied wird von mir am häufigsten übersprungen?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Bezüglich übersprungener Titel: Welcher Interpret ist hiervon am stärksten betroffen?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied läuft bei mir derzeit in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Ich bitte um einen zusammenfassenden Rückblick auf den Monat Oktober.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Ich erbitte einen Jahresrückblick hinsichtlich meines Hörverhaltens im laufenden Jahr.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Ich bitte um eine Zusammenfassung meiner Woche, das Hörverhalten betreffend.",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Wird von mir morgens oder abends mehr gehört?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wird nachmittags mehr gehört als abends, bezogen auf die letzten 30 Tage?",
        family="compare_day_parts",
        period="last_30_days",
    ),
    Fresh(
        text="Ist festzustellen, ob am Wochenende mehr Musik gehört wird als unter der Woche?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Bitte Daft Punk in der Küche abspielen.",
    "Ich bitte um Erhöhung der Lautstärke.",
    "Was wird derzeit in der Küche wiedergegeben?",
    "Welches Lied ist das?",
    "Diesen Titel bitte überspringen.",
    "Den Podcast bitte anhalten.",
    "Im Wohnzimmer bitte den nächsten Titel.",
    "Das Licht in der Küche ist auszuschalten.",
    "Bitte das Album Discovery wiedergeben.",
    "Lautstärke bitte auf dreißig Prozent reduzieren.",
    "Zufallswiedergabe bitte aktivieren.",
    "Wiederholungsmodus bezüglich des aktuellen Titels einschalten.",
    "Die Lautsprecher in Küche und Wohnzimmer bitte gruppieren.",
    "Einen Zeitgeber auf zehn Minuten stellen.",
    "Ich bitte um Auskunft hinsichtlich der Wetterlage morgen in Berlin.",
    "Butter bitte auf die Einkaufsliste setzen.",
    "Die Raumtemperatur ist auf einundzwanzig Grad einzustellen.",
    "Was höre ich gerade?",
    "Bitte die neueste Folge von The Daily abspielen.",
    "Die Musik in der Küche bitte beenden.",
    "Wer singt dieses Lied?",
    "Bitte einen Wecker für Montag, den 23. November, 6:30 Uhr stellen.",
    "Den vorherigen Titel bitte erneut wiedergeben.",
    "Etwas von Queen in der Küche abspielen, bitte.",
]
