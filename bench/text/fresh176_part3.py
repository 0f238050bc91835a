# fresh176 part 3: safe-house running notes, re-trafficking concerns, ordinary support
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Day 1 at SH. Client arrived with police from Newcastle. Very quiet, did not want to eat. Only possessions a phone charger and a jumper. Says she doesn't know what county this is.", "", "FPE", "")
T("Day 3. Client ate breakfast with others. Talked a little about her mother. Wants to call home - supported to do this on the house phone.")
T("Day 7. Client told key worker 'the men said I can never go home until I pay the 15,000'. She thinks they will find her here.", "DB", "FA", "")
T("Day 14. GP appointment - referred for STI screening and mental health assessment. Client held her own appointment letter for the first time.")
T("Day 21. Client disclosed the men who held her in the flat in Gateshead used to make her take pills 'to stay awake' and that she was forced to see up to ten men a night.",
  "PSV EO", "LH", "S")
T("Day 30. Reflection period ends soon. Client has decided to co-operate with Northumbria Police. Statement booked.")
T("Re-trafficking risk assessment: HIGH. Client is being contacted on Facebook by a woman from her home village offering her 'good job in Germany, no papers needed, we pay the ticket'. This is the same approach used the first time. She has not replied. We talked about how the offer was a trap and she agreed. She asked us to block the number. Staff to support her to report the Facebook account to Meta and to police. Referral to the Salvation Army re-trafficking prevention team.",
  "DEC", "", "", "high")
T("Client met with Job Centre work coach. Work coach suggested warehouse jobs. Client is ok with this but wants a day shift. Mentioned she didn't want a job 'where they keep you' - we talked about rights, contracts and payslips.")
T("The farmer held all our passports 'for the insurance'. We only got them back when the police came.", "RD", "DT", "L")
T("Client said they had to work even when sick, one man collapsed in the field and the boss told them to leave him and keep picking.", "AC", "", "L")
T("Outreach worker note: followed up concern about a young Romanian man sleeping in a car outside the B&Q at Thurrock. He says he's waiting for his brother to come with money, he works on a site with his cousin, he has his ID and phone. Doesn't want help. Will revisit. Spoke to him again two days later - he was sitting in the same car with his brother, who confirmed they work together on a roofing job and are waiting for their first pay to rent a room. Both had their own IDs and phones, and the brother showed me a text from their boss about the next job. Gave them info on the night shelter and Citizens Advice. No exploitation concerns, closing.")
T("Client (Slovak Roma, 36, mild learning disability per assessment) recalled that his 'uncle' took him to Sheffield and made him sign papers at the bank and the Jobcentre. Benefits went into the uncle's account. He was made to work at a scrap yard for food and a room in the loft. He was recovered after a neighbour called the police. He has an appointee now, his sister, who visits weekly. Support today: I took him to the Jobcentre to change the bank details for his UC to his own Post Office card account. He is living in supported accommodation in Rotherham and says he likes the staff. He is being assessed for the adult social care day service. Next review 12/06.",
  "AV WW DB", "NCW", "L")
T("Client returned to SH at 23:40 after curfew, smelling of alcohol, with £200 cash and a new phone. Would not say where she had been. Concern she is back in contact with the network. Safeguarding lead informed.", "", "", "S")
T("Note re client M: he keeps his own passport in the SH safe by his own choice, he has the key code. Not a concern.")
T("Client is worried about her debt to the agency in Nepal (£4,800 for the 'visa and flight'). The lender is calling her father for repayments with interest. Discussed - the debt is being used to pressure her to go back to the employer in Kent. The fee was paid to the agency in cash, no receipt. She does not want to go back. She says the employer has told other workers that she is a thief. We are talking to the solicitor about the debt and about a complaint to the GLAA. She is working in a hotel in Canterbury now and the manager is kind. Review in one month. She said she is tired but proud of herself. Her English is improving quickly.",
  "DB IT", "UF", "L")
T("Client asked me whether she is allowed out on her own. I said of course - she can go where she likes. She said at the other place she was only allowed to the corner shop with one of the girls watching.",
  "RM", "RMS ET", "")
T("Housing - Client offered a one bed flat in Hartlepool via Thirteen Group. Viewing Tuesday. Client pleased but worried about being far from her friends. Bus routes checked.")
T("Legal: client's solicitor has lodged the asylum claim and the s.45 defence letter for the shoplifting charges. Client says the gang sent him into shops in Oxford Street every day to steal perfume and beat him if he came back with less than £300 of goods.",
  "PSV", "", "C")
T("Client discussed her past: she worked in a hand car wash in Llanelli for 10 months, 7 days a week, 9 to 7, slept on a mattress in a storage container with 5 others. Bosses paid £15 a day. 'They said if we go police, police send us back to Albania.' She left when the car wash was raided by Dyfed-Powys Police. She has been with us 4 months. Today: she passed her ESOL entry level 1, and told me she wants to be a hairdresser. She has a room in a shared house in Swansea and gets on well with her housemate. No contact from anyone linked to the car wash. Review in a month. She has also started swimming lessons at the leisure centre.",
  "EO WW AC IT", "LH SW OA PLC FA", "L")
T("Client's dental treatment completed. She can eat properly again. Smiling a lot.")
T("Client shared that the 'lover' who brought her from Czech Republic made her give him her bank card and PIN 'because we are a couple'. All her UC and wages went to him, he gave her £10 a week.",
  "DEC WW", "NCW", "")
T("Client says he was never locked in and could walk to town, but he had no money and no English so where would he go? The house was 8 miles from Spalding with no bus.",
  "ISO", "IS", "")
T("Outcome: NRM Conclusive Grounds positive decision received. Client cried. She is eligible for 45 days move-on support. Started housing applications.")
T("Client has said she does not want to talk about the past today. Respected. Did her shopping list and practised English words for the supermarket.")
T("Recalled history (male, Vietnamese, 31): 'I work nails in Hull. I sleep on the floor in the shop. Boss take my phone when I come. I am not allow to talk to customer more than hello. I work all day, after close I clean, I get no money because I have debt £18,000.' He was found during a multi-agency visit by Humberside Police and Hull City Council. Now in an SA safe house in Leeds. He is anxious about his family because of the debt. Today we worked on a budget using his asylum support card and he went to the Vietnamese community centre where he met other young men. He laughed for the first time today. He has asked for a Vietnamese cookbook.",
  "ISO DB WW AC EO", "SW LH IS", "L")
T("Concern: client told her ESOL tutor that a man outside college offered her 'easy money' cleaning houses and asked for her passport to 'register her'. She said no. Tutor passed concern to us. Client safe and understands risk.")
T("Client (Polish, 45) alcohol dependent. Explains gangmaster in Peterborough 'paid' workers partly in vodka, and kept them drunk so they would not argue about money. Supplied by the boss daily.",
  "AV PSV WW", "", "L")
T("Client's son visited from Manchester. Lovely afternoon. She cooked. No concerns.")
T("Incident: client found that someone had added her on Instagram using her trafficker's photo. Message says 'you think we forget? your debt is still here'. Screenshots taken, police informed (ref 1099), account blocked.",
  "DB IT", "", "", "high")
T("Client told me that 'Jonny' made them sign a paper in English they could not read saying they agreed to pay £25 per week for transport and £40 for the 'hostel'. Later Jonny added 'fines' for being late which meant the debt grew every week. Jonny is still in Poland. The client has been in a SA safe house in Norwich for 2 months. He is enjoying ESOL classes, goes to the Polish church and has started working on the allotment with the SH manager. He wants to stay in Norfolk and get a job in a bakery. Next step is to look at his NI number and a CV. He has asked whether he can learn to drive.",
  "DEC DB WW", "CT", "L")
T("Client has her own phone, her own bank card and her own keys. First time in 6 years, she said.")
T("Client complained the SH wifi is slow. Logged with maintenance.")
T("Client asked for help with a PIP form. Booked Citizens Advice appointment for Weds 10am.")
T("Accompanied client to Leeds Crown Court for special measures visit ahead of trial of her traffickers. Witness Service very good. Client nervous but determined.")
T("Client says: 'In the house I was the maid. I wake 5, I sleep 1. If the baby cry in night, I get up. Madam slap me if food is cold. I never go out, the door has key.'",
  "EO PSV RM", "LH RMS", "D")
T("Outreach, Slough: met woman outside Tesco who seemed scared and said 'my husband's mother keeps my passport and won't let me phone my family'. Gave her the helpline card, she hid it in her shoe.",
  "RD ISO", "DT IS FA", "D")
T("Client (Albanian, 20) on the grow: 'they bring me in the car with no windows, they lock me in the house with the plants, they bring food one time in week. The smell make me sick, I sleep on the floor next to lights.' He was arrested when police raided. He was charged with cultivation before anyone recognised him as a victim. Since the positive reasonable grounds decision, the CPS has discontinued the case. He is in a safe house in Birmingham. Today he started an English course and asked about a barbering course. He told me he still has bad dreams about the lights and the smell. Counselling referral made. He has also asked for a pair of trainers.",
  "RM AC", "RMS SW ET PLC", "C")
T("Note: Client told police he was forced but told me today he went willingly and it was his friend's idea. He said no one threatened him and he was paid. I have passed this to the Single Competent Authority via his solicitor.")
T("Job offer for client: cleaning job with Mitie, 25hrs, £11.50/hr, contract and uniform provided free. Client accepted.")
T("Client recalled being made to beg outside Sainsbury's in Edinburgh with a sign, in all weathers, 9 to 6. A man collected the money every hour. If she didn't make £80 she was beaten and got no food. She is now 22 and has been in MSVCC support for three months. She has never been to school and cannot read. We are looking for a literacy class in Romanian or a tutor. She likes drawing and her key worker has bought her a sketchbook. She has asked whether she can look for her younger brother, who was also begging in Glasgow. We have passed the details to Police Scotland and the Scottish Guardianship Service. She cried when talking about him but said she feels better for telling someone.",
  "PSV WW AC", "NCW", "C")
T("The client's former 'employer' rang our office pretending to be her brother. Asked if she is 'still with you'. Staff did not confirm. Client told, she recognised the number as his. Risk raised to high.", "", "", "", "high")
T("Client asked about Universal Credit advance. Applied. Will be repaid over 24 months. Explained this is a normal loan from DWP, not like her old debt.")
T("Client's medical - healed fracture to left wrist, client says the trafficker 'broke it with a broom handle'. Old cigarette burns on back.", "PSV", "PA", "")
T("The employer (legit chicken factory, Cullompton) confirmed client has been a worker for 3 months via Fresh Start agency, earns NLW, no accommodation provided. All good. Client happy.")
T("She told me she had to give the gang £50 every time she got paid at the hotel, 'because they found the job for me'. It was never-ending. She tried to stop once and they came to her room.",
  "DB WW IT", "UF", "L")
T("Outreach van (Birmingham, Hurst St) 23:00. Spoke to 3 sex workers, all known to service, all independent, nobody controlling. Condoms and hot drinks given.")
T("client says boss told him 'you are illegal, no one will believe you, if you leave I will call immigration and they put you in jail'", "IT AV", "FA", "L")
T("Client cannot read or write in any language. Trafficker took advantage - made her sign for loans and a phone contract in her name. She now has £3,200 in debts in her name she never knew about.",
  "AV", "", "C")
T("Client slept in the SH for the first time without the light on. Small win.")
T("Client said to me: 'I don't know what is the name of the town where I was. Only a farm. Only cows. No people.'", "ISO", "IS", "L")
T("MARAC: client's partner (not a trafficker, domestic abuse) - risk of DA, not MS. Referred to IDVA. Client is still in MSVCC support for previous exploitation.")
T("Client recalled being taken to an 'interview' with the gang's 'boss' who told her she must sleep with him or her little sister in Vietnam would be 'next'. She was raped.",
  "PSV IT", "", "S")
T("Client fed back that the English class at Crisis Skylight is 'the best day'. She has been asked to help new students. Confidence growing.")
