"""Writer 333, ein steirischer Bergbauer, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Wer wor heuer mei meistg'hörter Künstler, gö?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="jo wen hob i letztn Monat am meistn g'hört",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Oida, wer is letzte Wochn bei uns in da Kuchl am öftestn g'laufn",
        family="top_artists",
        period="last_week",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="sog ma meine drei Lieblingsbands seit Merz",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="Wer wor voriges Joahr mei Nummer eins bei da Musi",
        family="top_artists",
        period="last_year",
    ),
    # top_tracks
    Fresh(
        text="wos is denn mei Liad vom Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Wos worn meine fünf meistg'spültn Liada im Summa",
        family="top_tracks",
        period="summer",
        count=5,
    ),
    Fresh(
        text="wölches Liad hob i zwoatausendfünfazwanzg am meistn g'hört",
        family="top_tracks",
        period="in_2025",
    ),
    Fresh(
        text="letztn Summa, wos wor do mei Lieblingsliad",
        family="top_tracks",
        period="last_summer",
    ),
    # top_albums
    Fresh(
        text="Wölches Album hob i heuer am öftestn g'hört",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="mei Lieblingsalbum, wos is des eigentlich",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="in de letztn drei Monat, wölche Plattn is do am meistn g'laufn",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Wölchn Podcast hör i in letzter Zeit am meistn",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="geh, wos wor im Oktober mei Podcast Nummer eins",
        family="top_podcasts",
        period="october",
    ),
    # listening_time
    Fresh(
        text="Wia lang is heit scho Musi g'laufn",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wia vü Stund hob i letzte Wochn Musi g'hört",
        family="listening_time",
        period="last_week",
        content="music",
    ),
    Fresh(
        text="Wia lang hamma gestan insgesamt wos g'hört bei uns",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="wia vü Minutn Podcast worn's letztn Monat",
        family="listening_time",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="seit Oktober, wia vü Musi hob i do g'hört, in Stund",
        family="listening_time",
        period="since_october",
        content="music",
    ),
    # plays
    Fresh(
        text="Wia vü Liada hob i heit scho g'spült",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="wia oft is seit Montag wos g'laufn, insgesamt",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wia vü Folgn vom Podcast hob i heuer g'hört",
        family="plays",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="in de vergangenen zwoa Wochn, wia vü Liada worn des",
        family="plays",
        period="last_2_weeks",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wia vü verschiedene Künstler hob i heuer g'hört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="wia vü unterschiedliche Bands worn's in de letztn dreißg Tog",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="Wia vü verschiedene Liada hob i im Septemba g'hört, Oida",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="wia vü unterschiedliche Liada san des insgesamt bei mir",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="Wie oft hob i de Bohemien Rapsodie de Wochn g'hört",
        family="play_count",
        period="this_week",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wia oft is Daft Punk im August g'laufn",
        family="play_count",
        period="august",
        name="Daft Punk",
    ),
    Fresh(
        text="Wia oft hob i an Andreas Gabalier g'spült, gö",
        family="play_count",
        period="all_time",
        name="Andreas Gabalier",
    ),
    Fresh(
        text="wia vü Daily hob i de letztn sieben Tog g'hört",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Hob i gestan Queen g'hört?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="is in letzter Zeit a bissl wos vo Justice g'laufn",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="hamma am Wochenend bei uns Air g'hört",
        family="did_i",
        period="last_weekend",
        name="Air",
        person="we",
    ),
    Fresh(
        text="Hob i heuer de STS g'hört, jo oder nit",
        family="did_i",
        period="this_year",
        name="STS",
    ),
    Fresh(
        text="geh, hob i vorgestern des One More Time vo Daft Punk g'hört",
        family="did_i",
        period="day_before_yesterday",
        name="One More Time by Daft Punk",
    ),
    # what_played
    Fresh(
        text="Wos hob i gestan auf d'Nocht g'hört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="wos is heit in da Fruah g'laufn",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Wos hob i am Somstog für a Musi g'hört",
        family="what_played",
        period="saturday",
        content="music",
    ),
    Fresh(
        text="heit am Nochmittog, wos is do g'laufn wia i im Stoi wor",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Wos hot die Ada letztn Freitog g'hört",
        family="what_played",
        period="last_friday",
        person="Ada",
    ),
    Fresh(
        text="wos hob i am dritten November so g'hört",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="Wos is gestan um Viertl vor achte g'laufn",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="heit in da Fruah um achte, wos is do g'spült wordn",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="wos is am Mittwoch z'Mittag g'laufn",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="Oida, wos wor des um zehn noch achte gestan auf d'Nocht",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="in da Kuchl heit um fünfe am Nochmittog, wos hot do g'spült",
        family="playing_at",
        moment="2026-11-20 17:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="Wos für a Musi mog i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma amol mein Musikgeschmack, gö",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör i meistens Musi, wölche Uhrzeit und wölcher Tog",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="um wia vü Uhr rennt bei mir am öftestn wos",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hob i in letzter Zeit neue Künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wölche Bands worn heuer ganz neu für mi",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wia oft überspring i Liada eigentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wia vü hob i letzte Wochn weiterdruckt",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör i oiwei de gleichen Liada, oder wia",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wia oft spül i heuer de söbn Liada nochamol",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wia vü Tog hintereinand hob i jetzt scho g'hört",
        family="streak",
    ),
    Fresh(
        text="wia laung is mei Serie grod, Oida, seit wia vü Tog hör i durchgehend",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob i des erste Mol Justice g'hört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann is des Daily bei mir überhaupt dabei",
        family="first_play",
        name="The Daily",
    ),
    # last_play
    Fresh(
        text="Wann hob i s'letzte Mol Queen g'hört",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="wann is Digital Love zletzt g'laufn",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="Wann hob i zletzt de Seer g'hört",
        family="last_play",
        name="Seer",
    ),
    # last_song
    Fresh(
        text="Wos wor des letzte Liad, des i g'spült hob",
        family="last_song",
    ),
    Fresh(
        text="geh sog, wölches Liad hob i zletzt g'hört",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wos wor heit des erste Liad",
        family="first_today",
    ),
    Fresh(
        text="mit wos bin i heit in da Fruah aufg'wocht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wos wor gestan des erste Liad",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit wölchem Liad hob i letzte Wochn ang'fangt",
        family="first_in",
        period="last_week",
    ),
    # last_in
    Fresh(
        text="Wos wor des letzte Liad letzte Nocht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="wos hob i am Somstog z'letzt g'hört",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Wölches Liad druck i am öftestn weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="wölchn Künstler überspring i am meistn, gö",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wos für a Liad hob i grod in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="wölches Liad kann i grod nit lossn",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl amol, wia wor mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="geh, gib ma an Überblick über mei Joahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wia wor denn mei Wochn so, musikalisch",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Sog amol, gib ma an Rückblick auf mei Hörn",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr in da Fruah oder auf d'Nocht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Nochmittog oder Obnd, wann rennt bei mir mehr Musi",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wochenend mehr als unter da Wochn",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spül Daft Punk in da Kuchl",
    "Mach d'Musi a bissl lauter",
    "geh, druck weiter, des Liad mog i nit",
    "Wos is des für a Liad, des grod rennt",
    "Hoit den Podcast au",
    "Nächstes Liad in da Stubn",
    "Mach 's Liacht in da Kuchl aus",
    "Spül des Album Discovery",
    "Wia wird's Wetter morgn, kann i heign",
    "Stö an Wecker auf fünfe in da Fruah, i muas in Stoi",
    "stö an Timer auf zehn Minutn",
    "Schreib Brot und Speck auf d'Einkaufslistn",
    "Dreh d'Heizung a bissl auf, Oida, is des koid",
    "Mach Zufallswiedergob an",
    "wiederhol des Liad in oana Tour",
    "Leiser, de Kinder schlofn",
    "Wos hör i grod",
    "Verbind den Lautsprecher in da Kuchl mit dem in da Stubn",
    "Spül a bissl a Volksmusi",
    "Stopp, d'Musi aus",
    "Spül Radio Steiermark",
    "Spül de nächste Folg vom Daily",
    "Wia spät is'?",
    "Schneibt's morgn am Berg obn?",
    "geh zruck zum vurign Liad",
]
