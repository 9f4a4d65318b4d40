"""Writer 565, ein grantiger Wiener Pensionist, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Heast, wer is denn heuer mei meistg'hörter Künstler",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="sog amoi, wen hob i vorige Wochn am öftesten g'hört, oida",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="de drei Interpreten, de i im Oktober am meisten g'hört hob, na?",
        family="top_artists",
        period="october",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="wos is denn eigentlich mei Lieblingslied, des wos i am meistn spü",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="welches Liad is in da Kuchl im letzten Monat am öftesten g'rennt",
        family="top_tracks",
        period="last_month",
        room="kitchen",
    ),
    Fresh(
        text="fünf Nummern, de meistg'spielten seit März, zähl's auf, owa flott",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    # top_albums
    Fresh(
        text="na geh, welche Plattn hob i heuer am meisten aufg'legt",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mei Lieblingsalbum im Summa, wos war des no glei",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="welchen Podcast hör i denn in letzter Zeit am meistn, den Schmarrn",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="der meistg'hörte Podcast im letzten Joahr, heast, wos war des",
        family="top_podcasts",
        period="last_year",
    ),
    # listening_time
    Fresh(
        text="wie lang is heit scho Musi g'rennt",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie lang hamma gestern auf d'Nacht in da Kuchl g'hört, a bissl z'lang eh",
        family="listening_time",
        period="yesterday_evening",
        person="we",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="wievü Lieder warn des heit in da Fruah, sog",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wievü Folgen von dem Podcastzeug hob i de Wochn g'hört",
        family="plays",
        period="this_week",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wievü verschiedene Künstler hob i heuer g'hört, ungefähr reicht ma",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wie vü unterschiedliche Musikanten warn des voriges Joahr",
        family="artists_count",
        period="last_year",
    ),
    # songs_count
    Fresh(
        text="wievü verschiedene Lieder hob i im August g'hört",
        family="songs_count",
        period="august",
    ),
    Fresh(
        text="sog, wievü unterschiedliche Nummern warn des seit Montag",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="wie oft hob i de Bohemian Rapsodie heuer g'spielt, des is eh a guade Nummer",
        family="play_count",
        period="this_year",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wievü Queen hob i des Monat g'hört",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="an Falco, wie oft hob i den überhaupt g'hört",
        family="play_count",
        period="all_time",
        name="Falco",
    ),
    # did_i
    Fresh(
        text="hob i gestern de Daft Punk g'hört oder ned",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="heast, war am Wochenende wos vom Ambros dabei",
        family="did_i",
        period="last_weekend",
        name="Wolfgang Ambros",
    ),
    Fresh(
        text="de Justice, hob i de in letzter Zeit überhaupt g'hört?",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="is am vorigen Freitag des The Daily g'laufen",
        family="did_i",
        period="last_friday",
        name="The Daily",
    ),
    # what_played
    Fresh(
        text="wos hob i denn gestern auf d'Nacht g'hört, i waß nimmer",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="erzähl, wos hamma vorige Wochn so g'hört",
        family="what_played",
        period="last_week",
        person="we",
    ),
    # playing_at
    Fresh(
        text="wos is gestern auf d'Nacht um dreiviertel acht g'laufen",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heit in da Fruah um halb neun, wos war des für a Liad",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="vorgestern zu Mittag, so um zwöfe, wos hat do g'spielt",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="wos für an Musikgeschmack hob i eigentlich, sog's ma ehrlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma amoi, wos i so für Zeug hör",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wieviel Uhr hör i normalerweise Musi, und an welchem Tag",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wann hör i denn meistens, Uhrzeit und Wochentag bitte, oida",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hob i in letzter Zeit irgendwen Neichen g'hört, oder eh nur des Oide",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="welche Künstler hob i heuer zum ersten Mal g'hört",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="wie oft drah i a Liad weiter, bevor's aus is",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wievü hob i im letzten Monat übersprungen, eh vü, gö",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="hör i imma de gleichen Lieder? wie oft wiederhol i de",
        family="repeat",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie hoch is mei Wiederholungsrate seit Oktober",
        family="repeat",
        period="since_october",
    ),
    # streak
    Fresh(
        text="wievü Tag hintereinander hob i jetzt scho g'hört",
        family="streak",
    ),
    Fresh(
        text="wie lang geht des scho, dass i jeden Tag Musi hör, ohne Pause",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="wann hob i des erste Mal de Café Tacuba g'hört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="seit wann is de Moon Safari bei mir drin, wann war des erste Mal",
        family="first_play",
        name="Moon Safari",
    ),
    # last_play
    Fresh(
        text="wann hob i des letzte Mal Queen g'hört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann war de Daily zuletzt dran, des Gschwafl",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="an Fendrich, wann hob i den zuletzt g'hört",
        family="last_play",
        name="Rainhard Fendrich",
    ),
    # last_song
    Fresh(
        text="wos war des letzte Liad, des i g'hört hob",
        family="last_song",
    ),
    Fresh(
        text="heast, wie hat des letzte Liad g'heißen, des i g'spielt hob",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit wos für an Liad hob i heit in Tag ang'fangen",
        family="first_today",
    ),
    Fresh(
        text="wos war heit des erste Liad, na",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="wos war gestern des erste Liad",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="des erste Liad im Oktober, wos war des",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="wos war des letzte Liad am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="mit welcher Nummer hob i vorgestern aufg'hört",
        family="last_in",
        period="day_before_yesterday",
    ),
    # most_skipped
    Fresh(
        text="welches Liad drah i am öftesten weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="welche Nummer überspring i heuer am meisten",
        family="most_skipped",
        period="this_year",
    ),
    # most_skipped_artist
    Fresh(
        text="bei welchem Künstler drah i am meisten weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wen überspring i am liebsten, welche Band, is eh wurscht, sog's",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="welches Liad hob i grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="wos is des für a Liad, des i dauernd spü und ned aus'm Schädl krieg",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="erzähl ma, wia war mei Oktober so",
        family="recap",
        period="october",
    ),
    Fresh(
        text="na, wie war mei Joahr musikalisch, a kurze Zusammenfassung",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="a Rückblick auf'n letzten Summa, geht des",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="hör i mehr in da Fruah oder auf d'Nacht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="am Nachmittag oder am Abend, wann lauft bei mir mehr Musi",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="hör i am Wochenend mehr Musi als unter da Wochn",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="werktags oder am Wochenend, wann hob i im letzten Monat mehr g'hört",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "heast, spü ma Daft Punk in da Kuchl",
    "mach de Musi leiser, des is ja ned zum Aushalten",
    "lauter, i hör nix, oida",
    "wos is des für a Liad, des grad rennt",
    "weiter, des Liad is a Graus",
    "halt den Podcast an, i muas kurz weg",
    "nächste Nummer, owa schnö",
    "mach des Liacht in da Kuchl aus",
    "spü des Album Discovery, von vorn",
    "Zufallswiedergabe ein, is eh wurscht wos",
    "des Liad nochamoi, in Dauerschleife stellen",
    "stell an Wecker auf sieben in da Fruah",
    "an Timer auf zehn Minutn, für d'Eier",
    "wia wird's Wetter morgen in Wien, regnet's wieder",
    "schreib Semmeln und Butter auf d'Einkaufsliste",
    "drah d'Heizung a bissl auf, es is eiskalt",
    "wos hör i grad, wer singt des",
    "wos lauft jetzt in da Kuchl",
    "spü's auf alle Lautsprecher, Kuchl und Wohnzimmer",
    "geh bitte, hör auf mit dem Gedudel, aus",
    "spü Radio Wien",
    "spü de neieste Folge vom Daily",
    "zruck zum vorigen Liad",
    "wie spät is es",
    "mach's Liacht im Vorzimmer an",
]
