"""Writer 143, eine Pflegerin aus dem Ruhrpott, fragt kurz zwischen zwei Runden, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Hömma, wen hab ich diese Woche am meisten gehört?",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="watt war im Oktober mein Lieblingslied, woll",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Sach ma, welches Album lief bei mir am meisten?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="welchen Podcast hör ich getz in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie lange hatte ich gestern Abend Musik an, nach der Abendrunde",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    Fresh(
        text="wie viele Lieder hab ich heute schon gehört",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele verschiedene Künstler warn dat diesen Monat",
        family="artists_count",
        period="this_month",
    ),
    Fresh(
        text="wie viele verschiedene Lieder hab ich dies Jahr gehört",
        family="songs_count",
        period="this_year",
    ),
    Fresh(
        text="wie oft lief Bohemian Rhapsody letzte Woche",
        family="play_count",
        period="last_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Hab ich vorgestern Daft Punk gehört?",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="watt lief denn heute Morgen so, vor der Zwölfuhrrunde",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="watt lief gestern Abend um acht",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="watt für Musik mag ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wann hör ich denn meistens, also welche Uhrzeit und welcher Tach",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wie oft drück ich eigentlich weiter, sach ehrlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="hör ich oft datselbe immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich getz gehört",
        family="streak",
    ),
    Fresh(
        text="wann hab ich Justice dat erste Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief Eres dat letzte Mal",
        family="last_play",
        name="Eres",
    ),
    Fresh(
        text="watt war dat letzte Lied, watt ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="mit welchem Lied hab ich heute angefangen",
        family="first_today",
    ),
    Fresh(
        text="watt war dat erste Lied letzten Freitach",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="mit watt hab ich am Samstach aufgehört",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="welches Lied drück ich am meisten wech",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler überspring ich am häufigsten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied hab ich getz so inne Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl ma, wie war mein November bis getz",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör ich unter der Woche mehr oder am Wochenende",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="watt lief um halb neun heute früh, nach der Achtuhrrunde",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="heute Nachmittach um fünf nach fünf, watt lief da",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    Fresh(
        text="watt ham wir letzte Woche so gehört",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lange lief bei uns im Oktober Musik",
        family="listening_time",
        period="october",
        content="music",
        person="we",
    ),
    Fresh(
        text="hat Ada gestern Abend Air gehört",
        family="did_i",
        period="yesterday_evening",
        name="Air",
        person="Ada",
    ),
    Fresh(
        text="hab ich dies Jahr Heino gehört",
        family="did_i",
        period="this_year",
        name="Heino",
    ),
    Fresh(
        text="wann lief Helene Fischer zuletzt",
        family="last_play",
        name="Helene Fischer",
    ),
    Fresh(
        text="wer warn letztes Jahr meine drei Top-Künstler",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="fünf meistgehörte Lieder seit März, schnell ma",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="wie oft hab ich The Daily diesen Monat gehört",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="wie viele Folgen hab ich inne letzten dreißig Tage gehört",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="wann kam Sexy Boy dat erste Mal",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="watt lief am dritten November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="welche neuen Bands warn seit Oktober dabei",
        family="new_artists",
        period="since_october",
    ),
    Fresh(
        text="wie oft hab ich im Sommer weitergeschaltet",
        family="skips",
        period="summer",
    ),
    Fresh(
        text="inne Küche, welches Lied lief da letzten Monat am meisten",
        family="top_tracks",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="wie war mein Jahr so, musikalisch gesehen",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="und dat letzte Lied gestern, watt war dat",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="watt war vorgestern dat erste Lied",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wie hoch is getz meine Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="welche Platte hab ich diesen Sommer rauf und runter gehört",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="gestern Abend um zehn nach acht, watt lief da grad",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="wer war bei uns am Wochenende die Nummer eins",
        family="top_artists",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie viele Stunden hab ich seit Montach gehört",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="watt is bei mir grad der Dauerbrenner, welches Lied",
        family="on_repeat",
    ),
    Fresh(
        text="wie viele verschiedene Künstler inne letzten drei Monate",
        family="artists_count",
        period="last_3_months",
    ),
]

NEGATIVES = [
    "mach ma dat Radio in Ommas Zimmer leiser",
    "spiel ma WDR 4 in Ommas Zimmer",
    "stell nen Timer auf zehn Minuten für die Tabletten",
    "Lied überspringen",
    "watt is dat für'n Lied",
    "Licht inne Küche aus",
    "Pause",
    "wie wird dat Wetter morgen",
    "schreib Windeln auffe Einkaufsliste",
    "mach die Heizung in Ommas Zimmer auf zweiundzwanzig",
    "spiel Queen inne Küche",
    "watt hör ich getz grad",
    "nächstes Lied inne Küche",
    "lauter, getz",
    "Zufallswiedergabe an",
    "Wiederholung aus, woll",
    "verbind die Küche mit Ommas Zimmer",
    "spiel dat Album Discovery",
    "erinner mich um zwölf an die Mittagsrunde",
    "Podcast weiterspielen",
    "mach die Musik inne Küche aus",
    "wie warm isset in Ommas Zimmer",
    "watt läuft grad in Ommas Zimmer",
    "spiel ma watt Ruhiges für Omma",
    "wie lange läuft der Timer noch",
    "Lautstärke auf vier in Ommas Zimmer",
]
