"""Writer 501, Münchner Biergarten-Kellner (Münchnerisch/Bairisch), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Servus, wer is'n heier mei Künstler Nummer oans",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hob i in letzter Zeit am meistn ghört, wos moanst",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="wer war letztn Summa mei Lieblingsband",
        family="top_artists",
        period="last_summer",
    ),
    Fresh(
        text="wos war'n mei Liadl vom Monat",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="sag amoi meine drei meistgspuitn Liadl",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="wos für a Album hob i letzts Joar am öftestn gspuit",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="in da Kuchl, wos is do des Album des am meistn lafft",
        family="top_albums",
        period="all_time",
        room="kitchen",
    ),
    Fresh(
        text="bei wos für an Podcast bin i in letzter Zeit so hängen bliebn",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="wia lang is heid scho Musi g'laffa",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wia vui Stundn hob i letzte Woch ghört",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wia lang ham mia gestan auf d'Nacht Musi ghört",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        person="we",
    ),
    Fresh(
        text="zwoatausendfünfazwanzg, wia vui hob i do insgesamt ghört",
        family="listening_time",
        period="in_2025",
    ),
    Fresh(
        text="wia vui Liadl hob i seit Montag gspuit",
        family="plays",
        period="since_monday",
        content="music",
    ),
    Fresh(
        text="wia oft is im Oktober überhaupt wos g'laffa",
        family="plays",
        period="october",
    ),
    Fresh(
        text="heid Nammittag, wia vui Sachan san do g'laffa",
        family="plays",
        period="this_afternoon",
    ),
    Fresh(
        text="wia vui verschiedene Künstler warn des heier",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="im August, wia vui Bands hob i do ghört, so insgesamt",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="wia vui verschiedne Liadl hob i im Summa ghört",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="de letztn siebn Dog, wia vui unterschiedliche Liadl warn des",
        family="songs_count",
        period="last_7_days",
    ),
    Fresh(
        text="wie oft hob i de Bohemian Rhapsody scho gspuit",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wia oft is de Spider Murphy Gang heier g'laffa",
        family="play_count",
        period="this_year",
        name="Spider Murphy Gang",
    ),
    Fresh(
        text="The Daily, wia oft hob i den de letztn dreißg Dog ghört",
        family="play_count",
        period="last_30_days",
        name="The Daily",
    ),
    Fresh(
        text="hob i gestan Queen ghört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="is am Samstag bei uns fei a Daft Punk g'laffa",
        family="did_i",
        period="saturday",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="hob i heier irgendwann moi LaBrassBanda ghört",
        family="did_i",
        period="this_year",
        name="LaBrassBanda",
    ),
    Fresh(
        text="wos hob i heid in da Fruah ghört",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="wos is'n vorgestan so g'laffa",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="wos hod d'Ada letzte Woch ghört",
        family="what_played",
        period="last_week",
        person="Ada",
    ),
    Fresh(
        text="wos is gestan auf d'Nacht um zehn noch achte g'laffa",
        family="playing_at",
        moment="2026-11-19 20:10",
    ),
    Fresh(
        text="heid in da Fruah um hoibe neine, wos hod do gspuit",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="wos is heid Nammittag um Viertel noch fünfe g'laffa",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="wos hob i eigentlich für an Musikgschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="beschreib ma moi mein Gschmack, wos i so hör",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="um wia vui Uhr hör i normalerweise Musi, und an wos für am Dog",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="hob i in de letztn drei Monat wen Neis entdeckt",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="seit März, wer is do ganz neu dazua kemma",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="wia oft hob i heier weidagschaltn",
        family="skips",
        period="this_year",
    ),
    Fresh(
        text="im September, wia vui hob i do übersprunga",
        family="skips",
        period="september",
    ),
    Fresh(
        text="hör i oiwei des gleiche, wia hoch is do mei Wiederholungsrate",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wia vui Dog hintanand hob i jetz scho Musi ghört",
        family="streak",
    ),
    Fresh(
        text="wann hob i des erste moi Justice ghört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="wann is Kaffee Takuba zum erstn moi g'laffa",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="wann hob i zletzt Don't Stop Me Now gspuit",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="des Moon Safari Album vom Air, wann is des es letzte moi g'laffa",
        family="last_play",
        name="Moon Safari",
    ),
    Fresh(
        text="wos war's letzte Liadl wo i gspuit hob",
        family="last_song",
    ),
    Fresh(
        text="mit wos bin i heid aufgwacht",
        family="first_today",
    ),
    Fresh(
        text="wos war heid's erste Liadl",
        family="first_today",
    ),
    Fresh(
        text="wos war des erste Liadl am letztn Freitag",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="mit wos hob i gestan aufghört",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="wos war's letzte Liadl am dritten November",
        family="last_in",
        period="november_3",
    ),
    Fresh(
        text="welches Liadl schalt i am öftestn weida",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="bei wos für a Band sog i oiwei geh weida",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="wos für a Liadl lafft bei mir grad in Dauerschleife",
        family="on_repeat",
    ),
    Fresh(
        text="erzähl amoi, wia war mei Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="gib ma an Rückblick auf mei Joar",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="a Zsammfassung von letzter Woch, bittschön",
        family="recap",
        period="last_week",
    ),
    Fresh(
        text="hör i mehra in da Fruah oder auf d'Nacht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="hör i am Wochenend mehra Musi ois unter da Woch",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Servus, spui amoi Daft Punk in da Kuchl",
    "mach d'Musi a bissl lauter",
    "wos is'n des für a Liadl",
    "geh weida, nächsts Liadl",
    "hoit amoi den Podcast o",
    "mach as Liacht in da Kuchl aus",
    "spui as Album Discovery",
    "leiser, i versteh ja de Gäst ned",
    "Zufallswiedergabe o",
    "Wiederholung aus",
    "schoit an Lautsprecher in da Kuchl mit'm Wohnzimmer zsamm",
    "stell an Timer auf zehn Minutn für de Brezn",
    "wia werd's Wetter morgn im Biergartn",
    "schreib Radi und Obazda auf d'Einkaufslistn",
    "dreh d'Heizung auf zwanzg Grad",
    "wos hör i grad",
    "wer singt des grad",
    "spui The Daily",
    "Musi aus, Feierabend",
    "wia spät is'n",
    "spui Bohemian Rhapsody von Queen in da Kuchl",
    "wos lafft grad in da Kuchl",
    "nächsts Liadl im Wohnzimmer",
    "mach an Lautsprecher in da Kuchl aus",
]
