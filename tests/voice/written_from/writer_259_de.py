"""Writer 259, Bergmann aus dem Ruhrpott, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="hömma, wer war letzte Woche mein Nummer-eins-Künstler, wat?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="boah ey, wer is dat getz, mein Künstler des Jahres bis jetz?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hatten wir letzten Monat am meisten anne Backe, so bei uns inne Küche",
        family="top_artists",
        period="last_month",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="gib ma die Top fünf Künstler seit Montag",
        family="top_artists",
        period="since_monday",
        count=5,
    ),
    Fresh(
        text="zweitausendfünfundzwanzig, wer war da mein Lieblingskünstler?",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="sach ma, wat is mein Lieblingslied diesen Monat, woll?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="drei meistgespielte Lieder seit März, zähl ma auf",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="wat war letzten Sommer dat Lied, dat ich totgenudelt hab?",
        family="top_tracks",
        period="last_summer",
    ),
    Fresh(
        text="welche Platte hab ich dies Jahr am meisten aufgelegt?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="wat fürn Podcast hör ich getz in letzter Zeit am meisten, hömma",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange lief bei mir heute Musik, ey?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich letzten Monat gehört, alles zusammen",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wie lange hab ich inne letzten dreißig Tage Podcasts gehört?",
        family="listening_time",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder hab ich gestern abgespielt, wat meinste",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie oft lief wat inne letzten sieben Tage, so allet zusammen",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="am Wochenende, wie viele Folgen hab ich da weggehört?",
        family="plays",
        period="last_weekend",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hatt ich dies Jahr drauf?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene Lieder warn dat im Oktober?",
        family="songs_count",
        period="october",
    ),
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody gehört diese Woche, boah",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk seit Oktober bei mir",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="Radiohead, wie oft hab ich die überhaupt gehört, hömma",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich gestern Justice gehört oder wat?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief bei uns vorgestern wat von Queen?",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="hab ich im Sommer dat Album Moon Safari gehört, woll?",
        family="did_i",
        period="summer",
        name="Moon Safari",
    ),
    Fresh(
        text="wat hab ich gestern Abend gehört, erzähl ma",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wat lief am Samstag inne Küche?",
        family="what_played",
        period="saturday",
        room="kitchen",
    ),
    Fresh(
        text="heute Nachmittag, wat hatt ich da so anne Ohren?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="wat lief gestern Abend so um zehn vor acht?",
        family="playing_at",
        moment="2026-11-19 19:50",
    ),
    Fresh(
        text="heute früh um halb neun, wat war dat fürn Lied?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wat hör ich eigentlich für Musik, so vom Geschmack her, sach ma",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich meistens, so welche Uhrzeit und welcher Tag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich diesen Monat neue Künstler entdeckt, wat Neues dabei?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Bands hatt ich letztes Jahr zum ersten Mal drauf",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="wie oft skip ich eigentlich, hömma, wie viel Prozent drück ich wech?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich immer dat Gleiche, wie hoch is meine Wiederholungsrate?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage hintereinander hab ich getz schon wat gehört, ey?",
        family="streak",
    ),
    Fresh(
        text="wann hab ich Café Tacvba dat erste Mal gehört?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wet Leg, wann lief dat zum ersten Mal bei mir?",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="wann lief zuletzt Phantom von Justice?",
        family="last_play",
        name="Phantom by Justice",
    ),
    Fresh(
        text="wann hab ich dat letzte Mal The Daily gehört, woll?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="wat war dat letzte Lied, wat ich gespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="wat war heute dat erste Lied, womit bin ich wach geworden?",
        family="first_today",
    ),
    Fresh(
        text="womit hab ich gestern angefangen, erstes Lied?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="dat erste Lied letzten Freitag, wat war dat?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="wat lief letzte Nacht als Letztes?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="mit welchem Lied hab ich am dritten November aufgehört?",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="welches Lied drück ich am meisten wech?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler skip ich am meisten, wer fliegt immer raus?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied kann ich getz nich aufhörn zu hörn, die Omma sacht schon wat",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl ma, wie war mein Oktober so musikmäßig",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib ma ne Zusammenfassung vonne Woche, wat ich so gehört hab",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="mein Jahr in Musik, Rückblick, los getz",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="hör ich mehr morgens oder mehr abends, wat meinste?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="unter der Woche oder am Wochenende, wann lief bei mir mehr, hömma?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel ma Daft Punk inne Küche",
    "mach die Musik lauter, ey",
    "wat läuft grad inne Küche?",
    "wat is dat fürn Lied?",
    "überspring dat Lied, dat is nix",
    "halt ma den Podcast an",
    "nächstes Lied im Wohnzimmer",
    "mach dat Licht inne Küche aus",
    "spiel dat Album Discovery",
    "Lautstärke auf sechs",
    "Zufallswiedergabe an",
    "wiederhol dat Lied, dat is ne Granate",
    "verbind die Lautsprecher in Küche und Wohnzimmer",
    "stell ma nen Timer auf zwölf Minuten für die Kartoffeln",
    "wie wird dat Wetter morgen, brauch ich nen Schirm?",
    "schreib Currywurst auffe Einkaufsliste",
    "dreh die Heizung auf zweiundzwanzig Grad",
    "wat hör ich grad?",
    "spiel ma wat von Queen für die Omma",
    "mach die Musik aus, woll",
    "spiel The Daily weiter",
    "leiser, ey, die Omma schläft",
    "ein Lied zurück",
    "stell nen Wecker auf halb fünf, Frühschicht",
]
