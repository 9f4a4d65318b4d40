"""Writer 490, Rentner aus dem Erzgebirge (Erzgebirgisch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Wer war denn letzte Woche mei Nummer eins bei dr Musik, ne?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wen ham mer denn im Oktober am meisten gehärt",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="Sog mol, meine drei liebsten Künstler heier, wer is'n des",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Nu, wen hob iech denn seit Montag am meisten gehärt",
        family="top_artists",
        period="since_monday",
    ),
    Fresh(
        text="Wos war denn mei Lieblingsliedel diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Welches Liedel hob iech seit März fei am meisten gespielt",
        family="top_tracks",
        period="since_march",
    ),
    Fresh(
        text="in dr Küche, wos warn do de fünf Liedel, die am meisten gelaufen sin",
        family="top_tracks",
        period="all_time",
        count=5,
        room="kitchen",
    ),
    Fresh(
        text="Welches Album hob iech denn im Sommer am meisten gehärt",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Mei meistgespielte Platte zwanzig fünfundzwanzig, wos war'n des",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="Welchen Podcast hör iech denn in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie lang lief denn heute fei schon Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viel Stunden ham mer letzten Monat gehärt",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Wie lange hob iech vorgestern zugehärt, Gung",
        family="listening_time",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wie viele Liedel warn denn gestern dran",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie viel Podcastfolgen hob iech diese Woche gehärt",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler hob iech heier gehärt",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viel verschiedene Liedel warn's denn in dr Küche seit Oktober",
        family="songs_count",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="Wie oft hob iech denn Bohemian Rhapsody heier gespielt",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft lief dr Daft Punk letzte Woche",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hob iech denn in dr ganzen Zeit den Anton Günther gehärt",
        family="play_count",
        period="all_time",
        name="Anton Günther",
    ),
    Fresh(
        text="Hob iech gestern ahmds Queen gehärt",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="Ham mer am Sonnabend fei Justice gehärt, ne",
        family="did_i",
        period="saturday",
        person="we",
        name="Justice",
    ),
    Fresh(
        text="Lief vorgestern eigentlich wos von Air",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="Wos hob iech denn gestern ahmds gehärt, ne",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wos lief denn heute Nachmittag so",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Am dritten November, wos hob iech do gehärt",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Wos lief denn gestern um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Wos hob iech heut früh um halb neune gehärt",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wos fier Musik mog iech eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr hör iech denn meistens, un an welchem Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hob iech in letzter Zeit fei neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wer is denn im September neu dazugekomm, den iech vorher nie gehärt hob",
        family="new_artists",
        period="september",
    ),
    Fresh(
        text="Wie oft überspring iech eigentlich wos",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Hör iech immer wieder desselbe, wie oft wiederhol iech mich do",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viel Tage hinternander hob iech jetz schon zugehärt",
        family="streak",
    ),
    Fresh(
        text="Wann hob iech denn Café Tacvba es erste Mol gehärt",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann lief denn Don't Stop Me Now zuletzt",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="The Daily, wann hob iech den es letzte Mol gehärt",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wos war denn es letzte Liedel, wos iech gespielt hob",
        family="last_song",
    ),
    Fresh(
        text="Wos war heut es erste Liedel",
        family="first_today",
    ),
    Fresh(
        text="Wos war dr erste Titel gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit wos hob iech letzten Freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Wos war es letzte Liedel letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Wos lief im Oktober ganz zum Schluss",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="Welches Liedel überspring iech am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler drück iech am öftesten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wos fier a Liedel läft bei mir grod in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl mal, wie war mei Jahr mit dr Musik",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Nu, wie war'n mei Monat so",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Hör iech früh mehr oder ahmds",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör iech am Wochenend mehr als unner dr Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Die letzten sieben Tag, wie lang hob iech do Musik gehärt",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="Wie viel lief denn insgesamt in de letzten zwee Wochen, Liedel un Podcast zamm",
        family="plays",
        period="last_2_weeks",
    ),
    Fresh(
        text="Wer war denn in de letzten dreißig Tag mei Lieblingskünstler",
        family="top_artists",
        period="last_30_days",
    ),
    Fresh(
        text="Wie viel verschiedene Liedel hob iech letztes Wochenend gehärt",
        family="songs_count",
        period="last_weekend",
    ),
    Fresh(
        text="Hob iech letzten Sommer eigentlich Wolfgang Petry gehärt",
        family="did_i",
        period="last_summer",
        name="Wolfgang Petry",
    ),
    Fresh(
        text="Wos hob iech denn so in de letzten drei Monate gehärt",
        family="what_played",
        period="last_3_months",
    ),
    Fresh(
        text="Wie oft hob iech im August des Sexy Boy vun Air gespielt",
        family="play_count",
        period="august",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Heut früh, mit wos fier an Liedel hob iech do angefangen",
        family="first_in",
        period="this_morning",
    ),
]

NEGATIVES = [
    "Spiel mal Queen in dr Küche",
    "Mach die Musik fei e bissel lauter",
    "Wos is'n des fier a Liedel grod",
    "Nächstes Liedel",
    "Überspring des mal",
    "Halt mal den Podcast an",
    "Mach's Licht in dr Küche aus",
    "Spiel es Album Discovery",
    "Mach leiser, ne",
    "Zufallswiedergabe an",
    "Des Liedel in Dauerschleife stelln",
    "Stell en Wecker auf sechse",
    "Stell en Timer auf zwanzig Minuten fier de Griene Klees",
    "Wie wird's Wetter morgen aufm Fichtelberg",
    "Schreib Quark aufn Einkaufszettel",
    "Mach de Heizung e bissel höher",
    "Wos hör iech denn grod",
    "Wos läuft grod in dr Küche",
    "Spiel mal Weihnachtsliedel vom Anton Günther",
    "Spiel The Daily",
    "Lautstärke auf fünf",
    "Verbind den Lautsprecher in dr Küche mit dem in dr Stub",
    "Musik aus, mer gehn ins Bett",
    "Mach weiter mit dem Podcast",
    "Spiel wos von Daft Punk im Wohnzimmer",
]
