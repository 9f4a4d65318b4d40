"""Writer 535, eine 87-jährige aus Dresden (sächsisch, 'nu', 'gelle'), unsicher mit dem Gerät, sehr höflich, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Nu sagen Se mir doch bitte, welchen Künstler hab ich denn letzte Woche am meisten gehört?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Entschuldigung, gelle, wer war denn dieses Jahr so mei Lieblingskünstler?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Welche Kapelle hab ich denn in letzter Zeit so oft angehabt, wissen Se das?",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="Was war'n denn mei Lieblingslied diesen Monat, bitte schön?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Nennen Se mir doch mal bitte meine drei meistgespielten Lieder vom letzten Jahr.",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="Welches Lied lief denn im Sommer am meisten bei mir, gelle?",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="Nu, welche Platte hab ich denn am meisten gespielt, überhaupt?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Und welches Album lief seit Oktober am häufigsten in der Küche, bitte?",
        family="top_albums",
        period="since_october",
        room="kitchen",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast, so heeßt das doch, hör ich denn am liebsten?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Was für ä Sendung zum Zuhören hab ich denn letzten Monat am meisten gehabt?",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief denn heute schon Musik, bitte schön?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Sagen Se mal, wie viele Stunden hab ich denn die letzten sieben Tage zugehört?",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="Nu wie lange hatten wir denn gestern Abend das Radio an, gelle?",
        family="listening_time",
        period="yesterday_evening",
        person="we",
    ),
    Fresh(
        text="Wie viel Zeit hab ich denn im September mit diesen Podcasts verbracht?",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich denn heute früh gespielt, wissen Se das?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Bitte, wie oft lief denn überhaupt was in den letzten dreißig Tagen?",
        family="plays",
        period="last_30_days",
    ),
    Fresh(
        text="Wie viele Folgen vom Podcast hab ich denn diese Woche gehört, gelle?",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich denn dieses Jahr gehört, nu?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Sagen Se mir bitte, wie viele unterschiedliche Sänger und Kapellen warn denn das im August?",
        family="artists_count",
        period="august",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich denn letzten Monat gehört?",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Seit Montag, wie viele unterschiedliche Lieder warn denn das, bitte?",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich denn dieses Jahr die Bohemian Rhapsody gespielt, gelle?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Nu, wie oft lief denn Dafft Punk diesen Monat bei mir?",
        family="play_count",
        period="this_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab ich denn Helene Fischer gehört, letztes Jahr, bitte?",
        family="play_count",
        period="last_year",
        name="Helene Fischer",
    ),
    # did_i
    Fresh(
        text="Hab ich denn gestern Queen gehört? Die Kapelle, ni die Königin, gelle.",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Entschuldigung, lief am Sonnabend was von Justice?",
        family="did_i",
        period="saturday",
        name="Justice",
    ),
    Fresh(
        text="Hatten wir letzte Woche ooch mal dieses Eres, von den Mexikanern da?",
        family="did_i",
        period="last_week",
        name="Eres",
        person="we",
    ),
    Fresh(
        text="Hab ich in letzter Zeit Radiohead gehört? Mei Enkel meint das nämlich.",
        family="did_i",
        period="lately",
        name="Radiohead",
    ),
    # what_played
    Fresh(
        text="Was hab ich denn vorgestern so gehört, bitte?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Nu erzählen Se mal, was lief denn letzten Freitag bei mir?",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="Was für Musik hatten wir denn am Wochenende an, gelle?",
        family="what_played",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="Und was hat denn die Ada letzte Nacht gehört?",
        family="what_played",
        period="last_night",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Was lief denn gestern Abend so gegen dreiviertel acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heute früh um viertel neun, was hatte ich denn da an, wissen Se das?",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="Was lief denn heute Nachmittag um fünfe, bitte schön?",
        family="playing_at",
        moment="2026-11-20 17:00",
    ),
    Fresh(
        text="Vorgestern Abend um neun, was war'n das für ä Lied?",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="Nu was hab ich denn eigentlich für än Musikgeschmack, sagen Se mal?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Was für Musik mag ich denn so, laut dem Gerät hier?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um welche Uhrzeit hör ich denn meistens Musik, gelle?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchem Tag und zu welcher Stunde hör ich denn am meisten zu?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ich denn in letzter Zeit neue Künstler entdeckt, bitte?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Sänger hab ich denn dieses Jahr zum ersten Mal gehört?",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft drück ich denn weiter, bevor so ä Lied zu Ende is?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie viele Lieder hab ich denn diesen Monat übersprungen, von allen?",
        family="skips",
        period="this_month",
        content="music",
    ),
    # repeat
    Fresh(
        text="Hör ich denn immer wieder die gleichen Lieder, seien Se ehrlich?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hab ich dieses Jahr dieselben Lieder wiederholt, nu?",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab ich denn jetzt schon was gehört?",
        family="streak",
    ),
    Fresh(
        text="Seit wie vielen Tagen am Stück lausch ich denn nu schon jeden Tag?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich denn Justice zum ersten Mal gehört, gelle?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Dieses One More Time von Daft Punk, wann lief'n das zum allerersten Mal?",
        family="first_play",
        name="One More Time by Daft Punk",
    ),
    # last_play
    Fresh(
        text="Wann hab ich denn zuletzt The Daily gehört, bitte schön?",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Nu, wann lief denn das letzte Mal was von Äär, diesen Franzosen?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="Die Platte Moon Safari, wann hatt ich die denn zuletzt an?",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="Was war denn das letzte Lied, was ich gespielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Entschuldigung, welches Lied lief denn zuletzt bei mir?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Was war denn heute das erste Lied, gelle?",
        family="first_today",
    ),
    Fresh(
        text="Womit bin ich denn heute in den Tag gestartet, musikalisch mein ich?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Welches Lied hab ich denn gestern als erstes gespielt?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Am dritten November, was lief'n da als allererstes?",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Was war denn am Sonnabend das letzte Lied, bitte?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Womit hab ich denn im Oktober aufgehört, welches Lied war das zum Schluss?",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich denn am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Nu, welches Lied hab ich denn dieses Jahr am meisten weggedrückt?",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ich denn am meisten, gelle?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Bei wem drück ich denn immer gleich weiter, welcher Sänger is das?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hör ich denn zurzeit in einer Tour?",
        family="on_repeat",
    ),
    Fresh(
        text="Was für ä Lied kann ich denn grade ni lassen, nu sagen Se schon?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzählen Se mal, wie war denn mei Oktober mit der Musik?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Nu geben Se mir doch mal ä Rückblick auf mei Jahr, bitte.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war denn meine Woche so, was das Hören angeht?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Könnten Se mir ä Zusammenfassung von zweitausendfünfundzwanzig geben?",
        family="recap",
        period="in_2025",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich denn mehr früh oder mehr abends, was meinen Se?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Lief diesen Monat mehr am Vormittag oder mehr am Nachmittag?",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Hör ich am Wochenende mehr Musik als unter der Woche, gelle?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Seit März, war da mehr los werktags oder am Sonnabend und Sonntag?",
        family="compare_week",
        period="since_march",
    ),
]

NEGATIVES = [
    "Spielen Se doch bitte mal Daft Punk in der Küche.",
    "Nu machen Se die Musik ä bissel lauter, bitte.",
    "Was is'n das für ä Lied, was grade läuft?",
    "Bitte das Lied überspringen, gelle, das is mir zu laut.",
    "Halten Se mal den Podcast an, es klingelt.",
    "Machen Se bitte das Licht in der Küche aus.",
    "Stellen Se mir bitte än Wecker auf sieben Uhr.",
    "Wie wird denn das Wetter morgen in Dresden?",
    "Schreiben Se bitte Quark auf den Einkaufszettel.",
    "Spielen Se mir das Album Discovery, bitte schön.",
    "Nu machen Se mal leiser, ich telefonier doch.",
    "Bitte das nächste Lied im Wohnzimmer.",
    "Stellen Se die Heizung auf einundzwanzig Grad, gelle.",
    "Was hör ich'n grade, bitte?",
    "Zufallswiedergabe an, wenn Se so freundlich wärn.",
    "Das Lied bitte nochmal von vorn wiederholen.",
    "Verbinden Se doch bitte den Lautsprecher in der Küche mit dem im Schlafzimmer.",
    "Stellen Se bitte än Timer auf zehn Minuten für den Kuchen.",
    "Spielen Se bitte The Daily ab.",
    "Hörn Se auf mit der Musik, danke schön.",
    "Spielen Se mal was von Queen, bitte.",
    "Wie spät isses denn, bitte?",
    "Machen Se bitte MDR Sachsenradio an.",
]
