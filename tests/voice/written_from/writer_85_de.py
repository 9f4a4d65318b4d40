"""Writer 85, a non-native speaker (Spanish from Valencia, living in Hannover, German B1), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="welche Künstler ich habe am meisten gehört letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="bueno wer ist meine Lieblingsband dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="von welche Künstler ich bin obsessed in letzter Zeit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Top drei Künstler von letztes Jahr",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="welche Gruppe wir haben mehr gehört im Oktober",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="welche Künstler ich habe gehört die letzten zwei Wochen am meisten",
        family="top_artists",
        period="last_2_weeks",
    ),
    # top_tracks
    Fresh(
        text="was ist mein Lieblingslied diese Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mir die fünf Lieder was ich am meisten gespielt habe",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welches Song war die meiste gespielt im Sommer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="o sea welche Lied ich hab am meisten gehört seit März",
        family="top_tracks",
        period="since_march",
    ),
    # top_albums
    Fresh(
        text="welche Album ich höre am meisten",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="die meist gespielte Album im September welche war",
        family="top_albums",
        period="september",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast ich höre am meisten dieses Jahr",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="meine Lieblingspodcast, welche ist",
        family="top_podcasts",
        period="all_time",
    ),
    # listening_time
    Fresh(
        text="wie viel Zeit ich habe gehört Musik letzte Woche",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="wie lange ich habe heute gehört",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="wie viele Stunden Podcast in diese Monat",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie lange lief die Musik in der Küche gestern Abend",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viel Zeit wir haben Musik gehört am Wochenende",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viele Stunden ich hab gehört in zweitausendfünfundzwanzig",
        family="listening_time",
        period="in_2025",
    ),
    # plays
    Fresh(
        text="wie viele Lieder ich hab gespielt heute Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Sachen ich habe gehört seit Montag",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie viele Folgen vom Podcast in die letzten 30 Tage",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Songs sind gelaufen vorgestern",
        family="plays",
        period="day_before_yesterday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler ich habe gehört dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele andere Bands im August, o sea verschiedene",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder letzten Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="bueno, wie viel unterschiedliche Songs in die letzten sieben Tage",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="wie oft ich habe Bohemian Rhapsody gehört dieses Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viele Male ich hab Daft Punk gespielt letzte Woche",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft lief The Daily im Oktober",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="wie oft ich habe Rosalía gehört",
        family="play_count",
        period="all_time",
        name="Rosalía",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="ich habe Air gehört diese Woche?",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="habe ich in letzter Zeit das Lied Eres von Café Tacuba gehört",
        family="did_i",
        period="lately",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="hab ich jemals Bad Bunny gehört",
        family="did_i",
        period="all_time",
        name="Bad Bunny",
    ),
    Fresh(
        text="haben wir letzten Sommer Sexy Boy gehört",
        family="did_i",
        period="last_summer",
        name="Sexy Boy",
        person="we",
    ),
    # what_played
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief letzten Freitag",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="was für Musik ich habe gehört am dritten November",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="was hat Ada heute Nachmittag gehört",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    Fresh(
        text="was lief letzte Nacht in die Küche",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um acht Uhr Abend",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="welche Lied war heute um halb neun in die Früh",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was ich habe gehört heute um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="am Samstag um zwölf Uhr mittags was lief in der Küche",
        family="playing_at",
        moment="2026-11-14 12:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="was für eine Musikgeschmack ich habe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="o sea, welche Stil von Musik ich mag, kannst du beschreiben",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel Uhr ich höre normalerweise Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welche Tag von die Woche ich höre am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="habe ich neue Künstler entdeckt letzten Monat",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="welche Bands sind neu für mich in die letzten drei Monate",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft ich skippe die Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel ich habe geskippt diese Woche",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="ich wiederhole viel die gleiche Lieder?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie hoch ist meine repeat rate dieses Jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander ich habe Musik gehört",
        family="streak",
        content="music",
    ),
    Fresh(
        text="bueno, meine Streak von Tagen, wie lang ist",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich habe Daft Punk zum ersten Mal gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann war das erste Mal mit La femme d'argent",
        family="first_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="seit wann ist Justice in meine history, o sea das erste Mal",
        family="first_play",
        name="Justice",
    ),
    # last_play
    Fresh(
        text="wann ich habe Queen zuletzt gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief Moon Safari die letzte Mal",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="wann hab ich Radiohead letzte Mal gehört",
        family="last_play",
        name="Radiohead",
    ),
    # last_song
    Fresh(
        text="welche war die letzte Lied was ich gehört habe",
        family="last_song",
    ),
    Fresh(
        text="die letzte Song, was war",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war die erste Lied heute",
        family="first_today",
    ),
    Fresh(
        text="mit welche Song ich bin aufgewacht heute",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="welche war das erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit was für ein Song ich habe angefangen letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="vorgestern, welche erste Lied ich hab gespielt",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="das letzte Lied von gestern Abend",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="mit welche Lied ich habe aufgehört am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="letzte Song im Oktober was war",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="welche Lied ich skippe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welches Song ich überspringe immer",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welcher Künstler ich skippe mehr",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="die Band was ich am meisten überspringe dieses Jahr",
        family="most_skipped_artist",
        period="this_year",
    ),
    # on_repeat
    Fresh(
        text="welche Lied ich habe actually auf repeat",
        family="on_repeat",
    ),
    Fresh(
        text="pues, was ist die Song die ich nicht aufhören kann zu hören",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="mach mir eine Zusammenfassung von meine Woche in Musik",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="wie war mein Jahr musikalisch",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="erzähl mal wie war meine Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir eine Resumen von was ich höre",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="wie war unsere letzte Monat mit Musik",
        family="recap",
        period="last_month",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr am Morgen oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="diesen Monat ich habe mehr Musik gehört morgens oder nachmittags",
        family="compare_day_parts",
        period="this_month",
        content="music",
    ),
    # compare_week
    Fresh(
        text="hör ich mehr am Wochenende oder unter die Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="seit Oktober, mehr Musik an Werktage oder am Wochenende?",
        family="compare_week",
        period="since_october",
        content="music",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach die Musik lauter bitte",
    "leiser bitte, o sea die Volumen runter",
    "skip diese Lied",
    "Pause der Podcast",
    "nächste Song im Wohnzimmer",
    "mach das Licht in der Küche aus",
    "spiel die Album Discovery",
    "welche Lied ist das",
    "was läuft jetzt gerade",
    "was höre ich actually",
    "mach Zufallswiedergabe an",
    "repeat für diese Song an",
    "verbinde die Lautsprecher von Küche und Wohnzimmer",
    "Timer für zwanzig Minuten bitte",
    "wie wird die Wetter morgen in Hannover",
    "tu Milch auf die Einkaufsliste",
    "mach die Heizung auf einundzwanzig Grad",
    "spiel die neueste Folge von The Daily",
    "bueno, stop die Musik",
    "spiel etwas von Queen in die Küche",
    "wer singt diese Lied",
    "lauter in die Küche",
    "zurück zu die vorherige Song",
    "Wecker um sieben Uhr stellen",
    "mach Radio an in die Küche",
    "spiel Musik für kochen",
    "regnet es jetzt in Hannover",
    "weiter mit die Podcast",
]
