"""Writer 31, non-native speaker (Russian native, A2-B1), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welche Künstler ich habe hören am meisten letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer ist mein Nummer eins Sänger in dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="top fünf Künstler von Sommer",
        family="top_artists",
        period="summer",
        count=5,
    ),
    Fresh(
        text="welches Lied ich höre am meisten",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="sag mir drei Lieder was ich habe am meisten gespielt in Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welche Album ich habe hören meistens diese Monat",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="welche Album wir haben meistens hören in zweitausendfünfundzwanzig",
        family="top_albums",
        period="in_2025",
        person="we",
    ),
    Fresh(
        text="welche Podcast ich höre am meisten in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange ich habe Musik hören gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden wir haben hören letzte Monat",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wie lange lauft Musik in Küche letzte sieben Tage",
        family="listening_time",
        period="last_7_days",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viel Lieder ich habe spielen heute",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Folgen von Podcast ich habe hören diese Woche",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wie viel verschiedene Künstler ich habe hören in diese Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel verschiedene Lieder ich habe gehört insgesamt",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="wie oft ich habe hören Bohemian Rhapsody diese Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft ich hören Daft Punk seit März",
        family="play_count",
        period="since_march",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft wir haben The Daily hören im September",
        family="play_count",
        period="september",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="habe ich hören Justice gestern",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="ich habe Radiohead gehört in letzte Jahr?",
        family="did_i",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="ich habe Don't Stop Me Now hören heute Morgen?",
        family="did_i",
        period="this_morning",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="was ich habe hören gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was wir hören am Samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was ich habe hören letzte Nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was Ada hat gehört seit Montag",
        family="what_played",
        period="since_monday",
        person="Ada",
    ),
    Fresh(
        text="was lauft gestern um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was war in Küche heute um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="was für Musik ich mag",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich höre normal Musik, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="welche neue Künstler ich habe finden diese Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft ich mache skip",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="ich höre viel gleiche Lieder nochmal?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viel Tage hintereinander ich habe Musik hören",
        family="streak",
    ),
    Fresh(
        text="wann ich habe zuerst hören Air",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wann ich habe erste mal hören Eres von Café Tacvba",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="wann ich habe letzte mal hören The Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="welche Lied ich habe zuletzt hören",
        family="last_song",
    ),
    Fresh(
        text="was war erste Lied heute",
        family="first_today",
    ),
    Fresh(
        text="welche erste Lied ich habe hören vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="letzte Lied von letzte Freitag, welche war",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich skippe meistens",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich höre immer wieder in letzte Zeit",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mir wie war mein Woche mit Musik",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="mach Rückblick für mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="sag mal wie war mein Monat mit Musik",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="ich höre mehr Morgen oder Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="ich höre mehr Musik am Wochenende oder unter Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche",
    "mach Musik lauter",
    "mach leiser bitte",
    "was für Lied ist das",
    "nächste Lied",
    "Podcast stopp",
    "mach Pause Musik",
    "spiel Album Discovery",
    "mach Licht in Küche aus",
    "stell Timer auf zehn Minute",
    "wie ist Wetter morgen",
    "schreib Milch auf Einkaufsliste",
    "mach Heizung auf zweiundzwanzig Grad",
    "was läuft jetzt in Küche",
    "mach Zufallswiedergabe an",
    "wiederhol dieses Lied",
    "verbinde Lautsprecher von Küche und Wohnzimmer",
    "spiel Queen in Wohnzimmer",
    "überspring diese Lied",
    "wer singt das jetzt",
    "Lautstärke auf fünf",
    "spiel neue Folge von The Daily",
]
