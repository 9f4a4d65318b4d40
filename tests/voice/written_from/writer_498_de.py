"""Writer 498, ein Zürcher Banker (Schweizer Hochdeutsch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Welcher Interpret führt im laufenden Jahr meine Rangliste an?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Bitte die drei meistgehörten Interpreten im Vormonat.",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="Wen haben wir letzte Woche in der Küche am meisten gehört?",
        family="top_artists",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Zu Handen von Ada: Welcher Künstler lief bei ihr in den letzten zwei Wochen am häufigsten?",
        family="top_artists",
        period="last_2_weeks",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="Was ist gemäss Ihren Daten mein meistgespieltes Lied seit anfangs Oktober?",
        family="top_tracks",
        period="since_october",
    ),
    Fresh(
        text="Top fünf Titel der letzten dreissig Tage, bitte.",
        family="top_tracks",
        period="last_30_days",
        count=5,
    ),
    Fresh(
        text="Welcher Song lief im Sommer in der Küche am meisten?",
        family="top_tracks",
        period="summer",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welches Album habe ich im Vorjahr am häufigsten abgespielt?",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="Mein Lieblingsalbum seit März, gemessen an der Anzahl Wiedergaben?",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="Grüezi. Welcher Podcast liegt bei mir in letzter Zeit vorne?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Welchen Podcast habe ich 2025 am meisten gehört?",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="Wie viele Stunden Musik habe ich diese Woche gehört, Stand heute?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Wie lange lief bei mir gestern Abend etwas? Auf die Minute genau, bitte.",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="Zeitaufwand für Podcasts im Oktober, bitte in Stunden und Minuten.",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Wie lange haben wir im Vormonat insgesamt Musik gehört?",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie viele Minuten habe ich heute bereits gehört?",
        family="listening_time",
        period="today",
    ),
    # plays
    Fresh(
        text="Wie viele Titel liefen heute Morgen?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Anzahl Wiedergaben total in den letzten drei Monaten?",
        family="plays",
        period="last_3_months",
    ),
    Fresh(
        text="Wie viele Podcastfolgen habe ich seit Montag gehört?",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Interpreten habe ich im August gehört?",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="Anzahl verschiedene Künstler im laufenden Jahr, bitte.",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="Wie viele unterschiedliche Lieder waren es im September?",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="Wie viele verschiedene Titel habe ich total schon gehört?",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Wie oft lief Bohemian Rhapsody im laufenden Monat?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie viele Male habe ich Daft Punk letztes Wochenende gehört?",
        family="play_count",
        period="last_weekend",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft habe ich Radiohead gehört, total?",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Wie oft kam Eres von Café Tacvba im Sommer 2025?",
        family="play_count",
        period="last_summer",
        name="Eres by Café Tacvba",
    ),
    # did_i
    Fresh(
        text="Habe ich vorgestern Justice gehört?",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief gestern beim Znacht etwas von Queen?",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="Habe ich letzte Nacht noch The Daily gehört?",
        family="did_i",
        period="last_night",
        name="The Daily",
    ),
    Fresh(
        text="Habe ich innert der letzten sieben Tage Digital Love gehört?",
        family="did_i",
        period="last_7_days",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="Am Samstag haben wir grilliert – was lief da bei uns an Musik?",
        family="what_played",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Was habe ich heute Nachmittag gehört?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was lief gestern bei mir? Bitte stichwortartig.",
        family="what_played",
        period="yesterday",
    ),
    # playing_at
    Fresh(
        text="Welcher Titel lief gestern Abend um Viertel nach acht?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Was lief vorgestern zum Znacht, so um neun Uhr abends?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Heute beim Znüni, genau um neun Uhr: Was lief da?",
        family="playing_at",
        moment="2026-11-20 09:00",
    ),
    Fresh(
        text="Mittwoch Zmittag, Punkt zwölf Uhr – was lief in der Küche?",
        family="playing_at",
        moment="2026-11-18 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="Wie würden Sie meinen Musikgeschmack in zwei, drei Sätzen zusammenfassen?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Zu welcher Tageszeit und an welchem Wochentag höre ich üblicherweise Musik?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Welche Interpreten habe ich im Oktober erstmals gehört?",
        family="new_artists",
        period="october",
    ),
    Fresh(
        text="Sind seit anfangs Monat neue Künstler dazugekommen?",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Wie hoch ist meine Skip-Quote gemäss Ihren Daten?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie oft habe ich diese Woche Lieder übersprungen?",
        family="skips",
        period="this_week",
        content="music",
    ),
    # repeat
    Fresh(
        text="Wiederholungsrate im laufenden Jahr, bitte in Prozent.",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Stand heute: An wie vielen Tagen in Folge habe ich Musik gehört?",
        family="streak",
        content="music",
    ),
    Fresh(
        text="Wie viele Tage am Stück habe ich ohne Unterbruch etwas gehört?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann habe ich Air zum ersten Mal gehört?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Seit wann ist D.A.N.C.E. von Justice in meiner Historie?",
        family="first_play",
        name="D.A.N.C.E. by Justice",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Don't Stop Me Now?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Letztmals Wet Leg gehört – wann war das?",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="Welches war der zuletzt gespielte Titel?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied bin ich heute in den Tag gestartet?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Welches war das erste Lied am dritten November?",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="Mit welchem Titel habe ich gestern begonnen?",
        family="first_in",
        period="yesterday",
    ),
    # last_in
    Fresh(
        text="Welches Lied lief letzten Freitag als letztes?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Welches war heute Morgen das letzte Lied, bevor ich aufs Velo bin?",
        family="last_in",
        period="this_morning",
    ),
    # most_skipped
    Fresh(
        text="Welchen Titel überspringe ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Bei welchem Interpreten drücke ich am meisten auf Weiter?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied läuft bei mir zurzeit in der Dauerschlaufe?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Bitte eine kurze Zusammenfassung meines Hörverhaltens im Vormonat.",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Wie war mein Jahr musikalisch, Stand heute?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Einen kurzen Rapport über meinen Monat, bitte.",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Höre ich eher am Morgen oder am Abend Musik?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Höre ich unter der Woche mehr als am Wochenende?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel bitte Daft Punk in der Küche.",
    "Lautstärke Küche um zwei Stufen erhöhen.",
    "Musik leiser, bitte, ich habe ein Kundengespräch.",
    "Welcher Titel läuft gerade?",
    "Diesen Titel überspringen, bitte.",
    "Podcast pausieren.",
    "Nächster Titel im Wohnzimmer.",
    "Licht in der Küche ausschalten.",
    "Das Album Discovery abspielen, bitte.",
    "Zufallswiedergabe aktivieren.",
    "Wiederholung für diesen Titel einschalten.",
    "Lautsprecher Küche und Wohnzimmer gruppieren.",
    "Timer auf zwölf Minuten, die Cervelats sind auf dem Grill.",
    "Wie wird das Wetter morgen in Zürich? Ich möchte am Abend grillieren.",
    "Regnet es morgen früh? Sonst nehme ich das Velo.",
    "Auf die Einkaufsliste: Rahm, Zopf und zwei Cervelats.",
    "Heizung im Büro per sofort auf einundzwanzig Grad.",
    "Erinnere mich anfangs Monat an die Zahlung zu Handen der Liegenschaftsverwaltung.",
    "Wecker auf sechs Uhr fünfzehn stellen.",
    "Was höre ich im Moment?",
    "Spiel die neueste Folge von The Daily ab.",
    "Musik in der Küche stoppen.",
    "Bitte etwas Ruhiges zum Znacht abspielen.",
    "Wo kann ich beim Paradeplatz parkieren?",
    "Von welchem Album ist der Titel, der jetzt läuft?",
    "Lautstärke auf dreissig Prozent.",
]
