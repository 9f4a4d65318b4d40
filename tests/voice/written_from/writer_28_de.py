"""Writer 28, a retired engineer, precise and polite, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Könnten Sie mir sagen, welchen Künstler ich letzte Woche am häufigsten gehört habe?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Nennen Sie mir bitte meine drei meistgehörten Interpreten in diesem Jahr.",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="In der Küche: Welcher Interpret wurde dort seit Oktober am meisten gespielt?",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="Welches Lied habe ich in diesem Monat am häufigsten abgespielt?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Ich hätte gern eine Aufstellung meiner fünf meistgespielten Titel insgesamt.",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Welches Album habe ich in diesem Jahr am meisten gehört, wenn ich fragen darf?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Was war im vergangenen Jahr mein Lieblingsalbum?",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="Welchen Podcast höre ich in letzter Zeit am liebsten?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie viele Stunden und Minuten habe ich gestern genau zugehört?",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="Wie lange lief in dieser Woche Musik, bitte auf die Minute genau?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Könnten Sie mir die gesamte Hördauer im letzten Sommer nennen?",
        family="listening_time",
        period="last_summer",
    ),
    Fresh(
        text="Wie viele Lieder habe ich heute bisher abgespielt?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Podcast-Folgen habe ich im letzten Monat gehört?",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Wiedergaben gab es in den letzten sieben Tagen insgesamt?",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler habe ich in diesem Monat gehört?",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="Könnten Sie mir die Anzahl der unterschiedlichen Lieder nennen, die ich je gehört habe?",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="Wie viele verschiedene Titel waren es in den letzten dreißig Tagen?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wie oft habe ich in diesem Jahr Queen gehört?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Bohemian Rhapsody – wie oft genau lief das Stück bisher insgesamt?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Habe ich gestern etwas von Justice gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Habe ich in letzter Zeit The Daily gehört?",
        family="did_i",
        period="lately",
        name="The Daily",
    ),
    Fresh(
        text="Habe ich in diesem Jahr überhaupt Radiohead gehört?",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="Habe ich seit März einmal Eres von Café Tacvba gehört?",
        family="did_i",
        period="since_march",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Was habe ich gestern Abend gehört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Könnten Sie mir zusammenfassen, was bei uns am vergangenen Wochenende gehört wurde?",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Was wurde heute Nachmittag gespielt?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was lief gestern Abend um Viertel vor acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was lief heute früh um halb neun?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Könnten Sie mir sagen, was heute Nachmittag um Viertel nach fünf gespielt wurde?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Wie würden Sie meinen Musikgeschmack beschreiben?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Zu welcher Uhrzeit und an welchem Wochentag höre ich gewöhnlich am meisten?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Welche Künstler habe ich in diesem Monat zum ersten Mal gehört?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Sind in den letzten drei Monaten neue Interpreten hinzugekommen?",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Wie hoch ist meine Überspringquote, bitte in Prozent?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="In welchem Maße höre ich dieselben Lieder wiederholt? Eine Kennzahl wäre mir recht.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="An wie vielen Tagen in Folge habe ich nun schon etwas gehört?",
        family="streak",
    ),
    Fresh(
        text="Wann habe ich zum ersten Mal Air gehört?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Seit wann taucht Wet Leg in meinem Verlauf auf?",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="Wann habe ich zuletzt Don't Stop Me Now gehört?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Welches Lied habe ich zuletzt gespielt?",
        family="last_song",
    ),
    Fresh(
        text="Mit welchem Lied hat mein heutiger Tag begonnen?",
        family="first_today",
    ),
    Fresh(
        text="Was war vorgestern das erste Lied, das ich gehört habe?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Welches Lied habe ich letzten Freitag als letztes gehört?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welches Lied überspringe ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Bei welchem Künstler betätige ich am häufigsten die Überspringen-Funktion?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied läuft bei mir derzeit in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Ich hätte gern einen Jahresrückblick meiner Musik, bitte.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Könnten Sie mir einen Überblick geben, wie der Oktober bei uns musikalisch verlaufen ist?",
        family="recap",
        period="october",
        person="we",
    ),
    Fresh(
        text="Höre ich vormittags oder abends mehr?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Ist mein Hörverhalten an Werktagen oder am Wochenende ausgeprägter?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spielen Sie bitte Daft Punk in der Küche.",
    "Könnten Sie die Musik bitte etwas lauter stellen?",
    "Stellen Sie die Lautstärke bitte auf zwanzig Prozent.",
    "Könnten Sie mir sagen, was gerade in der Küche läuft?",
    "Welches Lied ist das bitte?",
    "Überspringen Sie bitte dieses Lied.",
    "Halten Sie den Podcast bitte an.",
    "Nächster Titel im Wohnzimmer, bitte.",
    "Schalten Sie bitte das Licht in der Küche aus.",
    "Spielen Sie bitte das Album Discovery.",
    "Schalten Sie bitte die Zufallswiedergabe ein.",
    "Deaktivieren Sie bitte die Wiederholung.",
    "Könnten Sie den Küchenlautsprecher mit dem im Wohnzimmer koppeln?",
    "Stellen Sie bitte einen Timer auf zwölf Minuten.",
    "Wie wird das Wetter heute Abend?",
    "Setzen Sie bitte Butter auf die Einkaufsliste.",
    "Stellen Sie das Thermostat bitte auf einundzwanzig Grad.",
    "Was höre ich gerade im Augenblick?",
    "Spielen Sie bitte die neueste Folge von The Daily ab.",
    "Setzen Sie die Musik bitte fort.",
    "Könnten Sie Bohemian Rhapsody von Queen abspielen?",
    "Schalten Sie den Lautsprecher in der Küche bitte stumm.",
    "Von welchem Album stammt dieses Stück?",
    "Spulen Sie im Podcast bitte dreißig Sekunden vor.",
]
