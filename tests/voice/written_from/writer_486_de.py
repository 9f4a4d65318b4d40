"""Writer 486, ein pensionierter Beamter im Behördendeutsch, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Ich bitte um Auskunft darüber, welcher Interpret im Zeitraum der vergangenen Woche die höchste Anzahl der Wiedergaben erzielt hat.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Hinsichtlich des laufenden Kalenderjahres wäre festzustellen, welche drei Künstler am häufigsten abgespielt worden sind.",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Ich ersuche um Mitteilung des im Monat Oktober am häufigsten wiedergegebenen Musikstücks.",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Welches Lied wäre, bezogen auf den gesamten Erfassungszeitraum, als mein Lieblingslied zu bezeichnen?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Bezüglich der Alben bitte ich um Angabe desjenigen, welches seit Anfang März am häufigsten gespielt worden ist.",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Welcher Podcast wurde in den letzten dreißig Tagen von mir am meisten gehört, sofern eine diesbezügliche Auswertung möglich ist?",
        family="top_podcasts",
        period="last_30_days",
    ),
    Fresh(
        text="Ich bitte um Auskunft darüber, wie viele Stunden im Zeitraum dieser Woche insgesamt Musik gehört worden ist.",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Wie lange lief bei uns gestern insgesamt etwas? Die Angabe in Minuten wäre ausreichend.",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Um Mitteilung der Gesamthördauer für das Jahr zweitausendfünfundzwanzig wird gebeten.",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="Wie hoch ist die Anzahl der Wiedergaben am heutigen Tage bislang?",
        family="plays",
        period="today",
    ),
    Fresh(
        text="Ich bitte um Angabe der Anzahl der im September abgespielten Podcastfolgen.",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele unterschiedliche Interpreten wurden im Zeitraum der letzten drei Monate von mir gehört?",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="Ich bitte um Feststellung der Anzahl verschiedener Lieder, die seit Montag wiedergegeben wurden, wobei Wiederholungen nicht mitzuzählen wären.",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Wie oft ist das Stück Bohemian Rhapsody im laufenden Monat abgespielt worden?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Ich bitte um Auskunft über die Anzahl der Wiedergaben der Gruppe Daft Punk in der Küche im vergangenen Jahr.",
        family="play_count",
        period="last_year",
        name="Daft Punk",
        room="kitchen",
    ),
    Fresh(
        text="Bezüglich des Interpreten Herbert Grönemeyer bitte ich um Mitteilung, wie häufig dieser seit Oktober gespielt wurde.",
        family="play_count",
        period="since_october",
        name="Herbert Grönemeyer",
    ),
    Fresh(
        text="Ist im Zeitraum des vergangenen Wochenendes Musik der Gruppe Queen gehört worden?",
        family="did_i",
        period="last_weekend",
        name="Queen",
    ),
    Fresh(
        text="Wurde von mir vorgestern die Sendung The Daily gehört, ja oder nein?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Hätte ich in letzter Zeit etwas von Justice gehört? Ich bitte um kurze Bestätigung.",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Ich bitte um eine Aufstellung dessen, was gestern Abend gehört worden ist.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was wurde am dritten November gehört, in groben Zügen?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Welche Musik lief bei uns am vergangenen Samstag?",
        family="what_played",
        period="saturday",
        person="we",
        content="music",
    ),
    Fresh(
        text="Was lief gestern Abend gegen Viertel vor acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Ich bitte um Auskunft darüber, welches Stück heute früh um halb neun in der Küche gespielt wurde.",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="Was wurde am Mittwoch um einundzwanzig Uhr wiedergegeben?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Wie wäre mein musikalischer Geschmack, sozusagen nach Aktenlage, zu charakterisieren?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Zu welcher Tageszeit und an welchem Wochentag erfolgt bei mir üblicherweise das Hören von Musik?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Sind im laufenden Monat Interpreten hinzugekommen, die zuvor noch nicht gehört worden waren?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Künstler wurden von mir im Sommer erstmalig gehört?",
        family="new_artists",
        period="summer",
    ),
    Fresh(
        text="Wie hoch ist die Quote der übersprungenen Titel im Verhältnis zur Gesamtzahl der Wiedergaben?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie häufig wurde im vergangenen Monat vorzeitig weitergeschaltet, also übersprungen?",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="In welchem Umfang werden von mir dieselben Lieder wiederholt abgespielt?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="An wie vielen aufeinanderfolgenden Tagen ist bis dato ohne Unterbrechung gehört worden?",
        family="streak",
    ),
    Fresh(
        text="Ich bitte um Mitteilung, wann der Titel Eres von Café Tacvba erstmals abgespielt wurde.",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Seit wann ist die Gruppe Air in meinem Verlauf verzeichnet, das heißt, wann wurde sie erstmalig gehört?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Wann wurde das Album Moon Safari letztmalig gehört?",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="Zu welchem Zeitpunkt wurde Radiohead zuletzt wiedergegeben, sofern dies überhaupt der Fall gewesen sein sollte?",
        family="last_play",
        name="Radiohead",
    ),
    Fresh(
        text="Welches Lied wurde als letztes abgespielt, unabhängig vom Zeitraum?",
        family="last_song",
    ),
    Fresh(
        text="Welches Stück wurde am heutigen Tage als erstes gespielt?",
        family="first_today",
    ),
    Fresh(
        text="Welches Lied wurde gestern als erstes wiedergegeben?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Ich bitte um Angabe des ersten Musikstücks im Monat August.",
        family="first_in",
        period="august",
    ),
    Fresh(
        text="Welches war das letzte Stück am vergangenen Freitag?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Womit endete die Wiedergabe letzte Nacht, das heißt, welcher Titel lief zuletzt?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Welcher Titel wird von mir am häufigsten übersprungen?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Bei welchem Interpreten erfolgt das Überspringen am häufigsten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied höre ich derzeit, wie man so sagt, in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Ich bitte um einen zusammenfassenden Bericht über meinen Oktober.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Erbitte Rückblick auf das laufende Jahr hinsichtlich meines Hörverhaltens.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Ich bitte um eine kurze Übersicht meines Hörverhaltens.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wird von mir vormittags oder abends mehr gehört?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Ist die Hördauer an Wochenenden höher als an Werktagen?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Wurde im vergangenen Jahr werktags mehr Musik gehört als an den Wochenenden?",
        family="compare_week",
        period="last_year",
        content="music",
    ),
    Fresh(
        text="Hinsichtlich der letzten sieben Tage: Wie viele Lieder wurden insgesamt abgespielt?",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="Welches Album wurde im Sommer des Vorjahres am häufigsten aufgelegt, wie man früher sagte?",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="Ich bitte um Angabe der Anzahl verschiedener Künstler, die im August gehört wurden.",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="Wie viel Zeit wurde heute Nachmittag mit dem Hören verbracht?",
        family="listening_time",
        period="this_afternoon",
    ),
    Fresh(
        text="Was wurde heute früh gehört? Eine zusammenfassende Darstellung genügt.",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Ist in den vergangenen zwei Wochen das Lied One More Time von Daft Punk gelaufen?",
        family="did_i",
        period="last_2_weeks",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="Welcher Interpret wäre in letzter Zeit als mein bevorzugter anzusehen?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Im Monat September: Wie viele unterschiedliche Titel sind gespielt worden?",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="Was lief vorgestern gegen zwölf Uhr mittags?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Wie verhält es sich mit der Wiederholungsquote im Zeitraum der letzten dreißig Tage?",
        family="repeat",
        period="last_30_days",
    ),
    Fresh(
        text="Ist ein Schwerpunkt meiner Hörgewohnheiten auf den Vormittag oder eher auf den Abend festzustellen, bezogen auf den letzten Monat?",
        family="compare_day_parts",
        period="last_month",
    ),
    Fresh(
        text="Welche Podcastsendung wäre als meine bevorzugte zu bezeichnen?",
        family="top_podcasts",
        period="all_time",
    ),
]

NEGATIVES = [
    "Ich bitte um Wiedergabe von Titeln der Gruppe Daft Punk in der Küche.",
    "Die Lautstärke wäre um eine Stufe zu erhöhen.",
    "Welches Musikstück wird gegenwärtig wiedergegeben?",
    "Ich ersuche um Überspringen des aktuellen Titels.",
    "Der Podcast ist bis auf Weiteres anzuhalten.",
    "Im Wohnzimmer bitte den nächsten Titel.",
    "Das Licht in der Küche ist auszuschalten.",
    "Abspielen des Albums Discovery, beginnend mit dem ersten Titel.",
    "Die Zufallswiedergabe wäre zu aktivieren.",
    "Ich bitte um Deaktivierung des Wiederholungsmodus.",
    "Der Lautsprecher in der Küche ist mit dem im Arbeitszimmer zu gruppieren.",
    "Ein Zeitmesser auf zwölf Minuten wäre einzustellen.",
    "Ich bitte um Auskunft über die Wetterlage für den morgigen Tag in Berlin.",
    "Milch und Kaffee sind auf die Einkaufsliste zu setzen.",
    "Die Raumtemperatur im Wohnzimmer wäre auf einundzwanzig Grad einzustellen.",
    "Was höre ich in diesem Augenblick?",
    "Wiedergabe der neuesten Folge von The Daily, bitte.",
    "Die Musik ist umgehend zu beenden.",
    "Lautstärke in der Küche auf dreißig Prozent.",
    "Von welchem Interpreten stammt das gegenwärtig laufende Lied?",
    "Ich bitte um Fortsetzung des Podcasts an der unterbrochenen Stelle.",
    "Spiel Bohemian Rhapsody im Wohnzimmer ab, bitte.",
    "Wie spät ist es gegenwärtig?",
    "Es wäre eine Erinnerung für siebzehn Uhr betreffend den Zahnarzttermin anzulegen.",
    "Die Musik in der Küche wäre etwas leiser zu stellen.",
]
