"""Writer 578, ein Pfälzer Winzer Ende fünfzig, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Sag emol, wer war dann dies Johr mei Künschtler Nummer ääns?",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="Wen hab ich'n in letschder Zeit allegebott gheert, welche Band?",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Die drei Künschtler, wo mer letscht Monat in de Kich am meischde gheert hawwe",
        family="top_artists",
        period="last_month",
        count=3,
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="Was is'n mei Lieblingslied vum Oktower?",
        family="top_tracks",
        period="october",
    ),
    Fresh(
        text="Nenn mer emol die fünf Lieder, wo ich seit März am meischde gespielt hab",
        family="top_tracks",
        period="since_march",
        count=5,
    ),
    Fresh(
        text="Welches Stick is dann dissen Monat am öftschde gelaafe?",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Welches Album hab ich'n am meischde gheert, so insgesamt?",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Im Summer, welch Platt hab ich do rauf un runner laafe lasse?",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Welchen Podcast heer ich'n am meischde?",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Letscht Johr, was war do mei Podcast Nummer ääns?",
        family="top_podcasts",
        period="last_year",
    ),
    Fresh(
        text="Wie lang hab ich'n heit schunn Musik gheert? Ich war jo de halbe Daach im Wingert",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wieviel Stunne lief bei uns letscht Woch ebbes?",
        family="listening_time",
        period="last_week",
        person="we",
    ),
    Fresh(
        text="Geschder, wie lang hab ich do ingsgesamt gheert, Musik un Podcast zamme?",
        family="listening_time",
        period="yesterday",
    ),
    Fresh(
        text="Wieviel Lieder sin'n heit frieh gelaafe?",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wieviel hab ich dies Johr ingsgesamt abgespielt, alles zamme?",
        family="plays",
        period="this_year",
    ),
    Fresh(
        text="Wieviel Podcastfolge hab ich seit Oktower gheert?",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="Wieviel verschiedene Künschtler hab ich'n dies Johr gheert?",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wieviel Interprete warn's im Auguscht, so unnerschiedliche?",
        family="artists_count",
        period="august",
    ),
    Fresh(
        text="Wieviel verschiedene Lieder warn des die letscht Woch?",
        family="songs_count",
        period="last_week",
    ),
    Fresh(
        text="Seit Mondag, wieviel unnerschiedliche Sticker hab ich gheert?",
        family="songs_count",
        period="since_monday",
    ),
    Fresh(
        text="Wie oft hab ich'n dies Johr Queen gheert?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Des Bohemian Rhapsody, wie viel mol lief des im Oktower?",
        family="play_count",
        period="october",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie oft hab ich'n die Helene Fischer gespielt?",
        family="play_count",
        period="all_time",
        name="Helene Fischer",
    ),
    Fresh(
        text="Wieviel mol hab ich The Daily gheert in de letschde siwwe Daach?",
        family="play_count",
        period="last_7_days",
        name="The Daily",
    ),
    Fresh(
        text="Hab ich geschder Owend Daft Punk gheert?",
        family="did_i",
        period="yesterday_evening",
        name="Daft Punk",
    ),
    Fresh(
        text="Lief vorgeschder ebbes vun Justice?",
        family="did_i",
        period="day_before_yesterday",
        name="Justice",
    ),
    Fresh(
        text="Die Flippers, hab ich die jemols laafe lasse?",
        family="did_i",
        period="all_time",
        name="Die Flippers",
    ),
    Fresh(
        text="Was hab ich'n geschder so gheert?",
        family="what_played",
        period="yesterday",
    ),
    Fresh(
        text="Was is'n bei uns am Samschdag gelaafe?",
        family="what_played",
        period="saturday",
        person="we",
    ),
    Fresh(
        text="Erzähl emol, was lief heit Nochmiddag?",
        family="what_played",
        period="this_afternoon",
    ),
    Fresh(
        text="Was hot die Ada geschder gheert, gell, die hot doch widder Musik laafe lasse",
        family="what_played",
        period="yesterday",
        person="Ada",
    ),
    Fresh(
        text="Was hot'n geschder Owend um Viertel vor acht gespielt?",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heit morge um halb neun, was war'n des fer e Lied?",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Was lief am dritte November so um zwölf rum?",
        family="playing_at",
        moment="2026-11-03 12:00",
    ),
    Fresh(
        text="Was hab ich'n eichentlich fer en Musikgeschmack?",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib mer emol, was ich so fer Musik mag",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wieviel Uhr heer ich'n meischtens Musik, un an welchem Daach?",
        family="peak",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wann heer ich'n am liebschde, so zeitlich?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab ich in letschder Zeit ebbes Neies entdeckt, neie Künschtler?",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche Künschtler warn seit März neu dabei?",
        family="new_artists",
        period="since_march",
    ),
    Fresh(
        text="Wie oft drück ich'n weiter, bevor des Lied fertig is?",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wieviel hab ich letscht Monat iwwersprunge, im Verhältnis?",
        family="skips",
        period="last_month",
    ),
    Fresh(
        text="Heer ich allegebott dieselwe Lieder, oder net?",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch is'n mei Wiederholungsrate dissen Monat?",
        family="repeat",
        period="this_month",
    ),
    Fresh(
        text="Wieviel Daach am Stick hab ich jetz schunn gheert?",
        family="streak",
    ),
    Fresh(
        text="Wie lang geht'n mei Serie schunn, Daach hinnernanner?",
        family="streak",
    ),
    Fresh(
        text="Wann hab ich'n Café Tacvba zum erschde Mol gheert?",
        family="first_play",
        name="Café Tacvba",
    ),
    Fresh(
        text="Des Da Funk, wann lief des des erschde Mol?",
        family="first_play",
        name="Da Funk",
    ),
    Fresh(
        text="Wann hab ich'n des letscht Mol Queen gheert?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Dont Stop Me Now, wann war des zuletscht dran?",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="Was war'n des letschde Lied, wo ich gheert hab?",
        family="last_song",
    ),
    Fresh(
        text="Welches Stick hot zuletscht gespielt, weescht des?",
        family="last_song",
    ),
    Fresh(
        text="Mit welchem Lied bin ich heit morge uffgstanne?",
        family="first_today",
    ),
    Fresh(
        text="Was war heit des erschde Lied?",
        family="first_today",
    ),
    Fresh(
        text="Was war's erschde Lied geschder?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Letschde Freidag, mit was hab ich do angfange?",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Was lief letscht Nacht als letschdes?",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Am Samschdag, welches Lied war do's letschde?",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Welches Lied drück ich'n am meischde weg?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welcher Künschtler werd bei mir am meischde iwwersprunge?",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied hab ich grad in Dauerschleif?",
        family="on_repeat",
    ),
    Fresh(
        text="Was is'n des Lied, wo ich net uffheere kann zu spiele?",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl emol, wie war mei Oktower so musikalisch?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mer emol en Rückblick uff's Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war'n die Woch bei mir, so vum Heere her?",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Fass mer des emol zamme, mei Heere, kurz un bündig",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Heer ich mehr morgens oder mehr owends?",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin ich eher en Morgeheerer oder en Nochmiddagsheerer, seit Oktower?",
        family="compare_day_parts",
        period="since_october",
    ),
    Fresh(
        text="Heer ich am Wocheend mehr Musik als unner de Woch?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Werktags oder Samschdag Sunndag, wann lääft bei mir mehr?",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel mer emol Daft Punk in de Kich",
    "Mach die Musik lauter, ich versteh nix",
    "Mach des Lied weg, des kann ich net leide",
    "Was is'n des fer e Lied grad?",
    "Halt emol de Podcast an",
    "Nächschtes Lied im Wohnzimmer",
    "Mach's Licht in de Kich aus",
    "Stell en Wecker uff fünf, morge geht's in de Wingert",
    "Stell en Timer uff zwanzisch Minute fer de Zwiwwelkuche",
    "Wie werd's Wetter morge, kummt Rege?",
    "Schreib Weck un Worscht uff de Einkaufszettel",
    "Mach die Heizung uff zweiezwanzisch",
    "Spiel des Album Discovery",
    "Leiser, gell, die Oma schlooft",
    "Zufallswiedergab an",
    "Des Lied in Dauerschleif, bitte",
    "Verbinn die Lautsprecher in de Kich un im Wohnzimmer",
    "Was lääft'n grad in de Kich?",
    "Was heer ich jetzt grad?",
    "Spiel The Daily, die neischt Folg",
    "Mach die Musik aus, mer gehn ins Bett",
    "Spiel ebbes vun Queen uff alle Lautsprecher",
    "Wie kalt werd's heit Nacht, gibt's Frost im Wingert?",
    "Lautstärk uff dreißisch",
    "Spul emol zurück, des hab ich net verstanne",
]
