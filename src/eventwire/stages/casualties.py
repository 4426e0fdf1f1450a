"""Casualty figures: how many were killed and injured, as a sentence reports them.

Pure text functions (regular expressions over a small table of number words, ``data/numbers.tsv``),
compiled once at import. ``find_counts`` gives one ``CountMention`` per figure, with its offsets:

- the verb and its object: "killing 15 people" (the span is "killing 15"), "wounded 5", "killed a
  dozen", "leaving 11 people dead", "claimed the lives of 4", a phrasal killing ("shot dead 3",
  "gunned down four", "hacked to death six"), other verbs of killing ("murdered", "beheaded",
  "assassinated", "lynched"; "lynched and burned 13"), the noun of one ("the killing of seven",
  "the deaths of 12") and a named victim of a phrasal killing ("shot dead Maria Gonzalez": 1);
- bodies found or taken in ("the bodies of (the) 11 men were discovered", "received 12 bodies"), "the
  dead included seven women" (at least seven), people taken then found dead (``taken_found_dead``);
- a figure and what happened to it: "15 people were killed", "15 dead", "three killed", "at least 12
  people died", "37 injured", "five are reported to have been killed", "12 were executed", "two guards
  who tried to flee were shot dead" (a relative clause between; names between, ``named_victims``),
  "killed him" (1, ``one_victim``), "two sustained injuries" (not "fatal
  injuries"), "a policeman was wounded" (1; only for a word naming a person), "two more succumbed",
  "killing his nephew" (1), a headline's victim without an article ("Man shot, killed on west
  side", "Girl, 6, dies", "Driver wounded in ambush": 1, never an active verb as in "Soldier
  killed two rebels"), two victims one by one ("a man and a 16-year-old boy were shot": 2);
- a deadly attack without a figure: "a fatal shooting", "the shooting death of" give killed 1, the
  least the words say, and only when the sentence gives no killed figure of its own;
- a shooting without a figure: "investigating a shooting" gives injured 1 ("a double shooting" 2),
  the least the word says (someone was hit), only when the sentence gives no injured figure of its
  own; like "shot", it names people hit, dead or alive, so the dead of its event count among them;
- one person hurt, told by the wound or the condition: "a man with a gunshot wound", "found a man
  suffering from a gunshot wound" (not "the body of a man with ..."), "two critical", "three
  were hospitalized", "a second victim was grazed", "one was killed, another was injured";
- two dead, one named with the other: "was killed along with her husband" gives killed 2; a toll:
  "the death toll rose to 30", "12 deaths", "5 fatalities";
- explicit zeros: "no one was hurt", "no casualties were reported", "there were no injuries" give
  0. "Hurt", "harmed", "casualties" and "killed or hurt" cover the dead and the injured: a killed and
  an injured mention of 0; "injured"/"wounded"/"injuries" only an injured one, "killed"/"died"/"deaths"
  only a killed one. "No immediate reports of casualties" / "... immediately reported" are no zero.

Values are the conservative figure: "at least 37", "more than 20", "over 20", "nearly 40", "about
40", "up to 30" and "as many as 30" all give the figure written (the text states no lower one).
Vague words have fixed values ("a few"/"several" 3, "tens" 10, "dozens" 12, "scores" 20, "hundreds"
100, "thousands" 1000; "two dozen" 24). A range "between 10 and 15" / "10 to 15" / "10, and possibly
as many as 15," gives value 10, high 15; so do competing figures "15 according to police, 20
according to medics". Coordinated figures are added: "leaving four soldiers and two rebels dead" is
killed 6. A toll revised ("police later corrected the figure to 11") replaces the figures told before
it (``revisions``); "two of the wounded later died" are dead, not hurt (``more_dead``). "N casualties"
or "N killed or wounded" give nothing: they count the dead and the hurt together. A sub-count ("15 were
killed, among them three policemen", "including two children") is not emitted again. Attackers killed
("the bomber was killed") are ordinary killed mentions: ACLED counts every death in an event; the event
stage takes the largest figure of each kind, so they are added on top of the victims only when told as
more ("was also killed", ``tolls.one_more_dead``). The attackers
the other side says it killed in another clause ("killing 50 villagers; the army says it killed 100
attackers") are another act's dead, not the attack's toll (``attackers_dead``). Competing figures
"according to" two sources are read in ``toll_sources``; quoted ones in ``quoted_figures``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from eventwire.records import CountMention
from eventwire.stages import quoted_figures, rollups, subcounts
from eventwire.stages.named_victims import APPOSITIVE
from eventwire.stages.totals import count_total
from eventwire.stages.void_figures import downed_things, either_kind, superseded, toll_of_the_act, wounds_of_the_dead


def _read_numbers() -> dict[str, tuple[int, str]]:
    text = resources.files("eventwire.data").joinpath("numbers.tsv").read_text(encoding="utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return {word.strip(): (int(value), kind.strip()) for word, value, kind in rows[1:]}


NUMBERS = _read_numbers()
PERSONS = (
    "man|woman|child|boy|girl|baby|infant|teenager|person|civilian|resident|villager|citizen|"
    "soldier|trooper|marine|policeman|policewoman|officer|guard|commander|general|colonel|"
    "captain|sergeant|corporal|lieutenant|pilot|peacekeeper|bomber|gunman|attacker|assailant|militant|"
    "fighter|rebel|watchman|guardsman|herdsman|businessman|businesswoman|pastor|cleric|monk|nun|chairman|"
    "councillor|councilor|lawmaker|politician|engineer|labourer|laborer|pupil|refugee|migrant|widow|"
    "insurgent|jihadist|suspect|journalist|reporter|photographer|protester|protestor|demonstrator|"
    "student|worker|farmer|shepherd|fisherman|driver|passenger|doctor|nurse|official|member|"
    "leader|employee|contractor|tourist|pilgrim|worshipper|shopkeeper|teacher|national|"
    "teen|youth|victim|son|daughter|mother|father|husband|wife|brother|sister|stepson|stepdaughter|"
    "stepfather|grandmother|grandfather|uncle|aunt|nephew|niece|cousin|friend|neighbor|neighbour|"
    "girlfriend|boyfriend|clerk|owner|cashier|deputy|cop|trooper|freshman|toddler|homeowner|patron|"
    "customer|bystander|pedestrian|motorist|veteran|priest|imam|inmate|prisoner|hostage|agent|"
    "firefighter|paramedic|sheriff|mayor|judge|lawyer|activist|vendor|trader|herder|miner|chief|elder|"
    "player|star|athlete|robber|carjacker|shooter|juvenile|security\\s+guard|spy|informant|informer|collaborator"
)


def _words(kind: str) -> str:
    words = sorted((w for w, (_, k) in NUMBERS.items() if k == kind), key=len, reverse=True)
    return "|".join(w.replace(" ", r"\s+") for w in words)


_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_WORDNUM = rf"(?:(?:{_words('number')})(?:[- ]{_UNIT})?)(?![\w-])"
_BASE = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?!\d|[:/.,]\d|(?:st|nd|rd|th)\b)|{_WORDNUM})"  # not 7:30, 3/4, 2.5, 3rd
_MULT = rf"(?:{_words('multiplier')})(?![\w-])"
_NUMBER = (
    rf"(?:(?:an?|{_BASE})\s+{_MULT}(?:\s+(?:and\s+)?{_WORDNUM})?|{_BASE}"
    rf"|(?:{_words('vague')})(?![\w-])(?:\s+of(?=\s))?)"
)
_YEARISH = r"(?:(?<=\bin )|(?<=\bsince )|(?<=\bduring )|(?<=\buntil )|(?<=\bof ))(?:19|20)\d\d\b"
_MAYBE = rf",?\s+(?:and|or)\s+(?:possibly|perhaps|maybe|probably)\s+(?:as\s+many\s+as\s+|up\s+to\s+)?{_NUMBER},?(?=\s)"
_RANGE = rf"between\s+{_NUMBER}\s+and\s+{_NUMBER}|{_NUMBER}{_MAYBE}|{_NUMBER}(?:\s*(?:-|–|to|or)\s*{_NUMBER})?"
_NOT_AGE = r"(?<!\bturned )(?<!\baged )(?<!\bage )(?<!\bmother of )(?<!\bfather of )(?<!\bparent of )"
_COUNT = rf"{_NOT_AGE}(?!{_YEARISH})(?:{_RANGE})"  # not an age: "turned 21", "a mother of three"
_MOD = (
    r"(?:(?:at\s+least|more\s+than|well\s+over|over|nearly|almost|about|around|some|up\s+to|"
    r"as\s+many\s+as|approximately|roughly|an\s+estimated|at\s+most|fewer\s+than|less\s+than|"
    r"upwards\s+of|close\s+to|a\s+total\s+of|another|a\s+further|an\s+additional)\s+)?"
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_GUARD = (
    r"(?!\s*-?\s*(?:years?|year-old|yr|days?|weeks?|months?|hours?|minutes?|seconds?|times|km|"
    rf"kilomet\w*|miles?|met(?:er|re)s?|percent|per\s+cent|%|[ap]\.?m\b|gmt|bc|ad|{_MONTHS}|"
    r"(?:hand)?guns?|rifles?|pistols?|weapons?|shots|rounds?|bullets?|shotguns?)\b)"
    r"(?!(?:(?<=\bone)|(?<=\b1)|(?<=\ba))\s+shot\b)"
)  # "fired one shot" is a shot; "Three shot, one dead" are people hit
_STOP = (
    r"(?:and|or|but|who|whom|which|that|were|was|have|has|had|are|is|be|been|being|in|on|at|by|"
    r"from|to|with|after|when|while|as|if|killed|wounded|injured|arrested|raids?|strikes?|"
    r"airstrikes?|attacks?|bomb\w*|rockets?|shells?|missiles?|mortars?|explosions?|blasts?|"
    r"vehicles?|cars?|buildings?|houses?|homes?|years?|days?|months?|hours?|weeks?|times|"
    r"before|since|until|he|she|they|it|we|you|fired|firing)"
)
_NOUN = rf"(?:(?!{_STOP}\b)[a-z][\w'’-]*,?\s+)"
_NOUNS = rf"{_NOUN}{{0,4}}?"
_AUX = (
    r"(?:(?:(?:are|were|is|was)\s+(?:reported|believed|said|feared|thought|known|understood)\s+to\s+(?:have\s+been|have|be)"
    r"|were|was|have\s+been|had\s+been|has\s+been|are|is|being|been|got|have|has|had)\s+)?"
)  # "15 were killed", "15 are believed to have been killed"
_ADV = (
    r"(?:(?:also|all|reportedly|later|both|confirmed|found|believed|feared|reported|now|so\s+far|critically|seriously|summarily|publicly|"
    r"severely|gravely|badly|slightly)\s+){0,2}"
)
_NOT_ACTIVE = (
    rf"(?!\s+(?:{_MOD.rstrip('?')}|an?\b|the\b|his\b|her\b|their\b|its\b|\d|{_WORDNUM}|"
    rf"(?:{_words('vague')})\b))"
)
_KILL_V = (
    r"kill(?:ed|ing|s)?|slaughter(?:ed|ing|s)?|massacr(?:ed|ing|es)|sla(?:y|ying|in|ys)|slew|murder(?:ed|ing|s)?"
    r"|(?:behead|butcher)(?:ed|ing|s)?|(?:decapitat|assassinat)(?:ed|ing|es)|lynch(?:ed|ing|es)?"
    rf"|execut(?:ed|ing|es)(?=\s+(?:[\w,-]+\s+){{1,3}}?(?:{PERSONS}|people|\w*m[ae]n|wom[ae]n|child|children|hostage"
    r"|prisoner|captive|detainee|spie|deserter|traitor)(?:e?s)?\b)"
)  # "executed 14 soldiers", not "executed 14 raids"
_KILLED_P = (  # told as done to them: "five were murdered", "three were hacked to death"
    r"murdered|beheaded|decapitated|butchered|assassinated|lynched|executed|(?:gunned|mowed)\s+down|(?:burned|burnt)\s+alive"
    r"|(?:hacked|stabbed|beaten|burned|burnt|bludgeoned|clubbed|stoned|tortured|battered|knifed|macheted)\s+to\s+death"
)
_PHRASAL_KILL = (
    r"(?:shot|shoot(?:ing|s)?)\s+(?:dead|to\s+death)|gun(?:ned|ning|s)\s+down|mow(?:ed|ing|s)\s+down"
    r"|(?:hack|stab|beat|burn|bludgeon|club|ston|lynch|tortur|batter|knif|macheted)\w*\s+to\s+death"
    r"|(?:burn(?:ed|ing|s)?|burnt)\s+alive"
)  # a phrasal killing with the victims as its object: "shot dead 3 civilians", "hacked to death six villagers"
_AFTER_KILL = (  # a second act on the same victims: "lynched and burned 13", "murdered and dumped five"
    r"(?:burned|burnt|hanged|dismembered|mutilated|beheaded|decapitated|dumped|buried|tortured|robbed|raped|stripped)"
)
_DEATHS_OF = r"(?:killings?|slayings?|murders?|massacre|deaths?)\s+of"  # "the killing of seven protesters"
DEATHS_OF = re.compile(rf"{_DEATHS_OF}\b", re.IGNORECASE)
RECALLED = re.compile(
    r"\b(?:anniversary|reminiscent|remembrance|memory|memorial|commemorat\w*|convicted|sentenced|jailed|guilty|"
    r"trial|acquitted|echo(?:es|ed|ing)?)\b(?:\s+[\w'’-]+){0,4}\s*$",
    re.IGNORECASE,
)  # "the anniversary of the killing of 100 protesters", "sentenced him for the murder of two men"
PAST_YEAR = re.compile(
    r"[^,.;]*?\b(?:(?:in|of|on|during)\s+(?:[a-z]+\s+){0,2}(?:\d{1,2},?\s+)?(?:19|20)\d\d\b|last\s+year|"
    r"(?:\w+\s+)?(?:years|decades)\s+ago)",
    re.IGNORECASE,
)  # "the massacre of 8,000 men in Srebrenica in 1995": another time's deaths
FATAL_WOUNDS = re.compile(r"\b(?:fatal|mortal|fatally|mortally)\b", re.IGNORECASE)
_INJURE_V = r"wound(?:ed|ing|s)?|injur(?:ed|ing|es)|hurt(?:ing|s)?|maim(?:ed|ing|s)?"
_FLAGS = re.IGNORECASE

_AND_MORE = (  # "four soldiers and two rebels (dead)": both figures, added
    rf"(?:(?:and|as\s+well\s+as)\s+{_MOD}(?P<n2>{_NUMBER}){_GUARD}\s+{_NOUN}{{1,4}}?)?"
)
_UNITS = r"brigade|battalion|division|regiment|squadron|corps|platoon"
_NOT_UNIT = rf"(?!\d[\d,]*\s+(?:(?-i:[A-Z])|(?:{_UNITS})\b))"  # "killed the 25 Brigade commander": a unit's name
VERB_FIRST = re.compile(
    rf"\b(?P<v>(?:{_KILL_V})\s+and\s+{_AFTER_KILL}|{_PHRASAL_KILL}|{_KILL_V}|{_INJURE_V}|claim(?:ed|ing|s)?\s+the\s+lives\s+of|{_DEATHS_OF})\s+(?:(?:his|her|their|all(?:\s+the)?)\s+|the\s+{_NOT_UNIT})?{_MOD}(?P<n>{_COUNT}){_GUARD}"
    rf"(?:\s+(?:(?!{_STOP}\b)[a-z][\w'’-]*\s+){{1,3}}?and\s+{_MOD}(?P<n2>{_NUMBER}){_GUARD}"
    r"(?!\s+(?:[a-z]+\s+){0,3}?(?:were|was|are|had|have|wounded|injured|hurt)\b)"
    rf"|\s+(?:(?!{_STOP}\b)[a-z][\w'’-]*\s+){{1,3}}?(?:and|as\s+well\s+as)\s+(?P<p2>his|her|their)\s+"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{PERSONS})\b(?!['’]s))?",
    _FLAGS,
)  # "killing his five children as well as his wife": one more person named after the figure
LEAVING = re.compile(
    rf"\b(?:leaving|left|leaves?)\s+{_MOD}(?P<n>{_COUNT}){_GUARD}\s+{_NOUNS}{_AND_MORE}"
    r"(?P<v>dead|killed|injured|wounded|hurt|hospitali[sz]ed)\b",
    _FLAGS,
)
_SHOT = r"(?:shot(?:\s+and|,)?\s+)"  # "shot and killed", "shot, wounded"
_SHOT_KILLED = r"shot\s+(?:dead|to\s+death)|(?:fatally|mortally)\s+(?:shot|wounded|injured)"
_LOST_LIFE = (  # dying told as a loss or a price: "lost their lives", "paid the supreme price"
    r"lost\s+(?:their|his|her)\s+li(?:ves|fe)(?!\s+savings)|paid\s+the\s+(?:supreme|ultimate)\s+price"
    r"|made\s+the\s+(?:supreme|ultimate)\s+sacrifice"
)
_WHO = r"(?:(?:who|that)\s+[^,.;]{1,40}?\s+(?=(?:were|was|had\s+been|have\s+been)\s))?"  # "two men who fled were shot"
NUMBER_FIRST = re.compile(
    rf"\b{_MOD}(?P<n>{_COUNT}){_GUARD}\s+{_NOUNS}{APPOSITIVE}?{_WHO}{_AND_MORE}{_AUX}{_ADV}{_SHOT}?"
    rf"(?P<v>{_SHOT_KILLED}|killed|{_KILLED_P}|dead|deceased|died|slain|wounded|injured|hurt|hospitali[sz]ed|grazed|"
    rf"{_LOST_LIFE}|(?:sustained|suffered|received|had)\s+(?:[\w-]+\s+){{0,2}}?(?:injuries|wounds)|"
    r"perished|succumbed|shot|(?:remain(?:s|ed|ing)?\s+|(?<=were\s)|(?<=are\s))in\s+(?:(?:the|a)\s+)?hospital|"
    r"in\s+(?:critical|serious|grave)\s+condition|critical(?=\s*(?:[,;:.|–-]|$)|\s+(?:after|following|in|at|on)\b))\b"
    + _NOT_ACTIVE,
    _FLAGS,
)
_NOT_AT = (  # "shot at" a target is fired at, not hit: "was shot at but missed", "shot at police"
    r"(?!\s+at\s*(?:[,.;]|$|but\b|and\b|by\b|him\b|her\b|them\b|us\b|me\b|police\b|officers?\b|troops\b|soldiers\b|"
    r"protesters\b|(?:the|a|an)\s+(?:police|officers?|car|vehicle|crowd|trooper|convoy|patrol)\b))"
)
_OF_PLACE = r"(?:\s+(?:of|from)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?<!\bthem)(?<!\bwhom))?"  # "of Gao"
SINGULAR = re.compile(
    rf"\b(?P<v0>{_PHRASAL_KILL}|{_KILL_V}|{_INJURE_V})\s+(?:an?|one|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSONS})\b(?!['’]s)"
    rf"(?P<and2>\s+and\s+(?:an?|his|her|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSONS})\b(?!['’]s))?"
    rf"|\b(?:an?|one|the|another)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{PERSONS}|second|third){_OF_PLACE},?\s+(?:(?:was|has\s+been|had\s+been|is)\s+"
    rf"{_ADV}{_SHOT}?(?P<v>{_SHOT_KILLED}|killed|{_KILLED_P}|dead|deceased|slain|wounded|injured|hurt|grazed|shot{_NOT_AT})\b{_NOT_ACTIVE}"
    rf"|{_ADV}(?P<v2>died|succumbed|{_LOST_LIFE})\b)",
    _FLAGS,
)
_FATAL = (
    rf"{_SHOT_KILLED}|shot(?:,|\s+and|\s+&)\s+killed|shot\s+[^.;|:]{{0,30}}?\bdies|killed|dies|died|slain|"
    r"gunned\s+down|found\s+dead|dead"
)
_NONFATAL = (
    rf"shot(?:,|\s+and|\s+&)\s+(?:injured|wounded|hurt)|wounded|injured|hurt|shot{_NOT_AT}|critical|hospitali[sz]ed"
)
HEADLINE = re.compile(
    rf"^\W*(?:[\w'’-]+:\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{PERSONS})(?:,\s*\d{{1,3}},)?\s+(?:(?:was|is)\s+)?(?:\w+ed(?:,|\s+and)\s+)?"
    rf"(?:(?:accidentally|reportedly|critically|seriously)\s+)?(?:(?P<k>{_FATAL})|(?P<i>{_NONFATAL}))\b"
    r"(?=\s*(?:$|[,;:|.!?(–—-]|(?:in|on|at|near|after|during|by|while|outside|inside|following|overnight|early|late|"
    r"when|as|over|along|across|behind|from|with|\d)\b))",
    _FLAGS,
)  # a headline names one victim without an article: "Man shot, killed on west side", "Girl, 6, dies"
COUNTED_OBJECT = re.compile(r"\s*\d[\d,]*\s+(?!times\b|hours?\b|minutes?\b|days?\b)[a-z]", re.IGNORECASE)
_CONDITION = (
    r"in\s+(?:critical|serious|stable|grave|fair|good)(?:\s+but\s+stable)?\s+condition|hospitali[sz]ed|wounded|injured"
    r"|with\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds?)|(?:in\s+(?:the\s+)?hospital|recovering|stable)(?=\s+(?:after|from|with)\b)"
)
CONDITION = re.compile(
    rf"\b(?:(?:left|leaving|leaves)\s+(?:an?|one|the|another)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{PERSONS}|\d+-year-old)\s+"
    rf"(?:(?:critically|seriously|severely|gravely)\s+)?(?:{_CONDITION})"
    rf"|(?:an?|one|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{PERSONS})\s+(?:is|was|remains|remained)\s+"
    rf"(?:(?:listed|reported|said\s+to\s+be|now|still)\s+)?(?:{_CONDITION}))\b",
    _FLAGS,
)  # one person hurt, told by the hospital: "left a man in critical condition", "the victim is in stable condition"
GUNSHOT = re.compile(
    r"(?<!body of )(?<!body of an )(?<!body of a )(?<!body of the )"
    rf"\b(?:(?:an?|one|the)\s+(?:(?!body\b)[\w'’-]+\s+){{0,3}}?)?(?:{PERSONS}|\d+-year-old)\s+(?:(?:was|is)\s+)?"
    r"(?:(?:found|discovered|brought|taken|located|transported)\s+)?(?:(?:suffering\s+)?(?:from|with)|suffering)\s+"
    r"(?:(?:an?|one|at\s+least\s+one|apparent|single|possible|multiple|several)\s+){0,3}gunshot\s+wounds?\b",
    _FLAGS,
)  # one person hit: "a man with a gunshot wound was brought to ...", "found a man suffering from a
# gunshot wound" (not "the body of a man with a gunshot wound")
THE_OTHER = re.compile(
    r"\b(?:another|the\s+other)\s+(?:(?:was|has\s+been|is)\s+(?:also\s+)?(?:(?P<k>killed|slain|shot\s+dead)|"
    r"(?P<i>wounded|injured|hurt|shot|hospitali[sz]ed))|with\s+(?:[\w-]+\s+){0,3}?(?P<w>injuries|wounds)"
    r"|(?:(?<=\band\sanother\s)|(?<=\band\sthe\sother\s))(?:(?:seriously|critically|badly)\s+)?(?P<e>wounded|injured|hurt)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:in|at|by|when|during|as|after)\b))\b",
    _FLAGS,
)  # the other, no noun: "one was killed, another was injured", "and another with injuries", "and another wounded"
ALONG_WITH = re.compile(
    rf"\b(?:{_SHOT_KILLED}|(?:shot\s+and\s+)?killed|slain|died|shot\s+to\s+death)\s+along\s+with\s+"
    rf"(?:(?:(?:an?|his|her|their|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSONS})\b)|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)",
)  # two dead, one named with the other: "was killed along with his brother", "died along with Jo Smith"
PAIR = re.compile(
    rf"\b(?:an?|one|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{PERSONS})\s+and\s+(?:an?|one|the)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{PERSONS})\s+(?:were|have\s+been|had\s+been|are)\s+{_ADV}(?:(?P<k>{_SHOT_KILLED}|killed|dead|slain)|"
    rf"(?P<i>wounded|injured|hurt|shot))\b" + _NOT_ACTIVE,
    _FLAGS,
)  # two people, one by one: "a 22-year-old man and a 16-year-old boy were shot"
FATAL_NOUN = re.compile(
    r"\b(?:(?:fatal|deadly)\s+(?:[a-z-]+\s+){0,2}?(?:shooting|stabbing|attack|assault|bombing|blast|explosion|ambush|"
    r"shootout|gunfight)|(?:shooting|stabbing|beating)\s+death|(?:homicide|murder)\s+victim)\b"
    rf"|(?<!attempted\s)\b(?:murder|killing|death)\s+of\s+(?:(?:an?|his|her|their|the)\s+)?(?:\d+-year-old\b"
    rf"|(?:[\w'’-]+\s+){{0,3}}?(?:{PERSONS})\b(?!['’]s))",
    _FLAGS,
)  # a deadly attack, no figure: one dead at least ("a fatal shooting", "the murder of a clerk", "a homicide victim")
_SHOOTING_MOD = (
    r"(?i:apparent|reported|possible|early|late|overnight|weekend|random|drive-by|road-rage|road\s+rage|"
    r"police-involved|officer-involved|police|domestic|accidental|targeted|daytime|morning|afternoon|evening|"
    r"night|\w+day|[\w-]+side)|[A-Z][\w'’.-]*"
)
SHOOTING = re.compile(
    rf"(?:\b(?i:an?|the|this|that)\s+(?:(?:{_SHOOTING_MOD})\s+){{0,3}}?|\b(?P<m>(?i:double|triple|quadruple))\s+)"
    r"(?i:shooting)\b(?!\s+(?i:death|spree|range|gallery|club|center|centre|sports?|star|guard|victims?|suspects?))",
)  # "investigating a shooting", "a double shooting": someone was hit, the least the word says
MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4}
_PEOPLE = r"(?:men|women|children|people|persons|victims|teens|teenagers|boys|girls|officers|suspects|brothers|sisters)"
_NO_CHARGE = r"(?:(?!charg|accus|convict|caus|inflict)[^,.;])"  # not "both men were charged with causing injuries"
BOTH_OF = re.compile(
    r"\bboth\s+(?!(?:(?:the|his|her|their|an?)\s+)?(?:(?!(?:were|are|was|had|have|been|of)\b)[\w'’-]+\s+){1,3}and\b)"
    rf"(?:of\s+them\s+|(?:the\s+)?(?:[\w'’-]+\s+)?{_PEOPLE}\s+)?(?P<aux>(?:were|are|have\s+been|had\s+been|had|have)\s+)?"
    rf"{_ADV}(?:(?P<k>{_SHOT_KILLED}|killed|dead|deceased|died|pronounced\s+dead|slain)|(?P<i>wounded|injured|hurt|grazed|"
    r"hospitali[sz]ed|shot(?!\s+at\b)|(?:suffered|suffering)\s+(?:from\s+)?(?:(?:an?|single|multiple)\s+)*gunshot\s+wounds?"
    rf"|{_NO_CHARGE}{{0,60}}?\b(?:in\s+(?:critical|serious|stable|grave|fair|good)\s+condition"
    r"|with\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds))))\b",
    _FLAGS,
)  # two people told together: "both men were shot", "both were pronounced dead", "both ... in critical condition";
# not "both the driver and 20 passengers" (two figures), and "shot" only passive ("both suspects shot a guard")
_BACKGROUND_TIME = r"(?:last\s+(?:year|month|week)|years?\s+ago|months\s+ago)"
_BACKGROUND_YEAR = rf"(?:in|since)\s+(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d"  # "in (May) 2007", not a full date
BACKGROUND = re.compile(
    rf"\b(?:{_BACKGROUND_TIME}|{_BACKGROUND_YEAR})\s*,\s*(?:when|where)\b[^.;]*"
    rf"|,\s*(?:when|where)\b[^,.;]*?\b{_BACKGROUND_TIME}\b",
    _FLAGS,
)  # another incident's toll: "since 2007, when 28 were killed"; "the park, where a gunman killed three men last year"
# (a full date, "On Friday, March 8, 2024, when gunmen killed 12", is the event's own)
SELF_INFLICTED = re.compile(
    r"\b(?:turn(?:ed|ing|s)?\s+the\s+(?:gun|weapon)\s+on|kill(?:ed|ing|s)?)\s+(?:himself|herself)\b"
    r"|\b(?:took|taking|takes)\s+(?:his|her)\s+own\s+life\b",
    _FLAGS,
)  # the killer dead by his own hand: "killed two people before turning the gun on himself" is three dead
TOLL = re.compile(
    rf"\b(?:death\s+toll|toll)\b[^.;]{{0,60}}?\b(?:to|at|of|reached|hit|passed|topped|exceeded|is|was)"
    rf"\s+{_MOD}(?P<n>{_COUNT}){_GUARD}",
    _FLAGS,
)
DEATHS = re.compile(
    rf"\b{_MOD}(?P<n>{_COUNT})\s+(?:(?:civilian|confirmed|reported|more|new)\s+)?"
    r"(?P<v>deaths|fatalities|injuries)\b",
    _FLAGS,
)
DEAD_WERE = re.compile(
    rf"\b(?:the\s+)?(?:dead|deceased|those\s+killed)\s+(?:included|include|includes|were|are)\s+{_MOD}(?P<n>{_COUNT}){_GUARD}",
    _FLAGS,
)  # "the dead included seven women": seven dead at least
BODIES = re.compile(
    rf"\b(?:bodies|corpses)\s+of\s+(?:the\s+(?!(?:19|20)\d\d\b))?{_MOD}(?P<n>{_COUNT}){_GUARD}"
    rf"|\b{_MOD}(?P<n2>{_COUNT}){_GUARD}\s+(?:(?:more|other|dead|decomposed|mutilated|charred|headless|unidentified)\s+)?"
    r"(?:bodies|corpses)\b(?!\s+of\b)",
    _FLAGS,
)  # "the bodies of 11 men", "a grave containing 32 bodies"; "bodies" also names organisations, hence:
BODY_FOUND = re.compile(
    r"\b(?:f[oi]u?nd\w*|discover\w*|recover\w*|receiv\w*|exhum\w*|unearth\w*|retriev\w*|pulled|dumped|buried|"
    r"lying|lay|contain\w*|identif\w*|brought|morgue|mortuary|grave|piled|strewn|scattered|washed|count(?:ed|ing))\b",
    _FLAGS,
)  # a word of the dead found or taken in: bodies counted
NAMED_VICTIM = re.compile(
    rf"\b(?i:{_PHRASAL_KILL})\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Last|This|On|In|At|Near)\b)"
    r"(?:[A-Z][a-z][\w'’-]*\s+){1,3}?[A-Z][a-z][\w'’-]*\b(?!['’]s)"
    r"(?!\s+(?:[a-z]+s\b|and\b|militants|fighters))",
)  # "masked men shot dead Maria Gonzalez": one person, named (not "Boko Haram fighters",
# nor "Ahmad Salem and his brother": more than one, left to the other rules)
ZERO = re.compile(
    r"\b(?:(?:no\s*one|nobody|none|no\s+(?:people|persons?|civilians?|soldiers?|one))\s+(?:else\s+)?"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?(?:reported\s+)?"
    r"(?P<v>killed|dead|died|wounded|injured|hurt|harmed)(?:\s+or\s+(?P<v2>killed|wounded|injured|hurt)\b)?"
    r"|(?:no|without(?:\s+any)?)\s+(?:reported\s+)?(?P<n>casualties|injuries|deaths|fatalities|dead|injured))\b"
    r"(?!\s+(?:were|was|have|has|had)\s+(?:been\s+)?(?:immediately|yet)\b)",  # "... immediately reported": unknown
    _FLAGS,
)
NUMBER_RE = re.compile(_NUMBER, _FLAGS)
CUES = re.compile(
    r"kill|dead|deceas|die|death|wound|injur|hurt|harm|toll|casualt|fatal|sla[iyu]|slew|massac|maim|li(?:ves|fe)\b|perish|shot|gunned|mow|"
    r"supreme|ultimate|"
    r"behead|decapitat|butcher|assassin|lynch|execut|alive|"
    r"condition|hospital|critical|murder|homicide|recovering|stable|shooting|graz|bodies|corpses",
    _FLAGS,
)  # a sentence without one of these has no figure: skip the patterns
KINDS = {"shot ": "killed", "fatally": "killed", "shot": "injured"}  # "shot dead", "fatally shot", "shot"
KINDS.update({"dead": "killed", "deceased": "killed", "died": "killed", "dies": "killed", "slain": "killed"})
KINDS.update({"perished": "killed", "sustained": "injured", "suffered": "injured", "received": "injured"})
KINDS.update({"lost": "killed", "in ": "injured", "critical": "injured", "hospital": "injured", "graz": "injured"})
KINDS.update({"deaths": "killed", "fatalities": "killed", "injuries": "injured", "claim": "killed", "had": "injured"})
KINDS.update({"wound": "injured", "injur": "injured", "hurt": "injured", "maim": "injured", "remain": "injured"})
KINDS.update({"kill": "killed", "slaughter": "killed", "massacr": "killed", "sla": "killed"})
BOTH = ("hurt", "harmed", "casualties")


# ------------------------------------------------------------------ numbers


def number_value(text: str) -> int | None:
    """The value of one number phrase: "15", "1,200", "twenty-five", "two dozen", "dozens of"."""
    words = re.sub(r"\s+", " ", text.lower().replace(",", "").replace("-", " ")).strip()
    words = words.removesuffix(" of")
    if words in NUMBERS and NUMBERS[words][1] == "vague":
        return NUMBERS[words][0]
    total, current = 0, 0
    for word in words.split():
        if word.isdigit():
            current += int(word)
        elif word in ("a", "an"):
            current += 1
        elif word == "and":
            continue
        elif word in NUMBERS and NUMBERS[word][1] == "multiplier":
            total += max(current, 1) * NUMBERS[word][0]
            current = 0
        elif word in NUMBERS:
            current += NUMBERS[word][0]
        else:
            return None
    return total + current


def count_value(text: str) -> tuple[int, int | None] | None:
    """(value, high) of a count phrase: one number, or a range ("between 10 and 15", "10-15")."""
    values = [v for v in (number_value(m.group()) for m in NUMBER_RE.finditer(text)) if v is not None]
    if not values:
        return None
    low, high = min(values), max(values)
    return low, (high if high != low else None)


# ------------------------------------------------------------------ mentions


def find_counts(text: str) -> list[CountMention]:
    """Killed and injured figures in ``text`` (a sentence), in order of appearance."""
    return quoted_figures.with_quotes(text, _counts(quoted_figures.unquoted(text)))  # 'said "dozens" were killed'


@lru_cache(maxsize=512)  # the stages after parsing ask again of the same sentence
def _counts(text: str) -> tuple[CountMention, ...]:
    # these modules read this one's patterns
    from eventwire.stages import attackers_dead, coordinated, euphemisms, more_dead, one_victim, revisions, toll_sources
    from eventwire.stages.taken_found_dead import taken_found_dead

    if not CUES.search(text) and not euphemisms.CUE.search(text):
        return ()
    found = _zeros(text) + euphemisms.euphemism_counts(text, _COUNT, _MOD, _GUARD, count_value)  # "neutralised 12"
    for pattern in (VERB_FIRST, LEAVING, NUMBER_FIRST, TOLL, DEATHS, DEAD_WERE):
        numbered = _numbered(text, pattern)  # not the people abducted: "abducted 20 and two were killed"
        found.extend(coordinated.without_taken(text, numbered) if pattern is NUMBER_FIRST else numbered)
    found.extend(_bodies(text) + taken_found_dead(text))  # "abducted two men; their bodies were found"
    found.extend(_singular(text) + one_victim.pronoun_victims(text))  # "abducted a farmer and killed him"
    found.extend(coordinated.coordinated_counts(text, found))  # "killed my father and two brothers": three
    found.extend(revisions.revised_counts(text, number_value, found))  # "police later corrected the figure to 11"
    if not any(c.kind == "killed" for c in found):
        found.extend(_mention(text, "killed", 1, m.span(), None) for m in FATAL_NOUN.finditer(text))
    if not any(c.kind == "injured" for c in found):
        found.extend(_shootings(text))
    kept = more_dead.moved_in_sentence(text, _one_by_one(text, _without_overlaps(_without_background(text, found))))
    kept = attackers_dead.without_response_kills(text, kept)  # "...; the army says it killed 100 attackers"
    kept = subcounts.without_subcounts(text, toll_sources.with_competing(text, rollups.without_rollups(text, kept)))
    return tuple(revisions.without_replaced(text, kept))


def _kind(verb: str) -> str:
    low = verb.lower()
    if FATAL_WOUNDS.search(low):
        return "killed"  # "two others suffered fatal injuries"
    return next((kind for stem, kind in KINDS.items() if low.startswith(stem)), "killed")


def _mention(text: str, kind: str, value: int, span: tuple[int, int], high: int | None) -> CountMention:
    start, end = span
    return CountMention(kind, value, start, end, text[start:end], high)


def _numbered(text: str, pattern: re.Pattern[str]) -> list[CountMention]:
    out: list[CountMention] = []
    for m in pattern.finditer(text):
        counted = count_value(m.group("n"))
        if counted is None:
            continue
        verb = m.group("v") if "v" in pattern.groupindex else "killed"
        if downed_things(text, m.start(), m.end(), verb) or either_kind(text, m.start(), m.end()):
            continue  # "of which 89 were shot down": drones, not people; "killed or wounded"
        if wounds_of_the_dead(text, verb):
            continue  # "three of the victims had gunshot wounds": how the dead died
        more = number_value(m.group("n2")) or 0 if "n2" in pattern.groupindex and m.group("n2") else 0
        counted, more = ((more, None), 0) if more and subcounts.part_before(text, m.start()) else (counted, more)
        more += 1 if "p2" in pattern.groupindex and m.group("p2") else 0
        high = counted[1] + more if counted[1] is not None else None
        out.append(_mention(text, _kind(verb), counted[0] + more, m.span(), high))
    return out


def _bodies(text: str) -> list[CountMention]:
    """Bodies counted where they were found or taken in ("the bodies of 11 men were discovered",
    "a hospital received 12 bodies"): as many dead."""
    if not BODY_FOUND.search(text):
        return []
    out = []
    for m in BODIES.finditer(text):
        counted = count_value(m.group("n") or m.group("n2"))
        if counted is not None:
            out.append(_mention(text, "killed", counted[0], m.span(), counted[1]))
    return out


def _singular(text: str) -> list[CountMention]:
    found = [
        _mention(text, _kind(m.group("v") or m.group("v0") or "died"), 1 + bool(m.group("and2")), m.span(), None)
        for m in SINGULAR.finditer(text)
    ]  # "killed his wife and her sister": two
    found.extend(_mention(text, "killed", 1, m.span(), None) for m in NAMED_VICTIM.finditer(text))
    for pattern, value in ((HEADLINE, 1), (PAIR, 2), (BOTH_OF, 2)):
        for m in pattern.finditer(text):
            if pattern is BOTH_OF and _active_shot(m):
                continue
            if pattern is HEADLINE and COUNTED_OBJECT.match(text, m.end()):
                continue  # "A gunman killed 3 people": the doer, and a figure of victims after the verb
            found.append(_mention(text, "killed" if m.group("k") else "injured", value, m.span(), None))
    found.extend(_mention(text, "injured", 1, m.span(), None) for m in CONDITION.finditer(text))
    found.extend(_mention(text, "injured", 1, m.span(), None) for m in GUNSHOT.finditer(text))
    found.extend(_mention(text, "killed", 2, m.span(), None) for m in ALONG_WITH.finditer(text))
    for m in THE_OTHER.finditer(text):
        found.append(_mention(text, "killed" if m.group("k") else "injured", 1, m.span(), None))
    return found


def _active_shot(m: re.Match[str]) -> bool:
    """ "Both suspects shot a guard": the two fired, they were not hit (that takes "were shot")."""
    aux = (m.group("aux") or "").split()
    return (m.group("i") or "").lower().startswith("shot") and aux[-1:] not in (["were"], ["are"], ["been"])


def _shootings(text: str) -> list[CountMention]:
    """A shooting named without a figure ("police are investigating a shooting", "a double
    shooting"): people hit, dead or alive, as many as the word says (one; two for "double"), told
    only as shot, so the dead of the same event count among them."""
    out = []
    for m in SHOOTING.finditer(text):
        value = MULTIPLE[m.group("m").lower()] if m.group("m") else 1
        out.append(_mention(text, "injured", value, m.span(), None))
    return out[:1]


INDEFINITE = re.compile(r"^(?:an?|one|another)\s", _FLAGS)


def _one_by_one(text: str, counts: list[CountMention]) -> list[CountMention]:
    """People told one by one in a sentence ("one man was shot in the back and a 29-year-old man
    was shot in the leg"): single victims of one kind, each introduced by "a", "one" or "another",
    are added into one mention."""
    out: list[CountMention] = []
    for c in counts:
        prev = next((p for p in reversed(out) if p.kind == c.kind), None)
        single = c.value == 1 and INDEFINITE.match(c.text)
        if prev is not None and single and prev.value >= 1 and INDEFINITE.match(prev.text) and not prev.high:
            out[out.index(prev)] = _mention(text, c.kind, prev.value + 1, (prev.start, c.end), None)
            continue
        out.append(c)
    return out


def _without_background(text: str, counts: list[CountMention]) -> list[CountMention]:
    """Drop the tolls of other incidents: a clause on another time ("since 2007, when 28 were
    killed", "the park, where a gunman killed three men last year"), running totals ("nine
    officers have been shot this year") and figures the story takes back (``void_figures``)."""
    found = [(m.span(), _toll_of_the_act(text, m)) for m in BACKGROUND.finditer(text)]
    spans, acts = [s for s, act in found if not act], [s for s, act in found if act]
    return [
        c
        for c in counts
        if not any(start <= c.start < end for start, end in spans)
        and (any(a <= c.start < b for a, b in acts) or not _running_total(text, c))
        and not _recalled_deaths(text, c)
        and not superseded(text, c.start, c.end)
    ]


def _toll_of_the_act(text: str, m: re.Match[str]) -> bool:
    """ "It was attacked in 2015, when 15 were killed": the toll of that act, not background."""
    return not m.group(0).lower().startswith("since") and toll_of_the_act(text, m.start())


def _recalled_deaths(text: str, c: CountMention) -> bool:
    """The deaths of another time, named by a noun ("the killing of 100 demonstrators in June
    2019", "reminiscent of the massacre of 8,000 men", "sentenced for the murder of two
    policemen"): a year or a past time in the phrase, or a word recalling them before it."""
    if not DEATHS_OF.match(c.text):
        return False
    return bool(PAST_YEAR.match(text, c.end) or RECALLED.search(text, 0, c.start))


def _running_total(text: str, c: CountMention) -> bool:
    """A figure told as a total over a time ("nine officers have been shot so far this year",
    "have been killed since 2010"): the rule of ``totals.total_reason`` on the figure's clause;
    never the time of a ranking ("killed 12 people in the deadliest attack this year")."""
    return bool(count_total(text, c.start, c.end))


def _zeros(text: str) -> list[CountMention]:
    out: list[CountMention] = []
    for m in ZERO.finditer(text):
        word = (m.group("v") or m.group("n")).lower()
        kinds = ("killed", "injured") if word in BOTH or m.group("v2") else (_kind(word),)  # "killed or hurt"
        out.extend(_mention(text, kind, 0, m.span(), None) for kind in kinds)
    return out


def _without_overlaps(found: list[CountMention]) -> list[CountMention]:
    """Longest first; a mention overlapping a kept one of the same kind is dropped."""
    kept: list[CountMention] = []
    for c in sorted(found, key=lambda c: (c.start - c.end, c.start)):
        if all(c.kind != k.kind or c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.kind))
