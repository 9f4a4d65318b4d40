"""Writer 474, a Turkish learner of German with Kiezdeutsch touches, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="wallah welche Künstler ich hab am meisten gehört dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="lan in Küche welche Band am meisten gelaufen letzte Monat",
        family="top_artists",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="wer war meine Nummer eins Künstler letzte Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="was ist mein Lieblingslied diese Monat lan",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag mir drei Lieder die ich am meisten gehört hab",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="welche Album ich am meisten gehört habe",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="letzte drei Monate welche Album am meisten gelaufen",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="welche Podcast ich bin süchtig in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="2025 welche Podcast ich hab am meisten gehört",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="wie lange ich hab heute Musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden wir haben Musik gehört letzte Woche bei uns",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
    ),
    Fresh(
        text="seit Montag wie lange Podcast gehört Alter",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder ich hab gehört gestern",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viele Sachen wir haben gespielt am Wochenende insgesamt",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie viele verschiedene Künstler ich hab gehört dieses Jahr wallah",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="letzte Sommer wie viele Künstler verschieden",
        family="artists_count",
        period="last_summer",
    ),
    Fresh(
        text="wie viel verschiedene Lieder in letzte dreißig Tage",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft ich hab bohemian rapsodie gehört diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="seit Oktober wie oft Daft Punk gelaufen lan",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="one more time von daft punk wie oft in letzte sieben Tage",
        family="play_count",
        period="last_7_days",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="hab ich gestern Justice gehört oder nicht",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Alter im Sommer ich hab Air gehört?",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="hab ich jemals Radiohead gehört wallah",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="letzte Nacht Sexy Boy gelaufen bei mir",
        family="did_i",
        period="last_night",
        name="Sexy Boy",
    ),
    Fresh(
        text="was ich hab gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="vorgestern was lief bei mir",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="heute Nachmittag welche Musik lief lan",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="was lief gestern Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute Morgen halb neun was war das für Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="gestern um zwölf Uhr mittags was lief in Küche",
        family="playing_at",
        moment="2026-11-19 12:00",
    ),
    Fresh(
        text="was für Musik ich mag eigentlich, mein Geschmack wie ist",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich höre meistens Musik, welche Uhrzeit welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich neue Künstler entdeckt in letzte Zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="seit März welche neue Bands dazugekommen",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="wie oft ich skippe Lieder lan",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="letzte Monat wie viel ich hab geskippt",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="wie viel ich höre gleiche Lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage hintereinander ich hab Musik gehört",
        family="streak",
    ),
    Fresh(
        text="wann ich hab zum ersten Mal Queen gehört",
        family="first_play",
        name="Queen",
    ),
    Fresh(
        text="wann erste Mal The Weeknd bei mir gelaufen",
        family="first_play",
        name="The Weeknd",
    ),
    Fresh(
        text="wann letzte Mal The Daily gelaufen",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wann ich hab letzte Mal cafe tacuba gehört",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="was war letzte Lied was ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="welches Lied ich hab heute als erstes gehört",
        family="first_today",
    ),
    Fresh(
        text="letzte Freitag erste Lied was war",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="am dritten November welche Lied war erste",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="gestern letzte Lied welches war lan",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Wochenende letzte Lied was ich gehört hab",
        family="last_in",
        period="last_weekend",
    ),
    Fresh(
        text="welches Lied ich skippe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich immer wegdrücke am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied ich hab grad immer auf Repeat wallah",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal wie war mein Oktober mit Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="wie war meine Woche Musik mäßig lan",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="gib mal Zusammenfassung von mein Hören",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="ich hör mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am Wochenende ich hör mehr oder unter Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche lan",
    "mach Musik lauter wallah",
    "was für Lied ist das grad",
    "dieses Lied skip mal",
    "Podcast Pause machen",
    "nächste Lied im Wohnzimmer",
    "Küche Licht aus machen",
    "spiel Album Discovery",
    "Zufallswiedergabe mach an",
    "Lied nochmal wiederholen, Repeat an",
    "Timer zehn Minuten stellen für Tee",
    "wie wird Wetter morgen lan",
    "Milch auf Einkaufsliste schreiben",
    "Heizung auf zweiundzwanzig Grad machen",
    "was ich höre gerade jetzt",
    "Küche Lautsprecher mit Wohnzimmer zusammen machen",
    "leiser machen bitte Telefon klingelt",
    "spiel The Daily neue Folge",
    "Musik aus Alter",
    "spiel bisschen Tarkan in Küche",
    "Lautstärke auf fünfzig",
    "zurück zu vorherige Lied",
]
