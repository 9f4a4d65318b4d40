"""Writer 568, eine Hamburger Hafenarbeiterin Anfang fünfzig, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Moin. Wen hab ich dies Jahr am meisten gehört?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer lief letzten Monat am meisten, sach ma",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="meine top drei Bands seit März",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="in der Küche, wer läuft da am meisten?",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="welches Lied lief diesen Monat am häufigsten",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="top fünf Lieder letzte Woche",
        family="top_tracks",
        period="last_week",
        count=5,
    ),
    Fresh(
        text="mein Lieblingslied im Sommer, wat war dat noch",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="welches Album hab ich am meisten gehört",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welcher Podcast läuft bei mir am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="in letzter Zeit, welcher Podcast am meisten, ne?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Butter bei die Fische: wie lang lief heut Musik",
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
        text="wie lang hatten wir am Wochenende Musik an",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie viele Lieder heute schon",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich gestern abgespielt, so insgesamt",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="wie viele Folgen Podcast im Oktober",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele verschiedene Künstler dies Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene Bands hatten wir letzten Monat",
        family="artists_count",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="wie viele verschiedene Lieder die letzten dreißig Tage",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="wie oft lief Bohemian Rhapsody diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, wie oft hatt ich die dies Jahr an",
        family="play_count",
        period="this_year",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft lief Hans Albers bei mir",
        family="play_count",
        period="all_time",
        name="Hans Albers",
    ),
    Fresh(
        text="wie oft hab ich The Daily seit Montag gehört",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="hab ich gestern Justice gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief diese Woche büschen Queen?",
        family="did_i",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Santiano, hatt ich die dies Jahr mal an",
        family="did_i",
        period="this_year",
        name="Santiano",
    ),
    Fresh(
        text="ham wir letzte Woche Air gehört, ne?",
        family="did_i",
        period="last_week",
        name="Air",
        person="we",
    ),
    Fresh(
        text="wat hab ich gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern so",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wat für Musik lief am Samstag",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="was hat Ada heut Nachmittag gehört",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    Fresh(
        text="was lief gestern um Viertel nach acht abends",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="heut früh um halb neun, wat lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wat lief heut um fünf nach fünf",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="wat hör ich eigentlich für Musik, so allgemein",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich meistens, welche Uhrzeit und welcher Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="um wie viel Uhr läuft bei mir am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="wen hab ich diesen Monat neu entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="neue Künstler letztes Jahr, gab's da welche",
        family="new_artists",
        period="last_year",
    ),
    Fresh(
        text="wie oft spring ich weiter, so generell",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ich letzten Monat übersprungen",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="hör ich immer dasselbe? wie oft wiederhol ich Lieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="meine Serie, wie viele Tage hintereinander",
        family="streak",
    ),
    Fresh(
        text="wann hab ich Justice zum ersten Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Fettes Brot, wann lief dat zuerst",
        family="first_play",
        name="Fettes Brot",
    ),
    Fresh(
        text="wann lief Don't Stop Me Now zuletzt",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann hatt ich dat letzte Mal Café Tacvba an",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wat war dat letzte Lied",
        family="last_song",
    ),
    Fresh(
        text="Moin! wat lief heut als erstes",
        family="first_today",
    ),
    Fresh(
        text="womit hab ich den Tag angefangen, musikmäßig",
        family="first_today",
    ),
    Fresh(
        text="erstes Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit ging's letzten Freitag los",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="wat war dat erste Lied im August",
        family="first_in",
        period="august",
    ),
    Fresh(
        text="letztes Lied letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="wat lief am dritten November zuletzt",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="welches Lied überspring ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Titel drück ich am häufigsten weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Band skip ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen drück ich am häufigsten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wat läuft bei mir grad rauf und runter",
        family="on_repeat",
    ),
    Fresh(
        text="welches Lied hör ich zurzeit ständig",
        family="on_repeat",
    ),
    Fresh(
        text="na, wie war mein Monat so, musikalisch",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Rückblick aufs Jahr, büschen was",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="schnack ma büschen über meine Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="hör ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="eher nachmittags oder abends, wann läuft bei mir mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="werktags oder Wochenende, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="samstags und sonntags mehr Musik als sonst, oder nö?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel mal Daft Punk in der Küche",
    "lauter, büschen",
    "mach ma leiser",
    "nächstes Lied",
    "dat hier überspringen",
    "Podcast anhalten",
    "wat is dat für 'n Lied",
    "wer singt dat hier",
    "Licht in der Küche aus",
    "Timer auf zwölf Minuten",
    "wie wird dat Wetter morgen, wieder Schietwetter?",
    "Milch auf die Einkaufsliste",
    "Heizung auf einundzwanzig",
    "Zufallswiedergabe an",
    "dat Lied in Dauerschleife",
    "Lautsprecher in Küche und Wohnzimmer zusammen",
    "spiel dat Album Cross",
    "mach ma The Daily an",
    "stopp",
    "Musik aus, Feierabend",
    "was läuft grad in der Küche",
    "wat hör ich da eigentlich grad",
    "Wecker auf halb fünf, Frühschicht",
    "spiel NDR 90,3",
    "Lautstärke auf drei",
    "ein Lied zurück",
]
