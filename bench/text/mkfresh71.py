#!/usr/bin/env python3
"""Hand-written training texts for Sightline (set fresh71). Each entry is written by hand;
the script only expands short codes and writes bench/text/fresh71.jsonl."""
import json, os

IND = {"AV": "abuse_of_vulnerability", "DE": "deception", "RM": "restriction_of_movement",
       "IS": "isolation", "PV": "physical_sexual_violence", "IT": "intimidation_threats",
       "RD": "retention_of_documents", "WW": "withholding_wages", "DB": "debt_bondage",
       "AC": "abusive_conditions", "EO": "excessive_overtime"}
SIG = {"pa": "physical_appearance", "iso": "isolated", "plc": "poor_living_conditions",
       "oca": "overcrowded_accommodation", "saw": "sleeps_at_workplace",
       "fpe": "few_personal_effects", "rmv": "restricted_movement",
       "cedl": "collected_early_dropped_late", "foa": "fear_of_authorities",
       "uf": "upfront_fees", "dt": "documents_taken", "et": "escorted_transport",
       "ct": "charged_transport", "lh": "long_hours", "ppe": "ppe_charges",
       "ncw": "no_control_of_wages", "sfw": "speaks_for_workers", "mbc": "multiple_bank_cards"}
TYP = {"L": "labour", "S": "sexual", "C": "criminal", "D": "domestic_servitude", "O": "organ_harvesting"}
PAIR = [("RD", "dt"), ("RM", "rmv"), ("EO", "lh"), ("IS", "iso")]

D = []
def E(text, ind="", sig="", typ="", risk=""):
    D.append((text, ind, sig, typ, risk))

# ---------------------------------------------------------------- part 1
E("Debrief via Vietnamese interpreter. NGUYEN says he came to UK in back of lorry from France. Man called Anh told him in Hanoi he would work in a restaurant kitchen and send money to his parents. Instead he was driven at night to a house in Stoke where all the upstairs rooms had plants and lights. He says he stayed in the house maybe four months, maybe five, he is not sure, the windows were covered and he did not know the name of the town. Anh said he owed 28,000 dollars for the journey and it would come off from the harvest. He never saw any money. Police came in March and he ran but was caught.",
  "DE IS DB WW AV", "", "C", "")
E("She says the lady of the house took her passport the day she arrived 'to keep it safe from thieves'. She never saw it again. She worked from 5am until the children slept, about midnight, every day. Interpreter (Tagalog) notes she became upset when asked about days off — she says there were none in two years.",
  "RD EO", "", "D", "")
E("I came from Romania with my cousin boyfriend, he say we go to England for pick strawberries. When we arrive he say no, you work in flat with men. I say no and he hit me in face. After I do it for him maybe one year. Money all for him. Now I am in safe house and he is in Romania I think.",
  "DE PV WW", "", "S", "")
E("Interview notes (Albanian interpreter). Client is 17. She says she met a boy on Instagram who said he loved her and they would marry in Italy. He took her by car and boat to Belgium then UK. In a flat in Leeds he told her she had to 'pay back' the trip with men. She recalls doors being locked and the key kept by an older woman called Dritë. She escaped when the older woman was drunk. Dates are confused — she says summer, then says it was snowing.",
  "AV DE RM DB", "", "S", "")
E("Client (Eritrean, male, 24) came to UK via Libya and Calais in 2019. He describes being held in a warehouse in Bani Walid for ransom and beaten. In UK he has worked for a courier company with a proper contract and is paid weekly into his own account. He has his own residence permit. No concerns about his current work; referral is for trauma support only.",
  "", "", "", "l")
E("Nom says he was told by uncle he would study in UK. On arrival made to cook, clean and watch 3 kids for uncle's family. Not enrolled in school. Slept on kitchen floor. Age at the time 14. Now 19 and living independently.",
  "DE AV AC", "saw", "D", "c")
E("Account given through Polish interpreter. KOWALSKI was recruited at a bus station in Gdańsk, told there was factory work in Northampton, £9 an hour, housing arranged. In UK he lived with 11 other men in a three bed terrace. The boss, known as 'Tomek', opened bank accounts for all of them and kept the cards and PINs. They got £30 a week for food. He says if anyone complained Tomek said he knew people in Poland who would visit their families.",
  "DE AC WW IT", "oca ncw", "L", "")
E("Sudanese man, 31. Describes working on a farm in Kent picking apples in 2022 through an agency. Says the work was hard and the pay was the minimum, he thought it was low. He lived in a caravan on site which was clean, paid his own rent, and left when the season finished. He has no complaint against the farm. He was referred by mistake because he mentioned 'the farm' in an asylum interview.",
  "", "", "", "l")
E("She tells me (via Nigerian Pidgin/English) that 'Madam' arranged her travel from Benin City and took her to a shrine where hair and nails were taken. She was told if she ran or talked to police she would go mad and die and her mother would fall sick. In Italy and later London she worked in flats. She had to pay 35,000 euro. She says she paid 'small small' and the number never went down.",
  "IT DB", "", "S", "")
E("POI TRAN Van Minh, DOB 02/04/2006. INT suggests nom working at nail bar on High St for no pay, lives above shop, not seen outside alone. 2/B/P.",
  "WW RM AV", "saw", "L", "c")
E("Victim says: 'Boss keep all our papers in the safe in the office, he say it is for the inspection. When I ask for mine to go to the doctor he say no need.' Worked at a packhouse near Boston.",
  "RD", "", "L", "")
E("Caseworker note. Client's account today differs from the first meeting. At first she said she came to marry her husband; today, through a Punjabi interpreter, she says her in-laws did not let her leave the house, took her passport, and she cooked and cleaned for eight people. She says she was hit by the mother-in-law with a rolling pin. She left in 2021 with help of a neighbour. She is confused about whether this lasted two or three years.",
  "RM RD PV", "", "D", "")
E("He says he was sent to a house in Swansea with a phone and bags of white. He was 16. The men said if he lost the bag he would owe them and they would 'sort his family'. He slept on a sofa belonging to a woman who used drugs. He says he did not get paid, only food and weed.",
  "AV IT DB WW", "", "C", "c")
E("Chinese female, 40s, interviewed with Mandarin interpreter following closure of a massage premises. She says she works there by choice, rents the room herself, keeps her own earnings and has her own passport and visa. She declined NRM. Nothing in her account suggested control by another person.",
  "", "", "", "l")
E("Through the interpreter (Tigrinya) he says they were 'like animals' in the car wash — no gloves, hands cracked from the chemicals, slept in the back room on cardboard. He worked from light to dark. He thinks he was paid £100 at the end, once.",
  "AC EO WW", "saw plc", "L", "")
E("Victim states the man who brought her said she must not speak to anyone in the shop downstairs because they would call immigration and she would go to prison.",
  "IS IT", "foa", "", "")
E("Client was a domestic worker for a diplomat's family in Kensington. She describes being given food only after the family had eaten, sleeping in the laundry, and her salary of $200/month was 'sent home' but her family in Manila received nothing for eight months. She had no phone. She escaped through a window on a Sunday.",
  "AC WW IS", "saw", "D", "")
E("I work in the hotel in Glasgow, housekeeping. Agency is fine. They pay every Friday, I have my payslip, sometimes I do extra shift if I want. I live with my sister. I came to the charity only for English class.",
  "", "", "", "l")
E("Interpreter reports the young man (Albanian, now 20) described arriving at 17 in a small boat and being met at a car park by men who took his phone. He was taken to a house with cannabis and told he owed £15,000. He lived there alone for months, was brought food twice a week. When he asked to leave they showed him a video on a phone of a man being beaten and said 'this is the one who left'.",
  "AV IS DB IT", "", "C", "c")
E("Romanian woman, 56, begging outside Tesco. Says she comes herself from Craiova with her son, sleeps in the park, keeps what people give. No one collects her. She says no to help.",
  "", "", "", "l")
E("Slovak couple with a learning disability were brought to Sheffield by a family friend who 'helped' them with benefits. He had their bank cards, gave them £10 each a week, and took them every morning at 5 to a recycling yard where they sorted rubbish without gloves. They lived in his back garden shed.",
  "AV WW AC", "ncw cedl plc", "L", "")
E("Statement of witness (landlady). The tenants in the downstairs flat are three Polish men who work for a builder. They pay rent to me themselves every month, go to the pub on Friday. One asked me once about a doctor. I never saw anything suspicious and they seemed happy.",
  "", "", "", "l")
E("Debrief. Female, Vietnamese, says age 19 but appears younger; age disputed. She worked in a nail shop in Bristol. 'The owner say I owe 10,000 pound for the trip and every month he take my money for the debt and for the rent. I work from 9 to 9, seven days.' She says she did not go anywhere without the owner's wife.",
  "AV DB WW EO RM", "", "L", "c")
E("MSHL call summary. Caller's sister (Filipina) is a carer in a private home in Surrey. Sister told caller on WhatsApp that the employer has her passport and she is paid £300 a month for round the clock care of an elderly man. She is not allowed to leave the house on her own. Caller asks what to do.",
  "RD WW EO RM", "", "D", "")
E("Client explains that he had a kidney removed in hospital in 2018 because of illness and had a transplant from his brother. He is well now. This was mentioned because of scars during the health assessment. No concern.",
  "", "", "", "l")
E("The man who recruited me in Lagos said I will be a nanny in London and go to college. When I arrive the woman said college is later. I clean the house, do the children, cook, wash the car. I sleep with the baby. She say I owe her for the ticket. I am there three years and never go to college.",
  "DE DB EO", "", "D", "")
E("He was told, he says, that the work on the boat would be three months. It was ten. The skipper kept their seaman's books. They were not allowed to go ashore when in port in Scotland. Worked 20 hours some days. The Ghanaian crew were paid less than promised and some not at all.",
  "DE RD RM EO WW", "", "L", "")
E("We were 15 in one house. Mattresses on all floors, even the kitchen. One toilet. The gangmaster charged £70 a week each for the bed and £10 for the van to the farm. After that there was nothing left from the pay.",
  "AC WW", "oca plc ct", "L", "")
E("Interview with Indian national (Gujarati interpreter). He paid an agent in Ahmedabad 8 lakh rupees for a care worker visa. On arrival the sponsor company had no job for him. He worked two weeks at a care home, was paid correctly, then found another sponsor himself. He is angry about the fee. He is free and living with friends.",
  "", "uf", "", "l")
E("IP says that when she was 15 she was taken by a man called 'Smiler' to parties in flats in Rochdale where she was given vodka and made to have sex with his friends. She says she thought he was her boyfriend. This stopped when she went into care in another city.",
  "AV PV DE", "", "S", "c")
E("She says they made her steal from shops — clothes, perfume — in Oxford Street and Westfield. A woman drove them and waited. If she came back with too little she did not eat. She was 13 or 14, she is not sure.",
  "AV AC", "et", "C", "c")
E("Through an Amharic interpreter, the woman describes her work for a Saudi family who brought her to London for the summer. She says they locked the flat when they went out, she had no key and no phone, and she only slept three or four hours. She was shouted at and slapped by the daughter. She ran when the family went to the airport.",
  "RM IS EO PV", "", "D", "")
E("Notes: client reports he was a chef in a Chinese takeaway in Norfolk. Employer paid him cash £350 a week for 50 hours, which he felt was too little. He left after an argument about money and owner paid him the last week late. He has his passport. Not NRM.",
  "", "", "", "l")
E("Ms D (Romanian) says her husband sold her to another man for £2,000 in Birmingham. The other man took her ID card and made her sell sex on the street. She says she was beaten when she refused. She escaped after roughly six months and went to the Romanian embassy.",
  "RD PV", "", "S", "")
E("Account recorded with an Arabic interpreter. Young Sudanese man, age assessed 16. He says a man in Calais offered free crossing if he carried a package. In UK he was put in a flat in Derby and told to sell drugs from a phone. He was told he owed £3,000 for the crossing and the phone. He slept on the floor. He was arrested in January and says he was relieved.",
  "AV DB", "plc", "C", "c")
E("Polish man, 60, alcoholic, was found living in a caravan on a traveller site. He says he has worked laying driveways for the family 'for years', maybe 10, maybe 12. He gets cigarettes, beer and food but not money. He says they are good to him, he has nowhere else.",
  "AV WW", "plc", "L", "")
E("Student from Nigeria reported passport lost on a night out. She lives in university halls, works part-time at Primark, has her BRP. Police report for lost property only.",
  "", "", "", "l")
E("Interpreter says: 'He explains the boss took all of the workers' phones every morning and gave them back at night so nobody could call home during work. They were not told what town they were in.'",
  "IS", "", "L", "")
E("DEBRIEF — ID ref withheld. The subject, Vietnamese male, now 22, gives a partial account of travelling via Russia, Poland and Germany in 2017. He recalls being kept in a house near the Czech border where men had guns and he was hit with a stick when he cried. In UK he worked in a cannabis farm in Kent, and after arrest in a nail bar. At the nail bar he was paid £50 a week while the 'aunt' kept the rest 'for the debt'. He is unclear how much the debt was. He was fearful of saying the aunt's name.",
  "PV WW DB", "foa", "C L", "")
E("Client says she came to UK on a fiancée visa to marry a man she met online. After the wedding he did not let her work, he did not hurt her, but they argued a lot and she left to a refuge. No labour or sexual exploitation described; domestic abuse service involved.",
  "", "", "", "l")
E("He said 'They tell me you work one year for free, then you are free.' He worked in a hand car wash in Essex from 7 until 8 at night. One year became two.",
  "DB WW EO DE", "", "L", "")
E("POI BERISHA, Arben (ALB) believed to be controlling 2 x females working from flat above dry cleaners. Females seen escorted to and from Tesco by BERISHA. 3/C/P.",
  "RM", "et", "S", "")
E("Referral from GP. Patient (Chinese, female, 30s) attended with an older man who answered every question for her and refused to leave the room. She had bruises on the upper arms. Patient later phoned alone and said she works in a restaurant kitchen 14 hours a day and sleeps there. She asked the GP not to tell anyone.",
  "PV EO", "sfw pa saw foa", "L", "")
E("She remembers the flat had three bedrooms and there were always five or six girls, Romanian and Hungarian. Men came all day. The 'manager' took the money from each client at the door. She says she was allowed out only to buy food and always with Bianca. She is not sure whether this was in Slough or in Reading.",
  "WW RM", "et", "S", "")
E("The boy (Eritrean, 15) describes a foster placement in Croydon as good. He goes to school and plays football. He says nobody makes him work. Social worker has no concerns.",
  "", "", "", "l")
E("I was driven every day at 4 in the morning to a chicken factory and picked up at 7 at night by Marius. Marius took £15 a day for petrol from me. Work was ok but after petrol, rent and 'tax' he gave me £40 per week. I was afraid to ask.",
  "WW", "cedl ct et", "L", "")
E("Translated statement (Albanian). 'They told me when I was in Tirana that I will work in building in London for £100 a day. In London I work in cannabis, not building. When I say I want to go they say my brother in Albania will have accident.'",
  "DE IT", "", "C", "")
E("Man, 34, from Pakistan, says employer of a restaurant sponsored his visa and he paid the employer £12,000 for the certificate of sponsorship. Since then he works 70 hours a week, gets paid for 20 hours through payroll and then must give the rest back in cash to the owner. He is scared the owner will cancel his visa.",
  "EO WW AV", "uf foa", "L", "")
E("Debrief note: victim unable to remember the address, only that it was 'near a big football stadium'. Kept there with two others; they were allowed out only on Sunday mornings with the boss's son. No phone.",
  "RM IS", "et", "", "")
E("The woman from the council said my house is too full, 9 people. It is my family, my husband, my children, my parents-in-law and my brother's family. We all came together from Sudan and are waiting for a bigger house.",
  "", "", "", "l")
E("Victim is a 44-year-old British man who was homeless in Manchester. He says a man offered him work and a bed. He spent two years laying tarmac for the man's family across the north west, living in a horsebox. He was given cans and sometimes £10. He was punched when he was slow. He was never allowed to travel without one of the sons.",
  "AV WW PV RM AC", "plc et", "L", "")
E("Statement read back via the Vietnamese interpreter: she agrees that she was told she would work in a nail shop, that she did work in a nail shop, and that she was paid £300 per week cash which she kept. She says the owner was strict but fair. She wishes to withdraw from the NRM.",
  "", "", "", "l")
E("Through the Romanian interpreter: the lady explains that she and her husband were given food and a room by a Roma family in Luton and in return were sent to beg near the station, giving all the coins to the head of the family each evening. She thinks it was 'about a year, maybe less'. She says the husband was also made to sign for benefits he never received.",
  "WW", "ncw", "C", "")
E("Albanian female, 23, account via interpreter. She met a man in Durrës who promised marriage. In London he made her work as an escort and posted her photos on a website. She said she stayed because he said he had pictures of her and would send them to her father. She also says he took her ID card 'so she would not lose it'.",
  "DE IT RD", "", "S", "")
E("Case note (Salvation Army): Client (Nigerian, 29) confirms she left the exploitative situation in 2020. She now lives in safe house accommodation and has her own bank card. She is worried about the juju oath still. Today's session concerned her asylum appeal. No new disclosures.",
  "", "", "", "l")
E("The boy says he was 'looking after a house' for some older lads in a flat in Bournemouth. It was his mate's mum's flat; the lads moved in and took over. The mum was scared of them. He had to stay in and answer the door to customers. He says they cut his hand with a knife when money went missing.",
  "RM PV", "pa", "C", "c")
E("Translated account (Chinese): 'The boss in Manchester restaurant take my passport because of the visa, he say. I work every day, no rest. I sleep in the storeroom. He say if I go out the police will catch me.'",
  "RD EO IT", "saw foa", "L", "")
E("I say to the social worker I am 16 but they say 25. In my country (Sudan) I was in the army. In UK I was in a hotel for asylum. Nobody makes me work. I only want school.",
  "", "", "", "l")
E("Interpreter: 'She says the family treated her like their own daughter. She did help with cooking but she was also at school and had pocket money.' The referral was made by the school because she was tired in class; the assessment found no exploitation.",
  "", "", "", "l")
E("The recruiter in Bucharest took 200 euros from each of us for the 'job' and the bus. In UK we were put in a warehouse in Kettering through an agency. The agency paid the money correctly but to a bank account that the recruiter opened. He gave us only a part.",
  "WW", "uf ncw", "L", "")
E("Indian woman, 38, interviewed in Hindi. Came on a domestic worker visa with a family. Worked cooking and cleaning 6am–11pm. She says the family paid her monthly salary to her husband in India, as agreed, and she phoned home weekly. She was not locked in. She left because she wanted a different job and the family gave her passport back without any problem. She feels she was overworked.",
  "EO", "", "D", "")
E("Eritrean woman, 27, debrief. In Libya she was held by smugglers and raped. In the UK she was met by a man from her village who said she could stay with him. She had to clean and cook for him and his friends and he had sex with her when he wanted. She says 'I had no choice, I did not know anyone and I had no papers'. She left after he was arrested for something else.",
  "PV AV IS", "", "D S", "")
E("Officer's handover: victim HOANG (VN) interviewed today with interpreter at custody. States he was told to water plants and not to open windows. Lock on outside of front door, food passed through letterbox. Was in property when police entered 0500hrs. Now at hospital for electric burns to hand. Referral submitted.",
  "RM AC", "pa", "C", "")
E("A kidney for £5,000 — that is what the man in Chittagong told my brother. My brother went to a hospital in India and after the operation he got only £800 and was very sick. Now he has moved to London and works in a shop. I am telling this because the same man is asking people here in the community.",
  "DE", "", "O", "")
E("Interview record, Filipino male, fishing deckhand, 2019–2021 on a Scottish boat. He says his contract said 10 hours rest per day but they hauled nets 18-20 hours. He lived on the boat in port. He says the skipper threatened to send him home if he complained and he had a loan in the Philippines for the agency fee.",
  "EO IT AV", "saw uf", "L", "")
E("Debrief (Polish). Client found a job advert on Facebook for a warehouse in Bedford. He went himself, was interviewed by the agency, got a contract. He lives in a shared house he found on SpareRoom. He was referred because he told a police officer he 'works like a slave' but on interview this referred to long shifts at peak, with overtime paid. No indicators.",
  "", "", "", "l")
E("The guy who drove us said if anybody asks we are his cousins. He always spoke to the police and the farmer for us. We never had the payslip, only he had it.",
  "", "sfw ncw", "L", "")
E("She said she was 'lent' to a friend of the madam for two weeks in Newcastle to clean his house and 'be nice to him'. She says the friend assaulted her. She returned to the madam's flat after.",
  "PV", "", "S D", "")
E("He describes being brought from a village near Cluj at age 12 with his father and sent to pick pockets on the Underground. His father took the money. He was beaten by another man when he came back with nothing. He was arrested many times. Now 18 and in supported housing.",
  "AV PV WW", "", "C", "c")
E("Vietnamese woman, says in 2016 she was brought to UK by a man who paid for everything and she agreed to repay him working in his cousin's nail bar. She worked normal hours, repaid the £6,000 in about eight months from her wages, then left and opened her own shop. She says it was a loan between family friends.",
  "", "", "", "l")
E("Client report via Sudanese Arabic interpreter. He worked at a car wash in Stoke with four others. They slept in a shipping container behind the wash. The owner gave them £20 a day and said the rest was for the container and food. When he asked for more he was told to 'go back to the jungle'. He was never shown a contract.",
  "WW AC", "saw plc", "L", "")
E("I meet a man on Facebook, he say come to England, good job in a hotel, £1,500 a month. I pay him 1,000 euro for the job. When I come he say hotel is closed, I must work for his friend in a pizza shop for food and a bed. I do this for three months without money.",
  "DE WW", "uf", "L", "")
E("Client recalls the police raid but not the date. She says she had been in the flat 'since Christmas'. The men took her passport at the airport in Stansted. Clients paid the men, she never touched the money.",
  "RD WW", "", "S", "")
E("Statement (translated from Slovak). 'In Slovakia the man promised me 400 pounds a week in a factory. In England I work in the factory but my salary goes into his account. He gives me 20 pounds each week. In the house are 14 people. If I want to go to Slovakia he says first pay 1,500 for the house and the ticket.'",
  "DE WW DB AC", "ncw oca", "L", "")
E("Young woman, Chinese, came as a student. She says her 'landlord' took her passport as a deposit until she paid rent. She paid and got it back the next week. She is studying and works part time in a café. No further concerns identified.",
  "", "", "", "l")
E("His words: 'I was the cook for the sheikh's family in Mayfair. I work from 6 in the morning to 2 at night, no day off for 11 months. My passport was with the driver. I could not go out, the guard at the door stopped me.'",
  "EO RD RM", "", "D", "")
E("Social care record. Child (F, 14) disclosed she has been going to a house where older men give her cannabis and she has to 'do stuff' with them to pay for it. She said one of the men said he would post videos of her if she stopped.",
  "AV PV IT", "", "S", "c")
E("Statement from a Polish builder on a site in Reading: 'I work for my own company, self employed, I pay my taxes. The site manager is tough but I get paid every two weeks. I saw the police come on the site and they asked about the Romanian lads, I don't know about them.'",
  "", "", "", "l")
E("The woman explains that after she left the house in 2022 she slept on a bus for weeks. The family she worked for had kept her wages 'to save for her wedding' and never gave them to her. She had cleaned the house and cared for the grandmother for four years.",
  "WW", "", "D", "")
E("Account: he and seven other Romanian men were recruited for a construction job in Kent. The boss paid them once, then said the client had not paid. They kept working three months waiting for the money 'next week'. Then the boss disappeared with the van and their ID cards.",
  "WW RD DE", "", "L", "")
E("Interview (Urdu). Woman, 26, married in Pakistan and brought to Bradford. Husband's family made her work in the family's takeaway in the evenings and clean the house all day. She had no money of her own and was not allowed to visit her own relatives in the UK. She says the husband's brother threatened to send her back divorced if she spoke to anybody.",
  "RM IT WW EO", "", "D L", "")
E("VRM KX19 ABC seen dropping 6 x males at 0430 at the carwash on Station Rd, collecting same at 2100. Males appear unkempt. 2/C/P.",
  "EO", "cedl pa", "L", "")
E("She tells that the first two months in London were good, she was an au pair and had a room and weekend off. Then the family moved and the mother said she must stay in the house because of 'the new rules' and was not paid anymore because 'you live here free'. She remembers crying in the garden.",
  "WW RM", "", "D", "")
E("He says the gang in the Netherlands gave him a phone and a ticket. He was told to open bank accounts in the UK with a Lithuanian ID they gave him and to withdraw money from ATMs each day, 20 cards. He kept £50 a day. When he tried to stop, two men came to his room.",
  "IT", "mbc", "C", "")
E("Debrief via Kurdish Sorani interpreter — not one of the main languages; he speaks also some Arabic. He worked at a barbershop in Peterborough, owner paid cash £250 weekly. He was free to go and lived with his cousin. He is concerned about his asylum case. No exploitation disclosed.",
  "", "", "", "l")
E("Notes: 'he told me that the girls who run away, he finds them and their face will be cut.'",
  "IT", "", "", "")
E("Victim is a Lithuanian man in his 50s. Recruited in Vilnius by a woman promising a job at a chicken farm. In Kent he lived on the farm in a cabin with 9 others. The 'supervisor' took their wages for rent, transport and gloves and boots. He received about £20 a week. He was hit with a shovel handle by the supervisor once. He walked out in the end.",
  "DE WW PV AC", "oca ppe ct", "L", "")
E("Man from Vietnam says the smuggler in Hanoi was a neighbour. His parents paid $15,000 upfront from selling land. In the UK he was free, not in debt, and went to a Vietnamese friend in Birmingham. He claims asylum. He describes being cold and frightened in the lorry but no exploitation.",
  "", "", "", "l")
E("I was 16 when they put me in a house in Scotland to look after the plants. My uncle said I must do this for the family, the loan for my journey is big. I was not allowed out, food came every few days. When police came I was alone in the house.",
  "AV DB RM", "", "C", "c")
E("Interview summary, Nigerian woman, 34. She says she was brought as a 'house help' for a pastor's family in Essex. She did all the housework and child care, was not paid, and the wife said she must be grateful because they were feeding her. The wife beat her with a belt. She was not allowed to go to church with the family.",
  "WW PV RM", "", "D", "")
E("She cannot remember the names, only the dog's name. She was moved between three or four houses in Cardiff and Newport, always in the boot of a car. Men came to each house. She was given tablets 'to stay awake'. She is 18 now; this was when she was 16 or 17.",
  "AV RM", "et", "S", "c")
E("The owner of the car wash says to us: you are illegal, if you make problems I call Home Office. So we never made problems.",
  "IT AV", "foa", "L", "")
E("Handover note: Female, Romanian, 19, at station following Section 18 assault on her by partner. During account she mentions working at a massage parlour. Asked directly — she says she chooses the work, partner does not take her money, she has her own ID. DA referral made; no MS indicators identified at this time.",
  "", "", "", "l")
E("Through an interpreter, the man explains the recruiter took him and 20 others from Sylhet to a building site in East London. They were told their visas were being processed, but the passports were sent 'to the Home Office' and never returned. They slept on the site in a portacabin. They were fed rice once a day.",
  "RD DE AC", "saw plc", "L", "")
E("Young Albanian lad says the guys who brought him said it would cost £18k and he could pay working on a farm. The farm was an indoor grow in Liverpool. He's now 19 and says he paid about half of it before he was arrested. He's scared they'll come for the rest.",
  "DE DB", "foa", "C", "")
E("Account via Ukrainian interpreter. She came under the Homes for Ukraine scheme and the sponsor family asked her to help around the house and look after their baby in exchange for room and board. She said after a while it felt like a job without pay, 8 hours a day, but she could refuse and eventually moved out to her own flat with council help. Sponsor did not keep her documents.",
  "", "", "", "l")
E("She says that in the massage shop the boss had cameras in every room and one camera above her bed. She was never alone. She did not know the city; the windows showed only a wall.",
  "IS", "", "S", "")
E("Victim: 'The man is from my village in India. He says the travel is 10 lakh and I work in his brother's shop in Leicester until it is paid. I work from 7 in morning to 11 at night. Every month he says how much I still owe and it is always more.'",
  "DB EO", "", "L", "")
E("Caseworker: client (Filipina, 45) previously a nanny in Dubai where employer held her passport; came to UK with the same family in 2023, left them at Heathrow arrivals area after two days when she found the Kalayaan leaflet. In the UK she was made to work from 6am to midnight and was told she could not go out because 'London is dangerous'.",
  "RD EO RM", "", "D", "")
E("Police log 101: caller reports lots of young men going in and out of a house on Elm Rd at all hours. Officers attended; it is a registered HMO for students of the university, all tenancies in order. NFA.",
  "", "", "", "l")

# ---------------------------------------------------------------- part 2
E("Debrief, long account, Vietnamese interpreter present throughout. The young woman (now 21) gives her story in pieces and goes back and forth. She grew up in Nghệ An; her father had a debt to a money lender after her mother's illness. A woman from the next commune, 'Chị Lan', said there was work in a nail salon in England paying £1,500 a month and that she would pay for the trip, to be repaid from wages.\n\nShe remembers a flight to Moscow, then a long time in a flat with many people, then walking through forest, then a lorry. She is not sure whether she was in France or Belgium when she was put in the lorry. In England she was taken to a salon in a town she thinks began with 'W'. She lived upstairs with four other girls and a boy who cleaned.\n\nShe worked every day from opening to closing and afterwards cleaned. The owner said her wages went to Chị Lan for the debt and gave her £20 on Sundays. She was told not to talk to customers in English. She was not locked in but says 'where could I go, I did not know anyone and the owner said the police would send me to prison'. When the salon was inspected she was hidden in the back.",
  "AV DE DB WW EO IS", "foa", "L", "")
E("Helpline report: 'my neighbour has a filipino lady living with them, she hangs the washing at 6am and is still hoovering at 11 at night, never seen her go out once in 6 months, they have the door on a key code she doesn't know'",
  "EO RM", "", "D", "")
E("The worker said he signed a contract in Romanian for work on a salad farm, and the contract and the work matched. Pay came into his own Revolut account each Friday. He bought his own boots. GLAA officer noted accommodation was a clean static caravan shared by two. No indicators.",
  "", "", "", "l")
E("Interpreter (Tigrinya): 'He says the man in Birmingham kept his phone and his Home Office letter. He could not call his mother for four months.'",
  "RD IS", "", "", "")
E("She has her own passport with her and shows it. Says she is here visiting a friend who works in a nail bar, does not work herself. Border Force: entry granted.",
  "", "", "", "l")
E("POI: HUSSAIN, Tariq. INT suggests subject is running county line 'DANNY' from LDN into Norwich using 2 x juveniles (15, 16) who are kept at a cuckooed address on Marsh Rd. Juveniles not permitted to leave the address. Subject believed to carry a blade. 2/B/C - not to be disclosed to partner agencies without OIC's consent.",
  "AV RM", "", "C", "c")
E("I was pregnant when I got away from them. The man said the baby would be sold if I didn't keep working, and I believed it. I had men every night in the flat in Coventry, I don't know how many. He kept all the money.",
  "IT WW", "", "S", "")
E("Account through Albanian interpreter, male, 26. He says 'nobody forced me' and that he came in a boat to earn money for his family. He worked in a car wash and was paid £60 a day, cash, which he considers fair. He lived in a room he rented from a friend. He left the car wash when he found better work on a building site. He wants it recorded that his employer was a good man.",
  "", "", "", "l")
E("Case summary: client, 63, Polish, has dementia. A man posing as his 'carer' collected his pension each week and kept it, and his flat was used by others. Client was not made to work.",
  "", "ncw", "", "")
E("A & E note: female pt, approx 20, Chinese. Presented with cuts to forearm. Accompanied by man who held her phone and passport, answered all Qs. Pt said 'boss' through interpreter line once man left; said she cannot leave the massage place, sleeps there, gives all money to boss. Police informed, pt remains in dept. Man waiting in car park.",
  "RD WW RM PV", "sfw saw pa", "S", "i")
E("Interview (Romanian). The man explains that he went with a friend to pick daffodils in Cornwall. They paid £300 to the recruiter in Romania for transport. Accommodation was a crowded bungalow, eight per room. Pay was piece rate and came into his own account; he says it was poor when the weather was bad but he got his money. He left when the season ended.",
  "AC", "uf oca", "", "")
E("Nom TRAN (VN, 16) found in loft of address during drugs warrant. Loft contained camp bed, rice cooker and bucket. Nom had no phone, no ID, no shoes. Said through interpreter line he did not know what city he was in.",
  "AV IS AC", "fpe plc", "C", "c")
E("He was a child soldier in Sudan, came at 15, now 19. Says a man from his country let him stay in his flat in Cardiff 'for free' but then said he must repay with 'jobs' — delivering packages on a bike to addresses at night. He was told if he stopped the man would tell the Home Office he was lying about his age.",
  "AV DB IT", "", "C", "")
E("statement: 'The man in the office said the money for the kidney is good, 20,000 dollars, and the operation is safe in Turkey. I went. After, they gave me 3,000 and a bus ticket. Then he said I must find other people for him to finish the rest of the money.'",
  "DE DB", "", "O", "")
E("Victim account, male, Slovak Roma, 28. 'I was at the church in Kosice, a man says come to England, good work in the factory. They took my ID at Luton, said they will register me. I was in house with 16 people, some sleeping in the bath. Every morning a van at 5. In the factory I work 12 hours, in the evening they say I must clean the boss's house. Money I never see, only the boss give cigarettes. When I said I go to police, the boss's son put knife on my neck.'",
  "DE RD AC EO WW IT PV", "oca cedl", "L D", "")
E("Statement of manager, Handwash Pro, Dudley. All staff are on payroll, have right to work checks on file, and are paid the NMW weekly by BACS. Staff work 8 hour shifts, 5 days. I keep copies of passports on file but the originals are with the workers. GLAA visit confirmed records.",
  "", "", "", "l")
E("Through the Tagalog interpreter she says that her employer in Kuwait 'gave' her to his brother in London for the summer. The brother's wife hit her with a hanger. She says her own salary was 'with Sir in Kuwait'. She was given leftover food. She had no phone because 'it distracts from the baby'.",
  "PV WW AC IS", "", "D", "")
E("anon public report: GIRLS IN FLAT 7 ABOVE THE CHIPPY NEVER GO OUT MEN COME ALL NIGHT 1 OF THEM LOOKS ABOUT 15 SHE HAD A BLACK EYE YESTERDAY SOMETHING NOT RIGHT",
  "AV RM PV", "pa", "S", "i")
E("Account, woman from Eritrea, 30. She was employed as a cleaner in a hotel in London through an agency. She works 40 hours, has payslips, and the agency paid holiday pay. She complains about a manager who shouts. She says she is free to leave her job.",
  "", "", "", "l")
E("Debrief summary. Chinese male, 50s, worked in a takeaway kitchen in Wales 2015–2022. 'Uncle' who brought him paid his wages to himself, said he would give it all when he goes back to China. He never got it. He slept above the shop on a mat. He did not go out because he did not speak English and the owner said the police arrest Chinese without papers.",
  "WW AV IT", "saw foa", "L", "")
E("Note from probation: service user (British, 20) says his 'olders' made him hold drugs in his body to take to Hastings when he was 15. He says they gave him trainers and money sometimes, and beat him when he lost a package. He says he is out of it now.",
  "AV PV", "", "C", "c")
E("The maid says she came on a six-month overseas domestic worker visa with the family. She has her passport, she has a day off on Friday and a phone. She is paid in cash monthly, about £800, and sends it home. She wanted advice on changing employer. No indicators observed by Kalayaan worker.",
  "", "", "", "l")
E("I was promised a job in a care home as senior carer. When I came the care home said no job, the agent said I can work for him in his house looking after his mother. I did this for 9 months, day and night, he gave me £100 a month and said the rest is for my visa.",
  "DE WW EO", "", "D", "")
E("Debrief: 'The Romanian boss, he buy for us bank cards, five, six each person. Each week we go with him to the bank machine in Hounslow and he take all the money.'",
  "WW", "mbc ncw et", "", "")
E("Woman (Nigerian, 35) describes her sister's husband, a pastor in London, bringing her to the UK aged 12 'to go to school'. She was not sent to school and cared for his four children. She says she was touched by him at night. She was 17 when she left.",
  "DE AV PV", "", "D", "c")
E("Two Eritrean men state they were paid £3 an hour at a food factory in Leicester. The clothing firm next door uses the same house. They say a man named 'Yonas' collected their wages from the factory in cash and gave them some. They say they cannot leave because Yonas has their Home Office papers.",
  "WW RD", "", "L", "")
E("Safeguarding referral (school). Year 9 pupil, Polish family, says he works at his father's friend's car wash after school and weekends for £20. He looked tired. Parents spoken to; the boy helps his uncle on Saturdays only and is paid pocket money. Hours verified. No further action.",
  "", "", "", "l")
E("Case worker: client (Albanian, female, 19) disclosed today for the first time that while in the flat in Birmingham she was raped by the man who controlled the house 'as a lesson' after she tried to keep some of the money. She previously said only that she 'worked' there.",
  "PV WW", "", "S", "")
E("Interpreter says the man does not remember months, only seasons: 'the cold time, the strawberry time'. He worked on 'the strawberry farm' and then on a 'flower farm'. The gangmaster took a charge for the bus each day and a charge for the helmet and gloves. Rent came off too. At the end of the month there was 'sometimes 50, sometimes nothing'.",
  "WW", "ct ppe", "L", "")
E("She says they locked her in the room when the master left and she slept on a mattress next to the boiler. At one point she was not given food for two days because she broke a glass.",
  "RM AC", "plc", "D", "")
E("Bank alert: 14 accounts opened in 6 weeks at the same branch by Romanian nationals giving one address in Ilford. All accounts accessed via the same device and cash withdrawn at one ATM shortly after wages are credited from a food packing agency.",
  "WW", "mbc ncw", "L", "")
E("Man says 'the boss was good to me, he give me food and place to sleep and I work in his restaurant'. On further questions: no wages for 3 years, sleeps on chairs in the dining room after closing, no days off, boss keeps passport 'for the visa'. Man does not see himself as a victim.",
  "WW EO RD AC", "saw", "L", "")
E("I am from Sudan. In Libya I was sold two times. In the UK I am in the hotel, the Home Office pays. Now I am okay, I am not working, just waiting. Please help me with my English.",
  "", "", "", "l")
E("Mother reports 14 yr old daughter has been going missing and came home with a new iPhone and nails done. Found messages from a 'Jay' asking her to go to a party in a hotel and to 'bring a friend'. Daughter says Jay is her boyfriend and is 23.",
  "AV", "", "S", "c")
E("Vietnamese boy, 15, said he was taken from the foster carer's home by a man in a silver car. He was found 3 weeks later in a cannabis factory in a house in Swindon. He says the man told him his family in Vietnam would pay if he did not work.",
  "AV IT", "", "C", "c")
E("She says: 'In the house I was not free but I was not in chains. I could go to the shop but the lady counted the minutes. If I was late, she said she will call my husband's family in Pakistan and tell them I am a bad woman.'",
  "IT", "", "D", "")
E("Statement through interpreter (Polish): 'In the first company, the money was bad but legal. Then they moved us to the second company that was Mr K's. With Mr K there was no money for two months, he said the client did not pay. We had our passports. We left and reported to ACAS.' Worker did not describe control beyond a wage dispute.",
  "", "", "", "l")
E("The girl says she answered an advert on a Romanian website for a 'hostess' in a bar in London. She was told by the man who met her at Luton that the bar job was finished and she must work in 'massage' to pay the £800 ticket and the flat. She says 'in the beginning I said no, then they took my phone and passport'.",
  "DE DB IS RD", "", "S", "")
E("Police intelligence: INT suggests the kebab shop on Market St has 3 x males sleeping in the cellar. Males not seen to leave the premises except to put out bins. Owner HABIBI speaks for them when council attended. 3/C/P",
  "RM", "saw sfw", "L", "")
E("Account from Indian woman, 41, through a Malayalam interpreter. She came as a domestic worker for a family in the Gulf, then with them to London. In London the family took her passport and said they would give it back when they returned to Dubai. She was paid her salary in her Indian account each month. She cooked and cleaned long days. When she asked for a day off she was told 'we are on holiday, you are working'.",
  "RD EO", "", "D", "")
E("Caller states neighbour keeps taking in young lads with no coats, there's one Eastern European fella who goes round with a van and collects them all at half 5 in the morning and drops them at 9 at night, they look knackered.",
  "EO", "cedl pa", "L", "")
E("He tells me the debt started as £4,000 for the passport and the flight from Lagos. Then it was £6,000, then £9,000 because of 'rent and food and the lawyer'. He was working in a care home in Kent as a night carer and paying the man every month. He says he can never finish paying.",
  "DB", "", "L", "")
E("Interview notes: applicant is a British man, 35, who gave a kidney to his sister in 2021 at Guy's. He was assessed by the Human Tissue Authority as a living donor. Mentioned only because of a question about surgery. No exploitation.",
  "", "", "", "l")
E("She says her father sold her to a man in Albania when she was 16. She was taken to Greece then England, to a flat in Hull. The man's friends raped her. She did not speak English and had no money. She escaped to a church in 2020 and was referred by the priest.",
  "AV PV IS", "", "S", "c")
E("Note, Romanian interpreter: 'She is saying that they did not beat her, but they said they will beat her children in Romania. The children are with her mother-in-law, who is the mother of the man.'",
  "IT", "", "", "")
E("GLAA inspection, shellfish processing unit, Fleetwood. Labour provider's licence had lapsed in May; all workers had contracts, were paid through payroll into their own accounts, and had their own ID. Licensing breach only; no worker exploitation identified.",
  "", "", "", "l")
E("Interview (Chinese, Fujianese dialect). He says he worked in a restaurant in Chinatown for 'Boss Chen' who also owned the flat where he lived with 7 other kitchen workers. Rent was taken from his pay. He worked 12-hour shifts six days a week and was paid about £1,200 a month, which he kept. He said the housing was crowded and dirty. He left by himself after a year.",
  "EO AC", "oca lh", "L", "")
E("He says in Saudi Arabia the sponsor took his passport (he says this is normal there) and in the UK the same family used him as a driver and cleaner in their Knightsbridge house without paying him for six months.",
  "RD WW", "", "D", "")
E("the man with the tattoo on his neck he take the girls to the hotel every night and pick them up in the morning, they are young like 16 maybe, they don't speak english and he talk for them at the reception",
  "AV", "et sfw", "S", "c")
E("POI: ZOGAJ, Ermal. INT suggests ZOGAJ has taken 3 x Albanian nationals' passports as 'security' for a debt of £20k each; the males are working at a cannabis grow in a unit on Riverside Ind Est. 2/C/P.",
  "RD DB", "", "C", "")
E("She says she was a victim of her husband's violence for many years in Manchester, and he also made her work in his uncle's textile factory without pay. She was not allowed to speak to her family. Interpreter notes she refers to both 'the house' and 'the factory' as prison.",
  "PV WW IS", "", "L", "")
E("I live with my aunt in Leicester and I help in her shop after school. She gives me money and I go to school every day. I came here for the school. (Interpreter, Gujarati.)",
  "", "", "", "l")
E("Border Force note, Gatwick: Female, 22, Vietnamese, travelling on a genuine passport issued to another woman. Had £40, no luggage, no address for UK stay, phone contained one number. Accompanied by male who fled. Referred under NRM.",
  "", "fpe", "", "")
E("Interview via Amharic interpreter. The woman was a domestic worker in Lebanon under kafala for six years, then was brought to London by the family. She states she slept on the kitchen floor, was paid nothing in the UK, and the family said if she went outside the police would take her to prison because she was 'illegal'.",
  "WW AC IT AV", "saw foa", "D", "")
E("'They gave me a bag to sleep in on the boat' — the interpreter explains he means a sleeping bag in the fish hold. He says they worked until the nets were empty, sometimes two days without sleep.",
  "AC EO", "saw", "L", "")
E("Notes: 12 men living in a three-bed semi provided by the labour provider. Men pay their rent directly to a landlord who is not connected with the provider. Men appear well. Paid via payroll; have their own bank cards.",
  "", "oca", "", "l")
E("Client (Vietnamese, 17) said she was taken to work in a nail bar in Hull and then at another in Grimsby. She recalls being told she must call the boss 'chị' and say she was 19 if anyone asked. She says she was not paid 'because I was learning'. She was moved whenever police came near.",
  "AV WW", "", "L", "c")
E("I came with the visa for the sheep farm in Wales. The farmer is okay, he pays, I have house with heating. Sometimes 14 hours at lambing. After lambing is normal. I want to stay and work there again next year.",
  "", "", "", "l")
E("Account (Romanian interpreter): the young man says that a man in the village told him he could earn 'good money for one kidney' in Istanbul. He went, was tested at a clinic, and then refused and ran away before the operation. He then came to the UK to work. He says the man threatened his mother afterwards.",
  "DE IT", "", "O", "")
E("DEBRIEF — summary prepared by OIC. Victim DUMITRU, Ion, DOB 14/05/1994 (ROU). Recruited Iași Feb 21 by MUNTEANU for 'construction, £80/day'. Travelled by minibus with 9 others, fare to be deducted. In UK housed at [address redacted], Walsall; 13 occupants; mattresses on floor. Collected 0600 daily by MUNTEANU's nephew. Worked on sites in Birmingham and Coventry. Paid £100 per week 'after deductions' for fare, rent, tools and hi-vis. Bank account opened by MUNTEANU, card retained. Victim states he was struck by MUNTEANU on two occasions when he asked about wages. Left Oct 21 when sites closed for a week. Victim fearful of return to Romania as MUNTEANU's family live in same village.",
  "DE DB WW AC PV", "oca cedl ct ppe ncw foa", "L", "")
E("Client explains that after her asylum claim was refused she could not work legally, so a woman from her church let her clean houses for cash. She was paid by each house owner directly, about £10 an hour, and chose her own days. She does not feel exploited.",
  "", "", "", "l")
E("Nom says he was taken into the car at knifepoint outside college and driven to a trap house in Southend where he had to bag up. They took his phone and gave him a 'work phone'. He was 17. He got out when his mum reported him missing and police found the car.",
  "AV PV IS", "", "C", "c")
E("anon report on website: there r 2 ladys at the big house on the hill they clean all day and walk the dogs. never alowed out the gate on there own, the owner drives them every where. looks like thay sleep in the garage??",
  "RM", "et saw", "D", "")
E("She describes the pimp 'Marco' making her use cocaine so she would 'work all night' and then saying she owed him for the drugs.",
  "DB AV", "", "S", "")
E("Statement, Eritrean man, 20: 'I was in Calais for 7 months. A man said he would put me on a lorry if I worked for him first. I sold cigarettes and stood watch. Then in England I worked for his friend in a car wash in Bradford for no money, to pay for the lorry. He said it was £2,000. I did not count how long. Maybe 5 months.'",
  "DB WW", "", "L C", "")
E("Woman, 52, from Philippines, worked for British family in Surrey as live-in nanny 2010–2016. She says the family 'were like my family' and paid her £1,600 a month, gave her weekends off, and sponsored her settlement. She contacted the charity to help with a new visa.",
  "", "", "", "l")
E("Interpreter reports the man became very distressed when speaking about his wife, who remains 'with them'. He says the gang in Southall still has her and her passport. He says she cleans their house and they will not let her go until he pays £5,000.",
  "RD RM DB", "", "D", "i")
E("101: Caller works at a petrol station, says a man comes in every night with a van full of Romanian women, he pays for everything and does all the talking. Women look 'scared and tired'. Vehicle VRM not obtained.",
  "", "sfw et pa", "", "")
E("He has a scar on his side. He says he was told in Pakistan that he would get a job in Dubai if he agreed to 'a small operation'. He woke up with one kidney and no job. He came to the UK in 2019 to study. He does not want police involvement.",
  "DE", "pa", "O", "")
E("Child (10) seen begging with woman outside Marks and Spencer every day for 2 weeks during school term. Woman says she is the child's mother. Child not registered at any school. Police and social services attended; they are a Roma family living in a car. Mother says she keeps the money for food.",
  "AV", "plc", "C", "c")
E("Debrief, Polish man, 45. He says he lost his job in Warsaw and a man in a bar said he could earn in England. In England the man took his ID 'for registration' and put him to work at a recycling plant near Wolverhampton. He worked 6 days a week, 11 hours. He received £50 a week in cash. He slept in a caravan with no toilet. He says he drank a lot and the man bought him vodka. He left in 2019 when the man went to prison for something else.",
  "DE RD EO WW AC AV", "plc", "L", "")
E("I was told I would study nursing. The agent was my aunt's friend. In London the family said my school is later, first I help. I clean, I iron, I watch the twins, I do everything. I had 17 years. They kept my passport in the drawer of the bedroom. Two years I was there, I went nowhere, only to the park with the twins.",
  "DE AV RD RM", "", "D", "c")
E("Interview note: female from China states she was working at a brothel in Glasgow but 'could take a break' and kept 60% of what clients paid. She had a phone and her own passport. She had been advised by a friend to claim she was trafficked to avoid removal. Assessor: no evidence of control.",
  "", "", "", "l")
E("He says the man at the garage took £500 from each of them for 'the job' in the Netherlands and then left them at a house in Hull. The work never came. He went to the police himself.",
  "DE", "uf", "", "")
E("She recalls (through the interpreter) that the bedroom had a lock on the outside and the window was screwed shut. They were given one meal a day. She counts about 'thirty Sundays' she was there.",
  "RM AC", "", "", "")
E("Notes, GP practice: new patient (Indian, male, 29) registered with employer's address; employer present; patient was reluctant to speak, employer said 'he is my cousin, he works in the shop'. Patient had weight loss and dermatitis on hands. GP asked patient alone: he said he was fine and was free to go out. GP uncertain, no disclosure.",
  "", "pa sfw", "", "")
E("POI: KHAN, Imran DOB 03/11/1988. INT suggests KHAN holding approx 20 x bank cards belonging to Indian students who work at a food factory; KHAN withdraws cash weekly and pays the students a portion. Students said to be 'scared of him'. 2/B/P.",
  "WW", "mbc ncw", "L", "")
E("I came from Romania to sell the Big Issue. My friend showed me. I keep all the money. I sleep in a hostel. Nobody tells me what to do.",
  "", "", "", "l")
E("Women's refuge note: client (Bangladeshi) married in 2019; husband's family used her as an unpaid servant, made her sleep in the hallway and eat after everyone, took her gold and her passport. She says her mother-in-law burned her hand with an iron. She escaped with her child to the refuge.",
  "WW AC RD PV", "", "D", "")
E("He says there were many boys in Calais from his village in Kurdistan and the smuggler said 'pay later'. In UK he worked for a Kurdish barber in Middlesbrough who said he owed £5,000. He was paid something, but most was kept for the debt. He slept in the shop. He was 16.",
  "DB WW AV", "saw", "L", "c")
E("She says her boyfriend put her ads online and she saw men in hotels, which she agreed to at first. Then he started taking all the money, took her phone and she was not allowed to see her friends. He strangled her once. She is 22, from Leeds.",
  "WW IS PV", "", "S", "")
E("Interview, Filipino man, 40, fishing: his contract was with a Philippines agency for a UK boat, $900/month. The agency deducted fees and kept his first 3 months' wages as 'bond'. On the boat he worked long but 'normal for fishing'. He says the skipper was respectful.",
  "WW", "uf", "L", "")
E("Caller: 'There's a boy about 12 living with the family at no. 4, he's not theirs, he doesn't go to school, he carries their shopping and cleans the car. Saw the dad slap him round the head on the driveway.'",
  "AV PV", "", "D", "c")
E("Interpreter says the woman is ashamed and does not want to use the word. She says 'they sold me like a goat' and 'the men paid the house, not me'. She was in Sheffield and in Derby. She wants to go home to Romania.",
  "WW", "", "S", "")
E("Debrief (Vietnamese male, 30). He says he worked in a nail bar in Norwich for 3 years; boss paid him £200 a week, took £50 for rent. He could go out on Sundays. The boss was not violent. He is now in asylum accommodation. Caseworker asked directly about debt and documents — he says he owed nobody and has his own passport.",
  "", "", "", "l")
E("Statement (Arabic). 'The man, Abu Khalid, bring me from Khartoum. In London I work in his shop 14 hour and in his house at night. He says I am family so no salary. He hits me with the shoe.'",
  "EO WW PV", "", "L D", "")
E("Text message forwarded by victim's sister: 'pls help they took my pasport and they lock the door im in house in luton i dont no the address'",
  "RD RM IS", "", "", "i")
E("Client (Albanian, 30) says he came to work on a construction site in London through a friend. The friend arranged a room. The work was hard and pay £80 a day cash. He says he had a dispute when the boss didn't pay for one week, but he got it the next month. He has his own ID.",
  "", "", "", "l")
E("He says the 'shop' where he worked was actually a house where they sold drugs and he had to keep watch from a window. He was given a room and food; 'I did not have money in my hand'. He was told he must stay inside because police were looking for him.",
  "RM WW", "", "C", "")
E("Children's services: 15 yr old Albanian boy, UASC, went missing from placement for 8 days. On return: new clothes, two phones, £400 cash. Says he worked at a car wash for 'friends' who paid him. Has a bruise on face he says is from football.",
  "AV", "pa", "L", "c")
E("The Chinese girl at the foot spa told my wife she hasn't been paid since she started and she owes the lady for her flight. She sleeps in the spa on the massage table. My wife thinks she's very young.",
  "WW DB", "saw", "L", "")

# ---------------------------------------------------------------- part 3 (short)
E("She says: 'They kept my passport in a shoebox under the boss's bed.'", "RD", "", "", "")
E("He was given £20 a week; the rest, he was told, went 'to the family'.", "WW", "", "", "")
E("Interpreter: he does not know which town the farm was in, he never saw a sign.", "IS", "", "L", "")
E("Says she could walk to the shop any time and kept her own money.", "", "", "", "l")
E("'I slept under the counter of the nail shop for one year.'", "", "saw", "L", "")
E("Mother in Vietnam was visited by the men twice when he stopped paying.", "IT", "", "", "")
E("Nom (15) states older male makes him carry 'food' to Ipswich on the train.", "AV", "", "C", "c")
E("Victim says the debt for the boat went from £10k to £14k in six months.", "DB", "", "", "")
E("No days off in eighteen months, she says, not even when she had a fever.", "EO", "", "", "")
E("Client has own passport and bank card; no indicators.", "", "", "", "l")
E("She says he held a lighter to her arm when she refused a client.", "PV", "", "S", "")
E("He came with only the clothes he was wearing and a carrier bag.", "", "fpe", "", "")
E("'Every night the lady locks the front door and takes the key to her room.'", "RM", "", "", "")
E("Employer paid him a week late once in March; otherwise paid on time.", "", "", "", "l")
E("She was told the job was au pair; it was cleaning three houses for no pay.", "DE WW", "", "D", "")
E("Man says he was 'sold' to another gangmaster for £1,000.", "", "", "L", "")
E("Says: 'We were not allowed to speak Romanian to the customers, or to anyone.'", "IS", "", "", "")
E("Found at grow, left hand burnt, no shoes, no phone.", "AC", "pa fpe", "C", "")
E("She talks to her mum every night on WhatsApp and the family pays her monthly.", "", "", "", "l")
E("'He tell me if I go to police, my sister in Tirana will be the next girl.'", "IT", "", "", "")
E("Both boys (16, 17) were made to stay in the trap flat for a week.", "AV RM", "", "C", "c")
E("My boss keeps my Aadhaar card and passport in his office.", "RD", "", "", "")
E("Hotel housekeeper reports being paid by the room, below minimum wage; she keeps her wages and can leave.", "", "", "", "l")
E("Nom has 7 bank cards in different names in his wallet. 3/C/P.", "", "mbc", "", "")
E("Victim says he was charged £100 for his hi-vis and boots on day one.", "", "ppe", "L", "")
E("She says they took turns raping her on the first night 'so she understood'.", "PV", "", "S", "")
E("Worked on the trawler 19 hours a day in the season.", "EO", "", "L", "")
E("He was collected from the house at 4am and brought back after 10pm every day.", "EO", "cedl", "", "")

# ---------------------------------------------------------------- part 4 (long and mixed)
E("Victim debrief — Romanian interpreter — summary of a two-hour interview.\n\nMs POPESCU (34) lived in a village near Bacău with her two children. In autumn 2020 a neighbour, 'Nicu', told her that a cleaning company in London needed women, £9 an hour, free housing, and that he would pay for the bus.\n\nShe arrived in London with three other women. Nicu's brother took their ID cards at the coach station 'to make the national insurance'. They were taken to a house in Dagenham. The cleaning was real for the first fortnight — offices at night. After that the brother said the company had stopped paying, and they must work 'in the house' with men to pay for the bus, rent and food. She refused; he slapped her and said he knew the school her children go to.\n\nShe says she did this work for 'maybe seven months, maybe a bit more, it was summer when I left'. All money went to the brother. She was allowed out only with one of the other women and had to share location on her phone. She left when one of the other women called the police from a client's phone. She does not know the address but recalls a Lidl and a railway bridge.",
  "DE RD WW PV IT RM DB", "", "L S", "")
E("Witness statement of a care-home manager, Lincolnshire. 'In January we took on four overseas carers through an agency. Two of them, from Kerala, seemed exhausted, and one told me privately that they also worked nights at another home under the same agent and that the agent takes their salary and gives them £400 a month. They said they paid the agent £10,000 each in India for the visa and are frightened he will cancel their sponsorship. They live together in a two-bedroom flat the agent rents with six other carers. I phoned the police the same day. Our own payroll pays into accounts that, it turns out, the agent opened.'",
  "WW EO AC AV", "uf ncw oca foa", "L", "")
E("Interview record (Vietnamese, male, now 24). He describes three separate periods, he says, 'the first boss, the bad boss and the good boss'.\n\nThe first boss (2016–17) was a man who met him at the port and put him in a nail bar in Liverpool; he worked for food while the boss paid his debt to the smugglers. The bad boss (2017–18) bought him, he says, from the first boss for '£5,000' and put him in a house with plants in Bolton; he was locked in and hit with a pipe when the plants were sick. The good boss (2019–now) owns a restaurant in Manchester and pays him £350 a week, legally, and he rents his own room. He asks the caseworker not to involve the good boss.",
  "DB WW RM PV", "", "L C", "")
E("Officer's note from a multi-agency visit to a farm near Evesham. 26 workers on site, mostly Bulgarian and Romanian, with a small number of Ukrainian and Nepali seasonal visa holders. Accommodation: caravans, clean, two per caravan. Records show pay via payroll into individual accounts; workers had ID and contracts in their own language. One Nepali worker raised that he had paid a broker in Kathmandu a fee of around £3,000; farm was unaware and has reported the broker to the scheme operator. Two Bulgarian men complained of long hours during peak picking (up to 60/week) which were paid overtime. No exploitation identified; advice given.",
  "", "uf", "", "l")
E("Debrief with Amharic interpreter. The account is long and circles round; the main points follow. The woman (Ethiopian, 29) worked for a diplomatic family from 2017. She went with them from Addis to Riyadh and then London in 2019. In London she was not allowed to leave the residence; a security guard was told not to let her out. Her passport was kept by the head of the household's secretary. She worked from 6am to 1 or 2 at night, cleaning, cooking, ironing and caring for five children; she was not given a day off at all. She was paid nothing in London and was told her salary was being paid to her family in Ethiopia; when she was able to call her sister in 2021 she learned nothing had been paid for two years. She was shouted at daily and once pushed down the stairs by the eldest son. She escaped when she was sent to buy bread while the guard was ill.",
  "RM RD EO WW PV", "", "D", "")
E("Financial intelligence referral: 47 accounts opened at four banks since June, all giving two addresses in Northampton. Account holders are Romanian and Bulgarian; wages from three labour agencies credited to them. Same two mobile numbers on all accounts; logins from one IP address. Cash withdrawals made at one ATM between 0200 and 0300 by a male seen on CCTV with a stack of cards. Staff at one agency say a Romanian man, 'Vali', brings the workers in each morning by minibus, fills in forms for them and speaks on their behalf.",
  "WW", "mbc ncw sfw et", "L", "")
E("Statement of child, translated from Arabic (Sudanese, 16). 'I came from Libya in the boat to Italy and then France. In France a man said he will give me a place in a house in England and food. When I came to England he took me to London and said now you work. I stand in the station and give small bags to people. He gave me a phone. I was sleeping in a room with four other boys. When I said I want to go to school he said I owe him for the house and the food and he will tell the police I am a drug dealer. One time a man from another group hit me with a bottle. I was in the hospital.' The child was arrested during a stop and search and referred.",
  "AV DE DB IT PV", "", "C", "c")
E("Caseworker summary (Medaille-type safe house). Client, Nigerian woman, 26, completed her statement today. She came in 2018 via Niger, Libya and Italy, recruited by her aunt's friend with the promise of hairdressing work. In Italy she was put on the street by a 'madam' and told the debt was €30,000, sworn before a native doctor. She was moved to London in 2019 where she worked in a flat in Croydon with two other Nigerian women. The madam's boyfriend collected the money each evening. She says he raped her 'to show who is the boss'. She does not know whether the madam is still in the UK. She is now attending college and church.",
  "DE DB IT WW PV", "", "S", "")
E("Handover: At 0130 police attended a residential address in Wembley following a 999 call by a neighbour who heard a woman screaming. Inside, a Sri Lankan woman (approx 45) was found in a box room; she said through Language Line that she has been the family's housemaid for three years, has not been paid, and was beaten tonight with a broom by the wife. The woman has a cut to her head; paramedics attended. Her passport was found in the wife's handbag. Wife arrested. Victim at hospital, husband and adult son at the address and hostile. Strategy meeting required.",
  "WW PV RD", "pa", "D", "i")
E("Statement, Chinese man (through Mandarin interpreter), 38. 'I came on a visitor visa in 2015, then overstay. I work in many restaurants, always cash. The restaurants were normal: I get the money, I finish, I go home. Some were bad, long hours, but I could leave and find another. I am now in detention and want to explain that nobody forced me. I want a lawyer for my immigration case, not the trafficking people.'",
  "", "", "", "l")
E("Debrief account (translated from Polish), Mr W., 58. He had been homeless in Kraków when a man at a soup kitchen offered him a job in England. In England he was taken to a family's house in the Midlands and worked at their building business for seven years. He slept in a shed with a camp bed and a bucket. He worked every day from early morning, laying bricks and digging. The family's eldest son took his ID card 'so he would not lose it' and he never saw it again. He had no money of his own; he was given tobacco and food. He was beaten with a spade when he tried to walk to the town. He was told the Polish police were looking for him and would put him in prison if he went home. He was found by police during another investigation. He describes himself as 'not very clever' and the family told him nobody else would want him.",
  "AV DE RD WW EO PV IT RM AC", "plc fpe", "L", "")
E("Student nurse, Nigerian, 24, referred by university after she missed many classes. She explained through her tutor that she was working every night in a care home to pay the rent for a room a church 'sister' arranged, and had got behind. On interview she has her passport, is paid into her own account by the home and the room is normal. She was working too many hours for her visa conditions; advice given about the visa. No exploitation.",
  "", "", "", "l")
E("Albanian interpreter: the man (27) tells that in 2022 he paid £3,000 to be brought in a small boat and on arrival was told by the gang that he still owed £12,000. They put him on 'a farm' — an industrial unit with plants — in Bristol. He lived there with one other man; there was no bathroom, they washed in a bucket, and the electricity cables were bypassed and sparking. He was not allowed out; someone brought food and cigarettes. The other man tried to leave and was brought back with his face swollen. When asked how long he was there he says 'three harvests'.",
  "DB RM AC PV", "plc", "C", "")
E("101 call summary: caller is a taxi driver. Says for months he has been booked by the same man to take young women from a flat in Slough to hotels near Heathrow, two or three a night, always very late. The man pays and tells the driver where to go. Tonight one of the women asked him in broken English to 'call police please'; he has dropped her at the hotel and is waiting outside. Women appear to be Eastern European, one looked under 18.",
  "AV", "et sfw cedl", "S", "i")
E("The account was given over three meetings. The young man (Eritrean, 22) first said he had never worked in the UK. At the second meeting he said he had 'helped' a man at a car wash in Leeds. At the third he said he had worked there for ten months, six days a week, 8am to 7pm, for '£20 and a meal'. He slept in the car wash's storeroom with two others. He said the owner had told him that if he left the job, the owner would tell the Home Office about him and he would be sent back to Eritrea. He says he did not tell the truth at first because he was ashamed and worried about his asylum claim.",
  "EO WW IT AV", "saw foa", "L", "")
E("Report from council licensing officer, HMO check, Gorton. Property licensed for 6; found 14 occupants, Romanian men, several on mattresses in living room. Landlord says they are tenants of a 'friend' who sublets. Occupants told officer they pay their rent to a man who also finds them work at a warehouse via an agency and drives them there for £5 a day. They say they receive their wages themselves. Prohibition notice served. Police informed.",
  "AC", "oca ct", "", "")
E("Social worker's case note, Birmingham. Child A (16, female, British) has been missing 11 times since September. Today she disclosed that a group of men give her vapes and alcohol and drive her to houses in Walsall and Dudley where she is made to have sex with 'their friends'. She said that one of the men, 'K', told her that if she told anyone he would put her little brother in hospital. She showed a burn on her wrist she says was from a cigarette. She does not know the addresses. She is currently at home; K has been messaging her tonight asking her to come out.",
  "AV PV IT", "pa", "S", "i")
E("Mr S (Indian, 33) explains, through the Punjabi interpreter, that he came on a student visa and his college closed. A man at the gurdwara offered him work and a place to live. The work was in a warehouse run by the man's brother. He was paid £3 an hour in cash and the rest was 'held' for his rent and for a lawyer to fix his visa. The lawyer never appeared. He slept in a room above the warehouse with five others. The brother said if anyone spoke to the police, he would report them and they would be deported in a week.",
  "AV WW DE IT AC", "oca saw foa", "L", "")
E("Case note, anti-slavery charity. Client (Filipina, 38) came as an overseas domestic worker with an Emirati family. She had a contract for £1,000 per month, 8 hours per day. She says in practice she worked 16 hours but was paid in full, and had her passport. She left after a row with the employer's mother who screamed at her. She wants help finding a new employer. Caseworker discussed indicators; client was clear she was not held, threatened or unpaid. Recorded: long hours only.",
  "EO", "", "D", "")
E("INTELLIGENCE REPORT. Source reports that a male known as 'OMAR' is recruiting Sudanese and Eritrean men from a hotel used for asylum accommodation in Kent and taking them by van to a scrap metal yard in Dartford. Men work 12 hours and are paid £30 cash per day. OMAR takes a 'fee' of £10 per day per man for the van. Men are told not to tell the hotel staff. No indication they are prevented from leaving. 2/C/P.",
  "EO AV", "ct", "L", "")
E("Translated (Vietnamese) handwritten letter from a victim to her caseworker: 'Sister, I want to tell more. When I was in the house of Uncle Tuan in London, I was the cook and cleaner and I look after his baby. He say I don't need money because I live in his house. When his wife went to Vietnam he came to my room. I was afraid to say. He said if I say anything he will send me to the nail shop of his friend where the girls sleep on the floor. I am sorry I did not say before.'",
  "WW PV IT", "", "D", "")
E("A community member told the charity that a man in Bradford is asking Pakistani families for people 'who need money' to go to a clinic abroad and sell a kidney; he says he pays £10,000 and the operation is free. Two young men from the mosque went, one came back with £2,000 and an infection. The other has not been heard from.",
  "DE", "", "O", "")
E("Debrief, Egyptian male fisherman (through Arabic interpreter), 2018–2020. He was recruited through a cousin to work on a boat out of Plymouth on a transit visa. He lived on the boat for two years without leaving except under escort for hospital once. The skipper held the crew's passports. He was paid £600 a month into an account in Egypt (he says he was promised £1,200). He worked 'all the time when at sea'. He was hit by the mate with a rope end. He says he was told that if he stepped off the boat he would be arrested because he had no visa for the UK.",
  "RD RM EO PV IT DE", "saw foa et", "L", "")
E("Organ donation team note: potential living donor (Indian national, 22) presented with recipient (UK businessman, 60) claiming to be his nephew. Donor could not name recipient's siblings, spoke no English, and had a letter from an agent in Delhi mentioning 'payment after'. Donor told interpreter he was promised a job in London. Transplant suspended; police and HTA informed.",
  "DE AV", "", "O", "")
E("My name is not important. I want to tell about my cousin, Mirela. She went to UK with her boyfriend three years ago. She sends pictures from London always in the same room. Now she says the boyfriend takes her phone and she must be with men. Last call she was crying, she said he has her passport and she owes him for everything. I am in Romania and I don't know who to call. She lives in a street called Green something in East London.",
  "IS RD DB", "", "S", "")
E("Probation note: Service user (male, 19, British) disclosed that between 15 and 17 he was 'working' for an older man in his town, holding drugs in a flat owned by a vulnerable woman, who was told to stay in her bedroom while they used her kitchen to cut up. The service user said he was never paid, just 'looked after', and that the man had 'taxed' him for a lost package by making him work extra. The woman's flat was later closed by police.",
  "AV WW DB", "", "C", "c")
E("Account, female, Thai, 31, via interpreter. She came on a tourist visa for a massage job in Manchester that turned out to be sex work. She says she agreed to stay because the pay was high and she kept half. Later the owner increased the 'house fee' so she kept almost nothing and she could not leave because she owed the owner for the visa and flight (£4,000). She was not beaten but the owner had a friend who 'watched' them.",
  "DE DB WW", "", "S", "")
E("Call to Modern Slavery Helpline (summary). Caller is a Romanian man who works at a carwash in Doncaster. He says the carwash owner pays him properly, £10 an hour, and he lives in his own flat. He is calling because his friend works at another carwash where the owner keeps the workers' money and they live in a container behind the carwash. He gives the address and says there are about five men, one possibly under 18.",
  "WW AC AV", "saw plc", "L", "c")

# ---------------------------------------------------------------- part 5 (mixed)
E("Interpreter (Vietnamese) explains: 'She says the man who owned the salon also owned the house where they slept, twelve girls in two rooms. He took \"electric money\" and \"water money\" from them every week. She paid him for the bed but she says she could go where she liked and kept the rest.'",
  "AC", "oca", "L", "")
E("Through the Albanian interpreter he says a cousin in London offered him a bed. He found his own job at a barber shop and gets paid weekly, cash. He pays his cousin £50 a week for food. He says he is not afraid of anyone. The referral is closed.",
  "", "", "", "l")
E("pls check the chinese takeaway on Victoria st the cook is a young lad, hes there from 10 in the morning till 2am, sleeps on a matress in the back, owner shouts at him in chinese and i saw him get a slap",
  "EO PV", "saw", "L", "")
E("She explained she owed nothing when she arrived, but 'after one month the lady wrote in a book: bed £80, food £50, clothes £200, phone £100', and the book said she owed £3,000 by Christmas. She worked in the nail bar to pay it and the number did not go down.",
  "DB", "", "L", "")
E("Statement (Tigrinya). 'The man I worked for in the shop, he is Eritrean also. He pays me less than the law, £6 an hour, and I told him this is wrong. But he pays every week into my account, and I rent my room myself. I complained to the charity about the pay only.'",
  "", "", "", "l")
E("Interview with Polish woman, 48. She was recruited for 'care work' in Yorkshire. Instead she was placed in the home of an elderly man with dementia and his son. She cared for the father 24 hours a day and cleaned for the son. The son said her salary was being paid into a Polish account. She found out later there was no such account. She had a phone but the son checked it. She was there 14 months.",
  "DE EO WW", "", "D", "")
E("He showed us photos of the kitchen where he slept — a mattress between the fridge and the fryer. 'I sleep with the smell of oil for two years,' he says.",
  "AC", "saw plc", "L", "")
E("Nom in custody with 3 x phones, £1,200 cash, 10 wraps. Nom 14. Says he was told to come from Croydon by 'Bigz' who will 'deal with' him for losing the rest. Nom's mum reported him missing 3 days ago.",
  "AV IT", "", "C", "c")
E("The lady from Sudan says she was married at 15 in Khartoum to a man who lives in London. In London she did all the housework for him and his brothers and was not allowed to go out alone. She says the marriage was arranged by her father. She is now 20 and with her two children in a refuge.",
  "AV RM", "", "D", "c")
E("Debrief: 'The agent in Chennai said a hospital in London, £2,000 a month. Here they put me in a care home near Hastings. I work nights 7 days, 72 hours a week. My salary is paid but the agent takes £700 every month from my account. He has my online banking password. I am afraid, he says the visa will be cancelled.'",
  "DE EO WW", "ncw foa", "L", "")
E("Police log, 999: female caller whispering, says she is locked in a flat in Luton, the men took her phone but she found an old one. Does not know address, can see a Tesco sign and a church. Says they will 'come back tonight and take her to the next place'. Cell site requested.",
  "RM IS IT", "", "S", "i")
E("GLAA: worker at flower packhouse provides account. She says the labour provider deducts £12 a week for PPE and £8 a day transport. She has her own bank account and ID. She was unaware she should not be charged for PPE. Provider has been warned; licensing investigation opened.",
  "", "ppe ct", "", "l")
E("Translated (Romanian): 'He said I can go any time, but if I go I must pay the £2,000 for the ticket and the room first. And each month the room is more. So I could not go.'",
  "DB", "", "", "")
E("Interview, Chinese woman, 26, via interpreter. She says she came on a student visa and worked in a massage shop in Birmingham 'with her agreement'. She says she rented the room with two friends and they shared the money equally. No third party. She has her passport and wants support about housing.",
  "", "", "", "l")
E("Victim says the madam had a cane and beat them on the legs so it would not show to clients. She says 'the men who pay don't look at legs'. She was 17 at the time, in a flat in Milton Keynes.",
  "PV AV", "", "S", "c")
E("INTEL: source states that nail bar on Hill St employs VN females who are brought in a grey Sharan at 0800 and collected at 2100. Owner TRAN holds their phones during the day. Females are not seen to leave at lunch. 2/B/P.",
  "IS EO RM", "cedl et", "L", "")
E("He said he paid 300,000 CFA to a man in Douala for a job in a UK hotel. There was no job; the man did not answer his calls. He came to the UK anyway and claimed asylum. Nobody controlled him in the UK.",
  "", "uf", "", "l")
E("Victim (Slovak, 23) says she was sold into marriage to a Pakistani man in Glasgow for his visa; she says the man's family kept her in the flat and took her ID card. She says she was raped by the husband. She escaped after 4 months to the Slovak consulate.",
  "RM RD PV", "", "D S", "")
E("She says 'my husband takes my universal credit and child benefit every month, he has the card'. She is not working. DA services involved.",
  "", "ncw", "", "")
E("Nigerian girl, 16, discloses to school nurse that the aunt she lives with makes her do all housework before and after school, she is not allowed friends, and the aunt's husband 'comes to the room at night'. She arrived from Lagos last year.",
  "AV EO RM PV", "", "D", "i")
E("Interview (Romanian, male, 40). He found work through a Facebook group in a meat factory in Wales. Pay was into his own account; he rented a room himself. He says a supervisor insulted the Romanian workers and once pushed him. He complained to HR and the supervisor was dismissed. No exploitation indicators beyond this.",
  "", "", "", "l")
E("The Eritrean boy (now 18) says that when he was 16 the smugglers in Libya held him in a warehouse and phoned his family to demand $4,000 while beating him on the phone so his mother could hear.",
  "AV PV IT", "", "", "c")
E("Witness (Albanian, through interpreter) describes his friend Genti being kept in a flat in Peterborough by men who 'took his phone and his shoes so he could not run'.",
  "IS RM", "", "", "")
E("She describes the brothel in Soho: 'We had the rule — 50 for the house, rest for you. Then it became 80 for the house, then the house took everything, for the fines, for the advert, for the rent.'",
  "WW", "", "S", "")
E("Victim's account (Filipino male, 35, through interpreter) regarding work on a yacht moored in the south of France and in the Solent: he worked 16 hour days as a deckhand and steward, had his passport with him, and was paid the salary in his contract each month. He left the job because he was tired. No indicators of forced labour; working hours issue.",
  "", "", "", "l")
E("'There were always eyes,' she says. 'Camera in kitchen, camera in garden. The madam phone me every hour when she is out. I cannot go to the gate without her.'",
  "RM IS", "", "D", "")
E("Caseworker: client (Polish, 53, learning disability) was found living in a garden shed at the home of a couple who 'took him in' 15 years ago. He did their gardening, cleaning and building work. They collected his disability benefit and gave him £5 a week. Neighbours say he was always in dirty clothes and was thin.",
  "AV AC", "ncw plc pa", "D L", "")
E("Vietnamese boy (15), interview with appropriate adult and interpreter. He says he was told to 'do the watering' in a house in Huddersfield; a man visited once a week with food. The windows had boards. He did not know how many weeks. The doors were locked from outside. He had no money and no phone.",
  "AV RM IS", "fpe", "C", "c")
E("Public report: lady in the end house has a 'friend' living in her loft, Indian man, thin, does her cleaning and gardening, never speaks, i seen her shout at him in the garden, he has no coat in winter",
  "", "pa", "D", "")
E("Statement: 'I have been in UK 9 years. I clean for different houses. My employers pay me. Once, one lady did not pay me for 2 weeks and I stopped going. I am not a victim, I just want my visa.'",
  "", "", "", "l")
E("She says the men drove the girls from Birmingham to Cardiff, Bristol and Exeter, a different hotel every two days. She never knew where she was. They gave her pills 'for the pain'.",
  "IS", "et", "S", "")
E("Transplant clinic, Pakistan-origin patient, 54, returned from Lahore with a new kidney bought from a 'donor' arranged by a broker for £25,000. Patient said the donor was a poor labourer who was paid 'a little'. Information passed to police and NHSBT.",
  "AV", "", "O", "")
E("The men at the carwash say they are happy, they get £70 a day and live together by choice. Their supervisor speaks English and translated for them but left when asked; the workers said the same alone. Contracts and payslips seen.",
  "", "", "", "l")
E("Account (Vietnamese, female, 20). 'The boss gave me food only one time a day. When the customers were gone I cleaned the shop and slept on the chairs. I had no clothes except the uniform and one other thing. I worked maybe 13 hours.'",
  "AC EO", "saw fpe", "L", "")
E("Social services: woman (Roma, 30) and her three children found living in a flat controlled by her husband's cousin; she was sent every day to shoplift from Boots and Superdrug and the children were made to beg outside. The cousin took everything. Eldest child is 9.",
  "AV WW", "", "C", "c")
E("'When I ask for the salary, the agent say: you want salary or you want your family to be okay? So I did not ask again.' — Indian care worker, through interpreter.",
  "IT WW", "", "L", "")
E("Account given through an Albanian interpreter, male, 19. He says he came at 17 and was told by the driver to call a number. The number was for a man who took him to a flat and said he must work in a grow house to pay £20,000. He worked in three houses. He says in the last one a man with a gun came and took him away to 'another boss'. He doesn't know if he was sold. He escaped during a police raid.",
  "AV DB", "", "C", "c")
E("Volunteer at foodbank reports a Romanian man who comes with a different 'boss' each week; the boss does the talking and takes the food parcel. Man looks thin and has old injuries on hands.",
  "", "sfw pa", "", "")
E("He was made to sign loan papers at a bank in Leicester for £8,000 that he never saw; the man who brought him from Gujarat kept the money and said the loan was 'his share of the visa'.",
  "DE DB", "ncw", "C", "")
E("Interpreter says the girl (Chinese, 17) insists she came to study and that her 'uncle' in London pays her school fees. The school says she attends and is doing well. No concerns.",
  "", "", "", "l")
E("Victim (Nigerian, 31): 'The woman in Peckham said I will work in her salon. I did hair in the salon in the day and her house at night, and she said my salary was paying my flight. She kept my passport in her safe. When I cried she said I should be grateful she took me out of the village.'",
  "DE WW RD EO", "", "L D", "")
E("They used my name to claim Universal Credit and my ID to get credit cards, then said I had to work off the money they spent 'for me'. I was living on their sofa with nowhere else to go. (British man, 27, recovering from heroin addiction.)",
  "AV DB", "", "C", "")
E("999 call: Male with a strong accent says 'I am on the farm, the boss hit me and took my passport, I'm in the field now hiding, please come'. Location via What3Words, farm near Spalding. Units dispatched.",
  "PV RD", "", "L", "i")
E("Statement of a Polish worker at a warehouse through a recruitment agency: 'The agency is ok, payslips are correct, but last month they paid me one week late because of system problem. After that normal.'",
  "", "", "", "l")
E("The interpreter clarifies that when she says 'they sent me to Birmingham' she means the agency sent her to a hotel in Birmingham to clean rooms, for which she was paid per room, and that she chose to go. Earlier she had described a separate period in 2019 when a man in London took her wages and kept her passport.",
  "WW RD", "", "L", "")
E("Officer handover: Sudanese male, 25, found in a lorry trailer at Dover with 8 others; says he paid the smuggler in Calais himself. No UK destination or employer arranged. Asylum claim. No MS indicators at this stage.",
  "", "", "", "l")
E("POI BALOGH (HUN) believed to recruit homeless men in Budapest for 'building work' in UK; men reported to be housed 10 per room in Bradford and their benefits claimed by BALOGH. 3/C/P.",
  "AV DE AC", "oca ncw", "L", "")
E("Account (Polish, 30): 'The farmer was good but the man who brought us — Rafał — he took 40 pounds from each pay for the minibus and 70 for the caravan. He said at the start it was included. When I said I go home, he laughed and said I owe him for the ticket.'",
  "DE DB", "ct", "L", "")
E("She says she was advertised on a website with photos she didn't agree to, and the man who managed the bookings kept all the money and threatened to send the photos to her church in Lagos.",
  "WW IT", "", "S", "")
E("Vietnamese female, 35, describes working in a cannabis grow in Cornwall in 2020 with her husband. She says the boss paid them £1,000 a month each and they agreed to the work; they could go to the shop and they had their phones. She says she knew it was illegal. Interviewer finds no control by a third party.",
  "", "", "", "l")
E("A mother reports her son (17, autism) was befriended by men who now use his flat to sell drugs; he is told to stay in his bedroom and has been given a black eye. They are there now.",
  "AV PV RM", "pa", "C", "i")
E("Debrief notes (Indian male, 42, via Hindi interpreter). Worked as a cook at a temple kitchen in London 2018–2023 on a religious worker visa. He says he was given food and a room but only £150 a month, not the salary on the visa papers. The temple committee held his passport 'for safety'. He was not allowed to go out except for errands. He worked from 4am to 10pm. He was told that if he complained his visa would end and he would be sent to prison.",
  "WW RD RM EO IT", "", "L", "")
E("Caller (anon): 'man in bmw KF21 XYZ picks up 3 young girls from the kids home on Park Lane every friday night, they come back saturday morning'.",
  "AV", "et", "S", "c")

# ---------------------------------------------------------------- writer
def build():
    out = []
    for i, (text, ind, sig, typ, risk) in enumerate(D, 1):
        inds = ind.split(); sigs = sig.split(); typs = typ.split()
        for a, b in PAIR:
            if a in inds and b not in sigs: sigs.append(b)
            if b in sigs and a not in inds: inds.append(a)
        if risk in ("i", "h", "m", "l") and risk != "":
            lvl = {"i": "immediate", "h": "high", "m": "medium", "l": "low"}[risk]
        elif risk == "c" or "PV" in inds or "S" in typs or ("IT" in inds and "RM" in inds) or len(inds) >= 3:
            lvl = "high"
        elif inds or typs:
            lvl = "medium"
        else:
            lvl = "low"
        if risk == "c" and "AV" not in inds:
            inds.append("AV")
        out.append({"id": "f71-%03d" % i, "text": text,
                    "indicators": sorted(set(IND[x] for x in inds)),
                    "signs": sorted(set(SIG[x] for x in sigs)),
                    "exploitation": sorted(set(TYP[x] for x in typs)),
                    "risk": lvl})
    return out

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    with open(os.path.join(here, "fresh71.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "texts written")
