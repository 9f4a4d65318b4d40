"""Writer 368, ein Engländer mit Deutsch B1 (englische Wortstellung, falsche Fälle und Artikel, 'seit' falsch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer war meine Nummer eins Künstler letzte Woche?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="welche Band ich habe gehört am meisten dieses Jahr",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Mit welche Künstler war ich besessen in letzter Zeit?",
        family="top_artists",
        period="lately",
    ),
    # top_tracks
    Fresh(
        text="Was ist mein Lieblings Lied in diese Monat?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="kannst du sagen mir meine drei meist gespielte Songs von Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="Top fünf Lieder von zweitausendfünfundzwanzig bitte",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welches Album ich habe am meistens gehört in der Sommer?",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welche Podcast ist mein Favorit für die letzte drei Monate",
        family="top_podcasts",
        period="last_3_months",
    ),
    Fresh(
        text="Welcher Podcast habe ich am meisten gehört seit Oktober?",
        family="top_podcasts",
        period="since_october",
    ),
    # listening_time
    Fresh(
        text="Wie lange ich habe Musik gehört heute?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viele Stunden haben wir gehört gestern in die Küche",
        family="listening_time",
        period="yesterday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wie lange ich habe Podcasts gehört seit Montag?",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="wie viel Musik ich hatte an in den letzte sieben Tage",
        family="listening_time",
        period="last_7_days",
        content="music",
    ),
    # plays
    Fresh(
        text="Wie viel Lieder ich habe gespielt diese Woche?",
        family="plays",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie viele Episoden von Podcasts habe ich gehört in die letzten dreißig Tage",
        family="plays",
        period="last_30_days",
        content="podcasts",
    ),
    Fresh(
        text="Ähm, wie viele Songs heute Nachmittag?",
        family="plays",
        period="this_afternoon",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künstler ich habe gehört seit März?",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="wie viel verschiedene Songs waren es letzte Monat",
        family="songs_count",
        period="last_month",
    ),
    # play_count
    Fresh(
        text="Wie oft ich habe gehört Bohemian Rhapsody dieses Jahr?",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie viel mal habe ich The Daily gehört im September",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft habe ich Daft Punk gespielt in August?",
        family="play_count",
        period="august",
        name="Daft Punk",
    ),
    # did_i
    Fresh(
        text="Habe ich gehört Queen gestern?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="ich habe Justice gehört am Samstag, ja oder nein?",
        family="did_i",
        period="saturday",
        name="Justice",
    ),
    Fresh(
        text="Hab ich Helene Fischer gehört letztes Jahr? Hoffentlich nicht",
        family="did_i",
        period="last_year",
        name="Helene Fischer",
    ),
    Fresh(
        text="hatte ich die Album Discovery an diese Monat",
        family="did_i",
        period="this_month",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="Was ich habe gehört gestern Abend?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was war gespielt vorgestern",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was hat Ada gehört am dritten November?",
        family="what_played",
        period="november_3",
        person="Ada",
    ),
    Fresh(
        text="was haben wir gehört letzte Wochenende",
        family="what_played",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Was habe ich gehört heute Morgen in der Küche?",
        family="what_played",
        period="this_morning",
        room="kitchen",
    ),
    # playing_at
    Fresh(
        text="Was war an gestern um Viertel vor acht am Abend?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="welche Lied lief heute um acht Uhr fünfzehn",
        family="playing_at",
        moment="2026-11-20 08:15",
    ),
    Fresh(
        text="Was spielte vor eine Stunde?",
        family="playing_at",
        moment="2026-11-20 17:30",
    ),
    Fresh(
        text="was lief letzten Samstag um zwölf Uhr Mittag",
        family="playing_at",
        moment="2026-11-14 12:00",
    ),
    # taste
    Fresh(
        text="Was für Musik ich mag, kannst du beschreiben?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann ich höre normalerweise Musik, welche Uhrzeit und welcher Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Habe ich neue Künstler entdeckt in die letzte zwei Wochen?",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="wie oft ich überspringe Lieder",
        family="skips",
        period="all_time",
        content="music",
    ),
    # repeat
    Fresh(
        text="Höre ich die gleiche Songs wieder und wieder? Wie viel?",
        family="repeat",
        period="all_time",
        content="music",
    ),
    # streak
    Fresh(
        text="für wie viele Tage ich habe gehört Musik jeden Tag ohne Pause",
        family="streak",
        content="music",
    ),
    Fresh(
        text="Seit wie viel Tage hintereinander höre ich schon?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Seit wann ich habe gehört Justice? Wann war die erste Mal?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann war das erste mal ich hörte Eres",
        family="first_play",
        name="Eres",
    ),
    # last_play
    Fresh(
        text="Wann ich habe zuletzt gehört Daft Punk?",
        family="last_play",
        name="Daft Punk",
    ),
    Fresh(
        text="die letzte Mal ich habe Sexy Boy von Air gehört, wann war das",
        family="last_play",
        name="Sexy Boy by Air",
    ),
    # last_song
    Fresh(
        text="Was war die letzte Lied ich habe gespielt?",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="was war mein erste Song heute",
        family="first_today",
    ),
    Fresh(
        text="Mit welche Lied ich bin aufgewacht heute?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war die erste Lied gestern?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="welche Song ich habe zuerst gehört am letzten Freitag",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Was war der letzte Song in Oktober?",
        family="last_in",
        period="october",
    ),
    Fresh(
        text="mit welchem Lied ich habe beendet letzte Nacht",
        family="last_in",
        period="last_night",
    ),
    # most_skipped
    Fresh(
        text="Welche Lied ich überspringe die meiste?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welcher Künstler ich skippe am meisten",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Welche Song habe ich auf Repeat im Moment?",
        family="on_repeat",
    ),
    Fresh(
        text="welches Lied ich kann nicht stoppen zu hören",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Kannst du mir geben eine Zusammenfassung von meine Woche in Musik?",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="wie war mein Jahr, musikalisch gesprochen",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Gib mir eine Rückblick von letzte Sommer bitte",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="okay also, gib mir eine Rundown von mein Hören",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war mein letzter Monat? Kannst du machen eine Zusammenfassung",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="Höre ich mehr Musik in die Morgen oder in die Abend?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="höre ich mehr in die Woche oder an die Wochenende",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in die Küche bitte",
    "Mach die Musik lauter",
    "Musik leiser bitte, in der Küche",
    "Was für ein Lied ist das?",
    "welche Song spielt jetzt",
    "Überspring diese Lied",
    "nächste Lied bitte im Wohnzimmer",
    "Pause die Podcast",
    "mach die Küche Licht aus",
    "Spiel der Album Discovery",
    "Lautstärke auf vierzig bitte",
    "Shuffle an machen bitte",
    "wiederhol diese Song",
    "Kannst du die Lautsprecher in die Küche und Wohnzimmer zusammen gruppieren?",
    "Stell eine Timer für zehn Minuten",
    "wie ist das Wetter morgen in Berlin",
    "Setz Milch auf die Einkaufsliste",
    "mach die Heizung auf zweiundzwanzig Grad",
    "Was höre ich jetzt gerade?",
    "spiel The Daily bitte",
    "Wer singt diese Lied?",
    "stopp die Musik überall",
    "Weck mich morgen um sieben",
    "Was ist die Zeit?",
]
