"""Writer 247, vielbeschäftigter Vater, der drei Dinge gleichzeitig macht, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="also wen hab ich äh diesen Monat am meisten gehört, welchen Künstler",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Moment, wer war mein Künstler des Jahres, äh, letztes Jahr mein ich",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="wer war so in den letzten drei Monaten, äh, meine Nummer eins",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="was war mein Lieblingslied im Oktober, nee warte, im September",
        family="top_tracks",
        period="september",
    ),
    Fresh(
        text="meine drei meistgespielten Lieder, äh, letzte Woche",
        family="top_tracks",
        period="last_week",
        count=3,
    ),
    Fresh(
        text="welches Lied wurde, Moment, in der Küche am häufigsten gespielt",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welches Album hab ich, äh, am meisten gehört, also überhaupt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum im Sommer, Moment, welches war das",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast, äh, welchen Podcast hör ich in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="mein meistgehörter Podcast letzten Sommer, nee warte, ja, letzten Sommer",
        family="top_podcasts",
        period="last_summer",
    ),
    # listening_time
    Fresh(
        text="wie lange lief gestern Musik, Moment, in der Küche",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viele Stunden hab ich diese Woche, äh, so gehört",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="also wie lange haben wir letzten Monat Podcasts gehört",
        family="listening_time",
        period="last_month",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="wie viel Musik hatte ich seit Oktober, äh, an",
        family="listening_time",
        period="since_october",
        content="music",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ich heute, äh, heute früh gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft lief was bei uns am Wochenende, also letztes Wochenende",
        family="plays",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie viele Folgen hab ich seit Montag gehört, also Podcast-Folgen, Moment",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab ich dieses Jahr, äh, gehört",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder, nee warte, Songs, seit März",
        family="songs_count",
        period="since_march",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody, äh, gespielt diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel Daft Punk lief, Moment, in den letzten dreißig Tagen",
        family="play_count",
        period="last_30_days",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich Radiohead gehört, also, äh, überhaupt",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="wie oft hat Ada letzte Woche Sexy Boy gehört, Moment, von Air",
        family="play_count",
        period="last_week",
        name="Sexy Boy by Air",
        person="Ada",
    ),
    # did_i
    Fresh(
        text="hab ich gestern, äh, Justice gehört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Queen in letzter Zeit, Moment, hab ich Queen in letzter Zeit gehört",
        family="did_i",
        period="lately",
        name="Queen",
    ),
    Fresh(
        text="haben wir vorgestern, nee warte, ja vorgestern, The Daily gehört",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="hab ich zweitausendfünfundzwanzig, äh, Café Tacvba gehört",
        family="did_i",
        period="in_2025",
        name="Café Tacvba",
    ),
    # what_played
    Fresh(
        text="was lief gestern Abend, also, äh, was hab ich gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hab ich am, äh, dritten November gehört",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was hab ich heute Nachmittag gehört, Moment, heute Nachmittag",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="was lief gestern gegen Viertel vor acht, Moment, abends natürlich",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heute früh um halb neun, äh, so halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief vorgestern um, nee warte, um neun Uhr abends",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="was für Musik mag ich eigentlich, also so vom Geschmack her",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich normalerweise Musik, äh, um welche Uhrzeit und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich diesen Monat, Moment, neue Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Bands waren im August, äh, neu für mich",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="wie oft überspring ich eigentlich, äh, so im Schnitt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ich in den letzten sieben Tagen übersprungen, äh, von wie vielen",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="wie oft hör ich dieselben Lieder immer wieder, also so in Prozent",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt, Moment, Musik gehört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich Air, äh, zum ersten Mal gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="wann lief Genesis zum ersten Mal, das von Justice, also",
        family="first_play",
        name="Genesis by Justice",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt, äh, Don't Stop Me Now gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann hab ich zuletzt The Weeknd gehört, nee warte, hab ich das überhaupt",
        family="last_play",
        name="The Weeknd",
    ),
    # last_song
    Fresh(
        text="also was war das letzte Lied, Moment, das ich gespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welchem Lied bin ich heute, äh, aufgewacht, also das erste",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war das erste Lied am Samstag, nee warte, ja, Samstag",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="womit hab ich letzten Freitag aufgehört, äh, das letzte Lied",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="welches Lied überspring ich, Moment, am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler skip ich am meisten, nee warte, welche Band, egal",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied hör ich zurzeit, äh, rauf und runter",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="also, Moment, wie war mein Jahr so, musikmäßig, so ein Rückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="gib mir mal ne Zusammenfassung von letzter Woche, äh, was das Hören angeht",
        family="recap",
        period="last_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich eher morgens oder abends, äh, Musik",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich unter der Woche mehr oder am Wochenende, Moment, was stimmt",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche, Moment, ja in der Küche",
    "mach mal die Musik leiser, äh, die Kinder schlafen",
    "nächstes Lied, also, äh, weiter",
    "Pause, nee warte, den Podcast pausieren",
    "was läuft grad in der Küche",
    "welches Lied ist das gerade, Moment",
    "Timer auf zehn Minuten, äh, für die Nudeln",
    "wie wird das Wetter heute Nachmittag, also draußen",
    "setz Windeln auf die Einkaufsliste, nee warte, und Feuchttücher",
    "Licht in der Küche aus, Moment, nee, an",
    "spiel das Album Discovery, äh, von vorne",
    "Zufallswiedergabe an",
    "Wiederholung aus, also für das Lied",
    "Lautstärke auf fünf, nee warte, vier",
    "spiel The Daily, die neue Folge, äh",
    "überspring das Lied, äh, das nervt",
    "Heizung im Kinderzimmer auf einundzwanzig Grad, Moment",
    "Küche und Wohnzimmer zusammen gruppieren, also die Lautsprecher",
    "was hör ich gerade, äh, was ist das",
    "spiel Kinderlieder im Wohnzimmer, also, Moment, in der Küche",
    "stopp die Musik, nee warte, doch, stopp",
    "lauter, Moment, noch lauter",
    "wie spät ist es, äh",
    "spiel was von Queen, äh, irgendwas",
    "schalte den Lautsprecher in der Küche aus",
    "Podcast zehn Sekunden zurück, Moment, dreißig",
]
