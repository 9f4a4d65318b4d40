"""Writer 263, non-native speaker (Russian engineer learning German), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welche Künstler ich höre am meisten letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer ist meine Nummer eins Künstler in diese Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in Küche welche Band läuft am meisten seit März",
        family="top_artists",
        period="since_march",
        room="kitchen",
    ),
    Fresh(
        text="welche Lied ich höre am meisten",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="sag mir meine drei meist gespielte Lieder von letzte Jahr",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="welche Album ich habe am meisten gehört im Oktober",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="was ist meine Lieblingsalbum in Sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welche Podcast ich höre am meisten in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange ich habe Musik gehört diese Woche",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden wir haben gehört gestern",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="wie viel Minuten Podcast ich habe gehört in diese Monat",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Lieder ich habe heute gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Folgen ich habe gehört seit Oktober",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wie viel verschiedene Künstler ich habe gehört dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel verschiedene Lieder ich höre in letzte drei Monate",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie viel mal ich habe Bohemian Rhapsody gehört dieses Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel mal lief Daft Punk in diese Monat",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="wie viel mal ich habe Radiohead gehört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="habe ich gehört Queen gestern",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="ich habe Justice gehört in letzte Woche oder nicht",
        family="did_i",
        period="last_week",
        name="Justice",
    ),
    Fresh(
        text="habe ich The Weeknd gehört in diese Jahr",
        family="did_i",
        period="this_year",
        name="The Weeknd",
    ),
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was wir haben gehört am letzte Freitag",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="was lief gestern um Viertel vor acht am Abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welche Lied hat gespielt heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was für Musik ich mag, sag mal",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche Uhrzeit und an welche Tag ich höre normalerweise Musik",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="welche neue Künstler ich habe entdeckt in diese Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft ich überspringe Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel ich wiederhole die gleiche Lieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viel Tage hintereinander ich höre schon",
        family="streak",
    ),
    Fresh(
        text="wann ich habe zum ersten mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann ich habe letzte mal Sexy Boy von Air gehört",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="was war letzte Lied was ich habe gespielt",
        family="last_song",
    ),
    Fresh(
        text="welche Lied ich habe heute als erste gespielt",
        family="first_today",
    ),
    Fresh(
        text="was war erste Lied vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mit welche Lied ich habe aufgehört am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich überspringe am öftesten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich höre immer wieder in diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein Oktober mit Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir Rückblick von meine Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="ich höre mehr am Morgen oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich mehr Musik am Wochenende oder unter die Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wann ich habe erste mal Wet Leg gehört",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="wie lange lief Musik in Küche letzte Wochenende",
        family="listening_time",
        period="last_weekend",
        content="music",
        room="kitchen",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach Musik lauter bitte",
    "was für Lied läuft jetzt",
    "überspring diese Lied",
    "stopp die Podcast",
    "nächste Lied in Wohnzimmer",
    "mach aus das Licht in Küche",
    "spiel die Album Discovery",
    "Lautstärke auf zwanzig",
    "Zufallswiedergabe an machen",
    "Wiederholung an für diese Lied",
    "Küche Lautsprecher und Wohnzimmer Lautsprecher zusammen gruppieren",
    "stell Timer auf zehn Minute",
    "wie ist Wetter morgen",
    "schreib Milch auf die Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad",
    "was ich höre gerade jetzt",
    "wer singt diese Lied",
    "spiel neueste Folge von The Daily",
    "Pause Musik",
    "mach leiser in Küche",
    "Podcast weiter spielen",
]
