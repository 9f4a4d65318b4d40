"""Writer 583, ein Italiener in Stuttgart mit B1-Deutsch, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="allora welche Sänger ich habe am meisten gehört diese Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="die drei Künstler was ich höre am meisten im Oktober, bitte",
        family="top_artists",
        period="october",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="ecco, welche ist die Lied was ich habe gespielt am meisten letzte Monat",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="gib mir fünf Lieder, die meiste gehört seit März, dai",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="in die Küche, welche Lied läuft am meisten, eh",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welche Album ich habe gehört am meisten dieses Jahr",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="die Lieblingsalbum von mir im Sommer, was war?",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich höre am meisten, allora?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="letzte Jahr welche Podcast war die Nummer eins für mich",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="heute quante ore, scusa, wie viele Stunden ich habe schon gehört",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="wie lange wir haben gehört die Podcast letzte Monat",
        family="listening_time",
        period="last_month",
        content="podcasts",
        person="we",
    ),
    Fresh(
        text="in die Küche wie lange lief die Musik gestern Abend",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="die letzte sieben Tage, wie viel Sachen ich habe gespielt, alles zusammen",
        family="plays",
        period="last_7_days",
    ),
    Fresh(
        text="wie viele Folgen von die Podcast ich habe gehört diese Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler ich habe gehört dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="seit Oktober, wie viele Sänger, verschiedene mein ich, hab ich gehört",
        family="artists_count",
        period="since_october",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder habe ich gehört in August",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="letzte Woche wie viele andere Lieder, nicht immer die gleiche, ich habe gehört",
        family="songs_count",
        period="last_week",
    ),
    # play_count
    Fresh(
        text="wie viele Mal ich habe gehört Bohemian Rapsodi dieses Jahr",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="allora Daft Punk, wie viele Mal im letzte Monat",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="wie viele Mal ich habe gespielt Eros Ramazzotti",
        family="play_count",
        period="all_time",
        name="Eros Ramazzotti",
    ),
    # did_i
    Fresh(
        text="habe ich gehört Justice gestern, ja oder nein",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="senti, Air, ich habe gehört am Wochenende?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="hab ich gehört die Lied von Queen Don't Stop Me Now im September",
        family="did_i",
        period="september",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="in letzte Zeit ich habe Zucchero gehört oder nicht",
        family="did_i",
        period="lately",
        name="Zucchero",
    ),
    Fresh(
        text="heute Morgen die Daily ich habe schon gehört, oder?",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="was lief bei uns vorgestern",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="ecco, heute Nachmittag, was ich habe gehört",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="am dritte November was für Musik ich habe gehört",
        family="what_played",
        period="november_3",
        content="music",
    ),
    # playing_at
    Fresh(
        text="gestern um acht Uhr Abend was hat gespielt",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="heute früh Viertel nach acht welche Lied war an",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="gestern so zehn vor acht abends, ecco, was lief da in die Küche",
        family="playing_at",
        moment="2026-11-19 19:50",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="was für eine Musik ich mag eigentlich, sag du mir",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal meine Geschmack von die Musik, bitte",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre normalerweise Musik, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="in die letzte drei Monate habe ich neue Sänger entdeckt?",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft ich überspringe die Lieder, so in Prozent",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="diese Woche ich habe viel übersprungen oder nicht",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="ich höre immer die gleiche Lieder wieder und wieder? wie viel ist das",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="letzte dreißig Tage wie viel ich wiederhole die gleiche Lied",
        family="repeat",
        period="last_30_days",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander ich habe Musik gehört bis jetzt",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="wann ich habe gehört zum erste Mal Café Tacuba",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="die Lied Phantom, wann war die erste Mal",
        family="first_play",
        name="Phantom",
    ),
    # last_play
    Fresh(
        text="wann ich habe gehört Sexy Boy die letzte Mal",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="The Daily, wann ich habe das gehört die letzte Mal",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="welche war die letzte Lied was ich habe gespielt",
        family="last_song",
    ),
    Fresh(
        text="die allerletzte Lied, ecco, wie heißt die nochmal",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="heute die erste Lied war was",
        family="first_today",
    ),
    Fresh(
        text="mit welche Lied ich bin aufgewacht heute",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="gestern welche Lied ich habe gespielt als erste",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="die erste Lied von letzte Freitag, weißt du",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="am Samstag die letzte Lied war welche",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="im Oktober mit welche Lied ich habe aufgehört, die letzte",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="die Lied was ich immer wegdrücke, welche ist",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="allora welche Künstler ich überspringe am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welche Lied ich höre immer und immer wieder in diese Tage",
        family="on_repeat",
    ),
    Fresh(
        text="mamma mia welche Lied ich kann nicht aufhören zu hören",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mir wie war meine Monat mit die Musik",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="eine Rückblick von letzte Jahr bitte schön",
        family="recap",
        period="last_year",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr am Morgen oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Nachmittag oder Nacht, wann ich höre mehr Musik",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="am Wochenende ich höre mehr als unter die Woche",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="mehr Musik in die Werktage oder Samstag Sonntag, was meinst du",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="zweitausendfünfundzwanzig, wie viele Stunden Musik ich habe gehört insgesamt",
        family="listening_time",
        period="in_2025",
        content="music",
    ),
    Fresh(
        text="letzte Nacht was ich habe gehört, boh, ich erinnere nicht mehr",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="seit Montag wie viele Mal ich habe Musik gespielt",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="letzte Sommer wer war meine Lieblingskünstler, weißt du noch",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="die letzte zwei Wochen habe ich jemand neue gefunden, eine neue Band?",
        family="new_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="welche Band ich drücke immer weg, am meisten von alle",
        family="most_skipped_artist",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in die Küche bitte",
    "mach die Musik ein bisschen lauter, grazie",
    "leiser leiser, mamma mia, zu laut",
    "was für eine Lied ist diese, so schön",
    "wer singt die Lied jetzt",
    "nächste Lied bitte",
    "stopp die Podcast, ich telefoniere",
    "Pause bitte, un attimo",
    "spiel die Album Discovery",
    "spiel Eros Ramazzotti in die Küche",
    "spiel die neue Folge von The Daily",
    "weiter mit die Podcast",
    "die Lied davor nochmal zurück",
    "Zufallswiedergabe an bitte",
    "wiederhol diese Lied",
    "Lautstärke auf fünf",
    "Lautsprecher Küche und Wohnzimmer zusammen spielen",
    "was höre ich gerade jetzt",
    "mach die Licht in die Küche aus",
    "Timer zehn Minuten für die Pasta",
    "wie wird die Wetter morgen in Stuttgart",
    "Parmigiano auf die Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad, ist kalt",
    "Wecker um sechs Uhr morgen früh",
    "wie spät ist es jetzt",
]
