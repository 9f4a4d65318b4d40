"""Writer 561, ein wortkarger ostfriesischer Landwirt Mitte sechzig (plattdeutsch gefärbt), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Moin. Wen hab ich diesen Monat am meisten gehört?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Wer war letztes Jahr mein Nummer eins? Welcher Sänger.",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Inne Küche. Welche Band lief bei uns im Oktober am meisten?",
        family="top_artists",
        period="october",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Welches Lied hab ich diese Woche am meisten gehabt?",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="Meine drei Lieder, die am meisten liefen. Seit März.",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="Lieblingslied. Überhaupt. Wat is dat?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Zweitausendfünfundzwanzig. Welche Platte lief da am meisten?",
        family="top_albums",
        period="in_2025",
    ),
    Fresh(
        text="Album. Letzte drei Monate. Wat lief am meisten?",
        family="top_albums",
        period="last_3_months",
    ),
    Fresh(
        text="Welchen Podcast hör ich in letzter Zeit am meisten?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Dat Gesabbel, die Podcasts. Welcher lief letzten Sommer am meisten?",
        family="top_podcasts",
        period="last_summer",
    ),
    Fresh(
        text="Heut. Wie viel Stunden Musik?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie lang hab ich letzte Woche zugehört?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Podcasts diesen Monat. Wie lang hab ich die laufen gehabt?",
        family="listening_time",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie lang lief der Kasten heut Nachmittag?",
        family="listening_time",
        period="this_afternoon",
    ),
    Fresh(
        text="Wie viel Lieder heut Morgen?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Am Sonnabend. Wie viel is da gelaufen?",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="Wie viele Stücke haben wir letzten Monat gespielt?",
        family="plays",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie viel verschiedene Künstler hab ich dies Jahr gehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele verschiedene Bands warn dat im September?",
        family="artists_count",
        period="september",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder, letzte dreißig Tage?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Verschiedene Lieder. Wie viel sind dat insgesamt?",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab ich Queen gehört seit Oktober?",
        family="play_count",
        period="since_october",
        name="Queen",
    ),
    Fresh(
        text="Dat Daily. Wie oft diesen Monat?",
        family="play_count",
        period="this_month",
        name="The Daily",
    ),
    Fresh(
        text="Santiano. Wie oft lief dat?",
        family="play_count",
        period="all_time",
        name="Santiano",
    ),
    Fresh(
        text="Hab ich gestern Daft Punk gehört?",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Lief am Wochenende wat von Air?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="Ina Müller. Hab ich die im Sommer gehört?",
        family="did_i",
        period="summer",
        name="Ina Müller",
    ),
    Fresh(
        text="Wat lief letzte Nacht?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Wat hab ich vorgestern gehört?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wat haben wir letzte Woche so gehört?",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Gestern Abend, zehn nach acht. Wat war da an?",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Heut früh um halb neun. Wat lief da?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Letzten Freitag, Mittag um zwölf. Welches Lied?",
        family="playing_at",
        moment="2026-11-13 12:00",
    ),
    Fresh(
        text="Wat hör ich eigentlich für Musik? Sach mal.",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Mein Geschmack. Wat is dat so?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör ich meistens? Uhrzeit und Tag.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr läuft bei mir am meisten?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Neue Künstler diesen Monat? Wer is dazugekommen?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Letzte zwei Wochen. Wen Neues gehört?",
        family="new_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="Wie oft überspring ich Lieder?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie viel hab ich die letzten sieben Tage weggedrückt?",
        family="skips",
        period="last_7_days",
    ),
    Fresh(
        text="Hör ich immer dat Gleiche? Wie oft nochmal dasselbe?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Seit Montag immer dieselben Lieder? Wie viel wiederhol ich?",
        family="repeat",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="Wie viel Tage am Stück hab ich gehört?",
        family="streak",
    ),
    Fresh(
        text="Wie viele Tage hintereinander lief dat nu schon?",
        family="streak",
    ),
    Fresh(
        text="Wann hab ich Justice dat erste Mal gehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Sexy Boy, von Air. Wann lief dat zum ersten Mal?",
        family="first_play",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Wann lief zuletzt Bohemian Rhapsody?",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Café Tacvba. Wann hab ich die zuletzt gehabt?",
        family="last_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wat war dat letzte Lied?",
        family="last_song",
    ),
    Fresh(
        text="Zuletzt gespielt. Welches Lied war dat?",
        family="last_song",
    ),
    Fresh(
        text="Wat lief heut als Erstes?",
        family="first_today",
    ),
    Fresh(
        text="Heut früh nachm Stall, dat erste Lied. Wat war dat?",
        family="first_today",
    ),
    Fresh(
        text="Gestern. Erstes Lied?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Am dritten November, wat lief da als Erstes?",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="Letzten Freitag. Wat war dat letzte Lied?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Im August, dat letzte Stück. Welches?",
        family="last_in",
        period="august",
    ),
    Fresh(
        text="Welches Lied drück ich am meisten weg?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Wat überspring ich am öftesten? Dat Lied.",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler überspring ich am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen drück ich immer weg? Welche Band?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wat läuft bei mir zurzeit rauf und runter?",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied spiel ich dauernd? Dat krieg ich nich ausm Kopp.",
        family="on_repeat",
    ),
    Fresh(
        text="Mein Jahr. Wie war dat so?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Letzten Monat. Fass mal zusammen.",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Rückblick. Diese Woche.",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Hör ich mehr morgens oder abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Mittags oder abends. Wann läuft mehr?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Wochenende oder unter der Woche. Wann hör ich mehr?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Lief bei mir am Wochenende mehr Musik als werktags? Jo oder nee.",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Moin. Mach mal Musik an inne Küche.",
    "Lauter.",
    "Leiser, jo.",
    "Spiel Daft Punk.",
    "Wat is dat fürn Lied?",
    "Nächstes Lied.",
    "Dat nich. Weiter.",
    "Podcast aus.",
    "Pause.",
    "Licht inne Küche aus.",
    "Wie wird dat Wetter morgen? Regen?",
    "Wecker auf halb fünf.",
    "Timer zehn Minuten.",
    "Milch auf die Einkaufsliste.",
    "Heizung höher. Is kalt.",
    "Wat läuft da grad?",
    "Spiel dat Album Discovery.",
    "Zufallswiedergabe an.",
    "Dat Lied nochmal. Wiederholen.",
    "Die Lautsprecher inne Küche und Stube zusammen.",
    "Mach NDR 1 Niedersachsen an.",
    "Wie spät is dat?",
    "Wind morgen? Wat sagt der Wetterbericht?",
    "Spiel The Daily.",
    "Wer singt dat hier?",
]
