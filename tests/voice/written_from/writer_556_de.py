"""Writer 556, eine 86-jährige Pfälzerin aus Kaiserslautern, höflich, umständlich und unsicher mit dem Gerät, German."""

from .fresh import Fresh

FRESH = [
    Fresh(
        text="Ach Gott, sag mer doch emol, wen hab isch dann die Woch am meischde gehört",
        family="top_artists",
        period="this_week",
    ),
    Fresh(
        text="Welle Sänger hab isch dann letschte Monat am meischde laafe lasse, gell",
        family="top_artists",
        period="last_month",
    ),
    Fresh(
        text="Mei drei liebschde Künschtler seit März, wer is'n des",
        family="top_artists",
        period="since_march",
        count=3,
    ),
    Fresh(
        text="Was is dann mei Lieblingslied, des wo isch am allermeischde gespielt hab",
        family="top_tracks",
        period="all_time",
    ),
    Fresh(
        text="Sag emol, welches Liedche hot des Ding dies Johr am meischde gespielt bei mir",
        family="top_tracks",
        period="this_year",
    ),
    Fresh(
        text="Die fünf Lieder, die isch im Oktober am meischde gehört hab, kannschde mer die sage",
        family="top_tracks",
        period="october",
        count=5,
    ),
    Fresh(
        text="Welli Schallplatt, also des Album mään isch, hab isch am meischde gehört",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Was war dann im Sommer mei Lieblingsalbum",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Ei, welle Sendung zum Zuhöre, so en Podcast sage die Junge, hör isch dann am meischde",
        family="top_podcasts",
        period="all_time",
    ),
    Fresh(
        text="Welcher Podcast is des, wo isch in letschter Zeit so dran häng",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Wie lang hot dann die Musik heit gelaaf, des Ding do",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Ach Gott, wie viel Stunne hab isch dann letscht Woch zugehört",
        family="listening_time",
        period="last_week",
    ),
    Fresh(
        text="Wie lang hawwe mer geschder in de Küch Musik gehört",
        family="listening_time",
        period="yesterday",
        content="music",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="Die Nachrichte, den Podcast mään isch, wie lang hab isch den die letschte siwwe Daach gehört",
        family="listening_time",
        period="last_7_days",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel Lieder hab isch dann heit morje gespielt",
        family="plays",
        period="this_morning",
        content="music",
    ),
    Fresh(
        text="Wie oft hot des Ding vorgeschder ebbes gespielt, so insgesamt",
        family="plays",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Seit Oktober, wie viel Folge vun dem Podcast hab isch do gehört",
        family="plays",
        period="since_october",
        content="podcasts",
    ),
    Fresh(
        text="Wie viel Lieder hot die Ada seit Montag gespielt? Des bin isch, die Ada",
        family="plays",
        period="since_monday",
        content="music",
        person="Ada",
    ),
    Fresh(
        text="Wie viel verschiedene Sänger un Gruppe hab isch des Johr gehört",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Un zwanzig fünfundzwanzig, wie viel verschiedene Künschtler warn des do",
        family="artists_count",
        period="in_2025",
    ),
    Fresh(
        text="Wie viel verschiedene Lieder hab isch dann überhaupt schun gehört",
        family="songs_count",
        period="all_time",
    ),
    Fresh(
        text="Un wie viel verschiedene Liedcher warn des in de letschte dreißig Daach",
        family="songs_count",
        period="last_30_days",
    ),
    Fresh(
        text="Wie oft hab isch dann des Bohemian Rhapsody gehört, des vun dene Queen",
        family="play_count",
        period="all_time",
        name="Bohemian Rhapsody by Queen",
    ),
    Fresh(
        text="Wie viel Daft Punk hab isch dann die Woch gehört, isch hab des Gefühl dauernd",
        family="play_count",
        period="this_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Im Oktober, wie oft hab isch do The Daily gehört, gell, den Podcast",
        family="play_count",
        period="october",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft hab isch dann den Udo Jürgens gespielt seit März",
        family="play_count",
        period="since_march",
        name="Udo Jürgens",
    ),
    Fresh(
        text="Hab isch geschder Queen gehört? Isch wees es nimmi",
        family="did_i",
        period="yesterday",
        name="Queen",
    ),
    Fresh(
        text="Sag emol, war do in letschter Zeit ebbes vun Justice debei",
        family="did_i",
        period="lately",
        name="Justice",
    ),
    Fresh(
        text="Hab isch letschte Summer die Air gehört, die Franzose",
        family="did_i",
        period="last_summer",
        name="Air",
    ),
    Fresh(
        text="Ach Gott, hab isch am Samstag Helene Fischer gehört, die mag isch doch",
        family="did_i",
        period="saturday",
        name="Helene Fischer",
    ),
    Fresh(
        text="Was hab isch dann geschder owend so alles gehört",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was hawwe mer dann letscht Woch so gehört in de Küch",
        family="what_played",
        period="last_week",
        person="we",
        room="kitchen",
    ),
    Fresh(
        text="Am dritte November, was lief do, des war doch de Daach mit em Arzt",
        family="what_played",
        period="november_3",
    ),
    Fresh(
        text="Was lief dann geschder owend so um Viertel vor acht",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heit morje um halb neun, was war des für e Lied",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Vorgeschder owends um neun, was hot do gespielt",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Was für Musik mag isch dann eigentlich, was meenschde",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie tätschd du mein Geschmack beschreiwe, so musikalisch, gell",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr hör isch dann meischtens Musik, un an welchem Daach",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann hör isch'n am meischde, so vun de Uhrzeit her",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Hab isch in letschter Zeit neue Sänger entdeckt",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welle Künschtler hab isch in de letschte drei Monat zum erschde Mol gehört",
        family="new_artists",
        period="last_3_months",
    ),
    Fresh(
        text="Wie oft drück isch dann die Lieder weg, also iwwerspringe mään isch",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Hab isch am Wocheend viel übersprunge",
        family="skips",
        period="last_weekend",
    ),
    Fresh(
        text="Hör isch immer dieselwe Lieder, allegebott es Gleiche",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie oft hör isch e Lied nochemol, so im Schnitt",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie viel Daach hinnerenanner hab isch jetzt Musik gehört",
        family="streak",
    ),
    Fresh(
        text="Hab isch jeden Daach ebbes gehört? Wie lang geht des schun am Stück",
        family="streak",
    ),
    Fresh(
        text="Wann hab isch'n des erschde Mol Daft Punk gehört",
        family="first_play",
        name="Daft Punk",
    ),
    Fresh(
        text="Seit wann hör isch dann des Eres, vun dem Café Tacuba",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    Fresh(
        text="Wann hab isch zuletscht Don't Stop Me Now gehört",
        family="last_play",
        name="Don't Stop Me Now",
    ),
    Fresh(
        text="The Daily, wann war dann des letschde Mol, dass isch des gehört hab",
        family="last_play",
        name="The Daily",
    ),
    Fresh(
        text="Was war dann des letschde Lied, wo isch gehört hab",
        family="last_song",
    ),
    Fresh(
        text="Des letschde Lied, wo isch gespielt hab, wie hieß des nochemol",
        family="last_song",
    ),
    Fresh(
        text="Was war dann heit des erschde Lied",
        family="first_today",
    ),
    Fresh(
        text="Mit was für em Lied hab isch dann heit de Daach angefange",
        family="first_today",
    ),
    Fresh(
        text="Was war des erschde Lied geschder",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Mit welchem Lied hab isch dann letschte Freitag angefange",
        family="first_in",
        period="last_friday",
    ),
    Fresh(
        text="Un was war des letschde Lied letschte Nacht",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Was war's letschde Lied am Samstag",
        family="last_in",
        period="saturday",
    ),
    Fresh(
        text="Welches Lied drück isch am meischde weg",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Welle Sänger überspring isch am meischde, die mag isch wohl net",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Welches Lied hör isch grad dauernd, immer widder",
        family="on_repeat",
    ),
    Fresh(
        text="Was is dann im Moment mei Ohrwurm, des wo isch allegebott spiel",
        family="on_repeat",
    ),
    Fresh(
        text="Erzähl mal, wie war mei Oktober mit de Musik",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Ach, gebb mer doch emol so e Zusammefassung vun meim Johr",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war dann mei Woch so, musikalisch",
        family="recap",
        period="this_week",
    ),
    Fresh(
        text="Hör isch mehr morjens oder owends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Bin isch mehr so e Morjehörerin oder eher am Nachmittag",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör isch am Wocheend mehr Musik als unner de Woch",
        family="compare_week",
        period="all_time",
    ),
]

NEGATIVES = [
    "Spiel mer doch emol Queen in de Küch",
    "Mach die Musik e bissel leiser, des is mer zu laut",
    "Was is'n des für e Lied, wo grad läuft",
    "Ach Gott, des Lied mag isch net, mach emol weiter zum nächschde",
    "Halt emol den Podcast an, es klingelt an de Tür",
    "Mach des Licht in de Küch aus",
    "Spiel des Album Discovery",
    "Lauter bitte, isch hör jo nix",
    "Wie werd'n es Wetter morje, isch will Wäsch uffhänge",
    "Stell mer e Uhr uff zwanzisch Minute für de Kuche",
    "Schreib Grumbeere uff mei Einkaufszettel",
    "Mach die Heizung e bissel höher, mer friert jo",
    "Misch die Lieder durchenanner",
    "Hör uff, des Lied immer zu widderhole",
    "Spiel des im Wohnzimmer aach",
    "Was hör isch'n grad",
    "Wer singt'n des do",
    "Spiel The Daily",
    "Mach des Ding aus, gell",
    "Wie spät is es",
    "Spiel e bissel Volksmusik",
    "Geh zurück zum Lied davor",
    "Mach weiter mit dem Podcast",
    "Wie kalt is es drauße",
    "Verbind die Küch mit dem Lautsprecher im Wohnzimmer",
]
