"""Writer 532, ein Italiener mit Deutsch A2-B1 (Artikel falsch, Verb an falscher Stelle, italienische Wörter dazwischen), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="allora, wer ist die Künstler ich habe am meisten gehört letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="welche Band ich höre am meisten in diese Monat?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer war unser Lieblingskünstler in Oktober, in die Küche",
        family="top_artists",
        period="october",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="die drei Künstler meiste gehört diese Jahr, bitte",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="was ist die Lied ich habe gehört am meiste in letzte dreißig Tage",
        family="top_tracks",
        period="last_30_days",
    ),
    Fresh(
        text="meine Lieblingscanzone von Sommer, welche ist",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="top fünf Lieder von immer",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="welche Album ich habe am meisten gespielt letztes Jahr",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="die Album più gehört seit März",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="welche Podcast ich höre am meisten in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="meine Podcast numero uno in zweitausendfünfundzwanzig",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="wie viel Zeit ich habe Musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="quante ore, wie viele Stunden wir haben gehört letzte Monat",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wie lange ich habe Podcast gehört diese Woche",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Musik seit Montag ich habe gehört",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viele Lieder ich habe gespielt heute Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="quanti, wie viele Folgen ich habe gehört in diese Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Sachen wir haben gespielt vorgestern",
        family="plays",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="wie viele verschiedene Künstler ich habe gehört diese Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele Künstler diverse in letzte Sommer",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="wie viele verschiedene Lieder seit Oktober ich habe gehört",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="quante canzoni diverse, wie viele andere Lieder in die letzte sieben Tage",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="wie oft ich habe gehört Bohemian Rapsodi diese Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel mal ich habe The Daily gehört letzte Woche",
        family="play_count",
        period="last_week",
        name="The Daily",
    ),
    Fresh(
        text="wie oft Radiohead ich habe gespielt in diese Jahr",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="ich habe gestern Queen gehört?",
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
        text="ecco, habe ich Café Tacuba gehört in August?",
        family="did_i",
        period="august",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wet Leg, ich habe das gehört in letzte Zeit?",
        family="did_i",
        period="lately",
        name="Wet Leg",
    ),
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was war die Musik in die Küche am Samstag",
        family="what_played",
        period="saturday",
        room="kitchen",
        content="music",
    ),
    Fresh(
        text="was ich habe gehört am dritte November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was lief gestern um Viertel vor acht Uhr",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was spielte heute um halb neun am Morgen",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welche Lied war heute zehn nach fünf Nachmittag",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="was für Musik mir gefällt, cioè mein Geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="welche Genere ich höre gern",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche Uhr ich höre normalmente Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="welche Tag von die Woche ich höre am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue Künstler ich habe entdeckt diese Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Künstler nuovi in die letzte drei Monate",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft ich überspringe, tipo die Prozent",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="ich habe viel übersprungen letzte Woche?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="ich höre immer die gleiche Lieder? wie viel ich wiederhole",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage di fila ich habe gehört",
        family="streak",
    ),
    Fresh(
        text="wann ich habe zum erste Mal Daft Punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="wann war die erste Mal von Sexy Boy",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann ich habe letzte Mal Genesis gehört",
        family="last_play",
        name="Genesis",
    ),
    Fresh(
        text="Air, wann das letzte Mal?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="was war die letzte Lied ich habe gespielt",
        family="last_song",
    ),
    Fresh(
        text="welche Lied ich habe gehört als erste heute",
        family="first_today",
    ),
    Fresh(
        text="mit welche canzone ich bin aufgewacht heute",
        family="first_today",
    ),
    Fresh(
        text="die erste Lied von gestern, was war",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was ich habe zuerst gehört letzte Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="die letzte Lied von vorgestern welche war",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="mit welche Lied ich habe aufgehört gestern Abend",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich überspringe più spesso",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich höre sempre in diese Tage, auf Wiederholung",
        family="on_repeat",
    ),
    Fresh(
        text="die Lied ich kann nicht aufhören zu hören",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mir wie war meine Woche mit Musik",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="allora, wie war meine Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="eine riassunto von meine Jahr bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war bei uns die letzte Monat",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="ich höre mehr am Morgen oder am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="höre ich mehr in die Wochenende oder unter die Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach die Musik più laut",
    "was läuft jetzt in die Küche",
    "welche Lied ist das",
    "überspring diese canzone",
    "Pause die Podcast",
    "nächste Lied im Wohnzimmer",
    "mach aus die Licht in Küche",
    "spiel die Album Discovery",
    "Lautstärke auf cinque, auf fünf",
    "Zufallswiedergabe an bitte",
    "die Lied wiederholen, ancora",
    "verbinde die Lautsprecher von Küche und Wohnzimmer",
    "Timer zehn Minuten für die Pasta",
    "wie ist die Wetter morgen",
    "schreib Parmigiano auf die Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad",
    "was ich höre jetzt gerade",
    "spiel die neue Folge von The Daily",
    "stopp die Musik",
    "leiser bitte, più piano",
    "spiel Queen in die Küche",
    "wer singt diese Lied jetzt",
    "Wecker um sieben Uhr",
]
