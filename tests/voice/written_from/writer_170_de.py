"""Writer 170, terse voice-search-box user (Rostocker), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="moin. Wiedergaben gestern",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="Queen, wann zuletzt",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Top Lieder, diesen Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="ich, Podcasts, heute, wie lange",
        family="listening_time",
        period="today",
        content="podcasts",
    ),
    Fresh(
        text="Künstler Nummer eins letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Daft Punk, wie oft dies Jahr",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="Justice in letzter Zeit, nu, überhaupt wat?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="wat lief gestern Abend Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Stunden Musik diese Woche",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie viele Künstler letzten Monat",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="verschiedene Lieder im Oktober, Anzahl",
        family="songs_count",
        period="october",
    ),
    Fresh(
        text="Lieblingspodcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="dat Album, dat ich dies Jahr am meisten hatte",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mein Musikgeschmack, sag man",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich meistens, Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue Künstler, letzte 30 Tage",
        family="new_artists",
        period="last_30_days",
    ),
    Fresh(
        text="Skiprate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie oft hör ich dat Gleiche nochmal, Wiederholungsquote",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück gehört",
        family="streak",
    ),
    Fresh(
        text="Bohemian Rhapsody, wann dat erste Mal",
        family="first_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="zuletzt gespieltes Lied",
        family="last_song",
    ),
    Fresh(
        text="erstes Lied heute",
        family="first_today",
    ),
    Fresh(
        text="erstes Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="letzter Song Sonnabend",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="meistübersprungenes Lied",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Band skipp ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Dauerschleife zurzeit, welches Lied",
        family="on_repeat",
    ),
    Fresh(
        text="meine Woche in Musik, kurz",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="morgens oder abends, wann mehr Musik",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wochenende oder unter der Woche, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Küche, Top Lieder seit Oktober",
        family="top_tracks",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="wir, Wiedergaben insgesamt, letztes Wochenende",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Air, jemals gehört?",
        family="did_i",
        period="all_time",
        name="Air",
    ),
    Fresh(
        text="wat lief heute früh um zehn nach acht",
        family="playing_at",
        moment="2026-11-20 08:10",
    ),
    Fresh(
        text="gestern um acht abends, wat lief da",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="drei Top Künstler dies Jahr",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="vorgestern, wat lief so",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Podcastfolgen diese Woche, Anzahl",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="Cafe Tacuba, wann zum ersten Mal",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Rückblick letzter Monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Lieblingsalbum im Sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Radiohead dies Jahr, irgendwat?",
        family="did_i",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="Don't Stop Me Now, wie oft insgesamt",
        family="play_count",
        period="all_time",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="bei uns, meistgehörte Band im Oktober",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="dörch den Sommer, wie viele Stunden Musik",
        family="listening_time",
        period="summer",
        content="music",
    ),
    Fresh(
        text="Lieder heute Nachmittag, Anzahl",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="neue Bands diesen Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="letzte Nacht, wat lief",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Genesis von Justice, wann zuletzt",
        family="last_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="welcher Podcast, nach dem ich grad süchtig bin",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Skips letzte Woche",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="Wiederholungsrate dies Jahr",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="erstes Lied letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="The Daily, heute früh gehört?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Schietwetter, nu, wie lange lief Musik dies Jahr so",
        family="listening_time",
        period="this_year",
        content="music",
    ),
    Fresh(
        text="Sexy Boy von Air, wie oft letzte sieben Tage",
        family="play_count",
        period="last_7_days",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="fünf meistgespielte Lieder, letzten Monat",
        family="top_tracks",
        period="last_month",
        count=5,
    ),
    Fresh(
        text="heute Nachmittag Viertel nach fünf, wat war dat fürn Lied",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="erzähl man, Rückblick",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="letztes Lied am dritten November",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="Küche, seit März, wie viele Wiedergaben",
        family="plays",
        period="since_march",
        room="kitchen",
    ),
]

NEGATIVES = [
    "moin, spiel Daft Punk in der Küche",
    "lauter man",
    "nächstes Lied",
    "Podcast Pause",
    "Licht Küche aus",
    "wat is dat für'n Lied",
    "Schietwetter heute?",
    "Timer zehn Minuten",
    "Einkaufsliste, Milch",
    "Heizung auf einundzwanzig",
    "Zufallswiedergabe an",
    "spiel dat Album Discovery",
    "leiser man, nu",
    "überspring dat",
    "wat hör ich grad",
    "Lautstärke fünf",
    "Lautsprecher Küche mit Wohnzimmer koppeln",
    "Wiederholen aus",
    "nächste Folge",
    "Wecker halb sieben",
    "spiel man wat von Queen in der Küche",
    "stopp",
    "wie warm is dat hier in der Küche",
    "The Daily weiterspielen",
    "moin, Wetter Rostock",
]
