"""Writer 408, eine Bayerin aus Niederbayern, 50, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sag amoi, wen hob i letzte Woch am meistn ghört",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Wer is denn heuer mei Künstler vom Joahr, gell",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="In da Kuchl, wos lauft do fei am meistn für a Künstler",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="Wer war d'Ada ihr Lieblingsband letztn Summa",
        family="top_artists",
        period="last_summer",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="Wos is fei mei Liadl vom Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Sag ma meine drei meistgspuitn Liada vom Oktober",
        family="top_tracks",
        period="october",
        count=3,
    ),
    Fresh(
        text="Wos hob i in de letztn drei Monat am meistn gspuit, a Liad moan i",
        family="top_tracks",
        period="last_3_months",
    ),
    # top_albums
    Fresh(
        text="Welches Album hob i im Summa oiwei laffa lassn",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Wos war zwanzg fünfazwanzg mei Lieblingsalbum",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hör i in letzter Zeit am meistn",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Bei de Podcasts, wos war in de letztn zwoa Wocha mei Favorit",
        family="top_podcasts",
        period="last_2_weeks",
    ),
    # listening_time
    Fresh(
        text="Wia lang is heid scho Musi glaffa",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wia vui Stund hamma letzten Monat Musi ghört",
        family="listening_time",
        period="last_month",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wia lang hob i seit Montag Podcasts ghört",
        family="listening_time",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="Wia lang is heid Nammittag wos glaffa",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="Wia vui Liada hob i heid in da Fria gspuit",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wia vui hob i gestan insgesamt ogspuit",
        family="plays",
        period="yesterday",
    ),
    Fresh(
        text="Wia vui Liada warn des bei mia in de letztn sieben Tog",
        family="plays",
        period="last_7_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wia vui verschiedene Künstler hob i heuer scho ghört",
        family="artists_count",
        period="this_year",
    ),
    # songs_count
    Fresh(
        text="Wia vui verschiedene Liada warn des in de letztn dreißg Tog",
        family="songs_count",
        period="last_30_days",
    ),
    # play_count
    Fresh(
        text="Wia oft hob i de Bohemian Rhapsody gspuit, gell",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wia vui Queen hob i de Woch scho ghört",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="Wia oft is The Daily im September glaffa",
        family="play_count",
        period="september",
        name="The Daily",
    ),
    Fresh(
        text="Wia vui Folgn vo The Daily hob i seit März ghört",
        family="play_count",
        period="since_march",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Hob i gestan auf d'Nacht an Justice ghört",
        family="did_i",
        period="yesterday_evening",
        name="Justice",
    ),
    Fresh(
        text="Hob i vorgestern Daft Punk gspuit",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Hob i jemois wos vom Andreas Gabalier ghört",
        family="did_i",
        period="all_time",
        name="Andreas Gabalier",
    ),
    Fresh(
        text="Im August, war do des Dance vom Justice dabei",
        family="did_i",
        period="august",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="Wos hob i am Samstag ois ghört",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="Erzähl amoi, wos is letzte Nacht glaffa",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Wos hamma vorige Woch so ois ghört",
        family="what_played",
        period="last_week",
        person="we",
    ),
    # playing_at
    Fresh(
        text="Wos is gestan auf d'Nacht um achte glaffa",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Wos hod heid in da Fria um hoiba neine gspuit",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wos war heid Nammittag um Viertl nach fünfe dran",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="Wos für a Musi mog i eigentlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wia vui Uhr hör i normalerweis Musi",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="An welchm Tog in da Woch und zu wecha Zeit hör i oiwei am meistn",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hob i in letzter Zeit wen Neis entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Wos für neie Künstler warn im Oktober dabei",
        family="new_artists",
        period="october",
    ),
    # skips
    Fresh(
        text="Wia oft druck i eigentlich weiter, so insgesamt",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="Hör i oiwei de gleichn Liada wieder und wieder",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="Wia vui Tog am Stück hob i jetzt scho wos ghört",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob i des erste Moi Café Tacvba ghört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann hob i zum erstn Moi Phantom gspuit",
        family="first_play",
        name="Phantom",
    ),
    # last_play
    Fresh(
        text="Wann hob i zletzt Air ghört",
        family="last_play",
        name="Air",
    ),
    Fresh(
        text="The Daily, wann war der s'letzte Moi dran",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="Wos war des letzte Liadl, des i gspuit hob",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit wos bin i heid aufgwacht",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wos war gestan des erste Liad",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit wos hob i am letzten Freitag ogfangt",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Wos war des letzte Liad am dritten November",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="Mit wos hob i letzts Wochenend aufghört",
        family="last_in",
        period="last_weekend",
    ),
    # most_skipped
    Fresh(
        text="Welches Liad druck i am öftestn weg",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchn Künstler überspring i am meistn",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wos für a Liad hob i grod in da Dauerschleifn",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Gib ma amoi an Überblick über mei Joahr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wia war denn mei Woch musikalisch, gell",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Fass ma fei den letzten Monat zamm",
        family="recap",
        period="last_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehra in da Fria oder auf d'Nacht",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Lauft bei mia mehra Musi werktags oder am Wochenend",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Spui amoi Daft Punk in da Kuchl",
    "Mach d'Musi a weng lauter, gell",
    "Wos lauft grod in da Kuchl",
    "Wos is des für a Liad",
    "Überspring des Liad, des mog i ned",
    "Hoit den Podcast o",
    "Nächsts Liad im Wohnzimmer",
    "Mach as Liacht in da Kuchl aus",
    "Spui des Album Discovery",
    "Lautstärke auf fünf",
    "Mach de Zufallswiedergabe o",
    "Des Liad bittschön in Dauerschleife",
    "Verbind an Lautsprecher in da Kuchl mitm Wohnzimmer",
    "Stell an Timer auf zwanzg Minutn fürn Schweinsbraten",
    "Wia werd des Wetter morgn in Passau",
    "Schreib Leberkas auf d'Einkaufslistn",
    "Dreh d'Heizung auf zwoarazwanzg Grad",
    "Wos hör i grod",
    "Spui a boarische Blasmusi",
    "Mach d'Musi aus, gell",
    "Spui The Daily weiter",
    "Wer singt des grod",
    "Leiser bittschön, i telefonier",
    "Spui ma an Queen in da Kuchl",
    "Stell an Wecker auf sechse in da Fria",
]
