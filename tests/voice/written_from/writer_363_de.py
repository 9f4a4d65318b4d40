"""Writer 363, ein Italiener mit Deutsch A2-B1 (Artikelfehler, italienische Wortstellung, höflich), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Entschuldigung, welche ist der Künstler was ich am meisten gehört habe diese Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer war meine Lieblingsband in die letzte Woche, bitte",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="allora, wer war meine Künstler von das Jahr 2025",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="welche Lied ich habe am meisten gehört in Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="können Sie mir sagen die drei Lieder meiste gespielt in diese Jahr",
        family="top_tracks",
        period="this_year",
        count=3,
    ),
    # top_albums
    Fresh(
        text="die Album, was ich höre am meisten, welche ist?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="mein Lieblingsalbum von die letzte Monat, bitte schön",
        family="top_albums",
        period="last_month",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich höre am meisten in letzter Zeit",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie viel Stunden ich habe Musik gehört heute, bitte",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="in der Küche, wie lange haben wir gehört der Musik am Wochenende",
        family="listening_time",
        period="last_weekend",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie lange ich habe gehört seit Oktober, ungefähr",
        family="listening_time",
        period="since_october",
    ),
    # plays
    Fresh(
        text="wie viele Lieder ich habe gespielt gestern",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel Episode von die Podcast diese Woche",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="in die letzte sieben Tage, wie viel Sachen ich habe gespielt, insgesamt",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler ich habe gehört seit März",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="quanti, Entschuldigung, wie viele verschiedene Lieder in die letzte dreißig Tage",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="wie oft ich habe gehört die Bohemian Rhapsody",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, wie viel mal ich habe gehört diese Monat?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft ich habe die Daily gehört im September",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="habe ich gehört Justice gestern Abend?",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="ich habe Radiohead gehört diese Woche, oder nicht?",
        family="did_i",
        period="this_week",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich eine bisschen Air gehört vorgestern",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="im Sommer letzte Jahr, ich habe gehört die Café Tacvba?",
        family="did_i",
        period="last_summer",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="was ich habe gehört letzte Nacht, bitte",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was haben wir gehört bei uns im Oktober",
        family="what_played",
        period="october",
        person="we",
    ),
    Fresh(
        text="was hab ich gehört heute Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="ecco, am dritte November, was für Musik ich habe gehört",
        family="what_played",
        period="november_3",
        content="music",
    ),
    # playing_at
    Fresh(
        text="was war an gestern Abend um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh um halb neun, was lief in die Küche",
        family="playing_at",
        moment="2026-11-20 08:30",
        room="kitchen",
    ),
    Fresh(
        text="am Mittwoch um neun Uhr von Abend, welche Lied hat gespielt",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="was für eine Musik mir gefällt, können Sie sagen?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie ist meine Geschmack von Musik",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um welche Uhr höre ich normalmente Musik, und welche Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="habe ich neue Künstler entdeckt in die letzte drei Monate",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="seit Montag gibt es eine neue Sänger in meine Liste?",
        family="new_artists",
        period="since_monday",
    ),
    # skips
    Fresh(
        text="wie viel ich überspringe, cioè die Skip-Rate, bitte",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="diese Monat ich habe viel übersprungen?",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="ich höre immer die gleiche Lieder? wie viel wiederhole ich",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="seit wie viel Tage ich höre jeden Tag, ohne Pause",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich habe zum ersten Mal gehört die Café Tacvba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann höre ich die Queen?",
        family="first_play",
        name="Queen",
    ),
    # last_play
    Fresh(
        text="wann war das letzte Mal, dass ich habe gehört Sexy Boy von Air",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="The Daily, wann ich habe gehört die letzte Mal?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="welche ist die letzte Lied was ich habe gespielt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welche Lied ich bin aufgewacht heute",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="die erste Lied von gestern, welche war?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was war die erste Lied am Samstag, bitte",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="die letzte Lied letzten Freitag, was war",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="womit ich habe aufgehört gestern Abend",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Sänger ich überspringe am meisten, bitte",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welche Lied ich höre in Schleife in diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="welche Song läuft bei mir immer, immer wieder zur Zeit",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="können Sie mir erzählen wie war meine November",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="eine Zusammenfassung von letzte Jahr, per favore",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="wie war meine Sommer mit der Musik",
        family="recap",
        period="summer",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr am Morgen oder am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="höre ich mehr Musik in die Woche oder am Wochenende",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "mach bitte Daft Punk in der Küche",
    "spiel die Queen, bitte",
    "mach die Musik mehr laut",
    "leiser, per favore",
    "welche Lied ist das?",
    "nächste Lied bitte",
    "Pause von die Podcast",
    "mach das Licht in die Küche aus",
    "wie wird das Wetter morgen",
    "stell eine Timer für die Pasta, zehn Minuten",
    "schreib Milch auf die Einkaufsliste",
    "mach die Heizung auf zweiundzwanzig Grad",
    "was höre ich jetzt gerade?",
    "spiel die Album Discovery",
    "Zufallswiedergabe an bitte",
    "wiederhole diese Lied",
    "verbinde die Lautsprecher von Küche und Wohnzimmer",
    "Lautstärke auf fünf",
    "wer singt diese Lied?",
    "spiel The Daily die neue Episode",
    "stopp die Musik im Wohnzimmer",
    "zurück zu die vorherige Lied",
    "wie spät ist es bitte",
    "mach eine italienische Radio an",
    "weck mich um sieben mit Musik",
]
