"""fresh248 part 8: final batch of long texts."""


def add(T):
    T("Merseyside Police MSHT - Rescue/reception note. Following a warrant at a car wash and flat in "
      "Tranmere, four males (Iraqi Kurdish, 19-27) were taken to a reception centre. All four arrived with "
      "only the clothes they were wearing and a carrier bag each; one had no shoes other than wellies. "
      "They described working from 8am to 8pm every day, being paid '£20 when the boss is happy', and "
      "paying the boss £15 a week for the gloves and the jet-wash chemicals. They slept in the flat above "
      "the car wash, four to a room, with a broken window covered in cardboard. Two of them said the boss "
      "had told them that if they spoke to police they would be put in a detention centre and sent back "
      "to Iraq. None of them reported physical violence. All four accepted NRM referrals and were offered "
      "clothing, phones and legal advice.",
      "WW EO AC IT", "FPE LH PPE SW OA PLC", "L")
    T("Email from a Southport estate agent to the neighbourhood policing team: 'We let a four-bedroom "
      "house in Birkdale to a company that said it would house its managers. Our inspection this week found "
      "about 14 young women living there, mostly Asian, with bunk beds in every room including the lounge. "
      "The women were polite but said very little; a man arrived as we were there and asked us to leave. "
      "Each room had a small suitcase per bed and little else. We noticed a rota on the fridge listing "
      "names next to nail salon addresses in Southport and Ormskirk, and times 7:30 to 21:00. We are "
      "concerned and have served notice on the company, but wanted to tell you first in case we make "
      "things worse for the women.'",
      "AC", "OA FPE LH", "L")
    T("Case note, Alder Hey Children's Hospital transplant team (shared with the Merseyside Police "
      "safeguarding liaison officer as a routine record, no concern). Patient: child, 11, receiving a "
      "kidney from his father. Both have been assessed by the independent assessor for the Human Tissue "
      "Authority. Father confirms no payment or pressure, understands the risks, and says he 'would do it "
      "a hundred times'. Operation scheduled for next month. The safeguarding liaison officer notes the "
      "record only because a new trust policy asks for a police notification where a child is a "
      "recipient of a living donation from a relative. No action.",
      "", "", "")
    T("Knowsley Council Trading Standards / Merseyside Police - Report of joint visit to a Kirkby "
      "barbershop following a complaint that 'the apprentices never get paid'. Findings: the owner takes "
      "on two school leavers a year as apprentices through a college scheme; both current apprentices "
      "(aged 17 and 18) are paid the apprentice minimum wage into their own accounts, with payslips; they "
      "work 35 hours a week including college day; they live at home with parents. One apprentice said he "
      "had complained to a friend that 'apprentice wages are rubbish', which appears to be the source of the "
      "complaint. No exploitation. The owner was advised on record-keeping.",
      "", "", "")
    T("Debrief note (Salvation Army, with consent). Client: Kwame (Ghanaian, 41). Kwame came to the "
      "UK on a care worker visa arranged by an agent in Accra who charged him £9,000, which he borrowed "
      "from relatives. The sponsoring care company in Wirral gave him almost no shifts for four months, "
      "then told him he could work for the director's cousin, who runs a car valeting business, if he "
      "wanted to keep his visa. He was paid £200 a month for 60-hour weeks and slept on a sofa in the "
      "cousin's office. The director told him that if he reported them he would lose his visa and be "
      "deported and his family would lose their house because of the debt. Kwame said he felt 'owned'. "
      "He asked for help after collapsing at work from exhaustion.",
      "DEC AV DB WW EO AC IT", "UF LH SW FA PA", "L")
    T("Minutes, Sefton Multi-Agency Child Exploitation (MACE) panel. Item: Child P (14, male). P was "
      "reported missing three times this month, twice found in Liverpool city centre after midnight, once "
      "found in a flat in Wrexham by North Wales Police with an adult male known for supplying drugs. On "
      "his return P had a black eye and a chipped tooth and told his mum he 'got jumped'. P has had his "
      "phone taken by 'someone' and now has a cheap phone he will not let his mum see. P's school "
      "attendance has fallen to 40%. P says he 'owes' someone for a bike. Panel agreed the risk level is "
      "significant and that P is a suspected victim of criminal exploitation. Actions: NRM referral; "
      "disruption activity against the adult male in Wrexham; return home interview; school-based mentor.",
      "AV DB ISO", "PA", "C", "high")
    T("Record of a call from a woman in Birkenhead who works as a cleaner for an agency. She says she "
      "has just found out that a colleague, an older Romanian woman, gives all her wages to the agency "
      "supervisor, who 'looks after' her bank card. The colleague lives in the supervisor's house with "
      "six other people, has to pay £90 a week for a mattress in the box room, and is driven to every "
      "job by the supervisor, who also charges her for petrol. The caller says the colleague is always "
      "hungry and has asked her for food several times. The colleague told her she cannot leave because "
      "she owes the supervisor for her flight.",
      "WW DB AC", "NCW OA ET CT UF PA", "L")
    T("INT 3/B/P. Albanian cannabis networks - Merseyside. Following seizures at 11 residential grows "
      "across Liverpool, Wirral and St Helens in the last quarter, analysis shows that in 8 cases a single "
      "male 'gardener' was found living at the property. In 6 of these, doors were locked from outside or "
      "windows screwed shut, and the gardener had no phone or only a phone with one number saved. All six "
      "described debts to the people who brought them to the UK of between £10,000 and £25,000. Three "
      "described threats to their families in Albania. In the other two cases, the men were British "
      "and described themselves as paid employees of the OCG who came and went freely; no exploitation "
      "indicators were identified for them.",
      "RM ISO DB IT", "RMS IS UF SW", "C")
    T("Police station front counter (Wallasey) - record of enquiry. A man in his 40s, Turkish, came in "
      "to ask how to report his employer, a kebab shop owner in Liscard, for not paying him holiday pay. "
      "He says he is paid the minimum wage into his own account, has his passport, lives with his wife "
      "and children, and works 40 hours a week. He is not afraid of his employer and just wants what he is "
      "owed. Advised to contact ACAS and provided with information about employment tribunals. Not a "
      "modern slavery matter; no further police action.",
      "", "", "")
    T("Statement of a 19-year-old Romanian woman, taken at a Liverpool police station with an interpreter "
      "(extract). 'My boyfriend said we would go to England and both work in a factory and save money "
      "for our wedding. In Liverpool he told me the factory had no jobs and that I must work on the "
      "internet, with men, only for a short time. He made the photos and the advert. He answered the phone "
      "and told the men what I would do. He kept all the money and said it was for our future. When I "
      "said I would not do it anymore he slapped me and pulled my hair and said he would send the photos "
      "to my father. I stayed in the apartment because I did not know anyone in Liverpool and I did not "
      "speak English.'",
      "DEC WW PSV IT ISO", "NCW IS", "S")
