"""Writer 523, eine knappe Berliner Taxifahrerin Mitte vierzig, die zwischen zwei Fahrten kurz angebunden fragt, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer war letzte Woche mein Nummer-eins-Künstler?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Künstler des Jahres bei mir?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wen hab ick in letzter Zeit am meisten jehört?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Im August, welche Band lief da am meisten?",
        family="top_artists",
        period="august",
    ),
    # top_tracks
    Fresh(
        text="Lieblingslied diesen Monat?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Meine drei meistjespielten Lieder überhaupt",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="In der Küche, welcher Song lief da letzte Woche am meisten?",
        family="top_tracks",
        period="last_week",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welches Album lief dieses Jahr am meisten?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum letzten Sommer",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast läuft bei mir am meisten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Mein Podcast Nummer eins seit März",
        family="top_podcasts",
        period="since_march",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief heute Musik?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab ick letzte Woche jehört?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wie lange ham wir gestern Podcasts jehört?",
        family="listening_time",
        period="yesterday",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="Die letzten sieben Tage, wie viel Musik insgesamt?",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder heute schon?",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Seit Montag, wie oft lief insgesamt wat?",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wie viele Folgen hab ick im Oktober jehört?",
        family="plays",
        period="october",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler dieses Jahr?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele Bands hab ick in den letzten drei Monaten jehört?",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder letzten Monat?",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Anzahl unterschiedlicher Songs seit Oktober",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="Wie oft lief Bohemian Rhapsody diesen Monat?",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, wie oft insgesamt?",
        family="play_count",
        period="all_time",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft Radiohead dieses Jahr?",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Hab ick gestern Queen jehört?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Lief vorgestern wat von Air?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="The Daily heute Morgen, lief der?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Justice in letzter Zeit, überhaupt mal?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    # what_played
    Fresh(
        text="Wat lief gestern Abend?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was hab ick am Samstag jehört?",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Letzte Nacht, wat lief da so?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Wat hat Ada am dritten November jehört?",
        family="what_played",
        period="november_3",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Gestern Viertel vor acht, wat lief da?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wat lief heute früh um halb neun?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Heut Nachmittag Viertel nach fünf, welches Lied?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Vorgestern um neun abends, wat war da an?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="Wat für Musik hör ick eigentlich so?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib ma meinen Musikjeschmack, kurz",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie viel Uhr hör ick meistens?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann hör ick am meisten, Uhrzeit und Wochentag?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Neue Künstler diesen Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wen hab ick dieses Jahr neu entdeckt?",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft skipp ick eigentlich?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Skipquote letzte Woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Wie oft hör ick dieselben Lieder nochmal?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wiederholungsrate, die letzten zwei Wochen",
        family="repeat",
        period="last_2_weeks",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück hab ick jetzt jehört?",
        family="streak",
    ),
    Fresh(
        text="Meine Serie, wie viele Tage in Folge?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ick Justice zum ersten Mal jehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Seit wann is Eres von Café Tacvba bei mir drin?",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Queen?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Wann hab ick dit letzte Mal The Daily jehört?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Letztes Lied, wat war det?",
        family="last_song",
    ),
    Fresh(
        text="Welcher Song lief ganz zuletzt?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Erstes Lied heute?",
        family="first_today",
    ),
    Fresh(
        text="Womit hab ick heute den Tag anjefangen?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Erstes Lied gestern?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit ging's letzten Freitag los?",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Letztes Lied vorgestern",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Womit hab ick am Samstag aufjehört?",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied skipp ick am meisten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Meistjeskipptes Lied?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ick am häufigsten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wer wird bei mir am meisten wegjeskippt?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wat läuft bei mir grad in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Welcher Song läuft in letzter Zeit rauf und runter?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Wie war mein Oktober so, musikalisch?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick bitte, aber kurz",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Fass ma meine Woche zusammen",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Wie war bei uns der letzte Monat so?",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ick mehr morgens oder abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Eher vormittags oder nachmittags, wann läuft mehr?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Am Wochenende mehr als unter der Woche?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Werktags oder Wochenende, wann hör ick mehr?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel ma Queen in der Küche",
    "Mach leiser",
    "Nächstes Lied",
    "Wat is det für'n Lied?",
    "Podcast anhalten",
    "Küchenlicht aus",
    "Timer auf zehn Minuten",
    "Wie wird det Wetter morgen?",
    "Setz Kaffee auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Lautsprecher Küche und Wohnzimmer koppeln",
    "Spiel det Album Discovery",
    "Spiel die neueste Folge von The Daily",
    "Lauter, bitte",
    "Musik aus",
    "Wat läuft grad?",
    "Wer singt det hier?",
    "Wecker auf halb fünf",
    "Spiel wat von Daft Punk",
    "Überspring den Song",
    "Dreißig Sekunden zurück",
    "Küchenlautsprecher stumm",
]
