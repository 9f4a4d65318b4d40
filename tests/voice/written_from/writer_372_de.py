"""Writer 372, ein Pfälzer Weinbauer aus Bad Dürkheim, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="sag emol, wer war'n des Johr mei Nummer eins bei de Künschtler",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="wen hab isch letschte Monat am meischde gehert",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="die drei Bands wo mer letscht Johr am meischde gspielt hen, welle sin des",
        family="top_artists",
        period="last_year",
        count=3,
        person="we",
    ),
    # top_tracks
    Fresh(
        text="was war mei Lieblingslied im Summer, gell",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="alla, gebb mer mol mei fünf meischtgspielte Lieder seit Oktober",
        family="top_tracks",
        period="since_october",
        count=5,
    ),
    Fresh(
        text="in de Küch, welles Lied is do die letschte dreißig Daach am meischde gelaafe",
        family="top_tracks",
        period="last_30_days",
        room="kitchen",
    ),
    # top_albums
    Fresh(
        text="welles Album hab isch am meischde ufgelegt, so überhaupt",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="was war mei Album vum Johr 2025",
        family="top_albums",
        period="in_2025",
    ),
    # top_podcasts
    Fresh(
        text="uff welle Podcast bin isch in letschter Zeit so abgfahre",
        family="top_podcasts",
        period="lately",
    ),
    # listening_time
    Fresh(
        text="wie lang hot heit die Musik gelaafe",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="wie viel Stunde hab isch letscht Woch gehert, so ungefähr",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="wie lang hen mer am Wochenend Musik laafe ghabt",
        family="listening_time",
        period="last_weekend",
        content="music",
        person="we",
    ),
    Fresh(
        text="wie lang hab isch die Woch Podcasts gehert",
        family="listening_time",
        period="this_week",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="wie viel Lieder hab isch geschdern gspielt",
        family="plays",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="wie viel Sache hab isch seit Mondaach abgspielt, alles zamme",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="wie viel Podcastfolge hab isch im September gehert",
        family="plays",
        period="september",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="wie viel verschiedene Künschtler hab isch des Johr gehert",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="seit März, wie viel unnerschiedliche Bands warn des",
        family="artists_count",
        period="since_march",
    ),
    # songs_count
    Fresh(
        text="wie viel verschiedene Lieder warn des die letschte drei Monat",
        family="songs_count",
        period="last_3_months",
    ),
    Fresh(
        text="wieviel unnerschiedliche Lieder hab isch überhaupt schun gehert",
        family="songs_count",
        period="all_time",
    ),
    # play_count
    Fresh(
        text="wie oft hab isch Bohemian Rhapsody gspielt",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="wie oft is'n die Woch Queen gelaafe",
        family="play_count",
        period="this_week",
        name="Queen",
    ),
    Fresh(
        text="wie oft hab isch letschte Monat The Daily gehert",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="hab isch in letschter Zeit ebbes vun Justice gehert",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="war geschdern ebbes vun Air dabei",
        family="did_i",
        period="yesterday",
        name="Air",
    ),
    Fresh(
        text="hab isch jemols Helene Fischer gehert, des glaab isch jo net",
        family="did_i",
        period="all_time",
        name="Helene Fischer",
    ),
    Fresh(
        text="lief vorgeschdern des Eres vun Cafe Tacuba",
        family="did_i",
        period="day_before_yesterday",
        name="Eres by Café Tacvba",
    ),
    # what_played
    Fresh(
        text="was hab isch geschdern owend so gehert",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="was is'n am Samschdaach gelaafe",
        family="what_played",
        period="saturday",
    ),
    Fresh(
        text="verzähl mol, was lief heit morge",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="was hen mer letschte Freidaach gehert",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="was hot die Ada am dritte November gehert",
        family="what_played",
        period="november_3",
        person="Ada",
    ),
    # playing_at
    Fresh(
        text="was is geschdern um dreiviertel acht owends gelaafe",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="was lief heit morge um halb neun",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="was war am Mittwoch owends um neun an",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="heit Middag um fünf nach fünf, was is do gelaafe",
        family="playing_at",
        moment="2026-11-20 17:05",
    ),
    # taste
    Fresh(
        text="was hab isch eigentlich fer en Musikgeschmack, sag emol ehrlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="wann hör isch meischtens Musik, um welli Uhrzeit unn an welle Daach",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="hab isch die letschte zwee Woche neue Künschtler entdeckt",
        family="new_artists",
        period="last_2_weeks",
    ),
    Fresh(
        text="wer war'n im Auguscht neu dabei, wo isch vorher nie gehert hab",
        family="new_artists",
        period="august",
    ),
    # skips
    Fresh(
        text="wie oft überspring isch Lieder, so im Schnitt",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="wie viel hab isch die letschte siwwe Daach übersprunge",
        family="skips",
        period="last_7_days",
    ),
    # repeat
    Fresh(
        text="hör isch immer die selwe Lieder, wie hoch is do die Wiederholungsrate",
        family="repeat",
        period="all_time",
        content="music",
    ),
    # streak
    Fresh(
        text="wie viel Daach hinnereinanner hab isch jetzt schun Musik gehert",
        family="streak",
        content="music",
    ),
    # first_play
    Fresh(
        text="wann hab isch des erschte Mol Daft Punk gehert",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="La femme d'argent, wann lief des es erschte Mol bei mir",
        family="first_play",
        name="La femme d'argent",
    ),
    Fresh(
        text="wann hab isch zum erschte Mol die Kastelruther Spatzen ufgelegt",
        family="first_play",
        name="Kastelruther Spatzen",
    ),
    # last_play
    Fresh(
        text="wann lief zum letschte Mol Don't Stop Me Now",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="wann hab isch The Daily es letscht Mol gehert",
        family="last_play",
        name="The Daily",
    ),
    # last_song
    Fresh(
        text="was war des allerletschte Lied, wo gelaafe is",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="mit was fer em Lied bin isch heit in de Daach gestart",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="was war des erschte Lied geschdern",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="mit was hab isch de Oktober ogfange, musikalisch",
        family="first_in",
        period="october",
    ),
    # last_in
    Fresh(
        text="was war des letschte Lied letscht Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="womit hab isch heit Middag ufghört",
        family="last_in",
        period="this_afternoon",
    ),
    # most_skipped
    Fresh(
        text="welles Lied überspring isch am meischde",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="bei welle Künschtler drück isch am öftschte weiter",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="was is grad mei Ohrwurm, welles Lied lauft bei mir in Dauerschleif",
        family="on_repeat",
    ),
    Fresh(
        text="welles Lied kann isch grad net sei losse",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="gebb mer mol en Rückblick uff de Oktober",
        family="recap",
        period="october",
    ),
    Fresh(
        text="wie war mei Johr bis jetzt, so im Große unn Ganze",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="mach mer mol e Zammefassung vum letschte Summer",
        family="recap",
        period="last_summer",
    ),
    Fresh(
        text="wie war'n die Woch bei mir so, musikmäßig",
        family="recap",
        period="this_week",
        content="music",
    ),
    # compare_day_parts
    Fresh(
        text="hör isch mehr morgens oder mehr owends",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="sin's bei mir mehr die Werktage oder eher Samschdaach unn Sonndaach, wo isch hör",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "spiel mol Daft Punk in de Küch",
    "mach die Musik e bissel lauter",
    "mach leiser, isch versteh mei eigenes Wort net",
    "was is'n des fer e Lied",
    "wer singt'n des do",
    "nächschtes Lied",
    "überspring des Lied",
    "halt de Podcast mol o",
    "spiel des Album Discovery",
    "mach Zufallswiedergabe o",
    "des Lied in Dauerschleif, gell",
    "stell en Timer uff zwanzisch Minute",
    "wie werd's Wetter morge in Bad Dürkheim",
    "schreib Schorle unn Saumage uff die Einkaufslischt",
    "mach die Heizung uff zweiunzwanzisch",
    "mach's Licht in de Küch aus",
    "was lauft grad in de Küch",
    "was hör isch grad",
    "verbinn de Küchelautsprecher mit dem im Wohnzimmer",
    "Lautstärke uff fünf",
    "mach die Musik aus",
    "spiel The Daily weiter",
    "spiel die neischt Folg vun The Daily",
    "spiel ebbes vun Queen",
    "weck mich morge um halb sechs, mer misse in de Wingert",
    "wie spät is es",
]
