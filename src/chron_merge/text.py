"""Text as chron-merge compares it: abbreviations expanded, case and punctuation ignored.

Agencies write the same thing in their own shorthand ("CIN mtg", "Child in Need meeting").
Linking and diff compare words after :func:`expand_abbreviations`; exact duplicates compare
:func:`normalise_text`. The glossary is the field's common shorthand; a review can add its
own in ``review.toml`` (``[glossary]``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Words as they are often misspelt in returns typed in a hurry (and US spellings), read as the word
# meant: in texts, so that their words and kinds of event match; in headers ("Practioner", "Detials").
MISSPELLINGS: dict[str, str] = {wrong: right for right, wrongs in {
    "received": "recieved recived receieved", "receive": "recieve", "receiving": "recieving",
    "referral": "referal refferal refferral referall", "referrals": "referals refferals",
    "referred": "refered reffered refferred", "review": "reveiw reviw", "reviewed": "reveiwed",
    "notification": "notifcation notificaton notifiction", "notified": "notifed",
    "attended": "attened atended attentded", "attendance": "attendence", "assessment": "assesment assessmnet",
    "safety": "saftey", "safeguarding": "safegaurding safeguardng", "visit": "vist visti", "visited": "vistied",
    "withdrawal": "withdrawl", "summary": "summery sumary", "lesion": "leison", "interview": "interveiw",
    "interviewed": "interveiwed", "meeting": "meetign meeitng meting",
    "appointment": "appointmnet appointement apointment appoinment",
    "strategy": "stratergy stratagy startegy strategey stratgey", "conference": "confrence conferance conferece",
    "incident": "incedent incidnet",
    "hospital": "hosptial hospitl", "emergency": "emergancy", "paediatric": "peadiatric pediatric",
    "paediatrician": "peadiatrician pediatrician", "paediatrics": "peadiatrics pediatrics",
    "concern": "concren", "concerns": "concerens", "disclosed": "disclossed", "discharged": "dischared",
    "discharge": "dischage", "engagement": "engagment", "development": "developement",
    "accidentally": "accidently", "unsuccessful": "unsuccesful", "separate": "seperate",
    "arrested": "arested arrestted", "domestic": "domestc", "behaviour": "behavior", "neighbour": "neighbor",
    "practitioner": "practioner practicioner practitoner pracitioner", "practitioners": "practioners",
    "professional": "proffesional profesional proffessional", "details": "detials deatils detalis",
    "description": "desciption discription descripton", "narrative": "narative narritive",
    "category": "catagory catergory", "occurrence": "occurence occurance", "agency": "agnecy agancy",
    "outcome": "outome outcom", "comments": "coments commments", "analysis": "analyis anaylsis analsis",
    "significance": "signifcance significence", "contact": "contcat conatct", "involvement": "involvment",
    "information": "infomation informaton",
    # the kinds of event, as typed in a hurry
    "admitted": "admited admittted", "admission": "admision addmission", "ambulance": "ambulence",
    "bruise": "bruse", "bruising": "bruseing bruiseing brusing", "injury": "injurey injruy", "injuries": "injurys",
    "suicidal": "suicidial sucidal", "suicide": "sucide", "pregnant": "pregant pregnent",
    "pregnancy": "pregnacy pregancy", "homeless": "homless", "welfare": "wellfare welfair",
    "occurred": "occured occurd", "scheduled": "sheduled", "group": "goup",
}.items() for wrong in wrongs.split()}

# Common safeguarding shorthand → what it stands for (lower case).
GLOSSARY: dict[str, str] = {
    "cin": "child in need", "cp": "child protection", "cpp": "child protection plan",
    "icpc": "initial child protection conference", "rcpc": "review child protection conference",
    "cpc": "child protection conference", "caf": "common assessment framework", "eha": "early help assessment",
    "s47": "section 47 enquiry", "s17": "section 17", "s20": "section 20", "sw": "social worker",
    "s/w": "social worker", "pa": "personal adviser", "hv": "health visitor", "h/v": "health visitor",
    "gp": "general practitioner", "dna": "did not attend", "wnb": "was not brought", "ed": "emergency department",
    "a&e": "emergency department", "ae": "emergency department", "b&b": "bed and breakfast",
    "mash": "mash multi agency safeguarding hub",
    "rhi": "return home interview", "dsl": "designated safeguarding lead", "yjs": "youth justice service",
    "yot": "youth offending team", "marac": "multi agency risk assessment conference", "dv": "domestic violence",
    "da": "domestic abuse", "csc": "childrens social care", "cse": "child sexual exploitation",
    "lac": "looked after child", "cla": "child looked after", "taf": "team around the family",
    "tac": "team around the child", "lado": "local authority designated officer", "plo": "public law outline",
    "amm": "allegations management meeting",
    "camhs": "child and adolescent mental health service",
    "cpa": "care programme approach",  # (mental health care coordination: "CPA review")
    "mw": "midwife", "nfa": "no further action",
    "tel": "telephone", "tele": "telephone", "phone": "telephone", "mtg": "meeting",
    "appt": "appointment", "appts": "appointments", "a/n": "antenatal", "p/n": "postnatal",
    "lscs": "caesarean section", "nai": "non accidental injury", "sudi": "sudden unexpected death in infancy",
    "ppu": "public protection unit", "strat": "strategy", "disc": "discussion", "ref": "referral",
    "info": "information", "dept": "department", "hosp": "hospital", "amb": "ambulance", "obs": "observations",
    "ooh": "out of hours", "asb": "anti social behaviour", "ia": "initial assessment",
    "iro": "independent reviewing officer", "mh": "mental health", "dob": "date of birth",
    "f2f": "face to face", "t/c": "telephone call", "cg": "core group", "yday": "yesterday", "yest": "yesterday",
    "s/g": "safeguarding", "c/o": "complains of", "o/e": "on examination", "f/c": "foster carers",
    "fob": "father of baby", "nts": "national transfer scheme", "hdc": "home detention curfew",
    "rtc": "road traffic collision", "rta": "road traffic accident",
    "sdh": "subdural haemorrhage", "edh": "extradural haemorrhage",  # ("CT: acute SDH", as an emergency department writes it)
    "nof": "neck of femur", "bia": "best interests assessor", "dols": "deprivation of liberty safeguards",
    "kids": "children", "hrs": "hours", "wk": "week", "wks": "weeks", "mum": "mother",
    "rv": "review", "att": "attended",  # ("Att LAC rv", "6-8 wk rv")
    "conf": "conference", "icpcc": "initial child protection case conference",  # ("Initial CP conf held")
    "rcpcc": "review child protection case conference", "ppo": "police protection order",
    "dad": "father", "infant": "baby", "newborn": "baby",  # ("mother and infant discharged": the baby's discharge)
    "stepdad": "stepfather", "stepmum": "stepmother",
    "gm": "grandmother", "mgm": "grandmother", "pgm": "grandmother", "bf": "boyfriend", "gf": "girlfriend",
    "ss": "social services", "od": "overdose", "mfh": "missing from home", "misper": "missing person",
    "dva": "domestic violence and abuse", "idva": "independent domestic violence advisor",
    "dash": "domestic abuse stalking and harassment risk assessment", "op": "operation",
    "cmht": "community mental health team", "cpn": "community psychiatric nurse", "fnp": "family nurse partnership",
    "ehcp": "education health and care plan", "paeds": "paediatrics", "tm": "team manager",
    "sgo": "special guardianship order", "epo": "emergency protection order", "ico": "interim care order",
    "mappa": "multi agency public protection arrangements", "nvd": "normal vaginal delivery",
    "svd": "spontaneous vaginal delivery", "utc": "urgent treatment centre", "miu": "minor injuries unit",
    "hfsv": "home fire safety visit", "hfsc": "home fire safety check", "bim": "best interests meeting",
    "eho": "environmental health officer",
    "mca": "mental capacity act", "dn": "district nurse", "dns": "district nurses",
    "fme": "forensic medical examination", "isva": "independent sexual violence advisor",
    "abe": "achieving best evidence", "vri": "video recorded interview", "abh": "actual bodily harm",
    "gbh": "grievous bodily harm",
    "rui": "released under investigation", "iuc": "interview under caution", "ual": "unlawfully at large",
    "aa": "appropriate adult",  # (an "AA meeting": COMPOUND_TERMS)
    "pex": "permanent exclusion", "fte": "fixed term exclusion", "pru": "pupil referral unit",
    "fgc": "family group conference", "pep": "personal education plan",
    "cce": "child criminal exploitation", "asc": "adult social care", "mha": "mental health act",
    "ctr": "care and treatment review", "cetr": "care education and treatment review",
    "amhp": "approved mental health professional", "pnd": "postnatal depression", "s42": "section 42 enquiry",
    "s135": "section 135", "s136": "section 136", "s2": "section 2", "s3": "section 3", "eh": "early help",
    "fsw": "family support worker", "grp": "group", "recd": "received", "rcvd": "received",
    # A bone named as a doctor names it is the limb the others name ("?# L radius", "arm injured").
    "radius": "arm radius", "ulna": "arm ulna", "humerus": "arm humerus", "femur": "leg femur",
    "tibia": "leg tibia", "fibula": "leg fibula", "clavicle": "collarbone clavicle",
    # Police forms and schemes: a record of one names the police as the source ("PPN received").
    "di": "domestic incident", "dvds": "domestic violence disclosure scheme", "dvpn": "domestic violence protection notice",
    "dvpo": "domestic violence protection order", "cawn": "child abduction warning notice",
    "spo": "stalking protection order",
    "nrm": "national referral mechanism",
    # A looked after child's health assessments, initial and review; a railway's police; a birth at home.
    "iha": "initial health assessment", "rha": "review health assessment", "btp": "british transport police",
    "bba": "born before arrival",
    # The family court's hearings in care proceedings, and in private law (a parent's application for contact).
    "cmh": "case management hearing", "irh": "issues resolution hearing", "ffh": "fact finding hearing",
    "fhdra": "first hearing dispute resolution appointment", "dra": "dispute resolution appointment",
    # Offenders managed in the community (MAPPA): a registered sex offender and the orders on him.
    # ("PoP", a person on probation, stays as written: "pop in" is a visit; so does "NPS", the
    # probation service or new psychoactive substances.)
    "rso": "registered sex offender", "shpo": "sexual harm prevention order",
    "mosovo": "management of sexual or violent offenders police", "csods": "child sex offender disclosure scheme",
    # Forced marriage and honour-based abuse.
    "fmpo": "forced marriage protection order", "fpo": "forced marriage protection order", "fmu": "forced marriage unit",
    "hba": "honour based abuse", "fgm": "female genital mutilation",
    "fgmpo": "female genital mutilation protection order",
    # Education: attendance and home education.
    "ehe": "elective home education", "ewo": "education welfare officer", "ews": "education welfare service",
    "cme": "child missing education", "sao": "school attendance order", "fpn": "fixed penalty notice",
    "sen": "special educational needs",
    "senco": "special educational needs coordinator", "hoy": "head of year", "ga": "general anaesthetic",
    "ppn": "public protection notice police", "encompass": "encompass police", "frs": "fire and rescue service",
    "wast": "welsh ambulance service", "ccn": "community childrens nursing",
    # A baby's first weeks: the health visitor's new birth visit; a death reviewed by the child death overview.
    "nbv": "new birth visit", "nas": "neonatal abstinence syndrome", "biba": "brought in by ambulance",
    # the police's own teams, which others name ("CAIT officers attended", "PVP referral")
    "cait": "child abuse investigation team police", "pvp": "protecting vulnerable people police",
    "jar": "joint agency response",  # after a child's unexpected death
    "cdop": "child death overview", "mtc": "major trauma centre", "jhv": "joint home visit", "marf": "multi agency referral form",
    "sudc": "sudden unexpected death in childhood", "bls": "basic life support",
    "ple": "pronounced life extinct",  # as the ambulance crew write a death
    # Adults' safeguarding and homelessness.
    "marm": "multi agency risk management meeting", "swep": "severe weather emergency protocol",
    "mdt": "multi disciplinary team", "etoh": "alcohol", "om": "offender manager",
    # Clinical and note-taking shorthand.
    "notif": "notification", "d/s": "discharge summary", "d/c": "discharged", "dc'd": "discharged",
    "s&w": "safe and well", "pu": "pressure ulcer", "hx": "history", "tx": "treatment", "spec": "specialist",
    "derm": "dermatology",
    # ("maternal grandmother" is family: stemmed, "maternal" would be "maternity", a service's name)
    "maternal": "mothers",
    **MISSPELLINGS,
}

# Shorthand in the plural stands for the same: "CAWNs", "PPNs", "SWs", "DNAs" (CPS is the Crown
# Prosecution Service, not child protection twice; "gas", "dis" and "pus" are words).
GLOSSARY["cps"] = "crown prosecution service"
_WORDS_NOT_PLURALS = {"gas", "dis", "pus"}
GLOSSARY.update({f"{short}s": meaning for short, meaning in list(GLOSSARY.items())
                 if len(short) >= 2 and short.isalnum() and f"{short}s" not in GLOSSARY
                 and f"{short}s" not in _WORDS_NOT_PLURALS})

STOPWORDS = frozenset("""
a an the and or but of to in on at by for with from as is was were be been being are am it its this that these
those he she they them his her their him hers we us our you your i me my re regarding about into over after before
than then there here has have had having do does did not no nor so if also very via per up out off all any
both each few more most other some such only own same too can will just should now which who whom what when where
why how again further once s t mr mrs ms miss dr
""".split())

# Zero-width characters pasted in with text: unseen, but they make "Police" and "Police" differ.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))

# A police officer by rank and name or collar number ("DC Evans", "PC Shah", "PC 2211"): the police, though "PC"
# alone is an emergency department's presenting complaint and "DC" a discharge ("DC 1430": discharged at 14:30).
_POLICE_RANK = re.compile(r"\b(?:DC|DS|DI|DCI|DSI|PC|PCSO|Sgt|Sergeant|Inspector)\.? (?=[A-Z][a-z]|(?<!DC )\d{3,5}\b)"
                          r"(?!(?:Home|Letter|Summary|Plan|Today|Tomorrow|To|With|From|Advice|Meds|Medication)\b)")
# "ROLE" in capitals: the recognition of life extinct, as an ambulance crew records a death (not a "role").
_LIFE_EXTINCT = re.compile(r"\bROLE\b")
# Brook, the young people's sexual health service, as a school nurse names it ("told by Brook", "Brook
# clinic"); not a place named Brook ("Brook House supported accommodation", "stabbed in Brook Park").
_BROOK_SERVICE = re.compile(r"(?i)\bbrook\b(?!\s+(?:house|park|street|st|road|rd|lane|farm|court|lodge|close|avenue|"
                            r"drive|way|primary|school|academy|ward|green|side|field|hall|view|estate|surgery|"
                            r"medical|nursery|mill|end)\b)")  # (not "centre": Brook's own clinics are centres)
# "PP" in capitals as the police and social care write police protection ("placed under PP", "PP
# taken"); elsewhere it is a school's pupil premium ("PP pupil") or a letter signed "pp".
_UNDER_PROTECTION = re.compile(r"(?:(?<=\bunder )|(?<=\binto ))PP\b|"
                               r"\bPP(?= (?:taken|used|invoked|powers|ended|expired|lifted|removed)\b)")
# Clinical notes write a fracture as "#" ("?# L femur", "2 healing rib #s"); "#4" is a number.
_FRACTURE_SIGN = re.compile(r"#(s\b)?(?![\d#])")
# … an age in weeks as "/52" ("10/52 baby": ten weeks old).
_WEEKS = re.compile(r"\b(\d{1,2})/52\b")
# … and a laceration as "lac" ("head lac", "lac to L eyebrow"), which elsewhere is a looked after child.
_BODY_PART = (r"(?:head|scalp|forehead|face|facial|lip|chin|cheek|eyebrow|eye|ear|nose|neck|hand|finger|thumb|wrist|"
              r"arm|elbow|leg|knee|shin|foot|toe|back)")
_LACERATION = re.compile(rf"\b(?P<part>{_BODY_PART}\s+)lac\b|"
                         rf"\blac\b(?=\.?\s+(?:to|on|over)\s+(?:(?:the|his|her|l|r|left|right)\s+){{0,2}}{_BODY_PART}\b)")
# "ref" is a referral ("ref to CAMHS"), but before a number or code, or after "crime" or "our", a
# reference ("(ref 6556)", "crime ref 23/1234", "Ref: AB1234").
_REFERENCE_NUMBER = re.compile(r"\b((?:crime|our|your|case|incident|log|job|police) )?ref\b"
                               r"(?(1)|(?=\.?\s*(?:no\.?|number|:|#)?\s*[a-z]{0,3}\d))")
_INITIAL_POSSESSIVE = re.compile(r"\b([a-z])'s\b")
_TOKEN = re.compile(r"[a-z0-9]+(?:[&/][a-z0-9]+)?")
# "s.47", "s 47" and "S47" are one section of an Act (the Children Act, the Care Act, the Mental Health
# Act; a council's "s.77 direction" to leave an encampment is the police's "s77 notice").
# … and "Section 21" is the "s21" of another record: a section the glossary spells out is spelt out
# again from it ("s47": "section 47 enquiry"), one it does not is one word both ways ("s21 notice").
_SECTION = re.compile(r"\bs(?:\.\s?)?(\d{1,3})\b|\bs\s(47|17|20|42|135|136|2|3)\b|"  # ("Mrs S 45": no section)
                      r"\bsection\s(\d{1,3})\b")
_SECTION_HINT = re.compile(r"s\.?\s?\d|section \d")


# Small words a name's initials leave out: "Children's Social Care" is CSC, "Head of Year" HOY.
_NOT_INITIALLED = frozenset({"and", "of", "the", "for", "&", "-", "–"})


def initials(name: str) -> str:
    """'Royal Shrewsbury Hospital' → 'RSH', "Children's Social Care" → 'CSC'."""
    return "".join(word[0] for word in name.upper().replace("'S ", " ").split() if word.casefold() not in _NOT_INITIALLED)


def normalise_text(text: str | None) -> str:
    """Case, spacing and trailing punctuation ignored: the form exact duplicates are compared in."""
    if not text:
        return ""
    return _normalise_cached(text)


@lru_cache(maxsize=65536)
def _normalise_cached(text: str) -> str:
    # Contact types, workers and outcomes recur thousands of times in a large chronology.
    return " ".join(text.casefold().split()).strip(" .;,")


def expand_abbreviations(text: str, glossary: dict[str, str] | None = None) -> str:
    """Lower-case text with shorthand spelt out: 'CIN mtg held' → 'child in need meeting held'."""
    table = GLOSSARY if glossary is None else glossary
    text = _POLICE_RANK.sub("police officer ", text)  # (one scan, as a search first would be)
    if "ROLE" in text and not text.isupper():  # (in a text written all in capitals it may be the word)
        text = _LIFE_EXTINCT.sub("recognition of life extinct", text)
    if "rook" in text or "ROOK" in text:
        text = _BROOK_SERVICE.sub("Brook sexualhealth", text)
    if "PP" in text:
        text = _UNDER_PROTECTION.sub("police protection", text)
    if "#" in text:
        text = _FRACTURE_SIGN.sub(lambda m: " fractures " if m[1] else " fracture ", text)
    lowered = text.casefold()
    if "'" in lowered or "’" in lowered:
        # An apostrophe joins a word ("children's" is "childrens"), but a person's initial keeps
        # its letter: "S's record" (the mother's) is no "SS" (social services).
        lowered = _INITIAL_POSSESSIVE.sub(r"\1", lowered.replace("’", "'")).replace("'", "")
    if ("ref " in lowered or "ref:" in lowered or "ref." in lowered or "ref#" in lowered or "ref)" in lowered
            or lowered.endswith("ref")):  # (not "referral": most texts that hold "ref" hold it there)
        lowered = _REFERENCE_NUMBER.sub(lambda m: f"{m[1] or ''}reference", lowered)
    if "/52" in lowered:
        lowered = _WEEKS.sub(r"\1 weeks", lowered)
    if "lac" in lowered:
        lowered = _LACERATION.sub(lambda m: f"{m['part'] or ''}laceration", lowered)
    if _SECTION_HINT.search(lowered):  # most texts name no section of an Act
        lowered = _SECTION.sub(lambda m: f"s{m[1] or m[2] or m[3]}", lowered)
    words = _TOKEN.findall(lowered)
    expanded = " ".join(map(table.get, words, words))  # each word, or what it stands for
    # (a regular expression search in the few texts that hold a first and a last word of one)
    if (any(first in expanded for first in _COMPOUND_FIRST_WORDS)
            and any(last in expanded for last in _COMPOUND_LAST_WORDS)):
        expanded = _COMPOUND.sub(lambda m: COMPOUND_TERMS[m[0]], expanded)
    return expanded


# A label that names a person ("Mother", "Father", "Child A", "Mr B"), as a sheet or a column of a
# return kept per family member is headed; not a service for them ("Child Health", "Baby Unit").
PERSON_LABEL = re.compile(r"(?i)\b(?:mother|mum|father|dad|child|baby|infant|parents?|siblings?|brother|sister|son|"
                          r"daughter|grand(?:mother|father|parents?)|nan|step(?:father|mother)|partner|carer|"
                          r"mr|mrs|ms|miss|victim|young person)\b"
                          r"(?! (?:health|protection|care|development|services?|unit|support|team|centre|clinic)\b)")


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer  # Porter2 for English; uses PyStemmer's C code when installed

    return snowballstemmer.stemmer("english")


# Services named by two words that mean nothing apart, made one word: "sexual health" names a
# sexual health service ("sexual" and "health" in "concerns of sexual exploitation raised by the
# health visitor" do not); "the drug service", "drug and alcohol team", "substance misuse worker"
# an addiction service (see IMPLIED_SERVICE), while "drug use" names none. (And "children in need"
# is the one phrase "child in need".)
COMPOUND_TERMS = {"sexual health": "sexualhealth", "children in need": "child in need",
                  # "MA meeting": a multi-agency meeting ("MA" alone may be a name or a degree)
                  "ma meeting": "multi agency meeting", "ma meetings": "multi agency meetings",
                  "ma strategy": "multi agency strategy",
                  # "CP med": a child protection medical (not medication: "CP" is child protection)
                  "child protection med": "child protection medical",
                  # "BI meeting": a best interests meeting (Mental Capacity Act)
                  "bi meeting": "best interests meeting", "bi decision": "best interests decision",
                  # the National Referral Mechanism's reasonable and conclusive grounds decisions
                  "rg decision": "reasonable grounds decision", "cg decision": "conclusive grounds decision",
                  # a care home, as others name it ("Rosewood Care Home" is "the care home", "the nursing home")
                  **dict.fromkeys(("care home", "care homes", "nursing home", "nursing homes", "residential home",
                                   "residential care home"), "carehome"),
                  # a home care agency, as others name it ("the care agency told us", "domiciliary care")
                  **dict.fromkeys(("care agency", "care agencies", "care provider", "domiciliary care", "homecare agency",
                                   "home care agency"), "careagency"),
                  **{f"{what} {who}": "drugservice" for what in ("drug", "drugs", "drug and alcohol", "drugs and alcohol",
                                                                 "substance misuse", "substance use", "addiction")
                     for who in ("service", "services", "team", "worker", "workers", "keyworker")},
                  # "AA" is a child's appropriate adult in custody, but Alcoholics Anonymous at a meeting
                  **{f"appropriate adult {what}": f"alcoholics anonymous {what}" for what in ("meeting", "meetings", "group")},
                  # a domestic abuse notification comes from the police ("DV incident notification received")
                  **{f"{what} {notice}": f"{what} {notice} police"
                     for what in ("domestic", "domestic incident", "domestic abuse", "domestic violence",
                                  "domestic violence and abuse", "domestic abuse incident", "domestic violence incident")
                     for notice in ("notification", "notifications", "notice")}}
# (not across "social care": "ASC: provider not following the plan" names no care agency)
_COMPOUND = re.compile(r"\b(?<!social )(?:" + "|".join(sorted(map(re.escape, COMPOUND_TERMS), key=len, reverse=True)) + r")\b")
_COMPOUND_FIRST_WORDS = {phrase.split()[0] + " " for phrase in COMPOUND_TERMS}  # ("ma " not in "making")
_COMPOUND_LAST_WORDS = {phrase.split()[-1] for phrase in COMPOUND_TERMS}

# Word families the stemmer splits in two, that records of one event write both ways: one's
# "disclosure" is another's "disclosed", "deregistration" the school's "deregistering".
STEM_FAMILIES = {
    "disclosur": "disclos", "registr": "regist", "deregistr": "deregist", "injuri": "injur", "referr": "refer",
    "exclus": "exclud", "admiss": "admit", "detent": "detain", "absenc": "absent", "violenc": "violent",
    "pregnanc": "pregnant", "prescript": "prescrib", "suspens": "suspend", "decis": "decid", "revoc": "revok",
    "threaten": "threat", "strangul": "strangl", "explan": "explain", "provis": "provid", "hospitalis": "hospit",
    "notifi": "notif", "deceas": "death", "die": "death", "dead": "death", "facial": "face", "marriag": "marri",
    "advocaci": "advoc", "paediatrician": "paediatr", "pediatrician": "paediatr",
    "pharmacist": "pharmaci",  # ("Pharmacist rang": the pharmacy)
    "physiotherapi": "physio", "physiotherapist": "physio",  # ("physio review": the physiotherapy service's)
    # a condition's noun and its adjective ("hypothermia 34.1" and "found hypothermic")
    "hypothermia": "hypotherm", "anaemia": "anaem", "hypoglycaemia": "hypoglycaem", "hyperglycaemia": "hyperglycaem",
    "anorexia": "anorex", "bulimia": "bulim", "hypoxia": "hypox", "ischaemia": "ischaem", "epilepsi": "epilept",
    "asthmat": "asthma", "psychosi": "psychot",
}


@lru_cache(maxsize=65536)
def _stem_cached(word: str) -> str:
    """'attended', 'attending' and 'attends' all → 'attend' (Snowball English stemmer); a family
    the stemmer splits is joined (STEM_FAMILIES)."""
    if word.isdigit():
        return word
    stem = _stemmer().stemWord(word)
    return STEM_FAMILIES.get(stem, stem)


def content_words(text: str, glossary: dict[str, str] | None = None) -> list[str]:
    """The words that carry meaning, expanded and stemmed, in order (stopwords dropped)."""
    return stemmed_words(expand_abbreviations(text, glossary))


def stemmed_words(expanded: str) -> list[str]:
    """:func:`content_words` of a text already through :func:`expand_abbreviations`."""
    return [_stem_cached(w) for w in expanded.split() if w not in STOPWORDS and len(w) > 1]
