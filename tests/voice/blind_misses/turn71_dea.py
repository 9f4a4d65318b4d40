"""Issue 45's sixty-ninth turn, German: blind writer 468, a Luxembourger.

Writer 468 asked in German full of Luxembourgish and French: "Wéi dacks
hunn ech gëschter Queen gelauschtert?", "Wat war dat leschte Lidd, dat ech
gespillt hunn?", "wéi vill Stonnen hu mir lescht Woch gelauschtert en
fait", "Top fënnef Lidder säit März, bitte", "gëff mer e Résumé vu menger
Woch, merci". Only 8 of 57 were understood, and nine were answered for
another period or question: "dëse Mount", "lescht Woch", "in letzter
Zäit" were no period, so the whole history was answered. What this file
pins, in its own phrasings (`parse.luxembourgish_de`, Luxembourgish rows
in `parse.world_times` and net lines in `sentences/de.yaml`):

- the words of time: "gëschter Owend", "virgëschter", "haut moien", "haut
  de Mëtteg", "lescht Woch", "lescht Mount", "dëse Mount", "dëst Joer";
- the verbs and question words: "hunn ech ... gelauschtert", "hu mir ...
  gespillt", "wéi dacks", "wéi vill", "wéi ee", "mat wéi engem", "wat
  leef", "skippen ech", "lauschteren ech méi ... wéi", "ugefaangen";
- the nouns and numbers: "Lidd", "Lidder", "Stonnen", "Artisten", "dräi",
  "fënnef", "néng", "Véierel no", "éischt", "déi lescht Kéier";
- the French around the question: "merci", "quoi", "s'il te plaît";
- a recap ("wéi war mäin September musikalesch", "e Résumé vu mengem
  Oktober") and a ranking after "sag mer meng fënnef ... Lidder".
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    (
        "de",
        "Wéi dacks hunn ech dëse Mount Genesis gelauschtert?",
        "Wie oft habe ich diesen Monat Genesis gehört?",
    ),
    (
        "de",
        "wéi vill Lidder hu mir lescht Woch gespillt, merci",
        "wie viele Lieder haben wir letzte Woche gespielt",
    ),
    (
        "de",
        "Wat hunn ech virgëschter Owend gelauschtert?",
        "Was habe ich vorgestern Abend gehört?",
    ),
    (
        "de",
        "welche Band hab ech dëst Joer am meeschten gelauschtert",
        "welche Band habe ich dieses Jahr am meisten gehört",
    ),
    ("de", "Lauschteren ech méi owes wéi moies?", "Höre ich mehr abends als morgens?"),
    (
        "de",
        "Wéi ee Künstler skippen ech am meeschten?",
        "Welchen Künstler überspringe ich am meisten?",
    ),
    (
        "de",
        "mat wéi engem Lidd hunn ech haut moien ugefaangen",
        "mit welchem Lied habe ich heute morgen angefangen",
    ),
    (
        "de",
        "wat leef gëschter géint Véierel no néng",
        "was lief gestern gegen viertel nach neun",
    ),
    (
        "de",
        "Wéi war mäin September musikalesch?",
        "wie war mein September musikalisch",
    ),
    ("de", "Top dräi Lidder säit Juli, s'il te plaît", "Top drei Lieder seit Juli"),
    (
        "de",
        "Hunn ech lescht Mount Justice gelauschtert oder net?",
        "Habe ich letzten Monat Justice gehört?",
    ),
    (
        "de",
        "wéi vill Stonnen hunn ech haut de Mëtteg gelauschtert",
        "wie viele Stunden habe ich heute nachmittag gehört",
    ),
    (
        "de",
        "Genesis, wann hunn ech dat déi lescht Kéier gelauschtert?",
        "wann habe ich Genesis das letzte Mal gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "wéi dacks hunn ech dëse Mount Sexy Boy gelauschtert, merci",
        "wie oft habe ich diesen Monat Sexy Boy gehört",
        "de",
    ),
    (
        "Welchen Artist hab ech lescht Mount am meeschten gelauschtert?",
        "Welchen Künstler habe ich letzten Monat am meisten gehört?",
        "de",
    ),
    (
        "wéi vill verschidde Artisten hunn ech dëse Mount gelauschtert, quoi",
        "wie viele verschiedene Künstler habe ich diesen Monat gehört",
        "de",
    ),
    (
        "Wat hunn ech virgëschter Owend gelauschtert?",
        "Was habe ich vorgestern Abend gehört?",
        "de",
    ),
    (
        "Hunn ech lescht Woch Justice gelauschtert?",
        "Habe ich letzte Woche Justice gehört?",
        "de",
    ),
    (
        "wat leef gëschter géint Véierel no néng",
        "was lief gestern gegen viertel nach neun",
        "de",
    ),
    (
        "mat wéi engem Lidd hunn ech haut moien ugefaangen",
        "mit welchem Lied habe ich heute morgen angefangen",
        "de",
    ),
    (
        "Wéi ee Künstler skippen ech am meeschten?",
        "Welchen Künstler überspringe ich am meisten?",
        "de",
    ),
    (
        "Lauschteren ech méi owes wéi moies?",
        "Höre ich mehr abends als morgens?",
        "de",
    ),
    (
        "wéi vill Stonnen hu mir dëst Joer gelauschtert",
        "wie viele Stunden haben wir dieses Jahr gehört",
        "de",
    ),
    (
        "sag mer meng fënnef meescht gespillte Lidder vum September",
        "nenn mir meine fünf meistgespielten Lieder vom September",
        "de",
    ),
    (
        "Top dräi Artisten säit Juli, s'il te plaît",
        "Top drei Künstler seit Juli",
        "de",
    ),
    (
        "gëff mer e Résumé vu mengem Oktober, merci",
        "gib mir eine Zusammenfassung von meinem Oktober",
        "de",
    ),
    (
        "Wéi war mäin September musikalesch?",
        "wie war mein September musikalisch",
        "de",
    ),
    (
        "Genesis, wann hunn ech dat déi lescht Kéier gelauschtert?",
        "wann habe ich Genesis das letzte Mal gehört",
        "de",
    ),
    ("wat war dat éischt Lidd gëschter", "was war das erste Lied gestern", "de"),
    (
        "wat war dat leschte Lidd lescht Samschdeg",
        "was war das letzte Lied letzten Samstag",
        "de",
    ),
    (
        "Lauschteren ech ëmmer déi selwecht Lidder?",
        "Höre ich immer dieselben Lieder?",
        "de",
    ),
    # The writer's own words, where the answer was another question's.
    (
        "Moien, welcher Künstler hab ich dëse Mount am meeschten gelauschtert?",
        "welcher Künstler habe ich diesen Monat am meisten gehört",
        "de",
    ),
    (
        "hab ich in letzter Zäit Justice gehört oder net",
        "habe ich in letzter Zeit Justice gehört",
        "de",
    ),
    ("was lief haut moien um halb néng", "was lief heute morgen um halb neun", "de"),
    (
        "wie viel hab ich lescht Woch iwwersprongen, Skip-Rate quoi",
        "wie viel habe ich letzte Woche übersprungen",
        "de",
    ),
    (
        "Wat war dat leschte Lidd, dat ech gespillt hunn?",
        "Was war das letzte Lied, das ich gespielt habe?",
        "de",
    ),
    (
        "Hab ich dëse Mount nei Künstler entdeckt?",
        "Habe ich diesen Monat neue Künstler entdeckt?",
        "de",
    ),
    (
        "sag mal, wat fir Musik hab ich haut de Mëtteg gehört?",
        "was für Musik habe ich heute nachmittag gehört",
        "de",
    ),
    (
        "wéi dacks lief Bohemian Rhapsody dëse Mount, merci",
        "wie oft lief Bohemian Rhapsody diesen Monat",
        "de",
    ),
    (
        "wer war bei uns lescht Joer de Artiste numéro un",
        "wer war bei uns letztes Jahr der Künstler Nummer eins",
        "de",
    ),
    (
        "alors mat wem war ich lescht Woch so richteg obsédé, welche Band?",
        "von welcher Band war ich letzte Woche besessen",
        "de",
    ),
    (
        "bon, welcher Podcast ist in letzter Zäit mein Favori?",
        "welcher Podcast ist in letzter Zeit mein Favorit",
        "de",
    ),
    # The writer's other questions, each once not understood.
    (
        "Wéi dacks hunn ech gëschter Queen gelauschtert?",
        "Wie oft habe ich gestern Queen gehört?",
        "de",
    ),
    (
        "am drëtten November, hab ich do Sexy Boy vun Air gelauschtert?",
        "habe ich am dritten November Sexy Boy von Air gehört",
        "de",
    ),
    (
        "wie viele Episoden vom Podcast hab ich dëse Mount gehört",
        "wie viele Episoden vom Podcast habe ich diesen Monat gehört",
        "de",
    ),
    (
        "wéi vill Stonnen hu mir lescht Woch gelauschtert en fait",
        "wie viele Stunden haben wir letzte Woche gehört",
        "de",
    ),
    (
        "säit Méindeg, wéi vill hab ich gespillt, alles zesummen?",
        "wie viel habe ich seit Montag insgesamt gespielt",
        "de",
    ),
    (
        "Wat leef gëschter Owend géint Véierel no aacht?",
        "Was lief gestern abend gegen viertel nach acht?",
        "de",
    ),
    (
        "haut de Mëtteg um fënnef Auer, wat war do un?",
        "was lief heute nachmittag um fünf uhr",
        "de",
    ),
    (
        "wat fir eng Musik hunn ech gär, so allgemeng",
        "was für eine Musik mag ich so allgemein",
        "de",
    ),
    (
        "Wéi vill Deeg hannereneen hunn ech elo gelauschtert?",
        "Wie viele Tage hintereinander habe ich jetzt gehört?",
        "de",
    ),
    (
        "wéi eng nei Artisten sinn an de leschten dräi Méint dobäikomm",
        "welche neuen Künstler sind in den letzten drei Monaten dazugekommen",
        "de",
    ),
    (
        "hör ich am Weekend méi Musik wéi an der Woch?",
        "höre ich am Wochenende mehr Musik als unter der Woche",
        "de",
    ),
    (
        "mäi Lieblingsalbum vum Summer, wat war dat nach?",
        "was war mein Lieblingsalbum vom Sommer",
        "de",
    ),
    (
        "e klenge Réckbléck op de leschte Summer bitte",
        "ein kleiner Rückblick auf den letzten Sommer bitte",
        "de",
    ),
    (
        "Um wéi vill Auer lauschteren ech normalerweis Musik, an un wéi engem Dag?",
        "Um wie viel Uhr höre ich normalerweise Musik, und an welchem Tag?",
        "de",
    ),
    (
        "bei wéi engem Künstler drécken ech am meeschten op Skip",
        "bei welchem Künstler überspringe ich am meisten",
        "de",
    ),
    (
        "Wat ass mäi Lieblingslidd vun dësem Joer, quand même?",
        "Was ist mein Lieblingslied von diesem Jahr?",
        "de",
    ),
)

STAYS: tuple[Stays, ...] = (
    ("spill mer e Lidd vun Queen", "de"),
    ("wat fir e Lidd leeft elo", "de"),
    ("wat lauschteren ech elo", "de"),
    ("spill dat, wat ech gëschter gelauschtert hunn", "de"),
    ("maach d'Musek an der Kichen méi lues", "de"),
    ("wéi vill Auer ass et", "de"),
    ("hunn ech de Wecker fir muer gesat", "de"),
    ("spill meng fënnef Lieblingslidder vum Summer", "de"),
    ("wat fir e Wieder gëtt et haut de Mëtteg", "de"),
)
