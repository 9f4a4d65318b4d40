"""Writer 218, elderly Lower Bavarian speaker dictating slowly to a smart speaker, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Sog amoi, wer is'n heuer mei Künstler gwen, den i am meistn ghört hob",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wen hob i in letzter Zeit so vui ghört, wecha Sänger war des",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="De drei Künstler, de mia letztn Monat am meistn ghört ham, wer war'n de",
        family="top_artists",
        period="last_month",
        count=3,
        person="we",
    ),
    Fresh(
        text="In da Kuchl, wecha Kapelln is do am öftan glaffa, überhaupt",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="Wos is eigentlich mei Lieblingsliad, so insgesamt",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Welches Liad hob i im Oktoba am öftan gspuit",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="De fünf Liada, de i zweitausendfünfundzwanzig am meistn ghört hob, lies ma de vor",
        family="top_tracks",
        period="in_2025",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welche Platte hob i heuer am öftan aufglegt",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Wos war mei Lieblingsplattn im Summa",
        family="top_albums",
        period="summer",
    ),
    # top_podcasts
    Fresh(
        text="Wecha Podcast, oiso so a Sendung wo bloß gredt werd, hob i am meistn ghört",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Wos für a Podcast hob i de letztn dreißg Dog am meistn ghört",
        family="top_podcasts",
        period="last_30_days",
    ),
    # listening_time
    Fresh(
        text="Wia lang is heid's Radio glaffa, ois zam",
        family="listening_time",
        period="today",
    ),
    Fresh(
        text="Wia vui Stundn Musi hob i de Wocha ghört",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Wia lang ham mia vorgestan in da Kuchl ghört",
        family="listening_time",
        period="day_before_yesterday",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Seit März, wia vui Zeit hob i mit de Podcasts verbracht",
        family="listening_time",
        period="since_march",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wia vui Liada hob i heid in da Fruah gspuit",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wia vui Foigen vo dem Podcast hob i im September ghört",
        family="plays",
        period="september",
        content="podcasts",
    ),
    Fresh(
        text="Wia vui is'n ois zam gspuit worn seit Montag",
        family="plays",
        period="since_monday",
    ),
    # artists_count
    Fresh(
        text="Wia vui verschiedene Künstler hob i heuer ghört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wia vui verschiedne Sänger und Kapelln warn des insgesamt, seit's des Radio gibt",
        family="artists_count",
        period="all_time",
    ),
    # songs_count
    Fresh(
        text="Wia vui verschiedene Liada warn des letzte Wocha",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Seit Oktoba, wia vui verschiedne Liada hob i do ghört",
        family="songs_count",
        period="since_october",
    ),
    # play_count
    Fresh(
        text="Wia oft hob i de Bohemian Rhapsody vo da Queen ghört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="Wia oft is da Daft Punk glaffa im letztn Monat",
        family="play_count",
        period="last_month",
        name="Daft Punk",
    ),
    Fresh(
        text="Wia oft hob i an Heino gspuit heuer",
        family="play_count",
        period="this_year",
        name="Heino",
    ),
    Fresh(
        text="Den The Daily, wia oft hob i den de letztn sieben Dog ghört",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Hob i gestan Justice ghört",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Is am Samstag wos vo Air glaffa",
        family="did_i",
        period="saturday",
        name="Air",
    ),
    Fresh(
        text="Hob i in de letztn drei Monat an Peter Alexander ghört",
        family="did_i",
        period="last_3_months",
        name="Peter Alexander",
    ),
    Fresh(
        text="Voriges Johr, hob i do de Platte Discovery aufglegt",
        family="did_i",
        period="last_year",
        name="Discovery",
    ),
    # what_played
    Fresh(
        text="Wos hob i gestan auf d'Nacht ghört, i woaß nimma",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wos is letzte Nacht glaffa",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Wos ham mia am dritten November ghört",
        family="what_played",
        period="november_3",
        person="we",
    ),
    Fresh(
        text="Wos hod d'Ada heid Nachmittag ghört",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="Wos is gestan auf d'Nacht um dreiviertel achte glaffa",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heid in da Fruah um halb neune, wos hob i do ghört",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Wos war am Samstag um neine auf d'Nacht im Radio",
        family="playing_at",
        moment="2026-11-14 21:00",
    ),
    Fresh(
        text="Um fünf nach fünfe heid Nachmittag, wos is da glaffa",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="Wos für a Musi mog i eigentlich",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wia tätst du mein Gschmack beschreibn, ehrlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Um wecha Zeit hör i normal, und an wechan Dog",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Zu wecha Stund is bei mir meistens des Radio o",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hob i heuer wen Neis entdeckt",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Wer war de letztn zwoa Wocha neu dabei, den i vorher no nia ghört hob",
        family="new_artists",
        period="last_2_weeks",
    ),
    # skips
    Fresh(
        text="Wia oft drück i weiter, bevor a Liad aus is",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wia vui hob i übersprunga letzte Wocha",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör i oiwei de gleichn Liada, wia oft wiederhol i mi do",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wia oft hob i heuer des gleiche nomoi gspuit",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wia vui Dog hintereinand hob i jetzt scho ghört",
        family="streak",
    ),
    Fresh(
        text="Seit wia vui Dog am Stück lafft bei mir jeden Dog wos",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hob i des erste Moi Café Tacvba ghört",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Wann is de Platte Moon Safari as erste Moi glaffa",
        family="first_play",
        name="Moon Safari",
    ),
    Fresh(
        text="Da Hansi Hinterseer, wann hob i den z'erscht ghört",
        family="first_play",
        name="Hansi Hinterseer",
    ),
    # last_play
    Fresh(
        text="Wann hob i s'letzte Moi Don't Stop Me Now ghört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann war'n de Daft Punk as letzte Moi dran",
        family="last_play",
        name="Daft Punk",
    ),
    # last_song
    Fresh(
        text="Wos war des letzte Liad, des i gspuit hob",
        family="last_song",
    ),
    Fresh(
        text="Wia hoaßt des Liad, des zuletzt glaffa is",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Wos war heid des erste Liad",
        family="first_today",
    ),
    Fresh(
        text="Mit wechan Liad hob i heid in Dog ogfangt",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Wos war des erste Liad gestan",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Letztn Freitag, wos hob i do als erstes gspuit",
        family="first_in",
        period="last_friday",
    ),
    # last_in
    Fresh(
        text="Wos war des letzte Liad vorgestan",
        family="last_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Mit wos hob i im August aufghört, des letzte Liad moan i",
        family="last_in",
        period="august",
    ),
    # most_skipped
    Fresh(
        text="Wecha Liad drück i am öftan weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Wos für a Liad überspring i am meistn, des mog i wohl ned",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Wen drück i am öftan weg, wecha Kapelln",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wecha Künstler hob i im letztn Summa am meistn übersprunga",
        family="most_skipped_artist",
        period="last_summer",
    ),
    # on_repeat
    Fresh(
        text="Wos für a Liad lafft bei mir de Dog oiwei wieder",
        family="on_repeat",
    ),
    Fresh(
        text="Wecha Liad kon i grad ned lassn, des hör i ständig",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Erzähl ma amoi, wia war mei Musi-Johr heuer",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Gib ma an Überblick, wos i ghört hob",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wia war'n des letzte Johr, so ois zam",
        family="recap",
        period="last_year",
    ),
    Fresh(
        text="Sog amoi, wia war mei Wocha mit da Musi",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="Hör i mehra in da Fruah oder auf d'Nacht",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Is bei mir am Nachmittag mehr glaffa oder in da Fruah",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wochenend mehra ois unter da Wocha",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Samstag und Sonntag oder werktags, wann lafft bei mir mehra",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spui ma a bissl a Musi in da Kuchl",
    "Mach's Radio lauter, i hör nix",
    "Mach de Musi leiser",
    "Wos is des für a Liad, des grad lafft",
    "Des Liad mog i ned, as nächste",
    "Hoit den Podcast o",
    "Leg de Platte Discovery auf",
    "Schalt's Liacht in da Kuchl aus",
    "Wia werd's Wetter morgn",
    "Stell an Wecker auf sechse",
    "Stell an Timer auf zwanzg Minutn, fürs Kraut",
    "Schreib Leberkas auf d'Einkaufsliste",
    "Dreh d'Heizung auf zwoaazwanzg Grad",
    "Spui de Liada durchanand",
    "Des Liad in da Schleifn, oiwei wieder",
    "Verbind an Lautsprecher in da Kuchl mit dem in da Stubn",
    "Wos hör i grad",
    "Aus mit da Musi jetzt",
    "Spui The Daily",
    "Wia spat is'n",
    "Spui Queen in da Kuchl",
    "Nächstes Liad in da Stubn",
    "Wer singt'n des grad",
    "Lautstärke auf vier",
    "Spui Bayern eins",
    "Erinner mi an meine Tablettn um achte",
    "Spui Eres vo Café Tacvba",
    "Fang des Liad nomoi vo vorn o",
    "Mach an Lautsprecher aus",
    "Spui de nächste Foige vo dem Podcast",
]
