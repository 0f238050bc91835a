#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline (set fresh59). Each T(...) line is one text
written by hand with its own labels. Short aliases below only save typing."""
import json, os
I = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
         PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
         WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
S = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oc="overcrowded_accommodation",
         swp="sleeps_at_workplace", fpe="few_personal_effects", rmv="restricted_movement",
         ce="collected_early_dropped_late", fa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
         et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
         ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
X = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = {"RD": "dt", "RM": "rmv", "EO": "lh", "IS": "iso"}
D = []
def T(text, ind="", sig="", ex="", risk=None):
    ind = ind.split(); sig = sig.split(); ex = ex.split()
    for k, v in PAIR.items():
        if k in ind and v not in sig:
            sig.append(v)
    if risk is None:  # only for plain cases; immediate/child cases are given by hand
        if "PV" in ind or "S" in ex or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
            risk = "h"
        elif ind or ex:
            risk = "m"
        else:
            risk = "l"
    R = dict(i="immediate", h="high", m="medium", l="low")[risk]
    D.append(dict(text=text, indicators=[I[x] for x in ind], signs=[S[x] for x in sig],
                  exploitation=[X[x] for x in ex], risk=R))

# ---- texts ----
T("INT suggests males working at hand car wash on A34 NEWCASTLE-UNDER-LYME are collected at 0600 by white Transit VRM unknown and dropped back after 2200. Workers believed Romanian. Grading 2/C/P.", "EO", "ce", "L")
T("Car wash on Crewe Rd busy as ever, all lads in proper waterproofs, manager showed me payslips and rota, 8 hr shifts with breaks. No concerns identified. Licensing visit closed.", "", "", "", "l")
T("theres a house on my road in tunstall with like 12 men living in it, they get picked up in a minibus before it gets light and come back dead late, they look knackered and one of them had a bandage on his hand. never see them at shops", "EO", "oc ce pa", "L")
T("Caller states her neighbour's son, 15, keeps going to Liverpool on the train and comes back with new trainers and two phones. Mum says he's been missing three nights this month. Caller believes he's 'running for some older lads'.", "AV", "", "C", "h")
T("I came from Vietnam with promise of work in nail shop in Stoke, good money. When I arrive they tell me I owe 18,000 pound for journey. I work in the shop and sleep on mattress in back room. Every week Anh say the money is for my debt so I get nothing.", "DE DB WW AC", "swp ncw", "L", "h")
T("Stop check on M6 J16 southbound. VRM KX19 ??? with 4 occupants, all Slovak nationals, all have own passports and ID, state they work at a meat plant near Market Drayton via a licensed agency. Payslips on phones. No concerns.", "", "", "", "l")
T("Nom MCNALLY (DOB 04/02/1998) believed to be running 'TONY' line from Anfield into Crewe. Using address of vulnerable female (heroin user) on Broad St as base. She is reported to have been told she'll be 'sorted' if she lets police in. 2/B/P", "AV IT", "", "C", "h")
T("GP note: 34yo female attended with interpreter provided by 'employer' who answered all questions on her behalf. Pt appears underweight, bruising to upper arms, declined examination. Employer holds her NHS letter. Safeguarding lead informed.", "", "sfw pa", "", "l")
T("Bank alert: 23 debit cards registered to different names have been used at the same ATM on High St Leek between 0100 and 0130 on three consecutive Fridays. All accounts receive weekly wages from Forde Agency Ltd and are emptied within an hour.", "WW", "mbc ncw", "L")
T("Public report: girl maybe 14 15 getting into different cars outside the chippy on Nantwich rd every night, older men, she looks out of it. someone needs to do something", "AV", "", "S", "h")
T("Lost passport reported by 20yo Chinese student at Keele. Believes left it on a bus. Advised re embassy replacement. No third party involvement.", "", "", "", "l")
T("Salvation Army caseworker note: client (M, Polish, 52) was recruited outside a soup kitchen in Gdansk with an offer of building work. In UK he lived with 9 others in a 3-bed house in Wolverhampton, the gang opened a bank account in his name and kept the card. He received £10 a week 'for tobacco'. He drinks heavily and says they bought him vodka to keep him working.", "AV DE WW AC", "oc ncw", "L", "h")
T("POI KRASNIQI, Albanian national, believed to manage 3 cannabis grows in Kidderminster area. Gardeners are young Vietnamese males who are locked in and only let out when crop is harvested. Food dropped off weekly. 2/B/P", "RM AV", "", "C", "h")
T("She says that the man told her she would be working as a waitress in a hotel in Manchester. When she arrived he took her passport and put her in a flat in Chester. He told her she had to see men to pay back the flight. She says he hit her when she cried.", "DE RD DB PV", "", "S", "h")
T("Care home in Telford: GLAA inspection found carers recruited from Kerala paid £8,000 each to an agent for sponsorship. Employer unaware. Wages paid correctly into workers' own accounts, workers free to change employer. Fees issue referred to Home Office.", "", "uf", "", "l")
T("Call 999: female whispering, says she is locked in a room above the takeaway on Station Rd, man has gone out, she has no shoes and doesn't know the town. Line cut.", "RM IS", "", "", "i")
T("Officer handover: visited the farm at Ashley re earlier report. 15 seasonal workers on Seasonal Worker visas via an approved operator. Caravans clean, heating, own keys. Workers spoke freely, showed contracts. NFA.", "", "", "", "l")
T("Intel: Eritrean male approx 17 working in kitchen of Chinese restaurant Shrewsbury town centre. Sleeps in storeroom. Works every day, no pay seen. Source 2/C/P", "AV EO WW", "swp", "L", "h")
T("On facebook a page advertising 'easy UK jobs in warehouse, £500 fee for placement and transport'. lots of comments from people in Romania saying they paid and never got the job", "DE", "uf", "", "m")
T("Mum went to the GP for her kidney check after the transplant in Birmingham, all going well, she got the kidney from my uncle who was tested and matched, the hospital did everything.", "", "", "", "l")
T("Debrief extract: 'In Sudan a man said I can get money for my kidney, 5,000 dollar. They took me to Cairo, a doctor cut me. After they gave me only 800 and said if I talk they will find my sister.' He now lives in Wolverhampton and has a long scar on his left side.", "DE WW IT", "pa", "O", "h")
T("Woman at the nail bar on Hanley high st never talks, shes always there from opening to close 7 days and another girl said she lives upstairs with the owner who does all the talking for her", "EO", "swp sfw", "L")
T("Intelligence: 3 Vietnamese females working in ABC Nails, Macclesfield, collected daily by female owner in silver Honda and taken back to a flat in Congleton. Own money not seen to be handled. 2/C/P", "", "et ncw", "L")
T("School safeguarding referral: Y9 pupil (14) observed with £400 cash and new iPhone; told a friend he 'holds stuff for the Brum lads' and can't stop because they said they'd stab his little brother. Has been missing from home twice.", "AV IT", "", "C", "h")
T("Forced marriage unit contact: 19yo British Pakistani female from Crewe states family are taking her to Mirpur next month to marry a cousin; passport held by father. She cannot leave the house without her brother.", "RD RM", "et", "","m")
T("101 report: Polish male says his employer, a builder in Stafford, owes him two weeks' wages after a disagreement about a job. He left the job and has his own accounts, documents and flat. Advised ACAS and small claims.", "", "", "", "l")
T("ALERT: Migrant couple residing in outbuilding at equestrian centre near Whitchurch, working with horses from 5am to 9pm daily. Source states they were told wages would be paid at the end of the season and have never seen any. 3/C/P", "EO WW AC", "swp", "L", "h")
T("i think the man at the car wash on bridge st is being beat up by his boss, saw him get slapped round the head for missing a spot, they sleep in the container at the back", "PV AC", "swp", "L", "h")
T("Midwife note: 22yo Nigerian woman booked at 30 weeks. Accompanied by 'aunt' who answers for her. Pt disclosed (when aunt out of room) she came to UK to be a nanny but has been doing all housework for the family, sleeping on the kitchen floor, not allowed out alone, and 'madam' keeps her passport.", "DE AC RM RD", "sfw swp", "D", "h")
T("Shoplifting at Boots Crewe: 2 Romanian females, one 16, detained. Older female stated they give all the goods to 'the boss' who drives them around in a black BMW and takes their phones each morning.", "AV IS", "et", "C", "h")
T("Daughter's boyfriend turned up drunk and shouted at her in the street. She's ok and has gone to her dad's. Just wanted it logged.", "", "", "", "l")
T("INT: address on Sneyd St Stoke being used as pop-up brothel. Adverts on adult site show 4 different females, Romanian and Hungarian, 'new in town'. Females rotated every 2 weeks between Stoke, Stafford and Walsall. Male seen delivering food and collecting cash. 2/B/P", "", "", "S")
T("I was a mechanic in Albania. A friend of friend said in England I can earn £2000 month on building. They brought me in lorry. Then they said I must pay £15k for lorry and the house. First months I got nothing. He said if I run away the police will arrest me because I am illegal and my family in Shkoder will pay.", "DE DB WW IT AV", "fa", "L", "h")
T("GLAA: shellfish picking gang master unlicensed, operating in Dee estuary. Workers were paid correctly and had own transport. Licensing breach only. Warning issued.", "", "", "", "l")
T("Welfare check on male sleeping in doorway in Chester. Male British, 44, states he used to work on a farm for 'Paddy' for food and a caravan with no heating, no pay for years, was hit with a shovel when he asked for money. Left last week.", "AV WW AC PV", "plc", "L", "h")
T("All caps post: THEY ARE WORKING THEM LIKE DOGS AT THE RECYCLING PLACE ON THE INDUSTRIAL ESTATE 14 HRS NO BREAKS NO GLOVES MASKS NOTHING AND THE GAFFER TAKES THEIR WAGES", "EO AC WW", "", "L", "h")
T("Licensing inspection of hotel, Stoke: housekeeping staff supplied by agency, checked right to work docs, all originals held by workers, payslips showing NMW. Staff interviewed in private, no concerns.", "", "", "", "l")
T("POI 'BIG D' from Lozells using 15yo female from Tamworth to hold drugs, she has been found in Shrewsbury trap house twice. INT she has been sexually assaulted by older line members as 'payment'. 2/B/C - not to be disclosed to family.", "AV PV", "", "C S", "h")
T("Referral from housing: tenant is a 60yo man with learning disability. A group of young men have moved into his flat, sell drugs from it and take his benefits money on the day it arrives. He sleeps on the floor in his own kitchen.", "AV AC", "ncw", "C", "h")
T("Asian male about 30 working at kebab shop on Wolverhampton rd lives above it, works every hour god sends, but i asked him and hes happy, its his uncles shop and he gets paid, just mentioning", "", "", "", "l")
T("Border Force Birmingham Airport: 3 Indian nationals arriving with offer letters from a care agency in Shropshire that does not exist at the address. Each had paid an agent 6 lakh rupees. Refused entry; referred as potential victims of recruitment fraud.", "DE", "uf", "", "m")
T("INT: 2 males from Sudan working at packhouse near Evesham via gangmaster 'Ali'. Ali takes their bank cards and gives them £50 a week. They live 8 to a house he rents, he deducts £80 each for rent. 2/C/P", "WW AC", "ncw oc", "L","m")
T("She says she met him on Instagram, he was her boyfriend, he said if she loved him she would 'help him out'. Then he sold her to his friends in hotels in Walsall and Stafford. She is 16.", "AV DE", "", "S", "h")
T("We employ 40 pickers from Bulgaria through a licensed labour provider. Accommodation is on site, 4 to a caravan, inspected. Workers keep their passports. A couple of lads asked for more overtime and we gave it. - Farm manager, email to GLAA", "", "", "", "l")
T("Cuckooing: flat 4 Gresty Court taken over by Liverpool males. Occupant (F, 38, ex-heroin user) told police via neighbour she is not allowed to leave the flat and they took her phone. 1/A/P. Attend ASAP.", "AV RM IS", "", "C", "i")
T("We got our own accommodation and the boss pays on time. The hours are long in summer but we choose. - Romanian picker, farm in Herefordshire, interview notes.", "", "", "", "l")
T("Intel indicates that a Filipino domestic worker at a house in Prestbury works from 6am until midnight for an overseas family, has no day off, her phone is kept by the employer and she has been told that if she leaves she will be deported.", "EO IS IT", "fa", "D", "h")
T("A male Vietnamese youth, claims 17, found in loft of house in Hednesford being used as cannabis grow. Windows boarded, electrics bypassed, no way out except a padlocked door. He has burns on his hands.", "AV RM AC", "pa", "C", "i")
T("Press summary: Two men from Wolverhampton were jailed at Stafford Crown Court for exploiting 12 Polish workers at a chicken factory. The victims were housed in squalid conditions, had wages paid into accounts the defendants controlled and were threatened with violence.", "AC WW IT", "ncw", "L", "h")
T("The girl who cleans for the family at number 9 is maybe 12, she is from their village in Pakistan, never goes to school, always carrying the baby and doing the washing at 10 at night", "AV EO", "", "D", "h")
T("Pt in A&E with deep laceration to hand from a bandsaw at work (food factory). States fully trained, supervisor present, reported properly. RIDDOR referral done. No safeguarding concerns.", "", "", "", "l")
T("Family of 7 from Slovakia living in a 2-bed flat in Crewe, parents both work at a distribution warehouse, kids in school. Crowded but their own tenancy. Health visitor: no exploitation concerns.", "", "", "", "l")
T("Wiadomość: pracuję w magazynie koło Stafford, agencja zabrała mój paszport 'do sprawdzenia' i już 2 miesiące nie oddaje. Translation: I work in a warehouse near Stafford, the agency took my passport 'to check' and has not given it back for 2 months.", "RD", "", "L")
T("Probation note: J. OKAFOR disclosed that his cousin's 'friend' who helped him get to the UK made him open 6 bank accounts and hand over the cards; money from frauds went through them. He was told his mother in Lagos 'would be visited' if he stopped.", "IT", "mbc ncw", "C","m")
T("INT: TIKTOK account @easyjobsUK2026 recruiting women from Colombia to 'massage' work in Chester; women told it is a spa. INT indicates it is a brothel and their passports are taken on arrival. 2/C/P", "DE RD", "", "S", "h")
T("Boy aged 13 stopped at Stoke station with ticket bought by an adult, 2 phones, £300 and a bag of cling-filmed wraps. Refuses to say who sent him. Known to CSC. Currently in custody suite with appropriate adult.", "AV", "", "C", "h")
T("Just to say the car wash lads near me in Rugeley are sound, my mate worked there last year and got paid proper, they have their own flats", "", "", "", "l")
T("Victim states: 'Every week he say food is £40, room is £60, transport is £25, so from my wages nothing left. And the debt for coming here is still there, it does not go down.'", "DB WW", "ct", "L","m")
T("Officer notes: visited restaurant in Ludlow. Kitchen porter (Bangladeshi, 24) has a genuine student visa, works 20 hrs term time, says he is paid weekly into his own account. No indicators.", "", "", "", "l")
T("CHIS reports that a Romanian male known as 'Costel' keeps the ID cards of 20+ men working on building sites across Stoke. Workers must ask him to release them for banking. 1/B/C - do not disclose outside MSU.", "RD", "", "L")
T("Text to helpline: help me please, they keep me in flat, I dont know where I am, near big road and the church, they have my passport, the man is coming back 8 oclock", "RM IS RD", "", "", "i")
T("Husband kicked the door in during an argument. No children present. Arrested for criminal damage and common assault. DASH completed medium.", "", "", "", "l")
T("Local authority referral: young woman with learning difficulties, 23, from Tamworth, has 'new friends' who take her to parties in Birmingham and she comes back with no money and says she has to do 'favours' for men to pay for the taxi.", "AV DB", "", "S", "h")
T("Heard from a worker that they are told if they complain about the hours they will be sent back to Romania and their families will have to pay the debt. They work at the mushroom farm near Wem.", "IT DB", "", "L","m")
T("INT: Indian students enrolled at university in Wolverhampton working 50+ hrs per week at a warehouse in Cannock via sub-agency. Agency charging £150 for hi-vis and boots, deducted from first wages. 3/C/P", "EO", "ppe", "L")
T("Report from supermarket security: same 2 men drop off a woman in a wheelchair outside the store every day at 8 to beg, collect her at 6 and take the cup. She looks very thin.", "AV WW", "ce pa", "C", "h")
T("A man asked on a local forum whether it's legal for his employer to keep his CSCS card in the site office. Replies said to ask for it back; he did and got it the same day.", "", "", "", "l")
T("Pt (F, Chinese, 40s) attended walk-in centre with infected wound; said she lives in her workplace (massage shop) and has not been outside for 'many weeks'. Left before being seen by nurse.", "RM", "swp pa", "S", "h")
T("999: caller says there's a man on the roof of a house on Park Rd screaming he wants to go home and they won't let him. Sounds foreign. Several males trying to pull him back in.", "RM PV", "", "", "i")
T("Intel 2/B/P: Cheshire-based fishing vessel crew (Filipino and Ghanaian) not permitted to leave the boat when docked, passports held by the skipper, working 20 hr days when at sea.", "RM RD EO", "", "L", "h")
T("He told me he was taking me to England for a better life and we would marry. Instead he took me to a house in Crewe and his mother made me cook and clean for all the family. I was not allowed to phone my mother. When I said no he burned my arm with the iron.", "DE IS PV", "pa", "D", "h")
T("Member of public: a group of lads in the park every night dealing, been going on months, nothing ever done. Sick of it.", "", "", "", "l")
T("Rough sleepers in Shrewsbury say a man in a van offers them £20 a day cash to lay block paving. Some have gone with him for weeks and come back with no money saying he 'took it for the caravan and food'.", "AV WW", "", "L", "h")
T("Multi-agency meeting minute: Child A (16) remains at high risk of CCE. Recently found in Hereford with a knife and £800, injuries consistent with assault. Believed to owe 'debt' to line after drugs were seized.", "AV PV DB", "pa", "C", "h")
T("The nail salon staff on Market st are from Vietnam and the owner is lovely, they all live with their own families round Hanley. I go every week.", "", "", "", "l")
T("Immigration Enforcement visit to takeaway, Stafford. 2 overstayers found working. Both have own accommodation and accounts, paid weekly. No indicators of exploitation; immigration matter only.", "", "", "", "l")
T("Debrief with interpreter (Tigrinya): he says the smugglers in Libya beat them and demanded more money from family. In UK he was given work at a car wash by the smuggler's brother who says he still owes £3,000 and keeps half of his pay.", "PV DB WW", "", "L", "h")
T("INT: Liverpool line 'MANDY' using a 14 year old girl from Crewe as runner; she is collected from school gates by males in grey Audi and returned at 2300. 2/B/P", "AV", "ce et", "C", "h")
T("GLAA inspection notes: Labour provider charging workers £30/week for van transport to a salad packhouse, no licence. Workers otherwise paid in own accounts, keep documents and housing not provided. Licensing breach. NFA re MS.", "", "ct", "", "l")
T("Hotel night manager reports a man booked a room for 'his girlfriend' who looks about 15; men have been coming and going every 30 min. Room 214, man is still in the bar.", "AV", "", "S", "i")
T("Jesteśmy tu od marca. Szef mówi, że wypłata będzie 'później', jak skończymy kontrakt. Nikt z nas nie dostał pieniędzy. (We have been here since March. The boss says the pay will come 'later' when the contract ends. None of us has had any money.)", "WW", "", "L")
T("INT: POI HUSSAIN running a group of Romanian women begging at Chester Rows; they are dropped off at 0800 and handed cash to him at midday and evening. Women live in a house on Hoole Rd where doors are locked at night. 2/C/P", "RM WW", "ce", "C","m")
T("Housing officer: tenant has sublet to several men, about 8, working at the food factory; the house is full of mattresses and the boiler is broken. Tenant is their supervisor and drives them to work.", "AC", "oc plc et", "L")
T("Couple running B&B hired a Ukrainian woman on a Homes for Ukraine scheme to help with cleaning, paid her properly, she has moved on to her own flat in Chester.", "", "", "", "l")
T("The man said I can study in UK and he will pay the college, and I will help his wife with the kids. I have been here 3 years. I never go to college. I wake at 5 for the children and clean until late. He keeps my passport in his office. I get nothing, he says he sends money to my father.", "DE EO RD WW", "", "D", "h")
T("Bank SAR: account held by 19yo student receiving multiple transfers from unrelated individuals and forwarding them immediately; student told branch staff a man at the gym 'pays me £200 to use it'.", "", "", "C")
T("Intel: HMO in Wellington, Telford - 20+ Eastern European males, mattresses in every room including the kitchen; all work at the same warehouse through one agency; 'house leader' collects all wages and hands back small amounts. 2/C/P", "AC WW", "oc ncw sfw", "L","m")
T("She was so scared of the police, she kept saying they would put her in prison because she had no papers. The man who brought her told her this every day.", "IT", "fa", "", "m")
T("A woman who left her husband needs help to get her passport back; he has it and refuses to give it. No work or exploitation involved, domestic abuse case open with IDVA.", "RD", "", "", "m")
T("Report: man says he was offered a kidney sale abroad via a Facebook group for £10k, he refused and reported the group. No further contact.", "", "", "", "l")
T("INT: Nigerian female (approx 25) living with a family in Sutton Coldfield, brought over as a 'relative', does all cooking, cleaning and childcare, has never been registered with a GP, family refers to her as 'the girl'. Not seen outside the house except with the wife. 2/C/P", "RM", "et", "D","m")
T("CQC/Local authority joint visit, care home Nantwich: overseas carers sponsored directly by the home, hours within WTR, own accommodation, the manager volunteered the sponsorship paperwork. No concerns.", "", "", "", "l")
T("Debrief: 'In Bangladesh the agent said care job, 1,200 pound a month. I paid him 14 lakh taka, my family sold land. In Stoke the company gave me 10 hours a week only. The director told me to do cleaning at his house for free or he will cancel my visa.'", "DE AV IT", "uf", "L D", "h")
T("INT: Pakistani national arriving Manchester for 'medical treatment' in Birmingham private clinic, believed to be recipient of a kidney bought from a donor in Pakistan. Donor said to be a bonded brick kiln worker paid a fraction of promised sum. 3/C/C - MOU restrictions apply", "AV DE WW", "", "O", "h")
T("Renal unit social worker: living donor for patient on ward 7 speaks no English, has no documents on her, 'cousin' answered all questions and is insistent the operation happens this week. Donor looked terrified. Transplant paused, police informed.", "AV", "sfw fa", "O", "i")
T("Whats app screenshot sent in by daughter: man offering £3000 for 'organ donation trip' to Turkey for people in debt. She thinks her dad is going to do it because of loan sharks.", "AV", "", "O", "h")
T("Kidney donor assessment completed at QE Birmingham: donor is the recipient's brother, DNA confirmed, independent assessor satisfied no payment or pressure. HTA approval given.", "", "", "", "l")
T("Victim account (interpreter's words): He says the boss in Birmingham told him the debt was too big and he could pay it by giving a kidney. They took him to a clinic in another country. He woke up with a wound and they said the debt was now finished, but they kept him working in the car wash anyway.", "DB PV", "pa", "O L", "h")
T("2/B/P INT: females advertised on escort site under 'Stoke Asian Beauties' are Thai nationals, the phone is answered by one male who arranges all bookings and collects all money. Females not permitted to leave the flat at Etruria.", "RM WW", "sfw", "S", "h")
T("Sex worker (independent, British) called to report a client who refused to pay. She works alone from her own flat, sets her own prices. Crime report for fraud created.", "", "", "", "l")
T("INT: male 'SHAH' pimping two girls aged 15 and 16 from a children's home in Stafford; supplies them with cannabis and vodka, takes them to parties in Birmingham where they are 'passed round'. 1/B/P. Girls currently missing.", "AV PV", "", "S", "i")
T("She says that she works at a massage parlour in Kidderminster. The 'mamasan' holds her passport and she works 12 hours every day. She is not allowed to go out alone. She must pay £200 a week for the room.", "RD EO RM DB", "", "S", "h")
T("Press: Police closed a brothel operating from a flat in Hereford city centre after a tip-off. Three women were spoken to and told officers they were working independently; no arrests.", "", "", "", "l")
T("Online report: 'Pretty Polish girl new in Chester, all services, no limits' ad posted 6 times today from the same number as an ad for a Romanian girl in Warrington. Same photos background.", "", "", "S")
T("Nom ISLAM, DOB 12/11/1990, believed to control 'WOLF' line (Birmingham to Shrewsbury). Uses local addicts' homes in Harlescott as bases. Reports one addict was beaten with a bat after drugs went missing. 2/B/P", "AV PV", "", "C", "h")
T("Youth offending team: boy, 16, says he has to keep running because he 'owes' £1,200 after he was robbed of the gear; they told him it doubles each week. Says they know where his nan lives.", "AV DB IT", "", "C", "h")
T("15yo male found at a property in Winsford during warrant: the occupants are Liverpool males; boy has been there 4 days, missing from Everton, has no phone, says he was told he can't go home till the gear is sold.", "AV RM IS", "", "C", "i")
T("INT suggests Vietnamese male (16-17) smuggled via lorry, now tending a grow in a semi-detached house in Burslem. Told that he owes £25,000 to the people who brought him and that if police come he will be sent to prison. 2/C/P", "AV DB IT", "fa", "C", "h")
T("Grow found at industrial unit in Stoke: approx 600 plants. No persons present. Electric bypass. Forensic team attended.", "", "", "C", "m")
T("Found in the grow: 2 Vietnamese men, doors bolted from outside, a mattress and a rice cooker, no phones. They say a man drops food once a week. One has injuries consistent with an electric shock.", "RM IS AC", "swp pa", "C", "i")
T("Benefit fraud team: 9 Universal Credit claims use the same address in Walsall and the same phone. Claimants are Roma families who say a 'helper' filled the forms in and keeps the cards.", "", "ncw mbc", "C")
T("DWP referral: elderly Slovak man says his son-in-law collects his pension every week and gives him nothing. He has his own flat and goes out as he pleases.", "", "ncw", "", "l")
T("Intel: Romanian male 'Marian' recruits homeless men from Birmingham Bull Ring area, opens bank accounts and UC claims in their names, then houses them 6 to a room in Dudley. The men get roll-ups and food only. 2/B/P", "AV WW AC", "oc ncw", "C", "h")
T("Identity documents of 14 Bulgarian workers found in a car at a traffic stop on M6 J15, driver stated he was 'looking after them for the lads'. Workers later traced to a potato farm in Shropshire; they said they wanted them back but he wouldn't.", "RD", "", "L")
T("Fisherman (Ghana) disclosed to port chaplain: he was promised $1,200 a month. Skipper pays $300 and says the rest goes to the crewing agent in Accra to repay his recruitment fee. He works 18-20 hours a day at sea.", "DE WW DB EO", "uf", "L", "h")
T("Port chaplain: Filipino crew on a scallop boat at Milford have good conditions, contracts in English and Tagalog, paid monthly via ITF-approved agency, go ashore freely. Just a social visit.", "", "", "", "l")
T("Hand car wash, Uttoxeter: officer notes 6 workers all Kurdish, mostly in flip-flops, no gloves, acid-based cleaning products. Workers say they sleep in the portacabin and the manager pays £30 a day. Manager spoke over them.", "AC", "swp sfw", "L")
T("Hand car wash on Leek rd, workers in proper wellies and gloves, prices on a board, card machine, the owner's son does the talking but the lads seem happy chatting and smoking out front on their break", "", "", "", "l")
T("I been working in the car wash for 2 years, boss say I cannot go out except to the shop, and only with Arben. My documents are in his car. He says he pays me when I go home to Albania. I never go home.", "RM RD WW", "et", "L", "h")
T("101: woman reporting her ex has not returned her children's passports after contact weekend; family court order in place. Passed to family liaison.", "", "", "", "l")
T("The man who brought me said he would keep my passport so it would not get lost. When I asked he say later, later. Six months. He gives me 50 pound each Saturday.", "RD WW", "", "L","m")
T("INT: Polish couple controlling 30 workers at a food factory in Crewe via an unlicensed agency. Workers' salaries paid into accounts set up by the couple, cards kept in a drawer at the couple's home. 14 cards seen. 1/B/P", "WW", "ncw mbc", "L")
T("Agency worker called the Modern Slavery Helpline asking if it is normal to pay £60 a week for the minibus to the warehouse in Rugeley. He keeps his own money and passport and lives with his girlfriend. Told about fair deductions.", "", "ct", "", "l")
T("We came to do strawberries in Herefordshire. It was fine. 40 hours a week, we got paid to our Revolut, the caravans were a bit cold but ok. I go back next year.", "", "", "", "l")
T("Statement: I saw the farmer push one of the workers into the slurry pit and laugh. The worker was an older man, Lithuanian I think. They live in the old piggery, no toilet.", "PV AC", "plc", "L", "h")
T("INT: Indian national working at petrol station in Telford reportedly works 16 hrs 7 days for owner who sponsored visa; owner took £15,000 'sponsorship fee' which the worker is still paying off from wages. 2/C/P", "EO DB", "uf", "L","m")
T("Council EHO visit to restaurant in Market Drayton: two kitchen staff sleeping in the dry store, mattresses on the floor next to chemicals. Owner says they 'like to stay'. Referred to MSU.", "AC", "swp", "L")
T("Intelligence 2/C/P: 'Uncle' in Handsworth arranges UK marriages for young Pakistani women to men wanting visas; after marriage the women are kept at the husband's family home in Walsall doing all the housework and not allowed out.", "RM", "", "D","m")
T("Forced marriage protection order granted for 17yo from Stafford; school raised concern she was going to be taken abroad. She is with foster carers and safe.", "AV", "", "", "h")
T("She says her husband's family took her gold and passport when she came from India. She cooks for 11 people, gets up at 4, the mother-in-law beats her if food is late. She is not allowed to call her parents.", "RD EO PV IS", "", "D", "h")
T("Health visitor: new mum from Romania lives with her husband's extended family, very crowded, but she has her own phone and bank card and goes to the baby group alone. No concerns.", "", "", "", "l")
T("Au pair (Spanish) contacted helpline: host family in Knutsford want her to work 60 hours a week, not 25 as agreed, and have stopped her pocket money because she 'broke a glass'.", "DE EO WW", "", "D", "h")
T("Au pair agency quality call: Brazilian au pair in Alderley Edge, 30 hrs, own room, Sundays off, paid weekly. Very happy.", "", "", "", "l")
T("INT: diplomatic household in Birmingham - Indonesian domestic worker escaped via back garden; states she worked 7am-1am, never allowed out, slept on the floor of the children's room, passport held by the employer. Currently at a Kalayaan safe house. 1/A/P", "EO RM RD AC", "", "D", "h")
T("Refugee Council: Eritrean man, 19, arrived on small boat, tells caseworker that in Calais he was forced to work for smugglers loading boats and was beaten. In UK now at hotel in Stoke, safe.", "PV", "", "L", "h")
T("my neighbour has 3 young girls living with her she says are her nieces but they never go to school and i hear her screaming at them, they do all her cleaning and they look too thin", "AV AC", "pa", "D", "h")
T("INT: West Mercia - Traveller site near Worcester, vulnerable British men (alcohol dependent) doing tarmac and block paving for site family, paid in cider and cigarettes, living in dilapidated caravans without water. One man seen with black eyes. 2/B/P", "AV WW AC PV", "plc pa", "L", "h")
T("Adult social care: Mr T (58, learning disability) known to be doing gardening for a local family every day; he tells us he gets fed and that's his pay. He lives in their shed. Strategy meeting booked.", "AV WW AC", "swp", "L", "h")
T("I worked for the man laying drives for 11 years. He said I owed him for my keep. If I asked to leave he said no one would want a drunk. I slept in a horsebox.", "AV DB AC", "plc", "L", "h")
T("Adult social care update: Mr B now in supported living, receives his own benefits, attends day centre. Earlier concern about a family friend managing his money was found to be a properly appointed DWP appointee. Closed.", "", "", "", "l")
T("ANPR: VRM PL68 XXX (Transit minibus) registered to labour supplier in Crewe seen at 0430 daily at the same farm and 2330 at HMO in Middlewich. INT that workers are charged £15/day for the ride.", "", "ce ct", "L")
T("GLAA: labour user (packhouse, Evesham) audit found third-party agency workers with no payslips; agency director collects cash wages and 'distributes' to workers at the house he rents them. Workers reluctant to speak. Licence suspended.", "WW", "ncw fa", "L")
T("Lithuanian worker (factory, Crewe) upset that his overtime was paid a week late. Employer apologised and paid it. He asked police if he could report them. Advised no offence.", "", "", "", "l")
T("Female reports her employer at a cafe pays below the minimum wage. She has her own bank account and can leave. Advised to contact HMRC NMW enforcement.", "", "", "", "l")
T("INT: Albanian OCG supplying 'workers' to construction sites in Wolverhampton. Workers arrived in small boats, told debt £20k. Pay goes to OCG; workers get cash for food. Living at 3 addresses, 10-12 per house. 2/B/P", "DB WW AC AV", "oc", "L", "h")
T("Call from school: 12 year old girl told teacher that her stepdad's friend takes photos of her and sells them online. She is at school now and frightened to go home tonight.", "AV PV", "", "S", "i")
T("CSE concern: 13yo girl from Kidderminster spending time with men in their 20s, given vodka and a phone, missed school 8 days. Mum found messages asking her to 'bring a friend'.", "AV", "", "S", "h")
T("Ukrainian mum and 2 kids hosted by a family in Malvern under Homes for Ukraine. Sponsor is kind, the mum works part time at a garden centre. All documents with her.", "", "", "", "l")
T("101: caller's brother is in the UK on a work visa as a chef; the restaurant owner in Stoke confiscated his BRP and says he'll get it back when he finishes 2 years. He works 6 days, 12 hour shifts.", "RD EO", "", "L","m")
T("INT: Chinese national females moved between short-let flats in Shrewsbury, Telford and Hereford weekly. Adverts on Vivastreet. A driver in a grey Qashqai takes them between flats. They don't speak English. 2/C/P", "AV", "et", "S", "h")
T("They told me the job was cleaning offices in Birmingham. After I arrive, no offices, they put me in a flat and I have to be with men. I am so ashamed. The woman said my debt is £8,000.", "DE DB", "", "S", "h")
T("Passerby: i saw a man dragging a woman by the hair into a house on Cobridge rd, she was screaming in another language. Please send someone now", "PV", "", "", "i")
T("Officer attended report of woman dragged into house on Cobridge Rd. It was a domestic argument between husband and wife; both British, wife not injured, did not want further action. DASH standard.", "", "", "", "l")
T("POI 'LULU' (F) runs the rota of 6 girls at the massage shop in Walsall; girls live on site, must give all tips to Lulu, phones kept in a box when working. 2/B/P", "WW IS", "swp", "S", "h")
T("Intelligence suggests a Vietnamese woman in a house in Kidsgrove is being used to cook and clean for a group of men running nail bars. She has not been seen outside the house in months. 3/C/P", "RM", "", "D","m")
T("Vietnamese woman in Kidsgrove seen by officers after earlier intel. Lives with her husband and his brothers, has own phone, goes shopping, attends college. No concerns, intel not substantiated.", "", "", "", "l")
T("Homeless male (British, 30) tells outreach a man offered him a room if he worked on a market stall; now he works 7am-9pm every day for a mattress in a garage and the man keeps all his money 'for rent'.", "AV EO WW AC", "", "L", "h")
T("Interview extract: 'Ion picks us up at 4 in morning, we go to the chicken place, back at 11 at night. Ion keeps the cards so they don't get lost. He gives 20 pounds on Sunday. If you talk to the English he says your brother in Romania will suffer.'", "EO WW IT", "ce ncw", "L", "h")
T("2/B/P Vietnamese male 17 arrested in Telford for shop theft in company of 2 older Vietnamese males. Youth says he lives with them and was told to steal to pay the debt for his journey.", "AV DB", "", "C", "h")
T("Romanian children begging at traffic lights at Gyratory in Chester every morning, adult woman drops them and takes the money. Kids look about 8-10. Schools not aware of them.", "AV WW", "", "C", "h")
T("Big Issue seller outside Sainsbury's Stafford every day; he's registered, buys his own magazines, lovely chap. Somebody complained he was 'trafficked' but he's fine, spoke to him myself.", "", "", "", "l")
T("Intel: Romanian male 'GICU' brings disabled Romanian men to Worcester to beg. Men are housed in a garage, transported in the morning, the money is collected every 2 hours. One man told a PCSO he wanted to go home but Gicu had his ID card. 2/B/P", "AV RD WW AC", "et", "C", "h")
T("Press: Stoke landlord fined for overcrowding after 17 people found living in a 3-bed terrace. Tenants were students and families who had each signed their own contracts. No exploitation found.", "", "oc", "", "l")
T("Call summary: male Pole says he's been sleeping in a van at the building site in Hednesford for a month because the gaffer said there's no room, and he has not been paid since he started. Gaffer has his passport 'for insurance'.", "WW RD AC", "swp", "L", "h")
T("debrief: she says the boyfriend showed her a video on his phone of a girl being beaten and said 'that's what happens if you try to leave'", "IT", "", "", "m")
T("i used to get picked up from the hostel by a guy called Fats every day at 6 to go to a building site near birmingham, we never got paid, he said we owed him for the hostel which he doesnt even own", "AV WW DB DE", "ce", "L", "h")
T("2/C/P Female (Nigerian, 30s) at church in Wolverhampton told pastor she had a 'juju oath' performed before travel, owes 'madam' £35,000, works in flats in Birmingham. Terrified that breaking the oath will kill her family.", "DB IT", "", "S", "h")
T("Caseworker note (Medaille Trust): client, Thai, 41, lived in a massage parlour in Leamington for 3 years; the owner kept her passport and took 70% of her earnings; she could not leave the premises without the owner's husband. Now in safehouse.", "RD WW RM", "swp et", "S", "h")
T("Report of large number of men in a flat above shop in Crewe - checked: licensed HMO with 6 rooms, 6 tenants, all with tenancy agreements, work at Bentley. Neighbour misunderstanding.", "", "", "", "l")
T("Stoke CSC referral: boy 14 in care told carer he 'works for Leon' who gives him weed and pays him to carry bags to Newcastle-under-Lyme. Carer found an unknown phone ringing all night.", "AV", "", "C", "h")
T("INT: Liverpool OCG member 'KEV' recruiting care leavers (18-19) from Chester to act as runners in Rhyl and Crewe. Threatened with being 'cut' if they keep any money. 2/B/P", "AV IT", "", "C", "h")
T("Press summary: a gang who forced homeless men to work on farms in Worcestershire for little or no pay, housed them in horseboxes and beat them when they tried to leave, were convicted at Worcester Crown Court.", "AV WW AC PV", "plc", "L", "h")
T("Safeguarding referral from college: student (F, 18, Vietnamese) works evenings at a nail salon; says the owner holds her passport 'for visa reasons', she does 12-hour weekend shifts and is paid £100 a week, has to hand half back for 'training'.", "RD EO WW DB", "", "L", "h")
T("Member of public: the man who runs the garage by my house has a young woman who cleans his house, cooks, takes the kids to school; she came from the Philippines; she seems happy, has Sunday off and goes to church with friends. Just curious if this is allowed.", "", "", "", "l")
T("INT: Slovak Roma family in Walsall 'lending' teenage sons to a male who drives them to Telford to work at a car wash 7 days a week; boys don't attend school. Money goes to the male and the father. 3/C/P", "AV EO WW", "", "L", "h")
T("Women's Aid: client says her husband made her work in his restaurant 14 hrs a day for 5 years without pay, took her passport and beat her. She left last night with the children. Now at refuge.", "EO WW RD PV", "", "L", "h")
T("Taxi driver called in: picked up a girl from a hotel in Stafford who said she needed to get away from a man who had her phone and her passport, dropped her at the police station. She is now with officers.", "IS RD", "", "","m")
T("Report is about an agency that takes £250 registration fee from job seekers for jobs that don't exist in Crewe. Nobody has been housed or worked. Trading standards.", "DE", "uf", "", "m")
T("INT: females at pop-up flat, Hanley, have no phones of their own; a male holds all handsets and answers the advert number. 2/C/P", "IS", "sfw", "S", "h")
T("Car wash Kidsgrove: lads not allowed mobiles on site, boss collects them at start of day, they don't know the name of the town they live in.", "IS", "", "L")
T("Victim says: 'For one year I did not speak to my family. The man broke my SIM card the first day. I did not know which city I was in.'", "IS", "", "")
T("Officer handover: Mrs P (Romanian, 70) lives with her son in Crewe, limited English, rarely goes out because of her arthritis. Son is her carer. Visit by ASC, no abuse identified.", "", "", "", "l")
T("Nom TRAN (DOB 01/01/1989) controls nail bars in Stafford and Cannock. Staff are housed in a flat above the Cannock shop, 7 women in 2 rooms. TRAN charges each £100 a week rent from wages and holds the flat keys. 2/B/P", "AC WW", "oc", "L","m")
T("Hotel housekeeping supervisor: one of the agency cleaners told me she is charged £20 for her uniform and £10 for gloves each month and she has to buy her own cleaning spray. Her pay is fine otherwise.", "", "ppe", "", "l")
T("GLAA: workers at a Staffordshire recycling plant supplied by an agency are charged £40 a week for PPE and transport combined and have their wages paid to a card controlled by the agency supervisor. 2/B/P", "WW", "ppe ct ncw", "L")
T("The farmer said if we go to the village he will call immigration. So we stay on the farm. We pick daffodils in the dark with torches from 3 in the morning.", "IT EO", "fa", "L","m")
T("Daffodil picking season, Cornwall-based gangmaster supplying pickers to a Herefordshire farm, visited by GLAA: early starts but legal hours, all workers have own documents and accounts. No issues.", "", "", "", "l")
T("they keep the girls in a house behind the chip shop in chasetown and a man sits outside in a car all night so nobody leaves", "RM", "", "S", "h")
T("Prison officer note: inmate (Vietnamese, 19) convicted of cannabis production says he was told by 'Uncle Long' he would work in a restaurant; was locked in the house and told his family would be hurt if he ran. s45 defence not raised at trial. Referred to NRM.", "DE RM IT", "", "C", "h")
T("I thought he was my boyfriend. He paid for my ticket from Romania. In Birmingham he said I must work for him to pay the ticket and the flat. He put pictures of me on internet. I had to see 10 men a day. He had all the money.", "DE DB WW", "", "S", "h")
T("Woman came into the station, Albanian, says she escaped a flat in Telford where she was made to have sex with men. Has bruises on her face and neck. She says another girl is still there.", "PV", "pa", "S", "i")
T("Domestic abuse call: partner threatened to kill her tonight if she leaves. He is outside the house now. No exploitation in the sense of work or sex for others.", "IT", "", "", "i")
T("Officer notes: adult daughter (British, 26) of caller is a willing carer for her mother; no wages expected; family arrangement. Caller just wanted advice on carer's allowance.", "", "", "", "l")
T("Eritrean girl, 16, found at a service station on M6 at Keele after getting out of a lorry. Says she was told she would be collected by 'a man who will give her a job'. Taken into care.", "AV", "", "", "h")
T("Section 52 duty to notify: adult Vietnamese male declined NRM. Says he worked in a grow in Stoke to repay £20,000; threatened with being 'cut up' if he left; now wants only to go home.", "DB IT", "", "C","m")
T("Bank: 12 accounts opened in the same branch in Stafford in one week by Romanian men all accompanied by the same male who held their ID and did all the talking. Staff concerned.", "RD", "sfw", "")
T("INT: Pakistani males recruited for 'chef' roles at restaurants in Shrewsbury under skilled worker sponsorship; sponsor demanded £20,000 each upfront; now working as cleaners for £200 a month and housed in the restaurant's basement. 2/B/P", "DE WW AC", "uf swp", "L", "h")
T("Referral from Refugee Council: man, 35, from Sudan, tells us that in Birmingham he was given work in a car wash by a man from the mosque. Pay was £3 per hour but he could leave and left after 2 weeks. No further concerns.", "", "", "", "l")
T("Chinese woman with a cut lip came into the shop on her own asking for 'police' then saw a man outside and ran out the back. He drove off in a black Merc. I have his number plate.", "", "pa fa", "", "l")
T("2/B/P Intel: Slovak male 'JANO' gives workers at a Crewe distribution warehouse his own agency's bank cards to 'help them'; each payday he withdraws their wages, hands back £30 and keeps the rest for a 'loan' they took for travel which never reduces.", "WW DB", "ncw", "L","m")
T("A lad from my work told me his supervisor took £300 off each of the new starters to 'guarantee' a permanent contract at the warehouse. Nobody got one. They all still work there, get paid fine.", "DE", "uf", "", "m")
T("Welfare visit to cuckooed flat Stafford: the occupant says her 'friends' from Birmingham stay over and she lets them. Officers found no drugs and no sign she is being threatened. She says she is free to make them leave. NFA; signposted to drugs worker.", "", "", "", "l")
T("POI REID & POI CHAMBERS using 16yo girl as drugs runner between Birmingham and Stoke. Recently INT that they made her have sex with a customer to cover a debt. 2/B/P", "AV PV DB", "", "C S", "h")
T("Statement of IP: 'I was 15 when it started. Jay gave me weed and a place to sleep. Then he said I owed him. They sent me to Crewe and Winsford in taxis. If I didn't go he said he would put my mum's windows in.'", "AV DB IT", "", "C", "h")
T("Call summary 101: caller's niece, 20, Filipino, came as a domestic worker with a family from Qatar who now live in Solihull; she messaged she has had no day off in 8 months, the madam took her phone, she can only message at night secretly.", "EO IS", "", "D","m")
T("Kalayaan caseworker: domestic worker (Indonesian) left her employer's house in Birmingham; she was paid £100 a month (contract said £1,500), given leftover food only and slept in the laundry room. Employer kept her passport in the safe.", "DE WW AC RD", "", "D", "h")
T("Overseas domestic worker (Kenyan) visiting the advice centre in Birmingham asking how to change employer because she does not like the children. She is paid properly, has her passport, her own room and days off.", "", "", "", "l")
T("Intel 2/C/P: an organ broker known as 'DR K' is recruiting poor migrants in Birmingham to travel to Istanbul to sell kidneys; payment £5,000 but witnesses say they returned with £1,000 and severe infections.", "AV DE WW", "pa", "O", "h")
T("INT suggests a Moldovan woman was brought to Walsall on the promise of work in a bakery and was pressured to give a kidney to a wealthy relative of the recruiter; surgery said to have taken place abroad. 3/C/P", "DE AV", "", "O", "h")
T("Nurse on renal ward: patient's donor turned out to be a stranger he met online who he paid. Hospital refused the operation, police and HTA informed.", "", "", "O")
T("Public report: Polish lads working on the roofing job on our estate, one fell off the roof and the boss told the others not to call an ambulance, put him in a van. They never wear harnesses.", "AC", "", "L")
T("Construction site, Telford: HSE inspection after a fall. Workers all employed directly, CSCS cards, harnesses provided but not used by the injured man. Enforcement notice for supervision only.", "", "", "", "l")
T("Tenant says her landlord wants her to 'work off' rent arrears by cleaning his other properties, unpaid, or he will evict her and tell the Home Office she's illegal (she isn't).", "DB IT", "", "L")
T("IT'S DISGUSTING!!!! THE MEN AT THE CAR WASH ON THE A500 ARE SLEEPING IN THE SHIPPING CONTAINER IN THE FREEZING COLD, NO HEATING, NO TOILET, AND THEY ARE WORKING 7 DAYS A WEEK", "AC EO", "swp plc", "L","m")
T("2/B/P Vietnamese youth (16) reported missing from foster placement in Stafford, believed collected by adult in silver Lexus. Previous NRM (criminal exploitation, cannabis). High risk of re-trafficking.", "AV", "", "C", "i")
T("Email from employer (meat plant, Market Drayton): we found that a team leader was taking £50 from each new agency worker in his team. He has been suspended, money refunded, police informed.", "", "uf", "", "l")
T("She says that the uncle who took her from Nigeria when she was 13 made her look after his children, cook and clean for 5 years, did not let her go to school, and beat her with a belt. She is now 19.", "AV PV", "", "D", "h")
T("A&E: woman (F, 28, Albanian) with fractured wrist says she 'fell'. The man with her refused to leave the cubicle, answered for her and held her ID. She mouthed 'help' to the nurse.", "RD", "pa sfw", "", "i")
T("INT indicates male 'SAMI' is moving Sudanese boys (under 18) from the asylum hotel in Wolverhampton to work in a car wash in Dudley, cash only. 3/C/P", "AV", "", "L", "h")
T("Officer handover: visited laundrette re earlier report. Lady is the owner's sister, has a flat nearby but was there late doing stock. No concerns.", "", "", "", "l")
T("INT: Romanian female in Crewe reportedly forced to marry a Pakistani man so he could get residence; she is kept in the house, her ID is held by his family and she is 'given' to his friends. 2/C/P", "RM RD PV", "", "S D", "h")
T("Sham marriage investigation: Portuguese woman paid £3,000 to marry Indian national, both willing parties, no coercion. Immigration offence.", "", "", "", "l")
T("Interpreter's note: the man says that they were 40 in the house, 10 in each room, no hot water; the boss took £70 from each person each week for rent and more for the bus to the factory.", "AC", "oc plc ct", "L")
T("I worked in a restaurant in Hereford, the boss was strict and shouted a lot, but I got my wages every week and my passport is with me. I left because I got a better job.", "", "", "", "l")
T("ANON: The man at 23 Bright St takes 5 or 6 women in his car every morning to a hotel where they clean, picks them up late. They look scared, they never talk to anyone, he's always watching.", "", "et ce fa", "L")
T("Nom SINGH (DOB 05/05/1979) - labour provider, Wolverhampton. INT that workers at his supplied sites have bank cards held in the office; he was seen withdrawing from 11 cards at the ATM on Dudley St. 2/B/P", "WW", "ncw mbc", "L")
T("Stop search: male (17) with 3 phones and £620 in a sock in Chester station. States he is 'visiting family'. Phones ringing constantly. Refusing details of who he is with. Known to Merseyside for county lines.", "AV", "", "C", "h")
T("Summary of debrief (Polish, via interpreter): she was offered a job in a packing factory by a woman at her church in Poland. In Stoke she was taken to a house, her ID card was 'put away safe', she was told she owed £1,500 for transport and accommodation, and she got £15 a week for food.", "DE RD DB WW", "", "L", "h")
T("GP: male (Lithuanian, 38) alcoholic, has been working at a farm near Whitchurch for years, says the farmer pays him in drink and lets him live in the barn. He has untreated leg ulcers.", "AV WW AC", "swp pa", "L", "h")
T("Bank: customer (Romanian, 22) came into branch with a man who said he was 'his cousin' and wanted the PIN reset; the cousin took the card when it was issued. Customer looked at the floor throughout.", "", "sfw ncw", "", "l")
T("Sextortion: 15yo boy in Shrewsbury blackmailed by someone online who has intimate pictures and demands money or more images. Boy has been paying from his savings.", "AV IT", "", "S", "h")
T("Student (Indian, 22) reported that the letting agent took a £2,000 'holding fee' and then stopped answering. Fraud report. No employment involved.", "", "", "", "l")
T("Officers executed warrant at nail bar in Stafford. Three Vietnamese women were found, one said she is 17; all say they live upstairs, do not get paid and have never been outside except to the shop with the owner. Owner arrested.", "AV WW RM", "swp et", "L", "i")
T("Intel: Polish male 'BOGDAN' gives vulnerable alcoholic men from Poland work on his building sites around Stoke, keeps them in a house with locks on the outside of bedroom doors and beats anyone who drinks the vodka without permission. 2/B/P", "AV RM PV", "", "L", "h")
T("Had a lovely Romanian team do my garden. Mihai runs the business, his workers are his cousins. Everyone paid, everyone had lunch. Posting as a positive review.", "", "", "", "l")
T("Care worker (Zimbabwean) complains her sponsor care agency makes her work 70 hrs a week, tells her she owes £9,000 'if she leaves before 3 years', and shares a house with 6 other carers which the agency deducts rent for.", "EO DB AC", "oc", "L", "h")
T("Care worker in Stoke (Nigerian) says she has a clawback clause of £2,000 in her contract if she leaves within a year; she works normal shifts, is paid properly and has her own flat. She wants legal advice.", "", "", "", "l")
T("INT: pop-up brothels in Premier Inns along the M6 (Stafford, Sandbach, Knutsford). Females young, Eastern European; males book rooms with cash, stay in the car park. 2/C/P", "", "", "S")
T("Dad rang 999 - his 14yo daughter is in a car with 2 men she met online, she texted him 'scared they won't let me out', location M6 near Keele services. Car a black Golf.", "AV RM", "", "S", "i")
T("Salvation Army: client, Romanian, 45, was told in Iasi there was well-paid work on farms in England. He was put in a caravan with 6 men near Pershore, picked apples from 6am to 8pm 7 days and was told his wages would pay for the journey. He ran away after 3 months with nothing.", "DE EO WW DB AC", "oc", "L", "h")
T("INT: Indian students in Wolverhampton are being made to work unpaid 'trial shifts' of 6 weeks at a takeaway; the owner keeps their BRPs until the trial ends, telling them the Home Office will deport them if they complain. 2/C/P", "WW RD IT", "fa", "L", "h")
T("Community nurse: older Indian man lives with his son's family in Walsall, sleeps in the living room, very thin and unkempt, says he must care for the grandchildren all day and is not allowed to see his friends at the temple.", "AV RM", "pa", "D", "h")
T("report that a blacked-out van parks behind the KFC every night with people sleeping in it", "", "", "", "l")
T("Kurdish male (Iraq) explains the car wash boss lets him rent a room in his house for £60 a week and pays £40 a day cash. He doesn't like the work but he can go whenever he wants. No indicators per officer.", "", "", "", "l")
T("Text message forwarded by sister: 'they say I pay 500 a month for room and 200 for transport, that's more than I earn, so the debt gets bigger every month, the bosses say I can't leave till it's paid'", "DB RM", "ct", "L","m")
T("Intelligence 1/A/P: 19yo female from Stoke controlled by boyfriend POI NGUYEN who advertises her on adult sites, holds her bank card and has threatened to send intimate videos to her family if she stops.", "IT", "ncw", "S", "h")
T("She's fine! I'm her cousin and she cleans for us sometimes and we pay her £12 an hour. No idea why someone reported it.", "", "", "", "l")
T("INT 2/B/P: male 'ZEF' Albanian OCG, Birmingham, organizes tenancies in Stoke for cannabis grows, moves Albanian men who arrived by small boat into them. Men told to water plants and never open the door; they owe £15,000 each.", "DB RM", "", "C","m")
T("Neighbour heard banging and shouting 'let me out' in Albanian or similar from a house in Meir. Door is padlocked from outside. Ongoing now.", "RM", "", "", "i")
T("Scrap metal dealer in Walsall uses two British men with learning disabilities as 'helpers', pays them in cigarettes, they live in a shed at the yard. Source 2/C/P.", "AV WW AC", "swp", "L", "h")
T("Licensed scrap yard inspection: 4 employees on payroll, PAYE, NMW, yard clean. Owner's nephew is a trainee. Nothing to report.", "", "", "", "l")
T("One-liner from Crimestoppers: 'the man who runs the Polish shop keeps his workers passports in the till'", "RD", "", "L")
T("Hand car wash Stone: all good, workers with their own cars even.", "", "", "", "l")
T("Hotel in Crewe reports a young girl checked in with older man, false name, she has a school bag.", "AV", "", "S", "i")
T("Victim debrief extract (Vietnamese, interpreter): 'When I was 14 my uncle sold me to a man who took me through Russia and France. In England I worked in the nail shop, the lady beat me with the buffer when I was slow. I slept under the counter.'", "AV PV", "swp", "L", "h")
T("Forum post: my Polish mate's gaffer paid him short this month, he's arguing it out, gaffer says it's a mistake and will sort it next week. Is this slavery or just a crap boss?", "", "", "", "l")
T("Partner referral (Barnardo's): girl, 15, Telford; older men pick her up from the care home in taxis at night, she returns with new clothes and alcohol; she told staff one man 'made her' do things she didn't want to.", "AV PV", "ce", "S", "h")
T("INT: care home in Shrewsbury - owner employs relatives from Kerala on carer visas, requires them to live in the home's attic, work double shifts 6 days and pay back 'visa costs' of £10,000 at £400 a month. 2/B/P", "EO AC DB", "swp", "L", "h")
T("101: a man says his wife's employer, a dentist, won't give her a reference. Civil matter.", "", "", "", "l")
T("INT: Sudanese teenagers (15-17) at a hostel in Birmingham targeted by a male who gives them free phones then demands they sell cannabis to repay. 3/C/P", "AV DB", "", "C", "h")
T("Statement: I am Eritrean. The man I work for at the warehouse gate says that if I stop working he will report my uncle who is in the UK illegally. My pay goes to him and he gives me some each week.", "IT WW", "", "L","m")
T("Safeguarding note: Mrs S, 82, British, her grandson has moved in and is using her bank card and has taken over her pension; she says she doesn't mind. Adult social care notified re financial abuse.", "", "ncw", "", "l")
T("OIC update: 3 males rescued from farm near Church Stretton remain in NRM safehouse. Two have confirmed they were told they owed £3,000 each for transport from Romania and were not allowed off the farm without the foreman.", "DB RM", "et", "L","m")
T("I came here to study nursing, the recruiter said the fees were paid, but there was no university. They sent me to work in a chicken factory and took my wages for the 'fees'. I am scared to tell police because I have no visa now.", "DE WW", "fa", "L","m")
T("GLAA inspection - food processor, Crewe: all agency workers paid through a licensed provider; no upfront fees; some workers doing 60 hours but voluntarily by choice with proper overtime pay. No concerns.", "", "", "", "l")
T("Intel: boys from a Roma family in Wolverhampton made to shoplift from supermarkets in Stafford and Lichfield; father beats them if they return with too little. Ages 11-14. 2/B/P", "AV PV", "", "C", "h")
T("Woman on the phone: my housekeeper has been with us 10 years, she's part of the family, she asked me to report that her former employer in London kept her passport back in 2015.", "RD", "", "D")
T("Pls help my brother hes in the uk working at a car wash in stafford and the man says he cant go home until he works 2 more years for free, hes got no passport, they took it when he arrived", "WW RD RM", "", "L", "h")
T("""INTELLIGENCE REPORT - OFFICIAL-SENSITIVE
Grading: 2/B/P
Subject: HMO, Nantwich Rd, CREWE - suspected labour exploitation

INT suggests that approx 14 Romanian males reside at the address. Source states the men arrived in Feb on a coach from Bacau after responding to a Facebook advert offering warehouse work at £11.50 per hour with free accommodation. On arrival nom POPESCU (DOB 17/03/1984) informed them that the house cost £90 a week each and that the coach fare and 'agency registration' of £400 would be taken from wages.

Men are collected by POPESCU in a white Transit at 0445 and returned from a distribution centre at Radway Green after 1900, 6 days a week. Their bank cards were 'set up' by POPESCU and are kept by him. The men are reported to receive £40-£60 cash on a Sunday. Each has a holdall and the clothes he arrived in.

Source further states that one male who asked to return to Romania was told he could not leave until his debt was cleared and was pushed down the stairs.

Action: refer to MSU, GLAA notified, consider welfare visit.""", "DE DB WW EO PV AC", "ce ncw fpe oc uf", "L", "h")
T("""Public report via online form:

hi, not sure if this is the right place but i work at a petrol station on the A49 near Ludlow and theres a lad who comes in every night about 11 to buy bread and energy drinks for like 8 people. hes polish i think, maybe 19 or 20. he always has the same clothes on, like literally the same hoodie for 3 months and his trainers are falling apart. he told me once they work on the potato farm and the boss keeps the money in the bank for them till the end of the season. he also said they live in a barn with no proper beds. he asked me if i knew how to get to birmingham without the boss knowing but then a car pulled up and he ran out. the car was a black range rover, i think the reg started with LN. i dont want to get anyone in trouble but it didnt feel right. also my manager said the same lad came in last year.""", "WW AC", "fpe plc pa", "L")
T("""Safeguarding referral - Children's Social Care, Cheshire East

Name: withheld (child A). Age: 15. School: Crewe.

Child A has been reported missing on 6 occasions since September, each time returning after 2-3 days. On the most recent return he had a swollen eye and bruising to his ribs, which he said came from 'falling off a bike'. Mum found a second phone in his school bag with messages such as 'u owe 600 now', 'drop at 10 on the dot' and 'dont make me come to your house'. The phone also contained photographs of cash and of a younger boy holding a knife.

Child A disclosed to his form tutor that he 'works for some Scousers' and cannot stop because he lost a package and 'they said I pay it back or they do my mum'. He has been seen in Winsford and Northwich during school hours.

Child A has a diagnosis of ADHD and a history of exclusion. Mum is a single parent working nights.

Request: strategy meeting, NRM referral (no consent required), police to consider disruption.""", "AV PV DB IT", "pa", "C", "h")
T("""Officer handover - night turn to early turn

1. RTC on A500 at Barthomley, minor, vehicles recovered, no injuries.
2. Theft of fuel from Shell, Stone Rd, vehicle details on log 212.
3. Concern for welfare at the car wash, Hanley: earlier public report that workers sleep on site. Attended 2340 with PCSO. Spoke to 4 workers (Kurdish, Iranian) with an interpreter on the phone. All live in a rented house in Shelton which they showed us photos of, all have their own bank cards and phones, and the manager's rota shows 9-6 shifts. One worker was there late because he had locked his keys inside. No indicators identified. Advised on the MS helpline anyway and left leaflets.
4. Burglary dwelling, Birches Head, CSI requested.
5. MISPER (adult, dementia) found safe at 0415.""", "", "", "", "l")
T("""Debrief account (Vietnamese, via telephone interpreter). Interpreter's words are recorded in the third person.

She says that she is from a village in Ha Tinh. Her family borrowed money from a neighbour so that she could go to Europe. She was told she would work in a restaurant kitchen in London and could repay the loan in one year.

She says that she travelled by plane to Moscow and then by car and lorry over many weeks. In France she was kept in a tent camp and a man slapped her when she asked to call home. She arrived in England in the back of a lorry.

She says that a woman collected her at a service station and took her to a house in Stoke. She was told that she did not have a restaurant job; she had to learn nails. She worked in a salon in Newcastle-under-Lyme from 9 in the morning until 9 at night, every day. She slept on a mattress with two other girls. The woman said her debt was now £28,000 with the 'fees' for the house and training. She was given no money. She says that the woman told her that if she spoke to customers the police would send her to prison and the neighbour would take her parents' house.""", "DE DB WW EO PV IT AV AC", "fa oc", "L", "h")
T("""Press summary, Stoke Sentinel style:

A Stoke-on-Trent man has been jailed for six years after forcing a woman with learning difficulties to work as his unpaid cleaner and cook for almost a decade.

The court heard that the victim, now 46, met the defendant at a day centre in 2013. He persuaded her to move into his house in Longton, where she slept on a sofa and was expected to clean, cook and do his washing. Her disability benefits were paid into an account he controlled and she was given 'pocket money' of £10 a week.

Neighbours told police they rarely saw her leave the house and that when she did he was always at her side. The defendant shouted at her and on one occasion broke her finger when she spilled tea.

Detective Sergeant Rachel Moss said: 'This was a vulnerable woman who was exploited for years behind a closed front door.'""", "AV PV RM", "ncw et", "D", "h")
T("""GLAA inspection note - salad packhouse, Worcestershire

Visit type: routine licence compliance. Present: two GLAA officers, site HR manager.

Workforce of 230, of whom 180 are supplied by two licensed labour providers. We interviewed 22 workers privately (Bulgarian, Romanian, Lithuanian, Ukrainian) with interpreters. All had contracts in their own language, all held their own passports and ID cards, all were paid weekly into their own bank accounts. Deductions were for tax and NI only. Transport to site is a free company bus. Accommodation is chosen privately by workers; the provider offers a list of landlords but does not house anyone.

Peak season hours reach 55 per week; overtime is voluntary and paid at time and a half. Workers confirmed they can decline it.

One worker mentioned that a previous provider (not currently used) had charged for hi-vis; this is noted for intelligence.

Outcome: compliant. No indicators of forced labour.""", "", "", "", "l")
T("""Email to the Modern Slavery Helpline, forwarded to West Mercia:

My name is Grace and I am writing for my friend Joy who is Nigerian and does not have a phone. She came to the UK in 2023 on a visitor visa with a family from Lagos who said she would help with their children and go to college. They live in a big house in Solihull (I will send the address). Joy does everything in the house, she wakes up at 5 to make breakfast, takes the children to school, cleans, cooks and irons until about midnight. She has never had a day off. They keep her passport in the husband's office and they told her that if she goes outside alone the police will catch her because her visa has finished. She was promised £300 a month sent to her mother but her mother says nothing has arrived for over a year. She sleeps on a mattress in the children's playroom. She has 2 dresses. I see her at church only when the madam comes too. Please help her but do not tell the family I wrote.""", "DE EO RD IT WW AC RM", "fa fpe et", "D", "h")
T("""Intelligence log 3/C/P.
Source reports that a male known as 'BOSS MAN', Asian, 40s, drives a silver Toyota Prius and collects young women from a flat in Walsall each evening, driving them to hotels in Cannock, Stafford and Lichfield. Source believes women are Romanian. Source saw one woman with a black eye. Source has also seen the women at the supermarket on their own buying food and cigarettes, laughing together, so is unsure whether they are forced. Source has no further detail on who receives the money.""", "", "pa et", "S", "h")
T("""Caseworker notes, Unseen - call from a farm manager

Caller manages a dairy farm in Cheshire. He hired two men from Romania last year through a friend of a friend. He is worried because he has found out that the 'friend' who brought them takes their wages: the farm pays into the men's accounts but the friend holds the cards. The men live in a cottage on the farm which the caller provides free of charge and which he says is in good condition. They work normal hours. The caller says the men are frightened of the friend and have told him the friend has their ID cards and says they owe him £2,000 each for 'finding them the job'. The men have not been threatened by the farm. Caller wants to do the right thing and is willing to support a police visit.

Advice given: report to police via 101, do not confront the friend, keep the men's pay records.""", "WW RD DB", "ncw fa uf", "L", "h")
T("""A&E safeguarding note, Royal Stoke, 0310 hrs

Pt: male, states 19 (looks younger), Albanian, no English; interpreter via Language Line. Brought in by two males who left immediately.
Injuries: burns to both forearms and left hand (partial thickness), says from 'cooking'. Burns pattern more consistent with contact with hot lamp/electrical equipment. Pt smells strongly of cannabis. Very thin, clothes dirty.
Pt says he has 'been working in a house' for 4 months, does not know the town, sleeps 'with the plants', is given noodles and cigarettes. The door is locked when the men leave. He says he owes the men for his journey on the boat and must work until it is paid. He asked the nurse not to call police because he 'will go to jail'.
Action: police informed (log 98), pt kept in department, security aware, do not discharge to unknown adults.""", "AV RM IS DB AC", "pa swp fa", "C", "i")
T("""Neighbour's statement (taken by PC 4412):

I have lived next door to number 17 for twelve years. Last spring a new family moved in, a couple with two little boys, and a young woman who I understood to be the wife's sister. The young woman does seem to do a lot of the childcare and she hangs the washing out, but I've also seen her going off to the bus stop on her own with a college lanyard on, and on Saturdays she goes out with friends. She once told me she was saving up for driving lessons from her wages at Tesco. I only mentioned her to the community officer because a lady at the school gate said the family 'had a maid'. I have never seen anything that worried me and the family are very nice.""", "", "", "", "l")
T("""OIC update - Op CHALK (county lines, Liverpool to Shrewsbury/Telford)

Since last review: two further cuckooed addresses identified (Harlescott and Sutton Hill). At Sutton Hill, occupant Mr D (62, disabled, alcohol dependent) was found with a head injury; he told officers the 'lads from Liverpool' have been living there 3 weeks, took his bank card and his phone, and hit him with a frying pan when he asked them to go. He has been moved to emergency accommodation.

At Harlescott the occupant (F, 31) says she is happy with the arrangement and gets free drugs; no threats disclosed, though officers observed her to be extremely thin and the flat had no food.

Runner identified: male aged 15 from Kirkby, reported missing by Merseyside, found at Harlescott. Returned home; NRM submitted.

Next steps: closure orders for both addresses, warrants at Kirkby.""", "AV PV IS", "ncw pa", "C", "h")
T("""Debrief (first person, written with support worker):

I am from Eritrea. I am 24. I paid smugglers 4,500 dollars to reach Libya and in Libya they kept us in a warehouse and hit us with pipes until our families sent more. I got to Italy and then France and came in a small boat. In the hotel in Stoke a man from my country said he had work for me cleaning offices at night. I worked with him 3 months. He paid me every Friday, not a lot, about £250 for 5 nights, but it was cash in my hand. I stopped because the Home Office told me I cannot work. I am telling you this because you asked about my journey. Nobody in the UK hurt me or took my money.""", "PV", "", "", "h")
T("""Bank financial crime referral - OFFICIAL

Branch: Stafford. Customer: Mr A.C., Romanian, 31. Account opened 14 months ago.

Observations: The account receives weekly wages of £420-£510 from a meat processing agency. Within minutes of each credit the full balance is withdrawn in cash at an ATM on Wolverhampton Rd, Stafford, which on the same nights also serves 9 other cards linked to accounts in different names receiving wages from the same agency. CCTV shows a single male making all the withdrawals. When Mr A.C. came into branch to replace a card, he was accompanied by that same male, who gave the replacement address (different from the account address) and answered all questions. Customer did not appear to know his own account balance.

Assessment: strongly consistent with labour exploitation (control of wages). Referred to police and GLAA.""", "WW", "mbc ncw sfw", "L", "m")
T("""Text conversation reported by a teacher (paraphrased):

Pupil (16, girl, Telford) showed her friend messages from a man called 'Dee', about 25. He bought her a phone and gave her lifts. He told her she owed him for it all and now he wants her to 'be nice' to his friends at a flat in Wellington this Friday. Messages say 'if u dont come i'll send everyone ur pics'. The pupil told her friend she was scared but has to go. Friday is tomorrow.""", "AV DB IT", "", "S", "i")
T("""Police intelligence 2/B/P.
Nom KHAN (DOB 22/08/1975), owner of two takeaways in Wolverhampton.
INT suggests KHAN recruited three males from Punjab on 'chef' skilled worker visas, each paying him £18,000 which they borrowed in India. Males are working as delivery drivers and cleaners 80 hrs per week, paid the minimum wage on payslips, but KHAN makes them withdraw and return £900 a month each in cash 'for the visa'. They live in a room above the shop on Dudley Rd. KHAN tells them that if they complain he will cancel sponsorship and they will be deported and their families ruined by the loans.""", "DE DB WW EO IT AV", "uf fa swp", "L", "h")
T("""Welfare check - caravan site, Market Drayton (inspection notes)

Council housing enforcement visited following a complaint. 11 caravans housing workers for a local turkey farm during the Christmas season. Caravans were clean, each with heating, kitchen and shower, max 4 people per caravan. Workers were Polish and Romanian, all directly employed by the farm on temporary contracts. Pay slips seen. Workers have their own cars and some travel home at weekends. Site licence in order except for a missing fire extinguisher in one caravan, replaced during the visit.

No further action.""", "", "", "", "l")
T("""Call summary 999 - 2214 hrs

Caller is a lorry driver at Sandbach services northbound. States he heard knocking from inside his trailer when he stopped and opened it to find 5 people, including a boy who looks about 12, very dehydrated. One adult male says they were put in the lorry in Belgium by a man who took their phones and told them they would have jobs in England to pay for the trip. Caller has kept them in the cab area and given them water. Ambulance and police dispatched.""", "AV DE IS DB", "pa", "", "i")
T("""Probation officer notes - supervision appointment

Mr R (British, 29) disclosed today that during his time homeless in Birmingham in 2022 he was given 'work' by a group of men who ran a laundry: he worked there in exchange for a place to sleep. He says they did not stop him leaving and he left after 3 weeks when he found a hostel bed. He was not threatened or harmed and says 'it was better than the street'. He has not been paid but also says he did not expect pay. I have explained the NRM; he does not consider himself a victim and declines. Recorded for information; duty to notify completed.""", "AV WW", "swp", "L", "m")
T("Lad at the car wash says boss keeps everyone's passports in the safe.", "RD", "", "L")
T("2/C/P INT: Vietnamese girl approx 15 working nail bar Hanley, lives with owner.", "AV", "", "L", "h")
T("Workers at Tunstall HMO arrived with one carrier bag each, nothing else.", "", "fpe", "", "l")
T("Man locked in shed on allotment Meir shouting for help NOW.", "RM", "", "", "i")
T("Car wash lads get £20 a week, boss says rest pays for the flight.", "WW DB", "", "L", "m")
T("Neighbours car alarm going off every night, very annoying.", "", "", "", "l")
T("Nom PRICE seen handing 14yo a package outside Crewe station, 1/A/P.", "AV", "", "C", "i")
T("Agency charged me £120 for my boots and hi-vis before first shift.", "", "ppe", "", "l")
T("Polish workers at farm have their own passports and cars, no worries here.", "", "", "", "l")
T("She is only allowed out with the madam, never alone, even to church.", "RM", "et", "", "m")
T("Stolen bike from outside Stafford station, CCTV requested.", "", "", "", "l")
T("He said he would kill my son in Tirana if I stop selling.", "IT", "", "C", "m")
# ---- END DATA ----

if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh59.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, d in enumerate(D, 1):
            f.write(json.dumps(dict(id="f59-%03d" % n, **d), ensure_ascii=False) + "\n")
    print(len(D), "texts ->", out)
