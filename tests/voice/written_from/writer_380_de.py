"""Writer 380, ein wortkarger Ostfriese, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Moin. Wer lief diesen Monat am meisten?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Meine drei Top-Künstler letztes Jahr. Jo.",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="Welche Band hör ich in letzter Zeit dauernd?",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="Wat war mein meistgespieltes Lied im Oktober?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Fünf Lieder, die ich seit März am meisten gehört hab.",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="In der Küche. Welches Stück läuft da am meisten?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welches Album lief dies Jahr am häufigsten?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Lieblingsplatte im Sommer. Wat war dat?",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast lief bei mir am meisten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Podcast, den ich letzten Monat am meisten gehört hab?",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="Wie lange hab ich heute Musik gehört?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden hab ich letzte Woche gehört? Insgesamt.",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wie lang lief bei uns gestern Abend wat?",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder heute früh?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Seit Montag. Wie oft lief wat in der Küche?",
        family="plays",
        period="since_monday",
        room="kitchen",
    ),
    Fresh(
        text="Wie viele Folgen hab ich im September gehört?",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler dies Jahr?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viele unterschiedliche Bands hab ich überhaupt schon gehört?",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder in den letzten dreißig Tagen?",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Letzten Sommer. Wie viele unterschiedliche Stücke waren dat?",
        family="songs_count",
        period="last_summer",
    ),
    # play_count
    Fresh(
        text="Wie oft lief Bohemian Rhapsody?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk diese Woche. Wie oft?",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Santiano, wie oft lief dat dies Jahr?",
        family="play_count",
        period="this_year",
        name="Santiano",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Queen gehört?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Lief vorgestern Justice?",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="Haben wir letztes Wochenende The Daily gehört?",
        family="did_i",
        period="last_weekend",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Hannes Wader. Hab ich den mal gehört?",
        family="did_i",
        period="all_time",
        name="Hannes Wader",
    ),
    # what_played
    Fresh(
        text="Wat lief gestern?",
        family="what_played",
        period="yesterday",
    ),
    Fresh(
        text="Wat hab ich am dritten November gehört?",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Wat hat Ada heute Nachmittag gehört?",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Wat lief gestern Abend um Viertel nach acht?",
        family="playing_at",
        moment="2026-11-19 20:15",
    ),
    Fresh(
        text="Heute früh halb neun. Wat lief da?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wat lief heute um zehn nach fünf?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    # taste
    Fresh(
        text="Wat hör ich so für Musik? Kurz.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Mein Musikgeschmack. Wie isser?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ich meistens? Uhrzeit und Tag.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr läuft bei mir meist Musik?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Neue Künstler diesen Monat?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wen hab ich seit Oktober neu entdeckt?",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="Wie oft schalt ich weiter?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viel hab ich letzte Woche übersprungen?",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Wie oft hör ich dieselben Lieder wieder?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wiederholungsrate in den letzten drei Monaten?",
        family="repeat",
        period="last_3_months",
    ),
    # streak
    Fresh(
        text="Wie viele Tage am Stück hab ich jetzt gehört?",
        family="streak",
    ),
    Fresh(
        text="Wie viele Tage hintereinander lief wat?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Air zum ersten Mal gehört?",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="Seit wann hör ich Café Tacvba?",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Sexy Boy?",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="Da Funk von Daft Punk. Wann dat letzte Mal?",
        family="last_play",
        name="Da Funk by Daft Punk",
    ),
    # last_song
    Fresh(
        text="Letztes Lied. Wat war dat?",
        family="last_song",
    ),
    Fresh(
        text="Welches Lied hab ich zuletzt gespielt?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Erstes Lied heute?",
        family="first_today",
    ),
    Fresh(
        text="Womit bin ich heut in den Tag gestartet?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Erstes Lied letzten Freitag?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Womit hab ich am Samstag angefangen?",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="Letztes Lied gestern Abend?",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="Womit hab ich letzte Nacht aufgehört?",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied schalt ich am meisten weg?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Meistübersprungenes Lied 2025?",
        family="most_skipped",
        period="in_2025",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ich am häufigsten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Küche. Wen skipp ich da am meisten?",
        family="most_skipped_artist",
        period="all_time",
        room="kitchen",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hör ich zurzeit rauf und runter?",
        family="on_repeat",
    ),
    Fresh(
        text="Wat is mein Ohrwurm im Moment? Welches Lied?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Wie war mein Monat? Musikmäßig.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Jahresrückblick. Jo.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Rückblick auf letzten Monat, bitte.",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Moin. Die letzten sieben Tage, wie war dat so mit Musik und allem?",
        family="recap",
        period="last_7_days",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich morgens mehr oder abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Mehr Musik mittags oder nachts?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder unter der Woche. Wann hör ich mehr?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Im August am Wochenende mehr gehört als werktags?",
        family="compare_week",
        period="august",
    ),
]

NEGATIVES = [
    "Moin. Spiel Daft Punk in der Küche.",
    "Lauter.",
    "Musik aus.",
    "Wat is dat für ein Lied?",
    "Nächstes Lied.",
    "Podcast anhalten. Tee is fertig.",
    "Küchenlicht aus.",
    "Spiel dat Album Discovery.",
    "Lautstärke auf vier.",
    "Zufallswiedergabe an.",
    "Wiederholen aus.",
    "Küche und Wohnzimmer zusammen abspielen.",
    "Timer fünf Minuten. Für den Tee.",
    "Wie wird dat Wetter morgen? Wind?",
    "Kluntjes auf die Einkaufsliste.",
    "Heizung auf einundzwanzig Grad.",
    "Wat hör ich grad?",
    "Wer singt dat?",
    "Spiel The Daily.",
    "Mach mal büschen Queen an.",
    "Weiter abspielen.",
    "Wat läuft in der Küche?",
    "Lied überspringen.",
    "Leiser in der Küche.",
    "Spiel Bohemian Rhapsody.",
    "Wecker auf halb sechs.",
]
