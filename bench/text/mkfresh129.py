#!/usr/bin/env python3
"""Hand-written labelled texts for Sightline's text engine (set fresh129).

Each entry: (text, labels). labels = "indicators | signs | types | risk" using the
short codes below; risk may be blank, in which case it is derived from the labelling
convention (the stated risk is never lowered below the derived one).
"""
import json, pathlib

IND = dict(av="abuse_of_vulnerability", dc="deception", rm="restriction_of_movement",
           is_="isolation", pv="physical_sexual_violence", it="intimidation_threats",
           rd="retention_of_documents", ww="withholding_wages", db="debt_bondage",
           ac="abusive_conditions", eo="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", sw="sleeps_at_workplace", fpe="few_personal_effects",
           rmv="restricted_movement", ced="collected_early_dropped_late", fa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
ORDER = ["low", "medium", "high", "immediate"]

TEXTS = []

TEXTS += [
("INT 2/B/P: POI MUNTEANU Ion (DOB 14/03/1988) runs hand car wash Tanners Lane. Workers (x5 ROU nationals) told if they walk off site their families in Bacau will 'have visitors'. Workers live in caravan to rear.", "it | | L | "),
("she says that the man showed her a video on his phone of a girl being beaten and told her this is what happens to girls who talk to police", "it | fa | | "),
("Caller reports neighbour at no.14 shouting at her over the hedge about bins again, called her a slag and said he'd 'sort her out'. Long running dispute, no injuries. Advice given.", " | | | l"),
("Juju oath taken in Benin City before travel. IP believes if she breaks the oath she will go mad or her mother will die. Madam in Leeds collects all money from the flat. IP owes 'about 30,000 euro'.", "it ww db | ncw | S | h"),
("Manager at warehouse shouted at agency staff for turning up late after the bus was cancelled, said 'one more time and you're off the rota'. Workers say pay is correct and on time. No MSHT concerns.", " | | | l"),
("my boss texted me 'remember we know where your kids go to school' after I asked for my wages. I'm scared to go back but scared not to", "it | | L | "),
("101 call: male caller (Polish) states gangmaster who placed him at packhouse told him that if he complained to anyone he would ring immigration and have him 'put on a plane in chains'. Caller has settled status and is now unsure if this is true. Accommodation is shared house with 11 others, rent taken from wages.", "it ac | oc fa | L | "),
]
TEXTS += [
("Salvation Army caseworker note: client (F, 24, Nigerian) very anxious at session. Explained that before leaving Lagos she was taken to a shrine, her hair and fingernails were cut and kept by the native doctor. She believes the spirits will follow her if she speaks. She was made to see men at a flat in Croydon and all money went to 'Auntie'. Still receives voice notes from Auntie saying her younger brother's school fees 'will stop'.", "it ww | ncw | S | h"),
("A&E note: 19yo male, laceration to forearm. States 'fell on glass'. Accompanying male answered all questions and refused to leave cubicle. Pt appeared frightened and kept looking at companion. Pt did not know his own address.", "is | pa sfw iso | | m"),
("Neighbour keeps saying he'll report me to the council about my extension and 'make my life hell'. Honestly its just a petty row about a fence. Not looking for police action just logging it.", " | | | l"),
("GLAA inspection, Fenland packhouse. Labour provider licensed. Payslips checked for 20 workers, NMW met, holiday pay correct. Workers interviewed without supervisors; none reported threats or fees. Minor record-keeping issue on PPE issue log. No further action.", " | | | l"),
("OIC handover: VRM KX19 ZTF seen dropping 4 females at pop-up flat, Unit 3 Marlowe Court. One female (ALB) disclosed to officers via Google Translate that 'he said if I run he will put the pictures on Facebook for my father to see'. Images of her were taken at the flat. Request safeguarding visit ASAP.", "it | | S | h"),
("he said nothing, he just put a photo of my house in Tay Ninh on the table. my mother was standing at the door in the photo. I understood.", "it | | | "),
("Cannabis grow found at 22 Ferndale Rd. Lone male (VNM, claims 17) found inside, door padlocked from outside, windows boarded. Told officers 'the uncle' said the police would beat him and put him in prison forever. Very thin, sleeping on mattress next to plants.", "av rm it ac | rmv fa sw pa | C | i"),
("Text messages shown to officer on IP's phone (translated from Romanian): 'You think you are clever going to the shop alone?' 'Next time I break your legs' 'Your brother in Craiova is easy to find'. IP works at car wash owned by sender.", "it | | L | "),
("School DSL referral: Year 10 pupil (M, 15) disclosed older lads he 'does runs for' told him his debt is now £800 because a package was taken, and if he doesn't pay they will come to his house and 'do' his mum. Pupil has been missing from home three times this month.", "av it db | | C | h"),
("Employer issued written warning to staff member for persistent lateness in line with disciplinary policy. Staff member has union rep. Not an exploitation matter. Closed.", " | | | l"),
("I work nail shop Leicester. Boss say if I go to police, police will send me back Vietnam and my family still must pay the debt to him, more bigger. I work 10am to 9pm every day no off day.", "it db eo | fa lh | L | "),
("Crimestoppers: there's a guy who collects like 8 men in a white transit every morning at 5am from the house on Dale St and brings them back after 10 at night. One of them told my husband they get shouted at and told they'll be 'sent home in a box' if they complain.", "it eo | ced lh | L | "),
("Domestic incident: male and female partners arguing over money in kitchen. Female states male threatened to smash her phone. Both employed, no concerns re work. DASH completed, standard risk.", " | | | l"),
("the men at the farm say if we talk to the inspectors they will know, they have friends in the office. Piotr was sent away after he spoke and now nobody speaks", "it | | L | "),
("Debrief (interpreter present, Tigrinya): He says the smugglers in Libya phoned his family while he was being beaten so they could hear, and demanded money. In the UK the same network found him work at a car wash in Birmingham and told him that the debt for the crossing is still open. He says they send him messages with a picture of his father.", "it pv db | | L | h"),
("Bank alert: 7 debit cards in different names used at same ATM in Slough within 20 mins, all accounts receive salary from same recruitment agency and are emptied same day. Possible control of workers' wages.", "ww | mbc ncw | L | "),
("Probation note: PoP states he was 'forced' to hold drugs for his cousin's associates. Says nobody threatened him and he was paid well; he describes it as a choice he regrets. No evidence of exploitation; not referred.", " | | | l"),
("Nanny job in London, she was told she would study English part time. Instead the family took her passport 'for the visa office' and she never saw it again. Madam said if she complains the police will arrest her because she has no papers. She works 6am to midnight, sleeps in the children's room.", "dc rd it eo av | dt fa lh sw | D | "),
("Ring the police they said, go on, and see what happens to your sister. That was the whole message. She is 16 and lives in Kosovo with our mother.", "it | | | "),
("Council licensing: HMO at 7 Garth Terrace found with 14 occupants in 4 bedrooms, mattresses in lounge and kitchen. Occupants say they pay landlord directly and work at various local jobs they found themselves. No evidence landlord controls work. Enforcement notice served.", " | oc plc | | l"),
("Caller says her ex keeps texting threats since she left him, says he'll burn her car. Nothing to do with work. She's staying with her mum. Harassment crime recorded.", " | | | l"),
("INT 2/C/P: Source reports female (CHN, approx 40s) working at massage parlour above Lucky Star takeaway is not allowed out and was told by the 'boss lady' that she will be reported to immigration if she tries to leave. Source has seen a man bringing food in and locking the door as he leaves.", "rm it | rmv fa | S | "),
("Worker at our site got his hand caught in the press. Ambulance came, HSE informed. He is agency but paid properly and is getting sick pay. Just flagging in case anyone asks.", " | | | l"),
("I want to report I was told by Mr Singh I must stay in the restaurant flat. He said Southall is full of immigration officers and if I walk out they catch me. He keeps my passport in his car. Salary he says he sends home to my wife but my wife says she get nothing since 5 months", "rm it rd ww dc | rmv fa dt | L | "),
("Midwife note: pregnant 20yo (ROU), booked late. Partner of concern speaks for her, holds her phone and bank card. When alone she said he tells her the baby will be taken by social services if she says anything and that she must go back 'to work' after birth. Would not say what work.", "it is | sfw ncw iso | | "),
("A&E: 34yo male presented with chemical burns to both hands from car wash chemicals. No gloves provided. Manager drove him to hospital and waited. Pt said he was told 'don't say where you work or you have no job and no room'.", "it ac | pa | L | "),
("the guys downstairs threatened my dad after he parked in their space lol they said theyd slash his tyres. its the same every week with them. not slavery or anything just letting someone know", " | | | l"),
("Border Force, Stansted: 2 females (UKR, 21 and 23) travelling on tickets bought by a man not travelling. Told officer they have modelling jobs arranged but could not name agency. Mobile showed messages: 'do not speak to officers, if you fail you repay everything'. Referred to safeguarding team.", "it dc | | S | h"),
("Debrief account: 'At the start they were nice. After a few weeks Florin started playing a video on his phone at dinner. It was a man in a field with his face covered in blood. Florin said he was a worker who tried to leave. He played it again and again while we ate.'", "it | | L | "),
("Referral from housing officer: tenant (M, 58, British, alcohol dependent) says two men moved into his flat 'for a few nights' three months ago and now sell drugs from it. They told him if he calls anyone they'll set the flat on fire with him in it. He sleeps on the kitchen floor.", "av it | plc | C | h"),
("Public report: nail bar on high street, girls look about 14 working till late, one was crying. Man at till said to her 'you want me call your mother?' in a nasty way. Something not right", "av it eo | lh | L | h"),
("Staff at the takeaway get called lazy by the owner every day but they go home at 11 like normal workers and they all seem to have their own cars. He's just rude.", " | | | l"),
("Witness statement extract: I heard Mr Dervishi tell the young man in Albanian that if he stops watering the plants his family will pay the 20 thousand back themselves, and that he knows his mother's village. The young man was crying.", "it db | | C | "),
("Victim debrief, translated: I was told that the spirit of the oath lives in my body. If I stop working or if I run away I will die from sickness. When I was ill in the flat, Madam said 'you see, it is because you hide money'. I did not hide money. I give all.", "it ww | ncw | S | h"),
("INT 1/A/P: Subject BAKSHI Mohammed threatened worker at sweatshop (Unit 9, Cobden St) with a pair of scissors after worker asked for payment owed since June. Workers paid £2 per hour cash, when paid at all.", "it ww | | L | h"),
("Housing association complaint: tenant threatened by other tenant over noise, said 'I'll have you evicted'. Mediation offered.", " | | | l"),
("Debrief: 'He told me the police in England work for him. He said he gives them money and they tell him everything, so if I go to them they will bring me straight back to him.'", "it | fa | | "),
("hi i need help my cousin is at a farm near spalding the man said if she leaves he will tell everyone in our village she is a prostitute. she is picking cabbages 12 hours and sleeps in a container with 6 women. please someone go", "it eo ac | lh oc plc | L | "),
("Shop security: group of 3 females (ROU, 2 appear under 16) caught shoplifting. Adult male waiting outside in car. One child whispered to staff 'he hit my mother when we come back empty'. Male drove off when staff approached.", "av pv it | | C | i"),
]
TEXTS += [
("Man at the car wash on Wellington Rd keeps saying to the lads 'you go, I call Home Office'. They're there from 7 till dark every day of the week.", "it eo | lh fa | L | "),
("Log: Au pair (PHL, 27) contacted Kalayaan. Employer (diplomatic household, Knightsbridge) holds her passport and told her that diplomats cannot be arrested so 'no-one will help you, you will be deported'. She is paid £100 a month into an account the employer manages. Not allowed to leave the house on her own.", "rd it ww rm | dt fa ncw rmv | D | h"),
("Lawful notice: employer has informed worker in writing that his right-to-work check has expired and he cannot be rostered until he provides a new share code. Worker has been paid up to date. No exploitation.", " | | | l"),
("my landlord said he'll throw me out if I don't pay by friday. I'm behind 2 months. is that legal? he's not my employer or anything", " | | | l"),
("The old man I care for's son told me if I complain about not getting my days off he will say I stole from his father and I will be in prison and my visa is finished. I work every day since January, live-in, sponsored by the agency.", "it eo av | lh fa | L | "),
("INT 2/B/P: County line 'JAY' operating into Weston from Bristol. Runners aged 14-16. INT suggests runner (nom) was shown video of another runner being stabbed as a warning. Runners told debts increase by £100 a day for any shortfall.", "av it db | | C | h"),
("cleaning job in hotel they said 1400 a month but I get 300 and they say the rest is for room and van. supervisor Bogdan say if I make problem he know people in my town in Moldova", "dc ww it | ct | L | "),
("Nigerian woman at our church told me her 'sponsor' made her swear on a shrine and now she cleans his house all day and looks after his children, no wages, and he says if she leaves the oath will kill her. She is not allowed a phone.", "it ww is | iso | D | h"),
("Handover: IP (M, 41, SVK) at Holiday Inn. States workers at recycling plant were told by supervisor that anyone talking to the GLAA 'disappears'. IP saw supervisor hit a co-worker with a pipe last Tuesday. IP frightened to return to shared house on Elm Grove where his ID card still is.", "it pv rd | dt | L | h"),
("Call summary: female caller distressed, says her partner threatened to kill her tonight during argument about his drinking. Not work related. Units dispatched, partner arrested.", " | | | l"),
("Worker told me the boss showed them photos of their own families, taken outside their homes in Vietnam. Nobody asked how he got them.", "it | | L | "),
("GP note: Pt (F, 31, LTU) attends with anxiety and insomnia. Reports that the man who arranged her job at the chicken factory sends her messages every night saying she 'belongs' to him until the £3,000 is repaid and that he will visit her daughter in Vilnius. Pay goes into account he opened. Advised re Modern Slavery Helpline.", "it db ww | ncw | L | "),
("Online report: my mate works at the Thai place on Church St, owner keeps threatening to fire him if he's late. Its annoying but he gets paid fine and has weekends off, dont think its slavery just a bad boss", " | | | l"),
("we were told one phone call from him and we go to prison for the cannabis, not him. he said the police will believe an English man over us", "it | fa | C | "),
("Statement (translated from Romanian): Gheorghe said to me many times, 'Your life is in my hands. I have your papers. If you talk to anyone, you will never see Romania again.' He kept my identity card and my bank card in his jacket.", "it rd ww | dt ncw | | "),
("Referral from children's services: 16yo girl (British) in care, groomed by older males who supply her with cannabis. Males took intimate images and told her if she stops coming to the parties they will send them to her school group chat. She has been sexually assaulted at one address.", "av it pv | | S | h"),
("Sham marriage investigation: female (SVK) brought to UK for arranged marriage to third-country national. She told officers the organiser said that if she refuses the ceremony her debt of £2,000 for the flight doubles and men will come to her mother's flat in Kosice.", "it db | | C | "),
("He didn't threaten me, to be fair. I was free to leave the farm whenever, I just needed the money. The hours were long in season, 10-hour shifts, but paid overtime. Not what you're looking for I think.", " | | | l"),
("Caller reports hearing through wall man shouting at women in foreign language, screaming, then silence. Same flat has men coming and going at all hours. Caller says one woman told her on the stairs 'he kill me if I talk to you'.", "it | | S | h"),
("INT 3/C/C: Unverified. Traveller site worker states site 'bosses' tell the men (vulnerable, homeless British males recruited from soup kitchens) that if they run off they'll be found and 'buried under the tarmac'. Men do driveways, paid in cigarettes and cider. Handling: do not disseminate outside MS unit without OIC consent.", "av it ww | | L | h"),
("She was told that if she didn't bring back at least £200 a day from begging outside the station she would not eat. She is 12.", "av it | | C | i"),
("Kidney transplant clinic note: patient (M, 52) reviewed 6 months post living-donor transplant; donor is his brother, fully assessed by HTA independent assessor. Recovering well.", " | | | l"),
("Intel: males at the fishing boat in Newlyn (PHL and GHA crew) told by skipper that if they go ashore without permission their visas are cancelled and they'll be arrested. Crew have not left the vessel in 3 weeks, working 20-hour days. Passports kept in the wheelhouse.", "it rm eo rd | rmv lh dt fa sw | L | h"),
("Debrief: 'The man from the agency said I must pay £400 for my job or I don't get it. After that he said each week £50 for the transport. When I said this is too much he laughed and said ok, walk home then, 40 km.'", " | uf ct | | "),
("The boss said it is for our safety the men with dogs stay at the gate at night. But the dogs bark when we go near the gate, not when strangers come.", "rm | rmv | L | "),
("A guy in a BMW at the back of Aldi told a young girl he'd 'tell her dad what she'd been doing' if she didn't get in. She got in. She looked like a schoolkid. Reg started MV68.", "av it | | S | i"),
("Neighbour on Brook St threatened to kill my cat if it goes in his garden again. Reported to RSPCA and council. Thats it.", " | | | l"),
("Hotel housekeeping supervisor told the new girls that if they don't clean 20 rooms in a shift they won't be paid for the shift at all and will be sent back to the agency 'who will be angry'. They're told the agency owns their flat.", "it ww | | L | "),
("Victim debrief (interpreter): She says that when she asked to call her mother, Ardit put his gun on the table and said, 'Call her. Tell her you are fine.' She did as he said. She says he then took the phone back.", "it is | iso | | h"),
("Probation: PoP disclosed that while in custody he was told by another prisoner's associates that his younger brother owes £1,500 for a lost 'package' and that he must 'work it off' for them on release or the brother will be hurt. PoP is 19.", "it db | | C | "),
("Care home inspection (CQC liaison): overseas carers (IND, ZWE) report the sponsor company threatens to withdraw their certificate of sponsorship and have them removed if they raise concerns. £9,000 'exit fee' if they leave before 3 years. Several work 70+ hour weeks.", "it db eo av | lh fa | L | "),
("shes my cleaner 3 years, I pay her £15 an hour and she has a key, goes on holiday when she wants. someone reported us?? ridiculous", " | | | l"),
("Man in Stoke got a text: 'Your boy is on our line now. He owes. Don't call the feds or he comes home in pieces.' Boy (14) has been missing 2 days.", "av it db | | C | i"),
("Debrief note: IP (M, 38, PAK) recruited in Lahore for a 'supervisor' role in a UK textile unit. Paid agent £6,000. On arrival worked sewing 14 hours a day, slept on the factory floor. Boss told him his family in Lahore had signed papers for the loan and would lose their house if he left. Boss also reminded him his visa was tied to the job.", "dc db it eo ac av | uf lh sw | L | "),
("INT 2/B/P: Cuckooed address 41 Ridley Court. Occupant (F, 62, learning disability) seen at window by neighbour holding up note 'HELP'. Dealers told her they would kill her dog if she answered the door to police.", "av it rm | rmv | C | i"),
("Call: employee at the vape shop says his manager threatened to call the police on him for stealing from the till. Employee denies theft. Manager confirms he is pursuing it as a civil matter. Not MSHT.", " | | | l"),
("i am scared they will hurt my son. they know he works in the market in Iasi. they said this twice on whatsapp and sent a picture of the market", "it | | | "),
("Press summary: Two men jailed at Leeds Crown Court for trafficking Slovak nationals to work at a takeaway meat supplier. The court heard victims were told their children would be taken into care if they complained, and were paid £20 a week while the defendants collected their wages.", "it ww | ncw | L | "),
("Farm manager warned seasonal worker verbally that drinking on shift will lead to dismissal, as set out in the handbook he signed. Worker accepted. Housing is in licensed caravans and workers come and go freely.", " | | | l"),
("Caller, anonymous: the girl at the massage place on Station Rd asked me to help her, said her boss will 'send men to her family' if she doesn't make enough. I didn't know what to do. She said she's been there 'for many months, never outside'.", "it rm | rmv | S | h"),
]
TEXTS += [
("Curse placed on me by the juju priest, they say my womb will dry up if I disobey Madam Joy. So I do what she says. Men come to the house every night.", "it | | S | h"),
("OIC update: Victim (VNM, F, 19) in nail bar, Sutton. Owner's husband regularly tells her 'you know what happened to the girl in Essex' (ref. lorry deaths). She says she takes this to mean she will die if she leaves. She sleeps above the shop with 4 others. No days off.", "it eo ac | oc sw lh | L | "),
("My brother in law threatened to break my jaw at my daughters wedding because I didnt invite his friend. Want it on record.", " | | | l"),
("Worker at the food factory complained on the HR hotline that a team leader 'threatens to sack us all' when lines run slow. HR investigated, team leader given training. Workers are directly employed, unionised, paid weekly.", " | | | l"),
("SAR from bank: customer (M, 23, ROU) accompanied to branch by older male who did all the talking and asked for the debit card to be posted to a different address. Customer appeared not to understand the forms. Older male said 'he works for me, I look after his money'.", "ww | sfw ncw | L | "),
("Debrief. 'Do you know how easy it is to make a person disappear in England? Nobody counts us.' That was what Lin said when I asked to go home. After that, I did not ask again.", "it | | | "),
("Referral, adult social care: Mr T (44, British, learning disability) 'befriended' by a family who now have him labouring on their building jobs for no pay and sleeping in a shed. They told him his mum 'would die of shame' if he went back and that the police would lock him up for his old fines.", "av ww ac it | plc fa | L | "),
("Log 0347: Male (ALB, 17) flagged down patrol near Dover. States he ran from a house in Kent where he tended cannabis. States the men said they would kill him and his family if he ran. Injuries to face consistent with assault. Frightened they are searching for him now.", "av it pv | pa fa | C | i"),
("Public report on website: theres a woman in the house across from me never comes out except when the man drives her somewhere at 6am and brings her back at 11 at night. I heard him on the drive saying 'you want your papers back, you work'. Please check", "rd rm eo | dt et ced lh rmv | | "),
("INT 2/C/P: Subject KOVACS threatened agency worker in car park after worker refused to hand over his bank card. 'I'll put you in the canal.' Worker subsequently handed card over. Other workers in the same house have had cards taken.", "it ww | ncw | L | "),
("Manager threatened staff with disciplinary action for using phones on the shop floor. Staff have raised a grievance through ACAS. Pay and hours are fine.", " | | | l"),
("I come for job in construction. Boss say when I finish the job he pay me all. Seven months now. When I ask, he say 'you want money or you want to live?'", "it ww | | L | h"),
("Safeguarding referral (school): Pupil (F, 14) says her 'boyfriend' (22) told her if she doesn't do what his friends want he will tell her parents she sends pictures. She has been taken to hotels. Pupil was collected from school gate today by an unknown male in a black Audi.", "av it pv | | S | i"),
("Doc: Home Office correspondence shows the student's visa was curtailed after she stopped attending college. She is working in a café, paid properly, lives with friends. No indicators of exploitation; immigration matter only.", " | | | l"),
("the boss has a machete in the office and he showed us it on day one. he didnt say anything. he just smiled", "it | | L | "),
("Debrief summary: IP (F, 29, Eritrean) domestic worker for a family in Manchester. Told by the husband that her visa depends on him and that he has friends in the Home Office. Works from 5am to 1am with no day off. Sleeps on the kitchen floor. Has not been paid since arrival, promised the money 'when you go home'.", "it eo ww ac av | lh fa | D | "),
("Polish worker rang 101 saying foreman at the building site threatened to 'cancel your contract' for turning up hungover. Advised this is an employment matter. Caller agreed.", " | | | l"),
("Witness: 'The landlord of the house where the Lithuanians live told one of them in front of me that if he went to the job centre again, his girlfriend would be thrown out onto the street. The man was working at the car wash for the landlord's cousin.'", "it | | L | "),
("INT 2/B/C: Female (ROU, 20) advertised on adult website, profile photos taken in Airbnb, Cardiff. INT suggests her controller 'Marius' threatens to send videos of her to her grandmother if she stops. Handling: not to be shared with Romanian authorities without OIC consent.", "it | | S | h"),
("Man told my son at the bus stop he was going to stab him. Police know, its a school thing, kids from the other estate. Not a drug thing as far as we know.", " | | | l"),
("Debrief (translated): I wanted to go back to the hostel where my friend was. Sorin said the hostel is for drug people and that social services will take me to a mental hospital. He said stay with him and work, he protect me. I worked on his driveway jobs 6 months for food only.", "it ww av | | L | "),
("Call handler note: caller (F, Filipino) whispering, says her employers have gone out and locked her in the flat, she has not been outside for 2 weeks, they threaten to report her to immigration. Address confirmed. Officers en route.", "rm it | rmv fa | D | i"),
("GLAA: Interviewed 9 workers at Northfield Salad. Workers confident, hold own documents, free to leave accommodation, paid via payroll into their own accounts. One worker complained supervisor 'threatens' to move him to a less popular field; this is allocation of work, not coercion.", " | | | l"),
("He said if I went to the police he would tell them I was dealing too, and I would get ten years. I believed him. I was 16.", "it av | fa | C | h"),
("Trafficked to UK for kidney removal. IP (M, 30, PAK) told in Karachi he would get a job in a restaurant. In UK was taken to clinic and pressured to 'donate' a kidney to pay off travel. When he refused he was told his wife would be 'handed over' to creditors.", "dc it db av | | O | h"),
("Online: nail bar girls in Rotherham, the owner screams at them in Vietnamese and one had a bruise on her face, they never leave they eat in the back and sleep there i think", "pv rm | pa sw rmv | L | h"),
("Harassment report: ex-employee sending threatening messages to former employer after being dismissed. Employer is victim. No MSHT.", " | | | l"),
("Debrief note: 'I owed them for the van and the flat. Every week they said it was more, the number was never the same. Then they said the number doesn't matter, you belong to us until we say.'", "db it | | | "),
("Caseworker: client says she saw a man beaten in front of all the workers at the farm because he asked for a day off to see a doctor. She was told 'remember this'.", "pv it | | L | h"),
("INT 2/B/P: Eritrean males (x3) working at takeaway, Walsall. Owner told them that if Border Force come they must say they are his nephews visiting, and that anyone who says otherwise will be 'sent back to the desert'.", "it | fa | L | "),
("The supervisor at the Amazon site told us off for taking too long on breaks. Kind of strict but nothing else, I get paid by the agency on time and can leave when I want.", " | | | l"),
("Threat via Facebook: 'Ur cousin Arben owes us. U r next if u dont come to work sat.' Recipient (M, 18, ALB) works at a cannabis farm according to his mother.", "it db | | C | "),
("She says that Madam told her, 'You have no family here. If you die here, no one will look for you.' She says Madam said this after she asked for a day off. She cleaned the house and cooked for 9 people every day.", "it is eo | iso lh | D | "),
]
TEXTS += [
("Officer handover, night turn. Attended 3 Kingsway Parade re concern for welfare. Flat above the barber's. Found 6 males (IRQ Kurdish, 2 possibly under 18) sleeping on two mattresses, no heating, one working tap, mould throughout. All work at the barber's and the car wash behind it. Spokesman, HAMA (nom), insisted on translating for everyone and said they are 'cousins'. When HAMA went outside to smoke one of the younger males said quickly in English 'he take our money, he say if we talk police he cut us'. Only possessions seen were a carrier bag each. Passports not located; males say 'the big boss has'. Screened by duty DS as potential MSHT. Two younger males to ISU with children's services for age assessment. Others declined NRM but accepted cards for the helpline. Duty to Notify submitted. VRM of HAMA's vehicle: WU17 PXG.", "av it ww rd ac | oc plc fpe sfw dt | L | h"),
("Found him sleeping in the boiler room at the hotel. He said he doesn't have anywhere else since the agency lost his room.", " | sw | | l"),
("Public report: the people at the car wash look so thin and their hands are all cracked and raw. they dont have gloves or boots, standing in water all day in december", "ac | pa | L | "),
("INT 2/B/P: PETROV Dimitar (BGR) holds approx 30 ID cards of Bulgarian workers at his address, used to open bank accounts and claim Universal Credit in their names. Workers receive none of the benefit and are housed 8 to a room in Ilford.", "rd ac | dt oc ncw | C | "),
("Victim debrief: 'They said I would be working in a clothes shop in Birmingham. When I arrived, they took me to a house and said I must have sex with men to pay for my ticket. I said no. The man hit me and then he raped me. After that I did not say no.'", "dc pv db | | S | h"),
("Au pair arrangement, reviewed by safeguarding team. Host family provide own room, 25 hours a week childcare, £90 weekly pocket money, English lessons paid. Au pair holds own passport and visits friends at weekends. Concern raised by neighbour unfounded.", " | | | l"),
("We were 12 in a house with 3 bedrooms that the agency gave us. Rent £80 each a week taken from wages. The van cost £10 a day also taken. Some weeks I had £40 left for 60 hours.", "ww ac | oc ct ncw | L | "),
("NGO caseworker: Client (F, 34, IDN) fled employer's home in Mayfair during their visit to London. Employer is a senior official's family. She had not been permitted to leave the house alone in 2 years, her passport was held by the employer's driver, and she was paid nothing in the UK; her salary of $200 a month was said to be paid to her family in Jakarta but her family received it only twice. She worked from 6am until the family slept, sometimes 2am. Slept on a mat in the laundry room.", "rm rd ww eo ac | rmv dt lh plc | D | h"),
("Recruited through Facebook for 'warehouse work, free accommodation'. Turned out to be a cannabis farm in a house in Hull.", "dc | | C | "),
("Dad and I have been working together at his shop since I left school, I get paid through payroll like the others, I live at home. I think the teacher worried because I'm always there but its a family business.", " | | | l"),
("GLAA inspection report excerpt: Workers at Orchard Fruit Ltd charged £60 for boots and hi-vis at induction, deducted from first wages. Labour user unaware. Otherwise wages paid correctly, workers free to leave. Licence condition breach recorded.", " | ppe | | l"),
("He does not know where he lives. He was brought to the house at night, in a van without windows, and he is taken to the site and back the same way. He has no phone. He thinks the town is 'near Manchester'.", "is rm | iso et rmv | L | "),
("Debrief (translated): My 'boyfriend' in Albania said we would marry in London. In London he said his friend needs help with money and I must work in a flat 'only for a few weeks'. He took my phone and my passport. Men came every day, 10 or 12. He said if I try to go he would send my father the videos.", "dc is rd it | dt iso | S | h"),
("INT 1/B/P: Organised crime group arranging 'paid kidney donations' for UK patients with donors recruited from poor areas in Punjab. Donors told they will receive £5,000; source states most received nothing after surgery abroad and were warned not to speak. One UK-based facilitator known as 'DOC'.", "dc ww it av | | O | h"),
("Saw a teenage lad outside Greggs asking for change every day this week. Same car drops him at 8 and picks up at 6. The driver takes the cup off him when he gets in.", "av ww | ced et ncw | C | h"),
("Landlord says I have to pay £300 deposit before moving in. My friend says that's a scam?", " | | | l"),
("Referral from Barnardo's: boy (VNM, 15) found at nail bar in Ipswich, says he's the owner's nephew. Works every day after 'school' but not registered at any school. Sleeps in the storeroom. Did not know what city he was in.", "av is eo ac | iso sw lh | L | h"),
("Witness statement: 'I picked potatoes for Mr Jones three seasons. It's hard work and the hours are long in September, but he paid on time, gave us a day off each week and we lived in the town, not on the farm. I've no complaint against him.'", " | | | l"),
("the lady in the big house on Hill Road keeps her maid indoors, I never see her except in the garden hanging washing and once she asked me through the fence for a phone to call her son. She said madam doesn't allow phone", "is rm | iso rmv | D | "),
("Log: Welfare check, 11 Albert St (HMO). 22 males resident, 5 bedrooms, beds in shifts (night workers use beds in day). All work at meat plant via ABC Staffing. Agency deducts £110/wk rent. Men do not know their hourly rate. One man showed payslip: 52 hours, net pay £38.", "ww ac eo | oc ncw lh | L | h"),
("Not a slavery case. Man reported his passport stolen from his car at the gym. Crime ref issued for the passport office.", " | | | l"),
("Debrief: Client (M, 26, SDN) crossed to UK by small boat. On arrival 'helpers' gave him a room and work at a car wash, saying he owed £4,000 for the crossing that must be worked off. Paid £15 a day; £10 of it taken back for the room. Not told the address; taken to work by the same driver daily.", "db ww is | ct et iso | L | "),
("ChildLine-referred concern: girl (13) said a man she met on Snapchat sends taxis to pick her up from near her school and takes her to parties where adults give her vodka and she is 'made to do stuff'.", "av pv | | S | i"),
("Construction site foreman told new starters the site rules: hard hats on, no drinking, anyone breaking rules gets sent home without pay for the day. Unpleasant but lawful and applied to all staff.", " | | | l"),
("Conversation with Romanian man at food bank: the 'patron' found him a job in a chicken factory and opened a bank account for him. He has never seen the card. 'Patron gives me £50 on Sunday.' Works nights, 6 nights a week.", "ww eo | ncw lh | L | "),
("She was told it would be a nanny job with a Saudi family, £800 a month. In the UK she cooked, cleaned and minded 5 children from 6am till midnight. The madam took her passport 'to renew it' and never returned it.", "dc eo rd | lh dt | D | h"),
("Kidney for sale advert flagged by tech platform: seller (IND) offering kidney 'for family medical debt', buyer in UK. Passed to NCA.", "av | | O | "),
("INT 2/B/C: Vietnamese women working at a nail bar in Aberdeen reportedly brought via France; each 'owes' £25,000, working it off at £100 a week deducted. Housing is the flat above the salon. INT suggests they do not know the name of the town.", "db is ww | iso sw | L | "),
("Mum of 3 working 2 jobs (cleaning office early, shop in evening), long days but her choice, paid by both. Referred by health visitor as 'exhausted'. No exploitation identified.", " | | | l"),
("Call: male (ROU) at petrol station, says he escaped from a farm in Lincolnshire where he was kept in a locked barn at night with 4 others. Has a cut on his head. Says the boss has his ID card. Can't say where the farm is.", "rm rd is pv | rmv dt iso pa | L | i"),
("We were taken to work in the morning at 4 and brought back at 9 evening. In the van the driver collects our phones so we don't 'waste time'.", "is eo | ced lh et iso | L | "),
("Social worker note: mother (PAK) reports daughter (17) was taken to Pakistan for a 'holiday' and is being pressured to marry a cousin so he can get a UK visa. Daughter's passport held by uncle.", "av rd | dt | | h"),
("hes only 15 and hes in london 'working' for some older lads, came home with new trainers and a black eye, hes got 2 phones and wont say where hes been", "av pv | pa | C | h"),
("Licensed gangmaster supplying daffodil pickers. Workers brought own passports to induction, copies taken, originals returned. Accommodation inspected: 4 per caravan, heating, showers. Hours up to 10 a day in peak with overtime rates.", " | | | l"),
("She said the 'boss' bought her from another man in Italy for 3,000 euros and now she must earn it back. Every 'client' money goes to him.", "db ww | ncw | S | h"),
("Intelligence log: cuckooing of flat 8, Moor House. Tenant (M, 49, heroin user) supplied drugs by line holders in exchange for use of flat. Tenant sleeps in bath. Line holders take his benefit card.", "av | ncw plc | C | "),
("Debrief: IP (F, 45, British) says she was homeless in Leicester when a couple offered her a room. Within a week she was cleaning their house and their sister's, never paid, told the room was her wages. They took her phone 'to stop the druggies calling'.", "av ww is | iso | D | "),
("Press: GLAA revoked licence of a Kent labour provider after finding workers charged a £350 'registration fee' and housed in converted shipping containers without running water.", "ac | uf plc | L | "),
("My passport is still at my ex's flat with the rest of my stuff since I moved out. He says I can collect it any time, I just don't want to see him. Can an officer come with me?", " | | | l"),
("Public report: they keep the kids in the garage at the back of the restaurant, i seen them going in with blankets. They work in the kitchen till 1am. They look 12 or 13", "av ac eo | sw lh plc | L | h"),
]
TEXTS += [
("'Think of your little girl' — that's all he wrote. The day before I'd asked him for my passport.", "it | | | "),
("INT 2/B/P: Eastern European males (x6) working on a block-paving crew, Crawley. Subject LAKATOS tells them that the police 'are paid' and that any man who goes missing will be reported by him as a thief so that the police arrest him. Men sleep in a static caravan in LAKATOS's yard, dogs loose at night.", "it rm ac | fa plc rmv | L | h"),
("Debrief: 'He said Mama Ngozi has powers. She can see me in the water. If I tell you anything she will know before I go home tonight.' IP would not continue the interview.", "it | | | "),
("Asked a Chinese takeaway worker if he was okay, he said the owner told him if he ever speaks to customers he loses his job and his room and 'the snakehead will be told'. Poor guy looked terrified.", "it | | L | "),
("Multi-agency visit to cannabis grow, Oldham. 2 males (VNM) found. One said he was told on arrival that the men in charge 'have your brother's address in Nghe An' and would burn the house if the crop failed. Both had burns to hands from lighting rig. Internal doors locked from outside.", "it rm ac | rmv pa | C | i"),
("Employer rang to check if she can legally withhold final pay from a worker who left without notice. Advised she must pay for hours worked. Worker had not complained; employer sought advice first. No concerns.", " | | | l"),
("She says that the husband came into her room at night and assaulted her. She says he told her no-one would believe a maid and that the police would arrest her for stealing from the house if she spoke.", "pv it | fa | D | h"),
("I was told this is good job, packing vegetables, 'like a family'. I did not know I must pay back the flight and the room and the food and the work clothes. The paper with the numbers is always getting longer.", "dc db | ppe | L | "),
("Daughter 19 just told me her manager at the pub 'threatens' to cut her hours because she won't do Sundays. Is this allowed? She's on a zero hours contract.", " | | | l"),
("Call 999: male shouting in background 'you go nowhere'. Female (speaks little English) says she is 'shut in room', 'he take my phone', 'he say kill me'. Line cut. Trace to 44B Lime St.", "rm is it | rmv iso | | i"),
("Trafficking of Albanian teenage boys into cannabis cultivation: press summary of sentencing remarks. The judge noted the boys were told their families in Albania would be harmed, were kept inside the grow houses for months at a time, and were fed only rice and noodles.", "av it rm ac | rmv | C | h"),
("Seen today at the station: young woman with a man who held her by the wrist and kept her ticket and passport in his pocket. She looked at me like she wanted to say something.", "rd rm | dt rmv | | "),
("Job offer on Telegram said warehouse picker in Wolverhampton £12.50/hour, hotel accommodation. Really a 'hotel' in the sense of 10 men in a 3-bed house. They took £200 'admin' off me before I started.", "dc ac | oc uf | L | "),
("Safeguarding: care worker on sponsored visa (GHA) says the director told her that if she joins a union or complains to the council he will 'make a call' and she will be detained. She is rostered 84 hours most weeks.", "it eo av | lh fa | L | "),
("This is a cleaning business, we pay all our cleaners London Living Wage, they have contracts, holiday pay and they come and go as they like. I don't know why someone posted that we keep them locked up, it's slander.", " | | | l"),
("Text message (seen by officer on complainant's phone): 'bruv if u dont come back to the trap by 9 ur mum finds out wat u did and so does the feds. U owe 2k remember.' Complainant (M, 16).", "av it db | | C | h"),
("Debrief summary: IP (M, 55, POL, alcohol dependent) recruited outside a Polish shop in Gdańsk, promised building work and a flat. In UK, gang kept his ID card and bank card, gave him vodka and tobacco instead of wages, and hit him when he asked for money. Threatened with 'the river' when he talked about going home.", "av dc rd ww pv it | dt ncw | L | h"),
("Wedding hall booking dispute. Caller says the hall owner threatened to keep her deposit and 'see her in court'. Civil matter.", " | | | l"),
("The boss came to my grandmother's house in Elbasan and sat with her for coffee. He sent me the photo. He did not say anything. I knew what he meant.", "it | | | "),
("INT 3/C/P: unverified, source has grudge. Alleges owner of Happy Nails, Luton, threatens staff. Source could not give detail of what threats or to whom. Staff seen by PCSO appeared relaxed and said they live at home with family.", " | | | l"),
("Debrief: IP (F, 22, NGA) says that when she arrived in Italy she was told she owed 35,000 euros. She was moved to London by the same network. The woman who controlled her told her that her mother would be 'dealt with' by men in Benin if she did not send 1,000 a week. She was made to stay in a flat in Peckham and was only let out with the woman's boyfriend.", "db it rm | rmv et | S | h"),
("'You are not a person here. You are a number, and numbers can be erased.' That is what the foreman told us on the first day at the fishing boat.", "it | | L | "),
("Pharmacy note: woman (30s) buying emergency contraception accompanied by man who paid and answered questions for her. She had bruising to her neck. Did not speak English. Pharmacist gave her a leaflet in Romanian discreetly.", "pv | sfw pa | | h"),
("GLAA: Workers at the Boston packhouse reported that a labour provider's 'team leader' tells workers he has 'friends in the Job Centre' who will stop their benefits claims if they move to another agency. Workers paid correctly. Investigation opened for intimidation.", "it | | L | "),
("He warned me about the ice on the steps, that's all. The report is wrong, he's not threatening anyone, he's my boss and a kind one.", " | | | l"),
("Victim account: 'They kept us in the back of the shop at night, the shutter down and locked. In the morning Mr Chen opened it. If somebody was slow he said he would call immigration himself. We never had a day off. I slept under the counter.'", "rm it eo | rmv sw lh fa | L | h"),
("i owe them money for bringing me. they say if i dont pay they will hurt my family. i am in a flat in Wakefield and i dont know what street. please help", "db it is | iso | | h"),
("The council officer just threatened to fine me for putting my bins out early. Is that even legal? Absolute joke.", " | | | l"),
("Debrief: Client (F, 38, PHL) employed as domestic worker by a family who moved from Dubai to London. Says employer confiscated her phone and passport on arrival, told her the UK police shoot illegal people. Paid nothing since London. She escaped when the family left her at a shopping centre.", "rd is it ww | dt iso fa | D | h"),
("INT 2/B/P: Line 'DIGGA' recruiting children from PRU in Southend. Nominal known as 'K' tells children that if they are arrested and talk they'll be 'wet up' (stabbed). Children aged 13-15 sent to Ipswich by train.", "av it | | C | h"),
("Man I work with at the recycling plant said the agency man keeps everyone's passports 'in case of inspection'. I've got mine at home, I'm direct with the company. Not sure what's going on with them.", "rd | dt | L | "),
("He was told he could send money to his mother each month. The money never arrived. Each time he asked, the boss said he sent it and it must be the bank.", "ww dc | ncw | | "),
("Transplant tourism: UK resident (M, 61) returned from overseas with a new kidney, reported to hospital he paid a broker $60,000. Donor unknown. Passed to HTA and police for inquiry.", " | | O | "),
("Debrief (interpreter): He says the manager of the car wash told him that the last worker who tried to run away was found by the manager's brothers at the bus station and 'taught a lesson'. The manager showed him a photo of the man with a swollen face.", "it | | L | "),
("My sister, 24, moved in with her boyfriend's family. She cooks and cleans for all 9 of them and his mother won't let her go out or see us. She has no money of her own and no phone. I think she's being used as a slave.", "rm is ww | rmv iso ncw | D | h"),
("Noise complaint: house party on Sutton Ave, neighbour threatened to 'smash the speakers'. Party shut down by officers.", " | | | l"),
("Note from Border Force at Heathrow T4: female (NGA, 18, claims 20) travelling with man who says he's her uncle. Her phone contained voice notes in Edo warning her of consequences of 'breaking the covenant'. Uncle holds her passport and tickets.", "it rd | dt | | "),
]
TEXTS += [
("Boss said 'Immigration is one phone call away. Remember that.' Every payday.", "it | fa | L | "),
("INT 2/B/P: Nominal OSEI Kwame (DOB 02/11/1979) recruits Ghanaian women via church networks in Accra for 'care jobs'. On arrival women are placed as live-in domestic workers in private homes in Croydon and Thornton Heath. OSEI takes their first year's wages as 'agency fee' and tells them they will be arrested as overstayers if they leave their placements.", "dc ww it db | fa | D | h"),
("Debrief account, first person, translated from Vietnamese: 'In the lorry they said if anyone made a noise at the port we would all be caught and the police would beat us. In England they put me in a house with plants. A man came every three days with rice. He said if the plants die, my family pays. The door was always locked. I was there eleven months. I did not see the sky except through a small gap in the wood on the window.'", "it rm ac is | rmv iso | C | i"),
("Officer note: spoke to all staff at the hand car wash on Lower Rd. All have contracts, payslips via payroll, own bank cards and passports. Manager shouts a lot per one worker 'but he shouts at everyone, even his brother'. No indicators identified.", " | | | l"),
("Rang helpline on behalf of my friend, she's a nanny, the family said they will accuse her of hurting the baby if she tries to leave before her contract ends. She says they also keep her passport 'in the safe with the jewellery'.", "it rd | dt | D | "),
("Worker fell from scaffold, broke his leg. He told the nurse the boss said 'if you tell them you fell at work you are finished, you say you fell at home'. He has no contract and is paid in cash when the boss remembers.", "it ww | | L | "),
("Kidney removal — IP (M, 24, ALB) describes being told in Tirana there was construction work in the UK. Held in a flat in Istanbul en route, taken to a private clinic and operated on. Told his debt for the trip was now paid. Scar on left flank seen by GP in Bradford.", "dc db av | pa | O | h"),
("Email to council: the man next door threatened to 'report me to the Home Office' because I complained about his dog. I'm British born. Ridiculous. Just want the dog barking stopped.", " | | | l"),
("School referral: Y8 girl (12) says her older cousin's friends give her money and tell her she 'owes them' and must 'be nice' to their mates at a flat in town. She said they have a picture of her and will 'send it everywhere' if she tells.", "av it db | | S | i"),
("Call: female (SVK, 30) at police front counter says her husband's cousin brought her and her children to the UK and is making her sign on for benefits at addresses he chooses; he keeps her bank card and the children's child benefit. Said he will 'take the kids' if she leaves.", "it | ncw | C | "),
("I left my job at the factory because the supervisor kept making threats that he'd get me sacked if I didn't do his shifts. I found another job the next week. I got my final pay.", " | | | l"),
("Intelligence: workers at a Northampton warehouse placed by unlicensed agent 'Luca'. Luca keeps the workers' bank cards; uses them at the same cash machine on Fridays (6-8 cards). Workers told that anyone who asks for their card back 'will be walking home to Romania'.", "ww it | mbc ncw | L | "),
("Debrief: 'The lady in the house said if I go outside alone the English people will rape me and then the police will send me to prison. I believed her for two years. I only went out to put the rubbish bins.'", "it rm | rmv fa | D | h"),
("GLAA check, shellfish processor. Migrant workers on seasonal visas, accommodation provided at £60/wk, clean, 2 per room. Hours 8-10 per day, some Saturday overtime voluntary. Workers keep passports. One worker unhappy about piece rates but paid at least NMW.", " | | | l"),
("He burned my hand with a cigarette when I was slow with the dishes. Then he said next time it is your face.", "pv it | pa | L | h"),
("Posting on community Facebook group: 'Do NOT go to the car wash on Ashton Rd, the owner threatened to punch my husband over a scratch on the car!!!' Customer dispute.", " | | | l"),
("INT 2/B/C: Females (HUN x2) working at a brothel in a flat on Crown St. Controller, a HUN male, lives there. Source states the women are told that their children in Miskolc are 'watched' by his brother. They see up to 15 men a day. Handling: not for dissemination to the landlord.", "it eo | lh | S | h"),
("She says that the man told her that he had paid for her and that she must work until he says stop. She says that she does not know how much. She says he takes all the money from the men.", "db ww | ncw | S | h"),
("Prison intelligence: prisoner (F, 23) states before remand she was forced by an OCG to courier cash through Stansted. They knew her mum's address and sent her photos of her mum at the bus stop. Her passport was kept by them between trips.", "it rd | dt | C | "),
("my old boss from the restaurant keeps messaging me since i quit saying hes gonna get me deported but i have a british passport lol. he just owes me my last weeks pay and doesnt want to pay", " | | | l"),
("Debrief (Kurdish Sorani interpreter): IP was told by the barber shop owner that the owner's cousin works in the Home Office and could have IP's asylum claim refused with 'one email'. IP was paid £150 for 6 days of work, 10am to 10pm.", "it ww eo av | lh fa | L | "),
("OIC note: injured male found at side of A17, says he jumped from a moving van. Says he was being taken to 'a new farm' by men who had kept him for months. Multiple old bruises. Hospitalised. Men may be searching for him.", "pv rm | pa rmv | L | i"),
("Worried about the lads at the hotel kitchen, they're told by the head chef they'll be 'sent back to the agency' if they burn food. But I think that's just kitchen talk, they're all on normal contracts.", " | | | l"),
("INT: Sudanese male told by a smuggler-turned-landlord in Birmingham that he owes £2,500 for the lorry journey and must work at the landlord's brother's takeaway. Landlord threatens to tell the Home Office he is 'a terrorist' if he doesn't pay.", "db it av | fa | L | "),
("Hotline: Woman calling from a farm says 'the man' has a shotgun and told the workers he'll use it on anyone who climbs the fence. She is calling from a borrowed phone. Location approx. near Wisbech.", "it rm | rmv | L | i"),
("I was eighteen when I came to work in the family's house in Leeds. They said I would go to college. There was no college. I cooked, I cleaned, I ironed, I looked after grandmother at night. I slept in grandmother's room on the floor. When I asked about the college, the husband said that I was stupid and that the police put stupid girls in prison.", "dc eo it | lh | D | "),
("Bank flag: 14 payroll deposits from a recruitment firm into accounts all registered to the same address; card transactions on all accounts at one ATM in Wembley. Account holders' phones all set to the same number.", "ww | mbc ncw | L | "),
("Neighbour keeps leaving notes on my car saying he'll call the police because I park across his drive. It's a shared drive. How do I resolve this?", " | | | l"),
("Debrief: He says the 'uncle' told him that if he is arrested he must say he is 18, that he came alone, and that he has no uncle, otherwise 'the people in Vietnam will be very angry with your mother'. He is 16.", "av it | fa | C | h"),
("Flat above the massage shop. Four women, one bathroom, no kitchen. Man with keys comes and goes. Curtains always shut. Women never go out without him.", "rm ac | rmv et oc | S | h"),
("The company told us in the interview that the job was 40 hours, but it's always 55-60. My pay is right, and I've applied elsewhere. Not trapped, just tired.", " | | | l"),
("Threatening letter pushed under door of HMO where Romanian workers live: 'Whoever talked to the police - we know. Think of your kids.' Workers employed at nearby food factory through the same gangmaster.", "it | | L | "),
("Intelligence: cuckooing of a vulnerable female (British, 27, mental health issues). Dealers have moved in and keep her in the bedroom when customers call. She is told that if she contacts her social worker 'she'll end up like Kayleigh' (a local woman found dead last year).", "av it rm | rmv | C | i"),
("Debrief (translated from Tigrinya): He worked in a car wash near Leicester. The boss made the workers sleep in a portacabin on the site. When a worker asked for a doctor, the boss said 'doctors call police'. His pay was kept by the boss 'for safety'.", "ac ww it | sw fa ncw | L | "),
("Public report: a girl at the bus station with a much older man, she looked about 14, he was shouting in her face that she owed him for the phone and the clothes and she'd do what he says. She was crying", "av it db | | S | i"),
("Dispute at farm between two seasonal workers over a stolen phone. One threatened the other with a knife. Both arrested. Farm is compliant with GLAA standards, no exploitation concerns raised by either party.", " | | | l"),
("Caseworker note: client's traffickers continue to threaten her by text from an unknown UK number ('+44 7700 900418'). Latest message: 'You think the safe house is safe? We found Blessing.' Client is in a Salvation Army safe house.", "it | | | h"),
("Worked on a trawler out of Peterhead. The skipper kept our passports and seaman's books. We were told if we complained we'd be left on the dock with nothing, no flight home. 18-hour days. Paid $400 a month when we were promised $1,200.", "rd it eo dc ww | dt lh | L | "),
("Student from Nigeria asked the library for help as her passport is lost. Advised to report to police and contact the High Commission. She lives in halls and works part-time in a café. No concerns.", " | | | l"),
("INT 2/B/P: Male (ALB) in Blackpool cannabis grow arrested. Phone download shows messages from handler: 'if you run, your sister will work for us in Italy', and photos of his sister.", "it | | C | "),
]
TEXTS += [
("Pay came in 3 days late this month at the packhouse because of a bank holiday mix-up. Everyone got it in the end, with a letter of apology. Just logging my complaint.", " | | | l"),
("Busy hand car wash on Mill Lane, lots of workers. Visited by PCSO after a public report. Staff on payroll, min wage, rota on the wall, two days off each, they rent their own rooms in town. Manager showed right-to-work checks. No concerns.", " | | | l"),
("'Mama said she will pour the water on the shrine and call my name.' IP explained this means she will die. She had tried to keep £20 from a client.", "it | | S | h"),
("INT 2/B/P: Message seen on seized phone of suspect DUMITRU: 'Tell Vasile if he talks to the labour inspectors his kid in Suceava won't make it to school on Monday.' Vasile (nom) believed to work at a salad farm, Herefordshire.", "it | | L | h"),
("He pays us less than the other places, about £9 an hour cash, but he pays every Friday, no deductions, and we can leave when we want. Some of us are looking for better jobs.", " | | | l"),
("Debrief: 'First they were my friends. They bought me food, a phone, let me stay in the flat. Then they said, you know the phone, the food, the flat, that's £3,000, and you'll run for us till it's paid. When I said I'd go home they showed me a video on Snapchat of a boy getting his fingers broken with a hammer. I was 15.'", "av db it | | C | h"),
("Lady in the house next to mine says her husband threatens to leave her and take the kids to Pakistan. Domestic abuse referral made. No work or exploitation aspect.", " | | | l"),
("INT 3/C/P: Source (untested) overheard a man at a bus stop telling a woman on the phone in Polish, 'you will work till the debt is zero or your mother loses the flat'. Source did not see the man's face. CCTV requested.", "it db | | | "),
("She says that they took her to a hospital in another country and she woke up with a pain in her side. They told her the surgery was for an infection. She later learned from a UK doctor that one kidney is missing. She was promised a job in London as a cleaner.", "dc pv | pa | O | h"),
("Safeguarding referral from A&E: 17yo boy (British) presented with stab wound to thigh. Has been missing from home repeatedly, found with 2 phones and £600 cash. Mum says 'older boys' have told him he owes them after he was robbed of drugs. He refuses to give names, says 'they'll get my sister'.", "av pv it db | pa | C | i"),
("The HR manager gave me a formal warning, in writing, that if my absences continue I may lose my job. I have a meeting next week with my rep. Everything by the book.", " | | | l"),
("Debrief summary: Client (M, 33, IND, Punjabi speaker) worked in a Sikh-run roadside restaurant in the Midlands for 4 years. Slept in the storeroom, worked 7 days from 9am to after midnight. The owner had his passport from the start 'for the visa'. The owner told him that if he left the police would arrest him for overstaying and he would be 'kept in jail like an animal'. Wages were 'kept safe' and he was given £30 a week. When he found another job the owner came to the new place and hit him in front of customers.", "rd eo ww it pv ac | dt lh sw fa ncw | L | h"),
("Man followed me home from the bus stop and said 'I'll get you next time'. I don't know who he is. Reported for harassment.", " | | | l"),
("i cant tell you where i work. they check my phone. if they see this message my mother is dead", "it is | iso | | h"),
("Intelligence: Chinese women advertised on AdultWork under multiple profiles, same phone number +44 7911 123456 answers for all. Women moved between short-let flats in Reading, Slough and Oxford every 3-4 days. One woman told a client she's 'not allowed to go out, boss brings food'.", "rm | rmv | S | h"),
("Debrief (translated): The man said to me, 'Your family signed the paper. They gave the house as guarantee. If you stop, they are on the street.' I worked in the kitchen of his restaurant for 3 years.", "it db | | L | "),
("Young man at the soup kitchen asked if we knew 'Gaz', who had offered him work and a caravan. Staff warned him; he decided not to go. No exploitation has happened here, but passing on the name.", " | | | l"),
("INT 2/B/P: OCG transporting women (ROU) to Glasgow and Edinburgh for sexual exploitation in flats. Women told by lead nominal POPESCU that their 'debt' for flights and adverts is £5,000 and grows £200 for each day not worked. Victims beaten if they fail to meet targets. Victims' ID cards held by POPESCU's girlfriend.", "db pv rd | dt | S | h"),
("Caller reports son (22) works for a roofing firm, the owner shouts and swears at the lads and threatened to 'knock him out' after he dropped tiles. Son has been paid, left the job today. No ongoing concern.", " | | | l"),
("Worker on the chicken farm said the gangmaster told him, word for word, 'I know where your mother lives, I know where your wife works'. He'd asked for his payslip.", "it | | L | "),
("Council licensing visit to a nail bar, Dudley: 3 staff, all adults, own documents, paid into own accounts. One staff member lives above the shop by choice, pays rent to the landlord (separate from owner). Minor H&S issues with ventilation noted.", " | | | l"),
("Debrief account: 'At the airport in Lagos, the woman gave me a passport with another name. In London she took it back. She said I must never say my real name to anyone, and that if I go to police they will put me in detention and send me back and my father will be shamed in the village.'", "rd it | dt fa | | "),
("Crimestoppers: Romanian beggars are being dropped off at Oxford Circus at 7am and collected at 10pm by the same man in a silver Passat. He takes money from them in the car. One of them has one leg and looks ill.", "ww av eo | ced et ncw pa lh | C | h"),
("Text to victim (seen by Salvation Army worker): 'I see u at the Tesco today. Nice coat. Your little one looks like you.' Victim had escaped a nail bar in Glasgow one week ago.", "it | | | h"),
("We found Mrs D (82) hadn't been eating and her live-in carer had been taking her pension. The carer says it was 'for the shopping'. Carer is paid by the agency and lives out. Adult safeguarding concern, financial abuse.", " | ncw | | l"),
("He told me they can burn my house in Vlorë, with my mother and sisters inside, and nobody in Albania will do anything because the police are his family.", "it | | | "),
("Debrief: Client (F, 41, SLE) brought to the UK by a relative to look after his children. Has never been paid in 6 years. Relative says she 'owes' him for bringing her and that the Home Office will 'put her in a cell' because she has no status. She rarely leaves the house and does not know the bus routes or the postcode.", "ww db it is av | fa iso | D | h"),
("Manager of the hotel laundry called a worker 'useless' and said he'd be replaced by Monday if productivity didn't improve. Worker is a directly employed UK national. Grievance process ongoing.", " | | | l"),
("INT 2/B/P: Nominal ZHANG (nom 'Big Brother') runs a chain of massage shops in Manchester. Women (CHN, 30s-50s) sleep on the massage tables after closing. They are told by ZHANG that their relatives in Fujian owe him and will be 'visited' if they stop working. Hours: 10am to 2am.", "it eo ac | sw lh | S | h"),
("Report: man approached a Eritrean teenager at the hostel offering 'cash work'. Staff intervened. No offer accepted.", " | | | l"),
("IP said: 'Before I came, the agent said hotel job, 1,500 pounds a month, free room. I paid 5,000 to him. In England there was no hotel. They put me to wash cars, 7 days, 12 hours. For my room 10 people. They pay me 200 pounds in a month, and they say the rest they keep because of the 5,000.'", "dc db eo ww ac | uf lh oc | L | "),
("Officer handover: Female (BGR, 26) at custody suite after arrest for shoplifting. Disclosed that she and two others are taken to stores by a man who waits outside and takes everything they steal. He told her her baby, who is with his mother, will be 'given away' if she doesn't do it. Baby located at an address in Luton.", "it | | C | i"),
("Workers at a vegetable farm in Kent live in caravans on site, pay £45 a week, can leave site freely. Farmer pays piece rate above NMW. GLAA satisfied after unannounced visit; one complaint about slow Wi-Fi.", " | | | l"),
("Threatening voicemail to IP's sister in Bucharest: 'Tell Elena to come back to Birmingham or you'll be the one working.' Elena (IP) has just entered NRM support after escaping a brothel.", "it | | S | h"),
("Debrief (translated): The boss of the construction gang made us watch when he beat Cristi with a plank. He said, 'Who is next?' After that, nobody asked about the money.", "pv it | | L | h"),
("A family of six are living in a two-bed flat I own — parents, grandparents and kids. They are tenants, all on the lease, just a big family. Someone reported overcrowding. I've offered them a bigger place.", " | | | l"),
("Safeguarding: boy (14, looked after child) missing, found in a trap house in Norwich. Told officers he was 'allowed' to leave but that if he did without permission 'they'd find him'. He had not been fed for 2 days.", "av it ac | | C | i"),
("Brother-in-law is a gangmaster and threatens the workers? No, he's a decent man and all his paperwork is in order, I've seen his GLAA licence. My neighbour is making this up because of a parking row.", " | | | l"),
("She says that when the Home Office letter came, the man read it and tore it up and said to her 'This says they will deport you. Only I can stop it.' She could not read English. She says the letter was actually an appointment for her asylum interview.", "dc it av | fa | | "),
("Debrief: IP (M, 20, VNM) says he was taken from a London nail bar to a grow house in Kent 'because he was too slow'. The man said he could go back to the nail bar when the crop was in. He was never allowed out and his phone was taken on the first day.", "rm is | rmv iso | C L | h"),
("Organ trafficking intelligence: 3 men (MDA) recruited from Chisinau as 'warehouse workers' flown to the UK and assessed at a private clinic for 'health checks'. INT suggests they were being matched as kidney donors for patients overseas. None had been told.", "dc av | | O | h"),
("My boss doesn't pay me properly — he's paying me £10.42 when the minimum is higher. I've contacted ACAS and HMRC. Otherwise it's a normal job, I live at home.", " | | | l"),
("I would like to report that I was told by the man that if I said a single word to the woman from the council about my hours or my room, he would send the pictures of me to my husband. The room is in the basement of the shop and there is no window.", "it ac | sw plc | | "),
("INT 2/C/P: Subject MAHMOOD runs a car wash (Unit 2, Gorsey Lane). Source states workers are Afghan and Kurdish minors; MAHMOOD tells them asylum will be refused if they 'make trouble' and that he will tell social services they are adults. Workers sleep in the back office.", "av it | sw fa | L | h"),
("At the fruit farm the accommodation was fine and pay correct, but the van driver charged us £5 a day for lifts. We could walk or cycle instead, most did.", " | ct | | l"),
("The Nigerian lady who lives with the family on our road is their relative and goes to college in the day, I asked her. I'd been worried after the news story but she seemed happy.", " | | | l"),
("Social care note: Ms P (37, British, learning difficulties) is being 'looked after' by a couple who collect her PIP and Universal Credit. They say it is for her bills. She lives with them, has a room, and attends day centre. Capacity assessment booked.", " | ncw | | l"),
("Debrief, verbatim as given: 'You know what we do with people who run, he said, we sell them to Ali. Ali has a farm in Scotland where nobody comes back.' I stayed. I stayed two more years.", "it | | | "),
("Probation: Offender convicted of cannabis production (VNM, 24). At PSR interview he stated the 'boss' paid his travel and told him he must work 'one year' in the house to pay back. Was locked in, given food every week. No phone. Threatened that his parents would lose their land.", "db rm is it | rmv iso | C | h"),
("Member of public: man on the corner outside the shop selling weed to kids, threatened me when I told him to move. Not sure if anyone's making him do it.", " | | | l"),
("Caller states she is a nanny with a family in Hampstead. Employer has been shouting at her about timekeeping and has threatened to dismiss her. She is paid monthly by bank transfer and goes home to her own flat every evening. Wanted advice on unfair dismissal. Referred to ACAS.", " | | | l"),
("INT 2/B/P: Males (POL x4, 50s-60s, alcohol dependent) working for a family-run paving firm in Essex. Paid in alcohol and 'pocket money' £10-20 a week; kept in a horsebox at the family's yard. One man told PCSO the family said they'd break his legs if he walked to the town.", "av ww ac it | plc | L | h"),
("Debrief: 'The madam took my passport and my phone at the airport. She said: now you have no name. In the house I worked from morning until night, every day. I was not allowed to go outside. When her son hit me she said I must be thankful, in her country they would do worse.'", "rd is eo rm pv | dt iso lh rmv | D | h"),
("Police note: member of public reports that a Vietnamese man came to her door asking for food. He said he had walked from a farm. He did not know where the farm was, only that he was kept there 'many months' and beaten when he asked about money. Man with officers now, frightened, injured foot.", "is rm pv ww | iso pa rmv | L | h"),
("'Don't even think about the social,' the foreman laughed, 'they're all my cousins.' Worker was at the recycling plant for 2 days before he realised he hadn't signed anything.", "it | | L | "),
("Volunteer at the food bank: a man from Slovakia comes every week with 3 others, always with the same driver who speaks for them and holds their vouchers. The others seem scared of him. One said he works at the waste plant 'for no money yet'.", "ww | sfw et | L | "),
("Threats received by student after she reported her landlord for not returning her deposit. Landlord sent WhatsApp saying 'you'll regret this'. Student lives in private rented flat and works part-time. Not MSHT; harassment and tenancy issue.", " | | | l"),
]
TEXTS += [
("Supervisor shouts 'move faster or go home' on the line. Annoying. Paid, contract, holidays. That's it.", " | | | l"),
("INT 2/B/P: Female (VNM, 17) in nail bar, Swansea. Owner tells her the police will put her in an 'English prison for children' and her family will owe double if she speaks to anyone in uniform. Works 9am-8pm, 7 days. Sleeps on sofa in owner's flat.", "av it db eo | fa lh | L | h"),
("Curse. He said it plain: 'The spirits in the shrine are hungry.' Then he asked for the week's money.", "it ww | | | "),
("The husband drove me everywhere, to the shops, to the doctor, he stayed in the room. He said if I spoke to the doctor alone he would know, and my parents in Sylhet would suffer. I cooked and cleaned for the whole family and his brothers, I was never paid, he said wives are not paid.", "rm it ww | et sfw rmv | D | h"),
("Debrief: IP's controller in Derby made her film videos for an online site. He told her the videos would go to her church in Kumasi if she ever tried to stop. He took all the money from the site.", "it ww | ncw | S | h"),
("Agency worker reports supervisor said to her 'if you go to the toilet again before break I'll mark you absent'. She's been paid correctly and is looking at other agencies. Referred to Employment Agency Standards Inspectorate.", " | | | l"),
("Call summary: male (SDN, 19) at Birmingham New Street says 'the Arab man' who gives him work at a car wash has told him he will be shot if he does not come back tonight. Male refusing to go back, frightened, no money. Officers attending.", "it | fa | L | i"),
]
TEXTS += [
("""INTELLIGENCE REPORT — OFFICIAL-SENSITIVE
Grading: 2/B/P
Subject: car wash, Station Approach (trading as 'Sparkle Valet')

Source reports that the site is run by two brothers, Arben and Gezim LLESHI (ALB). Arben manages the day-to-day work; Gezim is rarely on site and owns a legitimate barber's shop in the town centre, which source believes is unconnected and where staff are local and properly employed.

At the car wash there are approximately 7 workers, all male, believed ALB and KOS, ages 17-25. They arrive in Arben's Sprinter at 07:30 and leave at 20:00 or later, 7 days. Source has heard Arben tell the workers, in Albanian, that 'the ones who go to the police get sent home, and at home my people are waiting'. Source also states one worker was told his younger brother 'would be brought over to pay instead' if he left.

Workers live in a flat on Queen St owned by a relative. Source does not know about pay or documents.

Recommend: joint visit with GLAA and Immigration Enforcement; early engagement with a Albanian interpreter.""", "it eo av | ced et lh fa | L | h"),
("""Debrief summary — prepared by NRM first responder (Migrant Help)

IP is a 32-year-old Filipino woman. She first worked for the family in Riyadh for 3 years, on a contract she describes as fair. In 2025 the family relocated to London and brought her on an overseas domestic worker visa.

In London things changed. Her passport was taken by the wife 'so it would not be lost' and kept in a locked drawer. She was no longer given a day off. She started work at 6am and finished when the last family member went to bed, often after 1am. Her salary, previously paid to her account in Manila, stopped; the wife told her it would be 'paid at the end'. She slept on a mattress in the children's playroom.

She was told repeatedly by the husband that if she left the house she would be arrested, because her visa was 'only for this family', and that British detention centres are 'worse than prisons in Manila'. The wife also told her she would accuse her of theft.

She left when a neighbour's nanny gave her a phone number on a piece of paper. She is now in a safe house and is frightened the family will find her.""", "rd eo ww it ac | dt lh fa | D | h"),
("""Log 2214. Attended 9 Raglan Terrace following a 999 call from a neighbour reporting screaming.

On arrival, domestic argument between occupant Mr Kevin HARRIS (43) and his partner Ms Lisa WARD (39). Ms WARD states Mr HARRIS threatened to 'put her through the window' after she found messages on his phone. She has no visible injuries. Both are British, both employed (he is a delivery driver, she works in a school office). Two children asleep upstairs, checked and well.

Mr HARRIS arrested for threats to cause harm / domestic abuse. DASH completed: medium. Referral to IDVA. No work, trafficking or exploitation elements identified. Neighbour (Mrs AKHTAR) also spoken to; she confirms no previous concerns beyond loud arguments.""", " | | | l"),
("""Witness statement, summarised.

I am a delivery driver. For about a year I've delivered supplies to a farm near Holbeach. There are usually 15-20 workers in the fields. Most of them, as far as I can tell, are normal seasonal workers — they have their own cars, they chat, they go to the pub in the village.

But there is one group of about 5 men who are different. They are always brought in a separate minibus by a man called 'Tata' and he stands watching them. They never take breaks with the others. Last month, when I was unloading, one of them came up to me and asked for a cigarette. He said in broken English that Tata has their passports and that Tata told them if they ran away he would 'find their children'. He pointed to a scar on his arm and said 'Tata'. Then Tata shouted and he went back.

I have not seen anything like that with the rest of the workers and the farm manager himself seems like a decent man.""", "rd it pv rm | dt et rmv pa | L | h"),
("""Caseworker note (Medaille Trust), week 3.

Client (F, 27, ROU) continues to settle. Sleep still poor. She disclosed more today about her time in Bristol. She was recruited by a man she met in a club in Constanța who said he loved her and would find her work in a restaurant. In Bristol she was taken to a flat and told she had to see men to pay back the flight and rent; she was given a number, £4,000, that 'went up every time she argued'.

She described the man keeping the flat key and that she could only leave to go to a shop on the corner with his cousin. He photographed her without clothes and told her he would post the photos on her sister's Instagram if she ever went to police. On two occasions he hit her when she cried.

Today she received a friend request from a profile she believes is his cousin. Safety plan reviewed; police OIC informed.""", "dc db rm it pv | rmv et | S | h"),
("""Press-style summary: sentencing at Chelmsford Crown Court.

A 51-year-old man from Basildon was jailed for eight years for holding three men in servitude. The men, all British and all with histories of homelessness and alcohol dependence, had been 'recruited' outside a night shelter with offers of work, food and a roof.

The court heard that the men were made to lay tarmac and clear gardens six days a week, paid in roll-ups, beer and occasionally a £10 note. They slept in a windowless shed on the defendant's property. When one man, aged 62, tried to walk to the nearest village, the defendant followed in his van and told him that 'the next time, you'll be in the slurry pit'. The judge described the threats as 'calculated to keep frightened men where they were'.

A fourth man who had worked for the defendant briefly gave evidence that he was paid properly and left when he chose; the judge accepted his treatment had been different.""", "av dc ww ac it | plc | L | h"),
("""School safeguarding referral (DSL to MASH)

Pupil: A.B., Year 11, DOB known (age 15). 

Background: A.B. has had increasing absences since September. His form tutor has noticed he has a new phone, new clothes and often looks exhausted. Today he came in with a cut lip. When asked, he said he'd been 'jumped'.

Later, during a pastoral meeting, A.B. said that some older boys he met through a friend give him 'jobs' taking parcels to Margate. He said he got robbed on one trip and now 'owes' them £1,200. He said they told him they know where his little sister goes to primary school and that if he doesn't do three more trips this week 'it won't just be him that gets hurt'.

A.B. asked the DSL not to tell his mum. Mum has been contacted in line with policy. Police informed. Concern for A.B. and sibling tonight.""", "av it db pv | pa | C | i"),
("""GLAA Compliance Report (summary) — Licence holder: FastPick Recruitment Ltd

Areas inspected: payroll, accommodation, transport, worker interviews (n=18, interpreters for Bulgarian and Romanian).

Findings:
1. Pay: all workers paid at or above National Minimum Wage; holiday pay accrued correctly. One worker queried a deduction; it related to a court-ordered attachment, lawful.
2. Accommodation: two houses, 4 and 5 occupants respectively, bedrooms of adequate size, fire doors fitted.
3. Transport: free minibus provided; workers may use own transport.
4. Documents: no retention; copies only.
5. Worker interviews: no reports of threats, fees, or restrictions. Several workers praised the site supervisor.

Outcome: compliant. No further action. Next inspection 12 months.""", " | | | l"),
("""Debrief account (first person, through interpreter, Vietnamese)

I came to the UK in the back of a lorry after a long time in France. My family borrowed money from a man in our village to pay for this. When I arrived the people here said the debt was now £28,000 and I must work at a nail salon in Kent to pay.

I worked every day from 9 in the morning until 8 at night. I lived with the salon owner and her husband. They gave me food and said the wages went to the debt. Sometimes the husband gave me £20 for 'pocket'. They kept my phone in the kitchen and I could use it only when they were watching.

The owner's husband said, 'If you run, we call the man in your village. He knows your mother's house.' He also said the police in England would send me to prison because I came illegally. I believed this. I did not go outside alone for one year and two months.""", "db ww is rm it eo av | iso rmv fa lh | L | h"),
("""Call summary (101), 15:42.

Caller: Mrs Jean PRICE, 71, lives opposite 3 Orchard Close.
Caller reports that over the past month she has seen 'lots of young girls' coming and going from no. 3 at all hours, mostly in taxis, and men arriving alone late at night, staying an hour. Curtains are always drawn. A man in his 40s appears to live there and 'meets every taxi'.

Yesterday a girl, who she thinks is 'no more than 16', came to her gate and asked to use her phone. Before she could, the man came out, took the girl by the arm and said loudly 'you know what happens if you make me angry'. The girl went back inside.

Caller is worried for the girl. Caller is elderly and frightened of the man. Passed to CSE team as priority.""", "av it rm | rmv | S | i"),
("""Handover note: Rainbow Hand Car Wash — second visit.

Following up the anonymous report from last week (alleged threats and unpaid workers). Spoke with owner Mr Ali RAHIMI and all 5 staff separately, with a Dari interpreter by phone.

All staff said they were paid weekly by bank transfer to accounts in their own names, and showed their banking apps. They live in their own rented rooms, two share a flat. Passports/BRPs in their own possession. One staff member said Mr RAHIMI 'is strict about customers' and once threatened to dock an hour's pay if he was rude to a customer again; no money was docked. Staff work 9-6, 5 days a week.

The original report appears to come from a rival car wash owner. No indicators of modern slavery. Advised owner re chemical storage and gloves. NFA.""", " | | | l"),
("""Organ harvesting concern — hospital transplant team to police.

A 29-year-old woman (nationality withheld) attended renal clinic with a recent nephrectomy scar and asked about 'money from the hospital'. Through an interpreter she explained that a man in her home country had paid for her flight to London and told her a British family needed a kidney and would pay her £10,000. She was accommodated in a flat in East London with two other women 'waiting for tests'. The man kept her passport.

She says after the operation, performed abroad on a second trip, she was paid nothing and told she still owes for the flights. The man has sent messages saying she must bring 'another donor' from her village or her family will pay the debt. She is frightened to return to the flat.""", "dc rd ww db it av | dt | O | h"),
("""Probation officer's note — supervision session

Mr N (28, British) discussed his employment at a scrap metal yard. He says the yard owner pays him cash, £70 a day, for 8-hour shifts. He says the owner 'is a bit of a thug, shouts and threatens to sack people', but he has never been threatened with violence and he can leave when he likes — he took last Friday off for his daughter's birthday with no problem.

Discussed whether the cash pay is declared; Mr N says yes, he gets a payslip. Mr N is happy in the job. No exploitation concerns. Will check in again next month.""", " | | | l"),
("""Debrief (Albanian interpreter): He says that in Albania he owed money to a man because of his father's gambling. The man said the debt could be paid by working in England. He was driven across Europe and put in a lorry at Calais.

In England he was taken to a house in Coventry where the upstairs rooms were full of cannabis plants. The man in charge, whom he knew only as 'Tony', took his phone, his ID card and his shoes. He says without shoes he could not run. The door was locked from outside with a bar.

Tony visited twice a week with food. He told him the neighbours are 'all friends' and would call Tony if he tried to get out. He also said the police in England would keep him in prison for 10 years because the plants are in his name. When the police raided he was arrested and spent two weeks in custody before anyone asked how he came to be there.""", "db is rd rm it | iso dt rmv fa fpe | C | h"),
("Madam watches. Madam knows.", "it | | | "),
("Boss threatened to call the cops on us for sleeping in the van. We'd got nowhere else, no money yet.", "it | sw | L | "),
("I owe 6000 they said. I pay 100 per week. It is still 6000.", "db | | | "),
("'Shut up or you swim home' — skipper to deckhand, twice, witnessed by the cook.", "it | | L | "),
("Lost my BRP on the night bus. Reported to police and Home Office. Everything else fine.", " | | | l"),
("No threats, no debt, no problems — he just works long hours because he wants to buy a house.", " | | | l"),
("They took my phone and said I'd get it back when the job's done.", "is | iso | | "),
("Girl, 14, in car with two adult men at 2am, outside a takeaway on Bury New Rd.", "av | | S | i"),
]
def parse(lab):
    parts = [p.strip() for p in lab.split("|")]
    while len(parts) < 4:
        parts.append("")
    ind = [IND.get("is_" if c == "is" else c, c) for c in parts[0].split()]
    sig = [SIG.get(c, c) for c in parts[1].split()]
    typ = [TYP[c] for c in parts[2].split()]
    derived = "low"
    if ind or typ:
        derived = "medium"
    if ("physical_sexual_violence" in ind or "sexual" in typ or len(ind) >= 3
            or ("intimidation_threats" in ind and "restriction_of_movement" in ind)):
        derived = "high"
    stated = RISK[parts[3]] if parts[3] else derived
    risk = max(stated, derived, key=ORDER.index)
    return ind, sig, typ, risk

def main():
    out = pathlib.Path(__file__).with_name("fresh129.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for n, (text, lab) in enumerate(TEXTS, 1):
            ind, sig, typ, risk = parse(lab)
            rec = {"id": f"f129-{n:03d}", "text": text.strip(),
                   "indicators": ind, "signs": sig, "exploitation": typ, "risk": risk}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(out, len(TEXTS))

if __name__ == "__main__":
    main()
