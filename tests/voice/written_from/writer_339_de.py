"""Writer 339, ein Verwaltungsbeamter im Amtsdeutsch, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Ich ersuche um Auskunftserteilung bezüglich des im Zeitraum der letzten Woche am häufigsten abgespielten Künstlers.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Mitteilung der drei meistgehörten Interpreten im laufenden Kalenderjahr, bitte.",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Welcher Interpret steht in letzter Zeit im Vordergrund meiner Hörtätigkeit?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Welcher Titel wurde im laufenden Monat seitens meiner Person am häufigsten zur Wiedergabe gebracht?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Bitte um Aufstellung der fünf meistgespielten Lieder hinsichtlich des Vorjahres, also letztes Jahr.",
        family="top_tracks",
        period="last_year",
        count=5,
    ),
    Fresh(
        text="Hinsichtlich der Alben: welches wurde insgesamt am häufigsten abgespielt?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Auskunft über das im Monat Oktober meistgehörte Album wird erbeten.",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="Welcher Podcast ist gemäß Nutzungsstatistik als der meistgehörte auszuweisen?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Welcher Podcast wird meinerseits derzeit vorrangig gehört?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie hoch belief sich die Gesamthördauer im Zeitraum der laufenden Woche?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Feststellung der Dauer der Musikwiedergabe am gestrigen Tage, in Stunden und Minuten.",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viel Zeit entfiel in den letzten dreißig Tagen auf die Nutzung von Podcasts?",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Gesamthördauer im Sommer, also im Zeitraum Juni bis einschließlich August dieses Jahres?",
        family="listening_time",
        period="summer",
    ),
    Fresh(
        text="Anzahl der heute bislang abgespielten Lieder, bitte.",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Wiedergaben sind bei uns im Haushalt im vergangenen Monat insgesamt zu verzeichnen gewesen?",
        family="plays",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Wie viele unterschiedliche Interpreten wurden im laufenden Jahr gehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Ermittlung der Anzahl verschiedener Titel im laufenden Monat.",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="Anzahl unterschiedlicher Lieder seit März, ohne Berücksichtigung von Mehrfachwiedergaben.",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="Wie oft erfolgte in dieser Woche die Wiedergabe von Titeln der Gruppe Queen?",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Zahlenmäßige Erfassung: wie oft wurde Bohemian Rhapsody bislang insgesamt abgespielt?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft wurde Radiohead im laufenden Jahr gehört? Gegebenenfalls Fehlanzeige.",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="Ist in letzter Zeit eine Wiedergabe von Justice meinerseits erfolgt?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Wurde gestern seitens meiner Person Air gehört, ja oder nein?",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="Bestätigung erbeten, ob heute eine Folge von The Daily angehört wurde.",
        family="did_i",
        period="today",
        name="The Daily",
    ),
    Fresh(
        text="Liegt für den Vormonat eine Wiedergabe der Band Wet Leg vor?",
        family="did_i",
        period="last_month",
        name="Wet Leg",
    ),
    Fresh(
        text="Daft Punk am vergangenen Wochenende, erfolgte diesbezüglich eine Wiedergabe?",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
    ),
    Fresh(
        text="Auskunftserteilung hinsichtlich der gestern Abend gehörten Inhalte.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was wurde vorgestern gehört? Um eine kurze Zusammenfassung wird gebeten.",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Welche Inhalte wurden heute Morgen wiedergegeben?",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Welcher Titel befand sich gestern Abend um neunzehn Uhr fünfundvierzig in Wiedergabe?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was wurde heute früh gegen halb neun in der Küche abgespielt?",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="Feststellung des um siebzehn Uhr fünfzehn am heutigen Nachmittag laufenden Inhalts, bitte.",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Um eine Einschätzung meines Musikgeschmacks auf Grundlage der Hörhistorie wird gebeten.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Zu welcher Tageszeit und an welchem Wochentag erfolgt die Musiknutzung üblicherweise?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Sind im laufenden Monat erstmalig Interpreten in Erscheinung getreten?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wie hoch ist die Überspringquote hinsichtlich der abgespielten Lieder?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Auskunft über die Wiederholungsquote, also den Anteil mehrfach abgespielter Titel, bitte.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="An wie vielen aufeinanderfolgenden Tagen wurde bislang ohne Unterbrechung gehört?",
        family="streak",
    ),
    Fresh(
        text="Wann erfolgte die erstmalige Wiedergabe von Daft Punk?",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Seit wann ist der Titel Eres von Café Tacvba in der Hörhistorie aktenkundig?",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Datum der letztmaligen Wiedergabe von Queen?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Wann wurde The Daily zuletzt angehört?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Welcher Titel wurde zuletzt abgespielt, unabhängig vom Zeitraum?",
        family="last_song",
    ),
    Fresh(
        text="Welcher Titel wurde heute als erster abgespielt?",
        family="first_today",
    ),
    Fresh(
        text="Welches Lied stand am gestrigen Tage an erster Stelle?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Welcher Titel wurde am vergangenen Freitag als letzter wiedergegeben?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welcher Titel wird seitens meiner Person am häufigsten übersprungen?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Bezüglich der Interpreten: bei wem erfolgt das Überspringen am häufigsten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welcher Titel befindet sich derzeit bei mir in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Um einen zusammenfassenden Bericht über den Monat Oktober wird ersucht.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick hinsichtlich meiner Hörgewohnheiten im laufenden Jahr, bitte.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Zusammenfassung unserer Hörtätigkeit in der vergangenen Woche, bitte.",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Erfolgt die Nutzung meinerseits überwiegend morgens oder abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Ist die Hörtätigkeit am Wochenende höher als an Werktagen?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Veranlassen Sie bitte die Wiedergabe von Daft Punk in der Küche.",
    "Erhöhung der Lautstärke um zwei Stufen, bitte.",
    "Um welchen Titel handelt es sich bei der derzeitigen Wiedergabe?",
    "Dieses Lied ist zu überspringen.",
    "Der Podcast ist bis auf Weiteres anzuhalten.",
    "Nächster Titel im Wohnzimmer, bitte.",
    "Abschaltung der Küchenbeleuchtung, bitte.",
    "Wiedergabe des Albums Discovery ab dem ersten Titel.",
    "Zufallswiedergabe aktivieren.",
    "Wiederholungsmodus für das laufende Album einschalten.",
    "Die Lautsprecher in Küche und Wohnzimmer sind zu gruppieren.",
    "Stellen Sie einen Zeitgeber auf zwölf Minuten.",
    "Wetterauskunft für den morgigen Tag, bitte.",
    "Aufnahme von Kaffeefilter in die Einkaufsliste.",
    "Thermostat auf einundzwanzig Grad einstellen.",
    "Was höre ich gegenwärtig?",
    "Was läuft derzeit in der Küche?",
    "Wiedergabe der neuesten Folge von The Daily, bitte.",
    "Die Musik in der Küche ist zu beenden.",
    "Verringerung der Lautstärke auf Stufe drei.",
    "Zurück zum vorherigen Titel.",
    "Spiel bitte Bohemian Rhapsody im Arbeitszimmer ab.",
    "Wecker auf sechs Uhr fünfzehn stellen, werktags.",
    "Stummschaltung des Küchenlautsprechers, bitte.",
    "Fortsetzung der Podcastwiedergabe an der unterbrochenen Stelle.",
]
