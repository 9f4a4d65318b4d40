"""Writer 542, eine Spanierin mit Deutsch A2-B1 (spanische Wörter dazwischen, Verb falsch gestellt, sein und haben verwechselt), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Oye, welche Künstler ich habe am meisten gehört diese Monat?",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="Wer ist meine Künstler des Jahres, por favor?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="In letzte Zeit, welche Band ich bin total verrückt nach?",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="Welche Lied ich bin am meisten gehört letzte Woche?",
        family="top_tracks",
        period="last_week",
    ),
    Fresh(
        text="Sag mir bitte meine drei meistgehörte Lieder, von immer",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Bueno, meine Lieblingslied seit Montag, was ist?",
        family="top_tracks",
        period="since_monday",
    ),
    # top_albums
    Fresh(
        text="Welche Album ich habe am meisten gespielt im Sommer?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Meine Lieblingsalbum in Oktober, was war das?",
        family="top_albums",
        period="october",
    ),
    # top_podcasts
    Fresh(
        text="Welche Podcast ich bin am meisten gehört in diese Jahr?",
        family="top_podcasts",
        period="this_year",
    ),
    # listening_time
    Fresh(
        text="Wie lange ich habe Musik gehört heute, por favor?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunden wir sind gehört letzte Monat in die Küche?",
        family="listening_time",
        period="last_month",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Gestern Abend, wie lange lief die Musik?",
        family="listening_time",
        period="yesterday_evening",
        content="music",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder ich habe gespielt heute Morgen?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Cuántas... wie viele Folgen ich bin gehört diese Woche?",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    Fresh(
        text="Die letzte sieben Tage, wie viel Sachen ich habe abgespielt insgesamt?",
        family="plays",
        period="last_7_days",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler ich habe gehört im Jahr zweitausendfünfundzwanzig?",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="Seit März, wie viele andere Künstler ich bin gehört?",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder ich habe gehört diese Monat?",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="Verschiedene canciones, wie viele, in die letzte dreißig Tage?",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="Wie oft ich habe Queen gehört diese Woche?",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Wie viel mal ich bin gespielt Sexy Boy von Air?",
        family="play_count",
        period="all_time",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Oye, Radiohead, wie oft ich habe das gehört?",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Ich bin gehört Justice gestern?",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Habe ich Café Tacvba gehört in September, sabes?",
        family="did_i",
        period="september",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wir haben Daft Punk gehört am Samstag in die Küche?",
        family="did_i",
        period="saturday",
        name="Daft Punk",
        room="kitchen",
        person="we",
    ),
    # what_played
    Fresh(
        text="Was ich habe gehört vorgestern?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Letzte Freitag, was war an bei mir?",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="Was für Musik ich bin gehört am dritte November?",
        family="what_played",
        period="november_3",
        content="music",
    ),
    # playing_at
    Fresh(
        text="Was lief gestern um Viertel vor acht, por favor?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heute früh um halb neun, welche Lied war an?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Vorgestern um zwölf Uhr mittag, was hat gespielt?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="Sag mal, was für Musikgeschmack ich habe?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Mi gusto... meine Geschmack von Musik, wie ist, kannst du beschreiben?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann ich höre normalerweise, welche Uhrzeit und welche Tag?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr ich bin meistens am Hören, und an welche Wochentag?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="In letzte Zeit, ich habe neue Künstler entdeckt?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Diese Jahr welche Künstler sind neu für mich gewesen?",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft ich bin überspringen, so in Prozent?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Diese Woche, wie viel ich habe geskippt?",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Wie viel ich höre die gleiche Lieder nochmal und nochmal?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Meine Wiederholungsrate von letzte Monat, bitte",
        family="repeat",
        period="last_month",
    ),
    # streak
    Fresh(
        text="Wie viele Tage hintereinander ich bin gehört?",
        family="streak",
    ),
    Fresh(
        text="Mi racha, eh, meine Serie, wie viele Tage ohne Pause?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann ich habe Justice zum ersten Mal gehört?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Erste Mal The Daily, wann das ist gewesen?",
        family="first_play",
        name="The Daily",
    ),
    Fresh(
        text="Wet Leg, wann ich bin zuerst gehört?",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="Wann ich habe zuletzt Bohemian Rhapsody gehört?",
        family="last_play",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, die letzte Mal wann war?",
        family="last_play",
        name="Daft Punk",
    ),
    # last_song
    Fresh(
        text="Welche war die letzte Lied, was ich habe gespielt?",
        family="last_song",
    ),
    Fresh(
        text="Die última canción, was war, por favor?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Heute welche Lied ich bin zuerst gehört?",
        family="first_today",
    ),
    Fresh(
        text="Mit welche Lied ich bin aufgewacht heute?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Gestern, welche war die erste Lied?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Erste Lied von diese Monat, por favor",
        family="first_in",
        period="this_month",
    ),
    # last_in
    Fresh(
        text="Letzte Freitag, mit welche Lied ich habe aufgehört?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Die letzte Lied von letzte Nacht, was ist gewesen?",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welche Lied ich bin am meisten überspringen?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Die canción, was ich immer skippe, welche ist?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welche Künstler ich skippe am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was für Lied ich habe im Moment auf Repeat?",
        family="on_repeat",
    ),
    Fresh(
        text="Welche Lied ich kann nicht aufhören zu spielen, diese Tage?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war meine Oktober?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Mein Jahr, kannst du machen eine Rückblick?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Pues, eine Zusammenfassung von meine Woche, bitte",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="Ich höre mehr am Morgen oder am Abend?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Nachmittag oder Nacht, wann ich bin mehr gehört?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Am Wochenende ich höre mehr als unter die Woche?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Werktag oder Wochenende, wann ich habe mehr gehört?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in die Küche, por favor",
    "Mach die Musik lauter bitte",
    "Oye, was für Lied ist das?",
    "Diese Lied überspringen bitte",
    "Podcast Pause machen",
    "Nächste Lied in die Wohnzimmer",
    "Mach die Licht in die Küche aus",
    "Spiel die Album Discovery bitte",
    "Lautstärke runter, un poquito",
    "Zufallswiedergabe an bitte",
    "Repeat an für diese Lied",
    "Küche und Wohnzimmer Lautsprecher zusammen machen",
    "Timer zehn Minuten bitte, für die Pasta",
    "Wie ist die Wetter morgen?",
    "Tomaten auf die Einkaufsliste schreiben",
    "Heizung auf zweiundzwanzig Grad bitte",
    "Was ich höre jetzt gerade?",
    "Was läuft in die Küche jetzt?",
    "Spiel neue Folge von The Daily",
    "Stopp die Musik bitte",
    "Wer singt diese Lied jetzt?",
    "Spiel Café Tacvba, por favor, etwas zum Kochen",
    "Mach die Lautsprecher in die Küche leise",
    "Wecker für sieben Uhr morgen stellen",
]
