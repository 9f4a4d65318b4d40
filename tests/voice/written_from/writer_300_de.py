"""Writer 300, Bremer Rentner, trocken und etwas förmlich, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Moin. Welchen Künstler habe ich diesen Monat am häufigsten gehört?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Sagen Sie mal, wer war denn im vergangenen Jahr mein meistgespielter Interpret",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="Die drei Interpreten, die ich seit März am meisten gehört habe, bitte.",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="Welche Gruppe hat Ada letzte Woche am meisten gehört",
        family="top_artists",
        period="last_week",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="Welches Lied lief bei mir am häufigsten, überhaupt?",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Mein meistgespieltes Stück im Oktober, wenn ich bitten darf",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Welches Lied haben wir letzte Woche am meisten gespielt?",
        family="top_tracks",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="In der Küche, welche fünf Titel laufen da am meisten",
        family="top_tracks",
        period="all_time",
        count=5,
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welche Platte habe ich dieses Jahr am öftesten aufgelegt",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Welches Album hör ich denn am meisten, nech?",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast höre ich am meisten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Welche Sendung, also welcher Podcast, lief in letzter Zeit am häufigsten",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wie lange hatte ich heute schon Musik an?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden Musik waren es im September",
        family="listening_time",
        period="september",
        content="music",
    ),
    Fresh(
        text="Wie lange haben wir gestern Abend zugehört",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="Wie viel Zeit habe ich die letzten sieben Tage mit Podcasts verbracht",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder habe ich heute Vormittag gehört",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft wurde im vorigen Sommer insgesamt etwas abgespielt",
        family="plays",
        period="last_summer",
    ),
    Fresh(
        text="Wie viele Folgen habe ich diese Woche gehört",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="Wie viele Lieder hat Ada gestern gehört",
        family="plays",
        period="yesterday",
        content="music",
        person="Ada",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler habe ich dieses Jahr gehört?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Im August, wie viele unterschiedliche Interpreten waren das",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder habe ich letzten Monat gehört",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Wie viele unterschiedliche Stücke sind das insgesamt bei mir",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Wie oft lief bei mir dieses Bohemian Rhapsody von Queen?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="Wie oft habe ich dieses Jahr Hans Albers gehört",
        family="play_count",
        period="this_year",
        name="Hans Albers",
    ),
    Fresh(
        text="Wie häufig kam Air in den letzten dreißig Tagen",
        family="play_count",
        period="last_30_days",
        name="Air",
    ),
    # did_i
    Fresh(
        text="Habe ich gestern Queen gehört?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Hatte ich in letzter Zeit mal Justice an",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Haben wir am Sonnabend The Daily gehört",
        family="did_i",
        period="saturday",
        name="The Daily",
        person="we",
    ),
    Fresh(
        text="Lief bei mir jemals Freddy Quinn",
        family="did_i",
        period="all_time",
        name="Freddy Quinn",
    ),
    # what_played
    Fresh(
        text="Was habe ich gestern gehört?",
        family="what_played",
        period="yesterday",
    ),
    Fresh(
        text="Was lief denn vorgestern bei mir",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was für Musik hatte ich am dritten November an",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="In der Küche, was lief da letzte Nacht",
        family="what_played",
        period="last_night",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern Abend um fünf nach acht",
        family="playing_at",
        moment="2026-11-19 20:05",
    ),
    Fresh(
        text="Was hatte ich heute früh um acht an",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Was lief am Sonnabend um neun Uhr abends",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="Vorgestern mittags, so gegen zwölf, was lief da",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="Was habe ich eigentlich für einen Musikgeschmack?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreiben Sie mir bitte meinen Geschmack, aber ehrlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Zu welcher Uhrzeit höre ich gewöhnlich",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="An welchem Tag und um welche Zeit höre ich für gewöhnlich Musik",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Habe ich diesen Monat neue Künstler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Welche Interpreten habe ich seit Oktober zum ersten Mal gehört",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="Wie oft überspringe ich eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch war meine Überspringrate letzten Monat",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="Höre ich oft dieselben Lieder immer wieder",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch ist in diesem Jahr meine Wiederholungsquote",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander habe ich jetzt gehört",
        family="streak",
    ),
    Fresh(
        text="Seit wie vielen Tagen am Stück höre ich schon",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann habe ich zum ersten Mal Daft Punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Seit wann ist Cafe Tacuba bei mir dabei, also das erste Mal",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Sexy Boy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="Wann habe ich das letzte Mal The Daily gehört",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Welches Lied habe ich zuletzt gehört",
        family="last_song",
    ),
    Fresh(
        text="Was war das letzte Stück, das bei mir lief",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied habe ich heute angefangen",
        family="first_today",
    ),
    Fresh(
        text="Was war heute das erste Stück",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Welches Lied lief gestern als erstes",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit habe ich letzten Freitag angefangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Was war vorgestern das letzte Lied",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Womit habe ich die vergangene Woche beendet",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspringe ich am häufigsten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welches Stück wird bei mir am ehesten weggedrückt",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspringe ich am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei welchem Interpreten drücke ich am öftesten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied höre ich zurzeit ständig",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Stück habe ich dieser Tage in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Einen Rückblick auf den Oktober, bitte",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Fassen Sie mir mein Jahr zusammen",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war die letzte Woche bei uns, musikalisch gesehen",
        family="recap",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Geben Sie mir mal einen Überblick über mein Hören",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Höre ich morgens mehr oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin ich eher ein Nachmittags- oder ein Abendhörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Wird bei mir werktags mehr gehört oder sonnabends und sonntags",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Läuft bei mir am Wochenende mehr Musik als an Werktagen",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spielen Sie bitte Queen in der Küche",
    "Machen Sie die Musik lauter",
    "Etwas leiser, bitte",
    "Was ist das für ein Lied",
    "Nächstes Lied",
    "Den Podcast anhalten",
    "Licht in der Küche aus",
    "Stellen Sie einen Wecker auf sieben Uhr",
    "Timer auf acht Minuten für die Eier",
    "Wie wird das Wetter morgen in Bremen",
    "Regnet es heute noch",
    "Setzen Sie Kaffee auf die Einkaufsliste",
    "Heizung im Wohnzimmer auf einundzwanzig Grad",
    "Spielen Sie das Album Moon Safari",
    "Zufallswiedergabe an",
    "Dieses Lied bitte wiederholen",
    "Den Lautsprecher in der Küche mit dem im Wohnzimmer zusammenschalten",
    "Was läuft gerade in der Küche",
    "Was höre ich gerade",
    "Spielen Sie die neueste Folge von The Daily",
    "Stopp",
    "Lautstärke auf vier",
    "Spielen Sie Radio Bremen Eins",
    "Überspringen Sie das hier mal",
    "Erinnern Sie mich an den Arzttermin am Dienstag",
    "Wie spät ist es",
    "Musik in der Küche aus",
]
