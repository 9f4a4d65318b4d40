"""Writer 543, eine wortkarge Landwirtin aus Mecklenburg-Vorpommern, Mitte fünfzig, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="moin. wer lief am meisten diesen Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Lieblingsband letztes Jahr?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="jo, wen hab ich in letzter Zeit rauf und runter gehört",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in der Küche, welches Lied am meisten dies Jahr",
        family="top_tracks",
        period="this_year",
        room="kitchen",
    ),
    Fresh(
        text="meine drei meistgespielten Lieder im Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="welches Stück lief letzten Monat am häufigsten",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="welches Album am meisten, überhaupt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="meistgehörte Platte im Sommer, jo",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welcher Podcast lief dies Jahr am meisten",
        family="top_podcasts",
        period="this_year",
    ),
    Fresh(
        text="na, welchen Podcast hör ich am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="sach mal, wie lange lief heut Musik",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich letzte Woche gehört",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lange lief bei uns gestern Abend was",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="wie viele Lieder heut früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen Podcast im September",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie oft wurde diese Woche was abgespielt, insgesamt",
        family="plays",
        period="this_week",
    ),
    Fresh(
        text="wie viele verschiedene Künstler dies Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="seit März, wie viele Bands waren das",
        family="artists_count",
        period="since_march",
    ),
    Fresh(
        text="wie viele verschiedene Lieder im August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="wie viele unterschiedliche Stücke in den letzten dreißig Tagen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft Queen diesen Monat",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="Bohemian Rhapsody, wie oft lief das überhaupt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft hab ich dies Jahr Helene Fischer gehört",
        family="play_count",
        period="this_year",
        name="Helene Fischer",
    ),
    Fresh(
        text="hab ich gestern Daft Punk gehört",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="lief vorgestern The Daily?",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Air in letzter Zeit, jo oder nö",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="lief bei uns letzten Monat Santiano",
        family="did_i",
        period="last_month",
        name="Santiano",
        person="we",
    ),
    Fresh(
        text="was lief gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hab ich Samstag gehört",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was lief letzte Nacht, ich hab ja geschlafen",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was für Musik am dritten November",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="was lief gestern Abend um acht",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="heut früh um halb neun, was lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief heut um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was hör ich eigentlich so für Musik",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="mein Geschmack. kurz.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr hör ich meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welchem Tag hör ich am meisten Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="welche Künstler sind diesen Monat neu dazugekommen",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="neue Bands seit Oktober?",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="wie oft überspring ich Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich letzte Woche weggedrückt",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="hör ich immer dieselben Lieder? nö, oder?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="hab ich dies Jahr viel doppelt gehört",
        family="repeat",
        period="this_year",
    ),
    Fresh(
        text="wie viele Tage hintereinander hab ich jetzt gehört, nech",
        family="streak",
    ),
    Fresh(
        text="wie viele Tage am Stück lief Musik",
        family="streak",
        content="music",
    ),
    Fresh(
        text="wann hab ich Cafe Tacuba das erste Mal gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann hör ich The Daily",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="kiek mal, wann lief Justice zuletzt",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="Sexy Boy, wann zuletzt",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann hatte ich zuletzt Rammstein an",
        family="last_play",
        name="Rammstein",
    ),
    Fresh(
        text="was war das letzte Lied",
        family="last_song",
    ),
    Fresh(
        text="letztes Lied, das lief?",
        family="last_song",
    ),
    Fresh(
        text="was lief heute als erstes",
        family="first_today",
    ),
    Fresh(
        text="womit hab ich heut angefangen",
        family="first_today",
    ),
    Fresh(
        text="erstes Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was lief letzten Freitag als erstes",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="was lief gestern zum Schluss",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="letztes Lied am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welches Lied drück ich immer weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="am meisten übersprungenes Lied",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler überspring ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welche Band drück ich am häufigsten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied hör ich zur Zeit ständig",
        family="on_repeat",
    ),
    Fresh(
        text="mein Dauerbrenner im Moment?",
        family="on_repeat",
    ),
    Fresh(
        text="na, wie war der Oktober so, musikalisch",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Rückblick aufs Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Zusammenfassung letzte Woche, bei uns",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="morgens vorm Melken oder abends, wann hör ich mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am Wochenende mehr oder unter der Woche?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "mach Musik an in der Küche",
    "lauter",
    "büschen leiser",
    "nächstes Lied",
    "stopp",
    "Podcast weiter",
    "was läuft da grad",
    "wer singt das",
    "spiel Queen in der Küche",
    "Licht in der Küche aus",
    "Wecker halb fünf",
    "Timer zwanzig Minuten",
    "wie wird das Wetter morgen",
    "regnet das heut noch",
    "Kaffee auf die Einkaufsliste",
    "Heizung auf zwanzig",
    "Zufall an",
    "das Lied nochmal, auf Wiederholung",
    "spiel das Album Moon Safari",
    "Lautsprecher Küche und Stube zusammenschalten",
    "NDR 1 Radio MV an",
    "Pause",
    "Lautstärke vier",
    "nö, nicht das, weiter",
    "mach aus",
    "was hör ich grad",
]
