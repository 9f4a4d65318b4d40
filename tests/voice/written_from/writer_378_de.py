"""Writer 378, ein Berliner Startup-Gründer mit Business-Denglisch, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer war letzte Woche mein Top-Performer bei den Artists?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Sag mal, welcher Künstler hat dieses Jahr bei mir die meiste Performance gebracht",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="gib mir mal die Top 3 Artists ever",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="In der Küche, welcher Künstler läuft da so am meisten",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Was war mein Top-Song im Oktober, so vom Ranking her",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Lieblingslied seit Montag, welcher Track performt da am besten",
        family="top_tracks",
        period="since_monday",
    ),
    Fresh(
        text="Was war Adas Top-Song in den letzten 30 Tagen",
        family="top_tracks",
        period="last_30_days",
        person="Ada",
    ),
    # top_albums
    Fresh(
        text="Welches Album lief letzten Monat am meisten, quasi mein Top-Release",
        family="top_albums",
        period="last_month",
    ),
    Fresh(
        text="Top-Album im Sommer, was war da so der Gamechanger",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast ist so insgesamt mein Go-to",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Welcher Podcast hat mich in letzter Zeit total gecatcht",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wie viele Stunden Musik hab ich diese Woche gehört, brauch die KPI",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Wie lange lief bei uns gestern was, so Screen Time, nur halt für Audio",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Listening Time im letzten Jahr, gib mir mal die Zahl",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="wie viel Musik lief über die letzten zwei Wochen, in Stunden",
        family="listening_time",
        period="last_2_weeks",
        content="music",
    ),
    # plays
    Fresh(
        text="Wie viele Streams hatte ich heute, nur die Top-Line",
        family="plays",
        period="today",
    ),
    Fresh(
        text="Wie viele Lieder hab ich in den letzten sieben Tagen durchgejagt",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="Wie viele Episoden hab ich im September weggehört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Artists hatte ich dieses Jahr so am Start",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Anzahl unique Künstler seit Oktober",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="Wie viele unterschiedliche Songs liefen diesen Monat",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="wie viele verschiedene Tracks in den letzten drei Monaten, grob",
        family="songs_count",
        period="last_3_months",
    ),
    # play_count
    Fresh(
        text="Wie oft lief Daft Punk diese Woche, brauch die Zahl fürs Dashboard",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Sexy Boy von Air, wie oft hab ich den insgesamt gehört",
        family="play_count",
        period="all_time",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Wie oft hab ich letzten Monat Radiohead gestreamt",
        family="play_count",
        period="last_month",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Abend Justice gehört?",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="Lief vorgestern eigentlich The Daily bei mir",
        family="did_i",
        period="day_before_yesterday",
        name="The Daily",
    ),
    Fresh(
        text="Kurzer Check: hatte ich letztes Wochenende Queen am Start?",
        family="did_i",
        period="last_weekend",
        name="Queen",
    ),
    Fresh(
        text="Hatte ich letzten Sommer Air in der Rotation",
        family="did_i",
        period="last_summer",
        name="Air",
    ),
    # what_played
    Fresh(
        text="Was hab ich heute Nachmittag so gehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was lief bei uns am Samstag, so grob",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Was für Musik hatte ich heute Morgen am Laufen",
        family="what_played",
        period="this_morning",
        content="music",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern Abend um zehn vor acht in der Küche",
        family="playing_at",
        moment="2026-11-19 19:50",
        room="kitchen",
    ),
    Fresh(
        text="Welcher Track lief heute um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was lief am Mittwoch um neun Uhr abends",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="Wie würdest du meinen Musikgeschmack so pitchen",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Was ist so mein Sound, mein Vibe, musikmäßig",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann ist bei mir so die Peak Time fürs Musikhören, Uhrzeit und Wochentag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Zu welcher Uhrzeit und an welchem Tag hör ich normalerweise am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ich diesen Monat neue Artists entdeckt, irgendwelche Newcomer",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Künstler sind seit März neu in meiner Rotation",
        family="new_artists",
        period="since_march",
    ),
    # skips
    Fresh(
        text="Wie hoch ist eigentlich meine Skip-Rate, ehrlich gesagt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab ich letzte Woche geskippt",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Wie hoch ist so meine Repeat-Rate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viel recycle ich dieses Jahr dieselben Tracks, so als Quote",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie lang ist mein aktueller Listening-Streak, also Tage am Stück",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Café Tacvba zum ersten Mal gehört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Seit wann ist Homework in meiner History, also das erste Mal",
        family="first_play",
        name="Homework",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Phantom von Justice",
        family="last_play",
        name="Phantom by Justice",
    ),
    Fresh(
        text="Wann hab ich das letzte Mal Wet Leg gehört",
        family="last_play",
        name="Wet Leg",
    ),
    # last_song
    Fresh(
        text="Was war mein letzter Song, der allerletzte",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Song bin ich heute in den Tag gestartet",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war der erste Track am 3. November",
        family="first_in",
        period="november_3",
    ),
    Fresh(
        text="Womit hab ich gestern gestartet, erster Song",
        family="first_in",
        period="yesterday",
    ),
    # last_in
    Fresh(
        text="Was war der letzte Song letzten Freitag",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Womit hab ich letzte Nacht abgeschlossen, so der Closer",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welcher Song wird bei mir am meisten geskippt",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welcher Artist performt bei mir am schlechtesten, also den ich am meisten skippe",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Meistgeskippter Künstler im August",
        family="most_skipped_artist",
        period="august",
    ),
    # on_repeat
    Fresh(
        text="Was ist gerade mein Song auf Heavy Rotation",
        family="on_repeat",
    ),
    Fresh(
        text="Welchen Track kann ich grad nicht aufhören zu pumpen",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war mein Oktober so, Insights bitte",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mir mal nen Deep Dive in mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Mach mal nen kurzen Recap von meinem Listening",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie lief's bei uns letzte Woche so, kurzes Wrap-up",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Bin ich eher so Morning Listener oder Evening Listener",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör ich mehr nachmittags oder nachts",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör ich am Wochenende mehr als unter der Woche, so datentechnisch",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Weekdays versus Weekend, wo war 2025 mehr Traffic",
        family="compare_week",
        period="in_2025",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in der Küche",
    "Mach die Musik mal lauter, wir brauchen Energy",
    "Welcher Song ist das gerade",
    "Skip den Track, der performt nicht",
    "Pausier mal den Podcast, hab gleich nen Call",
    "Nächster Track im Wohnzimmer",
    "Mach das Licht in der Küche aus",
    "Spiel das Album Discovery",
    "Stell nen Timer auf 25 Minuten, Pomodoro-Sprint",
    "Wie wird das Wetter morgen in Berlin",
    "Setz Hafermilch auf die Einkaufsliste",
    "Stell die Heizung auf 21 Grad",
    "Was hör ich gerade",
    "Was läuft gerade in der Küche",
    "Shuffle an",
    "Repeat-Modus aus",
    "Gruppier die Lautsprecher in Küche und Wohnzimmer",
    "Lautstärke auf 30 Prozent",
    "Spiel die neueste Folge von The Daily",
    "Mach mal leiser, bin im Zoom",
    "Stopp die Musik in der Küche",
    "Spiel was für Deep Work, Fokus-Mode",
    "Von wem ist der Song",
    "Spul den Podcast 30 Sekunden vor",
    "Erinner mich um drei an den Call mit dem Investor",
]
