"""Writer 314, Hessian speaker speech-to-text transcript with homophone slips and no punctuation, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="wer wahr die woch mein meist geheerter künstler",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="ei sach ma wen hab isch letzte monat am meiste geheert",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="die top drei künstler seid oktober",
        family="top_artists",
        period="since_october",
        count=3,
    ),
    Fresh(
        text="wer lief dann in de kirsch am meiste so insgesamt",
        family="top_artists",
        period="all_time",
        room="kitchen",
    ),
    # top_tracks
    Fresh(
        text="was is mei lieblings lid dies johr",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="welsche fünf lieder hab isch letzt woch am meiste gespillt",
        family="top_tracks",
        period="last_week",
        count=5,
    ),
    # top_albums
    Fresh(
        text="welches album lief bei mir im sommer am meiste",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="mei lieblingsalbum aller zeite was is des eichentlich",
        family="top_albums",
        period="all_time",
    ),
    # top_podcasts
    Fresh(
        text="welscher podcast lief am meiste bei mir",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="uff welschen podcast bin isch grad so hänge gebliwwe",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lang hab isch heut musik gehört",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie fiel stunde ham mehr letzte woch gehört",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="wie lang lief gestern in de kirsch musik",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    # plays
    Fresh(
        text="wie fiele lieder hab isch heut morsche gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="wie viel folge vom podcast hab isch den monat gehört",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie fiele verschiedene künstler hab isch dies johr geheert",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="mit wie viel bands hab isch in de letzte drei monat so zu tun gehabt",
        family="artists_count",
        period="last_3_months",
    ),
    # songs_count
    Fresh(
        text="wie viel unnerschiedliche lieder warn des im letzte monat",
        family="songs_count",
        period="last_month",
    ),
    Fresh(
        text="wie fiel verschiedene stücksche seit montag",
        family="songs_count",
        period="since_monday",
    ),
    # play_count
    Fresh(
        text="wie oft hab isch bohemien rapsodie gehört",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft lief justiz die woch",
        family="play_count",
        period="this_week",
        name="Justice",
    ),
    Fresh(
        text="wie oft lief en wet leg bei mir",
        family="play_count",
        period="all_time",
        name="Wet Leg",
    ),
    # did_i
    Fresh(
        text="hab isch gestern kwien gehört",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="lief letzte woch ebbes von air",
        family="did_i",
        period="last_week",
        name="Air",
    ),
    Fresh(
        text="ham mehr am wochenend daft pank gehört",
        family="did_i",
        period="last_weekend",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="hab isch jemals radio hed gehört",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    # what_played
    Fresh(
        text="was hab isch gestern owend so gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was lief dann vorgestern bei uns",
        family="what_played",
        period="day_before_yesterday",
        person="we",
    ),
    Fresh(
        text="was hat die ada heut nach mittag gehört",
        family="what_played",
        period="this_afternoon",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="was lief gestern owend um dreiviertel acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was wa heut morsche um halb neun dran",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was hat heut um viertel sechs gelaafe",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    # taste
    Fresh(
        text="was für musik hör isch eichentlich so",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="wie tät mer mein musik geschmack beschreibe",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="um wie viel uhr hör isch meistens so",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="an welschem daach un wann hör isch am meiste",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="hab isch in letzter zeit neue künstler entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="wer is den monat neu dezu komme",
        family="new_artists",
        period="this_month",
    ),
    # skips
    Fresh(
        text="wie oft skip isch eichentlich",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="wie viel hab isch letzte monat weg gedrückt",
        family="skips",
        period="last_month",
    ),
    # repeat
    Fresh(
        text="hör isch immer des gleische",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="wie oft hör isch die selwe lieder noch emol",
        family="repeat",
        period="all_time",
    ),
    # streak
    Fresh(
        text="wie viele daach hinner enanner hab isch gehört",
        family="streak",
    ),
    Fresh(
        text="wie lang is mei serie grad",
        family="streak",
    ),
    # first_play
    Fresh(
        text="wann hab isch des erste mahl justiz gehört",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="seit wann is kaffee tacuba bei mir drin",
        family="first_play",
        name="Café Tacvba",
    ),
    # last_play
    Fresh(
        text="wann hab isch zuletzt da fank gehört",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="wann lief des letzte mal the däili",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="was wa des letzte lied wo isch gehört hab",
        family="last_song",
    ),
    Fresh(
        text="welsches lid lief zuletzt",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit was bin isch heut uff gewacht",
        family="first_today",
    ),
    Fresh(
        text="was wa heut des erste lied",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was wa des erste lied gestern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="womit hab isch am samsdach angefange",
        family="first_in",
        period="saturday",
    ),
    # last_in
    Fresh(
        text="was lief letzte nacht als letztes",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="mit was hab isch letzte freidach uff gehört",
        family="last_in",
        period="last_friday",
    ),
    # most_skipped
    Fresh(
        text="welsches lied drück isch am häufigste weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="was skip isch am meiste für en lied",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="welsche band skip isch am meiste",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="bei wem drück isch immer gleich weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was für e lied hör isch grad in dauer schleife",
        family="on_repeat",
    ),
    Fresh(
        text="welsches lied läuft bei mir grad rauf un runner",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="ei gude wie wa dann mein oktober so musik mäßig",
        family="recap",
        period="october",
    ),
    Fresh(
        text="mach ma en rückblick uff mei johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="wie lief die woch so gell",
        family="recap",
        period="this_week",
    ),
    # compare_day_parts
    Fresh(
        text="hör isch mehr morgens oder owends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="bin isch mehr so en nachmittags oder owends hörer",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="wann hör isch mehr werktags oder samsdachs sonndachs",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="is am wochenend mehr los mit höre als unner de woch",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel ma daft pank in de kirsch",
    "mach lauter",
    "mach die musik e bissi leiser",
    "was is des fürn lied",
    "wer singt des",
    "nächstes lied",
    "skip des",
    "pause den podcast",
    "spiel des album discovery",
    "mach des licht in de kisch aus",
    "stell en timer uff zehn minute",
    "wie wird des wetter morsche",
    "schreib äppelwoi uff die einkaufsliste",
    "mach die heizung hoch",
    "zufallswiedergabe an",
    "wiederhol des lied",
    "was hör isch grad",
    "verbind die kisch mit em wohnzimmer lautsprecher",
    "spiel the däili ab",
    "weiter",
    "stopp",
    "lautstärke uff fünf",
    "spiel ebbes von kwien",
    "wie spät is es",
    "spul ma zurück",
]
