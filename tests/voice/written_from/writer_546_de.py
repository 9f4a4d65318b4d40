"""Writer 546, ein 86-jähriger Niederbayer, früher Schreiner, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sag amoi, Kastl, wer is denn des, den i heuer am meistn ghört hob?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Mei, wer war denn letztn Monat mei Nummer oans bei de Musikanten?",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="De drei Künstler, de i überhaupt am öftestn ghört hob, welche san des, bittschön?",
        family="top_artists",
        period="all_time",
        count=3,
    ),
    # top_tracks
    Fresh(
        text="Wos war denn mei Liadl vom Monat, des wo am öftestn glaufn is?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Welches Liad hob i im Summa am meistn gspuit?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="In da Kuchl, wos für a Liad lafft do am meistn?",
        family="top_tracks",
        period="all_time",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="Welche Plattn hob i heuer am meistn aufglegt? De erstn zwoa, bittschön.",
        family="top_albums",
        period="this_year",
        count=2,
    ),
    Fresh(
        text="Seit'm März, welches Album war des, des i am öftestn ghört hob",
        family="top_albums",
        period="since_march",
    ),
    # top_podcasts
    Fresh(
        text="Wos für an Podcast, so hoaßt des doch, hör i am meistn?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Welche Sendung hob i in letzter Zeit am öftestn ghört, vo de Podcasts moan i",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="Wia lang is heit scho de Musi glaufn?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wia vui Stund hob i letzte Woch mit dem Kastl zuaghört?",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Am Wochenend, wia lang hamma do zuaghört, mir dahoam?",
        family="listening_time",
        period="last_weekend",
        person="we",
    ),
    # plays
    Fresh(
        text="Wia vui Liada hot des Kastl gestern gspuit?",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Seit Montag, wia oft is do insgesamt wos glaufn, alles zamm?",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="Wia vui verschiedene Sänger hob i zwoatausendfünfazwanzg ghört?",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="Im September, wia vui unterschiedliche Musikanten warn des?",
        family="artists_count",
        period="september",
    ),
    # songs_count
    Fresh(
        text="Wia vui verschiedene Liadl hob i de letztn drei Monat ghört?",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="Seit Oktober, wia vui verschiedene Liada warn des, lauter andere moan i",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="Wia oft hob i de Queen den Monat ghört?",
        family="play_count",
        period="this_month",
        name="Queen",
    ),
    Fresh(
        text="Des Bohemian Rhapsody, wia oft hob i des scho ghört, insgesamt?",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wia oft hob i an Hansi Hinterseer gspuit heuer?",
        family="play_count",
        period="this_year",
        name="Hansi Hinterseer",
    ),
    # did_i
    Fresh(
        text="Hob i gestern de Queen ghört, oder ned?",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Is vorgestern da Daft Punk glaufn?",
        family="did_i",
        period="day_before_yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Hob i de letztn zwoa Wochn wos vom Justice ghört?",
        family="did_i",
        period="last_2_weeks",
        name="Justice",
    ),
    Fresh(
        text="Letztn Summa, hob i do de Spider Murphy Gang ghört?",
        family="did_i",
        period="last_summer",
        name="Spider Murphy Gang",
    ),
    # what_played
    Fresh(
        text="Wos hob i denn gestern auf d'Nacht ghört?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wos is heit in da Friah glaufn, in da Kuchl?",
        family="what_played",
        period="this_morning",
        room="kitchen",
    ),
    Fresh(
        text="Wos hamma am Samstag ghört, mir zwoa?",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Wos hot de Ada am dritten November ghört?",
        family="what_played",
        period="november_3",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Gestern auf d'Nacht so um achte, wos war des für a Musi?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Heit in da Friah um halb neine, wos hot des Kastl do gspuit?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Am Mittwoch z'Mittag, um zwölfe, wos is do glaufn?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    # taste
    Fresh(
        text="Wos für a Musi mog i eigentlich, sag amoi?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wia tätst du mein Gschmack beschreibn, bei da Musi?",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wos für a Zeit hör i denn meistens?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="An welchm Tag und zu welcher Stund lafft bei mir am meistn Musi?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hob i den Monat wen Neis ghört, den i vorher ned kennt hob?",
        family="new_artists",
        period="this_month",
    ),
    Fresh(
        text="Warn in de letztn dreißg Tag neie Musikanten dabei?",
        family="new_artists",
        period="last_30_days",
    ),
    # skips
    Fresh(
        text="Wia oft druck i denn weiter, überspring i vui?",
        family="skips",
        period="all_time",
    ),
    # repeat
    Fresh(
        text="Hör i oiwei de gleichn Liadl, wia oft wiederhol i de?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Hob i de letztn sieben Tag vui de selbn Stückl wiederholt?",
        family="repeat",
        period="last_7_days",
    ),
    # streak
    Fresh(
        text="Wia vui Tag hintereinander hob i jetz scho Musi ghört?",
        family="streak",
    ),
    Fresh(
        text="Wia lang geht des scho, dass i jedn Tag zuahör, wia vui Tag am Stück?",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob i des erste Moi de Queen ghört?",
        family="first_play",
        name="Queen",
    ),
    Fresh(
        text="Wann is des Air zum erstn Moi glaufn, de Franzosn do?",
        family="first_play",
        name="Air",
    ),
    # last_play
    Fresh(
        text="Wann hob i zletzt an Justice ghört?",
        family="last_play",
        name="Justice",
    ),
    Fresh(
        text="Des Don't Stop Me Now, wann war des as letzte Moi?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    # last_song
    Fresh(
        text="Wos war des letzte Liad, des i ghört hob?",
        family="last_song",
    ),
    Fresh(
        text="As letzte Stückl, wia hot des ghoaßn, mei, i vergiss oiwei ois",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wos war heit des erste Liad?",
        family="first_today",
    ),
    Fresh(
        text="Mit wos hot mi des Kastl heit gweckt, des allererste Liadl?",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wos war gestern des erste Liadl?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Letztn Freitag, mit wos hob i do ogfangt?",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Wos hob i letzte Nacht als letzts ghört?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Am Samstag, wos war do as letzte Liad?",
        family="last_in",
        period="saturday",
    ),
    # most_skipped
    Fresh(
        text="Welches Liad überspring i am öftestn?",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchn Sänger überspring i am meistn?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wer is des, den i oiwei wegdruck, welche Gruppn?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Wos für a Liad hob i grad oiwei wieder laufn?",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Stückl ko i de Tag ned lassn?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl amoi, wia war mei Woch mit da Musi?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Mach ma amoi a Zsammfassung vom Oktober, wos i ghört hob",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib ma an Überblick, wos i so ghört hob, bittschön",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehr in da Friah oder auf d'Nacht?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Is bei mir am Vormittag mehr Musi oder am Nachmittag?",
        family="compare_day_parts",
        period="all_time",
        content="music",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wochenend mehr ois unter da Woch?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="An de Werktag oder am Samstag und Sonntag, wann lafft bei mir mehr?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Mach amoi de Musi a bissl lauter, i hör nix.",
    "Spui ma an Daft Punk in da Kuchl.",
    "Kastl, hör auf, des langt jetz.",
    "Wos is des für a Liad, des grad lafft?",
    "Des Liad mog i ned, weiter.",
    "Mach de Sendung amoi kurz aus, as Telefon leit.",
    "Leiser, leiser, bittschön.",
    "Spui de Plattn Discovery.",
    "Wia werd's Wetter morgn, kimmt a Schnee?",
    "Stell an Kurzzeitwecker auf zwanzg Minutn fürn Kuacha.",
    "Schreib Milch und Brot auf'n Einkaufszettl.",
    "Mach de Heizung a bissl wärmer, mi friert's.",
    "Mach as Liacht in da Kuchl aus.",
    "Spui de Liada durchanand, ned oiwei in da Reih.",
    "Des Liad soll in oana Tour wiederholt wern.",
    "Des Kastl in da Kuchl und des im Wohnzimmer solln gleichzeitig spuin.",
    "Wos hör i grad?",
    "Wer singt denn des do?",
    "Lautstärke auf fünf.",
    "Spui a Volksmusi, an Zwiefachen.",
    "Wia spät is?",
    "Schalt de Musi in da Kuchl ab.",
    "Spui an Bayern 1.",
    "Nächstes Liad im Wohnzimmer.",
    "Spui den Daily weiter, wo i aufghört hob.",
]
