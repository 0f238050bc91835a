T("Kidney transplant at QEH went ahead today, donor is pt's brother, all HTA living donor assessments completed. Pt recovering well.")
T("INT indicates a male known as 'DOKTOR' is recruiting homeless Romanian men in Birmingham city centre, promising £5,000 cash for 'a small operation' in Turkey. Two men already travelled from BHX in Sept and have not returned. 2/C/P",
  "AV", "", "O")
T("Debrief account, translated from Urdu. My employer in Lahore said I could go to England and earn to clear my father's loan. In Birmingham they said before I work I must give one kidney to a man's relative, and then the loan will be finished. They took me to a clinic abroad. After, I was in pain for weeks and they told me if I spoke to anyone my father would be arrested in Pakistan for the loan.",
  "DE DB AV IT", "", "O")
T("A&E: 26 yo Moldovan male, fresh nephrectomy scar (approx 3 wks), wound infected, states operation was 'in Istanbul'. Says he was paid €3,000 but a man who arranged it kept most of the money. Very thin. Reluctant to give address, worried about police.",
  "", "pa foa", "O")
T("Op BRAMBLE — follow-up. Victim (Eritrean, 19) confirms he was offered the journey to the UK free if he 'sold a kidney' in Cairo. He did not agree; his cousin did. Cousin now in Coventry, HO reference obtained. Victim has not been harmed himself and is staying with friends.",
  "", "", "O")
T("ppl at 23 Wharf st keep bringing new girls every couple of weeks, different cars all night, the girls never come out except to have a fag in the yard and theres always a big lad with them. the windows have boards on",
  "RM", "", "S")
T("POI HOXHA, Arben. Controls 3 pop-up brothels in Nottingham City (Airbnb lets, rotated weekly). Females (Romanian, Hungarian) advertised on AdultWork. INT suggests females hand all earnings to POI and receive 'allowance'. 2/B/P",
  "WW", "ncw", "S")
T("Adult sex worker (F, 31, British) reported a client for theft of her phone. She works independently from her own flat, keeps her own earnings, and did not disclose any third-party control. Crime recorded.")
T("Referral, Birmingham Children's Trust: Boy (12) found begging at New St with an adult female claiming to be his aunt. Not in school since Sept. Aunt states he is 'helping the family'. Boy said he must bring home £50 a day or he is not fed.",
  "IT", "", "C", "c")
T("Caller from Oadby: her cleaner, a Filipina lady who she pays £14/hr, told her that in the house where she lives-in for a different family she has to sleep on the kitchen floor, isn't allowed to go out on her day off, and the wife keeps her passport in a drawer. Cleaner only comes to the caller on Tuesdays while the family are at work and made her promise not to say.",
  "AC RM RD", "", "D")
T("this is a shout out to whoever runs the nail place by the bus station you are a disgrace those poor girls look about 15 and they are there when i go to work at 7 and still there at 10 at night",
  "EO", "", "L")
T("Kalayaan caseworker: Client, Indonesian, 38, entered on overseas domestic worker visa with a Saudi family in Mayfair then moved to their house in Solihull. Worked 18 hrs/day, slept in the children's room, no day off in 2 years. Paid nothing in UK — employer said her salary went to her agency in Jakarta. Left through a back gate when the family went to the airport.",
  "EO WW AC", "ncw", "D")
T("Family of 9 living in a 3 bed council house in Lozells reported by housing officer for overcrowding. All members are relatives; adults work in local shops and keep their own wages. Housing referral for larger property.")
T("Vehicle stop A38 — Transit VRM YX15 *** with 11 Romanian males, 3 in the load area with no seats. Driver (nom POPESCU) speaks for all, states they are going to a construction site in Derby. Males say they pay £10 each per day for the lift. Two produced ID, the rest said their documents are 'with the boss'.",
  "RD", "sfw ct et", "L")
T("Financial intel: 14 bank accounts opened at same branch over 6 weeks for Slovak nationals using one address in Sneinton. Single male attended with each applicant. Post-opening, all debit cards used at same ATM; Universal Credit payments received into 9 of the accounts and withdrawn same day.",
  "", "mbc sfw ncw", "C")
T("Debrief (Albanian, interpreter present). She says she met a boy on Instagram who said he loved her and would marry her in England. She says when she got to Birmingham he said she had to 'pay back' for the journey by working with men. She says he kept her in the flat and took her phone. She says he beat her when she cried.",
  "DE DB RM IS PV", "", "S")
T("Hotel duty manager, Leicester: a member of housekeeping (Romanian) asked to swap shifts because she works 6 days already. She's an employee, paid by payroll, contract hours 39. Just checking what counts as excessive hours, no one is forcing her.")
T("SCR note — cuckooing. Occupant (F, 44, heroin dependent) disclosed that since August males from Birmingham have stayed at her flat, she is not allowed in the living room, and they 'pay' her in heroin. She is scared to ask them to leave because one showed her a knife.",
  "AV IT", "", "C")
T("Concern raised by Leics Fire & Rescue following fire safety inspection of flat above Chinese takeaway, Belgrave Gate: 7 mattresses in one room, no fire doors, a padlock on the outside of the bedroom door. Staff of takeaway sleep there. Employer said staff 'like to be secure'. Referred to police.",
  "AC", "oa plc", "L")
T("Probation note: PoP (Vietnamese, 20) released on licence, states his 'uncle' who he owes for the journey wants him to go back to 'gardening'. Has missed appointments. Believes if he refuses his parents in Nghe An will be harmed.",
  "DB IT", "", "C")
T("Staff at the pharmacy noticed a man who picks up prescriptions for 4 elderly men from the same house every week; he said he's their carer. Council adult social care confirmed he's a registered carer employed by a care agency. No concerns.")
T("Intel log: Sham marriage — Portuguese female (nom SILVA, 20) brought to Leicester by a cousin, told she'd have a cleaning job. Instead she was taken to register a marriage with a Pakistani male for his visa. She is now living with his family, does all housework, isn't allowed out alone. 2/C/P",
  "DE RM", "", "D")
T("the polish man at the end house has 6 lads staying in the garage with camping beds and an extension cable for heating, they go out in his van to do roofs. i know they pay him rent for it, he brags about it",
  "AC", "oa plc et", "L")
T("999: Male caller with poor English says 'they are coming to kill me', states he escaped from a farm in Lincolnshire border area, now hiding behind a petrol station at Bottesford. States men hit him and took his money. Sounds injured.",
  "PV IT WW", "pa", "L", "i")
T("Person attended Nottingham Central reporting that his former boss at a curry house underpaid him by £300 across his last month. He has left, found another job, and wants advice re tribunal. Referred to ACAS.")
T("Construction site welfare check (Site manager + GLAA). Subcontractor labour, 12 Romanian men. Workers state they pay £200 upfront to a 'fixer' in Bacau for the job, and £70 a week for a shared room. All hold own passports and bank cards, paid weekly via BACS.",
  "", "uf", "")
T("Unseen helpline: anonymous caller says her sister (20, Slovak, Roma) was sent to the UK to 'marry' a man in Derby. Sister told her on WhatsApp she cannot leave the house, her husband's mother takes her phone away every evening, she does all the cooking and cleaning for 8 people and she is beaten if she says no.",
  "RM IS PV", "", "D")
T("Care home in Mansfield — CQC inspection found 5 carers sponsored from Zimbabwe doing 70+ hour weeks, and the agency that brought them charges them £8,000 each for 'sponsorship' which comes out of wages monthly. One carer said they were told they'd be reported to the Home Office if they left.",
  "EO DB IT", "uf", "L")
T("Abbreviated log — 0915 RTC Wigston, minor. 1005 shoplifting Fosse Park, 2 females, Romanian, arrested, both state they were instructed to steal by a male who drove them there and took the goods. Both state male holds their ID cards. 1130 concern for welfare closed.",
  "RD", "et", "C")
T("Ward nurse: Pt, Chinese female approx 50, admitted with pneumonia. Speaks no English. Says through interpreter she works in a restaurant kitchen and lives above it. Works lunch and dinner 6 days, paid £300 cash weekly, has her own documents, her son visits daily. Discharged home.")
T("Victim statement: I am 17. I was selling for them in Loughborough. They kept me in a trap house for 3 days and I couldn't leave because they had the keys. When I lost the phone they said I owed £2,000 and Ty held my hand on the cooker. They said they'd come to my mum's.",
  "RM DB PV IT", "", "C", "c")
T("Intel: Chinese females working from massage parlour, 'Lotus Therapy', Hockley. INT suggests females live on premises and are not permitted to go out except with the manager. 3/C/C (not to be shared with licensing).",
  "RM", "saw et", "S")
T("Licensing inspection — nail bar, Bulwell. 3 Vietnamese staff, all with valid right-to-work (two students, one settled). Wages by bank transfer. Owner not present; staff fluently described hours and pay. Premises hygiene issue (no ventilation) — advice letter.")
T("INT suggests Indian nationals (approx 20) employed at a textile factory in Leicester LE4 paid £3.50/hr cash, working 12 hr shifts, staff who complain are told they'll lose their 'sponsorship'. Fire exits blocked with stock. 2/B/P",
  "EO IT AC", "", "L")
T("Woman, 29, attended Rape Crisis in Nottingham. Disclosed that her ex-partner controlled her money during the relationship and assaulted her. She has left him and lives with her mum. No indication of exploitation for gain; DA referral.")
T("hi my uncle came from india on a visit visa and he's working at a restaurant in derby, the owner says he cant pay him because he's illegal and if he says anything he'll call immigration. he works every day from 10 to midnight and sleeps in the storeroom",
  "AV WW IT EO AC", "saw", "L")
T("Airport: 2 Albanian males (18, 19) refused entry at EMA, forged Italian ID. On interview one stated a man in Tirana told them a job in a car wash was waiting and the €15,000 fee would be 'paid off from wages'. Removed.",
  "DB", "uf", "")
T("Walsall MASH: Girl, 16, placed in supported accommodation. Staff report she's collected each evening by different men, returns at 5am, has been given a new iPhone and cash. Recently disclosed she 'has to' sleep with a man's friends to pay back the phone.",
  "PV DB", "cedl", "S", "c")
T("Farm workers (Ukrainian seasonal scheme) complaint to GLAA via scheme operator: caravans leak, 6 people per caravan, £80 each a week deducted. Workers free to leave and hold own passports. Wages paid in full minus accommodation.",
  "AC", "oa plc", "L")
T("A lady who comes into our charity shop has bruises all the time, she is from Eritrea and lives with a family who she says she 'helps'. Today she cried and said she is not paid, cannot go to college because they say she must cook and clean, and she sleeps on the sofa. She had one carrier bag of clothes.",
  "WW AC", "pa fpe", "D")
T("Police log: attended report of a male asleep in a car at the back of the car wash, Kingstanding. Male (Kurdish, 30s) states he works there and sleeps in the car as he has nowhere else. States he's paid £40 a day. Said he can come and go as he likes. Passed to MSHTU for review.",
  "", "saw", "")
T("Safeguarding adults referral — Leicester City. Mr K (62, Polish, alcohol dependent) lives in the garden shed of a man he works for collecting scrap. Neighbours say he's shouted at and pushed around. Mr K says his pension goes into 'the boss's' account 'for safekeeping'.",
  "AV AC PV", "ncw plc", "L")
