# fresh256 part 2: sexual exploitation, CSE, domestic servitude, organ harvesting, and look-alikes
E = []
def T(text, ind="", sig="", typ="", risk=None): E.append((text, ind, sig, typ, risk))

T("INT 2/B/P. Flat 4, Kenilworth Court, Edgbaston B15 being used as a brothel. Source states 3 Romanian females are rotated through every fortnight by a male known as 'TONI', who takes all the money and drives them to and from the flat. Females not seen to leave alone. Adverts on Vivastreet under 'Bella', 'Sara' and 'Daria'.",
  "WW RM", "NCW ET RMS", "S")
T("Girl 14 missing from care home in Wolverhampton since 1800, believed to be in a grey Audi with a 24yr old male known to be grooming her. Last seen getting into car on Lichfield St. He has previously given her vodka and cannabis. MISSING HIGH RISK.",
  "AV", "", "S", "immediate")
T("Sex worker in Balsall Heath told outreach she works for herself, keeps her own money, has her own flat, rents a room to meet clients. She wanted info on safety apps. No one controlling her.",
  "", "", "")
T("My boyfriend brought me from Bucharest to Birmingham. He said we would work in a restaurant and save for a house. When we came he said I must go with men, he put pictures on internet. If I say no he hit me. All money I give him. He keep my ID.",
  "DEC PSV WW RD", "NCW DT", "S")
T("Call 999 from female at Premier Inn, Wolverhampton city centre, room 214, crying, says 'they make me see men, I want go home, man is outside the door'. Whispered, line went dead. Units attending.",
  "RM", "RMS", "S", "immediate")
T("CSE concern raised by school in Dudley: pupil, 13, seen getting into different cars after school, new phone and trainers, told friend she 'has to be nice' to her boyfriend's mates because she owes him for the stuff he bought her.",
  "AV DB", "", "S", "high")
T("Massage parlour, Hagley Road. Licensing visit, all three therapists employed, qualified, own accounts, no sexual services advertised. Nothing of note.",
  "", "", "")
T("Adult services website advert for 'new girl in Telford, young Asian, 24/7 outcalls' with the same mobile number as 4 other adverts in Shrewsbury, Hereford, Worcester and Kidderminster. Photos appear to show same room. Believed one controller moving several women around West Mercia.",
  "EO", "LH", "S")
T("Case note, Salvation Army: Client D, Nigerian, 29. Brought to the UK at 19 on a promise of a hairdressing apprenticeship, subjected to a juju oath in Benin City. Forced into prostitution in Birmingham for 'Madam Gloria', told she owed £35,000 and had to hand over everything she earned. Madam kept her passport. Client was raped by clients and by Madam's partner. She says that if she talked, the oath would make her mad and her mother would die. Now in safe house, receiving counselling. She has been referred to a specialist psychologist and to the Helen Bamber Foundation for a medico-legal report. She has agreed in principle to speak to police about Madam Gloria, whose address she believes is in Handsworth Wood. She is frightened for her younger sister who is still in Benin City.",
  "DEC DB WW RD PSV IT AV", "DT NCW FA UF", "S")
T("Ordinary domestic: couple arguing at an address in Hereford about money, both drunk, no injuries, male left to stay at brother's. DASH standard.",
  "", "", "")
T("INFO: Flat above a takeaway in Kidderminster. Neighbours hear men coming and going all night, women's voices, sometimes screaming. Two women seen in the window, never seen outside. Windows have been screwed shut.",
  "RM ISO", "RMS IS", "S")
T("Referral from Sandwell MASH: 16yr old female, care leaver, staying with 'friends' in Tipton, older males give her drugs and she's told she must have sex with their associates to pay off a £500 'drug debt'.",
  "AV DB PSV", "", "S", "high")
T("Hi im worried about the girl next door shes maybe 17 there's always different men coming to the flat and a older guy who sits in a car outside all the time and she never goes out on her own",
  "RM", "RMS", "S", "high")
T("Lover-boy case, Worcester. Female 18 with learning disability in a 'relationship' with a 31yr old male who has been arranging for her to meet 'his friends' at a hotel for sex. He has control of her PIP payments and phone.",
  "AV DEC WW ISO", "NCW IS", "S")
T("PC BROWN 4521. Attended a welfare check at 17 Mandeville Rd, Hereford HR1: female, 40s, Thai, says she works as a masseuse from home, her own business. Lives alone, documents in her possession, no third party. Appeared well. No concerns.",
  "", "", "")
T("INT 3/B/P: women from Brazil being brought to short-let apartments in Birmingham city centre for a week at a time, then moved to Coventry, Leicester and Stoke. Organiser books the Airbnbs and posts the ads, takes a 'cut' of 60%.",
  "WW", "", "S")
T("Sexual assault reported by female sex worker in Wolverhampton, client refused to pay and assaulted her. She works independently. Investigated as sexual assault. No exploitation by third party.",
  "", "", "")
T("Girl, 15, disclosed to school nurse in Walsall that her 'boyfriend' and his cousin made her have sex with men in a flat in Caldmore and threatened to post pictures of her online if she told anyone.",
  "AV PSV IT", "FA", "S", "high")
T("He took me from the station, lock me in the room in a house I dont know where. Every night men come. He say if I run he find my sister in Albania. I have no phone. I am there 5 months.",
  "RM IT ISO PSV", "RMS IS", "S")
T("Domestic servitude referral (Wolverhampton Council): Indian female, 34, came on a spousal visa. In-laws make her cook, clean and care for the grandmother from 5am till midnight, she is not allowed out of the house alone, her passport is held by her father-in-law, her husband beats her when she complains. She has no money of her own.",
  "RM RD PSV EO WW AV", "RMS DT LH NCW", "D")
T("Au pair in Solihull: 19, Spanish, family pays £100/wk plus room, 25 hrs/wk childcare, weekends off, she has her own phone and passport. Mum rang to check it was ok. It is. No concerns.",
  "", "", "")
T("Neighbour says the woman at number 12 only comes out to put the bins out, cleans the whole house, looks after the three kids, never speaks, sleeps on the landing on a mat. 'She's like their maid but I don't think they pay her.' Gornal, Dudley.",
  "WW AC ISO", "IS SW", "D")
T("Interpreted statement (Urdu): 'I was brought to Birmingham at 16 to marry my cousin. I did all the housework for his family, nine people. I was not allowed to go to college or leave the house. My mother-in-law kept my passport. When I made a mistake they hit me with a belt. I was told if I went to police I would be sent back and my family would be shamed.' The statement was taken at a refuge in the Black Country where she has lived since March. She is now 23 and has a son aged 4. She has asked for help with her immigration status and with seeing her son safely. Referral to the NRM and to the Forced Marriage Unit has been made.",
  "AV RM RD PSV IT", "RMS DT FA", "D")
T("Domestic worker for a Gulf diplomatic family in the Midlands: Filipina, 38, says she has not had a day off in 2 years, sleeps in the kids' room, is paid £200 a month into her employer's account, passport kept by madam.",
  "EO WW RD", "LH NCW DT SW", "D")
T("Caller says her nan's carer lives in and works all hours but she's paid well, has her own annex and goes home to Poland every 3 months. Caller just wanted to check the carer agency was legit. No concerns.",
  "", "", "")
T("INT 2/B/P: Nominal Abdul RAHMAN (no dob) believed to be arranging travel for Bangladeshi nationals from Birmingham to a clinic abroad to sell kidneys. Source says the men are in debt to him for their UK visas and he has told them selling a kidney will clear it, offering £3,000 each.",
  "DB AV DEC", "UF", "O")
T("Patient at QE Hospital Birmingham, 56, received a kidney from his daughter in a planned living donor transplant. Nursing staff asked about the donor's consent as she seemed anxious; transplant coordinator confirmed full HTA assessment, independent assessor interview, no payment. No concerns.",
  "", "", "")
T("Referral from Home Office: Moldovan male, 27, claims he was brought to the UK with promise of building work, then told he must 'donate' a kidney to a sick relative of his employer or his family would be hurt. Was taken to a private clinic in London for tests. Escaped before surgery.",
  "DEC IT", "", "O")
T("Student from Nigeria at Wolverhampton Uni says a man on Facebook offered £20k for a kidney and said it was legal in the UK. She reported it to us. She has not met him. Fraud/organ trafficking enquiry.",
  "DEC", "", "O")
T("Kidney dialysis patient in Walsall asked his GP whether he could buy a kidney abroad. GP advised against and explained the law. Nothing further. Recorded for awareness only.",
  "", "", "")
T("Worried mum: my daughter 16 has an older boyfriend she met on snapchat. He buys her stuff and now she stays out all night and comes back with bruises and wont say where she's been. Her phone has loads of money coming in. He told her she owes him.",
  "AV DB PSV", "PA", "S", "high")
T("Brothel warrant executed at 56 Pershore Rd, Stirchley. 5 females present, all Romanian, found with 8 mobile phones, 12 bank cards in different names and £4,200 cash. Females initially gave rehearsed identical accounts ('we are friends on holiday'). No keys to front door in their possession.",
  "RM", "MBC FA RMS", "S")
T("A lot of young men visiting the house next door in Oldbury. Turns out it's a Quran study group. Complaint withdrawn.",
  "", "", "")
T("INFO: Albanian female, 22, found at a 'massage flat' in Worcester. Said the man who owns it brought her on a lorry, told her she owed £20k and now she sees 10-15 men a day. She has a bruised arm, says he grabbed her.",
  "DB EO PSV", "PA LH", "S")
T("Call handler log: female caller, strong accent, 'I cleaning for family in Sutton Coldfield 3 years, they not pay me, I want leave but they have my passport and say police will put me prison'. Safe to talk now, family out. Unit dispatched for welfare check and safeguarding.",
  "WW RD IT RM", "DT FA RMS", "D")
T("OK so the lad in the flat below brings a different girl back every weekend, it's the uni halls in Worcester, they're all students, I don't think it's trafficking I just want him to keep the noise down.",
  "", "", "")
T("Hospital safeguarding (Royal Stoke-adjacent case from Telford): 25yr old female attended A&E with a partner who insisted on staying and answering every question; patient had bruising to the neck and upper arms, and a tattoo of his name on her wrist. Partner said she was a 'masseuse' for his business.",
  "PSV", "SFW PA", "S")
T("MSVCC case note: Vietnamese female, 19, trafficked via France to the UK, worked first in a nail bar in Dudley and then in a brothel in Wolverhampton. Told she owed £25,000 for transport. Kept in the premises, not allowed a phone. Subject to violence from the male who ran the brothel. Identified during Op on 12/06. Conclusive grounds decision pending.",
  "DB RM ISO PSV AV", "RMS IS UF", "S L")
T("Woman who lives at a hotel in Telford with her boyfriend told hotel staff he was 'renting her out'. When staff asked again she denied it and said she was joking. Staff report she seemed frightened of him.",
  "", "FA", "S")
T("Parent reporting Instagram account offering 'private shows' using photos of girls from a Walsall school. Possibly a scam. Referred to CEOP and school.",
  "", "", "S", "high")
T("Anon. The house on Rookery Road has girls that come and go, never the same girls, a man called Ali brings them in a black Mercedes and takes them away again. they look about 16-17. he shouts at them. its been going on months",
  "", "ET", "S", "high")
T("Domestic servitude concern, Telford: elderly relative (71, Punjabi-speaking, dementia) kept in a back room and made to do laundry and cooking for the family of 8, not fed properly, her pension is collected by her grandson. Adult social care aware.",
  "AV WW AC", "NCW PA", "D")
T("Care home in Hereford: care assistant from Zimbabwe on a health & care visa says her sponsor company charges her £8,000 if she leaves within 3 years and holds her BRP. She works 72hrs a week. She is scared they will report her to the Home Office.",
  "DB RD EO IT", "DT LH FA", "L")
T("Sponsored carer in Dudley wants to change employer, contacted us to ask if her employer can stop her. Employer does not hold documents, pays correctly. Advised of her rights. No exploitation identified.",
  "", "", "")
T("Girl aged 17 found in a car with two adult men at Clent Hills car park at 0200, cannabis and alcohol in the car, she gave a false name. Men known for CSE related intelligence in Birmingham. Girl missing from home in Kingstanding.",
  "AV", "", "S", "immediate")
T("Gumtree job: 'Housekeeper wanted, live in, must be discreet, no days off, no phone use'. Reported by a member of the public in Solihull. Advert removed. No victim identified at present.",
  "", "", "")
T("Adult female, 33, Chinese, located at an address in Hereford after a tip off. She told officers (through a Mandarin interpreter) she was brought on a tourist visa to 'work in a restaurant' but has been made to sell sex for 8 months. She did not know what town she was in. She is not allowed out without one of the 'aunties'.",
  "DEC ISO RM", "IS RMS ET", "S")
T("Welfare check at a flat in Stafford Street, Walsall, after concerns an elderly man was being used as a 'slave' by his son. Found the son is his full-time registered carer, claiming carer's allowance legitimately, man well looked after. NFA.",
  "", "", "")
T("Member of public: I went to a massage place in Selly Oak and the girl started crying and said she has to do 'extras' or the boss won't give her dinner. she didn't speak much english. She looked really thin.",
  "AC", "PA", "S")
T("Girl 12 being groomed online by a man who's sending her money for pictures, he's told her that if she stops he'll send the pictures to her dad. Mum found messages. Halesowen.",
  "AV IT", "", "S", "high")
T("INT 3/B/P: 'Mama Joy' running a network of Nigerian women working from flats in Wolverhampton, Walsall and Dudley. Each woman pays her £2,000 a month on a debt that started at £40,000 for 'travel'. Women moved every few weeks. Mama Joy keeps the passports.",
  "DB RD", "DT UF", "S")
T("Girl from a Romanian family, 17, working as a 'cleaner' at an address in Lozells. Neighbours say she's there every day from early morning till late, never at school, family who employ her say she's a relative. She looked scared of them.",
  "AV EO", "LH FA", "D", "high")
T("Referral from a Birmingham refuge: woman, 44, who left her husband after 20 years. She says he controlled all their money and she had to ask for bus fare. Domestic abuse/economic abuse. No labour, sexual or criminal exploitation described. Support in place.",
  "", "", "")
T("A man approached two women outside New Street station and offered them modelling work in London. Women looked the company up, it doesn't exist. They did not go. Reported as suspicious.",
  "", "", "")
T("Lady in the restaurant kitchen in Worcester said the owner's wife hits her with a spoon when she is slow and she sleeps on the kitchen floor, she hasn't been paid since she came from Bangladesh last year.",
  "PSV AC WW", "SW", "L")
