"""Writer 283, Pfälzer Winzer (Palatinate winegrower), German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sag mol, wer war dann mei Künschtler vum Johr?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Welle Band hawwe isch letscht Woch am meischde gheert?",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="In de Küch, wer is do de ganze Monat am meischde gelaaf?",
        family="top_artists",
        period="this_month",
        room="kitchen",
    ),
    Fresh(
        text="Was war dann mei Lieblingslied im Oktower, gell?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Nenn mer mol mei drei meischtgspielte Lieder",
        family="top_tracks",
        period="all_time",
        count=3,
    ),
    Fresh(
        text="Welles Album hab isch des Johr am meischde uffglegt?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Letschtes Johr, welles Album war do ganz vorne?",
        family="top_albums",
        period="last_year",
    ),
    Fresh(
        text="Welle Podcast heer isch in letschter Zeit am liebschde?",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Zwanzisch fünfunzwanzisch, welle Podcast war do mei Numero eins?",
        family="top_podcasts",
        period="in_2025",
    ),
    Fresh(
        text="Wie lang hab isch heit schun Musik ghat?",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie lang hawwe mir geschdern Musik gheert?",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Seit Montag, wieviel Stunne hab isch do gheert?",
        family="listening_time",
        period="since_monday",
    ),
    Fresh(
        text="Wie lang is die letschte dreißig Daach Musik gelaaf?",
        family="listening_time",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="Wieviel Lieder hab isch die Woch gspielt?",
        family="plays",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Wieviel Folge vum Podcast hab isch letschte Monat gheert?",
        family="plays",
        period="last_month",
        content="podcasts",
    ),
    Fresh(
        text="Wieviel verschiedene Künschtler hab isch des Johr gheert?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Im Summer, wieviel verschiedene Lieder warn's dann?",
        family="songs_count",
        period="summer",
    ),
    Fresh(
        text="Wie oft hab isch Queen des Johr gspielt?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Bohemian Rhapsody, wie oft is des dann seit Oktower gelaaf?",
        family="play_count",
        period="since_october",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="De Daily, wie oft hab isch den im Auguscht gheert?",
        family="play_count",
        period="august",
        name="The Daily",
    ),
    Fresh(
        text="Hab isch geschdern ebbes vun Daft Punk gheert?",
        family="did_i",
        period="yesterday",
        name="Daft Punk",
    ),
    Fresh(
        text="Is letscht Wochenend Air gelaaf, oder net?",
        family="did_i",
        period="last_weekend",
        name="Air",
    ),
    Fresh(
        text="Hab isch jemols ebbes vun Radiohead gheert?",
        family="did_i",
        period="all_time",
        name="Radiohead",
    ),
    Fresh(
        text="Was hab isch dann geschdern Owend gheert?",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was is dann am Samschdag bei uns gelaaf?",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Was hab isch letschte Nacht so gheert?",
        family="what_played",
        period="last_night",
    ),
    Fresh(
        text="Was is dann heit morsche in de Küch gelaaf?",
        family="what_played",
        period="this_morning",
        room="kitchen",
    ),
    Fresh(
        text="Was is geschdern so gege Viertel vor acht gelaaf?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heit morsche um acht, was war do dann an?",
        family="playing_at",
        moment="2026-11-20 08:00",
    ),
    Fresh(
        text="Was fer Musik mag isch eigentlich, gell?",
        family="taste",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Um wieviel Uhr heer isch meischdens Musik unn an welchem Daach?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Hab isch in letschter Zeit ebbes Neies entdeckt, Künschtler mään isch?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welle neie Bands sinn mer des Johr über de Weg gelaaf?",
        family="new_artists",
        period="this_year",
    ),
    Fresh(
        text="Wie oft skipp isch dann Lieder, so ganz allgemein?",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie oft hab isch letscht Woch weitergedrückt?",
        family="skips",
        period="last_week",
    ),
    Fresh(
        text="Heer isch immer desselbe Zeisch nochemol? Wie arg wiederhol isch?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wieviel Daach hinnenanner hab isch jetzt schun gheert?",
        family="streak",
    ),
    Fresh(
        text="Wann hab isch Justice es erschte Mol gheert?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Wann is Don't Stop Me Now 's letschte Mol gelaaf?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Wann hab isch die Wet Leg zum letschte Mol gheert?",
        family="last_play",
        name="Wet Leg",
    ),
    Fresh(
        text="Was war's letschte Lied, wo isch gspielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Mit was fer'm Lied bin isch heit wach worre?",
        family="first_today",
    ),
    Fresh(
        text="Was war's erschte Lied vorgeschdern?",
        family="first_in",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Mit was hab isch letschte Freitag uffghört?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Unn geschdern, was war do es letschte Lied?",
        family="last_in",
        period="yesterday",
    ),
    Fresh(
        text="Welles Lied skipp isch am meischde?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Bei welle Künschtler drück isch am öftschte weiter?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welles Lied heer isch die Daach rauf unn runner?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl mol, wie war mei Oktower?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mer mol en Rückblick uff's Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Heer isch morgens mehr oder owends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Heer isch am Wochenend mehr Musik wie unner de Woch?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
]

NEGATIVES = [
    "Mach mol Daft Punk in de Küch an",
    "Mach die Musik e bissel lauder, gell",
    "Was lauft dann do grad in de Küch?",
    "Welles Lied is'n des?",
    "Nächschtes Lied, des mag isch net",
    "Halt mol den Podcast aa",
    "Mach's Licht in de Küch aus",
    "Spiel mol es Album Discovery",
    "Leiser, bitte, isch hör jo nix mehr",
    "Mach Zufallswiedergab an",
    "Des Lied in Dauerschleif, gell",
    "Stell mer en Wecker uff fünf, mer gehn in die Lees",
    "Wie werd's Wedder morsche im Wingert?",
    "Schreib Weck unn Worscht uff die Einkaufslischt",
    "Stell die Heizung uff zweiunzwanzisch",
    "Was heer isch dann jetzt grad?",
    "Verbinn de Lautsprecher in de Küch mit dem im Wohnzimmer",
    "Spiel The Daily",
    "Mach en Timer fer zehn Minudde",
    "Überspring des Lied",
    "Mach die Musik im Wohnzimmer aus",
    "Spiel mol ebbes vun Queen",
    "Wer singt'n des do?",
]
