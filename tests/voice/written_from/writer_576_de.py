"""Writer 576, ein polnischer Bauarbeiter in Frankfurt mit A2-Deutsch, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welche Künstler ich hab am meisten gehört diese Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer ist meine Nummer eins Sänger dieses Jahr bitte schön",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="no letzte Woche welche Band ich viel hören",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="welche Lied ich hab meiste gespielt",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="sag mal drei Lieder meiste gehört letzte Monat",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="was ist mein Lieblingslied in Sommer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="welche Album ich hören am meisten dieses Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsalbum von mir welche ist das",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welche Podcast ich höre am meisten in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="meiste Podcast letzte dreißig Tage welche",
        family="top_podcasts",
        period="last_30_days",
    ),
    Fresh(
        text="wie lange ich hab Musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden wir haben gehört letzte Woche in Küche",
        family="listening_time",
        period="last_week",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="wie lange Podcast gelaufen diese Monat",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Minuten Musik heute Morgen bitte schön",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viel Lieder ich spielen seit Montag",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="gestern Abend wie viel Lieder gelaufen",
        family="plays",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="wie viele Episode ich hab gehört letzte Jahr",
        family="plays",
        period="last_year",
        content="podcasts",
    ),
    Fresh(
        text="wie viel verschiedene Künstler ich hab gehört dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel verschieden Bands im Oktober",
        family="artists_count",
        period="october",
    ),
    Fresh(
        text="wie viel verschiedene Lied diese Woche",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wie viele unterschiedlich Lieder ich hab in September gehört",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wie viel Mal ich hab Bohemian Rhapsody gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel Mal Daft Punk diese Woche",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft ich hören The Daily seit März",
        family="play_count",
        period="since_march",
        name="The Daily",
    ),
    Fresh(
        text="wie viel Mal ich hab Doda gehört dieses Jahr",
        family="play_count",
        period="this_year",
        name="Doda",
    ),
    Fresh(
        text="hab ich Queen gehört gestern",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="ich hab in letzte Zeit Air gehört oder nicht",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="vorgestern ich hab Justice gespielt?",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich Radiohead gehört letzte Sommer",
        family="did_i",
        period="last_summer",
        name="Radiohead",
    ),
    Fresh(
        text="was ich hab gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief am Samstag in Küche",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="was wir haben gehört letzte Wochenende",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was für Musik ich hab gehört am dritte November",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="heute Nachmittag was ich hab gehört nach Baustelle",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="gestern Abend zehn vor acht welche Lied war",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="heute früh acht Uhr was lief bitte",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="was hat gespielt heute um fünf Uhr Nachmittag",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="halb neun heute Morgen welche Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was für Musik ich mag kannst du sagen",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="welche Geschmack ich hab von Musik",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich höre meistens Musik welche Uhrzeit",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="welche Tag und welche Stunde ich hör am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="neue Künstler diese Monat gibt es",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Band ich hab neu entdeckt letzte drei Monate",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="wie viel ich überspringe Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie oft ich mache Skip diese Woche",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="ich höre immer gleiche Lieder? wie viel Prozent",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viel Wiederholung ich hab bei Lieder in August",
        family="repeat",
        period="august",
    ),
    Fresh(
        text="wie viel Tage hintereinander ich hab Musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann erste Mal ich hab Cafe Tacuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann ich hab zum erste Mal One More Time gespielt",
        family="first_play",
        name="One More Time",
    ),
    Fresh(
        text="wann letzte Mal Queen",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann ich hab letzte Mal Phantom von Justice gehört",
        family="last_play",
        name="Phantom by Justice",
    ),
    Fresh(
        text="wann letzte Mal ich hab Sanah gehört",
        family="last_play",
        name="Sanah",
    ),
    Fresh(
        text="letzte Lied was ich hab gespielt welche",
        family="last_song",
    ),
    Fresh(
        text="was war letzte Lied bitte schön",
        family="last_song",
    ),
    Fresh(
        text="erste Lied heute welche war",
        family="first_today",
    ),
    Fresh(
        text="was war erste Lied heute nach Aufstehen",
        family="first_today",
    ),
    Fresh(
        text="erste Lied gestern welche",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit welche Lied ich hab angefangen letzte Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="letzte Lied gestern Abend was war",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="welche Lied ich hab zuletzt gehört am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welche Lied ich skippe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich überspringe immer",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Lied ich höre immer wieder jetzt",
        family="on_repeat",
    ),
    Fresh(
        text="was ist Lied in Moment was ich immer spiele",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war meine Monat mit Musik",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Zusammenfassung für letzte Jahr bitte schön",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="ich höre mehr Morgen oder Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wochenende oder unter Woche wann ich hör mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "mach Daft Punk in Küche an bitte",
    "Musik lauter bitte schön",
    "leiser machen Kollega schläft",
    "welche Lied ist das jetzt",
    "nächste Lied bitte",
    "Podcast stopp",
    "Licht in Küche aus machen",
    "spiel Album Discovery",
    "Wetter morgen in Frankfurt wie ist",
    "regnet heute? muss Baustelle",
    "Timer zehn Minuten für Pierogi",
    "Milch auf Einkaufsliste schreiben",
    "Heizung wärmer bitte kalt",
    "was ich höre jetzt gerade",
    "Lautstärke auf drei",
    "Zufallswiedergabe an",
    "Lied wiederholen machen Repeat an",
    "Lautsprecher Küche und Wohnzimmer zusammen",
    "spiel polnische Radio",
    "Wecker um fünf Uhr morgen früh",
    "was läuft in Küche gerade",
    "spiel Queen bitte",
    "weiter spielen",
    "wer singt das",
    "Radio aus",
]
