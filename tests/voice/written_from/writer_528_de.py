"""Writer 528, ein wortkarger Ostfriese Anfang sechzig, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Moin. Wer lief diese Woche am meisten.",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="Meistgehörter Künstler dies Jahr?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Künstler Nummer eins seit März. Wer is dat",
        family="top_artists",
        period="since_march",
    ),
    Fresh(
        text="Lieblingslied im Oktober.",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Die drei meistgespielten Lieder. Insgesamt.",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Welches Album am meisten. Letztes Jahr.",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="Moin. Lieblingsalbum im Sommer?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Welcher Podcast lief am meisten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wie lang lief Musik gestern.",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Stunden gehört diesen Monat. Wie viele?",
        family="listening_time",
        period="this_month",
    ),
    Fresh(
        text="Wie lang lief bei uns letzte Woche wat.",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Wie viele Lieder heut.",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wieviel Folgen seit Montag?",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="Küche. Wie oft lief da wat in den letzten dreißig Tagen.",
        family="plays",
        period="last_30_days",
        room="kitchen",
    ),
    Fresh(
        text="Wie viele verschiedene Künstler dies Jahr.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Verschiedene Künstler, letzte drei Monate. Zahl.",
        family="artists_count",
        period="last_3_months",
    ),
    Fresh(
        text="Wie viele verschiedene Lieder letzten Monat.",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Wie oft lief Bohemian Rhapsody.",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen. Wie oft diese Woche?",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hatt ich Radiohead an. Dies Jahr.",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="Justice gestern gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief heut früh The Daily?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hab ich im August Daft Punk gehört. Jo oder nä.",
        family="did_i",
        period="august",
        name="Daft Punk",
    ),
    Fresh(
        text="Wat lief gestern Abend.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Vorgestern. Wat hab ich gehört?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Wat haben wir am Wochenende gehört.",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Wat lief gestern um Viertel vor acht.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heut früh halb neun, wat lief da.",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Mittwoch Mittag um zwölf. Wat war an?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Wat für Musik hör ich eigentlich.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Mein Geschmack. Kurz.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wann hör ich meistens. Uhrzeit und Tag.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Neue Künstler diesen Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wen hab ich in letzter Zeit neu entdeckt.",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wie oft überspring ich.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Letzten Monat viel weggeskippt?",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="Hör ich oft dat Gleiche nochmal. Wiederholungsquote.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Tage am Stück hab ich gehört.",
        family="streak",
    ),
    Fresh(
        text="Wann hab ich dat erste Mal Justice gehört.",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Sexy Boy. Wann zuerst?",
        family="first_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="Wann lief zuletzt The Daily.",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Don't Stop Me Now. Wann dat letzte Mal?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Letztes Lied. Welches?",
        family="last_song",
    ),
    Fresh(
        text="Wat lief als Letztes.",
        family="last_song",
    ),
    Fresh(
        text="Erstes Lied heut.",
        family="first_today",
    ),
    Fresh(
        text="Moin. Womit ging's heut los?",
        family="first_today",
    ),
    Fresh(
        text="Erstes Lied letzten Freitag.",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Wat lief am dritten November als Erstes.",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="Letztes Lied gestern.",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Samstag. Womit hab ich aufgehört?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Welches Lied überspring ich am meisten.",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welchen Künstler skipp ich am meisten.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wat läuft bei mir zur Zeit rauf und runter.",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied hab ich grad dauernd an.",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl ma, wie war mein Oktober.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Rückblick auf dat Jahr.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war die Woche so. Musikmäßig.",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Morgens oder abends, wann hör ich mehr.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör ich am Wochenende mehr als unter der Woche?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Wochentage oder Wochenende. Wo mehr?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Musik aus.",
    "Lauter.",
    "Spiel ma Queen in der Küche.",
    "Wat läuft da grad?",
    "Nächstes Lied.",
    "Podcast anhalten.",
    "Licht Küche aus.",
    "Timer zehn Minuten. Tee.",
    "Wetter morgen. Wind?",
    "Heizung auf zwanzig.",
    "Tee auf die Einkaufsliste.",
    "Zufallswiedergabe an.",
    "Lied wiederholen.",
    "Lautsprecher Küche und Stube zusammen.",
    "Album Discovery abspielen.",
    "Leiser, is zu laut.",
    "Wat hör ich da gerade?",
    "Weiter.",
    "Stopp.",
    "Spiel The Daily, neueste Folge.",
    "Wie spät is dat?",
    "Radio Bremen an.",
    "Wer singt dat?",
]
