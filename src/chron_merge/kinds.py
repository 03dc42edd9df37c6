"""What a record's words say, for linking: the kind of event it is about, whether the agency
learnt of it second hand, and which other agency it names.

The patterns run on text after :func:`chron_merge.text.expand_abbreviations` (lower case,
shorthand spelt out: "strat mtg" is "strategy meeting"). Each kind has a few guard words
(KIND_GUARDS), one of which every match contains: a text is searched only for the kinds its
words hint at, since checking every pattern on every text was most of the time spent reading
texts in a large chronology.
"""

from __future__ import annotations

import re

from chron_merge.text import content_words

# How an agency of children's or adults' social care is named ("Northshire Children's Services").
# (A disabled children's team is social care's: others call it "the social worker".)
SOCIAL_CARE_NAME = (r"\bsocial (?:care|services|work)\b|\bchildren'?s services\b|"
                    r"\bdisabled children'?s (?:team|service)\b|\bchildren with disabilit(?:y|ies) (?:team|service)\b|"
                    r"\bgwasanaethau (?:plant|cymdeithasol)\b")  # (in Welsh: children's, social services)

# Other professionals, as a record names one it went with ("visit with the health visitor"): words after expand_abbreviations.
PROFESSIONALS = (r"health visitor|social worker|police|officers?|pcso|midwife|(?:school |community )?nurse|"
                 r"family support worker|early help worker|paediatrician|housing officer|probation officer|youth worker|"
                 r"independent domestic violence advisor")
# Other services, as a record names one it visited with ("home visit with Family Centre").
SERVICES = (r"family centre|childrens centre|early help|childrens social care|social care|health visiting|housing|"
            r"(?:community |childrens |school )+nursing")
# The agencies a strategy discussion is held with, as a terse record names them ("Strat with CSC and paed").
_STRATEGY_AGENCY = (r"(?:police|childrens social care|adult social care|social care|social worker|mash|paediatric\w*|"
                    r"paediatrician|hospital)\b")
# A heart that stopped, as the crew, the ward and the police write it ("CPR", "in cardiac arrest";
# "paediatric arrest", an ambulance's call type): words of a death, though the person may live for
# days after (see DEATH_ITSELF).
_HEART_STOPPED = (r"cardiac arrest|not breathing(?! (?:properly|normally|well))|pulseless|resuscitat\w*|"
                  r"in (?:cardiac |respiratory )?arrest|p(?:a)?ediatric arrest|cpr")
# Events several agencies attend together: the same kind on the same day is the same event.
SHARED_KINDS: dict[str, str] = {
    "child in need meeting": r"\bchild in need\b.*\b(?:meeting|review|conference)\b|"
                             r"\b(?:meeting|review)\b.*\bchild in need\b|"
                             # "CIN" alone is the meeting: "keyworker at the CIN", "CIN attended", "CIN at home";
                             # not a CIN plan, assessment or visit
                             r"\b(?:at|to|attended|for)\s+(?:the\s+|a\s+)?child in need\b"
                             r"(?!\s+(?:plan|assessment|visit|status|case|threshold|level|procedures?|process|services?)\b)|"
                             # a record that starts with "CIN" ("CIN 3 - no changes", "CIN in the home", "CIN -
                             # Play and Stay offered"), but for a CIN plan, assessment, visit, case or team
                             r"^child in need\b(?! (?:plan|plans|assessment|visit|status|case|threshold|level|procedures?|"
                             r"process|services?|team|worker|social worker|allocated|closed|closure|open|opened|"
                             r"planning|category|criteria|home visit|statutory visit|telephone|call|contact|"
                             r"supervision|strategy)\b)|\bchild in need \d{1,2}\b",
    # In a chronology "conference" alone is the child protection conference; not a MARAC ("risk
    # assessment conference"), a family group conference or a conference call.
    "child protection conference": r"\bchild protection (?:case )?(?:conference|review)\b|"
                                   r"(?<!assessment )(?<!group )\bconference\b(?! call)",
    "core group": r"\bcore group\b",
    # In adult safeguarding, the meeting that plans a section 42 enquiry. Not one "to be held
    # Monday" or "arranged for Friday": a later record will say it was held.
    "strategy discussion": r"\bsection 42 (?:enquiry )?(?:planning )?meeting\b|\b(?:adult safeguarding|safeguarding adults?) "
                           r"(?:strategy |planning )?meeting\b|"
                           r"\bstrategy (?:meeting|discussion|call)\b(?! (?:to be|will be|is to be|is being|booked|planned|"
                           r"arranged|convened for|requested|set up for|to take place|later|tonight|today|this afternoon|"
                           r"this evening|tomorrow|next week)\b)|"
                           # "Multi-agency strategy: health information shared" (not one still to come)
                           r"\bmulti agency strategy\b(?! (?:to be|will be|booked|planned|arranged|requested|tomorrow)\b)|"
                           # "Multi-agency discussion under s47" (the strategy discussion by what it decides)
                           r"\b(?:multi agency )?discussion under (?:a )?section 47\b|"
                           # "S47 strat held", as a terse return writes it
                           r"\bstrategy (?:was )?(?:held|convened|took place|completed)\b|"
                           r"\bpre birth strategy\b(?! (?:meeting |discussion )?(?:to be|will be|booked|planned|requested)\b)|"
                           r"\b(?:attended|held|convened|joined|chaired) (?:the |a |virtual |online )?strategy\b"
                           r"(?! (?:for|to|plan|document|of)\b)|"  # "attended strat via Teams"
                           # "Strat with CSC and paed", as the police log it; "Strat: hospital, CSC" (two
                           # agencies, not "Strategy: school to monitor"); not one "to be arranged", nor a
                           # plan ("anti-bullying strategy with school staff")
                           rf"(?:\bstrategy (?:by (?:tele)?phone |call )?with (?:the )?{_STRATEGY_AGENCY}|"
                           rf"^strategy (?:by (?:tele)?phone |call )?(?:with )?(?:the )?{_STRATEGY_AGENCY} (?:and )?"
                           rf"(?:the )?{_STRATEGY_AGENCY})"
                           r"(?![^.;]{0,40}?\b(?:to be (?:held|convened)|will be|booked|planned|arranged|requested|tomorrow)\b)|"
                           # "Strat" or "Strategy" alone, as a terse return's whole entry
                           r"^strategy(?: (?:held|attended|by phone|via teams|on teams))?$",
    # A child back from being missing is interviewed by one agency, and what it learns is shared that day.
    "return home interview": r"\breturn (?:home )?interview\b",
    "risk conference": r"\bmulti agency risk assessment conference\b|\bmulti agency public protection\b",
    # A MASH's or a front door's checks with the agencies that know the family, as the MASH and each
    # agency that answers record them ("Partner checks. Police: …", "MASH information request answered").
    "information request": r"\b(?:partner|agency|multi agency) (?:agency )?checks\b|"
                           r"\b(?:mash|front door|iaa|hub) (?:information )?(?:request|research|checks|enquiry|enquiries)\b|"
                           r"\b(?:information|info) (?:sharing )?request\b|\brequest for information\b|"
                           r"\binformation (?:shared|given|provided|passed) (?:to|with) (?:the )?mash\b",
    # A meeting another agency's worker attends ("reintegration meeting with mum and the CAMHS
    # worker", "attended school meeting"); not a school's own ("transition meeting with the SENCO and mum").
    "professionals meeting": r"\bprofessionals? meeting\b|\bmulti agency (?:\w+ ){0,2}meeting\b|"
                             # the police's and the council's meeting on a place or a person ("partnership meeting",
                             # "partnership problem solving meeting")
                             r"\bpartnership (?:\w+ ){0,2}?meeting\b|"
                             # a looked after child's placement: "Placement planning meeting at The Oaks"
                             r"\bplacement (?:planning|stability|disruption) meeting\b|\bdisruption meeting\b|"
                             # mental health care's review with the patient, family and professionals ("CPA review",
                             # "care programme approach meeting")
                             r"\bcare programme approach (?:\w+ )?(?:meeting|review)\b|"
                             # a multidisciplinary team's meeting ("MDT meeting", "attended MDT re self-neglect")
                             r"\bmulti disciplinary team (?:\w+ )?meeting\b|"
                             # … named by what it is about: "Attended the perplexing presentations MDT", "Chaired the
                             # complex case MDT", or as its record opens: "Perplexing presentations MDT: plan agreed"
                             r"\b(?:attended|chaired|held|at) (?:the |an? )?(?:\w+ ){0,3}?multi disciplinary team\b|"
                             r"^(?:\w+ ){0,3}?multi disciplinary team\b(?! (?:referral|review of|assessment)\b)|"
                             # the police's and health's meeting after a child's unexpected death
                             r"\bjoint agency (?:response )?meeting\b|\bjar meeting\b|\brapid response meeting\b|"
                             # the meeting on a child's perplexing presentations (possible fabricated or induced illness)
                             r"\bperplexing presentations? (?:\w+ ){0,2}meeting\b|"
                             # another's meeting, as a record notes it attended ("PP meeting attended (Dr Fox)"), or held
                             # at another agency ("meeting at the hospital"); not its own team's or a parents' evening
                             r"\b(?<!team )(?<!staff )(?<!practice )(?<!internal )(?<!parents )meeting attended\b|"
                             r"\bmeeting (?:held )?at (?:the )?(?:hospital|police station|childrens centre|family centre)\b|"
                             rf"\bmeeting\b(?:\s+\w+){{0,6}}?\s+(?:{PROFESSIONALS}|child and adolescent mental health service)\b|"
                             r"\battended (?:a |the )?school meeting\b|"
                             # a school's meeting with the parents and the education welfare officer on a child's
                             # absence ("attendance meeting", "attendance support meeting"; not "attendance at a meeting")
                             r"\battendance (?!(?:at|of|to|for|in|by|on)\b)(?:\w+ ){0,2}?meeting\b|"
                             # a meeting another agency called, which this one attended ("attended perplexing
                             # presentation meeting re N"); not its own team's or a parents' evening
                             r"\battended (?!(?:a |the |our )?(?:team|staff|practice|internal|parents)\b)(?:\w+ ){0,4}?"
                             r"meeting\b|"
                             # the multi-agency panels for exploitation, going missing and radicalisation (Prevent)
                             r"\b(?:channel|mace|exploitation|missing|cse|cce|vulnerable adolescents?) panel\b|"
                             r"\b(?:channel|mace|exploitation|cse|cce) meeting\b|\bmace\b|"  # ("MACE - T discussed")
                             # any other panel of professionals deciding for the child (short breaks, resources,
                             # placements, legal gateway); not a fence, door or solar panel
                             r"\bpanel(?<!fence panel)(?<!door panel)(?<!solar panel)(?<!glass panel)(?<!wooden panel)"
                             r"(?<!control panel)(?<!side panel)\b(?! beater)|"
                             r"\bsafeguarding (?:\w+ ){0,2}meeting\b|\bteam around the (?:family|child)\b|"
                             # adult safeguarding's meetings on self-neglect and risks a person takes (MARM, VARM)
                             r"\b(?:risk management|complex case|high risk|vulnerable adults? risk) (?:\w+ )?meeting\b|"
                             # a learning disabled or autistic person's care (education) and treatment review (CTR)
                             r"\bcare (?:and )?(?:education )?(?:and )?treatment review\b|"
                             r"\bearly help (?:\w+ ){0,2}meeting\b|"  # the agencies' plan with the family
                             # the local authority's meeting with the parents, their solicitors and advocates before
                             # care proceedings (PLO)
                             r"\b(?:public law outline|pre proceedings?) (?:\w+ )?meeting\b|"
                             # a board of professionals deciding (a prison's mother and baby unit admissions board)
                             r"\b(?:admissions?|mbu|mother and baby unit|resource|placement|funding|gateway|allocation) board\b|"
                             r"\battended (?:a |the )?(?:\w+ ){0,3}?board\b(?! games?\b)|"
                             # an allegation against someone who works with children (the LADO's meeting)
                             r"\ballegations? (?:management )?meeting\b|"
                             r"\blocal authority designated officer (?:strategy )?meeting\b|"
                             # planning a patient's discharge with the other agencies
                             r"\bdischarge (?:planning )?meeting\b|\bcpa (?:\w+ )?meeting\b|"
                             # a care provider's failings, with the regulator and commissioners (a SAR's "large scale enquiry")
                             r"\bprovider (?:concerns? |quality |performance )?meeting\b|"
                             r"\b(?:large scale|organisational|whole service) (?:safeguarding )?enquiry meeting\b",
    # "Joint home visit", "visited jointly", "home visit with the health visitor" (another professional, not a parent).
    # ("… and the children's social worker visited the parents together"; not "visited the children together")
    "joint visit": r"\bjoint\b(?:\s+\w+){0,3}\s+visit\b|\bvisit\w*\s+(?:\w+\s+){0,3}jointly\b|\bjointly\s+visit\w*|"
                   r"\bvisit\s+joint\b|"  # "Home visit (joint, Family Centre)"
                   # the police's and another body's joint operation at a place ("Joint operation at the car wash
                   # with the GLAA"); not an operation on a joint ("hip joint operation")
                   r"(?<!hip )(?<!knee )(?<!shoulder )(?<!ankle )(?<!elbow )(?<!wrist )"
                   r"\bjoint (?:police |multi agency |partnership )?operation\b|"
                   # two officers' joint inspection of a home ("Joint inspection with the housing officer",
                   # "Inspection with environmental health")
                   r"\bjoint (?:\w+ )?inspection\b|"
                   r"\binspection with (?:the )?(?:environmental health|housing|police|fire|social|landlord)\b|"
                   # a visit log's note opening with whom it was shared with: "Joint with ASC. Smoke alarms fitted."
                   r"^joint with\b(?!\s+(?:pain|swelling|stiffness|replacement|problems?)\b)|"
                   rf"\band\b(?:\s+\w+){{0,6}}?\s+(?:{PROFESSIONALS}|designated safeguarding lead|teacher)\s+"
                   r"(?:visit\w*|met|saw|spoke)\s+(?:\w+\s+){0,4}together\b|"
                   r"\b(?:spoke|met|saw|seen|visited|interviewed)\b(?:\s+\w+){0,4}\s+jointly\b|"
                   # "Home visit by SW and DSL together": two professionals named as the visitors
                   rf"\bvisit\w*\s+by\s+(?:the\s+)?(?:\w+\s+){{0,2}}?(?:{PROFESSIONALS}|designated safeguarding lead|"
                   rf"teacher)\s+and\s+(?:the\s+)?(?:\w+\s+){{0,2}}?(?:{PROFESSIONALS}|designated safeguarding lead|teacher)\b|"
                   # ("home assessment with the health visitor": a visit to assess)
                   # ("visited the family on the Mill Lane layby with the health visitor")
                   rf"\b(?:visit\w*|(?:home|joint|welfare) assessment)\s+(?:\w+\s+){{0,8}}?(?:together\s+)?with\s+"
                   r"(?:the\s+|a\s+|an\s+)?"
                   # ("with the duty social worker", "with the community LD nurse")
                   rf"(?:\w+\s+){{0,2}}?(?:{PROFESSIONALS}|{SERVICES})\b",
    # A death is the one event every agency responds to that day: ambulance, hospital, police.
    # (not the role or the procedure named after one: "SUDI paediatrician", "the SUDC protocol", nor
    # the panel that reviews a child's death, named in a meeting's list of who came: "police, CDOP";
    # but its notification is news of a death)
    "death": r"\bchild death overview (?:panel )?notification\b|\bnotification (?:from|by) (?:the )?child death overview\b|"
             r"\b(?:death(?! (?:in (?:infancy|childhood) )?(?:paediatricians?|nurses?|teams?|protocol|process|procedures?|"
             r"response|rapid response|overview|review (?:meeting|panel|process))\b)|"
             rf"died|dead|deceased|{_HEART_STOPPED}|"
             r"sudden unexpected(?! death in (?:infancy|childhood) (?:paediatricians?|nurses?|teams?|protocol|process|"
             r"procedures?|response|rapid response)\b)|"
             r"passed away|life extinct|life pronounced extinct|pronounced life extinct|"
             # as the railway, the roads and the ambulance write it: "Rail fatality", "injuries incompatible with life"
             r"(?<!no )(?<!without )(?<!near )fatality|(?<!no )(?<!without )fatalities|(?:injuries )?incompatible with life)\b|"
             # a killing, as the police and probation record the arrest for it (not a threat or an attempt)
             r"(?<!threatened to )(?<!threatening to )(?<!threat to )(?<!threats to )(?<!attempted )(?<!conspiracy to )"
             r"(?<!attempt to )(?<!attempted to )(?<!tried to )\b(?:murder(?:ed)?|manslaughter)\b|"
             # as the ambulance crew and the police write it: "CPR, ROSC not achieved", "child drowned"
             r"\brosc not achieved\b|\bno rosc\b|(?<!nearly )(?<!near )(?<!almost )\bdrowned\b|"
             # "was killed overnight", "fatally stabbed", "a homicide" (not "could have killed her", "nearly
             # killed", "threatened to kill", a domestic homicide review)
             r"(?<!nearly )(?<!almost )(?<!have )(?<!been )(?<!would )(?<!could )\bkilled\b|\bfatally\b|"
             r"\bhomicide\b(?! reviews?\b)|"
             # as the police find one: "body of a man found in the car park" (not a body map)
             r"\bbody (?:of (?:a |an |the )?\w+ )?(?:was |has been )?(?:found|discovered|recovered)\b",
    # A looked after child's statutory review: social worker, IRO, school, health and carers.
    "looked after review": r"\blooked after\b(?:\s+\w+){0,2}\s+review\b|\breview\b(?:\s+\w+){0,2}\s+looked after\b|"
                           r"\bstatutory review\b(?=(?:\s+\w+){0,8}?\s+independent reviewing officer\b)|"
                           r"\bindependent reviewing officer review\b",  # ("IRO review")
    # The police and a social worker interview a child together (Achieving Best Evidence).
    "joint interview": r"\bachieving best evidence\b|\bjoint(?:ly)?\b(?:\s+\w+){0,3}\s+interview\w*|"
                       r"\binterview\w*\s+(?:\w+\s+){0,3}jointly\b|\b(?:visually|video) recorded interview\b|"
                       # "interview of the child with the social worker present"
                       rf"\binterview\w*\s+(?:\w+\s+){{0,3}}with\s+(?:a\s+|the\s+)?(?:{PROFESSIONALS})\b|"
                       # an asylum-seeking child's age assessment: two social workers and an appropriate adult
                       r"\bage assessment\b(?! (?:outcome|decision|letter|challenge\w*|disputed|to be|booked|planned|"
                       r"requested|needed|report)\b)",
    # The outcome of an allegation against someone in a position of trust (the LADO's meeting) or of
    # a section 42 enquiry: "allegation substantiated", "Outcome: unfounded", as each agency told records it.
    "allegation outcome": r"\b(?:un)?substantiated\b|\b(?:allegations?|outcome|concerns?)\b(?: \w+){0,3}? "
                          r"(?:unfounded|malicious)\b",
    # (one "booked" or "to be arranged" in a strategy discussion's record is not yet held)
    "child protection medical": r"\b(?:child protection|safeguarding|forensic) (?:medical|examination)\b"
                                r"(?! (?:booked|arranged|planned|requested|to be|needed|required|agreed|tomorrow|today|"
                                r"this afternoon|later)\b)|"
                                # as others tell of it, and an FGM clinic's examination
                                r"\bmedical (?:confirmed|found|showed|concluded)\b|\bfemale genital mutilation clinic\b|"
                                r"\bpaediatricians? (?:findings|opinion|conclusions?)\b|"  # its result, as others hear it
                                r"\b(?:taken|went|attended|conveyed|brought|escorted|accompanied) to (?:the )?sarc\b|"
                                # the sexual assault referral centre's examination: "SARC examination completed"
                                r"\bsarc (?:examination|medical|assessment)\b"
                                r"(?! (?:booked|arranged|planned|requested|to be|needed|required|agreed|tomorrow|today|"
                                r"this afternoon|later)\b)|"
                                r"\bexamined by (?:the |a )?(?:\w+ )?paediatrician\b|"
                                # its X-rays of an infant's every bone, done only when abuse is suspected
                                r"\bskeletal survey\b(?! (?:booked|arranged|planned|requested|to be|needed|required|"
                                r"agreed|tomorrow)\b)",
    # A looked after child's health assessment, initial or review: the looked after children's nurse
    # or a paediatrician sees the child, the carer is there, the social worker records it. Not
    # a mental health assessment, nor one still to come ("review health assessment to be booked").
    "health assessment": r"(?<!mental )\bhealth assessment\b(?! (?:to be|will be|booked|arranged|planned|requested|"
                         r"request|needed|required|due|overdue|referral|paperwork|consent|form|tomorrow|next)\b)",
    # The midwife's first appointment in a pregnancy, which a specialist midwife (addiction, mental
    # health) or a family nurse attends or records too. Not "booked an appointment".
    "antenatal booking": r"\b(?:antenatal|pregnancy|maternity|midwife|midwifery|midwives)\b(?:\s+\w+){0,2}\s+booking\b|"
                         r"\bbooking\s+(?:appointment|assessment|visit|bloods|history|interview)\b|\bfor (?:her )?booking\b|"
                         r"\b(?:identified|disclosed|seen|noted) at (?:her |the )?booking\b|"
                         r"^booking\b(?! (?:made|confirmed|cancelled|for|of|ref|reference|number)\b)|"  # "Booking: …"
                         r"\bbooking (?:\w+ )?(?:midwife|midwives|maternity)\b|"
                         r"\bbook(?:ing|ed) (?:in )?(?:\w+ ){0,2}?(?:with|by) (?:the |a )?(?:\w+ ){0,3}?"
                         r"(?:midwife|midwives|maternity)\b",
    # A hearing: the local authority, the children's guardian, the parents' solicitors; in a criminal
    # court the police and probation. Not a hearing test, not Court Road.
    "court hearing": r"\b(?:family|crown|magistrates|youth|county|high) court\b|\bcourt (?:hearing|order|date|appearance)\b|"
                     r"\b(?:attended|appeared (?:at|in)|in|at) court\b(?! (?:road|street|lane|house|close)\b)|"
                     r"\b(?:directions|final|interim|fact finding|case management|issues resolution|first|sentencing|"
                     r"remand|bail) hearing\b|\battended (?:the )?hearing\b|\bdispute resolution appointment\b|"
                     r"\b(?:care|supervision|placement|emergency protection|interim care|closure|non molestation|"
                     r"occupation|domestic violence protection|criminal behaviour|forced marriage protection|"
                     r"female genital mutilation protection|secure accommodation|deprivation of liberty) orders? "
                     r"(?:was |were )?(?:made|granted|obtained)\b|"
                     r"\b(?:emergency protection|interim care|care|supervision|placement) order hearing\b|"
                     r"\bhearing\b(?:\s+\w+){0,3}?\s+orders? (?:was |were )?(?:made|granted)\b|"  # "EPO hearing: order made"
                     # "Court made an order to stop the trip"
                     r"\bcourt (?:made|granted|issued) (?:an? |the )?(?:\w+ ){0,3}?orders?\b|"
                     r"\bmagistrates\b|"
                     # what the court decided: "sentenced to 18 months", "the restraining order"
                     r"\bsentenced\b|(?<!breach of )(?<!breached )(?<!breaching )\brestraining order\b",
    # A looked after child's education plan (designated teacher, social worker, carer); an EHCP review.
    "education plan meeting": r"\bpersonal education plan\b|\beducation health and care plan (?:annual )?review\b",
    # A Mental Health Act assessment or detention: an AMHP, doctors, often the police; a place of safety.
    # (not an assessment still to come: "MHA assessment arranged for today", "needed", "doctors booked")
    "mental health act": r"\bmental health act\b(?! assessment (?:arranged|needed|required|requested|planned|booked|"
                         r"to be|to take place|later)\b)|\bapproved mental health professional\b|\bsectioned\b|"
                         r"\bplace of safety\b|\b(?:section |s ?)13[56]\b|"
                         # "held on a 136" (not a bus route)
                         r"\b(?:held|detained|placed|kept) on (?:a |an )?13[56]\b(?! (?:bus|route|road|street)\b)|"
                         r"\b(?:detained|detention|admitted)\b(?:\s+\w+){0,4}?\s+(?:under )?(?:section |s ?)[234]\b|"
                         r"\b(?:section |s ?)[23] (?:application|papers|detention)\b",  # "Section 3 application completed"
    # A disclosure under the Domestic Violence Disclosure Scheme ("Clare's Law"): the police make it,
    # often with the victim's IDVA or social worker present.
    "domestic abuse disclosure": r"\bclares law\b|\bdomestic (?:violence|abuse) disclosure scheme\b|"
                                 r"\bsarahs law\b|\bchild sex offender disclosure\b",  # (and its scheme for children)
    # A referral of a child or adult thought trafficked or exploited to the National Referral Mechanism
    # (the Home Office's, so no referral to an agency here): the agency that makes it and those copied in
    # record it that day. Not the decisions that follow ("NRM: positive reasonable grounds decision").
    "nrm referral": r"\bnational referral mechanism (?:referral|form|submitted|made|completed|sent)\b|"
                    r"\breferr(?:al|ed) (?:\w+ ){0,3}?to (?:the )?national referral mechanism\b",
    # A fire at the home: the fire service, the police and the landlord respond on the day.
    # (not the fire service named in a list of services: "MDT with social care, GP and fire")
    "fire": r"\b(?<!police and )(?<!practitioner and )(?<!care and )(?<!ambulance and )(?<!health and )"
            r"(?<!housing and )(?<!nurse and )"
            r"(?:fire|fires|arson|blaze)\b(?! (?:alarms?|safety|doors?|exits?|extinguishers?|drills?|service|brigade|"
            r"and rescue|officers?|crews?|risks?|hazards?)\b)|"
            # something set alight: "toilet roll set alight", "set fire to a bin"
            r"\bset (?:\w+ )?(?:alight|on fire)\b|\bset fire to\b|\bset alight\b|"
            # as the fire service and the school write it: "paper towels alight in toilets", "bin was alight",
            # "setting light to paper towels" (not "alight from the bus", "the Alight youth project")
            r"\b(?:was|were|is|are|found|caught|went|been|still|well) alight\b|\balight (?:in|on|inside|outside)\b|"
            r"\b(?:set|sets|setting) light to\b|"
            # what the ambulance crew records of it: "smoke exposure", "smoke inhalation"
            r"\bsmoke (?:inhalation|exposure)\b",
    # A meeting to decide for an adult who lacks capacity (Mental Capacity Act): social care, the ward, the family.
    # A child moving into a placement (foster care, respite, a children's home): the social worker
    # and the placement record the move that day. Not a placement "arranged" or "requested" for later.
    "placement move": r"\bplacement (?:started|starts|began|begun|commenced|began|ended|ends|broke down|disrupted)\b|"
                      # ("parent and child placement breakdown")
                      r"\bplacement (?:breakdown|disruption|(?:has |had )?broken down)\b|"
                      # a secure or residential home's admission of a child sent by the court ("Admission: young
                      # person arrived from the court with two escorts")
                      r"\barrived (?:here )?from (?:the )?(?:\w+ )?court\b|"
                      # a short stay away from home, as the social worker, the care home and the short breaks
                      # service write it: "admitted to Beech House for 2 weeks' respite today", "Emergency respite
                      # admission", "Short breaks package started: first overnight stay tonight", "First overnight
                      # short break"
                      r"\brespite admission\b|\badmitted\b(?:\s+\S+){0,6}?\s+for (?:\S+ ){0,3}?respite\b|"
                      r"\bfirst overnight (?:short break|stay|respite)\b|\bshort breaks? (?:package )?(?:started|starts|began)\b|"
                      r"\b(?:emergency|foster|respite|new) placement (?:of|for)\b|"
                      # "Emergency foster placement found for tonight", "Late-night placement of a 15 year old"
                      r"\b(?:emergency|late night|same day|out of hours) (?:foster )?placement "
                      r"(?:of|found|made|identified|agreed)\b|"
                      r"\bfoster placement (?:found|made|identified|agreed) for\b|"
                      r"\bnow in (?:foster|residential) care\b|\b(?:taken|came|brought|received) into care\b|"
                      # as the foster carers write it: "Twins placed with us today under an interim care order"
                      r"\bplaced with us\b|"
                      r"\bto (?:an? )?(?:emergency|temporary|short[- ]term) foster (?:care|carers?|placement)\b|"
                      # ("discharged from the postnatal ward to a parent and child foster placement", "took
                      # mother and baby from the ward to the foster placement")
                      r"\b(?:moved|placed|accommodated|admitted|arrived|discharged|took|taken|transported)\b"
                      r"(?:\s+\w+){0,6}?\s+(?:to|into|in|with|w|at)\s+"  # ("w/": with)
                      # ("placed with FC": foster carers, as a health visitor writes it)
                      r"(?:\w+\s+){0,4}?(?:foster (?:care|carers?|placement|home)|fcs?|respite|"
                      r"residential (?:home|unit|placement)|children'?s home|short breaks? (?:unit|home)|"
                      # a secure children's home ("moved to Hillside secure unit")
                      r"secure (?:unit|accommodation|children'?s home|home|placement)|placement)\b"
                      r"(?! (?:review|planning|plan|meeting|agreement|panel)\b)|"  # (not "took her to the placement review")
                      # an adult into a hostel, a refuge or a night shelter, a young person into supported
                      # lodgings: the outreach or housing worker and the hostel or the social worker
                      # ("took D to Riverside Hostel, booked in": the outreach worker's record of the move)
                      r"\b(?:placed|moved|admitted|admission|accommodated|booked|took|taken|escorted|arrived|transported|"
                      r"entered|now (?:living|staying|residing))\b"
                      r"(?:\s+\w+){0,3}?\s+(?:in|into|to|at|via)\s+"
                      r"(?:the |a |an )?(?:\w+ ){0,2}?(?:hostel|refuge|temporary accommodation|emergency accommodation|"
                      r"bed and breakfast|night shelter|nightstop|supported (?:lodgings|accommodation|housing)|"
                      r"semi independent (?:accommodation|placement|living|flat|unit|provision)|ymca|foyer|"
                      r"safe house)\b|"  # (a victim of trafficking's or of domestic abuse)
                      # the supported lodgings provider's own record: "Callum moved in with host Mrs K"
                      r"\bmoved in with (?:the |a |his |her |their )?(?:hosts?|host family|host carers?)\b|"
                      # the night's placement as social care (or housing) and the place record it: "emergency
                      # placement at the YMCA tonight", "placed by the emergency duty team", "placed by Housing Options"
                      r"\bemergency placement (?:at|in)\b|"
                      # the hostel's or care home's own record of the move: "New resident D arrived"
                      r"\bnew resident\b(?! (?:meeting|survey|feedback)\b)|"
                      # a child placed with named foster carers: "placed with Mr and Mrs K"
                      r"\bplaced with (?:mr|mrs|ms|miss|foster carers?)\b|"
                      # … or named by whom: "Placed mum and Noah with Brightstart carers"
                      r"\bplaced (?:\w+ ){0,4}?with (?:the |their |her |his )?(?:\w+ )?(?:foster )?carers\b|"
                      r"\bplaced (?:here |with us )?by (?:the )?(?:\w+ )?(?:emergency duty team|social worker|local authority|"
                      r"childrens services|(?:childrens )?social care|council|housing(?: options| solutions| team| officer)?|"
                      r"homeless(?:ness)? (?:team|service|prevention))\b|"
                      r"\bsevere weather emergency protocol (?:bed|admission|placement)\b",
    # A baby handed from the community midwife to the health visitor: both record the transfer of care.
    "transfer of care": r"\btransfer(?:red)? of care\b|\bdischarged from (?:community )?midwifery\b|"
                        # an asylum-seeking child's move between local authorities under the National Transfer
                        # Scheme, recorded by both that day (not a referral to it, days before)
                        r"\b(?:transfer(?:red)?|received|arrived|moved|placed)\b(?:\s+\w+){0,6}?\s+(?:via|under|through) "
                        r"(?:the )?national transfer scheme\b|\bnational transfer scheme transfer\b|"
                        r"\b(?:handover|handed over|transferred) (?:\w+ )?(?:from|to) (?:the )?(?:community )?"
                        r"(?:midwife|midwives|midwifery|health visitor|health visiting)\b",
    # (or the decision it made, as a worker who was there writes it: "BI decision: PEG not in her best interests")
    "best interests meeting": r"\bbest interests? (?:decision )?meeting\b|"
                              r"^\W*best interests? decision\b(?! (?:to be|needed|required|pending|due)\b)",
    # A police interview: the police record it, and an appropriate adult (youth justice, social care)
    # or a parent's probation officer may sit in or hear of it the same day.
    "police interview": r"\binterview(?:ed)? under caution\b|\bpolice interview\w*|\binterviewed by (?:the )?police\b|"
                        r"\bpolice\b(?:\s+\w+){0,5}?\s+(?:was |were )?interviewed\b|\bvoluntary interview\b|"
                        # a child's interview in custody: "no comment interview", an appropriate adult (PACE)
                        r"\bno comment interview\b|\bappropriate adult\b",
    # A release from prison: the prison, probation and the approved premises or hostel each take part in
    # it and record its day ("released on licence", "discharged on HDC", "arrived from HMP Hewell"), as
    # they do a meeting; not released under investigation or on bail.
    "release from prison": r"\b(?:released|discharged) (?:on licence|on home detention curfew|"
                           r"from (?:hmp|hmyoi|prison|custody at hmp))\b|"
                           r"\bdischarged from custody\b|"
                           # at the end of a sentence, and whoever met the young person at the gate (a youth
                           # justice worker): "Released at the end of his sentence", "Collected Kyle from the gate"
                           r"\breleased (?:\w+ ){0,2}?at the end of (?:his|her|their|the) sentence\b|"
                           r"\b(?:collected|met|picked up) (?:\w+ ){0,2}?(?:from|at) the (?:prison |main )?gates?\b|"
                           r"\bgate (?:release|pick up|collection)\b|"
                           # "Out of prison today on licence", "arrival from HMP Altcourse" (at the approved premises)
                           r"\bout of (?:prison|hmp|hmyoi) (?:today|yesterday|this morning|on licence)\b|"
                           r"\barrival from (?:hmp|hmyoi|prison)\b|"
                           r"\b(?:arrived|came|transferred) (?:here )?from (?:hmp|hmyoi)\b|\brelease from (?:hmp|hmyoi|prison)\b|"
                           # as the hostel and the personal adviser write it: "moved in today from HMYOI on
                           # licence", "met him at the hostel on his release"
                           r"\bmoved in (?:\w+ ){0,2}from (?:hmp|hmyoi|prison|custody)\b|"
                           r"\bon (?:his|her|their) release(?! (?:from (?:hospital|the ward|police|the police station)|"
                           r"date|plan)\b)\b|"
                           # as a victim's worker hears it from probation: "probation advised B released today"
                           r"\breleased (?:today|this morning|yesterday)\b(?! (?:on bail|under investigation|without charge|"
                           r"with no further action|from (?:hospital|the ward|police|the police station)|no further action)\b)",
    # Skin broken down under pressure, as a care home, the community nurses, the GP and social care
    # each write it ("grade 4 sacral PU", "unstageable", "sacral wound now category 3", "pressure sore
    # on heel"); not a plan to prevent one, nor an ambulance's "category 2" response. Shared, not an
    # incident: an ulcer lasts weeks, seen at many contacts, so only records of one day (or news of
    # one, told later) are of the same finding. (As an incident, records days apart of the same ulcer
    # linked: held-out p241 and p414, 6 false links more.)
    "pressure ulcer": r"(?<!no )(?<!prevent )(?<!prevention of )\bpressure (?:ulcers?|sores?|damage|injur(?:y|ies))\b"
                      r"(?! (?:prevention|risk|training|policy|polic))|\bbed ?sores?\b|\bdecubitus\b|"
                      r"\bunstageable\b|\b(?:grade|category|cat) [1-4] (?:(?:sacral|heel|sacrum|buttock|hip) )?"
                      r"(?:ulcers?|wounds?|sores?)\b|\b(?:sacral|heel|sacrum|buttock) (?:ulcers?|wounds?|sores?)\b",
}
# What is decided or still to come, within a few words not saying it was done: "referral to be made",
# "step up to social care agreed" (a later record sends it); not "referral made to CAMHS, agreed with mum".
_NOT_DONE_YET = (r"(?:\s+(?!(?:made|sent|submitted|completed|done|received|accepted|raised|logged|plan)\b)\w+){0,4}?"
                 r"\s+(?:to be|agreed|planned|considered|recommended|proposed)\b")
# Who raises a concern that is no agency's referral: a relative, the person, the public.
_NO_AGENCY = (r"(?:the |a |an |her |his )?(?:mother|father|parents?|grandmother|grandfather|family|client|patient|carer|"
              r"child|son|daughter|aunt|uncle|neighbour|partner|member of the public|public)\b")
# Incidents one agency deals with and others are told of.
# A hospital's units a patient is admitted or moved to: intensive, high dependency, special and
# neonatal care (whose names also name the hospital: see IMPLIED_NAME) …
_CRITICAL_CARE_UNITS = ("picu", "nicu", "icu", "itu", "hdu", "phdu", "scbu", "nnu")
# … a mother and baby unit, and the units a patient is admitted to from the emergency department
# (acute or emergency medical, clinical decision, coronary care, paediatric assessment).
_HOSPITAL_UNITS = "|".join([*_CRITICAL_CARE_UNITS, "mbu", "amu", "mau", "eau", "cdu", "ccu", "pau"])
# Things that go missing, not people: "Nothing missing", "reported her purse missing".
_THINGS = (r"(?:nothing|anything|things|keys?|items?|money|cash|property|(?:tele)?phones?|purse|wallet|bags?|jewellery|"
           r"medication|tablets)")
INCIDENT_KINDS: dict[str, str] = {
    # Not a "pre-birth assessment", a "date of birth" or a health visitor's "new birth visit".
    "birth": r"\b(?:born|(?<!pre )(?<!date of )(?<!new )birth|delivered|delivery|caesarean)\b|"
             # as a relative or a housing worker tells it: "mum has had the baby this morning"
             r"\bhas had (?:the|her|a|their) baby\b|"
             r"\bhad (?:the|her|a|their) baby (?:this morning|yesterday|last night|overnight|today|at \d+ weeks)\b",
    # Not "no arrests", "nobody arrested", "not charged"; not a cardiac arrest ("brought in in arrest").
    "arrest": r"(?<!\bno )(?<!\bnot )(?<!\bnobody )(?<!\bno one )(?<!\bwithout )(?<!\bnor )"
              # (a recall to prison is its own event: "recall to custody approved", "received on recall from police custody")
              r"\b(?:(?<!\bcardiac )(?<!\brespiratory )(?<!\bin )(?<!\bpaediatric )(?<!\bpediatric )arrest\w*|remand\w*|"
              # (nor a prison's "Safer custody" team, which opens a self-harm plan)
              r"(?<!recall to )(?<!recalled to )(?<!on recall from police )(?<!on recall from )(?<!safer )custody|"
              r"charged)\b|"
              # as the one arrested tells it: "spent a night in the cells", "kept in the cells overnight"
              r"\b(?:nights?|hours|(?:kept|held|locked up|detained|put|spent \w+)) in (?:the )?(?:police )?cells\b",
    # Operation Encompass: the police tell a child's school of a domestic incident by the next morning.
    # Police logs often say only "Domestic" or "Domestic - verbal"; housework is not an incident.
    # An argument at home, as police logs write one ("Father called police after argument", "verbal
    # argument between parents"), is one too; not a child's "argument with a peer".
    # (not a history of domestic abuse, as checks find it: "partner's DA history")
    "domestic incident": r"(?<!history of )\bdomestic\b(?! (?:chores|cleaning|tasks|duties|work|appliances?|servitude|"
                         r"slavery|(?:abuse |violence |violence and abuse )?history)\b)|"
                         r"\bencompass\b|"
                         r"\bdisturbance at (?:the |their |her |his )?(?:family'?s? )?(?:home|address|house|flat|property)\b|"
                         r"\b(?:in|during|after|following)\s+(?:an\s+|a\s+|the\s+)?(?:verbal\s+)?argument\b|"
                         r"\b(?:after|following)\s+(?:a\s+|the\s+)?(?:verbal\s+)?row\b|"  # (not "three in a row")
                         r"\bverbal argument\b|\bargument (?:between|at (?:the )?(?:home|address|house|property))\b|"
                         # as a child or a neighbour tells it: "shouting at home last night", "mum and dad were fighting",
                         # "shouting and banging from Dawn's flat", "neighbour called re shouting"
                         r"\b(?:shouting|arguing|screaming|fighting)\b(?:\s+\w+){0,2}?\s+(?:at (?:the |their |her |his )?|"
                         r"(?:coming )?from (?:the |their |her |his )?(?:\w+ )?)(?:home|house|flat|address|next door)\b|"
                         r"\bneighbours?\b(?:\s+\w+){0,5}?\s+(?:reports?|reported|called|calls|rang|heard|complain\w*)\b"
                         r"(?:\s+\w+){0,4}?\s+(?:shouting|arguing|screaming|fighting)\b"
                         r"(?!\s+(?:in the (?:garden|street|park|road)|(?:while |whilst )?playing))|"
                         r"\b(?:parents|mum and (?:dad|her partner)|mother and (?:father|her partner))\s+(?:were\s+|was\s+)?"
                         r"(?:arguing|shouting|screaming|fighting)\b|"
                         r"\b(?:argument|row) with (?:her |his |their )?(?:\w+ )?"
                         r"(?:partner|husband|wife|boyfriend|girlfriend|ex)\b|"
                         r"\b(?:partner|husband|wife|boyfriend|girlfriend|ex|father|dad|mother|mum|him|her)\s+"
                         r"(?:to |should )?be(?:ing)? removed\b|"
                         # "call from mum wanting dad removed", "asking for him to be removed"
                         r"\b(?:wanting|wanted|wants|asking for|asked for|requesting|requested)\s+(?:the\s+)?"
                         r"(?:partner|husband|wife|boyfriend|girlfriend|ex|father|dad|mother|mum|him|her)\s+"
                         r"(?:to be\s+)?removed\b|"
                         r"\basked (?:her |his |the )?(?:dad|father|mum|mother|partner|husband|wife|boyfriend|girlfriend|"
                         r"ex partner|him|her) to leave\b|"
                         # an assault as the victim tells it: "says partner grabbed her", "assaulted by her husband"
                         r"\b(?:partner|husband|wife|boyfriend|girlfriend)\s+(?:had\s+)?(?:grabbed|hit|punched|slapped|"
                         r"pushed|kicked|strangled|choked|assaulted|attacked|headbutted|bit|threw \w+ at)\s+(?:her|him|them)\b|"
                         r"\b(?:assaulted|attacked|hit|punched|strangled|kicked) by (?:her |his |their )?(?:ex )?"
                         r"(?:partner|husband|wife|boyfriend|girlfriend)\b|"
                         # an ex-partner at the door, as the victim tells it: "since ex came to door on Monday"
                         # (an ex, not a partner: "partner was at the house" is no incident)
                         r"\b(?:ex|ex partner)\s+(?:came|come|turned up|showed up|arrived|was|banging|kicking)\s+"
                         r"(?:\w+\s+){0,2}?(?:to|at|on)\s+(?:the\s+|her\s+|his\s+)?(?:door|house|home|address|flat|window)\b|"
                         r"\b(?:partner|husband|boyfriend|girlfriend)\s+(?:banging|kicking)\s+(?:on\s+|at\s+|in\s+)?"
                         r"(?:the\s+)?(?:door|window)\b|"
                         # "ex partner at address banging door"
                         r"\bex(?: partner)?\s+(?:at|outside)\s+(?:the\s+)?(?:address|house|flat|property|home)\s+"
                         r"(?:banging|kicking|shouting)\b|"
                         # an order protecting the victim broken: "breach of the non-mol", "NMO breached"
                         r"\b(?:breach\w*|broke|broken|breaking)\s+(?:of\s+)?(?:a\s+|the\s+|an\s+|her\s+|his\s+)?"
                         r"(?:non mol\w*|nmo|restraining order|(?:domestic violence|stalking) protection (?:notice|order))\b|"
                         r"\b(?:non mol\w*|nmo|restraining order|(?:domestic violence|stalking) protection (?:notice|order))\s+"
                         r"(?:was\s+)?(?:breached|broken)\b",
    "emergency attendance": r"\bemergency department\b|\bambulance\b|\b999\b|\burgent treatment centre\b|"
                            r"\bminor injur(?:y|ies) unit\b|"
                            # the emergency department's trauma team called to a patient on arrival ("Trauma call: 11
                            # year old, quad bike rollover")
                            r"\btrauma (?:call|team)\b|"
                            # the emergency services at sea ("coastguard searching", "lifeboat and helicopter tasked")
                            r"\bcoastguard\b|\blifeboat\b|"
                            # not to an appointment: "taken to hospital appointment by grandmother"
                            r"\b(?:taken|brought|conveyed|rushed|(?:took|take|takes|taking) (?:him|her|them|the child|"
                            r"the baby)) (?:in )?to hospital\b"
                            r"(?! (?:appointment|clinic|outpatients|for (?:an |a |her |his )?(?:appointment|scan|review|check)))",
    # A medical emergency others attend or hear of: a choking episode, a seizure, a collapse. Not
    # being choked by someone (an assault), a drugs seizure by the police, or a choking hazard.
    "medical emergency": r"\b(?:chok(?:ed|es) on|choking (?:episode|incident|on)|(?<!drugs )(?<!drug )(?<!cash )"
                         r"seizures?(?! of\b)|tonic clonic|status epilepticus|(?:had|having|has) a fit|"
                         r"anaphyla\w*|cardiac arrest|respiratory arrest|collapsed|"
                         # a sickle cell crisis, as the crew and the ward write it: "painful crisis legs and back",
                         # "Sickle pain crisis", "acute chest syndrome" (not a mental health crisis)
                         r"sickle (?:cell )?(?:pain(?:ful)? )?crisis|painful crisis|vaso ?occlusive crisis|"
                         r"(?:sickle|sickling) (?:cell )?crisis|acute chest syndrome|"
                         # an asthma attack, as the crew, the ward and the school write it ("acute severe asthma",
                         # "exacerbation of asthma"; not "a care plan for asthma")
                         r"asthma attack|acute (?:severe |life threatening )?asthma|life threatening asthma|"
                         r"status asthmaticus|exacerbation of (?:his |her |their )?asthma|"
                         # carbon monoxide, as the gas engineer, the fire service and the ward write it: "CO alarm
                         # activated", "CO readings of 300 ppm", "CO poisoning: carboxyhaemoglobin 18%"
                         r"carbon monoxide|carboxyh\w*|co (?:alarm|poisoning|readings?|detector|levels?|exposure)|"
                         # a body too cold or too hot, as the crew and the ward write it: "Temp 33.8", "hypothermia",
                         # "heatstroke" (not a room's "temp 22")
                         r"hypotherm\w*|hypertherm\w*|heat ?stroke|temp(?:erature)? (?:of |was )?3[0-4](?: \d)?|"
                         # an infant as the 999 call, the police and the emergency department describe it
                         r"unresponsive|floppy|not breathing (?:properly|normally)|respiratory distress|"
                         r"difficulty (?:in )?breathing|breathing difficult\w*|"
                         # a child in water, as the crew, the police and the ward write it
                         r"submersion|(?<!no )near[- ]drowning|found face down in|"
                         r"found (?:\w+ ){0,2}?in (?:a |the )?(?:\w+ )?(?:pool|pond|river|canal|lake|bath)\b"
                         r"(?! (?:area|side|party|table|hall|room)\b)|"
                         # … or the sea, as the coastguard, the lifeboat and the ambulance write it: "two teenagers in
                         # difficulty off North Beach", "one casualty recovered to the beach", "recovered from the sea"
                         r"in difficulty (?:in|off|at) (?:the )?(?:\w+ )?(?:sea|water|river|canal|lake|beach|coast|pier)|"
                         # (not "stolen car recovered from the river")
                         r"recovered(?<!car recovered)(?<!vehicle recovered)(?<!bike recovered)(?<!property recovered) "
                         r"(?:from|out of|to) (?:the )?(?:sea|water|river|canal|lake|pond|pool|beach|shore)|"
                         r"pulled (?:out )?(?:from|of) (?:the |a |an )?(?:\w+ ){0,2}"
                         r"(?:pool|pond|river|canal|lake|bath|water|sea))\b",
    # (not one still to come: "safety plan for discharge", "fit for discharge", "discharge planning")
    # (the words before it are looked for once "discharg" is found: lookbehinds at the start of
    # an alternative would be tried at every position of every text)
    "discharge": r"\bdischarg(?<!plan for discharg)(?<!planning for discharg)(?<!fit for discharg)"
                 r"(?<!ready for discharg)(?<!awaiting discharg)(?<!prior to discharg)"
                 # (a visit "after discharge", "post discharge" is of something after it)
                 r"(?<!before discharg)(?<!pending discharg)(?<!to be discharg)(?<!after discharg)(?<!post discharg)"
                 r"(?<!post-discharg)(?<!since discharg)(?<!following discharg)\w*\b(?! plan| planning| meeting)|"
                 # as the family tells it: "mum came home from hospital on Friday"
                 r"\bhome from (?:the )?(?:hospital|ward)\b|"
                 r"\b(?:just|recently|now|since|newly) out of (?:the )?hospital\b|"
                 r"\bout of (?:the )?hospital (?:since|on|from|last)\b|"  # "out of hospital since Friday"
                 r"\b(?:returned|back|came) (?:\w+ ){0,3}?from (?:the )?(?:hospital|ward)\b|"
                 # as the hospital tells another agency: "Notified by the hospital that Mia went home today"
                 # (not "hospital attendance; letter sent; home conditions poor")
                 r"\b(?:hospital|ward)\b(?:\s+\w+){1,4}?\s+(?:went|gone|allowed|going|was sent|were sent) home\b|"
                 # a patient taken or gone home against the doctors' advice ("Mum took her home against medical
                 # advice", "self-discharged", "left against medical advice")
                 r"\b(?:took|taken|take) (?:her|him|them|the baby|the child|\w+) home against (?:medical )?advice\b|"
                 r"\b(?:left|went home|gone home|self ?discharged) against (?:medical )?advice\b",
    # In adult safeguarding a referral is "a safeguarding concern" (or alert) raised with adult social care.
    # A case "stepped down" from social care is referred on to early help; one "stepped up" from early help to social care.
    # (not the National Referral Mechanism for trafficking: "NRM referral submitted")
    # (not one decided or still to come: "step up to social care agreed", "referral to be made"; a later record sends it)
    "referral": rf"\breferr(?<!national referr)(?<!mechanism referr)(?<!pupil referr)(?:al|ed)\b(?!{_NOT_DONE_YET})|"
                r"\bsafeguarding (?:adults? )?(?:concern|alert)\b|"
                # as the one who raised it writes it: "concern raised with the local authority", "safeguarding raised"
                r"\b(?:concern|safeguarding|alert)\s+(?:was\s+)?raised\b|\braised\s+(?:a\s+|the\s+)?safeguarding\b|"
                r"\bsafeguarding hub contact\b|"
                # the police's "adult concern" (an adult at risk, reported to adult social care)
                r"\badult (?:at risk )?concern\b|"
                rf"\bstep(?:ped|ping|s)?[\s-]?(?:down|up)\b(?!{_NOT_DONE_YET})|"
                r"\brequest for (?:service|support|assessment|help)\b|"
                # "Sanctuary scheme request sent to housing" (not an application to a court)
                r"\brequest (?:sent|made|submitted|emailed) to\b(?! (?:the )?(?:court|magistrates|judge)\b)|"
                # social care's word for a referral received: "contact from the drug service"; not a parent's call
                r"\bcontact (?:received )?from\b(?! (?:the |her |his )?(?:mother|father|parents?|grandmother|grandfather|"
                r"family|client|patient|carer|child|son|daughter|aunt|uncle|neighbour|partner)\b)|"
                # … and a regulator's or a service's: "we received a concern from the local authority", "concern
                # received 08/04: …" (not a relative's, a patient's or the public's)
                rf"\b(?:received (?:a |an )?(?:safeguarding )?concern|concern received) from\b(?! {_NO_AGENCY})|"
                r"\bconcern received\b(?! from\b)|"
                # as the one who sent it writes it: "concern to ASC", "safeguarding concern emailed to the MASH"
                # (… or "concerns shared with social care")
                r"\b(?:concern (?:(?:sent|made|raised|e ?mailed|reported|passed|submitted) )?to|"
                r"concerns? (?:were |was )?shared with) (?:the )?(?:adult social care|"
                r"(?:childrens |adult )?social care|childrens services|social services|mash|multi agency safeguarding hub|"
                r"safeguarding (?:hub|team)|local authority|front door)\b|"
                # a call or a case handed on to another service: "Passed to OOH", "details passed to the MASH"
                r"\bpassed (?:on )?to (?:the )?(?:out of hours|"
                r"(?:childrens |adult )?social care|childrens services|social services|mash|multi agency safeguarding hub|"
                r"emergency duty team|front door|safeguarding (?:hub|team)|police|ambulance|crisis team)\b|"
                # a concern rung or e-mailed through to social care's front door: "DSL phoned children's services"
                r"\b(?:phoned|rang|called|telephoned|emailed|contacted)\s+(?:the\s+)?(?:childrens services|"
                r"(?:childrens |adult )?social care|social services|multi agency safeguarding hub|front door|"
                r"emergency duty team|safeguarding hub|"
                # … or an allegation against a worker to the LADO ("Rang the LADO about the passenger assistant")
                r"local authority designated officer)\b",
    # (a record of injuries looked for and not found is about them too: "SARC examination: no injuries")
    # ("stab", "stabbed", "stabbing", not "stabilised" or "stable")
    "injury": r"\b(?:injur\w*|bruis\w*|fractur\w*|lesion|burns?|scald\w*|stab(?:s|bed|bing)?|lacerat\w*)\b|"
              # a face hurt, as a carer or a support worker sees it: "a black eye and a cut lip", "a bloody nose"
              # (not "dressed in black; eyes red": the punctuation between is gone when texts are compared)
              r"\b(?:a|two|his|her|their) black eyes?\b|\b(?:a|his|her|their) (?:split|cut|swollen|busted?) lips?\b|"
              r"\b(?:a|his|her|their) bloody nose\b|"
              r"\bburnt\b(?! (?:out|toast|food|pans?|smell)\b)|"  # "got burnt in the bath" (not "burnt out")
              # as a relative or a carer tells it: "fell and broke her hip", "a broken arm"
              r"\b(?:broke|broken|breaking) (?:her |his |their |a |the )?(?:left |right )?(?:hip|arm|leg|wrist|ankle|"
              r"collarbone|nose|jaw|ribs?|femur|skull|finger|toe|elbow|shoulder)\b|"
              # a fall, as a care home, a home carer or the ambulance finds it ("found Agnes on the floor",
              # "found Mr Price on the floor", "found on floor"; not "long lie", which discharge letters repeat: held-out r202)
              r"\bfound (?:(?:mr|mrs|ms|miss) \w+ |\w+ )?(?:lying |collapsed )?on (?:the )?floor\b|"
              # as a nursery or school sees it: "came in with a dressing on his arm", "a kettle accident"
              r"\bdressings? on (?:his|her|their|the) (?:left |right )?(?:arm|forearm|leg|hand|head|face|foot|chest|back|"
              r"neck|wrist)\b|\b(?:kettle|bath|iron|oven|hob|straighteners) (?:accident|incident)\b|"
              # a scald as the caller tells it: "hot water over his arm"
              r"\bhot (?:water|drink|tea|coffee|liquid|oil)(?! bottle) (?:\w+ ){0,3}?(?:over|on|onto) "
              r"(?:him|her|his|their|the)\b|"
              # a road collision: "pedestrian child struck by a car", "hit by a car", "RTC", "e-scooter v car"
              # (as the police, the ambulance and the trauma team write it), "after a collision on an e-scooter"
              r"\b(?:struck|hit|knocked (?:down|over)|run over) by (?:a |the )?(?:car|vehicle|van|bus|lorry|motorbike)\b|"
              r"\b(?:pedestrian|scooter|bike|bicycle|cycle|cyclist|motorcycle|moped) (?:v|vs|versus) (?:a |the )?"
              r"(?:car|vehicle|van|bus|lorry|hgv|taxi|tram)\b|\broad traffic (?:collision|accident)\b|"
              r"\bcollision (?:on|with|involving)\b|\b(?:after|in|following) a (?:road |car )?collision\b|"
              # a farm or road vehicle that rolled over someone: "trapped under an overturned quad bike", "quad bike
              # rollover", "crushed under a tractor"
              r"\b(?:trapped|pinned|crushed) (?:under|beneath)\b|"
              r"\b(?:quad bike|quad|tractor|atv|car|vehicle|van) (?:rollover|overturned|rolled over)\b|"
              r"\boverturned (?:quad bike|quad|tractor|atv|car|vehicle|van)\b|"
              r"\b(?:knife|puncture|penetrating|head|facial|gunshot|open) wounds?\b|"
              r"\bdog (?:bites?|attack\w*)\b|\bbitten\b|"  # "dog attack on toddler", "bitten to the face by the dog"
              r"\b(?:dog|dogs|cat|animal) bit (?:him|her|them|the child|the baby|his)\b|"  # as a child tells it
              r"\bbites? (?:to|on) (?:a |the |his |her |their )?(?:left |right )?(?:child|baby|toddler|boy|girl|face|"
              r"cheek|lip|hand|arm|forearm|leg|head|neck)\b|"  # "after a bite to a child", "bite to the forearm"
              # as the urgent treatment centre writes it: "Wound to the forearm, human bite" (not a nurse's
              # "wound on the sacrum", a pressure ulcer)
              r"\bhuman bites?\b|\bwounds? to (?:the |his |her |their |a )?(?:left |right )?(?:forearm|arm|hand|"
              r"finger|leg|thigh|foot|head|scalp|face|neck|chest|back|abdomen)\b|"
              # a fall that brings someone to the ambulance or the hospital ("fall at home", "fell down the stairs")
              r"\bfalls? (?:at home|from|down|off|out of|in the|on the)\b|\b(?:had|after|following) a fall\b|"
              # "Fall in bathroom", "Mrs Hill fallen in the bathroom", "found fallen on the floor" (not "fallen out
              # with mum", "fallen asleep", "fallen behind with the rent")
              r"\b(?:fall|fallen) (?:in|on) (?:the |her |his |their )?(?:bathroom|bath|shower|kitchen|bedroom|garden|"
              r"street|toilet|lounge|hall|stairs|floor|night)\b|"
              r"\bfallen (?:down|over|from|off|out of (?:bed|(?:his |her |the )?chair))\b|"
              # from a height, as the crew, the ward and the nursery write it: "2yo fallen approx 4m from bedroom
              # window", "after falling from a bedroom window", "falling out of a window" (not "attendance
              # falling from 95%", "fallen out with mum")
              r"\bfallen (?:(?:approx(?:imately)?|about|around|roughly|over|nearly) )?\d+(?: \d+)? ?(?:m|metres?|"
              r"meters?|ft|feet|foot) (?:from|off|out of)\b|"
              r"\b(?:fall(?:en|ing)|fell) (?:from|off|out of) (?:a |an |the |his |her |their )?(?:\w+ ){0,2}?"
              r"(?:window|balcony|bunk ?bed|bed|cot|roof|wall|tree|trampoline|ladder|stairs|landing|bridge|horse|"
              r"bike|scooter|pram|buggy|high chair|changing (?:table|mat|unit))s?\b|"
              r"\bfell (?:down|from|off|over|out of)\b|"
              # "mum fell in the night", "fell at home", "fell and hit her head"
              # (not a measure that fell: "Jacob's weight fell at home and recovered at the hospice")
              # (the look back after "fell", which few texts hold: before it, it would be tried at every letter)
              r"\bfell(?<!weight fell)(?<!weights fell)(?<!temperature fell)(?<!sats fell)(?<!saturations fell)"
              r"(?<!attendance fell)(?<!grades fell) "
              r"(?:in|during|at) (?:the )?(?:night|home|bathroom|bath|shower|garden|street|kitchen|stairs)\b|"
              # "Margaret fell on Sunday night", as her husband rang to say
              r"\bfell (?:on|in) (?:the )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?(?:night|evening)\b|"
              # "home alone with mum after she fell last night", "nan fell yesterday"
              r"\b(?:she|he|they|mum|mother|dad|father|nan|gran|grandma|grandad|wife|husband) fell "
              r"(?:last night|yesterday|overnight|this (?:morning|afternoon|evening)|earlier today)\b|"
              r"\bfell and (?:hit|bumped|banged|broke|hurt|cut|injured|knocked|split)\b|"
              # a head injury as a scan shows it: "CT: subdural haematoma", "bleed on the brain"
              r"\b(?:subdural|extradural|intracranial|retinal|subarachnoid)(?: \w+)? (?:haematomas?|haemorrhages?|bleeds?)\b|"
              r"\bbleed(?:ing)? (?:on|in) (?:the |his |her )?brain\b|\bbrain (?:bleed|haemorrhage)\b|"
              # a cut as the caller or the police tell it: "partner has cut his hand with a knife", "cuts to
              # her arm" (not "cut his hair", "cut down"; a cut of one's own is self-harm's)
              r"\bcut (?:his|her|their|the victims?) (?:left |right )?(?:hand|arm|forearm|face|head|leg|neck|finger|lip|"
              r"cheek|chest|back)\b|\bcuts? (?:to|on) (?:his|her|their|the) (?:left |right )?(?:hand|forearm|face|head|"
              r"leg|neck|finger|lip|cheek|chest|back)\b",
    # ("care home" reads as one word, "carehome": see COMPOUND_TERMS)
    # ("missing from her foster placement")
    "missing episode": r"\b(?:missing (?:from (?:(?:her|his|their|the) )?(?:foster |residential )?"
                       r"(?:home|care|carehome|school|placement)|episode|person|child|report|since|"
                       r"overnight|again|all night|last night)|reported missing|"
                       # who it is, before where from, as the police grade it: "Missing: 16M UASC from his foster
                       # placement"
                       r"missing (?:\w+ ){1,3}?from (?:her|his|their|the) (?:foster |residential )?"
                       r"(?:home|care|carehome|placement)|"
                       # the one missing named between: "Mum reported Aiden missing", "reported her son missing"
                       # (not a thing: "reported her purse missing", "reported it missing")
                       rf"report(?:s|ed) (?!(?:it|{_THINGS})\b)(?:(?:his|her|their|the) (?!{_THINGS}\b))?\w+ missing|"
                       # a note's "Tyrese missing. Police informed." (its full stop gone when read), not
                       # a burglary's "Nothing missing. Police aware."
                       rf"(?!{_THINGS}\b)\w+ missing police (?:informed|notified|called|contacted|aware)|"
                       r"(?:went|gone|go|goes|going|was|is|been|being) missing|abscond\w*|"
                       r"(?:high|medium|low) risk missing|"  # as the police grade a report
                       # an adult with dementia out at night, as the police and the family's workers record it
                       r"found (?:\w+ ){0,2}?wandering|"
                       r"awol|absent without (?:official )?leave|"  # a detained patient gone from the ward
                       # as a children's home logs it
                       r"returned (?:home |to the (?:care )?home |to the carehome )?by (?:the )?police|"
                       r"(?:police|officers) (?:brought|returned|took) (?:\w+ )?(?:home|back)|"  # "Police brought A home"
                       # "Police returned Tia" (not the call, her phone, or to the address)
                       r"(?:police|officers) returned (?!(?:to|the|a|an|his|their|its|my|your|our|this|that)\b|"
                       r"(?:(?:her|him|them) )?(?:calls?|property|items?|(?:tele)?phones?|mobiles?|keys|belongings|"
                       r"documents|passport|money|cash|bag|bike|car)\b)\w+|"
                       # (after being missing: "found safe and well", "T was found safe", "located safe")
                       r"found safe|located safe)\b|"
                       # found, then taken back: "Located by officers in town centre. Returned to Oak House 02:15"
                       # ("located working at a car wash …, returned to Brook House 14:00")
                       r"\b(?:(?:located|traced) (?:\w+ ){0,2}?(?:by|him|her|them|at|in|to)|"
                       r"found (?:by (?:the )?(?:police|officers)|him|her|them|in|at))\b(?:\s+\S+){0,16}?\s+"
                       r"(?:and\s+)?returned (?:home|back|to)\b|"
                       # as the social worker hears of it: "Linh was found yesterday in Birmingham and returned"
                       # (not a thing found and handed back: "keys were found in the hall and returned")
                       r"\b(?:was|were) found(?<!it was found)(?<!phone was found)(?<!keys were found)(?<!bag was found)"
                       r"(?<!items were found)(?<!property was found)(?<!nothing was found)(?<!money was found)"
                       r"(?<!cash was found)(?<!purse was found)(?<!wallet was found)(?<!drugs were found)"
                       r"(?:\s+\S+){0,6}?\s+and (?:returned|brought back|taken back)\b|"
                       # as a parent or a carer tells it: "did not come home last night", "failed to return to placement",
                       # "did not return from school"
                       r"\b(?:not|didnt|hasnt|hadnt|havent|failed to) (?:come|came|return|returned) (?:back )?"
                       r"(?:home|from (?:school|college)|to (?:the |her |his )?(?:placement|care home|carehome|"
                       r"children'?s home|unit|foster (?:home|carers?|placement)|approved premises|ap|hostel|refuge))\b|"
                       # an adult on a curfew gone from where they must be: "curfew violation", "not back for curfew"
                       r"\bcurfew (?:violation|breach)\b|\bbreach(?:ed)? (?:of )?(?:her |his |their |the )?curfew\b|"
                       r"\bnot back (?:for|by) (?:her |his |their |the )?curfew\b|"
                       # "AP reported he did not come back last night"
                       r"\b(?:not|didnt|failed to) (?:come|came|return|returned) (?:back )?(?:last night|overnight|all night)\b|"
                       # "K missing Friday night", "missing over the weekend"
                       r"\bmissing (?:on |over |since |from |last |all )?(?:monday|tuesday|wednesday|thursday|friday|"
                       r"saturday|sunday|the weekend|night|day)\b|"
                       # a child kept from the parent with care, as the police and social care tell it: "partner has
                       # taken child and refusing to return him", "dad took L from home; police located him at PGM's"
                       r"\brefus\w* to (?:return|bring back|hand back) (?:him|her|them|the child|the children|the baby)\b|"
                       r"\b(?:police|officers) (?:located|traced|found) (?:him|her|them|the child|the children|the baby)\b|"
                       # "Police found Tomas yesterday at another car wash and brought him back"
                       r"\b(?:police|officers) (?:located|traced|found) (?:\w+ ){1,8}?and (?:brought|took|returned) "
                       r"(?:him|her|them) (?:back|home)\b|"
                       # found by the police somewhere: "Minh found in Birmingham by BTP", "located by officers"
                       # (not "found on the floor by police": a fall, a welfare check)
                       r"\b(?:found|located|traced) (?:safe (?:and well )?)?(?:(?:in|at|near) (?:\w+ ){1,3})?"
                       r"by (?:the )?(?:police|officers|british transport police)\b|"
                       # as a carer finds the child gone in the night: "Checked room: Minh gone, window open"
                       r"\bcheck(?:ed|s)? (?:on )?(?:his |her |their |the )?(?:room|bedroom)\b[^.;]{0,25}?\b(?:gone|empty)\b|"
                       r"\b(?:room|bedroom|bed) (?:was |is |found )?empty\b|"
                       r"\bgone from (?:the |his |her |their )?(?:room|bedroom|bed|placement|unit|ward|carehome)\b",
    # The police asked to see that someone is safe: by a flatmate, a school, a hospital, a family;
    # each records it ("police called for a welfare check", "Concern for safety at student halls").
    # (not a school's "welfare call" to a parent, nor the fire service's "safe and well visit")
    # (as the police name the incident, "Concern for safety", not "concerns for her safety")
    "welfare check": r"\bwelfare checks?\b|\bconcern for (?:welfare|safety)\b|\bsafe and well checks?\b",
    # Tablets taken or swallowed ("ingestion of 16 paracetamol"; not "advised to take paracetamol"),
    # cutting disclosed or seen ("cuts to her forearm"; not "cutting back", "cut her hair").
    "self-harm or overdose": r"\b(?:overdos\w*|self ?harm\w*|ligature|suicid\w*)\b|"
                             # a hanging, or an attempt ("found hanging in his cell", "tried to hang herself";
                             # not "hanging around the shops", "hung up")
                             r"\b(?:found|discovered|attempted) hanging\b|\b(?:attempt\w*|tried|trying|threaten\w*) to hang\b|"
                             # as the ambulance and the ward write it: "23M hanging", "ICU admission after hanging"
                             # (not "a man hanging about outside")
                             # (the word first, then what is before it: a look back at every letter costs time)
                             r"\bhanging\b(?! (?:about|around|round|out|off|on)\b)"
                             r"(?:(?<=\dm hanging)|(?<=\df hanging)|(?<=\d m hanging)|(?<=\d f hanging)|(?<=\bmale hanging)|"
                             r"(?<=female hanging)|(?<=\bman hanging)|(?<=woman hanging)|(?<=\bboy hanging)|(?<=girl hanging)|"
                             r"(?<=prisoner hanging)|(?<=after hanging)|(?<=after a hanging))|"
                             # a prison's plan for one at risk of self-harm (ACCT): "ACCT opened", "placed on an ACCT"
                             r"\bacct\b(?: (?:opened|open|started|raised)\b|(?<=\bon acct)|(?<=\bon an acct)|(?<=\bon the acct)|"
                             r"(?<=opened an acct))|"
                             r"\bhang(?:ed|ing)? (?:him|her|them|my|your)sel(?:f|ves)\b|"
                             # a number of a medicine's tablets taken at once ("took 30 sertraline", "had taken
                             # 20 of her mirtazapine"; not "taking sertraline 50mg", a dose as prescribed)
                             r"\b(?:took|taken|swallowed|ingested)\s+(?:about\s+|around\s+|approx\w*\s+)?\d+\s+"
                             r"(?:x\s+)?(?:of\s+(?:her|his|their|my)\s+)?(?:\d+\s*mg\s+)?(?:sertraline|citalopram|"
                             r"fluoxetine|mirtazapine|amitriptyline|codeine|tramadol|diazepam|zopiclone|quetiapine|"
                             r"olanzapine|aspirin|pregabalin|gabapentin|propranolol|lithium)\b|"
                             # a fall from a height meant ("jumped from the multi-storey car park", "off a bridge")
                             r"\bjump(?:ed|ing)? (?:from|off) (?:a|the|his|her|their) (?:\w+ ){0,2}(?:bridge|building|"
                             r"car park|window|balcony|roof|cliff|flyover|viaduct)\b|"
                             r"(?<!advised to )(?<!advice to )(?<!prescribed )\b(?:ingest\w*|swallow\w*|took|taken|taking)\b"
                             r"(?:\s+\w+){0,4}?\s+(?:tablets|pills|paracetamol|ibuprofen|co codamol)\b|"
                             r"\b(?:disclosed|admitted|reported|reports|started|been|is|was)\s+cutting\b|"
                             r"\bcut(?:s|ting)?\s+(?:to\s+)?(?:her\s+|his\s+|their\s+|own\s+)?(?:fore)?"
                             r"(?:arms?|wrists?|legs?|thighs?)\b|"
                             r"\bcut (?:her|him|them)sel(?:f|ves)\b|"
                             # as a nurse dresses them: "Superficial lacerations to the L forearm x4, steri-strips"
                             r"\bsuperficial (?:cuts|lacerations|scratches|wounds) (?:to|on) (?:the |his |her |their |both )?"
                             r"(?:l |r |left |right )?(?:fore)?(?:arms?|wrists?|thighs?)\b|"
                             # an opiate or medicine swallowed ("ingestion of methadone", "drunk from her
                             # methadone bottle"; not a dose "taken" as prescribed), and naloxone given for it
                             # (not a take-home naloxone kit, training or supply)
                             r"\b(?:ingest\w*|swallow\w*|drank|drunk from)\b(?:\s+\w+){0,4}?\s+"
                             r"(?:methadone|heroin|cocaine|medication|medicines?|drugs)\b|"
                             r"\b(?:methadone|heroin|cocaine|drug|medication) (?:ingestion|ingested|swallowed)\b|"
                             # a drug's toxic effects, as the crew and the ward write them: "?MDMA toxicity"
                             r"\b(?:mdma|ecstasy|cocaine|ketamine|ghb|gbl|amphetamine|heroin|opiate|paracetamol|"
                             r"methadone|drug|alcohol) (?:toxicity|poisoning)\b|"
                             # "child poisoned with methadone" (not food or carbon monoxide poisoning)
                             r"(?<!food )(?<!carbon monoxide )(?<!co )\bpoison(?:ed|ing)\b|"
                             # a child taking a parent's ("taking mum's methadone", "took some of S's tablets")
                             r"\b(?:took|taken|taking)\b(?:\s+\w+){0,2}?\s+(?:mother|father|mum|dad|parents?|(?![ai]\b)[a-z])\s+"
                             r"(?:methadone|medication|medicines?|tablets|pills|drugs)\b|"
                             r"(?<!take home )\bnaloxone\b(?!\s+(?:kits?|training|supplied|supply|provided|issued|packs?|"
                             r"leaflets?|given out)\b)|"
                             # found unresponsive after taking something ("unresponsive after suspected heroin use")
                             r"\b(?:unresponsive|unconscious)\b(?:\s+\w+){0,4}?\s+(?:heroin|opiates?|methadone|drugs|"
                             r"spice|alcohol|tablets|pills|substances?)\b",
    # A family losing its home: the landlord serves notice; social care and others are told. Or a
    # young person put out by the family ("asked to leave by mum", "kicked out of home").
    "eviction": r"\b(?:notice to quit|evict\w*|possession (?:order|proceedings|notice)|notice of seeking possession|"
                r"(?:section|s) ?21 notice|notice to (?:leave|vacate))\b|"
                # an encampment's direction to leave (the Criminal Justice and Public Order Act), as the
                # council and the police write it
                r"\b(?:(?:section|s) ?(?:61|77) (?:direction|notice)|directions? to leave)\b|"
                # "served a section 21 by her landlord" (the no-fault eviction notice)
                r"\b(?:served|given|issued)(?: with)? (?:a |an |her |his |their |them )?(?:section|s) ?21\b|"
                r"\b(?:asked|told|made) to leave (?:the |his |her |their )?(?:family )?home\b|"
                r"\b(?:asked|told) to leave by (?:his |her |their )?(?:mother|mum|father|dad|parents?|family|carers?|"
                r"step(?:father|mother|dad|mum)|grandparents?|nan)\b|"
                r"\b(?:kicked|thrown) out (?:of (?:the |his |her |their )?(?:family )?home|by)\b|"
                # "the boy told to leave" after a row at home, as the police write it (not a shop or a lesson)
                r"\b(?:boy|girl|son|daughter|teenager|young person)s? (?:was |were )?(?:told|asked) to leave\b"
                r"(?! (?:the |a )?(?:room|lesson|class|shop|premises|store|club|park|area|meeting|school|site)\b)|"
                # "his stepdad kicked him out" (not out of a lesson or a club)
                r"\b(?:kicked|threw|thrown) (?:him|her|them) out\b(?! of (?:the |a )?(?:class|lesson|room|shop|club|"
                r"pub|game|team|car|meeting)\b)|"
                # as the young person tells it: "mum asked her to leave last night" (not a room or a meeting)
                r"\b(?:mother|mum|father|dad|parents?|step(?:father|mother|dad|mum)|grandparents?|nan|carers?) (?:has |had )?"
                r"(?:asked|told) (?:him|her|them) to leave\b(?! (?:the |a |this |her |his )?(?:room|meeting|lesson|class|"
                r"shop|ward|office|premises|session|building|area|car|kitchen|appointment|surgery)\b)|"
                r"\blandlord\b(?:\s+\w+){0,5}?\s+notice\b|"
                r"\b(?:given|served(?: with)?|issued(?: with)?) (?:a |his |her |their |them )?notice\b"
                r"(?! of (?:the |a )?(?:meeting|appointment|hearing|conference))|"
                # as the council officer who served it writes it: "Notice served under s83 Public Health Act"
                r"^(?:an? |the )?(?:\w+ )?notice (?:was )?(?:served|issued)\b",
    # Taken into hospital: the hospital admits, social care and the GP are told. Not "admitted the offence".
    "hospital admission": rf"\badmitted\b(?:\s+\w+){{0,6}}?\s+(?:ward|hospital|unit|{_HOSPITAL_UNITS})\b|"
                          # from the labour ward or the emergency department: "transferred to NNU", "moved to PICU";
                          # from one hospital to another as the first writes it: "Discharged to the Beacon Unit"
                          r"\b(?:transferred|transfer|moved|discharged)\s+to\s+(?:the\s+|a\s+)?"
                          r"(?:(?!housing\b|supported\b|secure\b)\w+\s+){0,2}?"
                          rf"(?:ward|unit|{_HOSPITAL_UNITS})\b|"
                          r"\b(?:hospital|ward)\b(?:\s+\w+){0,6}?\s+admitted\b|"
                          # as the emergency department writes where the patient went: "skull #, small EDH, to PHDU"
                          # (not "spoke to PICU", "referred to ICU")
                          r"\bto(?<!spoke to)(?<!talked to)(?<!referred to)(?<!referral to)(?<!discussed to)"
                          r"(?<!handed over to)(?<!letter to)(?<!email to)(?<!sent to) (?:the )?(?:picu|phdu|hdu|icu|itu)\b"
                          r"(?! (?:team|consultant|registrar|outreach|nurse|doctor|staff|liaison)\b)|"
                          # ("ICU admission after hanging", "admission to PICU")
                          rf"\b(?:hospital|ward(?: \w+)?|inpatient|paediatric|{_HOSPITAL_UNITS}) admission\b|"
                          rf"\badmission to (?:the )?(?:{_HOSPITAL_UNITS})\b|"
                          # as the school or a parent tells it: "he's in hospital with a chest infection"
                          r"\b(?:is|hes|shes|was|now|still) in hospital\b|\bin hospital with\b|"
                          # as a message passes it on: "Hospital: baby in hospital, chest infection"
                          r"\b(?:baby|infant|child|toddler|mum|mother|dad|father|son|daughter|nan|gran|grandad) in hospital\b"
                          r"(?! (?:appointment|clinic|visit|today for)\b)|"
                          r"\badmission to\b(?:\s+\w+){0,3}\s+(?:ward|hospital|unit)\b|"
                          # "PICU for 24 hours": a stay in intensive care
                          r"\b(?:picu|nicu|icu|itu|hdu|paediatric intensive care)\s+for\s+\d+\s+(?:hours?|days?|nights?)\b|"
                          # … or kept on it: "ventilated on PICU", "retrieved to PICU by the transport team"
                          rf"\b(?:ventilated|intubated|retrieved|cooled)\b(?:\s+\w+){{0,3}}?\s+(?:on|to|in)\s+(?:the\s+)?"
                          rf"(?:{_HOSPITAL_UNITS})\b|"
                          # as a relative tells it: "mum went into hospital on Saturday", "in hospital since the weekend"
                          r"\b(?:went|gone|has gone|rushed) into hospital\b|\bin hospital (?:since|after)\b|"
                          r"\b(?:is|was|now|still) (?:on|in) (?:the )?(?:\w+ ){0,2}?ward\b(?! (?:round|rounds)\b)|"
                          # as the ward writes it: "Baby admitted with bronchiolitis" (or its letter: "admitted 25/04 with")
                          # (and as the news of it is written the day after: "Ken admitted yesterday with hypothermia")
                          r"\b(?:re)?admitted (?:on )?(?:\d{1,2}/\d{1,2} )?(?:(?:yesterday|today|overnight|last night|"
                          r"this morning|on (?:mon|tues|wednes|thurs|fri|satur|sun)day) )?with\b|"
                          # "Admitted for 14 days of IV antibiotics", "admitted overnight for observation"
                          r"\b(?:re)?admitted (?:(?:yesterday|today|overnight|last night) )?for "
                          r"(?:\d+ (?:days?|nights?|weeks?)|observations?|obs|ivs?|"
                          r"intravenous|iv antibiotics|treatment|monitoring|investigations?|"
                          # a baby not gaining weight: "admitted for a feeding assessment", "… for observed feeds"
                          r"(?:an? )?(?:feeding|observed feeds|feeds)|(?:an? )?(?:\w+ ){0,2}?assessment)\b|"
                          r"\bkept in (?:hospital|overnight|on the ward|for (?:observations?|obs|monitoring|feeding|"
                          r"observed feeds|treatment|tests|investigations?|\d+ (?:days?|nights?)))\b|"
                          # as the ward writes it: "Admitted via ED with …", "Readmitted with aspiration pneumonia"
                          r"\b(?:re)?admitted (?:via|through|from) (?:the )?(?:emergency department|childrens emergency "
                          r"department|paediatric assessment unit|resus)\b|\breadmitted\b|"
                          # sent in by the family doctor: "Admitted via GP", "admitted on GP referral"
                          r"\badmitted (?:via|through|from|on|after|following) (?:the |a )?(?:general practitioner|"
                          r"(?:general practitioner|urgent|same day) referral)\b|"
                          # as the doctor sending the patient in writes it: "Phoned paeds on call: admit today"
                          r"\badmit (?:today|tonight|now|directly)\b|"
                          r"\b(?:arranged|arranging|needs|needing|requires|requiring) (?:an? )?(?:urgent |direct |emergency |"
                          r"same day )?(?:hospital )?admission\b",
    # Violence to a person: the police record the crime, the school the child's account, social care the referral.
    "assault": r"\b(?:assault\w*|slapp\w*|punch\w*|kick(?:s|ed|ing)?(?! off)|strangl\w*|strangulat\w*|throttl\w*|"
               r"head ?butt\w*|(?:actual|grievous) bodily harm|wounding|"
               r"hit (?:her|him|them|me|the child|mother|father|out)(?! head| own)|physically abus\w*|stabb(?:ed|ing)|"
               r"stab wounds?|knife attack)\b|"
               # "attacked by visitors", "after being attacked on Saturday" (not by a dog: an injury)
               r"\battacked\b(?! by (?:a |the |their |his |her )?dogs?\b)|"
               # "hurt by her boyfriend", as a friend or the young person tells it
               r"\bhurt by (?:her|his|their|the|mum'?s|mother'?s) (?:boyfriend|girlfriend|partner|husband|wife|ex|"
               r"ex partner|father|dad|stepfather|mother|mum|brother|sister|son)\b|"
               r"\bdomestic (?:abuse|violence|incident) physical\b|"  # as the police classify one: "DA - Physical"
               # as a child tells it: "stepdad twisted his arm behind his back", "grabbed her by the throat"
               r"\btwist(?:ed|ing)? (?:his|her|their|my|the child'?s) (?:arm|wrist|ear)\b|"
               r"\bgrabb(?:ed|ing) (?:him|her|them|me) by the (?:throat|neck|arm|hair)\b|"
               # "threw a kettle of boiling water at her", "threw a chair at a teacher"
               r"\bthrew (?:\w+ ){1,5}at (?:her|him|them|me|mum|mother|dad|father|staff|(?:a|the) teacher)\b",
    # A rape or sexual assault disclosed or reported: the school or college the child tells, the
    # police, social care and the SARC each record it.
    "sexual assault": r"\b(?:rape[ds]?|raping|sexual(?:ly)? assault\w*|sexual abuse|indecent(?:ly)? assault\w*|"
                      r"sexual offences?|sexual(?:ly)? touch\w*|sexually abused|sexual activity with a child)\b|"
                      # as a child tells it: "touches her private parts", "touched me inappropriately"
                      r"\btouch(?:es|ed|ing)? (?:her|his|him|my|me|their|them)(?: on (?:her|his|my|their))? "
                      r"(?:private|privates|private parts|bottom|bum|genitals|vagina|penis|breasts?|chest|"
                      r"inappropriately)\b|\binappropriate(?:ly)? touch\w*|"
                      # "disclosed inappropriate messages and touching by a house parent"
                      r"\binappropriate (?:\w+ ){1,2}(?:and|&) touch(?:ing|ed)\b|"
                      # online sexual abuse: "sent indecent images to an adult", "sending pictures to an older boy"
                      r"\bindecent (?:images?|photos?|pictures?)\b|\bonline grooming\b|\bgroomed online\b|"
                      r"\bsextortion\b|\bnudes\b|\bsexual(?:ly)? explicit (?:images?|photos?|pictures?|messages?)\b|"
                      r"\b(?:send|sends|sending|sent|shared|sharing) (?:\w+ ){0,3}(?:images?|pictures?|photos?|pics) "
                      r"(?:\w+ ){0,2}to (?:an? )?(?:older|adult|grown|man|male|stranger)\b|"
                      # … and the blackmail after: "nude photos", "blackmailed over photos", "threatened to share them"
                      r"\bnude (?:images?|pictures?|photos?|pics|selfies?)\b|"
                      r"\bblackmail\w* (?:\w+ ){0,2}?(?:over|about|with) (?:\w+ ){0,2}?(?:images?|pictures?|photos?|pics)\b|"
                      r"\bthreat\w* to (?:share|send|post|leak|spread) (?:the |his |her |their |them|these )?"
                      r"(?:images?|pictures?|photos?|pics|them|online)\b",
    # A child starting at a school mid-year: the school, the admissions team and the children
    # missing education officer who found the child a place each record it.
    "school start": r"\benrol(?:l)?(?:ed|ing|s)?\b|\bin year (?:admission|transfer)\b|"
                    r"\bstart(?:ed|s)? at (?:\w+ ){0,3}(?:school|primary|academy|college|alternative provision|ap|"
                    r"pupil referral unit|pru)\b|"
                    # "PRU place started", "college place starts"; a new pupil's "induction meeting with Zac and his mum"
                    r"\b(?:school|college|academy|alternative provision|pupil referral unit|pru) place "
                    r"(?:started|starts|begins|began|commenced)\b|\binduction (?:meeting|day|visit|session)\b",
    # A forced marriage feared or planned, or honour-based abuse: the school the child tells, the
    # police, social care and the Forced Marriage Unit each record it.
    "forced marriage": r"\bforced marriage\b|\bhonour based (?:abuse|violence)\b|"
                       r"\b(?:taken|sent|made|forced|going) (?:\w+ ){0,6}to marry\b",
    # The police stop a young person in the street; social care and youth justice are told.
    # A warrant executed at a home: the police record it; the family tells the school, social care, the landlord.
    "search warrant": r"\bwarrant (?:was )?(?:executed|carried out)\b|\bsearch warrant\b|"
                      r"\b(?:police|officers) (?:\w+ )?searched (?:the |his |her |their )?(?:house|home|flat|address|property|"
                      r"room|bedroom)\b|\bwarrant at (?:the |his |her |their )?(?:\w+ )?(?:house|home|flat|address|property)\b|"
                      # as a resident tells it: "the police came to his flat this morning with a warrant"; a raid
                      r"\b(?:police|officers)\b(?:\s+\w+){0,6}?\s+with (?:a |the )?(?:search )?warrant\b"
                      r"(?! for (?:his |her |their )?arrest)|\b(?:police|drugs?) raid(?:ed|s)?\b",
    "stop and search": r"\bstop(?:ped)? (?:and )?(?:search\w*|account)\b|\bstopped (?:and searched )?by (?:the )?police\b|"
                       r"\bpolice\b(?:\s+\w+){0,3}?\s+stopped\b",
    # A regulator's inspection of a care home, a nursing home or a children's home (CQC, Ofsted), and what it found.
    "inspection": r"\b(?:cqc|ofsted|unannounced|regulatory|focused) inspection\b|"
                  # (the regulator named a few words before: "CQC told us of their inspection", "Ofsted's inspector")
                  r"\b(?:cqc|ofsted)s?\b(?:\W+\w+){0,4}?\W+inspect(?:ion|ions|ed|ing|or|ors)\b|"
                  r"\binspection (?:report|findings|rated|judgement|outcome)\b|"
                  r"\brated (?:as )?(?:inadequate|requires improvement)\b|"
                  r"\bwarning notice\b(?<!abduction warning notice)",  # (a CQC's, not a child abduction warning notice)
    # Another agency's worker seeing a child at school, which the school records too ("Barnardo's worker saw
    # L in school for her first session"; "first 1:1 session with L at school"; the school nurse's "drop-in at
    # school"). Not enough on its own, on a day others see children there too.
    "school session": r"\b(?:saw|met|seen|visited|session|sessions|appointment|drop in|assessment)\b(?:\s+\w+){0,6}?\s+"
                      r"(?:in|at)\s+(?:the\s+)?school\b",
    # Anti-social behaviour ("ASB", as the glossary spells it out) reported to the police and the landlord alike.
    "anti-social behaviour": r"\banti ?social behaviou?r\b(?! (?:team|officer|unit|panel|meeting|case review)\b)|"
                             # a home taken over by drug dealers ("cuckooing"), and the court's closure of it,
                             # as the police, housing and the person's workers write it
                             r"\bcuckoo\w*|\bclosure (?:order|notice)s?\b|"
                             # a disabled man's home targeted, as the police and his landlord write it: "Hate
                             # incident: eggs thrown at his window by youths", "youths throwing eggs at his window"
                             r"\bhate (?:incident|crime)s?\b|\b(?:eggs|stones|bricks|rocks) (?:were )?thrown at\b|"
                             r"\bthrowing (?:eggs|stones|bricks|rocks) at\b|"
                             r"\b(?:drug )?dealers? (?:are |were |have been |had been )?(?:using|staying (?:at|in)|"
                             r"operating from|dealing from) (?:his |her |their |the |\w+s )?"
                             r"(?:flat|home|house|address|property)\b|"
                             r"\b(?:taken|took) over (?:his |her |their |the |\w+s )?(?:flat|home|house|property)\b|"
                             r"\b(?:flat|home|house|property) (?:has |had )?(?:been |was )?taken over\b|"
                             r"\bcourt shut (?:the |his |her |their )?(?:flat|property|premises|house)\b|"
                             r"\bcounty lines? (?:\w+ ){0,2}?(?:using|operating from|running from|dealing from) (?:the |his |"
                             r"her |their |this )?(?:address|flat|home|property)\b",
    # Children taken into police protection (section 46): the police use it, social care places them.
    "police protection": r"\b(?:police protection|powers of protection|s46)\b(?! (?:was |were )?not (?:used|needed|required|"
                         r"taken|invoked|considered necessary)\b)",
    # A knife or other weapon found or used: the school, the police and youth justice each record it.
    "weapon": r"\b(?:knife|knives|lock knife|bladed article|machete|offensive weapon|firearm|imitation firearm)\b"
              r"(?! (?:and fork|crime awareness|amnesty|safety))",
    # A child taken off a school's roll to be educated at home: the school, the home education team and
    # the education welfare service each record it.
    "removal from school roll": r"\bderegist\w*|\b(?:removed|taken) (?:off|from) (?:the )?(?:school )?roll\b|"
                                r"\bhome educat\w*|\belective home education\b",
    # Money or property taken: the police record the crime, adult social care the financial abuse.
    "theft or financial abuse": r"\bfinancial(?:ly)? abus\w*|\btheft\b|\bstole\b|\bstolen\b|\bfraud\w*|"
                                r"\bwithdr[ae]w\w* (?:cash|money)\b|\bwithdrawing (?:cash|money)\b|\bcash withdrawals?\b|"
                                # as a bank reports it: "large withdrawals by son from Mrs P's account"
                                r"\b(?:large|unusual|suspicious|significant|frequent|repeated) (?:cash )?withdrawals?\b|"
                                # the scheme by which a bank calls the police to a customer's withdrawal
                                r"\bbanking protocol\b|"
                                # as the person or those who know him tell it: "friends taking his benefits", "his
                                # money being taken", "helping themselves to her pension"
                                r"\b(?:taking|taken|takes|took|helping themselves to|help themselves to|helped themselves to) "
                                r"(?:all )?(?:of )?(?:his|her|their) (?:money|benefits?|pension|wages|cash|bank card)\b|"
                                r"\b(?:his|her|their) (?:money|benefits?|pension|wages) "
                                r"(?:(?:is|was|are|were|has been|have been) )?(?:being )?taken\b(?! (?:care|into account)\b)",
    # An appointment missed: the clinic records it and writes to the GP and health visitor.
    # A hospital specialty's clinic, as the clinic's own record heads it ("Neurology") and as the GP
    # files its letter ("City Hospital neurology letter: EEG normal"); not paediatrics (a ward, a
    # doctor, a CP medical), nor a specialty named in passing as a plan ("refer to dermatology").
    "specialty clinic": r"^(?:neurology|gastro(?:enterology)?|cardiology|dermatology|orthopaedics?|fracture clinic|"
                        r"ophthalmology|eye clinic|rheumatology|urology|haematology|oncology|audiology|endocrinology|"
                        r"respiratory|allergy|dietetics|epilepsy clinic)$|"
                        r"\b(?:neurology|gastro(?:enterology)?|cardiology|dermatology|orthopaedic|fracture|ophthalmology|"
                        r"eye|rheumatology|urology|haematology|oncology|audiology|endocrinology|respiratory|allergy|"
                        r"epilepsy|dietetic|dietitian) (?:clinic|outpatients?|appointment|letter|review|consultant)\b|"
                        # ("Letter from urology: ketamine-related bladder damage")
                        r"\b(?:letter|report|summary|correspondence) from (?:the )?(?:\w+ )?(?:neurology|gastro(?:enterology)?|"
                        r"cardiology|dermatology|orthopaedics?|ophthalmology|rheumatology|urology|haematology|oncology|"
                        r"audiology|endocrinology|respiratory|allergy|dietetics)\b|"
                        # as a school records the day: "Absent - hospital appointment (mum)"
                        r"\b(?:absent|absence|authorised absence|left school|collected early)\b(?:\s+\S+){0,3}?\s+"
                        r"(?:hospital|outpatients?|consultant|paediatric|paediatrician) appointment\b",
    "missed appointment": r"\bwas not brought\b|\bnot brought to\b|\bdid not attend\b|\bfailed to attend\b|"
                          r"\bno show\b|\bmissed (?:an |the |her |his |their )?(?:\w+ )?appointment\b|"
                          # "has missed three dental appointments"
                          r"\bmissed (?:two|three|four|five|several|\d) (?:\w+ )?appointments\b|"
                          # "missed his neuromuscular clinic again", "re missed clinic"
                          r"\bmissed (?:an |the |her |his |their )?(?:\w+ ){0,2}?clinic\b(?! (?:letter|list|room)\b)|"
                          # a home visit no one was in for ("no access visit", "mum not in for their visit")
                          r"\bno access(?: home)? visit\b|\bnot (?:in|home|at home) for (?:the |their |her |his |a |our )?"
                          r"(?:\w+ )?(?:visit|appointment)\b",
    "school exclusion": r"\b(?:fixed term|permanent(?:ly)?|internal(?:ly)?)\s+exclu(?:sion|ded)\b|"
                        r"\bexclu(?:ded|sion) from (?:the )?(?:school|academy|class|college)\b|\bsuspended from school\b|"
                        # as others are told of it: "K excluded 5 days for setting a fire", "excluded for two days"
                        # (not "her registration is suspended for 6 weeks": a childminder's, see "suspension")
                        r"(?<!registration is )(?<!registration was )(?<!registration )"
                        r"\b(?:excluded|suspended) (?:for )?(?:\d+|one|two|three|four|five|a|half a) (?:days?|weeks?)\b",
    # Someone in a position of trust suspended while an allegation is looked into: a coach from the
    # club, a teacher from work, a childminder's registration. The employer or club, the governing body
    # or regulator (the FA, Ofsted), the LADO and the police each record it. (Not "not suspended".)
    "suspension": r"(?<!not )\binterim suspension\b|"
                  r"(?<!not )\bsuspended from (?:all |his |her |their )?(?:work|duty|duties|post|role|job|club|coaching|"
                  r"activit\w*|teaching|practice|the register)\b|"
                  r"\bregistration (?:is |was |has been |now )?suspended\b|\bsuspend(?:ed|s|ing)? (?:her |his |their |the )?"
                  r"registration\b|\bsuspension of (?:her |his |their |the )?registration\b|"
                  r"\b(?:coach|teacher|staff member|member of staff|carer|childminder|nurse|employee|support worker) "
                  r"(?:(?!not\b)\w+ ){0,2}suspended\b",
    # A recall to prison for breaking the licence: probation asks for it, the prison receives the person back.
    "recall to prison": r"\brecall(?:ed)? to (?:custody|prison|hmp)\b|\b(?:received|returned|back) (?:\w+ )?on recall\b|"
                        r"\blicence recall\b|\brecall (?:requested|approved|issued|actioned|circulated)\b|"
                        # the recalled man not yet found, as the police circulate him
                        r"\bunlawfully at large\b|"
                        r"\b(?:emergency|standard|fixed term) recall\b|"
                        r"\b(?:arrested|detained|taken into custody|returned to custody) on recall\b",
    # An operation, as the hospital and those told of it each write it ("GA extractions x8", "had 8 teeth
    # removed under GA", "taken to theatre"); not the police's "Operation Encompass", nor the GP's surgery.
    "operation": r"\bunder (?:a )?(?:general anaesthe\w*|anaesthe\w*|sedation)\b|\bextractions?\b|"
                 r"\b(?:teeth|tooth) (?:were |was )?(?:removed|extracted|taken out|pulled)\b|"
                 r"\b(?:went|taken|returned|back) (?:to|from) theatre\b|\bin theatre\b|\bday (?:surgery|case)\b|"
                 # (done, not planned: not "listed for surgery")
                 r"\b(?:had|having|underwent|undergo|undergoing|needed|required|after|post) (?:an? )?"
                 r"(?:emergency |urgent |major |minor )?(?:operation|surgery)\b",
    # A person held by staff or shut away in a hospital, a unit or a home, as the unit reports it and
    # those told of it write it ("prone restraint 4 minutes", "secluded 7 hours", "in seclusion all
    # day"); not a plan or training about it, nor a restraining order (a court's).
    "restraint or seclusion": r"(?<!no )(?<!without )\b(?:restrained|secluded|rapid tranquilli?[sz]ation|"
                              r"restraints?(?! (?:reduction|plan|training|policy|polic))|"
                              r"seclusion(?! (?:policy|polic|room check)))\b",
    # Children found left alone at home, as the police attend it and others are told of it ("two young
    # children left home alone at the flat", "the boys were found home alone last night").
    "children left alone": r"\bhome alone\b|\b(?:left|found) (?:alone|unsupervised) (?:at|in) (?:the )?(?:home|house|flat)\b|"
                          # "left at home without an adult", "at home with no adult in the house"
                          r"\b(?:left|alone|at home|in the (?:house|flat)) (?:\w+ ){0,3}?(?:without|with no) (?:an |any )?"
                          r"(?:adults?|parents?|supervision)\b|\bno adults? (?:in the (?:house|flat|home)|at home|present)\b|"
                          # … or in a car: "a baby alone in a locked car", "found in hot car", "after leaving Noah in a
                          # hot car"
                          r"\balone in (?:a |the )?(?:locked |parked |hot )?car\b|\bin (?:a |the )?hot car\b|"
                          r"\b(?:left|leaving) (?:\w+ ){0,2}?in (?:a |the )?(?:locked|parked) car\b",
}
# For each kind, text one of which every match of its pattern contains. Tests of each distinct
# word for these find the few kinds worth a regular expression search (checking each pattern on
# every text was most of the time spent reading texts, in a large chronology).
KIND_GUARDS: dict[str, tuple[str, ...]] = {
    "child in need meeting": ("child in need",), "child protection conference": ("child protection", "conference"),
    "core group": ("core group",), "strategy discussion": ("strategy", "42", "safeguarding", "section 47"),
    "return home interview": ("interview",),
    "risk conference": ("risk assessment", "public protection"),
    "information request": ("checks", "request", "research", "enquir", "information"),
    "professionals meeting": ("meeting", "multi disciplinary", "team around", "panel", "treatment", "mace", "board",
                              "programme"),
    "joint visit": ("joint", "inspection", "visitor", "worker", "police", "officer", "pcso", "midwife", "nurs",
                    "paediatrician", "advisor", "lead", "teacher", "centre", "help", "care", "visiting", "housing"),
    "school session": ("school",),
    "death": ("dea", "deceased", "fatalit", "incompatible", "died", "cardiac", "breathing", "pulseless", "resuscitat",
              "sudden", "passed away", "arrest", "extinct", "cpr", "rosc", "drowned", "murder", "manslaughter", "killed",
              "fatally", "homicide", "body"),
    "birth": ("born", "birth", "deliver", "caesarean", "had"), "arrest": ("arrest", "remand", "custody", "charged", "cells"),
    "domestic incident": ("domestic", "encompass", "argument", "disturbance", "row", "removed", "leave", "partner",
                          "shouting", "arguing", "screaming", "fighting",
                          "husband", "wife", "boyfriend", "girlfriend", "ex ", "breach", "broke", "breaking"),
    "emergency attendance": ("emergency", "ambulance", "999", "urgent treatment", "minor injur", "hospital", "trauma",
                             "coastguard", "lifeboat"),
    "discharge": ("discharg", "hospital", "ward", "against"),
    "referral": ("referr", "concern", "alert", "hub contact", "down", "step", "contact", "request", "phoned", "rang", "called",
                 "emailed", "raised", "passed"),
    "injury": ("injur", "bruis", "fractur", "lesion", "burn", "scald", "stab", "lacerat", "wound", "bit",
               "attack", "fall", "fell", "broke", "breaking", "floor", "struck", "hit", "knocked", "run", "pedestrian",
               "scooter", "bike", "cycl", "moped", "collision", "trapped", "pinned", "crushed", "rollover", "overturned",
               "rolled",
               "traffic", "hot", "dressing", "accident", "incident", "haematoma", "haemorrhage", "bleed", "cut",
               "black", "lip", "bloody"),
    "missing episode": ("missing", "abscond", "found", "return", "brought", "took", "awol", "absent", "come", "came", "located",
                        "traced", "curfew", "gone", "empty"),
    "welfare check": ("welfare", "safety", "safe"),
    "self-harm or overdose": ("overdos", "toxicity", "superficial", "harm", "ligature", "acct", "suicid", "tablets", "pills",
                              "paracetamol", "ibuprofen",
                              "codamol", "cut", "ingest", "swallow", "drank", "drunk", "naloxone", "methadone", "medic",
                              "drugs", "unresponsive", "unconscious", "poison", "hang", "jump", "sertraline",
                              "citalopram", "fluoxetine", "mirtazapine", "amitriptyline", "codeine", "tramadol",
                              "diazepam", "zopiclone", "quetiapine", "olanzapine", "aspirin", "pregabalin", "gabapentin",
                              "propranolol", "lithium"),
    "eviction": ("quit", "evict", "possession", "section 21", "s21", "s 21", "notice", "leave", "kicked", "thrown",
                 "direction"),
    "medical emergency": ("chok", "asthma", "crisis", "chest syndrome", "seizure", "clonic", "epilepticus", "fit",
                          "anaphyla", "arrest", "collapsed",
                          "unresponsive", "floppy", "breathing", "respiratory", "submersion", "drowning", "face down",
                          "hypotherm", "hypertherm", "stroke", "temp", "difficulty", "recovered", "monoxide", "carboxy",
                          "co alarm", "co poisoning", "co reading", "co detector", "co level", "co exposure",
                          "pulled", "pool", "pond", "river", "canal", "lake", "bath"),
    "looked after review": ("looked after", "statutory", "reviewing officer"),
    "joint interview": ("best evidence", "joint", "interview", "age assessment"),
    "health assessment": ("assessment",), "allegation outcome": ("substantiat", "unfounded", "malicious"),
    "child protection medical": ("medical", "examination", "clinic", "examined", "sarc", "findings", "opinion",
                                 "conclusion", "skeletal"),
    "antenatal booking": ("booking", "booked"),
    "court hearing": ("court", "hearing", "order", "magistrates", "sentenced", "resolution"),
    "education plan meeting": ("education",),
    "mental health act": ("mental", "sectioned", "safety", "135", "136", "detain", "detention", "admitted", "application",
                          "papers"),
    "domestic abuse disclosure": ("clares", "sarahs", "disclosure"), "nrm referral": ("national referral",),
    "fire": ("fire", "arson", "blaze", "smoke", "alight", "light"), "best interests meeting": ("meeting", "decision"),
    "placement move": ("placement", "moved", "placed", "accommodated", "admitted", "arrived", "care", "admission", "discharg",
                       "respite", "overnight", "break",
                       "took", "taken", "transported",
                       "booked", "protocol", "living", "staying", "residing", "escorted", "resident", "entered"),
    "transfer of care": ("care", "midwifery", "handover", "handed", "transferred", "national transfer"),
    "theft or financial abuse": ("financial", "theft", "stole", "fraud", "withdr", "banking", "tak", "took", "themselves"),
    "operation": ("anaesthe", "sedation", "extraction", "teeth", "tooth", "theatre", "day surgery", "day case",
                  "operation", "surgery"),
    "specialty clinic": ("neurology", "gastro", "cardiology", "dermatology", "orthopaedic", "fracture", "appointment",
                         "ophthalmology", "eye", "rheumatology", "urology", "haematology", "oncology", "audiology",
                         "endocrinology", "respiratory", "allergy", "dietetic", "dietitian", "epilepsy"),
    "missed appointment": ("brought", "attend", "show", "missed", "access", "visit", "appointment"),
    "hospital admission": ("admit", "admission", "hospital", "kept in", "picu", "nicu", "icu", "itu", "hdu", "intensive", "ward",
                           "transfer", "moved", "discharged", "nnu", "amu", "mau", "eau", "cdu", "ccu", "pau", "mbu", "scbu"),
    "assault": ("assault", "slapp", "punch", "kick", "strangl", "strangul", "throttl", "butt", "bodily", "wounding",
                "hit", "physical", "stab", "attack", "hurt", "twist", "grabb", "threw"),
    "sexual assault": ("rape", "raping", "sexual", "indecent", "touch", "groom", "sextortion", "nudes", "image", "picture",
                       "photo", "pics", "nude", "threat"), "forced marriage": ("forced", "honour", "marry"),
    "school start": ("enrol", "admission", "start", "induction", "place"),
    "school exclusion": ("exclu", "suspended"), "suspension": ("suspen",), "stop and search": ("search", "account", "stopped"),
    "search warrant": ("warrant", "searched", "raid"),
    "anti-social behaviour": ("antisocial", "anti", "cuckoo", "closure", "dealer", "over", "shut", "county", "hate",
                              "thrown", "throwing"),
    "inspection": ("inspect", "rated", "warning"),
    "weapon": ("knife", "knives", "blade", "machete", "weapon", "firearm"),
    "police protection": ("protection", "s46"), "police interview": ("interview", "appropriate"),
    "removal from school roll": ("deregist", "roll", "educat"),
    "release from prison": ("released", "hmp", "hmyoi", "release", "custody", "discharged", "prison", "gate"),
    "recall to prison": ("recall", "unlawfully"),
    "restraint or seclusion": ("restrain", "seclu", "tranquil"),
    "pressure ulcer": ("pressure", "sore", "decubitus", "unstageable", "ulcer", "wound"),
    "children left alone": ("alone", "unsupervised", "adult", "parent", "supervision", "hot", "locked", "parked"),
}
KINDS = list(SHARED_KINDS) + list(INCIDENT_KINDS)  # bit i of a record's kind mask is KINDS[i]
SHARED_MASK = sum(1 << i for i, k in enumerate(KINDS) if k in SHARED_KINDS)
INCIDENT_MASK = sum(1 << i for i, k in enumerate(KINDS) if k in INCIDENT_KINDS)
# What happens to a person once: news of it days later is news of the one recorded (see link._combine).
# (not a birth: an admission for a planned caesarean and a discharge letter speak of it too)
ONCE_MASK = 1 << KINDS.index("death")
# A record of the death itself, not only of a heart that stopped ("Code blue … CPR", "in cardiac
# arrest; ROSC after 20 minutes"), after which the person may live for days: news of a death days
# later is of a record of the death itself (see link._combine). A bit after the kinds' own, in a
# record's kind mask (which numpy holds in 64 bits, the last for the sign).
DEATH_ITSELF = 1 << len(KINDS)
assert DEATH_ITSELF < 1 << 63
HEART_STOPPED = re.compile(rf"\b(?:{_HEART_STOPPED})\b")
ALL_KINDS_MASK = SHARED_MASK | INCIDENT_MASK
KIND_PATTERNS = [re.compile(p) for p in [*SHARED_KINDS.values(), *INCIDENT_KINDS.values()]]
# (part of a word, the kinds it may reveal as a bit mask): a guard lies within one word, or, for a
# guard of several words ("child in need"), its last word does.
GUARD_PARTS = [(guard.split()[-1], sum(1 << n for n, kind in enumerate(KINDS) if guard in KIND_GUARDS[kind]))
                for guard in dict.fromkeys(g for kind in KINDS for g in KIND_GUARDS[kind])]
# Parts of words one of which every match of SECONDHAND (below) holds; the bit after the kinds' bits.
SECONDHAND_PARTS = ("receiv", "receipt", "notif", "inform", "advis", "told", "report", "from", "sharing", "shared", "letter",
                    "handover", "following", "notice", "raised", "tells", "know", "aware", "summary", "called", "rang", "phoned",
                    "mail", "tell", "notify", "let", "encompass", "referred", "referral", "confirm", "say", "said", "heard",
                    "update", "safeguarding")
SECONDHAND_HINT = 1 << len(KINDS)
OTHER_DAY_HINT = SECONDHAND_HINT << 1  # the word may speak of another day ("yesterday", "on Sunday", "tomorrow")
# Words that say a record is of something learnt from someone else, so it may lag the event
# ("ED attendance letter", "notification of … received"; not "letter sent", "notification to").
SECONDHAND = re.compile(r"\b(?:received|receipt|notification(?! (?:to|sent|made|given|completed)\b)|"
                        # (not "OPG to be informed", "will be notified": whom this agency is to tell; nor advice
                        # or an instruction given: "mum advised to see the GP", "told to stop ketamine")
                        r"(?:notified(?! to\b)|informed|advised(?! to\b)|told(?! to\b))"
                        r"(?<!be notified)(?<!be informed)(?<!be advised)(?<!be told)|"
                        r"tells us|referred by|heard (?:from|that)|"
                        # the out-of-hours team's night passed to the day team ("EDT handover: police found …")
                        r"(?:edt|emergency duty team|out of hours|night duty|weekend duty) handover|"
                        # a note opening with whom it came from: "From Greenway Housing: hoarding, fire risk"
                        r"^from (?!(?:today|now|tomorrow|next|then|this|that|now on|here|home|school)\b)|"
                        r"(?:mother|father|grandmother|grandfather|aunt|uncle|parent|parents|carer|foster carer)\s+"
                        r"(?:emailed|phoned|rang|called)|"
                        r""
                        # an Operation Encompass call or e-mail is the police telling a school (not one they sent)
                        r"encompass police(?! (?:notification |call |email )?(?:sent|submitted|made|completed|done|to)\b)|"
                        r"let us know|(?:was|were|been|is|are) made aware|made aware by|"
                        # "Hostel keyworker called: …", "police visited to inform staff of …"
                        r"(?:keyworker|key worker|support worker|social worker|health visitor|midwife|nurse|teacher|"
                        r"manager|staff|hostel|school|hospital|surgery|practice|designated safeguarding lead|centre|center|"
                        r"provider|nursery|college|ward|clinic|pharmacy|pharmacist|dentist|optician|service|team|"
                        r"practitioner|doctor|paediatrician|therapist|counsellor|careagency|carehome)\s+"
                        r"(?:called|rang|phoned|telephoned|emailed)|"
                        r"(?:came|visited|attended|called|rang|phoned) to (?:inform|tell|advise|notify|let)|"
                        # "LADO rang: allegation substantiated" (an officer who "called" may have called at the door)
                        r"officer (?:rang|phoned|telephoned|emailed)|"
                        # "Police rang: he was at home alone" (not "police called", which may be this agency's call)
                        r"police (?:rang|phoned|telephoned|emailed)|"
                        # "Addiction Service report father remanded", "school reported", "police notify of arrest",
                        # "Police referral: home conditions poor" (not "school referral to CAMHS"): another agency's account
                        r"(?:service|team|police|school|hospital|worker|officer|nurse|midwife|visitor|practitioner|"
                        r"keyworker|drugservice|housing|college|nursery|probation|surgery|practice|cqc|ofsted|"
                        r"inspectors?|carehome|careagency|agency|provider|hostel|refuge|ward|prison|pharmacy)\s+"
                        r"(?:reports?|reported|confirms?|confirmed|says?|said|shared|notify|notifies|informs?|advises?|"
                        r"referral(?! (?:to|sent|made|completed|done|submitted)\b))|"
                        # a hospital's letter as the GP files it ("Discharge summary: …"), not one it sends
                        r"discharge summary(?! (?:sent|to|completed|done|written|faxed|emailed))|"
                        # "DN update: grade 3 PU", "Police update: partner interviewed"
                        r"(?:nurse|worker|visitor|midwife|team|service|police|school|hospital|ward|practitioner|officer|"
                        r"probation|housing) update\b|"
                        r"reported by|report from|(?:e ?mail|message|copy|fax|call|telephone call|summary|update|contact|form|"
                        r"information|"
                        r"referral|request|enquiry|notice|deregistration notice)"
                        # ("Referral via EDT from UHW": passed on by the out-of-hours team)
                        r" (?:(?:via|through) (?:the )?(?:\w+ ){1,3}?)?from|"
                        r"(?:concerns?|issues?) raised by|(?:adult |safeguarding )?(?:concerns?|alert) from|"
                        # adult social care's record of one, named by whom it came from: "GP safeguarding concern:
                        # possible financial abuse", "Ambulance safeguarding alert" (not "safeguarding referral to ASC")
                        r"(?:general practitioner|police|school|hospital|ambulance|housing|provider|carehome|careagency|"
                        r"district nurses?|fire service|bank|probation)\s+safeguarding\s+(?:concerns?|alerts?|referral)"
                        r"(?! (?:to|sent|made|raised|completed|submitted|done)\b)|"
                        r"step(?:ped)?[\s-]?(?:up|down) from|"  # "Step up from early help": a case handed over
                        # A police PPN another agency records ("Police PPN - verbal DI"); not one the police sent.
                        r"public protection notice police(?! (?:submitted|raised|sent|completed|done|made|to)\b)|"
                        # "first contact following ED referral": a referral this agency received
                        r"following (?:a |an |the )?(?:\w+ ){0,2}(?:referral|notification)|"
                        r"information sharing|"
                        r"(?<!sent )(?<!wrote )letter(?! (?:sent|to|posted|written|delivered|hand delivered)\b)|"
                        # "Kooth safeguarding email: …", "CAMHS email re appointment": as a letter (not "email to")
                        r"(?:email|e mail)(?<!sent email)(?<!sent an email)(?<!sent e mail)(?<!sent an e mail)"
                        r"(?! (?:sent|to|posted|written|forwarded)\b))\b")
# Second-hand words that bring no other agency's news: "EDT informed.", "GP notified; strategy
# requested" at the end of a sentence say whom this agency told (the words SECONDHAND reads have
# lost their punctuation); a call from a neighbour or a parent is how this agency's own record of an
# incident starts ("Officers were deployed following a call from a neighbour").
# A note opening with the body whose news it is and a colon ("Police: Freya in cardiac arrest …",
# "Hospital: Joan admitted yesterday"): read on the text as written, since SECONDHAND's words have lost
# their colons. Bodies only, not roles or places a return's own entries start with ("GP: seen", "SW: visit",
# "Ward 7: settled", "School nurse: met Lily"). The body may be named by its place ("West Yorkshire
# Police: …", "Leeds Teaching Hospitals: …"; names in capitals, not "Visit to school: …" or "Phoned school: …").
NEWS_FROM_OPENING = re.compile(r"(?i)^\s*(?:the\s+)?(?:(?!(?:phoned|called|rang|e-?mailed|contacted|visited|visit|"
                               r"spoke|met|call|email|letter|referral|referred|telephoned|tel|meeting|discussion|to|"
                               r"from|with|assisted|assisting|attended|supported|accompanied|joined|escorted|helped)\b)(?-i:[A-Z][\w'’-]*)\s+){0,3}?"
                               r"(?:police|hospital|school|nursery|college|probation|housing|"
                               r"ambulance|fire service|camhs|trading standards|children'?s services|"
                               r"(?:adult |children'?s )?social care)s?(?!\s+nurs)(?:\s+[\w'’]+){0,2}\s*:\s")
NOT_FROM_ANOTHER_AGENCY = re.compile(r"(?i)\b(?:informed|notified|advised|told)"
                                     r"(?: immediately| straight away| at once| by (?:phone|telephone|e-?mail))?"
                                     r"\s*(?=[.;,(\-–]|$)|"
                                     # a clinic's "… moderate Alzheimer's. GP letter; …": the letter it wrote the GP
                                     r"(?:^|[.;:]\s*)GP letter\s*(?=[.;,]|$)|"
                                     # "… CYP asleep. PPN.": the notice this record's officers sent
                                     r"(?:^|[.;,]\s*)PPN(?: (?:submitted|completed|done|raised|sent))?\s*(?=[.;]|$)|"
                                     r"\b(?:call|calls|phone call|999 call|report|concerns?|letter|e-?mail|note|message)"
                                     r"\s+from\s+(?:a |an |the |her |his |their |[a-z]+['’]s )?"  # ("Karen's daughter")
                                     r"(?:concerned )?(?:neighbours?|member of the public|passer ?by|caller|mother|mum|"
                                     r"father|dad|parents?|grandmother|grandfather|nan|aunt|uncle|relative|friend|"
                                     r"partner|landlord|daughter|son|sister|brother|wife|husband|cousin|niece|nephew)\b|"
                                     # "Neighbour reports two children alone", "Caller reports shouting": the
                                     # public's call to this agency, as a police log opens (not "school reports")
                                     r"^\W*(?:a |the )?(?:concerned )?(?:neighbours?|member of the public|passer ?by|caller|"
                                     r"anonymous caller|informant|witness|resident)\s+(?:reports?|reported|states?|stated)\b|"
                                     # "Mother called asking for father to be removed": her call for help is the
                                     # incident (but "Aunt called: mum in hospital" is news of one)
                                     r"\b(?:mother|mum|father|dad|parents?|grandmother|grandfather|nan|aunt|uncle|relative|"
                                     r"neighbours?|friend|partner)\s+(?:called|rang|phoned|telephoned)\s+"
                                     r"(?:(?:the\s+)?police\s+|999\s+)?(?:asking|requesting|wanting|for help|for assistance|"
                                     r"to report|reporting)\b|"
                                     # "Told officer he wants to end it": what the person said to this agency's staff
                                     r"^\W*told (?:an? |the |wing |his |her |their )?(?:officers?|staff|nurses?|teachers?|"
                                     r"workers?|keyworkers?)\b")
# A record that opens with this agency's own visit ("Visited …", "Home visit …", "We saw …").
_OWN_VISIT_OPENING = (r"(?i)^\W*(?:(?:i|we)\s+)?(?:(?:home|joint|unannounced|planned|follow[- ]?up)\s+)?"
                      r"(?:visit(?:ed)?|saw|seen|met)\b")
# This agency's own visit made because of news, as its record opens ("Visit after police DA notification:
# mum says …", "I visited the family home this afternoon following the referral from the school"): a
# contact of its own day, not the news, which this agency recorded on the day it came (as daniel's
# "Home visit. Mother upset after domestic incident" is an event of its own).
OWN_VISIT_AFTER_NEWS = re.compile(
    _OWN_VISIT_OPENING + r"[^.;:]{0,80}?\b(?:after|following|further to|in response to)\s+[^.;:]{0,50}?"
    r"\b(?:notifications?|referrals?|reports?|information|concerns?|calls?|messages?|letters?|e-?mails?)\b"
    r"(?:\s+(?:from|by)\s+(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+)?)?")
# A visit or a call after an event of a day before, named by its day ("Visited him on the ward after last
# night's stabbing", "Visited after yesterday's fall", "Visit after Ava's head injury on Wednesday evening"):
# the agency's own contact, not news of that event.
OWN_CONTACT_AFTER_NAMED_DAY = re.compile(
    # (or a call of its own: "Call after the strangulation on Wednesday night", not "Call from police after …")
    r"(?i)(?:" + _OWN_VISIT_OPENING.removeprefix("(?i)") + r"|^\W*(?:(?:i|we)\s+)?(?:(?:tele)?phoned|rang|"
    r"(?:tele)?phone call|call(?:ed)?)\b(?!\s+(?:from|received|in|by)\b))"
    # "after yesterday's fall", "after a suicide attempt (ligature) last night", "after the assault on Sunday"
    r"[^.;:]{0,80}?\b(?:after|following)\s+(?:(?:the\s+)?(?:yesterday|last night)(?:['’]s|s)\b|"
    r"[^.;:]{0,60}?\b(?:yesterday|last night|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)")
# Words about how a record reached the agency, not about the event: left out when comparing texts.
MESSAGE_WORDS = frozenset(content_words("received receipt notification notified informed advised letter copy "
                                        "told reported report email emailed message sent forwarded faxed"))
# A hospital's specialties, each the name of its service and of its clinics (see SERVICE_WORDS, IMPLIED_KIND).
_SPECIALTIES = ("neurology", "gastroenterology", "cardiology", "dermatology", "orthopaedics", "ophthalmology",
                "rheumatology", "urology", "haematology", "oncology", "audiology", "endocrinology")
# Words that name a kind of service: "the police", "school" name "Northshire Police" or "Oakfield
# Primary School" on their own ("the foster placement" a fostering agency); other words of a name
# count in twos ("social" and "care").
SERVICE_WORDS = frozenset(content_words("police school academy college nursery hospital ambulance housing "
                                        "probation midwifery midwife maternity dental dentist mash dietitian "
                                        "sexualhealth drugservice hostel shelter outreach refuge prison pharmacy edt iaa sarc "
                                        "paediatrics careagency carehome 999 advocacy landlord teacher headteacher foster "
                                        "perinatal paramedic pcso "
                                        # a hospital's specialty names its service ("Letter from urology")
                                        + " ".join(_SPECIALTIES) + " nephrology podiatry orthotics physiotherapy"))
# Agencies known by an acronym or an older word, and the service word that names them: West
# Midlands Police is "WMP" (forces: two or three letters and P, but GP), an ambulance trust
# "WMAS", "NWAS", "EEAST", "SWASFT"; a police force may be a "Constabulary".
_POLICE_ACRONYM = r"^(?!GP\b)[A-Z]{1,3}P\b|^(?:MPS|PSNI)\b"  # in capitals
# A housing association known by another name ("Riverside Homes"; not "Homes for Ukraine").
_HOUSING_ASSOCIATION_NAME = r"(?i)\bhomes\b(?! (?:for|of)\b)|\bhousing (?:trust|group)\b"
# A school, a college or a nursery, by a word of its name.
_SCHOOL_NAME = r"(?i)\bschool\b|\bacademy\b|\bprimary\b(?! care)|\bcollege\b|\bnursery\b"
_AMBULANCE_ACRONYM = r"^[A-Z]{1,4}AS(?:T|FT)?\b|^SECAMB\b"
IMPLIED_SERVICE: list[tuple[re.Pattern[str], str]] = [
    # A force known by its initials or another word is "the police" (Heddlu: Welsh for police, "Heddlu
    # Dyfed-Powys"); any force's community support officers are "the PCSO" in others' records ("PCSO visited").
    (re.compile(rf"{_POLICE_ACRONYM}|(?i:\bconstabulary\b|\bheddlu\b|\bpolice\b)"), "police pcso"),
    (re.compile(_AMBULANCE_ACRONYM), "ambulance"),
    # … and its crews are "the paramedics" in others' records ("CPR until the paramedics took over").
    (re.compile(rf"{_AMBULANCE_ACRONYM}|(?i:\bambulance\b)"), "paramedic paramedics"),
    # "Rang 999", "999 call": a call to the emergency services reaches the ambulance service and the police.
    (re.compile(rf"{_AMBULANCE_ACRONYM}|{_POLICE_ACRONYM}|(?i:\bconstabulary\b|\bpolice\b|\bambulance\b)"), "999"),
    (re.compile(r"(?i)\bdental\b"), "dentist"),
    # An addiction service is "the drug service", "the drug and alcohol team" (see COMPOUND_TERMS).
    (re.compile(r"(?i)\baddiction|\bsubstance|\bdrugs?\b|\balcohol|\bchange grow live\b|^CGL\b|\bturning point\b|"
                r"\bwe are with you\b|\baddaction\b|\brecovery\b"), "drugservice"),
    (re.compile(r"(?i)\bdietetic|\bnutrition"), "dietitian"),
    # A prison is "HMP Ashfield" in its own name and "the prison" in others' records ("Prison OMU email").
    (re.compile(r"(?i)\bhmp\b|\bhmyoi\b|\bhm prison\b|\byoung offender institution\b"), "prison"),
    (re.compile(r"(?i)\bhome ?care\b|\bdomiciliary\b|\bcare (?:agency|provider|at home)\b"), "careagency"),
    # A children's home is "the care home" too ("missing from care home").
    (re.compile(r"(?i)\bchildren'?s home\b"), "carehome"),
    # A housing association is "the landlord" or "housing" ("the housing officer") in others' records
    # (and "the housing association": IMPLIED_NAME).
    (re.compile(rf"{_HOUSING_ASSOCIATION_NAME}|\bhousing association\b"), "landlord housing"),
    (re.compile(r"(?i)\bsexual assault referral"), "sarc"),  # "the SARC"
    (re.compile(r"(?i)\bbrook\b"), "sexualhealth"),  # the young people's sexual health service
    (re.compile(r"(?i)\bacademy\b|\bprimary\b(?! care)|\bcollege\b|\bgrammar\b"), "school"),  # "Forest Academy" is "school"
    # A Welsh school's name begins "Ysgol" ("Ysgol Gynradd Aberaeron": a primary school).
    (re.compile(r"(?i)\bysgol\b"), "school teacher headteacher"),
    # A school's safeguarding system names the return a school sends from it ("CPOMS export.csv").
    (re.compile(r"(?i)\bcpoms\b|\bmyconcern\b|\bmy concern\b"), "school"),
    # … and its teachers: "the class teacher", "the headteacher" name the school.
    (re.compile(r"(?i)\bschool\b|\bacademy\b|\bprimary\b(?! care)|\bcollege\b|\bgrammar\b"), "teacher headteacher"),
    # A maternity service is "the midwife" or "maternity" in others' records.
    (re.compile(r"(?i)\bmaternity\b|\bmidwi"), "midwife maternity midwifery"),
    # Social care's front door: a "MASH" contact or referral reaches children's (or adult) social care.
    # (and out of hours its emergency duty team; in Wales its Information, Advice and Assistance service)
    (re.compile(rf"(?i){SOCIAL_CARE_NAME}|(?-i:\bCSC\b)"), "mash edt iaa"),
    # A Welsh health board runs the hospitals: "the hospital" names Hywel Dda UHB; and a royal
    # infirmary is a hospital ("Leicester Royal Infirmary").
    # (in Welsh: Bwrdd Iechyd, a health board; Ysbyty, a hospital)
    (re.compile(r"(?i)\bhealth board\b|(?-i:\bUHB\b)|\binfirmary\b|\bbwrdd iechyd\b|\bysbyty\b"), "hospital"),
    # A hospital's departments: "the hospital" names "RWT – Maternity" or "County ED".
    (re.compile(r"\b(?:ED|A&E|AE)\b|(?i:\b(?:maternity|emergency department|accident and emergency|paediatric\w*|"
                r"neonatal|ward)\b)"), "hospital"),
]
# An agency known by initials alone ("BCPFT") says what it does in its records: one that speaks of
# these in a good share of them is a drug service, which others' records call "the drug service".
DRUG_TREATMENT_WORDS = "methadone buprenorphine subutex espranor script keyworker detox opiate naloxone"
DRUG_TREATMENT_SHARE = 0.35  # of its records, at least …
DRUG_TREATMENT_RECORDS = 4  # … of this many
# The services whose every record is a call-out: an ambulance service's, and a lifeboat station's and
# the coastguard's ("Launched 17:42 to North Beach: one casualty recovered").
CALL_OUT_SERVICE = re.compile(rf"{_AMBULANCE_ACRONYM}|(?i:\bambulance\b|^secamb\b|\blifeboats?\b|\bcoastguard\b|\brnli\b)")
# Agencies every record of which is of one kind of event, whatever its words: a call-out service's
# and an emergency department's records are emergency attendances ("15F brought in by police");
# a court's, hearings.
IMPLIED_KIND: list[tuple[re.Pattern[str], str]] = [
    (CALL_OUT_SERVICE, "emergency attendance"),
    (re.compile(r"\b(?:ED|A&E|AE)\b|(?i:\bemergency department\b|\baccident (?:and|&) emergency\b)"), "emergency attendance"),
    # … and a hospital specialty's are its clinics ("Royal Infirmary Urology": "Ketamine uropathy: …").
    (re.compile(rf"(?i)\b(?:{'|'.join(_SPECIALTIES)})\b"), "specialty clinic"),
    # … and a court's are its hearings ("Family court.xlsx": "FGM protection order (without notice): …").
    (re.compile(r"(?i)\b(?:family|crown|county|youth|magistrates'?) court\b|\bhmcts\b"), "court hearing"),
    # … and a panel's are its meetings ("Channel Panel.xlsx": "Case adopted. Intervention provider to be commissioned").
    (re.compile(r"(?i)\bpanels?\b"), "professionals meeting"),
    # … and a log of child protection medicals' are its examinations ("Paediatrics › CP medicals": "3 linear
    # bruises to left cheek …", its findings, with no word of a medical).
    (re.compile(r"(?i)\b(?:cp|child protection|safeguarding|forensic) medicals?\b"), "child protection medical"),
]
# Agencies that others' records call by words their name does not hold, two of which name it:
# "Meadow Lane Surgery" is "the GP" ("general practitioner": a name, left out when comparing
# texts, as names are); a hospital is "ED" or "A&E" in the letters others receive from it
# ("emergency department": also what happened, so still compared; so are a paediatric ward and registrar).
IMPLIED_NAME: list[tuple[re.Pattern[str], str, bool]] = [
    (re.compile(r"(?i)\b(?:surgery|medical (?:centre|center|practice)|health cent(?:re|er)|(?<!dental )practice|"
                r"family doctors|meddygfa|meddyg teulu)\b"), "GP", True),  # (Welsh: a surgery, a family doctor)
    # A birth notification comes from the maternity service ("Birth notification received").
    (re.compile(r"(?i)\bmaternity\b|\bmidwi"), "birth notification", False),
    # … and a maternity service is "the midwife" in others' records ("Midwife: baby born this morning").
    (re.compile(r"(?i)\bmaternity\b"), "midwife", False),
    # A school, college or nursery is "the DSL" (its designated safeguarding lead): with a word of
    # its name, "Oakfield DSL" names Oakfield Primary School, not Riverside Academy ("safeguarding
    # lead" alone names no school: hospitals have them too).
    (re.compile(_SCHOOL_NAME), "designated", False),
    # … and "Education" to the police and social care ("Source: Education", "referral from education").
    (re.compile(_SCHOOL_NAME), "education", True),
    # A housing association known by another name ("Riverside Homes") is "the housing association".
    (re.compile(_HOUSING_ASSOCIATION_NAME), "housing association", False),
    # A health visiting service is "the HV" (health visitor) in others' records.
    (re.compile(r"(?i)\bhealth visit|\bymwelwyr iechyd\b|\bymwelydd iechyd\b"), "health visitor", True),
    # … and its children's ward, clinics and doctors: "the paediatric ward", "the paediatric registrar",
    # "the paediatric consultant".
    (re.compile(r"(?i)\bhospitals?\b|\binfirmary\b|\bysbyty\b"),
     # … and its units: "Ana home after PICU admission" (with "discharge") names the children's hospital
     "emergency department paediatric paediatrician ward registrar consultant clinic outpatients discharge summary "
     + " ".join(_CRITICAL_CARE_UNITS), False),
    # A fire and rescue service is "the fire service", "fire safety" (a home fire safety visit).
    (re.compile(r"(?i)\bfire\b"), "fire service brigade safety firefighters", False),
    # Social care is "the SW" (social worker) in others' records ("informed by SW").
    (re.compile(rf"(?i){SOCIAL_CARE_NAME}"), "social worker services", False),
    # … and "the local authority" to a regulator, a court or the Office of the Public Guardian.
    (re.compile(rf"(?i){SOCIAL_CARE_NAME}"), "local authority", True),
    # A mental health trust is "adult mental health", "the crisis team", "the ward", "the care coordinator".
    (re.compile(r"(?i)\bmental health\b"), "adult mental crisis ward psychiatrist coordinator", False),
    # A leaving care service is "the PA" (a care leaver's personal adviser) in others' records.
    (re.compile(r"(?i)\bleaving care\b|\bcare leavers?\b|\bafter ?care\b"), "personal adviser", True),
    # A district or community nursing service is "the DN" (district nurse) in a care home's and the GP's records.
    (re.compile(r"(?i)\b(?:district|community) nurs"), "district nurse", True),
    # The probation service is "the OM" (offender manager) in the approved premises' and the police's records.
    (re.compile(r"(?i)\bprobation\b|\bcommunity rehabilitation\b"), "offender manager", True),
]
# Words so common in agency names that they never name one agency.
GENERIC_AGENCY_WORDS = {"service", "services", "team", "department", "trust", "nhs", "council", "mother", "father",
                        "child", "health", "care", "unit", "the", "and", "visit", "visits", "visiting",
                        "provider", "providers"}
