#!/usr/bin/env python3
"""Hand-written held-out evaluation texts (fresh73). Each entry is written by hand;
short codes below expand to the fixed label codes. Run to regenerate fresh73.jsonl."""
import json, os, sys

IND = {"AV": "abuse_of_vulnerability", "DE": "deception", "RM": "restriction_of_movement",
       "IS": "isolation", "PV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oc": "overcrowded_accommodation", "sw": "sleeps_at_workplace", "fpe": "few_personal_effects",
       "rm": "restricted_movement", "ce": "collected_early_dropped_late", "fa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport",
       "ct": "charged_transport", "lh": "long_hours", "ppe": "ppe_charges",
       "nc": "no_control_of_wages", "sp": "speaks_for_workers", "mb": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
RISK = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}

E = []
def T(text, ind="", sig="", typ="", risk=""):
    E.append((text.strip(), ind.split(), sig.split(), typ.split(), risk))

# ---------------- part 1 ----------------
T("""INT 2/B/P: POI Florin DUMITRESCU (DOB 14/03/1988) runs the hand car wash at the old petrol station on Shields Rd, Byker. Approx 6 RO males work there 0730-2100 seven days. INT suggests they live above the valet bay and DUMITRESCU holds their ID cards "so they don't lose them". Workers paid via a card he keeps.""",
  "EO RD WW AC", "lh dt nc sw", "L", "h")
T("""Caller states a young lad about 14 on a pushbike keeps going into flat 3 at Kestrel Court, Stockton, late at night, older men in a black Audi drop him off. Caller thinks he's "running for them".""",
  "AV", "ce", "C", "h")
T("""Visited by GLAA officer 12/09 at packhouse nr Driffield. Labour provider licence valid, workers on PAYE, payslips seen, accommodation in town inspected - 4 workers in a 3 bed house, clean, own rooms. Workers spoken to privately with interpreter; no concerns raised.

Site manager explained that the season runs to the end of October and overtime is voluntary; rotas for the last 4 weeks show a maximum of 48 hours and one rest day each week. Transport to site is by the workers' own cars or the public bus. Two workers asked about changing to the night shift and were referred to the provider.

One worker (Bulgarian, 44) said he had paid a man in Sofia £200 to help fill in online forms two years ago, but that this had nothing to do with the current provider and he paid no fee to get this job. He holds his own passport and bank card and showed his payslips on his phone.

No further action. Follow-up visit not required; details passed to GLAA intelligence for the record only.""")
T("""i seen 2 girls getting took into that massage place on linthorpe rd by a fat bloke every night 10pm they look proper scared and dont speak english and they never come out in the day. somethings not right""",
  "", "et", "S", "h")
T("""Victim debrief via Vietnamese interpreter. She says she was told in Hai Phong there was work in a nail salon in England and the debt for the journey was $28,000. She says in the salon in Doncaster she worked from 9 in the morning to 8 at night, every day, and the owner kept all of the money "for the debt". She says she slept on a mattress in the back room with two other girls. She was not allowed to go out alone; the owner's husband took them to the salon in his car and back.""",
  "DB EO WW AC RM", "lh sw nc et rm", "L", "h")
T("""Neighbour dispute, Thornaby. Male at no.14 complains that car wash staff at no.16 (family business) park work vans on the pavement. Officer attended; staff are the owner's adult sons, no concerns, words of advice given re parking.""")
T("""OIC handover: IP Mariam (Eritrean, 19) taken to reception centre. Says the man who brought her from Calais "lent" her the crossing money and she now owes £6,000 which she has to pay by cleaning his house in Sheffield and looking after his kids. Has not been paid anything in 5 months. Sleeps on kitchen floor. Not allowed a phone.

Arrived at the reception centre with one carrier bag holding a change of clothes and a toothbrush. No money, no bank card. The man (known only as "Yonas", Eritrean, 40s, grey Skoda) is said to live at an address off Abbeydale Rd with his wife and two children aged 6 and 9; Mariam describes the children as kind to her.

Mariam is tired but calm, speaks some English. Interpreter booked for tomorrow 10:00. Mariam consents to NRM. Health check arranged with the GP attached to the centre; she mentions toothache only.""",
  "DB WW IS AC", "iso plc fpe", "D", "h")
T("""Bank alert (financial crime team, Leeds): 11 debit cards in different names used at one ATM on Beeston Rd within 40 minutes on two consecutive Fridays. Account holders all Romanian nationals registered to same address LS11. Wages from two recruitment agencies paid in and withdrawn in full the same day, all by one male seen on CCTV.""",
  "WW", "mb nc", "L", "m")
T("""She is 16. She has been going missing from the children's home in Gateshead for 2-3 nights at a time and comes back with new clothes, a new phone and alcohol. Staff believe she is being picked up by men in their 20s in a grey VW Golf. She told a carer "they look after me, I owe them for the stuff".""",
  "AV DB", "", "S", "h")
T("""Male attended A&E at Hull Royal with crush injury to left hand from a pallet wrapper at a distribution warehouse. Employer's first aider accompanied, patient on agency contract, has his own phone and bank card, lives with partner. Accident reported to H&S. No safeguarding concerns.""")
T("""Intel 3/C/P - Albanian male known as "Geni" said to be running a cannabis grow in a terraced house on Beverley Rd, Hull. A young Vietnamese male is believed to live in the property and never leaves; windows blacked out, neighbours hear fans 24/7.""",
  "RM", "rm", "C", "")
T("""Press summary: Two men from Barnsley were jailed today at Sheffield Crown Court for keeping a vulnerable man with learning difficulties in a shed in their garden for nine years and making him lay tarmac and block paving for no pay. The victim, now 58, was given scraps of food and threatened with beatings if he tried to leave.

The court heard that the man had been approached at a bus station in 2014 when he was sleeping rough after the death of his mother. He was offered "a bit of work and a bed". The bed turned out to be a pallet in a shed with no light, and his days were spent on driveways across South Yorkshire and north Derbyshire, often from first light until dark.

A neighbour, who gave evidence, said she had assumed he was a relative. She first became worried when she saw him eating from a bin. The men's defence, that he was a friend who helped out in return for his keep, was rejected by the jury.

Detective Inspector Claire Walsh said after the hearing: "This case shows that modern slavery is not only something that happens to people from abroad." The victim is now living in supported accommodation.""",
  "AV WW AC IT EO", "plc lh", "L", "h")
T("""Student (Chinese national, 21) reported loss of passport on train from York to Durham. Crime ref issued for embassy replacement. No other concerns.""")
T("""Caseworker note (Hope for Justice): Client P, 34, Polish, recruited in Katowice through a Facebook post promising £10/hr at a recycling plant in Rotherham. On arrival his ID was "taken for payroll" and not returned. Placed in a house with 11 other men, £70 a week rent taken from wages. Says after deductions he got around £30 a week. Leader of the group, Marek, does all the talking to the agency.

P says the agency itself seems properly run and he has spoken to its office staff, who were helpful but said they could only deal with Marek as "team leader". P's shifts were 7am-3.30pm, Monday to Friday, with overtime offered on Saturdays if he wanted it. He kept his phone and spoke to his wife every evening. He says Marek never hit anyone but "shouts a lot".

P left after 10 weeks and is staying with a friend in Doncaster. He has asked for help to get his ID card back and to recover unpaid wages. He consents to NRM. Agency informed with his consent; they have suspended Marek pending investigation.""",
  "DE RD WW AC", "dt oc nc sp", "L", "h")
T("""passports in the office safe, we work 14 hours, boss say no money until end of season""",
  "RD EO WW", "dt lh", "L", "h")
T("""School safeguarding referral (Year 9, Middlesbrough): pupil (14) found with £400 cash and two phones in his bag. Has been absent on Mondays, told teacher he goes "out of town" at weekends to Whitby with a cousin's friend. Has a cut on his hand he won't explain.""",
  "AV", "pa", "C", "h")
T("""999 call 23:41 - female whispering, says she is locked in upstairs bedroom at address on Grange Rd, Darlington, man has taken her phone and her passport, she used another girl's phone. Says she is made to see men. Call dropped. Units dispatched.""",
  "RM RD IS", "rm dt iso", "S", "i")
T("""Report via online form: I run a small cafe in Hartlepool. One of our delivery drivers is from Sudan, says he is waiting on his asylum appeal and is worried he can't legally work. We've stopped his shifts until the Home Office replies and paid him everything owed. Is there anything else we should do?""")
T("""GP note: 27yo female, Nigerian, registered as temporary resident. Attends with abdominal pain. Accompanied by older female who answers all questions and says she is "auntie". Pt avoids eye contact, appears underweight. Auntie refused to leave room. Pt disclosed briefly in English while auntie at reception that she cleans and cooks for the family from 6am till late and is "not given any money, only food".""",
  "EO WW", "sp pa lh", "D", "m")
T("""Licensing inspection, Scarborough: fish processing unit supplied by an unlicensed labour provider. Workers confirmed paid correct rates into own accounts, no accommodation provided. Referred to GLAA licensing team for the breach only.""")
T("""INT 2/C/P. Male known as "TT" (POI Tyler HARRISON, DOB 02/11/1999) using address of vulnerable heroin user at flat 9, Priory Court, Seaham as base for Class A supply. Occupant (M, 52) said to be "too scared to kick them out" and given free gear.""",
  "AV", "fa", "C", "")
T("""My husband's cousin Anil came from India on a visit visa and has been working in the family restaurant in Bradford. He gets paid, sleeps at his own flat, goes to the gurdwara every Sunday. Someone reported us for trafficking which is ridiculous. He is overstaying and we told him to sort his visa.""")
T("""Salvation Army first responder note: Adult male, Slovak, 41, alcohol dependent. Met a man at a soup kitchen in Košice who offered him work on a farm in Lincolnshire/East Yorkshire border. Was given drink each night and told his wages were covering his bed and beer. Never saw a payslip. Says "they knew I can't stop drinking, that's why they took me".""",
  "AV WW", "", "L", "")
T("""Callers states neighbours at 47 Westfield Ave, Goole have 15 plus men living in a 2 bed. Van picks them up at 5am and drops at 10pm. Bins overflowing. Has seen one man with a bandaged arm.""",
  "", "oc ce pa", "", "")
T("""Victim account (own words, written in English): I came to UK for job as carer in a care home in Sunderland, the agency in Kerala took 8 lakh rupees from my family for visa. Here the manager says I must pay back the agency £5,000 more or they will cancel my sponsorship and I will be sent back. I work 60 hours, sometimes 72. My family sold land for this.""",
  "DB EO IT AV", "uf lh", "L", "h")
T("""Intelligence suggests Vietnamese female aged approx 15 working in nail bar in Washington Galleries. Said to be living with salon owner's family. 3/C/P.""",
  "AV", "", "L", "h")
T("""Border Force, Hull ferry terminal: lorry from Zeebrugge. Two Albanian males found in trailer load of frozen chips. Both adults, in good health, state they paid smugglers €4,000 each and have family in London. No indication of exploitation at this stage; handed to Immigration Enforcement.""")
T("""Shopkeeper in Rotherham town centre says same 3 women are dropped off every morning by a man in a silver Zafira to beg outside Tesco and the bank, then he collects the money off them at dinner time. One has a baby with her.""",
  "WW", "ce et nc", "C", "h")
T("""Officer handover: Domestic incident at Hebburn. Female partner states boyfriend pushed her and smashed her phone after argument about money. She works at a call centre, controls her own wages. DASH completed - medium. No exploitation indicators; DA investigation ongoing.""")
T("""He took my passport at the airport "to keep it safe" and I never saw it again.""",
  "RD", "dt", "", "")
T("""Durham CC MASH referral: Adult with learning disability (M, 31) living alone in Spennymoor. Neighbour reports 3 men moved in two months ago; his benefits now collected by one of them, he has been seen thin and dirty, washing their cars and doing their shopping. He told a PCSO "they are my mates, they look after my money".""",
  "AV", "nc pa", "", "")
T("""Interpreter (Tigrinya) relays: he says that the boat people in Libya sold him to a man who said he would need to give a kidney to pay for the sea crossing. He says he was taken to a room and a doctor looked at him. He escaped before any operation and has a scar only from a beating.""",
  "DB PV", "", "O", "h")
T("""Hi, my daughter is 17 and went to Poland for a summer au pair job via an agency. She is paid, she facetimes us every night and the family took her to the seaside. Just checking there's nothing we need to register?""")
T("""INT 1/A/P: Known OCG nominal Arben KRASNIQI controls 3 pop-up brothels in Leeds city centre Airbnb flats. Females (Romanian, 20s) rotated weekly between Leeds, Newcastle and Hull. KRASNIQI holds their passports and takes all takings. Advertised on AdultWork under changing profile names.""",
  "RD WW", "dt nc", "S", "h")
T("""ppl in the chinese takeaway on high st sleep on the floor upstairs i think, they work til 2 in the morning every night and back at 10 am the owner shouts at them all the time""",
  "EO AC", "sw lh", "L", "")
T("""Probation note: service user disclosed that while in HMP Durham he was pressured to hold a phone and drugs for another prisoner and was told his sister's address in Jarrow was known. Now on licence, same group asking him to drive to Teesside with packages.""",
  "IT", "", "C", "")
T("""Caller reports Polish man collapsed at bus stop in Boston Spa. Paramedics attended, diabetic hypo. Man works at local brewery, was on his way home. Recovered at scene.""")
T("""Victim (F, Romanian, 23) states her boyfriend Sorin, whom she met in Craiova, brought her to Newcastle saying they'd work in a hotel together. When they arrived he told her she had to sell sex to pay their rent. He kept the money and hit her when she didn't earn £500 in a night. She was allowed out only with him.""",
  "DE WW PV RM", "nc rm", "S", "h")
T("""Kidney transplant patient (M, 54) at Freeman Hospital reviewed in clinic. Donor was his brother, living donation assessed by HTA, all consent procedures complete. Routine follow up.""")
T("""Hand car wash, Stockton Rd. Lads there are always in the same clothes, 4 or 5 of them, working in the rain with no gloves or boots. One told me in broken English "boss takes all, we get food". Never seen anyone have a day off.""",
  "WW EO AC", "pa lh", "L", "h")
T("""Cuckooing report: 72 yr old female Stanley. Her grandson's "friends" have taken over the back bedroom, she's not allowed in the kitchen when they are there, they have told her they'll burn the house if she rings the police.""",
  "AV IT RM", "rm", "C", "h")
T("""Council environmental health, Sheffield HMO inspection: 6 bedrooms, 6 tenants each with tenancy agreement, mix of students and NHS staff. Minor fire door defect. No concerns.""")
T("""Bank: customer (F, 68) reports her late husband's state pension is still being claimed into an account she didn't open. Fraud investigation; she isn't being exploited, just a victim of identity theft.""")
T("""He told me in Lagos I would be a nanny for a doctor in Leeds and go to college. When I came, madam took my passport and I was cooking, cleaning, washing the children from 5 in the morning to midnight. I slept in the laundry room. I never went to college. I had no phone. When I cried she said the police would put me in prison because I have no papers.

The doctor, her husband, was kind to me sometimes and gave me £10 at Christmas, but he said I must listen to madam. Their oldest son was 8. I took him to school and waited outside until he came out and then I walked home with him. That was the only time I was outside. I was not allowed to talk to the other mothers.

After three years a lady at the school gate gave me a card with a telephone number for a charity. I hid it inside my shoe for two months. One day when madam was in Lagos for a funeral I used the home phone. The charity lady came with the police the next day and I left with my clothes in a bin bag.

I want to study to be a nurse.""",
  "DE RD EO AC IS AV IT RM WW", "dt lh sw iso fa rm fpe", "D", "h")
T("""VRM YK19 XBN seen 0455hrs at layby A19 picking up 8 males from HMO on Ayresome St, Middlesbrough. Males carried no lunch/bags. Same van returns 2230hrs. INT 2/B/P suggests males working at chicken processing plant via unnamed gangmaster, each charged £10/day for the lift.""",
  "", "ce ct et", "L", "")
T("""Nom: Ion BALAN. Drives Romanian workers to farm at Holme-on-Spalding-Moor. Always present when GLAA speak to them. Answers for them.""",
  "", "sp et", "L", "")
T("""Allotment shed broken into overnight at Heaton, tools taken. Neighbour saw two youths on bikes. No further leads.""")
T("""Referral from Barnardo's (Sunderland): Girl, 13, disclosed that a 24 year old man she met on Snapchat gave her vapes and lifts, then said she owed him and made her have sex with his friends in a flat in Hendon. He has threatened to send pictures of her to her school if she tells.""",
  "AV DB PV IT", "", "S", "h")
T("""IP is a Sudanese male, 22, found by BTP at Doncaster station. Says he was working in a car wash in Wakefield for 8 months, sleeping in a portacabin on site. The owner told him he still owed £3,000 for his "journey and papers" and the amount went up every time he was ill.""",
  "DB AC", "sw", "L", "")
T("""our nail bar has 4 staff all on contracts, we pay min wage into their own bank, they can leave when they like. we had a visit off the council yesterday who said everything was fine. just want it on record because someone keeps writing bad reviews saying we're slaves

the staff are me, my sister, my cousin and a local girl called Jade who has been with us 3 yrs. nobody lives at the shop, we all go home at 6. we dont hold anyones passport or bank card and we dont charge for anything. the reviews started after we refused a refund to a customer in march. i have screenshots if you need them. can someone ring me back please, its affecting our business""")
T("""Witness statement extract: "I work on the same fishing boat out of North Shields as the two Filipino deckhands. They've been on board since March, they aren't allowed ashore when we land because the skipper says their visas don't let them. They eat and sleep in the fo'c'sle. I've heard the skipper say he sends their money to an agent in Manila and they get it 'later'. One of them got a hook through his hand and wasn't taken to hospital. The skipper stitched it himself with the first aid kit.

I've been fishing out of Shields for twenty-two years and I've worked with plenty of Filipino lads who were treated right, with their own cabins and their money in their own accounts, so I'm not saying it's everybody. But on this boat it's different. When the Fisheries officer came aboard in August the skipper told the two of them to stay below.

I'm giving this statement because I'm leaving the boat at the end of the month and I don't want it on my conscience.\"""",
  "RM WW AC AV", "rm sw", "L", "h")
T("""Call 101: woman in Whitley Bay says the family next door has a lady living with them who she's never seen leave the house except to put the bins out, and she once saw her crying in the garden in her slippers in December. Family are "very private", diplomatic plates on the car.""",
  "", "", "", "")
T("""Accommodation at farm near Pocklington: 3 static caravans housing 19 workers, no heating, one working toilet, mould on walls. Workers told £55/week each deducted for caravan. Farm uses licensed provider; provider's supervisor holds the caravan keys and locks the site gate at 10pm.""",
  "AC RM", "oc plc rm", "L", "")
T("""Stopped and searched a 15 year old from Bradford on the train at Scarborough, had 30 wraps of crack in his underwear, a Nokia and a train ticket paid by someone else. Says he has to sell it all before he can go home or "Dee" will "do him".""",
  "AV IT RM", "rm", "C", "h")
T("""they took my phone when i arrived, i did not know which town i was in""",
  "IS", "iso", "", "")
T("""Retail crime: organised group of four Romanian women shoplifting razors and baby milk across Hull and Grimsby stores. Arrested. In interview all say they do it for themselves to sell on; no one else involved; own phones and money. No NRM indicators identified, interview by Romanian interpreter.""")
T("""Midwife note (booking, 20/40): 19yo Albanian, partner attended, answered on her behalf, held her phone and her hospital letters. On being seen alone she disclosed she had been brought from Tirana by him 'to get married' and he makes her go with other men. Lives in flat in Leeds LS8 with 3 other women.""",
  "DE IS PV", "sp iso", "S", "h")
T("""INT 2/B/C (do not disseminate outside MSU without OIC approval): Indian national Raj SHARMA, 45, director of two care agencies in Bradford and Halifax, sponsoring overseas carers. INT suggests carers are charged £15,000 "sponsorship fee" which is repaid by deductions from wages; those who complain are told their visas will be revoked.

Further INT (2/B/C) suggests at least 14 carers from Kerala and Tamil Nadu have been placed in homes in Calderdale and Kirklees. Carers are housed 4-5 to a two-bed flat owned by SHARMA's brother-in-law, rent £300 pcm each taken from wages. Some carers are said to receive less than £400 in a month after deductions.

SHARMA is a director of a third company (restaurant, Halifax) which is not believed to be linked. CQC rating of both agencies "Good" (2023).

Recommended: joint visit with Home Office Sponsor Compliance and GLAA; bank enquiries.""",
  "DB IT AV WW AC", "uf oc nc", "L", "h")
T("""Caller says her teenage son has been out every night with older lads in a car and came back with a black eye and £200. She thinks he might be involved in something but he won't say. He is 17.""",
  "", "pa", "", "h")
T("""The man who drove us to the packing factory took £8 a day from everyone for the petrol.""",
  "", "ct", "L", "")
T("""Debrief (Chinese, Mandarin interpreter). She says she answered an advert for a masseuse in Manchester and was then moved to a flat in Newcastle. She says she had to have sex with customers. She says the "boss lady" kept her passport and half of the money, the other half was taken for rent and food, "so nothing left". She says she was too frightened to go to police because she would be sent to prison in China.""",
  "DE RD WW PV", "dt nc fa", "S", "h")
T("""Hotel in Gateshead: housekeeping staff employed by third party agency. Hotel manager contacted us because agency staff said they had not been paid for the last two weeks. Agency contacted, payroll error, all arrears paid next day. Staff confirm they are paid now and have their documents. No indicators.

For completeness: the hotel had been visited in 2022 under Op Aidant and was assessed as good practice then; the agency is a member of a recognised trade body and uses an ethical recruitment policy with no fees charged to workers. The housekeepers (mix of Spanish, Ghanaian and British) each live in their own accommodation and travel in by Metro. One said she works about 30 hours a week and chooses her own shifts on an app.

Log closed.""")
T("""Shouting match outside the Polish shop on Ferensway, two men arguing over a car sale, one punched the other. Both Polish, both work at the docks, known to each other. Assault, NFA at victim's request.""")
T("""Teesport: Border Force stopped a cargo vessel crew member (Indonesian) who reported the captain had taken all crew passports and seamen's books "for immigration" and refused to return them for 7 months. Crew unpaid since June; owner says pay will come at end of contract.""",
  "RD WW", "dt", "L", "")
T("""I WANT THIS REPORTED!!! the carwash at the end of my road has lads working there in FLIP FLOPS in the snow and they sleep in a container out the back. i asked one if hes ok and the manager came straight over and said he dont speak english move on. DISGUSTING""",
  "AC", "sw sp", "L", "")
T("""Operation update: warrant executed at cannabis factory, 3-storey house, Anlaby Rd. One Vietnamese male (claims 17) found in loft, door padlocked from outside, no key on him. Malnourished, skin rash. Says he was brought in a lorry and told he owes £20,000. Now in police protection.""",
  "AV RM DB AC", "rm pa", "C", "h")
T("""Durham Uni international office: PhD student from Pakistan says her landlord has kept her deposit and says she cannot leave the tenancy early. Referred to student housing advice. Civil matter.""")
T("""He said "if you go to the police I will find your brother in Elbasan".""",
  "IT", "", "", "")
T("""Care home, Middlesbrough. CQC inspector concern: 6 night carers on Certificates of Sponsorship working 84-hour weeks over 7 nights, rotas show no rest days in 3 months. Staff told inspector they are scared to complain as sponsorship can be withdrawn. Pay appears correct in their accounts.""",
  "EO IT AV", "lh", "L", "h")
T("""Council tenancy officer: flat on Berwick Hills – tenant (M, 38, heroin user) has let "some lads from Leeds" stay. Door now has extra locks fitted. Tenant seen looking frightened, told officer he "can't talk". Kids in school uniform visiting at all hours.""",
  "AV", "fa", "C", "h")
T("""Victim says she gets £20 a week pocket money and the rest goes "home to her family" but she has never been able to confirm any money reached them.""",
  "WW", "nc", "", "")

T("""Anon online report: theres a house on Dewsbury Rd where about 10 lads live, all foreign, they get picked up in a white Transit at like 5 every morning. one of them asked me for a fag and said they havent been paid for 2 months and the gaffer has got all there passports. he looked terrified when the van came back""",
  "WW RD", "ce dt et", "L", "")
T("""INT 2/B/P. Female (Thai, 30s) advertised on Vivastreet as "new in Wakefield, 24/7". Phone number linked to 6 other ads across Yorkshire in 3 months. Same male (VRM NA68 KLE) seen delivering food to address and collecting cash each morning.""",
  "", "nc", "S", "")
T("""Pt (M, 44, Lithuanian) presented to walk-in centre in Grimsby with infected wound to leg from a fish knife. Works on a trawler, treated and discharged, returned to own accommodation. Says work is "hard but good money". No concerns.""")
T("""Witness: "Nicu was always with them. If we went to shop, Nicu came. If we went to doctor, Nicu came and spoke. He said if anyone run away he will find them and break the legs." """,
  "IT RM", "et sp rm", "", "h")
T("""Safeguarding referral from Newcastle City Council adult services: Mr K (Sudanese, 29, refugee status, severe PTSD) was befriended at a mosque by a man who offered him a room. Since then Mr K has signed up for 3 Universal Credit claims and 2 bank accounts which the man controls. Mr K says he "does what Ali says" because he has nowhere else to go.""",
  "AV", "nc mb", "C", "")
T("""Tyne Tunnel, 02:10: VRM checks on a people carrier with 9 adult males (Romanian) squashed in, no seatbelts. Driver says they are going to a lettuce farm in Lincolnshire, all have ID, agency contracts, paid weekly. Driver reported for overloading. No exploitation indicators.""")
T("""My aunty brought me here when I was 12 and said I'd go to school. I never went. I did everything in her house, looked after her children, cooked, cleaned. She beat me with a belt when I burned the rice. I am now 20. I have never had a passport in my hand.""",
  "AV DE PV RD", "dt", "D", "h")
T("""Call from Unseen helpline passed to Humberside: a Romanian worker at a chicken factory in Hull says he has to pay £200 a month to the "team leader" to keep his job and £5 a day for the minibus. Says team leader threatened to tell the agency he's lazy if he stops paying.""",
  "IT WW", "ct", "L", "")
T("""Traffic stop A1(M) Ferrybridge. Car contained 4 males, one of whom was wanted on warrant for burglary. Arrested. Others released.""")
T("""He was kept in a garden shed for a few nights at a time, brought out to lay slabs.""",
  "RM AC", "rm plc", "L", "")
T("""Referral from school nurse, Rotherham: Year 10 girl (15) disclosed she is "with" a 22-year-old taxi driver who gives her vodka and takes her to parties in Sheffield where she has sex with "his mates". She says she doesn't mind, he's her boyfriend. She has been found twice at a hotel near Meadowhall at 3am.""",
  "AV PV", "ce", "S", "h")
T("""Landlord complaint: tenant on Holderness Rd sub-letting rooms to 8 friends from Kurdistan without permission. All work for themselves as barbers, pay their own rent share. Housing enforcement only.""")
T("""Wife of the shop owner in Keighley told our volunteer that the young man from Bangladesh who works in the shop isn't paid because "he is family and his keep is his wages". He sleeps in the storeroom and works 7am to 11pm.""",
  "WW EO AC", "lh sw", "L", "")
T("""999: male with broken English at Asda petrol station, Killingbeck, says he escaped from a house where he was made to work, men are driving round looking for him now and said they would kill him. Has cuts to face. Officers en route.""",
  "IT RM", "pa rm", "L", "i")
T("""Agency workers at a ready-meal factory in Wombwell say they are charged £25 for boots and £10 for a hairnet and overalls from first wages, and more if they lose them. Agency says it's standard. Workers otherwise paid into own accounts.""",
  "", "ppe", "L", "")
T("""Debrief (Albanian, via interpreter): He says a man in his village, Dritan, told him there was work on building sites in England paying £100 a day. He says when he arrived in Hull he was taken to a house in Sheffield full of cannabis plants and told he must water them until his debt of £15,000 was paid. He says the door was locked from outside and food was brought twice a week. He says Dritan sent him a photo of his mother's house.

He says that there were two other men in the house at first, also Albanian, but they were moved after a few weeks and he was alone for most of the time. He slept on a mattress between the plant tents. The heat was very bad and the fumes from the chemicals gave him headaches. He had a phone with no credit which only worked on the wifi, and he was only allowed to call one number, belonging to a man called "Toni" who brought the food.

He says that when the police came in through the door he was relieved. He was arrested, then de-arrested when he explained. He says he does not want to go back to Albania because Dritan's family are powerful in the village. He has a small bag of clothes and nothing else.""",
  "DE DB RM IT AC IS", "rm iso fpe", "C", "h")
T("""Medical note, St James's Leeds, renal unit: 38yo male, Pakistani national, presents with post-op complications from nephrectomy performed in Lahore 6 weeks ago. States he "sold" the kidney for £2,000 to clear debts to a moneylender who arranged it and took most of the money. Referred to safeguarding.""",
  "AV DB WW", "", "O", "h")
T("""Nail bar, Chapeltown Rd. Girl there looks about 14 doing pedicures on a school day.""",
  "AV", "", "L", "h")
T("""Caseworker (Medaille Trust): Client A, 26, Romanian. Recruited by boyfriend "loverboy" method. Was taken to Middlesbrough, told she was going to work in a bakery. Made to do sex work in a flat on Parliament Rd. He took her phone and kept her locked in when he went out. Gave her cocaine "to help". Now in safehouse.""",
  "DE IS RM AV", "iso rm", "S", "h")
T("""Callers states there has been a row at the Romanian church car park over a minibus that hit a parked car. Insurance details exchanged. Not a police matter.""")
T("""Ex-employee of a recycling yard near Rawmarsh says the boss keeps "bank cards for all the Slovaks" and gives each of them £50 on a Saturday. He says they live in two caravans on the yard with no water.""",
  "WW AC", "nc plc sw", "L", "")
T("""Safeguarding (Durham CC Children's Services): 16yo boy, looked after, went missing for 5 days, found in a trap house in Bishop Auckland with two adult males. Had £1,200 of debt "for a lost package" he says he has to work off. Currently with exploiters - location unknown again as of 14:00 today.""",
  "AV DB", "", "C", "i")
T("""Au pair (German, 20) placed with a family in Harrogate through a registered agency. She contacted the agency to say she wants to leave because the children are rude. Agency arranged new placement. Family paid her pocket money as agreed. No concerns.""")
T("""My friend works at the big farm near Selby, the gaffer keeps the wages until end of picking and says anyone who leaves early loses the lot.""",
  "WW", "nc", "L", "")
T("""INT 2/B/P: Eritrean female (20s) living at address in Heaton with older male (Sudanese, 40s). Female seen only at the window. Neighbour says male said she is his wife from "back home". Source believes she was married against her will in Khartoum and is not allowed out alone. She cooks and cleans for him and his two brothers who also live there.""",
  "RM", "rm", "D", "")
T("""Sham marriage intel: Slovak women (early 20s) recruited in Michalovce with promise of cleaning jobs in Bradford, then pressured to marry Pakistani men for visa purposes. One says she was kept in a flat for 3 weeks before the ceremony and her ID was taken by the organiser.""",
  "DE RM RD", "rm dt", "C", "h")
T("""A&E Sunderland Royal 03:15: female, 24, Vietnamese, presented with burns to both hands. Says she spilled nail-varnish remover near a heater at work. Accompanied by male who says he is her uncle, who paid cash and left with her before assessment completed.""",
  "", "pa sp", "", "")
T("""Construction site in Gateshead: site manager called us after a labourer (Romanian, 33) was injured falling from scaffold. Labourer is directly employed, on payroll, holds CSCS card. HSE informed. No modern slavery concerns.""")
T("""we are 6 men sleeping in one room on the floor above the restaurant, we pay the boss £40 a week each for it and he takes it from the pay""",
  "AC", "oc sw", "L", "")
T("""Hope for Justice outreach, Scunthorpe: woman (Polish, 50s, homeless) says a man offered her a room and a job in a laundry; she now works 12-hour days, her wages go into an account he opened "for her" and she has no card. She says she is free to go but "where would I go".

She has been in the UK since 2009 and worked in a Grimsby fish factory until 2021, when she lost the job and then her room. She slept in the bus station for about six weeks. The man, who she calls "Pan Tomasz", approached her there and bought her a coffee. She says he has never hit her and she does not think he would. He drives her and two other women to the laundry in his car every morning at 6:30 and collects them at 7pm.

She has a small rucksack with her things. She would like help to get her own bank card and to find out what is in the account. She does not consent to NRM today but will think about it. Duty to Notify completed.""",
  "AV WW EO", "nc lh et ce fpe", "L", "")
T("""Kid on our street (about 12) gets picked up at 6am by a different car every day and doesn't go to school, his mum says he has a job. who gives a 12 yr old a job???""",
  "AV", "ce", "L", "h")
T("""Probation: PoP (Vietnamese, 19) convicted of cannabis cultivation in 2023. At review he disclosed for the first time that he was locked in the property in Middlesbrough, had no phone, and was told his family in Nghe An would be "visited" if he left. s45 defence not raised at trial. Referral for NRM made.""",
  "RM IS IT", "rm iso", "C", "h")
T("""Ref: 101 call re Redcar beach. Couple reporting teenagers drinking and a fire lit in the dunes. Dispersed.""")
T("""Welfare check on Vietnamese woman at nail salon in Jesmond after anonymous report. She has her own passport and residence card, lives with her husband, shows payslips, and says she can leave whenever she wants. Salon owner is her sister. No indicators found.""")
T("""Spoke to the two Polish lads at the car wash on Leeds Rd. They said the owner pays them £11 an hour in cash every Friday, they rent their own flat in Dewsbury and go home to Poland at Christmas. Work is hard in winter but no complaints. No further action.""")
T("""Interview notes: Victim stated that she was not threatened. She said the man "would have hit me if I said no, I think, but he never did". She kept her own phone throughout. Worked in his takeaway 6 evenings a week and was paid in cash, less than minimum wage. Referred to HMRC for NMW.""",
  "", "", "", "")
T("""GLAA: labour user at spring onion packhouse, Holme. Workers said: transport free, accommodation optional and clean, PPE provided free. Supervisors speak Bulgarian and English. One worker complained about low piece rates but pay records match hours. Advice given on NMW for piece work.""")
T("""Online report: I heard a rumour at the school gates that the family at the end of Park View keep a girl locked up as a maid. I've been round with a parcel and she answered the door, chatted, said she's the eldest daughter and goes to college in Durham. I think the rumour is rubbish but thought I'd say.""")
T("""Durham Constabulary, 14:20. Report of sheep worrying at farm in Weardale. Dog owner traced, advice given.""")
T("""I am writing on behalf of my uncle who worked in a care home in Hull as a senior carer on a skilled worker visa. The company went bust and the last month's wages were never paid. He has his passport and is now working for another provider. How does he claim what is owed?

He was treated well there before it closed. He lived in his own rented flat, worked about 40 hours a week, and the managers were kind to the overseas staff. He was not charged any fee to come to the UK and the company paid his flight. He only wants the money for the last month, about £1,900, and some advice about his holiday pay.

He has been told by a friend to go to the police but we don't think this is a police matter. Please advise who we should contact (Acas? the administrator?). Thank you.""")
T("""Debt advice charity, Bradford: client took a loan from a family friend to pay for his wedding and is struggling to repay. No threats, friend is patient. Budgeting plan agreed.""")
T("""South Yorkshire Police, 101: caller reports her ex-husband has not returned their children after a contact visit. Children safe with paternal grandmother. Family court matter.""")
T("""Section 52 Duty to Notify (anonymous adult): Male, Vietnamese, 30s. Worked at a nail bar in Beverley for 2 years for free board and food only. Told by the owner that police would deport him if he went to them. Declined NRM.

He says he was introduced to the owner by a cousin in Birmingham and was happy at first because he had a roof. He slept on a bench in the back room and worked from opening until closing, about 9.30 to 7, six days, cleaning tools and later doing acrylics. On Sundays he cleaned the owner's house.

He has now left and is staying with a friend in Hull. He does not want police involvement because he is afraid of being removed from the UK. He gave the salon's address but not the owner's name.""",
  "WW IT AV EO AC", "fa lh sw", "L D", "")
T("""Victim says the recruiter in Bucharest told her the job in Newcastle was packing clothes in a warehouse, 40 hours, £400 a week. There was no warehouse.""",
  "DE", "", "", "")
T("""A man at the bus stop told me he sleeps at the mushroom farm in a shipping container with 7 others and pays £60 a week for it, they start at 4am.""",
  "AC", "oc sw", "L", "")
T("""Refugee Council note: Sudanese male, 17 (age disputed), arrived in Newcastle via a dinghy. In Calais he worked for smugglers loading lorries to pay his crossing. In the UK he has been placed in a hotel and is safe. Exploitation was overseas; NRM referral made as a child.""",
  "AV DB", "", "L", "h")
T("""Pt (F, 33) attends Leeds Teaching Hospitals antenatal, Nigerian, accompanied by husband, both in employment, both speak good English. Pt seen alone as routine; no disclosures, no concerns. Lives in own flat.""")
T("""Intel: POI "Big Dave" from Ashington uses Snapchat to recruit local school kids to carry cannabis to Blyth. Pays them £20 a run and threatens to "batter" anyone who talks. 2/C/P.""",
  "AV IT", "", "C", "h")
T("""Victim: "The lady who brought me said if I didn't work she would send the pictures of me to my father in Benin. She had the photos on her phone. I did what she wanted." """,
  "IT", "", "", "")
T("""HMO raid Middlesbrough: 23 males in 4-bed house, mattresses in kitchen and bathroom. All work nights at a frozen-food plant via the same agency; the agency's "driver" owns the house and takes rent £80 per head from wages before they are paid.""",
  "AC WW", "oc ct nc", "L", "")
T("""Customer at Leeds bank branch (F, 70s) flagged: accompanied by a man who did all the talking, made 3 large cash withdrawals in a week. Later identified as romance fraud by an online "boyfriend". No labour/sexual exploitation.""")
T("""Man seen in Keighley who appears to be 'owned' by a local family - sweeps their yard, washes their cars, never gets paid, wears the same clothes for months. Neighbours say he has mental health problems and was homeless before they "took him in". He sleeps in their outbuilding.""",
  "AV WW AC", "pa plc", "D", "h")
T("""Border Force, Newcastle airport: Indian female (25) arriving on visitor visa to "visit a friend". Her phone showed messages from a contact saying she would be cooking and cleaning for a family in Jesmond and "madam will hold your passport so you don't lose it". She believed she was going to a wedding. Referred to safeguarding team.""",
  "DE", "", "D", "")
T("""INT 2/A/C (handling: not to be shared with Home Office without MSU DI authority): Source states a Romanian couple in Sunderland are "renting out" three men with alcohol problems to a roofing firm. Men picked up 0600 from a flat on Hylton Rd, dropped back 2000. The couple collect the men's wages directly from the roofer in cash. Men given tobacco and cider.""",
  "AV WW", "ce nc", "L", "")
T("""She says: they put me in a house in Leeds. I didn't know the street. I never had a phone. The other girls spoke Romanian, I only speak Hungarian, so nobody to talk to.""",
  "IS", "iso", "", "")
T("""Pop-up brothel, Airbnb, Quayside. On entry officers found 2 women (Brazilian). One had bruising on arms and neck and said a client had choked her the night before; the "manager" who books clients had told her she must still work tonight or pay £1,000. Both removed to place of safety.""",
  "PV IT", "pa", "S", "h")
T("""Text message forwarded by a worried mum: "mum pls dont ring the police they said theyl stab me if i come home before i sell it all, im in Scarborough, im ok". Son is 15, missing since yesterday.""",
  "AV IT RM", "rm", "C", "i")
T("""West Yorkshire Trading Standards visit to a clothing factory unit in Batley: sewing machinists (Pakistani, Bangladeshi women) paid £4 an hour, 60-hour weeks; fire exits chained shut. Owner tells them that if they complain the Home Office will be told about their visas.

Inspectors spoke to 9 of the 22 workers present. Most had worked there for more than two years. Several showed handwritten pay slips with "cash" written on them and no tax deductions. Two younger women said they were students and only worked weekends; they said they were paid the same rate but were free to leave at 5pm and had not been threatened.

The unit's landlord was contacted and said he had no knowledge of the business. HSE served a prohibition notice on the chained fire exits the same day. The owner, Mr Imran K., declined to be interviewed.""",
  "WW EO AC IT AV", "lh", "L", "h")
T("""Caseworker: client (F, Filipina, 41) worked as a domestic worker for a Saudi family who visited London and then took a house in Harrogate for the summer. She was on call 24 hours, slept on the floor of the children's room, no day off in 11 months. Employer kept her passport "in the safe with the jewellery". Salary of $400/month paid to her agency in Manila, she says she has received none of it.

She describes the family as "not cruel, only they forget I am a person". She ate what the children left. She was allowed out only to walk the children to the park with the family's driver. She left when the family went to the airport to fly home; she hid in the garden and then walked to a church where a parishioner called us.

She has two changes of clothes, her rosary and a phone with no SIM. She wants to stay in the UK and work. Her daughter (14) is in Iloilo with her sister. Overseas Domestic Worker visa expires in 3 months; immigration advice booked.""",
  "EO AC RD WW RM", "lh dt nc rm et fpe", "D", "h")
T("""Noise complaint: house party on Osborne Rd, Jesmond. Students. Warned.""")
T("""Report from a charity shop volunteer in Wakefield: a young woman comes in with an older man who pays and chooses her clothes, she never speaks. Today she slipped a note under the counter saying 'help me he keep me in house he take my money'.""",
  "RM WW", "rm sp nc", "", "")
T("""INT 3/C/P: Unverified - a Durham man is said to be arranging for people from Nigeria to come to the UK to "donate" kidneys to wealthy patients, with payment promised but not given.""",
  "DE WW", "", "O", "")
T("""Cleveland Police, Domestic Abuse Unit: Female (Pakistani, 22) brought to UK by husband after marriage in Mirpur. Husband's family make her do all the cooking and cleaning for 9 people, she's not allowed out of the house without the mother-in-law, and her spousal visa letter and passport are kept by father-in-law. Husband hit her twice. Forced marriage unit informed.""",
  "RM RD PV EO", "rm dt lh", "D", "h")
T("""A lad in a Newcastle United shirt asked me for a lighter at the Metro and then said he's from Vietnam and has to go back to "the house" in Walker or the man will be angry. He wouldn't say any more.""",
  "", "fa", "", "")
T("""Mate of mine says the paint factory pays all the Ukrainians properly and gives them a house. Just saying because people keep posting on Facebook that it's slavery. It isn't, my sister works there too.""")
T("""GLAA: shellfish gatherers at Cleethorpes / Humber foreshore working for a gang leader without licence. Workers say they are charged £10 per trip in his van and £40 for waders. Leader sells the catch and pays them "what is left" - some weeks nothing. Two workers nearly drowned when tide came in last month.""",
  "WW AC", "ct ppe nc", "L", "")
T("""she was 16, the man said he'd make her a model in London. she ended up in a flat in Bradford with 5 men.""",
  "AV DE", "", "S", "h")
T("""Victim states the owner of the car wash shouted and swore at him daily and once threw a bucket at him. He says the owner also threatened to call immigration if he didn't do an extra shift.""",
  "IT PV AV", "", "L", "")
T("""OFFICIAL-SENSITIVE
Op KESTREL - intelligence summary 03/10

1. Address: 112 Marton Rd, Middlesbrough TS4. Residential, 3-bed terrace, owned by Hamid RAHIMI (DOB 21/07/1979). Council tax in the name of a company registered in Birmingham.

2. INT suggests 7-8 Romanian females aged 18-25 rotated through the address every 10-14 days. Females advertised on two adult sites with the same phone number (07xxx 441 902). Source (2/B/P) states that RAHIMI's associate "Vlad" holds the females' ID cards and bank cards and takes them to Western Union each Monday.

3. One female (believed name Ana) was seen by a neighbour with a black eye on 28/09. Neighbour also reports shouting and a man saying "you pay what you owe or you don't leave".

4. Separate matter: RAHIMI's vehicle (VRM FE21 OPD) subject of speeding offence 19/09 - not linked.

Assessment: females likely subject to sexual exploitation; risk assessed as high.""",
  "RD WW PV DB RM IT", "dt nc pa rm mb", "S", "h")
T("""Council licensing officer, Hull: visited 5 nail bars on Newland Ave as part of a routine day of action with HMRC. Four fully compliant. One had a technician with no right-to-work check on file; owner produced her BRP later that day. No welfare concerns, all staff spoken to alone.""")
T("""I came with my cousin's friend to Bradford. He said restaurant job. I work in kitchen of takeaway, 11 in morning to 2 at night, I sleep on chairs in the back. He say I cannot go out because police will catch me. I have no phone, he says phone is dangerous. I am 16.""",
  "AV DE EO AC RM IS", "lh sw rm iso fa", "L", "h")
T("""CCTV review, Tyne port: HGV driver observed letting 4 people out of his trailer in a layby near the A19. Driver arrested for facilitation. People not located.""")
T("""Parent rang the school: her 14-year-old daughter is getting messages on Instagram from a man who wants her to send pictures and has offered to pay her. Police informed, daughter's account secured. No meeting took place.""",
  "AV", "", "S", "h")
T("""Interpreter note (Kurdish Sorani): He says that the man who rents them the room told him that he must carry a bag to Leeds every week, and if he says no he will be reported to the Home Office and his family in Iraq will be told he is a drug dealer. He says he has done this about 10 times. He did not receive any money.""",
  "IT AV WW", "fa", "C", "h")
T("""Two women working at a laundry in Hartlepool told the Salvation Army that they owe their recruiter £2,500 each for flights and that every month he adds £200 "interest" and £300 for the room, which is more than they are paid, so they can never leave.""",
  "DB AC", "", "L", "")
T("""Boss keep us in the field 6am to 8pm, no sunday, he say if sick then no money.""",
  "EO", "lh", "L", "")
T("""Concern for welfare, Darlington: an elderly man's carer (Zimbabwean, on sponsorship visa) called 999 as the man had fallen. Carer says she works for a reputable agency, does 40 hours a week, lives in her own shared house. Ambulance took the man to hospital. No concerns re carer.""")
T("""Report from a Barnsley GP surgery receptionist: same man has registered 6 different Slovak men as patients at the same address in a month and fills in all the forms. The men never speak. He also asks for fit notes for them.""",
  "", "sp", "", "")
T("""Durham Police: burglary at a farm near Barnard Castle, quad bike stolen. Farm employs 12 seasonal workers from Kyrgyzstan through the Seasonal Worker scheme; workers assisted officers and one gave a witness statement. No welfare concerns noted.""")
T("""When I said I wanted to go home to Slovakia, Josef showed me a video on his phone of a man being beaten in a field and said "that's the one who tried to leave".""",
  "IT", "", "", "")
T("""Intel 2/B/P: Chinese national "Auntie Lin" runs three massage parlours in Sheffield and Rotherham. Women work, eat and sleep in the parlours and are moved between them in her car. They do not go out alone. They are said to owe Lin for flights and visas.""",
  "RM DB", "sw et rm", "S", "h")
T("""Fraud alert (bank, York): 17 new accounts opened online in the same week using Romanian ID cards, all with the same mobile number and an address in Acomb. Salaries from a car wash company paid in, cash withdrawn by the same man at the same ATM. Account holders not contactable.""",
  "WW", "mb nc", "L", "")
T("""I'm the manager at a warehouse in Normanton. An agency worker told me today that the agency took his passport when he registered and still has it 3 months later. I rang the agency and they said it was "for checks". Everything else seems fine, he's paid weekly to his own account.""",
  "RD", "dt", "L", "")
T("""It's my landlord not my employer who's got my documents, I gave them as deposit, I work at the bakery and they pay me fine. is that legal?""",
  "RD", "dt", "", "")
T("""999 call Pontefract: boy (said 15) ringing from a car boot. Says he was bundled into a car by men he owes money to for drugs he lost. Car moving. Cell-site being obtained. ARVs deployed.""",
  "AV RM DB", "rm", "C", "i")
T("""Sheffield Children's Hospital: 11yo girl, Roma, presented with burns and malnutrition. Mother says girl looks after younger siblings and does all housework while parents work, not in school. Children's social care informed. No evidence of third-party exploitation; neglect investigation.""")
T("""Filipino fisherman, North Shields, said in debrief: "We pay the agency in Cebu 80,000 peso for the job. On the boat we work 20 hours some days. The skipper lock the cabin when in port so we not go in town." """,
  "EO RM", "uf lh rm", "L", "")
T("""Caller (anonymous) says a woman at a house in Grangetown is 'like a slave' for the family, but when asked what she had seen said she just thinks it because the woman wears a headscarf and doesn't speak to neighbours. No further information.""")
T("""NRM referral narrative (First Responder: Redcar & Cleveland Council). Potential victim: Daniel, British, 19, care leaver, mild learning disability.
Daniel met an older man, "Spider", outside a bookmakers in Redcar. Spider gave him cannabis and let him stay at his flat. After about a month Spider told Daniel he owed £800 for the weed and the room and that he would have to "do some runs" to pay it off. Daniel was driven to Whitby, Scarborough and Bridlington and left in flats for a week at a time with drugs and a phone. He was told if he came back short he'd "get a kicking", and on one occasion he was punched and his tooth was broken. Spider kept his bank card and his bus pass "so he didn't lose them".
Daniel is now at his foster carer's former address and is frightened to go out.""",
  "AV DB IT PV RD", "dt pa", "C", "h")
T("""A neighbour rang 101 about a man in Shipley who is 'keeping dogs in terrible conditions'. RSPCA referral.""")
T("""They told me the job was in a hotel kitchen in Leeds, the hotel was a house, the kitchen was where I slept, and the job was men.""",
  "DE AC", "sw", "S", "h")
T("""Private fostering check (Calderdale): 15yo boy from Ghana living with "uncle". School reports good attendance, boy well presented, has a phone and pocket money, says he helps with washing up sometimes. No concerns, private fostering arrangement registered.""")
T("""Intel: Slovak Roma family in Page Hall (Sheffield) bringing young men over on the bus promising jobs in a factory. On arrival they are placed in one room with 6 others and sent to wash cars, wages paid to the family "for rent and food". Men have no English, no money for a ticket home. 2/C/P.

Further: the family's car wash (Firth Park) has been visited twice by immigration enforcement, in 2021 and 2023; on both occasions workers had EU settled status and no arrests. Source states that since 2024 the family has moved newer arrivals to a second site in Darnall and that the men there work 8-8 with no days off.

A separate report (3/C/P) of an assault outside the Firth Park site in June appears unrelated (dispute between customers over a queue).

Assessment: moderate confidence of labour exploitation. Suggest GLAA joint visit to the Darnall site.""",
  "DE WW AC AV EO", "oc nc lh", "L", "h")
T("""i am worried about my friend she came from philippines as a nanny for a rich family in Harrogate. she only gets her phone on sunday for one hour and she says madam checks it. she works all day and night with the baby. she says her salary goes to her mother in manila but her mother says it is not coming""",
  "IS EO WW", "iso lh", "D", "")
T("""Spoke with Border Force regarding a Nigerian female (24) stopped at Leeds Bradford airport, travelling with a male who holds both their passports and her boarding pass. She says she is going to work as a hairdresser for "a sister" in Italy. Male could not name the salon. Safeguarding referral; she was allowed to continue after a private interview in which she said she was happy and had her own money.""",
  "", "", "", "")
T("""Two lads working at a car wash in Goole told a PCSO they are paid £40 a day cash for 10 hours. They go home after work to their own flat and have their passports. Referred to HMRC for NMW; no indicators of forced labour.""")
T("""Debrief: "They fed us rice, once a day, sometimes nothing. We slept on cardboard on the factory floor. When the inspection came they hid us in a lorry." """,
  "AC", "sw plc", "L", "")
T("""Humberside Police custody: Vietnamese male (says 24) arrested at a cannabis grow on Hessle Rd. Says he came to UK by lorry and owes "the boss" for the journey. He says he could not leave because the boss said his parents in Vietnam would be hurt. Duty solicitor present. NRM referral; s45 considered.""",
  "DB IT", "", "C", "")
T("""A woman from Bulgaria told our food bank that her husband's employer, a scaffolding firm, has not paid her husband for three weeks. They are now behind on rent. Husband has told the employer he is leaving and going to another firm.""")
T("""INT 3/C/P. Sudanese male, 20s, said to be selling "kidney donors" to a clinic abroad through a Facebook group. Members approached in Leeds and Hull and told they will get £5,000 and a visa. Unknown if any operations have happened.""",
  "", "", "O", "")
T("""Victim (Indian, 29) told the Hope for Justice advocate: "My boss in Bradford wanted me to sign papers so a man from his village could get a kidney. He said my debt would be finished and he would give my passport back. I refused and he put me out in the street." """,
  "DB RD", "dt", "O", "")
T("""Call handler note: female caller states her sister, 23, was taken from their flat in Sunderland by two men an hour ago, who said she owes them money and must "work it off" with men at a flat in Newcastle. Sister is texting that she is locked in a bedroom now. Grade 1.""",
  "DB RM", "rm", "S", "i")
T("""Report (Modern Slavery Helpline): caller works at a Leeds hotel. Two housekeepers (Romanian) supplied by a subcontractor say they're paid per room, £1.50 a room, and that a man called Cristi takes their bank cards every payday. They share a house with 10 others that Cristi rents them.""",
  "WW", "nc oc", "L", "")
T("""Officer note: attended address in Doncaster following anonymous allegation of slavery. Polish male, 56, resident, is the householder's brother and has lived there 20 years; he does the garden and some cooking and has his own income from a pension. Very annoyed at the allegation. No concerns.

Householder (F, 61) explained that her brother moved from Gdansk after his divorce, has his own bedroom, his own bank account and a bus pass, goes to the Polish club on Saturdays and visits their sister in Luton twice a year. He showed his passport without being asked. The anonymous caller is believed to be a neighbour with whom the family has an ongoing boundary dispute over a fence; a separate log exists for that (criminal damage to the fence, NFA).

Advised the family that they can contact us if the allegations continue. Result to caller: NFA.""")
T("""Safeguarding referral from a college in Middlesbrough: student (17, Afghan, asylum seeker) disclosed that the man he lives with makes him work nights at his car wash and keeps his Aspen card. He is exhausted in lessons.""",
  "AV EO", "lh nc", "L", "h")
T("""Statement of Mrs P: "I employ a cleaner, Maria, two mornings a week. I pay her £14 an hour by bank transfer and she has a key. Someone wrote on the village Facebook page that she's trafficked because she's Romanian. That is hurtful to her and to me." """)
T("""The lady at the nail shop on Front St, Chester-le-Street, had bruises on her arms and she flinched when the manager walked past. She didn't want to talk.""",
  "", "pa fa", "", "")
T("""INT 2/B/P: Female (Albanian, 19) at flat above a barber's on Chillingham Rd, Heaton. Her boyfriend Klevis BRAHIMI (DOB 05/05/1995) advertises her on escort sites. INT suggests he has removed the SIM from her phone and only lets her use it on wifi when he is there. She does not know the address she is at.""",
  "IS", "iso", "S", "h")
T("""Her husband's family stopped her from seeing her own parents or friends, took her phone, and made her clean three houses belonging to his brothers every day. She was not paid and was told she was lucky to have a roof.""",
  "IS WW", "iso", "D", "")
T("""caller at 02:30 says a van has just dropped about 12 men at the industrial estate in Thurcroft and a man is locking the gate behind them, she can hear one of them shouting help in a foreign language. Officers dispatched.""",
  "RM", "rm ce", "", "i")
T("""Local authority (North Lincolnshire) adult safeguarding: Mr T, 63, British, long history of homelessness, found living in a horsebox on a travellers' site near Brigg. Says he has worked for the family for "about 15 years" doing tarmac and landscaping jobs, paid in roll-ups and a meal. He says he was beaten when he asked to leave in 2019 and hasn't tried again.

Mr T was seen by the social worker with a PCSO. He was polite and cheerful and described the family as "the only people who bothered with me". His hands were badly calloused and he had an untreated hernia. The horsebox had a mattress, a gas bottle heater and a bucket; there was no electricity. He was unsure of his date of birth and had no bank account, no GP and no ID of any kind, which he says "got lost years ago".

The site warden said Mr T "comes and goes" and goes to the pub with the lads. Mr T said he only goes with "one of the family", and that they take him to jobs in the pickup every morning before 7.

Strategy meeting booked with Humberside Police and the council's housing team. Mr T is not sure he wants to leave.""",
  "AV WW PV AC RM", "plc pa rm et ce", "L", "h")
T("""Modern slavery helpline: woman says her friend in a Hull flat is made to sleep with men for her "boyfriend" and he rapes her if she refuses. She is 18. He holds her phone.""",
  "PV IS", "iso", "S", "h")
T("""Prison officer note, HMP Hull: prisoner (Vietnamese, 20) on remand for cultivation, distressed. States the "bosses" have his brother's address in the UK and told him through another prisoner to keep quiet in court. Intel report submitted.""",
  "IT", "", "C", "")
T("""On the building site in Leeds the foreman took our phones in the morning and gave them back at night, "so we work". We lived in the site cabin. Nobody could call family for 4 months except Sunday.""",
  "IS AC", "iso sw", "L", "")
T("""Romanian man, 45, says he was promised work in a Scottish fish factory and instead was driven to a farm near Malton where he sleeps in a barn and picks vegetables. He has been told he must pay for the driver, his bed and his gloves and that he now owes more than he earns.""",
  "DE DB AC", "plc ct ppe", "L", "h")
T("""Bradford GP: patient (F, 35, Bangladeshi) says she cannot come to appointments without her husband's permission. No disclosure of work or exploitation; DA risk assessment offered and declined.""")
T("""Barnardo's worker (Hull) notes that a 14yo boy she supports has been given a new Canada Goose jacket and two phones by a man called "Smokey", who has told him he now "owes" £1,500 for them and must hold drugs at his mum's house. Mother unaware.""",
  "AV DB", "", "C", "h")
T("""The gang master in Spalding sent us to a farm in East Yorkshire. He charged everyone £300 for "registration" before we started and kept our cards. On payday he gives us cash, maybe £80, for a 70 hour week.""",
  "WW EO", "uf nc lh", "L", "")
T("""Cleveland Police: report of shoplifting gang at Teesside Park. Three teenage girls (Romanian, 13-15) detained; an adult male waiting in a car outside was seen taking the bags off them. Girls say they have to hand everything to "Uncle" or they don't eat.""",
  "AV WW IT", "", "C", "")
T("""Interpreter: she says she answered a job for a cleaner in a hotel in England on Facebook. She says when she arrived in Newcastle the man took her to a house, took her passport and said "now you work for me as a prostitute". She says men came every day. She says he beat her with a cable when she cried.""",
  "DE RD PV", "dt", "S", "h")
T("""Online report: The lads at the bakery down our road start at 3 in the morning, they're bakers! its a bakery! I think whoever reported them to the council is being ridiculous, they get paid and they laugh all day.""")
T("""Hartlepool, 03:05: caller reports a man trying car door handles along Raby Rd. Suspect detained nearby with a screwdriver and two satnavs. Arrested for vehicle interference.""")
T("""INT 2/B/P: Tamil males (approx 4) living in the back room of a convenience store in Batley, working in the shop and the owner's other shop from 6am to 11pm. Source says they were brought over on student visas by the owner's brother in Chennai and each paid him £8,000. They don't leave except to go between the two shops in the owner's car.""",
  "EO AC RM", "lh sw uf et rm", "L", "h")
T("""Ticket inspector, Northern Rail: group of 5 teenage boys (Vietnamese) travelling Leeds-Hull with an adult male who had all their tickets and spoke for them. Boys looked scared. BTP informed, could not locate at Hull.""",
  "", "sp et fa", "", "h")
T("""A worker at a potato packhouse says the agency deducts £8 a week for hi-vis and £12 for "safety boots rental" from everyone, even people who bring their own.""",
  "", "ppe", "L", "")
T("""Friend of the family took me in after my mum died. I was 15. He said I could stay if I helped in his chip shop. I worked every night until 1am and weekends. He never paid me and said it's for my room.""",
  "AV WW EO", "lh", "L", "h")
T("""Rotherham MASH: anonymous letter that the woman at no.4 "sells" the girl who lives with her to men. Strategy meeting held; girl (19) spoken to with advocate, says letter is malicious and from an ex-partner. Enquiries found no supporting information. NFA.""")
T("""Debrief (Polish, own words, translated by caseworker): I was sleeping in a park in Bradford. A man from Poland came and said he has work and a house. He drove me to a house in Dewsbury, took my ID card "to register me with the agency". I worked in a meat factory, nights. The money went to his account, he gave me £10 some days for cigarettes. When I asked for my card he said I owe him for the house and the van and the food. Other men in the house said the same. He told us nobody will believe a drunk.

I stayed there nine months. There were eight of us in three rooms, mattresses on the floor. The factory gave us white coats and boots but he said we must pay him £30 for them because he "bought" them. Every Friday he drove us to the cash machine and he put in the cards himself and took the money.

One man, Kamil, argued with him and the next day Kamil was gone. We don't know where. I left when the factory closed for a week at Christmas. I walked to Leeds and went to the Salvation Army. I had only the clothes I wore. I don't want to go back to Poland because I have nobody there.""",
  "AV DE RD WW DB AC", "dt nc oc ppe mb fpe", "L", "h")
T("""School (Gateshead) to MASH: Year 8 girl, 12, has been seen getting into cars with adult men after school. Has an older "boyfriend" (believed 19). Found with condoms and cash. Parents not aware.""",
  "AV", "", "S", "h")
T("""They never let us know where we were, the windows had paper on them and we had no phones.""",
  "IS", "iso", "", "")
T("""Council licensing, Leeds: application to renew a massage parlour licence on the Headrow. Staff register complete, all therapists self-employed with own accounts, records of hours reasonable. Licence renewed with conditions on CCTV.""")
T("""INT 3/C/P: Two Vietnamese girls (approx 15-16) seen working in a nail bar in Scunthorpe late at night, believed to live above the shop. Said to have been brought by lorry. No further detail.""",
  "AV", "sw", "L", "h")
T("""Outreach worker (Basis Yorkshire): street sex worker in Leeds managed zone, British, 30s, heroin dependent. She says her partner takes all her money every night to buy drugs and beats her if she comes back with less than £100.""",
  "AV WW PV", "nc pa", "S", "h")
T("""Report from a hospital chaplain in Sheffield: an Indian man on the renal ward told him he was brought to the UK by an agent as a "relative" to donate a kidney to a businessman. He was promised £15,000 and a job; after the assessment he was told the money would be paid "after the operation" and his passport was taken by the agent. Transplant team alerted before any surgery.""",
  "DE RD AV", "dt", "O", "h")
T("""Call from the manager of a farm shop in Wetherby asking whether she can employ a Ukrainian woman who arrived under Homes for Ukraine. Advised she has the right to work. No concerns.""")
T("""INT 2/B/P: County line "MIKEY" operating from Leeds into Harrogate. Uses a 16yo female from Chapeltown as runner, housed in a Harrogate flat of a vulnerable male for days at a time. Girl's mother reported her missing x4 this month.""",
  "AV", "", "C", "h")
T("""A woman in Hull told a PCSO that the man she cleans for lets her live in his basement in return for the cleaning, no pay, and that she's "not allowed upstairs after 6". She came from Lithuania 10 years ago and has no papers now.""",
  "WW AV", "", "D", "")
T("""Agency worker, Sheffield warehouse: "We're paid properly, the agency gives us a minibus for £3 a day which is cheaper than the bus and it's optional. No complaints." GLAA noted charged transport is voluntary and not excessive.""",
  "", "ct", "", "")
T("""Albanian lad (17) found walking on the A1 near Scotch Corner at 4am with no shoes, says he ran from a cannabis house near Darlington where he'd been kept for 5 months. He says the men have guns.

Officers from Durham found him at 04:10 after a lorry driver called 999. He had a pair of shorts and a T-shirt and nothing else, and his feet were cut. He says the house has "many plants" and two other boys may still be inside. He could not give the address but described a "long road with a pub and a church" and a white van that brought food.

He is now at Darlington Memorial Hospital with a social worker. He says he owes the men "for the lorry" and does not know how much. Search of the area with the helicopter is being planned for daylight.""",
  "AV RM DB IS", "rm pa fpe iso", "C", "h")
T("""My flatmate at uni keeps going on about being a slave to her dissertation lol. Anyway I'm reporting a lost bank card.""")
T("""Yorkshire Ambulance Service crew: attended a house in Castleford for a 40yo man with chest pain. 11 mattresses in the lounge, approx 9 men present, none spoke English except one who said they all work at "the chicken place" and he "does the money". Patient conveyed. Crew concerned.""",
  "", "oc sp", "L", "")
T("""The madam's sister in Sudan arranged the job. In England I was alone in the house with madam's mother all day and night. I was not permitted to speak to the Sudanese neighbours. I did not know the town's name until the police told me.""",
  "IS", "iso", "D", "")
T("""Police National Database check on applicant for taxi licence in Wakefield, nothing relevant. Licence granted.""")
T("""He paid my flight from Manila and said I'd pay him back in 3 months, it's been 2 years and I still owe him more than when I came, because he adds rent and my food and the phone.""",
  "DB", "", "", "")
T("""Officer handover notes, Newcastle CID: Romanian man (29) arrested for a bank fraud (opening accounts with false documents). In interview, says he did it for a man called Gabi who holds his passport and his wife's, and who said he'd hurt their daughter in Romania if he didn't. Passports located in Gabi's car. NRM referral, s45 to be considered.""",
  "RD IT", "dt", "C", "")
T("""URGENT!!! theres a girl screaming in the flat above the vape shop on Newport Rd and a man keeps saying shes not going anywhere till she pays, she sounds young like 15 or 16, PLEASE SEND SOMEONE NOW""",
  "AV RM DB", "rm", "", "i")
T("""I asked the boss for my wages he said next month, next month, next month. 7 months now. I cant go because he have my passport.""",
  "WW RD", "dt", "", "")
T("""Employment tribunal claim summary: Polish HGV driver says his employer in Immingham paid him late twice this year and underpaid holiday pay. He continues to work there and has his own account. Dispute about contract terms.""")
T("""GLAA intelligence: labour provider in Hull supplying workers to a seafood processor. Workers (Romanian) report: £150 "job fee" paid to the provider's cousin in Iasi; two mobile phones used by the provider to log into all workers' bank apps; 27 bank cards found at the provider's flat. Workers receive what the provider transfers back, roughly a third of their pay.""",
  "WW", "uf mb nc", "L", "")
T("""Bus driver in Sunderland says the same girl, 14-ish, gets on at 11pm every Friday with a different older man and gets off at the Holiday Inn.""",
  "AV", "ce", "S", "h")
T("""Victim says that after the surgery in Istanbul she was sent back to Leeds with a scar and a bandage and was never given the money she was promised for the kidney; the man who organised it said she had agreed to do it for free and that he'd tell her husband if she went to the police.""",
  "DE WW IT", "", "O", "h")
T("""Student from Nigeria (22) at Teesside University says she works 20 hours a week in a care home as allowed by her visa and the home wants her to do more. She has refused and they accepted it. No concerns; advised on visa conditions.""")
T("""Intel: Car wash at former Jet garage, Doncaster Rd, Barnsley. 5 Kurdish males. Owner takes them back and forth to a house in Goldthorpe in his van. Workers told officers they are happy and paid £60 per day cash. 3/C/P. Low concern.""",
  "", "et", "", "")
T("""Witness: "He used to lock the kitchen so she couldn't eat unless she'd finished the ironing for the whole family. She was skin and bone." """,
  "AC", "pa", "D", "")
T("""The pay is low, like £9 something, but it's mine and I can leave any time, I only do it because I need the hours.""")
T("""South Tyneside Council, adult social care: Ms R, 48, with learning disability, has a new "friend" who moved in, uses her flat to store stolen goods and has her cash card. Ms R told her social worker he said he'd leave her if she told anyone. Police informed.""",
  "AV", "nc", "C", "")
T("""Debrief (Eritrean, Tigrinya interpreter): He says that in Libya he was kept in a warehouse for 6 months and beaten until his family paid. In the UK he has been living in Middlesbrough with his cousin and working in a factory legally. He says he has not been exploited in the UK. (Overseas exploitation only.)""",
  "PV RM", "rm", "", "h")
T("""Anon: the window cleaner round Whickham uses lads from a hostel, gives them a fiver and a sandwich for a full day and tells them they'll be back on the street if they moan""",
  "AV WW IT", "", "L", "h")
T("""Caller reports her elderly mother's carer from an agency in Harrogate is "stealing" - later found to be a misunderstanding over a shopping receipt. No offences.""")
T("""Sheffield Crown Court press release: a couple from Rotherham have been sentenced for holding a Hungarian woman in their home for 6 years, where she cooked, cleaned and cared for their children, sleeping in a cupboard under the stairs. She was not allowed to leave the house alone and her identity card was hidden in a drawer. She received no pay.

The woman, now 39, had met the couple in a market in Miskolc where they offered her work as a cleaner in England with a wage of £800 a month. The court heard she worked from before the children woke until late at night, seven days a week, and that on the few occasions she was taken out, to church or to the shops, one of the couple was always at her side.

She was found in 2023 when a health visitor, calling about the youngest child, noticed her and asked her name. She was unable to give the address in English.

Judge Harris said the couple had treated her "as a possession". They were jailed for six and seven years. A Slavery and Trafficking Prevention Order was made against each.""",
  "RM RD AC WW DE EO IS", "rm dt plc lh et iso", "D", "h")
T("""Humberside Police control room: lorry driver at Hull docks reports hearing knocking from inside a sealed container that has just come off a ship from Rotterdam. Container opened: 7 adults and 2 children, dehydrated. Ambulances called.""",
  "", "pa", "", "i")
T("""Hope for Justice case review: client (British, 34, autistic) was "befriended" online by a woman who persuaded him to open 4 bank accounts and let her friends use them. He received nothing and was told the police would arrest him if he stopped. Accounts frozen for money laundering.""",
  "AV IT", "mb", "C", "")
T("""Romanian female, 31, says she pays £100 a week to a man to drive her to the Leeds hotel where she works as a cleaner and that she cannot choose another way to get there as the hotel is out of town. She keeps her own wages otherwise and lives with her sister.""",
  "", "ct", "", "")
T("""OFFICIAL-SENSITIVE. Handover, Op BRAMBLE day 3.
- Sarah (Vietnamese, 17) - now with foster carers in Durham, settled, NRM submitted. Disclosed she was made to work at the nail bar in Stockton for 12 hours a day and slept on the salon floor; the owner took her phone.
- Minh (M, 34) - salon owner, charged s1 MSA, remanded.
- Linh (F, 26) - employee at same salon, has her own flat and passport, paid properly, gave a witness statement; not a victim.
- Outstanding: download of Minh's phone; bank enquiries on 3 accounts.""",
  "AV EO AC IS", "lh sw iso", "L", "h")
T("""ppl at the massage place r def not ok. 1 girl told me she cant leave til she pays back 10k""",
  "DB RM", "rm", "S", "h")
T("""Council housing officer, Kirklees: family of 7 (Czech Roma) in a 3-bed, all related, parents work at a bakery, children in school. Overcrowding noted under housing standards, rehousing application. No exploitation.""")
T("""They said I would drive a forklift. I have a forklift licence. They made me clean the toilets at the chicken factory at night, for nothing until the "debt for the flight" was paid. The debt never went down.""",
  "DE WW DB", "", "L", "h")
T("""INT 2/B/P: Male known as "Chino" collects Chinese women from Newcastle Central station and takes them to flats in Fenham and Benwell where they sell sex. Each woman is told she owes £30,000 and pays £1,000 a week.""",
  "DB", "et", "S", "h")
T("""Caller says a man from the Sudanese community in Leeds who was known as a community leader "sponsored" a young man's journey and now makes him work at his barber shop unpaid, keeps his Home Office letters and won't let him go to the mosque alone.""",
  "WW RD RM", "dt rm", "L", "h")
T("""Neighbour reports the family at no. 22 employ a nanny from Spain who seems to work very long hours. Officers attended: nanny (27) works 45 hours, has a contract, her own room and days off, and laughed at the concern.""")
T("""The Chinese restaurant in Bridlington pays us fair and we get a day off, but the boss keeps our passports in his safe because he says the hotel rooms are not safe. I want mine back.""",
  "RD", "dt", "L", "")
T("""Victim statement (British male, 52): "They kept me in a caravan in the yard. I wasn't allowed out of the yard except in their van to jobs. I was out paving from 7 till dark, every day. If I asked about money they hit me with a spade handle.

"I'd met Lee at the job centre in Doncaster. I was on the streets then. He said come and work for his dad and you'll get a caravan and £200 a week. I never saw £200. Some weeks I got a tenner and a bottle of cider. They said the caravan and the food cost more than I earned.

"There was another lad there, Craig, who had his own house in Mexborough and came in for a day's work when they needed him. He was alright, he got paid cash and went home. It was different for me.

"I got away when the police stopped the van for a bald tyre and I told the officer I wanted to go with him." """,
  "RM EO PV WW AC DE DB AV", "rm lh et plc", "L", "h")
T("""A&E Hull Royal, 04:10: 22yo female, Nigerian, with facial injuries, says she fell. Staff later overheard her on the phone pleading "I will pay, I will work, don't send them to my mum". Left before assessment complete.""",
  "IT", "pa", "", "")
T("""Press summary: Three members of a Barnsley family were found not guilty today of modern slavery charges relating to two men who lived at their home. The jury heard the men were paid, free to come and go, and had chosen to stay as lodgers.

The trial at Sheffield Crown Court lasted three weeks. Both men gave evidence for the defence, saying they had worked for the family's tree-surgery business on and off for several years, were paid weekly into their own accounts and had keys to the house. One of them said he had once been offered a job elsewhere and turned it down because he liked the work.

The prosecution had argued that the men were kept in poor conditions, but photographs shown to the jury showed two furnished bedrooms. Defence counsel told the court the case had begun with "a misunderstanding by a well-meaning neighbour".

Speaking outside court, the family said they were relieved and wanted to get back to normal.""")
T("""Sheffield school safeguarding lead: Year 11 boy (16) from Slovakia has been missing school to work on a building site with his uncle's crew, paid cash directly to the uncle. Boy says he doesn't mind, but is exhausted and has a burn on his arm.""",
  "AV WW", "nc pa", "L", "h")
T("""Parking dispute outside a mosque in Bradford on Friday, PCSOs attended, no offences.""")
T("""Intel 3/C/P: Hungarian woman begging outside the Metrocentre every day is dropped off at 8am and collected at 6pm by a man in a Mercedes. She gives him a bag of coins. She has one leg.""",
  "AV WW", "ce et nc", "C", "")
T("""Debrief note (Kalayaan caseworker, Leeds): Client (Indonesian domestic worker, 36) came with a diplomat's family. Her employer held her passport, she worked from 6am to 11pm with no day off, and she was told that if she ran away she would be arrested because the embassy would cancel her visa. She managed to leave with the help of a driver.

The family lived in a large house near Roundhay Park for about a year while the father was attached to a consulate. She had a small room off the kitchen with no window. She cooked for dinner parties of up to 20 people and looked after three children, one a baby who slept in her room. She was paid in Indonesia by the employer's brother, she thinks, but her own family tell her only part of the money arrived.

The driver, Mr H. (Pakistani, 50s), also works for the family; he says he was paid properly and had his own flat and he has no complaints. He drove her to a charity office in Leeds after she told him she was going to kill herself.

Referred to NRM. Advised about the diplomatic immunity issue; police and FCDO informed.""",
  "RD EO IT AV AC", "dt lh fa", "D", "h")
T("""Fire service home safety visit, Middlesbrough: HMO with 14 men sleeping on mattresses, locked bedroom doors from outside, extension leads. Men say the landlord's "manager" drives them to a factory each morning and keeps their bank cards. Fire service referred to police and council.

Watch manager's note: on arrival one man, who said he was "the manager", answered every question and told crews the others could not speak English; when he went outside to take a call, a younger man said in English "please, we can't leave, he locks us". Crews fitted smoke alarms and left. The younger man had a healing cut above his eye and wore shoes held together with tape. There was almost nothing in the rooms apart from the mattresses and a few plastic bags of clothes.

Address has two previous calls (2022: chip-pan fire; 2023: report of a van blocking the road) with no other concerns recorded.""",
  "AC RM WW", "oc rm et nc sp pa fpe", "L", "h")
# ---- END ENTRIES ----

PAIRS = [("RD", "dt"), ("RM", "rm"), ("EO", "lh"), ("IS", "iso")]
ORDER_I = list(IND); ORDER_S = list(SIG); ORDER_T = list(TYP)

def auto_risk(ind, typ):
    if "S" in typ or "PV" in ind or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
        return "h"
    if ind or typ:
        return "m"
    return "l"

def main():
    out, problems = [], []
    for n, (text, ind, sig, typ, risk) in enumerate(E, 1):
        rid = "f73-%03d" % n
        for c in ind:
            assert c in IND, (rid, c)
        for c in sig:
            assert c in SIG, (rid, c)
        for c in typ:
            assert c in TYP, (rid, c)
        for a, b in PAIRS:
            if (a in ind) != (b in sig):
                problems.append("%s pair %s/%s" % (rid, a, b))
        ar = auto_risk(ind, typ)
        r = risk or ar
        order = "lmhi"
        if order.index(r) < order.index(ar):
            problems.append("%s risk %s below auto %s" % (rid, r, ar))
        if r == "h" and ar != "h" and "AV" not in ind:
            problems.append("%s risk h by hand (check child)" % rid)
        out.append({"id": rid, "text": text,
                    "indicators": [IND[c] for c in ORDER_I if c in ind],
                    "signs": [SIG[c] for c in ORDER_S if c in sig],
                    "exploitation": [TYP[c] for c in ORDER_T if c in typ],
                    "risk": RISK[r]})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh73.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for p_ in problems:
        print("CHECK", p_, file=sys.stderr)
    print(len(out), "texts written to", path)

if __name__ == "__main__":
    main()
