"""Hand-written texts and labels for fresh46 (Sightline indicator training set).
Each T() call holds one hand-written text and its hand-assigned labels.
Label string: "indicators | signs | types" using short codes below; risk is
derived from the labelling rules unless given explicitly (r=...)."""
import json, atexit, os

IND = dict(av="abuse_of_vulnerability", de="deception", rm="restriction_of_movement",
           iso="isolation", pv="physical_sexual_violence", it="intimidation_threats",
           rd="retention_of_documents", ww="withholding_wages", db="debt_bondage",
           ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", isd="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", swp="sleeps_at_workplace", fpe="few_personal_effects",
           rsm="restricted_movement", ced="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
ROWS = []
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh46.jsonl")

def T(text, labels, r=None, child=False):
    parts = [p.split() for p in labels.split("|")]
    while len(parts) < 3:
        parts.append([])
    ind = [IND[c] for c in parts[0]]
    sig = [SIG[c] for c in parts[1]]
    typ = [TYP[c] for c in parts[2]]
    if r is None:
        if child or "physical_sexual_violence" in ind or "sexual" in typ or len(ind) >= 3 or (
                "intimidation_threats" in ind and "restriction_of_movement" in ind):
            r = "high"
        elif ind or typ:
            r = "medium"
        else:
            r = "low"
    ROWS.append(dict(text=text.strip(), indicators=ind, signs=sig, exploitation=typ, risk=r))

def _write():
    out = OUT
    with open(out, "w", encoding="utf-8") as f:
        for i, row in enumerate(ROWS, 1):
            rec = {"id": "f46-%03d" % i}
            rec.update(row)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", len(ROWS), "rows to", out)

atexit.register(_write)

# ---------------------------------------------------------------- texts
T("""Case summary - Op MARLOW, hand car wash, Station Road, Kettering.

On 3 March officers attended with the GLAA following a call from a customer who noticed the same four men working in the rain at 7am and still there after dark. Five men were spoken to. Three were Romanian nationals, two Albanian.

Victim 1, Florin (31), says he was recruited in Craiova by a cousin of the owner who promised £60 a day and a room. On arrival at Luton he was met by a man called Ion who took his ID card "for the contract" and never returned it. He works 8am to 8pm, seven days, and is given £30 on a Sunday; the rest, he is told, goes on rent and his flight, which he still owes.

Victim 2, Marius (24), confirmed similar hours but said he keeps his own passport and sends his own money home. He did not want to give an account.

The three other men live in a two-bed flat above the unit with nine mattresses on the floor. The site manager, Artan, answered every question on the workers' behalf and became agitated when officers spoke to them alone. Nothing of note found in the office other than unpaid parking notices.""",
  "de rd ww db eo ac | dt lh oc plc sfw | L")

T("""2/B/P INT suggests nom LUCA Andrei DOB 12/04/91 controlling approx 6 females working from flats in Sunderland. Females moved every 7-10 days. Adverts placed on adult site under different names. Nom holds bank cards of the females and collects cash daily.

Females believed to be Romanian and aged 19-25. Adverts use the same two phone numbers, which are attributed to LUCA. One female, "Bianca", is reported to have asked a taxi driver to take her to the police station but changed her mind when LUCA rang her. LUCA drives a black BMW X5 and has previous for assault. Consider financial investigation and a joint welfare visit with an NGO.

Note: a separate report from a hotel in Durham describes two women matching the adverts staying there last month with a man matching LUCA's description.

Hotel staff said the man paid in cash and the women did not leave their room for three days, ordering food to the door.""",
  "ww | ncw | S")

T("""my nieghbour has 10 maybe 12 men going in an out the house next door all hours, a white van picks them up at 5am and drops them after 10 at nite. they look thin and knackered. never see them go shops. curtains always shut. somethin not right""",
  "| ced pa oc |")

T("""Received a call from a woman reporting that her purse was stolen from a café table at Victoria Coach Station. Bank cards and her Spanish ID card were inside. She is a student at the University of Westminster and was advised to contact her consulate for an emergency travel document. Crime reference issued. No further action.

She later rang back to say the purse had been handed in at the ticket office with the cards still inside but the cash gone. The café manager offered to check the CCTV, which shows a man in a grey hoodie lifting the purse and walking towards the Underground. Officers have circulated the image. The student has since travelled to Madrid for the holidays as planned and did not need the emergency document after all.

Her flatmate, also Spanish, confirmed the account and said they had been sitting together revising for an exam. The student asked whether the café could be made to put up signs warning customers about bag thieves. The manager agreed.""",
  "| |")

T("""Debrief account (via Tigrinya interpreter). The interpreter records that Senait says she left Eritrea in 2019 and crossed into Sudan, where a man named Kidane offered to arrange her journey to Libya. She was kept in a warehouse near Kufra with around 200 others for four months. She says the guards beat the men and that she was raped by one of them on several occasions. Her family were called on a phone held to her ear while she was beaten, to make them send $3,500.

She reached Italy by boat and travelled north. In France she met a woman who offered her work cleaning in London. She says that in the UK she was taken to a house in Leicester where she cleaned, cooked and looked after three children from 6am until midnight. She was never paid and was told the woman was "saving her wages for her". She slept on the kitchen floor. She was not allowed a phone and the front door was kept double-locked. She left when the woman's husband left the door open while taking the bins out, and she asked a bus driver for help.

She is fearful of the police because the woman told her she would be put in prison for entering illegally.""",
  "av de rm iso pv it ww ac eo | rsm isd swp lh foa plc | D", r="high")

T("""Licensing inspection, GLAA. Labour provider supplying pickers to a salad farm near Spalding. Inspectors found that the provider had charged new workers a £150 registration fee before placing them. Workers interviewed confirmed they were paid the minimum wage into their own accounts, live in private rented housing of their choice and could leave at any time. Licence conditions breached (fees); warning issued.

The provider's director said the fee covered a DBS check and a minibus to the induction day and that he did not know it was prohibited. He agreed to refund all 23 workers by the end of the month and provided bank transfer evidence a week later. Accommodation, which workers had found themselves, was not inspected. A follow-up visit is scheduled in the spring. The farm, which uses two other licensed providers, was given guidance on checking that workers have not paid anything to get the job.

The farm owner said she was grateful for the advice.""",
  "| uf |")

T("""Patient 17F attended A&E at 02:40 with a wrist injury, accompanied by a man in his 30s who said he was her boyfriend and answered every question for her. She did not make eye contact and appeared underweight. She has three mobile phones in her bag. When the nurse took her aside she said she "has to go back to work at the hotel" and that the man takes her there. Safeguarding lead informed, police called.

The man gave his name as "Jay" and an address in Ilford that does not exist. He left the department when security arrived, leaving the girl behind. She has been identified as a 17-year-old reported missing from a children's home in Essex five days ago. She told the police officer she does not know the name of the hotel, only that it is "near the big Tesco". Her wrist is fractured.

Police are checking hotels near the two Tesco Extra stores in the area.""",
  "av | pa sfw et | S", r="immediate")

T("""Car wash on Lea Bridge Road. Went last Saturday, the lads were polite, had proper jackets and gloves. One of them told me the owner pays them weekly by bank and they all rent their own places. Just wanted to say not every car wash is dodgy, heard on the radio they might all get raided.

Also the coffee van next to it does the best bacon rolls in East London, if anyone from the police is reading this. The owner's son comes at weekends to help and he is doing his A levels. They close on Mondays. Sorry if this is the wrong place to post this, I just think people should report the bad ones and leave the good ones alone.

PS my mate works at a car wash in Walthamstow and he says the same, his boss is strict about breaks and gives them lunch. He has been there five years and is saving to open his own. I know there are bad ones too, I saw the programme on telly about the one in Kent.""",
  "| |")

T("""Probation note. Service user WARD, Kieran, 19, released 6 weeks ago. Reports that since leaving custody he has been staying with an older man known as "Dee" in Ipswich. He says Dee gave him a phone and a place to stay and now says he owes £1,800 for "food and lodging". He is being sent to Colchester on the train with packages. He says if he stops Dee will "come for my little brother". Kieran has a mild learning disability and has previously been assessed as vulnerable. Referral to NRM discussed, he has agreed.

Kieran's mother, who lives in Felixstowe, says she has not seen him since his release and that his phone goes to voicemail. His probation officer notes that his hostel place was withdrawn after he missed two nights. His GP has been asked for his assessment records. Kieran's older brother, who works on the docks, has offered him a room, and Kieran says he would like to go there if Dee cannot find it. A police officer from the county lines team will meet him at the next appointment.""",
  "av db it | | C")

T("""Meeting with Ana (interpreted, Portuguese). She works as a cleaner for a family in Chelsea, live-in, since 2022. She has her own room with a lock, gets Sundays off, goes to church and meets friends. Her employer pays her £2,100 a month into her own account. She came to us only for advice on renewing her visa. No exploitation concerns identified.

Ana mentioned that a friend of hers, also Portuguese, works for a family in Kensington and has similar terms; she has no worries about her either. Ana's visa renewal is straightforward because her employer is sponsoring her, and we referred her to a solicitor recommended by the embassy. She also asked about English classes for her teenage son, who is joining her next year.

Ana's employer's children are now teenagers and Ana says she is thinking of moving to a job in a care home. She was given information about how to do this without losing her status. She thanked the caseworker and said her employers had already offered a reference.""",
  "| |")

T("""Intel log 3/C/P. Unknown source reports Vietnamese male approx 16 yrs seen through window of flat above a nail bar on Green Lane, Derby. Source states the boy does not attend school, is at the salon from opening to close doing pedicures and is never seen outside alone. Owner described as female, 40s, drives grey Audi.

Source adds that there are two other women working at the nail bar who appear to be in their 30s and leave at the end of the day with their own children. Source has no concerns about them. Checks show the grey Audi is registered to a woman at the address above the salon, who has no previous convictions. Research ongoing; consider a welfare visit with children's services.

Update: a PCSO walked past on two evenings at closing time. On the second evening the boy was seen sweeping the floor at 21:15 and then going upstairs with the owner. The school admissions team has no record of a child at the address. A Vietnamese-speaking officer has been requested for the visit.""",
  "av rm eo | rsm lh | L", child=True)

T("""I came here to work in a restaurant. The man in Lahore said £1,500 every month, room, food. When I arrived in Bradford it was not a restaurant, it was a takeaway and I was cooking and cleaning and doing deliveries on a bicycle. He said first I must pay back £8,000 for the visa and the agent. Every month he tells me I owe more because of the room. I sleep in the store room behind the kitchen on flour sacks. I have not seen my passport since the airport. I am not paid, only he gives me £25 sometimes for phone credit.

There is another man in the kitchen, Imran, he is the owner's nephew. He goes home every night and he is paid, I see him get the envelope. He is kind to me but he says nothing to his uncle. I have one bag with two shirts and my prayer mat; everything else I left at home. I am telling this now because a lady from the mosque asked me why I never come on Friday.""",
  "de db rd ww ac | swp dt plc uf fpe | L")

T("""Neighbour dispute. Caller states the family at no. 14 have builders in and the work starts at 7:30am every day including Saturday, and the skip is blocking her drive. She has spoken to the builders who were friendly and said they would finish in two weeks. Advised this is a civil matter and to contact the council regarding noise.

The caller also mentioned that one of the builders parks his van on the pavement. The builders, a father and son from a local firm, were spoken to by a PCSO the next day. They apologised, moved the van, and said they would start at 8am instead. The householder at no. 14 confirmed that the firm is paid in stages by bank transfer. Closed.

The caller rang again a week later to say the work had finished early and that the builders had cleaned the pavement. She asked for her thanks to be passed on to the PCSO.""",
  "| |")

T("""1/A/C (not to be disseminated outside MSHT unit without OIC agreement). Source directly states cannabis grow at 22 Hawthorn Close, Wolverhampton, tended by a Vietnamese male known as "Tuan" who was brought to the UK by lorry. Tuan lives in the property and is locked in; food is delivered twice a week by two Vietnamese males in a black Golf. Source says Tuan was told his family in Nghe An will be harmed if he runs, as he still owes for the journey.

Source also reports that the house next door is occupied by an elderly couple who are unaware of the grow, and that the landlord, a property company in Birmingham, believes the house is let to a Chinese student. The black Golf is thought to be on false plates. Source has seen Tuan at the upstairs window twice but has never seen him outside.

Enquiries: the electricity supplier reports a meter bypass at the address. A Vietnamese male of similar description was stopped in a black Golf in Walsall last year and gave a Hackney address. The OIC has requested a warrant and a Vietnamese interpreter, and has asked for an NRM-trained officer to attend so that Tuan is treated as a potential victim from the outset.""",
  "rm it db av iso | rsm swp | C", r="immediate")

T("""Safeguarding referral from Oakfield Academy. Year 10 pupil, Jade (15), has been absent most Fridays this term. She has been seen getting into different cars outside the school gates, driven by men in their twenties. She has new clothes, nails and a second phone. Yesterday she told a friend that "one of them made me do stuff with his mate" and that she can't say no because he has pictures of her. Mum is unaware. Police and children's social care notified same day.

The friend, also 15, says she was offered a lift by the same men last month and refused; she has not been harmed and has been given advice. The school has shared the registration numbers of two cars with police. Jade's form tutor reports that her grades have fallen and she has fallen asleep in lessons. Jade's older brother, who is 18, is at college and not believed to be involved.""",
  "av pv it | | S", r="immediate")

T("""Midwife booking note. 22 y/o Romanian woman, 14 weeks pregnant, attended with husband who translated. Couple live in a rented flat in Peterborough, he works at a distribution warehouse on a permanent contract. She has her own GP registration and bank account. Routine enquiry about domestic abuse done alone with a telephone interpreter: no concerns raised. Plan: routine care.

At the 20-week scan she attended alone, driving herself. She has started English classes at the library and is planning to return to work as a hairdresser after maternity leave. Her husband's mother is coming from Romania to help after the birth. Health visitor informed of the booking as usual.

Her husband attended the 34-week appointment and asked sensible questions about the birth plan. She has chosen a water birth. The midwife noted that she now speaks good enough English to manage appointments without an interpreter, but one will be booked for the birth in case.""",
  "| |")

T("""Salvation Army caseworker notes, client ref SA-4471.

Client (Polish male, 52) was approached outside a day centre in Kraków in 2021 by a man offering construction work in England with accommodation and £400 a week. He paid 500 zł for the minibus. In the UK he was housed with 14 other Polish men in a four-bedroom house in Walsall; there was one toilet and mould on the walls.

His bank account was opened by the gang the week he arrived. They kept the bank card and PIN, and he received £40 a week in cash. He worked on building sites, then in a recycling plant, usually 12-hour shifts, and was driven to and from work by one of the gang for which £10 a day was deducted.

He has a long history of alcohol dependency. He says they supplied vodka when he complained. When he asked to go home he was punched in the face by the leader, "Pawel". He left after being admitted to hospital with pneumonia, when a nurse asked questions.

The other men in the house were of mixed age; he believes two were "happy to be there" and had their own bank cards.""",
  "av de ww ac eo pv | uf oc plc ncw lh et ct | L")

T("""Public report online: saw a young girl maybe 13 with two older lads at the train station they was making her carry a bag and one grabbed her arm hard when she tried walking off. she looked scared. 14:20 today platform 2 Stockport

the lads were about 17 or 18, one had a red puffer jacket and one had a face mask on, they got on the train to Manchester Piccadilly. she had a school uniform under her coat. i told the guard but he said he couldnt do anything. please check the cameras

update: BTP have the CCTV, the girl has been identified as a 13 year old from Oldham reported missing last night.

her mum has been told. thank you to whoever reported it, the guard didnt help at all.""",
  "av pv | | C", r="immediate", child=True)

T("""Bank financial-crime alert. 11 different debit cards in different names used at the same ATM in Boston, Lincs, between 05:10 and 05:25 on three consecutive Fridays. Accounts all opened within a fortnight in March with the same correspondence address. Salary credits arrive from a labour agency and are withdrawn in full within the hour.

The accounts were opened by three different branch staff, and in each case the same man, described as tall with a shaved head, attended with the account holder and handled the paperwork. The agency paying the salaries is licensed by the GLAA and has been informed. The bank has restricted the accounts pending enquiries and filed a SAR. One account holder rang the bank's helpline to complain, but spoke through an interpreter supplied by the same man.

Two of the cardholders have since been identified working at a fruit packhouse near Boston. Neither had any idea what their balance was. Police and the GLAA are planning to speak to them away from the workplace.""",
  "ww | mbc ncw sfw | L")

T("""Officer handover. IP is a 41-year-old British male, found sleeping in a caravan on a travellers' site outside Bedford. He says he has worked for the family for eleven years laying driveways and has never been paid, just "fed and given fags". He was picked up from a homeless hostel in Luton. He has scars on his arms he says are from being hit with a shovel. He cannot read or write and does not know the site address. Adult social care contacted. He wants to stay in a hostel tonight.

The family on the site, when spoken to, said he was "one of us" and free to go whenever he liked; the two teenage sons said he had "always lived there". A second man found on the same site, in his 60s, says he is a relative, is paid for his work and has a bank card; officers have no concerns about him. The IP's sister in Dunstable has been traced and wants to see him.""",
  "av ww pv iso ac | pa plc isd | L")

T("""Girl at the nail bar on the high street is there every day 9 till 9, she looks about 17 and doesnt speak any english. the owner woman shouts at her constantly. she eats at the desk.

my friend who works opposite says she has seen the girl go up the stairs to the flat above at closing and never come down. the other two women who work there are older and drive home. i dont know if anyone has checked. the place is called Star Nails

its on the parade next to the bookies. i get my nails done there every few weeks and the young one is always working, even on sundays when the others are off.

she never smiles and she has the same top on every time. the owner keeps the till key on a chain round her neck.""",
  "av eo | lh fpe | L", child=True)

T("""Caller reports her husband shouted at her and threw a mug during an argument about money last night. No injuries. She does not want to make a complaint but wanted it recorded. She works as a teacher and has access to her own money. DASH completed, standard risk.""",
  "| |")

T("""Debrief notes, first person as recorded.

"My name is Mihai. I am from a village near Bacău. A woman from our village, Elena, told my mother there was good work in a packing factory in England, nine pounds an hour. She paid for the bus and said I can give her back from the wages.

When we arrived in Wisbech, Elena's son took our identity cards to 'register us'. We got jobs through an agency packing vegetables. The money went into an account that Elena's son made, with a card he kept. Each week he gave us sixty pounds and said the rest is for the house, the bus, the debt. The debt was never finished, it was always eleven hundred.

There was another boy with us, Cosmin, he was sixteen. They made him work nights. When I said I want to go back, Elena's son said 'your mother lives alone, no?' and he laughed.

I called my sister in Leeds from a phone at work and she came in the car. Cosmin is still there."
""",
  "de rd ww db it av | dt ncw | L", r="high")

T("""Call to 101: a man at the garage says his cousin has been living with them for a year and helps in the shop sometimes. He's worried the council think it's "modern slavery" after an anonymous tip. Officer visited: cousin (28, Indian national on a valid visitor visa that has since expired) says he helps out voluntarily, is not paid, is not prevented from leaving and has his passport. Overstay referred to Immigration Enforcement. No MS indicators.""",
  "| |")

T("""SCA referral summary. Albanian male, 17 at the time, recruited on Instagram by a man promising £3,000 a month "gardening" in England. Crossed by small boat. On arrival he was taken to a house in Kent where his phone was taken and he was told he owes £15,000. He was driven at night to a property in Stoke where he watered and fed cannabis plants for five months, sleeping on a mattress next to the lamps. The windows were boarded up and the door padlocked from outside. He was told if police came he must say he was a gardener by choice, otherwise his family in Kukës would "pay".

He was found when a neighbour called the fire service about a smell of burning from the grow's wiring. He was initially arrested, then de-arrested once the officer recognised the indicators. He says there was another boy at a house in Kent when he first arrived, older, who left "with a different man" and whom he has not seen since. He has been placed with foster carers and is learning English.""",
  "av de iso db rm ac it | rsm swp plc | C", child=True)

T("""Nail bar in Sheffield, inspection by council trading standards. Three staff on shift, all Vietnamese, all over 18, contracts on site, paid above minimum wage via payroll. Ventilation inadequate: improvement notice served. Staff confirmed they live with family members nearby.""",
  "| |")

T("""Witness statement (extract). I run the corner shop opposite the car wash. For about six months the same group of lads come in every morning around 7 to buy bread and energy drinks. They used to have money but for the last two months one older man comes in with them and pays for everything, and they're not allowed to hold the cash. One of the lads, the young one with the burn on his hand, asked me once in broken English if I knew a lawyer. The older man came in then and he stopped talking. That is all I know.

I have CCTV in my shop that covers the door and I have given a copy to the officer. I also want to say that the car wash owner himself is always polite and pays for his own shopping; it's the older man I don't trust. My wife thinks one of the lads sleeps in the car wash because she saw a light on late one night, but I didn't see it myself.""",
  "ww | ncw pa sfw | L")

T("""2/C/P. Source reports female (Chinese national, 30s, "Lily") working as masseuse at "Golden Lotus" Northampton. Female is said to sleep in the treatment room, cannot leave without manager and was told her UK visa is fake and she will be deported if she speaks to police. Source believes sexual services are provided.

The Golden Lotus has been licensed as a massage parlour since 2019. Licensing officers visited last year and found two women working, both Chinese nationals, who said they rented the rooms and kept their own takings; it is not known whether Lily was there then. A neighbour complained of men arriving late at night. Source is a former customer and is untested.

Research: two phones linked to the Golden Lotus appear on adverts on an adult services website, offering "full service" with different women each week. The premises' licence is due for renewal next month. The licensing team has agreed to a joint visit with the MSHT unit and a Mandarin interpreter, so that any women present can be spoken to alone.""",
  "rm it | swp rsm foa | S")

T("""Quick note, Saturday outreach van, Ilford. Spoke to a Romanian man (50s) who was begging outside the supermarket. Says he came for a week to visit his daughter, who lives locally, lost his wallet and is collecting his bus fare home. Daughter arrived and confirmed. Given hot drink and leaflet.""",
  "| |")

T("""Sham marriage concern flagged by registrar, Slough. A Portuguese woman (23) due to marry a Pakistani national. She speaks almost no English and could not say where her fiancé lives. A man who said he was her "friend" did all the talking and kept her passport in his jacket pocket. She said quietly, in Portuguese to the interpreter, that she was told she would get £2,000 but has not had any money and is "staying in a house with other girls" she cannot leave. Marriage notice suspended and police contacted.

The fiancé, when contacted by the registrar, said he had met the woman twice and that the "friend" had arranged everything. He has since withdrawn. Police identified the "friend" as a man linked to two previous sham marriages in Birmingham. The woman is in a safe house and has asked to go back to Porto; she is being helped by the Portuguese consulate.""",
  "de rd ww rm | dt sfw rsm | C", r="high")

T("""County lines. Mum of a 14-year-old boy called to say her son Reece went missing Friday and returned Sunday with £400 in cash, new trainers and a cut lip. He told her he'd been "in Swindon with Bosco's boys" and that if he doesn't go back they'll "shank" him. Reece has ADHD and was excluded from school last month.

Mum says Reece has been getting calls at 2am from withheld numbers and that he has a second phone she didn't buy. His older brother, 19, works as an electrician and has nothing to do with it. She is frightened to let Reece go out but says he climbs out of the window. She has asked whether he can be moved to his dad's in Cardiff.

Officer's note: intelligence links "Bosco" to a line supplying Swindon from Bristol.

Wiltshire Police have been informed and the YOT worker will visit on Monday.""",
  "av it | pa | C", r="high", child=True)

T("""Report from the public: the bloke who runs the kebab shop on Kings Rd is a proper crook, he sells cigarettes under the counter and doesnt pay his taxes. someone should shut him down""",
  "| |")

T("""NGO caseworker note (Kalayaan). Client is a Filipina domestic worker (39) who arrived with a Saudi diplomatic family in 2023. She worked from 5am to after midnight, cooking, cleaning and caring for four children, with no day off in eight months. She was paid $200 a month into her sister's account in Manila; the contract said $1,200. Her passport was held by the wife "for safe keeping". She was not allowed to leave the flat in Knightsbridge except to walk the children to school with the driver. She escaped during a trip to Harrods and approached a security guard.

She says there were two other domestic workers in the household: a Kenyan cook who was allowed out on Fridays and had her own phone, and an Indonesian nanny who had been with the family for 12 years and "was happy". She does not know how they were paid. She has since obtained a new passport from the Philippine Embassy with help from Kalayaan, and has a solicitor.""",
  "ww rd rm eo de | dt lh rsm et | D")

T("""Forwarded by Crimestoppers: "brothel in flat 4 above the chippy. different girls every week. they get brought in by a man in a silver merc. the girls look young and never come out"

Crimestoppers note: second report in two weeks about the same address. Previous caller said lights on all night and curtains closed, men arriving by taxi. Flat is rented through a letting agent to a company registered in Cyprus. """,
  "rm | rsm et | S")

T("""Farm worker injury. 34-year-old Latvian man sustained a hand laceration from a potato grader at a farm near Ely. Employer reported via RIDDOR, HSE notified. Worker confirmed he is employed directly, paid weekly, has his documents and lives in a caravan on site with two colleagues; caravan found clean with heating. No exploitation concerns. HSE investigating guarding on machine.

The worker's supervisor, also Latvian, drove him to hospital and stayed until he was stitched. The farm provided the visiting officer with the worker's contract, payslips for the last six months and his holiday record, which shows four weeks taken last year. The caravan site is owned by the farm and charged at £40 a week, which the worker says he is happy with because it includes electricity. He expects to return to light duties in a fortnight.

The HSE inspector noted that the grader's guard had been removed by a previous contractor and not replaced.""",
  "| |")

T("""Cuckooing. PCSO visit to flat 12, Tower Court. Occupant Gary (58), alcohol dependent, says two lads from London have been "staying" for three weeks. They sell from his flat, sleep in his bedroom and make him sleep on the sofa. They took his bank card "to pay for the gas" and he has no money left. When asked if he wants them gone he said he can't say because they know where his daughter lives.

Gary's daughter, who lives in Reading, confirmed she had received Facebook messages from an account she didn't recognise, with photos of her front door. She has reported them separately. The housing association, who manage Tower Court, said other tenants had complained about the flat. Gary says he doesn't want to lose his flat. A joint visit with the drug service has been arranged.

At the joint visit Gary was found alone. The two men had left, taking his television. He said he was relieved. He still does not have his bank card and has no money for food; the drug worker arranged a food parcel and helped him cancel the card. A closure order is being considered to keep the men away.""",
  "av ww it | ncw | C")

T("""Intel 2/B/P. Nom KHAN, Imran. Runs minicab firm in Rochdale. INT suggests nom's drivers transporting females aged 14-16 from care homes to addresses in Oldham where they are given vodka and sexually abused by multiple males. One female, known as "K", is reported missing from care currently and believed with nom's driver tonight.

K is 14, was placed in a children's home in Rochdale in January, and has been reported missing 9 times since. Her social worker says she has been seen in the minicab firm's cars on four occasions. Police have checked the last known address for the driver and it is empty. Urgent: trace and recover K; consider a child abduction warning notice for the driver.

Nom's firm holds a council private-hire licence; licensing have been informed and will review it urgently.

The driver's name is known and a trace is under way; his phone was last active in Oldham town centre at 21:40.""",
  "av pv | | S", r="immediate", child=True)

T("""Au pair, 19, German. Contacted helpline worried about her hours: family asks her to babysit three evenings a week on top of 30 hours. She has her own room, £120 a week pocket money as agreed, days off and her passport. Advised on au pair guidance and speaking to the agency. No exploitation.""",
  "| |")

T("""Police debrief of IP (Vietnamese female, 26, via interpreter). She paid $18,000 to a broker in Hai Phong for a job in a nail salon. In the UK she was driven to a flat in Croydon, where five women slept in one room. She did nails from 9am to 8pm every day and was told she would be paid after the debt was finished, but nobody told her how much was left. The boss "kept her passport for the visa". She was only allowed out with the boss's husband, who drove the women to and from the salon. She says she was never hit.

The salon owner's husband, when interviewed, said the women were "relatives" helping out. Two other workers at the salon, both Vietnamese women with British citizenship, said they were employed normally and went home to their families each night; they said they did not know the new girls' situation. The IP has given permission for her statement to be shared with the NRM and is in a safe house in Kent.""",
  "de db ww rd rm eo ac | uf oc lh dt et rsm | L")

T("""A&E, 23:10. Adult male, Sudanese, approx 25, brought in by a colleague with a crush injury to his foot from a car-lift at a tyre yard. Colleague says they both work there cash-in-hand. Patient declined to give an address. Staff noted no concerns about control; the colleague left his number, the patient has his phone and said his brother will collect him.

The brother arrived at 01:30, a student at the local university, and took the patient home in a taxi. The patient will return to fracture clinic next week. The tyre yard's owner rang the department to ask after him and said he would be paid sick pay. A note was made that the yard might need a health and safety check, passed to the council.

The council's environmental health team visited the following week and found the lift had not been inspected in two years.

An improvement notice was served and the owner complied.""",
  "| |")

T("""Organ trading. Information from the Transplant Service: a British-Pakistani man (47) presented at a London hospital for follow-up after a kidney transplant performed in Pakistan. He says he paid a clinic £30,000 and was told the donor was a "relative". Enquiries via NCA suggest the donor was a labourer from Punjab paid $1,500 and not told of the risks.

The recipient says he was put in touch with the clinic by a man at his gym who had "done the same thing". He has been told his actions may be an offence under the Human Tissue Act if any part took place in the UK. His transplant is functioning. The NCA is working with Pakistani authorities on the clinic.

The recipient's wife said she had been against the trip from the start. The hospital's transplant team is reviewing its referral pathway for patients returning from abroad.

The donor has not been traced.""",
  "av de | | O")

T("""im writing this for my friend Oana she cant write english. she came for a job in a hotel in blackpool cleaning rooms. the agency man took her ID card and says she owes 900 for the transport and house. she works 14 hours and gets 50 pound a week. there are 8 girls in one flat. she wants to go home but he says she cant till she pays. please help

she has only the clothes she came in and a small bag, the agency man keeps everything else in his car. the hotel is nice, the managers are ok, its the agency. another girl from her town, Denisa, has her own papers and lives with her boyfriend, she is fine. Oana is 21. she is in the flat near the pier. she is scared to call police because he says police will put her in prison.

we have her address, please call me.""",
  "de rd db ww eo ac it | dt ct oc lh fpe foa | L")

T("""Children's Services referral. Ten-year-old girl, recently arrived from Nigeria to live with an "aunt" in Croydon. School noticed she arrives late and exhausted; she told her teacher she does all the cooking and cleaning and looks after the aunt's baby before and after school, and is hit with a belt if the house is not clean. She is not the aunt's relative: she was "given" to the aunt by her mother in exchange for school fees.

The aunt's own two children attend the same school and are well cared for. The aunt works as a nurse on night shifts. When spoken to, the aunt said the girl is "like a daughter" and that she does chores "like any child". The girl has not been to a GP since arriving. The school noticed she wears the same uniform every day, has no coat and has no toys or books of her own.""",
  "av pv eo | lh fpe pa | D", r="immediate", child=True)

T("""Border Force, Stansted. Two Slovak women (20 and 22) stopped on arrival from Košice. They said they were going to work in a hotel in Manchester but could not name it. Tickets paid for by a man waiting in arrivals who was identified and found to hold a third woman's ID card. Women spoken to separately: both believe they will earn £400 a week, have never met the man, and he told them to say they were tourists. Safeguarding advice given; women chose to return home.

The man, a Slovak national living in Salford, was arrested on suspicion of arranging travel with a view to exploitation and released under investigation. The third woman whose ID card he held has not been traced; her family in Prešov say she went to England two months ago for "hotel work" and has not called since. A missing-person enquiry has been opened with the Slovak police.""",
  "rd | dt |")

T("""Debrief (English, transcribed). "I was homeless in Manchester and this guy says he can give me a room and work on a farm in the north. I didn't have anything to lose. It was OK at first but then it was twelve, fourteen hours picking and pay went to him 'for the room'. We lived in a shed with no heater, six of us. One time I tried to go and he put me in the van and took me back and said next time it's my legs. I got out when the police did a stop on the van on the A1."

Officer's note: the van was stopped for a defective tyre. The driver, a farm supervisor, was arrested. Two other men in the van said they had been at the farm only a week and had been paid in cash; one, a Lithuanian, said he was fine and wanted to go back to work. The victim, who is 34 and from Salford, has been placed in supported accommodation and has been reconnected with his sister. """,
  "av de eo ww ac it rm | lh plc oc rsm | L", r="high")

T("""Online report: "There is a man who stands at the cashpoint at Tesco Extra every Thursday morning, with a handful of cards, taking out hundreds. Young lads waiting in the van behind him. Might be nothing!""",
  "| mbc |")

T("""Care home, Stoke. CQC inspector raised with police: several Indian care workers recruited by a sponsor who charged each of them £12,000 for the certificate of sponsorship. They do 70-hour weeks, and rent and "training" are deducted so payslips show £300 a month. The manager holds their passports "for Home Office checks". One worker says she was told that if she complained, her visa would be cancelled and she would be deported.

The CQC inspector notes the residents' care was generally good and that the staff were kind and competent. A second group of carers, employed directly by the home before the sponsor arrangement began, described normal hours and pay. The home manager told the inspector she had "no idea" of the fees, though she had countersigned the sponsorship paperwork. Police, the Home Office and the local authority are now working on a joint plan.

The sponsor's licence has been suspended.""",
  "ww eo rd it av | uf lh dt foa | L")

T("""Log. 0930 hrs. Male walked in at front counter and said he wanted to report his employer for not paying his last week's wages after he quit the restaurant. He has a P45, payslips and says the owner "always paid, just this time late". Advised civil route via ACAS. No MS concerns.

The man returned two days later to say the owner had paid him in full by bank transfer and apologised, blaming a cash-flow problem after a burst pipe closed the restaurant for a week. He has started a new job at a hotel in the city centre. No further action needed.

He added that he would recommend the restaurant to his friends because the owner "treats people fairly" and had helped him when his mother was ill. He asked for the log to be closed.

Log closed.""",
  "| |")

T("""CASE SUMMARY - Op HEATHLAND (food factory, Telford)

Background: In August a worker at a chicken processing plant collapsed on the line. Paramedics noted he was dehydrated and had not eaten for two days. He gave the name Tomáš (Slovak, 29).

Recruitment: Tomáš says a man named Dušan recruited him and his brother Peter in a bar in Michalovce, promising factory work at £11 an hour and a "nice flat". Each paid €250 for the minibus. They travelled with nine others over three days, without stopping to sleep.

Work and living: The agency that placed them is legitimate and pays wages correctly into bank accounts. However, Dušan opened those accounts himself and has all the cards; on Fridays he hands each man £50. Tomáš and Peter share a room with four others in a house on Regent Street. Dušan told them the house costs £120 a week each, plus £15 a day for the van to the factory. When Peter said he would complain to the agency, Dušan hit him with a torch and said they would "not see Slovakia again".

Other people: Peter corroborates, but a third man in the house, Róbert, says he came on his own, has his own card and pays rent directly to the landlord; he does not consider himself a victim and we have no concerns about him.

Escape: After the collapse the factory's HR manager called the police. Both brothers have entered the NRM.""",
  "de ww pv it ac | uf ncw oc ct | L")

T("""Text from a member of the public to the helpline: "Big house on Elm Grove Luton 7 or 8 Romanian women in it, a man brings them back at 4am every night in a people carrier, theyre all dressed up, hes always shouting. last night one was crying in the street and he dragged her in by her hair"

Helpline note: caller gave the house number and described the man as large, bald, 40s, with a people carrier with a sliding door. Caller's husband says the women are driven out again each evening at about 9pm. Passed to Bedfordshire Police as urgent.

Bedfordshire record a previous report about the same house in 2023, when a woman was seen at a window with a bruised face. No action was taken then because the occupants could not be traced. A joint visit with the Salvation Army is planned for tomorrow morning. """,
  "pv | ced et | S", r="high")

T("""Debrief account of IP "Hoa" (F, Vietnamese, 19) given to the OIC, with interpreter.

She says she grew up in an orphanage in Quang Binh. At 17 a woman who visited the orphanage told her she could study in England and work part-time in a restaurant. The woman arranged everything and Hoa was flown to Russia, then driven through several countries in the back of cars and lorries. In France she was kept in a forest camp for three weeks.

In the UK she was brought to a house in Birmingham. A man called "Anh Long" told her she owed £22,000 and would work in a massage shop to repay it. She was made to have sex with customers. He kept all the money. When she refused one customer, Anh Long slapped her and locked her in the bathroom overnight. She was only let out to go to the shop, and another girl always walked with her.

She says she does not know the address of the house or the shop, and her phone was taken on arrival. She escaped when the shop was raided by police in a separate operation.""",
  "av de db pv ww rm iso | rsm et isd | S", r="high")

T("""Intel 2/C/C (do not disseminate to Immigration Enforcement without OIC agreement). Source reports that an Eritrean male working at a Manchester car wash, aged around 20, sleeps in the container at the back of the site. No further info.

Research: the car wash is run by a man who also owns two takeaways in Salford. Two Eritrean males have previously been stopped in a car belonging to him. The site is open seven days a week from 8am to 8pm. A daytime visit by the GLAA is being arranged.

A nearby resident has told a PCSO that the Eritrean man is often seen alone on the forecourt late at night, smoking, and that he has never seen him leave the site. A Tigrinya interpreter has been requested. The GLAA officer will try to speak to him away from the owner.""",
  "| swp | L")

T("""Dear Sir, I wish to make a complaint regarding my neighbour who runs a child-minding business from her house and has several children there each day. The noise in the garden is unacceptable. I know she is registered with Ofsted. Regards, Mr P. Hughes""",
  "| |")

T("""The two lads are at the hostel now. Ahmed (16, Sudanese) and Yusuf (17, Sudanese). Both were found by BTP at Euston. Ahmed says a man in Calais paid for his lorry and told him he must work in a kitchen in London to repay it. Yusuf says nobody paid for him, he came alone and has no debt. Neither has worked in the UK yet. Both age-disputed, social care involved.""",
  "av db | |", child=True)

T("""GLAA compliance visit, shellfish packhouse, Fleetwood. Workers (mostly Lithuanian) supplied by labour provider on licence. Payroll records checked: holiday pay paid, deductions only for tax and NI, no accommodation provided. Hi-vis and gloves supplied free of charge. Workers spoken to privately; no complaints. One worker was owed a week's pay after a bank error, which was paid the following day. Compliant.

One of the inspectors noted that the canteen had recently been refurbished and that a workers' representative, elected by the staff, meets management monthly. Two workers asked about bringing family members over, and were given the contact details of an immigration adviser. The packhouse also keeps a record of which workers have raised concerns, which was empty for the last year. Next inspection in two years.

Overall, an example of good practice.""",
  "| |")

T("""i was forced to sell my kidney in egypt. they told me it was a job in a hotel in cairo, when i got there they took me to a doctor and said i have to pay back the ticket or they tell police i am illegal. they gave me 2000 dollar and kept the rest. now i am very sick and i came to england with my cousin

my cousin is helping me with the doctor here, the doctor says i need tests for my other kidney. in egypt i was in a flat with three other men from sudan, they also had the operation, i dont know where they are now. i have only the scar and a paper in arabic from the clinic. i am writing because i read in the news that in england this is a crime.

please dont send me back to egypt.""",
  "de it av | foa | O")

T("""Handover 07:00. Overnight a 15-year-old boy (Leo) from Lambeth was found by Devon & Cornwall in a flat in Exeter with 40 wraps of crack. He had been reported missing on Tuesday. He told the arresting officer he was sent by "T" and owed him £600 after a previous batch "got robbed". He has bruising to his ribs he says was from T "teaching him a lesson". He is being returned to his mum today; NRM referral to be made by Lambeth CSC.

Leo's mother says he had been attending school regularly until Easter, and that she found a second phone in his room in May which she took away. She says a friend of Leo's, a boy called Ty, was also approached by T but refused. Devon & Cornwall have retained the drugs and cash. Leo has been interviewed under caution with an appropriate adult and has given a prepared statement raising the s45 defence.""",
  "av db pv | pa | C", child=True)

T("""Man came into the library asking for help to fill in a form. Said he works in a sandwich factory through an agency and his shifts were cut so he's got less money this month. He rents a room with his girlfriend. Asked about Universal Credit. No safeguarding concerns.""",
  "| |")

T("""INT 1/B/P. POI MOCANU, Vasile, DOB 02/11/83, and partner MOCANU, Daniela. Couple believed to bring Romanian Roma adults, some with physical disabilities, to Newcastle to beg. Victims housed in MOCANU's garage on Shields Road, eight per room, dropped at pitches from 7am and collected at 9pm. All takings surrendered each evening. One victim, an amputee, told PCSO he receives "only food". Victims' ID cards reportedly held by Daniela.

Local shopkeepers have told the PCSO the men are polite and never cause trouble. The MOCANU couple drive a new Range Rover and have recently bought a second property in Gateshead, which financial investigators are looking at. A Romanian community worker reports that one of the beggars, a woman in a wheelchair, told her she has only the clothes on her back and sleeps on a mattress in the garage.

Action: joint visit with Northumbria, the council and a Romanian interpreter.""",
  "av ww rd ac eo | oc plc ced dt ncw lh fpe | C")

T("""Statement of Luz (Filipina, 45), taken by officer in the presence of a Kalayaan adviser.

"I came with my employer's family from Qatar in June. In Doha I was treated well. In London everything changed. Madam said I was not allowed outside because the city is dangerous. I slept in the laundry room. I worked from six in the morning to two at night. I was not given a day off. Madam took my phone after I called my daughter for too long.

My salary was supposed to go to my family, but my daughter told me nothing arrived after May. When I asked, Sir said he would pay everything at the end of the trip.

One night Sir came into the laundry room and touched me. I told Madam and she slapped me and said I am lying. On 14 August the family went to a restaurant and forgot to lock the back door. I walked to the church I had seen from the window."
""",
  "rm iso eo ww pv ac | rsm isd swp lh | D", r="high")

T("""Report by a taxi driver: picked up a lad about 15 from Bristol Temple Meads, he was going to an address in Weston, paid with a £50 note, had 3 phones ringing. Said "my uncle" would meet him. Seemed nervous. Reg of car that met him WX19 ABC.

Checks: WX19 ABC is registered to a woman in Weston who is the mother of a known drug dealer. The taxi driver has done the same run twice before with different boys. The boy matches the description of a 15-year-old reported missing from Lewisham on Monday. Avon and Somerset have been asked to attend the address.

The taxi company has agreed to share its booking records.""",
  "av | | C", child=True)

T("""Routine visit to a farm hostel at Hereford by the council's HMO team. 48 seasonal workers on the Seasonal Worker visa, four per static caravan, heating and hot water working, fire alarms tested. Workers say they pay £60 a week rent deducted from wages, which is shown on payslips and is within the accommodation offset. They can leave the site freely and some have cars. No issues.

One worker complained that the Wi-Fi is poor and another said the shop is too far to walk. The farm has agreed to run a weekly minibus to the supermarket free of charge. A welfare officer visits once a fortnight. The HMO team also checked the gas certificates for the site's kitchen blocks, which were in date. The visit report has been shared with the GLAA as good practice.

Closed with no concerns.""",
  "| |")

T("""Financial intelligence (SAR summary). Account holder: NGUYEN Thi (F, 24). Account opened at a Birmingham branch with a Vietnamese passport; phone number and address on the account belong to a male, TRAN V, who is linked to 14 other accounts. Wages from a nail salon credited monthly and transferred out to TRAN's account the same day, leaving less than £20. NGUYEN has never used online banking.

The branch that opened the account notes that the customer attended with a man who answered on her behalf and gave his own number as the contact, and that three other women with Vietnamese passports opened accounts the same afternoon with the same address. The salon that pays the wages is in Walsall and is registered with the council. No record of NGUYEN at any GP surgery.

Action: MSHT unit to consider a welfare visit to the salon with a Vietnamese interpreter.""",
  "ww | ncw sfw | L")

T("""Victim says she met "Dritan" online when she was 18 and he said he loved her and would marry her in England. When she arrived he took her to a flat in Leeds and said she must work as an escort to pay for the flat and his debts. He posts her adverts on a website every day. He beats her if she earns less than £500 a night.

She says she has met two other women Dritan works with, both Albanian, and that one of them is his cousin and is not forced. She does not know where the other woman is now. She has a phone, but Dritan checks it every night. She has been in the UK for seven months. She came forward after a customer, a retired teacher, gave her a leaflet from a charity and she rang them.

She is now in a safe house in the Midlands.""",
  "de pv db | | S")

T("""Witness: Mrs Ellen Patel, 71. I live next door to number 9. The family moved in last year. There is the mum, dad, three kids and the grandma. Grandma does all the cooking and shopping, she's lovely, chats to me over the fence. Someone told me it's "modern slavery" because she doesn't work and they make her do the housework, but she's their grandmother, she seems very happy, and goes to the mosque with her friends. I don't think there is anything wrong.

Officer's note: the grandmother was spoken to with her grandson interpreting, and then alone with a Bengali-speaking officer. She laughed at the suggestion, said she has cooked for her family all her life and would be bored otherwise, and that her son gives her money every week which she spends on her grandchildren and her friends at the mosque. She holds her own British passport. No further action.""",
  "| |")

T("""Debrief, construction site victim (Indian, 33, Punjabi interpreter):

The interpreter says he paid an agent in Jalandhar 12 lakh rupees for a work visa as a carpenter. His father sold land. In London the sponsor gave him work for two weeks then said there was no more work, so he was sent to a builder in Southall who paid him £30 a day for 12 hour days, in cash, sometimes nothing. He was told that if he left the builder he would lose his visa and be deported, and "the family would lose the land for nothing". He slept in a loft with seven other men. He has his passport.

The builder in Southall, when spoken to, said the man was "a casual" who could leave whenever he wanted, and that the loft belonged to a friend. Two other men in the loft, also from Punjab, said they were paid £60 a day and had no complaints; one said he had paid an agent too, but had "made it back". The victim is in NRM support and has contacted a solicitor about the sponsor.""",
  "de av it eo ac ww | uf lh oc foa | L")

T("""Report - Tinder match asked me for my bank details so he could "pay me for modelling" and then sent money and asked me to transfer it to another account. I think it was a scam so I didn't. Reported to Action Fraud.""",
  "| |")

T("""Safeguarding note, secondary school. Year 9 pupil (13, male) came in with £300 and a new phone. Older pupils have been seen giving him lifts in a car after school. He told his form tutor he "does jobs" for a lad called Kez, taking bags to a house in Harlow. He asked whether the police can see what's on a phone. DSL referral made.

His parents both work long hours and said they thought he had a paper round. His older sister found messages on his phone from Kez offering him "easy money". The boy's school attendance remains good. The DSL has spoken to the Year 9 team about other pupils who may be approached; two other boys have been identified as possibly at risk but deny any contact.

Police have identified Kez as an 18-year-old known for supply offences in Harlow.""",
  "av | | C", child=True)

T("""The worker told us (in Romanian) that she was promised a job as a carer for an elderly lady in Bristol, with pay of £500 a week. In reality she cared for a man with dementia 24 hours a day, seven days a week, and slept on a camp bed in his room. The agency boss, a woman called Rodica, kept the wages that the man's family paid and gave her £50 a week. After four months Rodica told her there was another client and she had to move to Cardiff. She refused and went to a friend's house.

The friend, a nurse, has let her stay and has helped her contact a charity. The worker says the man with dementia was kind and that his family did not know what the agency was doing; his daughter, when contacted, was shocked and said she had paid the agency £1,200 a week. The agency, which is not registered with CQC, is now being looked at by the council's quality team.""",
  "de eo ww ac | lh swp | L")

T("""Police were called to a house party in Canterbury after complaints of loud music. Officers found 40 students, some underage drinking; the party was broken up. No offences disclosed.""",
  "| |")

T("""OFFICIAL-SENSITIVE. Int 2/B/P.

Nom: KRASNIQI, Besnik (Albanian, 35). Nom believed to operate several cannabis grows in Teesside. INT suggests nom recruits Albanian males via TikTok, offering "£80 a day in a warehouse", pays for small-boat crossings and then tells them they owe £20,000. Workers kept in grows and moved between properties every few weeks. One grow at Acklam Road is currently staffed by two males, one possibly 16, who are locked inside. Food drops on Tuesday and Friday by nom's associate, a white Audi A3.

Action: OIC to consider entry under s8 MSA or warrant at Acklam Road as priority.

Note: the Acklam Road property is rented to a Romanian woman who has not been seen there since the tenancy began. The landlord says rent is paid in cash each month by a man he has never been able to name. Neighbours report a smell of cannabis and a generator noise at night. Risk to the occupants assessed as high because they are locked in and there is a fire risk from the electrics.""",
  "de db rm av | rsm | C", r="immediate", child=True)

T("""honestly the woman in the nail bar is the owner, she bought it with her husband and they work really hard. my daughter works there part time and is paid properly. people keep reporting them because they're Vietnamese and its racist""",
  "| |")

T("""Debrief, fishing vessel (Ghanaian man, 38). He was recruited in Accra to work on a scallop boat out of Newlyn for $1,100 a month on a two-year contract. On arrival the skipper took his passport and seaman's book. He lived on the boat, even when it was in port, because he had only a transit visa and was told he could not go ashore. He worked 20-hour days at sea with three hours' sleep. His wages were paid to the manning agency in Ghana, which passed on $300. When he cut his hand badly on the winch, he was given tape and told to keep working.

The harbour chaplain, who visits seafarers in Newlyn, raised the alarm after the man came to the Mission for help with his hand. The chaplain said the other crewmen on the same boat were from the Philippines, had been on the boat for only two weeks and said they had no complaints so far. The boat's owner lives in Penzance and says the skipper handles all crew matters.""",
  "de rd rm eo ww ac | dt swp lh rsm | L")

T("""Call 999 at 21:47. Female caller whispering, says she is locked in a room at a hotel near Heathrow and a man has her passport and says she has to see "customers". Line went dead. Cell site indicates Bath Road. Units deployed.

Update 22:31: officers attended three hotels on Bath Road. At the third, staff recalled a man booking two rooms for a week in cash. In room 214 officers found a woman, 24, Moldovan, who was tearful and said a man had her passport. The man was detained in the car park. A second woman in room 215 said she was there voluntarily and had her own documents.

The man has been charged. The first woman is being supported by the Salvation Army.""",
  "rm rd | dt rsm | S", r="immediate")

T("""Referral to adult social care. Margaret (64) has a moderate learning disability. Her nephew, who is her appointee, collects her PIP and pension and gives her £10 a week. She lives in his back bedroom and does the household cleaning; she says she likes helping. Financial abuse concern.""",
  "| ncw |")

T("""i cant beleive no one is doing anything about the car wash by the roundabout!! the workers are kids i swear one of them is like 14 and they work all weekend in the freezing cold no gloves nothing!!! the boss sits in his bmw all day

and another thing, theres no toilet there, i saw one of them go behind the skip. when i asked the young one how old he was the boss shouted something and he went quiet. its the one on the A6 by the big roundabout. someone needs to check it before one of them gets ill

i've put the same on facebook and loads of people said they've seen the same thing.

my son says the young one looks about his age and hes 14.""",
  "av ac | | L", child=True)

T("""Note of meeting with Priya (Indian, 27) at the refuge. She married her husband in India in 2021 and joined him in Leicester on a spouse visa. His family made her cook and clean for nine people, she was not allowed out alone and her passport was kept by her mother-in-law. She was beaten when the food was late. She has no money of her own. She says her husband told her she'd be deported if she went to the police.

Her two younger sisters-in-law, who are students, were not involved and one of them secretly lent Priya her phone so that she could call the refuge. Priya's immigration solicitor has applied under the domestic violence concession. Priya's husband has been arrested; his mother has been interviewed under caution and denies keeping the passport.

Priya is now in a refuge in Nottingham.""",
  "rm rd pv it av | rsm dt foa | D", r="high")

T("""IP (Pakistani male, 40s) found at a textile workshop in Leicester during a joint HMRC/GLAA visit. He was sewing at 10pm. Workers were paid £4 an hour according to the owner's book. IP says he gets his pay every Friday in cash, lives with his wife in their own house and is free to go. He did not want to be involved. No MS offences identified; NMW enforcement referral to HMRC.

The owner was also found to have a second unit across the road where three more machinists worked. They gave similar accounts and said they were on the same rate; one said he had asked for more money and been given a raise. The unit's fire exit was blocked by rolls of fabric and the fire service was informed. None of the workers described being threatened, being in debt or having their documents taken.

The HMRC referral has been accepted.""",
  "| |")

T("""Intel log 3/C/P: female (Nigerian, 30s) at a church in Peckham is said to have brought her niece (12) from Lagos. The niece does not go to school and is seen carrying shopping and babies. No further detail.

Research: the woman is registered at the address with three children of her own, all at local schools. No child of the niece's description is registered with any school or GP in the borough. Request: children's services to make a welfare visit with police.

Note: the church's pastor has been contacted and says the woman told the congregation the girl is her "house help". The pastor has agreed to speak to the girl alone with a social worker present. The woman's husband is a minicab driver who works nights. A Twi interpreter will be arranged for the visit.

Graded 3/C/P; source is a church member.""",
  "av | | D", child=True)

T("""Long-read summary - Op KESTREL (organ trafficking).

In May, a Ugandan woman, "Grace" (26), was identified at a London hospital after a failed pre-transplant assessment. She had been flown from Kampala by a man, Jonathan, who told hospital staff she was his cousin and would donate a kidney to his father.

Grace later told a social worker through an interpreter that she was not related to the family. She had been selling vegetables in Kampala when Jonathan's associate offered her $7,000 and a job as a housekeeper in London after "a small operation" that he said would not affect her health. She was given a false birth certificate showing her as a relative. In London she was kept in the family's flat, not allowed out and her passport was kept by Jonathan. When she said she had changed her mind, Jonathan told her the family in Kampala would "finish her mother".

The father, a British citizen, says he knew nothing about payment. The hospital trust has strict checks and raised the alarm.""",
  "av de rm rd it | rsm dt | O", r="high")

T("""He says he owes nothing and is paid, he just works long hours because he is saving for a wedding. The manager of the restaurant showed us the rota: 50 hours, two days off. Worker has his own flat and passport. NFA.""",
  "| |")

T("""Statement, public: I am a driver for a supermarket delivery. I deliver every week to a house on Orchard Way. A Chinese lady always answers and she has never been outside in two years, I asked her once and she said her boss doesn't allow it. The man who lives there makes her sign and takes the box. She looks very thin.

I only see her at the door. She always wears the same grey cardigan. Once I saw a bruise on her hand but she pulled her sleeve down. The man drives a white Tesla. I don't want to get anybody in trouble but I think somebody should check on her.

I deliver there every Tuesday between 10 and 12.

My manager said I should report it, so I am. The house has a big black gate and a camera.""",
  "rm | rsm pa fpe | D")

T("""Brief: 18 workers at a Kent fruit farm (Kyrgyz, Uzbek, Tajik). Visa costs were paid by the workers to a recruiter in Bishkek who charged $4,000 each. Farm pays correctly but piece rates were cut, and many earned less than the recruitment fee by the time they were sent home early. Workers say they were told about the fees before coming. Referred to the Home Office sponsor compliance team.

The farm itself has written to the recruiter's UK partner to say it will not accept workers who have paid fees. Workers were given information in Russian about their rights and the helpline. Several said they would come back next year if they could, because the farm treated them well and paid what it promised; the problem was the money they had paid in Bishkek.

The GLAA will share the case with the Kyrgyz embassy.

File closed.""",
  "| uf |")

T("""2/B/P. Nom "Uncle Sam" (Chinese, 50s) running pop-up brothel at Airbnb properties in Cambridge and Oxford. INT suggests nom brings women on student visas who he tells they will work as receptionists. Women are then told they must see 10 clients a day. Nom keeps their passports and the money.

Adverts use stock photos and a single WhatsApp number. Airbnb hosts in Cambridge have reported damage and unusual foot traffic at two flats booked under nom's account. One host says a young woman answered the door and said she was a "student" and that her "uncle" was out. Consider approach to the universities to identify students who have stopped attending.

Cambridgeshire and Thames Valley to co-ordinate. Graded 2/B/P.

Nom is believed to return to China every few months and to use a different phone each time.""",
  "de rd ww | dt | S")

T("""This is Alina, she is from Moldova, she is 20. She came to me at the church and said she needs a place to sleep. She worked in a house for a man and his mother, cleaning, no money only food, and the man was "touching her at night". She does not have her passport, she thinks the man has it.

Alina is staying with a church member tonight. She does not want to go to the police yet, but has agreed to speak to a Salvation Army worker tomorrow. She has one carrier bag with clothes. She says the man's mother was kind to her and gave her food, but the man told her she could not leave without paying for the ticket he bought.

She is 20 and speaks some English.

The church has offered her a room for as long as she needs it.""",
  "ww pv rd db | dt fpe | D", r="high")

T("""Man arrested for shoplifting at Boots. 31, British, heroin user, stole £90 of razors to sell. Says nobody made him do it, he sells them on to fund his habit. Drug worker referral.""",
  "| |")

T("""GP letter. Patient: 46-year-old Lithuanian man. Presented with a back injury after lifting at a warehouse. He gave an address at which, the receptionist noted, 14 other patients are registered. He said his "agent" takes his wages and gives him money for food, and that he was charged £50 for his safety boots. Patient anxious, said he could not take time off because the agent would be angry. Advised to rest; signposted to Modern Slavery Helpline.

The receptionist has since noticed that three other men registered at the same address all gave the agent's phone number. Two of them attended with the agent, who answered all the questions. The practice manager has asked the local safeguarding lead for advice on how to raise the concern without putting the patients at risk.

The practice has a Lithuanian-speaking receptionist who may be able to help.

The patient's next appointment is in two weeks.""",
  "ww ac | oc ncw ppe sfw | L")

T("""Domestic abuse incident. Female (Polish, 35) reports her partner controls all the money, checks her phone and won't let her see friends. She works full-time in a bank and her salary goes into a joint account he monitors. DASH high risk; MARAC referral. No indication of trafficking or forced labour.

She has two children at primary school; both were seen and are well. The IDVA helped her open a separate bank account and arranged an occupation order hearing. Her partner has been arrested for assault and bailed with conditions not to contact her. She has asked for the case to be kept confidential from her employer.

A check with her bank confirmed that the joint account had been set up at her request when they bought their house. She has now opened a sole account and her salary will go there next month. She has been offered a place on a recovery programme and said she is feeling stronger.""",
  "| |")

T("""The 17-year-old boy from Afghanistan (Zabi) was placed in supported accommodation in Bolton. He told his key worker he is going out every night to "help a friend at a barbershop" and comes back at 3am. He has cuts on his hands and told staff the owner makes him clean and do the sink and gives him £10 for the night. He said he cannot stop because the owner paid for his lawyer.

The key worker notes that Zabi's asylum appeal is pending and that he does have a solicitor funded by legal aid, which suggests the owner's claim is false. Zabi's roommate, another Afghan boy of 17, goes to college and does not work; staff have no concerns about him. The barbershop is on Deane Road and opens until late.

Police have been informed.

Zabi has agreed to talk to a police officer with his key worker present.""",
  "av ww eo db | pa ced lh | L", child=True)

T("""I want to say something about my husband's company. He's a gangmaster in Lincolnshire and I know he takes the workers' bank cards and keeps their wages. He makes them live 10 to a house. I'm scared because he told me if I speak he'll take the kids.""",
  "ww ac | ncw oc | L")

T("""Welfare check at a HMO in Harrow. Twelve Romanian men, all working on building sites through different contractors. Landlord's licence lapsed; fire doors missing. Men said they found the room themselves on Facebook, pay rent directly, hold their documents and none described any control. Council to take enforcement action against landlord.

One of the men said he had paid a £500 deposit which the landlord refuses to return; he was signposted to Shelter. The landlord, when contacted, claimed he didn't know how many were living there. Several of the men said they would look for new rooms once the council serves notice. None of them were worried about their jobs.

The council has since found the landlord has four other properties in the borough, two of which are also overcrowded. It will apply for banning orders. The men in Harrow were given a list of licensed HMOs and a leaflet about tenants' rights in Romanian.""",
  "| oc plc |")

T("""Victim account, translated from Albanian: "In Tirana my boyfriend said we would go to London and open a café. In London he sold me to another man for £5,000. That man said I now belong to him. I was kept in a flat in Ealing. Every day men came. He hit me with his belt. I was not allowed to have the phone. I ran away when he was arrested for something else."

Note from the officer: she was 19 at the time and is now 22. She is in NRM support in Kent. She has identified the second man from photographs. She says there were two other girls in the flat for some of the time, also Albanian, but she does not know their names or where they are now.

The man who bought her has been identified.

He is in custody on other matters. """,
  "de pv rm iso | rsm isd | S", r="high")

T("""OIC update, Op BRAMBLE (waste recycling, Rotherham).

Three victims now identified. All are British men with histories of homelessness and addiction, picked up from soup kitchens in Sheffield by the suspect, Lee HOLLAND, who offered "cash work and a roof".

V1, Darren (44): sorted waste on the picking line for two years, six days a week, 7am-7pm. Lived in a static caravan in the yard with no running water. HOLLAND took his Jobseeker's claim and his wages from the yard, giving him tobacco and cans of lager. Darren says HOLLAND kicked him in the head when he asked for money, and he has a healed fracture to his eye socket.

V2, Stephen (29): similar account; HOLLAND holds his birth certificate and bank card. Stephen says he was told he owed £2,000 for "digs and grub" which went up every time he bought anything from HOLLAND.

V3, Kevin (61): worked at the yard briefly in 2023, says he was paid cash weekly and left when he wanted. Kevin describes no control and is treated as a witness only.

Suspect HOLLAND has previous for assault. The yard also operated without a waste licence, which the Environment Agency is dealing with separately.""",
  "av ww pv eo ac rd db | lh plc swp ncw dt | L", r="high")

T("""Message via the contact form on our charity website: "hi my sister is in the uk working in a factory in corby, she says the boss took all the girls passports and they cant go out except to work, she sounds very scared when she phones. she is 19. what can i do"

Reply sent with helpline number and advice to call 999 if she is in danger. Follow-up message from the sister: "she said there are about 20 girls from Romania and Bulgaria, they live in a house near the factory and a man takes them in a bus every day. some girls have their passports, the new ones dont." Information passed to Northamptonshire Police.

The factory uses an agency that is licensed; the GLAA has been asked to check it.

The sister has been told to call 999 if her sister is in danger. """,
  "rd rm | dt rsm et | L")

T("""Officer note. Attended Golden Dragon takeaway following a report that a worker was "living in the kitchen". Worker (Chinese, 52) explained he works 5pm-midnight, rents a room three streets away, and had been sleeping in the staff room once because he missed the night bus. He showed his BRP and payslips. Owner cooperative. No concerns.

The worker said he had been to the UK twice before on work visas and knew his rights; he has a daughter studying in Manchester. The staff room had a camp bed which the owner said he would remove. The fire officer noted that the kitchen extraction needed cleaning and gave advice. The report was closed as unfounded, and the reporting person thanked for the call.

The worker himself asked that his thanks be passed to the caller for their concern.

Incident closed.""",
  "| |")

T("""Summary of a 101 call. Caller is a hotel receptionist in Bournemouth. Four women in their 20s checked in to two rooms, paid in cash by a man who then left. Over two nights, 30 or more different men have visited the rooms. One woman came down asking for food and said she was "not allowed" to leave the room and that the man had her ID. She had a bruise on her cheek.

The receptionist says the man returns every few hours to collect money from the rooms and that he booked under the name "D. Smith". He was last seen in a dark grey Skoda. The women's rooms have the "do not disturb" signs up permanently. The receptionist gave the woman a sandwich and the woman went back upstairs.

Officers attending with Dorset's MSHT team.

The hotel has preserved the CCTV from reception and the car park.""",
  "rm rd pv ww | rsm dt pa | S", r="immediate")

T("""Car wash on Bury New Road. Lads work hard but seem ok, got their own cars, boss pays them daily in cash but it looks fair. Not reporting a problem just something I noticed because of that poster at the petrol station about slavery.""",
  "| |")

T("""Interview record - potential victim of domestic servitude (Sri Lankan female, 34), via Tamil interpreter.

She says that in 2020 she worked for a family in Dubai as a maid. The family moved to a flat in Kensington in 2022 and brought her with them on an Overseas Domestic Worker visa. She was told she would earn £700 a month and have one day off a week.

In London she worked from 6am until the family went to bed, usually after 1am. She cooked, cleaned a six-bedroom flat, ironed, and looked after the grandmother at night, so she rarely slept more than four hours. She never had a day off. She ate what was left after the family had eaten. Her salary was paid to her brother in Colombo, but only for the first three months. The madam kept her passport in a locked drawer.

She was allowed to take the rubbish down but not to go to the street. The building's concierge once asked if she was well and she was told afterwards never to speak to him again.

She left after 11 months when she found the drawer open, took her passport and walked to the Sri Lankan High Commission. The interpreter adds that she repeatedly says she is afraid the family will report her to immigration.""",
  "de eo ww rd rm iso ac | lh dt rsm isd foa | D", r="high")

T("""2/A/P. Source states that male known as "Big Dave" at Unit 7, Cross Lane, Gateshead (MOT garage) pays his apprentices in full and on time. Source was asked whether any staff are at risk: "none, they're local lads who go home every night". Intelligence recorded to address previous anonymous report (ref 4412) which appears malicious.

The earlier report had alleged that the apprentices were being "worked like slaves" and not paid. Checks with the local college show all three apprentices are on a registered scheme, attend college one day a week, and their wages are paid by BACS. One apprentice's mother confirmed he loves the job. The garage owner has been told about the report and has asked for it to be noted that he runs a legitimate business.

His request has been noted.

No further action.""",
  "| |")

T("""Hi, I want to report my flatmate's boyfriend. He makes her go out every night to shoplift from Primark and Boots and then sells the stuff on Facebook. She's 18 and has autism. He takes all the money and hits her if she comes back with nothing. He says he'll tell her mum she's a thief if she stops.

She's got no bank account because he says she doesn't need one. Last week she came back with a black eye and said she fell. I don't want her to know I'm reporting it because she's scared of him. He drives a white Corsa and lives in the flats on Park Road. Sorry this is long.

I've got photos of the stuff she brings back if that helps. Please don't come to the flat without telling me first, she'll know it was me.

I can be contacted on this email in the evenings.""",
  "av ww pv it | pa ncw | C", r="high")

T("""Referral from the council's rough-sleeper outreach team. Two Polish men found sleeping in a tent behind a builders' merchant. Both say they left a gangmaster's house in Slough three weeks ago because of "bad conditions and no money". They say the gangmaster, Marek, kept their wages for months saying he was paying their debt for the transport and the room. They have their ID cards. They are drinking heavily and have chosen not to go to police but agreed to an NRM referral through the Salvation Army.

A third man who had lived in the house, Tomasz, is said by the others to have stayed with Marek willingly because he is Marek's cousin and was paid. The outreach team has given both men sleeping bags and a referral to a hostel. Their ID cards were checked and both are EU nationals with pre-settled status.

The Salvation Army will collect them tomorrow.""",
  "ww db | |  L")

T("""just seen a woman being pushed into a car outside the massage place on the high street, she was screaming in another language, silver ford focus, couldnt get the reg. 23:15""",
  "pv | | S", r="immediate")

T("""Passport office incident. A man (Indian national, 56) reported that his employer, a restaurant owner, had "lost" his passport. Enquiries found the passport in the owner's safe along with those of six other staff. Staff say the owner kept them "so no one runs off before the season ends". Wages appear to be paid normally and staff live in their own rented rooms.

The owner, when interviewed, said he had been advised by an accountant that holding passports was good practice. He was told it is not and handed them all back in the presence of officers. Two of the staff said they had asked for their passports before to visit family and had been refused.

The owner was given a written warning and the staff were told how to report if it happens again. No other indicators were found.

The restaurant's licence is not affected.""",
  "rd | dt | L")

T("""Midwife safeguarding note. Patient (Romanian, 17) attended 28-week scan accompanied by an older woman who insisted on staying in the room and answered questions. Patient says she lives with "the lady" and cleans for her family and her cousin's family. When alone she said she is not allowed to keep her phone and the lady has her ID card. She does not know the father's surname. Children's services referral made.

The older woman was asked to wait outside for the remainder of the appointment and became angry, saying she was the patient's "aunt". The patient has no GP registration in the UK. The patient's next appointment has been brought forward and a Romanian-speaking midwife will attend.

Police have been informed and will attend the next appointment.

The patient said she would like to see the same midwife again.""",
  "av iso rd | sfw dt isd | D", child=True)

T("""Court result: Two brothers convicted at Nottingham Crown Court of controlling prostitution for gain. The court heard they placed adverts for five women on an adult website and took half of their earnings. The women, all adults, gave evidence that they were free to come and go, kept their own passports and chose to work. The jury acquitted on trafficking counts.""",
  "ww | | S")

T("""A Sudanese man (22) told us he worked at a car wash in Hull for four months. He says the owner promised £50 a day, but after one week said the man owed £3,000 for his "immigration lawyer" and would get nothing until that was paid. He worked from 8am to 7pm seven days. He lived in the site's back office with two others, and the owner said if he left he would call the Home Office. He left last week after a customer gave him the helpline number.

He says two other workers, also Sudanese, are still living in the office. A third worker, a Kurdish man, went home every evening and was paid; he never spoke to them about his pay. The car wash is on a retail park in Hull and is open until 7pm. The man has been placed in a safe house and has agreed to speak to police.""",
  "de db ww eo ac it av | lh swp foa | L")

T("""Handover notes, Op ALDER. Morning visit to a nail bar in Swansea found all staff properly employed, mostly family of the owner, two Vietnamese women with settled status, pay records in order, rota shows 40 hours. However, the owner's nephew (19) admitted he had arrived by lorry a month ago and was "helping out" while his asylum claim is pending. He says he is not being paid, but gets food and a bed with the family and considers it his home. He denies any debt or threats. Advice given; referred to the Home Office regarding his claim.

The owner, Mrs Tran, said she would rather her nephew was at college and asked for advice on how to help him. The nephew was given the number of a Vietnamese-speaking support worker in case anything changes. His asylum solicitor is based in Cardiff.

Case closed.""",
  "| |")

T("""1/A/P. Direct from source: female "Ruxandra" (Romanian, 26) being forced by her partner NISTOR, Ionut, to see clients at 47 Derby Road, Nottingham. Source saw NISTOR punch her on 12/05 for "losing" £200. NISTOR keeps her ID card and phone. Source believes she is pregnant.

NISTOR is known to police for domestic assault against a previous partner, also Romanian. The address on Derby Road is a first-floor flat above a closed shop. Source says Ruxandra has been seen there every day for two months and that men visit in the afternoon. Action: consider welfare visit with ISVA.

Source also states that NISTOR has threatened to take the baby once it is born and sell it. Source is a former neighbour who still speaks to Ruxandra on Facebook, and says she messages only when NISTOR is out. Intelligence to be shared with children's services due to the pregnancy.

Ruxandra's due date is believed to be in March.""",
  "pv rd iso ww it | dt isd | S", r="high")

T("""Long report from a volunteer at a foodbank in Boston, Lincs:

"Hello. I volunteer at the foodbank on a Tuesday. Over the last few months I have got to know a group of Bulgarian men who come in. Most are fine and work in the fields, they've got rooms and money issues like everyone.

But one of them, Georgi, who is maybe 60 and has a bad leg, told me last week that the man who brought them over, Hristo, takes his bank card every payday and only gives him £20. Georgi says he's been here two years and 'the debt is still big', something about the bus and the first months' rent. He lives in a house with twelve others. Hristo drives them all to the packhouse at 4am and brings them back at 8 or 9 at night, and takes £10 each for petrol.

Georgi has also said Hristo told him that if he goes to the police, 'your wife in Sliven will have an accident'. I have not told anybody else. Georgi is coming again next week. I'm worried about him."
""",
  "ww db ac it eo | ncw oc ced ct lh | L", r="high")

T("""Bar staff at Heathrow Hilton complained their tips are being kept by the manager. All staff on proper contracts and paid by payroll. Referred to HR and ACAS. Not a policing matter.""",
  "| |")

T("""SCHOOL REFERRAL. Reason: girl (14) in care reports being given cannabis and alcohol by a group of men at a flat in Luton; she says she "had to" have sex with one of them to pay back the weed. She has been missing three times this month. Immediate strategy meeting requested.

The girl has named one of the men as "Ash" and the flat as being above a barber's shop. Her care home reports that she has been picked up by a silver Audi on several occasions. A second girl at the same care home, 15, has been seen getting into the same car but denies anything has happened.

The Audi is registered to a hire company in Luton; enquiries are ongoing.

The girl is now on a child protection plan.""",
  "av pv db | | S", child=True, r="immediate")

T("""She says she keeps her own passport and money, but the house she lives in (provided by the agency) has 16 people in five rooms and she shares a mattress. Her shifts at the meat plant are arranged by the agency and are normal (40 hrs). She has not complained because she "wants to keep the job". We informed the GLAA about the housing.

She says the agency's housing officer visits once a month and has promised to move some people out, but nothing has happened. The meat plant itself is well run; she has a locker, free PPE and a canteen. She says she would like to move to a smaller house but cannot afford the deposit.

The GLAA has opened a file on the agency's housing.

She asked for her name not to be given to the agency.""",
  "ac | oc plc | L")

T("""Body cam transcript summary. PC attended a report of a man shouting in the street in Bradford. Man (Slovak Roma, 30s) said in broken English that his "boss" has not paid him for six weeks of work on a roof, has his ID card and is "keeping him in a room". He pointed to a house. On entry officers found five men sleeping in one room with no furniture. Men too scared to speak; two ran when they saw police.

The two men who ran were later found at the bus station and spoken to with an interpreter; they said they worked for the same boss and had not been paid. The boss, a Slovak man, was arrested at a site in Keighley. The reporting man was given emergency accommodation.

The men's ID cards were recovered from the boss's car.

The house belongs to a private landlord who says he let it to the boss as a "single family".""",
  "ww rd rm ac | dt oc plc foa rsm | L", r="high")

T("""Visa refusal summary (for information only). Applicant (Nepali, 28) applied for a skilled worker visa as a care assistant. Sponsor licence revoked during processing. Applicant had not paid any fees and had not travelled. No concerns about exploitation.""",
  "| |")

T("""The interpreter tells me that Mai says she was 15 when she was brought to the UK in a lorry. A man called "Chú Hai" (Uncle Hai) picked her up from a petrol station in Kent and took her to a flat. She cooked and cleaned for four men who ran cannabis farms, and later was sent to one of the farms to cut plants. She was not allowed to go outside, even for air. She says one of the men "came to her room at night" and she does not want to say more. She escaped in a police raid and was at first arrested for cultivation.

Mai is now 17 and in foster care. She is worried about a younger girl she met at the flat, who she thinks was about 13 and was taken away by the men a few weeks before the raid. She has given a description and police have circulated it. Her arrest has been reviewed and no further action is being taken because of her status as a child victim.""",
  "av rm pv | rsm | D C", child=True, r="high")

T("""report - there are kids selling drugs in the park near my house every night, one is on a bike and looks about 12 I think someone is making them do it""",
  "av | | C", child=True)

T("""Caseworker note (New Pathways, Wales). Client (Chinese, 41) came to the UK on a visitor visa to work in a restaurant in Cardiff, which a friend arranged. He works 60 hours a week and is paid £1,400 a month in cash, lives in a shared house he chose himself and has his passport. He now wants to regularise his status and asked whether he is a victim of trafficking. We explained why on the facts he has given he does not appear to be. Signposted to immigration advice.

Later in the conversation he mentioned that a friend of his, who also works in restaurants, was once told to pay £3,000 to keep his job. He did not know the friend's surname or where he works now, and said the friend "sorted it out". Nothing further can be done with that information. The client plans to return next week with his documents.""",
  "| |")

T("""2/B/P INT suggests POI ZHANG Wei and associates running a student-visa fraud: Chinese students pay £10,000 for "guaranteed jobs" in London that do not exist. On arrival the students are told to work in a warehouse and pay off the fee; their passports are taken "for the university". Around 20 students affected.

Students reportedly live in shared houses in Barking arranged by ZHANG's associates, paying £150 a week each, deducted from their warehouse pay. One student posted on a Chinese social media site that she is "working to pay for a dream that was a lie". Action: liaise with universities and Home Office.

ZHANG's company is registered as an "education consultancy" at an address in Canary Wharf which is a virtual office. Financial enquiries show £210,000 received from individual accounts in China in the last year. A student who has left the scheme has agreed to speak to police.

Graded 2/B/P.""",
  "de db rd | uf dt | L")

T("""Letter from an MP's office forwarding a constituent's concern: an elderly man living alone in a farmhouse near Carmarthen is said to be "slave-driven" by the family next door, who take his pension. Police welfare visit: man is 83, has capacity, says the neighbours do his shopping and he pays them £50 a week gladly, has his own bank card, and shows a clean, warm home. No offences.

The neighbours, a couple in their 40s, were embarrassed but said they were glad someone was looking out for him. The man's daughter, who lives in Australia, was contacted with his permission and confirmed he has told her about the neighbours' help for years. The MP's office has been updated.

The officer noted that the man's house was full of photographs, books and a well-stocked larder, and that he showed her his bank statements without being asked. He said he has lived in the farmhouse since 1961 and does not intend to leave.""",
  "| |")

T("""Account by Olu (Nigerian, 23): "My uncle brought me to London when I was 14 to go to school. I did not go to school. I took care of his children, cooked, washed, and at weekends I worked in his wife's hair salon for no money. When I was 16 I asked for school and he beat me with an electric cable. My passport was in his room. I left when I was 19 and slept on buses. My uncle told everyone I was a thief."

Caseworker note: Olu is now in NRM support in London and is studying for GCSEs at a college. His uncle has two children who attended private school throughout the period. His uncle's wife has told police that Olu "lived as part of the family". Olu's mother in Lagos has confirmed by phone that she sent Olu to England for school and never received any money. """,
  "av de ww pv rd eo | dt | D L", r="high")

T("""Border Force note, Dover. Lorry driver (Bulgarian) found with eight Vietnamese nationals concealed in a refrigerated trailer, temperature 4°C. Two, aged 15 and 16, were hypothermic. All said they had paid brokers in Vietnam and "will work for the uncle" in the UK to repay. The driver says he was not aware.""",
  "av db ac | pa | ", r="immediate", child=True)

T("""Statement: I am the manager of a hand car wash in Crewe. I run a legitimate business. My seven staff are all on payroll, paid by bank transfer, 45-hour weeks, they all find their own housing. I have been contacted by two men from Romania offering to "supply workers" for £200 a head and I refused. I am reporting this because I think those men are dangerous.

The manager gave the phone numbers the men had used and said they had visited twice in a dark blue Vauxhall. He believes they may have approached other car washes in Cheshire. He also provided his own payroll records voluntarily so that police could rule his business out. Intelligence submitted on the two men; the car wash is not a subject of concern.

The manager said he would be willing to give evidence if needed.

File updated.""",
  "| |")

T("""3/C/P. Anonymous report that men are "kept" at a chicken farm near Ballymena. Source says workers are given sleeping bags in a shed, work 7 days a week, and the farmer "does their banking". Unverified.""",
  "ac eo ww | swp plc lh ncw | L")

T("""Case study (press summary). A couple from Essex were jailed for nine years for keeping a vulnerable man as a servant for a decade. The victim, who had a learning disability, was made to do all the housework and gardening, sleep in a garden shed and use a bucket as a toilet. He was given scraps to eat and was regularly beaten. His benefits were claimed by the couple. Neighbours said they thought he was "the lodger".

The couple's teenage daughter, who gave evidence for the prosecution, said she had asked her parents many times to let him in the house. The victim, who is now 52, lives in supported accommodation and has been reunited with his brother, who had been told for years that he was dead.

The couple have also been ordered to pay compensation.

Their house is to be sold.""",
  "av ac pv | swp plc ncw | D", r="high")

T("""Meeting notes - Eilidh (Scottish, 21). Eilidh met a man online who promised her a job in a tattoo studio in Glasgow. Instead he took her to a flat and told her she had to have sex with his friends to pay back the £800 he'd "spent on her". He took her phone. She got out after two days through the window. She has injuries to her wrists.

She says there was another woman in the flat, older, who seemed to be "in charge" and who told her to do what the men said. The man she met online used the name "Callum" on a dating app. Eilidh's mum drove her to the police station. She is being supported by Rape Crisis Scotland.

Police Scotland have arrested a man in connection with the incident.

He is 31 and from Paisley.""",
  "de pv db iso | pa isd | S", r="high")

T("""Call handler log: female caller reports her neighbour's teenage son has been having friends round late and they're smoking weed in the garden. No other concerns. Passed to neighbourhood team.""",
  "| |")

T("""Fishing boat inspection (Scotland, Peterhead). Seven crew from the Philippines on a transit visa. Crew say they work up to 20 hours a day at sea, are paid $900 a month to their families via the Manila agency, and keep their own passports onboard. The skipper gives them shore leave. Crew had no complaints but report very long hours. Maritime and Coastguard Agency informed.

The skipper said the long hours happen only during the herring season and that crew get extra rest in port. Several crew said they had worked on the boat for three years and chose to come back. The MCA will look at rest periods under the fishing regulations. There were no reports of threats, withheld wages or any crew member being prevented from going ashore.

Two crew said they would like more training in English and one asked about bringing his wife. The MCA officer noted that the accommodation on board was clean, heated and had a working galley. The crew's contracts are in English and Tagalog and were shown to the inspector.""",
  "eo | lh | L")

T("""Message sent on the Unseen app: "Hello, i am working in a kitchen in a hotel in Edinburgh. The owner of the recruitment company took money from me £1,500 for job. I work now normal hours and the hotel pay me to my account. Is it legal they take this money?" """,
  "| uf |")

T("""Summary - Op ORCHARD (multi-agency, Herefordshire farms).

Phase 1 (April): GLAA received anonymous information that a labour provider, "AB Harvest", had placed 30 Ukrainian and Romanian pickers on three farms. A worker said she was promised £12 an hour but is paid £7 because of "deductions".

Phase 2 (June): Joint visit. At farm A, pickers were housed in caravans, 8 to a four-berth van, and charged £80 a week each. They were driven to farm B and C each day in a minibus driven by the provider's director, Radu, who charged £5 per trip. Workers had to buy gloves and secateurs from Radu at £30. Two workers said Radu holds their passports; most hold their own.

Phase 3: Interviews. One worker, Olena, said Radu slapped her when she questioned her payslip, and told her she would "go back to the war" if she complained. Another, Iulian, reported that he is paid properly and left the previous week to work at a different farm without problems.

Outcome: AB Harvest licence revoked; criminal investigation ongoing. Farms cooperating.""",
  "de ww ac rd pv it | oc ct ppe dt | L", r="high")

T("""GP note. 58-year-old British man with poorly controlled diabetes, attends with his son who helps with his insulin. Son manages his money at his request. Lives in family home. No concerns.""",
  "| |")

T("""hello police my name is Adina. I am in a house in Southend I dont know the street. They take my phone but I find an old one. Man say I must work for him with men until I pay 5000. please come. I can see a church with green roof from window""",
  "iso db | isd | S", r="immediate")

T("""Intelligence (2/B/C - conditions: not for disclosure to the employer). Source working at a meat processing plant in Cookstown says a supervisor, a Brazilian national named "Paulo", brings workers from Brazil on tourist visas, houses them in his own property and deducts £150 a week for rent, transport and "visa fees" so that workers receive around £100. Workers believe they owe Paulo for the flights.""",
  "ww db | ct | L")

T("""Report: "There's a man at the bus stop every morning at 5 collecting about six women, takes them in a van to the laundry on the industrial estate. They come back at 10pm. Every single day including Sundays." """,
  "eo | ced et lh | L")

T("""Handover: Kidney donor concern. Transplant co-ordinator reports a living-donor work-up where the donor (Indian, 24) and recipient (UK, 58) claim to be cousins. Donor does not speak English and could not name the recipient's family. Donor's phone was in the recipient's son's pocket. Co-ordinator suspects a commercial arrangement. Procedure suspended; police informed.""",
  "av iso | isd | O")

T("""We were told it was a job in a bakery. When we got to Belfast they said the bakery closed and we must work in a fish factory, and pay for the house and the van. Every week it was £40 left. After one month I asked for my passport back and the man said "I lost it".

Notes: the speaker is a Romanian woman, 22, interviewed at a Belfast women's centre. She came with her cousin, who has since gone home. The fish factory is a legitimate business; the man who brought them was a labour supplier. The woman has applied for an emergency travel document and wants to return home.

She has only the clothes she is wearing and a phone the women's centre gave her. The labour supplier's office is in a flat in north Belfast; PSNI are aware.

She would like to go home to Constanța before Christmas.""",
  "de ww rd | dt ct fpe | L")

T("""Support worker update. Jamie (16) has been going missing and returning with cash. This week he disclosed that an older male, "Ghost", drives him to Margate where he stays in a "trap house" for days selling heroin. Jamie says he has "no choice" because Ghost stabbed another boy who tried to leave. Jamie has a slash wound on his forearm which he says he got "in a fight".""",
  "av it | pa | C", child=True, r="high")

T("""Two women from Brazil asked for help at an embassy event. Both are working as cleaners for a cleaning company in Cambridge. They have no visa issues, they say pay is low but paid on time. They wanted information about English courses. Nothing further.""",
  "| |")

T("""POI KOVAC, Milan (Slovak) known to collect girls from a Czech town and bring them to Southampton, promising bar jobs. INT suggests girls are instead placed in brothels, kept to a "quota", and are punished by having food withheld if they fall short.

KOVAC uses a Czech phone number and travels frequently between Prague and London. Two of the women are believed to be 18 or 19. INT indicates the women sleep at the brothel premises in Southampton and are moved to Portsmouth when police visit. Graded 2/B/P.

An adult services website shows new adverts for Southampton every Monday with the same phone number. Hampshire's MSHT unit are considering a welfare visit with a Czech interpreter and an NGO. One of the women, "Tereza", previously called a helpline from a Southampton number and hung up.

The number has been traced to a pay-as-you-go phone.""",
  "de ac | swp | S")

T("""Officer observation, Sunday 06:15. Unmarked Transit van outside 12 Meadow View, six males get in, one male (driver) takes phones from each before they go. Returned 21:40. Same pattern observed Mon-Sat.

On Thursday the driver was followed to a fruit packing site near Tunbridge Wells, where the males were dropped at a side gate. Site is supplied by a labour provider whose licence is under review. Research into the occupants of 12 Meadow View ongoing.""",
  "iso eo | ced et lh isd | L")

T("""My name is Saba. I came from Pakistan to marry. I thought I would study. My husband's family make me clean all day, I cannot call my parents, they say if I tell anyone they will send me back divorced and my family will be shamed. My husband's brother forced me to sleep with him. I want to leave but I do not have any money or my passport.""",
  "de iso it pv rd | isd dt | D", r="high")

T("""HMO inspection note. Eleven people registered at a three-bedroom house on Clarendon Street, Coventry, including three children. Tenants (Eritrean and Sudanese refugees) are on tenancy agreements with a private landlord, pay rent from Universal Credit. The overcrowding is being dealt with through housing law. Nobody described any employment or control.

The family with three children have been on the council's housing list for two years. The housing officer noted the children attend local schools and are well known there. The landlord has been served a notice under the Housing Act. One tenant is a bus driver and another studies nursing; both said they would welcome a larger property.""",
  "| oc |")

T("""Safeguarding strategy meeting - minutes (extract)

Present: DS Okafor (MSHT), J. Reid (Children's Services), school DSL, YOT worker.

Child: Tyler, 15, lives with his grandmother in Walsall. Since February he has been missing on eleven occasions, usually from Thursday to Sunday. He has twice been found in Shrewsbury, once in a flat belonging to a vulnerable adult, Peter, who has told housing that "the boys from Birmingham" use his kitchen to cut drugs and that he is frightened of them.

On 2 May Tyler was stopped by BTP at Wolverhampton station with £1,100 in cash and two phones. He said the money was "not his" and that he would "get done" if it went missing. Since then he has a debt to the group, which he says is now £2,400, and he has been told he must "work it off". Grandmother reports that men have come to the door asking for him and one said "tell him we know where you live too".

School report that Tyler's attendance has dropped to 40% and he has fallen asleep in class. His older sister (19) was previously known to services but is now at university and is not involved.

Agreed: NRM referral, Tyler to be placed out of area, disruption of the line by police.""",
  "av db it | | C", child=True, r="high")

T("""Note of a call to our helpline from a farm owner in Kent (anonymised). The caller says she uses a labour provider for her strawberry harvest and wants to check that it is being run properly. She describes good practice: the provider is licensed, workers are paid directly by the farm's payroll, they have a contract in their own language, accommodation is on the farm in new units at two per room, and there is a welfare officer who speaks Romanian and Bulgarian. Workers' documents are checked and returned at once. The caller was worried only because a worker told her he had paid a "fee" to someone in Bulgaria. We advised her to raise it with the provider and the GLAA, and gave her our guidance on recruitment fees. No exploitation has been described.

The caller thanked us and said she would share the guidance with other growers in her area, several of whom use the same provider. We will follow up in a month.""",
  "| uf |")

T("""Victim debrief - Op SPARROW (translated from Romanian, summary by the debriefing officer).

V (F, 23) was recruited in Bacău by a man called "Sandu" whom she met at a nightclub. He became her boyfriend and after two months suggested they go to England, where he said she could work in a café and they would save for a house. He paid for the flight.

On arrival at Stansted they were met by Sandu's cousin, who drove them to a flat in Ilford. That evening Sandu told her there was no café and she would work "on the internet and with clients" to repay the flight and the flat, which he said came to £4,000. He photographed her for adverts, which he posted himself, and arranged all the bookings by phone. She saw up to twelve men a day. Sandu or his cousin collected the money after each client.

She says she was allowed out only to buy food, with the cousin, and that he took her phone away at night. Sandu hit her on at least four occasions, once breaking a tooth. When she asked to go home, he said he would send the photos to her family and to her village's Facebook group.

She left when a client, who worked for a charity, gave her a number to call. She is now in safe-house accommodation.""",
  "de db ww pv it rm iso | rsm et isd | S", r="high")

T("""Call log 101. Caller (male) wants to report that his employer at a warehouse makes everybody work 12-hour shifts during Christmas peak. He says he is paid for all the hours including overtime at time and a half, and he chose to do the extra shifts. He wanted to know if there is a legal limit. Advised re working-time regulations, referred to ACAS. No further action.

The caller also mentioned that his agency-supplied colleagues are paid the same rate and that the warehouse provides a free bus at night. He said he is planning to use the extra money to visit his family in Portugal in January. He did not want to make any complaint against his employer.

He also asked about the rules for under-18s, because his nephew wants a summer job there; he was told young workers cannot do night shifts and was sent the guidance.""",
  "| |")

T("""Report from Anti-Slavery Partnership coordinator, Lincolnshire.

Over the past fortnight partners have received three separate pieces of information about a house at 33 Stamford Road, Spalding.

(1) A neighbour reported that up to twenty men live there, that a minibus takes them at 5am and returns after 9pm, and that one man always stands at the door and answers when anyone knocks.

(2) A GP practice reported that six men registered from the address all gave the same mobile number, which belongs to the man who brought them. One had an untreated broken finger he said came from "falling at work", and he seemed terrified when asked about it.

(3) A bank branch reported a man attempting to open four accounts in one morning for men "who don't speak English", each with the same Spalding address, and that he wanted the cards posted to him.

None of the men have yet been spoken to on their own. Partners are unclear whether they are held against their will. Police and GLAA plan a joint visit. The minibus has been checked and is insured and taxed.""",
  "| oc ced sfw pa foa ncw mbc | L")

T("""My name is Bich, I am from Vietnam. I write this with help of volunteer. In 2022 I borrowed money for go to England from a lady in my town, 400 million dong. She said in England I work in nails and pay back in one year. When I come, I work in nail salon in Glasgow, my boss say I must give him all money and he send to the lady. He give me £30 each week. I sleep in the salon on the sofa. After two years the lady say I still owe because of interest. My mother must pay the interest in Vietnam and she sold her pig. I have my passport but it is expired. I am afraid of police because I have no visa.

The volunteer adds: Bich lives in a small room behind the salon that she shares with the boss's cousin, who is paid and goes home to Paisley at weekends. Bich has only a few clothes and a phone that the boss bought her. She has been told by friends that she can get help if she is a victim, and she asked us to find out how.""",
  "de db ww ac av | swp foa fpe | L")

T("""Following a drugs warrant at 14 Birch Avenue, Mansfield, officers found a cannabis grow of 300 plants occupying every room upstairs. A 44-year-old British man, the tenant, was arrested. He had no link to any organised group, grew for his own business, had no workers and was not under anyone's control. He has been charged with production. No modern slavery concerns.

The tenant's landlord, who lives abroad, had no idea of the grow and has started eviction proceedings. Electricity had been bypassed, creating a fire risk to the neighbouring houses, which were checked by the fire service. A neighbour told officers she had assumed the man was a night-shift worker because of the lights. The man admitted the offence at interview.

He told officers he had learned to grow from online videos and had sold to friends for two years. He will be sentenced next month. The plants and equipment have been destroyed.""",
  "| |")

T("""Officer handover - Op ELM (domestic servitude, Manchester).

IP: Amina, 31, Somali. Came to the UK in 2019 as the "second wife" of a man, Abdi, in a religious ceremony only. She was told she would be a wife and mother, but on arrival she was made the servant of Abdi's first wife and their seven children. She cooked, cleaned and did the laundry for the whole family from 5am until late, slept on the floor in the children's room, and was not allowed to go to the shops alone. The first wife holds Amina's Somali passport, and all her post. Abdi raped her on several occasions.

When she became pregnant she was taken to the GP by the first wife, who interpreted for her. The GP noticed bruising. Amina later came back to the surgery alone with her baby and asked for help.

Other household: a niece of the first wife, Hodan (17), also lives there. Hodan attends college, has a phone and friends, and says she has never been treated badly. She is not considered a victim, but social services will make a welfare visit.

Suspects: Abdi (42), first wife Faduma (40). Both arrested. Faduma has said Amina is "family" and was "helping because she wanted to".""",
  "de eo ac rm rd pv | lh swp rsm dt sfw pa | D", r="high")

T("""i work at the big laundry on the estate. the manager is fine, pays us properly, but my friend who came with an agency from romania says the agency man takes her card and only gives her £40 a week. she's too scared to talk. i'm writing because i dont know who else to tell""",
  "ww | ncw | L")

T("""Intelligence submission, 2/B/P. Subject: DHILLON, Harjit (52), owner of Punjab Sweets, Southall. INT suggests DHILLON employs four Indian males aged 20-25 who arrived on student visas. They work in the kitchen 14 hours a day, sleep above the shop and are given £100 a month. The students' university attendance is nil; DHILLON is said to have told them he will report them to the Home Office if they leave. DHILLON is also believed to be involved in VAT fraud (separate investigation - HMRC).

Two other employees at Punjab Sweets, both British-born, work front of house, live with their parents and are paid through payroll; they are not thought to be aware of the kitchen workers' situation. The students' university has confirmed it has reported their non-attendance to the Home Office. A joint visit with the GLAA is planned.

HMRC's separate investigation will continue.""",
  "eo ac ww it av | lh swp foa | L")

T("""A 29-year-old Polish man attended the police station to say he has been working at a factory in Corby for two years through an agency, paid properly every week. He came in because he had been told by a colleague that the agency might be involved in trafficking. He himself has his own documents, bank account and flat, chooses his own hours and has never been threatened. He was given information about the GLAA and the helpline.

He added that the colleague who mentioned trafficking had been talking about a different agency, in Kettering, where his brother-in-law once worked. He did not have any names. Officers recorded the information and passed it to the GLAA's intelligence team. The man said he would encourage colleagues to call the helpline if anything was wrong.

He also said he has recommended the agency to his cousin, who is arriving next month and has already been offered a job on the same terms.""",
  "| |")

T("""Debrief notes - Eritrean male, 19, via Tigrinya interpreter.

He says that in Libya he was held in a "connection house" in Bani Walid for six months. The smugglers demanded $6,000 from his family and tortured him with electric shocks while the family listened on the phone. He saw a man die. His mother sold her house to pay.

He came to Italy and then to Calais and entered the UK by lorry in 2021. In the UK he claimed asylum, was given accommodation in Leeds and has been studying English at college. He is not working and nobody is controlling him now. He says a man he met in Calais offered him a job in a car wash in London but he refused. He has nightmares and would like counselling.

First responder view: exploitation occurred overseas (Libya), with violence and debt for the journey; no current exploitation in the UK.""",
  "pv db it | | ", r="high")

T("""Public report (web form):
"I am a delivery driver. Last week I dropped a parcel at a big house on The Bishops Avenue. The door was opened by a very young looking woman, maybe 16, in a maid's uniform. She asked me in a whisper if I could call her mother and gave me a number in the Philippines. Then a lady shouted at her from inside and she shut the door. I called the number and it was her mother who said she hadn't heard from her daughter for a year. I am very worried."

Research: the house is owned by an offshore company. The occupants are a family who spend part of the year in London. Border Force records show a Filipino female aged 16 arriving with the family on a domestic worker visa last year, with a date of birth that does not match the passport of the same name issued in Manila. Officers are attending with children's services. """,
  "av iso | isd | D", r="immediate", child=True)

T("""Licensing visit report, council (nail bars, Hackney). Premises 1: staff of four, all Vietnamese nationals, employed on contracts, payslips shown, ventilation satisfactory, owner spoke with pride about the training course he runs. Premises 2: similar, one worker on her first day was being trained unpaid, which was corrected on the spot. Premises 3: closed. Overall satisfactory.

A fourth premises, on Mare Street, was visited a week later after a tip-off that it was open until midnight. It was found to close at 7pm; the late lights were from a cleaner employed by the landlord. The council intends to repeat the visits twice a year and has offered the owners free training on chemical safety in Vietnamese.

Two owners have already signed up for the training and asked for their staff to attend too. The council's report has been shared with the nail-bar owners' association.""",
  "| |")

T("""Narrative - Op HARROW (agency warehouse, Northampton)

Information from a whistle-blower at a fulfilment centre: a sub-contracted agency, "Prime Staff", is placing around 40 Romanian and Hungarian workers. A team leader there, known as "Zoli", recruits them in Hungary through a Facebook group promising £500 a week, accommodation and free transport.

The whistle-blower says workers live in three houses owned by Zoli's brother, 10-12 per house, and are charged £100 each per week. Zoli drives them to work in his minibus and takes £7 a day. He keeps the workers' bank cards "to help with their English banking" and pays them in cash, usually around £120 a week after his deductions. New workers are also charged £60 for safety boots and a hi-vis vest which the warehouse in fact provides for free.

One worker, Katalin (21), told the whistle-blower that she had asked to leave and Zoli had said she still owed for her flight and the first month's rent, and he would "find her in Hungary". Two other workers, a married couple, say they are satisfied and have their own bank account.

The warehouse operator has suspended the agency contract and is co-operating.""",
  "de ww ac db it | oc ct ncw ppe | L", r="high")

T("""Emergency call summary, 02:14. Male caller with an Eastern European accent says he is at a farm near Wisbech, he and three others have been locked in a barn by "the boss" after they asked for their money, the boss has a gun. He gave a postcode PE14 and then the line cut. ARV and local units deployed.

Update 03:05: four men found in a locked barn at a farm off the A47. All Bulgarian. The farm manager was arrested; a shotgun was recovered from his house, for which he holds a certificate. The men said they had not been paid for two months and that the manager had locked them in after they demanded their money. All four taken to a reception centre.

A fifth man, who had a room in the farmhouse, said he was the manager's brother-in-law and had nothing to do with it.""",
  "rm it ww | rsm | L", r="immediate")

T("""I am a social worker for adults. I visited Mr K (72, Indian) who lives with his son's family. The family said he was happy and does some gardening. Mr K says he is treated well, he has his own room, money from his pension in his own account and goes to the temple every day. Referral from a neighbour was because he is "always in the garden". No concerns.""",
  "| |")

T("""Summary of account - Tran (M, 17 at exploitation, now 19).

Tran was brought to the UK in 2021 after his father borrowed money from a loan shark to pay for his journey. He was told he must work for the "uncle" until the debt of £25,000 was paid. He was first sent to a nail bar in Newcastle where he worked from 9am to 8pm and was given only food. After a few months the uncle said nails were not paying enough and moved him to a house in Sunderland to "look after plants".

At the grow house the windows were blacked out and a metal gate was locked on the front door. He was given a phone that could only call the uncle. Men came once a week with food and took the harvest. When he said he wanted to leave, one of the men cut his arm with a knife and said next time they would go to his father in Vietnam.

He escaped through the loft into the next-door house when there was a fire caused by the electrics. He was arrested and convicted for cultivation; his conviction is now under appeal with a s45 defence.""",
  "av db ww eo rm iso pv it ac | lh rsm isd pa | L C", r="high")

T("""Caller says two men in a car have been following her 14-year-old daughter home from school and offering her vapes and lifts. Daughter has refused and told mum. Car reg given. Officers to speak to the men; no exploitation has occurred.""",
  "| |", r="high")

T("""GLAA intelligence: a labour user (food factory, Grimsby) reports that agency workers arrive at 5am in two minibuses and the same person, "Lukas", answers for all of them at induction. Workers seem to have no idea of their pay rate. Lukas asked the HR manager whether wages could be paid to a single account "for convenience".""",
  "| ced et sfw | L")

T("""Report of a concern - Hotel housekeeping (Central London)

I am the head of HR at a four-star hotel. We outsource housekeeping to a contractor. Last month a room attendant, Marta (Polish, 45), fainted on shift. When our duty manager talked to her, she said she has worked 16 days in a row without a day off and that the contractor pays per room, so she often works 11 hours for what comes to £4 an hour.

We asked the contractor. They produced timesheets showing 8-hour shifts. Marta says the supervisor, Ewa, makes them sign out at 3pm and then carry on working. Marta also said she pays Ewa £200 a month in cash "for getting the job", and that Ewa had taken her passport for a "right to work check" and still has it three months later.

Other attendants we spoke to (six) said their hours were normal. Two said they had never met Ewa. We have not found anybody else with a similar story.

We have suspended the contract pending investigation and referred Marta to the Modern Slavery Helpline, who have passed it to police. Marta is frightened she will lose her job.""",
  "eo rd | lh dt uf pa | L")

T("""Intel log, 3/C/P: A member of the public says a neighbour's "nanny" from Indonesia is never seen out. Checks: the nanny is a British-born Indonesian student, 22, working part-time, studying at UCL, has her own flat. Intelligence assessed as mistaken.""",
  "| |")

T("""Witness statement of Ryan Clarke (aged 34), bar manager, Blackpool.

I have worked at the Sandcastle bar for three years. On Saturday 14 June at around 1am a girl came in on her own. She looked about 15 or 16. She was wearing a short dress and no coat, and it was cold. She asked to use the toilet and then asked the barmaid if she could borrow a phone. The barmaid let her use hers.

While on the phone the girl was crying. The barmaid heard her say "they won't let me go home" and "he's got my phone". She said a man had taken her from Preston to a flat in Blackpool and there were older men there.

About five minutes later a man in his 20s came in, grabbed her by the arm and said "come on, we're going". She went with him. He was wearing a black North Face jacket and had a tattoo on his neck. I called 999 straight away. I later saw the girl on a missing person poster; her name is Chloe and she is 14.""",
  "av rm iso pv | isd rsm | S", r="immediate", child=True)

T("""Debrief, Pakistani female (24), via Urdu interpreter. She came to the UK on a student visa in 2023. She works 20 hours a week in a shop owned by a family friend, who pays her by bank transfer. She lives with three other students in a flat they rent together. She contacted the charity because the shop owner once shouted at her for being late. She has never been threatened, has her passport, and can leave the job at any time. She was given advice about employment rights.

She also asked whether she could increase her hours in the summer holidays, which she can under her visa conditions. The shop owner, when contacted with her consent, said she is a good worker and that he was sorry for shouting. She has since moved to a better-paid job at a supermarket.

She says she has no complaints about her first employer and would still recommend the shop to other students looking for part-time work.""",
  "| |")

T("""Summary - Op MOSAIC (identity and benefit fraud)

A network led by HORVATH, Laszlo (Hungarian, 39) has been recruiting Hungarian men in Miskolc with offers of factory work in the UK. On arrival in Derby each man is taken to a bank and a Jobcentre to open accounts and claim Universal Credit, with the help of an interpreter paid by HORVATH. The recruits then sign for tenancies at addresses controlled by HORVATH.

Recruits are then placed in agency jobs. HORVATH keeps their ID cards, bank cards and PINs in a biscuit tin in his kitchen, and collects both their wages and their benefits. Each man gets £20-£30 a week for food.

Detectives have identified 31 bank accounts. On one day in October, 19 of these cards were used at the same cash machine in Normanton Road within 40 minutes.

Victims describe being slapped and threatened with "Romanian gypsies who will cut you" if they talked. Several have learning difficulties and two are illiterate. One man, Gábor, says he knew what was happening and was paid by HORVATH to act as a "house leader" who answered for the others; he is being treated as a suspect.""",
  "de rd ww pv it av | dt ncw mbc sfw | L C", r="high")

T("""Reported to 101: a neighbour's son (19) keeps a lot of people at his flat and sells drugs from it. Caller thinks he is a dealer. No suggestion anyone is being made to work or is held.""",
  "| |")

T("""Account (first person, written by the client in English):

"My name is Joseph, I am from Ghana. I came to UK in 2018 for a job as a security guard that a pastor in Kumasi arranged for me. When I arrived I found there was no job. The pastor's brother in London took me to his house and told me I would stay with him until the job was ready. I stayed there four years.

I cleaned his house and his church, I washed his car, I cooked for his family, and on Saturdays he sent me to work for his friends, painting houses. The friends paid him, not me. He said he was keeping my money and would give it when I had papers. He kept my passport for the same reason.

He did not beat me. But he said many times that if I left, immigration would catch me and put me in prison, and I believed him. I did not know anybody in London. I did not know where I was, only the church.

In 2022 a man at the church told me this was not right. He took me to a solicitor."
""",
  "de ww rd it iso av | dt foa isd | D L", r="high")

T("""Incident: student (China, 20) reports her passport stolen from her room in halls. Suspect: unknown. She holds a valid student visa and BRP. Advised on replacement. No further action.""",
  "| |")

T("""Construction site, East London. CSCS card checks during a Met operation found a group of Albanian labourers using cards in other people's names. The gang leader, who was present, said he "sorted the cards" for £500 each and deducted the cost from their wages. Workers said they were paid £80 a day, lived where they chose and were free to leave; none alleged threats. Immigration offences and fraud investigated; no MS offences.

The site's principal contractor has since tightened its card checks and now requires photo verification at the gate. The gang leader was arrested for fraud. Several of the labourers were detained for immigration offences; none made any allegation of exploitation when screened by an officer trained in modern slavery, and none claimed to owe the leader money.

The labourers were all over 25 and several said they had worked in construction in Italy and Greece before coming to the UK. Two have since been released on immigration bail.""",
  "| uf |")

T("""Text message received by a charity's SMS line (translated from Polish):
"help me please im in house in Wolverhampton they took my documents and my card. i work on building every day 6 till 8 no money. Boss say if i go police they kill me. please dont call police first call me back this number" """,
  "rd ww eo it | dt ncw lh foa | L", r="high")

T("""Local authority children's services - Return home interview.

Child: Aisha, 16, looked-after. Missing from placement for four days. On return Aisha said she had been "with friends" in Birmingham. During the interview she disclosed that a man, "Jay", whom she met on Snapchat, had driven her to a hotel and that other men came to the room. She said she "did it because he said I owed him for the weed and the hotel". Jay took her phone and only gave it back when she got in the car to come home. She has bruises on her upper arms.

Aisha's friend Keira (16), who was also missing, says that she went home after the first night and that nothing happened to her. Keira's account is being treated with caution.

Actions: strategy meeting, police to seek CCTV from the hotel, Aisha to be referred to the NRM and to CSE specialist service.""",
  "av pv db iso | pa isd | S", r="high", child=True)

T("""I went for a pedicure at a salon in Leeds and the girl doing my feet said she's been here 3 years and has a day off every Sunday, she goes to college on Mondays. I only mention it because my friend said all these places are trafficking and I didnt think this one was.""",
  "| |")

T("""1/B/P. INT suggests that KUMAR, Ravi, director of a care agency in Birmingham, brings care workers from Kerala on Skilled Worker visas, charges each £15,000 "placement fee", and pays them only for the minutes spent with clients, so that they earn under £500 a month for 60+ hours a week. Workers are housed eight to a flat owned by KUMAR's wife, for which £300 each is deducted. KUMAR reminds workers that "your visa depends on me".""",
  "ww eo ac it av db | uf lh oc | L", r="high")

T("""OIC summary for CPS - Op TIDE (fishing).

Between 2019 and 2022, the suspect, skipper James MORROW, employed six Filipino and Ghanaian fishermen on his trawler out of Kilkeel. The men were recruited by a Manila agency who told them they would earn $1,500 a month and work 10-hour days.

The men describe working up to 22 hours at a stretch while at sea. They lived on the vessel in a cabin without heating, and were not allowed ashore because MORROW said they would be arrested. Their passports were kept in the wheelhouse. MORROW paid them about a third of what was promised, by cash handed to the crew leader. When one complained, MORROW punched him and threatened to throw him overboard.

One crewman, Eduardo, broke his leg on deck in 2021 and was not taken to hospital for two days.

A local fisherman, Mr D. McAllister, says he saw the crew "looking starved" in the harbour and that they asked him for food. A second local skipper, who employed Filipino crew under the same scheme, treated them fairly and is a prosecution witness.""",
  "de eo ac rm rd ww pv it | lh swp rsm dt pa | L", r="high")

T("""Report: my daughter's boyfriend is controlling, he won't let her see her friends and he reads her messages. She's 25. I'm worried. Police advised on Clare's Law.""",
  "| |")

T("""Officer note. Woman (Thai, 38) arrested at a brothel in Soho in a licensing operation. She says she works independently with two friends, shares the rent, keeps her own earnings and is not controlled by anybody. She is on a spouse visa, divorced. She did not want support and was released. No indicators.

Two other women at the premises, both Romanian and in their 30s, gave consistent accounts of sharing the rent and keeping their own earnings, and had their passports in their bags. The premises was found to be operating without a licence and the landlord was warned. All three women were given contact details for a specialist sex-worker support service.

The landlord said he had assumed the flat was being used as a beauty salon. He has been told he could be prosecuted for allowing premises to be used as a brothel if it continues. The women said they would look for another flat.""",
  "| |")

T("""Caseworker note, Medaille Trust. Client Ioana (28, Romanian) told us her "husband" took her to Birmingham and made her beg outside a supermarket and steal from shops. He took everything she got. When she didn't bring enough he locked her in the bathroom without food. She has two children in Romania who he says will be taken by "his people" if she leaves.""",
  "ww rm it ac | rsm | C", r="high")

T("""Note from an A&E liaison nurse (Leicester Royal Infirmary).

A man presented at 04:00 with a deep burn to his forearm, which he said was from a fryer at work. He gave his name as Rafiq, 30, Bangladeshi. He was brought in by his employer, who owns a takeaway, and who tried to stay with him throughout. When the employer went to move the car, Rafiq told me that he works every day from 11am to 3am, that he sleeps on the floor of the takeaway's storeroom, and that he has not been paid for eight months because he "owes the visa money" - he said £9,000. He does not have his passport, which the employer keeps.

Rafiq said the employer has never hit him but has shouted that if he "talks to anybody" he will be sent back to Bangladesh "in a box". Rafiq asked me not to tell anybody. I explained the duty to keep him safe and he agreed to speak to police.

The employer returned and Rafiq stopped speaking. Security were asked to keep the employer in the waiting room. Police attended at 05:10.""",
  "eo ac ww db rd it | lh swp sfw dt | L", r="immediate")

T("""I work in a bank branch in Birmingham. A man came in today with 5 Vietnamese women to open accounts. He did the talking, had their passports in a plastic bag and gave his own mobile for all of them. When I asked one of the women directly she looked at him before answering.""",
  "rd | dt sfw | ")

T("""Summary for the multi-agency panel.

Jasmine (now 18) was in foster care from age 12. At 15 she met "Marcus" (27), who gave her drugs and told her she was his girlfriend. Over the next two years he made her carry cocaine to Bournemouth and sell it, keeping her in a flat there for weeks at a time. He told her that she owed him for the drugs she used and for a consignment police had seized, about £3,000.

When Jasmine was 16, Marcus took her to parties where she was made to have sex with his friends. He filmed one incident and told her he would post the video if she tried to leave. She was regularly beaten; she has a scar on her eyebrow from being hit with a bottle.

Jasmine's foster carers reported her missing on more than 30 occasions. She was arrested for possession with intent in 2023; her case was discontinued after an NRM positive reasonable-grounds decision.

She has now moved to a different area and is engaging with a specialist support worker. Her younger brother, who lives with the same foster carers, has not been targeted. Marcus was charged in June.""",
  "av db pv it | pa | C S", r="high")

T("""Met Police ANPR note: Vehicle LP21 KJU (white Mercedes Sprinter), registered to a labour agency in Dagenham, travels every day from Barking to a food processing site in Park Royal at 04:30 and back at 22:00. Agency licence valid. No concerns raised by the site. For information.""",
  "| ced |")

T("""Hello, I am writing on behalf of my grandmother, who is 79. She let a man and his friends stay in her spare room because he said he was her grandson's friend. Now there are people coming and going all night and they sell drugs from the back door. They took her bank card "for the electric". She is terrified and won't say anything. She has dementia.""",
  "av | ncw | C")

T("""Note of interview with Mr Li (Chinese, 63) - interpreter: Mandarin.

Mr Li came to the UK in 2004 on a lorry. He says he has worked in Chinese restaurants ever since, paid in cash by different owners. He says the work is hard but he chose it; he has moved jobs six times, always because he wanted to. He lives in a shared room with a friend and sends money to his daughter. He has no passport because he never had one.

He came to our attention because he was found sleeping in a restaurant kitchen during a fire inspection in Liverpool. He explained that the owner let him sleep there for a week after his landlord evicted him, and that he pays nothing for it. The owner confirms this. Neither the owner nor Mr Li describe any debt or control.

Mr Li asked for help with his immigration status and housing. He was signposted to an advice centre. He does not consider himself a victim and we do not assess him as one.""",
  "| swp |")

T("""Girl (17) at a hotel in Luton rang 999 from the room phone saying she was brought from Nottingham by a man she met online and there's "other men coming" and she can't leave because he's at the door. Units en route.""",
  "av rm | rsm | S", r="immediate", child=True)

T("""Detail of an Unseen helpline case (anonymised). Caller was an English teacher at a language school in Bournemouth. One of her students, a young Colombian woman, had told her that she is working as a live-in nanny for a family in Poole. The family took her passport when she arrived, "to keep it safe", and she works from 6am until 10pm looking after three children and cleaning. She is paid £50 a week, not the £250 she was promised. She comes to English class twice a week, which is the only time she leaves the house; the mother drives her there and waits outside.

The teacher says the young woman is bright, hard-working and anxious, always looks at the clock and leaves the moment class ends. She wears the same two outfits every week. The family's older children go to a private school in Poole. The helpline passed the case to Dorset Police and a Spanish-speaking officer will speak to her at the language school.""",
  "rd eo de ww rm | dt lh et rsm fpe | D")

T("""Town centre CCTV operator reports a group of Roma children (aged approx 8-12) begging outside shops in Slough each weekday during school hours. An adult male watches them from a bench and collects their cups every hour. Children looked cold and thin.""",
  "av ww | pa | C", child=True, r="high")

T("""Thanks for the referral about Dominik. We met him today. He is 33, from Slovakia, and works at a car wash in Leeds. He says he was paid cash on Fridays, £350 for a five-day week, and lives with his girlfriend. He has his ID card. He asked us to pass on that he is very happy with his job and was embarrassed that a customer reported it. We have closed the case.

The customer who made the report was told, with Dominik's permission, that he was well. The car wash owner showed us the rota, which gives each worker two days off a week, and a first-aid kit. We noticed the workers did not have waterproof boots and suggested them to the owner, who said he would buy them.

A month later the owner emailed to say he had bought boots for everyone and put up a poster with the helpline number in the staff room.""",
  "| |")

T("""2/B/P. MONTGOMERY, Shane (British, 45) and his two sons recruit homeless men from Bristol, supply them with drink and drugs and take them across the South West to lay tarmac. Men are paid "a tenner a day" and made to live in a horsebox with no toilet. A man known as "Scouse Tony" tried to leave in April; he was beaten with a pickaxe handle and brought back.""",
  "av ww ac pv rm | plc | L", r="high")

T("""From a victim's statement (Chinese woman, 36, translated):

I saw an advert on WeChat for a job as a waitress in London paying £2,000 a month. A lady called Ms Chen said I need to pay £8,000 for the visa, which I borrowed from relatives. I came on a visitor visa. Ms Chen met me at the airport and took my passport "to register me with the restaurant".

There was no restaurant. She took me to a flat in Manchester where there were three other Chinese women. She said I had to do massage and "other services" for men to pay for the visa, the flat and her phone, and that now I owed her £15,000. She wrote the adverts and answered the phone. She kept all the money. She said if I go out, the police will arrest me because I am illegal and I will go to prison. I was moved every two weeks to a different flat - Manchester, Leeds, Sheffield, Newcastle. I did not know any addresses.""",
  "de rd db ww it iso av | uf dt foa isd | S", r="high")

T("""My brother works on a farm in Herefordshire on the seasonal visa. He phoned and said it's hard work and he earns less than he hoped because it's piece rate, but he's paid each week into his own account, has his passport and is coming home in October. Is this legal? - from a Kyrgyz student in London

Reply from the helpline: piece rates are legal if pay at least meets the minimum wage for hours worked; we advised the student how her brother can check this and contact the GLAA or his sponsor if it doesn't. We also explained that recruitment fees in the home country should be reported. The brother has not described any fees, threats or debt.

She thanked us and said she would pass the information on to him when he calls on Sunday. He has a return ticket booked for 20 October.""",
  "| |")

T("""Police intelligence 2/B/P. Address: 5 Canal Street, Oldham (HMO). INT suggests 15 males (Indian and Pakistani) living at the address, all employed by a packaging company, picked up by an "uncle" at 5am, and that the uncle holds their visas and bank cards. Males reportedly told they cannot go to the mosque without permission.""",
  "rd ww rm ac | oc ced dt ncw rsm | L", r="high")

T("""I am reporting that my ex-husband kept my passport after we split up and won't give it back. I live with my new partner and work in a café. He is just being difficult. I need it to travel to my mother's funeral.

Officers contacted the ex-husband, who returned the passport the same day, saying he had found it in a box of her belongings. The caller flew to Kraków the following week. She was given information about domestic abuse support in case she needed it in future. No further action.

She later wrote to thank the officer and said the funeral went well. Her ex-husband has agreed through solicitors to return the rest of her belongings.

She also said she may move to Poland permanently to be near her sister, and asked how to transfer her pension.""",
  "| |")

T("""Debrief - Op WILLOW (organ harvesting, Kenya/UK)

Victim: Peter, 29, Kenyan. In 2022 Peter was approached in Nairobi by a man who offered him a job in the UK as a warehouse worker and said the company would pay for flights and a visa. Peter was told there would be a "medical" in the UK. He travelled with a man named Omondi.

At a private house in Birmingham, Peter was given tests and told that he was "a perfect match" for a sick relative of Omondi's employer. He was told that unless he agreed to donate a kidney he would owe £12,000 for the flights and visa and would be reported to immigration as an overstayer. Omondi kept his passport. Peter was not allowed to leave the house without Omondi.

The donation did not go ahead because a transplant unit questioned the documents. Peter was then abandoned in Birmingham with no money. He is in NRM support.""",
  "de db it rd rm av | dt rsm foa | O", r="high")

T("""Volunteer note, Sunday drop-in. A Sudanese asylum-seeker (25) asked about work. He says a man at the mosque offered him cash work in a car wash for £30 a day. He has not started and is unsure. We explained his rights, the risks and how to report. No exploitation yet.""",
  "| |")

T("""INT 2/C/P: Female known as "Nana" (Ghanaian, 60s) in Croydon "keeps" a teenage girl from Ghana as a maid. Girl is said to be about 14, not in school, seen at 6am taking Nana's grandchildren to nursery and carrying shopping. Neighbour says girl sleeps in the kitchen.""",
  "av | swp | D", child=True, r="high")

T("""Email from a landlord: "I rent a house in Slough to a man who sublets it. On inspection there were 17 mattresses in 4 rooms, and a list on the fridge of names and amounts, 'owed £1,200', '£950' etc. The men there said they all work at the same bakery through him. None of them would talk to me. I want them out of my property." """,
  "db ac | oc plc | L")

T("""DS note. Interviewed two women from the pop-up brothel at the Airbnb in Reading. Woman A (Romanian, 30) says she works independently, advertises herself, keeps her money, holds her ID, and travels to the UK twice a year. Woman B (Romanian, 19) says she came with her boyfriend who arranges everything, she does not know how much she has earned, he "keeps it for their future" and has her ID card. She was shaking and would not say more. A: no indicators. B: referred for support.

B's boyfriend, a Romanian man of 27, was present at the address and was arrested on suspicion of controlling prostitution. He says B is his fiancée and that he keeps the money because she is "bad with money". B has been taken to a safe house by the Salvation Army and has said she might return to Romania.

Her mother in Brașov has been contacted with her permission and is willing to take her in.""",
  "ww rd | dt ncw | S")

T("""Officer's report - welfare visit, 21 Fern Road, Northampton

Attended following an anonymous online report that "foreign men are being kept" at the address. The house is a licensed HMO with six bedrooms.

Present were five men: three Romanian, one Moldovan and one Bulgarian, aged 24-50. All were spoken to individually with a telephone interpreter. All work at different places (a warehouse, a bakery, two on construction, one at a car wash) and found the room through an online advert. Each has a tenancy agreement with the landlord, a local man with a letting agency, and pays rent by bank transfer. All hold their own ID cards and bank cards. The car-wash worker said he works long days in summer but gets two days off and is paid weekly; he showed his banking app with wages from the company.

The house was clean and in good repair. The men were relaxed and amused at the suggestion they were being held. One asked whether officers could help him find an English course.

The reporting person's concern appears to have arisen because several men leave early in the morning in a shared car. No offences or indicators identified. Result recorded, intelligence updated, NFA.""",
  "| |")

T("""2/B/P. Int suggests SHEHU, Arben (Albanian, 29) controls three Albanian women in flats in Milton Keynes. Women recruited by "lover boy" method in Durrës. SHEHU posts adverts, drives them to outcalls and holds the money. One woman, "Klea", has been seen with a black eye; SHEHU told her he would kill her sister in Albania if she ran.""",
  "de ww pv it | et ncw | S", r="high")

T("""Intervention note - YOT worker.

Kai is 17 and on a referral order for possession. In session he disclosed for the first time that since he was 14 he has been "working" for an older man called Rico who runs a line from Croydon to Hastings. He said he was first given free weed and trainers, and then told he owed Rico £1,500. He was sent to Hastings for a week at a time and stayed in the flat of a woman who used heroin. He sometimes didn't sleep for two days because he had to answer the phone.

Kai said Rico once tied him to a chair and burned his leg with a lighter because a package was short. He showed me the scar. He says he is still being contacted and that Rico's friends drove past his mum's house last week "as a message".

Kai is anxious about being seen as a grass. His mother is supportive. His twin sister is not involved and I have no concerns about her.

Actions: urgent referral to police, NRM, safety planning with family, consider relocation.""",
  "av db pv it eo | pa | C", r="high", child=True)

T("""A customer reported that the staff at a nail bar in Cardiff are "forced to work". Trading standards attended the next day. The two technicians, sisters from Vietnam, are co-owners of the business with their husbands. They showed the lease and accounts. They work 9-6 with a day off on Mondays and live in their own house. No concerns.""",
  "| |")

T("""A woman (Eritrean, 27) at a women's group in Leeds told staff that she came to the UK in 2020 after being held by smugglers in Libya and raped repeatedly. In the UK she claimed asylum and has refugee status. She is not currently working and lives in her own council flat with her son. She was referred for counselling. The group also asked about a man who had been offering women "cleaning jobs" at a hotel; he has not approached her.

The group leader has passed the man's description to police and warned the other women. A second member of the group, a Sudanese woman, said she had been offered the same job but had declined because the pay "sounded too good". No one in the group is known to have taken up the offer.

The women's group meets on Thursdays at a community centre and has 30 members, many of whom are refugees.""",
  "pv | | ", r="high")

T("""Intelligence report (public source: Facebook post shared to police)
"Friends PLEASE be careful!!! my cousin went to work at a farm in Norfolk through an agency called SUNNY FIELDS they took her passport, took £300 for the bus, she lives with 9 other girls in a caravan that leaks, she works from 5am till dark and they pay her £150 a week and take £80 of that for the caravan. she cant leave because she owes them for the bus and the 'training' DONT GO WITH THEM!!!!"

Note from the analyst: the post has been shared 2,400 times. SUNNY FIELDS is not a licensed labour provider. The GLAA has two earlier reports about the same name, one from a farm in Norfolk and one from a packhouse in Suffolk. The cousin has been contacted through the person who posted and has agreed to speak to a Romanian-speaking officer.

The person who posted has been thanked. """,
  "rd db ac eo ww | dt uf oc plc lh ct | L", r="high")

T("""Notes from a prison visit (HMP Humber). Prisoner: Nguyen V (21), serving 18 months for cannabis production.

Nguyen has told his prison offender manager that he was brought to the UK at 17 after his parents borrowed $30,000 from a loan company in Vietnam. He was told he would work in a restaurant. Instead he was driven from a service station straight to a house in Hull where the windows were covered with foil, and told he must look after the plants until the debt was paid. He was never given money. Food was left every few days. He says the "boss" hit him with a metal pipe when the plants died. He did not know which city he was in until police arrested him.

His solicitor at trial did not raise the s45 defence. The prison has now made an NRM referral and contacted the CCRC.

He also told staff that another boy, Duc, who worked at a different house, "went back to Vietnam happy" after working at a nail bar, and that not everybody was forced. Duc's situation is not known.""",
  "av de db ww pv iso ac | isd | C", r="high")

T("""101 call: man reports that his elderly neighbour's carer "works her to the bone". On follow-up, it is the neighbour who is cared for by a live-in carer from an agency who works a four-week rota, has her own room, is paid monthly and goes home to Poland between rotas. Caller misunderstood. No concerns.

The carer, Agnieszka, said she has worked with the agency for six years, gets a day and a half off a week, and enjoys the job. The client's son visits daily. The caller apologised and said he had only heard raised voices once, which turned out to be the television.""",
  "| |")

T("""I was brought here at 16 by my mother's friend who said I would go to school in London. I had to look after her disabled son all day and night and I was not allowed to go out, not even to church. When she was angry she pinched me and once burned me with an iron. I am 22 now. I left when I was 20. I still don't have my birth certificate - she has it.""",
  "av de rm pv rd eo | rsm dt | D", r="high")

T("""Farm manager (Lincolnshire) reports to GLAA: a worker from one of his labour providers has told him the provider's supervisor takes £20 a week from each worker "for protection" and threatens to have them sacked if they don't pay. The workers are otherwise paid through payroll. Supervisor's name is "Vlad".""",
  "it ww | | L")

T("""Prison intelligence (HMP Bedford). Inmate overheard saying that his "boys outside" are running a trap house at a vulnerable man's flat in Kempston and using a 15-year-old to serve. He said the kid "owes us big" and "won't be going anywhere". Intelligence graded 3/C/P.""",
  "av db | | C", child=True, r="high")

T("""Interview with Mrs Devi (Indian, 66). Mrs Devi came on a visitor visa to see her son in Leicester and has stayed for two years. She looks after her grandchildren while her son and his wife work. She says she loves it, is treated very well and wants to apply to stay. The referral came from the nursery because she is "always there". No concerns.

Her son explained that his mother's visitor visa has expired and he is seeking legal advice about an application to remain. The nursery manager was reassured. Mrs Devi attends a seniors' group at the temple on Wednesdays, where she teaches cooking; the group's organiser described her as cheerful and independent.

She has also joined a walking group in the park on Sunday mornings and has made friends there. The nursery has apologised to the family for any upset.""",
  "| |")

T("""HANDOVER - Op CEDAR, day 3

Overnight: IP 1 (Mohammed, Sudanese, 26) now in a hotel. He confirmed that the car wash boss, Kamal, took £1,000 from him for "the job and room", that he worked 7.30-7.30 every day, lived in the portakabin behind the car wash with four others and was paid £20 a day. Kamal always came to collect the other workers' wages when the customers paid by card.

IP 2 (Bashir, 19, Sudanese) has given a similar account but adds that Kamal kicked him in the back when he asked for a day off, and showed him a video on his phone of a man being beaten "who tried to leave".

IP 3 (a Kurdish man, 40s) says he is Kamal's cousin, is paid well and that the others are "lying to get papers". He is treated as a witness, possibly a suspect.

Kamal has been interviewed and released on bail. Car wash remains open.

Outstanding: financial investigation into Kamal's accounts; GLAA to review the other two car washes he is linked to in Stockport and Bolton.""",
  "ww eo ac pv it | uf lh swp oc | L", r="high")

T("""Hi, this is probably nothing but there is a house on my road where a Chinese lady lives with her employers and she's always alone in the garden talking on her phone and seems lonely. Checked: she is a housekeeper who has her own phone, goes out on her days off and said she is "homesick, not unhappy".

She also said she calls her family in Guangzhou every evening, which is why she is often on the phone in the garden. The employers pay her monthly by bank transfer and have helped her enrol in an English class. The reporting neighbour was thanked and told there are no concerns.""",
  "| |")

T("""Medical note - renal clinic, Manchester. Patient (British-Iranian, 52) returned from Tehran after buying a kidney through a broker for $20,000. Patient says the donor was a young man who "wanted the money". The patient has complications. Clinic has a duty to report possible transplant tourism to the HTA. No information about whether the donor was coerced.""",
  "| | O", r="medium")

T("""Statement (summary), Romanian woman (35), interviewed by the OIC:

"I came to England in 2017 to work in a hotel, which a woman from my town arranged. For the first year everything was OK, I was paid and I lived in a flat with two friends. In 2018 the hotel closed and the woman said she had another job for me, in a 'massage salon' in Leicester. I needed money for my children.

At the salon the manager, Sorin, said I had to do 'extras' with clients. I said no. He said that then I would owe him the money for the flat and the three months' rent he had already paid, £3,600. He took my ID card and said I would have it when the debt was finished. After that I did what he said. He took half of everything, then more, he always said the debt was still there.

He never hit me. But he told me he has friends in my town who know my children's school. He showed me photos of my children's school gate on his phone.

I stayed until 2021. I left when he went to prison for another thing."
""",
  "de db rd ww it | dt | S", r="high")

T("""Caller reports a man in a van has been offering "cash jobs" to lads outside the homeless hostel on Union Street. One went with him last week and hasn't come back. Hostel staff don't know where he is. Please check.""",
  "av | |")

T("""Referral - adult safeguarding (Norfolk)

Subject: Paul, 38, British, autism and a mild learning disability. Paul's sister contacted the council because she has not been able to reach him for five months.

Background: Paul lived in supported housing in Norwich until last year, when he met a couple, Dean and Shelley, at a bus station. They told him he could move in with them in King's Lynn and help on Dean's "gardening round". Paul's sister says that since then Paul has not answered his phone; when she visited, Shelley answered the door and said Paul was "out working".

A neighbour of the couple has told the council that Paul is seen leaving at 6am in Dean's van and returning after dark, that he sleeps in the conservatory, and that he has lost a lot of weight. The neighbour heard Dean shouting "you're useless, you'll be out on the street" and once saw him push Paul against the van.

Paul's DWP appointee was changed to Shelley in February. Paul's bank statements (obtained by his sister, who still has a copy of his old account) show his wages from a garden-maintenance contract going into an account now controlled by Shelley.

Action: police and social worker to visit jointly and speak to Paul alone; capacity assessment.""",
  "av ww pv iso eo ac it | ced pa swp ncw isd | L", r="high")

T("""I used to work at a chicken factory in Leicestershire through an agency. The agency was fine, paid me every week, and when I wanted to leave I left. The only thing is they charged £25 for the hairnets and wellies when I started, which I think is wrong.""",
  "| ppe |")

T("""Debrief (Vietnamese, 22, female), translated:

"A woman in Hanoi said I could work in a beauty salon in England and earn a lot. My family paid $10,000. I travelled by plane to Moscow, then by car and lorry through many countries.

In England a man called Minh took me to a nail shop in Norwich. I lived upstairs with four other girls. We worked 10 hours a day, 6 days a week. Minh said our wages go to pay back the rest of the money, $15,000. He gave us £20 each Sunday. Minh kept our passports.

One of the other girls, Thu, had a boyfriend and she went out on Sundays. Minh was not angry with her. She had her own passport because her family paid everything in Vietnam. I was not allowed to go out, because Minh said police would catch me.

After eight months, I told a customer, an old lady, that I was not free. She came back with her daughter who is a police officer." """,
  "de db ww rd rm eo av | dt rsm foa lh | L", r="high")

T("""Just a note for the file: council CCTV picked up a group of men sleeping in the doorway of a car wash on Sunday night. Car wash owner came at 7am and told them to move on. They are known rough sleepers who do not work there. No link found.

One of the rough sleepers, a British man in his 50s, was offered a bed at the night shelter and accepted. The car wash owner said he was happy for the men to shelter under the canopy in bad weather as long as they moved before opening. Outreach will visit again next week.""",
  "| |")

T("""1/A/P. Direct from source: in the flats above the Turkish barber on Mill Lane, Blackburn, three Syrian teenage boys (14-16) work in the barbershop all day and sleep on the floor upstairs. They have no phones. The barber's brother brought them from Turkey and says they owe £8,000 each. Source saw the barber hit one boy with a broom handle on 3 Sept.""",
  "av db pv iso ac | swp isd | L", r="immediate", child=True)

T("""Note: Woman (Lithuanian, 48) called the GLAA line because her new job at a mushroom farm requires her to pay £40 for her own knife. She is otherwise paid correctly and lives with her husband in their own home. Information passed to the compliance team.""",
  "| ppe |")

T("""Safeguarding referral from a housing officer (Middlesbrough).

Tenant: Sharon, 52, alcohol-dependent, lives alone in a council flat. Neighbours have complained about people coming and going at all hours. When the housing officer visited on Tuesday, the door was answered by a young man, about 17, who said Sharon was asleep. Inside there were two other teenagers and a man of about 25 who said he was Sharon's "nephew". Scales and cling film were on the kitchen table.

Sharon later phoned the officer from a neighbour's phone. She said the "nephew" is not related, that they took over her flat three weeks ago, that they keep her in the bedroom when customers come, and that they have her bank card and took her benefits. She said the youngest boy was "frightened of them too" and had been told he would be "stabbed up" if he went home.

The tenancy team wants to evict Sharon for nuisance. The housing officer has asked police for a joint visit first.""",
  "av rm it | ncw rsm | C", r="immediate", child=True)

T("""Report from the public: "a woman rang my doorbell tonight asking to use my phone to call her husband who she said was at work. she said she had locked herself out. she called him and he came. seemed like a normal couple." reported because of the awareness campaign. NFA.

Follow-up: the woman and her husband live at the end of the road and the neighbour has since met them at the school gate. She works as a dental nurse. The neighbour said she was glad the campaign made her more aware even if this time it was nothing.

Officer's note: the woman's husband was at work in a hospital and came home on his break. Both were friendly and amused. They have asked whether the neighbourhood watch could organise a key-holding scheme.

The neighbourhood team has passed their request on.""",
  "| |")

T("""A worker at a salad packhouse near Evesham told the GLAA inspector that the gangmaster's "office girl" keeps all new workers' passports in a filing cabinet "until they have passed probation", and some have been waiting six months. Workers are paid into their own accounts. No other concerns raised by workers.""",
  "rd | dt | L")

T("""Account of IP (Indian, 31, male), construction, via Gujarati interpreter:

The interpreter says Rakesh explains he was a mason in Gujarat. An agent told him a company in Leicester needed skilled masons for £2,500 a month. Rakesh paid the agent ₹8 lakh, raised by mortgaging his family's house.

On arrival in 2023 he learned that the company existed only on paper. The agent's contact in Leicester, "Bhai", found him labouring jobs on sites around the Midlands. Bhai collected the money from the site owners and gave Rakesh £50 to £100 a week. Rakesh lived in Bhai's garage with five other men, on camp beds, with one outside toilet. They worked six or seven days a week, from dawn to dusk.

Bhai told them that because their sponsor was not real they were all illegal and would be jailed if they were caught, so they must never talk to police. Rakesh says his family in India are still repaying the mortgage.

He left after another worker, an older man, fell from scaffolding and Bhai refused to call an ambulance; Rakesh called 999 himself.""",
  "de ww ac eo it av | uf oc plc lh foa | L", r="high")

T("""1/B/P. Subject: Anonymised. INT suggests an organ broker operating through a Facebook group targeting Pakistani and Bangladeshi students in London struggling with fees, offering £15,000 for a kidney with surgery in Lahore. Two students believed to have travelled. One, aged 20, returned unwell and said he was paid only £4,000 and told he would be reported to his university if he complained.""",
  "av de it | | O", r="high")

T("""Parent called 101. Their 16-year-old son has got a part-time job at a local car wash, works Saturdays 9-5, paid £60 cash. They want to know if that is legal. Advised about young worker rules and council permits. No concerns.""",
  "| |")

T("""Pharmacist report: a man regularly comes in with different Romanian women (at least six different women over two months) to collect the morning-after pill and antibiotics. He pays and does all the talking. The women never speak and one had bruises on her neck.""",
  "pv | sfw pa | S", r="high")

T("""Summary of a court judgment (employment tribunal). The claimant, a Moroccan chef, claimed unpaid wages of £3,200 from a restaurant in Bristol after he left. The restaurant had paid him regularly for two years but withheld the final month during a dispute about notice. The tribunal found for the claimant. No issues of forced labour were raised; the claimant had his own accommodation and documents.

The restaurant's owner said in evidence that he withheld the final month because the chef left without giving notice during the Christmas period. The tribunal said this was unlawful but noted that the owner had otherwise been a fair employer who paid above the minimum wage and holiday pay. The chef is now working at a hotel in Bath.

He told the tribunal he would happily work for the restaurant again if the owner apologised.""",
  "| |")

T("""Case closure summary - referral ref 22/0917 (no modern slavery)

The referral came from a school in Peterborough. A Year 8 pupil, Ema (12, Romanian), had told a teaching assistant that she "works every evening" and was "tired of cleaning". The school was worried about domestic servitude.

A social worker and a Romanian-speaking colleague visited the home. Ema lives with her mother, stepfather and two younger brothers in a three-bedroom rented house. Both adults work at a food factory on evening shifts. Ema looks after her brothers from 5pm until 9pm on weekdays while her parents are at work and does some washing up. She has her own room, a phone and friends, and attends a dance class on Saturdays.

Ema was seen alone. She said she was annoyed that she can't go out with friends in the evenings and that she "had to" clean her room. She denied being hit or threatened and said she can talk to her parents.

Outcome: no evidence of exploitation or abuse. Family given advice about the amount of care Ema is asked to provide; early-help offer accepted. Case closed.""",
  "| |")

T("""INT 2/B/P: Nom HOXHA, Gentian, using phone 07700 900123, arranging the collection of Albanian males from Kent beaches and delivering them to cannabis farms across Yorkshire. Males told they owe £18,000-£25,000. One male, recently identified at a grow in Doncaster, had been locked in for 6 weeks, and had a phone that only called HOXHA.""",
  "db rm iso | rsm isd | C", r="high")

T("""Debrief account - domestic worker (Moroccan, 41), Arabic interpreter.

She says she worked for a Gulf family in their London home in Mayfair for three summers. The first two summers were hard, long hours, but she was paid and could go out on Fridays. The third summer, 2023, the family had a new housekeeper, Mrs F, who took all the maids' passports when they landed and locked the door to the staff quarters at night. Mrs F said they could not go out "because of terrorists".

She worked from 7am to 2am looking after the children and cleaning. She and two other women shared a windowless box room with one bed. Mrs F slapped her when she dropped a plate. When her salary for July did not come, Mrs F said it would be "paid in Riyadh".

On a trip to Hyde Park with the children she approached a police officer. She does not know what happened to the other two women, one Ethiopian and one Filipina, who stayed with the family when they left the UK.""",
  "rd rm eo ac pv ww | dt rsm lh oc | D", r="high")

T("""Report to Crimestoppers: "A family on our street in Bolton have a young girl staying who is not their daughter, she never goes to school and does all the housework, I hear her being shouted at in the garden. She looks about 11." """,
  "av | | D", r="high", child=True)

T("""Note of call - Citizens Advice. Client (Spanish, 26) works in a bar in Brighton. Her manager cut her hours from 30 to 15 this month and she is struggling with rent. She has her contract, passport and bank account and was paid for all her hours. Advice given on her rights and Universal Credit. No safeguarding concerns.""",
  "| |")

T("""GLAA enforcement - Op ROWAN (flower farm, Cornwall).

In March GLAA officers and Devon & Cornwall Police visited a flower farm following intelligence from a local church, whose pastor said that workers had come to the food bank hungry.

Twenty-two workers were present, all from Bulgaria. Most were housed in a converted barn on the farm with 40 bunks, two toilets and no heating. They said a Bulgarian man, Kiril, who is not a licensed gangmaster, brought them by minibus from Sliven, charging each €400. Kiril collected their wages from the farm in cash and paid them about half, saying the rest was for the barn, food and the minibus. He took their ID cards and said he would return them "when the season ends". The workers picked daffodils 10-12 hours a day, every day, in the rain.

Two workers, a couple in their 50s, said Kiril was "like a father" and they were happy. Another, Stoyan, said Kiril threatened him with a knife when he asked to go home, and told him that his debt would pass to his son.

The farm owner says she paid Kiril a fair rate per worker and "trusted him". Kiril has been arrested. Farm owner being investigated for using an unlicensed gangmaster.""",
  "ww ac rd eo it db | oc plc uf ct dt lh ncw | L", r="high")

T("""Adult social care note: Mr B (70, Pakistani) is cared for by his daughter-in-law, who is on a spouse visa. She says she also cares for her own children and her husband's disabled brother and never has time for herself, but she is not prevented from going out, has her own phone, passport and bank account, and attends English classes. Carer's assessment offered. No exploitation.

The daughter-in-law said her husband shares the caring at weekends and that she hopes to train as a nurse once her English improves. She was given details of a carers' support group in Urdu and Punjabi. Mr B's own GP was informed of the assessment.

Mr B himself said his daughter-in-law is "a blessing" and that he wishes she would take more time for herself. The family has agreed to use a sitting service one afternoon a week so she can attend college.""",
  "| |")

T("""Victim's own words (Slovak, 34, written in English with help):

"I was living on the street in Košice. A man came and gave me food and said in England there is work in a factory and a house. I went with 6 others on a bus. In England he took my ID card and gave me a job in a factory through agency. The money came on a card but he has the card. He gives me £10 a week for cigarettes. I live in a house with 14 men and he is the only one with a key. When I said I want to go home he said I owe him £800 for the bus. Then he said £1,200. I don't know why it goes up. I cannot speak English so I cannot ask anyone."

Volunteer's note: he has been given a phone by a Slovak charity and is now in a hostel in Northampton. He is 47 and has diabetes. """,
  "av de rd ww ac db rm | dt ncw oc rsm | L", r="high")

T("""Met intelligence 3/C/P. Anonymous call saying "the Romanian man at the car wash on Hoe Street is controlling the girls who work at the massage parlour next door". No further detail. Research: both businesses licensed, car wash staff on payroll, massage parlour staff British and registered. Insufficient to act.""",
  "| |")

T("""A 999 call from a boy aged 15 in a flat in Kings Lynn: says he was brought from London by older lads, they have taken his phone and his shoes so he can't leave, and they said they will stab him if he tries. He is using the phone of a customer who came to buy drugs. Officers attending.""",
  "av rm iso it | rsm isd | C", r="immediate", child=True)

T("""A Nigerian woman, 30, was interviewed by the asylum team after saying she was trafficked. She describes being brought to Italy at 19 by a "madam" after a juju oath in Benin City and forced to work as a prostitute on the street in Turin to pay a debt of €35,000. The madam beat her and threatened that the juju would kill her family. She escaped to the UK in 2022 and has not been exploited here. She works legally as a carer now.

She said she still receives phone calls from the madam's sister in Benin City demanding money, and that her mother has been visited and told the debt is not finished. She has changed her number. She has been referred to a specialist charity and to the NRM, to which she consented; her asylum claim is being considered.

She says her employer, a care agency, is supportive and does not know her history.""",
  "db pv it | | S", r="high")

T("""Person in custody (PIC) note. Male, 23, British, arrested for burglary. He told the custody nurse he was "made" to do the burglary by a man he owes money to for drugs. When asked what would happen if he didn't, he said "he'd probably just stop selling to me". He lives with his mum. Custody nurse informed the OIC; no MS indicators identified on review.

He said he had been using for about ten years and that the dealer is "just a dealer" who has never threatened him. He was referred to the drug intervention team in custody and accepted. His mother was contacted to collect him on release. The burglary victim, an elderly man, has been visited by victim support.

The man's mother said she has tried for years to get him into treatment and hopes this will help. He has no previous convictions for violence.""",
  "| |")

T("""Public report (WhatsApp message forwarded by a councillor): "There's a house in Tottenham where a woman keeps 3 young African girls, maybe 16-17, they come back at 6 in the morning, always with her, and she says they are her 'daughters' but they call her 'Madam'. One told my wife she wants to go to school but Madam says she must 'work first to pay her ticket'." """,
  "av db | ced et | S", r="high", child=True)

T("""Email from a restaurant owner (Newcastle): "Our new kitchen porter (Bangladeshi, 27) asked us to pay his wages into his 'cousin's' account because he doesn't have one. We refused and helped him open his own account. He told us the cousin arranged his visa and says he owes him. Is there anything we should do?" Passed to MSHT unit.""",
  "db | | L")

T("""Note: an 18-year-old man (British) reported being paid less than minimum wage for a kitchen job at a pub. He has since left the job and found another one. He has his own flat. Referred to HMRC NMW team. No control, threats or debt reported.""",
  "| |")

T("""Summary of information from the Human Tissue Authority to police: a potential living donor (Albanian, 26) was found during assessment to have been promised €20,000 by the recipient's family for a kidney. The donor said he owed money to a man in Tirana who had arranged his journey and who told him this was "the only way to pay". Donor was in the UK irregularly. Transplant stopped.""",
  "av db | | O", r="medium")

T("""Intel log 2/B/P: Addresses 1-6 Victoria Mews, Bradford. Male "Bogdan" houses Romanian Roma families and takes the children (aged 10-14) to steal from shops in the city centre. Children handed over to Bogdan at the end of each day with the goods. Families' benefits are claimed by Bogdan.""",
  "av | ncw | C", r="high", child=True)

T("""We received your report. A mobile-phone shop owner in Ilford had called about a woman who came in with a man who had several phones and SIMs and handled all the money. Officers identified them: a married couple who run a phone-repair stall. No concerns.""",
  "| |")

T("""Officer handover - missing person, high risk.

MISPER: Daniela, 19, Romanian, reported missing by her sister at 20:00. Daniela came to the UK two months ago for what she believed was a job in a hotel kitchen in Manchester, arranged through a Facebook contact called "Alex". Her sister received a voice note at 18:30 in which Daniela, crying, said the hotel was "not a hotel", that Alex had her ID card and her phone, and that she was in "a flat with men". The voice note was sent from an unknown UK number, which is now off.

The sister also says Alex had earlier asked the family for £500 for "the room deposit", which they paid by bank transfer.

Enquiries: the number is linked to two adverts on an adult services site posted in the last 48 hours, showing a woman matching Daniela's description, at an address in Cheetham Hill. Alex's Facebook profile is linked to two previous reports of women being recruited for "hotel jobs".

Risk: assessed as immediate. Daniela is believed to be held and sexually exploited tonight. Firearms not indicated. Entry team briefed.""",
  "de rd iso rm | dt isd uf | S", r="immediate")

T("""Debrief (Polish, 58, male). "I worked for 4 months on a building site in Reading for a Polish boss. I had my own room, he paid me, but then he stopped paying for the last 3 weeks and said the client did not pay him. I left and now I work somewhere else. I want my money." Advised re civil claim. No MS indicators.

He says his former boss was "a good man until the money ran out" and that several colleagues were also owed money. He has his own room in a house he found himself, his ID card, and no debts to anyone. The business appears to have gone into liquidation; he was given information about claiming from the insolvency service.

He also asked about free English classes and was given information about the local college's ESOL courses. He said he hopes to bring his wife to the UK next year.""",
  "| |")

T("""Anonymous online report: "nail salon on London Road, Leicester, the young girl there (about 15?) has been crying every day, she lives upstairs with the owners and never goes to school, and I heard the owner say 'you owe me, you work'." """,
  "av db | swp | L", r="high", child=True)

T("""Intelligence assessment - LINK CHART NOTES, Op SILVERBIRCH.

Phone 07700 900456 (attributed to BALAN, Costel) appears on: (a) tenancy applications for four HMOs in Wellingborough; (b) the contact details on 27 bank accounts held by Romanian nationals, all opened at two branches in the same week; (c) adverts on a jobs site offering "warehouse work, £12/hr, accommodation and transport included" in Romanian.

Financial analysis shows wages from three agencies paid into the 27 accounts, followed the same day by cash withdrawals of nearly the full balance at ATMs close to BALAN's home address. On 3 October, 15 of the cards were used at one ATM between 06:02 and 06:31.

Two of the account holders have since been identified. One says BALAN drives them to work and keeps their cards "to pay the rent and the debt from Romania". The other says he has his card and was unaware of any problem, but later admitted he had given BALAN his PIN "because everyone did".

Assessment: there is a reasonable suspicion that BALAN controls the wages of a large group of workers, possibly through debt.""",
  "ww db | mbc ncw et | L")

T("""A 22-year-old Filipino man working as a live-in carer for an elderly couple in Surrey emailed the charity to ask about changing employers. He says he is well treated, works 40 hours a week with days off, has his own room and is paid properly, but wants to move to London to be nearer friends. Advice given.""",
  "| |")

T("""Account from Huong (F, 30, Vietnamese), via interpreter:

"My husband's family arranged for me to come to England to work and send money. I did not want to come. They paid a man, and I came in a lorry. In London a lady met me and took me to her house, and I worked in her house cooking and cleaning, and in her nail shop. She said I owed £20,000.

When she was not happy with my work she hit me with a shoe, and once she pushed my face into the sink. I slept in the bathroom on a mat. I did not go outside alone in three years; she walked me to the shop and back. She sent my money to my husband's family, she said, but my mother told me they received nothing.

I became pregnant. The lady said I had to get rid of the baby. I went to the hospital on my own for the first time. The nurse called the police."
""",
  "db pv ac rm ww eo | swp rsm et | D L", r="high")

T("""Council licensing (scrap metal dealers) visit, Wakefield. Premises licensed, staff of five British men, paid weekly. One worker, Darren, was recently released from prison and was given the job through a rehabilitation scheme. He lives in his own flat. No concerns.""",
  "| |")

T("""Debrief, Bulgarian female (25): "The man who brought me said I would work in a hotel. When I arrived I had to clean in his house and his brother's house and wash their cars. I also had to sleep with his brother. I had no money, no phone, no friends. After 5 months I ran to the police station which was near the house." """,
  "de pv iso ww | isd | D", r="high")

T("""GLAA note. Labour provider, "Top Team Staffing", licence application. Director previously worked for a licensed provider and has clean record. Inspection of proposed accommodation: modern flats, two per room. Transport provided free of charge. Workers to be paid weekly via payroll into own accounts. Licence granted with no conditions.""",
  "| |")

T("""1/A/P. Source states: KOWALSKI, Piotr (Polish, 50) keeps 8 Polish men at 44 Grange Road, Slough. Men are alcoholics recruited from a homeless shelter in Gdańsk. KOWALSKI keeps their passports in his car and brings them daily to building sites. The men get vodka and food but no wages. Source witnessed KOWALSKI beat a man with a belt in the garden on 11 July.""",
  "av rd ww pv | dt | L", r="high")

T("""From a parent's report to the school: "My son (15) told me a man at the gym offered him £200 to let him use his bank account for 'a few transfers'. My son said no and told me. I'm reporting so the school can warn others." School passed to police. No exploitation occurred.

The school held an assembly about money-muling the following week. Two other pupils said they had seen similar offers on Instagram but had not responded. The gym's manager was informed and has banned the man, who police have identified and spoken to. No accounts were used.

The boy's mother praised him for telling her. The police have posted a warning on the school's parent page with advice on what to do if a child is approached, and the school's PSHE lead is adding money-muling to the Year 10 curriculum.

The boy has been given a certificate by the head for his honesty.""",
  "| |")

T("""Caller to the Modern Slavery Helpline, a care home manager in Kent:

"I've just recruited a senior carer from Zimbabwe who transferred from another care home in Essex. She told me that at her last job the owner charged her £10,000 for her certificate of sponsorship, then took £400 a month from her wages 'for the visa', and made her work 80 hours a week or she would 'cancel the visa and she'd be deported'. She lived in a house the owner rented to her with six other carers. She said the owner kept her passport in his safe and only gave it back when she threatened to go to the Home Office. I want to know how to help the others who are still there."

Note: caller's current workplace is not implicated. Information passed to police and Home Office sponsor compliance.

The caller has offered jobs at her own home to any of the other carers who want to leave.""",
  "ww eo it rd av db ac | uf lh dt oc foa | L", r="high")

T("""Bank note: young woman (British, 20) came in upset because her boyfriend had been using her debit card without asking. She has cancelled it. She lives with her parents and works in a supermarket. Fraud reported. No further concerns.

The branch manager helped her set up a new card and turned on app notifications for every payment. She was advised to report the boyfriend's use of her card to police if she wanted to, and was given details of a domestic abuse helpline in case the relationship was controlling. She said it wasn't, and that she has already ended it.

The bank refunded the transactions, which came to £340. She is thinking of making a police report but has not decided. Her mother came into the branch with her and said she would help her with budgeting.

The branch closed the old card and issued a new one with a different PIN the same afternoon.""",
  "| |")

T("""999 call 03:05. Woman screaming for help from an upstairs window, Heathfield Road, Handsworth. Neighbour says she shouted "they won't let me out" in broken English. Units on scene 03:11: door forced, female (Albanian, ~20) found with injuries to her face in a locked room. Two males detained.""",
  "rm pv | rsm pa |", r="immediate")

T("""i want to report the farm on the B road by the church. they have loads of foreign workers in caravans. i think they pay them fine and they go to the pub on fridays but the caravans look a mess from the road

update from officer who visited: caravans are old but clean inside, workers are on a seasonal scheme, paid weekly, and the farmer is replacing the oldest vans this winter. workers said they like the pub quiz on a friday. no concerns.

also the farmer came out and offered me a cup of tea and showed me round, i feel a bit silly now. he says the new caravans arrive in november and the workers chose the colour. sorry for wasting time

(officer note: no need to apologise, thank you for reporting. caravans checked, all fine.)""",
  "| |")

T("""Interviewee: Kwame (Ghanaian, 35), via English. Kwame was recruited by a friend of his uncle in Accra for a job as a chef in a London hotel. He paid £3,000 for the visa. There was no hotel; he was taken to work at a takeaway in Leeds, 70 hours a week, paid £150 a week and told the rest would go towards "the visa loan". He was given a mattress in the cellar. The owner has his passport. When he asked for it the owner said "You'll get it when you're finished paying."

Kwame says there was another worker at the takeaway, a young British man, who only did weekend shifts, was paid by bank transfer and didn't know anything about Kwame's situation. Kwame has no phone of his own and does not know the address of the takeaway, only that it is near a big roundabout. He asked a customer to call the helpline for him. """,
  "de eo ww db ac rd iso | uf lh swp dt isd | L")

T("""Report of an incident at Heathrow Terminal 4 (Border Force).

At 07:20 a flight from Lagos arrived. Border Force officers noticed a woman (Nigerian, 38) travelling with a girl who she said was her daughter, aged 13. The girl's passport showed a different surname. The woman carried both passports and answered every question put to the girl.

Spoken to separately with a Yoruba-speaking officer, the girl said the woman was "Auntie", not her mother, and that she was going to live with Auntie in London to "help with the house and the baby" and that in return Auntie would pay for her school "later". She did not know where in London she would live. She said her mother in Ibadan had been paid some money.

The woman, when questioned, said she was the girl's aunt and that the girl would go to school. She could not give the name of a school. Her address in Dagenham has previously been linked to a girl reported for not attending school.

The girl was taken into police protection and is with Hillingdon children's services. A second passenger on the same flight, a teenage boy travelling with his father to visit relatives, was also checked; there were no concerns and they continued their journey.""",
  "av de iso | sfw dt isd | D", r="immediate", child=True)

T("""Officer note. Visited a pop-up massage premises in Wigan following a licensing complaint. One woman present, Thai, 45. She is the licensee, runs the business with her sister, holds her own documents and keeps her takings. No sexual services advertised. No indicators.""",
  "| |")

T("""Victim statement (extract) - Lithuanian man, 46.

"The agency in Vilnius told me I would work in a chicken factory in Norfolk, 40 hours, £9 an hour. I paid them €300. In Norfolk a man called Andrius met me and took me to a house with 11 other men. He said the rent was £70 a week and transport £5 a day. He took my passport and said it was for the factory office.

I worked nights catching chickens on farms, not in a factory. We went in his van to a different farm every night, sometimes 4 hours driving. We caught chickens for 8 or 10 hours, the dust was bad, no masks. Andrius paid me £100 a week cash. He said the rest is for rent and for the agency fee which was now £1,500.

When one of the men complained to the farmer, Andrius took him outside and beat him. After that nobody complained.

I had my phone but I did not know anybody in England. After 7 months I called the Lithuanian embassy."
""",
  "de rd ww db ac pv | uf oc ct dt et | L", r="high")

T("""Concern raised by a hairdresser: "A regular customer, a Brazilian woman in her 40s, cleans for a family in Hampstead. She says she's paid well but works very long days, 7am to 9pm. She has a day off on Sunday and her own flat. She asked me if that was normal." Advice: long hours but no control; signposted to ACAS.

The hairdresser added that the woman's employers pay for her gym membership and have offered to help her bring her son over. She has her passport and a UK bank account. She said she might ask for a later start in the mornings. The customer did not want any further contact from the police.

The hairdresser has given her the number for an employment advice line in Portuguese. The woman said she would think about asking for a later start time and that she is otherwise content with the family.""",
  "| |")

T("""3/C/P. Public source reports a Vietnamese man in his 20s who lives in a shed at the back of a takeaway in Hull, works in the kitchen all day and is not seen going out. Not corroborated.""",
  "eo | swp lh | L")

T("""Notes from a meeting between the Local Authority and a charity about two sisters (Slovak Roma, 16 and 14).

The sisters came to the UK in 2022 with an uncle, who is their legal guardian. They live with the uncle's family in Rotherham. The older sister, Lucia, was referred by the school after she told a teacher that she was going to be married to a man in Sheffield, aged 25, and that she did not want to. She says the uncle has "arranged it" and received money from the man's family. She says the uncle told her that if she refused she would be sent back to Slovakia alone.

The younger sister, Silvia, says she is happy at school and has not been asked to do anything; she is not aware of any plans for her.

Children's services have made a Forced Marriage Protection Order application. Police have been informed. The school reports that Lucia's attendance was good until this term.""",
  "av it | | S", r="high", child=True)

T("""Intel 2/B/P: a man known as "Dinu" brings vulnerable Romanian men with disabilities to Glasgow to sell the Big Issue and beg outside supermarkets. The men live with Dinu's family, get food but no money, and are watched at their pitches by Dinu's teenage sons.""",
  "av ww rm | rsm | C", r="high")

T("""Handover: the 'suspicious van' reported at the industrial estate is a legitimate cleaning company taking its staff to office contracts at 5am. Company verified, staff on payroll, live at home. No further action.

The cleaners work from 5:30 to 9am in offices before staff arrive, then go home. The reporting person, a night security guard, said he had seen the van for months and wondered why. The company's operations manager invited officers to meet the team, who said they preferred the early shift because they have children at school.

The van is owned by the company and the driver is a supervisor who has worked there for eleven years. No fees are charged for transport. The security guard was thanked for the report.

The company's director has offered to share its staff welfare policy with other cleaning firms in the area as an example of good practice.""",
  "| |")

T("""I am the mother of a 17-year-old boy who got involved with a man who gave him a job "washing cars". My son now says he has to go every day after college till late and the man doesn't pay him because my son "broke a car mirror" and owes him £600. Last week the man threatened to break my son's hands if he didn't turn up.""",
  "av ww db it eo | lh | L", r="high", child=True)

T("""Debrief - Mr A (Afghan, 20), at an Approved Premises.

Mr A says that he came to the UK as a child in 2019 and was placed in foster care. At 17 he was introduced by an older Afghan man, "Jawad", to work in a car wash in Coventry for cash. At first Jawad paid him. Later, Jawad said that Mr A had to repay Jawad for "helping with the Home Office" and took all of his wages. He worked seven days a week. Jawad also asked Mr A to carry bags to houses, which he later learned contained heroin.

In 2022 Mr A was arrested with heroin and convicted; he is now on licence. Jawad's men have visited the hostel twice. Mr A says he was told "we will finish you if you talk". He asked to be moved.

Mr A's probation officer adds that he has a diagnosis of PTSD and that he struggles to read English.""",
  "av ww db eo it | | L C", r="high")

T("""Hotel night manager (Leeds): we had a group of 10 young women checking in with a coach driver for a wedding. They were all bridesmaids and relatives. Someone reported it to police as 'trafficking' because they didn't speak English. Officer confirmed the wedding. No concerns.

The bride's father, who had booked the rooms, showed the booking confirmation and the wedding invitation. The women were from Sylhet and Birmingham. Hotel staff were thanked for being vigilant and were given the helpline number for the future.

The reporting guest, a retired police officer, said he was glad it was nothing and had been worried because one of the younger women looked tired; she turned out to have come straight from a night shift as a nurse. Nobody was being controlled or held.

The wedding took place the following day.""",
  "| |")

T("""Statement by Mrs Rose Adeyemi, 62, a neighbour in Thamesmead. "I see a young girl from the house next door hanging washing at midnight. She was in flip-flops in winter. She once came and asked me for food and said the family do not let her eat with them. She said she is 19, from Nigeria, and that the lady keeps her passport." """,
  "ac rd | dt pa | D")

T("""POI report, 2/B/P. Subject: BEQIRI, Ardit (Albanian, 31). INT indicates BEQIRI has arranged for at least five Albanian women to enter sham marriages with EU nationals in Dublin and London, for which he takes the "bride fee". Women were then put to work in brothels in Bristol. One woman told an NGO BEQIRI raped her and said he would tell her family she was a prostitute.""",
  "pv it ww | | S C", r="high")

T("""Local news: A Cambridge restaurant owner has been fined £45,000 for employing three people without the right to work. The court heard the workers were paid the minimum wage and lived in their own accommodation; the judge noted there was no suggestion of exploitation.

The owner said he had been misled by a friend who told him the workers' paperwork was in order. The three workers have since been granted permission to work while their applications are considered. The restaurant remains open. The case has been used by the Home Office in a campaign about right-to-work checks.""",
  "| |")

T("""101 online form: "my friend's brother from India came on a student visa and is working in a petrol station in Ilford 16 hrs a day, they make him sleep in the back room, the boss keeps his passport and only gives him £200 a month, says his college fees are being paid from the rest." """,
  "eo ac rd ww | lh swp dt | L")

T("""Case review (summary) - Op BEACON

Timeline:
- 2019: Fatima (then 15, British-Pakistani, Bradford) meets a man, "Sam", outside a takeaway. He gives her lifts and gifts.
- 2020: Sam introduces Fatima to his friends at a flat. She is given alcohol. She is raped by two of them. Sam says she is now "his" and that if she tells anyone he will tell her family and the community that she is "a slag".
- 2020-2021: Fatima is taken to hotels in Leeds and Manchester and made to have sex with men who pay Sam. She misses school and is reported missing 14 times. Sam takes her phone when she is with him.
- 2022: Fatima discloses to a youth worker. Two of the men are convicted.

Other people: Fatima's cousin, Nadia, was with her on some occasions in 2019 but says she was never harmed and stopped going; she has given a witness statement. Fatima's parents were unaware until 2022.

Fatima's current situation: 19, at college, engaging with an ISVA.""",
  "av pv it iso | | S", r="high")

T("""Intel log: A 19-year-old Polish woman reported her passport lost on a night out in Newcastle. She works at a call centre and lives with her boyfriend. Passport found in a taxi and returned. NFA.""",
  "| |")

T("""A Slovak woman came to the Roma community centre. She says her husband works on a building site for a man from their village who took him to England with 10 others. The man collects all the men's wages and sends "something" to the families; she received £100 in three months. She says her husband sleeps in a container on the site.""",
  "ww | ncw swp | L")

T("""Midwife note: 19-year-old Chinese woman in labour, no English, arrived with a woman who said she was her "boss" and that she works in a massage shop in Edinburgh. Patient whispered through the interpreter line that she has "no money, no passport" and cannot go home. Boss tried to take her baby's red book. Patient under police protection on the ward.""",
  "rd ww | dt sfw | S", r="immediate")

T("""Report: "The man who owns the takeaway on Cross Street shouts at his staff all day. It's horrible to hear." Officer visit: staff are two adult sons and a nephew of the owner, all paid, living at home. Family argument. NFA.""",
  "| |")

T("""Summary of a joint visit - hand car wash, Gorton, Manchester (GLAA, police, HMRC, fire service)

The visit followed two public reports: one said workers looked "scared and thin", the other that the site had no drainage and chemicals were running into the road.

Seven workers were present, all Kurdish Iraqi men aged 20 to 45. Each was interviewed privately with an interpreter. All confirmed they were employed by the owner, a Kurdish man, and paid £80 a day in cash at the end of each shift. Four showed bank statements with regular cash deposits. Hours were 9am to 6pm, six days. They live in their own rented rooms in Longsight and travel by bus. None described debt, threats, or anyone keeping their documents, and all said they could leave. Two had asylum claims pending and were working without permission, which they said was their own choice.

The fire service found the canopy and electrics unsafe and issued a prohibition notice. HMRC will examine payroll. Environment Agency notified about the drainage. Immigration Enforcement informed regarding the two workers.

No modern slavery offences identified. The owner was told the unsafe electrics put staff at risk and agreed to close until they are fixed.""",
  "| |")

T("""Debrief notes, Op CRANE. IP is a 23-year-old Romanian woman. She says a woman called Loredana brought her to London "for a cleaning job" and she ended up in a flat in Wembley seeing men. Loredana kept the money and said she owed £2,000 for the ticket and rent. Loredana's boyfriend hit her once when she cried. She had her phone and her ID. She left after 3 weeks by walking out while Loredana was asleep.""",
  "de ww db pv | | S", r="high")

T("""Girl at school (Year 11) told the DSL her older sister, 17, has been "sold" to a man in Birmingham by their stepfather for £3,000 and has to cook and clean for his family and "be his wife". She hasn't heard from her sister for a month. Stepfather denies it.""",
  "av pv | | D S", r="immediate", child=True)

T("""Call from a recruitment agency in Leeds: they were approached by a man offering to "supply" a team of 20 Vietnamese workers for a factory client and asked that wages be paid into one account. The agency refused and wants to report it. No workers were placed.

The agency gave police the man's business card, phone number and the email he had used, which gave an address in Coventry. He had also offered to supply drivers and warehouse staff. Agency staff were told to record any further contact. The factory client confirmed it had never heard of the man.

Checks on the phone number show it was also given to two other agencies in West Yorkshire in the last month. Intelligence has been submitted and the GLAA notified. No workers have yet been identified.

The agency has been thanked for reporting.""",
  "| |")

T("""Interview summary - Eritrean woman, 32, Tigrinya interpreter. She says her "husband", whom she met in Sudan, brought her to Birmingham and made her work as a cleaner for his friends' houses and businesses. He collected all her pay. He would lock her in the flat when he went out, and took her phone. He beat her when she tried to call her sister. She says she is frightened that his friends will find her.""",
  "ww rm iso pv | ncw rsm isd | L", r="high")

T("""Online report: "There's a flat above the bookies on Broad Street, lots of men coming and going at night, I think it's a brothel." Research: address is a licensed sauna with registered self-employed workers. Previous visit found no concerns. NFA.

The sauna's manager said they have regular visits from a sexual-health outreach nurse and that the workers set their own hours and keep their own earnings, paying a room fee. An officer who visited last year found all five workers were British or EU with settled status and holding their own documents.""",
  "| |")

T("""Intel 2/B/P. Nom SANDHU, Amrik, labour provider (unlicensed) supplying Indian men to vegetable packhouses in Kent. INT indicates men are recruited in Punjab, pay fees of up to £10,000, live in overcrowded houses owned by SANDHU, and receive around £200 a month after "deductions". SANDHU holds their passports and threatens to get their visas cancelled. Some men have been working 80-hour weeks.""",
  "ww ac rd it eo av | uf oc dt lh | L", r="high")

T("""Student (Indian, 21) at a university in Coventry came to the welfare office because she has money problems and works 20 hours a week at a café. She has her passport and BRP, lives in halls, and her employer pays her properly. She asked about hardship funds. No concerns.

She mentioned that her landlord for next year has asked for a holding deposit of £300, which the welfare officer checked and found lawful. She was awarded a hardship grant and has joined the university's Indian society. She said her parents visit each summer.""",
  "| |")

T("""GP safeguarding note. New patient, Slovak woman (27), registered by a man who said he was her "manager" at a meat factory. He had her ID card and wanted her medical letters sent to his address. The patient did not speak. Practice registered her at her own address instead and flagged to the safeguarding lead.""",
  "rd | dt sfw | L")

T("""A woman in her 60s called the police after her son, 40, who has Down's syndrome, came home from a "day centre job" in a bakery. She thought he was volunteering, but found he had been working 10-hour days for three months, and that the bakery owner had told him he would be "in trouble with the police" if he told his mum. He has not been paid. He has bruises on his arms he cannot explain.""",
  "av eo ww it | lh pa | L", r="high")

T("""Notes: Domestic abuse referral, not trafficking. Woman (Bangladeshi, 29) in Tower Hamlets says her husband hit her during an argument. She works, has her documents and her own account, and wants to stay with her family. Her in-laws do not live with them. DASH medium. Referral to IDVA accepted.

Her husband was arrested and released on bail with conditions. Her children, aged 6 and 9, were spoken to at school and appear well. She said she plans to stay with her sister in Whitechapel for a few weeks. Her employer, a pharmacy, has been supportive.""",
  "| |")

T("""OIC update - Op LANTERN (county lines, cuckooing, Norwich)

Since September the "Jonny" line from London has used at least four addresses in Norwich belonging to vulnerable adults. At flat 3, Lakeside, the tenant, Colin (54, heroin user), says the dealers arrived offering free drugs and then moved in. They keep his keys and his phone, he cannot have visitors and he sleeps on the bathroom floor when they are busy. They took his bank card and PIN.

Two boys, 15 and 16, from Lewisham, have been found at the flats on separate occasions. The 16-year-old, when found, had a stab wound to his thigh which he said was "punishment" from the line holder for losing £300. Both boys have been returned home and referred to the NRM.

A third youth found at the same flat, aged 18, told officers he sells drugs "for himself" and is not controlled; he has been charged.

Next steps: closure orders on two flats, safeguarding visits to all tenants, and work with the Met on the line holder.""",
  "av pv rm iso db | ncw rsm isd pa | C", r="high", child=True)

T("""A woman (Ukrainian, 35) under the Homes for Ukraine scheme told her council she is expected to clean and cook for her host family every day and look after their children in the evenings. She says the host reminds her that she "could be homeless tomorrow" if she refuses. She is not paid. She works part-time in a shop and keeps that money.""",
  "av it | | D")

T("""Press summary: Two men jailed for organ trafficking after trying to bring a young man from Nigeria to London to donate a kidney to a wealthy businessman's daughter. The court heard the donor, a street trader from Lagos, was told he would be given a job and had not been told he would be expected to undergo surgery. He was also coached to lie to doctors that he was a relative.""",
  "av de | | O")

T("""Handover: man from Sudan seen sleeping at the back of a car wash in Harrow. Spoke to him: he is a rough sleeper who does not work at the car wash, and the owner lets him shelter there. Outreach team informed. No exploitation.

The man said he came to the UK in 2021, was refused asylum and lost his accommodation. Nobody has offered him work and he has never worked at the car wash. The owner gives him tea in the mornings. The outreach team have booked him an appointment with an immigration adviser and a GP.""",
  "| |")

T("""A teenage boy (16, British) sent a message to Childline saying his father makes him work in the family's scrap business every day instead of going to school, does not pay him, and hits him if he complains. Passed to police.""",
  "av ww pv eo | | L", r="high", child=True)

T("""Witness statement: I'm a delivery driver. I noticed the girls at the massage parlour on Queen Street never leave, they have the blinds down, and a man drops their food off. One asked me in very poor English to "call the police" and showed me a bruise. Then the man came out so I left. This was 10:30 today.""",
  "rm pv | rsm pa | S", r="immediate")
