"""Writer 551, ein 88-jähriger Ostwestfale aus Bielefeld, knapp und höflich, unsicher mit dem Gerät, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wen hab ich dies Jahr am meisten gehört, nä?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welcher Künstler lief bei uns im Oktober am meisten",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="Sach ma, wer war denn in letzter Zeit so mein Favorit? Von den Sängern.",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="Welches Lied hab ich diesen Monat am meisten gespielt? Bitte.",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="die drei Lieder, die ich letztes Jahr am häufigsten hatte, woll",
        family="top_tracks",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="Hört der mich? Mein Lieblingslied seit März, welches is dat?",
        family="top_tracks",
        period="since_march",
    ),
    # top_albums
    Fresh(
        text="Welche Platte hab ich am meisten aufgelegt?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="im Sommer, welches Album lief da am meisten",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Welche Sendung, also so'n Podcast, hab ich letzten Sommer am meisten gehört?",
        family="top_podcasts",
        period="last_summer",
    ),
    Fresh(
        text="welchen Podcast hab ich zweitausendfünfundzwanzig am häufigsten gehört",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="Wie lange lief heute Musik? Danke schön.",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab ich letzte Woche zugehört, insgesamt",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Gestern Abend in der Küche, wie lange hatten wir da was an?",
        family="listening_time",
        period="yesterday_evening",
        room="kitchen",
        person="we",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab ich heute früh gehört?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft lief seit Montag überhaupt was? Musik und Sendungen zusammen",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab ich im August gehört?",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="verschiedene Sänger, wie viele sind das insgesamt gewesen, nä",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder waren das in den letzten sieben Tagen?",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele unterschiedliche Stücke hab ich im September gehabt",
        family="songs_count",
        period="september",
    ),
    # play_count
    Fresh(
        text="Wie oft hab ich Bohemian Rhapsody gehört, dies Jahr?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Queen. Wie oft lief das letzte Woche?",
        family="play_count",
        period="last_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft hab ich Heino gehört",
        family="play_count",
        period="all_time",
        name="Heino",
    ),
    # did_i
    Fresh(
        text="Hab ich gestern Queen gehört?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="am Samstag lief doch was von Daft Punk, nä?",
        family="did_i",
        period="saturday",
        name="Daft Punk",
    ),
    Fresh(
        text="Hab ich James Last diesen Monat mal gehört? Ich mein ja.",
        family="did_i",
        period="this_month",
        name="James Last",
    ),
    # what_played
    Fresh(
        text="Was hab ich heute Nachmittag gehört? Ich war ja kurz weg, glaub ich.",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="was lief denn am dritten November, weiß ich nich mehr",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern Abend so um Viertel vor acht?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh um acht, was war da an",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Heute Nachmittag, zehn nach fünf. Was lief da?",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    Fresh(
        text="Vorgestern Mittag um zwölf, was hab ich da gehört, woll?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="was für Musik mag ich eigentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie würden Sie meinen Geschmack beschreiben? Musikalisch, mein ich.",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ich meistens Musik? Uhrzeit und Wochentag, bitte.",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="um welche Zeit hör ich denn gewöhnlich, und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab ich diesen Monat neue Künstler entdeckt?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="in den letzten zwei Wochen, sind da neue Sänger dazugekommen? Welche denn?",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="Wie oft hab ich diese Woche weitergedrückt? Also übersprungen, mein ich.",
        family="skips",
        period="this_week",
    ),
    Fresh(
        text="in den letzten dreißig Tagen, wie viel hab ich da übersprungen",
        family="skips",
        period="last_30_days",
    ),
    # repeat
    Fresh(
        text="Hör ich oft dasselbe immer wieder?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wiederhol ich mich viel, die letzten drei Monate",
        family="repeat",
        period="last_3_months",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander hab ich getz gehört?",
        family="streak",
    ),
    Fresh(
        text="hab ich jeden Tag was angehabt? wie viele Tage am Stück sind das",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Justice zum ersten Mal gehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann hör ich diese Sendung, The Daily",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="Wann lief zuletzt Air?",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="Peter Alexander, wann hab ich den das letzte Mal gehört?",
        family="last_play",
        name="Peter Alexander",
    ),
    # last_song
    Fresh(
        text="Was war das letzte Lied?",
        family="last_song",
    ),
    Fresh(
        text="welches Stück hab ich zuletzt gespielt, können Sie mir das sagen",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Was war heute das erste Lied?",
        family="first_today",
    ),
    Fresh(
        text="womit hab ich heute angefangen",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war vorgestern das erste Lied?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="letzten Freitag, womit ging das los",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Was lief letzte Nacht als Letztes?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="am Wochenende, was war da das letzte Lied, nä",
        family="last_in",
        period="last_weekend",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring ich am häufigsten?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="seit Oktober, welches Stück drück ich immer weg",
        family="most_skipped",
        period="since_october",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künstler überspring ich am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen drück ich am öftesten weg, von den Sängern",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hör ich zur Zeit rauf und runter?",
        family="on_repeat",
    ),
    Fresh(
        text="welches Lied läuft bei mir dieser Tage dauernd",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzählen Sie mal, wie war mein Jahr so?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war denn mein Oktober, so insgesamt",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morgens oder abends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="nachmittags oder abends, wann läuft bei mir mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör ich am Wochenende mehr als unter der Woche?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="werktags oder am Wochenende, wann hör ich mehr Musik? Is das an, das Ding?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel mal Heino in der Küche.",
    "mach mal lauter, bitte",
    "Leiser, nä. Is zu laut.",
    "was is das für'n Lied, was grad läuft",
    "Überspring das mal.",
    "Podcast anhalten, bitte.",
    "nächstes Lied im Wohnzimmer",
    "Mach das Licht in der Küche aus.",
    "spiel das Album Discovery",
    "Stell mal'n Wecker auf sieben, woll.",
    "Timer zehn Minuten für die Eier",
    "Wie wird das Wetter morgen in Bielefeld?",
    "schreib Kaffee auf den Einkaufszettel",
    "Heizung auf zweiundzwanzig Grad, bitte.",
    "was hör ich da gerade",
    "Zufallswiedergabe an.",
    "Das Lied bitte immer wiederholen.",
    "Küche und Wohnzimmer zusammen abspielen lassen",
    "Mach die Musik aus, ich geh schlafen.",
    "spiel WDR 4",
    "Lautstärke auf drei.",
    "Wer singt das hier?",
    "spiel was Ruhiges, Klassik oder so",
    "Weiter abspielen, bitte.",
    "wie spät is es",
    "Danke, das war's getz. Gerät aus.",
]
