"""Writer 40, native English speaker who learned German as an adult, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Was war mein Top-Künstler letzte Woche?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wer ist der Künstler ich habe gehört die meisten dieses Jahr?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Mit welche Band bin ich besessen in letzter Zeit?",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="Welches Lied habe ich gespielt die meisten diesen Monat?",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="Meine drei Top-Songs von alle Zeit, bitte",
        family="top_tracks",
        period="all_time",
        content="music",
        count=3,
    ),
    # top_albums
    Fresh(
        text="Welche Album habe ich am meisten gehört in Oktober?",
        family="top_albums",
        period="october",
    ),
    Fresh(
        text="Was ist mein Lieblings Album von diesen Sommer?",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Der Podcast den ich am meisten gehört dieses Jahr, welcher ist das?",
        family="top_podcasts",
        period="this_year",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="Wie viele Stunden habe ich Musik gehört gestern?",
        family="listening_time",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Wie lange haben wir zugehört letzten Monat?",
        family="listening_time",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="In die Küche, wie viel Zeit lief Musik diese Woche?",
        family="listening_time",
        period="this_week",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="Wie viele Plays hatte ich heute so weit?",
        family="plays",
        period="today",
    ),
    Fresh(
        text="Wie viele Lieder habe ich gespielt seit Montag?",
        family="plays",
        period="since_monday",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler habe ich gehört diesen Sommer?",
        family="artists_count",
        period="summer",
    ),
    # songs_count
    Fresh(
        text="Wie viele unterschiedliche Songs habe ich gehabt in die letzten drei Monate?",
        family="songs_count",
        period="last_3_months",
        content="music",
    ),
    # play_count
    Fresh(
        text="Wie viele Male habe ich gespielt Queen diese Woche?",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Wie oft lief Bohemian Rhapsody in der Küche letztes Jahr?",
        family="play_count",
        period="last_year",
        name="Bohemian Rhapsody",
        room="kitchen",
    ),
    Fresh(
        text="Wie viele Male habe ich Radiohead gehört, jemals?",
        family="play_count",
        period="all_time",
        name="Radiohead",
    ),
    # did_i
    Fresh(
        text="Habe ich gespielt Queen gestern?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Habe ich Justice gehört in die letzten sieben Tage?",
        family="did_i",
        period="last_7_days",
        name="Justice",
    ),
    Fresh(
        text="Hatten wir Air an am Samstag?",
        family="did_i",
        period="saturday",
        name="Air",
        person="we",
    ),
    Fresh(
        text="Sag mal, habe ich Digital Love gehört vorgestern?",
        family="did_i",
        period="day_before_yesterday",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="Was habe ich gehört gestern Abend?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was war auf heute Morgen?",
        family="what_played",
        period="this_morning",
    ),
    # playing_at
    Fresh(
        text="Was spielte gestern um Viertel vor acht am Abend?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was war auf heute um halb neun in der Morgen?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    # taste
    Fresh(
        text="Kannst du beschreiben meine Geschmack, so was für Sachen ich mag?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um welche Zeit von Tag höre ich normalerweise, und welcher Tag?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Habe ich neue Künstler entdeckt diesen Monat?",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="Wie viele Skips mache ich, was ist meine Skip-Rate?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Letzte Woche, wie oft habe ich geskippt?",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Wie oft ich wiederhole die gleiche Lieder?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    # streak
    Fresh(
        text="Wie viele Tage in eine Reihe habe ich zugehört?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann habe ich zuerst gehört Daft Punk?",
        family="first_play",
        name="Daft Punk",
    ),
    # last_play
    Fresh(
        text="Wann war die letzte Zeit ich habe gespielt Around the World?",
        family="last_play",
        name="Around the World",
    ),
    Fresh(
        text="Wann habe ich zuletzt The Daily gehört?",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Was war der letzte Song ich gespielt habe?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Was war der erste Lied heute?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war der erste Song vorgestern?",
        family="first_in",
        period="day_before_yesterday",
    ),
    # last_in
    Fresh(
        text="Was war der letzte Track letzte Freitag?",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="Welcher Song ich skippe die meisten?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welche Künstler skippe ich am meisten?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was ist der Song ich habe auf Repeat zur Zeit?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Gib mir ein Recap von meinem Jahr, bitte",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war mein Oktober, so insgesamt?",
        family="recap",
        period="october",
    ),
    # compare_day_parts
    Fresh(
        text="Höre ich mehr in den Morgen oder in die Abende?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Höre ich mehr Musik an die Wochenende oder an Wochentage?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in die Küche",
    "Mach die Musik lauter bitte",
    "Was spielt in der Küche jetzt?",
    "Was ist dieser Song?",
    "Skip diesen Song",
    "Pause der Podcast",
    "Nächste Track in das Wohnzimmer",
    "Mach aus das Küche Licht",
    "Spiel das Album Discovery",
    "Lautstärke runter zu drei",
    "Shuffle an, bitte",
    "Mach Repeat aus",
    "Gruppiere die Lautsprecher in Küche und Wohnzimmer",
    "Stell einen Timer für zehn Minuten",
    "Wie ist das Wetter morgen?",
    "Füg Milch zu der Einkaufsliste hinzu",
    "Stell das Thermostat auf einundzwanzig Grad",
    "Was höre ich gerade jetzt?",
    "Spiel The Daily, die neueste Folge",
    "Füg diesen Song zu meine Playlist",
    "Stopp die Musik in der Küche",
    "Geh zurück zu der vorherige Song",
]
