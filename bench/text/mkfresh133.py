#!/usr/bin/env python3
"""Hand-written texts for fresh133 (sexual exploitation of adults emphasis).
Each E(...) holds one hand-written text and its labels; short codes expand below.
Risk is given explicitly where it is 'immediate' or a child raises it; otherwise
it follows the stated convention from the labels."""
import json, os

IND = dict(AV="abuse_of_vulnerability", DEC="deception", ROM="restriction_of_movement",
           ISO="isolation", PSV="physical_sexual_violence", IT="intimidation_threats",
           ROD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", saw="sleeps_at_workplace", fpe="few_personal_effects",
           rm="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")

ROWS = []

def E(text, ind="", sig="", typ="", risk=None):
    i = [IND[x] for x in ind.split()]
    s = [SIG[x] for x in sig.split()]
    t = [TYP[x] for x in typ.split()]
    if risk is None:
        if ("sexual" in t or "physical_sexual_violence" in i or len(i) >= 3
                or ("intimidation_threats" in i and "restriction_of_movement" in i)):
            risk = "high"
        elif i or t:
            risk = "medium"
        else:
            risk = "low"
    ROWS.append(dict(text=text, indicators=i, signs=s, exploitation=t, risk=risk))

# ---------------- part 1 ----------------
E("INT 2/B/P: Short-let flat 14 Marlow Court, Leeds LS9 used as pop-up brothel over w/e 12-14th. 3 x Romanian females aged approx 20-25 seen arriving with one wheelie case each, driven by male in black Audi VRM YK19 ***. Females not seen leaving address unaccompanied. Adverts on adult site list same phone number for all three.",
  "ROM", "rm et fpe", "S")
E("Caller reports woman knocked on her door in the night crying, said she was brought from Bucharest to do cleaning but a man made her see men in a flat above the kebab shop. She said he keeps all the money and she owes him for the flight. Woman now in caller's kitchen, man is outside shouting.",
  "DEC WW DB IT", "ncw", "S", "immediate")
E("i think the flat opposite me is a brothel. diffrent men going in every 20 mins all day and night, girls never come out only a guy in a tracksuit brings them mcdonalds. the blinds are always shut. they change the girls every week new ones come in a taxi with suitcases",
  "ROM", "rm", "S")
E("Debrief (via Romanian interpreter): She says a friend of her cousin offered her work in a hotel in London for 1,500 euros a month. When she arrived at Luton he took her ID card 'so it would not get lost'. She was taken to a flat in Slough and told she had to see clients to pay back 3,000 pounds for the travel and the flat. She says every night she gave all the money to him. She says he told her if she went to the police they would put her in prison because she has no papers and her little brother in Craiova would pay.",
  "DEC ROD DB WW IT AV", "dt ncw foa", "S")
E("Independent escort, 34, British, attended the clinic for routine screening. Works from own flat, sets own prices and hours, advertises herself and banks her earnings. No third party involved. No safeguarding concerns identified, leaflet given on Ugly Mugs.",
  "", "", "")
E("Massage parlour on Carlton Rd inspected by licensing 03/04. Premises clean, all therapists hold certificates and are on payroll with payslips, rota shows max 8 hr shifts. Two therapists spoken to alone, both live at own addresses and drive themselves in. No concerns.",
  "", "", "")
E("Nom: Florin DUMITRU DOB 11/02/89. INT suggests DUMITRU controls at least 5 females working from rotating Airbnb lets across Manchester, Liverpool and Sheffield, moving them every 3-4 days. Females' earnings paid into accounts held by DUMITRU's partner. 2/C/P",
  "WW", "ncw", "S")
E("She said she came with her boyfriend from Tirana, he said they would open a cafe together. In Birmingham he told her the cafe needed money and she must go with men. He beat her when she said no. Her phone was broken by him and she does not know the street where the house is.",
  "DEC PSV ISO", "iso", "S")
E("Sauna on industrial estate: 6 Thai women sleeping on massage tables in back rooms, one shower between them, no kitchen. Manager ('Mama Noi') holds their passports 'for the insurance'. Women say they are paid nothing until 'the fee' is cleared. Rota shows 12-hour shifts 7 days.",
  "ROD DB WW AC EO", "dt saw plc lh ncw", "S")
E("Neighbour reports shouting from flat 6, man and woman arguing about money and him seeing other women. Plates smashed. Police attended, couple have been together 9 yrs, both say it was a row, no injuries. DASH completed, standard risk. Woman works at Tesco and has her own bank account.",
  "", "", "")
E("Woman 52 reports she sent £8,400 to a man she met on a dating app who said he was an oil engineer stuck in Dubai and needed money for customs. Never met him in person. Romance fraud referral to Action Fraud.",
  "", "", "")
E("Hello I want to report my flatmates sister. she came from Poland for a job in a massage place in Bristol but they take her passport and she sleep in the shop on the floor. she say the boss make her do extra with customers and she get only tips. she is scared to say anything because the boss know her family village",
  "ROD WW IT", "dt saw", "S")
E("Adult services ads (x14) found using same 07 number and same hotel bedspread in photos across Cardiff, Swansea and Newport over 6 weeks. Texts to the number answered in broken English by a male who negotiates prices for the 'girls'. Pattern suggests third-party controller moving women around South Wales.",
  "", "sfw", "S")
E("Taxi driver states he regularly picks up 2-3 young Eastern European women at 2300 from a flat in Ipswich and drops them at hotels, then collects them at 0600. A man always pays him in cash and the women never speak. He was told not to talk to them.",
  "ROM", "cedl et rm", "S")
E("A&E note: F approx 23, Hungarian, attended with vaginal bleeding and bruising to thighs. Accompanied by older male who answered all questions and would not leave the cubicle. When seen alone briefly she said she 'works with men' and 'cannot say no'. Male took her before discharge.",
  "PSV ROM", "pa sfw rm", "S", "immediate")
E("Salvation Army caseworker note: client (Nigerian, 27) was told in Benin City she would braid hair in a salon in London. She swore an oath at a shrine before travelling and was told she owed 35,000 euros to the madam. In Italy and then in Croydon she was made to sell sex. She still believes the juju will kill her mother if she speaks.",
  "DEC DB IT", "", "S")
E("Lawful sports massage business, 2 staff, both self-employed on written contracts, invoices own clients via booking app. Council licence check passed. Client complaint about price only.",
  "", "", "")
E("Bank alert: 23 card transactions at one ATM in Luton between 0200 and 0300 using 7 different debit cards in female names, all accounts opened within 3 weeks at the same branch with the same mobile number. Deposits to accounts are cash and online payments referencing 'massage'. Possible control of sex workers' accounts.",
  "WW", "mbc ncw", "S")
E("Witness statement extract: I live next door to the house at number 22. A man called Gazi comes every day at 10 in the morning and brings different women. He has the key and he locks the front door when he leaves. I have seen a girl at the upstairs window who tried to open it, it would not open. Men come and go until late.",
  "ROM", "rm", "S", "immediate")
E("Eritrean female, 24, told officers she paid smugglers $4,500 in Libya and came by boat to Italy, then by lorry. No one in the UK controls her; she claimed asylum at Croydon and lives in Home Office accommodation. Referred for legal advice only.",
  "", "", "")
E("She say: the man in Romania, he was my boyfriend. He told me in England we make money quick and go back and buy house. In England he put my photos on the internet without asking. Every day eight, ten men. If I am tired he hit me with belt. The money, he keep all. He say I am his wife so the money is his.",
  "DEC PSV WW", "ncw", "S")
E("101: male caller says his ex-girlfriend is 'a prostitute' and he wants her arrested. On enquiry she is 30, works independently from her own flat and has blocked him. Caller advised re harassment. No exploitation indicated.",
  "", "", "")
E("Police handover: Ops at hotel near Heathrow T4. Two Chinese women in rooms 312 and 314 booked by a third male on a stolen card. Both have no passports with them, say a 'brother' has them. Neither knows which town they are in. Phones contain only one contact. Sent to reception centre, NRM considered.",
  "ROD ISO", "dt iso", "S")
E("Vietnamese nail bar, Hull: 3 workers, 2 say they are 16. Sleep in room above shop, mattresses on floor. Owner says they are 'nieces' helping out. They work 9am-8pm 6 days and are given food but no wages.",
  "AV WW AC EO", "saw plc lh", "L", "high")
E("Lads from the car wash on the ring road are there 7 till 7 every day, no gloves in the cold, they sleep in the portacabin behind. A man in a Range Rover comes every evening and they give him a bag.",
  "EO AC", "lh saw plc", "L")
E("Busy car wash on Stanley Rd. Checked by GLAA and HMRC 14 Mar: 6 staff, contracts, NMW paid by bank transfer to their own accounts, 40-45 hrs, live at their own addresses. Minor H&S issue (trailing cable) advised. No exploitation.",
  "", "", "")
E("INT 2/B/P: POI Arben HOXHA uses Instagram accounts to recruit Albanian women with offers of 'modelling work' in London. Once in UK they are told the modelling agency fee of £10,000 is owed and they must work in flats in Finchley and Edgware to repay it.",
  "DEC DB", "", "S")
E("Midwife note: booking appt, 19 wks. Pt Bulgarian, little English, came with a man who said he was her 'manager'. He held her phone and her ID card, answered for her. Pt said via language line she works in a 'house' and cannot keep money. Safeguarding referral made.",
  "ROD WW AV", "dt sfw ncw", "S")
E("Sex worker support group note: J (British, 41) says the landlord of her working flat is charging £700 a week rent, which is high, but she chooses her clients and keeps her takings. She is looking for a cheaper place. No coercion disclosed.",
  "", "", "")
E("Romanian female, 28, found in pop-up in Cambridge Airbnb. She explained she was told there was work packing vegetables. A woman named Nicoleta met her in Peterborough and took her straight to the flat. She was given a phone with an ad already written in her name and a list of prices. Nicoleta took £100 from every £150.",
  "DEC WW", "ncw", "S")
E("Debrief. I came to UK on tourist visa. A lady at the church say she can find me job as nanny. She take me to house in Ilford, there are four other girls. She say we must pay £200 each week for the room and food, if we do not pay we go with men. The door is locked at night and she keeps the key. One girl try to leave and the men beat her.",
  "DEC DB ROM PSV", "rm", "S")
E("the massage place on high st has girls in there 24/7 they never leave i seen them sleep on the chairs, there cooking on a camping stove in the back. same man picks up cash every night at 11. not right",
  "ROM AC", "rm saw plc", "S")
E("Licensing visit, Oriental Health Spa: licence lapsed in Jan, one therapist without a certificate. Staff interviewed separately, all self-employed, own bank accounts, rent rooms at their own addresses. Breach letter issued. No welfare concerns.",
  "", "", "")
E("Probation note: MURPHY disclosed to his PO that his 'girlfriend' is doing escort work to pay for his debts with a dealer. Says he books the hotels and handles the phone. PO concerned the woman (heroin user, 26) is being exploited. Info passed to the MSHT unit.",
  "AV", "sfw", "S")
E("Woman says boss at brothel in Coventry told her that if she stopped working, photos of her would be sent to her husband in Slovakia.",
  "IT", "", "S")
E("Couple arrested after domestic at Premier Inn. Both 30s, Polish. He had taken her phone during the row. She declined to support, says they are going home to Gdansk next week. No indication of work, sex work or control of money. DA referral only.",
  "", "", "")
E("OIC note: Op VESPER. 4 x addresses in Nottingham used as brothels. Women (Brazilian, Colombian) recruited via WhatsApp with promise of work in 'bars' at £3,000 pm. On arrival charged £1,500 'admin' and £150 a day for the room. Women told police would deport them if they complained.",
  "DEC DB IT", "uf foa", "S")
E("I am writing about my sister Maria. She went to Manchester in March to work with a man from our town who said there is job in a bakery. Since June she do not answer, only one message 'I cannot talk he watches'. Last time she call from a number in Leeds and she cried and said she is in a house with other girls and they cannot go out.",
  "DEC ROM ISO", "rm iso", "S")
E("Student (Indian, 21) reported her passport lost on the train. Has visa confirmation and uni ID. No third-party involvement. Lost property and embassy advice given.",
  "", "", "")
E("Open-source: AdultWork profile 'Sexy Lina new in town' lists a different city each week (Derby, Leicester, Northampton). Reviews say 'she didn't speak English, guy waiting in the car'. Profile managed by account in another name.",
  "", "et", "S")
E("Brothel keeper's ledger seized: each woman has a page with 'flight £800, flat £350/wk, food £80/wk, phone £50' subtracted from takings. Balances for all six still in the negative after 2 months.",
  "DB WW", "ncw", "S")
E("Interpreter: she says they took her to many cities, Glasgow, Aberdeen, Dundee, always at night in a van. She never knew the name of the place. She says the man named Bogdan said if she tried to run he would find her sister.",
  "ISO IT", "iso et", "S")
E("Crimestoppers: There is a bloke called Tariq who puts girls in hotel rooms round the M62 and advertises them. Some of them look really young and on drugs. He gives them gear so they keep working.",
  "AV", "", "S")
E("Bank: customer (F, Romanian) attended branch with male who tried to withdraw £2,000 from her account, held her card and knew the PIN. She appeared frightened and looked to him before answering. Branch refused. Account receives many small transfers overnight.",
  "WW", "ncw sfw", "S")
E("Neighbour complaint: flat 3 is an Airbnb and has had parties every weekend, loud music, people on balcony. Not a brothel, just stag groups. Council noise team informed.",
  "", "", "")
E("I was recruited on Facebook. They said cleaning job in hotel, £9 hour. In UK they say hotel job finish, you must work in massage. I refused, then the man raped me. After that I do what they say. My passport is with him.",
  "DEC PSV ROD", "dt", "S")
E("Police Scotland INT 2/B/C (not to be shared with the landlord): short-term let flats in Edinburgh New Town booked in false names are being used to house women from Vietnam who are made to provide sexual services. Women are escorted to and from the flats by two males and are not permitted phones.",
  "ROM ISO", "et rm iso", "S")
E("Woman attended Hope Centre with a black eye, said a man she calls her 'manager' punched her when she wanted to keep some money for her son. She works in a flat in Walsall. He has her passport and her son's birth certificate.",
  "PSV ROD WW", "pa dt ncw", "S")
E("Dating app scam: man posing as a US soldier asked victim to buy gift cards for his leave. Victim lost £1,200. No trafficking element.",
  "", "", "")
E("A woman stated she works in a sauna in Glasgow, is paid by the shift, can leave whenever she wants and holds her own passport. Says the owner is fair. No concerns noted.",
  "", "", "")
E("We are 5 girls from Slovakia in one house. The man Tomas bring us here with bus and say we pay him back 500 euro each for the bus ticket. But it is now 2000 because he add for rent and condoms and phone. We give him everything from the clients.",
  "DB WW", "ncw ct", "S")
E("Hotel night manager reported: young woman in room 118 came to reception at 3am saying 'help, he will not let me go'. Man in room came down and said she is drunk and took her back upstairs. Police called.",
  "ROM", "rm", "S", "immediate")
E("Victim (Albanian, 22) had been promised marriage by boyfriend; in London he sold her to another man for £5,000. She was then held in flat in Wembley and made to have sex with up to 15 men a day. She was fed once a day.",
  "DEC ROM EO AC", "rm lh", "S")
E("lady on 4th floor flat keeps getting men visiting, she told me she does it herself, her own choice to pay her uni fees, she aint scared of anyone and she said she keeps her money. just reporting because other residents keep complaining",
  "", "", "")
E("INT: 3/C/P unverified. Sauna in Wolverhampton may have women working there against their will. No further detail.",
  "", "", "S")
E("Outreach: Chinese woman in flat in Chinatown says she came on student visa and was introduced by a 'travel agent' to a massage shop. Owes the agent £18,000. She has to see clients until it is paid. Agent keeps her bank card.",
  "DB WW DEC", "ncw", "S")
E("Housing officer: tenancy at 7 Birch Lane sublet without permission. Tenant renting rooms to 9 people, all adult students, no signs of work control or exploitation. Enforcement for overcrowding against tenant.",
  "", "oc", "")
E("Police log: Reports of a male hitting a woman in a car outside the Travelodge, shouting 'you will go back in or else'. Woman then went back in to the hotel. Car VRM noted. Officers en route.",
  "PSV IT", "", "S", "immediate")
E("She states in the flat there were no sheets, only mattresses, no hot water and she had to stay there between clients. They could not open the windows and the food was noodles only.",
  "AC", "plc saw", "S")
E("NGO case note: Client (Ghanaian, 32) reports she worked as a carer in a private home for a family in Harrow 2019-2021, 7 days a week from 6am until midnight, slept on the kitchen floor. Her passport was taken by the wife. Paid nothing, told her salary was sent home to her family (family say they received nothing).",
  "EO AC ROD WW DEC", "lh saw dt ncw", "D")
E("County lines: 15-year-old from Lewisham found in a flat in Margate with £600 cash and wraps. Says the 'olders' drove him down and took his phone. Flat belongs to a vulnerable adult with addiction whose flat is being used.",
  "AV ISO", "iso", "C", "high")
E("Staff at drug service: S. (28) says her dealer takes her to 'parties' where she has to have sex with his mates to pay off her debt for gear. She is frightened of him.",
  "AV DB PSV", "", "S")
E("Trading standards visit to beauty salon following complaint about prices. Staff all local, paid properly, no concerns about labour.",
  "", "", "")
E("Border Force, Stansted: 2 females (Moldovan, 19 and 21) arriving from Chisinau with same return ticket paid by a third party. Say they are going to work in 'a restaurant in Derby', could not name it. Had a phone number for a 'Sasha' who would collect them. Numbers linked to brothel adverts.",
  "DEC", "", "S")
E("She's saying the guy took her to Bristol then Plymouth then Exeter, two nights each place, never saw any of the money and can't say where she slept cause she never left the room.",
  "WW ROM", "ncw rm", "S")
E("School safeguarding referral: Year 11 girl seen getting into cars with older males after school, has new phone, nails, designer bag. Disclosed she 'goes to parties' at a flat and has to 'be nice' to his friends. CSE referral.",
  "AV PSV", "", "S", "high")
E("Albanian male (23) arrested at a cannabis grow in a house in Stoke. Windows blacked out, he was sleeping on a mattress in the loft. Says he was told he owed £15,000 for the lorry to the UK and must look after the plants. Padlock on the outside of the back door.",
  "DB ROM AC", "saw plc rm", "C")
E("Eh I wanna report the nail shop, the kids working there look like 13-14, they are there during school time every day.",
  "AV", "", "L", "high")
E("Agency worker (Lithuanian) at chicken factory complains payslip was a week late. Paid in full the following week into his own account. He is happy with the job and lives with his wife. Not exploitation.",
  "", "", "")
E("Woman from Vietnam found in a flat in Southampton said she arrived in the back of a lorry. Was told she would work in a nail bar but was put to work selling sex. Her 'uncle' collects the money and says she owes £25,000.",
  "DEC WW DB", "ncw", "S")
E("Police report: Two Hungarian women working from rented flat in Northampton. They say they came together, share the flat, put up their own adverts and split the rent. Both have passports, bank accounts in own names. No third party. Offered support details.",
  "", "", "")
E("the guy next door has like 3 or 4 young foreign girls living in there and he takes them out in his car at night n brings them back in the morning. they look so tired, one had a bruised face. he is always yelling at them",
  "", "cedl et pa", "S")
E("Manager of a lap dancing club reports that a dancer told her a man she lives with takes all the money she earns at the club and she has to give him her bank card. The dancer is Spanish, 24, and says she cannot leave him because he has her passport.",
  "WW ROD", "ncw dt", "S")
E("Tunde said the man gave him a job at a car wash in Leicester and a room. He says pay was £30 a day, less than promised, but he was paid in cash every day and left when he found a better job. No threats. Referred to ACAS for pay advice.",
  "", "", "")
E("INT 2/B/P: Unit 4 of Kingsway Business Park advertised as 'Golden Lotus Massage'. Females live on site, collected every Sunday by a male in a white Vito VRM LN66 ***, and replaced by new females. Customers report 'extras' offered.",
  "", "saw et", "S")
E("She told me she wasn't allowed a phone or to talk to the other women. They took her to a different flat every few days and she didn't know the city. She thought she was in London but she was in Manchester.",
  "ISO", "iso", "S")
E("Victim says he is kidney donor; in Pakistan a broker paid him 100,000 rupees and took his kidney for a rich man from UK. He was told it was a job in a hospital and would get 500,000. He now has pain and cannot work.",
  "DEC AV", "", "O")
E("Renal clinic note: pt 58 received living-donor kidney from his brother at Guy's last year, full HTA approval and independent assessment. Routine follow-up.",
  "", "", "")
E("GLAA inspection of a farm in Lincolnshire: 40 Bulgarian pickers in caravans, 8 to a caravan designed for 4. Gangmaster deducts £70 a week rent and £15 transport. Workers paid via cards that the gangmaster holds. Several work 14-hour days.",
  "AC WW EO", "oc ct ncw lh", "L")
E("Sham marriage: Portuguese woman (20) brought to Glasgow to marry a Pakistani man for his visa. She was kept in the house after the wedding, made to cook and clean, and he had sex with her against her will.",
  "ROM PSV", "rm", "S D")
E("Woman from Thailand in a massage parlour said she came via an agent she paid £8,000. Said she is working to pay back the agent and still owes half. She gets some money at the end of the week but not much.",
  "DB", "uf", "S")
E("Anonymous: brothel in the flat above Paddy Power. I went there as a punter and the girl was crying and said she has to do this or the man will hurt her. I never went back. She had bruises on her arms.",
  "IT", "pa", "S")
E("Mother (Slovak) called 999 from a box in Sheffield saying her daughter, 17, had been taken to a flat by a man who says she is his girlfriend. He is making her see men. The daughter texted 'help im in flat 9 he locked door'.",
  "AV ROM", "rm", "S", "immediate")
E("Taxi company manager: one of our drivers keeps taking the same man and various women between houses in Leicester, late at night. Man always pays and speaks for the women. Driver thinks it is odd but no more than that.",
  "", "sfw", "S")
E("Woman, 45, British, attended for help after leaving abusive husband. He controlled their joint finances and her phone. No sex work or work for others. IDVA referral made.",
  "", "", "")
E("POI: Ionut CONSTANTIN. Rents flats in Southend via Booking.com and places 2-3 women in each, sometimes for only 2 nights. Females seen carrying bin bags of bedding. He is described as 'the driver', always present.",
  "", "et", "S")
E("I came for a job in a cleaning company. The man who meet me at airport say cleaning is finish and I must go with men or I pay £5,000 back now. I have no money so I say yes. I work in three cities. He keep the money and he give me £20 a week for food.",
  "DEC DB WW", "ncw", "S")
E("Police: Report of a flat being used for selling sex in Bolton; attended. One woman, British, 38, says she works alone, has done so for years and no one controls her. Premises rented in her name. No further action.",
  "", "", "")
E("Romanian woman (25) told staff at a homeless shelter she had been 'sold' by a man in Bucharest to a man in Leeds for 3,000 euros. She ran away after 5 months when the man left the door unlocked. She has no clothes other than what she is wearing.",
  "ROM", "fpe rm", "S")
E("Vietnamese 17yo found in cannabis farm in Wales. Says he was told he'd work in a restaurant. Locked in, food delivered weekly, given no money.",
  "AV DEC ROM WW", "rm", "C", "high")
E("Witness statement: I am the manager of the hotel. Over three weeks a man booked rooms on the same floor for women he said were his cousins. Lots of male visitors. The women never left their rooms. The man kept the keycards. One woman asked our cleaner for a phone.",
  "ROM ISO", "rm iso", "S")
E("Gym owner reports a member (F, 29) told a trainer that her partner makes her do webcam shows every night and keeps the money from the site. She is not allowed to go out without him.",
  "WW ROM", "ncw rm", "S")
E("Officer note: visited reported 'brothel' at 41 Albion St. It is a registered osteopath clinic with appointments book and receptionist. Report unfounded.",
  "", "", "")
E("Help line call: Caller's friend (Polish, 31) works in a flat in Reading. She was told she'd do cleaning and was tricked. The boss tells clients she is 'new and young'. Caller says friend is allowed out to shop but boss takes 70% and she owes him for the deposit on the flat.",
  "DEC WW DB", "ncw", "S")
E("They put us in a house in Derby with 11 people, two bathroom, we sleep 4 in a room, and they take £60 from wages for it. Work is in a warehouse through an agency, 12 hours. We cannot say no to overtime or they give no work next week.",
  "AC EO IT", "oc lh", "L")
E("Sexual health clinic: client (Brazilian trans woman, 26) says she works with a 'boss' who puts up the ads and books the hotels. She gives him half and he gave her somewhere to stay. She says she is free to leave and has her passport. Advised; no disclosure of coercion.",
  "", "", "S")
E("Log: female seen at 0400 on the A6 barefoot, distressed, Romanian, little English. Says she ran from a house where 'the man sells me'. Has cuts on her feet and bruises to her neck. Cannot give address. Taken to hospital; male may be searching for her.",
  "PSV ISO", "pa fpe iso", "S", "immediate")
E("Referral from adult social care: woman with learning disability (34) has a new 'boyfriend' who brings men to her flat and takes money from them. Her benefits now go to his account.",
  "AV", "ncw", "S")
E("Man reported that he was stabbed outside a pub after a fight over a football game. Suspect known to him. No other issues.",
  "", "", "")
E("Nigerian woman in Middlesbrough said 'Madam' keeps her in the house to look after the children and cook, and at weekends sends her to a man's flat to have sex with men. Her passport is in Madam's wardrobe.",
  "ROM ROD", "rm dt", "S D")
# ---------------- part 2 ----------------
E("Handover: Op LANTERN day 3. Flat 12b Ropewalk, Nottingham now empty - women moved on last night, bedding and condoms left. Neighbour saw two women put into a grey Zafira at 0130 by the male known as 'Doru'. Next likely location Lincoln per new ads. Keep obs on ad numbers.",
  "", "et", "S")
E("Woman (Latvian, 40) reports her employer at a hand car wash owes her two weeks' wages after the business closed. She was otherwise paid weekly into her own account, lives with her partner and has her passport. Referred to ACAS.",
  "", "", "")
E("Caseworker: K. says she met him on Tinder in Sofia, he was kind, paid for her flight to London. After 2 weeks he said she owes him the flight, the rent, the clothes - £4,000 - and the only way is 'to be nice to my friends'. She says he counted everything in a notebook and the number always grew.",
  "DEC DB", "", "S")
E("Pop-up brothel in serviced apartment, Milton Keynes. Property manager found 4 mattresses in one bedroom, 2 women asleep, no food except crisps. Women said 'the boss' had their phones and would come back at 6. They did not know the name of the town.",
  "ISO AC", "iso oc plc", "S")
E("my cousin went to work in england in a masage salon, now she say the owner take her passport and she cant go home, she have to work every day from 10 morning to 2 night. please help her she is in Newcastle",
  "ROD ROM EO", "dt rm lh", "S")
E("Debrief: He says he was brought from Sudan by a man in Calais who said he would get a job in a factory. In the UK he was driven to a farm in Kent and given a caravan shared with 7 men. He worked picking every day from dawn till dark. The man said he owed £6,000 for the crossing and took all his pay for it.",
  "DEC DB WW AC EO", "oc lh ncw", "L")
E("101: caller worried about a man sleeping in a car behind the Co-op. Officers found he is a British lorry driver taking his rest break. No concerns.",
  "", "", "")
E("Albanian female, 26, arrested in brothel raid. Says she entered UK in a lorry, smuggler arranged for a man named 'Lulzim' to meet her. He took her to an address in Ilford and said she must work for him 'until the boat is paid'. He has beaten her twice with a phone charger cable.",
  "DB PSV", "", "S")
E("INT 2/A/P: Source working in the nail bar at 9 Market St, Stockport states the owner's husband collects all staff every morning at 0630 from a house in Levenshulme and returns them at 2130. Staff are Vietnamese, some appear under 18. Source states staff are not paid, only 'pocket money'.",
  "AV WW EO", "cedl et ncw lh", "L", "high")
E("Hairdresser (Turkish, 33) in Luton on a skilled worker visa, salary paid monthly, own flat. Her employer holds a copy of her passport for right-to-work checks, original with her. No issues.",
  "", "", "")
E("Slovak man (55, alcohol dependent) found living in a shed in the garden of a family in Peterborough who took him from a homeless hostel. He laid block paving for their business 6 days a week for cigarettes, cider and £10. Shed had no heating or toilet.",
  "AV WW AC EO", "plc lh", "L")
E("Caller says her flatmate, who sells sex from the flat, has been threatened by a man who wants to 'manage' her and take a cut. Flatmate has refused and still works for herself. Report of threats to kill logged.",
  "IT", "", "")
E("A Romanian woman said a man in Bucharest promised her waitress work in Dublin. Instead she was driven to Belfast and placed in an apartment with two other women and advertised online. The men took every payment and locked the apartment when they left.",
  "DEC WW ROM", "ncw rm", "S")
E("Midwife: woman (Chinese, 31) booked late. Says she works in a 'massage shop' and lives there. Said she had been made to have sex with customers even after she told the owner she was pregnant. Very anxious about immigration; 'they will send me back'.",
  "PSV", "saw foa", "S")
E("Sauna owner on trial: court heard she paid women nothing in their first month 'as training', then kept 60% of what clients paid and charged £50 a night for beds in the back room. The women also worked 16-hour shifts.",
  "WW EO", "lh saw", "S")
E("Woman says she is being blackmailed by a man she met online who has intimate photos and wants £500. No work or sex work involved. Referred to sextortion advice.",
  "", "", "")
E("Hotel housekeeper agency checked by GLAA. Workers paid NMW, holiday pay, own accounts, own transport. One complaint about rota changes at short notice. Licence compliant.",
  "", "", "")
E("She described being taken from London to Cardiff to Bristol in the boot of a car. The man who drove told her if she screamed he would kill her. She could not breathe properly and she was sick.",
  "IT PSV AC", "et", "S")
E("Ye the girls in the flat above the nail salon come down in the mornings in their pyjamas and go into the salon and dont come out till late, then back up. never seen them do anything else. theres like 6 of them in a 1 bed flat",
  "EO AC", "lh oc", "L")
E("Report from a taxi rank: driver says a man got into his cab with a young woman and said 'she is working tonight, take her to the Hilton, I'll pay'. Woman had no bag and no phone. Driver dropped her at the Hilton.",
  "ISO", "fpe sfw et iso", "S")
E("Officer note: woman (Ukrainian, 37) in short-let flat under Homes for Ukraine was pressured by her host to have sex in exchange for staying. She has now been rehoused by the council.",
  "AV PSV", "", "S")
E("Diplomatic household, Kensington: Filipino domestic worker (44) escaped. States she worked from 5am to 1am caring for 3 children and cleaning, no day off for 2 years, slept on the floor of the children's room. Her passport was kept by the employer's wife and her salary of $300 was 'sent to the Philippines' but her family received it only twice.",
  "EO AC ROD WW", "lh saw dt ncw", "D")
E("Police log 2/B/P: Vietnamese male, 16, arrested leaving a cannabis factory in Middlesbrough. Hands stained, asthmatic cough, scared. Says 'uncle' will hurt his mother in Nghe An if he talks.",
  "AV IT", "pa foa", "C", "high")
E("Community support officer visited address after report of a 'brothel'. Found 3 Romanian builders renting the house, working for a local firm on proper wages. Report based on men arriving late at night from shifts. No further action.",
  "", "", "")
E("She explained that the man who took her to England was her husband's friend. In Leicester he put her in a room and said 'you work, you pay'. Clients came to the room. He kept the door key. She never saw money. When she cried he slapped her.",
  "ROM WW PSV", "rm ncw", "S")
E("Bank financial crime: account in name of Polish male 26 receives salary from a meat plant but all funds withdrawn within an hour by card at ATM 40 miles away, where 12 other cards are used in the same session. Customer's phone number on account belongs to a third party.",
  "WW", "mbc ncw", "L")
E("Care home in Kent: Indian carers on sponsored visas told they must repay £9,000 'recruitment costs' if they leave before 3 years. Work 60-70 hours, their wages after deductions are often under £200 a week. Some sleep in a staff room at the home.",
  "DB EO WW", "uf lh saw", "L")
E("Nurse (Zimbabwean) at care home says her employer paid her visa fee and she earns properly, overtime is optional and paid. She is moving job and her employer has not asked for any repayment. Asked for advice on visa switch only.",
  "", "", "")
E("Woman in Aberdeen massage parlour said she came from Taiwan to study English and a friend introduced her to the job. The boss keeps her passport 'in case she runs'. She gets £30 a day, the rest goes to him.",
  "ROD WW", "dt ncw", "S")
E("My daughter 19 has moved to Birmingham with a man twice her age who said he'd get her modelling work. Now she messages that she has to 'entertain his business friends'. She says he has her bank card and she can't come home because she owes him for the flat.",
  "DEC WW DB", "ncw", "S")
E("INT 3/C/P: rumour that Thai women at 'Bangkok Beauty' in Slough are forced to sell sex. Officers visited: two staff, both British-Thai, own the business, no sex work evident. Intelligence assessed as unfounded.",
  "", "", "")
E("Cuckooing referral: Mr P (62, COPD, alcohol dependent) has had his flat taken over by 2 young men from London who deal from it. They sleep in his bedroom, he sleeps on the sofa. They took his bank card.",
  "AV", "ncw", "C")
E("Woman (Nigerian, 24) rescued from flat in Oldham said the madam made her work at weekends in a brothel and at other times she was not allowed to leave the flat. She had a cooking pot and two dresses. Madam told her the spirits from the oath would make her mad if she ran.",
  "ROM IT", "rm fpe", "S")
E("Crimestoppers: man called Jonny offers Romanian women rooms in Harrow and then makes them pay the rent by doing 'massages' for his friends. They all owe him and he adds money every week.",
  "DB", "", "S")
E("Police attended domestic: woman alleges husband slapped her over child care. He denies. No other concerns. Both employed, separate accounts.",
  "PSV", "", "")
E("Debrief Vietnamese female, 20: she paid $20,000 to a 'company' to go to work in UK nail salon, family borrowed from the bank. On arrival in London she was told the nail shop was full and she must work in a massage house in Leeds. The boss said the family debt is now owed to him.",
  "DEC DB AV", "uf", "S")
E("Handover: Three Brazilian women found in a short-let in Bournemouth, advertised as 'new Latinas'. Said they are here on holiday and do this for themselves. Passports with them, phones own. One said a 'friend' in São Paulo arranged the flat for a fee. No disclosures; safeguarding info given; NRM not indicated at present.",
  "", "","")
E("Romanian male, 19, found with 3 other men begging outside a Tesco in Luton. Said he was collected at 7 and taken to different supermarkets each day, the man takes all the coins. He sleeps in a van.",
  "WW AC", "cedl et ncw saw plc", "C")
E("GP note: patient (Albanian, F, 22) came with a woman who said she was her aunt. Patient has STI, multiple healed burns on forearms. Aunt insisted on interpreting. Patient avoided eye contact. Consider exploitation; safeguarding lead informed.",
  "", "pa sfw", "")
E("Social services: Mother and 3 children living with grandmother in a 2-bed flat in Tower Hamlets while waiting for housing. Crowded but family arrangement. No exploitation.",
  "", "oc", "")
E("Yeah I clean for this lady in Barnet, Monday to Sunday, 7 till 11 at night. She has my passport. I sleep in the laundry room. She said she will pay me at the end of the year but it is two years now and no money.",
  "EO ROD AC WW", "lh dt saw", "D")
E("She say the boyfriend take her to Germany first, then Netherlands, then England, every place she must work in window or flat. He hit her if she bring back less than 500 euro a night.",
  "PSV", "", "S")
E("Press summary: Two men were jailed for 9 years at Bristol Crown Court for trafficking 14 women from Romania to work in brothels across the South West. The women were told they would be working in warehouses. Their earnings were paid into accounts controlled by the defendants.",
  "DEC WW", "ncw", "S")
E("Welfare check: Chinese female (50s) at a flat on a council estate in Newcastle after a report of 'men coming and going'. She is a tenant, takes in lodgers who are international students. No sex work, no concerns.",
  "", "", "")
E("I was working in Romania on a farm, a woman say she get me job in UK in a hotel. When I come she take me to a house and there are men. She say I must pay 2000 for ticket and house. I work there 3 months, she give me nothing, only food. I go out only with her son.",
  "DEC DB WW ROM", "rm et ncw", "S")
E("Licensing refused for sauna premises after inspection found rooms with locks on outside of doors and a mattress behind the boiler. No workers present at time of visit. Refer to police for intelligence.",
  "", "", "")
E("A woman (Eritrean, 29) in asylum hotel says a man in the hotel offers women 'work' cleaning houses and two have gone with him and not come back. She has not been approached herself.",
  "", "", "")
E("Witness: I work on reception at the car park. Every Sunday night a minibus drops 6-7 young women at the flats on Gower Rd and a different group is picked up. They all carry small bags. A man with a clipboard counts them in.",
  "", "et", "S")
E("Call to helpline: Male says his wife (Thai) is being pressured by her former employer at a spa to come back and 'do extras' or he will report her to immigration. She no longer works there and is not going back.",
  "IT", "foa", "")
E("Op ROSEWOOD: warrant at 3 flats in Glasgow. Found 7 women (Vietnam, China). Cupboards had passports of 5 of them in an envelope marked 'hold'. Women sleep in same rooms where clients seen. No wages; told money would be paid 'when contract ends'.",
  "ROD WW AC", "dt saw ncw", "S")
E("she was a student at college in kent and her teacher started sending her nudes and saying she needs to meet his friends. she is 16.",
  "AV", "", "S", "high")
E("Worker injured by a saw at a timber yard. HSE notified. He is employed, paid, trained; the machine guard was missing. No exploitation, H&S investigation.",
  "", "", "")
E("Woman in Cardiff says she works as an escort through an agency which takes 40% commission for bookings and marketing. She sets her hours, refuses clients she doesn't like, and has her own bank account. She asked about staying safe.",
  "", "", "")
E("INT 2/B/P: AIDARI family, Bradford. Female relatives from Pakistan brought over on spousal visas, then made to do all household work for the extended family, not allowed out of the house unaccompanied, passports held by mother-in-law. One female (20) reported being raped by husband.",
  "ROM ROD PSV", "rm dt", "D")
E("He took my phone at the airport and gave me a new one with only his number. He said now you are working for me. I did not know any people in England, only him.",
  "ISO", "iso", "")
E("OIC update: Victim (Polish, 34, alcohol dependency) recruited outside a shelter in Gdansk for 'factory work'. In the UK, worked at a recycling plant sorting waste, 12 hrs a day, no gloves, injuries to hands. Lived in a house with 14 men. Pay went to the gang leader's account. Left after police raid.",
  "AV DEC EO AC WW", "lh oc pa ncw", "L")
E("Hotel staff report that a man and woman stayed in room 204 for 2 nights; many men visited. When challenged the woman said she works for herself. Staff reassured, policy on sex work at hotel explained. No further.",
  "", "", "")
E("Health visitor: Eastern European woman with newborn lives in a house in Peterborough with at least 15 adults. She says 'the boss' found the house and takes rent from her partner's wages at the chicken factory. She seems afraid to speak in front of the man who opened the door.",
  "AC WW", "oc ncw sfw", "L")
E("Romanian woman, 23, says a man promised work as a nanny in London. He took her to Manchester and sold her to another man who made her work in a brothel 7 days a week with no breaks. When she was sick she still had to work.",
  "DEC EO", "lh", "S")
E("Reports of a man with about 6 young women from Eastern Europe at Luton airport, he held all their passports and tickets and spoke to the border officer for them. Women appeared nervous.",
  "ROD", "dt sfw", "")
E("Kidney listing: donor (Indian national, 25) claims to be the cousin of the recipient (UK, 60). HTA assessor found no family link, donor could not name recipient's children, and donor disclosed via interpreter he was paid £3,000 by 'an agent' in Delhi. Transplant stopped, referred to police.",
  "AV", "", "O")
E("Council: HMO licence breach - 8 tenants, licence for 6. All tenants work for different employers and pay rent themselves. Landlord fined.",
  "", "oc", "")
E("A man said he worked on a scallop boat out of Kilkeel 20 hours a day and was not allowed ashore because he had no visa. The skipper kept his passport and paid him less than half of what was promised.",
  "EO ROM ROD DEC", "lh rm dt", "L")
E("Sex worker (English, 29) reports a client assaulted her during a booking in her flat. She works alone, no third party. Treated as sexual assault; she wants to press charges.",
  "PSV", "", "")
E("Vietnamese girl, 15, missing from care home in Kent, found in nail bar in Sunderland after 3 weeks. Had been working every day. A man collects the girls.",
  "AV EO", "lh et", "L", "high")
E("Screenshot from adult site: 'Amy, 21, new in Swindon, just 3 days, outcall only, call my manager' with a number linked to three other 'new in town' women the same week.",
  "", "sfw", "S")
E("Interpreter: she says she was in a flat in Luton with two other girls. The man named Petru would check their phones every night and delete all messages. They could only call their families on loudspeaker with him next to them.",
  "ISO", "iso", "S")
E("We went to the flat as a friend asked for help. Woman opened the door, she says she is not forced but she couldn't leave because 'he comes back at 8 and counts the girls'. She asked us not to call police because she has no visa.",
  "ROM", "rm foa", "S")
E("Police log: Chinese female stopped at Heathrow T3 on a one-way ticket from Beijing with £500 and the address of a flat in Soho. Said she was going to be a 'hostess'. Flat is a known brothel. Not admitted; safeguarding undertaken.",
  "", "", "S")
E("Farmer reported that some of his seasonal workers from Kyrgyzstan paid a recruitment fee in their own country. Farm pays them properly and provides good caravans. Workers free to move. Reported to GLAA for the overseas fee.",
  "", "uf", "")
E("There is a takeaway on Bridge St, the boy working in the kitchen is there from 10am to 2am, sleeps in the storeroom. He told me the owner brought him from India and he doesn't get paid because he owes for the visa.",
  "EO DB WW AC", "lh saw", "L")
E("Report from a member of public: massage parlour in Hove is 'obviously a brothel'. No mention of coercion, control or welfare. Passed to licensing.",
  "", "", "")
E("Female (Albanian, 20) NRM interview: she said her boyfriend's cousin told her she owed £3,000 for food and clothes he had bought her, and when she refused to work in a flat he showed her a video of a girl being beaten and said 'this is what happens to girls who don't pay'.",
  "DB IT", "", "S")
E("A British man, 40s, told police he was paid by an older man to have his kidney tested in Birmingham and fly to Turkey to 'donate' to a stranger. He was in debt. He changed his mind and was told he would have to repay £2,000 for the flights and tests.",
  "AV DB", "", "O")
E("Night manager: I think a woman in room 17 is being held. Man said she mustn't be disturbed and put a 'do not disturb' on the door 3 days. When cleaner went in the woman was tied to the bed. Police called now.",
  "ROM PSV", "rm", "S", "immediate")
E("NGO note: R. (Czech Roma, 38) says a man who rents rooms to Czech families in Sheffield makes the men work at his building sites and keeps their bank cards 'for rent'. He takes the women to 'clean offices'. One woman told the worker she is sent to men's houses at night.",
  "WW", "ncw", "L S")
E("Woman (Lithuanian) rang police after her landlord refused to return her deposit. She works at a warehouse, paid normally. Civil matter advised.",
  "", "", "")
E("Woman says the boss of the nail bar wouldn't let her go to the doctor when her hand got infected from the chemicals. She works 11 hours a day and has no gloves. She is paid £40 a day cash.",
  "AC EO", "lh", "L")
# ---------------- part 3 ----------------
E("INTELLIGENCE REPORT 2/B/P\nSubject: short-let flats, Liverpool city centre\n\nSource reports that a group of Romanian males led by a male known as 'BIG MARIUS' rent apartments on the waterfront through a booking platform using cloned IDs. Each apartment holds 2-3 females aged 19-25 who are advertised on adult sites as 'independent'. The females are moved to Leeds or Newcastle every week.\n\nSource states the females hand all cash to a runner at the end of each night and receive 'some' money only when they return to Romania. Two of the females told source they were recruited for jobs in a packing factory.\n\nSource further states MARIUS keeps the females' ID cards in his car 'so they don't lose them'. Unknown if any are under 18. Recommend tasking research on ad numbers.",
  "WW DEC ROD", "ncw dt", "S")
E("IM REPORTING THE HOUSE ON FERN ROAD AGAIN!!!! THERE ARE GIRLS BEING BROUGHT IN ALL HOURS IN TAXIS AND A BIG BALD MAN SHOUTING AT THEM IN THE GARDEN. ONE OF THEM WAS CRYING AND HE GRABBED HER BY THE HAIR AND DRAGGED HER IN. NOBODY DOES ANYTHING. SORT IT OUT",
  "PSV", "", "S")
E("GP: Mrs K (Pakistani, 26) came with mother-in-law who interpreted. Later, via phone interpreter alone, she said she does all the cooking and cleaning for 9 people from 5am, is not allowed to go out, her passport is in her father-in-law's locked drawer and she has not spoken to her parents in a year.",
  "EO ROM ROD ISO", "lh rm dt iso sfw", "D")
E("Woman, 31, Polish, reported to police that she works in a massage parlour in Swindon where the owner pays her less than the minimum wage, around £6 an hour. She lives at home with her sister, goes home after shifts and has her own account. Referred to HMRC NMW.",
  "", "", "")
E("Financial intelligence: 4 accounts opened in the names of Albanian females at the same branch in Ilford within 2 days, all giving the same address in Goodmayes. Card and PIN used by one male at cashpoints. Credits look like sex work takings (PayPal 'booking', cash). Suspect third-party control.",
  "WW", "mbc ncw", "S")
E("Victim account (translated from Vietnamese): I worked in the nail shop in Bolton from 9 in the morning to 9 at night, every day. The lady said I must pay £25 a week for the gloves and masks and £10 a day for the car to the shop. At the end I had nothing. I slept upstairs on the floor with four others.",
  "EO WW AC", "lh ppe ct saw oc", "L")
E("Neighbours report teenage boys coming and going from Ms H's flat. Ms H (51, learning disability) told PCSO 'they are my friends', they have keys. There are scales and bags in kitchen. She is scared of them and says they will 'smash her face' if she tells.",
  "AV IT", "", "C")
E("Romanian boy (14) and his mother found begging in Oxford St with a man who sat in a café watching them and took the cup every hour.",
  "AV WW", "ncw", "C", "immediate")
E("Officer note: au pair (Spanish, 20) with a family in Richmond complains she is asked to work 50 hours instead of 30. She has her passport, gets £120 a week pocket money as agreed in her contract, goes out at weekends and has decided to leave. Advice given re au pair arrangement.",
  "", "", "")
E("A Filipina domestic worker came to Kalayaan for help. She says her employer in Knightsbridge does not allow her to go out alone, and she has been given no phone. She works 18 hours a day and has had no day off in 8 months. Her salary is paid to the employer's driver, who she says keeps it.",
  "ROM ISO EO WW", "rm iso lh ncw", "D")
E("Anonymous online: my boyfriend is making me sleep with his friends for money and I have nowhere else to go he says I owe him for rent and if I leave he will send the vids to my parents. I am 18",
  "AV PSV DB IT", "", "S")
E("Council officer: inspected short-let flat after complaint of 'brothel'. Found 2 women who said they were tourists from Spain. Flat clean, own passports, return flights booked. Nothing to suggest exploitation or sex work.",
  "", "", "")
E("INT 2/B/P: KAUR family, Southall. Man (Indian, 40s) with learning difficulties brought from Punjab on visitor visa 2015, now overstaying. Works in the family's shop and at home, 7 days, sleeps in the stockroom. Family says he is 'a relative helping out'. He has not been seen to receive wages.",
  "AV EO WW", "lh saw", "L D")
E("Witness: I saw a man hand out five or six bank cards to women in a car outside Barclays on the High St about midnight, then each woman took out money and gave it straight back to him.",
  "WW", "mbc ncw", "")
E("Caseworker: Ms A (Sudanese, 30) was a domestic worker for a family in Riyadh who brought her to London for the summer. She was not allowed to leave the flat, slept in the kitchen, and was beaten by the wife. She escaped when the family went out and she found the door unlocked.",
  "ROM AC PSV", "rm saw", "D")
E("British woman, 22, homeless, says an older man let her stay at his flat and after a week started bringing men round who paid him to have sex with her. She says she couldn't say no because she'd have nowhere to go.",
  "AV WW", "ncw", "S")
E("Sauna in Edinburgh: licensing and police visit. Four women present, all EU nationals with settled status, pay own rent, use own bank accounts. Owner takes a room fee. Women say they can refuse clients. No evidence of coercion; recorded for information.",
  "", "", "")
E("Log: HGV stopped at Dover. 9 Eritrean and Sudanese males in the trailer, dehydrated. Driver claims no knowledge. Adults claimed asylum; no evidence of exploitation in UK; smuggling enquiry.",
  "", "", "")
E("The man at the car wash said the boss keep all our passport in the office safe and pay us once a month £200. We are working every day from 8 until dark.",
  "ROD WW EO", "dt ncw lh", "L")
E("Health: woman (Romanian, 24) in A&E with fractured wrist. Said she 'fell'. Nurse noticed she had £600 in cash in her bra and a man phoned her 6 times during treatment; she said 'I must go back to work now or he kill me'.",
  "IT", "pa", "S")
E("Call handler summary: male reports his partner has gone missing after going to work in a 'flat' in Coventry. He says she does escort work through a man called Dan and she hasn't come home for 4 days and Dan won't let him speak to her.",
  "ISO", "iso", "S")
E("No evidence found that the women at the address are being controlled; both stated they rent the flat together and keep their own money. Officers left advice leaflets. NFA.",
  "", "", "")
E("She says the agent in Lagos told her she would go to London to study nursing. The madam met her at Gatwick and took her passport. She was made to sell sex in a flat in Peckham and told she owes £40,000. If she does not pay, the madam says her mother will be attacked.",
  "DEC ROD DB IT", "dt", "S")
E("POI Adrian BALAN. Known to drive women from Coventry to London and back each night; they work at outcall bookings he arranges. Women give cash to BALAN in the car. Vehicle VRM CV17 *** seen 3 nights running at 0300 outside Premier Inn.",
  "WW", "et ncw cedl", "S")
E("Mum called, her son 17 is in trouble with some older boys who gave him drugs to sell and now say he owes £2,000 because the drugs were 'stolen'. They said they will hurt his little sister if he doesn't work it off.",
  "AV DB IT", "", "C", "high")
E("Hospital social worker: kidney patient (Egyptian, 45) arrived privately. Paperwork shows he purchased a transplant abroad which is now failing. No donor in UK. Referred for information; no UK offence disclosed.",
  "", "", "O")
E("Slovak woman (27) came to a church food bank. She said a family from her village brought her to Derby promising a cleaning job; instead she looks after their house and 4 children and gets no money because 'she eats and sleeps there for free'. She is allowed out only to take the children to school.",
  "DEC WW ROM", "rm ncw", "D")
E("Report from the public, paraphrased: 'The girls at the nail bar look scared, I dunno if that's anything'. No further detail. Logged.",
  "", "", "")
E("Debrief via Mandarin interpreter: She says she borrowed 150,000 yuan from a snakehead to come to UK. She was told she would work in a restaurant. In Birmingham she worked in 'massage', every client she gets £20, the boss keeps £60. The debt gets bigger because she pays interest. She sleeps in the shop.",
  "DEC DB WW", "saw ncw", "S")
E("he say to me u dont go out or ur mother she see the pictures. so i stay 2 month in the room. he bring the food. i not see the street.",
  "IT ROM ISO", "rm iso", "S")
E("Construction site, Croydon: GLAA found 5 Romanian labourers paid £50 a day cash via a 'team leader' who takes £20 each for transport in his van and £15 for boots and hi-vis. They work 11-hour days. Live together in a house he rents them.",
  "WW EO", "ct ppe lh sfw", "L")
E("Wife reports husband (Polish, 40) missing; turned out he had taken a job on a building site in Scotland without telling her. Paid and well. Found safe.",
  "", "", "")
E("INT 1/A/P: Officer observed 'Lotus Spa', Worcester: at 0100 the shutters down and lights on; 2 women seen through rear window sleeping on treatment couches. Male arrived 0800, unlocked padlock on rear door from outside.",
  "ROM", "rm saw", "S", "immediate")
E("The man who recruited me in Albania said I would be a receptionist in a hotel. At the flat he said 'the hotel is here' and laughed. He and his friend raped me the first night so I would do what they say.",
  "DEC PSV", "", "S")
E("Woman (Filipino, 36) employed as nanny in Hampstead on a proper contract, £500 a week into her own account, weekends off. She lost her passport on the Tube and is applying for a new one. No concerns.",
  "", "", "")
E("Probation: prisoner (Albanian, 22) on release says he was brought to UK to work at a cannabis farm to pay his £18,000 debt; debt not cleared and men have been in contact saying he must go back to work for them or his family in Kukes will suffer.",
  "DB IT", "", "C")
E("Bus driver reports that every morning about 6am a man puts 8-10 people on his bus in Leicester and pays for all of them, they get off at the industrial estate, he does the same at 7pm, the people don't speak. Could be normal.",
  "", "cedl et", "")
E("She stated she came to the UK with a friend from Brazil for a 'holiday' that became work in a flat in Kensington. A woman called Renata put up adverts with photos that were not her, took 50% and held her passport 'so the landlord could see it'. She was told she would be reported to immigration if she left. She left after a month anyway.",
  "ROD WW IT", "dt ncw foa", "S")
E("CSE: girl 14 missing overnight found at a hotel in Rochdale with 2 adult men. She had been given vodka and cannabis. Men known for previous CSE.",
  "AV PSV", "", "S", "immediate")
E("Car wash on A38 visited: workers say they have two days off a week, are paid by bank transfer, have their own documents. One worker said pay is low and he'd like more hours. No exploitation.",
  "", "", "")
E("Police note: woman (Hungarian) in hotel room, Bradford. States she works for 'Laci' who drives her and 'looks after' her bookings. When asked about money she looked at the door and said 'he pays me at end of month'. She has been in UK 4 months and not been paid.",
  "WW", "ncw", "S")
# ---------------- part 4 ----------------
E("Victim debrief (summary by OIC)\n\nV1 (Romanian, 21) met suspect S1 in a nightclub in Constanta. After 3 months S1 said they should go to England where he had work on a building site and she could work in a bakery. They flew to Stansted in May; S1 bought the tickets.\n\nOn arrival S1 took V1 to a flat in Harlow shared with S2 and two other women. S1 told V1 there was no bakery and that she had to 'help' by seeing men, as they owed S2 £2,500 for the flat and the flights. V1 was photographed by S2 and adverts were placed the same night.\n\nV1 states she saw between 6 and 12 men a day, seven days a week, and that S1 collected the money after each client. When she refused on one occasion S1 punched her in the stomach. S2 told her that the police in England were paid by him and would send her to prison.\n\nV1 escaped when a client helped her call a helpline. She had no money, one set of clothes and her ID card was still with S1.",
  "DEC DB EO WW PSV IT ROD", "lh ncw foa fpe dt", "S")
E("Woman, 29, reported that a man she met on a dating app moved into her flat and within weeks was taking her wages from her job at a call centre and checking her phone. No sex work or forced work. Referred as coercive control (domestic abuse).",
  "", "", "")
E("Grandad says his granddaughter (19) is 'on the game' in Leeds and it's her choice but he's worried. Officers spoke to her: she works independently, no one takes her money, she is safe. Signposted to Basis Yorkshire.",
  "", "", "")
E("INT 2/B/P: 'Pinky Beauty' nail bar, Barnsley. Workers brought in each morning at 0745 by the owner's son in a silver Galaxy. Source says the workers live in the owner's house and 'pay rent' out of wages that the son collects. 2 believed to be under 18.",
  "AV WW", "cedl et ncw", "L", "high")
E("My friend went to work at a farm in Herefordshire. The gangmaster charges them £100 before they start for the job, then £60 a week for a bed in a caravan, then £10 for the bus. She says after all that she gets maybe £80 a week for 60 hours.",
  "WW EO", "uf ct lh", "L")
E("Couple (Romanian) living in a tent in the park; both work at a recycling plant through an agency, paid weekly to own accounts. Homeless because rent too high. Referred to housing. No exploitation.",
  "", "", "")
E("A woman (Vietnamese, 19) in a brothel in Belfast told police she was moved from Dublin the week before and does not know where she is. She had no phone and only a small plastic bag of clothes. She said the 'aunt' has all the money.",
  "ISO WW", "iso fpe ncw", "S")
E("999: female screaming 'he's going to kill me' then line cut. Location trace to short-let flat in Southampton advertised as escort incall. Units dispatched.",
  "IT", "", "S", "immediate")
E("Benefit fraud: DWP found 23 universal credit claims linked to one address in Nottingham. Claimants are Roma men who say a man called 'Pavel' made the claims for them, holds their bank cards and gives them £20 a week. They work for him at a scrapyard.",
  "WW", "mbc ncw", "L C")
E("the lady next door has a nanny from the Philippines, she seems happy, goes to church on Sundays with friends and has her own phone. my husband thinks we should report it but I don't see anything wrong?",
  "", "", "")
E("Witness statement: I am a delivery driver. I delivered pizza to a flat in Sheffield and a girl answered who looked about 16. She had a bruise on her cheek. An older man came up behind her and took the pizza and said 'she's busy'. Several men were waiting in the lounge.",
  "AV", "pa sfw", "S", "immediate")
E("Woman stated she paid a 'visa agent' in Lagos £3,500 for a care job in the UK and when she arrived there was no job, no sponsor, nothing. She is now destitute but no one is controlling her. Fraud report; signposted to Migrant Help.",
  "DEC", "uf", "")
E("Op MAPLE: a 'massage' business with branches in Reading and Oxford. Women recruited in Thailand via Facebook are charged 600,000 baht for visas and flights and work until it is repaid. Rota seized: 10am-2am daily. Women sleep in the treatment rooms. Owner keeps passports in a safe in the Reading branch.",
  "DB EO ROD AC", "uf lh saw dt", "S")
E("She said she never wanted to sell sex but her partner's brother said he would kill her son in Romania if she stopped. She works in a flat in Manchester and is not allowed a phone of her own.",
  "IT ISO", "iso", "S")
E("Police: Shoplifting group of 4 Romanian women arrested in Meadowhall. One says she was brought to the UK by a man who said there was factory work, and he drops them at shopping centres and takes everything they steal. If she brings too little she gets no food.",
  "DEC WW AC", "et ncw", "C")
E("Asylum hotel manager reports that a man staying there offered two young women 'jobs'. Police spoke with both women; they declined and are safe. Man's details logged as intelligence.",
  "", "", "")
E("Couple arrested for keeping a woman in their house in Luton for 6 years as a cleaner. She was given leftover food, slept in a cupboard under the stairs and was not allowed to leave. The wife regularly hit her with a slipper.",
  "AC ROM PSV", "saw plc rm", "D")
E("Sex worker collective member (Italian, 33) reports an agency she used has started demanding 60% and 'fines' for late arrival. She has left the agency and works alone now. Wants advice on reporting.",
  "", "", "")
E("INT 2/C/P: Organ trafficking. Source states a man in Bradford arranges for young men from Pakistan to travel to Karachi where they sell a kidney for £2,000 to pay off family loans; recipients are UK patients who pay £40,000. Unknown if any UK victims.",
  "AV", "", "O")
E("A man named Costel took over my flat. He is there every day. He brings girls and men come. I am 70 I am scared of him. He said if I go to council he will burn the flat.",
  "AV IT", "", "S")
E("Hand car wash, Cardiff: staff paid £60 a day which is under minimum wage for 10 hrs. Employer pays cash every day into their hands, staff live at own addresses. HMRC referral for NMW breach. No indicators of forced labour.",
  "", "", "")
E("Romanian female, 20, found in a pop-up at a serviced apartment in Leicester. Said she was told she'd do cleaning for £1,000 a month. The 'boss' said she owes £1,000 for travel and the apartment, which goes up £300 every week. She has seen no money.",
  "DEC DB WW", "ncw", "S")
E("Student (Chinese, 20) referred by university: she had been working in a 'massage' place to pay off a loan from a classmate's cousin. He has her passport and told her he would tell the university she is a prostitute if she stops.",
  "DB ROD IT", "dt", "S")
E("Caller states she sees the same man dropping 3 young women at the Travelodge every evening at 8 and collecting them at 7 am. She thinks they look frightened and tired.",
  "", "cedl et", "S")
E("Woman from Slovakia (35) said she agreed to sell sex in the UK but was told she would keep half. In reality she was given nothing and was kept in a house with other women in Sheffield, the door locked. The controller's girlfriend held all passports.",
  "DEC WW ROM ROD", "ncw rm dt", "S")
E("Elderly man's son takes his pension each month and leaves him with little food. Adult safeguarding referral; financial abuse.",
  "", "ncw", "")
E("HEY SOMEONE NEEDS TO LOOK AT THE CAR WASH BY THE RETAIL PARK. THE MEN SLEEP IN A CONTAINER AND WORK IN SHORTS IN THE SNOW. BOSS SHOUTS AND SLAPS THEM. NONE OF THEM SPEAK ENGLISH",
  "AC PSV", "saw plc", "L")
E("Debrief: I was in the flat in Cardiff with two girls from Latvia. We were told not to speak to each other and the man put cameras in the rooms to watch us. We could go to the shop only with the driver.",
  "ISO ROM", "iso rm et", "S")
E("Police stop of a van on the M1 at 0500: 9 Lithuanian workers going to a food factory, driven by an agency driver. All have ID, are paid by the agency directly, and the van is free. No concerns.",
  "", "", "")
E("Duty to Notify: woman (Albanian, 25) declined NRM. Said she was brought to UK by a man who promised marriage, forced to work in cannabis house and sex work. Physical injuries seen on arms. She fears reprisals against her family.",
  "DEC PSV", "pa", "S C")
E("NHS Trust: potential organ trafficking. Recipient (UK citizen) travelled to a clinic abroad and returned with a transplanted kidney. Donor reportedly a young migrant worker paid a small sum. Referred to NCA.",
  "AV", "", "O")
E("My girlfriend is from Poland and dances at a club. Her manager keeps her tips for 'the house', which she knew about when she signed up. She gets her fee every night. I want to know if that's legal.",
  "", "", "")
E("Romanian female, 26: 'I knew I would work with men, he said we split half-half. After first week he said I owe him for the ads, for the hotel, for the driver. Every week I owe more. I never took money home.'",
  "DEC DB WW", "ncw", "S")
E("Fishing: Ghanaian deckhand on a trawler out of Newlyn says he signed a contract for $1,200 a month but gets $500, is kept on the boat in port and works 18-20 hours during trips.",
  "DEC ROM EO", "rm lh", "L")
E("Text from victim to friend, provided to police: 'he took my passport and the bank card, i am in house in Bradford, dont know the street, please dont call my mum'",
  "ROD WW ISO", "dt ncw iso", "")
E("Council HMO officer: House in Wisbech with 18 workers in 4 bedrooms, mattresses in the lounge and kitchen. Landlord is also the gangmaster who takes rent out of wages before they see the money. Workers pick in the fields 6 days.",
  "AC WW", "oc ncw", "L")
E("Woman from Nigeria (34) says her uncle sponsored her student visa and in London made her work in his shop and clean his house without pay, saying she owes him for the school fees. She cannot leave because he has her passport.",
  "DB WW ROD", "dt", "L D")
E("Woman (British, 24) with heroin addiction told outreach she is 'looked after' by a man who gives her drugs and puts her in a room at a B&B where men visit. He keeps her phone when she's not working.",
  "AV ISO", "iso", "S")
E("Agency worker complaint: a warehouse agency deducted £25 for hi-vis and boots from his first pay. He is otherwise paid properly and can leave anytime. GLAA informed re PPE charge.",
  "", "ppe", "")
E("Press: A Sheffield man was convicted of controlling prostitution after he placed adverts for 5 women, took half of their earnings and drove them to clients' homes. The court heard the women were free to leave and had their passports.",
  "", "et", "S")
# ---------------- part 5 ----------------
E("Outreach van log, Friday night, Hull: spoke to 11 street sex workers. Most known, working for themselves to fund drug use. New woman (Romanian, early 20s) was dropped off by a man in a BMW who watched from the car the whole time; she said 'I can't talk, he sees'. Took a condom pack and left quickly.",
  "", "et", "S")
E("INT 2/B/P: MEHMETI, Besnik. Runs 'Diamond Escorts' website listing 18 women across Essex and Kent. Source (ex-employee) states the women are Albanian and Romanian, live 4-5 to a flat he rents, are not allowed out except to bookings, and he takes all booking fees. Women who complain are 'sent back' after being beaten.",
  "ROM WW PSV AC", "oc rm ncw", "S")
E("Man (Polish, 38) complains his landlord entered his room without notice. He works at a distribution centre, normal wages, his own lease. Advised on tenancy rights.",
  "", "", "")
E("Victim says the boss at the sauna in Leith told her she would be fined £100 every time she was late, £50 if a client complained, and the fines came out of her takings, so some weeks she had nothing at all.",
  "WW", "ncw", "S")
E("Police: daughter (24) of a Pakistani family in Oldham says her parents arranged her marriage and she didn't want it. She lives with her husband, works in a bank, has her passport and is free to go out. No forced labour or sexual exploitation. Advice on forced marriage unit given.",
  "", "", "")
E("There's a Vietnamese lad in the nail bar on Union St who looks about 12. He's there every Saturday and after school. The owner says he's her son. He seemed happy and was doing homework.",
  "", "", "")
E("Debrief (Hungarian female, 31): 'The man's sister came to our village and said she has a nice job in a hotel kitchen in London. I went with two other women. In London they took us to a house and they said we work with men now. We said no. They did not give us food for two days. Then we said yes.'",
  "DEC AC", "", "S")
E("Money mule: Lithuanian student (19) recruited on Instagram to 'rent' his bank account for £200. Later the men wanted the card back and threatened to come to his halls. He handed it over.",
  "IT", "", "C")
E("Sex worker (Thai, 40) has worked in a flat in Bayswater for 10 years, with her friend. She pays her own rent and adverts and banks her money. She reports her friend has been threatened by a client. No third-party control.",
  "", "", "")
E("Case note: Ms T (Romanian, 22) disclosed that the man she thought was her boyfriend organised flights to 'visit London'. From the first night she was put in a flat in Tottenham, the door bolted from outside, and made to see up to 20 men a day. He kept all the money and when she asked to go home he told her she owed him £8,000. She escaped through a bathroom window after 7 weeks.",
  "DEC ROM EO WW DB", "rm lh ncw", "S")
E("Domestic worker (Indonesian, 41) for a family in Mayfair. Has her own room, day off each week, salary into her own account, and holds her passport. Came to Kalayaan for advice on changing employer. No exploitation.",
  "", "", "")
E("Police log: Report of a woman knocking on doors in Salford in her underwear asking for help, says 'they take me to men'. Units searching. Woman has marks on her wrists consistent with restraint.",
  "PSV ROM", "pa rm", "S", "immediate")
E("We check the ads every day. 'Mia' on three sites, same photos, different cities each week, Hull to Leeds to York. Messages answered by a man. We've seen this in 5 other profiles. Information to police.",
  "", "sfw", "S")
E("Woman (Colombian, 28) came to UK on a visa waiver for a 'dance job' in a club. The club did not exist; she ended up in a flat in Leeds selling sex for a man who had paid her flight and now says she owes £6,000. She wasn't allowed to keep the phone the man gave her.",
  "DEC DB ISO", "iso", "S")
E("Neighbour dispute: man reports woman next door has lots of male visitors and thinks she's a prostitute. She is a carer and visitors are her colleagues dropping off rota. No offence.",
  "", "", "")
E("Albanian female (19) found in a flat in Watford, said she is 'working' for her cousin's friend. No passport with her; said he keeps it 'because I lose things'. Phone had one contact. She would not say more.",
  "ROD ISO", "dt iso", "S")
E("the man who owns the massage place on Queen St is a nice guy, my wife works there as a receptionist, she gets paid every friday and has weekends off, stop reporting it people",
  "", "", "")
E("Border Force, Manchester Airport: Romanian male accompanying 3 females (18, 19, 22). All tickets bought by male, who holds their ID cards and answered all questions. Females had no luggage except handbags and could not say where they would be staying. Intercepted, safeguarded.",
  "ROD", "dt sfw fpe", "S")
E("Caller, very upset, says her sister (Lithuanian, 33) phoned from a flat in Reading and said she is locked in and a man is coming back tonight to take her to Birmingham. Sister gave the flat number and said 'he has my passport'.",
  "ROM ROD", "rm dt", "S", "immediate")
E("Brothel-keeping conviction, Swansea: the court heard the women, from Spain and Romania, were charged £400 a week rent for rooms above the sauna and fined if they refused clients. They worked 14-hour shifts and slept in the rooms.",
  "EO WW", "lh saw", "S")
E("Ms D, 23, called police when her ex came round and smashed her door. She says he is obsessed with her and that she has a new boyfriend. No exploitation; DA and criminal damage.",
  "", "", "")
E("She says she met a man online who said he loved her and would pay for her to come from Manila. In England he made her work in his restaurant during the day without pay and told her she had to have sex with his friends at night to 'pay for the ticket'.",
  "DEC WW DB", "", "L S")
E("POI Gheorghe LUPU (DOB 02/06/84). Linked to 7 short-lets in Brighton used for sex work. Women (Romanian) paid to their own accounts but LUPU uses their cards. Took a woman to A&E with a broken nose; she said she 'walked into a door'.",
  "WW PSV", "ncw pa", "S")
E("A young woman (Vietnamese, 18) was found sleeping in a restaurant's basement in Leeds. She works in the kitchen from 10am to midnight and is given meals but no money. The owner said she is 'family' and doesn't need wages.",
  "WW EO AC", "saw lh", "L")
E("Hi I'm a uni student and my flatmate is getting a lot of money from a 'sugar daddy' site. She says it's her choice and no one else is involved. Is this illegal? I'm worried.",
  "", "", "")
E("INT 2/B/C (not for disclosure to the local authority): Slough flats. Female occupants (Chinese) are brought in by car and taken away every 10 days. They are kept inside; food delivered by an older woman. One female told a client she has to pay 'the boss' 100,000 RMB.",
  "ROM DB", "rm et", "S")
E("Woman (Bulgarian, 26): 'He told me if I talk to police they put me in jail and take my daughter. So I never talked. I worked in massage, every day.'",
  "IT", "foa", "S")
E("Worker (Romanian) at a packhouse complains the supervisor shouts at him. He is paid, has contract, can leave. Employer HR dealing. No exploitation.",
  "", "", "")
E("Client with pimp: Ms R (British, 32) in a homeless hostel says her partner sends her out to clients in cars and takes the money for crack for both of them. She says he hits her if she comes back with nothing.",
  "AV WW PSV", "ncw", "S")
E("Ms S (Eritrean, 22) said in Libya she was held in a warehouse and raped by smugglers until her family paid. In the UK she is in NASS accommodation and nobody controls her now. Referred for trauma support; exploitation was outside the UK.",
  "PSV ROM", "rm", "S")
E("A brothel in Aberdeen was closed after police found women from Thailand who had been told they would work as masseuses. Their passports were in a drawer in the manager's office.",
  "DEC ROD", "dt", "S")
E("Victim (Albanian, 28) debrief: 'The flat was on the 12th floor. There was only a bed. He took the door key every night. He made me wear a phone with a tracking app even when I went to the shop with him.'",
  "ROM", "rm et", "S")
E("Women at a short-let in Glasgow told officers they'd come from Spain on their own, advertise on the internet and keep what they earn. Landlord objects to the use. No victims identified.",
  "", "", "")
E("Hospital doctor: patient (Moldovan F, 20) had been injured by 'a client'. She said she works for a woman who sends her to hotels and she hands the woman everything. She hasn't eaten properly in days and is underweight.",
  "PSV WW", "pa ncw", "S")
E("Couple's row at a short-let in Bath; both tourists from Italy, no injuries, no concerns, neighbours just complained about noise.",
  "", "", "")
E("OIC note: Victim was brought from Kosovo by 'friend' who said she'd study in London. Instead held in Luton, forced into sex with men, and told that her sister's house in Pristina would be burned if she told anyone. She has 3 broken ribs.",
  "DEC ROM PSV IT", "pa rm", "S")
E("Shopkeeper reports a young woman came in asking to borrow a phone, said she was from Romania and the man would 'be back soon' and she doesn't know where she is. She left before police arrived; she was heading towards the Holiday Inn.",
  "ISO", "iso", "")
E("Nail technician (British, 19) says her salon boss is strict and gives her long shifts on Saturdays but pays her properly and she can go home after work. She's just not happy.",
  "", "", "")
E("Women found in short-let, Exeter: 'We were told this was a massage business. When we arrived they said we must do everything clients want. We owed for the ticket. They said if we ran, the man in Romania would find our families.'",
  "DEC DB IT", "", "S")
E("Anonymous letter to the station: 'There are girls being kept in the flat over the chippy on Market Street, Wigan. Different men all night. They are never let out. Please do something, I am scared to give my name.'",
  "ROM", "rm", "S")
E("Kitchen porter (Sudanese, 30) at a hotel says his pay is only just above minimum wage and his manager paid him late once in March, but it was paid in full a week later into his own account. He rents his own room and is looking for other work. No exploitation.",
  "", "", "")

# ---- footer
if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fresh133.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, r in enumerate(ROWS, 1):
            f.write(json.dumps(dict(id="f133-%03d" % n, **r), ensure_ascii=False) + "\n")
    print(len(ROWS), "rows ->", out)
