"""Writer 382, Spracherkennung von jemandem mit vielen Füllwörtern und Neustarts, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="äh wen wen hab ich letzte Woche am meisten gehört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="also mein mein Künstler des Jahres, ähm, wer ist das",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer sind meine, äh, drei meistgehörten Künstler",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in der Küche, äh, welche Band läuft da, also, am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="was war mein, ähm, mein Lieblingslied im Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="welches Lied hab ich, nee warte, welche fünf Lieder hab ich diesen Monat am meisten gespielt",
        family="top_tracks",
        period="this_month",
        count=5,
    ),
    Fresh(
        text="ähm welches Album lief bei mir, also, am häufigsten dieses Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mein Lieblingsalbum im im Sommer, äh, welches war das",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welchen Podcast hör ich, äh, in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="also welcher Podcast lief letztes Jahr am am meisten",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="wie lange lief, äh, gestern Musik bei mir",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="ähm wie viele Stunden hab ich, ich mein, haben wir letzte Woche gehört",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lange hab ich, äh, diese Woche Podcasts gehört",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="in der Küche, also, wie lange hab ich da heute Musik gehört",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie lange hat Ada, äh, letzten Monat gehört",
        family="listening_time",
        period="last_month",
        person="Ada",
    ),
    Fresh(
        text="wie viele Lieder hab ich, äh, heute gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele wie viele Folgen hab ich im September gehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="also wie viele Wiedergaben hatte ich, äh, in den letzten sieben Tagen",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele verschiedene Künstler hab ich, äh, dieses Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="ähm wie viele Bands hab ich, also, letzten Monat gehört",
        family="artists_count",
        period="last_month",
    ),
    Fresh(
        text="wie viele verschiedene Lieder, äh, seit März",
        family="songs_count",
        period="since_march",
    ),
    Fresh(
        text="wie viele unterschiedliche Songs hab ich, ich mein, hab ich in den letzten drei Monaten gehört",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="wie oft hab ich, äh, Bohemian Rhapsody diesen Monat gespielt",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk, also, seit Oktober",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="ähm wie oft hab ich Radiohead gehört",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich, äh, hab ich gestern Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="lief bei uns, ähm, am Samstag Queen",
        family="did_i",
        period="saturday",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="hab ich vorgestern, nee warte, heute früh The Daily gehört",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="hab ich in letzter Zeit, also, was von Air gehört",
        family="did_i",
        period="lately",
        name="Air",
    ),
    Fresh(
        text="was hab ich, äh, gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="ähm was hab ich letztes Wochenende so gehört",
        family="what_played",
        period="last_weekend",
    ),
    Fresh(
        text="was für Musik hab ich, also, heute Nachmittag gehört",
        family="what_played",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="was lief denn, äh, gestern so um Viertel vor acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="ähm was lief heute früh um um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was hab ich, also, am Mittwoch um zwölf Uhr mittags gehört",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="was lief heute um, äh, Viertel nach fünf nachmittags",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="was für einen, ähm, Musikgeschmack hab ich eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal, also, meinen Geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um welche Uhrzeit hör ich, äh, meistens",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welchem Tag und zu welcher Stunde hör ich, ich mein, hör ich am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="hab ich, äh, in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche neuen Bands kamen, also, diesen Monat dazu",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="wie oft skippe ich, äh, eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie hoch war meine Skiprate, ähm, im August",
        family="skips",
        period="august",
    ),
    Fresh(
        text="wie oft hör ich, also, immer wieder dasselbe",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch ist meine, äh, Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich, äh, gehört",
        family="streak",
    ),
    Fresh(
        text="ähm wie lang ist meine Serie, also, Tage hintereinander",
        family="streak",
    ),
    Fresh(
        text="wann hab ich, äh, zum ersten Mal Cafe Tacuba gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann, also, wann hab ich Genesis von Justice das erste Mal gehört",
        family="first_play",
        name="Genesis by Justice",
    ),
    Fresh(
        text="wann hab ich, ähm, zuletzt Sexy Boy gehört",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann lief The Weeknd, äh, das letzte Mal",
        family="last_play",
        name="The Weeknd",
    ),
    Fresh(
        text="was war, äh, das letzte Lied, das ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="welchen Song hab ich, also, zuletzt gehört",
        family="last_song",
    ),
    Fresh(
        text="was hab ich heute, äh, als erstes gehört",
        family="first_today",
    ),
    Fresh(
        text="womit bin ich, ähm, heute aufgewacht, also welches Lied",
        family="first_today",
    ),
    Fresh(
        text="was war das erste Lied, äh, vorgestern",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="welches Lied hab ich, also, am dritten November als erstes gespielt",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="was war das letzte Lied, ähm, letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="womit hab ich letzten Freitag, äh, aufgehört",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="welches Lied skipp ich, äh, am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Künstler überspring ich, also, am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied hör ich, ähm, zurzeit rauf und runter",
        family="on_repeat",
    ),
    Fresh(
        text="was ist, also, mein Ohrwurm der letzten Tage, welcher Song",
        family="on_repeat",
    ),
    Fresh(
        text="äh erzähl mal, mein Oktober, wie wars so",
        family="recap",
        period="october",
    ),
    Fresh(
        text="ähm gib mir mal nen Rückblick auf, also, mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie lief bei uns, ich mein, die letzte Woche so, gib mal nen Überblick",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="hör ich, äh, morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich eher so, also, ein Nachmittags- oder ein Nachthörer",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="also, unter der Woche oder am Wochenende, wann hör ich, äh, mehr",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="hör ich werktags, äh, werktags mehr oder samstags und sonntags",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel, äh, Daft Punk in der Küche",
    "mach die Musik, ähm, lauter",
    "was läuft, äh, gerade in der Küche",
    "welches Lied ist das, also, welches",
    "nächstes, äh, nächstes Lied",
    "pausier, also, den Podcast",
    "mach das Licht in der Küche, ähm, aus",
    "spiel das Album, äh, Discovery",
    "Lautstärke auf, äh, dreißig",
    "Zufallswiedergabe an, ich mein, mach Shuffle an",
    "wiederhol, ähm, dieses Lied",
    "stell nen Timer auf, äh, zehn Minuten",
    "wie wird das Wetter, also, morgen",
    "setz Milch auf die, äh, Einkaufsliste",
    "stell die Heizung auf, ähm, einundzwanzig Grad",
    "gruppier die Küche und, äh, das Wohnzimmer",
    "was hör ich, also, gerade",
    "spiel The Daily, äh, weiter",
    "überspring, äh, den Song",
    "mach die Musik im Wohnzimmer, nee warte, in der Küche aus",
    "spiel was von Queen",
    "leiser, äh, bitte leiser",
    "wer singt das, also, gerade",
    "spiel Justice, ähm, auf dem Küchenlautsprecher",
    "wie spät ist es, äh",
    "stopp, also, stopp die Musik",
    "vorheriges Lied, ich mein, eins zurück",
]
