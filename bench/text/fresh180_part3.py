# fresh180 part 3: sexual exploitation, domestic servitude, criminal, organ harvesting; longer reports
def add(T):
    T("Adverts on a sex work site for 'new Thai girls' at an address in Riverside, Cardiff. Same phone "
      "number used for adverts in Swansea and Newport the following weeks. Women moved every 7-10 days. "
      "INT 2/B/P.",
      "", "", "S")
    T("Brothel, Newport (Commercial Road). Warrant executed 21:40. Four women present (Romanian), one "
      "stated she had been brought by her 'boyfriend' who promised a restaurant job in London. She hands "
      "all money to him and he has her ID card. She has been made to see up to 15 men a day. Bruising to "
      "upper arms consistent with gripping. She said 'if I stop, he sends the video to my father'.",
      "DEC WW RD PSV IT EO", "NCW DT PA LH", "S")
    T("Sex worker, independent, working from her own flat in Swansea Marina. Contacted police re a "
      "client who refused to pay. She manages her own bookings and money. Not exploitation; crime report "
      "for theft raised.",
      "", "", "")
    T("Caller in a hotel in Cardiff, room 214: hears a woman screaming 'no' and a man shouting 'you do "
      "what I say or you're dead'. Several men have gone in and out of the room all evening. Units "
      "required urgently.",
      "PSV IT", "", "S", "immediate")
    T("CSE: 14 yr old girl from Rhondda. Older male (24) gave her vapes, alcohol and a phone, then started "
      "taking her to parties in Pontypridd where she was 'passed around' his friends. She believes he is "
      "her boyfriend.",
      "AV DEC PSV", "", "S", "high")
    T("Victim account via Migrant Help interpreter (Nigerian female, 22): 'Madam told me I would be a hair "
      "braider in Wales. The juju man made me swear an oath that if I ran away I would go mad and die. In "
      "the house in Splott, Madam said I owe 35,000 pounds and I must sleep with men to pay. She takes "
      "the money. I could not go out except with her driver. She kept my passport in her bag always.'",
      "DEC IT DB WW RM RD", "UF NCW ET RMS DT FA", "S")
    T("Massage parlour, Wrexham. Licensing check. Staff are qualified therapists, own contracts, no "
      "accommodation on site. Premises clean. No evidence of sexual services or control.",
      "", "", "")
    T("INT 3/B/P. Pop-up brothel in an Airbnb on the Gower, booked by the same man who books rooms in "
      "Llandudno and Rhyl. Girls brought in by car, the driver stays outside and takes them back to "
      "the car each time they go out to the shop.",
      "RM", "ET RMS", "S")
    T("Sixth form safeguarding lead, Bridgend: Y12 student (17) disclosed that her ex-boyfriend made her "
      "have sex with his mates to cancel a 'debt' for drugs he gave her. He threatened to share intimate "
      "pictures.",
      "AV PSV DB IT", "", "S", "high")
    T("Woman in Aberystwyth is selling sex through an adult site to pay her own bills; no pimp, no "
      "coercion, lives alone. Comes to notice as a victim of a robbery by a client.",
      "", "", "S")
    T("Long report. On 14/03 at about 23:15 I (PC 4412 EVANS) attended a flat above a vape shop on "
      "Stryd Fawr, Bangor, following a call from a neighbour who said she'd heard a woman crying through "
      "the wall every night for a week and men coming up the back stairs at all hours. On arrival a male, "
      "who gave his name as Ardit HOXHA, answered the door and would not let us in, saying the flat was "
      "his girlfriend's. I could see a female in the hallway behind him in a dressing gown. I asked to "
      "speak to her alone. He said she 'doesn't speak English' and tried to translate. Once separated "
      "she spoke reasonable English. She said she came to the UK after meeting HOXHA online, he promised "
      "to marry her and find her a job in a shop. Instead she has been made to see men in the flat for "
      "the last three months. She has never been paid; HOXHA has her passport and her phone. She has "
      "not been outside alone since she arrived and did not know she was in Wales. She has a black eye "
      "which she says he gave her when she refused a customer. HOXHA arrested for controlling "
      "prostitution and MS offences; female taken to a place of safety, NRM referral submitted.",
      "DEC WW RD ISO RM PSV", "SFW DT IS RMS PA", "S")
    T("Online advert, 'Kiki, 19, new in Cardiff, 24/7'. Pictures appear to be of a girl younger than "
      "stated. Phone number linked to 7 other adverts. Referred to CSE team.",
      "AV EO", "LH", "S", "high")
    T("Lap dancing club licence review, Cardiff. Dancers self-employed, paid house fee, some complaints "
      "about fines for lateness. No indicators of trafficking. Licensing matter.",
      "", "", "")
    T("Domestic servitude. Nanny (Indonesian, 29) arrived with a diplomat-linked family now living in "
      "Penarth. Works from 6am till midnight, sleeps on a mat in the children's room, no days off, "
      "paid £100 a month sent to her family. Her passport is in the family's safe. She is not allowed "
      "her own phone and has never been out except on the school run with the mother.",
      "EO WW RD ISO RM AC", "LH SW DT IS RMS", "D")
    T("Caller re her Sri Lankan neighbour in Cyncoed who cleans and cooks for a large family. Caller "
      "says the woman never goes out, never has visitors, looks thin and wears the same sari every day, "
      "and once whispered 'they don't pay me'.",
      "WW ISO", "IS PA", "D")
    T("Au pair, Monmouth. Works 25 hours a week for a family, has her own room, pocket money £100/wk, "
      "weekends off and language classes. Her mum in Spain worried after a scare story. Fine.",
      "", "", "")
    T("Wife brought from Pakistan on a spousal visa, living in Newport with husband's family. Says she "
      "cooks and cleans for 9 people from 5am, is beaten by her mother-in-law if the food is late, and "
      "is told she will be sent back divorced if she tells anyone. Her passport is with her father-in-law.",
      "PSV IT RD EO AV", "DT LH", "D", "high")
    T("Elderly man in Llandudno employs a live-in carer from Romania via a reputable agency, she has "
      "2 days off a week and her own car. Grandson called 101 worried she was 'a slave'. No concerns.",
      "", "", "")
    T("Victim statement, translated from Amharic. 'I came to the house in Cardiff from Saudi with the "
      "family. I wake at 5, I clean all the house, I cook, I look after the baby also at night. I never "
      "sleep one night full. Nine months I do not receive salary. Madam say money is kept for me. I eat "
      "what is left from their plates. When I cry, Sir slaps me. I do not know the address, I only see "
      "the garden.'",
      "EO WW AC PSV ISO", "LH IS NCW", "D")
    T("Referral from a GP in Wrexham: a Ghanaian woman registered by the family she lives with attended "
      "with a burn to her arm from an iron. Family member stayed with her in the room and answered all "
      "questions. She appeared terrified. She is described on their forms as a 'relative'.",
      "PSV ISO", "SFW PA FA IS", "D")
    T("Organ harvesting: Border Force at Cardiff Airport. Young Moldovan man travelling to Istanbul with "
      "a man who has paid for the ticket. Young man told officers he is going to 'sell a kidney for "
      "£5,000 to pay off his debt'. Man with him had his passport and did all the talking. Stopped and "
      "safeguarded.",
      "AV DB RD", "SFW DT", "O", "high")
    T("Transplant coordinator at University Hospital of Wales: man receiving a living donor kidney from "
      "his sister. Both assessed by the HTA independent assessor, no payment, consent freely given. "
      "Not organ trafficking.",
      "", "", "")
    T("INT 4/C/P. Unverified: a man in Swansea's Albanian community offering cash to 'young fit lads' "
      "for 'medical tests' in Turkey, said to be kidney removal. No victim identified.",
      "", "", "O")
    T("Patient at Morriston Hospital, dialysis unit, told his nurse he had 'bought' a kidney abroad "
      "years ago. Historic, no UK victim, HTA informed. Recipient not a victim of exploitation.",
      "", "", "")
    T("Debrief, NRM case (Albanian male, 26). He was told in Tirana that he could clear his father's "
      "debt by going to the UK. In Swansea he was taken to a flat where a man said a doctor would take "
      "'one kidney, it's easy, you have two'. When he said no they beat him and locked him in. He "
      "escaped through the bathroom window.",
      "DEC DB PSV RM", "PA", "O", "high")
    T("Kidney donor, 40, from Caerphilly giving to her husband. Family worried she was pressured. "
      "Independent assessor interviewed alone, she is adamant and well informed. No concern.",
      "", "", "")
    T("Benefit fraud: DWP intel. Eight Slovakian nationals have UC claims linked to the same address in "
      "Port Talbot and the same bank account. Claimants say a 'helper' set up the claims and keeps their "
      "cards; they get £20 each.",
      "WW AV", "MBC NCW OA", "C")
    T("Money mule. Student at Cardiff Met (19, Chinese) let a 'friend' use his bank account for "
      "transfers, was paid £200. No coercion, he did it for money. Fraud investigation only.",
      "", "", "")
    T("Money mule: 16 yr old from Llanelli groomed on Snapchat to receive and send money; when he tried "
      "to stop they said they'd tell the police he's a money launderer and send someone to his house.",
      "AV IT", "", "C", "high")
    T("Forced criminality: Romanian women shoplifting in Swansea, Carmarthen and Bridgend on the same day. "
      "Driven by a man in a Passat who collects the goods. Women say they have to 'earn' £300 a day or "
      "they don't eat.",
      "AC IT", "ET", "C")
    T("Big Issue seller, Newport. Local man, happy with his pitch, lives in supported housing. Complaint "
      "from a shopkeeper about 'organised begging'. Not substantiated.",
      "", "", "")
    T("Cardiff Central: man with a disability begging with a sign in the same spot daily; outreach saw "
      "a car drop him off and take his takings at 6pm. Man could not say where he lives.",
      "AV WW ISO", "CE NCW IS", "C")
    T("Report from Bawso (BME domestic abuse charity), Swansea: woman (Bangladeshi, 33) held at home by "
      "her husband and in-laws, made to do all the housework, locked in when they went out, phone "
      "confiscated, and forced to have sex with her husband's brother.",
      "RM ISO PSV", "RMS IS", "D S", "high")
    T("Report from St Giles Wales: boy, 15, from Caerau, Cardiff. Exploited by a group who use him to "
      "carry cannabis to Bridgend. When he tried to leave they set fire to his mum's car.",
      "AV IT", "", "C", "high")
    T("Long case note, MSVCC (Salvation Army), client X. Client is a 45-year-old Polish man referred by "
      "South Wales Police after being found sleeping in a lorry trailer on the Brackla Industrial Estate. "
      "He says that two years ago a Polish woman approached him outside a shelter in Poznan and offered "
      "him work in a meat factory in 'England' with free housing and £400 a week. A minibus took him and "
      "seven others to a house in Bridgend, where a man called Tomasz took their ID cards and said he "
      "would register them. He never saw his ID again. He worked at a food factory through an agency; "
      "Tomasz opened a bank account in his name and kept the card. He received between £20 and £40 a "
      "week in cash. He was told he owed £1,500 for transport and rent. He worked double shifts and was "
      "driven to and from the factory every day in Tomasz's car. He shared a room with four other men "
      "and there was no hot water. When he complained Tomasz hit him and said he would end up 'in the "
      "river'. He drinks heavily and says Tomasz gave him vodka every night. He has no phone and no "
      "contact with his daughter in Poland. He is afraid of Tomasz finding him and does not want to "
      "speak to police again at present.",
      "AV DEC RD WW DB EO AC PSV IT ISO", "DT NCW UF LH ET OA PLC IS FA FPE", "L")
    T("Long report (Gwent MASH). 12/05: referral from a primary school in Caldicot. A Year 6 pupil (10) "
      "told her teacher that she does not go to the park because she must help her aunt clean the "
      "houses of other families every evening and weekend. She said her aunt is 'not really her aunt' "
      "and that her mother is in Vietnam. The child was tired in class and has been wearing the same "
      "uniform for two weeks. She said she sleeps in a room with 'lots of ladies' who work in the nail "
      "shop. She has not been registered with a GP. The adult who collects her from school speaks for "
      "her at parents evening and refused an interpreter. Strategy meeting convened, child protection "
      "enquiries commenced, police joint visit arranged, NRM referral under consideration.",
      "AV EO", "PA OA SFW LH", "D L", "high")
    T("Long log. Call from a woman at a bus shelter in Rhyl at 01:30 asking for help. She is Thai and "
      "speaks a little English. She says she ran away from a 'house with many girls' but does not know "
      "where. She says the man there took her passport at the airport, she has to see men every night, "
      "and she owes him 'thirty thousand'. She is barefoot and has marks on her neck. She is scared the "
      "man is driving around looking for her. Units en route; ambulance requested.",
      "RD DB PSV", "DT UF PA FA", "S", "immediate")
    T("Intel summary, South Wales Police MSHT team. Over the last month five reports have linked an "
      "address in Plasnewydd, Cardiff with the sale of sex by Eastern European women. A neighbour reports "
      "that a man arrives each morning at 10 with women in a grey Skoda and returns at midnight to "
      "collect them and takes a bag from each. One woman was seen crying in the street and when a "
      "neighbour asked if she was okay, the man came out and pulled her back in by the hair. Women "
      "appear to carry nothing but a handbag and wear the same clothes. INT 2/B/P.",
      "PSV WW", "ET CE NCW FPE PA", "S")
    T("Caller, 999: 'my sister is being kept in a house in Caernarfon by her husband, he's locked her "
      "in the back bedroom and says he'll kill her if she calls anyone, she just texted me now, she "
      "says he's drunk and coming up the stairs'.",
      "RM IT", "RMS", "D", "immediate")
    T("Hotel worker report, Cardiff: male booked two rooms for a week with cash, different girls going "
      "in, one looked 14 or 15, school bag, he kept their key cards and took them downstairs to breakfast.",
      "AV RM", "ET", "S", "high")
    T("Female (Chinese, 40s) at a massage shop in Llandudno. Says she owns the business, no one controls "
      "her; she sells sex and is happy to. No trafficking indicators found.",
      "", "", "S")
    T("Victim in safe house: 'He called me his girlfriend. He bought me clothes, then he said we need "
      "money and I must go with his friends. When I say no, he hit my head on the wall. I go with them "
      "every night for one year.'",
      "DEC PSV EO", "LH", "S")
    T("Domestic servitude: older relative (70, Indian) brought over 'to live with family' in Newport, "
      "sleeps in the garage on a camp bed, does all cooking and laundry, not allowed to phone her "
      "daughter in Gujarat.",
      "AC ISO AV", "SW IS PLC", "D")
    T("INT 3/B/P. Gang in Riverside sending young Roma boys to pickpocket at Cardiff Central at rush "
      "hour, the adults wait in a car on Penarth Road and take everything the boys collect. Boys beaten "
      "if they bring back less than £100.",
      "AV PSV WW", "ET NCW", "C", "high")
    T("Social services, Conwy: 16 year old Afghan UASC reported to be 'working' for a man at a "
      "takeaway in exchange for a room above the shop. Works after school till 2am. Says the man will "
      "report him to the Home Office if he leaves.",
      "AV IT EO", "LH SW FA", "L", "high")
    T("Brothel, Swansea. Warrant. Women say they work for a man called 'Lulu' who keeps 60%, sets their "
      "hours (11am to 4am) and fines them £50 if they refuse a client.",
      "WW EO", "LH NCW", "S")
    T("Escort agency, Cardiff, operating for years. Owner says all workers are self-employed adults. "
      "Officers spoke to three who confirmed they set their own hours and keep their earnings. "
      "No offences identified.",
      "", "", "")
    T("Sextortion report: male, 17, Pembroke, being blackmailed by an online account for money after "
      "sending pictures. Not trafficking. Referred to CEOP and CID.",
      "", "", "")
    T("Long statement, victim (Vietnamese, 19), translated. 'I left my village because my family owed "
      "money to a man. He told me I can work in a nail shop in England and earn a lot. I travelled with "
      "other people in lorries for many weeks. In France they hit us with sticks if we made noise. In "
      "England a man drove me to Wales, I did not know it was Wales. I was in a house with plants, very "
      "hot, lights on all the time. I slept on the floor next to the plants. The door was locked and "
      "the windows had wood on them. A man came with food every few days. He said if police come I "
      "will go to prison for a long time and my family will pay. I was there six months. I was not "
      "paid. I had no phone.'",
      "AV DEC DB PSV RM ISO IT WW AC", "SW RMS IS FA PLC", "C", "high")
    T("Vulnerable woman, Merthyr, 'befriended' by a couple who moved into her council flat. They have "
      "taken her PIP and her bank card, make her shoplift from Aldi for them, and lock her in the box "
      "room when they go out.",
      "AV WW RM", "NCW RMS", "C", "high")
    T("Neighbour dispute, Llanelli: man claims his neighbour 'enslaves' his teenage son by making him "
      "do chores and a paper round. Son is happy, paid for the round, parents are loving. NFA.",
      "", "", "")
    T("Referral from Barnardo's Cymru: 15-year-old girl in Wrexham groomed by men from Birmingham, taken "
      "to hotels in Chester and Wrexham, given cocaine and made to have sex with several men. She has "
      "missing episodes of 2-3 days. Currently missing since yesterday evening.",
      "AV PSV", "", "S", "immediate")
    T("Maids in a hotel, Tenby. Several staff from an agency told the manager that the agency has their "
      "passports and sends their wages to a woman in Bucharest. Hotel reported to GLAA.",
      "RD WW", "DT NCW", "L")
