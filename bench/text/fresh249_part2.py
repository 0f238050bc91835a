# fresh249 part 2: sexual, criminal, domestic servitude and organ harvesting, still money-heavy.
E = []


def T(text, ind="", sig="", typ="", risk=None):
    E.append((text, ind, sig, typ, risk))


T("""INT 2/B/P. Source states females working from flat 3, 22 Lorne St, Reading, are advertised on
AdultWork. A male known as 'DRAGAN' drops them off and collects all the cash at the end of each
night. The females are allowed to keep £20 a day for food.""",
  "WW", "ET NCW", "S")

T("""She said he was her boyfriend at first, he bought her clothes and paid for her to come to London.
Then he said she owed him £5,000 and she had to 'be nice' to his friends to pay it off. All the
money the men gave went to him.""",
  "DEC DB WW", "UF NCW", "S")

T("""999 call 23:14: female caller whispering, says she's locked in a bedroom at 41 Elm Grove,
Sunderland, man has her phone and passport and 'is going to make her go with another man tonight'.
Line went dead. Units dispatched.""",
  "RM ISO RD", "RMS DT", "S", "immediate")

T("""Brothel intel Newcastle. Girls have to pay the madam £400 a week 'rent' for the room even if they
have no clients. If short, debt carried over. Madam keeps the phones the adverts are on. Source is a former receptionist.""",
  "WW DB", "", "S")

T("""Case note: K (16) told her social worker that a man she calls 'Tiny' gives her weed and vodka and
then takes her to parties where she has to have sex with his friends. He says she owes him for
the weed. K has been missing from her care home 5 times this month.""",
  "AV PSV DB", "", "S", "high")

T("""INT 3/B/P. Cash from the massage parlour on Station Road goes into a business account in the name of
the owner's wife. The Chinese women working there have no bank accounts, paid nothing directly. Bank has submitted a SAR.""",
  "WW", "NCW", "S")

T("""Sex worker (independent, British, 38) reported a client who refused to pay and damaged her car.
She works from her own flat, sets her own prices and keeps her earnings. No third party involved. Crime recorded as criminal damage and making off without payment.""",
  "", "", "")

T("""Online ads for the same 4 women reposted in Leeds, Bradford, Sheffield and Hull on a weekly rota, all
paid for from one prepaid card. Phone numbers all answered by the same male voice. Analyst notes the adverts use stock phrases translated from Romanian.""",
  "", "SFW", "S")

T("""Victim account (translated from Hungarian): "He told me it is a cleaning job in a hotel. When I
came he said there is no job, I must work with men. He take all money from the men. If I say no
he beat me. He say my little brother will have problem.\"""",
  "DEC WW PSV IT", "", "S")

T("""Hotel staff (Premier Inn, Milton Keynes) report a young woman in room 214 for the 3rd night, a
man pays for the room in cash and stays in the car park. Several different men going up to the
room. She came down once to reception and asked what town she was in.""",
  "ISO", "IS", "S")

T("""Intel: Whatsapp group used to manage 'girls' in the Midlands - controller posts each girl's
takings per night and sets a daily target of £600. Girls short of target are 'fined'. Screenshots obtained from a seized phone in Nottingham. Around 11 women named.""",
  "WW", "", "S")

T("""RIGHT NOW - my mates cousin is in a flat in Luton she just messaged saying the men wont let her
leave and there taking her to a house tonight to sleep with men she is 15 please send someone""",
  "RM AV", "RMS", "S", "immediate")

T("""County lines: 14-year-old from Lewisham found in a trap house in Margate with £700 cash and 30 wraps.
Said he had to work off a 'debt' of £1,500 after he was robbed of the drugs - believes the robbery
was set up by the line holders. He was not allowed to leave until the line 'was dry'.""",
  "AV DB RM", "RMS", "C", "high")

T("""Cuckooing - Flat 12 Aldermoor House. Tenant (vulnerable adult, heroin user) says 'the London lads'
have been in his flat 3 weeks, they give him a bag a day and use his bank account to move money.
His PIP goes straight to them.""",
  "AV WW", "NCW", "C")

T("""INT 2/B/P: Source states male nominal 'J-BOY' recruiting local schoolkids in Grimsby to run drugs,
pays them £50 a day but 'taxes' them for anything lost, one lad owes him £900. Schools in the area have been informed.""",
  "AV DB WW", "", "C", "high")

T("""Cannabis factory, Wolverhampton: 3-bed semi converted for cultivation, windows blacked out,
doors screwed shut from outside. Vietnamese male (appears 17-18) found sleeping on a mattress
in the loft. Says he was brought by lorry, owes 'the boss' £20,000 and must watch the plants until
paid. He has not been paid anything and has no phone.""",
  "AV DB RM ISO WW AC", "SW RMS IS UF", "C", "high")

T("""Money mule - student at Nottingham Trent let 'a friend of a friend' use her account for £200. Funds
of £14k passed through. She says no one made her. Interviewed under caution. She does not want to be a witness.""",
  "", "", "")

T("""Young people being paid in clothes and trainers then told they owe for them and must go 'OT' to pay
it back. YOT worker says two lads from her caseload have gone missing for days at a time.""",
  "AV DB DEC", "", "C", "high")

T("""Forced begging: Romanian woman with walking stick dropped at Oxford St each morning at 7 by a
silver Passat and collected at 7pm. The man in the car takes the cup. She doesn't speak English. A shop worker has seen her there for months.""",
  "WW", "CE ET NCW", "C")

T("""Benefit fraud/exploitation - DWP intel. Controller ALI (nom) arranges for Slovak families to
register at his address in Derby, then claims UC and Child Benefit for them into accounts he
controls. Families get a fraction. One father told DWP ALI keeps 'the papers' of all the families.""",
  "WW RD AV", "NCW MBC DT OA", "C")

T("""Shop theft gang: 4 Romanian teenagers arrested in Primark Birmingham with foil-lined bags.
Interpreter: they say a man sends them out every day and they must hand over everything they take;
if they come back with nothing they are not fed.""",
  "AV AC", "", "C", "high")

T("""Vulnerable male (learning disability) being used to collect parcels of drugs for a dealer in exchange
for 'mates rates' on cannabis. Dealer has his bank card and the PIN and takes his ESA. Referred to adult social care.""",
  "AV WW", "NCW", "C")

T("""INT 3/C/P: male nominal believed using 7 foreign nationals' bank accounts to launder drug money.
Account holders are pickers at a farm in Cambs; the nominal opened the accounts when they arrived.
Workers think they are simply receiving wages. Financial investigator allocated.""",
  "WW", "MBC NCW", "C")

T("""Domestic servitude: Filipina housekeeper for a family in Kensington. Came on an Overseas Domestic
Worker visa. Works from 6am until the family go to bed, cares for 3 children, no day off in 8
months. Salary £200 a month paid to her agency in Dubai. Employer holds her passport. Not allowed
out except to take the kids to school. Sleeps on the floor of the children's room. She has been allowed to phone her mother in Manila only twice. The referral came from a school receptionist who noticed the bruising on her hand and that she was crying at drop-off. The family have diplomatic links and a lawyer has already contacted the local authority. Case allocated to the Met's Modern Slavery and Child Exploitation team.""",
  "EO WW RD RM AC", "LH NCW DT RMS", "D")

T("""Case note: Mrs A (Nigerian, 45) brought to UK by a 'church sister' to help with her children and
promised she would study nursing. For 6 years she cooked, cleaned and did the childcare for the
family in Croydon. Never paid - told her money was being 'saved for her'. When she asked for it
the family said she was ungrateful and that she was illegal and would go to prison if she told
anyone. Mrs A's friend from a different church drove her to a Citizens Advice office after she broke down during a service. She has no bank account, no phone of her own and has never seen her passport since she arrived, as the family 'keep the papers'. She is staying with the friend and has been referred to the Salvation Army.""",
  "DEC WW IT AV RD ISO", "FA DT", "D")

T("""Neighbour concern: young girl (about 13) living with a family next door, never goes to school,
I see her hanging washing and carrying shopping all day, she's not their daughter. When I said
hello the mother came out and pulled her in.""",
  "AV RM", "RMS", "D", "high")

T("""Elderly Indian lady brought over by her son 'to help with the grandkids'. Now does all the housework,
sleeps in the utility room, son collects her pension from India into his account. She told her GP
she is 'a servant in my own son's house' and cries when asked about home.""",
  "AV WW AC", "NCW", "D")

T("""Au pair (Spanish, 19) in Surrey host family: working 60+ hours a week, pocket money reduced from
£100 to £40 because she 'broke a vase'. Host mother keeps her passport in the safe and she has to
ask to go out in the evening.""",
  "EO WW RD RM AV", "LH DT RMS", "D")

T("""The lady said "I wash, I cook, I iron for the family of ten. I don't eat with them. I eat what
is left. They never pay me one pound. Madam say my salary go to my father in Bangladesh, but my
father say he get nothing.\"""",
  "WW AC DEC", "NCW", "D")

T("""Domestic worker escaped from a flat in Knightsbridge after the employer's wife threw hot tea at her.
Bruises and burn marks on arms. Had not been paid for 14 months, phone confiscated on arrival. She is staying with a friend from church.""",
  "PSV WW ISO", "PA", "D")

T("""INT 2/B/P. Source states Eritrean female kept as housemaid by a family in Leicester. She is not
allowed a key and the door is locked when the family go out. Source states she is paid nothing and
the family hold her papers.""",
  "RM WW RD", "RMS DT", "D")

T("""Organ harvesting intel (NCA): male (Pakistani national, 24) approached a Manchester hospital
asking about 'selling kidney'. Says a man in Bradford promised £10,000 to clear his debt and a job
after. He was told he would travel to Turkey for 'the operation'. Has already given his passport to
the man.""",
  "DEC DB AV RD", "DT", "O")

T("""Caller reports her brother has been told by his employer he can cancel his £6,000 recruitment debt
if he agrees to 'donate' a kidney to a relative of the boss in India. He's been sent for blood
tests. He has already paid £2,000 of it.""",
  "DB", "UF", "O L")

T("""Transplant unit note: living donor assessment for Mr B (donating to his sister). Independent
Assessor satisfied there is no reward or coercion. HTA approval granted. Donor and recipient have the same GP and live together in Oldham. Both informed of their right to withdraw at any stage.""",
  "", "", "")

T("""Man has a fresh scar on his side, says he sold a kidney in Egypt before coming to the UK to pay the
smugglers, received less than half what he was told. Now working in a car wash and still owes.""",
  "DEC DB", "PA", "O L")

T("""Welfare check: young woman found at an address in Ilford after family reported her missing. She had
been told by a man she met online that he would marry her; he now makes her work in his uncle's
house cleaning and cooking, and has taken her bank card and the money her parents sent her. Not
allowed to go out alone.""",
  "DEC WW RM", "NCW RMS", "D")

T("""Log 1902 - caller states there is a man in a car outside the Lidl on Cheetham Hill Rd with a lad
of about 12 in the back, the lad is crying and the man is hitting him and telling him he has to
go in and 'get the stuff' or he'll get worse. Happening now.""",
  "PSV IT AV", "", "C", "immediate")

T("""Adult social care referral: Mr D (64, brain injury) lives with a 'friend' who moved in last year.
Friend has taken over his bank, pension and PIP, controls who visits, and Mr D sleeps on the sofa
while friend has the bedroom. Mr D appeared unkempt and had lost weight.""",
  "AV WW ISO", "NCW IS PA", "")

T("""Intel: Chinese sex workers moved between short-let flats in Glasgow every 2 weeks. They do not know
which city they are in. A driver brings food and takes the money. Entry to the flats is by key safe
and the women have no code.""",
  "ISO WW RM", "IS ET NCW RMS", "S")

T("""INT 2/B/P. Source states TRAN Van Minh (nom) pays £5,000 debt per worker to smugglers and then puts
the workers in nail bars across Kent. Workers receive no wages until debt is 'cleared'. Source
states one girl tried to leave and was beaten in front of the others as a warning.""",
  "DB WW PSV IT", "UF", "L")

T("""Social worker: 15-year-old girl in care has a new iPhone, new clothes and a 'boyfriend' in his 20s.
She says he gives her money. She's been found twice in a hotel in Rochdale. She won't say his name.""",
  "AV", "", "S", "high")

T("""A lad from my estate told me they give him a phone and £50 and send him to Aberdeen on the train
with the stuff inside him. If he comes back short they take it off his brothers. He's 15.""",
  "AV IT", "", "C", "high")

T("""Met intel: female, 22, Albanian, told officers she was brought over by her 'fiancé' who put her in a
flat in Slough and sold her for sex. He kept her ID, took all the money and told her that if she ran
his family would hurt her sister in Tirana. She was 'allowed' to call her mother once a month while
he listened. She was found after a customer took her to a church in Reading, where the pastor called police. She now wants to go home but is scared that her fiancé's family will find out and take it out on her sister. Referred to the NRM, Salvation Army safe house. Her ID card has not been recovered. The fiancé is believed to have left the UK.""",
  "DEC RD WW IT ISO", "DT NCW IS", "S")

T("""Sex work ad analysis: 'new girl, just arrived, young and fresh' - 20 adverts, same phone number,
8 different women. Booking done by a third party. Ads run on two sites. Booking messages answered by the same person around the clock.""",
  "", "SFW", "S")

T("""I was made to do the sex with men in a house in Birmingham, maybe ten men each day. Man called Alex
take all money. I am not allowed to go out. He give me drugs to keep me working.""",
  "PSV WW RM", "RMS", "S")

T("""Police in Bristol attended a report of a girl, 14, who came home with £300 and a new phone. Mum
worried. Girl says she's been 'doing drops' for her boyfriend's mates and they keep most of what
the drugs sell for. Girl refused to name anyone.""",
  "AV WW", "FA", "C", "high")

T("""INT 3/C/P. Information that a Vietnamese girl, possibly 15, has been placed in a cannabis grow at an
address in Leigh by her 'uncles'. She is not allowed out and has food delivered. Debt of 'many
thousands'. Passed to GMP.""",
  "AV RM DB", "RMS", "C", "high")

T("""Case note: Older man (learning difficulties) living in a caravan on a Traveller site in Kent says he
has worked tarmacking for the family for 'as long as I can remember'. Never paid. The family draw
his benefits from the post office with his card. He sleeps in a horsebox.""",
  "AV WW AC", "NCW PLC", "L")

T("""Hostel staff concern: resident (homeless, alcohol issues) keeps getting collected by a man in a van
at 5:30am, comes back drunk at night with no money. Says he does 'a bit of labouring' for the man
who pays him in drink.""",
  "AV WW", "CE", "L")

T("""Enforcement visit to a hand car wash in Hereford found two Kurdish men aged about 16-17 working
without gloves in the cold. One said he was paying back the men who brought him on the lorry. Referred to children's services.""",
  "AV DB AC", "", "L", "high")

T("""Child exploitation: boy aged 13 missing from home since Friday, mum found texts from an unknown
number ordering him to 'get to the station' and threatening to 'splash' him if he didn't. Phone
last polled in Southend. Believed with a county line.""",
  "AV IT", "", "C", "immediate")

T("""Benefit fraud - elderly Bengali woman in Tower Hamlets: her son-in-law claims Carer's Allowance for
'caring' for her while she does all the cooking and cleaning for his family of 8. Her pension is
paid into his account. Reported by her GP.""",
  "WW AV", "NCW", "D C")

T("""INT 2/B/P: Source states BAKER (nom) runs a street-begging group in Leeds city centre using homeless
men with addictions. He supplies spice and takes the money at the end of each day. Men who don't
hand over enough are beaten.""",
  "AV WW PSV", "", "C")

T("""Girls at the Ilford brothel each give the manager their bank card on arrival 'so the money is
safe'. She has about 15 cards in a drawer. Source is a cleaner at the address who has seen the drawer.""", "WW", "NCW MBC", "S")

T("""Organ trafficking concern (Border Force): male travelling with older 'uncle' to Heathrow with
medical letters for a kidney transplant at a private clinic abroad. Male unable to say who the
recipient is. Uncle holds both passports and speaks for him.""",
  "RD", "DT SFW", "O")

T("""She was kept in the house to look after the old mother. Every day from morning until night. The
son had her passport. She has no money, no phone, she doesn't know where the house is. She was found by a social worker.""",
  "EO RD ISO WW", "DT IS LH", "D")

T("""MASH note: 17 y/o male being groomed by older males in Stoke; paid £20 to hold 'a package' then told
he owes £2,000 when the package 'went missing'. He's now scared to go out and his mum says he's
being told to go sell in Crewe.""",
  "AV DB", "FA", "C", "high")

T("""Intel - Brazilian women working in a 'lap dancing' club in Soho pay £120 house fee per night to dance.
Some nights they earn less than the fee and leave owing the club. Manager pressures them to do
'private' extras.""",
  "DB WW", "", "S")

T("""Report from housing officer: the woman in flat 7 says her partner's family make her work in their
shop all day without pay and take her child benefit. She is not allowed to see her own family. She has two young children.""",
  "WW ISO", "IS", "L D")

T("""Log 0214: female flagged down a taxi on the A38, barefoot, says she escaped from a house in Derby
where she was being made to sleep with men. Says another girl is still there and 'they are going
to move her tonight'. Female has bruising to face.""",
  "PSV", "PA", "S", "immediate")

T("""Taxi driver intel: regularly asked to take young girls from a kebab shop in Keighley to different
houses late at night. The older men pay the fare. Girls look 14-15. Driver says they're usually quiet and one was crying last week.""",
  "AV", "ET", "S", "high")

T("""Intel: the man who runs the car wash also controls three flats above a shop in Chelmsford where women
sell sex. Cash from both goes to the same man. Source: a regular at the car wash who has seen money handed over.""", "", "", "S")

T("""Victim statement excerpt: "They made me shoplift from Boots every day - razors, perfume. If I didn't
bring enough they took my methadone script off me. They kept my benefit card.\" Statement taken at Wood Street police station.""",
  "AV WW", "NCW", "C")

T("""Trafficked to the UK at 11, brought up by a 'guardian' in Hackney who kept her out of school and made
her clean and mind the younger children. Now 19, she has no papers - the guardian destroyed
them - and has never been paid.""",
  "AV WW RD", "DT", "D")
