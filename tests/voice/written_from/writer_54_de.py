"""Writer 54, a young Turkish-German from Berlin-Neukölln speaking Kiezdeutsch, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Alter, sag mal, wen ich hab am meisten gehört diesen Monat",
        family="top_artists",
        period="this_month",
    ),
    Fresh(
        text="wer war mein Nummer eins Künstler letztes Jahr lan",
        family="top_artists",
        period="last_year",
    ),
    Fresh(
        text="meine Top fünf Künstler zwanzig fünfundzwanzig, sag mal",
        family="top_artists",
        period="in_2025",
        count=5,
    ),
    Fresh(
        text="letzte drei Monate welcher Künstler lief am meisten bei mir",
        family="top_artists",
        period="last_3_months",
    ),
    # top_tracks
    Fresh(
        text="Was war mein meiste Lied",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="wallah sag mal meine drei Top Lieder seit März",
        family="top_tracks",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="welches Lied lief bei uns am meisten letzten Monat",
        family="top_tracks",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Sommer welches Lied ich hab am meisten gehört",
        family="top_tracks",
        period="summer",
    ),
    # top_albums
    Fresh(
        text="welches Album ich hab am meisten gehört dieses Jahr",
        family="top_albums",
        period="this_year",
    ),
    # top_podcasts
    Fresh(
        text="welcher Podcast ich hör am meisten in letzter Zeit lan",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lange ich hab Musik gehört heute",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Alter wie viele Stunden wir haben gehört letzte Woche",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lange lief Podcast gestern",
        family="listening_time",
        period="yesterday",
        content="podcasts",
    ),
    Fresh(
        text="letzte sieben Tage wie lange ich hab gehört",
        family="listening_time",
        period="last_7_days",
    ),
    Fresh(
        text="August wie viele Stunden Musik lan",
        family="listening_time",
        period="august",
        content="music",
    ),
    # plays
    Fresh(
        text="wie viele Lieder ich hab gespielt heute früh",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viele Sachen liefen Samstag",
        family="plays",
        period="saturday",
    ),
    Fresh(
        text="wie viele Podcast Folgen ich hab gehört seit Montag",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wie viele Lieder wir haben gehört Wochenende",
        family="plays",
        period="last_weekend",
        content="music",
        person="we",
    ),
    # artists_count
    Fresh(
        text="wie viele verschiedene Künstler ich hab gehört im Oktober",
        family="artists_count",
        period="october",
    ),
    # songs_count
    Fresh(
        text="wie viele verschiedene Lieder ich hab gehört letzte 30 Tage",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="wie oft ich hab gehört Queen",
        family="play_count",
        period="all_time",
        name="Queen",
    ),
    Fresh(
        text="wie oft lief Bohemian Rhapsody diese Woche",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Alter, wie oft ich hab Tarkan gehört",
        family="play_count",
        period="all_time",
        name="Tarkan",
    ),
    Fresh(
        text="wie oft ich hab One More Time von Daft Punk gespielt seit Oktober",
        family="play_count",
        period="since_october",
        name="One More Time by Daft Punk",
    ),
    Fresh(
        text="in letzten zwei Wochen wie oft lief Air",
        family="play_count",
        period="last_2_weeks",
        name="Air",
    ),
    # did_i
    Fresh(
        text="hab ich gehört Daft Punk gestern",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="wallah hab ich Justice gehört letzte Nacht oder nicht",
        family="did_i",
        period="last_night",
        name="Justice",
    ),
    Fresh(
        text="haben wir Air gehört im September",
        family="did_i",
        period="september",
        name="Air",
        person="we",
    ),
    Fresh(
        text="hab ich Capital Bra gehört diesen Monat",
        family="did_i",
        period="this_month",
        name="Capital Bra",
    ),
    Fresh(
        text="lief Digital Love heute Nachmittag oder was",
        family="did_i",
        period="this_afternoon",
        name="Digital Love",
    ),
    # what_played
    Fresh(
        text="was ich hab gehört gestern Abend lan",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief Küche vorgestern",
        family="what_played",
        period="day_before_yesterday",
        room="kitchen",
    ),
    Fresh(
        text="was für Lieder ich hab gehört heute",
        family="what_played",
        period="today",
        content="music",
    ),
    Fresh(
        text="was ich hab gehört dritten November",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="sag mal was Ada hat gehört gestern",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="was lief gestern Viertel vor acht abends",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heute früh halb neun was lief da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="vorgestern um neun abends welches Lied lief, Alter",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    # taste
    Fresh(
        text="was für Musik ich mag so, sag mal",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich hör normalerweise, welche Uhrzeit welcher Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="welche neuen Künstler ich hab entdeckt diesen Monat",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="welche Künstler waren neu für mich letzten Sommer",
        family="new_artists",
        period="last_summer",
    ),
    # skips
    Fresh(
        text="wie oft ich skippe so, Alter",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel ich hab geskippt diese Woche",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="wie viel ich hör immer gleiche Lieder nochmal",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele Tage hintereinander ich hab gehört",
        family="streak",
    ),
    Fresh(
        text="wallah wie lang ist mein Streak",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann ich hab zum ersten Mal Justice gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="The Daily, wann ich hab das erste Mal gehört",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="wann ich hab letzte Mal Queen gehört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann lief zuletzt Eres von Café Tacvba",
        family="last_play",
        name="Eres by Café Tacvba",
    ),
    # last_song
    Fresh(
        text="was war letzte Lied was ich hab gehört",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war erste Lied heute",
        family="first_today",
    ),
    Fresh(
        text="womit ich bin aufgewacht heute, welches Lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="erstes Lied letzten Freitag welches war",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="letzte Lied Samstag was war das lan",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="womit ich hab aufgehört gestern Abend, welches Lied",
        family="last_in",
        period="yesterday_evening",
    ),
    # most_skipped
    Fresh(
        text="welches Lied ich skippe am meisten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler ich skippe am meisten lan",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was ist mein Lied auf Dauerschleife zurzeit",
        family="on_repeat",
    ),
    Fresh(
        text="welcher Song ich kann nicht aufhören zu hören",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Alter erzähl mal, wie war mein Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib mal Rückblick von mein Jahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie war mein Woche so, erzähl",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="ich hör mehr morgens oder abends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="nachmittags oder abends, wann ich hör mehr",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="hör ich mehr Wochenende oder unter Woche lan",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Wochenende mehr Musik oder Wochentage, sag mal",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Alter mach mal lauter lan",
    "spiel Daft Punk Küche",
    "wallah mach Licht aus Küche",
    "was läuft grad",
    "welches Lied ist das lan",
    "skip mal",
    "nächstes Lied Wohnzimmer",
    "mach Podcast Pause",
    "Timer zehn Minuten",
    "wie wird Wetter heute",
    "schreib Milch auf Einkaufsliste",
    "Heizung auf 22 Grad",
    "spiel Album Discovery",
    "Zufallswiedergabe an, Alter",
    "wiederhol das Lied",
    "verbinde Küche und Wohnzimmer Lautsprecher",
    "mach Musik aus lan",
    "leiser machen, ist zu laut",
    "spiel neue Folge The Daily",
    "wer singt das grad",
    "was ich hör grad, welches Lied",
    "spiel Bohemian Rhapsody",
    "mach Lautsprecher Küche an",
    "Lied zurück",
    "Podcast weiter machen wo ich war",
    "spiel bisschen Rap Küche",
    "Lautstärke auf fünf",
    "dieses Lied in Playlist packen",
]
