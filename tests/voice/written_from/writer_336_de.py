"""Writer 336, an English-native learner of German, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wer ist mein top Künstler diese Woche",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="welche Band ich habe gehört zu am meisten letzte Monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="wer war meine Lieblingskünstler letzte Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="mit welche Künstler ich bin obsessed in letzter Zeit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="was ist die meiste gespielte Lied von mir dieses Jahr",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="meine drei top Songs von alle Zeit bitte",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in die Küche, welches Lied wird gespielt am meisten",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="welches Album ich habe am meisten gehört in die Sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welche Podcast ist mein go-to Podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange habe ich Musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden wir haben gehört zu letzte Woche",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lange Podcasts ich habe gehört in September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder ich habe gespielt gestern",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Episoden von die Podcast im Oktober",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Streams total in 2025",
        family="plays",
        period="in_2025",
    ),
    Fresh(
        text="wie viele verschiedene Künstler ich habe gehört diese Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene Lieder seit März",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="wie viele Zeiten ich habe gehört zu Bohemian Rhapsody diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viele Zeiten habe ich Daft Punk gespielt in die letzte 30 Tage",
        family="play_count",
        period="last_30_days",
        name="Daft Punk",
    ),
    Fresh(
        text="The Daily, wie viele Zeiten seit Montag habe ich das gehört",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="habe ich gehört zu Queen gestern Abend",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="habe ich Radiohead jemals gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich zu Justice gehört am Wochenende",
        family="did_i",
        period="last_weekend",
        name="Justice",
    ),
    Fresh(
        text="habe ich gehört zu Wet Leg diese Monat",
        family="did_i",
        period="this_month",
        name="Wet Leg",
    ),
    Fresh(
        text="was ich habe gehört vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was war mein Musik heute Morgen",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="was ich habe gehört letzte Nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was hat gespielt gestern um Viertel vor acht in die Abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute um halb neun in die Morgen",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was für eine Musik ich mag, meine Geschmack bitte",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich höre normalerweise Musik, welche Zeit und welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="habe ich neue Künstler entdeckt in letzter Zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wie oft ich skippe Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel ich repeate die gleiche Songs",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage in eine Reihe ich habe gehört",
        family="streak",
    ),
    Fresh(
        text="wann ich habe zuerst gehört zu Air",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wann habe ich Genesis von Justice das erste Zeit gehört",
        family="first_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="wann war die letzte Zeit ich habe gehört Café Tacvba",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann ich habe zuletzt gehört zu Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="was war die letzte Lied ich habe gespielt",
        family="last_song",
    ),
    Fresh(
        text="was war die erste Song heute",
        family="first_today",
    ),
    Fresh(
        text="was war die erste Lied letzte Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="die letzte Song von gestern, was war das",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="welche Lied ich skippe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welcher Künstler ich skippe die meiste",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Song habe ich auf Repeat diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="gib mir eine Recap von meine Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="wie war meine Jahr in Musik",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="höre ich mehr in die Morgen oder in die Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="höre ich mehr am Wochenende oder unter die Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach die Musik lauter bitte",
    "skip diese Song",
    "pause die Podcast",
    "nächste Track in die Wohnzimmer",
    "mach die Küche Licht aus",
    "spiel die Album Discovery",
    "Volume auf fünf bitte",
    "Shuffle an bitte",
    "Repeat Modus aus machen",
    "was ist diese Lied",
    "was höre ich jetzt gerade",
    "setz eine Timer für zehn Minuten",
    "wie ist die Wetter morgen",
    "tu Milch auf die Einkaufsliste",
    "mach die Heizung auf zweiundzwanzig Grad",
    "verbinde die Speaker in Küche und Wohnzimmer",
    "spiel die neueste Episode von The Daily",
    "stopp die Musik",
    "leiser bitte, die Musik ist zu laut",
    "wer singt diese Song gerade",
    "spiel Queen in die Küche",
]
