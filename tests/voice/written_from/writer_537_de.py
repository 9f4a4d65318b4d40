"""Writer 537, ein Franzose mit Deutsch A2-B1, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Wer ist die Künstler, das ich am meisten gehört habe diese Monat?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="alors, welche Sänger ich habe gehört am meisten in letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Was ist mein Lieblingslied von die Jahr?",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="sag mir die drei chansons, die ich am meisten gespielt habe im Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="Welche Album ich habe am meisten gehört, euh, in die letzte Monat",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="mein Lieblingsalbum de tous les temps, was ist das?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Welche Podcast ich höre am meisten in letzter Zeit?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was ist mein podcast préféré dieses Jahr",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="Wie lange ich habe Musik gehört heute?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="combien, euh, wie viel Stunden wir haben gehört in die Küche letzte Woche",
        family="listening_time",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="wie viele Minuten Podcast ich hab gehört diese Woche?",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Lieder ich habe gespielt gestern?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Episoden von die Podcast ich habe gehört in September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler ich habe gehört seit März?",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="wie viele Künstler insgesamt ich habe gehört, en tout",
        family="artists_count",
        period="all_time",
    ),
    Fresh(
        text="wie viel verschiedene Lieder ich habe gehört die letzte dreißig Tage",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie viel verschiedene chansons im August?",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="Wie oft ich habe gehört Bohemian Rhapsody?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="combien de fois... wie oft lief die Daft Punk diese Woche",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft ich hab Stromae gehört dieses Jahr",
        family="play_count",
        period="this_year",
        name="Stromae",
    ),
    Fresh(
        text="Hab ich gestern die Justice gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="ich habe gehört Air im Sommer, oui ou non?",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="Haben wir am Samstag den Daily gehört",
        family="did_i",
        period="saturday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="hab ich Indochine gehört in letzte Zeit?",
        family="did_i",
        period="lately",
        name="Indochine",
    ),
    Fresh(
        text="Was ich habe gehört gestern Abend?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief heute Morgen, euh, in die Küche",
        family="what_played",
        period="this_morning",
        room="kitchen",
    ),
    Fresh(
        text="Was haben wir gehört vorgestern?",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="Was lief gestern um Viertel vor acht, le soir?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welche Lied war an heute um Viertel nach fünf am Nachmittag",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was spielte heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was für eine Musik ich mag, was denkst du?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mir mein goût musical, s'il te plaît",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um welche Uhrzeit ich höre normalement Musik?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="an welche Tag von die Woche ich höre am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab ich neue Künstler entdeckt diese Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche neue Gruppen ich habe gefunden seit Oktober",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="Wie oft ich überspringe die Lieder?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel Lieder ich habe übersprungen letzte Woche",
        family="skips",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="ich wiederhole viel die gleiche Lieder, non?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viel ich höre die gleiche chansons noch mal in diese Monat",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="wie viele Tage hintereinander ich habe Musik gehört?",
        family="streak",
        content="music",
    ),
    Fresh(
        text="seit wie viel Tage ich höre ohne Pause",
        family="streak",
    ),
    Fresh(
        text="Wann ich habe zum ersten Mal Café Tacvba gehört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann ich höre die Daily",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann war die letzte Mal, dass ich habe Queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann ich hab zuletzt dance von Justice gehört?",
        family="last_play",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="Was war die letzte Lied, das ich gespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="die letzte chanson, welche war?",
        family="last_song",
    ),
    Fresh(
        text="Mit welche Lied ich bin aufgewacht heute",
        family="first_today",
    ),
    Fresh(
        text="das erste chanson von heute, was war das?",
        family="first_today",
    ),
    Fresh(
        text="Was war die erste Lied gestern?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="welche Lied ich hab zuerst gespielt am letzte Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was war die letzte Lied letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="mit welche Lied ich hab fini am dritte November?",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="Welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="die chanson, die ich immer skip, welche ist?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich skip am meisten, alors",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welche Lied ich höre en boucle im Moment?",
        family="on_repeat",
    ),
    Fresh(
        text="was ist die Lied, die ich spiele immer und immer in diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl mal, wie war mein Woche?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="mach mir eine résumé von die letzte Jahr",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="wie war mein November bis jetzt, raconte",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Ich höre mehr am Morgen oder am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich mehr Morgen-Hörer oder Nachmittag-Hörer",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör ich mehr am Wochenende oder in die Woche?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="in die letzte drei Monate, ich höre mehr Musik am Wochenende oder unter die Woche",
        family="compare_week",
        period="last_3_months",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in die Küche",
    "mach lauter die Musik, s'il te plaît",
    "überspring diese chanson",
    "was ist diese Lied, das jetzt spielt?",
    "Pause die Podcast",
    "nächste Lied in die Wohnzimmer",
    "mach aus die Licht in die Küche",
    "spiel die Album Discovery",
    "mach leiser, c'est trop fort",
    "spiel Queen en aléatoire",
    "mach die Wiederholung an für diese Lied",
    "verbinde die Lautsprecher von die Küche mit die Wohnzimmer",
    "stell eine minuteur auf zehn Minuten",
    "wie wird die Wetter morgen?",
    "schreib Baguette auf die Einkaufsliste",
    "mach die Heizung auf einundzwanzig Grad",
    "was ich höre jetzt gerade?",
    "spiel die neue Episode von The Daily",
    "weiter mit die Podcast",
    "welche Album ist das?",
    "stell die Lautstärke auf fünf",
    "spiel noch einmal diese chanson",
    "mach die Musik aus in zwanzig Minuten",
    "spiel etwas von Café Tacvba in die Küche, bitte",
]
