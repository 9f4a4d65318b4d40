"""Writer 177, chatty warm Swabian from Stuttgart, German."""

from .fresh import Fresh

FRESH = [
    # top_artists
    Fresh(
        text="Grüß Gott! Sag amol, wer war denn letschte Woch mei meischtg'hörter Künschtler? I frag bloß so, aus Neugier, gell.",
        family="top_artists",
        period="last_week",
    ),
    Fresh(
        text="Hano, i glaub i bin grad bissle narrisch nach oiner Band - von wem war i denn in letschter Zeit so b'sessa? Mei Ma sagt, 's isch immer dasselbe.",
        family="top_artists",
        period="lately",
    ),
    Fresh(
        text="Mei Nachbarin hat mi g'fragt und i hab's net g'wusst - wer sind denn des Johr meine drei Top-Künschtler?",
        family="top_artists",
        period="this_year",
        count=3,
    ),
    Fresh(
        text="In der Küch, wen hen mir im Oktober am meischte g'hört? Bei uns lauft ja dauernd ebbes, do verliert ma de Überblick.",
        family="top_artists",
        period="october",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Zwanzigfünfundzwanzig, wer war do eigentlich mei Lieblingskünschtler? Des isch scho so lang her, kommt mir vor, gell.",
        family="top_artists",
        period="in_2025",
    ),
    # top_tracks
    Fresh(
        text="Sag mal, was isch denn mei Lied vom Monat? I summ scho de ganze Tag ebbes vor mi na und komm oifach net drauf.",
        family="top_tracks",
        period="this_month",
        content="music",
    ),
    Fresh(
        text="Gib mir doch amol meine fünf meischtg'spielte Lieder seit März, gell, i mach a Lischt für de Geburtstag von meiner Schwägerin.",
        family="top_tracks",
        period="since_march",
        count=5,
        content="music",
    ),
    Fresh(
        text="In de letschte dreißig Täg, welches Lied han i am öftesten g'spielt? Mei Schwiegermutter frogt scho dauernd.",
        family="top_tracks",
        period="last_30_days",
        content="music",
    ),
    Fresh(
        text="Über die letschte zwei Woche, welches Lied lief do am meischte? I komm grad net drauf, des isch wie verhext.",
        family="top_tracks",
        period="last_2_weeks",
        content="music",
    ),
    # top_albums
    Fresh(
        text="Welches Album hab i denn im Summer am meischte g'hört? Des war so a schöner Summer, gell, mit'm Grille und allem.",
        family="top_albums",
        period="summer",
    ),
    Fresh(
        text="Was isch eigentlich mei Lieblingsalbum, so insgesamt, über älles? I bin g'spannt wie a Flitzebogen.",
        family="top_albums",
        period="all_time",
    ),
    Fresh(
        text="Letscht Johr, meine zwei meischtg'hörte Alben, welche waret des? Mei Neffe will wisse, ob sei Tante cool isch.",
        family="top_albums",
        period="last_year",
        count=2,
    ),
    # top_podcasts
    Fresh(
        text="Welchen Podcast hab i des Johr am meischte g'hört? I kann's mir scho denke, aber sag's trotzdem, gell.",
        family="top_podcasts",
        period="this_year",
        content="podcasts",
    ),
    Fresh(
        text="Beim Gmüs schnippeln lauft bei mir immer ebbes - was isch denn in letschter Zeit so mei Lieblingspodcast?",
        family="top_podcasts",
        period="lately",
        content="podcasts",
    ),
    # listening_time
    Fresh(
        text="Wie lang lief denn die Woch Musik bei mir? Mei Ma moint, des Ding isch nie aus, i will's jetzt wisse.",
        family="listening_time",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Geschdern Obend, wie lang hab i do ung'fähr g'hört? I hab beim Spätzle schabe total d'Zeit vergesse.",
        family="listening_time",
        period="yesterday_evening",
    ),
    Fresh(
        text="Wie lang hen mir am Wochenend in der Küch g'hört? Bei uns war jo Bsuch, de ganze Verwandtschaft aus Esslinge.",
        family="listening_time",
        period="last_weekend",
        room="kitchen",
        person="we",
    ),
    Fresh(
        text="Wie viel Zeit hab i im September mit Podcasts verbracht? Nur so, bissle Statistik, gell, i bin halt neugierig.",
        family="listening_time",
        period="september",
        content="podcasts",
    ),
    # plays
    Fresh(
        text="Wie viele Lieder hab i heit scho g'spielt? Kommt mir vor wie a ganze Menge, i bin heit so gut drauf.",
        family="plays",
        period="today",
        content="music",
    ),
    Fresh(
        text="Wie oft wurd letschte Monat insgesamt ebbes abg'spielt? Also älles zamme, ohne Unterschied.",
        family="plays",
        period="last_month",
    ),
    Fresh(
        text="In de letschte drei Monat, wie viele Folge hab i g'hört? I glaub, i werd langsam so a Podcast-Mensch, hano.",
        family="plays",
        period="last_3_months",
        content="podcasts",
    ),
    # artists_count
    Fresh(
        text="Wie viele verschiedene Künschtler hab i des Johr g'hört? I hab's G'fühl, 's sind immer die gleiche vier, fünf.",
        family="artists_count",
        period="this_year",
    ),
    Fresh(
        text="Hano, sag amol, wie viele verschiedene Bands und Sänger warn's in de letschte sieben Täg? Mei Freundin moint, i sei so abenteuerlustig.",
        family="artists_count",
        period="last_7_days",
    ),
    # songs_count
    Fresh(
        text="Wie viele verschiedene Lieder hab i im August g'hört? Ohne Wiederholunge, gell, bloß die unterschiedliche.",
        family="songs_count",
        period="august",
        content="music",
    ),
    Fresh(
        text="Seit Mondig, wie viele unterschiedliche Songs waret des bei mir? Bloß so aus Interesse, net dass du denksch.",
        family="songs_count",
        period="since_monday",
        content="music",
    ),
    # play_count
    Fresh(
        text="Wie oft hab i denn Bohemian Rhapsody den Monat g'spielt? D'Nachbarin hat scho g'schimpft, 's war wohl bissle oft.",
        family="play_count",
        period="this_month",
        name="Bohemian Rhapsody",
    ),
    Fresh(
        text="Sei ehrlich, gell - wie viel Queen hab i des Johr eigentlich g'hört?",
        family="play_count",
        period="this_year",
        name="Queen",
    ),
    Fresh(
        text="Daft Punk, wie oft lief des letschte Woch? Mei Bub sagt, i sei zu alt dafür, so a Frechdachs.",
        family="play_count",
        period="last_week",
        name="Daft Punk",
    ),
    Fresh(
        text="Wie oft hab i überhaupt scho die Fanta Vier g'hört? Des sind doch unsre Stuagerter Buaba, do muss i doch!",
        family="play_count",
        period="all_time",
        name="Die Fantastischen Vier",
    ),
    Fresh(
        text="The Daily, wie oft lief des in letschter Zeit? Jeden Morge zum Kaffee, mein i, aber i will's g'nau wisse.",
        family="play_count",
        period="lately",
        name="The Daily",
    ),
    # did_i
    Fresh(
        text="Hab i geschdern eigentlich Justice g'hört? I war nach'm Mittagesse so bissle dösig, i woiß es nimmer.",
        family="did_i",
        period="yesterday",
        name="Justice",
    ),
    Fresh(
        text="Lief letschten Freitig Sexy Boy von Air? Net lache über de Name, gell!",
        family="did_i",
        period="last_friday",
        name="Sexy Boy by Air",
    ),
    Fresh(
        text="Hab i heit früh The Daily g'hört oder net? I vergess grad älles, z'viel im G'schäft.",
        family="did_i",
        period="this_morning",
        name="The Daily",
    ),
    Fresh(
        text="Hab i letscht Johr Radiohead g'hört? A Freundin behauptet des steif und fescht, aber i glaub, die verwechselt mi.",
        family="did_i",
        period="last_year",
        name="Radiohead",
    ),
    Fresh(
        text="Hen mir am dritte November Digital Love g'hört? Des war unser Hochzeitstag, i bin mir fascht sicher.",
        family="did_i",
        period="november_3",
        name="Digital Love",
        person="we",
    ),
    # what_played
    Fresh(
        text="Was hab i denn geschdern Obend älles g'hört? I hab g'kocht und irgendwer hat dauernd umg'schaltet, wahrscheinlich i selber, haha.",
        family="what_played",
        period="yesterday_evening",
    ),
    Fresh(
        text="Was für Musik lief vorgeschdern bei uns? Mir hen Bsuch g'het und älle hen g'fragt, und i hab's net g'wusst.",
        family="what_played",
        period="day_before_yesterday",
        content="music",
        person="we",
    ),
    Fresh(
        text="Erzähl mal, was lief heit Nachmittag bei mir? I war dauernd unterwegs, beim Bäcker und bei der Post und so.",
        family="what_played",
        period="this_afternoon",
    ),
    # playing_at
    Fresh(
        text="Was lief geschdern Obend so gegen Viertel vor acht? Des war so schee, i hab ganz vergesse zu froge.",
        family="playing_at",
        moment="2026-11-19 19:45",
    ),
    Fresh(
        text="Heit früh um halb neun, was hat do g'spielt? I hab grad de Kinder 's Vesper g'richtet, des war a Durchenand.",
        family="playing_at",
        moment="2026-11-20 08:30",
    ),
    Fresh(
        text="I bin grad vom Markt heimkomme und do war ebbes Schönes an - was lief heit Nachmittag um Viertel nach fünf?",
        family="playing_at",
        moment="2026-11-20 17:15",
    ),
    Fresh(
        text="Am Samschdig um neun am Obend, was lief do in der Küch? Mir hen a kleine Feier g'het.",
        family="playing_at",
        moment="2026-11-14 21:00",
        room="kitchen",
    ),
    # taste
    Fresh(
        text="Was für en G'schmack hab i eigentlich? Mei Mädle sagt, i hör nur altmodisches Zeug, des glaub i aber net.",
        family="taste",
        period="all_time",
    ),
    Fresh(
        text="Wie tätsch du mein G'schmack des Johr beschreibe? Aber sei nett, gell, 's isch Freitig.",
        family="taste",
        period="this_year",
    ),
    # peak
    Fresh(
        text="Zu welcher Uhrzeit hör i denn normalerweis, und an welchem Wochetag am meischte? I möcht mei Muster kenne.",
        family="peak",
        period="all_time",
    ),
    Fresh(
        text="Wann lauft bei mir am ehesten Musik, so uhrzeitmäßig, und welcher Tag isch mei Haupttag? Nur so, gell.",
        family="peak",
        period="all_time",
        content="music",
    ),
    # new_artists
    Fresh(
        text="Hab i in letschter Zeit jemand Neues entdeckt? Kommt mir älles so bekannt vor, immer de gleiche Kram.",
        family="new_artists",
        period="lately",
    ),
    Fresh(
        text="Seit Oktober, sind do neue Künschtler dazukomme bei mir? Mei Neffe wollt mir ebbes schicke.",
        family="new_artists",
        period="since_october",
    ),
    # skips
    Fresh(
        text="Wie oft überspring i eigentlich? Mei Ma sagt, i lass nix zu End laufe, der Lausbub.",
        family="skips",
        period="all_time",
    ),
    Fresh(
        text="Wie hoch isch denn mei Skip-Rate den Monat? I war bissle unruhig, glaub i, z'viel los dahoim.",
        family="skips",
        period="this_month",
    ),
    # repeat
    Fresh(
        text="Hör i eigentlich immer dasselbe wieder und wieder? Sei ehrlich, i vertrag's scho.",
        family="repeat",
        period="all_time",
    ),
    Fresh(
        text="Wie isch mei Wiederholungsrate des Johr? Also wie oft hör i die gleiche Sach nomal, mei Ma beschwert sich.",
        family="repeat",
        period="this_year",
    ),
    # streak
    Fresh(
        text="Wie viele Täg am Stück hab i jetzt scho g'hört? I glaub, des isch a Rekord, gell.",
        family="streak",
    ),
    Fresh(
        text="Hano, wie lang isch mei Serie grad, also wie viel Täg hintereinander hab i ebbes g'hört? Net dass i's abreiße lass.",
        family="streak",
    ),
    # first_play
    Fresh(
        text="Wann hab i Justice eigentlich zum erschte Mal g'hört? I glaub, mei Cousin hat mir die empfohle, aber wann bloß?",
        family="first_play",
        name="Justice",
    ),
    Fresh(
        text="Moon Safari, wann isch des Album zum erschte Mal bei mir auftaucht? Kommt mir vor, als hätt i's scho ewig.",
        family="first_play",
        name="Moon Safari",
    ),
    Fresh(
        text="Wann hab i zum erschte Mal Wet Leg g'hört? Im G'schäft hat oiner von dene g'schwärmt, i hab bloß g'nickt.",
        family="first_play",
        name="Wet Leg",
    ),
    # last_play
    Fresh(
        text="Wann hab i des letschte Mal Da Funk g'spielt? Auf oimal fehlt mir des, komisch, gell.",
        family="last_play",
        name="Da Funk",
    ),
    Fresh(
        text="Wann lief zuletzt Café Tacvba bei mir? Mei Spanischkurs fangt am Mondig wieder a.",
        family="last_play",
        name="Café Tacvba",
    ),
    # last_song
    Fresh(
        text="Was war des letschte Lied, des i g'spielt hab? 's goht mir net aus'm Kopf und de Name isch weg.",
        family="last_song",
        content="music",
    ),
    Fresh(
        text="Was hab i zuletzt g'hört, ganz zuletzt? I bin z'faul, aufs Handy z'gucke, sag du's mir.",
        family="last_song",
    ),
    # first_today
    Fresh(
        text="Mit was bin i heit aufg'wacht? I war so verschlofe, i hab nix mitkriegt, gar nix.",
        family="first_today",
    ),
    Fresh(
        text="Welches war heit 's erschte Lied? Beim Kaffee mache war i no halb im Bett, ehrlich.",
        family="first_today",
        content="music",
    ),
    # first_in
    Fresh(
        text="Was war geschdern 's erschte Lied? I möcht's mir merke, geschdern isch nämlich älles guat g'laufe.",
        family="first_in",
        period="yesterday",
        content="music",
    ),
    Fresh(
        text="Am dritte November, mit was hab i do ag'fange? Des war unser Hochzeitstag, so a schöner Morge.",
        family="first_in",
        period="november_3",
    ),
    # last_in
    Fresh(
        text="Was hab i letschte Nacht als Letschtes g'hört, bevor i eig'schlofe bin? I bin jo glatt weggedöst.",
        family="last_in",
        period="last_night",
    ),
    Fresh(
        text="Mit welchem Lied hab i am Samschdig aufg'hört? Des Fescht ging lang, mir hen bis in d'Nacht g'feiert.",
        family="last_in",
        period="saturday",
        content="music",
    ),
    # most_skipped
    Fresh(
        text="Welches Lied skipp i am meischte? Des arme Ding, gell, des kann jo nix dafür.",
        family="most_skipped",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Des Johr, welches Lied hab i am häufigschte übersprunge? I will bloß wisse, wer des Opfer isch.",
        family="most_skipped",
        period="this_year",
        content="music",
    ),
    # most_skipped_artist
    Fresh(
        text="Welchen Künschtler überspring i am meischte? Aber net weitersage, haha, des bleibt unter uns.",
        family="most_skipped_artist",
        period="all_time",
    ),
    Fresh(
        text="Wen skipp i in letschter Zeit am öftesten, so vom Künschtler her? Do isch wohl oiner in Ungnade g'falle.",
        family="most_skipped_artist",
        period="lately",
    ),
    # on_repeat
    Fresh(
        text="Welches Lied lauft bei mir grad in Dauerschleife? Sogar mei Ma pfeift's scho beim Rasiere.",
        family="on_repeat",
        content="music",
    ),
    Fresh(
        text="Was hab i grad so auf Repeat? Hano, i ahn's scho, aber sag's trotzdem.",
        family="on_repeat",
    ),
    # recap
    Fresh(
        text="Wie war mei Musikwoch? Erzähl mal, i hab Zeit, der Kaffee isch fertig und d'Füß sind hochg'legt.",
        family="recap",
        period="this_week",
        content="music",
    ),
    Fresh(
        text="Gib mir doch amol a Zusammenfassung von meim Höre, oifach so, i bin g'spannt.",
        family="recap",
        period="this_month",
    ),
    Fresh(
        text="Erzähl mal, wie war mei Oktober so, hörmäßig? Do war jo viel los, Herbschtferie und älles.",
        family="recap",
        period="october",
    ),
    Fresh(
        text="Mei Johresrückblick bitte, so wie die Apps des im Dezember mache, aber jetzt scho, i kann net warte.",
        family="recap",
        period="this_year",
    ),
    Fresh(
        text="Wie war eigentlich mei letschter Summer, was 's Höre angoht? Kurzer Rückblick, dann mach i 's Nachtesse.",
        family="recap",
        period="last_summer",
    ),
    # compare_day_parts
    Fresh(
        text="Bin i eher a Morge- oder a Obendhörer? Mei Ma und i hen a Wett laufe, um a Viertele.",
        family="compare_day_parts",
        period="all_time",
    ),
    Fresh(
        text="Den Monat, hör i do mehr morgens oder obends? Mei Arbeitszeite hen sich g'ändert, drum frag i.",
        family="compare_day_parts",
        period="this_month",
    ),
    # compare_week
    Fresh(
        text="Hör i am Wochenend mehr Musik als unter der Woch? I moin, sonntags isch's am meischte, aber wer woiß.",
        family="compare_week",
        period="all_time",
        content="music",
    ),
    Fresh(
        text="Letschte Monat, Wochenend gegen Werktag, wo hab i mehr g'hört? Klär des mal für mi, gell.",
        family="compare_week",
        period="last_month",
    ),
]

NEGATIVES = [
    "Spiel amol Daft Punk in der Küch, gell, i fang jetzt mit'm Koche a.",
    "Mach d'Musik bissle lauter, i hör ja nix bei dem Dampfkochtopf.",
    "Was lauft grad in der Küch? Des isch schee, wer hat des a'gmacht?",
    "Was isch des für a Lied? Hano, des kenn i doch irgendwoher.",
    "Überspring des Lied, des mag i heit net, gell.",
    "Mach den Podcast mol kurz auf Pause, 's klingelt an der Tür.",
    "Nächschter Titel im Wohnzimmer, bitte.",
    "Mach 's Licht in der Küch aus, i bin fertig für heit.",
    "Spiel des Album Discovery, aber richtig laut, 's isch Freitig!",
    "Lautstärke auf zwanzig, 's Kind schloft grad.",
    "Mach amol Zufallswiedergabe a, die Reihefolg isch mir z'langweilig.",
    "Stell des Lied auf Wiederholung, des isch so schee.",
    "Verbind die Lautsprecher in Küch und Wohnzimmer, mir kriege glei Bsuch.",
    "Stell en Timer auf zwölf Minute für d'Spätzle, sonscht pappet die.",
    "Wie wird's Wetter morge in Stuagert? Brauch i en Schirm?",
    "Schreib Maultasche und Zwiebele auf d'Einkaufslischt, sonscht vergess i's wieder.",
    "Stell d'Heizung auf zweiezwanzig Grad, 's isch saukalt dahoim.",
    "Was hör i grad? Des liegt mir auf der Zung.",
    "Spiel bissle Queen in der Küch, 's isch Putzzeit.",
    "Mach d'Musik aus, mei Mutter ruft a.",
    "Spiel The Daily weiter, wo i aufg'hört hab.",
    "Zurück zum vorige Lied, i hab de Afang verpasst.",
    "Wer singt des grad? Schnell, bevor's aus isch.",
    "Spiel Bohemian Rhapsody auf älle Lautsprecher, heit isch Party!",
    "Mach älles in der Küch stumm, i telefonier grad.",
    "Schieb d'Musik ins Schlofzimmer, i leg mi bissle na.",
    "Weck mi morge um sechse, i hab Yoga, gell.",
    "Spiel ebbes Ruhigs, i hab en lange Tag g'het.",
    "Regnet's heit Obend no? Mei Wäsch hängt draußa.",
    "Spul dreißig Sekunde vor in dem Podcast, die Werbung nervt.",
]
