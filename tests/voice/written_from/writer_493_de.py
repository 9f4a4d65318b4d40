"""Writer 493, ein Lokalradio-Moderator aus Kassel mit nordhessischem Einschlag, Deutsch."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Ei liebe Leute, wer is denn mein Spitzenreiter bei den Künstlern diese Woche, gell",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="Wer war letztes Jahr mei Nummer eins, so Künstler des Jahres",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="die letzten sieben Tage, welche Band hat bei mir die Charts angeführt",
        family="top_artists",
        period="last_7_days",
    ),
    # top_tracks
    Fresh(
        text="Die großen Charts, liebe Leute! Sach mer meine Top fünf Lieder im Oktober",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="Was is denn mein Dauerbrenner-Lied seit März",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="die Top drei Titel von letzter Woche, ei das will ich wisse",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    # top_albums
    Fresh(
        text="Welches Album lief bei mir im Sommer am meisten",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Spitzenreiter bei den Alben in den letzten drei Monaten, wer is des",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast is in letzter Zeit mein Dauerbrenner",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wie lang lief heut bei mir Musik, liebe Leute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hamm mer letzten Monat so gehört, gell",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wie lange hab ich seit Montag Podcast gehört",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="in den letzten zwei Wochen, wie viel Sendezeit hatt ich da insgesamt",
        family="listening_time",
        period="last_2_weeks",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder sinn heut Morgen gelaufen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft hab ich in den letzten dreißig Tagen was abgespielt, alles zusammen",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="zwanzig fünfundzwanzig, wie viele Titel sinn da bei mir über den Äther gegangen",
        family="plays",
        period="in_2025",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler warn dies Jahr bei mir on air",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="Wie viele unterschiedliche Titel hab ich im September gespielt",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="Wie oft lief Bohemian Rhapsody diesen Monat bei mir",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Ei, wie oft hab ich denn Justice gehört seit Oktober",
        family="play_count",
        period="since_october",
        name="Justice",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern ebbes von Queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Lief dies Jahr überhaupt mal was von Wet Leg",
        family="did_i",
        period="this_year",
        name="Wet Leg",
    ),
    Fresh(
        text="Sach mal, Café Tacvba, lief des letzten Sommer bei mir",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="Da Funk am Wochenende, war des dabei",
        family="did_i",
        period="last_weekend",
        name="Da Funk",
    ),
    # what_played
    Fresh(
        text="Was is denn gestern Abend so gelaufen bei mir",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was hamm mer am Samstag in der Küche gehört, liebe Leute",
        family="what_played",
        period="saturday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Was lief vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern gegen Viertel vor acht am Abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Ei, was war denn heut früh um halb neun on air",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was lief heut Nachmittag um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Was is denn eigentlich mein Musikgeschmack, liebe Leute, was hör ich so",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann is bei mir die Primetime, um welche Uhrzeit und an welchem Tag hör ich meistens",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Sinn diesen Monat neue Künstler dazugekommen, die ich vorher nie gehört hab",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wen hab ich im August neu entdeckt",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="Wie oft drück ich eigentlich auf Skip, Ei",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab ich letzte Woche weggeskippt",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Wie oft hör ich die gleichen Lieder immer widder, meine Wiederholungsrate mein ich",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück war ich jetzt schon on air, ohne Sendepause",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann lief Daft Punk des erste Mal bei mir",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Wann hab ich Sexy Boy von Air zum ersten Mal gespielt",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    # last_play
    Fresh(
        text="Wann hab ich zuletzt The Daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Radiohead, wann lief des zuletzt bei mir",
        family="last_play",
        name="Radiohead",
    ),
    # last_song
    Fresh(
        text="Was war des letzte Lied, was ich gespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied bin ich heut in den Tag gestartet, liebe Leute",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war des erste Lied letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Womit hab ich diese Woche die Sendung eröffnet, der erste Titel",
        family="first_in",
        period="this_week",
    ),
    # last_in
    Fresh(
        text="Welches Lied lief gestern als letztes, der Rausschmeißer sozusagen",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Was war am dritten November der letzte Titel",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied skipp ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler drück ich am häufigsten weg, gell",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was is denn zurzeit mein Lied in der Heavy Rotation",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied kann ich grad nit lassen, läuft und läuft",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, liebe Leute, wie war mein Oktober musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mer mal den Jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wochenrückblick bitte, wie war mei Woche",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morgens in der Frühsendung oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör ich am Wochenende mehr als unner der Woch",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel mal Daft Punk in der Küche",
    "Mach mal lauter, liebe Leute",
    "Leiser bitte, gell",
    "Was läuft grad",
    "Was is des für a Lied",
    "Nächster Titel",
    "Skip des Lied",
    "Mach mal Pause mit dem Podcast",
    "Spiel des Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus",
    "Mach des Licht in der Küche aus",
    "Stell en Timer auf zehn Minuten",
    "Schreib ahle Wurscht auf die Einkaufsliste",
    "Wie wird's Wetter morgen in Kassel",
    "Heizung auf einundzwanzig Grad",
    "Verbind die Küchenbox mit dem Wohnzimmer",
    "Spiel die neueste Folge von The Daily",
    "Lautstärke auf fünf",
    "Mach die Musik aus",
    "Spiel Hits aus den Achtzigern",
    "Wer singt des grad",
    "Nächstes Lied im Wohnzimmer",
    "Spiel die aktuellen Charts",
]
