"""fresh258 part 1: labour exploitation (fishing, fish farms, hotels, nail bars, car washes, farms, construction)."""


def add(T):
    T("""INT 2/B/P. Source reports that crew on the prawn trawler BF-registered 'Silver Harvest' berthing at Fraserburgh are Filipino and Ghanaian nationals on transit visas. Source states the skipper holds all crew ppts in the wheelhouse safe and the men have not been paid for four months. They are not allowed ashore when the vessel is in port and sleep on board.""",
      "RD WW RM AC", "DT RMS SW", "L")
    T("""Fishermen's mission Peterhead called. Two deckhands came in asking for soap and socks. Say they work 20 hrs a day at sea, no days off in 6 weeks, skipper shouts at them. Paid £300 a month "when he remembers". Very thin, one has a bandaged hand from the winch.""",
      "EO WW AC", "LH PA", "L")
    T("Crew member off a Scrabster boat says the owner took his seaman's book and passport 'for the paperwork' and never gave them back.",
      "RD", "DT", "L")
    T("""Referral from Stella Maris port chaplain, Aberdeen harbour. Indonesian fisherman (IP Budi S.) approached chaplain in tears. Told in Jakarta he would earn $1,200 a month on a Scottish boat; has received $200 total in 7 months. Owes the Jakarta manning agency $2,000 'placement fee' which he says is deducted from his wages so he never gets anything. Frightened the agency will blacklist him and his family will have to pay. Sleeps on the boat, toilet broken since August. No shore leave permitted by skipper.""",
      "DEC WW DB IT AC RM AV", "UF SW PLC RMS NCW", "L")
    T("""Marine Scotland fishery officer boarding report, MFV 'Grace Ellen', Kinlochbervie. All crew had valid transit visas and contracts in their own possession, wages paid monthly into own accounts, payslips seen. Bunks clean. No concerns identified re: crew welfare.""",
      "", "", "")
    T("""Salmon farm, Isle of Lewis. Anon caller says 6 Romanian workers live in two static caravans behind the hatchery, 3 to a van, no heating. Boss deducts £120 a week from each for 'rent' and another £20 for the works van. They get taken to the cages at 5am in the van and brought back after dark. Caller says the men look scared and won't talk to anyone in the village.""",
      "WW AC", "OA PLC CT CE FA", "L")
    T("""Shetland, fish processing factory Lerwick. Staff welfare lead emailed: agency worker (Bulgarian) says her agency 'Northlink Staffing Solutions' keeps her bank card and gives her £50 cash each Friday. She doesn't know how much she earns. She lives in a house the agency owns with 11 others.""",
      "WW", "NCW OA", "L")
    T("""hi i work on the boats out of mallaig and theres a lad on the next boat who never gets off, been tied up 3 weeks and hes never been up the town once. skipper keeps him on a short leash think hes from sri lanka or somewhere, looks like hes starving honestly""",
      "RM", "RMS PA IS", "L")
    T("""SCRIBE log 26/11 2134. Caller at Ullapool pier reports crewman has jumped from vessel onto pontoon and is hiding in the public toilets, says skipper beat him with a rope and he will not go back. Skipper and two crew now walking the pier looking for him. Units requested urgently.""",
      "PSV", "PA FA", "L", "immediate")
    T("""Hotel, Pitlochry. Ex-employee (Polish, F, 24) attended Perth office. Recruited on Facebook for housekeeping at £10.90 p/h with free room. On arrival the 'free room' was a shared attic with 5 others and £90 p/w came off her wages for it. Worked 7 days a week, 10-12 hrs, told she'd be sacked if she complained. Manager kept her passport 'for HR'. Left after 3 months with £640 total.""",
      "DEC WW EO IT RD AC", "OA LH DT", "L")
    T("""Housekeeping supervisor at a large Edinburgh city centre hotel works 50 hours some weeks in festival season, paid overtime at time and a half, signed the 48hr opt-out herself and says she likes the extra money. Complaint was a pay query only, resolved by HR.""",
      "", "", "")
    T("""INT 3/C/P. Kitchen porters at the 'Glen Lodge Hotel', nr Aviemore, said to be brought in by a man called Gheorghe who takes their wages in cash off the owner every fortnight and 'gives them pocket money'. Porters sleep in the laundry room on mattresses.""",
      "WW AC", "NCW SW", "L")
    T("""Skye. Member of public reports a Vietnamese lad working in the hotel kitchen, 'never see him outside, he lives in there'. Asked him in the car park how he was and the chef came out and said 'he doesn't speak English, I'll answer'.""",
      "", "IS SW SFW", "L")
    T("""Nail bar, Byres Road Glasgow. Trading Standards visit with PS Scotland. Two female staff (Vietnamese, appear 15-17) present. Manager answered all questions for them. Both said they live 'upstairs' and could not give any address or say which town they were in. Both shook and would not make eye contact with officers. Girls say they do not get paid, 'auntie keeps money for the travel'. NRM referral considered, both taken to place of safety.""",
      "AV WW DB ISO", "SFW SW IS FA UF NCW", "L", "high")
    T("""Nails salon Dundee Perth Rd - the girls there work from 9 til 9 every day of the week I never see them off. They go into a silver Sharan at night all together and a man drives them. Doesn't seem right""",
      "EO", "LH CE ET", "L")
    T("""Intel: nail bar 'Lux Nails', Union St Aberdeen. Workers believed to be charged £40 a week for the lift to and from their accommodation in Torry, and £25 a week for 'tools and gel'. Female owner holds their BRPs.""",
      "WW RD", "CT PPE DT", "L")
    T("""Case notes, Migrant Help. Client Thi H. (F, 19) says she came to UK in a lorry, was told she'd go to college. Instead put in a nail shop in Kirkcaldy. 'They say I owe £28,000, I work to pay.' Client cannot read the debt ledger, amount goes up every month for food and rent. Phone taken on arrival, allowed to ring mum once a month with boss beside her.""",
      "DEC DB ISO AV WW", "UF IS", "L")
    T("""Nail bar in Inverness - licensing visit, all staff had NI numbers, contracts and payslips. Owner's family runs it; her daughter does the books. Nothing of note.""")
    T("""Hand car wash, Paisley Rd West. Anon online report: 'the boys work in the freezing rain with no gloves or boots, about 7 of them, they sleep in the container at the back. One told me boss take passport. They look terrified when the police drive past.'""",
      "AC RD", "SW DT FA PA", "L")
    T("""CW on A92 nr Glenrothes. Workers Albanian. Believed to have been brought over by the car wash owner on promise of £500/wk, get £20 a day. Told they owe £4k for the trip each. Someone drives them from house in Methil at 0630 every morning.""",
      "DEC WW DB", "UF CE", "L")
    T("""Car wash Kilmarnock - workers told PC VEITCH that boss said if they spoke to police he would have them 'sent back in a box'. All 5 living in one flat above the unit.""",
      "IT", "OA FA", "L")
    T("""Hand car wash, Dundee. Joint visit with GLAA/HMRC. 4 workers, all with own ID and payslips, paid min wage by BACS into own accounts, live in own rented flats. PPE supplied free. Owner cooperative. No indicators.""")
    T("""Berry farm, Blairgowrie. Seasonal worker (Kyrgyz, M) phoned helpline. Visa sponsor's recruiter in Bishkek charged him $3,000 for the job; he borrowed it from family. On the farm he gets 4 hrs picking some days because there isn't enough fruit, so he earns £150 a week and can't repay. Lives in a caravan with 5 others. Says supervisor screams at them and threatened to 'cancel visa' if they complain.""",
      "DB IT AV AC", "UF OA", "L")
    T("""Tattie squad, Angus. Gangmaster not licensed (GLAA check nil). Workers picked up at 0500 at the Morrisons car park in Forfar, back at 2000. £5 a day each taken for the bus. Workers say they don't get a payslip and 'the boss keeps the cards'.""",
      "WW", "CE CT NCW", "L")
    T("""Farm, Moray. Man (Scottish, 50s, learning difficulty) has lived in a byre on the farm for years, works the cattle every day, gets 'fags and his dinner'. Farmer manages his benefits. Neighbour says he's got nothing but the clothes he stands in and looks filthy.""",
      "AV WW AC EO", "SW FPE PA NCW PLC", "L")
    T("""Asparagus packing shed, Fife. Agency workers from Romania told they must buy boots and hi vis from the supervisor at £45 and that it'll come off first week's pay.""",
      "WW", "PPE", "L")
    T("""Building site, Leith. CSCS card check by main contractor found 8 labourers with cards in other names. Labourers say a gangmaster 'Dritan' got them the cards and they pay him back £100 a week. He collects the wages from the sub-contractor in cash. The men are scared and wouldn't give their addresses.""",
      "WW DB", "NCW FA", "L")
    T("""Roofing crew Ayrshire - the gaffer picks them up at the hostel in Ayr at half 5 and they do 12 hr days on the roofs with no harnesses. He pays them £20 each a day. 2 of them are homeless guys he found at the soup kitchen. One of them had a black eye last week and said the boss did it.""",
      "AV WW AC EO PSV", "CE LH PA", "L")
    T("""Block paving gang, Scottish Borders. Vulnerable male (alcohol dependent) found living in a horse box on the traveller site at Hawick. States he has worked for the family for 3 years laying driveways, paid in 'drink and tobacco'. Says he was hit with a shovel when he tried to leave last year and doesn't know where he'd go. Has no ID - family 'looks after it'. Very underweight.""",
      "AV WW PSV RD AC", "PA DT PLC", "L")
    T("""ok so theres a guy working on the new build next to me in Cumbernauld and hes on site from before 6 til after 10 every night sleeping in the welfare cabin. nobody picks him up and he never leaves. i gave him a roll and he near cried""",
      "AC EO", "SW LH IS", "L")
    T("""Care home, Aberdeenshire. Nurse recruited from Kerala via agency says she was charged £9,000 in fees in India. Her contract has a clause that she owes £6,500 to the home if she leaves in the first 3 years. Works 60-hr weeks, says manager reminds her she will be 'reported to Home Office' if she resigns, as her visa is sponsored by the home.""",
      "DB IT EO AV", "UF LH", "L")
    T("""Care worker (Zimbabwean) at a home care agency in Dundee. Rota shows double shifts 7 days, 80+ hours, unpaid travel time between clients, net pay works out about £4 an hour. Agency holds her passport 'until sponsorship fee is repaid'.""",
      "EO WW RD DB", "LH DT", "L")
    T("""Warehouse, Eurocentral. Agency worker states the agency boss takes his wages, pays him £100 and the rest 'for the room and debts'. Has 3 other lads' bank cards in his wallet too when stopped - says he is 'holding them for the boss'.""",
      "WW DB", "NCW MBC", "L")
    T("""Takeaway, Elgin. Chinese male (50s) works in kitchen. Staff from next door say he never leaves, sleeps on the floor of the store room, boss shouts at him. He told them in broken English he 'has no paper'.""",
      "AC AV", "SW IS", "L")
    T("""Statement excerpt (translated from Romanian): 'The man, Costel, he told us good money in Scotland at the fish factory, £1,700 every month. We pay £300 each for minibus. When we come to Peterhead he take our ID cards and say we must pay him £50 every week for the bed. Seven men in one room. We work night shift, then he send us to clean the car wash in day. We never have free day. When Ionut say he go to the police Costel hit him in the face and say he know where his mother live.'""",
      "DEC RD DB WW AC EO PSV IT", "UF DT OA LH PA", "L")
    T("""Fish farm, Argyll. Diver reports that he saw a worker on the feed barge at 2 a.m. who said he was kept out there 'for the whole week', the boat only comes on Fridays. Told the diver he wasn't allowed to call anyone and his phone was with the site manager.""",
      "ISO RM EO", "IS RMS", "L")
    T("""Labour exploitation suspected, Orkney. Two Filipino men working at a fish processing unit Kirkwall. Employer has advertised in Filipino Facebook groups for 'Scotland work, accommodation provided'. Both men owe the employer for their flights. Nothing else known at this time.""",
      "DB", "UF OA", "L")
    T("""Shellfish processing, Oban. Worker said: 'Boss gives me card but he knows PIN, every week he takes money out.' Asked if he felt safe at work, said 'yes, just money problem'.""",
      "WW", "NCW", "L")
    T("""GLAA intel. Labour provider 'Caledonian Agri Staff Ltd' supplying pickers to three farms in Perth & Kinross. Workers' wages paid to 4 accounts, each with 10+ workers' names on payroll linked. Approx 40 bank cards found during search of the director's home in Coupar Angus.""",
      "WW", "NCW MBC", "L")
    T("""Chambermaid at a hotel in Fort William says she gets paid per room cleaned (£2.50 a room) and often finishes the day with under £30. No contract, paid cash. Manager took her passport copy only - she has the original.""",
      "WW", "", "L")
    T("""Restaurant, Glasgow Merchant City. Waiter on a skilled worker visa told Citizens Advice that the owner makes him repay £200 every month of his 'certificate of sponsorship', which the owner says cost £8,000. Worker is frightened of losing his visa. He is paid correctly otherwise.""",
      "DB AV", "UF FA", "L")
    T("""Inverness. Landscaping firm. Young man with autism (22) reported by his mum: 'he's been going out with them since summer, 7 till 7, they give him a tenner a day and tell him he's learning the trade. They've had him driving the dumper. He came home with cuts on his arms and said they made him carry slabs with no gloves.'""",
      "AV WW AC EO", "LH PA", "L")
    T("""Community intel Fraserburgh: Latvian crew workers for a local boat living 12 to a 3-bed house on Commerce St. Owner of the house is the boat owner's brother.""",
      "", "OA", "")
    T("""Scallop diving boat, Kyle of Lochalsh. Diver (Lithuanian) says skipper makes them dive beyond safe limits, no decompression stops, 'or you go home with nothing'. Paid share of catch, share often withheld for 'fuel'.""",
      "AC IT WW", "", "L")
    T("""IP states: 'I come from Vietnam for work in restaurant, they say. When I arrive they put me in house in Dumfries with plants. I water plants and sleep there. Door lock from outside. Man come every two days with food. I don't know where I am.'""",
      "DEC RM ISO AC", "RMS SW IS", "C")
    T("""Intel from NHS A&E Ninewells: male (Polish) attended with crush injury to foot from a forklift at a potato packing site. Says he has worked 14 hours every day for 3 weeks, supervisor drove him to hospital and waited in cubicle, answering questions for him. Refused interpreter when supervisor present.""",
      "EO", "LH PA SFW ET FA", "L")
    T("""Quarry, Caithness. Worker says he's paid in cash £250 a week for 70 hours and that the boss 'docks' him £50 if he's late. No PPE given: he bought his own boots.""",
      "WW EO AC", "LH", "L")
    T("""Fish processing plant Peterhead, welfare visit by SFO. Workers, mostly Latvian and Lithuanian, through a recognised agency, own accommodation, union rep present on site. Long shifts during the herring season, but paid overtime and all workers said they chose it. No exploitation concerns.""")
    T("""INT 2/A/P. Car wash 'Supa Shine', Aberdeen Rd Dundee. Owner HOXHA, Arben (dob 12/03/1984) collects workers from HMO at 23 Clepington Rd at 0700 in white Transit SY19 KXP. Workers not permitted to use their own phones at work, handed in to HOXHA each morning. Two workers believed to be under 18.""",
      "ISO AV", "CE IS OA", "L", "high")
    T("""From the Salvation Army first responder form: PV (M, Sudanese) worked in a car wash in Greenock for 8 months after his asylum claim was refused. Owner knew he had no status and paid him £15 a day. Threatened to call immigration if he stopped coming. Slept on the floor of the owner's cousin's flat with 6 others.""",
      "AV WW IT", "FA OA", "L")
    T("""Message to Crimestoppers: my mate works at a hotel on Loch Lomond, she says the Romanian girls in the laundry are locked in the staff block at night and the manager has the only key. They were told they'd get £12 an hour and they get £6.""",
      "RM DEC WW", "RMS", "L")
    T("""Construction: Edinburgh. Joiner (Ukrainian, Homes for Ukraine scheme) says the man who gave him work has not paid him for 5 weeks, owes him £2,300. Joiner has his own passport and lives with his sponsor family. He says he can stop working any time; he just wants his money.""",
      "WW", "", "L")
    T("""Recycling plant, Motherwell. Workers sorting waste with no gloves or masks, several with cuts. They are driven in from a house in Wishaw in a Luton van with no seats at 5am. Owner said they 'volunteer' in exchange for food.""",
      "AC WW", "CE PA", "L")
    T("""Translated account (Tigrinya): 'I paid the agent in Libya and then again in France. In Glasgow a man said I can work off the rest in his shop. I work every day and he writes in a book what I owe. Each week the number is more, not less. He says if I run, his friends in Eritrea will visit my sister.'""",
      "DB IT EO", "UF", "L")
    T("""Salmon smokehouse, Argyll. Agency boss collects workers' passports when they arrive 'for right-to-work checks' and keeps them in his office safe. Workers asked for them back to go home at Christmas and were refused.""",
      "RD RM", "DT", "L")
    T("""Hotel, Inverness. Porter says manager told him 'you are lucky I give you job, if you leave I call police and say you steal'. He is from Bangladesh, student visa expired.""",
      "IT AV", "FA", "L")
    T("""Forestry, Dumfries & Galloway. Gang of 6 Romanian men felling timber in the Galloway Forest, living in tents in the forest with no water or toilet, driven to the Tesco in Newton Stewart once a week by the boss. Say they are paid at the end of the contract 'maybe'.""",
      "AC ISO WW", "PLC ET IS", "L")
    T("""PC DUNCAN note: spoke to youths at the Aberdeen beach car wash. All 4 Kurdish, 2 state they are 16. Boss 'Kawa' pays them £30 a day and they sleep in the cabin. One youth said Kawa told him if he goes to social services he'll be deported.""",
      "AV WW IT AC", "SW FA", "L", "high")
    T("""Farm labourers on an estate nr Huntly: worker (Scottish, 19, care leaver) says the farmer lets him live in the bothy 'for free' but hasn't paid him since the summer; told he 'owes for his keep'. Hasn't seen his social worker in months because the farmer won't drive him to town.""",
      "AV WW DB ISO", "IS SW", "L")
    T("""Dundee nail bar. Customer says one of the girls had bruises on both arms and when asked she whispered 'boss angry'. Owner came over and took over the conversation.""",
      "PSV", "PA SFW", "L")
    T("""intel log 0412/27: Hotel 'Highland Heights', Kingussie. Live-in kitchen staff (3x Indian nationals) told by owner the rooms cost £450 pcm each and their pay is £800 pcm for 6 days/60 hrs. Owner's wife drives them to the bank to withdraw cash for the 'rent'.""",
      "WW EO", "LH ET", "L")
    T("""Edinburgh, Gorgie. Call from a Polish woman worried about her brother who went to work for a man in Leith on building sites. He rang her at 3am from a stranger's phone, said the man beats them, they sleep in a garage and he doesn't know the street. She has not heard since. Number he rang from: 07700 913 442.""",
      "PSV AC ISO", "IS", "L", "immediate")
    T("""Debrief note (Lithuanian male, recovered from a labour gang in Fife): 'Every Friday I went to the cash machine with Tomas, I put card, he takes money, then he gives me card back till next Friday. I never saw my wage. He said it was for the debt for the bus from Vilnius. Every week there was new fine, for smoking, for talking, for slow.'""",
      "WW DB", "NCW ET UF", "L")
    T("""Call to GLAA: 'We're a small farm in Fife and hired 10 pickers through an agency this year. One of them told me the agency took £1,200 off him back home for the job. Is that allowed?' Worker still employed, paid properly by us.""",
      "", "UF", "L")
    T("""Bakery, Glasgow East End. Owner's nephew (16, Pakistani) works in the bakery from 3am before school and after school until 10pm, never paid, sleeps on a camp bed in the back. School says he's falling asleep in class.""",
      "AV WW EO AC", "SW LH", "L", "high")
    T("""Caller from a hotel in Oban said the night porter there has been on every night for months and sleeps in the linen cupboard during the day. 'I asked him when his day off was and he laughed.'""",
      "EO AC", "LH SW", "L")
