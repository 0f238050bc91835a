#!/usr/bin/env python3
"""Hand-written held-out texts for the Sightline indicator detector (set fresh15).

Every text below was written by hand; the short codes are only abbreviations of
the label codes to save typing. Risk is given by hand when it is 'immediate' or
when a child is at risk ('c' -> high); otherwise it follows the stated rule
(high: violence, sexual type, threats+restriction, 3+ indicators; medium: any
indicator or type; low: nothing).
"""
import json, os

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", saw="sleeps_at_workplace",
           fpe="few_personal_effects", rmv="restricted_movement",
           ced="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport",
           ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")

T = []


def E(text, ind="", sig="", typ="", risk=None):
    inds = [IND[c] for c in ind.split()]
    sigs = [SIG[c] for c in sig.split()]
    typs = [TYP[c] for c in typ.split()]
    if risk == "i":
        r = "immediate"
    elif risk == "c":
        r = "high"
    elif risk in ("high", "medium", "low"):
        r = risk
    else:
        if ("PV" in ind.split() or "S" in typ.split() or len(inds) >= 3
                or ("IT" in ind.split() and "RM" in ind.split())):
            r = "high"
        elif inds or typs:
            r = "medium"
        else:
            r = "low"
    T.append(dict(text=text.strip(), indicators=inds, signs=sigs, exploitation=typs, risk=r))


def build():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh15.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, t in enumerate(T, 1):
            rec = {"id": "f15-%03d" % i, **t}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(out, len(T))


# ---------------------------------------------------------------- texts
E("""2/B/P. INT suggests hand car wash on old Texaco forecourt, A49 south of LEOMINSTER, run by nom POPESCU. 5-6 ROU males. Collected 0630 in silver Transit, dropped back after 2100, 7 days. Males thought to sleep in portacabin at rear of site. POPESCU answers all questions from customers for the staff.""",
  "EO AC", "ced lh saw sfw", "L")
E("""theres a girl in the nail place on Commercial St looks about 14 shud be in school. shes there every day till 9 at nite. man in a black bmw drops her and picks her up never lets her walk anywhere on her own. she looks terrified of him""",
  "AV EO RM", "lh et ced rmv", "L", "c")
E("""Caller reports neighbour's van blocking her drive for the third time this week. Verbal argument over the fence, no threats made, no injuries. Advised re civil parking matter.""")
E("""Salvation Army caseworker note. Client (Vietnamese male, 19) says he came in a lorry after a long journey through France. He was told a cousin would give him restaurant work in Birmingham. Instead he was taken to a house in Stoke where every upstairs room had plants and lights. He watered and cut the plants and was not allowed out; the doors were screwed shut and food came twice a week. He was told the family still owed £18,000 for the journey and that his work would pay it off. He has no idea where the house was.""",
  "DE RM IS DB AV", "rmv iso", "C")
E("""GLAA compliance visit, packhouse nr WISBECH. 62 agency operatives on site. All had contracts in Polish/Lithuanian/English, payslips checked against bank statements, accommodation not supplied. No fees charged for work finding. Two minor breaches re record keeping, advice given. No labour exploitation concerns identified.""")
E("""Girl, 15, seen at A&E with a broken wrist at 03:10. Accompanied by male approx 30 who said he was her 'uncle' and answered every question put to her. She had two phones and £300 in cash. Story of injury inconsistent. Child exploitation screening tool completed, concerns re CSE.""",
  "AV", "sfw pa", "S", "c")
E("""my mate was promised a hotel job in London through a facebook advert. They paid the man £400 for the place and the minibus. when they got here it was a chicken factory in Norfolk and the wages went to the man's account. they get £50 a week for food""",
  "DE WW", "uf ncw", "L")
E("""Intel 1/A/P: nom KRASNIQI controlling cannabis grow at 14 Orchard Way (IP address only). ALB juvenile, approx 16, living at address as gardener. Juvenile has no phone and no key.""",
  "AV RM IS", "rmv iso", "C", "c")
E("""Met student at the station desk, Chinese national, 20, had her handbag stolen on the train to Aberdeen. Passport, BRP and bank cards all in the bag. Crime report raised, advised to contact the embassy re emergency travel document.""")
E("""She says that the lady of the house took her passport on the first day "to register her at the council". She cleaned, cooked and looked after three children from 6 in the morning until after midnight, every day. She slept on the floor of the kitchen. She says that she was promised 400 dollars a month and has never been paid anything, the lady says the money is being saved for her.""",
  "RD EO AC WW DE", "dt lh plc", "D")
E("""Pop-up brothel suspected, Airbnb flat, Westgate, Wakefield. Adverts on AdultWork show same 3 Romanian women moving city every week. Male seen bringing food and collecting cash. Women never seen going out alone.""",
  "RM", "rmv", "S")
E("""Bank alert (financial crime team): 14 debit cards in different names used at the same ATM on Lisburn Road between 01:00 and 01:40 on 3 nights. Accounts opened within 10 days of each other, same mobile on each application, wages from a recruitment agency paid in and withdrawn in full the same day.""",
  "WW", "mbc ncw", "L")
E("""Worker at the meat plant caught his forearm in a conveyor on the night shift, first aid given by the supervisor and he was driven to Ninewells by the shift manager. HSE informed by the firm. He is on full sick pay.""")
E("""Caller (anon): "lads at the car wash on Bridge St are living in the shed behind it, 6 or 7 of them in there, no heating, they use the jet wash hose to get washed". Caller says they work from 8am till dark.""",
  "AC EO", "saw oc plc lh", "L")
E("""ESTONIAN national detained at Stansted with two Polish women aged 18 and 19. Women held return tickets he had bought and did not know the address they were going to. He had both their ID cards in his jacket.""",
  "IS RD", "iso dt", "")
E("""Social services referral: Mr K, 58, learning disability, lives alone. A family on the traveller site has been taking him out every day to lay tarmac. He gets "a bit of money for fags". His benefits are paid into an account that one of the sons holds the card for. Neighbours say he has lost a lot of weight and is often out from 5am.""",
  "AV WW", "ncw pa ced", "L")
E("""Probation note: service user says he got involved with a line from Liverpool after he lost his flat. He let two lads stay in his flat in Barrow and they ran it from there. They gave him gear instead of money. When he asked them to go one of them put a knife to his throat. He moved in with his sister after.""",
  "AV PV", "", "C")
E("""Victim debrief, Nigerian female, 24 (via Yoruba interpreter). A woman from her church in Benin City said she would do hair in London. Before she left there was a ceremony and she swore an oath that if she spoke to police her family would die. In London she was told she owed 35,000 euros. She was made to see men in a flat in Peckham every night and give all the money to "Madam". Madam kept her passport.""",
  "DE IT DB WW RD", "dt ncw", "S")
E("""Farmer rang re seasonal workers. He has 40 on the Seasonal Worker visa via an approved scheme operator. One worker told him the operator charged him 600 pounds for the visa at home. Farmer wants advice, workers paid direct by farm, caravans inspected last week and fine.""",
  "", "uf", "")
E("""2/C/C (do not disseminate outside MSHT unit without OIC approval). POI DUMITRU Vasile, DOB 12/04/81. Said to recruit homeless males in Bucharest for building work in Luton. Travel and first month's rent deducted from wages and "the debt keeps going up". Males housed 12 to a 3-bed.""",
  "AV DB AC", "oc", "L")
E("""Hi I work at the takeaway on Castle St. I am fine, my boss pays me every Friday cash and I go home to my family on Sunday. Somebody reported us because we are foreign i think. Please do not come again it frightens the customers""")
E("""Parent rang 999 at 23:40: her son, 14, has come home with a black eye and says he owes "Skinz" £800 for a bag the police took off him in Cardiff. He has been going missing for days. Says they will come to the house tonight if he doesn't pay.""",
  "AV PV IT DB", "pa", "C", "i")
E("""Kidney transplant recipient (living related donor, his brother) seen in renal clinic for 6 month review. Donor work-up done in the NHS at the Royal Free. No concerns.""")
E("""INT from NGO partner: Filipino domestic worker with diplomatic family in Kensington. Works 17 hrs a day, no day off in 2 yrs, sleeps in the laundry room. Not allowed to leave the flat except to walk the dog. Employer holds her passport and her visa card.""",
  "EO AC RM RD", "lh saw rmv dt", "D")
E("""Man in hi vis comes round the estate at 6 every morning with a minibus and picks up the Polish fellas from no 22 and no 24, bring them back at 10 at night. They look shattered. Probably nothing but thought id say""",
  "EO", "ced lh", "L")
E("""Officer handover: IP (SDN male, 17) found at the bus station in Dundee. Says he worked in a car wash in Glasgow for 8 months for "no money, only food". The boss said he would tell immigration to deport him if he complained. Foster placement arranged; NRM to follow.""",
  "AV WW IT", "foa", "L", "c")
E("""Cuckooing: Flat 3, Willow Court. Tenant (female, 42, heroin user) has two young males from London staying for 3 weeks. Since then she is not allowed out without one of them. Door chain, windows taped, dealing from the door all night.""",
  "AV RM", "rmv", "C", "i")
E("""Statement: I had already paid for the work permit. In the farm in Kent we picked strawberries from 5 in the morning. Every week they took money for the caravan, for the bus to the field, for the gloves. Most weeks I had £30 left.""",
  "WW", "uf ct ppe", "L")
E("""I've been reported for the nails shop my staff are all family and paid the living wage, everyone has their own bank and passport. You can come and check any time you like.""")
E("""12 y.o. boy regularly missing from school, found twice in Bournemouth with train tickets he couldn't pay for. Older male texts him "ur on shift". Child says he delivers "food" for a man called Bags. Referred to children's MASH.""",
  "AV", "", "C", "c")
E("""A&E: 31 y.o. Eritrean woman, 28 weeks pregnant, first contact with maternity. Said she was "given to" a man who keeps her in his house and she is not allowed to go out. Bruises on both upper arms. She said she cooks and cleans for him and his three brothers and is not paid. She asked staff not to tell him she had spoken. Midwife safeguarding lead informed.""",
  "RM PV AV WW", "rmv pa", "D")
E("""Local press: Three people from the same family were jailed at Swansea Crown Court for forcing a vulnerable man to work on their farm for over ten years. The victim, who has a learning disability, slept in a horse box and was paid in cigarettes. He was beaten if he tried to leave.""",
  "AV AC WW PV", "saw plc", "L")
E("""Caller: "The lady next door keeps a girl who does everything for them. She's maybe 16, she hangs out washing at 11 at night. I never see her go to school or go out." """,
  "AV EO RM", "lh rmv", "D", "c")
E("""POLICE SCOTLAND – intelligence (2/B/P). Scallop dredger out of Kirkcudbright. Crew of 6 Filipino/Ghanaian deckhands on transit visas. Not allowed ashore. Said to work 20 hour shifts when fishing. Skipper holds their passports in the wheelhouse.""",
  "RM EO RD", "rmv lh dt", "L")
E("""Welfare check at hostel. Resident states a man offered him "easy money" to let him use his bank account for a week. He gave the man his card and PIN. £9,000 went through, he got £200. Now the account is frozen. He doesn't know the man's full name.""",
  "", "ncw", "C")
E("""School referral: Year 9 girl (13) seen getting into cars with older males at the school gates. New phone, new nails, new clothes. Told a friend she has to "go to parties" with the men's friends and do stuff she doesn't want to.""",
  "AV PV", "", "S", "c")
E("""Albanian male, 22, encountered on a lorry at Holyhead. Says he paid smugglers 14,000 euros from his family's savings. Not previously in UK. No indicators of exploitation disclosed, screened, no concerns; passed to Immigration Enforcement.""")
E("""she says i owe 3000 for flight and room and every week she add more for food i never finish. i do massage and the other things in the shop in Leeds and she take all money.""",
  "DB WW", "ncw", "S")
E("""GLAA: licence check at labour provider, Boston. Provider unlicensed, supplying 30 workers to a salad grower. Pay and accommodation fine, workers hold own documents. Unlicensed activity only, warning issued.""")
E("""Intel: Slovak Roma family in Sheffield bringing young men over for 'factory jobs'. Men are signed up to a temp agency, the agency pays into accounts whose cards the father keeps. Men receive £20 a week. Three men share a mattress in the cellar.""",
  "DE WW AC", "ncw oc plc", "L")
E("""Caseworker: Indian national, 46, worked as a chef in a restaurant in Edinburgh. Came on a skilled worker visa. He was paid for 40 hours but worked 80. When he asked about overtime the owner told him his visa would be cancelled and he would be sent home in shame.""",
  "EO IT", "lh", "L")
E("""Two women in the flat above the barbers, men in and out all night, one of them came to my door once crying and said no english and pointed at her wrist like she was tied. car outside always with same man.""",
  "RM", "rmv", "S")
E("""DA incident, Omagh. Couple had argument over money, male left the house. Female has own bank account and job, no injuries, no threats. DASH completed, standard risk.""")
E("""Debrief (via Tigrinya interpreter): He says that in Libya he was held in a warehouse and the men said he could leave if his family paid. He was not able to pay so a doctor took blood tests, and later he woke up with a cut on his side. He was told they had taken a kidney for the payment.""",
  "PV RM", "rmv", "O")
E("""Young lad keeps knocking the doors on Cromwell Rd selling dusters, says he's 16 from up north, man waiting in a van at the end. The lad said he has to sell 30 a day or he doesn't get fed.""",
  "AV IT", "", "L", "c")
E("""Report via Crimestoppers: Chinese restaurant on Market Place, Louth. Kitchen staff never seen outside. Owner's wife drives them to and from a house in Grimsby at 1am. Says they don't speak English and the owner "looks after their papers".""",
  "RD", "et ced dt", "L")
E("""PSNI – call received 101. Male caller states a Romanian man he knows through work, Marius, has been "living in the mushroom shed" on a farm outside Dungannon. Marius told him the farmer keeps his identity card and gives him £100 a month. He works every day. Caller believes Marius would leave if he had somewhere to go.""",
  "AC RD WW EO", "saw dt lh", "L")
E("""Routine visit to care home, Llandudno. Overseas carers sponsored by the home all confirm they hold their own passports, have signed contracts, and are paid monthly into their own accounts. Rotas show 48 hours a week max. Manager cooperative.""")
E("""INT 3/C/P: unverified suggestion that a man at the cash and carry sells kidneys "from India" to British patients. Source is a disgruntled ex-employee. No supporting intelligence.""",
  "", "", "O")
E("""The man took my phone at the airport and said I will get it back when I pay what I owe him for the journey. I washed dishes in his shop to pay it and I did not know which city I was in for 2 months.""",
  "IS DB", "iso", "L")
E("""Missing person, 16, Looked After Child, found in a flat in Hartlepool with two adult males aged 24 and 27. Cannabis, £1,200 cash and a burner in her bag. Males arrested for CSE and supply. She said they 'look after her' and she owes them for the phone.""",
  "AV", "", "S C", "c")
E("""my dad was told the job in scotland was picking daffodils for 9 pound an hour, when he got there they said pay by the box and the box pays nothing. 14 men in one caravan. they took 50 pound each week for caravan. he is scared to call police because he has no visa""",
  "DE AC", "oc plc foa", "L")
E("""Officer note: visited the Thai massage parlour on Bath Road with licensing. Three women working, all had Thai passports with valid visas in their own handbags, said they rent the rooms and keep their earnings. No indicators at this time. Premises licence in order.""")
E("""Debrief (in Polish, interpreter present): Tomasz says he met Robert at a soup kitchen in Gdansk. Robert promised a job in a warehouse in Northampton with a room. On arrival Robert took his ID "to sort the national insurance". Tomasz was put to work at a waste recycling site sorting rubbish by hand without gloves or a mask. His wages went into a bank account Robert opened for him; Robert kept the card. When Tomasz asked for money Robert hit him in the face and told him he would end up in the river like the others.""",
  "AV DE RD AC WW PV IT", "dt ncw", "L")
E("""Border Force, Manchester T2: female 19, Vietnamese, arrived from Hanoi via Paris on a student visa for a language school that has no record of her. Carrying only a small bag and no money. Phone number of 'auntie' written on her hand. Referred to First Responder.""",
  "", "fpe", "")
E("""nail bar next to greggs the girls dont get a day off ever 7 days 9 till 8 every week and i never see them with there own money the manager bloke pays for there lunch and everything""",
  "EO", "lh ncw", "L")
E("""Woman reported her ex-partner is not paying child maintenance and has kept their son's passport after a holiday. Family court matter; advised to seek legal advice.""")
E("""2/A/P. Source states that at the Hollybank hand car wash, Kurdish workers are made to pay £150 a month for "uniform and chemicals" and £10 a day for the lift to work. Owner ALI keeps a notebook of what each worker owes and nobody has cleared it.""",
  "DB", "ppe ct", "L")
E("""Sexual health clinic: patient (F, 22, Hungarian) attended with another woman who translated and wouldn't leave the room. Patient says she sees "maybe 10 clients a day". Had no idea which town she was in. Left without follow-up.""",
  "IS", "sfw iso", "S")
E("""County lines, Gwent. 15 y.o. boy from Enfield arrested at Newport train station with 40 wraps plugged. Stated a man he knows as "T" sends him to different towns and he has to stay in trap houses for a week at a time. He has been stabbed in the leg before for losing a package.""",
  "AV PV", "", "C", "c")
E("""Caller concerned about an elderly neighbour. Son-in-law has moved in and taken over her pension and her bank card, she is left with nothing for the meter. She doesn't want police involved.""",
  "", "ncw", "")
E("""INT (1/B/C – not to be shared with the employer): agency workers at the distribution centre, Daventry, supplied by agency via nom NOVAK. Workers pay NOVAK £250 "joining fee" and rent a bed in his houses. NOVAK collects their wages in cash at the gate every Friday and hands back what he decides.""",
  "WW", "uf ncw", "L")
E("""Barn conversion next to the farm where I walk my dog, I think someone is living in the old dairy. Light on at night, washing hanging up. Probably the farm lad, he seems happy enough and drives his own car to the pub.""")
E("""Victim account (Chinese woman, 38, via Mandarin interpreter). She answered an advert on WeChat for a job in a restaurant in Manchester. The 'boss' met her at the coach station and took her to a flat in Salford. She was told the restaurant job had gone and she must 'do massage' to pay the £6,000 she owed for the flight. Men came at all hours; if she refused the boss slapped her. She was not given a key. She says that she is frightened of being sent to prison in the UK because she has no visa.""",
  "DE DB PV RM", "rmv foa", "S")
E("""Teen (17) referred by YOT. Groomed through Snapchat, paid £50 to hold a bag, then told the bag was 'robbed' and she owes £2k. Has been made to deliver to Weston-super-Mare every weekend to pay it back. Mother found messages threatening to share nude images of her.""",
  "AV DB IT", "", "C", "c")
E("""Immigration visit, Cardiff. Two Indian nationals working at a corner shop beyond their visa conditions. Paid cash, living with the owner's family, free to come and go. Immigration offences only, no exploitation disclosed.""")
E("""Neighbour says a van drops about twenty blokes at the house at 11pm every night and they're gone again at 5. There are mattresses in every room you can see them from the street.""",
  "EO", "ced lh oc", "L")
E("""Safeguarding adults referral, Fife. Mrs B (71) says her nephew's friend lives in her spare room and she now cooks and cleans for him and four other men who come and go; they ate her food and she is frightened to say no. Nephew's friend takes her pension card each week.""",
  "AV", "ncw", "D")
E("""Witness statement: "I used to work at the bakery with Ana. She always had money, she went home at Christmas, her contract was normal. I don't know why anyone would think she was trafficked." """)
E("""INT: BEGGING – Group of 4 ROU females aged 20-55 begging outside Tesco, Newcastle city centre. Dropped off 0800 by Audi estate, collected at 1900. Male driver takes the money from them each time. One female has a walking stick and appears unwell.""",
  "WW", "ced et ncw pa", "C")
E("""We worked in the woods near Inverness cutting trees. The gangmaster kept our passports in his house. He said if anyone ran away he would find them and break their legs. We slept in a tent all winter.""",
  "RD IT AC", "dt plc", "L")
E("""Man called the helpline. He paid a recruiter in Kathmandu £3,500 for a job as a care worker. The care home in Essex is fine, he is paid properly and has his passport, but the fee was borrowed from a moneylender at home and the interest is crippling him.""",
  "", "uf", "")
E("""Saw a man drag a girl back into the flat above the vape shop by her hair. She was screaming in another language. It was about 10 minutes ago. They're still in there.""",
  "PV RM", "rmv", "", "i")
E("""GP: male 35, Latvian, attended with back pain. Works at a factory on nights, has 3 jobs in total and does 70 hours a week "to send money home". Lives with friends. No indication that anyone controls him. Advised re rest.""")
E("""Intelligence log. Nom "BIG DAVE" (possibly David MORRIS, DOB 02/1979) running 6 homeless men from Bristol shelters to block paving jobs in Somerset. Men paid in drink and a room at his yard. DAVE has all their bank cards. One man says he was told he owes for the caravan and can't leave till it's paid.""",
  "AV WW DB RM", "ncw rmv", "L")
E("""A man at my church wants his cousin to come from Nigeria to be a nanny for his family. I am worried because he says she will not need wages because she will be family. She has not arrived yet.""")
E("""Text message to Fearless: ther is a boy in the chippy on Station rd hes about 13 chinese kid hes there frying all hours even on a school day never seen him at school""",
  "AV EO", "lh", "L", "c")
E("""Hotel housekeeping staff at a chain in Glasgow city centre supplied by an outsourcing firm. HR received a complaint that supervisors were deducting £5 a shift for 'tabards'. Investigated, refunded, deductions stopped. Staff paid in full to their own accounts.""",
  "", "ppe", "")
E("""Debrief – male, 28, Eritrea. Travelled Sudan–Libya–Italy–France. In Calais a man said he would take him to England for free and he could pay later by working. In England he was put to work in a car wash in Derby for 14 months. He was never told how much he still owed.""",
  "DB", "", "L")
E("""3/D/P. Anon text: "the albanians at the big house in Rowley Regis have kids growing weed in the loft". No corroboration, address has no police history. Partner agencies have no records.""",
  "AV", "", "C", "c")
E("""Caseworker note, Medaille Trust. Client says her husband brought her from Pakistan after the marriage and since then she has been made to look after his parents and his brothers' children. She is not allowed a phone and has never been to the town centre. Her mother-in-law keeps her passport and marriage certificate. He beats her when dinner is late.""",
  "RM IS RD PV", "rmv iso dt", "D")
E("""Two delivery riders sharing one account on the food app outside McDonald's, one of them said he rents the account off his mate for £100 a week. Both seemed fine, no concerns, immigration informed.""")
E("""Police Scotland, D Division. Call from shop assistant: Roma boy (about 10) sent in repeatedly to steal razor blades, an adult woman waiting outside takes them off him each time. Happening now, woman and boy still outside the shop.""",
  "AV", "", "C", "i")
E("""Salvation Army: male, 63, Scottish, alcohol dependent. For six years he worked for a family of landscapers who collected him from the hostel at 6am. He was paid in cider and a bed in a converted stable. His DWP money was collected from the post office by one of the sons.""",
  "AV WW AC", "ced ncw saw", "L")
E("""Anonymous online report: "Big house in Hale, the housekeeper never leaves, the family are away most of the time and she is locked in when they go". Reporter walks past daily.""",
  "RM", "rmv", "D")
E("""Staff at the abattoir complained about noise from the new refrigeration unit. Council environmental health attended. No other issues.""")
E("""Arrest report: Vietnamese male, 20s, arrested running from a cannabis factory in a terraced house in Rochdale. Two thousand plants. Male had a sleeping bag and a rice cooker in the loft. Says men lock the house when they leave and bring food once a week. Claims he was told if he escaped his parents would be killed in Vietnam.""",
  "RM IT AC", "saw rmv plc", "C")
E("""Recruitment fair in Cluj, Romania, advertising jobs at a UK poultry factory. Contract, accommodation and travel costs clearly explained. No fees charged to workers. Reported by an NGO as an example of good practice.""")
E("""They told my sister she was going to be a model in London. They took pictures of her and put them on a website and then men came to the hotel room.""",
  "DE", "", "S")
E("""Anonymous: Restaurant kitchen porter aged about 40 seen sleeping on flattened boxes in the storeroom after closing at the Spice Garden. Owner's son said it's just the once because he missed the bus.""",
  "", "saw", "")
build()
