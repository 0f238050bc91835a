#!/usr/bin/env python3
"""Generates bench/text/fresh.jsonl from the hand-written list below.
Abbreviations: indicators AV DEC ROM ISO PSV THR DOC WAG DEBT COND OT;
types L S C D O; flags 'child' (adds AV when anything else is asserted)
and 'imm' (immediate danger)."""
import json, sys
I = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement",
         ISO="isolation", PSV="physical_sexual_violence", THR="intimidation_threats",
         DOC="retention_of_documents", WAG="withholding_wages", DEBT="debt_bondage",
         COND="abusive_conditions", OT="excessive_overtime")
T = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
# implied signs
IMPLIED = dict(ROM="restricted_movement", DOC="documents_taken", OT="long_hours", ISO="isolated")
S = """
PV disclosed that the controller said he'd hurt her mum back home if she stopped working at the packing factory. | THR | | L
The gaffer told us the police would deport us all if anyone opened their mouth about the farm. | THR | fear_of_authorities | L
She was warned her family would pay for it if she ever tried to run. | THR | |
IP states nominal made it clear he knew which school her little brother goes to. | THR | |
Mate said the boss reckons he'll have us lifted by immigration if we moan about the hours on site. | THR | fear_of_authorities | L
He kept saying something bad would happen to my kids in Lagos if I didn't keep cleaning for his family. | THR | | D
They told the girls their photos would be sent to everyone back home if they stopped seeing punters. | THR | | S
He put a knife on the kitchen table and said remember what happened to the last one. | THR | |
The men who run the building site warned him he would end up in the river if he talked. | THR | | L
Debrief: I was told my sister would be next if I went to the police. | THR | |
Boss threatens to get them sacked and put on the next plane home if they complain about the pay at the car wash. | THR | | L
OIC notes PV was petrified; suspect had told her that people who talk disappear. | THR | fear_of_authorities |
The agent promised to ruin her family's reputation if she left the brothel. | THR | | S
They say the gang will come after his parents in Albania if he doesn't finish working off what he owes at the grow house. | THR DEBT | | C
She is never allowed out alone, the wife comes with her even to the corner shop. | ROM | |
Neighbour reports the door of the outbuilding at the farm is locked from the outside every night with the workers inside. | ROM | | L
Workers at the recycling plant are always escorted to the shop by one of the managers and walked straight back. | ROM | | L
PV stated she couldn't go anywhere without him, he had the only key to the flat. | ROM | |
They were kept in the loft above the takeaway between shifts and not let down until opening. | ROM | | L
The girls are not let out of the flat except to see clients. | ROM | | S
He is driven from the house to the farm and back every day and goes nowhere else. | ROM | escorted_transport | L
Debrief: I was told I wasn't to leave the premises under any circumstances while I worked there. | ROM | | L
Windows screwed shut and a camera watching the front door, the occupants are never seen outside. | ROM | |
the lads at the carwash cant go nowhere, the boss man watches them all day | ROM | | L
Her movements were tracked through an app on her phone and she had to ask permission to go to the shop. | ROM | |
They would only let me go to the mosque if one of the brothers came with me. | ROM | |
All the money from her shifts at the nail bar went straight to the boss, she never saw a penny. | WAG | no_control_of_wages | L
He was paid £20 a week for working in the kitchen of the restaurant. | WAG | | L
Caller says her cousin hasn't been paid for months at the restaurant where he works. | WAG | | L
He had to hand over his bank card and PIN on his first day at the warehouse. | WAG | no_control_of_wages | L
Wages for the pickers are collected by the agent, who gives each man a few pounds for food. | WAG | no_control_of_wages | L
IP states he was told his pay was being kept safe for him but he has received nothing since March. | WAG | | L
She works at the salon for board and lodging only, no salary. | WAG | | L
Her salary goes into an account the recruiter opened in her name; he keeps the card. | WAG | no_control_of_wages | L
Been working at the hand car wash 3 month and the manager keeps saying next week for the money. | WAG | | L
Paid way under minimum wage at the factory, about £2.50 an hour cash. | WAG | | L
The money she earns cleaning the offices is sent to her husband's account and she gets pocket money. | WAG | no_control_of_wages | L
They took a cut of every job he did, leaving him with almost nothing at the end of the month. | WAG | | L
She was promised a job in a restaurant but ended up in a flat in Leeds being sold for sex. | DEC | | S
He was told it was a hotel job with accommodation included; on arrival it was a cannabis grow in a terraced house. | DEC | | C
Recruiter on Facebook said the warehouse paid £12 an hour and gave free housing. None of it was true. | DEC | | L
PV believed she was coming to the UK to study nursing. | DEC | |
They said there was proper work on a building site and a room; the room was a shed and there was no pay. | DEC COND WAG | poor_living_conditions | L
My uncle told my parents I would go to school in London. Instead I clean his house all day. | DEC | | D | child
The advert said care work with a visa, in reality she was cleaning a private house for nothing. | DEC WAG | | D
he was tricked into coming over with talk of good money picking fruit | DEC | | L
The job at the meat plant turned out to be completely different from what was agreed in Poland. | DEC | | L
She answered an advert for modelling work and was instead put in a flat and advertised for sex. | DEC | | S
The man who recruited her in Hanoi lied about everything, the salary, the hours and the nails job. | DEC | | L
The landlord who employs them at the packing plant has been holding onto everyone's ID since they moved in. | DOC | documents_taken | L
Her passport is in the safe at the agency office and they refuse to give it back when she asks. | DOC | documents_taken | L
PV has no ID - nominal took her papers at the airport and put her to work cleaning offices. | DOC | documents_taken | L
The supervisor looks after all the workers' passports so they do not lose them, he says. | DOC | documents_taken | L
She wasn't permitted a mobile and the family she worked for as a nanny stopped her calling home. | ISO | isolated | D
Workers are housed in a static caravan on a farm ten miles from the nearest village with no way of getting out. | ISO ROM | isolated restricted_movement | L
He took the SIM out of my phone so I could not message anybody. | ISO | isolated |
PV didn't know what town she was in or the address of the house. | ISO | isolated |
The workers are banned from talking to the locals and have no phones. | ISO | isolated | L
Manager slapped one of the girls across the face in front of customers at the nail salon. | PSV | | L
PV had cigarette burns on her arms, which she said the controller did to her. | PSV | physical_appearance |
The foreman lays into anyone who works too slowly, punching and kicking them. | PSV | | L
I was raped by the man who brought me here. | PSV | |
He came back from the car wash with a swollen face, says the boss headbutted him. | PSV | physical_appearance | L
They beat him with a metal pole when he said he wanted to go home. | PSV | |
I owe them eight thousand for the crossing and every week they add more. | DEBT | |
He has to keep working on the farm till the £3k he owes for the flight is paid. | DEBT | | L
They charge her rent and food at the nail bar and the amount she owes just goes up. | DEBT | | L
The agency told him his debt for the visa had to be cleared before he could stop working there. | DEBT | | L
Twelve blokes kipping in a 2-bed house, mattresses everywhere, all work at the same factory. | COND | overcrowded_accommodation poor_living_conditions | L
The workers eat once a day, usually just rice, and sleep in the storeroom of the shop. | COND | sleeps_at_workplace | L
No gloves or masks while using industrial chemicals at the recycling yard, their hands covered in rashes. | COND | physical_appearance | L
The caravans they live in have no running water and the toilet is a bucket. | COND | poor_living_conditions | L
They're on the go at the car wash from 6am till gone 10 every night, no days off. | OT | long_hours | L
She does 16-hour shifts seven days a week at the takeaway. | OT | long_hours | L
The kitchen staff work from when they wake up until after the restaurant closes, with no rest day. | OT | long_hours | L
Men with learning difficulties being picked up from the soup kitchen to lay driveways for cash. | AV | | L
He was targeted because he was here illegally and had nowhere else to go, and now works at the scrapyard for food. | AV WAG | | L
The controller knew she was addicted to heroin and used it to keep her selling sex. | AV | | S
there lookin scared all the time and the men are bused in at 5am and took home at midnite | OT | physical_appearance collected_early_dropped_late long_hours | L
the girl next door dosnt go out ever, the man locks the door wen he leaves | ROM | |
they aint been payed in weeks and the boss sez if they complane hell get them deportd | WAG THR | fear_of_authorities | L
i think they sleap in the back of the shop theres matresses on the floor | COND | sleeps_at_workplace poor_living_conditions | L
lots of diffrent men comming and going from the flat all nite and the girls look about 15 | | | S | child
boss has took there pasports and keeps them in his car, they work on the roofs | DOC | documents_taken | L
the cleaner at number 4 works for the family day and nite and never gets a day of, i never see her leave the house | OT ROM | long_hours restricted_movement | D
ther threatning the kids round here to sell drugs for them | THR | | C | child
the workers at the chicken factory get shouted at and pushed about and they get paid hardly nothing | PSV WAG | | L
the poor fella at the car wash has had the same clothes on for weeks and looks starving, i dont think he gets payed | WAG | physical_appearance | L
IP states nom took ppt on arrival & has not returned. IP works at car wash 7 days, £30 p/w. | DOC OT WAG | documents_taken long_hours | L
PV disclosed being struck with a belt by nominal ADAMS when she refused to go to work at the factory. | PSV | | L
Welfare check at HMO: 14 males, 3 rooms, mattresses on floors. All state they work for the same gangmaster. | COND | overcrowded_accommodation poor_living_conditions | L
Cuckooed address. Occupant, a vulnerable adult and heroin user, stated dealers moved in and he cannot get them out. | AV | | C
Intel: female (17) being moved between Airbnbs in Manchester, advertised on adult sites. | | | S | child
OIC spoke to IP with an interpreter. IP states no threats, no violence, free to come and go, has own passport. | | |
Intel: nominal JONES believed to be holding passports belonging to the workers at his car wash. | DOC | documents_taken | L
PV states she was made to work in the shop 7 days and was told she owed £5k for her visa. | OT DEBT | long_hours | L
Intel suggests nom is housing Romanian nationals above the bakery; they work all hours and are paid in cash a fraction of the rate. | OT WAG | long_hours sleeps_at_workplace | L
Punters book through a website and the girls are moved to a new town every fortnight. | | | S
She was made to see up to ten men a night and hand over everything she made to him. | WAG | no_control_of_wages | S
Reports of a massage place on Queen St open until 3am, the girls never leave the premises. | ROM | restricted_movement | S
Her boyfriend set up the profile on the escort site and drives her to the appointments. | | escorted_transport | S
Two women found at a pop-up brothel in a rented house said the man took all the money. | WAG | no_control_of_wages | S
14yo boy found in a flat in Swindon with wraps and a burner phone, 150 miles from home. | | | C | child
Young lads are made to steal from shops in the city centre and hand the stuff over to an older man. | | | C | child
Vietnamese male found tending plants in a sealed-up house, said he could not leave and had not been paid. | ROM WAG | | C
She was forced to open bank accounts and let them move money through them. | | | C
Women made to beg outside the station and hand over the takings to a man in a car. | WAG | no_control_of_wages | C
She cooked, cleaned and looked after the couple's three children from 6am to midnight and slept on the kitchen floor. | OT COND | long_hours poor_living_conditions | D
Employed as a live-in nanny by a diplomat; was not given a day off in two years. | OT | long_hours | D
Domestic worker debrief: my employer kept my passport and I was only allowed out with madam. | DOC ROM | documents_taken restricted_movement | D
He was offered £5,000 to travel to the UK and give up a kidney. | | | O
Intel suggests a network bringing people to London for the sale of their organs. | | | O
Debrief: the boss screamed at us every day and said if we stopped he would call immigration. | THR | fear_of_authorities | L
He told the pickers that anyone who went to the police would be found. | THR | | L
The girls were told their mothers would be killed if they tried to escape from the flat. | THR | | S
She says he threatened to burn her with an iron if the shirts weren't done. | THR | | D
Caller: my brother is being held in a caravan on a farm near Spalding right now, they took his phone and he thinks they will hurt him tonight. | ROM ISO THR | restricted_movement isolated | L | imm
Message from a girl: he has locked me in the bedroom and he is hitting me, please help now. | ROM PSV | restricted_movement | | imm
They keep the workers in the unit overnight with the shutters down. | ROM | restricted_movement | L
He said the door was bolted every night and someone sat outside it. | ROM | restricted_movement |
The women never leave the house unaccompanied and are collected by car whenever they go out. | ROM | restricted_movement escorted_transport |
We were allowed out one hour on Sunday, with the boss driving. | ROM | restricted_movement escorted_transport |
PV stated the wages go into the gang master's account and he pays them what he wants. | WAG | no_control_of_wages | L
They do not get paid, the boss says the money goes on their food and rent. | WAG | | L
He made £400 a week laying tarmac but the boss kept all but £40. | WAG | | L
The manager deducts so much for the van and the bed that the men end up with nothing. | WAG | charged_transport | L
For two years she never received a wage from the family, only food and a bed. | WAG | | D
The employer has everyone's bank cards in a drawer at the office. | WAG | no_control_of_wages multiple_bank_cards | L
They were told they would be working in a hotel in London but were sent to a car wash in the Midlands. | DEC | | L
Promised a well paid job in construction, he was put to work for nothing. | DEC WAG | | L
She thought she was coming to look after an elderly lady, but had to work in a nail bar. | DEC | | L
The agency lied about the pay and the hours before he came from Romania. | DEC | | L
On arrival in Birmingham the job did not exist and he was told he owed £2,000 for the travel. | DEC DEBT | | L
She came on the promise of marriage and was kept as a servant in the house. | DEC | | D
Boy of 15 taken out of Sunderland to Blackpool to sell crack, told he owes for drugs the police seized. | DEBT | | C | child
I owed them for my trip and they said I would work at the farm until it was all repaid. | DEBT | | L
We did not get to keep our money because of the debt, they said it would take years. | DEBT WAG | | L
Their passports were locked away by the manager the day they started at the factory. | DOC | documents_taken | L
She has been trying to get her passport back from the agent for six months. | DOC | documents_taken | L
He had no idea where he was, the phone was taken and he had no contact with anyone. | ISO | isolated |
They moved her from city to city every few weeks and she spoke no English. | ISO AV | isolated |
He was kicked and beaten by the man in charge of the gang. | PSV | |
She showed bruises on her legs which she said the madam did with a stick. | PSV | physical_appearance | S
No breaks all day and sleeping in the van at the site. | COND | sleeps_at_workplace | L
They are fed leftovers and sleep on cardboard in the kitchen of the takeaway. | COND | sleeps_at_workplace poor_living_conditions | L
They work through the night packing boxes and start again at dawn. | OT | long_hours | L
Eighteen hour days at the nail salon, no time off since she came. | OT | long_hours | L
Noise complaint: music from the car wash until late on Saturday. | | |
Caller concerned that workers at the farm may be exploited; asked what signs to look out for. | | |
PV confirmed she holds her own passport and is paid weekly into her own bank account. | | |
No concerns identified. Staff are on the payroll, have contracts and take regular breaks. | | |
Officer asked if anyone had taken her documents; she said no. | | |
He says he can leave whenever he wants and goes home to his family at weekends. | | |
Leaflet drop on the estate about spotting the signs of modern slavery and forced labour. | | |
Student working part-time at a restaurant, happy with her hours and her pay. | | |
Neighbour dispute over parking outside the nail bar. | | |
Burglary at the takeaway overnight, cash register emptied. | | |
Man reported his wallet and bank cards stolen at the train station. | | |
Safeguarding referral closed: no evidence of threats, coercion or control. | | |
PV denies being hit, locked in, or made to work without pay. | | |
If you're ever told you owe money for a job, contact the helpline. | | |
Training session for staff on debt bondage and the retention of documents. | | |
The farm workers live in good quality caravans and are free to leave when they like. | | |
Complaint that the builders next door start at 7am on Saturdays. | | |
Teenager missed school to go to a football tournament. | | |
Woman locked herself out of her flat and called a locksmith. | | |
The au pair says the family treat her well and she has every weekend off. | | |
Was she ever threatened by her employer? Unknown at this stage. | | |
Asked whether the men were paid; the supervisor produced payslips for all of them. | | |
Kidney transplant patient discharged from hospital after a successful operation. | | |
The lads at the car wash are friendly, get paid weekly and go to the pub after work. | | |
No one has ever taken my passport, I keep it in my drawer. | | |
Caller wanted advice in case her brother's employer ever tries to keep his passport. | | |
Debrief notes: no indicators of exploitation, male is self-employed and manages his own money. | | |
Workers said they could leave at any time and that nobody held their documents. | | |
Training pack scenario: if a worker says his boss has his passport, what should you do? | | |
Farm shop advertising for seasonal fruit pickers, £11.50 an hour, accommodation available. | | |
A customer was abusive to staff at the nail bar and was asked to leave. | | |
Report of a smell of cannabis from a flat, occupant is a known personal user. | | |
She said she was not scared of anyone and nobody had ever hurt her. | | |
Man found sleeping rough in the park, offered a hostel place which he accepted. | | |
Shop owner reports shoplifting of coffee by a known adult male. | | |
Workers interviewed at the packhouse: hours are 8 to 4, they have days off and hold their own ID. | | |
The nanny has her own room, a contract and is paid into her own account every month. | | |
Concern raised but after visit no signs of control, the men come and go freely. | | |
"""
out = []
for n, line in enumerate(l for l in S.strip().split("\n") if l.strip()):
    parts = [p.strip() for p in line.split("|")]
    while len(parts) < 5:
        parts.append("")
    text, inds, signs, types, flags = parts[:5]
    inds = inds.split(); types = types.split(); flags = flags.split(); signs = signs.split()
    child = "child" in flags
    if child and (inds or types) and "AV" not in inds:
        inds.append("AV")
    for i in inds:
        if i in IMPLIED and IMPLIED[i] not in signs:
            signs.append(IMPLIED[i])
    ic = [I[i] for i in inds]; tc = [T[t] for t in types]
    if "imm" in flags: risk = "immediate"
    elif (child and (ic or tc)) or "PSV" in inds or "S" in types or "O" in types or ("THR" in inds and "ROM" in inds) or len(inds) >= 3: risk = "high"
    elif ic or tc or len(signs) >= 2: risk = "medium"
    else: risk = "low"
    out.append(dict(id=f"fresh-{n+1:03d}", text=text, indicators=ic, signs=signs, exploitation=tc, risk=risk))
with open(sys.argv[1], "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(out), "texts;", sum(1 for r in out if not r["indicators"] and not r["exploitation"]), "clean")
