"""Writer 584, eine Russlanddeutsche in Pforzheim Ende sechzig, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer war meiste Sänger diesen Monat, bitte sagen",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Gruppe ich habe am meisten gehört letztes Jahr",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="drei Künstler, was ich höre am meisten, bitte sagen",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="was ist mein Lieblingslied dieses Jahr, ja?",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="fünf meiste Lieder von letzte Woche, bitte sagen",
        family="top_tracks",
        period="last_week",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welche Album war meiste im Sommer",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Lieblingsalbum von mir, was ist das überhaupt",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich höre am meisten",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="was für Sendung, so Podcast, ich habe viel gehört letzten Monat",
        family="top_podcasts",
        period="last_month",
    ),
    # listening_time
    Fresh(
        text="wie lange lief heute Musik in Küche",
        family="listening_time",
        period="today",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="wie viel Stunden ich habe gehört diese Woche",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="wie lange wir haben Musik gehört am Wochenende, ja?",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="sag mal, wie viel Zeit war Musik an seit März",
        family="listening_time",
        period="since_march",
        content="music",
    ),
    # plays
    Fresh(
        text="wie viel Lieder ich habe gespielt heute Morgen",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viel Mal war Podcast an diesen Monat",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="seit Montag wie viele Lieder, ungefähr",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Sänger ich habe gehört dieses Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="im September wie viel Künstler waren, verschiedene meine ich",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder ich habe gehört letzte sieben Tage",
        family="songs_count",
        period="last_7_days",
    ),
    # play_count
    Fresh(
        text="wie viel Mal ich habe Bohemian Rhapsody gehört diesen Monat",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel Mal lief Lied von Sänger Queen, Don't Stop Me Now, dieses Jahr",
        family="play_count",
        period="this_year",
        name="Don't Stop Me Now by Queen",
    ),
    Fresh(
        text="wie viel Mal ich habe Helene Fischer gehört",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    Fresh(
        text="Daft Punk wie oft diese Woche, ja?",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    # did_i
    Fresh(
        text="hab ich gehört Queen gestern Abend?",
        family="did_i",
        period="yesterday_evening",
        name="Queen",
    ),
    Fresh(
        text="war Justice heute, ja oder nein?",
        family="did_i",
        period="today",
        name="Justice",
    ),
    Fresh(
        text="haben wir gehört Café Tacvba letzte Woche",
        family="did_i",
        period="last_week",
        name="Café Tacvba",
        person="we",
    ),
    Fresh(
        text="ich habe Alla Pugatschowa gehört in letzter Zeit?",
        family="did_i",
        period="lately",
        name="Alla Pugatschowa",
    ),
    # what_played
    Fresh(
        text="was ich habe gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="bitte sagen, was war in Küche vorgestern",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="letzten Freitag, was lief da bei mir",
        family="what_played",
        period="last_friday",
    ),
    Fresh(
        text="was haben wir gehört am dritten November",
        family="what_played",
        period="november_3",
        person="we",
    ),
    # playing_at
    Fresh(
        text="was lief gestern Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh um acht, was war für Lied",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="gestern Abend so um acht Uhr, welche Lied war",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    # taste
    Fresh(
        text="was für Musik ich mag, bitte sagen",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="welche Geschmack ich habe von Musik, sag mal ehrlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre meistens Musik, welche Uhrzeit, welche Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="gibt neue Sänger in letzte Zeit, was ich nicht kannte vorher?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler ich habe zum ersten Mal gehört letzte drei Monate",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="wie oft ich mache Lied weg, überspringe",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel Lieder ich habe übersprungen letzte Woche",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="höre ich immer gleiche Lieder wieder und wieder?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie viel ich wiederhole Lieder dieses Jahr",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="wie viel Tage hintereinander ich höre schon Musik",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich habe zum ersten Mal gehört Justice",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann war erste Mal Lied One More Time von Daft Punk",
        family="first_play",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="erste Mal Podcast The Daily, wann war das",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="wann ich habe zuletzt gehört Air",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="wann war letzte Mal Sexy Boy",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="Andrea Berg, wann hab ich gehört zuletzt",
        family="last_play",
        name="Andrea Berg",
    ),
    # last_song
    Fresh(
        text="was war letzte Lied, was ich habe gespielt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit welche Lied ich bin heute aufgestanden",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erste Lied gestern, was war",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="was war erste Lied am Samstag",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="was war letzte Lied letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="mit was ich habe aufgehört heute Nachmittag",
        family="last_in",
        period="this_afternoon",
    ),
    # most_skipped
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welches Lied mach ich immer weg seit Oktober",
        family="most_skipped",
        period="since_october",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Gruppe ich habe am meisten übersprungen in zweitausendfünfundzwanzig",
        family="most_skipped_artist",
        period="in_2025",
    ),
    # on_repeat
    Fresh(
        text="welche Lied ich höre jetzt immer wieder",
        family="on_repeat",
    ),
    Fresh(
        text="was läuft bei mir rauf und runter, welche Lied, sag mal",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mal, wie war mein Oktober mit Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="bitte Zusammenfassung von mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war Musik bei uns letzten Monat, alles zusammen",
        family="recap",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="was war so letzten Sommer bei mir mit Musik, Überblick bitte",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="höre ich mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Nachmittag oder Abend, wann ich höre mehr in letzte dreißig Tage",
        family="compare_day_parts",
        period="last_30_days",
    ),
    # compare_week
    Fresh(
        text="Wochenende oder Werktag, wann ich höre mehr, ja?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="letzte zwei Wochen ich habe mehr gehört unter Woche oder Samstag Sonntag",
        family="compare_week",
        period="last_2_weeks",
    ),
]

NEGATIVES = [
    "mach Musik in Küche lauter",
    "spiel Queen in Küche bitte",
    "was ist das für Lied, wer singt",
    "nächste Lied bitte",
    "Podcast Pause machen",
    "mach Licht in Küche aus",
    "spiel Album Discovery",
    "stell Wecker auf halb fünf",
    "Timer zwanzig Minuten für Pelmeni",
    "wie wird Wetter morgen in Pforzheim",
    "schreib Buchweizen auf Einkaufsliste",
    "Heizung wärmer machen, ist kalt",
    "was ich höre jetzt gerade",
    "mach leiser, Enkel schläft",
    "Zufallswiedergabe an",
    "mach Wiederholung an für diese Lied",
    "Lautsprecher Küche und Wohnzimmer zusammen machen",
    "stopp Musik",
    "spiel russische Radio",
    "nächste Folge von The Daily",
    "was läuft in Küche jetzt",
    "wie spät ist",
    "noch mal von Anfang diese Lied",
    "Radio aus bitte",
    "wie viel Grad draußen",
]
