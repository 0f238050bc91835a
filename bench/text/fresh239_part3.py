def add(T):
    T("""NATIONAL DIGEST - MODERN SLAVERY & ORGANISED IMMIGRATION CRIME, PERIOD 9.
1. Headline: Op ALBATROSS (Met / NCA). Charging decision received for four suspects in an organ trafficking plot. A 21-year-old woman from a village near Kampala was flown to London on the promise of domestic work with a 'good family'. On arrival she was taken to a private clinic consultation and told she would give a kidney to a wealthy relative of the organiser and be paid £2,000. When she refused she was told she would be left on the street with no passport (retained by the organiser since Entebbe). She disclosed to a clinic nurse.
2. Small boats: no change to assessment.
3. Labour: GLAA highlight a rise in overseas care workers in the North East paying up to £15,000 to 'sponsors' for certificates of sponsorship and then being given few or no hours, leaving them in debt and dependent on the sponsor for housing.
4. Drugs: Border Force seizure of 1.2 tonnes cocaine in bananas, Portsmouth - no exploitation linked.""",
      "DEC RD IT DB AV", "DT UF", "O L")
    T("Renal consultant referral: patient from Pakistan (privately funded) attended with a 'donor' who spoke no English, said to be a cousin, but no documents to prove relation; donor could not name the recipient's parents and appeared frightened. Transplant paused, safeguarding referral to police.", "", "FA SFW", "O")
    T("Living kidney donation between husband and wife at Guy's, all HTA checks completed, both had independent interviews, no concerns. Logged because of an anonymous complaint, which was unfounded.", "", "", "")
    T("INT 4/C/R: unverified rumour on a Facebook group that a man in Ilford 'buys kidneys' from migrants for £5k and sends them to a clinic in Turkey. Nothing to corroborate.", "", "", "O")
    T("Man (Moldovan, 33) told outreach he was offered £10,000 to go to Istanbul and 'sell' a kidney to clear his debt to the man who brought him to Kent, and was told his debt would double if he refused.", "DB IT AV", "", "O")
    T("Patient on dialysis in Leicester asked the nurse whether it was legal to buy a kidney abroad. Advised not. No exploitation identified, record for info only.", "", "", "")
    T("""Police Scotland - Intelligence Report ref 26/GL/8841.
Subject: Ahmed SALEH, Ibrahim SALEH and premises 'Glasgow Fresh Foods', Paisley Road West.
Drugs: Ibrahim SALEH linked via Encro data to importations of herbal cannabis from Spain (2023). 
Exploitation: Two Syrian males (18 and 20) work in the shop and the stockroom, sleep on mattresses in the cold store corridor, work 7am-11pm every day. They told a community worker that Ahmed SALEH holds their passports and that their 'salary' of £200 per month is sent to their families in Turkey by SALEH, but families say they receive nothing. They were told if they leave SALEH will report them to the Home Office.
Vehicles: black Mercedes Sprinter SG70 RMN used for deliveries.
Other: premises subject of two licensing objections for underage alcohol sales.""",
      "AC EO RD WW IT", "SW LH DT NCW FA", "L")
    T("He took my phone as soon as we landed and said I don't need to call anyone now. I didn't know the name of the city for three months.", "ISO", "IS", "")
    T("We're a family farm, our seasonal pickers come on the Seasonal Worker visa through a licensed scheme operator, they have their own passports and bank accounts and can leave whenever. The report about 'slaves on Hill Farm' is rubbish - Farmer's statement, confirmed by GLAA visit.", "", "", "")
    T("Girl 14 from Luton, messages show she is being 'shared' among older men via Snapchat, arranged by a 19-year-old she calls her boyfriend. She is given weed and vodka before.", "AV PSV DEC", "", "S", "high")
    T("Caller: 'my mate from Poland is stuck at a farm in Kent, they took his ID, he has to pay 'rent' that's more than his wages so he owes them more every week, he wants to leave but they said the police will arrest him'.", "RD DB IT", "DT FA", "L")
    T("Op SANDPIPER briefing (Avon & Somerset), long entry. Summary of activity in quarter: \n- County lines: 31 lines identified into Bristol; 12 use children as runners; one 15-year-old girl found to be held in a flat in Weston-super-Mare for two weeks, not allowed to leave until the drugs were sold, she was slapped when she asked to go home.\n- Labour: a hand car wash in Bridgwater closed after enforcement found workers were paid £20 per day.\n- Fraud: Romance fraud losses £640k, no victims of exploitation.\n- Organised immigration crime: no new activity.",
      "AV RM PSV WW", "RMS", "C L", "high")
    T("Support note: Mr T says 'I am free now, I can go where I like, but before the boss never let me go out, always someone watching'.", "RM", "RMS", "")
    T("Cleaners at a Manchester office block all employed by a contractor, paid London Living Wage, union rep present. Nothing untoward.", "", "", "")
    T("Social worker: mum (Roma, 28) is made to beg outside Sainsbury's in Sheffield with her baby by her brother-in-law, who takes the coins each evening and locks the family's room.", "WW RM AV", "NCW RMS", "C", "high")
    T("Please check 47 Stanley Rd Bootle - 2 young girls living with a family who arent theirs, never at school, cleaning all the time, the girls look scruffy and hungry", "AV AC", "PA", "D", "high")
    T("Debrief account (interpreter used, Tigrinya): 'In Libya they sold us. In England the man who met us at the lorry said we owe him £3,000 each. He found us work washing cars. He takes the money at end of week. We sleep in the back of the car wash. He says if we talk to police they will send us back to Libya.'",
      "DB WW IT AC", "SW NCW FA UF", "L")
    T("Op GOLDCREST: HMRC referral re payroll fraud at a recruitment agency in Slough. 200 'ghost' workers on payroll. No actual exploitation of workers identified; tax fraud only.", "", "", "")
    T("INT 3/B/P: Nail bar 'Polished' in Aylesbury - workers are Vietnamese females, believed under control of the owner's husband. Workers are driven in from a house in Milton Keynes in a silver Toyota Previa (MK19 XEA) at 08:00 and returned at 21:00. Source says they are 'paid' only in food and board.", "WW EO", "ET CE LH", "L")
    T("Teacher concerned: pupil (13) said her older cousin makes her look after 4 kids and do all the housework before and after school, and she's not allowed to eat until everyone else has. She falls asleep in class.", "AV EO AC", "LH PA", "D", "high")
    T("Case review: lady claimed her employer held her passport; employer produced it from her own bag in her room, she confirmed she had it all along and withdrew the claim. No offence.", "", "", "")
    T("Man stopped on A1(M) in a Transit with 9 Romanian men in the back with no seats. All going to a demolition site in Stevenage. Driver says he collects £15 a head for the trip. None had any ID; driver said 'boss keeps them'.", "RD AC", "CT DT", "L")
    T("'They give me the pills to stay awake and work more. When I say no they hold me and put them in my mouth.' - victim, Cambs farm.", "PSV EO", "LH", "L")
    T("Barrister's pupil works 70-hour weeks. Asked to log because anonymous caller said she 'never leaves the office'. Spoke to her - her choice, well paid, no concerns.", "", "", "")
    T("Report from a Polish shop owner in Corby: customer told him he is working at a warehouse through an agency and hasn't seen a payslip in two months, the gangmaster keeps his bank card 'to stop him drinking'. He sleeps in the house with 14 others.", "WW AV", "NCW OA", "L")
    T("INT 2/A/P: Op MAGPIE - Chinese female 'Auntie Li' runs 6 flats in Newcastle used as brothels; women arrive on student visas and are told they owe £20k for the visa and 'tuition'. Passports collected on arrival and kept in a locked briefcase at Li's home on Westgate Rd.",
      "DB RD DEC", "UF DT", "S")
    T("Incident: 2 Albanian males in a fight outside a barbers in Stockport. Both arrested. Dispute over a girlfriend. NFA re MS.", "", "", "")
    T("MSVCC call log: Norfolk Police request advice. Officers are at a poultry unit now, worker has told them quietly in the toilets that he is not allowed to leave, the boss's men are outside in a car, he wants to go with police now.", "RM", "RMS", "L", "immediate")
    T("My daughter's 'boyfriend' (she is 17) has taken her to London and she texted me 'he says I have to do this for us, I dont want to, he's got my phone most of the time'.", "AV ISO", "IS", "S", "immediate")
    T("Family in Bolton employ an au pair, she has her own room, 25 hours a week, paid £100 p/w plus board, attends English classes. Anonymous concern was unfounded.", "", "", "")
    T("Worker from Ghana on Skilled Worker visa at a care home in Stoke: 'They said the job was 37 hours at £11.50. I get 10 hours some weeks. They take £300 a month for the room I share with three others. They say I owe them for the visa fee and if I leave they will cancel my visa.'",
      "DEC WW DB IT AV", "UF OA", "L")
    T("Bail address check: 12 Cranmer Rd, Wigan - 7 men present, all Afghan asylum seekers housed there by the Home Office contractor. No exploitation, just overcrowded asylum housing; issue passed to the provider.", "", "", "")
    T("INT: man known as 'Shorty' keeps young lads in a flat in Rotherham to bag up crack. They're told they can't leave until the work is done, and he beat one with a bat last week.", "RM PSV AV", "RMS", "C", "high")
    T("He said 'my boss keep all money, he say it is safe with him, I have nothing in my pocket, I ask for money for shoes and he say no'.", "WW", "NCW", "L")
    T("Two Sudanese boys (16, 17) found working at a barber shop in Birmingham for tips only, living in a room above with no heating.", "AV WW AC", "SW PLC", "L", "high")
    T("Cash seizure at Stansted - £96k in a suitcase. Courier is a professional criminal, no sign of coercion.", "", "", "")
    T("Woman at a women's aid refuge disclosed her husband's family made her work in their restaurant kitchen unpaid for 3 years, took her spousal visa documents, and told her she would be deported if she left the marriage.", "WW RD IT AV", "DT FA", "L D")
    T("he goes out with them lads every day in the van at 5am and he's only 15. His mum doesnt know where. He came back with cuts on his hands.", "AV", "CE PA", "L", "high")
    T("""ROCU Wales - Op DRAGONFLY periodic summary.
(i) Labour exploitation: Cockle pickers at Burry Port. Seven Chinese nationals working the sands at night with no safety equipment, driven in by a man called 'Wei' in a Ford Galaxy (CN63 UZD). They say they pay Wei £50 a week for transport and he keeps their passports. No-one has been paid since March. Tides recorded as dangerous; RNLI briefed.
(ii) Drugs: 2 lines from Liverpool into Aberystwyth.
(iii) Fraud: no exploitation found in the Cardiff PPI call centre fraud.""",
      "AC RD WW", "CT DT NCW", "L")
    T("Victim 'Anna': 'He told me I must go with men or he would send the video to my father.'", "IT", "", "S")
    T("Staff at the petrol station say the car wash lads next door come in for water and always ask to use the staff phone because theirs was taken.", "ISO", "IS", "L")
    T("Op FULMAR: Leicester garment factory, 41 workers. Rates of £3-£4 per hour found; fire exits chained; no contracts. Workers live locally with families. HMRC & HSE action.", "WW AC", "", "L")
    T("Checked a report of a 'boy kept in the attic' in Walsall - it was a 19-year-old son who games all night. Mum very embarrassed. Log closed.", "", "", "")
    T("INT 3/B/P: POI 'Kwame' transports Ghanaian women to work as carers in private homes in Croydon; their pay is paid to him and he hands them £50/wk; he has told them that if they speak out, juju will be used on their families.", "WW IT", "NCW ET", "L D")
    T("Man in Luton says his uncle brought him from Bangladesh at 15 to work in the family restaurant, never went to school, 12 years on he still gets no wages, has never been allowed to have friends or a phone.", "AV WW ISO DEC", "IS", "L")
    T("Sorry for my english. I work in a shop for kebab. The owner say I must sleep on the floor in the shop, he lock the door from outside at night. I can not go out.", "AC RM", "SW RMS", "L", "high")
    T("Council tenancy officer: flat in Brent registered to one elderly woman now has 10 young men, the woman says her nephew 'rents' beds to men who work for him. Men wouldn't talk.", "", "OA FA", "L")
    T("Driver told officers he was 'just giving lifts'. Seven phones, seven passports in the glovebox, none his.", "RD", "DT", "")
    T("Assessment: no indicators of trafficking. Subject travelled independently, paid own fare, holds own documents, lives with boyfriend of her own choosing.", "", "", "")
    T("Teenager (16) says he was told by 'the olders' he owes £800 for the drugs the police took off him and must work it off on the line; his debt went up by £100 each week.", "AV DB", "", "C", "high")
    T("'Madam' in Peckham receives £200 per client from the men, gives the girls nothing, keeps them in 2 rooms, girls are Nigerian and believe they are bound by an oath.", "WW RM IT", "RMS NCW", "S")
    T("Obs on 55 Cheetham Hill Rd: between 0500 and 0530 three minibuses collected approx 30 workers. Same workers returned 2000-2130.", "", "CE LH", "L")
    T("A man at our church in Hackney says the employer tells workers to say they are 'friends helping out' if inspectors come, and they all say the same words.", "", "FA", "L")
    T("Woman (55, Filipino) working for a diplomat's family in Kensington. She said she has Sundays off, her own phone and her passport, and is paid £1,800 per month. Visit made after concern from neighbour; none substantiated.", "", "", "")
    T("Construction: 'The gaffer gave us no harness on the scaffold, we was four floors up, a lad fell last week and he told us say nothing or we're finished.'", "AC IT", "", "L")
    T("Care home in Torquay: overseas carer says the owner took her passport 'for the Home Office', charges her £120 a week for a bunk in a room with 5 others, and does 84 hours a week.", "RD WW EO AC", "DT OA LH", "L")
    T("Probationer's note: man at the roadside begging on A6 says he was driven there by a man in a Vauxhall Zafira at 7am and will be picked up at 7pm, has to give him everything he collects.", "WW", "CE NCW", "C")
    T("Long call log (Lancashire, 02:14): Female caller (18) says she is at a hotel in Preston, room 214. She says her ex brought her there and men are coming to the room, she has been told she has to 'do' 5 men tonight to pay back what she owes him for the flat. He hit her earlier and she has a cut lip. He has gone to the bar, he has her purse and phone - she is on the hotel phone. Officers to attend immediately.",
      "PSV DB ISO", "PA", "S", "immediate")
    T("Crimestoppers: unlicensed minicab firm in Oldham uses drivers' cards to rent cars. Drivers self-employed, no coercion mentioned.", "", "", "")
