"""Writer 320, a Kurdish-German student speaking learner German, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="welche Künstler ich habe am meisten gehört diese Woche",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="wer ist mein Nummer eins Sänger dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="lo sag mal welche Band ich hör zu viel in letzte Zeit",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="in Küche was läuft am meisten, welche Künstler",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="was ist mein Lieblingslied von letzten Monat",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="zeig mir drei Lieder was ich am meisten gespielt habe",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="welches Lied wir haben gestern am meisten gehört",
        family="top_tracks",
        period="yesterday",
        person="we",
    ),
    # top_albums
    Fresh(
        text="welche Album ich höre am meisten",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="meine Lieblingsalbum im Sommer, was war das",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich höre am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="meine Top Podcast dieses Monat",
        family="top_podcasts",
        period="this_month",
    ),
    # listening_time
    Fresh(
        text="wie lange ich habe heute Musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden hab ich gehört letzte Woche",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lang war bei uns Musik an im Oktober",
        family="listening_time",
        period="october",
        content="music",
        person="we",
    ),
    Fresh(
        text="seit Oktober wie viel Zeit ich habe gehört insgesamt",
        family="listening_time",
        period="since_october",
    ),
    # plays
    Fresh(
        text="wie viel Lieder ich hab heute gespielt",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Folgen von Podcast ich habe gehört diesen Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="wie oft ich habe was abgespielt seit Montag, alles zusammen",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler ich habe gehört dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel andere Sänger in die letzte 30 Tage",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder in September",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wie viel unterschiedliche Songs ich hab gehört letzte Woche",
        family="songs_count",
        period="last_week",
    ),
    # play_count
    Fresh(
        text="wie viel mal ich habe Bohemian Rhapsody gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief Justice diese Woche",
        family="play_count",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="wie viel mal ich habe Şivan Perwer gehört",
        family="play_count",
        period="all_time",
        name="Şivan Perwer",
    ),
    # did_i
    Fresh(
        text="hab ich gestern Daft Punk gehört",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="habe ich heute früh The Daily gehört oder nicht",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="erê oder na, ich habe Air gehört vorgestern",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
    ),
    Fresh(
        text="hab ich Aynur Doğan gehört dieses Jahr",
        family="did_i",
        period="this_year",
        name="Aynur Doğan",
    ),
    # what_played
    Fresh(
        text="was ich habe gestern Abend gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was hab ich am Samstag gehört",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="was lief bei uns letzte Wochenende",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="was ich hab gehört am 3. November",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="was lief gestern um acht Uhr abends",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="welche Lied war an heute um Viertel nach fünf",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="heute früh so um acht was war das für Lied",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="was lief Mittwoch um zwölf Uhr mittags",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="was für Musik ich mag eigentlich, sag mal",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mein Musikgeschmack bitte",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre normalerweise, welche Uhrzeit und welche Tag",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welche Tag ich höre am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="welche neue Künstler ich habe entdeckt diesen Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="gibt es neue Band für mich in letzte Zeit",
        family="new_artists",
        period="lately",
    ),
    # skips
    Fresh(
        text="wie oft ich überspringe Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel hab ich geskippt letzte Woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="ich höre immer gleiche Lieder nochmal? wie viel Prozent",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander ich habe gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang ist meine Serie, Tage ohne Pause",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich habe Queen zum ersten Mal gehört",
        family="first_play",
        name="Queen",
    ),
    Fresh(
        text="Moon Safari, wann war erste Mal",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="wann hab ich letzte Mal Da Funk gehört",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="letzte mal The Daily wann war",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="was war letzte Lied was ich gehört habe",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war erste Lied heute",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="welches Lied war erste gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit welchem Lied hab ich angefangen letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="letzte Lied von gestern Abend, welches",
        family="last_in",
        period="yesterday_evening",
    ),
    Fresh(
        text="was war letzte Song im Oktober",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="welches Lied ich skippe immer am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Künstler ich überspringe am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Lied höre ich gerade die ganze Zeit, wallah ich kann nicht aufhören",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mir wie war mein Jahr mit Musik",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Zusammenfassung von letzte Woche bitte",
        family="recap",
        period="last_week",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="am Wochenende höre ich mehr oder unter der Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche",
    "mach Musik lauter bitte",
    "was läuft gerade in Küche",
    "welche Lied ist das",
    "nächste Lied",
    "Podcast Pause machen",
    "mach Licht in Küche aus",
    "spiel Album Discovery",
    "Lautstärke auf fünf",
    "Zufallswiedergabe an",
    "Wiederholung aus machen",
    "Timer für zwanzig Minuten, ich koche Reis",
    "wie ist Wetter morgen",
    "schreib Brot und Joghurt auf Einkaufsliste",
    "Heizung auf zweiundzwanzig Grad",
    "was ich höre jetzt gerade",
    "spiel The Daily",
    "stopp Musik, ich muss lernen für Klausur",
    "mach leiser, mein Mitbewohner schläft",
    "verbinde Lautsprecher Küche und Wohnzimmer",
    "wer singt das",
    "Wecker für sieben Uhr, morgen Vorlesung",
    "spiel Queen bisschen lauter",
]
