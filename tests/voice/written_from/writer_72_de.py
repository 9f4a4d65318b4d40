"""Writer 72, a grandfather in his late seventies (retired Viennese tram driver), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer war denn heuer mein Lieblingskünstler, gell",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Grüß Gott, welche Band hab i im Oktober am meisten g'hört",
        family="top_artists",
        period="october",
    ),
    Fresh(
        text="Sag mir meine drei liebsten Interpreten, von allen Zeiten",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="in der Küche, wer wird da am meisten gspielt",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Was is denn mein Lieblingslied",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="welches Lied hab i im vorigen Monat am öftesten g'spielt",
        family="top_tracks",
        period="last_month",
    ),
    Fresh(
        text="die fünf meistgespielten Lieder vom Sommer, sag s' mir",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welche Platte hab i am meisten g'hört",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="mein Lieblingsalbum seit März, welches is des",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="Welcher Podcast is denn bei mir die Nummer eins",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="von die Podcasts, welchen hab i in letzter Zeit am meisten g'hört",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wie lang is heut die Musik g'laufen",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden hab i voriges Jahr g'hört, insgesamt",
        family="listening_time",
        period="last_year",
    ),
    Fresh(
        text="Sag einmal, wie lang hab i mir die Podcasts angehört im September",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="wie lang haben wir letzte Woche Musik g'habt",
        family="listening_time",
        period="last_week",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab i heut in der Früh g'spielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie oft is bei uns am Samstag was g'laufen",
        family="plays",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="wie viele Folgen vom Podcast hab i heuer g'hört",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler hab i heuer g'hört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie viele verschiedene Bands waren's denn in die letzten drei Monat",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab i diesen Monat g'hört",
        family="songs_count",
        period="this_month",
    ),
    Fresh(
        text="wie viele unterschiedliche Titel waren's im August",
        family="songs_count",
        period="august",
    ),
    # play_count
    Fresh(
        text="Wie oft hab i denn heuer den Queen g'hört",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="den Bohemian Rhapsody, wie oft hab i den g'spielt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft is die Daily g'laufen seit Montag",
        family="play_count",
        period="since_monday",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft hab i die Wet Leg g'hört",
        family="play_count",
        period="all_time",
        name="Wet Leg",
    ),
    # did_i
    Fresh(
        text="Hab i gestern a bisserl Justice g'hört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="vorgestern, war da a Daft Punk dabei",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Hab i jemals den Radiohead g'hört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="hat die Ada heut in der Früh die Daily g'hört",
        family="did_i",
        period="this_morning",
        name="The Daily",
        person="Ada",
    ),
    # what_played
    Fresh(
        text="Was hab i denn gestern auf d'Nacht g'hört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="erzähl mal, was is am dritten November bei mir g'laufen",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="was haben wir voriges Wochenende g'hört",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Was is gestern so um zehn nach acht am Abend g'laufen",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="heut in der Früh um halb neun, was war denn da",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was hat's in der Küche heut um Viertel nach fünf g'spielt",
        family="playing_at",
        moment="2026-11-20 17:15",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="Was für a Musik mag i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie tät'st du meinen Geschmack beschreiben, gell",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um welche Zeit hör i denn meistens, und an welchem Tag",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hab i in letzter Zeit wen Neuen entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler hab i heuer zum ersten Mal g'hört",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft überspring i denn was",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="überspring i viel, diese Woche",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Hör i immer wieder dasselbe, wie is denn da meine Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wie viele Tag hintereinander hab i jetzt schon was g'hört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab i den Air zum ersten Mal g'hört",
        family="first_play",
        name="Air",
    ),
    Fresh(
        text="seit wann is denn der Café Tacvba bei mir drin, wann war des erste Mal",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Wann hab i zuletzt den Don't Stop Me Now g'hört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann war des letzte Mal Daft Punk",
        family="last_play",
        name="Daft Punk",
    ),
    # last_song
    Fresh(
        text="Was war denn des letzte Lied, des i g'spielt hab",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit welchem Lied hab i heut ang'fangen",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war des erste Lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="letzten Freitag, mit was hab i da ang'fangen",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Was war des letzte Lied letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="mit welchem Lied hab i vorige Woche aufg'hört",
        family="last_in",
        period="last_week",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied überspring i am öftesten",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welchen Künstler überspring i am meisten, gell",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied hab i grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="was is denn momentan mein Ohrwurm, des Lied des i ständig spiel",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl mal, wie war mein Jahr mit der Musik",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="geh, gib ma an Überblick über mein Hören",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="wie war denn bei uns der Oktober, so a Rückblick",
        family="recap",
        period="october",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr in der Früh oder am Abend",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wochenend mehr oder unter der Woche",
        family="compare_week",
        period="all_time",
    ),
    # more periods
    Fresh(
        text="die letzten sieben Tag, wie viele Lieder waren's",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    Fresh(
        text="wer war mein Künstler Nummer eins im Jahr zweitausendfünfundzwanzig",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="hab i vorigen Sommer die Sexy Boy von Air g'hört",
        family="did_i",
        period="last_summer",
        name="Sexy Boy by Air",
    ),
]

NEGATIVES = [
    "Spiel in der Küche a bisserl Daft Punk",
    "mach die Musik a bisserl lauter",
    "leiser, gell, des is ja viel zu laut",
    "Was is des für a Lied",
    "überspring des Lied",
    "halt den Podcast an",
    "nächstes Lied im Wohnzimmer",
    "mach des Licht in der Küche aus",
    "spiel des Album Discovery",
    "Zufallswiedergabe ein",
    "des Lied bitte wiederholen",
    "stell an Wecker auf sieben in der Früh",
    "Grüß Gott, wie wird's Wetter morgen",
    "schreib Milch auf die Einkaufsliste",
    "dreh die Heizung auf zweiundzwanzig Grad",
    "Was hör i grad jetzt",
    "was spielt's grad in der Küche",
    "verbind den Lautsprecher in der Küche mit dem im Wohnzimmer",
    "spiel die Daily",
    "Lautstärke auf vier",
    "mach weiter mit dem Podcast",
    "stell an Timer auf zehn Minuten für die Knödel",
    "spiel den Bohemian Rhapsody von Queen",
    "schalt den Lautsprecher in der Küche aus",
    "wie spät is es",
    "stopp die Musik überall",
    "spring dreißig Sekunden vor",
]
