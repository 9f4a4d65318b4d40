"""Writer 60, eine deutsche Büroangestellte mit Büro-Denglisch (work language), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Kurzes Update zu meinen Top 3 Künstlern im laufenden Monat, bitte",
        family="top_artists",
        period="this_month",
        count=3,
    ),
    Fresh(
        text="Wer war bis dato dieses Jahr mein meistgehörter Künstler?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Welche Band lief bei uns letzte KW am meisten",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    # top_tracks
    Fresh(
        text="Was war im Vormonat mein Lieblingslied?",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="Top 5 Songs Stand heute, also über alles gesehen",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Welcher Track lief seit Oktober am häufigsten?",
        family="top_tracks",
        period="since_october",
    ),
    Fresh(
        text="welcher Song lief am Wochenende am meisten",
        family="top_tracks",
        period="last_weekend",
    ),
    # top_albums
    Fresh(
        text="Welches Album hab ich in den letzten drei Monaten am meisten gehört?",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="Mein meistgespieltes Album aller Zeiten, bitte",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast ist in letzter Zeit so mein Go-to?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Meistgehörter Podcast im Jahr 2025?",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief in der aktuellen KW Musik?",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab ich im September insgesamt gehört",
        family="listening_time",
        period="september",
    ),
    Fresh(
        text="Wie viel Zeit hab ich gestern Abend mit Podcasts verbracht?",
        family="listening_time",
        period="yesterday_evening",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Musik lief heute Nachmittag, nur die Minuten bitte",
        family="listening_time",
        period="this_afternoon",
        content="music",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich heute schon gehört?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Wiedergaben hatten wir vorgestern insgesamt",
        family="plays",
        period="day_before_yesterday",
        person="we",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich im laufenden Jahr gehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Anzahl unterschiedlicher Interpreten in den letzten 30 Tagen?",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Songs liefen seit Montag in der Küche?",
        family="songs_count",
        period="since_monday",
        room="kitchen",
    ),
    Fresh(
        text="Wie viele unterschiedliche Titel hab ich im August gehört",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich Bohemian Rhapsody im laufenden Monat gehört?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, wie oft lief das bis dato dieses Jahr?",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab ich eigentlich Radiohead gehört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Hab ich in der letzten KW Justice gehört?",
        family="did_i",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="Lief am Samstag irgendwas von Air?",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="Haben wir gestern The Daily gehört?",
        family="did_i",
        period="yesterday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Hatte ich im Sommer mal Wet Leg laufen",
        family="did_i",
        period="summer",
        name="Wet Leg",
    ),
    # what_played
    Fresh(
        text="Was hab ich heute Morgen gehört?",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Kurzes Update bitte, was lief letzte Nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was lief am dritten November in der Küche?",
        family="what_played",
        period="november_3",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="Welcher Song lief gestern Abend um Viertel vor acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Vorgestern um neun Uhr abends, was lief da bei mir?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="Wie würdest du meinen Musikgeschmack beschreiben?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Was für Musik hör ich eigentlich so, mal als kurzes Profil",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Zu welcher Uhrzeit und an welchem Wochentag hör ich normalerweise?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann ist bei mir so die Peak-Zeit beim Hören",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Welche neuen Künstler hab ich im laufenden Monat entdeckt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Gab's in den letzten sieben Tagen neue Interpreten bei mir?",
        family="new_artists",
        period="last_7_days",
    ),
    # skips
    Fresh(
        text="Wie hoch ist meine Skip-Rate?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab ich im Vormonat weitergeskippt",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Wie hoch ist meine Repeat-Rate, Stand heute?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Hör ich seit März viel dieselben Sachen immer wieder?",
        family="repeat",
        period="since_march",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück hab ich jetzt schon gehört?",
        family="streak",
    ),
    Fresh(
        text="wie lang ist meine aktuelle Streak",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich zum ersten Mal Café Tacvba gehört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Seit wann taucht Genesis in meiner Historie auf",
        family="first_play",
        name="Genesis",
    ),
    # last_play
    Fresh(
        text="Wann hab ich zuletzt Queen gehört?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Das Album Cross, wann lief das das letzte Mal?",
        family="last_play",
        name="Cross",
    ),
    # last_song
    Fresh(
        text="Was war der letzte Song, den ich gespielt hab?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Song bin ich heute in den Tag gestartet?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war gestern der erste Song?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hab ich letzten Freitag angefangen, also erster Track?",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Welcher Track lief am Samstag als letztes?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Mit welchem Lied hab ich gestern Abend aufgehört",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="Welchen Song skippe ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler skippe ich am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welchen Song hab ich zurzeit in Dauerschleife?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Gib mir mal ein kurzes Reporting zu meinem Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Deep Dive in meine Woche, bitte",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Kurzer Rückblick aufs letzte Jahr, wie lief das musikalisch so?",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich eher morgens oder abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Nachmittags oder nachts, wann hör ich mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör ich unter der Woche mehr als am Wochenende?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Werktage vs. Wochenende im laufenden Jahr, wo hör ich mehr?",
        family="compare_week",
        period="this_year",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche",
    "Mach die Musik lauter",
    "Lautstärke auf 30 Prozent, bitte",
    "Was ist das für ein Song?",
    "Was läuft gerade in der Küche?",
    "Skip den Song",
    "Nächster Track bitte",
    "Pausier mal den Podcast, ich hab gleich ein Meeting",
    "Spiel das Album Discovery ab",
    "Shuffle an",
    "Repeat-Modus aus",
    "Küchenlautsprecher mit dem Wohnzimmer gruppieren",
    "Mach das Licht in der Küche aus",
    "Stell einen Timer auf zehn Minuten",
    "Wie wird das Wetter morgen?",
    "Setz Kaffee auf die Einkaufsliste",
    "Stell die Heizung auf 21 Grad",
    "Spiel die neueste Folge von The Daily",
    "Stopp die Musik",
    "Leiser bitte, ich bin im Call",
    "Wer singt das gerade?",
    "Spiel was Entspanntes für den Feierabend",
    "Erinner mich um drei an den Call mit dem Vertrieb",
    "Spul dreißig Sekunden vor",
    "Zurück zum vorherigen Song",
    "Füg den Track zu meiner Playlist hinzu",
    "Stell den Wecker auf halb sieben",
    "Mach den Lautsprecher in der Küche stumm",
    "Was hör ich gerade?",
    "Spiel Queen im Wohnzimmer, aber nicht so laut",
]
