"""Writer 505, American expat learning German (A2/B1, Denglisch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welche Künstler ist meine Top last week",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="wer ist mein Nummer eins Artist dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="was ist mein meist gespielt Song in Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="sag mir meine top drei Songs von alle Zeit",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="welche Album ich habe am meisten gehört",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="was war die Lieblingsalbum in die Sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welche Podcast ich höre am meisten in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange ich habe Musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden wir haben gehört last weekend",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie viel Zeit mit Podcasts diese Monat",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Songs ich habe gespielt gestern",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele mal wurde etwas gespielt in die Küche letzte Monat",
        family="plays",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="wie viele Plays ich habe in die letzte sieben Tage",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele verschiedene Künstler ich habe gehört in zwanzig fünfundzwanzig",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="wie viele different Artists diese Woche",
        family="artists_count",
        period="this_week",
    ),
    Fresh(
        text="wie viele verschiedene Songs ich habe gehört seit Montag",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="wie viel different Lieder in September",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wie viele mal ich habe Queen gehört diese Jahr",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="wie oft ich habe gespielt One More Time von Daft Punk",
        family="play_count",
        period="all_time",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="wie viele mal ich habe Radiohead gehört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="habe ich gehört Justice gestern",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="ich habe Air gehört diese Woche, ja?",
        family="did_i",
        period="this_week",
        name="Air",
    ),
    Fresh(
        text="haben wir The Daily gehört vorgestern",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="hab ich Billie Eilish gehört last month",
        family="did_i",
        period="last_month",
        name="Billie Eilish",
    ),
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hat gespielt am Samstag",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was war auf heute Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was lief gestern um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welche Song war spielen heute um halb neun in die Morgen",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was hat gespielt letzte Freitag um neun Uhr Abend",
        family="playing_at",
        moment="2026-11-13 21:00",
    ),
    Fresh(
        text="was für Musik Geschmack ich habe",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib meine Taste in Musik bitte",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich höre normalerweise, welche Stunde und welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="welche neue Künstler ich habe entdeckt diese Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="habe ich neue Artists gefunden in die letzte drei Monate",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie viel ich skippe so in general",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="was ist meine Skip Rate last week",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="wie viel ich höre die gleiche Sachen nochmal und nochmal",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage in eine Reihe ich habe gehört",
        family="streak",
    ),
    Fresh(
        text="wann ich habe zuerst gehört Café Tacvba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann war die letzte Mal ich habe Digital Love gehört",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="was war die letzte Song",
        family="last_song",
    ),
    Fresh(
        text="was war meine erste Song heute",
        family="first_today",
    ),
    Fresh(
        text="welche Song war erste am dritte November",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="was war die letzte Song gestern Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="mit welche Song ich habe geendet last Friday",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welche Song ich skippe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Artist ich skippe die meiste",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Song ist mein on repeat Song in diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="gib mir eine Recap von meine Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="wie war meine Oktober, gib mir eine Review",
        family="recap",
        period="october",
    ),
    Fresh(
        text="ich höre mehr in die Morgen oder in die Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="höre ich mehr am Weekend oder unter die Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="wer war meine Top Band in die letzte dreißig Tage",
        family="top_artists",
        period="last_30_days",
    ),
    Fresh(
        text="hat Ada Sexy Boy gehört letzte Sommer",
        family="did_i",
        period="last_summer",
        name="Sexy Boy",
        person="Ada",
    ),
    Fresh(
        text="was ich habe gehört heute Morgen, nur die Musik",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="welche Album war meine Lieblings seit Oktober",
        family="top_albums",
        period="since_october",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach die Musik lauter bitte",
    "mach leiser",
    "skip diese Song",
    "nächste Song bitte",
    "pause die Podcast",
    "welche Song ist das",
    "was spielt gerade in die Küche",
    "was ich höre jetzt gerade",
    "mach die Licht aus in die Küche",
    "spiel die Album Discovery",
    "stell eine Timer für zehn Minuten",
    "wie ist die Wetter morgen",
    "tu Milch auf meine Shopping List",
    "mach die Heizung auf zweiundzwanzig Grad",
    "Shuffle an bitte",
    "Repeat aus",
    "verbinde die Küche Speaker mit die Wohnzimmer",
    "Volume auf fünfzig Prozent",
    "spiel die neue Episode von The Daily",
    "stopp die Musik",
    "spiel etwas von Queen",
    "nächste Track im Wohnzimmer",
    "wie spät ist es",
]
