"""Writer 44, an Italian native speaker speaking German, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="allora, welche Kunstler ich habe gehort am meisten diese Woche?",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="senti, wer ist la mia Kunstler numero uno von letzte Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="la top funf Kunstler di 2025, dai, sag mir",
        family="top_artists",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="die drei Lieder di meine meistgehorte im Oktober, welche sind?",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welche ist la Lieblingslied von mir diese Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="dai, welche Album ich bin gehort am meisten in die Sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welche Podcast ich hore am meisten in letzte Zeit, boh",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange ich habe gehort Musik gestern?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="mamma mia, wie viele Stunden wir haben gehort letzte Woche",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lange Ada hat gehort la Podcast diese Woche",
        family="listening_time",
        period="this_week",
        content="podcasts",
        person="Ada",
    ),
    Fresh(
        text="Wie viele Lieder ich habe gehort gestern?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Episoden di Podcast ich bin gehort diese Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="in die Kuche, wie viele Lieder sind gelaufen seit Montag?",
        family="plays",
        period="since_monday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viele verschiedene Kunstler ich habe gehort seit Marz",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="allora, wie viele verschiedene Lieder in die letzte dreissig Tage",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="verschiedene Lieder im August, wie viele ich bin gespielt?",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="wie oft ich habe gespielt Queen diese Jahr",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="senti, wie viele Mal ich bin gehort la Bohemian Rhapsody im September",
        family="play_count",
        period="september",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Da Funk, wie oft ich habe gehort in die letzte drei Monate?",
        family="play_count",
        period="last_3_months",
        name="Da Funk",
    ),
    Fresh(
        text="ich habe gehort Justice vorgestern, si o no?",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich gehort The Daily heute fruh?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="dai, ich bin gehort Radiohead irgendwann?",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="ich bin gehort Sexy Boy von Air am dritten November?",
        family="did_i",
        period="november_3",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="was ich habe gehort gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="allora, was wir haben gehort am Samstag?",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="was lief gestern um acht Uhr abends, boh ich erinnere nicht",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="heute fruh um halb neun, was ist gelaufen in die Kuche",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="gestern Abend um Viertel vor acht, was war la Musik?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="senti, was fur eine Musik mir gefallt, in generale?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich hore normalmente Musik, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="neue Kunstler ich habe entdeckt diese Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="gibt es neue Kunstler in letzte Zeit, che ich nie habe gehort vorher?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wie oft ich skippe die Lieder, mamma mia, viel?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="ich hore immer la stessa Lieder wieder und wieder? wie viel",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage hintereinander ich bin gehort, di fila?",
        family="streak",
    ),
    Fresh(
        text="wann ich habe gehort Daft Punk la prima volta",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Wet Leg, wann ich habe gehort das erste Mal?",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="wann ich habe gehort zuletzt Air?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="welche ist la letzte Lied was ich habe gespielt",
        family="last_song",
    ),
    Fresh(
        text="la erste Lied di heute, welche war?",
        family="first_today",
    ),
    Fresh(
        text="welche Lied ich habe gespielt als erste letzte Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="und la letzte Lied gestern, welche?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="welche Lied ich skippe am meisten, boh",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Kunstler ich uberspringe immer?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich hore in Schleife jetzt in diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="erzahl mal, wie war mein Oktober di Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="dai, gib mir eine Ruckblick di la mia Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="senti, wie war meine Woche, musikalisch?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="ich hore mehr am Morgen oder am Abend, allora?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hore ich mehr Musik am Wochenende oder unter die Woche?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Kuche",
    "mach la Musik lauter, dai",
    "was fur eine Lied ist das?",
    "uberspring diese Lied, mamma mia",
    "pause la Podcast, senti",
    "nachste Lied in die Wohnzimmer",
    "mach aus la Licht in die Kuche",
    "spiel la Album Discovery",
    "leiser bitte, allora",
    "mach Zufallswiedergabe an",
    "Wiederholung aus, boh",
    "verbinde die Lautsprecher di Kuche und Wohnzimmer",
    "stell eine Timer fur die Pasta, zehn Minuten",
    "wie ist la Wetter morgen",
    "setz Parmigiano auf die Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad, fa freddo",
    "was ich hore jetzt gerade?",
    "spiel The Daily, la neue Folge",
    "stopp la Musik, ich gehe raus",
    "wer singt das, jetzt?",
    "spiel etwas von Queen in die Kuche",
    "Lautstarke auf funf",
]
