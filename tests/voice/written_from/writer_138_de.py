"""Writer 138, a Russian-German from Bielefeld (drops articles, mixes cases), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="welche Künstler ich hab gehört am meisten letzte Woche",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="welche Lied war meine Lieblingslied diese Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welche Album hab ich gespielt meiste in diese Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="welche Podcast ich höre immer am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie lange hab ich gehört heute Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Lieder ich hab gehört gestern",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel verschiedene Künstler in diese Monat hab ich gehört",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wie viel verschiedene Lieder war das von letzte Woche",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="bohemian rhapsody wie viel mal hab ich gespielt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="hab ich gehört gestern daft punk",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="was hab ich gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief gestern so Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="sag mal was für Musik ich mag eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann ich höre meistens, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich neue Künstler entdeckt in letzte Zeit",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wie oft hab ich übersprungen diese Woche",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="wie viel Tage hintereinander ich hab gehört schon",
        family="streak",
    ),
    Fresh(
        text="wann hab ich Justice gehört zum erste Mal",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann hab ich letzte Mal daily gehört",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="welche Lied ich spiel immer wieder in diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="hör ich immer gleiche Lieder, wie viel wiederhol ich",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="was war letzte Lied was ich hab gespielt",
        family="last_song",
    ),
    Fresh(
        text="mit welche Lied hab ich heute angefangen",
        family="first_today",
    ),
    Fresh(
        text="erste Lied von gestern, welche war das",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="letzte Freitag welche Lied war ganz am Ende",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welche Lied ich überspring immer am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Künstler ich skippe meiste",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="erzähl mal wie war meine Musik von letzte Monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="hör ich mehr morgens oder mehr abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich am Wochenende mehr als unter Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="nu, welche Band ich höre ganze Zeit in letzte Zeit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="drei meistgespielte Lieder von letzte dreißig Tage",
        family="top_tracks",
        period="last_30_days",
        count=3,
    ),
    Fresh(
        text="wie lange wir haben gehört bei uns letzte Jahr",
        family="listening_time",
        period="last_year",
        person="we",
    ),
    Fresh(
        text="wie viel Podcast Folgen heute Morgen",
        family="plays",
        period="this_morning",
        content="podcasts",
    ),
    Fresh(
        text="wie viel mal Justice diese Woche",
        family="play_count",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="hab ich cafe tacuba gehört letzte Monat",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was war an um Viertel nach fünf heute",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="hab ich Helene Fischer gehört dieses Jahr",
        family="did_i",
        period="this_year",
        name="Helene Fischer",
    ),
    Fresh(
        text="seit Oktober welche Album läuft meiste",
        family="top_albums",
        period="since_october",
    ),
    Fresh(
        text="welche Podcast hör ich am meisten jetzt in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="vorgestern wie lange lief Musik",
        family="listening_time",
        period="day_before_yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich gespielt letzte Wochenende, alles zusammen",
        family="plays",
        period="last_weekend",
    ),
    Fresh(
        text="wie viel Künstler hab ich gehört zweitausendfünfundzwanzig",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="wie viel verschiedene Lieder überhaupt, insgesamt",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="one more time von daft punk wie viel mal im Oktober",
        family="play_count",
        period="october",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="hab ich im Sommer moon safari gehört",
        family="did_i",
        period="summer",
        name="Moon Safari",
    ),
    Fresh(
        text="was hab ich gehört letzte Nacht",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was lief bei mir am Samstag",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="welche neue Künstler dieses Jahr hab ich entdeckt",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="wann war letzte Mal bohemian rhapsody",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="seit wann hör ich daft punk, wann war erste Mal",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="mein Jahr in Musik, erzähl mal",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="bei uns in Küche welche Künstler lief meiste letzte Monat",
        family="top_artists",
        period="last_month",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="seit Montag wie lange Podcast gehört",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="Samstag letzte Lied welche war",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="wann hör ich mehr, Nachmittag oder Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="was ist meine Geschmack so, Musik mein ich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ich übersprungen von letzte Monat",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="vorgestern um neun abends was lief",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="wie viel Stunden Musik von letzte sieben Tage, ne",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="im August welche Lied hab ich meiste gehört",
        family="top_tracks",
        period="august",
    ),
    Fresh(
        text="am dritte November was hab ich so gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="wie viel mal lief Queen letzte Sommer",
        family="play_count",
        period="last_summer",
        name="Queen",
    ),
    Fresh(
        text="seit März welche Künstler ist Nummer eins bei mir",
        family="top_artists",
        period="since_march",
    ),
    Fresh(
        text="heute Nachmittag erste Lied welche war",
        family="first_in",
        period="this_afternoon",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche",
    "mach Musik lauter",
    "mach Licht aus in Küche",
    "welche Lied ist das",
    "nächste Lied bitte",
    "Podcast Pause machen",
    "stell Timer auf zehn Minuten für Pelmeni",
    "wie wird Wetter morgen",
    "schreib Kartoffeln auf Einkaufsliste",
    "mach Heizung auf zweiundzwanzig Grad",
    "spiel Album Discovery",
    "mach leiser in Küche",
    "Lied überspringen",
    "spiel Bohemian Rhapsody von Queen",
    "was läuft gerade in Küche",
    "mach Zufallswiedergabe an",
    "Lautsprecher Küche und Wohnzimmer zusammen machen",
    "Wecker auf sechs Uhr stellen",
    "Podcast weiter spielen",
    "mach Musik aus, ich geh schlafen",
    "dieses Lied nochmal wiederholen",
    "spiel neue Folge von The Daily",
    "Milch auf Einkaufsliste",
    "wie kalt ist draußen",
    "spiel was von Justice im Wohnzimmer",
]
