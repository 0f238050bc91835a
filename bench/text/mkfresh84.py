#!/usr/bin/env python3
"""Hand-written texts for fresh84.jsonl (each text written individually; labels by hand).
Short codes are expanded below; risk is derived from the labelling rule unless set
('i' = immediate, 'h' = high because a child is at risk)."""
import json, os, sys

IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement",
           IS="isolation", PV="physical_sexual_violence", IT="intimidation_threats",
           RD="retention_of_documents", WW="withholding_wages", DB="debt_bondage",
           AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions",
           oc="overcrowded_accommodation", swp="sleeps_at_workplace", fpe="few_personal_effects",
           rmv="restricted_movement", cedl="collected_early_dropped_late", foa="fear_of_authorities",
           uf="upfront_fees", dt="documents_taken", et="escorted_transport", ct="charged_transport",
           lh="long_hours", ppe="ppe_charges", ncw="no_control_of_wages", sfw="speaks_for_workers",
           mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
PAIR = [("RD", "dt"), ("RM", "rmv"), ("EO", "lh"), ("IS", "iso")]

ROWS = []
def E(text, ind="", sig="", typ="", risk=""):
    ROWS.append((text, ind.split(), sig.split(), list(typ), risk))


# ---- part 1 ----
E("INT: HCW on Dudley Rd, Winson Green, B18. 4x Romanian males working, appear to live in portakabin at rear. Nom BALAN runs site, collects workers in white Transit 0630 daily, returns after 2100. 2/B/P",
  "AC EO", "swp plc cedl lh", "L")
E("Saw 3 lads sleeping in the back of the car wash on Bradford Rd Huddersfield they look proper thin and no gloves in this cold, someone shud check on them",
  "AC", "swp pa", "L")
E("Caller reports neighbour's music too loud every weekend at terrace on Parkinson Lane, Halifax. No other concerns. Advised re council noise team.")
E("Debrief via interpreter (Vietnamese). She says she was told there was work in a nail salon in Birmingham and that her family paid £18,000 to the people who arranged it. When she arrived she was put in a house in Handsworth with the door locked from outside and made to water plants in the loft. The man called Anh took her phone and said if she tried to leave her mother in Nghe An would pay for it.",
  "DE DB RM IS IT AV", "uf", "C")
E("GLAA inspection, packhouse nr Wakefield. Labour provider licence checked, payslips match hours, workers hold own ID, accommodation not provided. No issues identified.")
E("Walsall school DSL referral: Y10 pupil (15) seen getting into different cars after school, now has two phones and new trainers, missing from home three nights this month. Mum found £600 in his bag. Older male known as 'Tiny' keeps ringing.",
  "AV", "", "C", "h")
E("Nail bar Soho Rd - girl looks about 14 doing nails all day, never speaks, man at the desk answers for her every time",
  "AV", "sfw", "L", "h")
E("POI DOSTI Arben (DOB 03/02/1994) ALB nat. INT suggests DOSTI controls cannabis grow at terraced address Legrams Ln BD7, two ALB males kept inside to tend plants, food dropped in by DOSTI twice a week. Males said to owe him for lorry crossing. 2/C/P",
  "RM DB", "", "C")
E("A&E note, Coventry: 32yo male, Polish, laceration to hand from meat-cutting machine at work. Employer accompanied and stayed for consult but pt spoke freely in English when alone, says work is fine, paid weekly into own account, lives with partner. No safeguarding concerns.")
E("I came from Slovakia with my cousin's friend Marek. He said good job in Leeds factory 9 pound an hour. He take my ID card for make the bank account and never give back. The wages go on the card and Marek has the card. He give me 30 pound on Friday for cigarettes.",
  "DE RD WW", "ncw", "L")
E("Report via Unseen helpline: caller's husband works at a takeaway in Wolverhampton, 7 days a week 11am-2am, but he is paid and comes home each night. Caller unhappy about hours. Advised ACAS.",
  "EO", "", "L")
E("Officer handover: Bradford CID - sham marriage enquiry. Slovak female, 19, brought to UK by aunt, to marry PAK national for £3k paid to aunt. She has not received any money and says aunt keeps her passport 'for the wedding'. Now at refuge. Not currently at risk.",
  "DE RD AV", "", "C")
E("Probation note: service user reports he is now working for a roofing firm in Dewsbury cash in hand, £80/day. Says he can leave any time and keeps his own money. No exploitation concerns at present.")
E("999 call 23:14: female screaming heard from flat above shop, Stoney Stanton Rd Coventry. Caller says several young women live there, men come and go all night, one woman earlier shouted 'help me they locked the door'. Units dispatched.",
  "RM", "", "S", "i")
E("bank alert - 11 debit cards in different names used at same ATM Leeds Kirkgate between 0602-0614, all withdrawals £200, accounts opened same week with addresses at one HMO in Harehills",
  "", "mbc", "")
E("Salvation Army caseworker note: client (Eritrean, M, 24) worked at a hand car wash in Tipton for 8 months. Slept in a shipping container on site with 5 others. Boss deducted 'rent' and 'food' from £35 a day leaving him with about £10. He says he was too scared of immigration to ask anyone for help.",
  "AC WW AV", "swp oc plc foa", "L")
E("hi i want to report a house on Manningham Lane theres like 15 men living in a 3 bed and a van picks them all up at 5 in the morning and they come back at 10 pm, the bins are overflowing",
  "", "oc cedl", "")
E("INT: IP BAKO Grace NGA nat reports being recruited in Lagos as a nanny for a family in Solihull. On arrival, employer Mrs ADEYEMI took her passport. IP cooks, cleans and looks after 3 children 6am-midnight, sleeps on kitchen floor, not paid in 14 months, not allowed out except school run. 1/A/P",
  "DE RD EO AC WW RM", "", "D")
E("Student from Hong Kong reports losing her passport on a night out in Leeds city centre. Lost property report created. Advised to contact consulate.")
E("Coventry police log: 2 x Roma children (approx 11 and 13) seen begging outside Tesco Extra Arena Park daily, adult male drops them off at 9 and collects at 6, takes the coins from them in the car park.",
  "AV WW", "cedl", "C", "h")
E("GP letter, Huddersfield: Pt (F, 27, Romanian) attended for contraception advice, accompanied by male who insisted on interpreting although pt understands English. Pt appeared withdrawn, bruising to upper arms. When male left the room she said 'he sells me' and asked for the door to be closed.",
  "PV", "pa sfw", "S")
E("My uncle in Pakistan arranged for me to marry a man in Bradford. I agreed, it was my choice, and I live with him and his parents. I have my own phone and go to college. I called only to ask about my visa extension.")
E("Dudley: welfare check on elderly male, 71, living alone. Neighbours say a younger couple moved in 2 months ago 'to help him' and now his pension is collected by them at the post office. He looks thin. Flat full of people at night, drug paraphernalia seen.",
  "AV", "ncw pa", "C")
E("Witness statement (extract): 'I worked at the bakery on Wakefield Rd with Tomasz for two years. We both got paid every Friday into our own accounts. The hours were long in the Christmas period but we got overtime. I never saw anyone held there.'")
E("Car wash on Aston Rd, lads working in flip flops in the rain, same ones there every single day 8 till 8 i never seen them have a day off",
  "EO AC", "", "L")
E("INT: county line 'DEX' operating Birmingham to Shrewsbury/Telford. Runners aged 14-16 from Kingstanding. One runner (15) reportedly stabbed in leg after losing a package and told he now owes £1,500 which he must work off. 2/B/P",
  "AV PV DB", "", "C", "h")
E("Midwife note, Bradford Royal: booking appt, 19yo, 24/40 pregnant, unbooked. Came with 'husband's mother' who answered all questions. Pt not allowed to keep her own maternity notes; MIL took them. Pt cannot say her address. Pt says she does all the cleaning and cooking for 9 people and is not allowed out alone.",
  "IS RM AV", "sfw", "D")
E("Organ trade: Border Force at BHX stopped UK national returning from Pakistan. Disclosed that he had paid an agent £20k for a kidney transplant in Lahore and that the donor was a poor labourer 'who was paid'. Intelligence passed to NCA.",
  "AV", "", "O")
E("Man at my work (chicken factory, Coventry) keeps saying the agency takes £60 a week off him for the van and £40 for boots and hi-vis. He still gets most of his wage. Is that legal??",
  "", "ct ppe", "")
E("ANPR hits for VRM KX19 ODF: Mondays 0540 M62 J27 west, Fridays 2215 return. Registered to director of labour agency Batley. Context only, no offences disclosed. 3/C/P")
E("Victim account (Albanian, male, 20), through interpreter: He says he was promised construction work in London for £100 a day. Instead he was driven to a house in Leeds and told to look after cannabis. He says the men told him he owed £15,000 for the journey and that he would only be let go when it was paid. He was given rice and noodles. Windows were boarded and the back door was screwed shut.",
  "DE DB RM AC", "plc", "C")
E("Complaint to Kirklees licensing: HMO on Blacker Rd, Birkby licensed for 5, inspection found 11 occupants, all agency workers at a food plant, each paying their own rent direct to landlord. Landlord served notice for breach.",
  "", "oc", "")
E("FAO MASH: 16 y/o female LAC missing from placement in Walsall for 48hrs, believed to be with 24yo male in Birmingham who posts her on an escort site. She returned with new clothes and a bruise on her cheek, refused to say where she had been.",
  "AV PV", "pa", "S", "h")
E("she keeps saying shes fine but her boss has her passport in the safe at the restaurant and she sleeps in the storeroom, Chinese restaurant Broad St, she works every day",
  "RD EO", "swp", "L")
E("Caseworker (Medaille Trust): K., Nigerian, 26, trafficked to Wolverhampton for sexual exploitation 2021. Madam told her she owed 35,000 euros and took all the money from clients. Juju oath taken in Benin: she believed she would die if she talked. She was moved between flats every two weeks.",
  "DB WW IT", "", "S")
E("Theft from motor vehicle, Headingley. Laptop taken from car overnight. Suspect seen on CCTV. No further lines.")
E("Polish male (38) at Leeds St George's Crypt says he came over for warehouse work through a man in Poznan who charged him 2,000 zloty for the job and transport. When he arrived the job didn't exist and he has been sleeping rough for 3 weeks.",
  "DE", "uf", "")
E("INT: nail bar 'Luxe Nails' Coventry Rd Small Heath - 3 VNM females aged approx 16-20 work there, brought to shop and taken away in grey Qashqai by same male, never seen on their own. Female heard to say she 'pays back the loan' from wages. 2/C/P",
  "AV RM DB", "et", "L")
E("Referral from Wolverhampton Homes: tenant (F, 55, learning disability) had her flat taken over by two males who use it to sell crack. They eat her food, use her bank card and told her they'd burn her out if she tells the housing officer.",
  "AV IT", "ncw", "C")
E("Good news story: Bradford textile firm signs up to supplier audit, publishes s54 statement, pays real living wage. Workers interviewed said they liked the new canteen.")
E("CALL SUMMARY 101: anon male says his friend (Sudanese, 22) is working on a farm nr Selby picking, 14 hr days, living in a caravan with 8 others, the gangmaster keeps the bank card and gives him £50 a week. Friend is scared as he has no papers and gangmaster says he will call the Home Office.",
  "EO AC WW AV IT", "oc ncw foa", "L")
E("ive been in this job 3 yrs at the packing place in Normanton, its hard work and the manager shouts but i get my money and i go home every night, just wanted to know my rights about breaks")
E("Prison note HMP Birmingham: prisoner (VNM, 17 on arrest, now 18) convicted of cannabis production. Says he was locked in a house in Wolverhampton and couldn't leave, that the 'boss' said his family in Vietnam would be beaten if he ran. s45 defence not raised at trial. Referred to NRM.",
  "AV RM IT", "", "C")
E("Stop check Leeds Rd: 5 males in a Sharan, driver answers for all, says they are 'cousins' working at a recycling yard in Shipley. Passenger had no idea of his own address. Driver holding 5 passports in glovebox, says for 'safekeeping'.",
  "RD IS", "sfw et", "L")
E("The kebab shop on Victoria Rd the boy is there from morning to 3am, he told my son he sleeps on a mattress upstairs and boss keeps his money to send to his family in Kurdistan",
  "EO WW", "swp ncw", "L")
E("DA incident, Keighley: female reports partner pushed her during argument about money. Both live together with their own incomes. DASH completed, medium risk. No exploitation disclosed.")
E("INT: MIHAI Gheorghe (DOB 12/11/1987) arranging Romanian women to come to Huddersfield, adverts on escort sites under 'Bella', 'Ioana'. Women picked up from Manchester Airport by MIHAI, phones taken on arrival. Women work from flat above barber, Westgate. 2/B/C - not to be disclosed to LA without OIC agreement.",
  "IS", "", "S")
E("Girl at the chippy on Soho Rd says she came from Punjab for a student visa but her uncle made her work in his shop instead of college and he kept her fees money. She cries a lot.",
  "DE AV WW", "", "L")
E("Care home Oldbury, CQC referral: overseas carers from Kerala recruited via agency that charged £9,000 'sponsorship fee'. If they leave before 3 years they must repay £7,000. Workers say they are doing 70+ hrs weekly. Manager holds their BRP cards.",
  "DB EO RD", "uf", "L")
E("Kidney patient (M, 58) attending renal clinic QE Birmingham, on dialysis, awaiting transplant on NHS list. Brother being assessed as living donor. No concerns.")
E("Wolverhampton 101: caller says her Slovak neighbour's teenage daughter (about 16) has been 'married' to an older man from another family and now lives at his house cleaning for the whole family, not going to school.",
  "AV", "", "D", "h")
E("OIC update: Op ARDEN - raid at cannabis factory Dewsbury Moor. 1 VNM male found, appeared approx 15-16, living in the loft on a mattress, no shoes, no phone. Says 'the uncle' brings food. Now with children's services.",
  "AV AC IS", "swp pa fpe", "C")
E("I work at a hand car wash in Leeds. The boss is alright, pays £70 a day cash, I go home to my own flat. Sometimes busy Saturday. I am reporting because another car wash down the road has young boys and I think they sleep there.",
  "", "swp", "")
E("Lads at the recycling place off Canal Rd Bradford are sorting rubbish with bare hands, no masks, glass everywhere, one had blood all down his arm. Same white van drops them every day.",
  "AC", "pa", "L")
E("Financial crime alert: salary from 'Midlands Food Services' for 7 separate employees paid into one Lloyds account held by a Mr R. SINGH, funds withdrawn in cash the same day. Account holder not an employee.",
  "WW", "ncw", "L")
E("debrief (own words, written by client): they said i come to England to be a model, photo shoot, good money. when i come to the airport they take me to a house in Coventry and there is other girls. the man say now you owe me for the flight and the house and you must work with men. I say no and he hit me and raped me. after that i did what they say.",
  "DE DB PV", "", "S")
E("Huddersfield: report of man sleeping in doorway on John William St. Outreach team contacted, offered shelter place. He declined.")
E("INT suggests Op PEPPER target KHAN holds multiple bank cards belonging to Roma males who work at a bed factory in Batley; cards kept in a shoebox at KHAN's address and used to withdraw wages weekly. 2/B/P",
  "WW", "mbc ncw", "L")
E("Passenger at Leeds Bradford (F, 22, Romanian) stopped by Border Force travelling with older male who had her ID card and return ticket. Said she was coming to 'visit a friend' but had no address or number. Male had 3 other women's phone numbers listed as 'new girls'. Safeguarding applied.",
  "RD IS", "", "S")
E("My neighbours are a big family from Slovakia, lots of kids and grandparents in one house in Lidget Green. People keep reporting them but they're just a big family, the kids go to school and dad works at the bakery.")
E("Ring doorbell footage shows young lads being dropped at the house opposite at all hours with rucksacks, the old man who lives there never comes out now and the curtains are always shut, I think they have taken over his house",
  "AV", "", "C")
E("NRM referral summary: adult male, Indian, 41. Recruited in Punjab for 'hotel work', paid agent £6,500. In UK made to work at a sweets factory in Leicester then Wolverhampton, 12-hour shifts 7 days, housed with 14 men in 3-bed house owned by the factory owner's brother. Wages paid to the agent 'for the loan'. Threatened with deportation if he complained.",
  "DE DB EO AC WW IT", "uf oc", "L")
E("Pizza takeaway, Bilston. GLAA and Immigration visit. Two staff working illegally (overstayers), both paid cash at the going rate, both rent their own rooms elsewhere and confirmed free to leave. Civil penalty for employer. No MS offences.")
E("The woman in the flat below me is always crying and a man brings different men up all night. she had a black eye on Tuesday. He has the key, she can't go out without him",
  "PV RM", "pa", "S", "i")
E("Bradford CSC strategy meeting minutes: Child A (14, F) - concerns of CSE. Child A has been given alcohol and cannabis by males aged 20-30 at a takeaway, taken to hotels in Leeds. Disclosed to youth worker that she had sex with 'his friends' as she owed them for the weed.",
  "AV PV DB", "", "S", "h")
E("Hi, I'm a worker from the Philippines in a diplomat's house in London. They brought me to Leeds for the summer. Madam keeps my passport. I sleep in the laundry room. I have no day off since I came 2 years ago. I send message from the neighbour's wifi.",
  "RD AC EO", "swp", "D")
E("Motorist reports being overcharged at hand car wash in Coventry (£25 for a basic wash). Trading standards referral only.")
E("2/B/P INT: Op CORAL - 'Mama Joy' (NGA) runs pop-up brothels in Airbnb flats in Birmingham Jewellery Quarter and Leeds Dock. Women moved weekly, bookings taken by Mama Joy on WhatsApp. Women told they will be arrested and deported if found by police.",
  "IT", "foa", "S")
E("Leeds hospital porter (F, Zimbabwean) says she works two jobs by choice, about 60 hrs a week, sends money to her children. Employer has her right-to-work share code on file only. No concerns raised.")
E("Volunteer at Bradford food bank: man from Eritrea says he works at a car wash for £25 a day, the boss takes £100 a week for a bed in a room with 6 others above the wash. He doesn't know the address of the car wash.",
  "WW AC IS", "oc swp", "L")
E("Coventry: 101 report of suspected cuckooing, Hillfields flats. Vulnerable female tenant (heroin user) allowing dealers to use flat in exchange for drugs. Dealers from Birmingham, one said to be about 16.",
  "AV", "", "C", "h")
E("Statement of victim (translated from Romanian): I am from Tandarei. A man from our town, Costel, said I can work in England in construction and he will pay 50 pounds per day. I came with bus. He took my identity card at the station in Birmingham. I worked building extensions, from 7 until dark, he said the money is for my debt for the bus and for the room. After 5 months I had nothing. When I asked he showed me a video on his phone of a man beaten and said this is what happens to people who talk.",
  "DE RD EO WW DB IT", "", "L")
E("Sheffield/Leeds: Mr KOWALSKI, licensed gangmaster, visited re complaint from worker. Worker's grievance was one week's late payment due to bank error, since paid in full. Complaint closed.")
E("3 young girls in the car with older men parked by the park every night, Lozells, they give them vapes and take them off somewhere, one looks about 12",
  "AV", "", "S", "h")
E("Officer note, Wakefield: Vietnamese male (approx 30) arrested leaving cannabis grow in Agbrigg. Hands stained, pale, malnourished, clothes stinking of plants. He says he has been in the house 'since winter' and does not know what town he is in.",
  "IS", "pa", "C")
E("INT: B. NAZARI and associate supplying Kurdish males for 'barber shops' in Wolverhampton and Walsall, workers told they must give back half their wages to NAZARI for getting them the job. 3/C/P",
  "WW", "ncw", "L")
E("Parent called to say her 17yo son has got a job at a car wash in Erdington and comes home late. He's paid minimum wage and she just wanted to check it's a legit business. Business checked, registered, PAYE in place.")
E("Safeguarding referral from Leeds homeless outreach: rough sleeper (M, Lithuanian, 45, alcohol dependent) says a man offered him a room and work on a building site. He worked 6 weeks, got 'paid' in vodka and tobacco, was told if he went to the police he'd be found and 'put in the canal'. He left when the man went to Lithuania.",
  "AV WW IT", "", "L")
E("Online report: Massage parlour Harehills Rd - women look foreign, don't speak English, I've been there and one told me she hasn't left the building in weeks and the manager keeps all the money",
  "RM WW", "", "S")
E("HM Coroner referral: death of Chinese male, 44, found in a shipping container used as accommodation at a farm near Evesham. Post-mortem: hypothermia. Colleagues say 12 men lived in 2 containers with no heating.",
  "AC", "oc plc", "L")
E("Bradford MASH: referral from school re Year 9 pupil (F, 13, Roma Slovak). Pupil told teacher her father has agreed for her to marry a boy (17) from another family in the summer and she will stop school to keep his family's house.",
  "AV", "", "D", "h")
E("I am from Vietnam. I paid snakehead 20,000 dollars for to come. My mother borrow money from the village. In England they put me in a nail shop in Wolverhampton, I work 10 hour, 6 day, the lady keep all the money for the debt. She say still 9,000 left. I sleep in the shop back room with two other girls.",
  "DB WW EO", "uf swp", "L")
E("Leeds CID: Burglary at warehouse, Cross Green. Entry forced via roller shutter. 20 pallets of vapes stolen. Suspects unknown.")
E("Wolverhampton licensing: takeaway inspection. 2 staff found sleeping on mattresses in the cellar next to the fryer oil, no fire exit. Owner says they 'prefer to stay'. Prohibition notice on cellar.",
  "AC", "swp plc", "L")
E("Referral (GP, Walsall): 68yo male with dementia. Son reports new 'carer' moved in and has been drawing his father's pension and attendance allowance, father left unwashed and underfed.",
  "", "ncw pa", "")
E("The boss tell us don't go out because police will put you in prison because you have no visa. We stay inside the house only go to factory in the van. He lock the gate at night.",
  "RM IT AV", "et foa", "L")
E("INT suggests ZAMAN Imran using young Asian females (16-17) from Bradford as couriers for cash and drugs to Huddersfield; he tells them they owe him for phones he bought them. 2/C/P",
  "AV DB", "", "C", "h")
E("Caller's brother (Pakistani, 30) came on a spousal visa, marriage has broken down, he is living with friends and working in a warehouse via an agency in Coventry. Caller asking about immigration advice. No exploitation concerns disclosed.")
E("Press summary: Two men jailed at Leeds Crown Court for trafficking Slovak Roma men to work at a bed factory in Dewsbury. The victims, some with learning difficulties, were housed in squalid conditions, had their bank cards taken and were paid as little as £10 a week.",
  "AV AC WW", "plc ncw", "L")
E("Nurse, Coventry walk-in: F, 24, Chinese, came in with burns to both forearms. Says works at massage shop, burns from towel steamer. Reluctant to give address, says boss has her passport 'for the visa'. Male waited outside.",
  "RD", "pa", "S")
E("saw a teenage boy being punched by an older lad outside the flats on Marsh Lane Leeds then he got pulled into a car, the older lad said 'you owe me'",
  "AV PV DB", "", "C", "i")
E("Social worker note, Kirklees: Mr S. (Slovak, 63) says his son-in-law collects his pension and gives him £10 a week. He lives with the family willingly, eats with them, is not asked to work.",
  "", "ncw", "")
E("Ticket inspector at Birmingham New St reports group of 6 Romanian children (8-14) travelling with one adult, all told to stay silent, adult had all their ID and told inspector they are going to 'work in the shops'.",
  "AV RD", "sfw", "C", "h")
E("Hotel housekeeping: agency worker (Bulgarian) told her room-cleaning rate was per hour at interview but now paid per room, she ends up with £4 an hour. She lives at home with her husband, can leave and is looking for another job.",
  "DE", "", "")
E("INT: Op MAPLE. Source reports Romanian male 'Cristi' controls 6 women working from flat on Hagley Rd, Edgbaston. Women not allowed phones. Cristi's associate sits in the flat 24/7. One woman pregnant and has not seen a doctor. 2/A/P",
  "IS RM AV", "", "S")
E("Birmingham 101: Man says his wife is holding his passport after an argument and won't give it back. He is British, works, and is free to go to his mum's. Advised civil route.")
E("Chinese takeaway Armley - uncle says the boy is a relative visiting but he works in the kitchen all hours and told my daughter he can't go back to China till he pays them back for the flight",
  "EO DB", "", "L")
E("Bradford Council trading standards: textile workshop inspection, Thornbury. 9 workers, fire exits blocked, dust everywhere, no ventilation, children's clothing being made. Workers paid piece rate (about £3/hr), said they feel they cannot complain because the owner 'knows our families back home'.",
  "AC IT", "", "L")
E("Just want to say the Polish lads at the mushroom farm are treated well, I drive them and they're paid properly, have their own rooms and go home at Christmas.")
E("Debrief note (Albanian, F, 19) — she says that her boyfriend brought her to England saying they would marry, then he said she must work with men to pay for the house. He took her phone and her passport. She was kept in a flat in Coventry and only let out with him. When she cried he hit her with a belt.",
  "DE DB RD IS RM PV", "", "S")
E("Leeds: fraud report, identity of Romanian worker used to claim Universal Credit. He told police he gave his passport to a man who 'helped with the bank' and since then the money has gone to an account he doesn't have access to. He still works at a carwash for the same man.",
  "RD", "ncw", "C")

# ---- part 2 ----
E("Renal unit, Leeds St James's: pt (M, 35, Pakistani heritage, Bradford) presented with post-op infection. Disclosed a kidney was removed in a private clinic abroad after a relative arranged it to 'clear the family loan'. Says he was told it was for a medical test and only understood after. He was given £1,500 of the £10,000 promised.",
  "DE AV", "", "O")
E("INT: unknown males approaching homeless Romanian men at Digbeth coach station offering £3,000 to 'donate' a kidney in Turkey, flights paid. One male (DOB 1991) confirmed he was approached and refused. 2/C/P",
  "AV", "", "O")
E("Live donor assessment, Coventry: sister donating kidney to brother, both UK residents, independent assessor satisfied no payment or pressure. Surgery scheduled.")
E("Debrief, interpreter (Tigrinya): He says in Libya the smugglers told men who could not pay that they would 'sell a kidney' and one of his friends was taken and came back with a scar and was very ill. He himself paid by working in the UK at a car wash in Smethwick where the boss takes most of his money for the smugglers' debt.",
  "PV DB WW", "", "L O")
E("Press: Nigerian senator's family convicted of conspiring to bring a young man from Lagos to the UK to harvest his kidney; he had been told he would be working and was not told the truth about the transplant. Case cited in Birmingham training day.",
  "DE AV", "", "O")
E("A man at the mosque in Alum Rock is telling people they can pay off their debts back home by selling a kidney in Pakistan, he has a doctor there, he showed my brother a contract. My brother is unemployed and desperate.",
  "AV", "", "O")
E("She says that the 'auntie' in Walsall brought her from Ghana at 13 to help with the children. She has never been to school. She cooks, washes and cleans for the family of 7 from 5am, sleeps on a mat in the children's room and is hit with a slipper if the food is late. Now 19. She does not have her passport and has never been paid.",
  "AV EO PV RD WW", "", "D")
E("Au pair (Spanish, 21) in Harrogate contacted helpline: host family asking her to work 50 hours instead of 25, she gets £90 a week pocket money as agreed. She has her passport and plans to leave at the end of the month. Advised re au pair rules.",
  "EO", "", "D")
E("Filipino domestic worker, private household Edgbaston, escaped via window at night. Says employers locked her in when they went out, took her phone, 18-hour days, salary 'paid' to her agency in Manila which she never saw. Now at Kalayaan partner shelter.",
  "RM IS EO WW", "", "D")
E("Report from neighbour (Solihull): the family next door have a 'maid', Indian lady, I never see her leave the house except to take the bins out, she looks exhausted, the kids call her 'servant'",
  "RM", "pa", "D")
E("The family I work for in Leeds are kind, I have my room, Sunday off, I get £1,400 a month into my own bank. I only want to know how to renew my domestic worker visa.")
E("INT: 1/B/P Op HOLLY - Chinese national female (30s) kept in kitchen of takeaway owner's home in Halifax, cooks for family and works in takeaway evenings. Not allowed out, family say she is 'owed' nothing as she gets food and a bed. Source visited the house.",
  "RM WW", "", "D L")
E("my mate's sister was brought over from Pakistan to marry, now she isnt allowed her phone, the mother in law makes her clean all day and locks her in when they go out, they said if she tells anyone they will send her back and say she is a bad woman",
  "RM IS IT", "", "D")
E("Forced Marriage Unit notification: UK-born female (17) from Dewsbury fears being taken to Pakistan over the summer to marry a cousin. Passport taken by father. Protection order being sought.",
  "AV RD", "", "", "h")
E("Leeds: woman in her 40s from Slovakia living with her husband's family, does the housework and childcare, goes to church and to the shops on her own, her benefits go into her own account. Neighbour's concern about 'slavery' not substantiated.")
E("Caller (999): 'there's a girl banging on the upstairs window of the house next door, she's mouthing help, the house has bars on all the windows' - Tyseley. Officers attended, female VNM found locked in bedroom of a cannabis grow.",
  "RM", "", "C", "i")
E("Officer statement: On entry to the address on Beeston Rd we found the loft and two bedrooms converted to cannabis cultivation, approx 400 plants. Male found in loft, sleeping bag, camping stove, bucket for a toilet. He said he had come on a lorry and 'cannot go out'. The front door had been fitted with a deadlock, key not in the house.",
  "RM AC", "plc swp", "C")
E("Shoplifting gang Coventry: 4 Romanian women arrested Lower Precinct. One (19) told custody nurse she had to steal £300 of goods a day or the man 'Nelu' would take her child. She gives everything to Nelu.",
  "IT WW", "", "C")
E("Cannabis grow in Wolverhampton closed down, occupier a local man (White British, 42) who set it up himself to sell. No evidence of anyone else living there or being forced. Charged with production.")
E("INT: group of Roma children from one family in Bradford Moor sent to beg at Leeds station. Child (10) told PCSO she must bring back £40 or her uncle hits her. 2/A/P",
  "AV IT PV", "", "C", "h")
E("Begging: male (Romanian, 50s) with walking stick seen at Coventry station each day, dropped off by younger men in a BMW at 7am, picked up at 7pm. He gave officer a card saying 'I am deaf please help'. When he tried to walk away from his pitch one of the men came over and shouted.",
  "AV", "cedl", "C")
E("Local man begging outside Boots, Wakefield, well known to outreach. He begs for himself to fund his habit. No third party control.")
E("Hi. The Polish guys living in the house next to mine in Smethwick have told me they work for a recycling firm, their 'manager' drives them everywhere and does all the talking when anyone asks. They said they owe him for bringing them over and he takes it out their wages. Theres about 10 of them in a 3 bed.",
  "DB AC", "et sfw oc", "L")
E("Debrief (first person, Polish male, 52): I was drinking in Gdansk, a man in the bar told me there is easy work in England, he will pay for bus. In Birmingham they took my ID 'for the agency' and I worked in a meat factory. Every week the wage came in the bank but the card is with them. I got 20 pounds. One day I asked for my card and the big one broke my nose.",
  "AV DE RD WW PV", "ncw", "L")
E("GLAA Brief: ex-shellfish worker reports being made to work 20-hour shifts on a scallop boat out of Whitby without pay for 4 months, crew member from Ghana, captain holding his seaman's book and passport. Was told he could not go ashore.",
  "EO WW RD RM", "", "L")
E("Fishing skipper (Bridlington) contacted GLAA for advice on right-to-work checks for Filipino crew. All crew hold own documents, contracts reviewed. Good practice noted.")
E("Border Force, Manchester: 3 Indian nationals arriving on seasonal worker visas for a farm in Herefordshire say they paid a recruiter in Delhi £4,000 each for the visa and flights. Visa sponsor informed.",
  "", "uf", "")
E("Farm worker (Nepalese, seasonal visa) says he was promised 6 months work but sent home after 7 weeks, still owes money in Nepal from the recruitment fee. Has his passport, was paid for hours worked.",
  "DE", "uf", "")
E("INT: 2/B/P — Romanian gangmaster 'BOGDAN' supplies workers to a lettuce grower near Selby. Workers charged £10/day for minibus, £50/week each for bunk beds in static caravans (6 per caravan). Workers paid cash by BOGDAN after deductions, approx £120 for 60-hour week.",
  "WW EO AC", "ct oc", "L")
E("Leeds 101: Woman says her husband's employer (a builder) hasn't paid him for the last job, £1,200. Husband is self-employed, has his own van. Civil matter, advised small claims.")
E("Nail bar inspection (Council + Police), West Bromwich High St. 2 VNM girls, look 15/16, say they are 18 and 'students'. Stay in the flat above the shop, do not know the address. The owner (VNM female) answered for them. Both referred to LA.",
  "AV IS", "sfw", "L", "h")
E("The lady in the nail shop said she's been in England 6 years and owns the shop now, she used to work for someone else and paid off her debt. Her staff are all family and they go home at 7. I think she's ok.")
E("Huddersfield: school nurse referral. Boy (12, Slovak Roma) falling asleep in class, says he works at night at his uncle's car wash drying cars and gets a 'tip' on Sunday. Dad says it's just helping family.",
  "AV EO", "", "L", "h")
E("INT: 3/C/P anonymous report of young males living above car wash in Dudley, unconfirmed, no further detail.",
  "", "swp", "")
E("SA caseworker: client (Sudanese, M, 19) came via small boat. In Calais he agreed to pay smugglers by working in the UK. Collected in London, taken to a hand car wash in Bradford, told 'you work for us until your debt is paid', £12,000. Sleeps on sofa in the owner's cousin's flat. Says boss threatened to tell the Home Office where he is.",
  "DB IT AV", "", "L")
E("Car wash owner, Leeds, writes to council: 'We have seen stories about car washes. All our 6 staff are on payroll, have contracts, get holiday, and we welcome any inspection.'")
E("There's a bloke who drops 20 foreign women to the packing factory on Middlemore Rd at 5am in a transit and picks them up at 8pm, same women every day, they never look at anyone",
  "", "cedl et", "")
E("Walsall ASB: youths on mopeds dealing drugs outside off-licence. One identified as 14-year-old boy reported missing from home in Wolverhampton 3 days ago. Older male seen giving him instructions.",
  "AV", "", "C", "h")
E("County lines: Leeds line 'MANNY' running into Scarborough. Line holder uses vulnerable local female's flat as base after giving her crack, she is not allowed to have her own visitors. 2/B/P",
  "AV RM", "", "C")
E("Youth offending team note: 17yo (Coventry) arrested in Rugby with 20 wraps. Says he was 'grafting' to pay back £800 after his stash was 'robbed' - he thinks the robbery was set up by the elders. Says they've threatened his little brother.",
  "AV DB IT", "", "C", "h")
E("Mother reports son (16) has been in police custody in Lincoln after being found in a trap house. She says he was groomed by older boys from Chapeltown who gave him a phone and told him he has to 'run the line' for them.",
  "AV", "", "C", "h")
E("School referral: pupil (15) has a new bike and a lot of money, but he says he works at his dad's shop at weekends. Dad confirmed. Pupil attending well. No concerns, closed.")
E("Neighbour noise complaint escalated: flat above the bookies in Lozells, lots of men coming and going all hours. Officers attended: 3 friends playing cards and watching football. No offences.")
E("I was 15 when a man called Zee started giving me lifts home and buying me food. Then he said I had to be nice to his friends because of all the things he bought. They took me to a flat in Rotherham and I was passed around. If I said no he said he would tell my dad I was a slag.",
  "AV DB PV IT", "", "S", "h")
E("Hotel manager (Leeds city centre) calls 101: 'A man has booked 2 rooms for a week, different men visiting every half hour, one young-looking girl with no luggage seen crying in the corridor.'",
  "", "fpe", "S", "h")
E("Brothel closure order, Small Heath. 5 women from Romania and Hungary found. All said they worked for themselves and kept their own earnings, had own IDs and phones. Premises closed under Sexual Offences Act, no trafficking indicators.")
E("Adultwork profiles linked by phone +44 7700 900412 advertise 4 different 'new girls' in Wolverhampton each week. Text style identical, same hotel room background. Suggests third-party control. 2/C/P",
  "", "", "S")
E("Sex worker (independent, Bradford) reported a client for assault. She works alone, advertises herself, and wants the man charged. Independent sex work - not exploitation.")
E("Debrief translated from Mandarin: I came on a tourist visa to work in a restaurant. The man at the airport said the restaurant closed, I must do massage. In the massage shop in Leeds I must do sex with clients. The boss keeps all the money and says I owe for the visa 200,000 yuan. I am not allowed to go out, she keeps the key.",
  "DE PV WW DB RM", "", "S")
E("She says that she met the man on Facebook. He was nice, said he loved her, sent her a ticket from Bucharest. At Luton he took her phone 'so your ex can't find you'. In Birmingham he told her she must sell sex to pay the rent. He keeps the money. She has not spoken to her mother for four months.",
  "DE IS WW", "", "S")
E("999 call: female (Hungarian) says she is in a car on the M1 near Wakefield with men who are taking her to 'work', she doesn't want to go, they have her passport and her phone is nearly dead. Location being triangulated.",
  "RM RD", "", "S", "i")
E("Woman rang from the hotel on the A38 saying she's being held in the room by a man who says she has to see clients tonight or he'll cut her. call cut off",
  "RM IT", "", "S", "i")
E("Human resources, large online retailer warehouse, Coventry: internal audit found 14 workers from one agency with same bank account for wages. Agency explained account belongs to a 'housing provider'. Workers interviewed: say they never see payslips and are given cash by the provider after rent.",
  "WW", "ncw", "L")
E("Agency worker at warehouse in Wakefield (Romanian, 28) says the agency lied: job advert said £11.44/hr with guaranteed 40 hours, but he gets about 15 hours a week and cannot pay rent. Has own flat, own bank, free to quit.",
  "DE", "", "")
E("Leeds: bank flagged 'money mule' - student (19) allowed a man to use her account for £8,000 transfers after being offered £500. She was not threatened and keeps her own card. Fraud investigation.")
E("INT: Op FERN — young males from Birmingham care-leaver accommodation recruited as money mules, debit cards taken by PATEL and used to move fraud proceeds. Mules told 'if you close the account we'll come for you'. 2/B/P",
  "AV IT", "mbc ncw", "C")
E("Benefit fraud: 8 UC claims made in the names of Roma men living at two houses in Wolverhampton, bank cards for all 8 found at the home of the landlord. Men say they work at a sofa factory and the landlord 'looks after money'. Wages also paid to those cards.",
  "WW", "mbc ncw", "L C")
E("Caller thinks his neighbour is being scammed by a fake investment site. No third party control, no exploitation.")
E("Slovak male (Roma, 34) at Bradford Jobcentre appointment accompanied by man who answers questions, holds his ID and bank card. Male looks scared and says 'I do what he says, he gives me house'.",
  "RD", "sfw ncw", "")
E("Construction site, Birmingham Eastside: GLAA/HSE joint visit. 4 Albanian males working at height without harness, not on site register, said they were 'cousins' of subcontractor, live in the site cabin. Subcontractor pays them 'when the job is finished'.",
  "AC WW", "swp", "L")
E("Construction worker (Romanian) injured falling from scaffolding in Leeds. Employer reported it to HSE, worker on full sick pay, lives with his wife. Accident investigation only.")
E("Lads doing the drives on our estate (block paving) are Irish travellers with some really rough looking English lads who look like theyve been sleeping rough, they work them from dawn to dark and the gaffer shouts at them like dogs",
  "EO", "pa", "L")
E("INT: 2/B/P traveller site near Castleford — vulnerable British males (alcohol dependent, some with learning disabilities) recruited from soup kitchens, working for tarmac business, living in horse boxes without water, paid in cider and tobacco. One male said he'd been there 5 years.",
  "AV AC WW", "plc", "L")
E("My brother has learning difficulties and has gone to live with a family in Pudsey who got him a job in their garage. They collect his wages and his PIP and give him pocket money. He is not allowed to phone us. Please help.",
  "AV WW IS", "ncw", "L")
E("Referral (Coventry adult social care): man (56) with learning disability living with 'friends' who take his benefits. He does their shopping willingly and they take him to the pub. He says he is happy and has keys.",
  "", "ncw", "")
E("OIC note: Op TAMAR victim 3 (F, 22, SVK) confirms she signed a marriage certificate at Bradford register office to a Pakistani national for visa purposes; she was promised £5,000 and a job in a hotel. After the wedding she was kept at the husband's family home, 'not allowed to go back to Slovakia', and forced to have sex with him.",
  "DE RM PV", "", "C S")
E("Register office, Leeds: registrar raised s24 sham marriage report; bride (Czech) could not state groom's name, interpreter present was the groom's cousin. Bride appeared nervous but said she was not forced and she came of her own will. Home Office informed.",
  "", "sfw", "")
E("Wedding registered, Huddersfield: Hungarian woman and British man, met online, both fluent, known to each other 2 years. Registrar satisfied. No concerns.")
E("INT: sham marriage organiser 'SIMA' recruits Portuguese and Slovak women in Sheffield and Rotherham with promise of cash; women held in house until ceremony, documents kept by SIMA, paid nothing afterwards. 2/C/P",
  "DE RM RD WW", "", "C")
E("Leicester/Coventry textile factory workers (Indian, elderly) paid £3.50 an hour, told by owner they would be reported to immigration if they asked for more. Some have been there 10 years. Many have no documents.",
  "AV IT WW", "foa", "L")
E("Sewing machinist (Bangladeshi, Bradford) paid minimum wage, works 40 hours, has a contract. Called to ask if employer can refuse her holiday in Ramadan. Employment advice only.")
E("Ring from worried mum: daughter (20) has gone to Dubai to be a 'hostess', agency paid the flight, daughter now says she has to pay back £6,000 before she can come home and they've kept her passport. Daughter from Huddersfield.",
  "DE DB RD", "", "L")
E("Wolverhampton: officer visited HMO after report. 7 Romanian men, each with own bed, rent paid themselves, work different jobs, all free to come and go. House clean. Landlord licensed.")
E("I lived at this house in Handsworth with 12 men. We sleep 4 in a room. Boss charge 60 pound each per week for this. In the morning the minibus takes us to the factory and he charge 5 pound for this also. If you don't work you still pay. My money goes less and less.",
  "DB AC", "oc ct", "L")
E("POI HASSAN — INT suggests he holds the passports of 6 Eritrean asylum seekers in Birmingham and uses their details to claim benefits; the men work for him in a takeaway. 3/C/P",
  "RD", "dt", "L C")
E("Prison resettlement: prisoner (Polish, 29) says before prison he worked for a man who paid him in drugs and took his ID. He doesn't want police involvement, just advice. Duty to Notify completed.",
  "WW RD AV", "", "L")
E("I want to report my old boss. He said I will get paid at the end of the season. I picked strawberries 4 months near Wisbech, at the end he said the farm didn't pay him and gave me nothing. He also kept my passport all season 'so nobody runs away'.",
  "WW RD", "", "L")
E("Leeds Trinity Centre security: group of children (around 10-12, dark clothing) shoplifting in a coordinated way, adult woman receiving items outside. Children say 'mama' will be angry if they don't bring things.",
  "AV IT", "", "C", "h")
E("Coventry — police called to shoplifting at Primark, 2 adult British women, known prolific offenders, stealing for themselves. No exploitation.")
E("GLAA intelligence: labour provider in Wolverhampton not licensed, supplying 30 workers to a meat plant. No other concerns identified at this stage.")
E("Bradford A&E: M, 40, Slovak, crush injury to foot from forklift at textile recycling plant. Brought in by supervisor who left. Pt says he works 6 days, 12 hrs, lives in a house owned by the supervisor, gets £150 a week 'after the rent'. Pt refused police.",
  "EO AC", "", "L")
E("Pt (F, Indian, 32) attends antenatal clinic in Coventry with husband. Husband does all the talking. Pt later disclosed in private that she is not allowed to leave the house, her mother-in-law has her passport and she does all housework for 11 people. Domestic abuse and servitude concerns.",
  "RM RD EO", "sfw", "D")
E("Nobody here is forced — we run a proper nail salon, the girls are on payroll, we checked their visas. Someone keeps writing fake reviews saying we're 'modern slavery'. Please look into the harassment.")
E("Leeds — restaurant inspection: kitchen porter (Bangladeshi, 48) sleeping in the cellar store, says he's 'saving money'. Employer pays minimum wage into his account. Advised employer re accommodation; no further MS concerns.",
  "", "swp", "")
E("OIC HANDOVER — nom DUMITRU Vasile (DOB 22/06/1979). Controls 2 HCWs (Stafford Rd Wolverhampton, Bilston Rd). Workers: 9x ROU, 2x MDA. All paid £40/day, work 0800-2000 7 days, living in 2 houses he rents. Phones allowed. Passports — one worker says Vasile has them, others say they have their own. Next steps: warrant.",
  "EO RD", "", "L")
E("Huddersfield: woman working at hand car wash? Not common. Report says she is made to do the wax and also 'go with' the boss's friends in the caravan at the back at night.",
  "PV", "", "L S", "")
E("I cant leave this place they watch us all the time even when we go to the shop someone comes and if I go they will kill my brother in Albania. Please no police they will send me back. Leeds car wash near Kirkstall",
  "RM IT", "foa", "L", "i")

# ---- part 3 ----
E("Hand car wash, Kings Heath. Council visit found staff with gloves, waterproofs, contracts and payslips. Staff live locally. One told officer 'nobody takes our passports here, we're not that kind of place'.")
E("INT: 2/B/P nom RADU Florin controls HCW workers in Leeds (Roundhay Rd). Workers charged £30 per week for wellies, gloves and jackets from their pay, minibus to site £5 a day, supervisor RADU speaks for them at all visits.",
  "", "ppe ct sfw", "L")
E("food factory agency worker bradford they take money for the hi vis and the hair nets every week and the bus, im left with £140 for 45 hours, i have my own room and bank",
  "", "ppe ct", "")
E("Caseworker note (New Pathways): client (Romanian, F, 31) worked in a chicken processing plant near Wakefield via an 'agent' in her village. Agent took her passport at Luton and said she would get it back when her travel debt of £1,500 was paid. Rent of £80 a week taken from wages, £25 a week for transport in agent's car. She arrived with one bag and still has only that bag.",
  "RD DB", "ct fpe", "L")
E("Officers executing a warrant at a house in Alum Rock found 9 Afghan men sharing 2 rooms, each with a plastic bag of clothes. They work in a local takeaway and a bakery owned by the landlord, who collects them at 6am. They say 'the landlord is family', rent deducted from wages.",
  "AC", "oc fpe cedl", "L")
E("Coventry 101: caller says she saw a young woman being pushed into the back of a car by two men on Foleshill Rd, heard her say 'please not again'. Vehicle VRM partial 'FY6'. Circulated.",
  "PV", "", "", "i")
E("lol the car wash on my road got raided again no one was there they just ran off. it's run by some lads from Kurdistan who do it proper, they're always laughing")
E("Job advert screenshot sent to Unseen: 'Hotel work UK, £500/week, free house, free flight, no English needed, pay back from salary'. Reporter's cousin in Romania wants to apply.",
  "", "", "")
E("Debrief via telephone interpreter (Vietnamese, male, 17): He says he came in the back of a lorry. In England a man called 'Long' drove him to a house, took his phone away and said it was for safety. He stayed there with the plants for 4 months. He never saw the street. Long came each week with instant noodles and said if the police came, he must say he is 25.",
  "AV IS RM", "", "C", "h")
E("Lady at the school gate told me she has not been home to Romania in 3 years because the man she works for (at a car wash laundry in Bilston) keeps her ID card. She said she is allowed to go shopping and to church.",
  "RD", "", "L")
E("Police Scotland / WYP liaison: fishing crew (Ghanaian and Filipino) on trawler registered in Fleetwood, working out of Bridlington. Crew told they'd be 'blacklisted' if they complained. Wages of $500/month sent to a manning agent in Manila, crew members say they received nothing for months. They live on the boat even when in port.",
  "IT WW", "swp", "L")
E("My name is Ana. I am Albanian. My boyfriend in Tirana told me we go to England to have a good life. He sold me to a man in Leeds for 5,000 pounds. The man make me sleep with many men every day, 15 men. I was not allowed to go outside. Once I ran to the street and they catch me and beat me with a stick. I want to stay in England now, please.",
  "DE PV RM EO", "", "S")
E("Ealing/Leeds: Sri Lankan domestic worker accompanied an embassy official to Leeds on a visit. Embassy confirms she has her passport, a contract and days off. Query was about visa renewal only.")
E("2/C/P INT suggests Chinese females working at massage shops in Wolverhampton (Dudley St) and Walsall (Park St) are rotated every 2-3 weeks, transported by same Mercedes van, live in the shops.",
  "", "et swp", "S")
E("Referral by Walsall YOT: 14yo boy found with £900 and 3 phones in a trap house in Stoke. Says he owes 'Bigz' for a lost package and has to keep going out. Scars on hands. Mum says he disappears for days.",
  "AV DB", "pa", "C", "h")
E("Bradford: concerned citizen says 'my friend's husband makes her work in his family's corner shop 7 days 7am-11pm and she never gets any money, he says the money belongs to the family'. She is British Pakistani, 26.",
  "EO WW", "", "L")
E("Caller says her daughter's boyfriend (22) is 'getting her to do things' for money with older men in Coventry. Daughter is 15. She has been missing overnight twice.",
  "AV", "", "S", "h")
E("Solihull: family reports their nanny (Colombian) has not been paid her last month because the father's business is in trouble. She lives in, has her passport, her own phone, goes out on her days off. Has left and is claiming the wages at tribunal.")
E("Huddersfield Examiner-style summary: A man who kept a vulnerable worker in a garden shed for 4 years and made him labour on building jobs without pay has been jailed. The victim, who has learning difficulties, was fed scraps and threatened with violence if he tried to leave.",
  "AV AC WW IT", "plc", "L")
E("Saw a young man sleeping on a car seat in the yard of a mechanic's garage in Sparkbrook, it's been freezing. He looks about 17 and works there all day. He told me he sends his pay to his 'uncle' who brought him from Iraq.",
  "AV AC WW", "swp", "L", "h")
E("INT 1/A/P: source inside Leeds brothel (flat above shop, Harehills Lane) states 2 Romanian women (20s) work there daily, controlled by 'Gabi' who keeps their ID cards in a locked drawer and takes all earnings, gives them £20 a day for food.",
  "RD WW", "", "S")
E("Neighbour dispute, Tipton. Allegation that neighbour's lodger is 'a slave'. Officers spoke to lodger alone: Polish, 45, rents room, works at a warehouse, has own keys, phone and passport. Allegation appears malicious.")
E("Ward sister, Birmingham Heartlands: female pt (Eritrean, 23) admitted with pneumonia, very underweight. Says she worked as a cleaner for a family in Small Heath, slept in a corridor, never left except with the mother. Pt has no belongings, not even a change of clothes.",
  "RM AC", "pa fpe", "D")
E("I got a message from my cousin in Slovakia saying a man from Plymouth Grove offered him a job in a UK warehouse, just need to pay £300 first for 'registration'. He has not gone yet.",
  "", "uf", "")
E("Debrief extract, Sudanese male (20): 'We worked in the fields picking leeks, from the dark in the morning until dark at night. If the bucket was not full they shouted and took money. The man who drove us said if we talk to the farmer he will leave us on the road. We slept in a barn with the tractors.'",
  "EO IT AC", "cedl swp", "L")
E("GLAA licence check, Leeds labour provider: records show deductions for 'transport' and 'admin' from every worker's pay (£35/week). Workers not charged for accommodation. Licence conditions breached; no forced labour indicators.",
  "", "ct", "")
E("Facebook post (shared to police): 'WARNING girls!! A man is messaging young girls on snapchat pretending to be a model scout from Birmingham, asking for pics, offering £££ for a shoot in a hotel'. Several local schools affected.",
  "DE", "", "S", "h")
E("Leeds South NPT: elderly Romanian woman begging outside Crossgates shopping centre, says her son drives her there each day and takes the money at night. She sleeps in his car when they travel.",
  "WW", "cedl", "C")
E("Sheffield Rd, Barnsley: ASB about beggars. Two British men with addiction issues begging for themselves, known to Barnsley outreach. No third-party control.")
E("INT: Op BIRCH — nom ISMAILI Dritan (DOB 1996) ALB. Organises ALB males to work on nail bar refurbishments and cannabis grows in Coventry. Workers told their debt to the organisation 'grows every month'. ISMAILI carries a handgun. 2/B/C (not to be disclosed outside Op BIRCH).",
  "DB IT", "", "L C")
E("Caller from Dewsbury Rd, Wakefield: 'A man just turned up at my door from the house two doors down. He has no shoes, he's cut, says he has been kept in the garage and made to work on cars for weeks. He's terrified the men will come looking for him.'",
  "RM PV", "pa", "L", "i")
E("Primary school, Wolverhampton: child (7) says 'my auntie' does all the cooking and cleaning and sleeps on the kitchen floor and isn't allowed to eat with them. The 'auntie' is a young Indian woman who never speaks and is never seen outside the house alone.",
  "RM AC", "", "D")
E("Coventry Uni student (Nigerian, 24) working 20 hrs/week in a care home as per visa conditions. Asked if she can work more at Christmas. Employer pays properly. Advice given.")
E("Care worker (Zimbabwean, 38) sponsored by a domiciliary care company in Wolverhampton: company deducts £250/month 'sponsorship repayment', rota 80+ hours, if she resigns she must pay £8,000. She says the manager told her the Home Office will deport her if she complains.",
  "DB EO IT", "", "L")
E("WhatsApp message forwarded to police: 'bro the boss said if u go to the feds he knows where ur mum lives in Kingstanding, just keep doing the drops'",
  "IT", "", "C")
E("bradford. lass at number 12 says her boyfriend takes her dole and her phone away and wont let her see her mates, no one is making her work she just wants him gone",
  "IS", "ncw", "")
E("POI: SADIQ Nasir. INT suggests SADIQ arranges marriages between Pakistani men in Bradford and Slovak Roma women from Kosice; the women are paid £1,000 and return to Slovakia after, no indication of coercion. 3/C/P")
E("Ring from Leeds GP practice manager: patient registration - 6 men registered at same address with same mobile number for contact, a man who says he is their 'boss' brought them all and filled the forms in. Patients barely spoke.",
  "", "sfw", "")
E("Leeds 999: male (Vietnamese) calling from inside a property, says he is locked in, house is full of plants, lights very hot, he wants to come out. Address unknown, 'a house with a green door'.",
  "RM IS", "", "C", "i")
E("Worker on the meat line at a Coventry plant says she gets her own wages but the agency supervisor makes them do 16-hour shifts at short notice and says anyone who refuses is 'finished'. She lives with her partner.",
  "EO IT", "", "L")
E("Debrief (Nigerian, F, 29) — 'Sister Ify' promised her a hairdressing job in Birmingham. At the house in Handsworth she learned she must 'work' in a flat to pay 40,000 euros. She says she was raped by Ify's partner on the first night 'to teach her'. She gave all the money from men to Ify.",
  "DE DB PV WW", "", "S")
E("Man in Huddersfield reports his work colleague seems sad and thin. Colleague works in the same fruit packhouse, says he has his own passport and bank and is just homesick. Nothing further.")
E("INT: Chinese agent in Birmingham arranging 'transplant tourism' for UK residents with kidney failure to hospitals abroad, organs said to come from prisoners. 3/C/P Shared with NCA.",
  "", "", "O")
E("Debrief (Egyptian male, 27, interpreter): he says he was offered work in the UK by a man who said he would pay his debts in Egypt if he 'gave a kidney' to a rich patient in a London clinic. He was told it was safe and he would get £20,000. After the operation he was given £2,000 and put on a bus to Birmingham.",
  "DE AV", "", "O")
E("Transplant coordinator, Leeds: overseas donor brought by recipient's family; donor could not explain relationship to recipient, interpreter was a relative of the recipient, donor appeared very poor and anxious. HTA notified, operation cancelled.",
  "AV", "sfw", "O")
E("Leeds: 'I wanted to report I was told I had to pay £150 for a DBS and training to get care work through an agency, I paid and never heard back'. Fraud referral.",
  "DE", "uf", "")
E("Burger van at Wakefield market: owner works there every day himself, 14 hrs, his own business. Customer complaint about prices only.")
E("Dudley MASH: girl (16) placed in a supported accommodation in Dudley; staff report she is picked up every night by different cars, returns at 5am, with cash and new phone, scratches on her neck. She says 'he's my boyfriend, I owe him'.",
  "AV PV DB", "pa cedl", "S", "h")
E("Community officer, Leeds Harehills: Roma family of 11 living in 3-bed terrace, all related. Children attend school, adults work at a food factory through a registered agency. Overcrowding referral to housing. No exploitation.",
  "", "oc", "")
E("a man from our church in Wolverhampton says he came to work in a factory and the man kept his passport and now he can't get it back even though he left that job, the man says pay £500 and you get it",
  "RD", "", "L")
E("INT: 2/B/P Op WILLOW — Nail bar chain (4 shops, Birmingham/Solihull) owned by TRAN family. Workers (VNM, some possibly under 18) live in 2 flats in Acocks Green, 8-10 per flat, driven to shops at 8am and back at 9pm in TRAN's van. Source believes workers' wages paid to TRAN's daughter's account.",
  "AV AC WW", "oc et cedl ncw", "L", "h")
E("Report, online form: 'The Chinese takeaway guy in Batley sometimes has his nephew working. The nephew goes to school, he's around 16, he helps Friday nights. Seems happy.'")
E("Leeds Crown Court: sentencing of Slovak couple who brought relatives to work at a sandwich factory and took their wages. The judge said the victims were 'treated as commodities', kept in a house with no furniture, and made to hand over their bank cards on arrival.",
  "WW AC", "ncw plc", "L")
E("Yemeni man came to Birmingham thinking he would be a chef in a restaurant, instead he washes dishes in the basement from 10am to 1am, sleeps on cardboard there and is given £50 a week. The owner told him nobody would believe him because he is illegal.",
  "DE EO AC WW AV", "swp", "L")
E("Safeguarding adult review extract (Kirklees): 'Mr D, a man with mild learning disability, was befriended by a family who moved into his home. He was made to sleep in the shed, do their cleaning and give them his benefits. He was not allowed a phone.'",
  "AV AC IS", "ncw", "D")
E("INT suggests HCW at Kirkstall Rd employs ALB/Kurdish males who are on the books and paid £90/day, no accommodation supplied. No indicators. 3/C/P")
E("Missing person (M, 16, VNM) from foster placement in Huddersfield, second time, previously found in a nail bar in Newcastle. Believed to be with traffickers who brought him.",
  "AV", "", "L", "i")
E("IP says: 'I was only allowed to go to the shop with Ion. Ion stood at the door and watched. At the flat Ion had the key. I worked at the car wash during the day and at night I slept on the floor with the others.'",
  "RM", "swp", "L")
E("Birmingham 101: man says his landlord won't give back his deposit. Civil matter.")
E("Coventry City Council HMO inspection: 14 Indian men in a 4-bed house, mattresses in the kitchen and living room, black mould, one toilet. All work for the same sweet manufacturer. Landlord is the manufacturer's director, rent taken off wages.",
  "AC", "oc plc", "L")
E("My mother is 78 and my brother won't let me see her. He gets her pension and she lives with him. I don't think she works for him, I just worry.",
  "", "ncw", "")
E("Helpline note: caller (F, Thai, 35) in Leeds, works in a massage parlour, says the owner has her passport and she owes £9,000 'for the visa' which keeps going up because of 'fines' when clients complain.",
  "RD DB", "", "S")
E("Victim (Indian, M, 26) says agent in Hyderabad charged him 8 lakh rupees for a 'skilled worker' job in a Birmingham restaurant. The restaurant does not exist. He now works on a building site for the agent's contact, living in the loft of the contact's house, and the contact says he must work 'until the visa money is returned'.",
  "DE DB", "uf", "L")
E("Officer handover, Keighley: Op GRANITE - female (Slovak Roma, 25) returned to UK from Pakistan after forced marriage visit. Husband's family took her passport, made her cook and clean for 15 people, she was beaten if she refused. Now in refuge, safety plan in place.",
  "RD PV EO", "", "D")
E("INT 2/B/P: HMO Walsall Rd, Perry Barr — 20+ males (IND) 'seen arriving with suitcases'. Landlord says they are students. Checks show students enrolled at BCU. No indicators.")
E("anonymous text to crimestoppers: the indian restaurant on the high st in Dudley has boys working there who never go home, they live upstairs, the owner takes the tips and wages he says for their 'food and rent'",
  "WW", "swp", "L")
E("Prison intelligence (HMP Leeds): VNM prisoner (convicted cultivation) fears release because 'debt still there' — says the gang told him his family owe $30,000 and will be harmed if he does not return to work. 2/B/P",
  "DB IT", "", "C")
E("Sexual health clinic, Birmingham: 20yo F attended for STI screen, third time this month, different man each time brings her and waits. She has 'rules' tattooed on her wrist. She said 'the men decide everything'.",
  "", "", "S")
E("I was working in Bradford as a cook. The owner he is good man, but one month the money was late because the restaurant was closed for repairs. Then he paid me. I stay in my own house.")
E("Duty to Notify (adult declined NRM): Romanian male, 44, worked for 2 years at a car wash in Walsall for £20/day, slept in the wash bay, passport held by owner. Declined support as he has found other work.",
  "WW AC RD", "swp", "L")
E("Leeds City College tutor: ESOL student (F, Kurdish, 30) often absent, says her husband's family don't let her out unless the sister-in-law comes. Student says she is treated well otherwise. No work asked of her beyond normal household. Referred to DA service.",
  "RM", "", "")
E("Wolverhampton Express & Star style: Police rescued 5 men from a garden shed behind a house in Bilston where they had been kept for months and sent out each day to lay driveways. One man had been there 15 years. The men had been recruited at a homeless shelter.",
  "AV RM AC", "plc", "L")
E("Air steward at BHX notes girl (looks 15-16) travelling from Bucharest with older man, girl has no phone, man holding both passports, girl does not know where she is staying in the UK.",
  "AV RD IS", "", "", "h")
E("2/A/P CSE: Child B (14, Leeds) shown by 'Ash' (approx 25) a video of another girl being beaten and told 'that's what happens to girls who grass'. Child B has been taken to flats in Bradford and made to have sex with adults.",
  "AV IT PV", "", "S", "h")
E("Hi my friend she works for a family in Birmingham as a housemaid, she comes from Philippines, she told me she can't call me because her madam take her phone and only give it back on Sunday for one hour. She is paid but not much.",
  "IS", "", "D")
E("ED note: M, 19, Albanian, presented with stab wound to thigh, accompanied by 2 males who refused to leave. Pt gave false address. Later disclosed he was 'working' at a house in Leeds and tried to leave. Pt absconded before police arrived.",
  "PV", "sfw", "C", "i")
E("Community Safety Partnership briefing: number of NRM referrals in West Yorkshire rose this year, mostly criminal exploitation of British children via county lines. General statistics only.")
E("Agency driver (Polish) says his boss at a logistics firm in Normanton makes him drive 15 hours some days, breaking tachograph rules. He is paid properly and lives with his family. DVSA referral.",
  "EO", "", "L")
E("tried to tell someone at the car wash on Stoney Stanton Rd if they need help, the lad said 'no no boss is good' but he looked terrified and his boss came straight over and sent him back inside",
  "", "sfw foa", "L")
E("OIC update Op PINE: victims confirm they were brought from Poland in a minibus, charged £200 for the journey, then £120 a week each for a bed in a shared room, which left them in permanent debt to the gang leader; they worked in a waste plant in Castleford.",
  "DB AC", "ct oc", "L")
E("Call to Modern Slavery Helpline: caller (Leeds) worried about a Romanian man selling the Big Issue outside Greggs; caller later said he talked to him and he is a registered vendor who keeps his earnings.")
E("Officer notes: stopped Ford Transit M1 J40 with 11 males in rear (no seats), all Bulgarian, said they are going to a 'factory' but none knew its name. Driver said he is 'responsible for them'. Driver holding envelope of ID cards.",
  "RD IS AC", "et sfw", "L")
E("Brother of Slovak girl (15) says she has been given to a man's family in Bradford as 'a wife' and they make her look after the house and the children and she can't go to school. Brother heard she was hit.",
  "AV PV", "", "D", "h")
E("Leeds university: research participant (international student) disclosed working 18 hrs/week in a bubble tea shop, paid cash below minimum wage. Has own documents, can leave. Advice re employer.")
E("Ops room log 02:40 — female (approx 17) found wandering on Bristol Rd, Selly Oak, wearing only a T-shirt, says she escaped from a house where men 'came to her room' and she was not allowed to leave. Distressed, bruising to wrists. Ambulance requested.",
  "AV PV RM", "pa", "S", "i")
E("GLAA: workers at a Lincolnshire daffodil farm transported from Leeds each morning at 4am in a van they pay £10 a day for. Gangmaster licensed, pay correct. Licence advice given.",
  "", "ct cedl", "")
E("Three Nigerian girls trafficked to Leeds for prostitution were told that a juju priest's curse would kill their families if they told anyone. They were each given a list of debts written in an exercise book.",
  "IT DB", "", "S")
E("My name is Daniel, I'm from Eritrea. In the farm near Boston the supervisor take the wage card from everyone. He say he keep it safe. In the caravan we were 10 people. Every morning 4am the bus. Nobody can say no.",
  "WW AC", "ncw oc cedl", "L")
E("Leeds ASB team: complaints about 'car wash in a back yard' Cross Gates. Visit: a father and son running it themselves on weekends, no employees.")
E("Huddersfield: female (Polish, 60) reports her son's friend, who lodges with her, is 'a bad man' as he takes her shopping money. No work, no exploitation. Theft investigation.")
E("Referral from Birmingham Children's Trust: boy (16, Afghan, UASC) says the men who run the barbershop where he 'trains' keep his Home Office letters and tell him he will be deported if he stops working. Works 9-9, gets £30 a week.",
  "AV RD IT EO WW", "foa", "L", "h")
E("Caller in Wolverhampton saw a man slapping a woman at the hand car wash and shouting at her to 'get back to work'. Woman looked Eastern European and had no coat.",
  "PV", "", "L")
E("INT suggests TARIQ family using Slovak Roma women to claim child benefit in their names, women kept at family's house in Huddersfield and not allowed out without a family member. 2/C/P",
  "RM", "", "C")
E("Leeds community nurse: diabetic Filipino carer works for an elderly couple in Roundhay, lives in, has her passport and phone, gets one day off a week and is paid into her own account. Came in for insulin review. No concerns.")
E("I have been at the factory in Dewsbury for two years. They say my wage goes to my brother in Romania. I never see it. I only get food and cigarettes. My brother says he never got anything.",
  "WW", "ncw", "L")
E("OIC note: Op KESTREL — confirmed that victim was brought from Sudan at 16 and worked in a Coventry car wash. He was told that if he did not work, the boss's friends would hurt his sister in the Calais camp. He was not physically restrained and travelled to work alone on the bus.",
  "AV IT", "", "L")
E("101 report: Walsall man thinks his neighbour (elderly) is being cuckooed, but on visit it's the neighbour's grandson and his girlfriend staying to care for him. No concerns.")
E("Bradford, sex worker outreach: woman (British, 30) says her boyfriend puts her ads online and keeps the money for 'our rent', she wants out but he says he'll show her family the photos.",
  "WW IT", "", "S")
E("Intel log 2/B/P: nom 'Sasha' (UKR) provides 'cleaners' to offices in Leeds; cleaners work 2 shifts a day 5am and 7pm, 7 days, he collects their pay via an app account he set up and gives them cash 'minus expenses'.",
  "EO WW", "ncw cedl", "L")
E("Neighbour: young woman from Vietnam living with a family in Coventry as a 'niece', cooks and cleans, takes care of the baby, has never been seen at school or college, the family says she's 18. She told me she isn't paid because they are 'family'.",
  "WW", "", "D")
E("Intelligence: 'Kidney for sale' posts on a Facebook group aimed at Pakistani families in Birmingham offering cash to people in debt; handler is a man in Lahore. 3/C/P",
  "AV", "", "O")
E("Officer statement, Op LARCH: on entering the back room of the nail bar on Bearwood Rd I saw a mattress, a small bag and a rice cooker. The female (VNM, approx 20) said she sleeps there with her 'cousin'. She produced no ID; the owner said he had 'her papers at home'. She said she had not been paid since she came because of her 'debt to the uncle'.",
  "RD WW DB", "swp fpe", "L")

# ---- part 4: long multi-paragraph texts and one-liners ----
E("INTELLIGENCE REPORT — OFFICIAL-SENSITIVE\nSubject: HCW, Pershore Rd, Stirchley B30\nGrading: 2/B/P\n\nSource reports the car wash has operated since 2022, owned on paper by WALKER (British, 61) who source believes has no involvement beyond collecting rent for the land. Day to day it is run by nom 'Kaci' (ALB, 30s), drives black Audi A5.\n\nFive to six males work there, believed ALB and Kurdish, ages 18-25. Source states the males are collected from a house on Cartland Rd at 0715 and returned after 2000, 7 days. Workers do not handle any money; Kaci empties the card machine and the cash tin himself. Source has heard one worker say that Kaci 'has everybody's passport in the Audi' and that they still owe him for 'the boat'.\n\nSource also mentions a nearby tyre shop where a male is believed to be selling cannabis; no link to the car wash known.\n\nRecommendation: partner visit with GLAA and Immigration, consider warrant for Cartland Rd.",
  "RD DB EO WW", "cedl et ncw", "L")
E("Safeguarding referral — Leeds Children's Services\nReferrer: Designated Safeguarding Lead, secondary school, LS9\n\nPupil: M, Year 10 (14), lives with mum and 2 younger siblings. Attendance has dropped to 61% this term. On 3 occasions he has been seen by staff being collected at the school gate by a silver Golf driven by an older male (approx 19-20). He has been excluded once for bringing a knife to school, which he said was 'for protection'.\n\nOn Monday he told his form tutor he has to 'go to Hull again' at the weekend and that he 'can't say no because I owe them'. He showed the tutor a message on his phone saying 'u lost the food, 2 bags, thats ur bill now'. He was visibly frightened and asked the tutor not to tell his mum because 'they know where we live'.\n\nMum is supportive but says she cannot stop him going out. Police informed. Request strategy discussion under CCE procedures.",
  "AV DB IT", "", "C", "h")
E("Victim debrief — interpreter: Romanian\n\nShe says she is 34, from a village near Craiova, with two children who live with her mother. A woman from the next village, Florentina, told her about a job packing vegetables in England, £400 a week, room included. Florentina paid for her coach ticket and said it would be taken from the first wages.\n\nShe says that in Coventry she lived in a house with 13 other people, four women in her room on two mattresses. Florentina's husband collected everyone at 4.30 in the morning and drove them to the packhouse. The wages went into a bank account that Florentina opened for her, and Florentina kept the card 'because you don't know how English banks work'. Each Friday she was given £50 in cash. Florentina told her that rent, the van, and the ticket were taken from the rest, and she always 'still owed' something.\n\nShe says no one hit her. She was allowed to go to the shop. But when she said she wanted to go home, Florentina told her that she would have to pay £900 first and that the police in England arrest people without documents, even though she is an EU citizen with settled status.\n\nShe left after six months when a supervisor at the packhouse gave her the helpline number.",
  "DE DB WW AC IT", "ncw oc cedl et foa", "L")
E("Local newspaper summary: Bradford takeaway owner cleared\n\nA Bradford takeaway owner accused by an anonymous online post of 'keeping slaves' above his shop has been cleared after a joint police and council visit. The visit found three members of staff, all of whom had their own accommodation, were paid through payroll and held their own identity documents. Officers said there was 'no evidence of anyone being held or controlled'.\n\nThe owner, who has run the business on Great Horton Road for 15 years, said he had been targeted by a rival. 'My staff come and go as they please. I have never taken anybody's passport, I wouldn't know what to do with it,' he said.\n\nPolice reminded the public to report genuine concerns to the Modern Slavery Helpline.")
E("Handover note, Wakefield CID, early turn\n\n1) Burglary dwelling, Outwood — scene examined, SOCO attended, awaiting results.\n2) RTC A638 — no injuries, driver reported for careless driving.\n3) Concern for welfare, Belle Isle Rd: a woman (Polish, 40s) called at 03:20 to say the man she cleans for has locked her in the house while he is away and taken her phone; she is using a tablet. She says she has worked for him for 9 months, has never been paid, and sleeps on a camp bed in the utility room. Officers attended and forced entry with her consent; she is now at a hotel via the Salvation Army. The householder is not yet traced.\n4) Shoplifting, Trinity Walk — offender identified from CCTV.\n\nOIC for item 3 is DC BRENNAN, MS crime recorded.",
  "RM IS WW AC", "swp", "D")
E("Public report (online form, unedited):\n\nim a delivery driver and i deliver to a house in Lozells like 3 times a week, food from a cash and carry, theres always loads of young lads there like maybe 10 or 12 and they all look really tired and dirty and theres mattresses everywhere in the front room. one of the lads told me in broken english he works in a bakery in the night and a car wash in the day and the man who owns the house takes the money. he said he cant go home to albania cause he owes the man 'for the lorry'. he asked me for a cigarette and he was shaking. the man who owns the house came to the door and told him to get inside and gave me a look. i dont want to get involved but i think something is wrong. the mans got a big black range rover.",
  "EO WW DB AC", "oc pa", "L")
E("NGO caseworker note (Hope for Justice style), 3 clients, Wolverhampton\n\nClient 1 (M, Slovak, 45): worked on a construction site for a Slovak 'foreman' who took his ID at the start, paid him £150 a week instead of the £500 promised, and told him that if he went to the police the foreman's brothers in Slovakia would visit his daughter. Lives in a flat with 8 others provided by the foreman.\n\nClient 2 (F, Slovak, 41, client 1's wife): did not work. Says she was never asked to work and kept her own child benefit. Not a potential victim herself.\n\nClient 3 (M, Slovak, 19, client 1's nephew): worked at the same site. Says he has his own passport, is paid properly by a different subcontractor, and only stayed in the flat because his uncle was there.\n\nPlan: NRM for client 1 (consented), support for family.",
  "RD DE WW IT AC", "oc", "L")
E("One-off report: farm, Vale of Evesham (caller lives in Redditch)\n\nCaller's son (British, 17) took a summer job picking asparagus. He says the Romanian and Bulgarian workers there live in caravans on site, about 6 per caravan, and are bussed to the fields at 5am. He has heard the supervisor shouting at them and once saw him push a man into a ditch for being slow. The son himself is paid properly and goes home every night.\n\nHe also said several of the workers told him they had to pay the supervisor £100 to be picked for the job and that they pay 'fines' for broken crates.",
  "PV AC", "oc cedl uf", "L")
E("Border Force note, Birmingham Airport, Terminal 1 arrivals\n\nFlight from Lagos. Female passenger, 18 (DOB on passport), travelling alone, presented a letter of invitation from an 'auntie' in Walsall to attend a 'hair training course'. Could not name the course or the college. Had £20 in cash and a small handbag, no checked luggage. Phone contained a WhatsApp chat in which a contact saved as 'Madam' told her to say she is a student and that 'your debt starts when you land, 30,000'.\n\nPassenger became distressed in interview and said she had sworn an oath before leaving. Refused entry decision deferred; safeguarding referral made; NRM explained. 'Madam' number passed to WMP.",
  "DE DB IT", "fpe", "S", "h")
E("GP record, Bradford, practice nurse:\n\nNew patient registration health check. 26 y/o male, Indian, arrived 6 months ago on skilled worker visa sponsored by a restaurant in Shipley. Says he works 6am-midnight 6 days a week, lives in the room above the kitchen with 3 others, and his employer deducts '£1,000 a month for the sponsorship' so he receives about £400. Employer holds his passport 'for Home Office checks'. Pt has lost 8 kg, c/o back pain and poor sleep. Pt says he cannot change jobs because he will lose his visa and be sent home to his family's debt.\n\nAdvised re support; pt consented to referral to the Salvation Army.",
  "EO AC WW RD AV", "swp pa oc", "L")
E("nail bar girls not allowed outside, the boss locks them in the shop", "RM", "", "L")
E("kids selling drugs from the bus shelter, look about 13", "AV", "", "C", "h")
E("Boss takes our passports and we sleep in the car wash, help", "RD", "swp", "L")
E("Missing 15yo found in trap house in Doncaster, Leeds line.", "AV", "", "C", "h")
E("Lost wallet on the 38 bus, Bradford Interchange.")
E("Lots of cards in different names at the cashpoint, Walsall Rd, 6am.", "", "mbc", "")
E("My boss keeps £50 a week from everyone for gloves and boots.", "", "ppe", "")
E("He sends my money home for me, I never touch it.", "WW", "ncw", "L")
E("Neighbours' dog barks all day, Moseley.")
E("Car wash lads are paid fine and go home at 6, no worries.")
E("Girl who works in the takeaway says if she runs off they will hurt her sister back home.", "IT", "", "L")
E("They took my phone when I arrived and I do not know this town.", "IS", "", "")


def build():
    out = []
    for n, (text, ind, sig, typ, risk) in enumerate(ROWS, 1):
        ind = set(ind); sig = set(sig)
        for a, b in PAIR:
            if a in ind: sig.add(b)
            if b in sig: ind.add(a)
        if risk == "i":
            r = "immediate"
        elif risk == "h" or "PV" in ind or "S" in typ or ("IT" in ind and "RM" in ind) or len(ind) >= 3:
            r = "high"
        elif ind or typ:
            r = "medium"
        else:
            r = "low"
        out.append({"id": "f84-%03d" % n, "text": text,
                    "indicators": [IND[k] for k in IND if k in ind],
                    "signs": [SIG[k] for k in SIG if k in sig],
                    "exploitation": [TYP[k] for k in TYP if k in typ],
                    "risk": r})
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "fresh84.jsonl"), "w", encoding="utf-8") as f:
        for o in build():
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(ROWS), "rows")
