"""Writer 553, ein wortkarger Dachdecker aus dem Westerwald, Ende vierzig, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer lief die Woch am meisten",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="Top drei Bands dies Jahr, jo",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="In der Küch, welcher Künstler lief da am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Welches Lied hann ich letzte Woch am meisten gehört",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="Die fünf meistgespielten Lieder seit März",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welches Album lief dies Jahr am meisten",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Die letzten drei Monat, welche Platte vorne",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast lief am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wat für'n Podcast hör ich in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wie lang lief heut schon Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Gestern Abend, wie lang hann ich gehört",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="Letzte Nacht, wie lang lief da wat",
        family="listening_time",
        period="last_night",
    ),
    # plays
    Fresh(
        text="Wie viel Lieder heut Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viele Folgen hann ich im Oktober gehört",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Seit Montag, wie viel Lieder, jo",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viel verschiedene Künstler dies Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viel Bands hann ich überhaupt je gehört, verschiedene mein ich",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="Wie viel verschiedene Lieder diesen Monat",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="Verschiedene Stücke seit Oktober, wie viel",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="Wie oft lief Queen die Woch",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hann ich Radiohead gespielt letztes Jahr",
        family="play_count",
        period="last_year",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Hann ich gestern Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief vorgestern wat von Air, jo oder ne",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="Don't Stop Me Now, im September gelaufen?",
        family="did_i",
        period="september",
        name="Don't Stop Me Now",
    ),
    # what_played
    Fresh(
        text="Wat hann ich gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wat lief am Samstag",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Heut Nachmittag, wat war da an",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="Wat lief gestern Abend um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heut früh um acht, wat lief da",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Gestern so um zehn nach acht abends, wat war dat für'n Lied",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    # taste
    Fresh(
        text="Wat hör ich eigentlich so für Zeug",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Mein Geschmack, sach ma kurz",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ich meistens, Uhrzeit und Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr läuft bei mir meistens Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hann ich in letzter Zeit wen Neues entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Letzten Sommer wat Neues dabei gewesen, Bands mein ich",
        family="new_artists",
        period="last_summer",
    ),
    # skips
    Fresh(
        text="Wie oft spring ich weiter, so insgesamt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Übersprungen letzte Woch, wie viel vom Ganzen",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör ich immer dat Gleiche nochmal, wie oft so",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wiederholungsrate dies Jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viel Tag am Stück hann ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="Wie viele Tage hintereinander läuft dat schon",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hann ich Justice dat erste Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="The Daily, seit wann hör ich dat",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Daft Punk",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Cuatro Caminos, wann hann ich dat zuletzt gehört",
        family="last_play",
        name="Cuatro Caminos",
    ),
    # last_song
    Fresh(
        text="Wat war dat letzte Lied",
        family="last_song",
    ),
    Fresh(
        text="Zuletzt gespielt, wat war dat",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Erstes Lied heut, wat war dat",
        family="first_today",
    ),
    Fresh(
        text="Womit hann ich heut angefangen",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Gestern dat erste Lied, welches war dat",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Am dritten November, wat lief als erstes",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Wat lief gestern als letztes",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Im August, wat war da dat letzte Lied",
        family="last_in",
        period="august",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied drück ich am meisten weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Meistübersprungenes Lied, welches",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welche Band überspring ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen drück ich immer weg, welchen Künstler",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wat läuft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied hör ich grad rauf und runter",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl ma, wie war mein Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick zweitausendfünfundzwanzig",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="Wie war's bei uns letzten Monat, so insgesamt",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Eher mittags oder nachts, wann hör ich mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Am Wochenend mehr als unter der Woch?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Hör ich werktags mehr oder samstags sonntags",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Mach ma Daft Punk in der Küch an",
    "Lauter",
    "E bissje leiser, jo",
    "Nächstes Lied",
    "Dat Lied überspringen",
    "Podcast anhalten",
    "Wat is dat für'n Lied grad",
    "Wer singt dat",
    "Küchenlicht aus",
    "Timer zwanzig Minuten",
    "Wie wird's Wetter morgen, regnet's",
    "Wind morgen, wie stark",
    "Kaffee auf die Einkaufsliste",
    "Heizung auf einundzwanzig",
    "Zufallswiedergabe an",
    "Wiederholen an",
    "Spiel dat Album Discovery",
    "Spiel Queen",
    "The Daily weiter abspielen",
    "Küche und Wohnzimmer zusammen abspielen",
    "Musik aus",
    "Wecker halb sechs",
    "Wat läuft da grad",
    "Stopp",
    "Mach ma Radio an in der Küch",
    "Zurück, dat Lied davor",
]
