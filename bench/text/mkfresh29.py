# Hand-written texts for fresh29 (sexual exploitation & domestic servitude emphasis).
# Each entry: T(text, indicators, signs, types, risk) with short codes expanded below.
import json, sys
IND = dict(AV="abuse_of_vulnerability", DE="deception", RM="restriction_of_movement", IS="isolation",
           PV="physical_sexual_violence", IT="intimidation_threats", RD="retention_of_documents",
           WW="withholding_wages", DB="debt_bondage", AC="abusive_conditions", EO="excessive_overtime")
SIG = dict(pa="physical_appearance", iso="isolated", plc="poor_living_conditions", oa="overcrowded_accommodation",
           saw="sleeps_at_workplace", fpe="few_personal_effects", rm="restricted_movement",
           ced="collected_early_dropped_late", foa="fear_of_authorities", uf="upfront_fees", dt="documents_taken",
           et="escorted_transport", ct="charged_transport", lh="long_hours", ppe="ppe_charges",
           ncw="no_control_of_wages", sfw="speaks_for_workers", mbc="multiple_bank_cards")
TYP = dict(L="labour", S="sexual", C="criminal", D="domestic_servitude", O="organ_harvesting")
RISK = dict(i="immediate", h="high", m="medium", l="low")
D = []
def T(text, ind="", sig="", typ="", risk="l"):
    D.append(dict(text=text,
                  indicators=[IND[x] for x in ind.split()],
                  signs=[SIG[x] for x in sig.split()],
                  exploitation=[TYP[x] for x in typ.split()],
                  risk=RISK[risk]))
# ---- part 1 ----
T("INT suggests flat 4, 19 Carrow Road being used as a pop-up brothel. Three females, believed Romanian, seen arriving with wheelie cases on Tuesday. Male POI (IONESCU) attends twice daily, takes bags of cash. Females not seen leaving alone. 2/C/P",
  "RM", "rm et", "S", "h")
T("adverts on that escort site keep changing the name but its the same 3 girls in the same bedroom photos, same phone number. one looks about 15. please look at this",
  "AV", "", "S", "h")
T("IP (F, 24, Albanian) disclosed via interpreter that she met 'Arben' online and believed he was her boyfriend. After arrival in the UK he told her she owed him £8,000 for the lorry and flat and she must 'work with men' to pay it. He holds her phone at night. She was moved between Leeds, Sheffield and Derby every two weeks.",
  "DE DB IS", "iso", "S", "h")
T("Caller reports a woman screaming in a short-let flat above the bookies, man heard shouting 'you don't leave until I say'. Door has new padlock on the outside. Units dispatched.",
  "RM", "rm", "", "i")
T("Au pair from the Philippines (22) seen at the school gate each day. Mum says she works from 6am until midnight, has not had a day off since she arrived in March and sleeps on a mattress in the children's playroom. Her 'wages' are sent straight to her agent in Manila.",
  "EO WW AC", "lh saw ncw", "D", "h")
T("Live-in nanny at no 12 is paid £450 a week through payroll, has her own room with ensuite, two full days off and goes to college on Thursdays. Neighbour's concern unfounded, NFA.",
  "", "", "", "l")
T("I came to work for the family of a diplomat. In my contract they write 8 hours and 500 dollars. In the house I clean, cook, take care of three children, wash the cars. I start five o'clock morning and I finish when madam sleep. I never get money in my hand, sir says he keep it for me. My passport also he keep in his office.",
  "DE EO WW RD", "lh ncw dt", "D", "h")
T("Independent escort, 31, British, advertises herself on AdultWork, rents her own flat, keeps all earnings and sets her own hours. Reported assault by a client last month; she has her own phone and bank account. No exploitation indicators identified.",
  "", "", "", "l")
T("Massage shop on the high st open till 2am every nite, same 2 chinese ladys there all the time, i think they sleep in the back room there is a mattress u can see it when the door is open. men going in all hours and an older man locks the front at night and takes the till money with him",
  "", "saw", "S", "h")
T("2/B/C (not for onward dissemination to LA without OIC approval). POI DRAGOMIR, Marius (DOB 03/11/1988) controls 4 x females working from Airbnb lets across Bristol. Uses one phone for all adverts. Collects cash nightly. Females reported to have no access to own ID.",
  "RD WW", "dt ncw", "S", "h")
T("Referral from school DSL: Year 9 pupil (14) seen getting into different cars after school, has new phone and expensive trainers, older male 'boyfriend' aged 23. Missing overnight twice this month, returned with bruising to wrist.",
  "AV PV", "pa", "S", "h")
T("My cousin she is 17 and brought from Nigeria to help my aunt with the baby. She does all cooking washing cleaning for 7 people, not going to school, aunty says she is lucky to be fed. She sleep on kitchen floor.",
  "AV AC EO", "saw plc lh", "D", "h")
T("Grandmother lives with son and daughter-in-law and helps with school runs and cooking most days. She says she enjoys it, has her own pension and bank card, visits friends at church. Social worker satisfied.",
  "", "", "", "l")
T("Hotel night manager reports room 214 booked by same male for two weeks, paid cash. Steady stream of male visitors, one girl seen in corridor in dressing gown, appeared frightened and would not look at staff. Male collects towels and keeps the key card himself.",
  "", "foa", "S", "h")
T("Victim says she was told she would be a model in London. On arrival her passport was taken 'for the agency contract' and she was photographed for an advert on a sex site. When she refused, the man slapped her and said he knows where her little brother goes to school.",
  "DE RD PV IT", "dt", "S", "h")
T("Woman in hijab at A&E with burn to forearm from iron. Husband's family do all talking. Notes say she cooks and cleans for household of 11, not allowed to leave house except with mother-in-law, no phone, speaks no English. Arrived on spousal visa 2 years ago.",
  "RM IS AV", "sfw rm iso pa", "D", "h")
T("Sex worker reported stolen phone after night out. Works from own flat in Salford with one friend for safety, splits rent. No third party involvement. Crime recorded as theft.",
  "", "", "", "l")
T("urgent!!! girl in the van outside tesco express banging on the window saying help, the man went in the shop, van is white transit reg starts WN19. she looks foreign and young",
  "RM", "rm", "", "i")
T("GLAA intel: manager of a Slough hand car wash also runs rooms above a shisha cafe where two Vietnamese women are reportedly kept. Women are driven to a nail bar in the day and to 'clients' at night. Same driver both times.",
  "RM", "et rm ced", "L S", "h")
T("Debrief (via Vietnamese interpreter): She says that she paid 20,000 USD to come to England for nail work. In England the boss said this money was not enough and she must pay 15,000 pound more. Every week he takes her wages for the debt and for food and bed. She says she never saw the money and does not know how much is left.",
  "DB WW DE", "uf ncw", "L", "h")
T("Nail bar inspected under licensing: two staff working, both paid by bank transfer, hold own passports, rota on wall shows 9-6 with breaks. Owner had out of date hygiene certificate. Advice given.",
  "", "", "", "l")
T("Mum worried about daughter (16) who has been staying with an older 'friend' Kieran in a flat in Wolverhampton. Daughter came home with no money, said she had to 'be nice to his mates' to pay back for the weed and the phone he bought her.",
  "AV DB PV", "", "S", "h")
T("Officer handover: IP MALIK, Sana, 19. Brought from Lahore on promise of marriage and study. In-laws took passport on arrival, kept her indoors, she cleans and cooks for 9. Husband hits her if food late. Placed in refuge tonight. OIC DC Hart.",
  "DE RD RM PV AC", "dt rm", "D", "h")
T("Member of public reports that the big house on Priory Lane has a maid who is never seen outside the garden wall. Says she waves from the upstairs window. No further details.",
  "RM", "rm", "D", "m")
T("Domestic worker visa holder (Indonesian, 38) attended Kalayaan advice session. Employer has moved her from Dubai to London. She works 7 days a week, 16 hours a day, and is paid £100 a month into an account the employer opened in her name and keeps the card for. She is not allowed out except to take the children to the park with the driver.",
  "EO WW RM", "lh ncw rm et", "D", "h")
T("Man came into the station to say his Polish partner had been 'working as an escort'. On enquiry she is 29, works independently, chooses her clients and the couple had argued about it. He was unhappy with her job. Words of advice, no offences.",
  "", "", "", "l")
T("SAR from Bank X: account in the name of a 20-year-old female receiving multiple small cash deposits at late hours across Manchester, Leeds and Newcastle, then transferred in full to a third party each morning. Linked phone also listed on adult service website adverts.",
  "WW", "ncw", "S", "h")
T("Probation note: service user discloses partner has been 'putting her to work' in a flat in Croydon to fund his habit and her own. She hands over all money, he gives her gear. Says he would 'smash her face in' if she stopped.",
  "AV WW IT", "ncw", "S", "h")
T("Kidney transplant patient returning from elective surgery at a registered hospital in India, all documentation in order, procedure through approved programme. No concerns.",
  "", "", "", "l")
T("We came three girls in the same car from Bucharest, the man Vali pay for everything. In London he say now you owe me for the car and the room, 50 pound every day even if no clients. If we have no money the debt is bigger. He keep the telephone in the night so we don't call nobody.",
  "DB IS", "iso", "S", "h")
T("Neighbour says the couple next door argue a lot and the woman has a black eye. Woman says her husband is violent. No evidence of work, exploitation or control of movement beyond DA. DASH completed, referred to IDVA.",
  "PV", "", "", "h")
T("Sexual health clinic: female patient (Thai, approx 30) attended with older male who answered all questions and held her passport. She had five previous STI screens under different names. Male insisted on staying in room.",
  "RD", "sfw dt", "S", "h")
T("4/12 — 3/C/C (handling: do not disclose source). Suggests that a woman known as 'Mimi' has been made to sleep with landlords in lieu of rent at several HMOs in Luton owned by the same family.",
  "PV", "", "S", "h")
T("Helpline call: caller's sister, 20, went to Birmingham for a 'cleaning job' advertised on Facebook. Now texts only from a different number, says there is no cleaning job and she has to 'see men', that they took her own phone, and 'they watch me'. Sister was crying on last video call, in a room with no window.",
  "DE IS", "iso", "S", "h")
T("Local authority safeguarding referral: adult with learning disability (34) living with distant relatives who claim his PIP and carer's allowance. He does all the housework and gardening, is not given money, and his bed is in the garage.",
  "AV AC", "ncw plc", "D", "h")
T("Romanian couple in their 40s run a cleaning business, registered, employ 3 staff on PAYE, staff share a rented house that is clean and not crowded. Council HMO check found only a missing fire blanket.",
  "", "", "", "l")
T("This girl is doing my nails every week she told me she is not paid she is learning and living with the owner. She is only 16 she said and come from vietnam with her uncle. She is there from open to close 7 days",
  "AV WW EO", "lh", "L", "h")
T("Intelligence: Albanian OCG (nominal HOXHA) advertising females on two adult sites, using rotating UK SIMs. Females driven between flats in Cardiff, Swansea, Newport. Texts from one female to her mother say she is 'not allowed to leave the house'. 2/B/P",
  "RM", "rm et", "S", "h")
T("Foster carer reports YP (15, female) has been receiving gifts and cash from a man called 'T' on Snapchat who asks her to send pictures and meet his friends at a hotel. YP believes she is in a relationship with him.",
  "AV DE", "", "S", "h")
T("Caller reports large group of men going in and out of a flat on Oakwood Ave, suspects drugs. Attended: a student party. No offences.",
  "", "", "", "l")
T("Midwife booking appt: 19 y/o from Eritrea, 24 weeks, lives with 'uncle' who brought her. Says she cleans his house and his friend's house, he has her papers. Unsure of own address. Not registered with GP. Uncle waited outside and called her phone twice during appt.",
  "AV RD IS", "dt iso", "D", "h")
T("woman works in the chip shop and lives upstairs, she gets paid, goes out with her mates on sundays, I was worried because she always looks tired but she said she just has two jobs to save for a car",
  "", "", "", "l")
T("Border Force, Stansted: two young women (Hungarian, 19 and 20) travelling on one-way tickets bought by a man who was waiting arrivals side. Both had the same address written on paper, could not name their employer, said they were going to 'work in a bar'. Male had their passports in his jacket.",
  "RD", "dt", "S", "h")
T("The family from our mosque bring a girl from Bangladesh. she is about 13. She is not going to school, she looks after their baby and cleans all day and they shout at her. When we ask they say she is a relative visiting",
  "AV EO", "lh", "D", "h")
T("Former employee disputes final pay with a cleaning agency, says she was owed £240 holiday pay, agency paid her late after ACAS contacted. She holds her own documents and moved to another job.",
  "", "", "", "l")
T("Debrief (first account): 'I was 15 when Jay started picking me up from school in his car. At first it was McDonald's and vapes. Then he said I owed him for everything and I had to go to parties and do stuff with his friends. If I said no he said he'd send the videos to my mum.'",
  "AV DB IT PV", "", "S", "h")
T("2/B/P. HMO at 88 Lime St: 6 females (Chinese) sharing 2 bedrooms, used for off-street prostitution. Bed sheets divided with curtains. Females not permitted to answer the door; a male 'receptionist' holds phones and cash.",
  "RM IS WW AC", "oa plc rm iso ncw", "S", "h")
T("Caller (anon) says the woman in the posh house on Kensington Park Rd works for them as a maid and isn't allowed out, saw her crying in the bin store. Says 'she's locked in when they go to their villa'. Family believed to be abroad now.",
  "RM", "rm", "D", "i")
T("Housekeeper for a Saudi family in Knightsbridge. Paid properly, £2,200 pcm by bank transfer to own account, has contract and own passport, days off agreed. Attended to report a lost wallet.",
  "", "", "", "l")
T("She says that the woman who brought her to the UK, called 'Mama Joy', made her swear an oath with juju at a shrine in Benin City. She was told she owed 35,000 euros. She says if she does not pay, the spirit will kill her or her mother will get sick. She works in a flat in Birmingham with 3 other girls and gives all money to Mama.",
  "DB IT WW", "ncw", "S", "h")
T("Female from Slovakia, 27, presented at custody after shoplifting arrest. Says she was brought over for 'factory work' but was put in a house and made to see men. Shows scars on her arms, says 'they burned me with cigarettes when I say no'. Requesting NRM.",
  "DE PV", "pa", "S", "h")
T("Community officer visited massage parlour following complaint. Two therapists, both British-born, self-employed, hold their own keys and leave at closing. No indicators. Premises licence in order.",
  "", "", "", "l")
T("He took my phone and gave me a new one with only his number in it. I didn't know the address, I never went out in the day, only to the car to go to the hotels. He said I had to make £500 every night or no food.",
  "IS RM WW", "iso rm et", "S", "h")
T("VRM AB12 XYZ seen at Premier Inn, Hotel, Ipswich twice weekly dropping off different females at 23:00 and collecting at 06:00. Driver male, mid-40s. Females appear young and carry small handbags only.",
  "", "ced et fpe", "S", "h")
T("A&E: female (approx 17, says 19) attended with vaginal injury and bruises to thighs, accompanied by male 'cousin' who refused to leave. No ID, no fixed address given. Safeguarding team paged.",
  "AV PV", "pa sfw", "S", "i")
T("Teacher reports that a pupil's older sister (22) has moved in from Poland to help the family after new baby. She has her own room, is paid, goes to English classes. Teacher just wanted to check it was 'allowed'. NFA.",
  "", "", "", "l")
T("Caseworker note (Salvation Army): Client worked 3 years for an Indian family in Leicester cooking, cleaning and caring for the grandmother. Promised £300 monthly sent to her husband in Kerala; the family sent £40 twice in three years. She slept on the landing. When she asked for her money, the son said he would report her to immigration.",
  "WW DE AC IT", "plc foa", "D", "h")
T("Report: a 'relative' from Sierra Leone aged around 12 is doing all the housework at 14 Forest Walk and is not registered at any school. Child seen hanging washing at 10pm.",
  "AV EO", "lh", "D", "h")
T("Anon online: theres girls in a flat above the vape shop, they come down only to get food with a man, always the same man, always at night",
  "RM", "rm et", "", "m")
T("Intel log: nom PETROV, Nikolai, believed to recruit women in Bulgaria with offers of strawberry picking then sell them on to brothel keepers in Glasgow for £3,000 each. Women told on arrival they owe the purchase price. 2/C/P",
  "DE DB", "", "S", "h")
T("Caller is a hotel cleaner, found a girl in a room crying, girl said 'please don't tell, he will kill me'. Male now returned to room. Girl looked approx 16.",
  "AV IT", "", "S", "i")
T("Victim account: 'My boyfriend said I was special. After a month he said his friend needed money and I could help by sleeping with him just once. Then it was every weekend. He took pictures and said he'd put them online if I stopped.'",
  "DE IT", "", "S", "h")
T("Woman attended front counter to report her ex-partner for harassment by text. She works as a dancer at a licensed club, gets paid by the club, no third party. Harassment crime recorded.",
  "", "", "", "l")
T("Social services: Moroccan domestic worker found at a neighbour's door at 3am with no shoes, says she escaped through a window. She has not been paid for 14 months, her 'sir' holds her passport, and she shows bite marks on her arm from the madam.",
  "WW RD PV RM", "dt pa rm", "D", "i")
T("Adult service website scrape: same phone appears on 11 profiles in 6 towns over 3 weeks. Profiles state 'new in town', 'young', 'Polish'. Pattern consistent with a controlled network moving women between cities.",
  "", "", "S", "h")
T("My daughter's friend is 14 and told her she goes to a man's flat where older men give her vodka and she 'does things' for them and gets £20. Please help I didn't know who to tell",
  "AV PV", "", "S", "h")
T("Filipino nanny employed by a family in Chelsea left after 3 weeks because the hours were long. Employer paid all wages owed and returned her passport immediately. She has a new job with another family. No modern slavery concerns.",
  "", "", "", "l")
T("Housemaid (Sri Lankan, 45) to a family in Manchester. She says: I am not allowed to use the phone. I eat what is left on plates. I sleep in the laundry room. Madam has my passport and visa 'for safe'. I work from before the children wake until after everybody sleep, every day.",
  "IS AC RD EO", "iso plc dt lh saw", "D", "h")
T("INT: female (VN, 17) believed held in short-let flat, Spinningfields. Seen through window. Male attending with food, door locked from outside. 1/B/P. Immediate action.",
  "AV RM", "rm", "S", "i")
T("Call summary 101: caller's lodger (Romanian female) is 'doing massage' in her room and men come round. Lodger pays rent, says she works for herself, no one else involved. Advice given re tenancy.",
  "", "", "", "l")
T("Man called Sami puts ads for 'young exotic girls' on Vivastreet, the girls are moved in a silver Passat from Reading to Oxford on Mondays. Girls say they don't have their passports, Sami keeps them in a drawer in his mum's house.",
  "RD", "dt et", "S", "h")
T("An elderly lady was pressured by her son to sign over her house. Financial abuse of an adult, no work or sex exploitation. Adult safeguarding S42 enquiry opened.",
  "", "", "", "l")
T("Aunt brought niece (16) from Ghana 'for school'. Niece never enrolled, does cleaning for aunt and two other houses where aunt collects payment. Niece says she is 'like a servant'. Aunt threatened to send her back to her village where she would be married off.",
  "AV DE WW IT", "ncw", "D", "h")
T("Lady at the bus stop said to me she is from Lithuania and works 'at the flats' and has to give everything to Tomas. She had a cut lip and said he did it when she came back short. She begged me not to call the police because they will deport her.",
  "WW PV", "ncw pa foa", "S", "h")
T("Police debrief: 'I cleaned for them from 6 to 11 every day. They said I was family so I don't need salary. When my father died in Ethiopia they did not let me call.'",
  "EO WW IS", "lh iso", "D", "h")
T("Short-term let host reports guests left flat in a state, condoms and wet wipes everywhere, suspects it was used for sex work. Booked by a woman using her own card, two women stayed, left on time. Host wants to claim damages.",
  "", "", "", "l")
T("CSE concern: 13-year-old boy meets adults online via gaming platform, has been sent money and asked for explicit images, one adult offered to meet him in Leicester. Parents have removed the console.",
  "AV", "", "S", "h")
T("2/B/P. Premises: Lotus Health Spa, Coventry. Female staff (Chinese) reside on premises, sleep on massage tables. Owner nominal WU Jian handles all money. Staff work 10:00-02:00 daily. One female stated she owes 'the company' for her flight.",
  "EO WW DB", "saw lh ncw", "S", "h")
T("I got paid less than minimum wage cleaning hotel rooms, complaints to my manager went nowhere so I quit. They did pay me in the end. Just want to report them for underpaying.",
  "", "", "", "l")
T("Female (Brazilian, 26) reported that a man who offered her a 'hostess job' in a Mayfair club instead drove her to a flat, locked the door and told her she would work there until her 'fees' of £6,000 were paid off. She escaped while he was asleep.",
  "DE RM DB", "rm", "S", "h")
T("Safeguarding alert from GP: patient (Pakistani, 50s) brought her niece (20) from Pakistan, niece presents as withdrawn, speaks no English, appears underweight. Niece says through sister-in-law that she 'helps at home'. GP unable to speak to her alone.",
  "", "pa sfw", "", "l")
T("our neighbours nanny from Romania is always in the garden with the kids at 6am and still there at 10 at night and i never see her go anywhere, when i said hello she said she not allowed talk to neighbours",
  "EO IS", "lh iso", "D", "m")
T("Witness statement: I am the manager of the Travelodge. On 12th the male booked three rooms for a week. I saw him take the young women's handbags off them when they got out of the car. He told me they were his 'nieces on holiday'.",
  "", "sfw", "S", "h")
T("PNC check on a Nigerian female stopped in a vehicle in Slough: she holds valid leave to remain, is a nurse, and the driver is her husband. No concerns.",
  "", "", "", "l")
T("Woman, 33, with heroin addiction, reports that dealer 'Dee' has been making her have sex with his customers to pay off what she owes him for gear. Debt 'never goes down'. She is now homeless.",
  "AV DB PV", "", "S", "h")
T("caller says her husband's brother brought a wife from India who never leaves the house and does all the cleaning for the extended family. Husband's brother keeps her passport. Caller thinks she is being treated like a slave and hit.",
  "RM RD PV", "rm dt", "D", "h")
T("Hotel staff raised concern: girl (15-16) in school uniform checking in with man aged 40+ at 1pm on a school day, man paid cash. Police attended, man detained. Girl known missing from care home.",
  "AV", "", "S", "i")
T("Referral (Unseen): A Chinese woman, 40, contacted helpline. She works in a flat in Edinburgh selling sex. She says she chose the work and keeps her money but the landlord takes 50% and she can't leave because he has her passport and says she owes him.",
  "RD DB", "dt", "S", "h")
T("A council housing officer visited a 2-bed flat with 9 adults (Romanian) sleeping on mattresses. All work at a packing factory via an agency, but say they chose the flat themselves and pay their own rent to the landlord. Referred to HMO enforcement only.",
  "", "oa", "", "l")
T("Police report: male arrested at Holiday Inn with 3 mobile phones, adverts on 2 websites, £4,200 cash. Two women in adjoining rooms said he 'looks after them' and they are paid 'at the end'. Neither has been paid since arriving 5 weeks ago.",
  "WW", "ncw", "S", "h")
T("Interpreter note: she says the lady of the house told her the salary would be 300 euros a month and she could go to church. She says she was not allowed to go to church and the salary was never paid. She says madam took her telephone because she was talking too much to her mother.",
  "DE WW IS RM", "iso rm", "D", "h")
T("Lost property: student from Malaysia reports passport lost on train. Has university ID and bank card. NFA beyond referral to embassy.",
  "", "", "", "l")
T("Nan is 80 and her grandson stays with her and does the shopping and cleaning for her, she gives him some money for petrol. Somebody rang social services saying he's a 'slave' because he never goes out. He's 24 and has his own car and a girlfriend.",
  "", "", "", "l")
T("3/C/P — suggests that a male known as 'PAPI' supplies girls aged 14-16 from a children's home to 'parties' at a house in Rochdale. Girls are given drugs and alcohol.",
  "AV", "", "S", "h")
T("Woman approached an officer at Victoria coach station saying she had just escaped from a house where she was made to clean and have sex with the owner. She had no bags, no money and no coat. Says the owner has her ID card.",
  "PV RD", "fpe dt", "D S", "h")
T("Anonymous helpline call: an Eritrean woman works at a family's takeaway by day and cleans their house by night. She sleeps in the storeroom of the takeaway. They say she is paying off the smuggler fee they covered for her, £4,000.",
  "DB EO AC", "saw lh", "L D", "h")
T("Woman, 25, came to ask about renewing her visa. She works as a live-in carer, employer is fine, just needs advice on immigration routes. Signposted.",
  "", "", "", "l")
T("Female caller whispering: 'I'm in a room on the top floor, they took my clothes, I don't know where I am, there's a sign outside that says Oak something'. Line cut off. Trace in progress.",
  "RM IS", "rm iso", "", "i")
T("Massage parlour in Southampton: officer noted that four women sleep on premises, are 'paid' in food and cigarettes, never leave unescorted, and the receptionist (male) answers every question on their behalf.",
  "WW RM", "saw ncw et rm sfw", "S", "h")

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "bench/text/fresh29.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for i, d in enumerate(D, 1):
            rec = {"id": "f29-%03d" % i, "text": d["text"], "indicators": d["indicators"],
                   "signs": d["signs"], "exploitation": d["exploitation"], "risk": d["risk"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(D), "texts written to", out)
