"""Writer 303, a Polish care worker speaking learner German, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="welche Künstler ich hab am meisten gehört diese Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer ist meine Nummer eins Sänger in letzte Zeit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="no welche Band am meisten letzten Sommer",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="was ist mein Lieblingslied von dieses Jahr",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="sag mir drei Lieder was ich am meisten gespielt habe letzte Woche",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="welches Lied lief in die Küche am meisten in die letzte zwei Wochen",
        family="top_tracks",
        period="last_2_weeks",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welche Album ich höre am meistens, no, insgesamt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="meine Lieblingsalbum im Sommer welche war das",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich hab am meisten gehört seit März",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="was ist meine Podcast Nummer eins in letzte Monat",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="wie lange ich hab Musik gehört gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden wir haben Musik gehört letzte Woche in die Küche",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wie lange lief Podcast diese Woche",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wie lange ich hab gehört die letzte sieben Tage",
        family="listening_time",
        period="last_7_days",
    ),
    # plays
    Fresh(
        text="wie viel Lieder ich habe gespielt heute",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen von Podcast ich hab gehört im Oktober",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="im August wie viel Lieder, kurczę, bestimmt viel",
        family="plays",
        period="august",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viel verschiedene Künstler ich hab gehört dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele andere Bands also unterschiedliche in letzte drei Monate",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder ich hab gehört in diese Monat",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="wie viel unterschiedliche Songs in 2025",
        family="songs_count",
        period="in_2025",
    ),
    # play_count
    Fresh(
        text="wie oft ich hab Bohemian Rhapsody gespielt diese Woche",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wieviel mal lief Daft Punk im letzte Monat",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft ich hab Doda gehört",
        family="play_count",
        period="all_time",
        name="Doda",
    ),
    # did_i
    Fresh(
        text="hab ich gehört Justice in letzte Zeit",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="habe ich gestern Abend Air gehört oder nicht",
        family="did_i",
        period="yesterday_evening",
        name="Air",
    ),
    Fresh(
        text="hab ich heute Morgen The Daily gehört, vor die Schicht",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hab ich jemals Sanah gehört",
        family="did_i",
        period="all_time",
        name="Sanah",
    ),
    # what_played
    Fresh(
        text="was ich hab gehört vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was lief bei uns am Samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was hab ich gehört heute Nachmittag nach die Arbeit",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was ich hab gehört am dritten November",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um Viertel nach acht abends",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="welche Lied war um halb neun heute früh",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was hat gespielt heute so um fünf nach fünf Nachmittag",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="was für Musik ich mag eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meine Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre normalerweise Musik, welche Uhrzeit, welche Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="um wie viel Uhr ich hör meistens",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich neue Künstler entdeckt diese Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche neue Bands ich hab gehört zum ersten Mal im September",
        family="new_artists",
        period="september",
    ),
    # skips
    Fresh(
        text="wie oft ich überspringe",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel ich hab geskippt letzte Woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="höre ich immer gleiche Lieder wieder und wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie ist meine Wiederholungsrate dieses Jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander ich höre schon",
        family="streak",
    ),
    Fresh(
        text="wie viel Tage ohne Pause hab ich Musik gehört bis heute",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich hab zum ersten Mal Queen gehört",
        family="first_play",
        name="Queen",
    ),
    Fresh(
        text="seit wann kenn ich das Lied Eres, wann erste Mal gespielt",
        family="first_play",
        name="Eres",
    ),
    # last_play
    Fresh(
        text="wann hab ich letzte Mal Justice gehört",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief zuletzt Moon Safari",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="was war letzte Lied was ich gespielt hab",
        family="last_song",
    ),
    Fresh(
        text="welche Song lief als letztes, kurczę ich weiß nicht mehr",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war erste Lied heute",
        family="first_today",
    ),
    Fresh(
        text="mit welche Lied ich hab angefangen den Tag heute",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erste Lied gestern was war",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit was ich hab angefangen letzte Freitag",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="was war letzte Lied am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welche Lied ich hab zuletzt gehört letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welche Lied ich überspring am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="dobra, welches Lied skipp ich immer, am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Künstler ich skippe am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Band wir haben am meisten übersprungen im Oktober",
        family="most_skipped_artist",
        period="october",
        person="we",
    ),
    # on_repeat
    Fresh(
        text="welche Lied ich hör jetzt immer wieder so die letzte Zeit",
        family="on_repeat",
    ),
    Fresh(
        text="was ist mein Ohrwurm zurzeit, was ich immer spiele",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gib mir eine Zusammenfassung von meine Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war meine Woche so, Musik und alles",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Rückblick letzte Jahr bitte",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich mehr am Morgen oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="morgens oder abends wann ich hab mehr Musik gehört in letzte 30 Tage",
        family="compare_day_parts",
        period="last_30_days",
        content="music",
    ),
    # compare_week
    Fresh(
        text="am Wochenende ich höre mehr oder an Arbeitstage",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Wochentage oder Wochenende, wo mehr Musik seit Oktober",
        family="compare_week",
        period="since_october",
        content="music",
    ),
]

NEGATIVES = [
    "mach Musik lauter bitte",
    "leiser bitte, Oma schläft",
    "spiel Queen in die Küche",
    "mach Licht an in Küche",
    "Licht aus in die Küche",
    "nächste Lied bitte",
    "Podcast Pause",
    "was für Lied ist das",
    "wer singt das jetzt",
    "was läuft gerade",
    "stell Timer zehn Minuten für Pierogi",
    "Wecker um halb sechs, ich hab Frühdienst",
    "wie wird Wetter morgen",
    "schreib Milch auf Einkaufsliste",
    "Heizung auf zweiundzwanzig",
    "spiel Album Discovery",
    "Zufallswiedergabe an",
    "Wiederholung aus bitte",
    "Lautsprecher Küche und Wohnzimmer zusammen machen",
    "spiel polnische Radio",
    "ruf meine Tochter an",
    "Musik stopp",
    "weiter mit Podcast",
    "spiel nächste Folge von The Daily",
    "wie spät ist in Warschau",
    "Lied überspringen",
]
