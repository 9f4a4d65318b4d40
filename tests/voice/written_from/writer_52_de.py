"""Writer 52, eine Mutter kleiner Kinder aus Hamburg (norddeutsch gefärbt, ständig von den Kindern unterbrochen), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Moin, sag mal ... Jona, lass das! ... also, wen hab ich diesen Monat am meisten gehört",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer war letztes Jahr so mein Künstler Nummer eins, ne?",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="welche drei Bands haben wir letzte Woche am meisten gehört",
        family="top_artists",
        period="last_week",
        count=3,
        person="we",
    ),
    Fresh(
        text="wen hört Ada in letzter Zeit am meisten",
        family="top_artists",
        period="lately",
        person="Ada",
    ),
    Fresh(
        text="wen hab ich zwanzigfünfundzwanzig am meisten gehört, so insgesamt",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="was is dies Jahr mein Lieblingslied, also was lief am häufigsten",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="welches Lied lief im Oktober in der Küche am meisten",
        family="top_tracks",
        period="october",
        room="kitchen",
    ),
    Fresh(
        text="welches Lied hab ich letzten Sommer am meisten gespielt, Mats, nich mit Sand werfen!",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="welches Album hab ich im Sommer am meisten gehört",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mein meistgespieltes Album, so überhaupt?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welchen Podcast hör ich in letzter Zeit am meisten ... Frieda, nich auf den Tisch!",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="was war diesen Monat mein Lieblingspodcast",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute Musik bei mir ... Mats, Schuhe an! ... also, wie lange",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich letzten Monat so gehört, büschen grob reicht",
        family="listening_time",
        period="last_month",
    ),
    Fresh(
        text="wie lange haben wir am Wochenende gehört",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie viel Musik lief die letzten sieben Tage in der Küche",
        family="listening_time",
        period="last_7_days",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="wie viele Lieder hab ich heute Nachmittag gespielt",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    Fresh(
        text="wie viele Podcastfolgen hab ich seit Oktober gehört",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder seit Montag ... Jona, Hände waschen! ... seit Montag, wie viele",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich heute Morgen abgespielt, also die Anzahl",
        family="plays",
        period="this_morning",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler hab ich dieses Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele unterschiedliche Bands waren das im September",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder hab ich diese Woche gehört, ne?",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="wie viele unterschiedliche Songs in den letzten dreißig Tagen",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="im August, wie viele verschiedene Lieder waren das",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="wie oft hab ich Bohemian Rhapsody gehört ... Jona, nich so laut! ... wie oft insgesamt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Daft Punk letzte Woche",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft hab ich dieses Jahr Rolf Zuckowski gespielt",
        family="play_count",
        period="this_year",
        name="Rolf Zuckowski",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Justice gehört?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="hab ich vorgestern büschen Queen gehört?",
        family="did_i",
        period="day_before_yesterday",
        name="Queen",
    ),
    Fresh(
        text="lief bei uns letzten Freitag The Daily?",
        family="did_i",
        period="last_friday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="hab ich dies Jahr mal Deichkind gehört",
        family="did_i",
        period="this_year",
        name="Deichkind",
    ),
    Fresh(
        text="Phantom, hab ich das die letzten zwei Wochen gehört?",
        family="did_i",
        period="last_2_weeks",
        name="Phantom",
    ),
    # what_played
    Fresh(
        text="was hab ich gestern Abend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief bei mir am Samstag",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was hab ich am dritten November gehört, weißt du das?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was hab ich letzte Nacht noch gehört, ich war so platt",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="was lief gestern Abend um Viertel nach acht ... Mats, lass deine Schwester! ... um Viertel nach acht",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="was lief heute früh um acht",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="was lief heute um halb sechs",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    # taste
    Fresh(
        text="wie würdest du meinen Musikgeschmack beschreiben, so ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="was hör ich eigentlich so für Musik, also was für'n Typ bin ich da",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör ich normalerweise Musik, also welche Uhrzeit und welcher Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="zu welcher Uhrzeit hör ich meistens, ne?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab ich diesen Monat neue Künstler entdeckt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Bands hab ich in den letzten drei Monaten zum ersten Mal gehört",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft überspring ich eigentlich, so prozentual",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab ich diese Woche weggeskippt",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="hör ich oft dieselben Lieder immer wieder?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie hoch is meine Wiederholungsrate seit März",
        family="repeat",
        period="since_march",
    ),
    # streak
    Fresh(
        text="wie viele Tage am Stück hab ich jetzt schon gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang is meine Serie, also Tage hintereinander gehört ... Frieda, Mütze auf!",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab ich Café Tacvba zum ersten Mal gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann lief Around the World das erste Mal bei mir",
        family="first_play",
        name="Around the World",
    ),
    # last_play
    Fresh(
        text="wann hab ich zuletzt Air gehört",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="The Daily, wann lief das das letzte Mal?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="was war das letzte Lied, das ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="welches Lied lief bei mir zuletzt ... Frieda, Finger weg! ... welches zuletzt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war heute mein erstes Lied",
        family="first_today",
    ),
    Fresh(
        text="mit welchem Lied bin ich heute in den Tag gestartet",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war gestern das erste Lied",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit welchem Lied hab ich letzte Woche angefangen",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="was war das letzte Lied im Oktober",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="welches Lied lief gestern Abend als letztes",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="welches Lied skip ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welchen Song überspring ich immer, so am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler skip ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei welcher Band drück ich am öftesten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied hab ich grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="was is zurzeit mein Ohrwurm, den ich ständig spiel",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war mein Monat so musikalisch",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="gib mir mal 'ne Zusammenfassung vom letzten Jahr",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="wie war meine Woche so, musikmäßig, kurz schnacken",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin ich seit Oktober mehr so'n Morgen- oder Abendhörer",
        family="compare_day_parts",
        period="since_october",
    ),
    # compare_week
    Fresh(
        text="läuft bei mir unter der Woche mehr oder am Wochenende",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Wochentage oder Wochenende, wann hab ich in den letzten drei Monaten mehr gehört",
        family="compare_week",
        period="last_3_months",
    ),
]

NEGATIVES = [
    "spiel Rolf Zuckowski in der Küche",
    "mach mal leiser, das Baby schläft",
    "lauter, bitte ... noch büschen lauter",
    "stell 'nen Timer auf zwölf Minuten",
    "schreib Milch und Windeln auf die Einkaufsliste",
    "wie wird das Wetter morgen in Hamburg",
    "regnet das heute noch, ne?",
    "mach das Licht in der Küche aus",
    "nächstes Lied",
    "überspring das mal ... Jona, nich anfassen!",
    "pausier den Podcast",
    "spiel The Daily weiter",
    "was läuft da gerade",
    "welches Lied is das",
    "wer singt das",
    "Zufallswiedergabe an",
    "wiederhol das Lied, die Kinder wollen's nochmal",
    "spiel das Album Discovery",
    "verbinde die Lautsprecher in Küche und Wohnzimmer",
    "mach die Heizung auf einundzwanzig Grad",
    "stopp die Musik",
    "Lautstärke auf vier in der Küche",
    "spiel was von Queen im Kinderzimmer",
    "mach mal Musik in der Küche an",
    "spiel die nächste Folge",
    "stell den Wecker auf sechs Uhr",
    "mach das Lied nochmal von vorne",
    "spiel Kinderlieder im Wohnzimmer",
    "Küchenlautsprecher stumm",
    "Wiederholung aus",
]
