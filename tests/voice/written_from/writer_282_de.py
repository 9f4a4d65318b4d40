"""Writer 282, English learner of German, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wer ist der Künstler ich habe am meisten gehört letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer war meine Nummer eins Band in Oktober",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="wer ist die Band ich bin besessen mit in letzter Zeit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="was ist mein meistes gespielt Lied diese Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mir meine drei Top Lieder von die letzte Jahr",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="in die Küche, was ist die Lied am meisten gespielt",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="welche Album habe ich gehört die meiste in diese Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="welcher Podcast ich höre am meisten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="was ist meine Lieblings Podcast seit März",
        family="top_podcasts",
        period="since_march",
    ),
    Fresh(
        text="wie lange habe ich gehört zu Musik heute?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden wir haben gehört gestern",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="wie viel Zeit habe ich verbracht hören in die letzte 30 Tage",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="wie viele Lieder habe ich gespielt heute Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Podcast Episoden ich habe gehört in August",
        family="plays",
        period="august",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder habe ich gespielt in zwanzig fünfundzwanzig",
        family="plays",
        period="in_2025",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene Künstler habe ich gehört in diese Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedenen Lieder habe ich gespielt seit Oktober",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="wie viele andere Songs ich habe gehört in die letzte drei Monate",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie viele Zeiten habe ich gehört zu Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft habe ich gespielt Daft Punk diese Woche",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie viele Zeiten habe ich gehört die Daily seit Montag",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="habe ich gehört zu Queen gestern?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="habe ich gehört zu Radiohead in Sommer",
        family="did_i",
        period="summer",
        name="Radiohead",
    ),
    Fresh(
        text="hat Ada gehört Justice letzte Monat",
        family="did_i",
        period="last_month",
        name="Justice",
        person="Ada",
    ),
    Fresh(
        text="habe ich gehört Cafe Tacuba letzte Sommer",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    Fresh(
        text="was habe ich gehört zu gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was haben wir gehört am Samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was habe ich gehört letzte Nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was war spielen gestern um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute um halb neun in die Morgen",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welche Lied war spielen heute Nachmittag um fünf nach fünf",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="was für eine Musik ich mag, basiert auf meine Hören",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann höre ich normalerweise Musik, welche Zeit und welche Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="welche neue Künstler habe ich entdeckt in letzter Zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler waren neu für mich diese Jahr",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="wie oft ich überspringe Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel ich wiederhole die gleiche Lieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage in eine Reihe habe ich gehört",
        family="streak",
    ),
    Fresh(
        text="wann habe ich gehört zu Justice für die erste Zeit",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann habe ich zuerst gehört Eres von Cafe Tacuba",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="wann war die letzte Zeit ich habe gehört Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann habe ich zuletzt gehört The Weeknd",
        family="last_play",
        name="The Weeknd",
    ),
    Fresh(
        text="was war die letzte Lied ich habe gespielt",
        family="last_song",
    ),
    Fresh(
        text="was war die erste Lied heute",
        family="first_today",
    ),
    Fresh(
        text="was war die erste Song ich habe gehört vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was war die letzte Lied in letzte Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="mit welche Lied habe ich beendet gestern",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="welche Lied ich überspringe die meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich überspringe am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied habe ich auf Wiederholung in diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein Oktober in Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mir eine Rückblick von meine Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mir eine Zusammenfassung von die letzte Woche",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="höre ich mehr in die Morgen oder in die Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich mehr eine Morgen Hörer oder eine Abend Hörer",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="höre ich mehr Musik am Wochenende oder in die Woche",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach die Musik lauter bitte",
    "welche Lied ist das",
    "überspringen diese Lied",
    "pause die Podcast",
    "nächste Lied in die Wohnzimmer",
    "mach aus die Licht in die Küche",
    "spiel die Album Discovery",
    "mach die Volumen auf dreißig",
    "mach Shuffle an bitte",
    "wiederhole diese Lied",
    "gruppiere die Lautsprecher in Küche und Wohnzimmer",
    "setze eine Timer für zehn Minuten",
    "wie ist die Wetter morgen",
    "füge Milch zu die Einkaufsliste",
    "mach die Heizung auf einundzwanzig Grad",
    "was höre ich gerade jetzt",
    "was spielt jetzt in die Küche",
    "stopp die Musik",
    "wer singt diese Lied",
    "spiel die neue Episode von The Daily",
    "leiser bitte die Lautsprecher in Küche",
]
