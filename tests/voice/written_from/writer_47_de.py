"""Writer 47, a non-native speaker (Spanish native, B1), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wer ist der Künstler ich habe mehr gehört diese Woche",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="bueno, welche Sänger ich höre am meisten in letzte Zeit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wer war meine Künstler Nummer eins die letzte Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="welche ist das Lied mehr gehört von diese Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mir die drei Lieder ich habe mehr gehört im Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welche Album ich habe am meisten gehört dieses Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="welche Podcast ich höre mehr", family="top_podcasts", period="all_time"
    ),
    Fresh(
        text="wie viel Zeit ich habe Musik gehört gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden wir haben gehört die letzte Woche in die Küche",
        family="listening_time",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie lange ich habe Podcast gehört diese Monat",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Lieder ich habe heute gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel canciones ich habe gehört seit Montag",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viel Episoden von Podcast ich habe gehört die letzte 30 Tage",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wie viel verschiedene Künstler ich habe gehört in diese Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel verschiedene Lieder ich habe gehört im September",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wie viel Mal ich habe gehört Bohemian Rapsodi",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft ich habe Daft Punk gehört diese Woche",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie viel Mal ich habe gehört die Radiohead seit März",
        family="play_count",
        period="since_march",
        name="Radiohead",
    ),
    Fresh(
        text="habe ich gehört Queen gestern?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="ist möglich zu wissen ob ich habe Justice gehört in letzte Zeit",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="ich habe gehört die Daily heute früh oder nein?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="wann ich habe zum ersten Mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann war die erste Mal ich habe gehört Eres von Café Tacuba",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="wann war das letzte Mal ich habe Air gehört",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="wann ich habe gehört die letzte Mal Wet Leg",
        family="last_play",
        name="Wet Leg",
    ),
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was für Musik wir haben gehört am Samstag",
        family="what_played",
        period="saturday",
        content="music",
        person="we",
    ),
    Fresh(
        text="was ich habe gehört vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was hat gespielt gestern um Viertel vor acht von die Abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welche Lied war heute um acht Uhr von die Morgen",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="was für ein Musikgeschmack ich habe, ist möglich zu sagen",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr ich höre normalmente Musik und an welche Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="welche neue Künstler ich habe entdeckt diese Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="ich habe neue Gruppen gehört in die Sommer?",
        family="new_artists",
        period="summer",
    ),
    Fresh(
        text="wie viel ich springe die Lieder, die Prozent",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel ich wiederhole die gleiche Lieder",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel Tage nacheinander ich habe gehört Musik",
        family="streak",
        content="music",
    ),
    Fresh(text="welche war die letzte Lied ich habe gehört", family="last_song"),
    Fresh(text="mit welche Lied ich bin aufgewacht heute", family="first_today"),
    Fresh(
        text="welche war die erste Lied von gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="die erste Lied in die Sommer von letzte Jahr, welche war",
        family="first_in",
        period="last_summer",
    ),
    Fresh(
        text="welche Lied ich habe gehört als letzte am letzte Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welche Lied ich springe mehr", family="most_skipped", period="all_time"
    ),
    Fresh(
        text="von welche Künstler ich springe mehr die Lieder",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich höre immer und immer wieder jetzt diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="mach mir eine Resumen von meine Monat",
        family="recap",
        period="this_month",
    ),
    Fresh(text="vale, wie war mein Jahr in Musik", family="recap", period="this_year"),
    Fresh(
        text="erzähl mir wie war die letzte Woche mit die Musik",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="ich höre mehr in die Morgen oder in die Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="ich höre mehr Musik am Wochenende oder in die Woche?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "mach Daft Punk in die Küche",
    "spiel Queen in der Küche bitte",
    "mach die Musik mehr laut",
    "mach leiser bitte, vale",
    "welche Lied ist das",
    "was spielt jetzt in die Küche",
    "nächste Lied bitte",
    "spring diese canción",
    "mach Pause die Podcast",
    "spiel die Album Discovery",
    "mach aus die Licht von die Küche",
    "mach eine Timer von zehn Minuten",
    "wie wird die Wetter morgen",
    "schreib Milch auf die Einkaufsliste",
    "mach die Heizung auf zweiundzwanzig Grad",
    "mach die Musik zufällig",
    "wiederhole diese Lied",
    "mach Musik in alle Lautsprecher",
    "wer singt diese Lied",
    "was ich höre jetzt gerade",
    "spiel The Daily von heute",
    "bueno, stopp die Musik",
    "Lautstärke auf fünfzig",
]
