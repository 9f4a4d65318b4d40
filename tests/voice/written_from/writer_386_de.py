"""Writer 386, ein Informatikstudent mit Nerd-Sprache, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Query: Top-Künstler dieses Jahr, sortiert nach Playcount",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wer waren meine Top 3 Artists im letzten Monat",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="welche Band lief bei uns letzte Woche am häufigsten",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="in der Küche, wer ist da der meistgespielte Künstler in den letzten drei Monaten",
        family="top_artists",
        period="last_3_months",
        room="kitchen",
    ),
    Fresh(
        text="was ist mein meistgespielter Track ever",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="gib mir die fünf meistgespielten Lieder seit März aus",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="Song des Monats bitte, rein nach Plays",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welches Album hat im Dataset den höchsten Playcount",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum im Sommer laut Stats?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="welcher Podcast lief in letzter Zeit am meisten",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wie viele Stunden Musik hab ich diese Woche gehört",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Gesamt-Hördauer gestern in Minuten",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="wie lange liefen in der Küche im Oktober Podcasts",
        family="listening_time",
        period="october",
        content="podcasts",
        room="kitchen",
    ),
    Fresh(
        text="wie lange haben wir letztes Wochenende gehört, Summe bitte",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="wie viele Songs hab ich heute Morgen gestreamt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Anzahl Plays in den letzten 7 Tagen",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="seit Montag, wie viele Folgen hab ich da gehört",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wie viele unterschiedliche Künstler sind dieses Jahr im Dataset",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Distinct Count der Artists im August",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="wie viele verschiedene Lieder hab ich letzten Monat gehört",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Anzahl unique Tracks seit Oktober",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="wie oft lief Bohemian Rhapsody insgesamt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Playcount von Justice in den letzten 30 Tagen",
        family="play_count",
        period="last_30_days",
        name="Justice",
    ),
    Fresh(
        text="wie oft hab ich dieses Jahr Radiohead gehört",
        family="play_count",
        period="this_year",
        name="Radiohead",
    ),
    Fresh(
        text="hab ich gestern Daft Punk gehört",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="lief am Samstag irgendwas von Air",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="Boolean-Frage: kam Don't Stop Me Now letztes Jahr vor",
        family="did_i",
        period="last_year",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="kam letzten Sommer überhaupt was von Queen",
        family="did_i",
        period="last_summer",
        name="Queen",
    ),
    Fresh(
        text="was hab ich gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief heute Nachmittag so",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was lief vorgestern, kurzer Dump bitte",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="was lief letzte Woche bei uns",
        family="what_played",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="was lief gestern Abend um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute Morgen um halb neun, was lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="welcher Track lief am Mittwoch um 21 Uhr",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="was ist mein Musikgeschmack laut den Daten",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="zu welcher Uhrzeit und an welchem Wochentag hör ich am meisten",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="welche neuen Artists sind diesen Monat ins Dataset dazugekommen",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="hab ich in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wie hoch ist meine Skip-Ratio",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Skip-Rate letzte Woche?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="wie hoch ist meine Repeat-Rate, also wie oft hör ich dieselben Sachen nochmal",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viele Tage am Stück hab ich schon was gehört",
        family="streak",
    ),
    Fresh(
        text="wann taucht Café Tacvba zum ersten Mal im Dataset auf",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hab ich zum ersten Mal Wet Leg gehört",
        family="first_play",
        name="Wet Leg",
    ),
    Fresh(
        text="wann lief zuletzt The Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="letzter Timestamp von Digital Love?",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="was war der letzte Song, den ich gehört hab",
        family="last_song",
    ),
    Fresh(
        text="mit welchem Lied hab ich heute den Tag gestartet",
        family="first_today",
    ),
    Fresh(
        text="was war der erste Track am letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="erster Song am 3. November?",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="womit hab ich gestern aufgehört",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="letzter Track letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="welchen Song skippe ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welcher Artist hat bei mir die höchste Skip-Ratio",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="was läuft bei mir gerade in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war mein Oktober so in Stats",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Jahresrückblick 2025 bitte",
        family="recap",
        period="in_2025",
    ),
    Fresh(
        text="gib mir nen Recap von meinem Hörverhalten",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="hör ich morgens oder abends mehr, was sagen die Stats",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Delta zwischen Wochenende und unter der Woche, wann hör ich mehr",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in der Küche",
    "mach die Musik lauter",
    "was läuft gerade",
    "welcher Song ist das",
    "überspring den Track",
    "pausier den Podcast",
    "nächster Titel im Wohnzimmer",
    "Licht in der Küche aus",
    "spiel das Album Discovery",
    "Lautstärke auf 30 Prozent",
    "Shuffle an",
    "Wiederholung für diesen Song einschalten",
    "gruppier die Küche mit dem Wohnzimmer-Lautsprecher",
    "stell nen Timer auf 20 Minuten",
    "wie wird das Wetter morgen",
    "setz Mate auf die Einkaufsliste",
    "Heizung auf 21 Grad",
    "was hör ich gerade",
    "spiel die neueste Folge von The Daily",
    "stopp die Musik",
    "spul 30 Sekunden vor",
    "von wem ist das Lied gerade",
    "mach den Bass lauter",
    "weck mich um sieben",
    "spiel irgendwas von Justice auf Shuffle",
]
