"""Writer 4, a grandparent, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Würden Sie mir bitte sagen, welchen Künstler ich letzte Woche am meisten gehört habe?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wer war denn dieses Jahr mein Lieblingssänger?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Nennen Sie mir doch bitte meine drei meistgehörten Künstler.",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="Welches Lied habe ich im Oktober am häufigsten aufgelegt?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Was war denn mein Lieblingslied im Sommer?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Welcher Schlager lief bei mir seit Oktober am allermeisten?",
        family="top_tracks",
        period="since_october",
    ),
    # top_albums
    Fresh(
        text="Welche Platte habe ich seit März am meisten gehört, ich meine das ganze Album?",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Sagen Sie, welches Album habe ich im Jahr zweitausendfünfundzwanzig am öftesten gespielt?",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="Welche Sendung, so ein Podcast, habe ich diesen Monat am meisten gehört?",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief denn gestern bei mir Musik?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden haben wir vergangene Woche in der Küche Radio gehört?",
        family="listening_time",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wie lange habe ich heute Morgen Podcasts gehört?",
        family="listening_time",
        period="this_morning",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder habe ich heute schon gehört?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Podcastfolgen habe ich in den letzten dreißig Tagen gehört?",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Von wie vielen verschiedenen Künstlern habe ich dieses Jahr etwas gehört?",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder habe ich im September gehört?",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="Wie oft habe ich diese Woche Bohemian Rhapsody gehört?",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief bei mir im letzten Monat etwas von Queen?",
        family="play_count",
        period="last_month",
        name="Queen",
    ),
    Fresh(
        text="Wie oft habe ich denn dieses Jahr Heino gehört?",
        family="play_count",
        period="this_year",
        name="Heino",
    ),
    # did_i
    Fresh(
        text="Habe ich gestern Abend Daft Punk gehört?",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="Lief vorgestern etwas von Justice?",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="Haben wir am Samstag Don't Stop Me Now gehört?",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="Habe ich jemals Roy Black gehört?",
        family="did_i",
        period="all_time",
        name="Roy Black",
    ),
    # what_played
    Fresh(
        text="Was lief denn bei mir letzte Nacht?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was für Musik habe ich am Wochenende gehört?",
        family="what_played",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="Erzählen Sie mir doch, was ich am dritten November gehört habe.",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Was hat die Ada denn gestern gehört?",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Welches Lied lief gestern Abend um acht Uhr?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Was spielte heute früh um halb neun?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Heute Nachmittag um Viertel nach fünf, was lief da?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Was für einen Musikgeschmack habe ich eigentlich?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie würden Sie meine Musik beschreiben, was höre ich so für Sachen?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Zu welcher Tageszeit höre ich gewöhnlich Musik?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="An welchem Wochentag läuft bei mir für gewöhnlich das Radio am meisten?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Habe ich in letzter Zeit neue Künstler entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Sänger habe ich im August zum ersten Mal gehört?",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="Wie oft überspringe ich eigentlich Lieder?",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="Höre ich immer wieder dieselben Lieder?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft habe ich in den letzten drei Monaten dieselben Stücke wiederholt?",
        family="repeat",
        period="last_3_months",
    ),
    # streak
    Fresh(text="Seit wie vielen Tagen am Stück höre ich schon Musik?", family="streak"),
    # first_play
    Fresh(
        text="Wann habe ich zum ersten Mal die Gruppe Air gehört?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Wann habe ich das erste Mal The Daily gehört?",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="Wann habe ich zuletzt Café Tacvba gehört?",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann lief denn zuletzt One More Time von Daft Punk?",
        family="last_play",
        name="One More Time by Daft Punk",
    ),
    # last_song
    Fresh(text="Welches Lied habe ich zuletzt gehört?", family="last_song"),
    # first_today
    Fresh(text="Welches Lied habe ich heute als Erstes gehört?", family="first_today"),
    # first_in
    Fresh(
        text="Womit habe ich vergangenen Freitag angefangen, welches Lied war das erste?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Welches Lied habe ich diese Woche als Erstes gespielt?",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="Welches Lied habe ich gestern als Letztes gehört?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit habe ich am Samstag aufgehört, was war das letzte Stück?",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspringe ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspringe ich am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Stück läuft bei mir derzeit in Dauerschleife?", family="on_repeat"
    ),
    # recap
    Fresh(
        text="Erzählen Sie mir doch bitte, wie mein Oktober musikalisch gewesen ist.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Geben Sie mir bitte einen Rückblick auf mein Jahr.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fassen Sie mir doch bitte meinen Musikmonat zusammen.",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Höre ich morgens oder abends mehr Musik?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Höre ich an den Werktagen mehr Platten oder am Wochenende?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spielen Sie bitte Daft Punk in der Küche.",
    "Machen Sie die Musik bitte etwas lauter.",
    "Stellen Sie das Radio bitte leiser.",
    "Was ist das für ein Lied, das gerade läuft?",
    "Was höre ich denn gerade?",
    "Was läuft jetzt in der Küche?",
    "Überspringen Sie dieses Lied, bitte.",
    "Halten Sie den Podcast bitte an.",
    "Das nächste Stück im Wohnzimmer, bitte.",
    "Schalten Sie bitte das Licht in der Küche aus.",
    "Spielen Sie bitte das Album Discovery.",
    "Legen Sie doch bitte eine Platte von Queen auf.",
    "Bitte die Musik anhalten.",
    "Stellen Sie die Lautstärke auf fünf.",
    "Spielen Sie die Lieder bitte durcheinander.",
    "Bitte dieses Lied wiederholen.",
    "Verbinden Sie bitte den Lautsprecher in der Küche mit dem im Schlafzimmer.",
    "Stellen Sie mir bitte einen Wecker auf zwanzig Minuten für den Kuchen.",
    "Wie wird das Wetter heute?",
    "Setzen Sie bitte Kaffee auf die Einkaufsliste.",
    "Drehen Sie die Heizung bitte auf einundzwanzig Grad.",
    "Spielen Sie bitte die neueste Folge von The Daily.",
    "Bitte schalten Sie den Lautsprecher in der Küche aus.",
    "Wer singt denn dieses Lied gerade?",
    "Spielen Sie mir bitte ein paar schöne Schlager.",
    "Machen Sie das Radio bitte ganz aus.",
]
