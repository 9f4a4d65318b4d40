"""Writer 497, French Erasmus student learning German (B1), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="euh welche ist der Künstler, den ich am meisten gehört habe die letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="du coup wer ist mein Lieblingsgruppe dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="in die Küche, welche Band läuft am meisten, insgesamt",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="welche ist das Lied, das ich habe am meisten gehört in Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="meine drei Lieder die meist gespielt, seit März",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="das Lied Nummer eins von letzte Jahr für mich, welche ist das",
        family="top_tracks",
        period="last_year",
    ),
    Fresh(
        text="welche Album habe ich am meisten gehört diese Monat",
        family="top_albums",
        period="this_month",
    ),
    Fresh(
        text="bah welche ist meine Lieblingspodcast in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="welche Podcast ich habe am meisten gehört in September",
        family="top_podcasts",
        period="september",
    ),
    Fresh(
        text="wie viel Stunden ich habe Musik gehört die letzte Woche",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="wie lange wir haben gehört gestern in der Küche",
        family="listening_time",
        period="yesterday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie lange ich habe gehört die letzte dreißig Tage",
        family="listening_time",
        period="last_30_days",
    ),
    Fresh(
        text="wie viel Lieder ich habe gespielt heute Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="euh wie viel Folgen von die Podcast die letzte Monat",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Sachen ich habe gespielt seit Montag",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie viel verschiedene Künstler ich habe gehört in die Sommer",
        family="artists_count",
        period="summer",
    ),
    Fresh(
        text="wie viel Künstler insgesamt, verschiedene meine ich",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="wie viel verschiedene Lieder seit zwei Wochen",
        family="songs_count",
        period="last_2_weeks",
    ),
    Fresh(
        text="wie viel Mal ich habe gehört Bohemian Rhapsody dieses Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel Mal lief Daft Punk seit zwei Wochen",
        family="play_count",
        period="last_2_weeks",
        name="Daft Punk",
    ),
    Fresh(
        text="Stromae, wie viel Mal ich habe ihn gehört",
        family="play_count",
        period="all_time",
        name="Stromae",
    ),
    Fresh(
        text="wie viel Mal la femme d'argent seit Oktober",
        family="play_count",
        period="since_october",
        name="La femme d'argent",
    ),
    Fresh(
        text="habe ich Justice gehört die letzte Wochenende",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="ich habe gehört Air gestern oder nicht?",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="euh hat Ada The Daily gehört vorgestern",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
        person="Ada",
    ),
    Fresh(
        text="Digital Love, ich habe es gehört die letzte sieben Tage?",
        family="did_i",
        period="last_7_days",
        name="Digital Love",
    ),
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="du coup was wir haben gehört am Samstag",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was hat gespielt heute Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was lief gestern um acht weniger Viertel am Abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welche Lied war um acht Uhr dreißig heute früh",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="heute um fünf und Viertel, was hat gespielt",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was für ein Musikgeschmack ich habe, bah, was sagst du",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche Uhrzeit ich höre normalerweise Musik, und welche Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="habe ich neue Künstler entdeckt die letzte Monat",
        family="new_artists",
        period="last_month",
    ),
    Fresh(
        text="welche Künstler sind neu für mich seit Oktober",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="welche Band ich habe entdeckt die letzte Sommer",
        family="new_artists",
        period="last_summer",
    ),
    Fresh(
        text="wie oft ich überspringe die Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel ich habe geskippt die letzte drei Monate",
        family="skips",
        period="last_3_months",
    ),
    Fresh(
        text="euh ich höre immer die gleiche Lieder oder? wie viel ich wiederhole",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viel Tage hintereinander ich höre schon, ohne Pause",
        family="streak",
    ),
    Fresh(
        text="wann ich habe das erste Mal gehört Café Tacvba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann war die erste Mal mit Indila",
        family="first_play",
        name="Indila",
    ),
    Fresh(
        text="wann ich habe zuletzt gehört Sexy Boy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="die letzte Mal mit Queen, wann war das",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="welche ist die letzte Lied, das ich habe gehört",
        family="last_song",
    ),
    Fresh(
        text="mit welche Lied ich bin aufgewacht heute",
        family="first_today",
    ),
    Fresh(
        text="die erste Lied von gestern, welche war",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was war das erste Lied am dritten November",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="und das letzte Lied die letzte Freitag?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches Lied ich habe zuletzt gehört vorgestern",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="bah welche Künstler ich skippe die meiste",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich höre in Schleife im Moment",
        family="on_repeat",
    ),
    Fresh(
        text="du coup das Lied, das ich nicht kann aufhören zu hören, welche ist",
        family="on_repeat",
    ),
    Fresh(
        text="mach mir ein Resümee von meine Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="euh erzähl mal, wie war die August für meine Musik",
        family="recap",
        period="august",
    ),
    Fresh(
        text="ich höre mehr am Morgen oder am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="höre ich mehr in die Wochenende oder in die Woche, euh, während die Arbeitstage",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach die Musik lauter bitte",
    "euh was läuft jetzt in der Küche",
    "welche ist dieses Lied",
    "überspring das Lied",
    "mach Pause die Podcast",
    "nächste Lied im Wohnzimmer",
    "mach das Licht aus in die Küche",
    "spiel die Album Discovery",
    "mach leiser, bah, zu laut",
    "Zufallsmodus an bitte",
    "wiederhol dieses Lied in Schleife",
    "verbinde die Lautsprecher von Küche und Wohnzimmer",
    "stell ein Timer für zehn Minuten",
    "wie ist das Wetter morgen in Berlin",
    "füg Milch auf die Einkaufsliste",
    "mach die Heizung auf zweiundzwanzig Grad",
    "was höre ich gerade, du coup",
    "wer singt das",
    "spiel die letzte Folge von The Daily",
    "stop die Musik",
    "Lautstärke auf vierzig",
    "spiel etwas von Justice in die Küche",
    "das vorherige Lied bitte nochmal",
    "wird es regnen heute Abend?",
]
