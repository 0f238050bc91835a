# fresh242 part 2: lover boys, online romance, marriages and spousal visas, domestic servitude
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("Victim met DRAGOMIR online in 2023. He told her he loved her and they'd have a house together in London. Within a month of arriving he said he'd lost his job and she needed to 'help' by seeing men. When she said no he slapped her and said he'd send the photos to her father.",
  "DEC PSV IT", "", "S")
T("She thought he was her boyfriend. He bought her a phone and nails and took her to McDonald's. Then it was 'my mates want to meet you'. She was 13. By the time her mum found out, there were men she'd never met texting her every night.",
  "DEC AV", "", "S", "high")
T("ESOL tutor concerned: student (Bangladeshi female, 24) came on spouse visa 8 months ago. Husband drops her at class and waits outside, collects her straight after. She said quietly 'I am like servant in that house, I cook for eleven people, they don't let me call my mother'. She has bruises on her wrist she covered.",
  "ISO RM PSV", "ET IS PA RMS", "D")
T("Genuine: Polish woman married to a British man, moved to Norwich on spouse visa. Her family worried because she stopped posting on Facebook. She told officers she'd deleted it after a row with her sister. Has job at a bakery, her own money and phone. Happy.",
  "", "", "")
T("Report from Hope for Justice: Hungarian female (26) groomed on Facebook by a man calling himself 'Tomi'. Over 6 months of messages he promised marriage and a job in his uncle's restaurant. She was met at Luton by two other men who took her phone 'because it's a Hungarian SIM, won't work here'. Kept in a flat in Slough, advertised on Vivastreet. Said she didn't know what town she was in. She was found after a client contacted the Modern Slavery Helpline because she seemed scared and asked him to ring her sister in Hungary. She is now in a safe house. She wants to go home but wants the man arrested first. Thames Valley Police have the Vivastreet adverts.",
  "DEC ISO", "IS", "S")
T("Met him on a dating app, he's lovely, works on the oil rigs, we've been chatting 3 months and now he needs £4,000 to get his wages released from a Nigerian bank. I've never met him. (caller is 67, romance fraud - Action Fraud ref given)",
  "", "", "")
T("Mum of 15yo girl in Rotherham: she's got an older 'boyfriend' who picks her up in a black Audi, she comes back smelling of weed and drink, says he gives her vodka before the parties at his mate's flat and she 'has to be nice to his mates'. Today she's not come home and he's not answering, she's with him now.",
  "AV PSV DEC", "", "S", "immediate")
T("Wife brought over from Sylhet on spouse visa in 2021. States husband married her 'to look after his mother'. Since arriving she bathes, feeds and toilets the mother-in-law day and night, sleeps on the floor in the mother-in-law's room, has never been out alone. Husband lives mostly with another woman in Oldham. Her passport is in his car.",
  "DEC EO RM RD AC", "LH RMS DT", "D")
T("FGM and forced marriage unit: 17 yo girl from Birmingham taken to Pakistan 'for a holiday', now told she is marrying a cousin so he can get a UK visa. She messaged teacher. Passport taken by father.",
  "DEC RD AV", "DT", "", "high")
T("Arranged marriage, both families agreed, couple met several times, wife works as a pharmacist in Leicester. Anonymous caller alleges 'forced marriage'. Both spoken to separately. Wife says she chose it, holds own passport, own money. Unfounded. Caller has been warned.",
  "", "", "")
T("i met him on facebook he said come to england we marry he has big house. the house is small and his mother shout all the time. i clean, i cook, i not go outside. he take my passport he say for the visa. when i cry he hit me. he say if i go police they send me back to Vietnam and my family have shame",
  "DEC RM RD PSV IT", "RMS DT FA", "D")
T("Girl in year 9 at St Anne's - safeguarding lead notes older males in a BMW outside the school gates three times this week. Girl has a new iPhone and trainers, says a 'friend' bought them. Has gone missing twice overnight, returned with no explanation and love bites. Suspect CSE.",
  "AV", "", "S", "high")
T("The relationship is not exploitative - he's 20, she's 19, living together in Crewe, both work at the Bentley factory. Her mum just doesn't like him. Wellbeing check OK. Closed, no further action.",
  "", "", "")
T("Intelligence: a 'boyfriend' model operating out of Derby. Male (nom GOGA) befriends young Romanian women on Instagram, visits them in Romania, brings them to the UK promising a life together. Each is then put to work in a different flat, he collects the money daily. At least 4 women involved. 2/A/P",
  "DEC WW", "NCW", "S")
T("Saw a post on a Nigerian group: 'Sister needed to help family in London with children, will sponsor visa and pay school fees'. A woman who went last year says she was never enrolled, worked as nanny and cleaner 7 days a week, no wages as 'the school fees are your pay'. Family took her passport when she arrived at Heathrow.",
  "DEC WW EO RD", "LH DT", "D")
T("Woman in refuge: came from Morocco after marriage to UK citizen. He told her family she'd study at university. He locked her in the flat in Bolton when he went to work, took the phone with him, only let her out to go to his sister's. She was made to have sex with his friend to 'pay back' the wedding.",
  "DEC RM ISO PSV DB", "RMS IS", "S D")
T("Romance scam: victim sent £20,000 to 'US Army sergeant' online. No trafficking element. Passed to Action Fraud.",
  "", "", "")
T("Nigerian girl, 16, brought to the UK by 'auntie' to go to school in Essex. She is not in school, cares for auntie's 3 children, cooks, cleans, sleeps on the sofa, is not given her own phone. Neighbour says she only sees her on the school run taking the other kids.",
  "DEC AV ISO", "IS", "D", "high")
T("A lot of people think she's being trafficked because she lives above the restaurant with her husband and works long hours. She's a partner in the business, name on the lease, bank account in joint names. She laughed when asked. No concerns.",
  "", "", "")
T("Victim said: 'He was so sweet at the start. Flowers. He said I was the only one. Then he said we had a debt because of the flat and that my friend Lia was doing it and it was easy money. He said just once. It was never just once. He kept all the money, I had nothing. I didn't even know we were in Coventry.'",
  "DEC WW DB ISO", "NCW IS", "S")
T("Forced marriage protection order granted in respect of 19 yo male with learning disability from Bradford. Family planned marriage to cousin in Pakistan so she could get a spouse visa. Safeguarding ongoing. The family have been served.",
  "AV", "", "")
T("Call 2215: female in Bayswater hotel room says 'my boyfriend' has brought men to the room all night, he has her phone and passport, she managed to use the hotel phone. He's coming back within the hour. Male named as Arben. Units dispatched.",
  "RD ISO", "DT", "S", "immediate")
T("Sister came from the Philippines as a domestic worker for a Qatari family visiting London. They kept her passport, she slept on the floor of the children's room, worked 18 hours a day, wasn't given food until they had finished. When she asked to go home, the madam said she'd tell police she stole jewellery. She ran from the Mayfair flat.",
  "RD AC EO IT", "DT SW LH", "D")
T("A man from Albania writes on Instagram to girls from his village: 'in London you will be a queen'. Police in Tirana say three girls have gone to him and their families have had no contact since. 3/B/P Checks requested via Interpol.",
  "DEC ISO", "IS", "S")
T("The husband says she's not allowed a phone 'because of our culture'. She's 22, speaks no English, arrived 6 weeks ago. He did all the talking at the GP and she looked at him before every answer. GP made referral.",
  "ISO", "SFW IS", "")
T("Thai woman on spouse visa to British man in Lincolnshire. Following divorce she was found working in a massage parlour in Grantham; says she works there by choice, rents her own room, keeps her earnings, has her passport. No third party involvement identified.",
  "", "", "")
T("Yr 10 boy, 14, in Southend - met 'older lads' on Snapchat who told him he could earn £300 a week and get designer gear. Says he's been taking 'parcels' to Colchester on the train. He's scared because they said he owes £800 after the police took a bag off him and they'll 'do his mum's house'.",
  "DEC AV DB IT", "FA", "C", "high")
T("Wife says husband's family sold her gold and told her she must pay for the wedding by working at the family's sweet shop. She works 7am to 10pm, all 7 days. Wages go into her husband's account. She has never seen a payslip.",
  "WW EO DB", "NCW LH", "L")
T("Marriage visa application flagged by Home Office: sponsor has sponsored 3 previous spouses in 6 years, all now not traceable. One previous wife later found working in a nail bar in Wembley; told NGO the sponsor 'married her' for £7,000 paid by her family and then sold her to the nail bar owner. She has never been paid.",
  "DEC WW AV", "UF", "L")
T("Caller: i think my sister's in trouble, she met a guy from the UK on Instagram who said he'd pay for her to come over and study English. she's 20. now she's here and says she can't talk, he's always listening. she sent me a voice note crying saying 'they're making me do things with men'",
  "DEC ISO", "IS", "S")
T("Victim account (learner English): 'In Romania he is my boyfriend. He say we go England, you work in car wash cash-desk, me I build. In England he say no, you go with men, I need money for my debt. I say no. He say he will put my pictures on internet and my mother see. So I go.'",
  "DEC IT", "", "S")
T("Care home cook complained that boss makes her stay late. She lives with her husband, has own car and bank account, paid for overtime. She's threatening to leave. Employment matter. No other issues disclosed.",
  "", "", "")
T("Woman (Chinese national) recruited in Fujian by a 'travel agent' who promised restaurant work. Travelled on a student visa with a false enrolment letter. On arrival in Manchester taken to a flat in Ancoats and told she owed ¥300,000. Advertised as 'new Asian girl' on AdultWork. Says a man 'managed' her appointments and took the cash.",
  "DEC DB WW", "NCW UF", "S")
T("Girl, 15, found in a flat in Blackpool with a 32 year old man. She said he was her boyfriend and she met him on TikTok. He had given her cocaine and there were condoms and a ring light. Phone showed adverts. She said he'd told her they were saving for a flat.",
  "DEC AV PSV", "", "S", "high")
T("My son lives with his girlfriend in her mum's house and he does all the cleaning and childcare, I think they're using him. He's 24, works part time at Greggs, says he likes it. (no exploitation indicated - family dispute)",
  "", "", "")
T("Safeguarding adult review: woman with a learning disability was befriended by a man who moved into her flat (cuckooing). He said he was her boyfriend. He took her bank card and benefits, used her flat to deal from and made her have sex with his friends.",
  "DEC AV WW PSV", "NCW", "C S")
T("He brought me to London in 2019, he said we get married. No marriage. I clean his house, his brother house, his cousin house. Every day. If I say I am tired he say 'who will feed you, you have no papers'.",
  "DEC EO IT AV", "LH FA", "D")
T("Ref: Bulgarian male, 40, with his 'wife' - came for farm work. Support worker notes wife answers every question for him and has both their ID cards. He says he's fine. He's been paid. No obvious signs but will revisit.",
  "", "SFW", "")
T("Case note 3/5: SU reports that the man she met on Facebook, who promised to bring her to the UK and marry her, never married her. She has cooked, cleaned and cared for his elderly father in Harrow for 2 years. She sleeps in a box room without a window. She has been given no money. She is not allowed to leave except to go to the corner shop and must be back within 10 minutes or 'he'll know'. She says he was charming for the first month and bought her a coat. She has a phone but he checks it. She has not told her family in Ghana the truth because she is ashamed; they think she is married. She wants to know whether she can stay in the UK if she leaves him. Next steps: immigration advice appointment booked for Thursday, GP registration, discuss NRM consent at next session.",
  "DEC WW RM AC", "RMS PLC", "D")
T("INT 2/B/P: COLLINS, Jade (F, 34) believed to be recruiting young women from care homes in Stoke via Instagram with promises of 'promo girl' work at clubs in Manchester. Women are taken to parties where they are expected to have sex with men. At least one 17yo.",
  "DEC AV", "", "S", "high")
T("Victim 'Mia' (Lithuanian, 23): 'I came for love. Everything I did was for love. I didn't think it was trafficking. He never hit me. He just told me every day that nobody else would want me, that the police here hate Lithuanians, that I'd go to prison for working.' She worked in brothels for 3 years.",
  "DEC IT", "FA", "S")
T("Female in her 50s reported missing by her daughter in Ghana. Came to UK on visitor visa 'to help a pastor's family'. Found in a house in Peckham: has been cooking and cleaning for the family and 2 lodgers for 4 years, no wages. The pastor says she's 'part of the family'. She says she'd like to go home but has no money and no passport.",
  "WW RD", "DT", "D")
T("Husband (Indian, 29) on dependant visa alleges his wife and her parents in Leicester make him work in their shop unpaid and have taken his passport. Wife says he works for the family business and is paid £1,200/month which goes to a joint account he uses. Both parties have their passports. Inconclusive - domestic dispute, advice given.",
  "", "", "")
T("Outreach: three Brazilian trans women in a flat in Bristol, say a 'madrinha' in São Paulo paid their flights and arranged the flat. They each owe her £15,000, which rises if they miss a payment. Adverts placed by the madrinha's UK contact who also keeps the rent.",
  "DB", "UF", "S")
T("text from teenage girl to helpline: 'met him on snap he said im his princess then he wanted me to meet his friends and now he says i owe them for the weed and the hotel. i dont want to go tonight but he said if i dont hes gonna post the video'",
  "DEC DB IT AV", "", "S", "high")
T("Marriage broker in Lahore linked to 6 spousal visa applications to brothers in one Bradford family. Wives reportedly not seen outside, said to do housework for the extended household. Insufficient info for action. Monitor. Home Office notified.",
  "RM", "RMS", "D")
T("Female Vietnamese (20) told officer her 'husband' in the UK was arranged by a broker; when she arrived the 'husband' took her to a nail bar in Bristol where she works 6 days, 10 hrs a day, and 'he looks after the money'. She lives with him and 5 others above the shop.",
  "DEC EO WW", "LH NCW OA", "L")
T("Woman's ex says she's been trafficked because she works at a strip club in Soho. She's 30, has her own flat, chose the job, keeps her money. He's been told to stop harassing her. Report closed.",
  "", "", "")
T("Victim: 'My aunt told my mother she would take me to London to go to college. I was 14. I never went to college. I looked after her children and did her hair business clients. When I asked about school she said I was ungrateful and beat me with a belt.'",
  "DEC AV PSV", "", "D", "high")
T("Man posing as a British soldier on Facebook built a relationship with a Kenyan woman, sent money for her visa and ticket. When she arrived in Reading he kept her in his flat, made her clean and cook and have sex with him, took her passport 'for safe keeping' and told her she was illegal and would be arrested if she went out.",
  "DEC RM PSV RD IT", "RMS DT FA", "S D")
T("Translator note: she said many times 'he said he will take care of me'. She did not use the word boss or pimp, she called him 'my love' throughout. She smiled when she said his name.",
  "", "", "")
T("Joint visit with IMA: Slovak family. Teenage daughter (16) 'engaged' to 22yo man from another family in Sheffield. Daughter says she cooks and cleans at his mother's house every day after school instead of homework. Family say it's tradition. Children's social care referral.",
  "AV", "", "D", "high")
T("Brought over on a fiancé visa by a man in Swindon. Marriage happened. She works at a local care home, has her own wages, plays netball on Thursdays. Previous report from her old friend was malicious. Closed. She was cross that the police had been sent.",
  "", "", "")
