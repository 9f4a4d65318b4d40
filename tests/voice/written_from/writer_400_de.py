"""Writer 400, eine Italienerin mit Deutsch B1, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Allora, wer ist meine Künstler Nummer eins diese Jahr?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welche Gruppe ich habe am meisten gehört in die letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="von wem ich bin ossessionata in die letzte Zeit, welche Band",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="Was ist die Lied was ich mehr gehört habe diese Monat",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="sag mir meine drei Lieder più gespielt von immer",
        family="top_tracks",
        period="all_time",
        count=3,
        content="music",
    ),
    # top_albums
    Fresh(
        text="welche Album ich habe gespielt am meisten im Oktober",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="mein Lieblingsalbum seit März, was ist, cioè das ich am meisten höre",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich höre am meisten, boh",
        family="top_podcasts",
        period="all_time",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="Wie viel Zeit ich habe Musik gehört gestern",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="quante ore, wie viele Stunden wir haben gehört am Wochenende",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie lange lief die Musik in die Küche diese Woche",
        family="listening_time",
        period="this_week",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="wie viele Lieder ich habe gespielt heute",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Episoden von Podcast ich habe gehört seit Montag",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="in das Jahr 2025 wie viele Sachen ich habe abgespielt insgesamt",
        family="plays",
        period="in_2025",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler ich habe gehört in die letzte drei Monate",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder habe ich gehört der letzte Monat",
        family="songs_count",
        period="last_month",
        content="music",
    ),
    # play_count
    Fresh(
        text="wie oft ich habe gehört Bohemian Rhapsody diese Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="quante volte, wie oft habe ich gespielt Laura Pausini",
        family="play_count",
        period="all_time",
        name="Laura Pausini",
    ),
    Fresh(
        text="wie oft lief die Daily in September",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Ich habe gehört Queen gestern?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Haben wir gehört etwas von Air in die Sommer?",
        family="did_i",
        period="summer",
        name="Air",
        person="we",
    ),
    Fresh(
        text="hab ich gehört Eros Ramazzotti der letzte Monat",
        family="did_i",
        period="last_month",
        name="Eros Ramazzotti",
    ),
    # what_played
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was hat Ada gehört am Samstag",
        family="what_played",
        period="saturday",
        person="Ada",
    ),
    Fresh(
        text="cosa, was habe ich gehört heute Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um Viertel vor acht am Abend",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute Morgen um acht und halb, was war die Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
        content="music",
    ),
    Fresh(
        text="gestern zu Mittag um zwölf was ich hatte an",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    # taste
    Fresh(
        text="beschreib mir meine Geschmack, welche Stil ich habe",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um welche Uhr ich höre normalmente am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich entdeckt neue Künstler in die letzte Zeit?",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="wie oft ich überspringe die Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    # repeat
    Fresh(
        text="ich höre immer die gleiche Lieder wieder, wie viel?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    # streak
    Fresh(
        text="wie viele Tage di fila ich habe gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich habe gehört zum erste Mal Justice",
        family="first_play",
        name="Justice",
    ),
    # last_play
    Fresh(
        text="wann war die letzte Mal ich habe gehört Sexy Boy",
        family="last_play",
        name="Sexy Boy",
    ),
    # last_song
    Fresh(
        text="was war die letzte Lied was ich gehört habe",
        family="last_song",
        content="music",
    ),
    # first_today
    Fresh(
        text="was war die erste Lied von heute",
        family="first_today",
        content="music",
    ),
    # first_in
    Fresh(
        text="die erste Lied von gestern, was war",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    # last_in
    Fresh(
        text="womit ich habe fertig gemacht der letzte Freitag",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Künstler ich überspringe più spesso",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welche Lied ich höre sempre in diese Tage, in Schleife",
        family="on_repeat",
        content="music",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war meine Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="mach mir eine Zusammenfassung von meine Jahr, dai",
        family="recap",
        period="this_year",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr am Morgen oder am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="höre ich mehr am Wochenende oder in die Woche, von Montag bis Freitag",
        family="compare_week",
        period="all_time",
    ),
    # some more
    Fresh(
        text="vorgestern was ich habe gehört, ma tutto",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="am drei November, die Lied erste was ich gespielt habe",
        family="first_in",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="die letzte sieben Tage welche Lied ich mehr gehört",
        family="top_tracks",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="seit Oktober wie viele verschiedene Künstler ich habe gehört",
        family="artists_count",
        period="since_october",
    ),
    Fresh(
        text="hab ich gehört die Daily heute Morgen",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="gestern Abend, was lief bei uns",
        family="what_played",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="wie viel Stunden Musik in die letzte dreißig Tage",
        family="listening_time",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="im August welche war meine Lieblingskünstler",
        family="top_artists",
        period="august",
    ),
    Fresh(
        text="die letzte zwei Wochen was ich habe gehört, una panoramica",
        family="what_played",
        period="last_2_weeks",
    ),
    Fresh(
        text="wann ich habe gehört zum letzte Mal Café Tacvba",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="im Sommer letzte Jahr, was war meine Lieblingsalbum",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="wie oft ich habe gespielt Da Funk das Jahr letzte",
        family="play_count",
        period="last_year",
        name="Da Funk",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche",
    "mach die Musik lauter, per favore",
    "was läuft jetzt in die Küche",
    "welche Lied ist das",
    "überspring diese Lied",
    "mach Pause von die Podcast",
    "nächste Lied in die Wohnzimmer",
    "mach aus die Licht in die Küche",
    "spiel die Album Discovery",
    "mach die Zufallsmodus an",
    "wiederhol diese Lied sempre",
    "gruppier die Lautsprecher von Küche und Wohnzimmer",
    "stell eine Timer von zehn Minuten",
    "wie wird die Wetter morgen",
    "schreib Milch auf die Einkaufsliste",
    "mach die Heizung auf einundzwanzig Grad",
    "was höre ich jetzt gerade",
    "leiser bitte, troppo forte",
    "stopp die Musik in die Küche",
    "spiel die letzte Folge von die Daily",
    "wer singt diese Lied, was läuft jetzt",
    "Lautstärke auf fünfzig Prozent",
    "spiel etwas von Queen zum Kochen",
    "mach die Lautsprecher von die Küche an",
]
