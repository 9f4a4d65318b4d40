"""Writer 123, Swiss night-shift security guard in Zürich (day runs backwards), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Grüezi, was han ich letzte Nacht vor der Schicht gehört?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="was lief heute Morgen um Viertel ab acht, als ich von der Arbeit heimkam",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="was lief gestern gegen Viertel vor acht, kurz bevor ich mit dem Velo los bin",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="wie lange lief heute Morgen nach der Nachtschicht Musik",
        family="listening_time",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="welchen Künstler han ich seit Oktober am meisten gelost, seit ich Nacht mache",
        family="top_artists",
        period="since_october",
    ),
    Fresh(
        text="was war heute das allererste Lied, als ich vom Dienst heimkam",
        family="first_today",
    ),
    Fresh(
        text="das letzte Lied heute Morgen, bevor ich schlafen ging, was war das",
        family="last_in",
        period="this_morning",
    ),
    Fresh(
        text="sag mal, was war das letzte Lied, das ich gehört han",
        family="last_song",
    ),
    Fresh(
        text="wie viele Tage am Stück han ich jetzt Musik gehört",
        family="streak",
    ),
    Fresh(
        text="han ich letzte Nacht Daft Punk gelost?",
        family="did_i",
        period="last_night",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft lief Bohemian Rhapsody diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wann han ich Justice zum ersten Mal gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann lief Sexy Boy zum letzten Mal",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="was ist eigentlich mein meistgehörter Podcast",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="wie viele verschiedene Künstler han ich letzte Woche gehört",
        family="artists_count",
        period="last_week",
    ),
    Fresh(
        text="wie viele verschiedene Lieder waren es diese Woche, gäll",
        family="songs_count",
        period="this_week",
    ),
    Fresh(
        text="hör ich eher am Morgen oder am Abend Musik? Mit meinen Schichten weiss ich das selber nicht mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="lose ich am Wochenende mehr Musik als unter der Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="um welche Zeit lose ich normalerweise Musik, und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="was für Musik gefällt mir eigentlich, was meinst du",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie oft überspringe ich eigentlich Lieder",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="lose ich immer wieder die gleichen Lieder oder täuscht das",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="welches Lied skippe ich am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="bei welchem Künstler drück ich am häufigsten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="welches Lied han ich im Moment in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl mal, wie war meine Woche musikalisch, mit all den Nachtschichten",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="han ich in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="meine drei meistgespielten Lieder vom letzten Monat",
        family="top_tracks",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="welches Album han ich dieses Jahr am meisten gelost",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mit welchem Lied han ich gestern angefangen",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was han ich gestern Abend vor dem Dienst gehört, beim Znacht",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="han ich diese Woche Radiohead gehört",
        family="did_i",
        period="this_week",
        name="Radiohead",
    ),
    Fresh(
        text="wie viele Stunden Musik han ich diese Woche zwischen den Schichten gelost",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie viele Lieder sind heute schon gelaufen",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Podcastfolgen han ich letzte Woche gehört",
        family="plays",
        period="last_week",
        content="podcasts",
    ),
    Fresh(
        text="wer war letztes Jahr mein Künstler des Jahres",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="was war im Sommer mein Lieblingslied",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="was lief am Mittwoch am Abend um neun, da hatte ich frei",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="wann han ich zuletzt Don't Stop Me Now gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="seit Montag, wie oft lief One More Time von Daft Punk",
        family="play_count",
        period="since_monday",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="von welchem Podcast komm ich grad nicht los",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="gib mir mal einen Jahresrückblick, was han ich dieses Jahr so gelost",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="haben wir am Wochenende Justice gehört? Ich war ja die ganze Zeit am Arbeiten",
        family="did_i",
        period="last_weekend",
        name="Justice",
        person="we",
    ),
    Fresh(
        text="was lief bei uns letzten Freitag in der Küche",
        family="what_played",
        period="last_friday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="neue Künstler in den letzten drei Monaten?",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="was war am Samstag das letzte Lied, bevor ich zur Schicht bin",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="wie viele Male han ich im Oktober The Daily gelost",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="han ich vorgestern Around the World gehört oder verwechsle ich das",
        family="did_i",
        period="day_before_yesterday",
        name="Around the World",
    ),
    Fresh(
        text="wie lange han ich im September Musik gehört, ungefähr",
        family="listening_time",
        period="september",
        content="music",
    ),
    Fresh(
        text="eine Zusammenfassung vom letzten Monat, bitte",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="wann kam Café Tacvba zum ersten Mal bei mir vor",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="was lief heute früh um halb neun, ich bin fast eingeschlafen dabei",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wie viele verschiedene Künstler waren es dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="welches Album lief 2025 am meisten, also letztes Jahr",
        family="top_albums",
        period="last_year",
    ),
]

NEGATIVES = [
    "spiel Air in der Küche",
    "mach leiser, ich will schlafen",
    "weck mich um halb drei am Nachmittag",
    "Podcast pausieren",
    "nächstes Lied bitte",
    "Licht in der Küche aus",
    "wie wird das Wetter heute Nacht in Zürich, ich muss mit dem Velo zur Arbeit",
    "setz Kaffeerahm auf die Einkaufsliste",
    "spiel das Album Discovery",
    "was lauft gerade",
    "lauter",
    "nächster Podcast",
    "spiel Don't Stop Me Now von Queen in der Küche",
    "stell einen Timer auf zwanzig Minuten, ich mach noch schnell Znüni",
    "Zufallswiedergabe aus",
    "welches Lied ist das",
    "Lautsprecher in der Küche und im Wohnzimmer zusammen",
    "Wecker auf vier Uhr nachmittags",
    "Heizung in der Küche auf einundzwanzig Grad",
    "spiel The Daily",
    "Musik in der Küche aus, ich geh jetzt schlafen",
    "Wiederholung für dieses Lied einschalten",
    "wie kalt wird es heute Nacht, muss ich das Velo drinnen parkieren",
    "setz Umzugskartons auf die Einkaufsliste, wir zügeln im Dezember",
    "was lose ich da gerade",
]
