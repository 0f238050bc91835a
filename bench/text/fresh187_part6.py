# fresh187 part 6: short intel logs, call logs, public reports
from fresh187_common import T

T("INT 2/B/P: POI KOVACS, Janos believed to be holding ppts of 8 Hungarian workers at 22 Ruskin Ave, Dudley.",
  "RD", "DT OA", "L")
T("INT 3/B/4 - Nail bar, High St Walthamstow. Staff sleep on premises. Girls look under 18.",
  "AV AC", "SW", "L", "high")
T("Source says the workers at the recycling yard on Canal St 'aint allowed out the gate' and the gaffer's got dogs.",
  "RM IT", "RMS", "L")
T("Car wash Bury New Rd - workers paid £30 p/d, 7 days, live above wash.",
  "WW EO", "LH SW", "L")
T("Int: POI DOGARU uses 14 different bank cards at the Halifax ATM on Westgate most Fridays, believed workers' wages.",
  "WW", "MBC NCW", "L")
T("3/B/P Female 'Lina' says she owes 'Boss' £8k for the visa and can't leave till it's paid.",
  "DB RM", "UF RMS", "")
T("caller says her daughters boyfriend has took her passport and wont let her out the flat in Hull, daughter is 20 and from Czech",
  "RD RM", "DT RMS", "")
T("Call 19:03 - male, Vietnamese speaker via Language Line, says he is locked in a house and wants to get out. Can hear banging. Location Ladywood area. IMMEDIATE.",
  "RM", "RMS", "", "immediate")
T("Neighbour: 'there's always men coming to the flat above the chippy, all hours, and I've seen a young foreign girl at the window crying. Never seen her outside'.",
  "", "IS", "S", "high")
T("INT 2/A/P - KHAN, Imran running sex workers in Luton from 3 flats. Women's phones taken when they arrive.",
  "ISO", "IS", "S")
T("Factory worker told GLAA the supervisor charges £10 a week 'for the job' and £45 for boots.",
  "WW", "UF PPE", "L")
T("Source: Polish lads on the building site in Sale get beaten if they're slow.",
  "PSV", "", "L")
T("POI transports workers from Leicester to a factory in Corby, charges each £15/day. Workers unaware of the address where they live.",
  "ISO", "CT ET IS", "L")
T("INT 4/C/4 - unconfirmed. Child (approx 12) seen carrying packages for adults outside Tesco Express, Hull Rd.",
  "AV", "", "C", "high")
T("111 call: male says his boss 'keeps all our money for us' and they only get a bit on Sundays. Caller then hung up.",
  "WW", "NCW", "L")
T("Member of public: the bloke who runs the massage place near the station always answers for the women and drives them home.",
  "", "SFW ET", "S")
T("INT LOG - 2/B/P: MEHMETI, Besnik (DOB 04/06/1987) is the controlling mind of a cannabis grow in Kettering using young Albanian males who are 'paying off their debt'.",
  "DB", "", "C")
T("she said im not alowed a phone and the lady dont let me speak to my mum",
  "ISO", "IS", "D")
T("Intel: Slovak family in Rotherham running begging children in Sheffield city centre. Children taken in car each morning.",
  "AV", "ET", "C", "high")
T("PCSO note: worker at kebab shop on Fratton Rd looked terrified when I asked his name, looked at the manager before answering.",
  "", "FA", "")
T("IP has been sleeping on a sofa at the takeaway where he works since June.",
  "AC", "SW", "L")
T("'Wages go to the boss, we get pocket money' - worker statement, strawberry farm near Hereford.",
  "WW", "NCW", "L")
T("Worker (Romanian, 20) at a construction site in Stratford told the LAO he works 'from sun up to sun down, every single day'.",
  "EO", "LH", "L")
T("Intel: eight females, believed Chinese, living in a 2-bed flat above a shop in Cardiff Bay. All work in the massage parlour below.",
  "AC", "OA", "S")
T("Whats app msg received by the hotline: 'help me they hit me every night, i am in a house in Bradford i dont know the street, they keep my ID'",
  "PSV ISO RD", "IS DT", "", "immediate")
T("INT 3/B/P: Recruitment agency in Hampshire charging Nepali care workers £10,000 each for sponsorship. Workers told they must stay 3 years or repay it.",
  "DB", "UF", "L")
T("IP says the men who brought him took his phone on day one.",
  "ISO", "IS", "")
T("Caller says the 'nanny' next door never leaves the house, is always in the same clothes and looks thin. Family are away a lot.",
  "", "IS PA", "D")
T("Log: female, 23, presented at Lewisham custody suite. States she was made to carry cocaine from Amsterdam by her boyfriend under threat of having her child taken.",
  "IT", "", "C")
T("Text to 999 (text relay): 'i cant talk, he's downstairs, he says hes gonna kill me tonight if i dont do the customers, 12 Bute St'.",
  "IT", "", "S", "immediate")
T("INT 2/B/4: workers at the Boston packhouse work 16-17 hours and are told there is no overtime pay.",
  "EO WW", "LH", "L")
T("Obs: 4 males exit 17 Pike Rd at 04:50, collected by white Sprinter, dropped back 22:30.",
  "", "CE", "L")
T("POI 'Razvan' collects ppt & bank cards from new arrivals in Grimsby. INT 3/B/P.",
  "RD WW", "DT NCW", "L")
T("Intel from NCA: UK-based OCG recruiting Hungarian women via Facebook 'cleaning jobs in London', in reality forced into prostitution.",
  "DEC", "", "S")
T("Anonymous letter: 'the girls at the salon are not allowed out for lunch and the boss shouts and throws things'.",
  "RM IT", "RMS", "L")
T("Info: POI said to be charging workers £30 a week for hi-vis and gloves at a Kent packhouse.",
  "WW", "PPE", "L")
T("Vic states she was 'told not to talk to the police or it'd be worse for her mam'.",
  "IT", "FA", "")
T("CCTV review shows a man escorting 3 women into the Hilton, Newcastle, every night at 8pm. Women never leave alone.",
  "RM", "ET RMS", "S")
T("INT 3/B/4: cuckooed flat at 9 Lowther St Carlisle. Occupant (learning difficulties) says 'the lads' took over and won't let him in his own bedroom.",
  "AV RM", "RMS", "C")
T("Guests at the car wash said one lad has two black eyes.",
  "", "PA", "")
