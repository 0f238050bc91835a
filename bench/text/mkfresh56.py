#!/usr/bin/env python3
"""Hand-written texts for fresh56 (helpline / charity first-contact emphasis).
Each entry is written individually; short codes below are only label abbreviations."""
import json, os, sys

IND = dict(AV="abuse_of_vulnerability", DEC="deception", RM="restriction_of_movement", ISO="isolation",
           PSV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(PA="physical_appearance", IS="isolated", PLC="poor_living_conditions", OA="overcrowded_accommodation",
           SAW="sleeps_at_workplace", FPE="few_personal_effects", RMS="restricted_movement",
           CEDL="collected_early_dropped_late", FOA="fear_of_authorities", UF="upfront_fees", DT="documents_taken",
           ET="escorted_transport", CT="charged_transport", LH="long_hours", PPE="ppe_charges",
           NCW="no_control_of_wages", SFW="speaks_for_workers", MBC="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")

T = []
def t(text, ind="", sig="", typ="", risk=None):
    inds = [IND[x] for x in ind.split()]
    sigs = [SIG[x] for x in sig.split()]
    typs = [TYP[x] for x in typ.split()]
    if risk is None:
        if "PSV" in ind.split() or "S" in typ.split() or len(inds) >= 3 or ("IT" in ind.split() and "RM" in ind.split()):
            r = "high"
        elif inds or typs:
            r = "medium"
        else:
            r = "low"
    else:
        r = RISK[risk]
    T.append(dict(text=text.strip(), indicators=inds, signs=sigs, exploitation=typs, risk=r))

# ---- part 1 ----
t("""MSEH call record. Caller (male, Romanian, 30s) rang from a borrowed phone. Says he came to work at a car wash near Stockport, was told £70 a day. Since April he has been paid nothing, the boss says the money is "saved" and will be given at Christmas. Sleeps in the container behind the wash with 4 others. Boss has his ID card "so it doesn't get lost". Caller did not want police, frightened he will be sent back.""",
  "WW RD AC DEC", "NCW DT SAW OA PLC FOA", "L")
t("""Citizens Advice note: client works in a warehouse through an agency, says his last payslip was short by 6 hours. Agency accepted the error and will pay it in next week's wages. Client has his own bank account and passport. Advised on payslip rights. No further action.""")
t("""Salvation Army first contact. P (Vietnamese, says 17, looks younger) walked into the church hall in Walsall, no coat, no phone. Interpreter: he says that he was kept in a house with plants upstairs, that he watered them and the men locked the door when they left. He climbed out of the back window two nights ago. He says he owes the men for his journey and they will find him. Police called, LA children's services called.""",
  "AV RM DB IT", "RMS FPE", "C", "i")
t("""food bank volunteer here - lady comes every week with 2 kids, husband left her, rent arrears, she works at the school kitchen part time. she's struggling but nothing dodgy, just wanted to know where to get debt advice""")
t("""Helpline: caller worried about her neighbour's nanny, a Filipino woman who is never seen without the family. Caller says the nanny told her over the fence that she works from 6am until the children are asleep, has not had a day off since she arrived last year and "madam keeps my passport in her drawer". Nanny said she gets "some money" sent to her family in Manila but never sees it herself.""",
  "EO RD WW", "LH DT NCW", "D")
t("""Law centre intake. Client (Polish, 45) dismissed from a meat packing job after he complained about the cold in the chiller. He was paid all his wages and holiday pay. Wants to bring an unfair dismissal claim. Lives in his own rented flat. Employment advice only.""")
t("""Outreach worker, night shelter: rough sleeper (British, 38, alcohol dependent) says a man called Gaz offered him a bed and £50 to "help out" on driveways. Says he did tarmac for three weeks, 7 till dark every day, was given cans and a mattress in a shed but no money, Gaz said it was paying off the bed. When he asked to leave Gaz hit him with a shovel handle. Bruising to left forearm seen.""",
  "AV EO WW DB PSV AC", "LH PLC SAW PA", "L")
t("""Caller wanted advice about her brother in law's visa, he overstayed his student visa and is now scared to apply. Not working, living with the family, supported by them. Referred to immigration adviser.""")
t("""INT suggests nom NGUYEN Van Thanh (DOB 02/03/1989) is managing 3 nail bars in the Leeds area. Staff reportedly Vietnamese females 18-25 living above the premises at 14 Harehills Rd, 9 females in 2 rooms. Staff ferried to each shop in a silver Transit at 0730 and returned after 2100. 2/C/P""",
  "AC EO", "OA CEDL ET LH", "L")
t("""Church volunteer email: one of the young men who comes to our Sunday lunch says the man who brought him here from Eritrea wants £3,000 more or he will tell his family back home he is dead. He is working in a kitchen and gives all his wages to this man each Friday. He is very frightened.""",
  "IT WW DB", "NCW", "L")
t("""my landlord wont fix the boiler its been 3 weeks and i have a baby, he says he will but never comes. is this something you can help with??""")
t("""MSEH: caller is a woman (Albanian) calling from a supermarket toilet. Says her boyfriend brought her to the UK saying they would marry, now he makes her see men in a flat in Luton every night. She says he keeps all the money. She has no passport, he "looks after it". He said if she runs he will send the photos to her father. Operator escalated to 999 with caller consent.""",
  "DEC WW RD IT", "DT NCW", "S", "i")
t("""Salvation Army: Mr K (Sudanese, 24) has refugee status and is looking for work. Lives in Home Office accommodation, which he says is damp. No indications of exploitation. Signposted to job centre and to housing team re damp.""")
t("""A&E triage note: M, approx 19, Romanian, brought in by a man who gave his own name as "uncle" and answered every question. Pt had crush injury to hand from a baler at a recycling yard. Uncle refused to leave the cubicle. Pt unable to say his address. Pt has no ID. Staff uneasy, safeguarding lead informed.""",
  "ISO", "SFW PA IS", "L")
t("""helpline email: hi I work at a hand car wash in Kent, boss is fine he pays us every Friday cash and payslip, we do 9 hours with lunch. some customer said we are slaves on facebook and now police came. we are not slaves. can you please tell them""")
t("""Caller (Indian national, 29) came on a care worker visa. Says the agency in India charged him 12 lakh rupees for the sponsorship, which he borrowed from a moneylender at home. Now the care home gives him 20 hours a week only, and the manager says he must pay back £5,000 "training cost" if he leaves. Sponsor holds his BRP. He is sharing a room with 3 other carers in a house the manager rents to them at £400 each.""",
  "DEC DB RD AV AC", "UF DT OA", "L")
t("""Outreach note: woman (Slovak, 50s) begging outside Tesco Metro most days. Says she lives with her son and daughter in law, comes into town on the bus by herself, keeps what she gets. No concerns noted today, will keep an eye.""")
t("""Police log 101: caller reports 8-10 males being dropped at a field off the A1101 at 0500 by minibus and collected at 2100, "look exhausted, no proper gloves". Caller has no other info.""",
  "EO", "CEDL ET LH", "L")
t("""MSEH call. Caller (UK, teacher) says a Year 10 girl (14) has been seen getting into cars with older men outside school, has new phones and nails, and told a friend she has to "go to parties" to pay back the man who bought her weed. Girl has bruising on neck. School DSL has referred to MASH.""",
  "AV DB PSV", "PA", "S", "h")
t("""Citizens Advice: client's employer (restaurant) paid him £8 an hour, below the minimum wage. He has left and wants the difference. He was never prevented from leaving and kept his own money. Referred to HMRC NMW complaint.""")
t("""First person account (interpreter's translation): "In Nigeria a woman said I would be a hairdresser in London. When I arrived she took me to a house and said I owe her 35,000 euros. I must go with men. She did the juju on me, she said if I tell anybody I will go mad and die and my mother also. I gave her all the money every night.\"""",
  "DEC DB IT WW", "NCW", "S")
t("""Salvation Army: caller asking whether her mother's pension can be collected by her while mum is in hospital. Family arrangement, mum agreed. Advised on power of attorney. No concerns.""")
t("""church food bank note: young lad, maybe 15, comes in with a bloke who does all the talking and takes the food parcel. lad never says a word, thin, same clothes each week. bloke says lad is his nephew and works with him "on the sites".""",
  "AV", "SFW PA FPE", "L", "h")
t("""Helpline: woman caller says her husband's family in Bradford keep her at home, she cooks and cleans for 9 people from 5am to midnight, is not allowed out alone, mother in law has her spouse visa papers and says she will be deported if she complains. Husband beat her last month. Caller safe to talk now, at GP surgery.""",
  "EO RM RD IT PSV AV", "LH RMS DT FOA", "D")
t("""Law centre note: client worked as a chef in a takeaway, left after a row with the owner. Owner has not paid his final two weeks, says he is "checking the till". Client lives independently, has his documents. Advised to send a letter before claim.""")
t("""Public online report: THERES A NAIL SHOP ON HIGH ST THE GIRLS NEVER GO HOME THEY SLEEP IN THE BACK I SEEN MATRESSES WHEN THE DOOR WAS OPEN. the man collects the money every night. the girls look scared and dont speak english""",
  "AC", "SAW PLC", "L")
t("""Caller's friend (Chinese, 40s) works in a takeaway in Swansea, 7 days a week, 11am to 1am, lives upstairs, paid £250 a week cash. Caller says friend is allowed out and sends his own money home but is worn out. Caller wanted to know employment rights.""",
  "EO", "LH SAW", "L")
t("""OFFICIAL-SENSITIVE. Intel log. POI ANDREI (surname NK) believed to control approx 12 Romanian males working at a packhouse nr Spalding via agency. INT suggests workers' wages paid into accounts set up by ANDREI, who holds the cards. Multiple cards used at the same ATM on Fridays. Workers pay £50/wk for a minibus to site. 2/B/P""",
  "WW", "NCW MBC CT ET", "L")
t("""Helpline: caller (Kenyan) is a domestic worker with a diplomatic family in Kensington. She says she has a separate bedroom, days off on Sundays and her passport. She wants to change employer because she is homesick for a Kenyan community and the family are moving abroad. Advised on the ODW visa. No concerns.""")
t("""Salvation Army first contact. Client (Albanian male, 22). Came on a lorry, was told he would work in a bar. Was put in a house in Kent "to look after the plants", the door was screwed shut from outside, food was brought twice a week. He stayed there 4 months. He was told the debt for the lorry was £20,000 and every crop paid a part. Police raided the house; he was arrested and later released. NRM referral made with consent.""",
  "DEC RM DB AC ISO", "RMS IS", "C")
t("""outreach van: man sleeping in car park says he was working at a car wash, owner paid him £40 a day cash, he left because his back hurt. no issues with owner, he says "he was fair". housing referral done""")
t("""MSEH: caller is a mother in Middlesbrough, her son (16) has been missing 3 days, she found train tickets to Hull in his room and a second phone. Last time he came back he had a cut on his face and £600. Older boys told him he owes them for "lost" drugs. She thinks he is in a flat selling for them right now.""",
  "AV DB PSV", "PA", "C", "i")
t("""Citizens Advice: client (Pakistani, 33) on a skilled worker visa, employer sponsor gave notice of redundancy. Client worried about his visa. Employer has paid all wages. Advised on 60-day period.""")
t("""Volunteer note from St Mark's drop in. Tomas (Lithuanian) says he and 5 other men were recruited in Vilnius by an advert for farm work, paid £200 each for the bus. In UK they were put in a caravan with no heating, and the gangmaster takes £80 a week rent and £10 for the van each day. After that he has about £30 left some weeks. The gangmaster holds all their passports "for the payroll".""",
  "WW RD AC DB", "UF OA PLC CT DT NCW", "L")
t("""101 call: caller saw a young woman with a black eye in the back of a car at the Esso garage, the driver was shouting at her. Reg YK19 ... partial. No further information about who she is.""",
  "PSV", "PA")
t("""Helpline: man rang to report his sister in law, who he thinks is being used by her husband to claim benefits for 6 children who don't live there. No indication anyone is being forced. Advised to report benefit fraud to DWP.""")
t("""GP note: new patient, F, 24, Thai. Attended with a woman who interpreted and would not leave. Pt presenting with recurrent STI. Pt stated through interpreter she works "massage". Address given is a flat above a shop; three other women registered at same address this month.""",
  "", "SFW", "S")
t("""Caller (Polish, 61) says he was offered a job in a bakery by a man in Poland, came over, the bakery closed after 2 weeks. He is now homeless, not exploited, just lost the job. Wants help getting home. Referred to Barka.""")
t("""Police intel: Source states female known as LINDA is harbouring 3 Romanian women at 22 Pine Close, rotating every 2 weeks, advertised on adult sites. Women not allowed out alone; LINDA escorts them to shops. Source believes women hand all earnings to LINDA's partner. 2/C/P""",
  "RM WW", "RMS ET NCW", "S")
t("""Salvation Army first contact by phone. Caller (Eritrean, 19) says in Libya he was held in a warehouse and beaten until his family paid. In the UK he has asylum support and is in college. No exploitation since arriving. He wants counselling. NRM for Libya period discussed - he declined. DtN submitted.""",
  "PSV", "", "", "h")
t("""MSEH: caller works on a fishing boat out of Newlyn on a transit visa. Says they work 20 hours a day when fishing, skipper shouts and once punched a deckhand from Ghana, they sleep on board, they have not been paid for 5 months, the agency in Manila says wages go to their families but families say nothing came.""",
  "EO PSV WW AC", "LH SAW NCW", "L")
t("""Neighbour rang to complain about the people next door, loud music and parties every weekend, lots of cars. Officers attended, student house, no other concerns.""")
t("""helpline webchat: im 17 my boyfriend is 24 he says i have to sleep with his mates if i love him and he hits me if i say no. i live with my mum. i dont want him to get in trouble""",
  "AV PSV", "", "S", "h")
t("""Council licensing visit, HMO on Maple St: 11 occupants in 4 rooms, all work at the same food factory, transport provided by the landlord who is also the supervisor at the factory. Landlord deducts rent from wages before pay is given. Occupants say they can leave when they like and have their documents. Licence breach, prosecution to follow.""",
  "AC", "OA ET", "L")
t("""Salvation Army: caller's sister (Vietnamese, 15) was in a nail bar in Bristol, now missing from foster care. Caller believes the "uncle" who brought her has her again and she is working in another shop. Uncle has her papers.""",
  "AV RD", "DT", "L", "i")
t("""My name is Daniela. I came from Brasov with my cousin for work in a hotel, laundry. The man who take us, he say £1500 for the travel and the room. He give the job, but every week the money go to him, he give me £50. When I say I want to go home he say the debt is more now, £2500, because the food. I am not locked but I have no money and no passport, he keep it.""",
  "DEC DB WW RD", "DT NCW", "L")
t("""Citizens Advice note: client's partner controls all money and her bank card; she is not allowed to see friends. She does not work; partner is abusive. Domestic abuse referral made; no labour or sexual exploitation identified.""",
  "", "NCW")
t("""INT: 3/C/C Untested source reports nom "BIG T" running a line from London into Exeter, using a flat belonging to a vulnerable female (heroin user) at Flat 3, Lyme House. Young males seen coming and going at all hours. Female not seen for a week. Handling: not to be disclosed to housing provider.""",
  "AV", "", "C", "h")
t("""Caller asking whether it is legal for his employer (a big retailer) to ask for a copy of his passport for right to work checks. They took a photocopy and gave the passport back. Advised it is normal.""")
t("""Homeless outreach: Pavel (Czech, 44, alcohol dependent) was approached at the day centre by two men offering work in a factory and a room. He went with them for a month. Said they took his bank card to "set up wages" and he never saw any pay. They gave him vodka every evening. He left when they went out. Bank account since emptied.""",
  "AV WW DEC", "NCW", "L")
t("""A person on Facebook posted asking about a job in a pop up restaurant, lots of replies, nothing dodgy that I could see, I just worried it was a scam, sorry for wasting time""")
t("""MSEH call record: caller is a worker (Filipino) at a care home in Norfolk. Night shifts 8pm to 8am six nights a week plus day shifts when short, sometimes 80 hours. Manager says if she complains her sponsorship will be withdrawn and she'll be deported. She is paid properly, into her own account, but is exhausted.""",
  "EO IT AV", "LH FOA", "L")
t("""Nail bar inspection (local authority trading standards). Premises clean, staff 4, all with contracts, payslips seen, all over 18, staff live at their own addresses. No concerns identified.""")
t("""Salvation Army: woman (Nigerian, 38) was brought by a family in London to care for their children 6 years ago. Not paid "because they feed me". Sleeps on the kitchen floor. Not allowed a phone. Madam beat her with a belt when a glass broke. She left when she was sent to the market and a stranger helped her.""",
  "WW AC ISO PSV", "SAW PLC IS PA", "D")
t("""101: Taxi driver reported dropping a girl, approx 14-15, at a hotel in Rochdale at 0200 with a man in his 40s who paid cash. Girl seemed drunk. Officers en route.""",
  "AV", "", "S", "i")
t("""Helpline: man says a kidney donor was being looked for in his community WhatsApp group, £15,000 offered, surgery in Turkey. He wondered if it was legal. No individual identified as a donor yet. Passed to police.""",
  "", "", "O")
t("""Caller (Romanian) rang for advice about a car he bought that broke down. Not a trafficking matter.""")
t("""CA adviser notes, appt 2: Client (Bulgarian, 27) explained she was promised cleaning work in hotels by a woman on Facebook. Paid €400 "placement fee". On arrival the woman took her ID "to register her", took her to a flat with 6 others and the next day she was told the job was stripping in a club. She refused and was told she owed €2,000 for her flight and room and must work it off in the club. She left after 2 days when another girl helped her. ID still with the woman.""",
  "DEC RD DB AC", "UF DT OA", "S")
t("""Outreach log: group of Roma men sleeping under the flyover, say they came for construction work, no work came. Nobody took their papers, they came by themselves. Referral to No Second Night Out.""")
t("""OIC handover note: IP HOANG (DOB unknown, claims 16) located in cannabis grow at 9 Brook St during warrant. IP stated he was brought to the house by car at night, never left, food was left by a man called "A Long". Age assessment pending. IP in LA care. Risk of going missing assessed as HIGH - traffickers likely to try and recover him.""",
  "AV RM ISO", "RMS IS", "C", "h")
t("""MSEH: caller's son (British, 22, learning disability) has been "befriended" by a man who now lives in his council flat, uses his bank card, and has taken over the flat to sell drugs. Son says the man is his friend. Son's benefits are gone on the day they come in.""",
  "AV", "NCW", "C", "h")
t("""volunteer at church, we have a lady who cleans for one of our parishioners, paid fair, goes home to her own flat every night, someone asked me to check she is okay because she is foreign. she is fine""")
t("""Press summary: Three men were jailed at Leicester Crown Court for keeping 9 Polish men in slavery. The victims were recruited at a bus station in Poland with promises of good wages, were housed in a dirty property, made to work in a factory 12 hours a day and had their wages paid into accounts the gang controlled. One victim was assaulted when he asked for money.""",
  "DEC AC EO WW PSV", "PLC LH NCW", "L")
t("""Law centre: client was told by an employer that he had to pay £300 for his SIA badge training before starting a security job. He paid, got the job, is paid weekly. Wants to know if he can get the £300 back.""",
  "", "UF")
t("""Helpline: female caller, Vietnamese, calling from a nail bar toilet in Reading. Says she is 16. She says the owner says she must stay until her "family's loan" is paid, she does not know how much. She sleeps at the owner's house, is driven to the shop and back each day. She is scared of police.""",
  "AV DB RM", "ET SAW FOA RMS", "L", "i")
t("""Food bank note: Mr H came in again. He is working 2 jobs, one in a factory nights and one in a shop days. Says he is tired but needs the money for his family. Employer pays properly. No concerns.""")
t("""Police log: Call from member of public - male at a car wash on Bury New Rd walking with a limp and bandaged hand, caller asked if ok and a second male stepped in and said "he's fine, he doesn't speak English". Attending officers found 6 workers, all Albanian, one stated he is paid by the boss "when boss has money". Boss has not paid since arrival in August. GLAA informed.""",
  "WW", "PA SFW NCW", "L")
t("""Citizens Advice: client asked about applying for settled status for her elderly father. Father lives with her. No concerns.""")
t("""Victim account, via interpreter: She says that the man in Bucharest told her she would sell flowers in London and send money home. She says that in London she was made to beg at Oxford Circus and give the money to his wife every evening. She says she was hit if she brought less than £60. She says she slept with 10 people in one room. She was not allowed to go anywhere except the begging place.""",
  "DEC WW PSV AC RM", "OA RMS NCW", "C")
t("""Caller wanted advice on a dispute with a cleaning contractor about holiday pay. He has worked there 4 years. Resolved by advice.""")
t("""School safeguarding referral: Pupil J (13) disclosed that an older boy gives her vapes and that she has been taken to a house where she was told to do things with men. J says she owes the boy for the vapes. J missing twice this month.""",
  "AV DB PSV", "", "S", "h")
t("""MSEH: anonymous caller says a farm near Evesham has workers living in shipping containers without toilets, workers are Ukrainian and Moldovan, they're brought in each morning by the "brigadier" who takes their pay and gives them a bit for food.""",
  "AC WW", "PLC NCW ET SFW", "L")
t("""Salvation Army: Mr A (Afghan, 31) says his landlord asks him to do repairs around the house in exchange for a rent reduction. He agreed, is happy with it. No exploitation identified.""")
t("""Helpline web report: our neighbours have a girl living with them maybe 12, she isnt their daughter, she doesnt go to school, she is always hanging washing and carrying the baby. they said she is a relative from Nigeria""",
  "AV", "", "D", "h")
t("""Intel log 2/B/C. Nom DHILLON, Ranjit. Owner of a clothing factory in Leicester. Info indicates workers paid £3.50/hr, many with no right to work, told that if they complain he will call immigration. Condition: source protection, not to be disclosed outside MSU.""",
  "IT AV", "FOA", "L")
t("""Church volunteer: one of our refugee families asked about a man who offered their 17 year old son a job at a car wash. The son went one day, was paid £50, didn't like it and didn't go back. No further contact from the man.""")
t("""Outreach: woman (Polish, 48) sleeping rough in Slough. She says she used to live in a house where a man gave her a room and she had to clean his house and his friend's houses for free. She left when he pushed her down the stairs. She now wants to go home.""",
  "WW PSV", "", "D")
t("""GLAA inspection report excerpt: Labour provider supplying workers to 3 salad farms. Workers charged £25 for hi-vis and boots, deducted from first wage. Accommodation provided in 2 houses, two to a room, clean and heated. Hours within limits. Workers have their own bank accounts. Breach of licensing standard for PPE charges. Warning letter.""",
  "", "PPE")
t("""MSEH: caller in Birmingham says her cousin (Pakistani, 20) was married in Pakistan to a man here and since arriving has been made to work in his family's shop and home, no pay, not allowed to phone her family, her passport is kept by the father in law.""",
  "WW ISO RD", "IS DT", "L D")
t("""Caller (British, 55) rang because he saw a documentary about slavery and thinks the Chinese takeaway near him is a front. When asked why, he said there were "too many of them". No specific concerns. Advised.""")
t("""Salvation Army: P1 (Romanian, 26) states: "They told me I would work in a restaurant but they took me to Manchester and put me in a flat and I had to do sex with men. If I say no the man hit me. He take all the money. After 5 months police came." Currently in safe house.""",
  "DEC PSV WW", "NCW", "S")
t("""Helpline call: a man in his 60s with dementia, his carer (paid by council) says a neighbour is taking him to the bank every week to withdraw his pension for "shopping". Referred to adult social care.""",
  "", "NCW")
t("""Police log: 0115 999 call from female screaming "help me he won't let me out" at 4 Oak Terrace. On arrival officers found a Chinese female, 30s, in a locked bedroom with a bucket, no clothes other than underwear. Male at premises arrested. Female indicated she had been brought there for "massage work".""",
  "RM AC", "RMS PLC", "S", "i")
t("""CA: client's employer requires her to work one Sunday a month which is in her contract. She does not want to. No exploitation.""")
t("""Law centre note: client (Ghanaian, 40) worked 3 years as a live-in carer for an elderly man through an agency. Agency kept her salary "to pay for her visa sponsorship" and gave her £100 a month. Agency director told her that if she left, her visa would be cancelled and police would arrest her. Works around the clock as the man needs care at night.""",
  "WW IT EO AV DEC", "NCW LH SAW FOA", "L")
t("""101: man reports that his van was stolen from outside his house overnight. Crime ref given.""")
t("""Helpline, caller anon: "there's a lad at my work, Slovak, he's said the man who brought him here has his bank card and takes his wages off him, he gets £30 a week. Works at the chicken factory on nights. He won't go to anyone because the man knows his family back home.""",
  "WW IT", "NCW", "L")
t("""Midwife booking note: pt (Albanian, 19) 14/40. Partner (30s) attended and answered all questions for her, refused interpreter. Pt could not say her address or GP. On her own in the toilet she wrote on a paper towel "he sells me". Safeguarding lead and police informed same day.""",
  "ISO", "SFW IS", "S", "i")
t("""Salvation Army: caller (Vietnamese, 25) asking for help with a job. He works at a nail salon, paid £350 a week into his own account, lives in a shared flat he found himself. He wants to study. Signposted to college.""")
t("""Public report: A MAN AT THE TRAIN STATION IS SAYING HE WILL GIVE PEOPLE MONEY FOR THEIR KIDNEY. he said he had a doctor in Pakistan. i saw him talking to homeless people. about 40 asian beard black jacket""",
  "", "", "O")
t("""INT suggests nom IONESCU Mihai is recruiting Romanian men in Craiova for construction in Birmingham. Men told they will earn £100/day; on arrival charged £600 "fees", housed 14 to a 3-bed house, and told fees must be repaid from wages before any pay. Workers collected at 0530. 2/B/P""",
  "DEC DB AC", "UF OA CEDL", "L")
t("""Citizens Advice: woman wants to know whether the agency she works for is allowed to charge £10 per week for transport to the warehouse. It is optional, she can drive herself. Advised.""",
  "", "CT")
t("""Homelessness outreach note: Karol (Polish, 52) was found sleeping in the back room of a car repair garage. He does odd jobs for the owner in exchange for food and a place to sleep. Says the owner is his friend from church, gives him £100 a week, and he can go when he wants. Karol has his passport. Advised on housing options.""",
  "", "SAW")
t("""MSEH: caller (Sri Lankan, 33) works in a corner shop in East Ham. Owner paid his flight and said the cost would be taken from his wages. After a year the owner says he still owes £4,000 because of interest. He works 14 hours a day, sleeps in the store room, and has not had a day off in 11 months.""",
  "DB EO AC", "SAW LH", "L")
t("""Caller: I am phoning for my friend. Her husband is very strict and controlling but she goes to work, has her own money, sees her family. She wants advice about divorce. (no trafficking indicators)""")
t("""Probation note: PoP (22) says he was "grafted" into carrying drugs from 14 by a man he owed money to. He still gets calls telling him he owes for a seized parcel and they will "come for" his little brother if he doesn't run again. PoP frightened. Referral to MASH re brother.""",
  "AV DB IT", "", "C", "h")
t("""Salvation Army: client (Sudanese, 20) says that at the Calais camp a man offered to get him across for free if he would give a kidney later in the UK. Client refused and paid a smuggler instead. No exploitation in UK.""")
t("""Helpline: caller is a hotel housekeeper from Latvia, working through a cleaning subcontractor. She says the supervisor pays per room, £2 a room, and she can only do 10 rooms in a shift so she earns £20 a day for 8 hours. Supervisor drives them in and charges £5 each way. She wants to leave but has nowhere to go as the supervisor is her landlord.""",
  "AV", "CT", "L")
t("""INT: Nom OKAFOR Chidi linked to 7 bank accounts in the names of Nigerian students; accounts receive funds from unrelated victims of romance fraud and are emptied same day. Students reportedly told to hand over cards in exchange for "help with fees". 2/C/P""",
  "", "MBC NCW", "C")
# ---- part 2 ----
t("""Caller says her uncle's boss keeps all the lads' passports in the office safe.""",
  "RD", "DT", "L")
t("""Lost my passport on the bus, can you tell me how to report it?""")
t("""MSEH: caller's friend works at a waste recycling site in Bradford picking rubbish off a conveyor. No gloves or masks, men cut their hands on glass, the boss tells them to keep going. They live in a house owned by the boss, 16 men, mattresses on every floor. Friend said "we are like animals".""",
  "AC", "OA PLC", "L")
t("""Salvation Army note: Mrs O (Nigerian, 45) came for help with a Home Office application. She has been in the UK since 2009, overstayer, works cash-in-hand as a cleaner for several families who pay her fairly. Lives with her sister. Says nobody controls her. Referred to immigration solicitor.""")
t("""Outreach: young man (Vietnamese, maybe 18) sat in the bus station for 2 days. Only has the clothes he's wearing and a Nokia with no credit. Says he was "working with plants" in a house and a man drove him there and back each week. Won't say more, says the men will hurt his parents in Nghe An if he talks.""",
  "IT", "FPE ET", "C")
t("""Citizens Advice: client's manager at a supermarket changes the rota at short notice. Wants to know her rights. Employment advice given.""")
t("""Victim debrief (first person, via interpreter). "I was a teacher in Eritrea. In Libya the smugglers say my family must pay 5,000 dollars or they will take my kidney. They took some of the men to a room with a doctor and they came back with a scar here (shows side). My brother paid. I came to Italy then France then England in a lorry." Exploitation took place overseas.""",
  "IT DB PSV", "", "O")
t("""Food bank volunteer: Asked a regular visitor, Ahmed, how work was going - he said his employer at the restaurant hasn't paid him for 2 months and keeps saying "next week", but he still has to turn up or lose the job. He eats at the restaurant and sleeps on a sofa upstairs. He doesn't have his passport because the owner "is doing his visa".""",
  "WW RD", "SAW DT", "L")
t("""Helpline: caller is a British man, 70, who wants to complain about the council's bin collection. Redirected.""")
t("""INT 2/B/P: Female nom POPESCU Ana (DOB 11/07/1995) believed to be working in a pop-up brothel at a short-let flat in Cardiff Bay; adverts on Vivastreet show her photos in 4 cities within a month. Male driver seen dropping her at each flat and collecting takings. She has a black eye in the latest photos.""",
  "WW PSV", "ET NCW PA", "S")
t("""Church volunteer note: a young Chinese woman comes to English class on Tuesdays; she told the teacher she works in a massage shop and the owner locks the door at night "for safety" and she cannot go out after 10. She owes "the lady" for her flight. She gets tips only.""",
  "RM DB WW", "RMS", "S")
t("""MSEH: caller (Ukrainian, 27) came on the Homes for Ukraine scheme. Host family ask her to clean and babysit in return for the room. She doesn't mind but has been asked to do more and more; they now expect her to work every evening and not go out, and the host said she would report her to the council if she left. Host keeps her BRP "safe".""",
  "AV IT RD EO", "DT LH", "D")
t("""Council housing officer: tenant of flat 12 reports that her son has moved back in. Overcrowding assessment required. No other concerns.""")
t("""Helpline caller (Indian, 26): "My employer in Wembley is a family friend. He pays me but deducts £600 a month for my room, and £200 for 'visa'. I get £80 a month. I work in the shop 7am-11pm. I can't leave because he has my passport and says I owe him for the ticket." Caller calling from shop phone when boss out.""",
  "WW EO RD DB", "LH DT NCW", "L")
t("""Outreach: Ion (Romanian, 35) begging near Victoria Station. Says he comes by himself, lives in a hostel, keeps his money. No controller seen after 2 hours observation.""")
t("""101 summary: caller at a service station saw a van with 10 men in the back and no seats, van driver got out and locked the back doors before going into the shop. Men looked dirty and tired. VRM WX61 ABC. Officers to check.""",
  "RM", "RMS ET PA", "L")
t("""School DSL referral: Year 8 boy (12) seen with a new £300 coat and trainers, missing from school on Thursdays, older lads in a car wait at the gate, boy told his friend he "works for" them dropping off packages in Grimsby and they'll beat him if he stops.""",
  "AV IT", "", "C", "h")
t("""Salvation Army caseworker: Client (Slovak Roma, 42) and his wife were brought to Sheffield by a relative who arranged work in a laundry. Relative opened bank accounts for them and keeps the cards and PINs; they receive £40 a week each. Relative also claims Universal Credit in their names. They live in his attic with their 3 children. Not allowed to speak to neighbours.""",
  "WW ISO AC", "NCW IS OA", "L C")
t("""Caller (student, Chinese, 20) lost her part-time job at a bubble tea shop, wants help finding new work. Has all her documents. No concerns.""")
t("""First-person account written by a survivor for her support worker: I came to England when I was 16 to be with my auntie. I thought I would go to school. I never went. I woke at 5 to make breakfast for everybody, took the children to school, cleaned, cooked, ironed until 1 in the morning. I slept on a mat in the kids' room. Auntie said if I told anyone the police would put me in prison because I have no papers. I was there 8 years.""",
  "AV DEC EO IT AC", "LH SAW FOA", "D")
t("""Helpline: caller is a GP practice manager. A patient's daughter has been acting as interpreter and seems controlling but the patient is 82 and the daughter is her carer. No indication of exploitation; advised to offer independent interpreter.""")
t("""GLAA intel: Labour user (chicken processing plant) reports that a worker fainted on the line; co-workers say he'd done 4 double shifts in a row because the agency "supervisor" told him he had to pay off his £900 transport and housing debt.""",
  "EO DB", "LH PA", "L")
t("""Citizens Advice: client, 19, working at a nail bar owned by her aunt, paid £5 an hour. She lives at home with her parents. She wants a better job. Advised on minimum wage. No control beyond low pay.""")
t("""MSEH: Caller reports that a man in her street has "about 20 foreign lads" living in a 3 bed house, they are picked up by minibus at 5am and brought back about 9pm, look shattered. She heard one crying in the garden saying he wants to go home but "they won't give me my papers".""",
  "RD AC", "OA CEDL ET DT", "L")
t("""Police log: Concern for welfare call at 14 Cedar Ave. Elderly female fallen at home. Ambulance attended. No further police action.""")
t("""Salvation Army first contact note: "Client stated that a man she met online in Romania said he loved her and paid her ticket to London. He then said she must work in a massage parlour to pay back 'what she cost'. He took her phone and she was not given the address of where she lived. He hit her when she cried. She escaped when a client called police." Referred to safe house.""",
  "DEC DB ISO PSV", "IS", "S")
t("""public report from website: im a delivery driver i deliver to a house in Ilford theres always a different woman opening the door in underwear and a man behind her who takes the parcel. i think its a brothel""",
  "", "", "S")
t("""MSEH: caller (Polish, 58) worked 10 years in a UK bakery. Now disabled after a stroke. Rang to ask about benefits. No exploitation.""")
t("""Intel log: 2/B/C (not to be shared with LA before arrest phase). Nom KHAN, Imran and associates believed to be exploiting 3 girls aged 14-15 from a children's home in Oldham, collecting them in cars at night, supplying alcohol and cannabis, taking them to flats where they are passed to other men.""",
  "AV", "", "S", "i")
t("""Caller (British, 34) has been working for a roofer who "lets him stay in the caravan" on the yard. Roofer took his bank card and gives him £20 on Fridays. He works every day from first light. He was told he owes the roofer £1,800 for "board and tools". He's had a head injury before and struggles with money. He rang from his sister's house and is not going back.""",
  "AV WW DB EO", "SAW NCW LH", "L")
t("""Helpline call: a woman wanting information on how to sponsor her husband's visa. Advised.""")
t("""Law centre note: client (Moroccan, 32) says he worked on a farm in Herefordshire on a seasonal worker visa. The farm paid him correctly, but housing was in old caravans with mould and a broken shower. He complained and the farm moved him to a better caravan. He now wants to know about staying longer.""",
  "", "PLC")
t("""MSEH call: "Caller (Albanian male, 19, came as unaccompanied child aged 16) reports that men he owes for the journey have put him to work at a hand car wash in Derby and in a cannabis house. He sleeps at the car wash. He is paid nothing as the money goes on the debt. They have shown him a video of a boy being beaten who ran away." Caller wants help but fears deportation.""",
  "AV DB WW IT AC", "SAW FOA", "L C")
t("""church volunteer: woman asked for help with school uniform vouchers. Husband works nights in a factory. Family ok.""")
t("""GP note (concerns): Pt M 35 Bulgarian, registered via a "friend" who brought 9 other men the same week, all giving the same address and the same mobile number as contact. Pt has lost weight and has untreated injury to foot from work boots. Friend answered all questions. Safeguarding advice sought.""",
  "", "SFW PA", "L")
t("""Salvation Army: Client (Thai, 41) says she came on a visitor visa to work in a Thai restaurant in Edinburgh; the owner pays £3 an hour, keeps her passport, and she sleeps in the dry store. She works 12-hour days 7 days a week. Owner says she must not talk to customers.""",
  "RD EO AC ISO", "DT SAW LH IS", "L")
t("""Helpline: caller says his brother (Sudanese, 25) donated a kidney in Egypt 2 years ago in exchange for money that was never paid. Brother is now in the UK and unwell. Caller wants medical help for him.""",
  "DEC WW", "", "O")
t("""Police log: theft from a shop, two females, stole perfume. Known local shoplifters. Arrested. No signs of control by others.""")
t("""INT 3/C/P: Untested source states a man called "Sasha" is bringing Lithuanian men to work on building sites in Luton. Men pay him £80 a week from wages for a bed in a house on Dunstable Rd, and he drives them to sites. Source does not know of any force or threats.""",
  "", "CT ET")
t("""Citizens Advice: client is a sex worker who works independently from her own flat. She wants advice on a landlord trying to evict her. No one controls her or takes her money. Advice on eviction.""")
t("""MSEH: caller (social worker) reports a care leaver, 18, with a learning disability, who has been moved into a man's flat and "is working at his friend's takeaway". Care leaver says he doesn't get money because "Dave looks after it". Dave also collects his UC.""",
  "AV WW", "NCW", "L")
t("""101 call summary: female caller states her ex-partner has been posting adverts offering her for sex online without consent. She is not selling sex. Harassment/image offence. Referred to DA unit.""")
t("""Salvation Army: a woman (Vietnamese, 30s) walked into the Newcastle office with a paper with the office address written on it. She said through phone interpreter that she had been working in a nail bar, living in the owner's house, could not leave without the owner's son, and was told she owed £25,000 to the "snakehead". She does not know the town she was in.""",
  "RM DB ISO", "RMS ET IS", "L")
t("""outreach worker: guy at the soup run asked if I knew any jobs, he works zero hours at a warehouse but not enough shifts. no concerns""")
t("""Helpline: caller (Ghanaian, 24) says she was recruited online for a football academy trial in England, paid £2,500 to an agent. On arrival there was no academy; agent said she must work in his "cousin's" cleaning company to pay for the hotel. She cleans offices nights and sees none of the pay.""",
  "DEC DB WW", "UF NCW", "L")
t("""Caller rang to say she got a text saying she had won a prize and needed to pay a fee. Scam. Advised to report to Action Fraud.""")
t("""Victim statement extract: "The boss said I could phone my mother once a month on his phone, with him listening. I didn't know what city I was in until the police told me. Every week he said I made mistakes and took money for them. The last month I got nothing." (Lithuanian male, 43, worked at a chicken farm.)""",
  "ISO WW", "IS", "L")
t("""MSEH: anonymous caller says her neighbour (an older white British man) has "a young foreign girl, maybe 16" living with him who does all his housework and is never out alone; he says she is his wife.""",
  "AV RM", "RMS", "D S", "h")
t("""Law centre: client is an au pair from Spain, 21. Host family pays £90/week, she works 25 hours, has her own room and weekends off. She wants to know if she is entitled to the minimum wage. Advised on au pair status.""")
t("""Salvation Army first contact: man (Indian, 38) says he paid an agent in Punjab £8,000 for a job as a chef in Southall. The restaurant gave him a bed in the basement with 5 others, pays £100 a month, and the agent says he still owes £6,000. He works 14 hours a day. He cannot go back because he mortgaged his family's land for the fee.""",
  "DEC DB WW EO AC AV", "UF OA SAW LH", "L")
t("""Police handover: IP (Albanian, 24) located at a cannabis grow in Bolton. IP was sleeping on a mattress in the grow room, windows boarded, electricity bypassed. IP states he came to UK to pay off his father's debt to a man in Tirana. No phone found on him. IP not co-operative, asked to be deported.""",
  "AV DB AC ISO", "SAW PLC IS", "C")
t("""Helpline: caller (Pakistani, 29) wants to know if he can change sponsors; his current restaurant employer treats him fine but the hours are less than promised. Advised on visa conditions.""")
t("""Caller from a Romanian community group: 4 women came to their office saying a man had brought them to work in a sandwich factory, promised £9.50/hr, but he opens their pay and gives them £100 each per week, saying the rest pays for the house. They can come and go. They want their money.""",
  "DEC WW", "NCW", "L")
t("""MSEH note: Caller is a worried mother. Daughter (19) has a new "boyfriend" 15 years older who bought her a phone and is posting pictures of her on OnlyFans which she says she doesn't want. He keeps the money and has threatened to share videos with her family if she stops.""",
  "WW IT", "NCW", "S")
t("""hi my name is Bogdan i need help. i work on farm, the man say we have to pay 300 pounds for work place and 20 every day for car. we sleep in the barn. when I want to go he say no money for you if you go. he have my ID. sorry for my english""",
  "DB AC RD WW IT", "UF CT SAW DT", "L")
t("""Citizens Advice: client (Portuguese, 50) rents a room in a house with 5 others. Landlord is not her employer. She wants help with the deposit. No exploitation.""")
t("""A&E note: F, about 17, Eritrean. Attended alone with abdominal pain. Discloses she lives with a family in Croydon and looks after their 4 children and the house; she is not paid, does not go to school, and "the father comes to my room at night". Police and children's social care called; pt not to be discharged to family.""",
  "AV WW PSV", "", "D S", "i")
t("""Helpline: caller (Brazilian, 30) cleaner for a company, complained her agency doesn't give payslips. She is paid into her own account. Referred to ACAS.""")
t("""Salvation Army caseworker note: Mr P (Polish, 61, alcohol dependent) found living in a shed at the back of a house in Peterborough by a neighbour. He says the family who own the house took him in from the street 6 years ago. He does their garden, cleans, and works on their building jobs. They collect his pension and give him tobacco and cider. He has no ID; they say it's "in the loft".""",
  "AV WW RD AC", "NCW PLC SAW DT", "L D")
t("""101: Female caller reports her son's bike stolen from the school. Crime number issued.""")
t("""Helpline call (Punjabi interpreter): Caller (64) was brought to the UK by her son and daughter-in-law to look after their children. She is not allowed to leave the house alone, has no phone, and her son keeps her passport. Daughter-in-law shouts and has slapped her. She cooks and cleans all day.""",
  "RM ISO RD PSV", "RMS IS DT", "D")
t("""Public report: my mates son (15) has been stopped by police 3 times in Exeter but he lives in Bristol. he says he's visiting friends but he's got a phone that never stops ringing. mum thinks he's caught up in county lines. his face was cut last week""",
  "AV PSV", "PA", "C", "h")
t("""Law centre note: client, a chef on a skilled worker visa, says his employer made him pay back the Immigration Skills Charge (£1,000) from his wages. He otherwise works normal hours and has his own passport. Advised this is not allowed and on complaint options.""",
  "", "UF")
t("""MSEH: caller is a mechanic (British) who says a guy brought in a car with a girl in the back who looked about 14 and had no shoes, the guy said she was his daughter but she called him by his first name and looked terrified. They drove off 10 minutes ago towards Southend. VRM noted.""",
  "AV", "PA", "", "i")
t("""Citizens Advice note: client (Nepali, 36), security guard, works 60 hours a week by choice to save money. Paid for all hours. No concerns.""")
t("""Salvation Army: caller (Eritrean male, 22) says the "brother" who met him in London got him a job in a car wash and a bed. The brother takes half his wages as "rent" and keeps the rest in a "savings box" which the caller has never seen opened. He works 8-8 every day.""",
  "WW EO", "NCW LH", "L")
t("""INT 1/A/P: Officer observation. 6 Vietnamese males seen entering 3 Ash Grove at 2300 carrying bags of compost, front windows covered in foil, strong smell of cannabis. One male seen at upstairs window for 40 mins, appeared unable to open window.""",
  "", "", "C")
t("""Helpline: caller (Slovak, 33) wanted to report that his former employer (a construction firm) did not pay holiday pay when he left. He lives in his own flat and found work elsewhere. Advice given.""")
t("""Outreach team: woman (British, 28, heroin dependency) sleeping in a doorway says her "boyfriend" gets her to sell sex in the red light area every night and takes the money for gear; he broke her wrist last month. She doesn't want police.""",
  "AV WW PSV", "NCW PA", "S")
t("""Caller was told by an employment agency that she had to pay £150 for a "registration pack" before she could get work. She has not paid. Advised that this is unlawful.""",
  "", "UF")
t("""MSEH: Caller (nurse, Filipino, 34). Recruited by an agency to a care home in Kent. She signed a contract that says she must pay £10,000 if she leaves within 3 years. She works 60-hour weeks. The owner calls her names and told her she'll be reported to the Home Office if she joins a union.""",
  "DB EO IT AV", "LH FOA", "L")
t("""Police log: neighbour dispute about a hedge, raised voices. Words of advice.""")
t("""Salvation Army note: woman (Chinese, 40s) brought by another massage worker. Says she was told in Fujian she'd work in a restaurant. Brought via Paris on a false passport which the man took on arrival. Has worked in "massage" flats in 6 towns, moved every week, always driven by the same man. Has to give him £800 a week; if she does not make it, she owes it. She sleeps at the flats.""",
  "DEC RD DB WW", "DT ET SAW", "S")
t("""Citizens Advice: client (British, 25) on zero hours, employer cuts hours if she says no to shifts. Wants advice. Employment issue only.""")
t("""Helpline: caller (Romanian) says his cousin (21) went to work in Northern Ireland on a mushroom farm. Cousin phoned crying saying they work from 5am to 10pm, sleep 8 in a mobile home, and the foreman has said anyone who leaves will have their legs broken.""",
  "EO AC IT", "LH OA", "L")
t("""Probation: PoP disclosed that when he was in prison another inmate told him that on release he'd have to "work off" the drugs debt by holding a gun and drugs at his flat. PoP has been contacted by the same group since release and told they know where his mum lives.""",
  "DB IT", "", "C")
t("""church volunteer: a family from Hong Kong joined the church, dad works in IT, kids in school, just wanted help with council tax forms. lovely people""")
t("""MSEH: call from a hotel night manager. A man booked 2 rooms for "his nieces", girls about 15, and a stream of men have been going up. Girls were seen crying in the corridor. Manager still at hotel, men still arriving.""",
  "AV", "", "S", "i")
t("""Salvation Army first contact. P (Sudanese, 26) was smuggled through Libya where he was forced to work in a quarry without pay and beaten. In UK, no exploitation. Referred NRM for overseas exploitation with consent.""",
  "WW PSV", "PA", "L")
t("""Citizens Advice: client is a kidney dialysis patient on the transplant waiting list asking about benefits while waiting. No concerns.""")
t("""Intel log 2/C/P: Report that Chinese national YANG Wei is running "VIP" escort adverts and moving women between flats in Nottingham, Derby and Leicester. Women believed to be on visitor visas, under the impression they'd work in beauty salons.""",
  "DEC", "", "S")
t("""Helpline webchat (translated from Polish): My husband and I work in a factory. The agency man collects us at 5am. When we came he said accommodation included but now we pay £120 each per week for a room with 3 other couples. He also took £200 each for "registration". We get payslips, our money comes to our accounts. But the house is dirty and there is one toilet for 10.""",
  "AC", "CEDL ET UF OA PLC", "L")
t("""MSEH: caller works as a dishwasher in a restaurant, the owner is nice but he is worried because he has no visa. Not exploited. Referred for immigration advice.""")
t("""Safeguarding referral (adult social care): Mr D (55) with learning disability. A family in the village have him doing farm labour for "pocket money" of £10 a week, he sleeps in the stable block, and they have his bank card and take his PIP. He says he's happy there and they are his friends.""",
  "AV WW AC", "NCW SAW PLC", "L")
t("""Public report: there's a man always standing over the girls in the car wash by the Aldi. he shouts at them and one time he slapped one. they work even in the snow in trainers""",
  "PSV AC", "", "L")
t("""Helpline: caller asking about free legal advice for a custody case. Redirected.""")
t("""Salvation Army: "Client reports that her 'manager' in the UK arranged a sham marriage with a Portuguese man so he could get residency. She was paid nothing and after the wedding was told she must continue living with the man and 'be his wife'. He rapes her and she is not allowed to leave the flat without him.""",
  "DEC PSV RM", "RMS", "S", "h")
t("""Law centre: client (Bangladeshi, 30) worked in a takeaway; owner withheld his last 3 months' wages, refused to return his passport, and told him that if he went to the law centre he'd be reported to immigration. Client now staying with a friend.""",
  "WW RD IT", "DT FOA", "L")
t("""Helpline: Caller's daughter has been offered a job as a nanny in Dubai through an online agency. Caller worried it's trafficking. No one yet in a situation. Advised on checks.""")
t("""INT 2/B/P: Bank financial intelligence: 14 personal accounts opened in the last 2 months at the same branch by Romanian nationals giving the same address (45 Hall St). Cash withdrawals from all accounts made at one ATM within 20 minutes each Friday by the same male, seen on CCTV.""",
  "", "MBC NCW", "L")
t("""MSEH: caller is a builder, says one of the Romanian lads on site told him he hasn't eaten properly for days, the gang boss takes their money and feeds them once a day, and they sleep in the unfinished house. Lad has a wound on his hand from a nail gun, no first aid.""",
  "WW AC", "PA SAW PLC NCW", "L")
t("""Helpline: caller (British, 40) thinks her neighbour's new lodger might be trafficked because he "keeps himself to himself". She then said he drives his own car to work and goes to the gym. No indicators. Reassured.""")
# ---- part 3 ----
t("""MSEH call record, 14:20. Caller: Mrs Hughes, retired, volunteers at the food bank attached to St Luke's.

She is ringing about two people she met this week. The first is Marta, Polish, 40s, who comes in most Fridays. Marta works at a laundry, has her own flat, and this week said her hours were cut. Mrs Hughes says Marta is fine, just short of money.

The second is a young man who came in with Marta's neighbour. He gave his name as Florin, Romanian, maybe 20. He told Mrs Hughes he works on a building site for a man called Costel who picks him up at 6 and brings him back after 9. He said Costel "keeps the wages for the debt" — £1,500 for the bus from Romania and his room — and gives him £20 on Sundays. Florin sleeps in a house with 11 other men, mattresses in the living room. He had no coat and a plastic bag with his things. When Mrs Hughes offered to ring someone he got frightened and said Costel knows his mother's village.

Caller does not know Florin's address. Advised to pass our number to him; duty to notify discussed.""",
  "DB WW AC IT", "CEDL ET OA FPE NCW", "L")
t("""Helpline: wrong number, caller wanted the council.""")
t("""He took my phone the first day.""",
  "ISO", "IS")
t("""Citizens Advice: client said her boss "holds back" a week's wages when you start — a week in hand. She gets it when she leaves. Otherwise paid weekly into her account. Advised this is lawful if agreed.""")
t("""Law centre note. Client: Ms R (Filipina, 44). Came to London in 2019 with her employer, a Qatari family, on an overseas domestic worker visa.

In London the family lived in a house in Knightsbridge. Client says she worked from 6am until 1 or 2am, cooking, cleaning and looking after three children. She had no day off in 2 years. She slept on the floor of the children's room. Her salary ($400 a month) was paid to her family in the Philippines "sometimes", and she received nothing in hand. Madam kept her passport in a locked drawer. She was not allowed to go out except with the driver, and was not allowed a phone; she used the children's iPad in secret to contact a Filipino church group.

She left one Sunday when the family were at a wedding, with the help of the church group. She is now staying with a friend. She is afraid the family will report her to the Home Office. NRM referral with consent; Kalayaan informed.""",
  "EO WW RD RM ISO AC", "LH SAW NCW DT RMS ET IS FOA", "D")
t("""Food bank: man (Sudanese, 23) asked for a food parcel. Lives in asylum hotel. No work. No concerns.""")
t("""txt from public: 2 boys about 13 selling weed in the park every day after school, big man in a BMW gives them the bags, one had a black eye""",
  "AV PSV", "PA", "C", "i")
t("""Salvation Army first contact (phone, Vietnamese interpreter). Client says she is 23. She was told in Vietnam she would work in a factory in the UK. She came by lorry. In England she was taken to a house where she cooked and cleaned for a family and looked after their baby. After 3 months they sent her to a nail bar in the day and she still did the house at night. She got no money. "The lady said my family owed 30,000 dollars". She has a scar on her arm from when the lady burned her with an iron.""",
  "DEC DB WW EO PSV", "PA LH", "D L")
t("""Caller (HR manager, logistics firm) wants guidance on modern slavery statement for their website. Referred to Home Office guidance on s54.""")
t("""MSEH: caller says that at the Indian restaurant where he works, the owner makes the new boys from Bangladesh sleep in the storeroom on rice sacks and work from 10am to 2am. They are not allowed out on their own because "the area is dangerous".""",
  "AC EO RM", "SAW PLC LH RMS", "L")
t("""Helpline: caller thought her Romanian cleaner might be trafficked because she has no car and is dropped off by her husband. Cleaner set her own rates, is paid directly, has a phone and has worked for the caller 5 years. No concerns.""")
t("""Intel log, 2/B/P. Information suggests organised group (nom MUCA, BALLA) arranging travel for Albanian men to UK by small boat in return for agreement to tend cannabis grows. Men told debt of £15-20k payable by working 1 year. Group reportedly beats those who try to leave grows.""",
  "DB PSV", "", "C")
t("""Caller (woman, Eritrean) said she was married in Sudan and her husband brought her to UK. She wants to divorce him because he is cruel, but she works, has her own money and papers. DA referral offered.""")
t("""GP concern: 20-year-old Romanian woman attends with a man who says he is her "manager". She has bruises on both upper arms in a grip pattern, looks exhausted, and when he stepped out she asked "can you help me get my passport back".""",
  "PSV RD", "SFW PA DT", "", "h")
t("""church warden note: man living in the church porch, says he's from Latvia, worked on a farm for a gangmaster who stopped paying him after 3 weeks and threw him out of the caravan. lost everything. shaking with cold. he thinks the gangmaster has his passport still""",
  "WW RD", "DT FPE PA", "L")
t("""Citizens Advice note: Student (Nigerian, 22) complains her part-time employer at a care agency makes her work 25 hours a week, over her 20-hour visa limit, and threatens to sack her if she refuses. She is paid for all hours.""",
  "AV IT", "", "L")
t("""MSEH: A man has rung from a phone box in Boston, Lincs, says his name is Andrius. He says he is locked out at night in a barn with other workers and locked IN during the day at the packhouse until the van comes. Boss says nobody leaves until the debt for the flight is paid. He is scared tonight because the boss said whoever called police will "disappear".""",
  "RM DB IT", "RMS SAW ET", "L", "i")
t("""Outreach: Slovak family begging with children outside Lidl. On speaking with mum she explained they came from Kosice to find work, live in a rented room, she begs when she can't get cleaning work. The children attend school most days. No third party control observed. Referred to children's services re housing.""")
t("""Victim debrief (excerpt), interviewer's summary: V1 states he was recruited on Facebook by a Lithuanian man offering "good money on farms, free house". In the UK the man drove him and 7 others to a farm each morning at 4.30. The man held all their bank cards, saying he would "pay their bills". Each week they received £20 to £40 in cash. V1 was told that if he spoke to the farm managers he would be "taken to the forest". V1 eventually borrowed a farm worker's phone and called his sister, who contacted police in Lithuania.""",
  "DEC WW IT ISO", "CEDL ET MBC NCW IS", "L")
t("""Helpline: caller asked if her employer could make her wear a uniform. Yes. No issue.""")
t("""Salvation Army first contact: man (Kurdish, 19) says the barber shop owner who gave him a job "so he could send money home" now says he owes £3,000 because the owner paid for his lawyer. He's paid £50 a week. He cuts hair 9am to 10pm. He sleeps on the shop floor.""",
  "DB WW EO AC", "SAW LH", "L")
t("""Caller (British, 19) says a man on Instagram offered him £500 to let money pass through his bank account. He said no. Advised to report to Action Fraud.""")
t("""MSEH: caller (Chinese, 37) says she answered an advert for a cook in a Chinese restaurant in Glasgow. When she arrived she was told there was no cook job and she would work in a "health centre", which turned out to be a massage parlour with sex. She refused, was slapped and told she owed £6,000 for travel. She did it for 2 months.""",
  "DEC PSV DB", "", "S")
t("""101 log: theft of diesel from a farm. Suspects unknown.""")
t("""Public report: THERE IS A HOUSE ON GROVE ROAD WITH LIKE 15 FOREIGN MEN, THE MINIBUS COMES 5AM, THEY COME BACK 10 AT NIGHT, THE RUBBISH IS PILED UP AND ONE OF THEM WAS BEGGING FOR FOOD AT MY DOOR. THE MAN WHO OWNS IT DRIVES A RANGE ROVER""",
  "AC", "OA CEDL ET PLC PA", "L")
t("""Citizens Advice note. Client (Indian, 24), student, works in a cafe. Employer paid late once because the bank was down, paid the next day. Client worried. Reassured.""")
t("""Helpline: caller is a social worker for a 16-year-old Afghan boy in foster care. Boy disclosed that in Iran he was made to work in a brick factory for 2 years to pay the smuggler, beaten when he was slow. No current exploitation in the UK.""",
  "AV DB PSV", "", "L", "h")
t("""Law centre intake: Ms T, Thai, 28, came as a spouse. Husband (British) now forces her to have sex with his friends for money and keeps her passport and visa letter. He says he'll cancel her visa and she'll be sent back to shame her family.""",
  "PSV RD IT AV WW", "DT FOA", "S")
t("""Salvation Army: client says he was promised a job by his pastor in Lagos, worked 2 years in the pastor's brother's house in Manchester cleaning and cooking without pay, sleeping in the boiler cupboard. He could go to church but always with the family.""",
  "DEC WW AC RM", "SAW PLC RMS ET", "D")
t("""Caller worried her 17-year-old son is working too many hours at McDonald's. He's paid properly, contract in place. No concerns.""")
t("""INT 2/C/C (do not disclose to partner agencies pending warrant). Nom DOGAN Ali, car wash at Unit 4 Canal St. Info suggests 5 Kurdish workers living in a portacabin on site, no heating, paid £30/day, work 7 days. DOGAN heard telling a worker "you leave, your brother in Turkey pays".""",
  "AC EO IT", "SAW PLC LH", "L")
t("""Helpline: caller (Pakistani, 45) says his cousin in Karachi has been offered £10,000 by a man in Birmingham to come to UK and "donate" a kidney to the man's father. Cousin is very poor. Caller worried. Passed to NCA.""",
  "AV", "", "O")
t("""Outreach: Chris (British, 45, homeless 3 years) says a man used to pay him in spice to stand at the cashpoint and hold his cards. Chris doesn't see the man anymore. Chris no longer involved; no current control.""",
  "AV", "", "C")
t("""Citizens Advice: client (Romanian, 29) works at a car wash, owner pays £60 per day cash, 8 hours, she rents her own room. She wants to know about tax and NI. No concerns.""")
t("""MSEH: a man rang from a police station front counter. He is from Guinea, 31. He says he was brought by a woman from France to "work in a shop" but was made to carry packages of drugs on trains and hand them to people. He was given nothing. She said his family in Conakry would be harmed if he stopped. He wants to go home.""",
  "DEC WW IT", "", "C")
t("""Helpline call: a woman in her 30s called, very confused, says she is in a house, she doesn't know the town, she's from Lithuania, the man took her phone and she's using one she found in a drawer. The door is locked. She thinks she's in the north. Call traced, police attended.""",
  "ISO RM", "IS RMS", "", "i")
t("""Caller (British, 52) lost his job at a factory because of a machine accident that crushed his foot. Employer had proper safety procedures; HSE investigating. Wants benefits advice.""")
t("""Victim statement (witness): "My name is Hassan. I am 16. When I came to Birmingham the man gave me a phone and told me to go to Worcester with bags. I sleep at a house with a lady who is sick from drugs. If I lose money he hits me with a belt. He says I owe him for the phone and the train.\"""",
  "AV PSV DB", "", "C", "h")
t("""church volunteer email: One of our women said her landlord lets her off rent if she has sex with him. She feels she has no choice, she's on Universal Credit and can't afford to move.""",
  "AV PSV", "", "S")
t("""Salvation Army first contact: P (Nigerian, 31). Paid an agent £4,500 for a sponsored care job. On arrival the care company said there was no work yet and she must pay £500 for "DBS and training". There is still no work after 4 months. She has no money and is living with a friend. She is not controlled by anyone.""",
  "DEC", "UF")
t("""Helpline: caller's elderly father was "given" a domestic worker by relatives in India who lives with him and does all the work; caller says the woman gets nothing, cannot speak English, has never left the house in 3 years, and her passport is with the father.""",
  "WW RM RD AV", "RMS DT", "D")
t("""101: man reports neighbour running a business from a garage, lots of cars. Officers visited, legit repair business. No offences.""")
t("""Caller (Vietnamese, 20) says she is working in a nail bar. Owner is her cousin. She gets £200 a week which she sends home; she sleeps in the cousin's flat. She is free to go. She wants English classes. No concerns.""")
t("""INT: 1/B/P Cuckooing. Address 6 Fell View, occupant LEWIS Sandra (48, learning disability). Nominals from Liverpool line "JAY" using flat to deal; LEWIS locked in bedroom during deals per neighbour, has bruising per carer.""",
  "AV RM PSV", "RMS PA", "C", "i")
t("""Citizens Advice: client was asked by employer to sign a 48-hour opt out. He did voluntarily. No concern.""")
t("""Helpline, caller (Sudanese, 29): "In Cairo the men said they would take me to Europe for free if I gave a kidney. They took me to a clinic, I woke up with a cut, they gave me 500 dollars and not the 10,000 they promised. Then they put me on the boat." Now in asylum accommodation in Leeds.""",
  "DEC AV WW", "", "O")
t("""Outreach: Bulgarian man sleeping in a car with his wife, both work in a packhouse via an agency, pay ok, lost their room when landlord sold. Housing referral.""")
t("""MSEH: caller (Romanian, 23) says the man who brought her to work in a Leicester garment factory keeps her bank card and pin, gives her £10 a day for food, and she works from 8am to 10pm. She is not locked in but the man "watches us all the time" and she can't go anywhere because she doesn't know the city and doesn't speak English.""",
  "WW EO ISO AV", "NCW LH IS", "L")
t("""Food bank note: Jade (British, 22) with baby. Her ex used to control her money. She's away from him now, in a refuge. Needs food. No exploitation.""")
t("""Salvation Army: client (Polish, 36) says at the recycling plant the agency took £30 for a hi-vis, £45 for boots and £10 a week for gloves out of his pay. He was also charged £15 a day to go in the agency minibus. He says with the rent for the agency house there was almost nothing left — "some weeks £12".""",
  "WW", "PPE CT NCW", "L")
t("""Helpline: caller wanted to know what the number for Crimestoppers is. Given.""")
t("""Local authority safeguarding referral. Child S (15, Albanian, UASC) went missing from his placement for 4 days. Returned with £400 and a new phone. Says he was "doing a job for a friend" in a house in Kent. He has new burn marks on his hands. Placement reports adult males waiting in cars outside.""",
  "AV", "PA", "C", "h")
t("""Caller is a doctor asking for resources for training staff on spotting the signs. Sent.""")
t("""Witness statement extract (farm worker, British): "The Romanians lived in the two caravans behind the packing shed. They started before me and were still going when I left. The foreman, a Romanian bloke called Vlad, did all the talking for them. Once I asked one of them, Mihai, where his pay went and he looked at Vlad and said 'for the house'. I never saw any of them leave the farm except in Vlad's van.\"""",
  "WW RM EO", "SFW LH ET NCW RMS", "L")
t("""Helpline: caller (Indian, 35) is a software engineer on a visa, says his employer makes him work weekends without extra pay. Paid salary into his own account; free to leave though visa tied. Advised on employment rights.""")
t("""Police intel: CSE. 3/C/P. Girls from a residential children's home in Telford seen getting into a black Audi, driver known as "Baz". One girl (14) has told staff Baz gives her vodka and she "has to be nice to his mates".""",
  "AV", "", "S", "h")
t("""MSEH: anon caller says a man called Rami at a kebab shop holds the passports of the 3 young Syrian lads who work there, and they sleep on the kitchen floor after closing.""",
  "RD AC", "DT SAW", "L")
t("""Citizens Advice note: client (Nigerian, 34) says that he paid a consultant £2,000 to help with his visa application. Visa refused. Client wants refund. Consumer advice given.""")
t("""Salvation Army note: Woman (Ethiopian, 30) says she worked as a housemaid in Saudi Arabia before coming to the UK with her employers on a visit. In London the employers locked her in the flat when they went out and she had no key. She was hit by the employer's wife. She escaped when a neighbour heard her calling from the window.""",
  "RM PSV", "RMS", "D", "h")
t("""Helpline: caller rang to say thank you for the help last month. No new concerns.""")
t("""Caller (Lithuanian, 27) working in a potato factory says his agency keeps him on site 16 hours a day in peak season, no days off for 6 weeks. He says he's paid for all hours into his own account and can leave; he just wants to know his rights.""",
  "EO", "LH", "L")
t("""Intel log, 2/B/C (condition: not to be disclosed outside organised crime unit). Information received that nom AHMED Bilal is supplying "wives" to men in exchange for payments. Recent case: Pakistani female (19) married to a British man in Bradford; female since kept in the house and not permitted to contact her family.""",
  "RM ISO", "RMS IS", "D")
t("""Public report text via website: "I work at a hotel on reception there was a man brought a girl in she looked about 16 he said she was his niece he paid cash for 4 nights, she hasn't been out of the room, lots of men have gone to the room" - reported 3am""",
  "AV", "", "S", "i")
t("""Helpline note: caller is a young man (Vietnamese, 18), who says he was taken to a restaurant kitchen in Birmingham and told he must work there until his journey debt of £18,000 is repaid. Works 7 days, 14 hours. Sleeps in the restaurant. Has no phone. Doesn't know the address.""",
  "DB EO AC ISO AV", "LH SAW IS", "L")
t("""Caller (British) asking whether her Ukrainian guest can work. Yes, advised.""")
t("""Citizens Advice: client works at a nail bar, owner deducts £20 a week for "product", client agreed to it in contract. She is paid otherwise and lives with her partner. Advised on unlawful deductions.""")
t("""Safeguarding referral (school nurse): Girl (12, Roma) told me she doesn't come to school on Mondays because she goes with her aunt to the city centre to "ask people for money" and the aunt takes it. Aunt smacks her if she doesn't get enough.""",
  "AV PSV WW", "NCW", "C", "h")
t("""MSEH: caller (Pakistani male, 28) says his sponsor (restaurant owner) pays him £1,900 on paper but makes him withdraw £1,200 in cash and hand it back each month. He works 70 hours a week. Owner says if he complains he'll lose his visa.""",
  "WW EO IT AV", "LH NCW FOA", "L")
t("""Homeless outreach: man said he'd been offered work on a farm by a man at the day centre but didn't take it. No further info.""")
t("""Helpline: caller (nurse) says a kidney patient from abroad, newly arrived, had a transplant done privately in another country and seemed unclear where the kidney came from, said "we paid a man". Concerns donor may have been exploited.""",
  "", "", "O")
t("""Salvation Army first contact note. "P, female, Albanian, 20. Was groomed by boyfriend in Albania, came to UK by lorry. In UK she was moved between flats in London and Kent and made to sell sex. Boyfriend and his cousin slept in the next room, she was never alone. Says boyfriend has a video of her and will send it to her brothers. Escaped when she was taken to hospital with an infection.\"""",
  "DEC RM IT", "RMS", "S")
t("""Police log: RTC on the A12, two vehicles, minor injuries.""")
t("""Helpline webchat: my mum is 68 she lives with my brother, he takes her pension every month and she has to ask him for money. she is not allowed out to see us. we're worried""",
  "RM", "NCW RMS")
t("""MSEH: man (Polish, 47) says he was told he'd be a forklift driver, but was put to work sorting rubbish at a waste site. He lived on site in a portakabin, worked 6 to 6 with no day off. The boss deducted fines for "mistakes" so his pay for a month was £60.""",
  "DEC AC EO WW", "SAW LH", "L")
t("""Citizens Advice: client asked whether her au pair host can read her text messages. No, host isn't doing so; she was curious after a friend's bad experience. No issue.""")
t("""Caller (Latvian, 33) says he pays his landlord, who also runs the cleaning crew, £100 a week for a bed in a room with 4 others. He also pays £10 a day for transport. But he has his own card, gets his pay, and can leave. He wants to know if that's legal.""",
  "AC", "OA CT", "L")
t("""Probation officer note: PoP reports that while serving she was approached by another prisoner to "look after" a flat used for sex work on release. She refused. No current exploitation.""")
t("""MSEH record: caller is a cleaner in a London office block, Bolivian, 40. Her supervisor takes her wages from a card he holds and gives her £150 of £900. She works 2 shifts, 5am to 10am and 6pm to midnight, plus weekends at his house unpaid.""",
  "WW EO", "NCW LH", "L D")
t("""Helpline: Caller's son (17, autistic) is being asked by "friends" to hold onto packages and a phone. He told his mum they'll "sort him out" if he says no. Mum found £2,000 cash under his bed.""",
  "AV IT", "", "C", "h")
t("""Salvation Army: woman (Polish, 55) came to UK for a fruit-picking job promised by a friend; the farm was real and paid properly. The friend however charged her £600 for "arranging" which she paid. She now works elsewhere.""",
  "", "UF")
t("""Victim account (translated from Tigrinya): "In the house in Leicester I did everything for the family. I was not allowed to eat with them. I ate what was left. The man touched me and said if I told his wife he would throw me to the street. I had no money, no phone, no English. I did not know which street the house was on.\"""",
  "PSV IT ISO AC", "IS", "D")
t("""Citizens Advice: client (Sri Lankan, 50) runs his own shop, wants advice about employing his nephew legally. Advice given.""")
t("""Outreach worker note: Roma woman with baby begging at the station. A man watched her from the car park and collected money from her every hour. When approached she said "I cannot talk, he will be angry".""",
  "WW IT", "NCW", "C")
t("""INT 2/A/P: Source who lives at the address states nom SINGH Gurpreet provides workers to a Southall food factory. SINGH holds the workers' passports and has told them any who go to the police will be sent back to India "in pieces".""",
  "RD IT", "DT FOA", "L")
t("""Helpline: caller asking about NRM support. She is a survivor already in support, wants to know about moving-on. Advised.""")
t("""MSEH: a young woman (Romanian, 19) rang from a Liverpool hostel. She had come with a man who said he'd get her a cleaning job. He put her in a flat and made adverts of her on a website. She had to see 10 men a day. He was violent. She got away yesterday. He still has her ID card.""",
  "DEC PSV RD", "DT", "S")
t("""Caller (British, 38) wanted to talk about stress at work. He works long hours in finance. Signposted to Samaritans.""")
t("""A&E note: M, 30s, Romanian. Cut to head, says he fell at work on a building site. Brought by a man who said he was the foreman and who took the discharge papers. Pt has no GP, no ID, said the foreman had it. Pt said "I must go back to work today".""",
  "RD", "PA SFW DT", "L")
t("""Helpline: caller's nanny friend (Indonesian) is paid in cash by a family in Hampstead but the family keeps back half "until the end of contract" which is 2 years away. She lives in, works 7am-10pm.""",
  "WW EO", "LH", "D")
t("""Citizens Advice: client (Ghanaian) lost her BRP card and needs a replacement. Advised on process.""")
t("""Salvation Army first-contact form. Referrer: food bank. Adult male, Vietnamese, 26, said he was brought to the UK to work in a nail bar for "a family friend" who paid the £12,000 journey. Friend takes 70% of his wages toward the debt; he has paid £4,000 so far but the friend says he still owes £11,000. He lives above the salon with 5 others.""",
  "DB WW AC", "OA SAW NCW", "L")
t("""Caller (British, 44) asked for advice about his neighbour's dog barking. Redirected.""")
t("""MSEH: anonymous: a girl in my class (she's 15) has loads of money and an older boyfriend who picks her up, she said he makes her do stuff with his friends in a flat and films it.""",
  "AV PSV", "", "S", "h")
t("""Helpline: man asked whether being paid in cash is illegal. Employer gives payslip and pays NI. Fine.""")
t("""Outreach: sex worker (British, 33) working independently says she feels safe and doesn't want support, just condoms. No controller. Noted.""")
t("""101 call: caller reports 4 young men hanging about outside the shop asking people for change. Kids, local. Moved on. Nothing further.""")
t("""Salvation Army: Client (Indian, 41) is a Sikh gurdwara volunteer who was brought over by a man saying there was paid work at the gurdwara. Instead he was placed on construction sites by the man, unpaid, told his visa would be arranged "soon", and made to live in a garage with 8 others.""",
  "DEC WW AC", "OA PLC", "L")
t("""Law centre: client's employer (a hotel) refuses to pay overtime at a higher rate. Contract does not provide for it. No exploitation.""")
t("""Helpline: "Caller is a care worker. A resident's son, who has power of attorney, takes the resident's pension and pays the home late. Safeguarding referral." """,
  "", "NCW")
t("""MSEH note. Caller: Vietnamese woman (says 32) in a nail bar in Swindon. She says the owner threatens to report her to immigration if she leaves and says she still owes for the journey. She works 6 days a week, 10 hours, paid £150 a week cash.""",
  "IT DB AV", "FOA", "L")
t("""Citizens Advice: client (Eritrean, 27) has refugee status and needs help getting a bank account. Advised.""")
t("""Border Force note, Stansted: 2 female passengers (Romanian, 19 and 20) travelling with a male who held both their boarding passes and ID cards, answered all questions. Females said they were going to "work in a restaurant" but could not name it. Safeguarding referral; male refused entry.""",
  "RD", "SFW DT")
t("""MSEH: caller (Nigerian, 33) says she came to the UK as a student and a church "aunty" offered a room. Now she cooks, cleans and minds the aunty's children every day and is not allowed to attend college. The aunty took her passport "to renew" 2 years ago. Aunty says if she leaves she'll report her as an overstayer.""",
  "RD IT AV EO", "DT FOA LH", "D")
t("""food bank note: a man told us he works in a car wash and his boss is "like family", he gets paid properly but not much. He has his own flat. No concerns.""")
t("""Helpline: report from a lorry driver. At a truck stop near Dover he heard banging from inside a sealed trailer (not his). Reg noted. Police and Border Force informed, people found in trailer.""",
  "RM", "RMS", "", "i")
t("""Salvation Army caseworker note (long). Client X, Albanian female, 24.

X was introduced by a friend to a man called Erion in Durres in 2021. He said he loved her and they would have a life in London. She travelled with him by plane to Belgium and then by lorry.

In London she was kept in a flat in Wembley. Erion took her passport and phone. He told her she must sell sex to pay back €10,000 for the journey. Adverts were placed on websites, she saw 8-10 men a day, Erion kept all the money. She was not allowed out unless he drove her to another flat. He hit her when she cried and threatened to kill her mother.

In 2023 X became pregnant and was taken to hospital where a midwife noticed she never spoke. She told the midwife in writing. She is now in a safe house.""",
  "DEC RD ISO DB WW RM PSV IT", "DT IS NCW RMS ET", "S")
t("""Helpline: caller says her company's supplier in Bangladesh may be using child labour. Passed to business and human rights team.""")
# ---- part 4: longer texts, several people, mixed relevance ----
t("""Citizens Advice — case note, 3rd appointment.

Client is Mr Olusegun A., 39, Nigerian, on a Health and Care Worker visa sponsored by a domiciliary care agency in Essex. He came in with his wife, who is on a dependant visa and works part-time in a supermarket.

Client's problem: the agency gave him fewer visits than promised (about 25 hours a week rather than 39) and he is struggling with rent. He has his passport and BRP, is paid monthly into his own bank account, and his payslips match the hours he worked. He says his manager is "strict but fair". He has never been threatened and nobody has asked him for fees; he paid his own visa costs directly to the Home Office.

He asked whether he could take a second job. Advised on supplementary employment rules and that he could look for another sponsor. Also advised his wife on in-work Universal Credit — not eligible because of NRPF condition.

No modern slavery indicators identified. Next appt in 2 weeks to review a new job offer from a care home in Chelmsford.""")
t("""MSEH call record (long call, 38 min, Romanian interpreter).

Caller: Elena, 34, rang from a friend's phone in Northampton. She says she and her husband Gheorghe came in March with a man called Marius who "finds work for Romanians". Marius charged them €300 each for the bus and took their ID cards to "register them with the agency". They were put in a house with 3 other couples and 4 single men — 14 people, one bathroom.

Both work at a meat factory through an agency. The payslips come with their names but the money goes into accounts Marius opened; he holds the cards and gives each of them £40 on a Saturday, saying the rest covers rent, transport and "the debt", which was €600 and is now, he says, €1,400 because of "interest and fines".

Elena says Marius has not hit anyone, but last month when Gheorghe asked for his card Marius said "think of your daughter in Iasi". Since then Gheorghe is afraid. Elena says they can walk to the shop, but Marius drives them to work at 5 and back at 7 and checks who is in the house at night.

Caller consents to police contact. NRM explained; couple want to stay in the UK and keep working.""",
  "DB WW RD AC IT", "UF DT OA MBC NCW ET CEDL", "L")
t("""Outreach team shift summary, Thursday night, city centre.

1) Spoke to Dean (British, 41) in the usual spot by the multistorey. Has a hostel place from Monday. No concerns.
2) Two Romanian men sleeping in the park, say they came for work on a building site and the man who promised the job never showed. They have their passports and some money, are trying to go home. Referred to the reconnection service.
3) New woman, Polish, 50s, says she was "living with a family" who let her stay in exchange for cleaning and babysitting; she left because the husband drank. She said she could come and go and they gave her pocket money she was happy with. No sign that anyone kept her there or took anything from her. Hostel referral.
4) Tyler (17), known to us, staying at his nan's after a row at home, just wanted a sandwich and a chat. Youth worker already involved.

Overall: no exploitation identified tonight.""")
t("""Victim debrief, second session (summary by MSU officer, DC 4412).

V (Vietnamese male, now 19, 16 at the time of exploitation) states that after arriving in the UK in the back of a lorry he was picked up at a motorway services by two men and driven for many hours. He was taken to a house where the ground and first floors were full of cannabis plants. The windows were covered, the front door was locked with a padlock on the outside and the back garden was fenced with a gate he could not open.

He lived in the loft on a mattress. He watered and fed the plants, changed bulbs, and cut the crop. A man called "Anh Tu" came once a week with rice, noodles and cigarettes and checked the plants. When V asked to go outside he was told police would arrest him and put him in prison, and that his debt of $25,000 to the "snakehead" would be paid by his parents with their house.

V was burned on the arm by a light that fell and was given no treatment. He was never paid. He was in the house for about 7 months until police raided it. He was initially charged with production of cannabis; the s45 defence was later accepted.""",
  "AV RM DB IT AC WW ISO", "RMS SAW PLC FOA PA IS", "C")
t("""Helpline (long, caller: church pastor, Swindon).

Pastor says three people from his congregation have come to him this month:
- A Ghanaian woman who works as a carer and says her employer pays her properly; she only wanted prayer for her sick mother.
- A young Zimbabwean man who lost his job at a warehouse and needs food; he lives with his uncle.
- A woman from Sierra Leone, 29, who told the pastor in tears that the couple she lives with brought her from Freetown "to study nursing". She has never been enrolled. She cooks and cleans for them and their four children from early morning until late at night, has no money of her own, and the wife keeps her passport "for safe keeping". She is allowed to come to church on Sunday only with the wife. The wife told her that if she tells anyone, immigration will lock her up.

Pastor wants to know what to do about the third person. Advised on NRM via a first responder and gave the local Salvation Army contact.""",
  "DEC EO WW RD RM IT AV", "LH NCW DT RMS ET FOA", "D")
t("""GLAA compliance inspection summary, labour provider "FastStaff Ltd", Lincolnshire.

Scope: 214 workers supplied to 3 vegetable packhouses. Records checked for 30 workers; 12 interviewed without the provider present.

Findings: Pay rates at or above NMW; payslips accurate; workers paid into their own accounts (each worker confirmed they hold their own card). Hours within WTR unless workers opted out in writing. Transport offered at £4 a day, optional; several workers drive themselves. Provider-arranged accommodation in 6 HMOs, all licensed, inspected — two people per bedroom, clean. No evidence of fees charged for work-finding. No worker reported threats, and no documents are held by the provider (copies only).

Minor issue: PPE (gloves) charged at £2 to two new workers in error; refunded during the inspection.

Outcome: licence retained, no further action.""",
  "", "CT PPE")
here = os.path.dirname(os.path.abspath(__file__))

with open(os.path.join(here, "fresh56.jsonl"), "w", encoding="utf-8") as f:
    for i, d in enumerate(T, 1):
        d = {"id": "f56-%03d" % i, **d}
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(T), "texts")
