"""Writer 272, Saarland factory worker, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer war dann mei Künschtler Nummer eins des Jahr, gell",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Sag mol, wen hann isch letscht Woch am meischde gehert",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wer war im August mei meischt gehörter Künschtler",
        family="top_artists",
        period="august",
    ),
    # top_tracks
    Fresh(
        text="Was war mei Lieblingslied im Oktober",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Nenn mer mol mei drei meischt gespielte Lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    # top_albums
    Fresh(
        text="Welches Album hann isch in letzter Zeit am meischde laafe gehat",
        family="top_albums",
        period="lately",
    ),
    Fresh(
        text="Was war letschte Summer mei Lieblingsalbum",
        family="top_albums",
        period="last_summer",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast lääft bei mir am meischde",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Unn welcher Podcast war in letzter Zeit mei Favorit",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wie lang hann isch heit schon Musik gehert",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie vill Stunne hann mir letschte Monat in de Kisch Musik laafe gehat",
        family="listening_time",
        period="last_month",
        content="music",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="In de letschte siwwe Daa, wie lang lief do Musik",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="Wie lang hann isch seit Montach gehert",
        family="listening_time",
        period="since_monday",
    ),
    # plays
    Fresh(
        text="Wie vill Lieder sinn heit morje schon gelaaf",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft hann isch des Jahr ebbes abgespielt, insgesamt",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="Wie vill Podcastfolge hann isch im September gehert",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie vill verschiedene Künschtler hann isch seit März gehert",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="Wie vill verschiedene Lieder warn's letschte Monat, gell",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="Wie vill verschiedene Lieder hann mir letscht Woch in de Küche gehert",
        family="songs_count",
        period="last_week",
        room="kitchen",
        person="we",
    ),
    # play_count
    Fresh(
        text="Wie oft hann isch Bohemian Rhapsody des Jahr gehert",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Daft Punk, wie oft lief dann der seit Oktober",
        family="play_count",
        period="since_october",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hann isch Helene Fischer gehert",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    Fresh(
        text="Wie oft hann isch in de letschte zwei Woche Phantom gespielt",
        family="play_count",
        period="last_2_weeks",
        name="Phantom",
    ),
    # did_i
    Fresh(
        text="Hann isch geschder ebbes vun Justice gehert",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief bei uns am Samstag Queen",
        family="did_i",
        period="saturday",
        name="Queen",
        person="we",
    ),
    Fresh(
        text="Im Sommer, hann isch do Air gehert",
        family="did_i",
        period="summer",
        name="Air",
    ),
    Fresh(
        text="Hann isch anno 2025 Daft Punk gehert",
        family="did_i",
        period="in_2025",
        name="Daft Punk",
    ),
    # what_played
    Fresh(
        text="Was hann isch geschder Owend gehert",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl mol, was lief vorgeschder",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was hann isch am Wocheend so gehert",
        family="what_played",
        period="last_weekend",
    ),
    # playing_at
    Fresh(
        text="Was is geschder Owend um Viertel vor acht gelaaf",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was lief heit früh um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Heit Nachmittag um Viertel nach fünf, was war do dran",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Was fer Musik heer isch eigentlich so gern",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib mer mol mei Musikgeschmack",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wie vill Uhr unn an welchem Daa heer isch normalerweis",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hann isch de Monat neue Künschtler entdeckt",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Wer is in de letschte drei Monat neu dazukomm",
        family="new_artists",
        period="last_3_months",
    ),
    # skips
    Fresh(
        text="Wie oft überspring isch Lieder, so im Schnitt",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Letschte dreißig Daa, wie oft hann isch weitergedrückt",
        family="skips",
        period="last_30_days",
    ),
    # repeat
    Fresh(
        text="Heer isch immer desselwe Zeich, wie oft wiederhol isch Lieder",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie vill Dää hinnereinanner hann isch jetzt schon gehert",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hann isch Café Tacvba es erschte Mol gehert",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Wann lief The Daily es letschte Mol",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Wann hann isch zuletzt Don't Stop Me Now gehert",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann hann isch Radiohead es letschte Mol gehert",
        family="last_play",
        name="Radiohead",
    ),
    # last_song
    Fresh(
        text="Was war es letschte Lied, wo isch gespielt hann",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit was fer'me Lied hann isch heit de Daa angefang",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war es erschte Lied geschder",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Was war am letschte Freitag es erschte Lied",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Was war es letschte Lied letscht Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Womit hann isch am dritte November uffgehört",
        family="last_in",
        period="november_3",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied drück isch am meischde weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welche Band überspring isch am öftschde, gell",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was fer e Lied hann isch grad in Dauerschleif",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mol, wie war mei Musikjahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Gebb mer mol e Rückblick uff de letschte Monat",
        family="recap",
        period="last_month",
    ),
    Fresh(
        text="Wie war mei Woch so, musikmäßisch",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="Heer isch morgens mehr oder owends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Heer isch am Wocheend mehr als unner de Woch, gell",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel mol Daft Punk in de Kisch",
    "Mach die Musik lauter, gell",
    "Was lääft grad in de Küche",
    "Was is des fer e Lied",
    "Nächschdes Lied",
    "Mach de Podcast mol Pause",
    "Mach es Licht in de Kisch aus",
    "Spiel es Album Discovery",
    "Leiser mache, isch hann Spätschicht gehat",
    "Zufallswiedergabe an",
    "Wiederhol des Lied",
    "Verbind die Lautsprecher in de Kisch unn im Wohnzimmer",
    "Stell mer e Timer uff zwanzisch Minudde fer die Lyoner",
    "Wie werd's Wedder morje",
    "Schreib Schwenkbrode uff die Einkaufslischt",
    "Dreh die Heizung uff zwanzisch Grad",
    "Was heer isch grad",
    "Spiel The Daily",
    "Mach die Musik aus, isch muss uff Schicht",
    "Weck mich um halb fünf fer die Frühschicht",
    "Spiel SR drei Saarlandwelle",
    "Zurück zum vorische Lied",
    "Überspring des Lied, des is nix",
]
