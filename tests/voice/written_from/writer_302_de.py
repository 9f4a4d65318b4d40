"""Writer 302, Frankfurt banker mixing in business English, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer war year to date mein Top-Performer bei den Künstlern",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Gib mir mal die Top drei Artists vom letzten Monat",
        family="top_artists",
        period="last_month",
        count=3,
    ),
    Fresh(
        text="Welche Band ist bei uns letzte Woche am meisten gelaufen",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Ei gude, von wem bin isch in letzter Zeit so richtig hooked, Künstler mein ich",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="In der Küche, welcher Künstler läuft da am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Was war mein meistgespieltes Lied im Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Nenn mir mal die Top fünf Songs, all time",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Welcher Track war diese Woche die Nummer eins, kurz und knapp bitte",
        family="top_tracks",
        period="this_week",
    ),
    Fresh(
        text="Ranking der Songs über die letzten drei Monate, was steht da ganz oben",
        family="top_tracks",
        period="last_3_months",
    ),
    # top_albums
    Fresh(
        text="Welches Album hab ich seit März am häufigsten gehört",
        family="top_albums",
        period="since_march",
    ),
    Fresh(
        text="Lieblingsalbum im Sommer, was war des nochmal",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast ist bei mir in letzter Zeit so der Bestseller",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Welchen Podcast hab ich letztes Jahr am meisten gehört",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="Wie viele Stunden Musik hab ich heute schon laufen lassen",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie lange hab ich die letzten sieben Tage insgesamt gehört, so in Stunden",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="Wie viel Zeit ist im September für Podcasts draufgegangen",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder sind heute Morgen gelaufen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie viele Plays hatten wir gestern, grob überschlagen",
        family="plays",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Wie viele Episoden hab ich diesen Monat gestreamt",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich dieses Jahr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Mit wie vielen unterschiedlichen Artists hatte ich seit Oktober zu tun",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Songs waren's letzte Woche",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Wie viele unterschiedliche Titel hab ich in den letzten 30 Tagen gehört",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="Wie oft lief Bohemian Rhapsody dieses Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Justice, wie oft hab ich die diesen Monat gespielt",
        family="play_count",
        period="this_month",
        name="Justice",
    ),
    Fresh(
        text="Wie oft hab ich eigentlich Coldplay gehört, gesamt",
        family="play_count",
        period="all_time",
        name="Coldplay",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Abend Daft Punk gehört",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="Lief am Samstag was von Queen",
        family="did_i",
        period="saturday",
        name="Queen",
    ),
    Fresh(
        text="Haben wir letzten Monat Café Tacvba gehört, ja oder nein",
        family="did_i",
        period="last_month",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="Hab ich jemals Helene Fischer gehört? Bitte sag nein",
        family="did_i",
        period="all_time",
        name="Helene Fischer",
    ),
    # what_played
    Fresh(
        text="Was hab ich vorgestern gehört",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Gib mir mal ein kurzes Briefing, was gestern Abend lief",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was lief bei uns letzten Freitag so",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern Abend so gegen acht",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Heute früh um acht, was lief da",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Was lief gestern um zehn nach acht abends",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="Was lief heut um fünf nach fünf, nach dem Meeting",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="Wie würdest du meinen Musikgeschmack beschreiben",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Was für Musik ist so mein Ding, kurzes Profil bitte",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ich normalerweise Musik, Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann ist bei mir so die Peak Hour beim Hören",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ich diesen Monat neue Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche neuen Artists sind seit März dazugekommen, quasi Neuzugänge",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="Wie hoch ist meine Skip-Rate",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab ich letzte Woche weitergeskippt",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Wie oft hör ich dieselben Lieder immer wieder, Quote bitte",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch ist meine Repeat-Rate diesen Monat",
        family="repeat",
        period="this_month",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück hab ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="Wie lang ist meine Streak aktuell, in Tagen",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Air zum ersten Mal gehört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Seit wann ist Don't Stop Me Now bei mir im Verlauf",
        family="first_play",
        name="Don't Stop Me Now",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt The Daily",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann hab ich das letzte Mal Genesis von Justice gehört",
        family="last_play",
        name="Genesis by Justice",
    ),
    # last_song
    Fresh(
        text="Was war der letzte Song, den ich gespielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied bin ich heute in den Tag gestartet",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war gestern der erste Song",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Welches Lied lief am dritten November als erstes",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Was war letzte Nacht das letzte Lied",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Womit hab ich letzten Freitag Feierabend gemacht, songtechnisch",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied skippe ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler drück ich am öftesten weg",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was ist aktuell mein Song in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied läuft bei mir momentan rauf und runter",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Gib mir mal ein Executive Summary von meinem Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Wie war mein Jahr musikalisch, kurzer Jahresrückblick",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Mach mal ein kurzes Review von meiner Woche",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Sag mal, wie läuft mein Hören so, Overview bitte",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin ich eher so Nachmittags- oder Abendhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör ich unter der Woche mehr oder am Wochenende",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Werktage versus Wochenende, wo hab ich mehr Volumen beim Hören",
        family="compare_week",
        period="all_time",
    ),
    # extra periods
    Fresh(
        text="Wer war in den letzten zwei Wochen mein meistgehörter Künstler",
        family="top_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="Was lief 2025 am meisten, Song-technisch",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="Letzten Sommer, welches Album war da vorne",
        family="top_albums",
        period="last_summer",
    ),
    Fresh(
        text="Wie viel Musik hab ich seit Montag gehört",
        family="listening_time",
        period="since_monday",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche",
    "Mach die Musik lauter",
    "Lautstärke auf dreißig Prozent",
    "Nächster Track bitte",
    "Skip den Song",
    "Pausier mal den Podcast, isch hab gleich en Call",
    "Was läuft gerade in der Küche",
    "Welcher Song ist das",
    "Spiel das Album Discovery",
    "Shuffle an",
    "Wiederholung aus",
    "Stell einen Timer auf zehn Minuten",
    "Wie wird das Wetter morgen in Frankfurt",
    "Setz Äppelwoi auf die Einkaufsliste",
    "Mach das Licht in der Küche aus",
    "Stell die Heizung auf einundzwanzig Grad",
    "Gruppier die Küche mit dem Wohnzimmer-Lautsprecher",
    "Was hör ich gerade",
    "Spiel die neueste Folge von The Daily",
    "Spul dreißig Sekunden vor",
    "Stopp",
    "Weck mich morgen um sechs, Meeting um halb acht",
    "Wie steht der DAX",
    "Spiel was Entspanntes in der Küche, harter Tag am Trading Floor",
    "Mach die Musik in der Küche leiser",
    "Mach den Lautsprecher in der Küche stumm",
]
