"""Issue 45's forty-eighth turn: blind writers 276 to 283, their wrong facts and misses.

Writers 276 to 283 (a Welsh valleys pensioner and a Kölsch carnival fan, an
Indian IT professional and a Lower Bavarian farmer, an American student and
a Berlin teenager, a Jamaican and a Viennese pensioner, an Australian tradie
and a young Ruhr speaker in Kiezdeutsch, a Geordie and a Zurich speaker, a
Spanish learner of English and an English learner of German, a Singaporean
and a Palatinate winegrower) were scored on the tree with the forty-seventh
turn's mends, before anything was tuned on them. What they showed, in this
file's own phrasings:

- Wrong facts: Tyneside's "yesterdi" was no time (today or all time was
  answered), "name us them" after the question made it the household's,
  "been repeatin" was the listening time, and "five most played tracks" no
  count; the Patois "top tree artis" and "which artis mi skip" were songs;
  "today evening five fifteen" lost its clock; "night person" compared the
  mornings with the empty small hours; Singlish "for music, ..." lost the
  music and "how much I repeat" was the listening time; Cologne's "in de
  letzte dreißig Tach" lost its period, and "Air, hab ich dat ... jet
  jehört" lost Air (last week's plays were counted); Zurich's "Wänn hani
  zletscht ... ghört" and Vienna's "X, wann woa de zletzt dran" were the
  last song of all; "dat selbe ... rauf und runter" was the song on
  repeat, not the repeat rate, and a learner's "auf Wiederholung" the
  reverse; "en Rückblick uff's Johr" recapped this month.
- Misses: a Geordie "ah" for I, Patois "mi" as a listener, an Indian
  "which artist is getting played" (read as a person called "getting"),
  "in august month", "saturday sunday compared to office days", a Spanish
  learner's "sounded more", "for the first time" after the name,
  "obsessioned"; the South's and Austria's "Künstler vom Johr", "Nummer
  ans", "Liabling…", "meistgspuits", "hintaranaund", "drah i weg", "drück i
  uf wiiter", and a learner's "wie viele Zeiten habe ich gehört zu …".
- A Berlin teenager's "song auf repeat bro" (a command) was answered.
"""

from . import Answered, Read, Stays

READ: tuple[Read, ...] = (
    ("en", "did ah hear any air yesterdi", "did I listen to Air yesterday"),
    (
        "en",
        "how much time did we spend listening yesterdi",
        "how long did we listen yesterday",
    ),
    (
        "en",
        "how much have ah been repeatin tracks this month",
        "how much have I been repeating tracks this month",
    ),
    (
        "en",
        "four most played songs since june, name us them",
        "my four most played songs since june",
    ),
    ("en", "mi top tree artis dis year", "my top three artists this year"),
    ("en", "which artis mi skip di most", "which artists do I skip the most"),
    (
        "en",
        "this morning eight fifteen what was playing",
        "what was playing this morning at eight fifteen",
    ),
    ("en", "how much i repeat", "what is my repeat rate"),
    (
        "en",
        "the daily ah, when it first turn up",
        "when did I first play The Daily",
    ),
    (
        "en",
        "which tracks sounded more last week",
        "which tracks did I play the most last week",
    ),
    (
        "en",
        "when i listened queen for the first time",
        "when did I first play Queen",
    ),
    (
        "en",
        "which artist is getting played maximum this month",
        "which artist is played the most this month",
    ),
    (
        "en",
        "how many different songs in october month",
        "how many different songs in october",
    ),
    (
        "en",
        "how much justice have i been pumping lately",
        "how often did I play Justice lately",
    ),
    ("en", "ada listen to what last week", "what did ada listen to last week"),
    (
        "de",
        "wie lang hab ich in de letzte zwanzig Tach Musik jehört",
        "wie lange habe ich in den letzten zwanzig Tagen Musik gehört",
    ),
    (
        "de",
        "Justice, hab ich dat vorije Woch jet jehört",
        "hab ich Justice letzte Woche gehört",
    ),
    ("de", "hör ich immer dat selbe rauf und runter", "höre ich immer dasselbe"),
    (
        "de",
        "Radiohead, wann woa de zletzt dran",
        "wann habe ich Radiohead zuletzt gehört",
    ),
    (
        "de",
        "wänn hani s erschte mal Queen ghört",
        "wann habe ich Queen zum ersten Mal gehört",
    ),
    (
        "de",
        "welches Lied habe ich auf Wiederholung diese Woche",
        "welches Lied habe ich diese Woche in Dauerschleife",
    ),
    (
        "de",
        "gib mir en Rückblick uff's Johr",
        "gib mir einen Rückblick auf dieses Jahr",
    ),
    (
        "de",
        "was ist mein meistes gespielt Album dieses Jahr",
        "was ist mein meistgespieltes Album dieses Jahr",
    ),
    (
        "de",
        "wer woa heuer mei Künstler Nummer ans",
        "wer war dieses Jahr mein Künstler Nummer eins",
    ),
    (
        "de",
        "wie vü Tag hintaranaund hob i scho wos ghört",
        "wie viele Tage hintereinander habe ich gehört",
    ),
    (
        "de",
        "wöchs Liad drah i am öftestn weg",
        "welches Lied überspringe ich am häufigsten",
    ),
    (
        "de",
        "wie viele Zeiten habe ich gehört zu Genesis",
        "wie oft habe ich Genesis gehört",
    ),
    (
        "de",
        "wie lange habe ich gehört zu Musik gestern",
        "wie lange habe ich gestern Musik gehört",
    ),
)

ANSWERED: tuple[Answered, ...] = (
    (
        "did ah listen to any queen yesterdi",
        "did I listen to Queen yesterday",
        "en",
    ),
    ("Heer isch abends mehr oder morgens", "höre ich mehr abends oder morgens", "de"),
    ("Wänn hani zletscht Queen ghört", "wann habe ich zuletzt Queen gehört", "de"),
)

STAYS: tuple[Stays, ...] = (
    ("song auf repeat digga", "de"),
    ("Lied überspringen bro", "de"),
)
