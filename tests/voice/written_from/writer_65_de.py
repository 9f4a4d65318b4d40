"""Writer 65, a Polish native living in Vienna, non-native speaker (English B1, German B1), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer ist meine meiste gehörte Künstler heuer",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welche Band ich habe am meisten gehört letzte Monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Küche, welche Künstler am meisten läuft seit Oktober",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="was ist meine Lieblingslied in Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="die drei Lieder meist gespielt seit März, welche sind",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="meine Top 5 Lieder im September bitte",
        family="top_tracks",
        period="september",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welche Album ich habe am meisten gehört in diese Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="was ist meine Top Album aller Zeit",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich höre am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="welche Podcast war Nummer eins im letzte Sommer",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="wie lange ich habe heute Musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden wir haben gehört letzte Woche",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lang lief die Podcasts diese Monat",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Zeit ich hab Musik gehört in letzte drei Monate",
        family="listening_time",
        period="last_3_months",
        content="music",
    ),
    # plays
    Fresh(
        text="wie viel Lieder ich habe gespielt heute Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Sachen hat gelaufen in die Küche gestern",
        family="plays",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="wie viel Podcast Folgen ich hab gehört diese Jahr",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler ich habe gehört diese Monat",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wie viel verschiedene Bands in zweitausendfünfundzwanzig ich habe gehört",
        family="artists_count",
        period="in_2025",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder diese Woche ich hab gehört",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wie viel unterschiedliche Songs insgesamt",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="wie viel mal ich habe Bohemian Rhapsody gehört diese Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk wie viel mal gespielt heuer",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft ich habe Radiohead gehört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="wie viel mal ist Genesis von Justice gelaufen seit Montag",
        family="play_count",
        period="since_monday",
        name="Genesis by Justice",
    ),
    # did_i
    Fresh(
        text="hab ich gestern die Queen gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="habe ich in letzte Zeit Justice gehört oder nicht",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="hat Ada vorgestern Air gehört",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
        person="Ada",
    ),
    Fresh(
        text="in letzte sieben Tage, Da Funk hab ich gehört?",
        family="did_i",
        period="last_7_days",
        name="Da Funk",
    ),
    # what_played
    Fresh(
        text="was ich habe gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was wir haben gehört am Wochenende in der Küche",
        family="what_played",
        period="last_weekend",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="was für Musik hat gelaufen heute Nachmittag",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="sag mal, was ich hab gehört im August",
        family="what_played",
        period="august",
    ),
    # playing_at
    Fresh(
        text="was hat gespielt gestern um Viertel vor acht am Abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welche Lied war heute um halb neun in der Früh",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heute um fünf Uhr Nachmittag",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    # taste
    Fresh(text="was für Musikgeschmack ich habe", family="taste", period="all_time"),
    Fresh(
        text="welche Art Musik ich mag, beschreib mal",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre meistens, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="welche neue Künstler ich habe entdeckt diese Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="hab ich in letzte dreißig Tage neue Band gefunden",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="wie viel ich überspringe, wie ist meine Skip Rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie oft ich hab geskippt letzte Woche", family="skips", period="last_week"
    ),
    # repeat
    Fresh(
        text="wie viel ich höre immer die gleiche Sachen nochmal",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(text="wie viel Tage hintereinander ich höre schon", family="streak"),
    # first_play
    Fresh(
        text="wann ich habe zum erste Mal Café Tacvba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann war erste Mal Wet Leg bei mir", family="first_play", name="Wet Leg"
    ),
    # last_play
    Fresh(
        text="wann ich habe letzte Mal Sexy Boy gehört",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="The Daily wann ist zuletzt gelaufen", family="last_play", name="The Daily"
    ),
    # last_song
    Fresh(text="was war die letzte Lied was ich gespielt habe", family="last_song"),
    # first_today
    Fresh(text="welche Lied war heute die erste", family="first_today"),
    # first_in
    Fresh(text="was war erste Lied gestern", family="first_in", period="yesterday"),
    Fresh(
        text="mit welche Song hab ich am Samstag angefangen",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="was war letzte Lied am letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welche Lied war die letzte gestern Abend",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="welches Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Künstler ich skippe am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(text="welche Lied ich habe gerade in Dauerschleife", family="on_repeat"),
    Fresh(text="welches Song ich kann nicht aufhören zu spielen", family="on_repeat"),
    # recap
    Fresh(
        text="erzähl mal, wie war mein Oktober so beim Hören",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir Jahresrückblick von letzte Jahr",
        family="recap",
        period="last_year",
    ),
    Fresh(text="Rückblick von meine Woche bitte", family="recap", period="this_week"),
    # compare_day_parts
    Fresh(
        text="höre ich mehr in die Früh oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich mehr am Wochenende oder unter der Woche Musik",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Werktage oder Wochenende, wann ich höre mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach die Musik lauter bitte",
    "leiser bitte, die Kind schlaft",
    "was ist das für ein Lied, was jetzt spielt",
    "nächste Lied",
    "überspring diese Song",
    "Podcast Pause machen",
    "spiel das Album Discovery",
    "Licht in die Küche ausmachen",
    "stell eine Timer auf zwanzig Minuten",
    "wie wird das Wetter morgen in Wien",
    "schreib Butter auf die Einkaufsliste",
    "Heizung auf einundzwanzig Grad im Wohnzimmer",
    "Zufallswiedergabe einschalten",
    "Wiederholung aus bitte",
    "Lautstärke auf vierzig",
    "was höre ich gerade jetzt",
    "spiel The Daily neue Folge",
    "Küche Lautsprecher mit Wohnzimmer zusammen gruppieren",
    "stopp die Musik",
    "spiel weiter die Podcast",
    "ein Lied zurück",
    "spiel Radio Wien in die Küche",
    "wer singt diese Lied",
    "Wecker stellen für sechs Uhr dreißig",
    "spiel was Ruhiges zum Kochen",
    "dreißig Sekunden vorspulen",
    "welche Lied läuft in der Küche gerade",
]
