"""Writer 384, eine Polin in Dortmund (Deutsch B1), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer ist mein Nummer eins Künstler diese Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="welche Band ich habe am meisten gehört letzte Monat",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="zeig mir drei Künstler was ich höre am meisten seit März",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="welche Künstler war bei mir Nummer eins in 2025",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="was ist mein Lieblingslied von diese Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="welche Lied ich habe gespielt am meisten im Sommer",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="fünf meiste gespielte Lieder von alle Zeit bitte",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welche Album ich höre am meisten",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Lieblingsalbum von letzte Jahr was ist",
        family="top_albums",
        period="last_year",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ich höre am meisten in letzte Zeit",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="mein Podcast Nummer eins im September welche war",
        family="top_podcasts",
        period="september",
    ),
    # listening_time
    Fresh(
        text="wie lange ich habe Musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunden lief in Küche gestern",
        family="listening_time",
        period="yesterday",
        room="kitchen",
    ),
    Fresh(
        text="wie lange wir haben gehört letzte Woche",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie viel Podcast ich hab gehört heute Nachmittag",
        family="listening_time",
        period="this_afternoon",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viele Lieder ich habe gespielt diese Woche",
        family="plays",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie viel Folgen von Podcast ich habe gehört in Oktober",
        family="plays",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="seit Montag wie viele Lieder",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler ich habe gehört diese Jahr",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viel andere Sänger in letzte drei Monate",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder ich hab gespielt seit Oktober",
        family="songs_count",
        period="since_october",
    ),
    Fresh(
        text="wie viel unterschiedliche Titel war letzte Sommer",
        family="songs_count",
        period="last_summer",
    ),
    # play_count
    Fresh(
        text="wie oft ich habe Bohemian Rapsody gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel mal lief Daft Punk diese Woche",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="wie oft ich hab The Daily gehört in August",
        family="play_count",
        period="august",
        name="The Daily",
    ),
    Fresh(
        text="Eres von Café Tacuba wie oft ich hab gespielt letzte dreißig Tage",
        family="play_count",
        period="last_30_days",
        name="Eres by Café Tacvba",
    ),
    # did_i
    Fresh(
        text="hab ich gehört Queen gestern",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Justice ich habe gehört heute Morgen oder nicht",
        family="did_i",
        period="this_morning",
        name="Justice",
    ),
    Fresh(
        text="haben wir Air gehört am Samstag",
        family="did_i",
        period="saturday",
        name="Air",
        person="we",
    ),
    Fresh(
        text="hab ich schon mal Radiohead gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    # what_played
    Fresh(
        text="was ich hab gehört gestern Abend",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief vorgestern in Küche",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="was für Musik ich habe gehört letzte Wochenende",
        family="what_played",
        period="last_weekend",
        content="music",
    ),
    Fresh(
        text="was hat Ada gehört letzte Woche",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="was ich hab so gehört letzte zwei Wochen",
        family="what_played",
        period="last_2_weeks",
    ),
    # playing_at
    Fresh(
        text="was war an gestern Abend um acht Uhr",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="was lief heute früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was hat gespielt heute Nachmittag um fünf Uhr zehn",
        family="playing_at",
        moment="2026-11-20 17:10",
    ),
    # taste
    Fresh(
        text="was für Musikgeschmack ich habe eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib mal mein Geschmack von Musik",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre normalerweise Musik, welche Uhrzeit",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welche Tag von Woche ich höre am meisten",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="welche neue Künstler ich habe entdeckt diese Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="gibt es neue Sänger bei mir letzte sieben Tage",
        family="new_artists",
        period="last_7_days",
    ),
    # skips
    Fresh(
        text="wie oft ich überspringe",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel ich habe geskippt letzte Freitag",
        family="skips",
        period="last_friday",
    ),
    # repeat
    Fresh(
        text="wie oft ich höre immer gleiche Lieder nochmal",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander ich höre schon",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich habe zum ersten Mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann ist Café Tacuba in meine Verlauf",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann hab ich letzte Mal Sexy Boy gehört",
        family="last_play",
        name="Sexy Boy",
    ),
    Fresh(
        text="wann war letzte Mal Digital Love von Daft Punk",
        family="last_play",
        name="Digital Love by Daft Punk",
    ),
    # last_song
    Fresh(
        text="was war letzte Lied was ich gespielt habe",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="welche Lied war erste heute",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="erste Lied gestern was war",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit was ich hab angefangen am dritte November",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="letzte Lied am letzte Freitag welche war",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="mit welche Lied ich hab aufgehört letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="welche Lied ich überspringe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welche Künstler ich skippe immer am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welche Lied ich höre jetzt immer wieder, so in Dauerschleife",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl mir, wie war mein Musik Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Zusammenfassung von letzte Monat bitte",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="wie war mein Woche mit Musik",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="ich höre mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="höre ich mehr an Wochenende oder unter Woche",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel Daft Punk in Küche",
    "mach Musik lauter bitte",
    "mach leiser Musik, Kind schläft",
    "nächste Lied",
    "überspring diese Lied",
    "was ist das für Lied jetzt",
    "was läuft in Küche gerade",
    "was ich höre jetzt gerade",
    "Podcast Pause machen",
    "mach Licht aus in Küche",
    "spiel Album Discovery",
    "stell Timer auf zwanzig Minuten für Pierogi",
    "wie wird Wetter morgen in Dortmund",
    "schreib Milch und Brot auf Einkaufsliste",
    "Heizung auf einundzwanzig Grad bitte",
    "Zufallswiedergabe an machen",
    "mach Wiederholung an für diese Lied",
    "verbinde Lautsprecher von Küche mit Wohnzimmer",
    "nächste Titel in Wohnzimmer",
    "spiel polnische Radio",
    "stopp Musik",
    "Lautstärke auf dreißig",
    "spiel neue Folge von The Daily",
    "weck mich um sechs Uhr morgen",
]
