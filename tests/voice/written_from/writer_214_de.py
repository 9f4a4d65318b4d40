"""Writer 214, chatty household-minded Palatinate (pfälzisch) speaker (asks about die Ada, de Ben unn isch, bei uns), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Saa mol, wer war'n bei de Ada de Künschtler Nummer ääns den Monat?",
        family="top_artists",
        period="this_month",
        person="Ada",
    ),
    Fresh(
        text="Wen hämmer letscht Woch am meischde gheert, de Ben unn isch?",
        family="top_artists",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Mei drei liebschde Künschtler dies Johr, wer sinn'n die?",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="Wer war bei uns im Oktower de Renner, gell?",
        family="top_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="Wer war zweidausendfinfunzwanzisch mei Lieblingsband?",
        family="top_artists",
        period="in_2025",
    ),
    Fresh(
        text="Seit März, wer is do bei de Ada ganz owwe?",
        family="top_artists",
        period="since_march",
        person="Ada",
    ),
    # top_tracks
    Fresh(
        text="Welles Lidd hot die Ada die Woch am meischde gspielt? Die summt des allfort",
        family="top_tracks",
        period="this_week",
        person="Ada",
    ),
    Fresh(
        text="Was war mei Lieblingslidd im Summer?",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Sag mer mol mei finf meischtgspielte Lidder vum letschte Monat",
        family="top_tracks",
        period="last_month",
        count=5,
    ),
    # top_albums
    Fresh(
        text="Welles Album hämmer geschder am meischde laafe ghatt?",
        family="top_albums",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Die Ada ihr Lieblingsalbum in de letschde drei Monat, was is'n des?",
        family="top_albums",
        period="last_3_months",
        person="Ada",
    ),
    Fresh(
        text="Welli Platt hab isch in de Kisch seit Oktower am meischde uffgelegt?",
        family="top_albums",
        period="since_october",
        room="kitchen",
    ),
    # top_podcasts
    Fresh(
        text="Welle Podcast horcht die Ada in letschter Zeit am liebschde?",
        family="top_podcasts",
        period="lately",
        person="Ada",
    ),
    Fresh(
        text="Was war letscht Johr bei uns de Podcast Nummer ääns?",
        family="top_podcasts",
        period="last_year",
        person="we",
    ),
    # listening_time
    Fresh(
        text="Wie lang is bei uns geschder Owend Mussik geloffe?",
        family="listening_time",
        period="yesterday_evening",
        content="music",
        person="we",
    ),
    Fresh(
        text="Wie viel Stunne hot die Ada den Monat Mussik gheert, ungefähr?",
        family="listening_time",
        period="this_month",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="Wie lang hab isch in de letschde siwwe Däg Podcasts gheert?",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="In de Küch, wie lang is'n heit schun ebbes geloffe?",
        family="listening_time",
        period="today",
        room="kitchen",
    ),
    Fresh(
        text="Wie lang hämmer letschde Summer Mussik ghatt, de Ben unn isch?",
        family="listening_time",
        period="last_summer",
        content="music",
        person="we",
    ),
    # plays
    Fresh(
        text="Wie viele Lidder hot die Ada heit schun gspielt?",
        family="plays",
        period="today",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="Wie oft hämmer am Samschdag ebbes abgspielt, de Ben unn isch? So insgesamt",
        family="plays",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Wie viel Podcastfolge hab isch seit Mondag gheert?",
        family="plays",
        period="since_monday",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel Lidder hab isch in de letschde dreißisch Däg gheert, ei sag's mer",
        family="plays",
        period="last_30_days",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viel verschiedene Künschtler hot die Ada dies Johr gheert?",
        family="artists_count",
        period="this_year",
        person="Ada",
    ),
    Fresh(
        text="Wie viele unnerschiedliche Bands hämmer im September ghatt?",
        family="artists_count",
        period="september",
        person="we",
    ),
    # songs_count
    Fresh(
        text="Wie viel verschiedene Lidder hab isch letscht Woch gspielt?",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Saa mol, wie viele verschiedene Lidder sinn bei uns im August geloffe?",
        family="songs_count",
        period="august",
        person="we",
    ),
    # play_count
    Fresh(
        text="Wie oft hot die Ada Bohemian Rhapsody den Monat gspielt? Die kann des ja allfort heere",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
        person="Ada",
    ),
    Fresh(
        text="Wie oft hämmer Daft Punk im Oktower gheert?",
        family="play_count",
        period="october",
        name="Daft Punk",
        person="we",
    ),
    Fresh(
        text="Wie oft hab isch dies Johr The Daily gheert?",
        family="play_count",
        period="this_year",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft hab isch Helene Fischer gspielt? Mei Schwiegermudder behaapt des nämlich",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    Fresh(
        text="Wie oft is in de letschde zwää Woche Around the World geloffe?",
        family="play_count",
        period="last_2_weeks",
        name="Around the World",
    ),
    # did_i
    Fresh(
        text="Hot die Ada geschder Queen gheert?",
        family="did_i",
        period="yesterday",
        name="Queen",
        person="Ada",
    ),
    Fresh(
        text="Hämmer vorgeschder ebbes vun Air gheert?",
        family="did_i",
        period="day_before_yesterday",
        name="Air",
        person="we",
    ),
    Fresh(
        text="Hab isch in letschter Zeit Café Tacvba gheert?",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="Die Toten Hosen, hab isch die letscht Johr iwwerhaupt mol gspielt?",
        family="did_i",
        period="last_year",
        name="Die Toten Hosen",
    ),
    Fresh(
        text="Is heit Morje Sexy Boy vun Air geloffe bei de Ada?",
        family="did_i",
        period="this_morning",
        name="Sexy Boy by Air",
        person="Ada",
    ),
    Fresh(
        text="Hab isch seit Mondag D.A.N.C.E. vun Justice gheert?",
        family="did_i",
        period="since_monday",
        name="D.A.N.C.E. by Justice",
    ),
    # what_played
    Fresh(
        text="Was hot die Ada geschder Owend gheert?",
        family="what_played",
        period="yesterday_evening",
        person="Ada",
    ),
    Fresh(
        text="Was hämmer letschde Freidag so gheert, de Ben unn isch?",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="Verzähl mol, was hab isch heit Nochmiddag gspielt?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was hab isch am dritte November so gheert?",
        family="what_played",
        period="november_3",
    ),
    # playing_at
    Fresh(
        text="Was is geschder gege Viertel vor acht geloffe?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was hot die Ada heit Morje um halb neun gheert?",
        family="playing_at",
        moment="2026-11-20 08:30",
        person="Ada",
    ),
    Fresh(
        text="Um Viertel nach finf heit Nochmiddag, was war'n des fer e Lidd?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Was hämmer am Samschdag Owend um neun gheert?",
        family="playing_at",
        moment="2026-11-14 21:00",
        person="we",
    ),
    Fresh(
        text="Was is am Middwoch um zwölf Uhr mittags geloffe?",
        family="playing_at",
        moment="2026-11-18 12:00",
    ),
    Fresh(
        text="dreiviertel neun heit früh, was war'n do dran?",
        family="playing_at",
        moment="2026-11-20 08:45",
    ),
    # taste
    Fresh(
        text="Was fer e Mussik mag die Ada eigentlich?",
        family="taste",
        period="all_time",
        person="Ada",
    ),
    Fresh(
        text="Beschreib mol mein Musikgeschmack, gell, awwer ehrlich",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hört die Ada meischdens Mussik, so Uhrzeit unn Wochedag?",
        family="peak",
        period="all_time",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="Um welli Uhrzeit unn an welle Dag horch isch am meischde?",
        family="peak",
        period="all_time",
    ),
    # new_artists
    Fresh(
        text="Hot die Ada in letschter Zeit ebbes Neies entdeckt, so neie Künschtler?",
        family="new_artists",
        period="lately",
        person="Ada",
    ),
    Fresh(
        text="Welle Künschtler hämmer im Oktower zum erschde Mol gheert?",
        family="new_artists",
        period="october",
        person="we",
    ),
    Fresh(
        text="Hab isch dies Johr neie Bands entdeckt?",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft drückt die Ada Lidder weg?",
        family="skips",
        period="all_time",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="Wie viel hab isch die Woch iwwersprunge?",
        family="skips",
        period="this_week",
    ),
    # repeat
    Fresh(
        text="Hör isch immer die selwe Lidder? Wie hoch is'n mei Wiederholungsquote?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hot die Ada den Monat die gleiche Lidder nochmol gspielt?",
        family="repeat",
        period="this_month",
        person="Ada",
    ),
    # streak
    Fresh(
        text="Wie viel Däg hinnerenanner hab isch jetzt schun ebbes gheert?",
        family="streak",
    ),
    Fresh(
        text="Wie lang is die Ada ihr Serie, so Däg am Stick?",
        family="streak",
        person="Ada",
    ),
    # first_play
    Fresh(
        text="Wann hot die Ada zum erschde Mol Justice gheert?",
        family="first_play",
        name="Justice",
        person="Ada",
    ),
    Fresh(
        text="Wann hab isch des Eres vun Café Tacvba es erschde Mol gspielt?",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Wann war Radiohead es erschde Mol bei mir dabei?",
        family="first_play",
        name="Radiohead",
    ),
    # last_play
    Fresh(
        text="Wann hot die Ada es letschde Mol Queen gheert?",
        family="last_play",
        name="Queen",
        person="Ada",
    ),
    Fresh(
        text="Wann lief Digital Love zuletscht?",
        family="last_play",
        name="Digital Love",
    ),
    Fresh(
        text="Wann hab isch zuletscht ebbes vun Moon Safari gspielt?",
        family="last_play",
        name="Moon Safari",
    ),
    # last_song
    Fresh(
        text="Was war's letschde Lidd, wo isch gspielt hab?",
        family="last_song",
    ),
    Fresh(
        text="Welles Lidd hot die Ada als letschdes uffgelegt?",
        family="last_song",
        person="Ada",
    ),
    # first_today
    Fresh(
        text="Was war heit es erschde Lidd, gell?",
        family="first_today",
    ),
    Fresh(
        text="Mit was is die Ada heit uffgewacht, welles Lidd?",
        family="first_today",
        person="Ada",
    ),
    # first_in
    Fresh(
        text="Was war's erschde Lidd geschder?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit welchem Lidd hämmer's letschte Wocheend aagfange?",
        family="first_in",
        period="last_weekend",
        person="we",
    ),
    # last_in
    Fresh(
        text="Was war's letschde Lidd am Samschdag?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Womit hot die Ada letscht Nacht uffgheert?",
        family="last_in",
        period="last_night",
        person="Ada",
    ),
    # most_skipped
    Fresh(
        text="Welles Lidd drück isch am meischde weg?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welles Lidd iwwerspringt die Ada am häufigschde?",
        family="most_skipped",
        period="all_time",
        person="Ada",
    ),
    # most_skipped_artist
    Fresh(
        text="Welle Künschtler wird bei mir am meischde iwwersprunge?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Die Ada, wen drückt die am liebschde weg, welli Band?",
        family="most_skipped_artist",
        period="all_time",
        person="Ada",
    ),
    # on_repeat
    Fresh(
        text="Welles Lidd hot die Ada grad in Dauerschleife?",
        family="on_repeat",
        person="Ada",
    ),
    Fresh(
        text="Was is grad mei Ohrwurm, des Lidd, wo isch net uffheere kann?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Verzähl mol, wie war mei Johr so, was's Horche aageht?",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Gib mer mol en Rückblick uff de Oktower bei uns",
        family="recap",
        period="october",
        person="we",
    ),
    Fresh(
        text="Fass mol zamme, wie mei Woch war",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Ei, gib mer mol e Zammefassung vun meiner Horcherei",
        family="recap",
        period="this_month",
    ),
    # compare_day_parts
    Fresh(
        text="Hört die Ada mehr morgens odder owends?",
        family="compare_day_parts",
        period="all_time",
        person="Ada",
    ),
    Fresh(
        text="Horch isch eher nochmiddags odder owends, was meenscht?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Ei, horch isch eigentlich am Wocheend mehr odder unner de Woch?",
        family="compare_week",
        period="all_time",
    ),
    Fresh(
        text="Letscht Monat, hot die Ada do mehr am Wocheend gheert odder werktags?",
        family="compare_week",
        period="last_month",
        person="Ada",
    ),
]

NEGATIVES = [
    "Spiel mol ebbes vun Queen in de Kisch, fer die Ada",
    "Mach die Mussik e bissel lauter, gell",
    "Mach's leiser, die Kinner schlofe",
    "Was is'n des fer e Lidd, wo grad läuft?",
    "Nächschdes Lidd, des mag de Ben net",
    "Halt de Podcast aa, isch muss schnell an die Dier",
    "Mach's Licht in de Küch aus",
    "Spiel's Album Discovery fer die Kinner",
    "Zufallswiedergabe aa, bitte",
    "Mach mol Wiederholung aa fer des Lidd, die Ada mag's",
    "Stell en Wecker uff halb siwwe fer die Kinner",
    "Stell en Timer uff zwanzisch Minute fer die Grumbeere",
    "Wie werd's Wetter morje? Mer wolle uff die Hütt",
    "Schreib Saumage uff die Einkaufslischt",
    "Dreh die Heizung e bissel hoch, 's is kalt",
    "Was horch isch grad?",
    "Wer singt'n des?",
    "Mach die Lautsprecher in de Kisch unn im Wohnzimmer zamme",
    "Spiel die nächscht Folg vun The Daily",
    "Weiter mit em Podcast, gell",
    "Stopp die Mussik, mer gehn fort",
    "Lautstärk uff finf in de Küch",
    "Spiel Justice im Wohnzimmer fer de Ben",
    "Nächschder Titel im Wohnzimmer",
    "Was läuft grad in de Kisch? De Ben hot ebbes aagemacht",
    "Spul mol dreißisch Sekunde vor",
    "Mach die Wiederholung aus, des nervt",
    "Spiel ebbes Ruhiges vun Air, die Ada will entspanne",
    "Des Lidd nochmol vun vorne, gell",
    "Regnet's heit noch? Isch hab Wäsch drauß hänge",
]
