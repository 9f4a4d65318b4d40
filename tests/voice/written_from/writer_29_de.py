"""Writer 29, a non-native speaker (Polish native, A2-B1), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welche Künstler ich habe am meisten gehört in diese Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer war mein Nummer eins Band in letzte Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="welche Lied ich hab gehört am meisten diese Woche",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="sag mir drei Lieder meine meist gespielte in Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welche Album ich habe meiste gespielt dieses Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="welche Podcast ich höre am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange ich habe Musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden wir haben gehört in Küche letzte Woche",
        family="listening_time",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie viele Lieder ich habe gespielt gestern",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel Episoden von Podcast ich habe gehört seit Montag",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wie viel verschiedene Künstler ich hab gehört in diese Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene Lieder in letzte Monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie oft ich habe Bohemian Rhapsody gespielt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel mal ich höre Daft Punk seit März",
        family="play_count",
        period="since_march",
        name="Daft Punk",
    ),
    Fresh(
        text="ich habe gehört Queen gestern?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="habe ich Justice gehört an letzte Wochenende",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="ich habe Radiohead gehört in letzte Zeit?",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was wir haben gehört vorgestern",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="was war gespielt gestern um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute in Morgen um acht Uhr",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="was ist meine Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche Uhr ich höre meistens Musik und an welche Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="welche neue Künstler ich habe entdeckt in diese Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft ich überspringe die Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="ich höre immer die gleiche Lieder? wie viel wiederhole ich",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viel Tage nacheinander ich habe Musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann ich habe zum erste Mal Air gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wann war letzte Mal ich hab Queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="was war letzte Lied was ich gespielt",
        family="last_song",
    ),
    Fresh(
        text="welche Lied war erste heute",
        family="first_today",
    ),
    Fresh(
        text="was war erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="welche Lied war letzte an letzte Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich überspringe meiste",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich höre immer wieder jetzt in diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war meine Oktober mit Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="mach mir Rückblick von mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="ich höre mehr Musik in Morgen oder in Abend",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="höre ich mehr an Wochenende oder unter die Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wie lange ich habe gehört The Daily in September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wer ist meine Lieblingskünstler in Sommer",
        family="top_artists",
        period="summer",
    ),
    Fresh(
        text="sag mal welche Podcast ich hab gehört meiste in letzte drei Monate",
        family="top_podcasts",
        period="last_3_months",
    ),
    Fresh(
        text="wie viel mal lief Eres von Café Tacvba letzte Woche",
        family="play_count",
        period="last_week",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="wann ich habe erste Mal Wet Leg gespielt",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="was ich gehört habe heute früh in Küche",
        family="what_played",
        period="this_morning",
        room="kitchen",
    ),
    Fresh(
        text="wie viele Sachen ich gespielt in die letzte dreißig Tage",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="in letzte Jahr wie viel verschiedene Lieder ich habe gehört",
        family="songs_count",
        period="last_year",
    ),
    Fresh(
        text="hab ich Daft Punk gehört an dritte November",
        family="did_i",
        period="november_3",
        name="Daft Punk",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach Musik mehr laut",
    "Musik leiser bitte in Küche",
    "was ist das für Lied",
    "welche Lied spielt jetzt",
    "überspring diese Lied",
    "Podcast Pause machen",
    "nächste Lied in Wohnzimmer",
    "mach aus das Licht in Küche",
    "spiel die Album Discovery",
    "Zufallswiedergabe an machen",
    "diese Lied wiederholen immer",
    "Lautsprecher von Küche mit Wohnzimmer zusammen machen",
    "Timer auf zehn Minute stellen",
    "wie wird Wetter morgen",
    "Milch auf die Einkaufsliste schreiben",
    "Heizung auf zweiundzwanzig Grad",
    "was ich höre jetzt gerade",
    "spiel The Daily neue Folge",
    "stopp die Musik",
    "Lautstärke auf dreißig Prozent",
    "wer singt das Lied jetzt",
    "mach Radio an in Küche",
]
