"""Writer 185, chatty (Palatinate / Pfälzisch), German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Ei sag mal, wen hab ich dann letzte Woch am meischde gehört? Ich hab des ganz vergesse",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Alla, wer war dann mei Lieblingsband des Johr? Mei Schwester meent, des wär Queen",
        family="top_artists",
        period="this_year",
    ),
    Fresh(
        text="In de Küch, wer lauft do am meischde seit Oktober? Ich steh jo dauernd am Herd",
        family="top_artists",
        period="since_october",
        room="kitchen",
    ),
    Fresh(
        text="Wen hamm mer dann letzten Monat am meischde gehört bei uns?",
        family="top_artists",
        period="last_month",
        person="we",
    ),
    Fresh(
        text="Mei drei Top-Künschtler vum letschde Johr, unn bitte de Reih nach, gell",
        family="top_artists",
        period="last_year",
        count=3,
    ),
    Fresh(
        text="Wen hot die Ada de Monat am meischde gehört? Ich will ihr e Platt zu Weihnachte schenke",
        family="top_artists",
        period="this_month",
        person="Ada",
    ),
    Fresh(
        text="Wer war mei Top-Künschtler letschde Sommer, wo mer an de Mosel ware?",
        family="top_artists",
        period="last_summer",
    ),
    # top_tracks
    Fresh(
        text="Was war dann mei Lied vum Monat? Ich summ do ebbes die ganz Zeit unn weeß net was",
        family="top_tracks",
        period="this_month",
    ),
    Fresh(
        text="Sag mol mei fünf meischtgespielte Lieder, ei des will ich jetzt wisse",
        family="top_tracks",
        period="all_time",
        count=5,
    ),
    Fresh(
        text="Welches Lied hot ich dann im Sommer am meischde laafe? Die Küchedeer war jo immer uff",
        family="top_tracks",
        period="summer",
    ),
    Fresh(
        text="Was war des Lied, wo mer am Wochenende am meischde gspielt hann? Die Kinner hann dezu getanzt",
        family="top_tracks",
        period="last_weekend",
        person="we",
    ),
    Fresh(
        text="Die letschde sieben Daach, welches Lied am meischde?",
        family="top_tracks",
        period="last_7_days",
    ),
    # top_albums
    Fresh(
        text="Welches Album hab ich des Johr rauf unn runner gspielt?",
        family="top_albums",
        period="this_year",
    ),
    Fresh(
        text="Mei Lieblingsalbum in de letschde drei Monat, was is dann des?",
        family="top_albums",
        period="last_3_months",
    ),
    # top_podcasts
    Fresh(
        text="Ei welcher Podcast is dann in letzter Zeit mei Favorit? Ich hör den immer beim Spüle",
        family="top_podcasts",
        period="lately",
    ),
    Fresh(
        text="Was war mei meischtgehörter Podcast zwanzig fünfundzwanzig?",
        family="top_podcasts",
        period="in_2025",
    ),
    # listening_time
    Fresh(
        text="Wie lang lief dann heit Musik? Mei Mann meent, des wär de ganze Daach an gewese",
        family="listening_time",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Stunde hab ich die Woch gehört, so ungefähr halt?",
        family="listening_time",
        period="this_week",
    ),
    Fresh(
        text="Wie lang hab ich im Oktober Podcasts gehört? Des wär jetzt emol interessant",
        family="listening_time",
        period="october",
        content="podcasts",
    ),
    Fresh(
        text="Wie lang hamm mer geschdern gehört? Do war de Fernseh kaputt, alla",
        family="listening_time",
        period="yesterday",
        person="we",
    ),
    Fresh(
        text="Wie lang lief geschdern in de Küch Musik?",
        family="listening_time",
        period="yesterday",
        content="music",
        room="kitchen",
    ),
    Fresh(
        text="Wie lang hab ich heit Nachmittag gehört? Ich sollt eigentlich bügle",
        family="listening_time",
        period="this_afternoon",
    ),
    # plays
    Fresh(
        text="Wie viel Lieder hab ich heit schun gspielt? Ich hab mit de Nachbarin gewett",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie viele Folge hab ich denn de Monat gehört, vun de Podcasts mein ich",
        family="plays",
        period="this_month",
        content="podcasts",
    ),
    Fresh(
        text="Wie oft hot ich insgesamt ebbes laafe seit Montag?",
        family="plays",
        period="since_monday",
    ),
    Fresh(
        text="Wie viel Lieder waren's dann im August? Do hatt ich jo Urlaub",
        family="plays",
        period="august",
        content="music",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künschtler hab ich des Johr gehört? Ich mään, des sin immer die gleiche",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Wie viel unnerschiedliche Bands in de letschde dreißig Daach?",
        family="artists_count",
        period="last_30_days",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab ich im September gehört?",
        family="songs_count",
        period="september",
    ),
    Fresh(
        text="Unn wie viel verschiedene Stücker waren's letschdes Johr? Gell, des is e Frog",
        family="songs_count",
        period="last_year",
    ),
    # play_count
    Fresh(
        text="Wie oft hot ich dann Bohemian Rhapsody de Monat an? Ich weeß, des is viel",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Wie viel Queen hab ich des Johr gehört, sei ehrlich",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Wie oft hab ich The Daily im letschde Monat gehört? Ich wollt jo Nachrichte hörn",
        family="play_count",
        period="last_month",
        name="The Daily",
    ),
    Fresh(
        text="Wie oft lief dann des Dance vun Justice insgesamt? Des mit de Buchstabe",
        family="play_count",
        period="all_time",
        name="D.A.N.C.E. by Justice",
    ),
    Fresh(
        text="Ei wie oft hab ich Helene Fischer gehört des Johr? Mei Schwiegermutter meent, ständig",
        family="play_count",
        period="this_year",
        name="Helene Fischer",
    ),
    Fresh(
        text="In de letzten zwei Woche, wie oft lief Discovery, des Album?",
        family="play_count",
        period="last_2_weeks",
        name="Discovery",
    ),
    # did_i
    Fresh(
        text="Hab ich geschdern Justice gehört? Ich mään, beim Koche lief des",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief in letzter Zeit emol Café Tacuba? Ich war doch mol in Mexiko",
        family="did_i",
        period="lately",
        name="Café Tacvba",
    ),
    Fresh(
        text="Hab ich heit Morje Sexy Boy gehört oder war des im Radio im Auto?",
        family="did_i",
        period="this_morning",
        name="Sexy Boy",
    ),
    Fresh(
        text="Hamm mer am Samschdag Don't Stop Me Now gspielt? Do war doch die Feier",
        family="did_i",
        period="saturday",
        name="Don't Stop Me Now",
        person="we",
    ),
    Fresh(
        text="Hab ich seit März irgendwann mol Radiohead gehört?",
        family="did_i",
        period="since_march",
        name="Radiohead",
    ),
    Fresh(
        text="Phantom, hab ich des seit Montag gehört? Ich glaab schun",
        family="did_i",
        period="since_monday",
        name="Phantom",
    ),
    # what_played
    Fresh(
        text="Was hab ich dann geschdern Owend gehört? Ich hatt e Schorle zu viel, alla",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Erzähl mal, was lief heit Morje, ich war noch halb im Schloof",
        family="what_played",
        period="this_morning",
    ),
    Fresh(
        text="Was hamm mer letzten Freitag gehört? Do ware Gäscht do",
        family="what_played",
        period="last_friday",
        person="we",
    ),
    Fresh(
        text="Was für Musik hab ich am dritten November gehört, des war mei Geburtstag",
        family="what_played",
        period="november_3",
        content="music",
    ),
    Fresh(
        text="Was lief dann vorgeschdern bei mir?",
        family="what_played",
        period="day_before_yesterday",
    ),
    Fresh(
        text="Was hab ich letscht Nacht gehört? Ich bin uff de Couch eingschlofe",
        family="what_played",
        period="last_night",
    ),
    # playing_at
    Fresh(
        text="Was lief geschdern Owend gegen Viertel vor acht? Do kam so e schee Lied beim Esse",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Was hot dann heit Morje um halb neun gspielt, ich war grad unner de Dusch",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="Heit Nachmittag so um Viertel nach fünf, was war do an?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Was lief am Mittwoch Owend um neun? Mei Mudder hot angerufe unn gfrogt",
        family="playing_at",
        moment="2026-11-18 21:00",
    ),
    Fresh(
        text="Geschdern Owend um acht, was hot do gelaafe?",
        family="playing_at",
        moment="2026-11-19 20:00",
    ),
    Fresh(
        text="Was lief am dritten November um neun am Owend, wo ich die Geschenke uffgemacht hab?",
        family="playing_at",
        moment="2026-11-03 21:00",
    ),
    # taste
    Fresh(
        text="Was für Musik hör ich dann eigentlich gern? Mei Neffe meent, ich hätt en alte Geschmack",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Beschreib mol mei Musikgeschmack, ei, awwer nett sein, gell",
        family="taste",
        period="all_time",
    ),
    # peak
    Fresh(
        text="Wann hör ich dann normalerweis, welche Uhrzeit unn welcher Daach?",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Um wie viel Uhr lauft bei mir meischtens Musik?",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hab ich in letzter Zeit ebbes Neues entdeckt? Ich hör jo immer des Gleiche",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Welche neue Künschtler sin des Johr dezu komme?",
        family="new_artists",
        period="this_year",
    ),
    # skips
    Fresh(
        text="Wie oft skipp ich dann Lieder? Mei Mann sagt, ich lass nix ausspiele",
        family="skips",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Wie viel hab ich letscht Woch weitergedrückt, unn vun wie viel?",
        family="skips",
        period="last_week",
    ),
    # repeat
    Fresh(
        text="Hör ich immer die gleiche Lieder widder? Sag ehrlich",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie arg hab ich im Sommer Lieder widderholt?",
        family="repeat",
        period="summer",
    ),
    # streak
    Fresh(
        text="Wie viel Daach am Stück hab ich jetzt schun gehört? Ich will die Serie net verliere",
        family="streak",
    ),
    Fresh(
        text="Wie lang is mei Serie grad, Daach hinnernanner mein ich",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab ich Justice es erschte Mol gehört? Wer hot mir die dann gezeigt",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Seit wann kenn ich dann Eres vun Café Tacvba, wann lief des es erschte Mol?",
        family="first_play",
        name="Eres by Café Tacvba",
    ),
    # last_play
    Fresh(
        text="Wann hab ich zuletzt Da Funk gehört? Des is doch ewig her",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="Wann lief Queen es letschte Mol bei mir?",
        family="last_play",
        name="Queen",
    ),
    Fresh(
        text="Wann hab ich zuletzt Wanda gehört, ei des weeß ich gar nimmi",
        family="last_play",
        name="Wanda",
    ),
    # last_song
    Fresh(
        text="Was war dann des letschte Lied, wo ich gspielt hab? Des hängt mer jetzt im Ohr",
        family="last_song",
    ),
    Fresh(
        text="Ei wie hot dann des Letschte gheeß, was ich angemacht hab, des Lied mein ich",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit was bin ich dann heit uffgewacht, welches Lied war des erschte?",
        family="first_today",
    ),
    Fresh(
        text="Was war des erschte Lied heit? Ei ich war noch im Bademantel",
        family="first_today",
    ),
    # first_in
    Fresh(
        text="Was war es erschte Lied geschdern?",
        family="first_in",
        period="yesterday",
    ),
    Fresh(
        text="Womit hab ich des Johr angfange, es allererschte Lied mein ich",
        family="first_in",
        period="this_year",
    ),
    # last_in
    Fresh(
        text="Was war es letschte Lied am letschte Freitag?",
        family="last_in",
        period="last_friday",
    ),
    Fresh(
        text="Womit hab ich de Oktober abgschlosse, welches Lied war des letscht?",
        family="last_in",
        period="october",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied drück ich am meischde weg?",
        family="most_skipped",
        period="all_time",
    ),
    Fresh(
        text="Was is des Lied, wo ich immer skipp? Ei des nervt mich selber",
        family="most_skipped",
        period="all_time",
    ),
    # most_skipped_artist
    Fresh(
        text="Welche Band skipp ich am meischde? Ich glaab, des sin die vun Air",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen drück ich am häufigschte weg, welcher Künschtler?",
        family="most_skipped_artist",
        period="all_time",
    ),
    # on_repeat
    Fresh(
        text="Was lauft dann bei mir grad in Dauerschleife?",
        family="on_repeat",
    ),
    Fresh(
        text="Welches Lied krieg ich zurzeit net aus em Kopp, des wo ich immer widder spiel?",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Alla, erzähl mol, wie war dann mei Oktober so?",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Gib mer mol e Zusammenfassung, was ich so gehört hab, ich hock grad beim Kaffee",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Wie war mei Johr? So en Jahresrückblick halt, wie die Junge des hann",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war dann unser letscht Woch, was mer so gehört hann?",
        family="recap",
        period="last_week",
        person="we",
    ),
    # compare_day_parts
    Fresh(
        text="Hör ich mehr morgens oder owends? Ich hätt gsagt owends",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Hör ich mehr nachmittags oder nachts, was meenschde?",
        family="compare_day_parts",
        period="all_time",
    ),
    # compare_week
    Fresh(
        text="Hör ich am Wochenend mehr Musik wie unner de Woch?",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Werktags oder am Wochenend, wann hör ich mehr, so seit März?",
        family="compare_week",
        period="since_march",
    ),
]

NEGATIVES = [
    "Spiel Daft Punk in de Küch",
    "Mach die Musik lauter, ei ich hör jo nix",
    "Was is des für e Lied, wo grad lauft?",
    "Überspring des Lied, des mag ich net",
    "Halt de Podcast an, es klingelt",
    "Nächstes Lied in de Küch, gell",
    "Mach des Licht in de Küch aus",
    "Spiel des Album Discovery",
    "Mach leiser, alla, die Oma schlooft",
    "Zufallswiedergabe an, bitte",
    "Des Lied in Dauerschleife, unn zwar glei",
    "Verbind de Lautsprecher in de Küch mit dem im Wohnzimmer",
    "Stell en Timer uff zwanzig Minute für de Kuche",
    "Wie wird's Wetter morje in Neustadt?",
    "Schreib Grumbeere uff die Einkaufslischt",
    "Dreh die Heizung uff zweiundzwanzig Grad",
    "Was hör ich grad?",
    "Wer singt des do grad?",
    "Spiel die neu Folg vun The Daily",
    "Mach die Musik aus, ich geh ins Bett",
    "Spiel ebbes vun Queen, awwer laut",
    "Lautstärke uff fünf",
    "Spiel SWR1",
    "Wie spät is es?",
    "Weck mich morje um sieben",
    "Dimm es Licht in de Küch",
    "Spul dreißig Sekunde vor, do is Werbung",
    "Schalt de Lautsprecher aus",
    "Vun welchem Album is des Lied?",
    "Spiel Musik in alle Zimmer, mer feiern",
]
