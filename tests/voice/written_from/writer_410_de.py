"""Writer 410, Engländer mit Deutsch B1, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wer war meine nummer eins Künstler letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="welche Band ich habe gehört am meisten dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welche Künstler ich war besessen mit in letzter Zeit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="was ist meine Lieblingslied von alle Zeit",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="gib mir meine drei meist gespielte Lieder in Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welche Album ich habe gespielt am meisten in die letzte Monat",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="meine Lieblingsalbum im Sommer, welche war das",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welche Podcast ich höre die meiste",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange ich habe gehört Musik heute",
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
        text="wie lange lief Podcasts in die letzte 30 Tage",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder ich habe gespielt diese Woche",
        family="plays",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie viele Episoden ich habe gehört in zwei tausend fünf und zwanzig",
        family="plays",
        period="in_2025",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene Künstler ich habe gehört diesen Monat",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wie viele unterschiedliche Lieder ich habe gespielt seit Montag",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="wie viele Zeiten ich habe gehört Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viele Zeiten lief Daft Punk in die Küche diesen Monat",
        family="play_count",
        period="this_month",
        name="Daft Punk",
        room="kitchen",
    ),
    Fresh(
        text="wie oft ich habe gespielt Radiohead dieses Jahr",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="habe ich gehört Queen gestern",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="hab ich Justice gehört am Wochenende",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="haben wir gehört The Daily letzte Woche",
        family="did_i",
        period="last_week",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hat Ada gehört vorgestern",
        family="what_played",
        period="day_before_yesterday",
        person="Ada",
    ),
    Fresh(
        text="was lief letzte Nacht bei mir",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was war spielen gestern um Viertel vor acht am Abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welche Lied lief heute um halb neun in der Morgen",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was für Musik ich mag, beschreib mich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="was ist mein Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche Zeit ich höre normalerweise Musik",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welchem Tag von die Woche ich höre am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="welche neue Künstler ich habe entdeckt in letzter Zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wer war neu für mich in die letzte drei Monate",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft ich überspringe",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="was ist meine Skip-Rate diesen Monat",
        family="skips",
        period="this_month",
    ),
    Fresh(
        text="wie viel ich wiederhole die gleiche Lieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage in eine Reihe ich habe gehört",
        family="streak",
    ),
    Fresh(
        text="wann ich habe gehört Justice die erste Zeit",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann war das erste Mal für Sexy Boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann ich habe zuletzt gehört Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann war die letzte Zeit ich hörte Cafe Tacuba",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="was war die letzte Lied ich habe gespielt",
        family="last_song",
    ),
    Fresh(
        text="was war das erste Lied heute",
        family="first_today",
    ),
    Fresh(
        text="mit welche Lied ich bin aufgewacht heute",
        family="first_today",
    ),
    Fresh(
        text="was war der erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erste Lied am dritte November, was war das",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="was war die letzte Lied am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="mit was ich habe aufgehört letzte Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich überspringe die meiste",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied habe ich auf Repeat jetzt",
        family="on_repeat",
    ),
    Fresh(
        text="welches Lied ich kann nicht aufhören zu spielen",
        family="on_repeat",
    ),
    Fresh(
        text="wie war meine Woche in Musik",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gib mir eine Rückblick von meine Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="erzähl mal über die letzte Sommer",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="ich höre mehr in die Morgen oder in die Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="höre ich mehr am Wochenende oder in die Woche Tage",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wie viele Lieder ich habe gehört in September",
        family="plays",
        period="september",
        content="music",
    ),
    Fresh(
        text="wer war meine top Künstler in August",
        family="top_artists",
        period="august",
    ),
    Fresh(
        text="wie viele Musik ich habe gehört seit März, wie lange",
        family="listening_time",
        period="since_march",
        content="music",
    ),
    Fresh(
        text="was ich habe gehört heute Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach die Musik lauter",
    "was spielt jetzt in der Küche",
    "welche Lied ist das",
    "überspring diese Lied",
    "pause die Podcast bitte",
    "nächste Lied in die Wohnzimmer",
    "mach aus die Licht in Küche",
    "spiel die Album Discovery",
    "Lautstärke auf dreißig Prozent",
    "mach Shuffle an",
    "wiederhole diese Lied bitte auf Repeat",
    "verbinde die Küche Lautsprecher mit die Wohnzimmer",
    "stell eine Timer für zehn Minuten",
    "wie wird die Wetter morgen",
    "tu Milch auf die Einkaufsliste",
    "stell die Heizung auf einundzwanzig Grad",
    "was ich höre gerade jetzt",
    "wer singt diese Lied",
    "spiel die neue Episode von The Daily",
    "stopp die Musik in alle Zimmer",
    "leiser bitte in die Küche",
    "spiel etwas von Queen",
    "geh zurück zu die vorherige Lied",
]
